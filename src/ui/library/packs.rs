//! The packs the library lists: where each came from, and either the pack ready to study (checked, with its
//! question bank and the entity marks of its article) or why it cannot be used.

use std::path::{Path, PathBuf};

use crate::generate::Bank;
use crate::pack::{BUNDLED_SHEET_NAME, Pack, PackError};
use crate::question::Question;
use crate::ui::reader::{self, Mark};

/// Where a pack came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary.
    Bundled,
    /// A fact sheet in the user's packs folder.
    File(PathBuf),
    /// Handed to the app by its caller (tests).
    Given,
}

/// A pack ready to study: checked, with its question bank and the entity marks of its article.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The pack.
    pub pack: Pack,
    /// Every question it yields.
    pub bank: Vec<Question>,
    /// Where its entities are named in the article.
    pub marks: Vec<Mark>,
}

/// One entry of the library: a pack, or why it could not be used.
#[derive(Debug, Clone)]
pub struct PackEntry {
    /// The file name shown for it.
    pub name: String,
    /// Where it came from (decides whether "Reload" reads it again).
    pub origin: Origin,
    /// The pack, or its problems as text (one a line).
    pub state: Result<Loaded, String>,
}

impl PackEntry {
    /// Wraps the result of loading a pack.
    pub fn new(name: impl Into<String>, origin: Origin, result: Result<Bank, PackError>) -> Self {
        let state = result
            .map(|Bank { pack, questions }| {
                let marks = reader::marks(&pack);
                Loaded { pack, bank: questions, marks }
            })
            .map_err(|e| e.to_string());
        Self { name: name.into(), origin, state }
    }

    /// The bundled pack.
    pub fn bundled() -> Self {
        Self::new(BUNDLED_SHEET_NAME, Origin::Bundled, Bank::bundled())
    }

    /// A fact sheet on disk.
    pub fn file(path: PathBuf) -> Self {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let result = Bank::load(&path);
        Self::new(name, Origin::File(path), result)
    }
}

/// The fact sheets (`*.ron`) in `dir`, sorted by file name, loaded; none if the folder does not exist.
pub fn packs_in(dir: &Path) -> Vec<PackEntry> {
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    files.sort();
    files.into_iter().map(PackEntry::file).collect()
}

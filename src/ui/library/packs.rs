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

/// The first usable pack of `packs` whose id is `id`: packs are named by their id, not by their place in
/// the list, so that what names one stays good when the packs are read again.
pub fn find<'a>(packs: &'a [PackEntry], id: &str) -> Option<&'a Loaded> {
    packs.iter().filter_map(|p| p.state.as_ref().ok()).find(|l| l.pack.id() == id)
}

/// The fact sheets (`*.ron`) in `dir`, sorted by file name, loaded; none if the folder does not exist.
pub fn packs_in(dir: &Path) -> Vec<PackEntry> {
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    files.sort();
    files.into_iter().map(PackEntry::file).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_lists_the_fact_sheets_of_a_folder_by_name_broken_or_not() {
        let dir = tempfile::tempdir().expect("temporary folder");
        for name in ["b.ron", "a.ron", "notes.txt", "c.ron.bak"] {
            std::fs::write(dir.path().join(name), "not a fact sheet").expect("write");
        }
        let entries = packs_in(dir.path());
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.ron", "b.ron"]);
        assert_eq!(entries[0].origin, Origin::File(dir.path().join("a.ron")));
        // A sheet that cannot be used is listed with its problems, not hidden.
        assert!(entries.iter().all(|e| e.state.as_ref().is_err_and(|p| !p.is_empty())));
    }

    #[test]
    fn a_missing_packs_folder_lists_nothing() {
        let dir = tempfile::tempdir().expect("temporary folder");
        assert!(packs_in(&dir.path().join("packs")).is_empty());
    }
}

//! The packs the library lists: where each came from, and either the pack ready to study (checked, with its
//! question bank and the entity marks of its article) or why it cannot be used.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::generate::{Bank, QuizIndex};
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

/// A pack ready to study: checked, with its question bank, the entity marks of its article, and the one
/// quiz index of its bank ([`Loaded::index`]).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The pack.
    pub pack: Pack,
    /// Every question it yields.
    pub bank: Arc<[Question]>,
    /// The quality score of each question of `bank`, in order.
    pub quality: Arc<[f64]>,
    /// Where its entities are named in the article.
    pub marks: Vec<Mark>,
    /// The quiz index of `bank`, built the first time a quiz or a count needs it and shared by every copy of
    /// this `Loaded` (the app's pack list is copied when the packs are read again).
    index: Arc<OnceLock<QuizIndex<'static>>>,
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
    /// Whether its fact sheet was drafted by `dossier import` (or "Add article…"), so it can be opened in
    /// the draft review again: only such sheets, whose every line the importer wrote, are rewritten by it.
    pub drafted: bool,
}

impl PackEntry {
    /// Wraps the result of loading a pack.
    pub fn new(name: impl Into<String>, origin: Origin, result: Result<Bank, PackError>) -> Self {
        let state = result
            .map(|Bank { pack, questions, quality }| {
                let marks = reader::marks(&pack);
                Loaded::new(pack, questions, quality, marks)
            })
            .map_err(|e| e.to_string());
        Self { name: name.into(), origin, state, drafted: false }
    }

    /// The bundled pack.
    pub fn bundled() -> Self {
        Self::new(BUNDLED_SHEET_NAME, Origin::Bundled, Bank::bundled())
    }

    /// Every bundled pack ([`crate::pack::LIBRARY`]), the default one first.
    pub fn library() -> Vec<Self> {
        crate::pack::LIBRARY.iter().map(|b| Self::new(b.name, Origin::Bundled, Bank::from_bundled(b))).collect()
    }

    /// A fact sheet on disk.
    pub fn file(path: PathBuf) -> Self {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let result = Bank::load(&path);
        // Read again only once it loaded, so it is a regular file of bounded size.
        let drafted = result.is_ok()
            && std::fs::read_to_string(&path).is_ok_and(|s| s.starts_with(crate::import::sheet::DRAFT_MARK));
        let mut entry = Self::new(name, Origin::File(path), result);
        entry.drafted = drafted;
        entry
    }
}

impl Loaded {
    /// A loaded pack of `bank` (with the scores `quality`); its quiz index is built when first needed.
    pub fn new(pack: Pack, bank: Vec<Question>, quality: Vec<f64>, marks: Vec<Mark>) -> Self {
        Self { pack, bank: bank.into(), quality: quality.into(), marks, index: Arc::default() }
    }

    /// The quiz index of this pack's bank and scores. Rule kept: one index per loaded pack, built once (the
    /// first time it is asked for) and drawn from by the setup screen's counts, every quiz started and every
    /// quiz exported, so none of them works out the bank's fact groups and probes again.
    pub fn index(&self) -> &QuizIndex<'static> {
        self.index.get_or_init(|| QuizIndex::shared(Arc::clone(&self.bank), Arc::clone(&self.quality)))
    }

    /// The questions and their scores, leaving out those whose id `left_out` says (a learner's reported
    /// questions).
    pub fn without(&self, left_out: impl Fn(&str) -> bool) -> (Vec<Question>, Vec<f64>) {
        self.bank
            .iter()
            .zip(self.quality.iter())
            .filter(|(q, _)| !left_out(&q.id))
            .map(|(q, s)| (q.clone(), *s))
            .unzip()
    }
}

/// The first usable pack of `packs` whose id is `id`: packs are named by their id, not by their place in
/// the list, so that what names one stays good when the packs are read again.
pub fn find<'a>(packs: &'a [PackEntry], id: &str) -> Option<&'a Loaded> {
    packs.iter().filter_map(|p| p.state.as_ref().ok()).find(|l| l.pack.id() == id)
}

/// Leaves out every usable pack whose id an earlier pack of `packs` already has: packs are named by their id
/// (quizzes, learner records), so two with one id cannot both be studied. The one left out is listed with a
/// sentence saying why, as a broken pack is, and the first keeps its place.
pub fn refuse_duplicate_ids(packs: &mut [PackEntry]) {
    let mut seen: Vec<(String, String)> = Vec::new();
    for entry in packs.iter_mut() {
        let Ok(loaded) = &entry.state else { continue };
        let id = loaded.pack.id().to_string();
        match seen.iter().find(|(known, _)| *known == id) {
            Some((_, first)) => {
                entry.state = Err(format!(
                    "{}: left out: {first} has the same id \"{id}\"; give this fact sheet an id of its own.",
                    entry.name
                ));
            }
            None => seen.push((id, entry.name.clone())),
        }
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
    fn a_second_pack_with_an_id_already_listed_is_left_out_with_a_sentence() {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(dir.path().join("copy.ron"), crate::pack::BUNDLED_SHEET).expect("write the sheet");
        std::fs::write(dir.path().join("lee-china-japan.txt"), crate::pack::BUNDLED_ARTICLE).expect("write");
        let mut packs = vec![PackEntry::bundled()];
        packs.extend(packs_in(dir.path()));
        assert!(packs[1].state.is_ok(), "the copy loads on its own");
        refuse_duplicate_ids(&mut packs);
        assert!(packs[0].state.is_ok(), "the first keeps its place");
        let why = packs[1].state.as_ref().expect_err("the copy is left out");
        assert!(why.contains("same id \"lee-china-japan\"") && why.contains(BUNDLED_SHEET_NAME), "{why}");
    }

    #[test]
    fn a_missing_packs_folder_lists_nothing() {
        let dir = tempfile::tempdir().expect("temporary folder");
        assert!(packs_in(&dir.path().join("packs")).is_empty());
    }
}

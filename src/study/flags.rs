//! Questions a learner reported as bad ("Report this question", `dossier flag`): kept in the learner's
//! folder (`flags.ron`), left out of that learner's quizzes, and listed for the pack's author
//! (`dossier bank --flagged`).
//!
//! The file is replaced by write-temp-then-rename ([`store::write_state`]); a file that cannot be read is
//! reported and never overwritten.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::store::{self, StoreError};

/// The format version of `flags.ron` this build reads and writes.
pub const FLAGS_VERSION: u32 = 1;
/// The file name in the learner's folder.
pub const FLAGS_FILE: &str = "flags.ron";
/// The longest reason kept, in characters; a longer one is cut.
pub const MAX_REASON: usize = 500;

/// One reported question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// The question's stable id.
    pub question: String,
    /// Why, in the learner's words (may be empty).
    #[serde(default)]
    pub reason: String,
    /// When it was reported (UTC seconds).
    #[serde(default)]
    pub at: i64,
}

/// The content of `flags.ron`: every question reported, once each, in the order reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flags {
    /// Format version ([`FLAGS_VERSION`]).
    pub version: u32,
    /// The reports.
    pub flags: Vec<Flag>,
}

impl Default for Flags {
    fn default() -> Self {
        Self { version: FLAGS_VERSION, flags: Vec::new() }
    }
}

impl Flags {
    /// The ids of the reported questions.
    pub fn ids(&self) -> BTreeSet<String> {
        self.flags.iter().map(|f| f.question.clone()).collect()
    }

    /// Whether question `id` was reported.
    pub fn contains(&self, id: &str) -> bool {
        self.flags.iter().any(|f| f.question == id)
    }
}

/// Where the flags of the learner whose folder is `dir` are kept.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FLAGS_FILE)
}

/// The flags of the learner whose folder is `dir`: none if the file does not exist; an error (the file
/// left as it is) if it cannot be read.
pub fn load(dir: &Path) -> Result<Flags, StoreError> {
    Ok(store::read_state::<Flags>(&path(dir), FLAGS_VERSION)?.unwrap_or_default())
}

/// Records that question `question` was reported for `reason` at `at`. A question already reported is not
/// recorded twice: `Ok(false)`, and the first reason stays. A file that cannot be read is an error and is
/// not replaced.
pub fn add(dir: &Path, question: &str, reason: &str, at: i64) -> Result<bool, StoreError> {
    let mut flags = load(dir)?;
    if flags.contains(question) {
        return Ok(false);
    }
    let reason: String = reason.trim().chars().take(MAX_REASON).collect();
    flags.flags.push(Flag { question: question.to_string(), reason, at });
    store::write_state(&path(dir), &flags, FLAGS_VERSION)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_report_is_not_recorded_and_a_bad_file_is_kept() {
        let dir = std::env::temp_dir().join(format!("dossier-flags-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(add(&dir, "a.mc.who", "two answers", 5).expect("first"));
        assert!(!add(&dir, "a.mc.who", "again", 6).expect("second"));
        assert_eq!(load(&dir).expect("read").flags.len(), 1);
        std::fs::write(path(&dir), "garbage").expect("write");
        assert!(add(&dir, "b.tf", "x", 7).is_err());
        assert_eq!(std::fs::read_to_string(path(&dir)).expect("read"), "garbage");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

//! An exam in progress, kept on disk so that a crash or a kill loses none of its answers.
//!
//! An exam's answers stay provisional until it ends (they can still change), so they are not appended to
//! the attempt log as they are given. Instead, after every change, the records that would be kept if the
//! exam stopped now (the answered questions, with the time spent so far) replace the learner's *draft*,
//! `exam-in-progress.ron`, atomically. When the exam's answers are recorded the draft is removed; when a
//! learner's data is opened and a draft is there, its exam was interrupted: [`recover`] records it.
//!
//! # Format (version 1)
//!
//! ```text
//! (version: 1, started: (at: 1767225600, utc_offset: 32400), saved: (at: …, utc_offset: …),
//!  title: "A Balancing Act", mode: exam, log_len: 4096, attempts: [(at: …, pack: …, …), …])
//! ```
//!
//! # Neither lost nor recorded twice
//!
//! - Just before an exam's answers are appended, the draft is written one last time holding exactly those
//!   records, with `log_len`, the attempt log's length at that moment. So whenever the draft exists, any of
//!   its records already in the log come after `log_len`.
//! - [`recover`] reads the log from `log_len`, appends only the draft's records not found there (equal field
//!   for field), then removes the draft. A crash between appending and removing, or in the middle of
//!   appending, is mended by the next recovery without a record written twice.
//! - A process writes drafts only while it holds the lock on `.exam-in-progress.lock` (released by the
//!   system when the process dies): recovery skips a draft whose lock is held, which is a live exam in
//!   another window, not an interrupted one.
//! - A draft that cannot be read (damaged, from a newer Dossier) is reported and left as it is; no draft is
//!   written over it, so that learner's exams are then kept only when they end.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::schedule::civil;
use super::store::{StoreError, io_error, lock_file, read_state, sync_dir, write_state};
use super::{Attempt, Mode, Now, Study};

/// The newest draft format this build reads and writes.
pub const DRAFT_VERSION: u32 = 1;

/// The draft's file name in the learner's folder.
pub const DRAFT_FILE: &str = "exam-in-progress.ron";

/// The file whose lock says that a live process owns the draft.
pub const LOCK_FILE: &str = ".exam-in-progress.lock";

/// What the draft file holds: the records an interrupted exam keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamDraft {
    /// Format version ([`DRAFT_VERSION`]).
    pub version: u32,
    /// When the exam started.
    pub started: Now,
    /// When this draft was written: the last change to the exam's answers.
    pub saved: Now,
    /// The pack's title (or what the quiz was drawn from), for the sentence that tells of a recovery.
    pub title: String,
    /// The quiz's mode.
    pub mode: Mode,
    /// The attempt log's length in bytes when this draft was written: none of `attempts` is in the log
    /// before this offset.
    pub log_len: u64,
    /// The records to keep (normalised, as the log writes them).
    pub attempts: Vec<Attempt>,
}

/// What [`recover`] did with an interrupted exam's draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The pack's title.
    pub title: String,
    /// When the exam was interrupted (its last change).
    pub interrupted: Now,
    /// How many answers the draft held: all are in the log now.
    pub answers: usize,
    /// How many of them this recovery appended (fewer when a crash came after some were appended).
    pub appended: usize,
}

impl Recovered {
    /// The sentence that tells the learner: "An exam on A Week of Summits, interrupted on Jan 5 at 14:02,
    /// was saved: 7 answers."
    pub fn sentence(&self) -> String {
        let n = self.answers;
        format!(
            "An exam on {}, interrupted on {}, was saved: {n} answer{}.",
            self.title,
            local_time(self.interrupted),
            if n == 1 { "" } else { "s" }
        )
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A moment on the learner's clock, "Nov 28 at 14:02".
pub fn local_time(now: Now) -> String {
    let local = now.at + i64::from(now.utc_offset);
    let (_, month, day) = civil(local.div_euclid(86_400));
    let minutes = local.rem_euclid(86_400) / 60;
    format!("{} {day} at {:02}:{:02}", MONTHS[(month as usize + 11) % 12], minutes / 60, minutes % 60)
}

/// The draft file in the learner's folder `dir`.
pub fn draft_path(dir: &Path) -> PathBuf {
    dir.join(DRAFT_FILE)
}

/// Reads the draft in the learner's folder `dir`: `Ok(None)` if there is none.
pub fn read_draft(dir: &Path) -> Result<Option<ExamDraft>, StoreError> {
    read_state(&draft_path(dir), DRAFT_VERSION)
}

/// Takes the draft lock of the learner's folder `dir` without waiting: `Ok(None)` if another process (or
/// another handle in this one) holds it.
fn try_lock(dir: &Path) -> Result<Option<File>, StoreError> {
    let (file, path) = lock_file(dir, LOCK_FILE)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(io_error("lock", &path)(e)),
    }
}

/// Records the draft of an exam that was interrupted (a crash, a kill, a power cut) for the learner of
/// `study`, then removes it. `Ok(None)`: no draft, or one a live exam in another window owns, or one with
/// no answers (removed). A draft that cannot be read is an error and is left as it is; so is one whose
/// answers could not all be recorded (the next recovery appends the rest).
pub fn recover(study: &mut Study) -> Result<Option<Recovered>, StoreError> {
    let dir = study.dir().to_path_buf();
    if !draft_path(&dir).exists() {
        return Ok(None);
    }
    let Some(lock) = try_lock(&dir)? else { return Ok(None) };
    let recovered = recover_locked(study, &dir);
    drop(lock);
    recovered
}

/// [`recover`] with the lock held.
fn recover_locked(study: &mut Study, dir: &Path) -> Result<Option<Recovered>, StoreError> {
    let path = draft_path(dir);
    let Some(draft) = read_state::<ExamDraft>(&path, DRAFT_VERSION)? else { return Ok(None) };
    let mut logged = recorded_since(&dir.join("attempts.ron"), draft.log_len)?;
    let mut appended = 0;
    for a in &draft.attempts {
        let a = a.normalised();
        if let Some(i) = logged.iter().position(|l| *l == a) {
            // Appended before a crash stopped the draft's removal: not again.
            logged.swap_remove(i);
            continue;
        }
        study.record(&a)?;
        appended += 1;
    }
    remove(&path)?;
    let answers = draft.attempts.len();
    Ok((answers > 0).then_some(Recovered { title: draft.title, interrupted: draft.saved, answers, appended }))
}

/// The whole records of the log at `path` from byte `from` on, normalised; lines that are not records
/// (the header, seals, debris, a line cut by `from`) are passed over. None if the log does not exist or is
/// shorter (it is then another log, which cannot hold the draft's records).
fn recorded_since(path: &Path, from: u64) -> Result<Vec<Attempt>, StoreError> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error("read", path)(e)),
    };
    let mut bytes = Vec::new();
    file.seek(SeekFrom::Start(from)).and_then(|_| file.read_to_end(&mut bytes)).map_err(io_error("read", path))?;
    let Some(end) = bytes.iter().rposition(|&b| b == b'\n') else { return Ok(Vec::new()) };
    Ok(bytes[..end]
        .split(|&b| b == b'\n')
        .filter_map(|line| std::str::from_utf8(line).ok())
        .filter_map(|line| ron::from_str::<Attempt>(line).ok())
        .map(|a| a.normalised())
        .collect())
}

/// Removes `path` if it is there, durably.
fn remove(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => sync_dir(path.parent().unwrap_or(Path::new("."))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_error("remove", path)(e)),
    }
}

/// How [`Keeper::begin`] went.
#[derive(Debug)]
pub enum Begun {
    /// Drafts of this exam can be kept; an interrupted exam's draft that was in the way was recovered.
    Kept(Keeper, Option<Recovered>),
    /// Another window has an exam in progress for this learner and owns the draft.
    Busy,
}

/// The draft of one exam in progress, owned by this process (it holds the lock) until the exam's answers
/// are recorded ([`Keeper::discard`]) or it is dropped (the draft then stays for the next [`recover`]).
#[derive(Debug)]
pub struct Keeper {
    path: PathBuf,
    log: PathBuf,
    started: Now,
    title: String,
    mode: Mode,
    _lock: File,
}

impl Keeper {
    /// Starts keeping drafts of an exam of `mode` on `title`, started at `started`, for the learner of
    /// `study`. A draft an interrupted exam left is recovered first; one that cannot be read is an error
    /// (it is left as it is and no draft is written over it).
    pub fn begin(study: &mut Study, started: Now, title: &str, mode: Mode) -> Result<Begun, StoreError> {
        let dir = study.dir().to_path_buf();
        let Some(lock) = try_lock(&dir)? else { return Ok(Begun::Busy) };
        let recovered = recover_locked(study, &dir)?;
        let keeper = Self {
            path: draft_path(&dir),
            log: dir.join("attempts.ron"),
            started,
            title: title.to_string(),
            mode,
            _lock: lock,
        };
        Ok(Begun::Kept(keeper, recovered))
    }

    /// The draft file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Replaces the draft with `attempts`, written at `now` (atomically: a crash leaves the old draft or the
    /// new one). With no attempts there is nothing to keep and the draft is removed. Call it also just
    /// before the exam's answers are appended, with exactly those records.
    pub fn write(&mut self, attempts: &[Attempt], now: Now) -> Result<(), StoreError> {
        if attempts.is_empty() {
            return remove(&self.path);
        }
        let log_len = match fs::metadata(&self.log) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => 0,
            Err(e) => return Err(io_error("read", &self.log)(e)),
        };
        let draft = ExamDraft {
            version: DRAFT_VERSION,
            started: self.started,
            saved: now,
            title: self.title.clone(),
            mode: self.mode,
            log_len,
            attempts: attempts.iter().map(Attempt::normalised).collect(),
        };
        write_state(&self.path, &draft, DRAFT_VERSION)
    }

    /// The exam's answers are recorded: removes the draft and lets go of the lock.
    pub fn discard(self) -> Result<(), StoreError> {
        remove(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_read_on_the_learners_clock() {
        // 2026-01-05 05:02 UTC is 14:02 in Seoul.
        let now = Now { at: 1_767_589_320, utc_offset: 9 * 3600 };
        assert_eq!(local_time(now), "Jan 5 at 14:02");
        assert_eq!(local_time(Now::utc(1_767_589_320)), "Jan 5 at 05:02");
        assert_eq!(local_time(Now { at: 1_767_589_320, utc_offset: -6 * 3600 }), "Jan 4 at 23:02");
    }

    #[test]
    fn the_sentence_counts_answers() {
        let r = Recovered { title: "T".into(), interrupted: Now::utc(1_767_589_320), answers: 1, appended: 1 };
        assert_eq!(r.sentence(), "An exam on T, interrupted on Jan 5 at 05:02, was saved: 1 answer.");
    }
}

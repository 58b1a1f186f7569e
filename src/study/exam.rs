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
//!
//! # When what is written
//!
//! [`Recorder`] holds that policy for whoever runs the exam (the desktop app hands it the [`Session`] and
//! the time, and passes on what it has to tell the learner): the draft after every change of the answers,
//! the log when the exam ends, is left, or its learner changes, and the draft's removal once they are there.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::schedule::civil;
use super::session::{Answer, Session};
use super::store::{StoreError, io_error, lock_file, read_state, sync_dir, write_state};
use super::{Attempt, Mode, Now, Profile, Study, attempt_for};
use crate::question::Response;

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

/// An exam as a [`Recorder`] is handed it, at one moment.
#[derive(Debug, Clone, Copy)]
pub struct Exam<'a> {
    /// The quiz; the recorder acts only on one in exam mode.
    pub session: &'a Session,
    /// What the exam is on (its pack's title), for the sentence that tells of a recovery.
    pub title: &'a str,
    /// The wall clock: when the answers are recorded.
    pub now: Now,
    /// The session's clock (seconds): how long each question was shown.
    pub secs: f64,
}

impl Exam<'_> {
    /// Whether this is an exam still going on: none of its answers is recorded yet.
    pub fn in_progress(&self) -> bool {
        self.session.is_exam() && !self.session.is_finished()
    }

    /// The attempt records of the exam: each answered question with its final answer and the seconds spent
    /// on it over every visit; each question without an answer as "no answer" scoring 0 when
    /// `unanswered_too` (the exam ended: the records agree with the score shown), left out otherwise (the
    /// exam was left unfinished: what had been answered, as if each answer had been recorded at once).
    /// None outside an exam.
    pub fn attempts(&self, unanswered_too: bool) -> Vec<Attempt> {
        records(self.session, unanswered_too, self.now, self.secs)
    }
}

/// [`Exam::attempts`] of `session` at `now`, `secs` on its clock.
fn records(session: &Session, unanswered_too: bool, now: Now, secs: f64) -> Vec<Attempt> {
    if !session.is_exam() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, q) in session.questions.iter().enumerate() {
        let (response, score) = match session.answers.get(i).and_then(Option::as_ref) {
            Some(Answer { response: Some(r), grade }) => (r.clone(), grade.score),
            _ if unanswered_too => (Response::Text(String::new()), 0.0),
            _ => continue,
        };
        let spent = session.time_on(i, secs);
        out.push(attempt_for(session.pack_of(i), q, &response, score, spent, session.plan.mode, now));
    }
    out
}

/// Something the learner is to be told of a [`Recorder`]'s work, as a sentence; they come in the order
/// they happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// News to add to what the learner is told: an earlier interrupted exam was recovered, a draft could
    /// not be removed.
    Tell(String),
    /// This exam's answers cannot be kept as they are given (another window has an exam in progress for
    /// the learner, or a draft is in the way): to be told once, until another learner is opened.
    DraftsRefused(String),
    /// What the learner is told is now this, whatever was said before: the attempt log's warnings, or why
    /// the exam of a learner who was left could not be saved.
    Problem(String),
}

/// What recording an exam's answers came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// `Ok` once every answer is on disk; otherwise how many are and why not the rest, as a sentence.
    pub saved: Result<(), String>,
    /// What the learner is to be told, in order.
    pub notes: Vec<Note>,
}

/// An unfinished exam's answers so far and whose they are, taken before the learner may change: the quiz
/// belongs to the learner who started it ([`Recorder::learner_changed`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Held {
    profile: Option<Profile>,
    attempts: Vec<Attempt>,
}

impl Held {
    /// The learner `profile` studying, and what the exam in progress of `session` (if any) would keep at
    /// `now`, `secs` on its clock.
    pub fn new(profile: Option<&Profile>, session: Option<&Session>, now: Now, secs: f64) -> Self {
        let unfinished = session.filter(|s| s.is_exam() && !s.is_finished());
        let attempts = unfinished.map(|s| records(s, false, now, secs)).unwrap_or_default();
        Self { profile: profile.cloned(), attempts }
    }

    /// The id of the learner the quiz belonged to.
    pub fn learner(&self) -> Option<&str> {
        self.profile.as_ref().map(|p| p.id.as_str())
    }
}

/// Records exams, so that neither a crash nor a kill loses an answer and none is recorded twice.
///
/// An exam's answers are provisional until it ends, so they are not appended as they are given: after
/// every change ([`Recorder::changed`]; text typed in a box is one, as what is in the box is the answer:
/// [`Session::take_edited`]) the draft holds what leaving the exam now would keep, begun on the first
/// answer. When the exam ends ([`Recorder::ended`]) every question is appended once, each unanswered
/// one as "no answer" scoring 0; an exam left unfinished ([`Recorder::left`]: a new quiz, its pack gone,
/// the app closing) or whose learner changes ([`Recorder::learner_changed`]) keeps what was answered, as
/// if each answer had been recorded at once. Once the answers are on disk the draft is removed; should the
/// process die first, the draft stays for [`recover`] on the next opening of the learner's data.
#[derive(Debug, Default)]
pub struct Recorder {
    /// The draft of the exam in progress, from its first answer.
    keeper: Option<Keeper>,
    /// How many answers of the last exam recorded are on disk.
    saved: usize,
}

impl Recorder {
    /// A recorder with no exam in progress.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many answers of the last exam recorded are on disk.
    pub fn saved(&self) -> usize {
        self.saved
    }

    /// After a change of the exam's answers: the draft holds what leaving the exam now would keep, for the
    /// learner of `study`. Nothing happens outside an exam in progress.
    pub fn changed(&mut self, study: Option<&mut Study>, exam: Exam<'_>) -> Vec<Note> {
        let mut notes = Vec::new();
        if exam.in_progress() {
            self.write(study, &exam, &exam.attempts(false), &mut notes);
        }
        notes
    }

    /// The exam ended (finished, or its time ran out): every question is recorded for the learner of
    /// `study`, the unanswered ones as "no answer" scoring 0. `None` outside an exam or without a learner's
    /// data: nothing is recorded.
    pub fn ended(&mut self, study: Option<&mut Study>, exam: Exam<'_>) -> Option<Outcome> {
        if !exam.session.is_exam() {
            return None;
        }
        self.save(study, &exam, &exam.attempts(true))
    }

    /// The exam is left unfinished (a new quiz, its pack gone, the app closing): what was answered is
    /// recorded, as it would have been had each answer been recorded at once. `None` outside an exam in
    /// progress or without a learner's data.
    pub fn left(&mut self, study: Option<&mut Study>, exam: Exam<'_>) -> Option<Outcome> {
        if !exam.in_progress() {
            return None;
        }
        self.save(study, &exam, &exam.attempts(false))
    }

    /// The learner changed while `held` was their quiz (the caller ends it): an exam's answers so far are
    /// recorded for them in the data folder `data`, unless they are no longer `listed` (removed); the
    /// draft goes once the answers are on disk, and stays (for the next opening of their data) if not.
    pub fn learner_changed(&mut self, held: &Held, data: Option<&Path>, listed: &[Profile], now: Now) -> Vec<Note> {
        let mut notes = Vec::new();
        let mut draft = self.keeper.take();
        if let (Some(profile), Some(data)) = (&held.profile, data)
            && !held.attempts.is_empty()
            && listed.iter().any(|p| p.id == profile.id)
        {
            if let Some(d) = &mut draft {
                // Should this fail, the draft keeps their earlier answers; recording goes ahead anyway.
                let _ = d.write(&held.attempts, now);
            }
            let saved = Study::open(data, profile).and_then(|mut s| held.attempts.iter().try_for_each(|a| s.record(a)));
            match saved {
                Ok(()) => discard(draft, &mut notes),
                Err(e) => {
                    let why = format!("{}'s unfinished exam could not be saved: {e}", profile.name);
                    notes.push(Note::Problem(why));
                }
            }
        } else if held.attempts.is_empty() {
            discard(draft, &mut notes);
        }
        notes
    }

    /// Writes an exam's records for the learner of `study` (each one synced before the next), the draft
    /// holding exactly them first, so that a crash while they are appended loses none and the next
    /// recovery appends none twice; then removes the draft.
    fn save(&mut self, mut study: Option<&mut Study>, exam: &Exam<'_>, attempts: &[Attempt]) -> Option<Outcome> {
        study.as_ref()?;
        let mut notes = Vec::new();
        self.write(study.as_deref_mut(), exam, attempts, &mut notes);
        let study = study?;
        let mut saved = 0;
        let mut failure = None;
        for a in attempts {
            if let Err(e) = study.record(a) {
                failure = Some(e);
                break;
            }
            saved += 1;
        }
        let warnings: Vec<String> = study.take_warnings().iter().map(ToString::to_string).collect();
        if !warnings.is_empty() {
            notes.push(Note::Problem(warnings.join(" ")));
        }
        self.saved = saved;
        let draft = self.keeper.take();
        let saved = match failure {
            None => {
                discard(draft, &mut notes);
                Ok(())
            }
            // The draft stays, with every record, for the next opening of the learner's data.
            Some(e) => Err(format!(
                "Only {saved} of the exam's {} answers were saved: {e}{}",
                attempts.len(),
                if draft.is_some() { " The rest are kept and saved when this learner is next opened." } else { "" }
            )),
        };
        Some(Outcome { saved, notes })
    }

    /// Replaces the exam's draft with `attempts`, beginning the draft on its first answer. A draft cannot be
    /// kept when another window has an exam in progress for the learner, or an earlier draft is in the way
    /// and cannot be read or recorded: the learner is told (once), and the exam is then recorded only when
    /// it ends or is left.
    fn write(&mut self, study: Option<&mut Study>, exam: &Exam<'_>, attempts: &[Attempt], notes: &mut Vec<Note>) {
        if self.keeper.is_none() {
            if attempts.is_empty() {
                return;
            }
            let Some(study) = study else { return };
            let started = exam.now.plus_secs(-((exam.secs - exam.session.started_at).max(0.0) as i64));
            let name = study.profile().name.clone();
            match Keeper::begin(study, started, exam.title, exam.session.plan.mode) {
                Ok(Begun::Kept(keeper, recovered)) => {
                    self.keeper = Some(keeper);
                    if let Some(r) = recovered {
                        notes.push(Note::Tell(r.sentence()));
                    }
                }
                Ok(Begun::Busy) => notes.push(Note::DraftsRefused(format!(
                    "Another Dossier window has an exam in progress for {name}, so this exam's answers are kept \
                     only when it ends (or is left)."
                ))),
                Err(e) => notes.push(Note::DraftsRefused(not_kept(&e))),
            }
        }
        if let Some(keeper) = &mut self.keeper
            && let Err(e) = keeper.write(attempts, exam.now)
        {
            notes.push(Note::DraftsRefused(not_kept(&e)));
        }
    }
}

/// The exam's answers are on disk: its draft goes (if it cannot, the learner is told why it is harmless).
fn discard(draft: Option<Keeper>, notes: &mut Vec<Note>) {
    if let Some(d) = draft
        && let Err(e) = d.discard()
    {
        notes.push(Note::Tell(format!(
            "{e} It holds answers already saved, which the next start recognises and does not save again."
        )));
    }
}

/// Why the exam in progress cannot be kept as its answers are given, as a sentence.
fn not_kept(e: &StoreError) -> String {
    format!("This exam's answers cannot be kept as they are given, only when it ends (or is left): {e}")
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

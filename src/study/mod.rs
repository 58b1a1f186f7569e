//! Learners and their progress, kept on their own disk and safe from crashes.
//!
//! - [`store`]: atomic replacement of small files, versioned reading, locks, the errors.
//! - [`log`]: the append-only attempt log (one RON record a line, synced before "saved").
//! - [`exam`]: the draft of an exam in progress, so a crash loses none of its provisional answers.
//! - [`profiles`]: several learners, their folders, settings, the trash.
//! - [`schedule`]: FSRS on one card per question family; "now" always passed in.
//! - [`history`]: the log folded into cards and tallies, and its snapshot.
//! - [`select`]: Review due and Weak spots.
//! - [`stats`]: the Progress figures.
//! - [`session`]: a quiz being taken (answers, grades, timing, the summary), with the [`draft`]s of
//!   unfinished answers: the one quiz loop the desktop app and `dossier play` both drive.
//!
//! [`Study`] ties them together for one learner: the CLI and the GUI open one, record answers through it
//! and ask it what is due. Nothing here touches the GUI toolkit.

pub mod code;
pub mod draft;
pub mod exam;
pub mod flags;
pub mod gradebook;
pub mod history;
pub mod log;
pub mod profiles;
pub mod results;
pub mod schedule;
pub mod select;
pub mod session;
pub mod stats;
pub mod store;

use std::path::{Path, PathBuf};

pub use history::{History, Snapshot, Tally};
pub use log::{Attempt, Log, Mode, Warning};
pub use profiles::{Profile, ProfileError, Profiles, Settings};
pub use schedule::{Card, Now, Rating, Scheduler, rate};
pub use select::{due_cards, questions_across, questions_for, weak_cards};
pub use stats::{Mastery, PackSummary, Stats, pack_summary, stats, weak_facts};
pub use store::StoreError;

use crate::question::{Question, Response, Voice};

/// How many records read past the snapshot make opening write a new one.
const SNAPSHOT_AFTER: usize = 1000;

/// One learner's data, open: their history (cards and tallies), ready to record answers.
///
/// Opening reads the snapshot and only the log records written after it. Recording appends to the log
/// (synced) and folds the answer in; answers other processes recorded meanwhile are folded in first, in
/// log order, so the history always equals a replay of the log.
#[derive(Debug)]
pub struct Study {
    profile: Profile,
    dir: PathBuf,
    log: Option<Log>,
    history: History,
    scheduler: Scheduler,
    settings: Settings,
    warnings: Vec<Warning>,
    /// The log offset the snapshot on disk covers, if it is usable.
    snapshot_at: Option<u64>,
    /// False when the snapshot file exists but cannot be read: it is then never replaced.
    snapshot_writable: bool,
}

impl Study {
    /// Opens `profile`'s data in the data folder `data`. Creates nothing: a learner with no log yet has an
    /// empty history. Problems that do not stop studying (a torn last record, damaged lines in the log —
    /// skipped, the rest kept —, a snapshot whose covered part of the log changed, an unusable snapshot or
    /// settings file) are in [`Study::warnings`]; an attempt log that cannot be read at all (no header, a
    /// newer version) is an error, and the log is left as it is.
    pub fn open(data: &Path, profile: &Profile) -> Result<Self, StoreError> {
        let dir = profiles::profile_dir(data, profile);
        let mut warnings = Vec::new();
        let settings = profiles::load_settings(data, profile).unwrap_or_else(|e| {
            warnings.push(Warning::Other(format!("{e} The default settings are used meanwhile.")));
            Settings::default()
        });
        let scheduler = Scheduler::new(settings.desired_retention);
        let snapshot_path = dir.join("snapshot.ron");
        let (snapshot, snapshot_writable) =
            match store::read_state::<Snapshot>(&snapshot_path, history::SNAPSHOT_VERSION) {
                Ok(s) => (s, true),
                Err(e) => {
                    warnings.push(Warning::SnapshotIgnored {
                        path: snapshot_path.clone(),
                        reason: format!(
                            "it cannot be used ({}) and is left as it is",
                            e.to_string().trim_end_matches('.')
                        ),
                    });
                    (None, false)
                }
            };
        let log_path = dir.join("attempts.ron");
        let mut study = Self {
            profile: profile.clone(),
            dir,
            log: None,
            history: History::default(),
            scheduler,
            settings,
            warnings,
            snapshot_at: None,
            snapshot_writable,
        };
        if !log_path.exists() {
            return Ok(study);
        }
        let mut log = Log::open(&log_path)?;
        let resume = match snapshot {
            Some(s) if s.model == history::MODEL => match log.resume_at(&s.log) {
                Ok(()) => {
                    study.history = s.history;
                    study.snapshot_at = Some(s.log.offset);
                    let path = log.path().to_path_buf();
                    study.warnings.extend(
                        s.log.damaged.into_iter().map(|damage| Warning::Damaged { path: path.clone(), damage }),
                    );
                    true
                }
                // A snapshot from before the covered part was hashed: rebuilt once, quietly (it is a cache).
                Err(log::Mismatch::Unverified) => false,
                Err(mismatch) => {
                    study.warnings.push(Warning::SnapshotIgnored { path: snapshot_path, reason: mismatch.to_string() });
                    false
                }
            },
            Some(_) => {
                study.warnings.push(Warning::SnapshotIgnored {
                    path: snapshot_path,
                    reason: "it does not match the attempt log".into(),
                });
                false
            }
            None => false,
        };
        let mut read = 0usize;
        let (history, scheduler) = (&mut study.history, &study.scheduler);
        let warnings = log.read(|a| {
            history.apply_owned(scheduler, a);
            read += 1;
        })?;
        study.warnings.extend(warnings);
        study.log = Some(log);
        if (read >= SNAPSHOT_AFTER || (!resume && read > 0))
            && let Err(e) = study.checkpoint()
        {
            study.warnings.push(Warning::Other(format!("the snapshot could not be saved: {e}")));
        }
        Ok(study)
    }

    /// The learner.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The learner's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Cards and tallies, equal to a replay of the log as far as this process has read it.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The scheduler with the learner's desired retention.
    pub fn scheduler(&self) -> &Scheduler {
        &self.scheduler
    }

    /// The learner's settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Problems met so far that did not stop anything; each is a sentence to show.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Takes the warnings, so each is shown once.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// Records an answer: appends it to the log and syncs it (creating the log on the first answer), then
    /// folds it into the history. When this returns `Ok`, the answer is on disk: say "saved".
    pub fn record(&mut self, attempt: &Attempt) -> Result<(), StoreError> {
        let log = match &mut self.log {
            Some(log) => log,
            None => self.log.insert(Log::create(&self.dir.join("attempts.ron"))?),
        };
        let appended = log.append(attempt)?;
        for a in appended.before {
            self.history.apply_owned(&self.scheduler, a);
        }
        self.history.apply_owned(&self.scheduler, attempt.normalised());
        self.warnings.extend(appended.warnings);
        Ok(())
    }

    /// Saves a snapshot of the history if the one on disk is behind, so the next opening is quick. Returns
    /// whether it wrote one. A snapshot file that could not be read is never replaced.
    pub fn checkpoint(&mut self) -> Result<bool, StoreError> {
        let Some(log) = &self.log else { return Ok(false) };
        if !self.snapshot_writable {
            return Ok(false);
        }
        let resume = log.resume_point()?;
        let offset = resume.offset;
        if self.snapshot_at == Some(offset) {
            return Ok(false);
        }
        let snapshot = Snapshot {
            version: history::SNAPSHOT_VERSION,
            model: history::MODEL.into(),
            log: resume,
            history: self.history.clone(),
        };
        let path = self.dir.join("snapshot.ron");
        let mut text = ron::to_string(&snapshot).map_err(|e| StoreError::Corrupt {
            path: path.clone(),
            line: 0,
            message: format!("the snapshot could not be written as RON ({e})"),
        })?;
        text.push('\n');
        store::write_atomic(&path, text.as_bytes())?;
        self.snapshot_at = Some(offset);
        Ok(true)
    }

    /// Cards due today ([`due_cards`]), in `pack` or across all packs.
    pub fn due(&self, now: Now, pack: Option<&str>) -> Vec<&Card> {
        due_cards(&self.history, &self.scheduler, now, pack)
    }

    /// The Weak spots cards, at most `count` ([`weak_cards`]: one per weak fact), in `pack` or across all packs.
    pub fn weak(&self, now: Now, pack: Option<&str>, count: usize) -> Vec<&Card> {
        weak_cards(&self.history, &self.scheduler, now, pack, count)
    }

    /// The Progress figures at `now`.
    pub fn stats(&self, now: Now) -> Stats {
        stats(&self.history, &self.scheduler, now)
    }

    /// A pack's due count and mastery, for the Library.
    pub fn pack_summary(&self, now: Now, pack: &str) -> PackSummary {
        pack_summary(&self.history, &self.scheduler, now, pack)
    }
}

/// The attempt record for `question` answered with `response`, graded `score`, after `secs` seconds, at
/// `now`, in `pack` and `mode`.
pub fn attempt_for(
    pack: &str,
    question: &Question,
    response: &Response,
    score: f64,
    secs: f64,
    mode: Mode,
    now: Now,
) -> Attempt {
    Attempt {
        at: now.at,
        utc_offset: now.utc_offset,
        pack: pack.to_string(),
        question: question.id.clone(),
        facts: question.facts.clone(),
        topics: question.topics.clone(),
        kind: question.kind,
        mode,
        answer: question.response_text(Some(response), Voice::Record),
        score,
        secs,
    }
}

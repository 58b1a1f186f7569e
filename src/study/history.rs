//! A learner's history folded from the attempt log: one FSRS card per question family and the tallies the
//! statistics need (per day, topic and kind). Everything here is derivable by replaying the log; the
//! snapshot file keeps a copy with the log position it covers, so opening a long history reads only the
//! records written since.
//!
//! # Snapshot format (version 1)
//!
//! `snapshot.ron` beside the log, one RON value: `(version: 1, model: "...", log: (id, offset, lines, check,
//! prefix, damaged), history: (...))`. `log` is a [`Resume`] point; a snapshot whose log id, position or
//! check no longer matches the log, or that was made with another scheduling model ([`MODEL`]), is ignored
//! and rebuilt. It is a cache: replaced atomically whenever it falls behind, never needed for correctness.
//!
//! The part of the log a snapshot covers is never read again while the snapshot is used, so damage there
//! would stay hidden behind it. `prefix` (a [`super::log::PrefixHash`] of every byte before the resume
//! point) is checked on every opening; if the covered part changed, the snapshot is not trusted, the
//! history is rebuilt from the log, and the damaged lines the log skips are reported. `damaged` keeps the
//! lines skipped before the point, so a snapshot made after damage still reports it each time. Both fields
//! were added without a version bump (they have defaults): a snapshot written before them has no `prefix`,
//! cannot be checked, and is quietly rebuilt from the log once; older builds ignore the new fields.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

use super::log::{Attempt, Resume};
use super::schedule::{Card, Scheduler, study_day};
use crate::question::QuestionKind;

/// The newest snapshot format this build reads and writes.
pub const SNAPSHOT_VERSION: u32 = 1;

/// The scheduling model whose card states a snapshot holds. Cards are replayed when it changes.
pub const MODEL: &str = "fsrs 6.6.2, default parameters";

/// How many of the latest attempts a history keeps whole (for "recent answers" lists).
pub const RECENT: usize = 50;

/// Counts of answers: how many, how many with full marks, and the sum of scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// Answers.
    pub attempts: u64,
    /// Answers with full marks.
    pub right: u64,
    /// Sum of scores (partial credit counts).
    pub score: f64,
}

impl Tally {
    /// Counts one answer with `score` (0 ..= 1).
    pub fn add(&mut self, score: f64) {
        self.attempts += 1;
        self.right += u64::from(score >= 1.0 - 1e-9);
        self.score += score;
    }

    /// Mean score, 0 when there is no answer.
    pub fn accuracy(&self) -> f64 {
        if self.attempts == 0 { 0.0 } else { self.score / self.attempts as f64 }
    }
}

/// Everything known about one learner's answers, folded from the log in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// FSRS cards by (pack id, family).
    pub cards: BTreeMap<(String, String), Card>,
    /// Answers per study day.
    pub days: BTreeMap<i64, Tally>,
    /// Answers per topic id.
    pub topics: BTreeMap<String, Tally>,
    /// Answers per kind of question.
    pub kinds: BTreeMap<QuestionKind, Tally>,
    /// Answers per pack id.
    pub packs: BTreeMap<String, Tally>,
    /// All answers.
    pub total: Tally,
    /// The latest [`RECENT`] attempts, oldest first.
    pub recent: VecDeque<Attempt>,
}

impl History {
    /// Folds `attempts` (in log order) into a new history.
    pub fn replay(scheduler: &Scheduler, attempts: &[Attempt]) -> Self {
        let mut h = Self::default();
        for a in attempts {
            h.fold(scheduler, a);
        }
        h.recent.extend(attempts[attempts.len().saturating_sub(RECENT)..].iter().cloned());
        h
    }

    /// Adds one attempt: reviews its card and counts it.
    pub fn apply(&mut self, scheduler: &Scheduler, attempt: &Attempt) {
        self.fold(scheduler, attempt);
        self.remember(attempt.clone());
    }

    /// [`History::apply`] for an attempt the caller no longer needs (saves a copy).
    pub fn apply_owned(&mut self, scheduler: &Scheduler, attempt: Attempt) {
        self.fold(scheduler, &attempt);
        self.remember(attempt);
    }

    fn remember(&mut self, attempt: Attempt) {
        if self.recent.len() == RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(attempt);
    }

    /// Reviews the attempt's card and counts it; [`History::recent`] aside.
    fn fold(&mut self, scheduler: &Scheduler, attempt: &Attempt) {
        let score = if attempt.score.is_finite() { attempt.score.clamp(0.0, 1.0) } else { 0.0 };
        let key = (attempt.pack.clone(), attempt.family());
        let card = scheduler.review(self.cards.get(&key), attempt);
        self.cards.insert(key, card);
        self.days.entry(study_day(attempt.at, attempt.utc_offset)).or_default().add(score);
        for t in &attempt.topics {
            match self.topics.get_mut(t) {
                Some(tally) => tally.add(score),
                None => self.topics.entry(t.clone()).or_default().add(score),
            }
        }
        self.kinds.entry(attempt.kind).or_default().add(score);
        match self.packs.get_mut(&attempt.pack) {
            Some(tally) => tally.add(score),
            None => self.packs.entry(attempt.pack.clone()).or_default().add(score),
        }
        self.total.add(score);
    }
}

/// What `snapshot.ron` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Format version ([`SNAPSHOT_VERSION`]).
    pub version: u32,
    /// The scheduling model ([`MODEL`]).
    pub model: String,
    /// The log position the history covers.
    pub log: Resume,
    /// The history up to that position.
    pub history: History,
}

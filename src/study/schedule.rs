//! Spaced repetition: FSRS (the `fsrs` crate, the scheduler Anki uses, with its default FSRS-6 parameters)
//! on one card per question family — a fact (or set of facts) and a kind of question.
//!
//! Dossier grades, so it rates: no "honour system" buttons. [`rate`] turns the grade and the time taken into
//! FSRS's four ratings with thresholds per kind of question ([`pace`]).
//!
//! Like Anki's scheduler these are pure functions over plain data: "now" is always passed in ([`Now`]),
//! never read inside, so tests control time and can simulate months in a millisecond.
//!
//! Days are *study days*: a day runs from 04:00 to 04:00 local time ([`DAY_START_HOUR`]), as in Anki, so a
//! session after midnight still counts for the evening before. FSRS sees whole days elapsed between study
//! days; a second answer on the same day uses FSRS-6's same-day (short-term) stability formula.
//!
//! No fuzz is added to intervals, so schedules are reproducible.

use fsrs::{DEFAULT_PARAMETERS, FSRS, MemoryState, NextStates};
use serde::{Deserialize, Serialize};

use super::log::Attempt;
use crate::question::QuestionKind;

/// The local hour at which a new study day begins.
pub const DAY_START_HOUR: i64 = 4;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// The longest interval FSRS may schedule, in days (100 years).
pub const MAX_INTERVAL_DAYS: i64 = 36_500;

/// A moment as the scheduler sees it: UTC seconds and the learner's offset from UTC. Created once at the
/// edge of the program ([`Now::system`]) and passed down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Now {
    /// Seconds since 1970-01-01 UTC.
    pub at: i64,
    /// Seconds east of UTC (Seoul: 32 400).
    pub utc_offset: i32,
}

impl Now {
    /// The system clock and the local time zone's offset: the only place Dossier reads the time.
    pub fn system() -> Self {
        let now = chrono::Local::now();
        Self { at: now.timestamp(), utc_offset: now.offset().local_minus_utc() }
    }

    /// A moment in UTC.
    pub const fn utc(at: i64) -> Self {
        Self { at, utc_offset: 0 }
    }

    /// The study day this moment falls in ([`study_day`]).
    pub fn day(self) -> i64 {
        study_day(self.at, self.utc_offset)
    }

    /// The same clock `days` days later (or earlier, if negative).
    #[must_use]
    pub fn plus_days(self, days: i64) -> Self {
        Self { at: self.at + days * DAY, ..self }
    }

    /// The same clock `secs` seconds later.
    #[must_use]
    pub fn plus_secs(self, secs: i64) -> Self {
        Self { at: self.at + secs, ..self }
    }
}

/// The study day of a moment: days since 1970-01-01 in local time, each starting at [`DAY_START_HOUR`].
pub fn study_day(at: i64, utc_offset: i32) -> i64 {
    (at + i64::from(utc_offset) - DAY_START_HOUR * 3600).div_euclid(DAY)
}

/// The calendar date of a study day: (year, month, day).
pub fn civil(day: i64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A study day as an ISO date, `2026-01-05`.
pub fn day_label(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// FSRS's four ratings of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// Forgotten: the card comes back the same day.
    Again,
    /// Recalled with difficulty: partly right, or right but slowly.
    Hard,
    /// Recalled.
    Good,
    /// Recalled at once.
    Easy,
}

impl Rating {
    /// FSRS's number for it (1–4).
    pub fn number(self) -> u32 {
        match self {
            Self::Again => 1,
            Self::Hard => 2,
            Self::Good => 3,
            Self::Easy => 4,
        }
    }
}

/// How long a right answer to a kind of question may take: at most `fast` seconds is Easy, more than
/// `slow` is Hard, in between Good.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// Seconds up to which a right answer is rated Easy.
    pub fast: f64,
    /// Seconds beyond which a right answer is rated Hard.
    pub slow: f64,
}

/// The pace for a kind of question. Reading a true/false statement is quicker than typing a name, which is
/// quicker than matching five pairs; the limits grow accordingly.
///
/// | kind | Easy if at most | Hard if more than |
/// |---|---|---|
/// | true/false | 4 s | 30 s |
/// | multiple choice | 6 s | 45 s |
/// | cloze, short answer, numeric | 10 s | 60 s |
/// | matching, timeline | 20 s | 120 s |
pub fn pace(kind: QuestionKind) -> Pace {
    let (fast, slow) = match kind {
        QuestionKind::Tf => (4.0, 30.0),
        QuestionKind::Mc => (6.0, 45.0),
        QuestionKind::Cloze | QuestionKind::Short | QuestionKind::Numeric => (10.0, 60.0),
        QuestionKind::Match | QuestionKind::Order => (20.0, 120.0),
    };
    Pace { fast, slow }
}

/// Answers given faster than this (seconds) were not timed by a person reading the question — answers piped
/// into `dossier play` arrive in microseconds — so their speed says nothing and earns no Easy.
pub const UNTIMED_BELOW: f64 = 0.5;

/// The rating of a graded answer:
///
/// - score below 0.5 → Again (forgotten);
/// - score from 0.5 up to but not including 1 → Hard (partial credit: most of a matching or an order);
/// - full marks in under [`UNTIMED_BELOW`] seconds → Good (no reading time: the pace is unknown);
/// - full marks within the kind's `fast` time → Easy;
/// - full marks slower than its `slow` time → Hard;
/// - other full marks → Good.
pub fn rate(kind: QuestionKind, score: f64, secs: f64) -> Rating {
    let p = pace(kind);
    if score.is_nan() || score < 0.5 {
        Rating::Again
    } else if score < 1.0 - 1e-9 {
        Rating::Hard
    } else if secs < UNTIMED_BELOW {
        Rating::Good
    } else if secs <= p.fast {
        Rating::Easy
    } else if secs > p.slow {
        Rating::Hard
    } else {
        Rating::Good
    }
}

/// One card: what FSRS knows of a question family for one learner, and what statistics need of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The pack's id.
    pub pack: String,
    /// The family ([`crate::question::Question::family`]).
    pub family: String,
    /// The kind of question.
    pub kind: QuestionKind,
    /// The facts it rests on.
    pub facts: Vec<String>,
    /// Their topics, as last recorded.
    pub topics: Vec<String>,
    /// The question last asked of this family.
    pub last_question: String,
    /// FSRS stability: days until retrievability falls to 90 %.
    pub stability: f32,
    /// FSRS difficulty, 1 ..= 10.
    pub difficulty: f32,
    /// Answers recorded.
    pub reviews: u32,
    /// Answers rated Again after the first.
    pub lapses: u32,
    /// Answers with full marks.
    pub right: u32,
    /// Sum of scores, for the card's accuracy.
    pub score_sum: f64,
    /// When it was last answered (UTC seconds).
    pub last_at: i64,
    /// The study day of the last answer.
    pub last_day: i64,
    /// The last answer's rating.
    pub last_rating: Rating,
}

impl Card {
    /// The key a history files the card under: (pack, family).
    pub fn key(&self) -> (String, String) {
        (self.pack.clone(), self.family.clone())
    }

    /// Mean score of its answers.
    pub fn accuracy(&self) -> f64 {
        if self.reviews == 0 { 0.0 } else { self.score_sum / f64::from(self.reviews) }
    }

    fn memory(&self) -> MemoryState {
        MemoryState { stability: self.stability, difficulty: self.difficulty }
    }
}

/// FSRS with a desired retention. Cards store only FSRS's memory state (stability, difficulty), so a change
/// of retention reschedules every card at once without replaying the log.
#[derive(Debug, Clone)]
pub struct Scheduler {
    fsrs: FSRS,
    retention: f32,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self::new(Self::DEFAULT_RETENTION)
    }
}

impl Scheduler {
    /// The chance of recall FSRS aims for at each review, Anki's default.
    pub const DEFAULT_RETENTION: f32 = 0.9;
    /// The range of desired retention accepted; values outside are clamped.
    pub const RETENTION_RANGE: (f32, f32) = (0.7, 0.97);

    /// FSRS with its default parameters and the given desired retention (clamped to [`Self::RETENTION_RANGE`]).
    pub fn new(desired_retention: f32) -> Self {
        let (lo, hi) = Self::RETENTION_RANGE;
        let retention = if desired_retention.is_finite() { desired_retention.clamp(lo, hi) } else { 0.9 };
        Self { fsrs: FSRS::default(), retention }
    }

    /// The desired retention in use.
    pub fn retention(&self) -> f32 {
        self.retention
    }

    /// The card after `attempt`: `card` is its state before (`None` for a first answer). The attempt's own
    /// time is "now" for this review.
    pub fn review(&self, card: Option<&Card>, attempt: &Attempt) -> Card {
        let rating = rate(attempt.kind, attempt.score, attempt.secs);
        let day = study_day(attempt.at, attempt.utc_offset);
        let (memory, elapsed) = match card {
            Some(c) => (Some(c.memory()), (day - c.last_day).clamp(0, i64::from(u32::MAX)) as u32),
            None => (None, 0),
        };
        let next = self
            .fsrs
            .next_states(memory, self.retention, elapsed)
            .or_else(|_| self.fsrs.next_states(None, self.retention, 0))
            .map_or_else(|_| first_state(rating), |n| pick(&n, rating).memory);
        let right = attempt.score >= 1.0 - 1e-9;
        let score = if attempt.score.is_finite() { attempt.score.clamp(0.0, 1.0) } else { 0.0 };
        match card {
            Some(c) => Card {
                topics: attempt.topics.clone(),
                last_question: attempt.question.clone(),
                stability: next.stability,
                difficulty: next.difficulty,
                reviews: c.reviews.saturating_add(1),
                lapses: c.lapses.saturating_add(u32::from(rating == Rating::Again)),
                right: c.right.saturating_add(u32::from(right)),
                score_sum: c.score_sum + score,
                last_at: attempt.at,
                last_day: day,
                last_rating: rating,
                ..c.clone()
            },
            None => Card {
                pack: attempt.pack.clone(),
                family: attempt.family(),
                kind: attempt.kind,
                facts: attempt.facts.clone(),
                topics: attempt.topics.clone(),
                last_question: attempt.question.clone(),
                stability: next.stability,
                difficulty: next.difficulty,
                reviews: 1,
                lapses: 0,
                right: u32::from(right),
                score_sum: score,
                last_at: attempt.at,
                last_day: day,
                last_rating: rating,
            },
        }
    }

    /// Days from the last answer to the next review: FSRS's interval for the card's stability at the
    /// desired retention, rounded, at least 1 — or 0 after Again (the card is due again the same day).
    pub fn interval_days(&self, card: &Card) -> i64 {
        if card.last_rating == Rating::Again {
            return 0;
        }
        let days = self.fsrs.next_interval(Some(card.stability), self.retention, 3);
        if days.is_finite() { (days.round() as i64).clamp(1, MAX_INTERVAL_DAYS) } else { 1 }
    }

    /// The study day the card is next due.
    pub fn due_day(&self, card: &Card) -> i64 {
        card.last_day + self.interval_days(card)
    }

    /// Whether the card is due on `now`'s study day (or overdue).
    pub fn is_due(&self, card: &Card, now: Now) -> bool {
        self.due_day(card) <= now.day()
    }

    /// The probability that the learner recalls the card at `now` (FSRS's forgetting curve), 0 ..= 1.
    pub fn retrievability(&self, card: &Card, now: Now) -> f64 {
        let days = ((now.at - card.last_at).max(0) as f64 / DAY as f64) as f32;
        let r = fsrs::current_retrievability(card.memory(), days, DEFAULT_PARAMETERS[20]);
        if r.is_finite() { f64::from(r).clamp(0.0, 1.0) } else { 0.0 }
    }
}

fn pick(next: &NextStates, rating: Rating) -> &fsrs::ItemState {
    match rating {
        Rating::Again => &next.again,
        Rating::Hard => &next.hard,
        Rating::Good => &next.good,
        Rating::Easy => &next.easy,
    }
}

/// A first answer's state straight from the default parameters (used only if FSRS refuses a state).
fn first_state(rating: Rating) -> MemoryState {
    let w = &DEFAULT_PARAMETERS;
    let r = rating.number() as usize;
    MemoryState { stability: w[r - 1], difficulty: (w[4] - (w[5] * (r as f32 - 1.0)).exp() + 1.0).clamp(1.0, 10.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn study_days_roll_over_at_four_in_the_morning_local_time() {
        // 2026-01-01 00:00 UTC is 09:00 in Seoul: that study day is 2026-01-01 there, 2025-12-31 in UTC.
        let at = 1_767_225_600;
        assert_eq!(day_label(study_day(at, 32_400)), "2026-01-01");
        assert_eq!(day_label(study_day(at, 0)), "2025-12-31");
        assert_eq!(day_label(study_day(at + 4 * 3600, 0)), "2026-01-01");
        assert_eq!(day_label(0), "1970-01-01");
        assert_eq!(day_label(-1), "1969-12-31");
        assert_eq!(day_label(11_016), "2000-02-29");
    }

    #[test]
    fn ratings_follow_score_then_time() {
        assert_eq!(rate(QuestionKind::Mc, 0.0, 1.0), Rating::Again);
        assert_eq!(rate(QuestionKind::Match, 0.49, 1.0), Rating::Again);
        assert_eq!(rate(QuestionKind::Match, 0.5, 1.0), Rating::Hard);
        assert_eq!(rate(QuestionKind::Mc, 1.0, 2.0), Rating::Easy);
        assert_eq!(rate(QuestionKind::Tf, 1.0, 0.001), Rating::Good, "piped answers have no pace");
        assert_eq!(rate(QuestionKind::Tf, 0.0, 0.001), Rating::Again);
        assert_eq!(rate(QuestionKind::Mc, 1.0, 12.0), Rating::Good);
        assert_eq!(rate(QuestionKind::Mc, 1.0, 90.0), Rating::Hard);
        assert_eq!(rate(QuestionKind::Short, f64::NAN, 1.0), Rating::Again);
    }
}

//! Progress figures: pure functions of a learner's [`History`], the scheduler and "now". The Progress screen
//! plots them and `dossier stats` prints them.
//!
//! - **accuracy** is the mean score (partial credit counts); **right** counts full marks.
//! - **mastery** of a card is how far its memory has come towards mastered — FSRS stability on a log scale,
//!   from 0 (no stability) to 1 (stability of [`MASTERED_DAYS`] or more) — times FSRS's probability that the
//!   learner recalls it now, so an overdue card loses mastery. Not a recall probability alone: right after
//!   any answer, even a wrong one, FSRS puts recall at 100 %, and its forgetting curve is so flat that a card
//!   answered wrongly once still shows ~58 % recall a week later; a learner who scored 1 of 10 would read
//!   "mastery 60 %". On this scale a first wrong answer is ~6 %, a first right one ~40 %, and 100 % takes
//!   weeks of spaced right answers. Of a topic, kind or pack: the mean over its cards. A card is
//!   **mastered** when its stability reaches [`MASTERED_DAYS`].
//! - **weakest facts** are ranked by retrievability now (the Weak spots order), ties — common right after a
//!   session — broken by lower stability, then lower accuracy.
//! - **streak** counts consecutive study days with at least one answer, ending today — or yesterday when
//!   nothing has been answered yet today, so a streak is not broken before the day is over.
//! - **forecast** counts cards due on each of the next 14 study days, today's including overdue cards.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::history::{History, Tally};
use super::schedule::{Card, Now, Scheduler, day_label};

/// Stability (days) from which a card counts as mastered.
pub const MASTERED_DAYS: f32 = 21.0;
/// How many days the due forecast covers.
pub const FORECAST_DAYS: usize = 14;
/// How many facts the weakest-facts table lists.
pub const WEAKEST: usize = 10;

/// Every figure of the Progress screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// The study day the figures are for.
    pub today: String,
    /// Answers recorded.
    pub attempts: u64,
    /// Answers with full marks.
    pub right: u64,
    /// Mean score of all answers, 0 ..= 1.
    pub accuracy: f64,
    /// Answers given today.
    pub attempts_today: u64,
    /// Cards due today, overdue included.
    pub due_today: usize,
    /// Consecutive study days with answers, up to today.
    pub streak_days: u32,
    /// Cards (question families answered at least once).
    pub cards: usize,
    /// Cards whose stability reached [`MASTERED_DAYS`].
    pub mastered: usize,
    /// Mean mastery of all cards, 0 ..= 1.
    pub mastery: f64,
    /// Each study day with answers, oldest first.
    pub per_day: Vec<DayStat>,
    /// By topic id.
    pub per_topic: BTreeMap<String, GroupStat>,
    /// By kind code (`mc`, `tf`, …).
    pub per_kind: BTreeMap<String, GroupStat>,
    /// By pack id.
    pub per_pack: BTreeMap<String, GroupStat>,
    /// Cards due on each of the next [`FORECAST_DAYS`] days, today first.
    pub forecast: Vec<ForecastDay>,
    /// The [`WEAKEST`] facts with the lowest retrievability.
    pub weakest: Vec<FactStrength>,
}

/// One study day's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayStat {
    /// Study day number (days since 1970-01-01, local, from 04:00).
    pub day: i64,
    /// Its date, `2026-01-05`.
    pub date: String,
    /// Answers.
    pub attempts: u64,
    /// Mean score.
    pub accuracy: f64,
}

/// Answers and cards of one topic, kind or pack.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GroupStat {
    /// Answers.
    pub attempts: u64,
    /// Mean score.
    pub accuracy: f64,
    /// Cards.
    pub cards: usize,
    /// Mean mastery of those cards.
    pub mastery: f64,
    /// Cards due today.
    pub due: usize,
}

/// Cards due on one day of the forecast.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForecastDay {
    /// Days from today (0 = today, overdue included).
    pub in_days: u32,
    /// The date.
    pub date: String,
    /// Cards due.
    pub due: usize,
}

/// How well one fact is known, over every card (question family) that rests on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactStrength {
    /// The pack's id.
    pub pack: String,
    /// The fact's id.
    pub fact: String,
    /// Mean retrievability of its cards now.
    pub retrievability: f64,
    /// Mean stability of its cards, in days.
    pub stability: f64,
    /// Mean mastery of its cards.
    pub mastery: f64,
    /// Answers to its questions.
    pub attempts: u64,
    /// Mean score of those answers.
    pub accuracy: f64,
    /// Its cards' families.
    pub families: Vec<String>,
}

/// Mean and count over a group's cards, accumulated.
#[derive(Default)]
struct CardSum {
    cards: usize,
    mastery: f64,
    due: usize,
}

impl CardSum {
    fn add(&mut self, mastery: f64, due: bool) {
        self.cards += 1;
        self.mastery += mastery;
        self.due += usize::from(due);
    }

    fn group(&self, tally: Option<&Tally>) -> GroupStat {
        GroupStat {
            attempts: tally.map_or(0, |t| t.attempts),
            accuracy: tally.map_or(0.0, Tally::accuracy),
            cards: self.cards,
            mastery: self.mean(self.mastery),
            due: self.due,
        }
    }

    fn mean(&self, sum: f64) -> f64 {
        if self.cards == 0 { 0.0 } else { sum / self.cards as f64 }
    }
}

/// A card's mastery at `now`: `ln(1 + stability) / ln(1 + MASTERED_DAYS)`, at most 1, times its
/// retrievability now (see the module documentation).
pub fn mastery(scheduler: &Scheduler, card: &Card, now: Now) -> f64 {
    let stability = f64::from(card.stability.max(0.0));
    let progress = ((1.0 + stability).ln() / (1.0 + f64::from(MASTERED_DAYS)).ln()).clamp(0.0, 1.0);
    progress * scheduler.retrievability(card, now)
}

/// The figures for `history` at `now`.
pub fn stats(history: &History, scheduler: &Scheduler, now: Now) -> Stats {
    let today = now.day();
    let mut forecast = vec![0usize; FORECAST_DAYS];
    let (mut all, mut mastered) = (CardSum::default(), 0);
    let mut topics: BTreeMap<&str, CardSum> = BTreeMap::new();
    let mut kinds: BTreeMap<&str, CardSum> = BTreeMap::new();
    let mut packs: BTreeMap<&str, CardSum> = BTreeMap::new();
    let mut facts: BTreeMap<(&str, &str), FactSum> = BTreeMap::new();
    for card in history.cards.values() {
        let r = mastery(scheduler, card, now);
        let due_in = scheduler.due_day(card) - today;
        let due = due_in <= 0;
        if let Some(slot) = forecast.get_mut(due_in.max(0) as usize) {
            *slot += 1;
        }
        all.add(r, due);
        mastered += usize::from(card.stability >= MASTERED_DAYS);
        for t in &card.topics {
            topics.entry(t).or_default().add(r, due);
        }
        kinds.entry(card.kind.code()).or_default().add(r, due);
        packs.entry(&card.pack).or_default().add(r, due);
        for f in &card.facts {
            let entry = facts.entry((&card.pack, f)).or_default();
            entry.cards.add(r, due);
            entry.retrievability += scheduler.retrievability(card, now);
            entry.stability += f64::from(card.stability);
            entry.answers.attempts += u64::from(card.reviews);
            entry.answers.right += u64::from(card.right);
            entry.answers.score += card.score_sum;
            entry.families.push(&card.family);
        }
    }
    let mut per_topic: BTreeMap<String, GroupStat> =
        topics.iter().map(|(t, s)| ((*t).to_string(), s.group(history.topics.get(*t)))).collect();
    for (t, tally) in &history.topics {
        per_topic.entry(t.clone()).or_insert_with(|| CardSum::default().group(Some(tally)));
    }
    let per_kind = history
        .kinds
        .iter()
        .map(|(k, tally)| (k.code().to_string(), kinds.get(k.code()).unwrap_or(&CardSum::default()).group(Some(tally))))
        .collect();
    let per_pack = history
        .packs
        .iter()
        .map(|(p, tally)| (p.clone(), packs.get(p.as_str()).unwrap_or(&CardSum::default()).group(Some(tally))))
        .collect();
    let mut weakest: Vec<FactStrength> = facts
        .into_iter()
        .map(|((pack, fact), f)| FactStrength {
            pack: pack.to_string(),
            fact: fact.to_string(),
            retrievability: f.cards.mean(f.retrievability),
            stability: f.cards.mean(f.stability),
            mastery: f.cards.mean(f.cards.mastery),
            attempts: f.answers.attempts,
            accuracy: f.answers.accuracy(),
            families: f.families.into_iter().map(str::to_string).collect(),
        })
        .collect();
    weakest.sort_by(|a, b| {
        a.retrievability
            .total_cmp(&b.retrievability)
            .then(a.stability.total_cmp(&b.stability))
            .then(a.accuracy.total_cmp(&b.accuracy))
            .then_with(|| (&a.pack, &a.fact).cmp(&(&b.pack, &b.fact)))
    });
    weakest.truncate(WEAKEST);
    Stats {
        today: day_label(today),
        attempts: history.total.attempts,
        right: history.total.right,
        accuracy: history.total.accuracy(),
        attempts_today: history.days.get(&today).map_or(0, |t| t.attempts),
        due_today: all.due,
        streak_days: streak(history, today),
        cards: all.cards,
        mastered,
        mastery: all.group(None).mastery,
        per_day: history
            .days
            .iter()
            .map(|(&day, t)| DayStat { day, date: day_label(day), attempts: t.attempts, accuracy: t.accuracy() })
            .collect(),
        per_topic,
        per_kind,
        per_pack,
        forecast: forecast
            .into_iter()
            .enumerate()
            .map(|(i, due)| ForecastDay { in_days: i as u32, date: day_label(today + i as i64), due })
            .collect(),
        weakest,
    }
}

/// What [`stats`] gathers per fact.
#[derive(Default)]
struct FactSum<'h> {
    cards: CardSum,
    retrievability: f64,
    stability: f64,
    answers: Tally,
    families: Vec<&'h str>,
}

/// Consecutive study days with answers ending today, or yesterday if there is none today yet.
pub fn streak(history: &History, today: i64) -> u32 {
    let mut day = if history.days.contains_key(&today) { today } else { today - 1 };
    let mut n = 0;
    while history.days.get(&day).is_some_and(|t| t.attempts > 0) {
        n += 1;
        day -= 1;
    }
    n
}

/// What the Library shows beside a pack: cards due today and mastery.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PackSummary {
    /// Cards of the pack answered at least once.
    pub cards: usize,
    /// Of those, due today.
    pub due: usize,
    /// Mean mastery of its cards (0 with no cards).
    pub mastery: f64,
}

/// [`PackSummary`] of the pack with id `pack`.
pub fn pack_summary(history: &History, scheduler: &Scheduler, now: Now, pack: &str) -> PackSummary {
    let mut sum = CardSum::default();
    for c in history.cards.values().filter(|c| c.pack == pack) {
        sum.add(mastery(scheduler, c, now), scheduler.is_due(c, now));
    }
    let g = sum.group(None);
    PackSummary { cards: g.cards, due: g.due, mastery: g.mastery }
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

impl Stats {
    /// The figures as readable text, for `dossier stats`.
    pub fn to_text(&self, learner: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Progress of {learner} on {}", self.today);
        let _ = writeln!(
            s,
            "Answers: {} ({} right, accuracy {}), {} today\nStreak: {} day{}\nCards: {} ({} mastered, mastery {}), {} due today",
            self.attempts,
            self.right,
            pct(self.accuracy),
            self.attempts_today,
            self.streak_days,
            if self.streak_days == 1 { "" } else { "s" },
            self.cards,
            self.mastered,
            pct(self.mastery),
            self.due_today
        );
        let groups = |s: &mut String, title: &str, map: &BTreeMap<String, GroupStat>| {
            if map.is_empty() {
                return;
            }
            let _ = writeln!(s, "\n{title}:");
            for (k, g) in map {
                let _ = writeln!(
                    s,
                    "  {k:<20} {:>6} answers  accuracy {:>4}  mastery {:>4}  {:>3} cards  {:>3} due",
                    g.attempts,
                    pct(g.accuracy),
                    pct(g.mastery),
                    g.cards,
                    g.due
                );
            }
        };
        groups(&mut s, "By topic", &self.per_topic);
        groups(&mut s, "By kind of question", &self.per_kind);
        let _ = writeln!(s, "\nDue in the next {FORECAST_DAYS} days:");
        for f in &self.forecast {
            let _ = writeln!(s, "  {}  {:>4}", f.date, f.due);
        }
        if !self.per_day.is_empty() {
            let _ = writeln!(s, "\nLast days:");
            for d in self.per_day.iter().rev().take(14).rev() {
                let _ = writeln!(s, "  {}  {:>5} answers  accuracy {:>4}", d.date, d.attempts, pct(d.accuracy));
            }
        }
        if !self.weakest.is_empty() {
            let _ = writeln!(s, "\nWeakest facts:");
            for w in &self.weakest {
                let _ = writeln!(
                    s,
                    "  {:<40} recall now {:>4}  in a week {:>4}  accuracy {:>4}  ({} answers)",
                    format!("{}/{}", w.pack, w.fact),
                    pct(w.retrievability),
                    pct(w.mastery),
                    pct(w.accuracy),
                    w.attempts
                );
            }
        }
        s
    }

    /// The figures as one CSV table with the header `metric,key,value`: one row per figure, keyed by date,
    /// topic, kind or fact where it has one — easy to filter or pivot in a spreadsheet.
    pub fn to_csv(&self) -> String {
        let mut rows: Vec<(String, String, String)> = vec![
            ("attempts".into(), String::new(), self.attempts.to_string()),
            ("right".into(), String::new(), self.right.to_string()),
            ("accuracy".into(), String::new(), num(self.accuracy)),
            ("attempts_today".into(), String::new(), self.attempts_today.to_string()),
            ("due_today".into(), String::new(), self.due_today.to_string()),
            ("streak_days".into(), String::new(), self.streak_days.to_string()),
            ("cards".into(), String::new(), self.cards.to_string()),
            ("mastered".into(), String::new(), self.mastered.to_string()),
            ("mastery".into(), String::new(), num(self.mastery)),
        ];
        for d in &self.per_day {
            rows.push(("day_attempts".into(), d.date.clone(), d.attempts.to_string()));
            rows.push(("day_accuracy".into(), d.date.clone(), num(d.accuracy)));
        }
        for (prefix, map) in [("topic", &self.per_topic), ("kind", &self.per_kind), ("pack", &self.per_pack)] {
            for (k, g) in map {
                rows.push((format!("{prefix}_attempts"), k.clone(), g.attempts.to_string()));
                rows.push((format!("{prefix}_accuracy"), k.clone(), num(g.accuracy)));
                rows.push((format!("{prefix}_mastery"), k.clone(), num(g.mastery)));
                rows.push((format!("{prefix}_cards"), k.clone(), g.cards.to_string()));
            }
        }
        for f in &self.forecast {
            rows.push(("forecast_due".into(), f.date.clone(), f.due.to_string()));
        }
        for w in &self.weakest {
            rows.push(("weak_fact_retrievability".into(), format!("{}/{}", w.pack, w.fact), num(w.retrievability)));
        }
        let mut s = String::from("metric,key,value\n");
        for (m, k, v) in rows {
            let _ = writeln!(s, "{m},{},{v}", csv_field(&k));
        }
        s
    }
}

fn num(x: f64) -> String {
    format!("{x:.4}")
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

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
//! - a fact is **weak** when the mean score of every answer to its questions is below [`WEAK_ACCURACY`], or
//!   the last answer to one of its questions was wrong ([`WEAK_RULE`]). Not every fact answered: a fact always
//!   answered rightly is not a weak spot. The Weak spots quiz ([`super::select::weak_cards`]) asks one
//!   question per weak fact, so its count and the Progress screen's agree.
//! - weak facts are ranked weakest first by what separates them ([`WEAK_ORDER`]): lower accuracy, then more
//!   lapses (wrong answers after the first), then a shorter memory (FSRS stability, "remembered for"). Not by
//!   recall now: right after any answer, even a wrong one, FSRS puts recall at 100 %.
//! - **streak** counts consecutive study days with at least one answer, ending today — or yesterday when
//!   nothing has been answered yet today, so a streak is not broken before the day is over.
//! - **forecast** counts cards due on each of the next 14 study days, today's including overdue cards.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::history::{History, Tally};
use super::schedule::{Card, Now, Rating, Scheduler, day_label};

/// Stability (days) from which a card counts as mastered.
pub const MASTERED_DAYS: f32 = 21.0;
/// How many days the due forecast covers.
pub const FORECAST_DAYS: usize = 14;
/// How many facts the weakest-facts table lists.
pub const WEAKEST: usize = 10;
/// A fact whose answers score below this on average is weak.
pub const WEAK_ACCURACY: f64 = 0.7;
/// When a fact is weak, in the words every face shows.
pub const WEAK_RULE: &str = "accuracy below 70 %, or the last answer wrong";
/// How weak facts are ranked, in the words every face shows.
pub const WEAK_ORDER: &str = "lowest accuracy, then most lapses (wrong answers after the first), then the \
     shortest time remembered";

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
    /// Facts that are weak ([`WEAK_RULE`]), in every pack.
    pub weak_facts: usize,
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
    /// The weak facts ([`WEAK_RULE`]), weakest first ([`WEAK_ORDER`]), at most [`WEAKEST`].
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
    /// Wrong answers after the first, over its cards.
    pub lapses: u64,
    /// Whether the last answer to one of its cards was wrong.
    pub last_wrong: bool,
    /// Whether it is weak ([`WEAK_RULE`]).
    pub weak: bool,
}

impl FactStrength {
    /// How long it is remembered, in words: its stability ("3 days", "under a day").
    pub fn remembered_for(&self) -> String {
        remembered_for(self.stability)
    }
}

/// A stability in days as words: "under a day", "1 day", "12 days".
pub fn remembered_for(days: f64) -> String {
    if days < 1.0 {
        "under a day".to_owned()
    } else if days < 1.5 {
        "1 day".to_owned()
    } else {
        format!("{:.0} days", days.round())
    }
}

/// Whether a fact with this accuracy, and whose last answer was wrong or not, is weak ([`WEAK_RULE`]).
pub fn is_weak(accuracy: f64, last_wrong: bool) -> bool {
    last_wrong || accuracy < WEAK_ACCURACY
}

/// The mastery of some cards, with the one wording the Progress screen, the Library and `dossier stats` use:
/// "Mastery 39 % · 0 of 35 cards mastered".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Mastery {
    /// Mean mastery of the cards, 0 ..= 1.
    pub mean: f64,
    /// Cards whose stability reached [`MASTERED_DAYS`].
    pub mastered: usize,
    /// Cards answered at least once.
    pub cards: usize,
}

impl Mastery {
    /// The figure: "Mastery 39 %".
    pub fn headline(&self) -> String {
        format!("Mastery {}", percent(self.mean))
    }

    /// What it rests on: "0 of 35 cards mastered".
    pub fn detail(&self) -> String {
        let noun = if self.cards == 1 { "card" } else { "cards" };
        format!("{} of {} {noun} mastered", self.mastered, self.cards)
    }

    /// Both: "Mastery 39 % · 0 of 35 cards mastered".
    pub fn describe(&self) -> String {
        format!("{} · {}", self.headline(), self.detail())
    }
}

/// A share as the app writes it: "39 %".
pub fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
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
    let mut weakest = weak_facts(history, scheduler, now, None);
    let weak_facts = weakest.len();
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
        weak_facts,
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

/// What [`weak_facts`] gathers per fact.
#[derive(Default)]
struct FactSum<'h> {
    cards: CardSum,
    retrievability: f64,
    stability: f64,
    answers: Tally,
    lapses: u64,
    last_wrong: bool,
    families: Vec<&'h str>,
}

impl FactSum<'_> {
    fn strength(self, (pack, fact): (&str, &str)) -> FactStrength {
        let accuracy = self.answers.accuracy();
        FactStrength {
            pack: pack.to_string(),
            fact: fact.to_string(),
            retrievability: self.cards.mean(self.retrievability),
            stability: self.cards.mean(self.stability),
            mastery: self.cards.mean(self.cards.mastery),
            attempts: self.answers.attempts,
            accuracy,
            families: self.families.into_iter().map(str::to_string).collect(),
            lapses: self.lapses,
            last_wrong: self.last_wrong,
            weak: is_weak(accuracy, self.last_wrong),
        }
    }
}

/// Sorts facts weakest first ([`WEAK_ORDER`]): lower accuracy, then more lapses, then lower stability, then
/// by pack and fact id so the order is stable.
fn rank(facts: &mut [FactStrength]) {
    facts.sort_by(|a, b| {
        a.accuracy
            .total_cmp(&b.accuracy)
            .then(b.lapses.cmp(&a.lapses))
            .then(a.stability.total_cmp(&b.stability))
            .then_with(|| (&a.pack, &a.fact).cmp(&(&b.pack, &b.fact)))
    });
}

/// Every weak fact ([`WEAK_RULE`]) of `pack` (or of every pack), weakest first ([`WEAK_ORDER`]): the facts
/// the Progress screen lists and the Weak spots quiz asks.
pub fn weak_facts(history: &History, scheduler: &Scheduler, now: Now, pack: Option<&str>) -> Vec<FactStrength> {
    let mut facts: BTreeMap<(&str, &str), FactSum> = BTreeMap::new();
    for card in history.cards.values().filter(|c| pack.is_none_or(|p| c.pack == p)) {
        let m = mastery(scheduler, card, now);
        let r = scheduler.retrievability(card, now);
        for f in &card.facts {
            let entry = facts.entry((&card.pack, f)).or_default();
            entry.cards.add(m, false);
            entry.retrievability += r;
            entry.stability += f64::from(card.stability);
            entry.answers.attempts += u64::from(card.reviews);
            entry.answers.right += u64::from(card.right);
            entry.answers.score += card.score_sum;
            entry.lapses += u64::from(card.lapses);
            entry.last_wrong |= card.reviews > 0 && card.last_rating == Rating::Again;
            entry.families.push(&card.family);
        }
    }
    let mut weak: Vec<FactStrength> = facts.into_iter().map(|(key, f)| f.strength(key)).filter(|f| f.weak).collect();
    rank(&mut weak);
    weak
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
    /// Of its cards, those whose stability reached [`MASTERED_DAYS`].
    pub mastered: usize,
}

impl PackSummary {
    /// Its mastery, in the words the Progress screen uses too.
    pub fn mastery_figure(&self) -> Mastery {
        Mastery { mean: self.mastery, mastered: self.mastered, cards: self.cards }
    }
}

/// [`PackSummary`] of the pack with id `pack`.
pub fn pack_summary(history: &History, scheduler: &Scheduler, now: Now, pack: &str) -> PackSummary {
    let (mut sum, mut mastered) = (CardSum::default(), 0);
    for c in history.cards.values().filter(|c| c.pack == pack) {
        sum.add(mastery(scheduler, c, now), scheduler.is_due(c, now));
        mastered += usize::from(c.stability >= MASTERED_DAYS);
    }
    let g = sum.group(None);
    PackSummary { cards: g.cards, due: g.due, mastery: g.mastery, mastered }
}

fn pct(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

impl Stats {
    /// The mastery of every card, in the words the Library uses too.
    pub fn mastery_figure(&self) -> Mastery {
        Mastery { mean: self.mastery, mastered: self.mastered, cards: self.cards }
    }

    /// The figures as readable text, for `dossier stats`.
    pub fn to_text(&self, learner: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Progress of {learner} on {}", self.today);
        let _ = writeln!(
            s,
            "Answers: {} ({} right, accuracy {}), {} today\nStreak: {} day{}\nCards: {}, {} due today\n{}",
            self.attempts,
            self.right,
            pct(self.accuracy),
            self.attempts_today,
            self.streak_days,
            if self.streak_days == 1 { "" } else { "s" },
            self.cards,
            self.due_today,
            self.mastery_figure().describe()
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
        let _ = writeln!(s, "\nWeak facts: {} ({WEAK_RULE})", self.weak_facts);
        if !self.weakest.is_empty() {
            let _ = writeln!(s, "Weakest first: {WEAK_ORDER}.");
            for w in &self.weakest {
                let _ = writeln!(
                    s,
                    "  {:<40} accuracy {:>5}  lapses {:>2}  remembered for {:<11}  ({} answer{})",
                    format!("{}/{}", w.pack, w.fact),
                    percent(w.accuracy),
                    w.lapses,
                    w.remembered_for(),
                    w.attempts,
                    if w.attempts == 1 { "" } else { "s" }
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
            ("weak_facts".into(), String::new(), self.weak_facts.to_string()),
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
            let key = format!("{}/{}", w.pack, w.fact);
            rows.push(("weak_fact_retrievability".into(), key.clone(), num(w.retrievability)));
            rows.push(("weak_fact_accuracy".into(), key.clone(), num(w.accuracy)));
            rows.push(("weak_fact_lapses".into(), key.clone(), w.lapses.to_string()));
            rows.push(("weak_fact_stability".into(), key, num(w.stability)));
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

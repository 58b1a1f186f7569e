//! Seeded quizzes: a pick from the bank by count, kinds, topics and facts, with a good mix of kinds,
//! no two questions on the same fact while unused facts remain, never a fact asked on its own twice (a
//! short pack gives a shorter quiz), answers spread across entities, and options shuffled by the seed.

use std::collections::{BTreeMap, BTreeSet};

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::{is_metadata, is_metadata_topic, shuffle_tracked};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

/// What a quiz is drawn with. Empty filters mean "all".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSettings {
    /// The seed: the same bank, seed and settings always give the same quiz.
    pub seed: u64,
    /// How many questions at most.
    pub count: usize,
    /// Question kinds to draw from.
    pub kinds: Vec<QuestionKind>,
    /// Topic ids; a question qualifies if any of its topics is listed.
    pub topics: Vec<String>,
    /// Fact ids; a question qualifies if it rests on any of them.
    pub facts: Vec<String>,
}

impl Default for QuizSettings {
    fn default() -> Self {
        Self { seed: 1, count: 10, kinds: Vec::new(), topics: Vec::new(), facts: Vec::new() }
    }
}

impl QuizSettings {
    /// Whether `q` passes the kind, topic and fact filters. A metadata question (the byline, the photo
    /// credit: every topic of it is a metadata topic, see [`is_metadata`]) is admitted only when asked for:
    /// one of its topics is listed, or one of its facts is.
    pub fn admits(&self, q: &Question) -> bool {
        let asked_for = q.topics.iter().any(|t| is_metadata_topic(t) && self.topics.contains(t))
            || q.facts.iter().any(|f| self.facts.contains(f));
        (asked_for || !is_metadata(&q.topics))
            && (self.kinds.is_empty() || self.kinds.contains(&q.kind))
            && (self.topics.is_empty() || q.topics.iter().any(|t| self.topics.contains(t)))
            && (self.facts.is_empty() || q.facts.iter().any(|f| self.facts.contains(f)))
    }
}

/// How far the seed may move a question's rank, in score points: enough that seeds give different quizzes,
/// little enough that a clearly better question still comes first.
const JITTER: f64 = 0.25;

/// Draws a quiz from `bank` with every question ranked the same ([`quiz_ranked`] without scores).
pub fn quiz(bank: &[Question], settings: &QuizSettings) -> Vec<Question> {
    quiz_ranked(bank, &[], settings)
}

/// Draws a quiz from `bank`, whose questions have the scores `quality` (same order; a question without a
/// score counts as 0.5). Kinds take turns in a seeded order so the quiz is mixed (each kind's first turn
/// always takes a question); within a kind, better questions come first (the score plus a seeded nudge of at
/// most [`JITTER`]); after its first turn, a question whose facts were all asked already waits until no
/// fresh fact is left, so the facts stay covered. Facts resting on the same evidence (one's evidence holds
/// the other's) count as one fact for that rule ([`fact_groups`]). Once an answer (any of its
/// [`answer_forms`]) was given [`answer_cap`] times, a question with that answer waits while questions on
/// fresh facts with other answers remain, so the answers spread across the article's entities. Once fresh
/// facts run out, a fact asked so far only inside a matching or a timeline may be asked on its own.
/// True/false statements take turns at being true and false, the seed choosing the first: a statement whose
/// key leads by one waits for the ideal questions of its rank, and one key never leads by more than
/// [`MAX_LEAD`] (a quiz of a pack short of false versions has fewer statements).
///
/// A quiz never asks again a fact already asked on its own (by evidence group), and never takes a question
/// that [gives away](gives_away) the answer of one already drawn, or whose answer one already drawn
/// states: it takes questions of ranks 0 to [`WORST_RANK`] only, and once none is left it ends, shorter
/// than `settings.count` ([`supported`] says how long it can be).
pub fn quiz_ranked(bank: &[Question], quality: &[f64], settings: &QuizSettings) -> Vec<Question> {
    let (mut picked, mut rng) = draw(bank, quality, settings, settings.count);
    picked.shuffle(&mut rng);
    for q in &mut picked {
        shuffle_options(q, &mut rng);
    }
    picked
}

/// How many questions a quiz of `bank` (with the scores `quality`) drawn with `settings` can have without
/// asking a fact twice or giving a question away: the length of [`quiz_ranked`]'s draw were
/// `settings.count` no limit (the count still sets how often an answer may come back first,
/// [`answer_cap`], so it is passed as asked). A quiz of `settings` has `settings.count.min(supported(…))`
/// questions; the CLI says so when it is fewer than asked, and the app's setup screen offers no more.
pub fn supported(bank: &[Question], quality: &[f64], settings: &QuizSettings) -> usize {
    draw(bank, quality, settings, usize::MAX).0.len()
}

/// The worst rank a quiz takes (see [`quiz_ranked`]'s ranks): 3, a fact not yet asked on its own. Rank 4
/// asks again a fact asked on its own, 5 asks it where one question answers the other, 6 gives a question
/// away (or repeats an ask, or a matching's pair): a teacher would rather hand out a shorter quiz.
pub const WORST_RANK: u8 = 3;

/// The questions of [`quiz_ranked`] in the order drawn, at most `limit` of them, and the generator that
/// drew them (which then shuffles them).
fn draw(bank: &[Question], quality: &[f64], settings: &QuizSettings, limit: usize) -> (Vec<Question>, ChaCha8Rng) {
    let mut rng = ChaCha8Rng::seed_from_u64(settings.seed);
    let mut kinds: Vec<QuestionKind> = QuestionKind::ALL.to_vec();
    kinds.shuffle(&mut rng);
    let mut buckets: Vec<Vec<&Question>> = kinds
        .iter()
        .map(|k| {
            let mut ranked: Vec<(f64, &Question)> = bank
                .iter()
                .enumerate()
                .filter(|(_, q)| q.kind == *k && settings.admits(q))
                .map(|(i, q)| (quality.get(i).copied().unwrap_or(0.5) + JITTER * rng.random::<f64>(), q))
                .collect();
            ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
            ranked.into_iter().map(|(_, q)| q).collect()
        })
        .collect();
    let group = fact_groups(bank);
    let key = |f: &str| group.get(f).map_or(f.to_string(), Clone::clone);
    let mut used_facts: BTreeSet<String> = BTreeSet::new();
    let mut asked_alone: BTreeSet<String> = BTreeSet::new();
    let mut answered: BTreeMap<String, usize> = BTreeMap::new();
    let cap = answer_cap(settings.count);
    let mut picked: Vec<Question> = Vec::new();
    // Worked out once per question, not once per pair of questions compared.
    let probes: BTreeMap<&str, Probe> = buckets.iter().flatten().map(|q| (q.id.as_str(), Probe::of(q))).collect();
    let mut picked_probes: Vec<&Probe> = Vec::new();
    // How far a question is from the ideal next one, in the order the rules give way: 0 on fresh facts with
    // an answer given fewer than `cap` times, 1 on fresh facts (facts matter more than answers), 2 with a
    // fresh answer on a fact not yet asked on its own, 3 on such a fact, 4 on a fact asked on its own
    // already, each of these only when it gives no other question away; 5 a fact asked again where one
    // question answers the other ([`same_fact_shown`]); 6 when it gives a question away. Ranks above
    // [`WORST_RANK`] are never taken.
    let rank = |q: &Question,
                used: &BTreeSet<String>,
                alone: &BTreeSet<String>,
                answered: &BTreeMap<String, usize>,
                picked: &[Question],
                shown: &[&Probe]|
     -> u8 {
        let Some(mine) = probes.get(q.id.as_str()) else { return 6 };
        if !shown.iter().all(|theirs| !theirs.given_away_by_question(mine) && !mine.given_away_by_question(theirs))
            || picked.iter().any(|p| same_ask(p, q) || overlapping_sets(p, q) || paired_elsewhere(p, q, &key))
        {
            return 6;
        }
        // One fact asked twice where one question answers the other: after every other question that gives
        // nothing away, before those that do.
        if picked.iter().zip(shown).any(|(p, theirs)| same_fact_shown(p, theirs, q, mine, &key)) {
            return 5;
        }
        let fresh_facts = q.facts.iter().all(|f| !used.contains(&key(f)));
        // A matching or a timeline uses up several facts at once: in a quiz of over ten questions, past `cap`
        // of its kind, another waits as an answer given too often does, so the facts left fresh spread the
        // answers (three matchings in twenty questions left lee-china-japan only facts about Lee).
        let set = matches!(q.body, Body::Match { .. } | Body::Order { .. });
        let sets_over = set && cap > 1 && picked.iter().filter(|p| p.kind == q.kind).count() >= cap;
        let fresh_answer =
            !sets_over && answer_forms(q).iter().all(|a| answered.get(a.as_str()).copied().unwrap_or(0) < cap);
        let again = q.facts.iter().any(|f| alone.contains(&key(f)));
        match (fresh_facts, fresh_answer, again) {
            (true, true, _) => 0,
            (true, false, _) => 1,
            (false, true, false) => 2,
            (false, false, false) => 3,
            (false, _, true) => 4,
        }
    };
    let mut level = 0;
    while picked.len() < limit {
        let mut took_any = false;
        let mut any_left = false;
        for bucket in &mut buckets {
            if picked.len() >= limit {
                break;
            }
            // A kind takes its best question of the lowest rank, if that rank is allowed yet; a rank is
            // allowed only once no kind has a question of a lower one left.
            // Within a rank above 0, the answer given least often so far comes first (then the better one).
            // Statements take turns at being true and false ([`wanted_truth`]): of two equally ranked, the
            // one with the wanted key comes first. One with the other key comes half a rank later (ranks
            // are counted in halves for it) while one key leads by one, so after every ideal question but
            // before an answer given too often; while it leads by [`MAX_LEAD`], it is not taken at all.
            let (wanted, lead) = wanted_truth(&picked, settings.seed);
            let mut best: Option<(u8, usize, bool, usize)> = None;
            for (pos, q) in bucket.iter().enumerate() {
                let base = rank(q, &used_facts, &asked_alone, &answered, &picked, &picked_probes);
                // Ranks only grow as the quiz fills, so a question past the worst rank stays past it.
                if base > WORST_RANK {
                    continue;
                }
                let unwanted = matches!(q.body, Body::TrueFalse { answer } if answer != wanted);
                if unwanted && lead >= MAX_LEAD {
                    continue;
                }
                any_left = true;
                let r = 2 * base + u8::from(unwanted && lead > 0);
                let given = answer_forms(q).iter().map(|a| answered.get(a.as_str()).copied().unwrap_or(0)).max();
                // Under the cap the better question comes first; over it, the answer given least often.
                let given = if base == 0 { 0 } else { given.unwrap_or(0) };
                if best.is_none_or(|(b, g, u, _)| (r, given, unwanted) < (b, g, u)) {
                    best = Some((r, given, unwanted, pos));
                }
                if r == 0 && !unwanted {
                    break;
                }
            }
            if let Some((_, _, _, pos)) = best.filter(|&(r, _, _, _)| r <= level) {
                let q = bucket.remove(pos);
                used_facts.extend(q.facts.iter().map(|f| key(f)));
                if q.facts.len() == 1 {
                    asked_alone.extend(q.facts.iter().map(|f| key(f)));
                }
                for a in answer_forms(q) {
                    *answered.entry(a.clone()).or_default() += 1;
                }
                if let Some(probe) = probes.get(q.id.as_str()) {
                    picked_probes.push(probe);
                }
                picked.push(q.clone());
                took_any = true;
            }
        }
        if !any_left {
            break;
        }
        if !took_any {
            level += 1;
        }
    }
    (picked, rng)
}

/// The key the next true/false statement of a quiz should have, so that its statements come out near half
/// true and half false: false while more true ones were drawn, true while more false ones were, and at a
/// tie the side the seed gives (its lowest bit), so the first statement of a quiz is not always true. The
/// second value is how many statements the leading key leads by.
fn wanted_truth(picked: &[Question], seed: u64) -> (bool, u8) {
    let (mut yes, mut no) = (0usize, 0usize);
    for q in picked {
        if let Body::TrueFalse { answer } = q.body {
            if answer {
                yes += 1;
            } else {
                no += 1;
            }
        }
    }
    let lead = u8::try_from(yes.abs_diff(no)).unwrap_or(u8::MAX);
    match yes.cmp(&no) {
        std::cmp::Ordering::Greater => (false, lead),
        std::cmp::Ordering::Less => (true, lead),
        std::cmp::Ordering::Equal => (seed & 1 == 0, 0),
    }
}

/// How many statements one key of a quiz's true/false statements may lead the other by: a statement that
/// would make it lead by more is never taken (the quiz takes another kind, or ends). Once a quiz had used
/// its fresh facts, statements of one key used to follow one another (six true to one false in 30 questions
/// of lee-china-japan). A bound of one costs the spread of answers instead (four "Lee" answers in a
/// twenty-question quiz of lee-china-japan, seed 8), so two it is.
pub const MAX_LEAD: u8 = 2;

/// The fact and slot a question asks, from its id (`"over-900-rescued.mc.n"` → `("over-900-rescued", "n")`):
/// the same ask as a multiple choice, a short answer, a number or a blank is one question to a learner.
/// `None` for true/false statements, matchings and timelines, which ask no one slot.
fn ask_of(q: &Question) -> Option<(&str, &str)> {
    let mut parts = q.id.splitn(3, '.');
    let (fact, kind, slot) = (parts.next()?, parts.next()?, parts.next()?);
    let slot = slot.split_once('-').map_or(slot, |(s, _)| s);
    ["mc", "short", "cloze", "numeric"].contains(&kind).then_some((fact, slot))
}

/// Whether `a` and `b` ask one fact's one slot (in different kinds): never both in a quiz while it has
/// other questions.
fn same_ask(a: &Question, b: &Question) -> bool {
    ask_of(a).is_some_and(|x| ask_of(b) == Some(x))
}

/// Whether `a` and `b` (with their probes) ask about one fact (by evidence group) and one shows the other's
/// answer — "About how many people did South Korea evacuate in the town of Yeoncheon?" beside "In which
/// city did the evacuation take place?" — or one is a true/false statement of the fact the other asks a
/// slot of ("… within 24 hours → False" beside "within how many hours …?": the statement rules an option
/// out). Only once nothing else is left are they in one quiz.
fn same_fact_shown(a: &Question, pa: &Probe, b: &Question, pb: &Probe, key: &impl Fn(&str) -> String) -> bool {
    let shares = a.facts.iter().any(|f| b.facts.iter().any(|g| key(g) == key(f)));
    if !shares || a.facts.len() > 1 || b.facts.len() > 1 {
        return false;
    }
    let statement = |q: &Question| matches!(q.body, Body::TrueFalse { .. });
    let asks = |q: &Question| matches!(q.body, Body::Choice { .. } | Body::Typed { .. });
    (statement(a) && asks(b)) || (statement(b) && asks(a)) || pa.answer_in(&pb.shown_all) || pb.answer_in(&pa.shown_all)
}

/// Whether one of `a` and `b` is a matching that pairs a fact the other asks about (facts compared by
/// `key`, their evidence group): the matching shows that fact's pair — "Malaysia → has maintained, with
/// Indonesia, a policy of turning away boats" — so "Which country maintained, with Indonesia, …?", a
/// blank in that sentence or a true/false statement of it is answered on the same page.
fn paired_elsewhere(a: &Question, b: &Question, key: &impl Fn(&str) -> String) -> bool {
    let matching = |q: &Question| matches!(q.body, Body::Match { .. });
    let shares = |m: &Question, other: &Question| {
        matching(m) && !matching(other) && other.facts.iter().any(|f| m.facts.iter().any(|g| key(g) == key(f)))
    };
    shares(a, b) || shares(b, a)
}

/// Whether `a` and `b` are matchings or timelines sharing two or more facts: two near-identical timelines
/// of one day's events are one question asked twice.
fn overlapping_sets(a: &Question, b: &Question) -> bool {
    a.facts.len() > 1 && b.facts.len() > 1 && a.facts.iter().filter(|f| b.facts.contains(f)).count() >= 2
}

/// How many questions of a quiz of `count` may share one answer before fresh answers are preferred: 2 in
/// a 20-question quiz, one more per 10 questions (at least 1).
pub fn answer_cap(count: usize) -> usize {
    count.div_ceil(10).max(1)
}

/// The forms of the answer a question asks the learner to give or pick, when it is one name or phrase: a
/// multiple-choice option, or every form a typed text accepts (the entity's name and aliases, so "Lee" in a
/// blank and "Lee Jae Myung" as an option are one answer, as the fact sheet forbids two entities to share
/// a form). Empty for true/false, numbers, dates, matchings and timelines, whose answers are not one entity.
pub fn answer_forms(q: &Question) -> &[String] {
    match &q.body {
        Body::Choice { options, correct } => options.get(*correct).map(std::slice::from_ref).unwrap_or_default(),
        Body::Typed { expected: Expected::Text { accepted, .. }, .. } if !accepted.is_empty() => accepted,
        Body::Typed { answer, expected: Expected::Text { .. }, .. } => std::slice::from_ref(answer),
        _ => &[],
    }
}

/// Fact id → the id of the group of facts that rest on the same evidence: two facts whose evidence is the
/// same, or one's evidence holds the other's (compared folded), are one fact for "never ask a fact twice"
/// (a blank in "North Korea's main news agency KCNA" and "Which news outlet is North Korea's main news
/// agency?" ask one thing). A group is named by its first fact in bank order.
pub fn fact_groups(bank: &[Question]) -> BTreeMap<String, String> {
    let mut evidence: Vec<(&str, String)> = Vec::new();
    for q in bank {
        for (f, e) in q.facts.iter().zip(&q.evidence) {
            if !evidence.iter().any(|(id, _)| *id == f.as_str()) {
                evidence.push((f.as_str(), format!(" {} ", fold(e))));
            }
        }
    }
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (i, (id, e)) in evidence.iter().enumerate() {
        let head = evidence[..i]
            .iter()
            .find(|(_, other)| {
                e.trim().len() >= MIN_SHARED && (other.contains(e.as_str()) || e.contains(other.as_str()))
            })
            .map(|(other, _)| out.get(*other).cloned().unwrap_or_else(|| other.to_string()));
        out.insert(id.to_string(), head.unwrap_or_else(|| id.to_string()));
    }
    out
}

/// Evidence shorter than this (folded characters) is not taken as shared: a few words say too little.
const MIN_SHARED: usize = 20;

/// What a question states that could give another question's answer away, folded and padded with spaces:
/// its prompt. Options (of a multiple choice, a matching, a timeline) show names without saying which is
/// right, so they state nothing of a name (but see [`all_shown_text`]).
pub fn shown_text(q: &Question) -> String {
    format!(" {} ", fold(&q.prompt))
}

/// Everything a question shows, folded and padded with spaces: its prompt, options, matching items and
/// timeline items. A phrase answer ([`Probe`]) found anywhere in it is given away: a matching item "Called
/// the South's reason an 'absurd pretext'" answers the blank "under _____".
pub fn all_shown_text(q: &Question) -> String {
    let items: Vec<&String> = match &q.body {
        Body::Choice { options, .. } => options.iter().collect(),
        Body::Match { left, right, .. } => left.iter().chain(right).collect(),
        Body::Order { items, .. } => items.iter().collect(),
        Body::TrueFalse { .. } | Body::Typed { .. } => Vec::new(),
    };
    let mut out = shown_text(q);
    for item in items {
        out.push_str(&fold(item));
        out.push(' ');
    }
    out
}

/// Words that do not make a phrase telling on its own: articles, prepositions and conjunctions.
const FUNCTION_WORDS: [&str; 16] =
    ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "its", "his", "her"];

/// Whether an answer form is a phrase that gives its question away wherever it is shown: two or more
/// content words, not all of them capitalised (a name such as "Lee Jae Myung" appears in many questions
/// and tells nothing by itself; "absurd pretext" or "quasi-state of war" is the answer itself).
fn is_telling_phrase(form: &str) -> bool {
    let content: Vec<&str> = form
        .split_whitespace()
        .filter(|w| !FUNCTION_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str()))
        .collect();
    content.len() >= 2 && content.iter().any(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase))
}

/// Words of a stem that say nothing about the fact: question words and the cloze instruction.
const STEM_WORDS: [&str; 14] =
    ["fill", "blank", "which", "what", "where", "whom", "when", "does", "did", "true", "false", "many", "that", "with"];

/// Whether text `shown` (see [`shown_text`]) states the answer of `q`: the answer (a name, a date, a number)
/// or any form a typed answer accepts (an alias: "Fuad Basya" for the key "Major general Fuad Basya")
/// appears in it, and so do most (three in five) of the content words of `q`'s stem ("State Department
/// Spokesperson Jeff Rathke" answers "Who is the State Department Spokesperson?"); for a matching, one of its
/// pairs appears in it whole. An answer that is a phrase of two or more content words, not a name ("the
/// absurd pretext"), is given away by appearing in it at all, in any accepted form.
pub fn gives_away(shown: &str, q: &Question) -> bool {
    let probe = Probe::of(q);
    probe.given_away_by(shown) || probe.phrase_in(shown)
}

/// What [`gives_away`] looks for in a text, worked out once per question: the folded forms of its answer
/// (at least three letters) and the content words of its stem, or the folded pairs of a matching.
pub struct Probe {
    /// The question's own [`shown_text`].
    shown: String,
    /// The matching's pairs, folded; empty for other kinds.
    pairs: Vec<(String, String)>,
    /// The answer's folded forms; empty for true/false, timelines and matchings.
    forms: Vec<String>,
    /// The stem's content words: not question words, not the answer's words, four letters or more.
    content: Vec<String>,
    /// Everything the question shows ([`all_shown_text`]).
    shown_all: String,
    /// The answer's folded forms that are telling phrases, given away wherever they are shown.
    phrases: Vec<String>,
    /// The answer's folded forms too short for [`Self::forms`] ("us", "48") and number answers.
    short: Vec<String>,
}

impl Probe {
    /// The probe of `q`.
    pub fn of(q: &Question) -> Self {
        let folded = |t: &str| fold(t);
        let mut probe = Probe {
            shown: shown_text(q),
            pairs: Vec::new(),
            forms: Vec::new(),
            content: Vec::new(),
            shown_all: all_shown_text(q),
            phrases: Vec::new(),
            short: Vec::new(),
        };
        match &q.body {
            Body::Match { left, right, pairs } => {
                probe.pairs =
                    left.iter().zip(pairs).filter_map(|(l, &r)| right.get(r).map(|r| (folded(l), folded(r)))).collect();
            }
            Body::Order { .. } | Body::TrueFalse { .. } => {}
            Body::Typed { .. } | Body::Choice { .. } => {
                let mut forms = vec![q.answer_text()];
                if let Body::Typed { expected: Expected::Text { accepted, .. }, .. } = &q.body {
                    forms.extend(accepted.iter().cloned());
                }
                probe.phrases = forms.iter().filter(|f| is_telling_phrase(f)).map(|f| folded(f)).collect();
                let forms: Vec<String> = forms.iter().map(|f| folded(f)).collect();
                let answer_words: Vec<&str> = forms.iter().flat_map(|f| f.split(' ')).collect();
                // A blank's content words are its evidence's: one shown in the whole sentence it was cut
                // from ("_____, spokesman for the Indonesian military, said fisherman first noticed …") is
                // still answered by a statement of that evidence.
                let told = if q.kind == QuestionKind::Cloze && !q.evidence.is_empty() {
                    q.evidence.join(" ")
                } else {
                    q.prompt.clone()
                };
                probe.content = fold(&told)
                    .split(' ')
                    .filter(|w| w.len() >= 4 && !STEM_WORDS.contains(w) && !answer_words.contains(w))
                    .map(str::to_string)
                    .collect();
                probe.short = forms
                    .iter()
                    .filter(|f| !f.is_empty() && (f.len() < 3 || f.chars().all(|c| c.is_ascii_digit())))
                    .cloned()
                    .collect();
                probe.forms = forms.into_iter().filter(|f| f.len() >= 3).collect();
            }
        }
        probe
    }

    /// Whether any form of this question's answer appears in `shown`, however short ("48" in "within 48
    /// hours", "US" in "US troops"): only compared between questions on one fact, where a short form is
    /// that fact's.
    pub fn answer_in(&self, shown: &str) -> bool {
        self.forms.iter().chain(&self.short).any(|f| shown.contains(&format!(" {f} ")))
    }

    /// Whether this question's phrase answer appears in `shown` (any folded, padded text).
    pub fn phrase_in(&self, shown: &str) -> bool {
        self.phrases.iter().any(|f| !f.is_empty() && shown.contains(&format!(" {f} ")))
    }

    /// Whether `other` gives this question's answer away: its prompt states it ([`Self::given_away_by`]),
    /// or anything it shows holds this question's phrase answer ([`Self::phrase_in`]).
    pub fn given_away_by_question(&self, other: &Probe) -> bool {
        self.given_away_by(&other.shown) || self.phrase_in(&other.shown_all)
    }

    /// Whether text `shown` (see [`shown_text`]) states this question's answer (see [`gives_away`]).
    pub fn given_away_by(&self, shown: &str) -> bool {
        let has = |f: &str| shown.contains(&format!(" {f} "));
        if !self.pairs.is_empty() {
            return self.pairs.iter().any(|(l, r)| l.len() >= 3 && r.len() >= 3 && has(l) && has(r));
        }
        if !self.forms.iter().any(|f| has(f)) {
            return false;
        }
        let found = self.content.iter().filter(|w| has(w)).count();
        !self.content.is_empty() && found * 5 >= self.content.len() * 3
    }
}

/// Shuffles what the learner sees (options, right-hand items, timeline items) and keeps the key right.
pub fn shuffle_options(q: &mut Question, rng: &mut ChaCha8Rng) {
    match &mut q.body {
        Body::Choice { options, correct } => *correct = shuffle_tracked(options, rng)[*correct],
        Body::Match { right, pairs, .. } => {
            let new_pos = shuffle_tracked(right, rng);
            for p in pairs.iter_mut() {
                *p = new_pos[*p];
            }
        }
        Body::Order { items, order } => {
            for _ in 0..4 {
                let new_pos = shuffle_tracked(items, rng);
                for o in order.iter_mut() {
                    *o = new_pos[*o];
                }
                if items.len() < 2 || order.windows(2).any(|w| w[0] > w[1]) {
                    break;
                }
            }
        }
        Body::TrueFalse { .. } | Body::Typed { .. } => {}
    }
}

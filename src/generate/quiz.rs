//! Seeded quizzes: a pick from the bank by count, kinds, topics and facts, with a good mix of kinds,
//! no two questions on the same fact while unused facts remain, and options shuffled by the seed.

use std::collections::{BTreeMap, BTreeSet};

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::{is_metadata, is_metadata_topic, shuffle_tracked};
use crate::question::{Body, Question, QuestionKind};
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
/// the other's) count as one fact for that rule ([`fact_groups`]). Once facts must come back, a fact asked
/// on its own (not only inside a matching or a timeline) comes back last. A question that
/// [gives away](gives_away) the answer of a question already drawn, or whose answer an already drawn
/// question states, is passed over while any kind has another question.
pub fn quiz_ranked(bank: &[Question], quality: &[f64], settings: &QuizSettings) -> Vec<Question> {
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
    let mut picked: Vec<Question> = Vec::new();
    let mut shown_picked: Vec<String> = Vec::new();
    let fresh = |q: &Question, used: &BTreeSet<String>| q.facts.iter().all(|f| !used.contains(&key(f)));
    let clean = |q: &Question, picked: &[Question], shown: &[String]| {
        let mine = shown_text(q);
        picked.iter().zip(shown).all(|(p, theirs)| !gives_away(&mine, p) && !gives_away(theirs, q))
    };
    let (mut relaxed, mut desperate) = (false, false);
    while picked.len() < settings.count && buckets.iter().any(|b| !b.is_empty()) {
        let mut took_any = false;
        for bucket in &mut buckets {
            if picked.len() >= settings.count {
                break;
            }
            // A kind takes its best question on a fact not asked yet; only once no kind has one left may facts
            // come back, those asked on their own last. Either way a question that gives another away waits.
            let pos = if relaxed {
                let again = |q: &Question| q.facts.iter().any(|f| asked_alone.contains(&key(f)));
                bucket
                    .iter()
                    .position(|q| !again(q) && clean(q, &picked, &shown_picked))
                    .or_else(|| bucket.iter().position(|q| clean(q, &picked, &shown_picked)))
                    .or_else(|| (desperate && !bucket.is_empty()).then_some(0))
            } else {
                bucket.iter().position(|q| fresh(q, &used_facts) && clean(q, &picked, &shown_picked))
            };
            if let Some(pos) = pos {
                let q = bucket.remove(pos);
                used_facts.extend(q.facts.iter().map(|f| key(f)));
                if q.facts.len() == 1 {
                    asked_alone.extend(q.facts.iter().map(|f| key(f)));
                }
                shown_picked.push(shown_text(q));
                picked.push(q.clone());
                took_any = true;
            }
        }
        if !took_any {
            desperate = relaxed;
            relaxed = true;
        }
    }
    picked.shuffle(&mut rng);
    for q in &mut picked {
        shuffle_options(q, &mut rng);
    }
    picked
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
/// right, so they state nothing.
pub fn shown_text(q: &Question) -> String {
    format!(" {} ", fold(&q.prompt))
}

/// Words of a stem that say nothing about the fact: question words and the cloze instruction.
const STEM_WORDS: [&str; 14] =
    ["fill", "blank", "which", "what", "where", "whom", "when", "does", "did", "true", "false", "many", "that", "with"];

/// Whether text `shown` (see [`shown_text`]) states the answer of `q`: the answer (a name, a date, a number)
/// appears in it, and so do most (three in five) of the content words of `q`'s stem ("State Department
/// Spokesperson Jeff Rathke" answers "Who is the State Department Spokesperson?"); for a matching, one of its
/// pairs appears in it whole.
pub fn gives_away(shown: &str, q: &Question) -> bool {
    let has = |text: &str| {
        let f = fold(text);
        f.len() >= 3 && shown.contains(&format!(" {f} "))
    };
    match &q.body {
        Body::Match { left, right, pairs } => {
            left.iter().zip(pairs).any(|(l, &r)| right.get(r).is_some_and(|r| has(l) && has(r)))
        }
        Body::Order { .. } | Body::TrueFalse { .. } => false,
        Body::Typed { .. } | Body::Choice { .. } => {
            let answer = q.answer_text();
            if !has(&answer) {
                return false;
            }
            let answer_words = fold(&answer);
            let answer_words: Vec<&str> = answer_words.split(' ').collect();
            let prompt = fold(&q.prompt);
            let content: Vec<&str> = prompt
                .split(' ')
                .filter(|w| w.len() >= 4 && !STEM_WORDS.contains(w) && !answer_words.contains(w))
                .collect();
            let found = content.iter().filter(|w| shown.contains(&format!(" {w} "))).count();
            !content.is_empty() && found * 5 >= content.len() * 3
        }
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

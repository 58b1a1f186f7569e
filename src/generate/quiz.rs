//! Seeded quizzes: a pick from the bank by count, kinds, topics and facts, with a good mix of kinds,
//! no two questions on the same fact while unused facts remain, and options shuffled by the seed.

use std::collections::BTreeSet;

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::{is_metadata, is_metadata_topic, shuffle_tracked};
use crate::question::{Body, Question, QuestionKind};

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
/// fresh fact is left, so the facts stay covered.
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
    let mut used_facts: BTreeSet<&str> = BTreeSet::new();
    let mut picked: Vec<Question> = Vec::new();
    let fresh = |q: &Question, used: &BTreeSet<&str>| q.facts.iter().all(|f| !used.contains(f.as_str()));
    let mut relaxed = false;
    while picked.len() < settings.count && buckets.iter().any(|b| !b.is_empty()) {
        let mut took_any = false;
        for bucket in &mut buckets {
            if picked.len() >= settings.count {
                break;
            }
            // A kind takes its best question on a fact not asked yet; only once no kind has one left may facts
            // come back.
            let pos = if relaxed {
                (!bucket.is_empty()).then_some(0)
            } else {
                bucket.iter().position(|q| fresh(q, &used_facts))
            };
            if let Some(pos) = pos {
                let q = bucket.remove(pos);
                used_facts.extend(q.facts.iter().map(String::as_str));
                picked.push(q.clone());
                took_any = true;
            }
        }
        if !took_any {
            relaxed = true;
        }
    }
    picked.shuffle(&mut rng);
    for q in &mut picked {
        shuffle_options(q, &mut rng);
    }
    picked
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

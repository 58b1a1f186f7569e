//! A quality score for every question, from features a program can compute (overgenerate and rank, after
//! Heilman & Smith): what the answer is, how long and how vague the stem is, where the evidence stands in the
//! article, how central the fact is, and the kind of question.
//!
//! The score is a deterministic function of the pack and the question, between 0 and 1; higher is better.
//! Quizzes draw better questions first ([`super::quiz::quiz_ranked`]).

use std::collections::BTreeMap;

use crate::pack::{EntityKind, Pack};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

use super::phrasing::entity_slots;

/// How much each feature counts; the weights sum to 1.
const W_ANSWER: f64 = 0.30;
const W_VAGUE: f64 = 0.15;
const W_LENGTH: f64 = 0.15;
const W_POSITION: f64 = 0.20;
const W_CENTRAL: f64 = 0.15;
const W_KIND: f64 = 0.05;

/// Words that make an answer or a stem vague: a group without a name, "some".
const VAGUE: [&str; 9] = ["some", "someone", "analysts", "observers", "critics", "experts", "others", "many", "people"];

/// What the scorer knows of a pack once: entity names by their folded forms, where each fact's evidence
/// stands, and how many facts name each entity.
pub struct Scorer<'a> {
    pack: &'a Pack,
    kinds: BTreeMap<String, EntityKind>,
    /// Per fact id: its position (0 = the start of the article, 1 = the end) and whether it is in the lead
    /// paragraph.
    place: BTreeMap<&'a str, (f64, bool)>,
    /// Per fact id: how many facts name its most-named entity, over the most any entity is named.
    central: BTreeMap<&'a str, f64>,
}

impl<'a> Scorer<'a> {
    /// Prepares scoring for `pack`.
    pub fn new(pack: &'a Pack) -> Self {
        let mut kinds = BTreeMap::new();
        for e in &pack.sheet.entities {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                kinds.entry(fold(name)).or_insert(e.kind);
            }
        }
        let len = pack.article.text().len().max(1) as f64;
        let lead_end = pack.article.first_paragraph().map_or(0, |p| p.end);
        let place = pack
            .sheet
            .facts
            .iter()
            .map(|f| {
                let at = pack.article.find(&f.evidence).map_or(len, |r| r.start as f64);
                (f.id.as_str(), ((at / len).clamp(0.0, 1.0), (at as usize) < lead_end))
            })
            .collect();
        let mut named: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &pack.sheet.facts {
            let mut ids: Vec<&str> = entity_slots(&f.claim).into_iter().map(|(_, id)| id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            for id in ids {
                *named.entry(id).or_default() += 1;
            }
        }
        let most = named.values().copied().max().unwrap_or(1).max(1) as f64;
        let central = pack
            .sheet
            .facts
            .iter()
            .map(|f| {
                let n = entity_slots(&f.claim).iter().map(|(_, id)| named.get(id.as_str()).copied().unwrap_or(0)).max();
                (f.id.as_str(), n.unwrap_or(0) as f64 / most)
            })
            .collect();
        Self { pack, kinds, place, central }
    }

    /// The score of `q`, in 0..=1.
    pub fn score(&self, q: &Question) -> f64 {
        let (answer, vague_answer) = self.answer(q);
        let prompt = fold(&q.prompt);
        let vague_stem = prompt.split_whitespace().any(|w| VAGUE.contains(&w));
        let vague = if vague_answer {
            0.0
        } else if vague_stem {
            0.5
        } else {
            1.0
        };
        let words = q.prompt.split_whitespace().count() as f64;
        let length = if words < 5.0 { 0.6 } else { (1.0 - (words - 20.0).max(0.0) / 20.0).max(0.0) };
        let mean = |f: &dyn Fn(&str) -> f64| {
            if q.facts.is_empty() { 0.5 } else { q.facts.iter().map(|id| f(id)).sum::<f64>() / q.facts.len() as f64 }
        };
        let position = mean(&|id| match self.place.get(id) {
            Some(&(_, true)) => 1.0,
            Some(&(at, false)) => 0.9 - 0.6 * at,
            None => 0.3,
        });
        let central = mean(&|id| self.central.get(id).copied().unwrap_or(0.0));
        let kind = match q.kind {
            QuestionKind::Mc => 1.0,
            QuestionKind::Short | QuestionKind::Numeric => 0.9,
            QuestionKind::Cloze | QuestionKind::Match | QuestionKind::Order => 0.8,
            QuestionKind::Tf => 0.6,
        };
        let s = W_ANSWER * answer
            + W_VAGUE * vague
            + W_LENGTH * length
            + W_POSITION * position
            + W_CENTRAL * central
            + W_KIND * kind;
        s.clamp(0.0, 1.0)
    }

    /// How good the answer's type is (a named entity, a date or a number beat a phrase), and whether the
    /// answer is a group without a name.
    fn answer(&self, q: &Question) -> (f64, bool) {
        let text = match &q.body {
            Body::Typed { expected: Expected::Date(_) | Expected::When { .. } | Expected::Number { .. }, .. } => {
                return (1.0, false);
            }
            Body::Typed { answer, .. } => answer.as_str(),
            Body::Choice { options, correct } => options.get(*correct).map_or("", String::as_str),
            Body::TrueFalse { .. } => return (0.6, false),
            Body::Match { .. } => return (0.7, false),
            Body::Order { .. } => return (0.8, false),
        };
        let folded = fold(text);
        match self.kinds.get(&folded) {
            Some(EntityKind::Group) => (0.1, true),
            Some(EntityKind::Phrase) => (0.5, false),
            Some(_) => (1.0, false),
            None if folded.split_whitespace().next().is_some_and(|w| VAGUE.contains(&w)) => (0.1, true),
            None if text.chars().any(|c| c.is_ascii_digit()) => (0.9, false),
            None if self.pack.sheet.entities.iter().any(|e| folded.contains(&fold(&e.name))) => (0.7, false),
            None => (0.4, false),
        }
    }
}

/// The score of every question of `questions`, in order ([`Scorer::score`]).
pub fn scores(pack: &Pack, questions: &[Question]) -> Vec<f64> {
    let scorer = Scorer::new(pack);
    questions.iter().map(|q| scorer.score(q)).collect()
}

/// `score` rounded to two decimals, as `dossier bank --format json` prints it.
pub fn rounded(score: f64) -> f64 {
    (score * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::Bank;

    #[test]
    fn every_score_is_between_0_and_1_and_repeats() {
        let bank = Bank::bundled().expect("bundled");
        let a = scores(&bank.pack, &bank.questions);
        assert_eq!(a, scores(&bank.pack, &bank.questions));
        assert!(a.iter().all(|s| (0.0..=1.0).contains(s)));
        assert!(a.iter().any(|s| *s < 0.6) && a.iter().any(|s| *s > 0.8), "{a:?}");
    }
}

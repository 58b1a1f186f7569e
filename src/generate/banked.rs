//! A pack with its question bank, built once: the layer that knows both what a fact sheet says and which
//! questions it yields, and so the one that can refuse a fact no question is made from.

use std::path::{Path, PathBuf};

use crate::pack::{Pack, PackError, ProblemKind};
use crate::question::Question;

/// A checked pack and every question it yields, in the bank's fixed order.
#[derive(Debug, Clone)]
pub struct Bank {
    /// The pack.
    pub pack: Pack,
    /// Every question it yields ([`super::bank`]).
    pub questions: Vec<Question>,
    /// The quality score of each question, in the same order ([`super::quality`]). Kept beside the
    /// questions rather than in [`Question`], so that no generator has to know about it.
    pub quality: Vec<f64>,
}

impl Bank {
    /// Builds the bank of a checked pack. A fact that yields no question at all is a fact-sheet defect (a
    /// learner would never be asked about it), unless it is the title, which heads every quiz and so answers
    /// whatever it would ask ([`super::told_by_title`]): each is reported, located at its id, with the conditions of
    /// the generators it failed ([`super::audit::why_no_question`]). So is a question a learner would see
    /// wrong ([`super::audit::refusals`]: one prompt with two keys, a false statement true by containment),
    /// with the sentence `dossier check` prints, so no face of the app quizzes from a sheet `check` refuses.
    pub fn new(pack: Pack) -> Result<Self, PackError> {
        let g = super::Gen::new(&pack);
        let (questions, dropped) = super::bank_and_dropped(&g);
        let asked: std::collections::BTreeSet<&str> =
            questions.iter().flat_map(|q| q.facts.iter().map(String::as_str)).collect();
        let barren: Vec<(&crate::pack::Fact, &[Question])> = pack
            .sheet
            .facts
            .iter()
            .zip(&dropped)
            .filter(|(f, _)| !asked.contains(f.id.as_str()) && !super::told_by_title(&pack, f))
            .map(|(f, own)| (f, own.as_slice()))
            .collect();
        let mut problems = if barren.is_empty() {
            Vec::new()
        } else {
            let asked = super::audit::Asked::new(&questions);
            let messages: Vec<(&str, ProblemKind, String)> = barren
                .iter()
                .map(|(f, own)| {
                    let why = super::audit::why_none_of(&g, f, own, &asked).join("; ");
                    (f.id.as_str(), ProblemKind::NoQuestion, format!("fact \"{}\" yields no question: {why}.", f.id))
                })
                .collect();
            pack.problems_at_facts(messages)
        };
        let refused = super::audit::refusals(&pack, &questions);
        problems.extend(pack.problems_at_facts(refused.into_iter().map(|f| {
            let fact = pack.fact(&f.fact).map_or("", |x| x.id.as_str());
            (fact, f.kind, f.message)
        })));
        drop(g);
        if problems.is_empty() {
            let quality = super::quality::scores(&pack, &questions);
            Ok(Self { pack, questions, quality })
        } else {
            Err(PackError { problems })
        }
    }

    /// The questions and their scores, leaving out those whose id `left_out` says (a learner's flagged
    /// questions).
    pub fn without(&self, left_out: impl Fn(&str) -> bool) -> (Vec<Question>, Vec<f64>) {
        self.questions.iter().zip(&self.quality).filter(|(q, _)| !left_out(&q.id)).map(|(q, s)| (q.clone(), *s)).unzip()
    }

    /// The bundled pack and its bank.
    pub fn bundled() -> Result<Self, PackError> {
        Self::new(Pack::bundled()?)
    }

    /// One pack of the bundled library, banked ([`Pack::from_bundled`]).
    pub fn from_bundled(b: &crate::pack::Bundled) -> Result<Self, PackError> {
        Self::new(Pack::from_bundled(b)?)
    }

    /// The usable bundled pack whose id is `id`, if there is one; only that pack is checked and banked.
    pub fn bundled_by_id(id: &str) -> Option<Self> {
        let bundled = crate::pack::LIBRARY.iter().find(|b| b.id().as_deref() == Some(id))?;
        Self::from_bundled(bundled).ok()
    }

    /// Loads, checks and banks the fact sheet at `path` ([`Pack::load`]).
    pub fn load(path: &Path) -> Result<Self, PackError> {
        Self::new(Pack::load(path)?)
    }

    /// Parses, checks and banks a fact sheet given as text ([`Pack::from_sources`]).
    pub fn from_sources(name: &str, source: &str, article: &str, path: Option<PathBuf>) -> Result<Self, PackError> {
        Self::new(Pack::from_sources(name, source, article, path)?)
    }
}

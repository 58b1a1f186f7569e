//! One JSON object per question, the machine-readable form of `dossier bank` and `dossier quiz`.

use serde::Serialize;

use crate::question::{Body, Question};

/// The JSON shape of a question: stable field names for scripts and other tools.
#[derive(Debug, Serialize)]
pub struct QuestionJson<'a> {
    /// Stable question id.
    pub id: &'a str,
    /// `mc`, `tf`, `cloze`, `short`, `match`, `order` or `numeric`.
    pub kind: &'a str,
    /// What the learner reads.
    pub prompt: &'a str,
    /// Options for `mc` and `tf`; empty otherwise.
    pub options: Vec<String>,
    /// The canonical right answer (see [`Question::answer_text`]).
    pub answer: String,
    /// Left items of a matching question.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left: Vec<String>,
    /// Right items of a matching question, or the items of an ordering question, as shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Fact ids the question rests on.
    pub facts: &'a [String],
    /// The evidence quote (quotes of several facts joined by " / ").
    pub evidence: String,
    /// Topic ids.
    pub topics: &'a [String],
    /// The question's quality score, 0 to 1 rounded to two decimals (`dossier bank` prints it; absent
    /// where no score is known, as in a quiz).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality: Option<f64>,
}

impl<'a> QuestionJson<'a> {
    /// The JSON view of `q`.
    pub fn new(q: &'a Question) -> Self {
        let (left, items) = match &q.body {
            Body::Match { left, right, .. } => (left.clone(), right.clone()),
            Body::Order { items, .. } => (Vec::new(), items.clone()),
            _ => (Vec::new(), Vec::new()),
        };
        Self {
            id: &q.id,
            kind: q.kind.code(),
            prompt: &q.prompt,
            options: q.options(),
            answer: q.answer_text(),
            left,
            items,
            facts: &q.facts,
            evidence: q.evidence.join(" / "),
            topics: &q.topics,
            quality: None,
        }
    }
}

/// `q` with its quality score `quality` as one line of JSON.
pub fn line_scored(q: &Question, quality: f64) -> String {
    let mut view = QuestionJson::new(q);
    view.quality = Some(crate::generate::quality::rounded(quality));
    serde_json::to_string(&view).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// `q` as one line of JSON.
pub fn line(q: &Question) -> String {
    serde_json::to_string(&QuestionJson::new(q)).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

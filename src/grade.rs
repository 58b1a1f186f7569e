//! Grading: one grader for every kind of question.

use crate::generate::question::{Body, Question, Response};

/// The result of grading one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// 0.0 ..= 1.0: the fraction right (partial credit for matching and ordering).
    pub score: f64,
    /// A remark for the learner, e.g. that a typo was forgiven.
    pub note: Option<String>,
}

impl Grade {
    /// Whether the answer earned full marks.
    pub fn is_right(&self) -> bool {
        self.score >= 1.0
    }
}

/// Grades `response` to `question`. A response of the wrong shape scores 0.
pub fn grade(question: &Question, response: &Response) -> Grade {
    let score = match (&question.body, response) {
        (Body::Choice { correct, .. }, Response::Choice(i)) => f64::from(u8::from(i == correct)),
        (Body::TrueFalse { answer }, Response::Bool(b)) => f64::from(u8::from(answer == b)),
        _ => 0.0,
    };
    Grade { score, note: None }
}

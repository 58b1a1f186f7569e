//! Questions from facts: the bank (every question a pack yields) and seeded quizzes drawn from it.

pub mod question;

pub use question::{Body, Expected, Question, QuestionKind, Response};

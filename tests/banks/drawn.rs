//! The quizzes the quiz-level quality tests read, drawn once per test binary, and the small helpers they
//! share. Declared (`#[path]`) only by the test binaries that use all of it, so no other binary compiles
//! it unused.

use std::sync::OnceLock;

use dossier::generate::{Bank, QuizSettings, quiz_ranked};
use dossier::question::Question;
use dossier::text::fold;

use super::banks::banks;

/// Quiz settings of a seed and a count, every kind, topic and fact admitted.
pub fn settings(seed: u64, count: usize) -> QuizSettings {
    QuizSettings { seed, count, ..QuizSettings::default() }
}

/// A drawn quiz: the bank's name, the bank, the seed, the count and the questions.
pub type Drawn = (&'static str, &'static Bank, u64, usize, Vec<Question>);

/// The quizzes the quiz-level properties read, drawn once per test binary: every bank, seeds 1 to 30, 10,
/// 20 and 30 questions.
pub fn quizzes() -> &'static Vec<Drawn> {
    static QUIZZES: OnceLock<Vec<Drawn>> = OnceLock::new();
    QUIZZES.get_or_init(|| {
        let mut out = Vec::new();
        for (name, bank) in banks() {
            for seed in 1..=30 {
                for count in [10, 20, 30] {
                    let quiz = quiz_ranked(&bank.questions, &bank.quality, &settings(seed, count));
                    out.push((name.as_str(), bank, seed, count, quiz));
                }
            }
        }
        out
    })
}

/// `text` folded and padded with one space at each end, so that `" word "` finds whole words.
pub fn padded(text: &str) -> String {
    format!(" {} ", fold(text))
}

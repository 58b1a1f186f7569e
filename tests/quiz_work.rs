//! Drawing quizzes grows with the questions drawn, not with the rounds of the draw: a 20-question quiz of the
//! bundled pack once took 10 ms (1,000 took 9.86 s) because every candidate of every round was compared again,
//! as text, with every question drawn so far, and the fact groups, probes and metadata of the whole bank were
//! worked out again for each quiz. Now each question drawn is compared with the bank once
//! ([`QuizIndex`]), counted by [`dossier::text::work`] (steps, never a clock).

#[path = "../benches/support/big_sheet.rs"]
mod big_sheet;

use dossier::generate::{Bank, QuizIndex, QuizSettings, quiz_ranked, supported};

fn settings(seed: u64, count: usize) -> QuizSettings {
    QuizSettings { seed, count, ..QuizSettings::default() }
}

/// The steps counted while `f` runs on this thread.
fn steps_of<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let before = dossier::text::work::steps();
    let out = f();
    (dossier::text::work::steps() - before, out)
}

#[test]
fn a_quiz_compares_each_question_it_draws_with_the_bank_once() {
    let bank = Bank::bundled().expect("the bundled pack banks");
    let n = bank.questions.len() as u64;
    for (seed, count) in [(1, 10), (7, 20), (2026, 30)] {
        let (steps, quiz) = steps_of(|| quiz_ranked(&bank.questions, &bank.quality, &settings(seed, count)));
        assert!(!quiz.is_empty());
        // The draw counts the questions it compares (the count is live) …
        assert!(steps > 0, "seed {seed}: drawing a quiz counted no comparison");
        // … and compares each question it draws with each of the bank's once, however many rounds it takes.
        assert!(
            steps <= quiz.len() as u64 * n,
            "seed {seed}, {count} questions: {steps} comparisons for {} questions drawn from {n}",
            quiz.len()
        );
        let (steps, most) = steps_of(|| supported(&bank.questions, &bank.quality, &settings(seed, count)));
        assert!(steps > 0 && steps <= most as u64 * n, "supported: {steps} comparisons for {most} questions");
    }
}

#[test]
fn many_quizzes_of_one_index_compare_each_pair_of_questions_at_most_once() {
    let bank = Bank::bundled().expect("the bundled pack banks");
    let n = bank.questions.len() as u64;
    let index = QuizIndex::new(&bank.questions, &bank.quality);
    let (steps, (drawn, kept)) = steps_of(|| {
        let mut drawn = 0;
        let mut kept = Vec::new();
        for seed in 0..200 {
            for count in [10, 20, 30] {
                let s = settings(seed, count);
                let quiz = index.quiz(&s);
                drawn += quiz.len();
                if seed % 50 == 0 {
                    kept.push((s.clone(), quiz, index.supported(&s)));
                }
            }
        }
        (drawn, kept)
    });
    // The index draws exactly the quiz drawn without one, and says the same length is supported.
    for (s, quiz, most) in kept {
        assert_eq!(quiz, quiz_ranked(&bank.questions, &bank.quality, &s), "seed {}, count {}", s.seed, s.count);
        assert_eq!(most, supported(&bank.questions, &bank.quality, &s));
    }
    assert!(drawn >= 10_000, "{drawn} questions drawn");
    assert!(steps <= n * n, "{steps} comparisons for {drawn} questions drawn from {n}: more than every pair once");
}

#[test]
fn a_quiz_of_twice_the_questions_takes_about_twice_the_comparisons() {
    let steps = |people: usize| {
        let (sheet, article) = big_sheet::big_sheet(people);
        let bank = Bank::from_sources("big.ron", &sheet, &article, None).expect("the generated sheet is valid");
        let (steps, quiz) = steps_of(|| quiz_ranked(&bank.questions, &bank.quality, &settings(3, 20)));
        assert_eq!(quiz.len(), 20);
        (steps, bank.questions.len())
    };
    let ((small, small_n), (big, big_n)) = (steps(100), steps(200));
    let (ratio, questions) = (big as f64 / small as f64, big_n as f64 / small_n as f64);
    assert!(
        ratio < questions * 1.3,
        "{small} comparisons for a quiz of {small_n} questions, {big} for {big_n}: {ratio:.2} times for {questions:.2} \
         times the questions"
    );
}

//! Engine speed: the bundled pack's whole bank, 1,000 seeded quizzes, 10,000 typed answers graded.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::generate::{QuizIndex, QuizSettings, bank, quality, quiz_ranked};
use dossier::grade::grade;
use dossier::pack::Pack;
use dossier::question::{Body, Response};

fn engine(c: &mut Criterion) {
    let Ok(pack) = Pack::bundled() else { return };
    c.bench_function("bank of the bundled pack", |b| b.iter(|| bank(black_box(&pack))));

    let questions = bank(&pack);
    c.bench_function("quality scores of the bundled bank", |b| {
        b.iter(|| quality::scores(&pack, black_box(&questions)));
    });
    let scores = quality::scores(&pack, &questions);
    // As a face draws them: one index beside the scores, many quizzes from it.
    let index = QuizIndex::new(&questions, &scores);
    c.bench_function("1000 seeded 20-question quizzes", |b| {
        b.iter(|| {
            for seed in 0..1000 {
                let s = QuizSettings { seed, count: 20, ..QuizSettings::default() };
                black_box(index.quiz(&s));
            }
        });
    });
    c.bench_function("quiz index of the bundled bank", |b| {
        b.iter(|| QuizIndex::new(black_box(&questions), &scores));
    });
    // One quiz with nothing prepared (`quiz_ranked` builds its index and fills the rows it needs).
    c.bench_function("one seeded 20-question quiz, index built for it", |b| {
        let s = QuizSettings { seed: 7, count: 20, ..QuizSettings::default() };
        b.iter(|| quiz_ranked(black_box(&questions), &scores, &s));
    });

    // Typed questions with realistic answers: the right one, a typo, a rival's name, a date form.
    let typed: Vec<_> = questions.iter().filter(|q| matches!(q.body, Body::Typed { .. })).collect();
    let answers = ["Lee Jae-myung", "Takiachi", "Beijing", "jan 5th", "one hundred thirty-six", "Seoul", "Xi"];
    let pairs: Vec<_> =
        (0..10_000).map(|i| (typed[i % typed.len()], Response::Text(answers[i % answers.len()].to_string()))).collect();
    c.bench_function("grade 10000 typed answers", |b| {
        b.iter(|| pairs.iter().map(|(q, r)| grade(q, r).score).sum::<f64>());
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);

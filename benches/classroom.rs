//! Issue 14's speed targets: exporting the whole bank in every format (under 50 ms each) and a gradebook of
//! 1,000 results files (a year of a large school's quizzes on one article; under 1 s), read from disk.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::export::{anki, csv, gift, html, kahoot, qti};
use dossier::generate::Bank;
use dossier::pack::LIBRARY;
use dossier::study::gradebook;
use dossier::study::results::{Item, KIND, Results, VERSION, file_name, write};

/// The largest bundled bank (hk-election, about 420 questions).
fn largest() -> Bank {
    LIBRARY.iter().filter_map(|b| Bank::from_bundled(b).ok()).max_by_key(|b| b.questions.len()).expect("a bundled bank")
}

fn exports(c: &mut Criterion) {
    let bank = largest();
    let qs = &bank.questions;
    let title = bank.pack.sheet.title.clone();
    let name = |t: &str| t.to_string();
    let mut g = c.benchmark_group("export");
    g.bench_function(format!("gift, whole bank ({} questions)", qs.len()), |b| {
        b.iter(|| black_box(gift::gift(&title, qs, &name)));
    });
    g.bench_function("anki, whole bank", |b| b.iter(|| black_box(anki::anki(&title, qs))));
    g.bench_function("csv, whole bank", |b| b.iter(|| black_box(csv::csv(qs))));
    g.bench_function("qti package, whole bank", |b| b.iter(|| black_box(qti::qti(&title, qs))));
    g.bench_function("kahoot spreadsheet, whole bank", |b| b.iter(|| black_box(kahoot::kahoot(&title, qs))));
    g.bench_function("html handout with key, whole bank", |b| {
        b.iter(|| black_box(html::handout(&title, qs, true, None)));
    });
    g.finish();
}

/// 1,000 results files of 20-question quizzes: 40 codes of 25 students each, written to a temporary folder.
fn results_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut state = 7u64;
    for n in 0..1000 {
        let code = format!("HKE-{:04}-0000-{}", n / 25, n % 3);
        let items = (0..20)
            .map(|q| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let right = !(state >> 40).is_multiple_of(3);
                Item {
                    question: format!("question-{q}.mc.who"),
                    kind: "mc".into(),
                    prompt: format!("Which candidate won seat {q} in the election?"),
                    answer: if right { "Eddie Chu".into() } else { format!("Candidate {}", (state >> 20) % 4) },
                    key: "Eddie Chu".into(),
                    score: if right { 1.0 } else { 0.0 },
                    seconds: ((state >> 12) % 60) as f64,
                }
            })
            .collect();
        let mut r = Results {
            dossier: KIND.into(),
            version: VERSION,
            student: format!("Student {n}"),
            code,
            pack: "hk-election".into(),
            title: "New faces emerge".into(),
            app: "bench".into(),
            finished: 1_800_000_000,
            items,
            checksum: String::new(),
        };
        r.checksum = r.checksum_of();
        let path = dir.join(file_name(&r.student, &r.code));
        write(&path, &r).expect("write a results file");
        paths.push(path);
    }
    paths
}

fn gradebooks(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = results_files(dir.path());
    c.bench_function("gradebook of 1,000 results files (read, verified, merged)", |b| {
        b.iter(|| black_box(gradebook::from_files(&paths, None)));
    });
}

criterion_group!(benches, exports, gradebooks);
criterion_main!(benches);

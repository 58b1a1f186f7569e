//! Learner-store speed on a generated history of 500,000 attempts (five years of daily study, ~274 answers a
//! day over five packs): opening it until the due counts are known (with the snapshot, and cold), appending
//! one attempt with its sync, and computing the statistics screen. Opening with the snapshot checks the
//! snapshot's hash of every byte of the log it covers (issue 10, item 6), so the snapshot case is measured
//! once it is known to have been trusted, and the hashing of the covered part on its own beside it.
//!
//! Set `STUDY_BENCH_KEEP=/some/folder` to keep the generated data folder there (learner "bench"), e.g. to
//! measure the memory of `dossier stats` on it.

use std::hint::black_box;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::generate::bank;
use dossier::pack::Pack;
use dossier::question::{Question, QuestionKind};
use dossier::study::log::PrefixHash;
use dossier::study::profiles::{self, profile_dir};
use dossier::study::{Attempt, History, Log, Mode, Now, Scheduler, Study};

/// 2021-01-01 09:00 UTC.
const START: i64 = 1_609_491_600;
const DAYS: i64 = 1826;
const ATTEMPTS: usize = 500_000;

/// A deterministic stream of numbers (an LCG is plenty for test data).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn attempt(q: &Question, pack: &str, at: i64, rng: &mut Lcg) -> Attempt {
    let score = match rng.next(10) {
        0 | 1 => 0.0,
        2 if matches!(q.kind, QuestionKind::Match | QuestionKind::Order) => 0.5,
        _ => 1.0,
    };
    Attempt {
        at,
        utc_offset: 32_400,
        pack: pack.to_string(),
        question: q.id.clone(),
        facts: q.facts.clone(),
        topics: q.topics.clone(),
        kind: q.kind,
        mode: Mode::ALL[rng.next(4)],
        answer: q.answer_text(),
        score,
        secs: (2 + rng.next(40)) as f64,
    }
}

/// Writes a log of [`ATTEMPTS`] records for `profile` straight to disk (one sync at the end).
fn generate(data: &Path, profile: &profiles::Profile, questions: &[Question]) -> u64 {
    let path = profile_dir(data, profile).join("attempts.ron");
    drop(Log::create(&path).expect("create log"));
    let file = std::fs::OpenOptions::new().append(true).open(&path).expect("open log");
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let mut rng = Lcg(42);
    let per_day = ATTEMPTS / DAYS as usize;
    for i in 0..ATTEMPTS {
        let day = (i / per_day) as i64;
        let at = START + day.min(DAYS - 1) * 86_400 + ((i % per_day) as i64) * 60;
        let q = &questions[rng.next(questions.len())];
        let pack = ["lee-china-japan", "pack-2", "pack-3", "pack-4", "pack-5"][rng.next(5)];
        let mut line = ron::to_string(&attempt(q, pack, at, &mut rng)).expect("ron");
        line.push('\n');
        out.write_all(line.as_bytes()).expect("write");
    }
    let file = out.into_inner().expect("flush");
    file.sync_all().expect("sync");
    std::fs::metadata(&path).map_or(0, |m| m.len())
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn study(c: &mut Criterion) {
    let Ok(pack) = Pack::bundled() else { return };
    let questions = bank(&pack);
    let temp = tempfile::tempdir().expect("temp dir");
    let data = std::env::var_os("STUDY_BENCH_KEEP").map_or_else(|| temp.path().to_path_buf(), Into::into);
    let profile = profiles::add(&data, "bench", START).expect("add learner");
    let started = Instant::now();
    let log_bytes = generate(&data, &profile, &questions);
    eprintln!(
        "generated {ATTEMPTS} attempts ({:.1} MB) in {:.1} s",
        log_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    // The first opening replays everything and writes the snapshot.
    let before = rss_kib();
    let started = Instant::now();
    let first = Study::open(&data, &profile).expect("open");
    let now = Now { at: START + DAYS * 86_400, utc_offset: 32_400 };
    let due = first.due(now, None).len();
    eprintln!(
        "cold open (parse + replay of {} attempts, snapshot written): {:.2} s; {} cards, {due} due; RSS +{} MiB",
        first.history().total.attempts,
        started.elapsed().as_secs_f64(),
        first.history().cards.len(),
        (rss_kib().saturating_sub(before)) / 1024
    );
    let snapshot = profile_dir(&data, &profile).join("snapshot.ron");
    eprintln!("snapshot: {:.1} kB", std::fs::metadata(&snapshot).map_or(0, |m| m.len()) as f64 / 1e3);
    drop(first);

    // The snapshot must be trusted (its covered part hashed and matching), or the case below would measure
    // a rebuild from the log instead.
    let opened = Study::open(&data, &profile).expect("open");
    assert!(opened.warnings().is_empty(), "the snapshot was not used: {:?}", opened.warnings());
    drop(opened);
    let log_path = profile_dir(&data, &profile).join("attempts.ron");
    let log_bytes = std::fs::read(&log_path).expect("read log");
    c.bench_function("hash the covered part of a 500k-attempt log (PrefixHash, in memory)", |b| {
        b.iter(|| {
            let mut hash = PrefixHash::default();
            hash.update(black_box(&log_bytes));
            black_box(hash.finish())
        });
    });
    drop(log_bytes);

    c.bench_function("open 500k-attempt history with snapshot, due counts known", |b| {
        b.iter(|| {
            let s = Study::open(&data, &profile).expect("open");
            black_box(s.due(now, None).len())
        });
    });

    let mut s = Study::open(&data, &profile).expect("open");
    c.bench_function("statistics of 500k-attempt history", |b| b.iter(|| black_box(s.stats(now))));

    let mut rng = Lcg(7);
    let mut at = now.at;
    c.bench_function("record one attempt (append + sync_data + fold)", |b| {
        b.iter(|| {
            at += 1;
            let a = attempt(&questions[rng.next(questions.len())], "lee-china-japan", at, &mut rng);
            s.record(black_box(&a)).expect("record");
        });
    });
    drop(s);

    // Replaying in memory, and a cold open (no snapshot), for the record: what a lost snapshot costs.
    let (attempts, _) =
        dossier::study::log::read_all(&profile_dir(&data, &profile).join("attempts.ron")).expect("read");
    let scheduler = Scheduler::default();
    let mut group = c.benchmark_group("without snapshot");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function("replay 500k attempts in memory (FSRS + tallies)", |b| {
        b.iter(|| black_box(History::replay(&scheduler, &attempts).cards.len()));
    });
    drop(attempts);
    group.bench_function("cold open: parse the log and replay", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&snapshot);
            let s = Study::open(&data, &profile).expect("open");
            black_box(s.due(now, None).len())
        });
    });
    group.finish();
}

criterion_group!(benches, study);
criterion_main!(benches);

//! The fuzz targets on stable Rust: every `cargo fuzz` target of `fuzz/` (their bodies are `fuzz/targets.rs`,
//! compiled here as a module) run as a property test over arbitrary bytes and over mutations of valid inputs
//! (the seed corpora in `fuzz/corpus/<target>/seed-*`), a few hundred cases per target, so a machine without
//! a nightly toolchain still checks that no loader panics and every invariant holds.
//!
//! `cargo test --test fuzz_stable -- --ignored write_seed_corpora` rewrites the seed corpora from
//! Dossier's own writers (the bundled pack, a recorded learner), so they stay valid when a format changes.

#[path = "../fuzz/targets.rs"]
mod targets;

use std::path::{Path, PathBuf};

use dossier::generate::Bank;
use dossier::pack::BUNDLED_SHEET;
use dossier::question::{QuestionKind, Response, Voice};
use dossier::study::{Attempt, Mode, Study, profiles};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use targets::{SEPARATOR, TARGETS};

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target)
}

/// The committed seeds of `target` (files named `seed-*`), sorted by name.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir(target))
        .expect("a seed corpus for every target")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("seed-")))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).expect("a readable seed")).collect()
}

/// One change to an input, as libFuzzer's mutators make them.
#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: usize,
        bit: u8,
    },
    Set {
        at: usize,
        byte: u8,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// Copies `len` bytes from `from` to `at` (repeats a record, a bracket, a field).
    Duplicate {
        from: usize,
        len: usize,
        at: usize,
    },
}

fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![any::<u8>(), prop::sample::select(b"()[]{},:\"'\\\n\r0123456789-.eE+_ #/*".to_vec()), Just(SEPARATOR),]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<prop::sample::Index>();
    prop_oneof![
        (at.clone(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at: at.index(usize::MAX), bit }),
        (at.clone(), interesting_byte()).prop_map(|(at, byte)| Mutation::Set { at: at.index(usize::MAX), byte }),
        (at.clone(), prop::collection::vec(interesting_byte(), 1..8))
            .prop_map(|(at, bytes)| Mutation::Insert { at: at.index(usize::MAX), bytes }),
        (at.clone(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at: at.index(usize::MAX), len }),
        (at.clone(), 1usize..256, at).prop_map(|(from, len, to)| Mutation::Duplicate {
            from: from.index(usize::MAX),
            len,
            at: to.index(usize::MAX)
        }),
    ]
}

fn apply(input: &mut Vec<u8>, m: &Mutation) {
    let n = input.len();
    let pos = |at: usize| if n == 0 { 0 } else { at % (n + 1) };
    match m {
        Mutation::Flip { at, bit } if n > 0 => input[at % n] ^= 1 << bit,
        Mutation::Set { at, byte } if n > 0 => input[at % n] = *byte,
        Mutation::Insert { at, bytes } => {
            let at = pos(*at);
            input.splice(at..at, bytes.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let at = pos(*at);
            input.drain(at..(at + len).min(n));
        }
        Mutation::Duplicate { from, len, at } if n > 0 => {
            let from = from % n;
            let piece = input[from..(from + len).min(n)].to_vec();
            let at = pos(*at);
            input.splice(at..at, piece);
        }
        _ => {}
    }
}

/// A seed of `target` with up to eight mutations.
fn mutated_seed(target: &str) -> impl Strategy<Value = Vec<u8>> + use<> {
    let seeds = seeds(target);
    assert!(!seeds.is_empty(), "target {target} has seeds");
    (prop::sample::select(seeds), prop::collection::vec(mutation(), 0..8)).prop_map(|(mut input, mutations)| {
        for m in &mutations {
            apply(&mut input, m);
        }
        input
    })
}

/// Runs `target` on `cases` inputs drawn from `strategy`; a failure names the target and the (shrunk) input.
fn fuzz(target: &str, cases: u32, strategy: impl Strategy<Value = Vec<u8>>) {
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, |input| {
        targets::run(target, &input);
        Ok(())
    });
    if let Err(e) = result {
        panic!("fuzz target {target} failed: {e}");
    }
}

fn arbitrary_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..2048)
}

/// Every seed as it is: the valid inputs pass every invariant.
#[test]
fn every_seed_passes_its_target() {
    for target in TARGETS {
        for seed in seeds(target) {
            targets::run(target, &seed);
        }
    }
}

#[test]
fn fact_sheet_survives_arbitrary_bytes() {
    fuzz("fact_sheet", 300, arbitrary_bytes());
}

#[test]
fn fact_sheet_survives_mutated_sheets() {
    fuzz("fact_sheet", 200, mutated_seed("fact_sheet"));
}

#[test]
fn attempt_log_survives_arbitrary_bytes() {
    fuzz("attempt_log", 300, arbitrary_bytes());
}

#[test]
fn attempt_log_survives_mutated_logs() {
    fuzz("attempt_log", 300, mutated_seed("attempt_log"));
}

#[test]
fn snapshot_survives_arbitrary_bytes() {
    fuzz("snapshot", 300, arbitrary_bytes());
}

#[test]
fn snapshot_survives_mutated_snapshots() {
    fuzz("snapshot", 300, mutated_seed("snapshot"));
}

#[test]
fn learner_folder_survives_arbitrary_bytes() {
    fuzz("learner", 200, arbitrary_bytes());
}

#[test]
fn learner_folder_survives_mutated_folders() {
    fuzz("learner", 300, mutated_seed("learner"));
}

#[test]
fn answer_survives_arbitrary_bytes() {
    fuzz("answer", 500, arbitrary_bytes());
}

#[test]
fn answer_survives_mutated_answers() {
    fuzz("answer", 500, mutated_seed("answer"));
}

#[test]
fn article_survives_arbitrary_bytes() {
    fuzz("article", 300, arbitrary_bytes());
}

#[test]
fn article_survives_mutated_articles() {
    fuzz("article", 40, mutated_seed("article"));
}

#[test]
fn results_survive_arbitrary_bytes() {
    fuzz("results", 300, arbitrary_bytes());
}

#[test]
fn results_survive_mutated_results() {
    fuzz("results", 300, mutated_seed("results"));
}

#[test]
fn code_survives_arbitrary_text() {
    let text = prop::collection::vec(
        prop_oneof![any::<u8>(), prop::sample::select(b"0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz -OIL".to_vec())],
        0..40,
    );
    fuzz("code", 1000, text);
}

#[test]
fn code_survives_mutated_codes() {
    fuzz("code", 1000, mutated_seed("code"));
}

/// Dossier's own results files, each with any one byte changed to any other: never accepted as written
/// (refused as damaged or not as Dossier wrote it, or read and found edited by its checksum).
#[test]
fn a_results_file_with_one_changed_byte_is_never_accepted() {
    let files: Vec<Vec<u8>> = seeds("results").into_iter().filter(|s| !s.contains(&SEPARATOR)).collect();
    assert!(!files.is_empty(), "a single results file among the seeds");
    for file in &files {
        let text = std::str::from_utf8(file).expect("a seed is text");
        let read = dossier::study::results::parse(text).expect("a seed reads");
        assert!(read.intact(), "a seed is intact");
    }
    let strategy = (prop::sample::select(files), any::<prop::sample::Index>(), 1u8..=255);
    let mut runner = TestRunner::new(Config { cases: 2000, failure_persistence: None, ..Config::default() });
    let result = runner.run(&strategy, |(file, at, by)| {
        let mut changed = file.clone();
        let at = at.index(changed.len());
        changed[at] = changed[at].wrapping_add(by);
        if let Ok(text) = std::str::from_utf8(&changed) {
            let read = dossier::study::results::parse(text);
            prop_assert!(
                !read.as_ref().is_ok_and(dossier::study::results::Results::intact),
                "byte {} changed, and accepted",
                at
            );
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

fn joined(files: &[&[u8]]) -> Vec<u8> {
    files.join(&[SEPARATOR][..])
}

/// Rewrites `fuzz/corpus/<target>/seed-*` from Dossier's own writers.
#[test]
#[ignore = "rewrites the committed seed corpora; run by hand after a format change"]
fn write_seed_corpora() {
    let write = |target: &str, name: &str, bytes: &[u8]| {
        let dir = corpus_dir(target);
        std::fs::create_dir_all(&dir).expect("the corpus folder");
        std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("a seed written");
    };

    write("fact_sheet", "bundled", BUNDLED_SHEET.as_bytes());
    let small_sheet = r#"(
    version: 1,
    id: "mini",
    title: "A Short Visit",
    source: "Test Desk",
    article: "mini.txt",
    topics: [(id: "diplomacy", name: "Diplomacy")],
    entities: [
        (id: "arlo", kind: Person, name: "Arlo Brandt", aliases: ["Arlo"], role: "Valdonian Premier", country: "valdonia"),
        (id: "maren", kind: Person, name: "Ilse Maren", aliases: ["Maren"], role: "Norland's President", country: "norland"),
        (id: "valdonia", kind: Country, name: "Valdonia"),
        (id: "norland", kind: Country, name: "Norland"),
        (id: "kestrel", kind: City, name: "Kestrel", country: "norland"),
    ],
    facts: [
        (id: "meet-maren", topics: ["diplomacy"], evidence: "Arlo met Maren in Kestrel on January 5.",
            claim: Meeting(who: "arlo", whom: "maren", place: "kestrel", date: "January 5")),
        (id: "fair", topics: ["diplomacy"], evidence: "240 companies showed their goods.",
            claim: Quantity(statement: "{n} companies showed their goods at the Kestrel fair", question: "How many companies showed their goods at the Kestrel fair?", value: 240, unit: "companies")),
    ],
)
"#;
    let small_article = "Premier Arlo Brandt of Valdonia met Norland's President Ilse Maren.\n\nArlo met Maren in \
                         Kestrel on January 5. At the Kestrel fair, 240 companies showed their goods.\n";
    if let Err(e) = Bank::from_sources("mini.ron", small_sheet, small_article, None) {
        panic!("the small seed sheet checks: {e}");
    }
    write("fact_sheet", "small-with-article", &joined(&[small_sheet.as_bytes(), small_article.as_bytes()]));

    // A learner with a few answers, written by Dossier itself.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = dir.path();
    let learner = profiles::add(data, "Learner", 1_767_225_600).expect("a learner added");
    assert_eq!(learner.id, "learner", "the fuzz targets open the learner with id \"learner\"");
    let bank = Bank::bundled().expect("the bundled bank");
    let mut study = Study::open(data, &learner).expect("the new learner opens");
    for (i, q) in bank.questions.iter().step_by(17).take(6).enumerate() {
        let attempt = Attempt {
            at: 1_767_225_600 + 86_400 * i as i64,
            utc_offset: 32_400,
            pack: bank.pack.id().to_string(),
            question: q.id.clone(),
            facts: q.facts.clone(),
            topics: q.topics.clone(),
            kind: q.kind,
            mode: if i % 2 == 0 { Mode::Practice } else { Mode::Review },
            answer: q.answer_text(),
            score: if i == 3 { 0.5 } else { 1.0 },
            secs: 3.5 + i as f64,
        };
        study.record(&attempt).expect("an answer recorded");
    }
    study.checkpoint().expect("a snapshot written");
    profiles::save_settings(data, &learner, &profiles::Settings::default()).expect("settings written");
    let folder = profiles::profile_dir(data, &learner);
    let read = |path: PathBuf| std::fs::read(path).expect("a learner file");
    let log = read(folder.join("attempts.ron"));
    let snapshot = read(folder.join("snapshot.ron"));
    let list = read(profiles::list_path(data));
    let settings = read(profiles::settings_path(data, &learner));

    write("attempt_log", "recorded", &log);
    let mut torn = log.clone();
    torn.extend_from_slice(b"(at: 1767225600, pack: \"lee-china");
    write("attempt_log", "torn-tail", &torn);
    let header_end = log.iter().position(|&b| b == b'\n').expect("a header line") + 1;
    write("attempt_log", "header-only", &log[..header_end]);

    write("snapshot", "recorded", &snapshot);
    write("learner", "recorded", &joined(&[&list, &settings, &snapshot, &log]));
    write("learner", "no-snapshot", &joined(&[&list, &settings, b"", &log]));

    // Results files: a quiz of the bundled pack taken with a code, every kind answered (right, wrong,
    // left out); a class of two in one input.
    let lee = dossier::pack::Pack::from_bundled(&dossier::pack::LIBRARY[0]).expect("the bundled pack");
    let plan = dossier::study::session::QuizPlan {
        pack: lee.id().to_string(),
        settings: dossier::generate::QuizSettings { seed: 846_957, count: 8, ..Default::default() },
        mode: Mode::Practice,
        minutes: None,
        focus: None,
    };
    let code = dossier::study::code::encode(&lee, &plan).expect("a code");
    let questions = dossier::generate::quiz_ranked(&bank.questions, &bank.quality, &plan.settings);
    let taken = |right: usize| {
        let mut s = dossier::study::session::Session::new(plan.clone(), questions.clone(), 0.0);
        for i in 0..s.questions.len() {
            let q = s.questions[i].clone();
            if i % right == 0 {
                s.answer(q.right_response(), i as f64 * 7.0 + 3.5);
            } else if i % 3 == 1 {
                s.answer(Response::Text("Seoul \"quoted\" \u{e9}t\u{e9}".into()), i as f64 * 7.0 + 3.5);
            }
            s.advance(i as f64 * 7.0 + 4.0);
        }
        s.finish(80.0);
        s
    };
    let result = |who: &str, right: usize| {
        let r = dossier::study::results::Results::of(&taken(right), who, &code, &lee.sheet.title, 1_767_225_600);
        dossier::study::results::text(&r).expect("results as text").into_bytes()
    };
    let ann = result("Ann Lee", 1);
    write("results", "one", &result("Mina Park", 2));
    write("results", "class-of-two", &joined(&[&ann, &result("Bo Kim", 3)]));
    write("results", "class-and-copy", &joined(&[&ann, &ann]));

    // Codes: as printed (both versions), typed sloppily, and plans as bytes.
    let short = dossier::study::code::encode(
        &lee,
        &dossier::study::session::QuizPlan {
            settings: dossier::generate::QuizSettings { seed: 4242, ..plan.settings.clone() },
            ..plan.clone()
        },
    )
    .expect("a code");
    write("code", "short", short.as_bytes());
    write("code", "wide", code.as_bytes());
    write("code", "sloppy", code.to_lowercase().replace('-', " ").as_bytes());
    write("code", "plan-exam", &[1, 0xED, 0xEC, 0x0C, 0, 0, 0, 0, 0, 19, 0b0000_0101, 3, 0, 0, 0, 0b0111_1011]);

    // Answers: question index (two bytes), how the answer arrives, the answer: the first question of each
    // kind, answered rightly as typed at the command line (options by letter, pairs and orders by number).
    for kind in QuestionKind::ALL {
        let Some((i, q)) = bank.questions.iter().enumerate().find(|(_, q)| q.kind == kind) else { continue };
        let index = (i as u16).to_le_bytes();
        let text = match q.right_response() {
            Response::Choice(c) => char::from(b'A' + c as u8).to_string(),
            Response::Pairs(p) => p.iter().map(|c| c.map_or(0, |c| c + 1).to_string()).collect::<Vec<_>>().join(" "),
            Response::Order(o) => o.iter().map(|c| (c + 1).to_string()).collect::<Vec<_>>().join(" "),
            _ => q.response_text(Some(&q.right_response()), Voice::Record),
        };
        let mut typed = vec![index[0], index[1], 0];
        typed.extend_from_slice(text.as_bytes());
        write("answer", &format!("{:03}-{}", i, q.kind.code()), &typed);
    }
}

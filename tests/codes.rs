//! Quiz codes on the command line: `dossier quiz --code` prints one, `dossier play --code` takes exactly
//! that quiz on another machine (another data folder), and a code that is mistyped, or whose pack is
//! missing or changed, gets a sentence instead of a different quiz.

use std::fs;
use std::path::Path;

use dossier::generate::QuizSettings;
use dossier::pack::{LIBRARY, Pack};
use dossier::question::QuestionKind;
use dossier::study::code::{self, CodeError};
use dossier::study::session::{Mode, QuizPlan, next_seed};
use proptest::prelude::*;

mod run;
use run::{err, out, run};

/// The bundled packs, read once.
fn packs() -> &'static [Pack] {
    static PACKS: std::sync::OnceLock<Vec<Pack>> = std::sync::OnceLock::new();
    PACKS.get_or_init(|| LIBRARY.iter().map(|b| Pack::from_bundled(b).expect("a bundled pack")).collect())
}

fn refs() -> Vec<&'static Pack> {
    packs().iter().collect()
}

fn pack(id: &str) -> &'static Pack {
    packs().iter().find(|p| p.id() == id).expect("a bundled pack of that id")
}

/// The code `dossier quiz ARGS --code` prints in its title line.
fn code_of(data: &Path, args: &[&str]) -> String {
    let mut all = vec!["quiz"];
    all.extend_from_slice(args);
    all.push("--code");
    let o = run(data, &all, "");
    assert!(o.status.success(), "{}", err(&o));
    let first = out(&o).lines().next().unwrap_or_default().to_string();
    first.split("code ").nth(1).and_then(|r| r.strip_suffix(')')).expect("a code in the title line").to_string()
}

/// The prompts of the questions a `play` run asked, in order.
fn prompts_played(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("Question ") && w[0].contains(" of "))
        .map(|w| w[1].split_once("] ").map_or(w[1], |(_, p)| p).to_string())
        .collect()
}

/// The prompts of the questions of a printed quiz, in order.
fn prompts_printed(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.split_once(". [").is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit())))
        .map(|l| l.split_once("] ").map_or(l, |(_, p)| p).to_string())
        .collect()
}

#[test]
fn a_code_plays_the_very_quiz_it_was_printed_with_on_another_machine() {
    let teacher = tempfile::tempdir().expect("temp dir");
    let student = tempfile::tempdir().expect("temp dir");
    // Short seeds, the app's own six-digit seeds and the largest seed `--seed` takes.
    for (pack, seed) in [
        ("lee-china-japan", "9001"),
        ("hk-election", "12"),
        ("asylum", "65535"),
        ("lee-china-japan", "846957"),
        ("hk-election", "18446744073709551615"),
    ] {
        let args = ["--pack", pack, "--seed", seed, "--count", "6", "--kinds", "mc,tf,short,numeric"];
        let code = code_of(teacher.path(), &args);
        let printed = run(teacher.path(), &[&["quiz"], &args[..]].concat(), "");
        let o = run(student.path(), &["play", "--code", &code], &"1\n".repeat(6));
        assert!(o.status.success(), "{code}: {}", err(&o));
        let played = prompts_played(&out(&o));
        assert_eq!(played.len(), 6, "{}", out(&o));
        assert_eq!(played, prompts_printed(&out(&printed)), "{pack}: the code's quiz is the printed quiz");
        // Typed sloppily: lower case, without dashes.
        let sloppy = code.to_lowercase().replace('-', "");
        let o = run(student.path(), &["play", "--code", &sloppy], &"1\n".repeat(6));
        assert_eq!(prompts_played(&out(&o)), played, "{sloppy}: {}", err(&o));
    }
}

#[test]
fn an_exam_code_starts_an_exam_and_says_its_time_limit() {
    let data = tempfile::tempdir().expect("temp dir");
    let code = code_of(data.path(), &["--seed", "5", "--count", "3", "--exam", "--minutes", "20"]);
    let o = run(data.path(), &["play", "--code", &code], "1\n1\n1\n");
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("time limit of 20 minutes"), "{}", err(&o));
    let text = out(&o);
    let before_score = text.split("Score:").next().unwrap_or_default();
    // An exam gives no verdict before its end.
    let first_answer = before_score.split("Question 2 of 3").next().unwrap_or_default();
    assert!(!first_answer.contains("Right") && !first_answer.contains("Wrong"), "{text}");
}

#[test]
fn a_mistyped_code_is_caught_and_said() {
    let data = tempfile::tempdir().expect("temp dir");
    let code = code_of(data.path(), &["--seed", "31", "--count", "4"]);
    // Change one character of the body to another.
    let (label, body) = code.split_once('-').expect("a label");
    let mut chars: Vec<char> = body.chars().collect();
    chars[1] = if chars[1] == 'X' { 'Y' } else { 'X' };
    let typo = format!("{label}-{}", chars.into_iter().collect::<String>());
    let o = run(data.path(), &["play", "--code", &typo], "1\n");
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains("has a mistyped character"), "{}", err(&o));
    assert!(!out(&o).contains("Question 1"), "no quiz is started");
    for nonsense in ["hello world", "", "LEE-"] {
        let o = run(data.path(), &["play", "--code", nonsense], "");
        assert_eq!(o.status.code(), Some(1), "{nonsense}: {}", out(&o));
        assert!(err(&o).contains("is not a quiz code"), "{nonsense}: {}", err(&o));
    }
}

#[test]
fn a_code_of_a_pack_that_changed_or_is_missing_is_refused_with_a_sentence() {
    let teacher = tempfile::tempdir().expect("temp dir");
    let student = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The teacher's own pack, in their packs folder.
    let packs = teacher.path().join("packs");
    fs::create_dir_all(&packs).expect("packs folder");
    let sheet = fs::read_to_string(root.join("tests/packs/guide-v2.ron")).expect("a pack");
    fs::write(packs.join("guide-v2.ron"), &sheet).expect("copy");
    fs::copy(root.join("tests/packs/guide-v2.txt"), packs.join("guide-v2.txt")).expect("copy");
    let code =
        code_of(teacher.path(), &["--pack", packs.join("guide-v2.ron").to_str().expect("utf-8"), "--count", "3"]);
    let o = run(teacher.path(), &["play", "--code", &code], "1\n1\n1\n");
    assert!(o.status.success(), "the teacher's machine has the pack: {}", err(&o));
    // The student has not added the article.
    let o = run(student.path(), &["play", "--code", &code], "1\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("no pack on this machine matches the code"), "{}", err(&o));
    assert!(err(&o).contains("Add the teacher's article"), "{}", err(&o));
    // The student has it, but one word of the article differs.
    let theirs = student.path().join("packs");
    fs::create_dir_all(&theirs).expect("packs folder");
    fs::write(theirs.join("guide-v2.ron"), &sheet).expect("copy");
    let article = fs::read_to_string(root.join("tests/packs/guide-v2.txt")).expect("article");
    fs::write(theirs.join("guide-v2.txt"), format!("{article}\nAn added line.\n")).expect("write");
    let o = run(student.path(), &["play", "--code", &code], "1\n");
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(err(&o).contains("differs from the one the code was made from"), "{}", err(&o));
}

#[test]
fn a_quiz_without_a_code_form_says_why() {
    let data = tempfile::tempdir().expect("temp dir");
    let o = run(data.path(), &["quiz", "--count", "500", "--code"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("1 to 128 questions"), "{}", err(&o));
    let o = run(data.path(), &["play", "--code", "LEE-1MCR-09M2-06", "--count", "3"], "");
    assert_eq!(o.status.code(), Some(2), "a code sets the count itself");
}

/// Codes printed by `dossier quiz --code` before codes carried large seeds (version 0 of the format), kept
/// as they were written on the board: each still decodes to its quiz, and a quiz of a short seed still
/// gets the very same code.
#[test]
fn codes_of_the_first_format_still_decode_to_their_quiz() {
    let cases = [
        // dossier quiz --seed 4242 --count 6 --code
        ("LEE-1MCR-GJ85-0J", "lee-china-japan", 4242, 6, vec![], vec![], Mode::Practice, None),
        // dossier quiz --pack hk-election --seed 65535 --count 12 --kinds mc,tf --exam --minutes 30 --code
        (
            "HKE-1ZE7-ZZWB-W1QG-Y",
            "hk-election",
            65535,
            12,
            vec![QuestionKind::Mc, QuestionKind::Tf],
            vec![],
            Mode::Exam,
            Some(30),
        ),
        // dossier quiz --pack asylum --seed 7 --count 5 --topics rescue,numbers --exam --code
        ("ASY-6EGR-00W4-C30N", "asylum", 7, 5, vec![], vec!["rescue", "numbers"], Mode::Exam, None),
    ];
    for (written, id, seed, count, kinds, topics, mode, minutes) in cases {
        let want = QuizPlan {
            pack: id.to_string(),
            settings: QuizSettings {
                seed,
                count,
                kinds,
                topics: topics.iter().map(ToString::to_string).collect(),
                facts: Vec::new(),
            },
            mode,
            minutes,
            focus: None,
        };
        let (got_pack, plan) = code::decode(written, &refs()).expect("an old code decodes");
        assert_eq!(got_pack.id(), id, "{written}");
        assert_eq!(plan, want, "{written}");
        // Typed in lower case, with spaces for dashes.
        let sloppy = written.to_lowercase().replace('-', " ");
        assert_eq!(code::decode(&sloppy, &refs()).map(|(_, p)| p), Ok(want.clone()), "{sloppy}");
        assert_eq!(code::encode(pack(id), &want).as_deref(), Ok(written), "a short seed keeps its code");
    }
}

/// The app's own seeds (six digits) have a code, one character longer than a short seed's, which a
/// student can type in lower case with spaces; read by a pack that changed, it is refused with a sentence.
#[test]
fn the_apps_seeds_have_codes_and_a_changed_pack_refuses_them() {
    let lee = pack("lee-china-japan");
    let seed = next_seed(1_767_225_600);
    assert!(seed > code::SHORT_SEED_MAX, "the app's seeds are past 16 bits: {seed}");
    let plan = QuizPlan {
        pack: lee.id().to_string(),
        settings: QuizSettings { seed, count: 10, ..QuizSettings::default() },
        mode: Mode::Practice,
        minutes: None,
        focus: None,
    };
    let written = code::encode(lee, &plan).expect("the app's seed has a code");
    let short =
        code::encode(lee, &QuizPlan { settings: QuizSettings { seed: 4242, ..plan.settings.clone() }, ..plan.clone() })
            .expect("a code");
    assert_eq!(written.len(), short.len() + 1, "{written} against {short}");
    let sloppy = written.to_lowercase().replace('-', " ");
    assert_eq!(code::decode(&sloppy, &refs()).map(|(_, p)| p), Ok(plan.clone()), "{sloppy}");
    // The same pack with its article changed by one space.
    let b = LIBRARY.iter().find(|b| b.name.starts_with("lee")).unwrap_or(&LIBRARY[0]);
    let changed = Pack::from_sources(b.name, b.sheet, &format!("{} ", b.article), None).expect("still a pack");
    assert_eq!(changed.id(), lee.id());
    let others: Vec<&Pack> = packs().iter().filter(|p| p.id() != lee.id()).chain([&changed]).collect();
    let e = code::decode(&written, &others).expect_err("the pack changed");
    assert!(matches!(e, CodeError::NoPack(_)), "{e}");
    assert!(e.to_string().contains("differs from the one the code was made from"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every seed, from 0 to the largest `u64`, with any count, kinds, topics and mode, comes back exactly.
    #[test]
    fn every_seed_round_trips(
        which in 0usize..4,
        seed in prop_oneof![0u64..=code::SHORT_SEED_MAX, 100_000u64..1_000_000, any::<u64>(), Just(u64::MAX)],
        count in 1usize..=code::MAX_COUNT,
        kinds in proptest::collection::vec(any::<bool>(), QuestionKind::ALL.len()),
        topic_bits in any::<u32>(),
        exam in any::<bool>(),
        minutes in proptest::option::of(1u32..=code::MAX_MINUTES),
    ) {
        let pack = &packs()[which];
        let kinds: Vec<QuestionKind> =
            QuestionKind::ALL.into_iter().zip(&kinds).filter(|(_, on)| **on).map(|(k, _)| k).collect();
        let topics: Vec<String> = pack.sheet.topics.iter().enumerate()
            .filter(|(i, _)| topic_bits >> (i % 32) & 1 == 1).map(|(_, t)| t.id.clone()).collect();
        let plan = QuizPlan {
            pack: pack.id().to_string(),
            settings: QuizSettings { seed, count, kinds, topics, facts: Vec::new() },
            mode: if exam { Mode::Exam } else { Mode::Practice },
            minutes: if exam { minutes } else { None },
            focus: None,
        };
        let written = code::encode(pack, &plan).expect("every seed has a code");
        let (got, back) = code::decode(&written, &refs()).expect("decodes");
        prop_assert_eq!(got.id(), pack.id());
        // Every kind ticked is written as no kind filter, which draws the same questions.
        let mut expected = plan;
        if expected.settings.kinds.len() == QuestionKind::ALL.len() {
            expected.settings.kinds.clear();
        }
        prop_assert_eq!(back, expected);
    }
}

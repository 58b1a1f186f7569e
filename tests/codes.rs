//! Quiz codes on the command line: `dossier quiz --code` prints one, `dossier play --code` takes exactly
//! that quiz on another machine (another data folder), and a code that is mistyped, or whose pack is
//! missing or changed, gets a sentence instead of a different quiz.

use std::fs;
use std::path::Path;

mod run;
use run::{err, out, run};

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
    for (pack, seed) in [("lee-china-japan", "9001"), ("hk-election", "12"), ("asylum", "65535")] {
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
    let o = run(data.path(), &["quiz", "--seed", "99999", "--code"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("seeds from 0 to 65535"), "{}", err(&o));
    let o = run(data.path(), &["play", "--code", "LEE-1MCR-09M2-06", "--count", "3"], "");
    assert_eq!(o.status.code(), Some(2), "a code sets the count itself");
}

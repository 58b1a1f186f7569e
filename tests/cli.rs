//! The command line through the real binary: exit codes, outputs, piped play.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn dossier(args: &[&str]) -> Output {
    dossier_with_input(args, "")
}

fn dossier_with_input(args: &[&str], input: &str) -> Output {
    let data = tempfile::tempdir().expect("temp dir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("DOSSIER_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dossier");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write answers");
    child.wait_with_output().expect("dossier runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

#[test]
fn every_command_has_help() {
    for args in [&["--help"][..], &["check", "--help"], &["bank", "--help"], &["quiz", "--help"], &["play", "--help"]] {
        let o = dossier(args);
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("Usage: dossier"), "{args:?}: {}", stdout(&o));
    }
    let help = stdout(&dossier(&["--help"]));
    for cmd in ["check", "bank", "quiz", "play"] {
        assert!(help.contains(cmd), "{cmd} missing from --help");
    }
}

#[test]
fn check_passes_the_bundled_pack_and_locates_problems_in_a_broken_one() {
    let o = dossier(&["check"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("lee-china-japan.ron: ok"), "{}", stdout(&o));

    let o = dossier(&["check", "tests/malformed/unknown-entity.ron", "tests/malformed/valid.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let first = out.lines().next().unwrap_or_default();
    assert!(first.starts_with("tests/malformed/unknown-entity.ron:"), "{out}");
    let parts: Vec<&str> = first.splitn(4, ':').collect();
    assert!(parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(), "file:line:column: {first}");
    assert!(out.contains("tests/malformed/valid.ron: ok"), "{out}");
    assert!(stderr(&o).contains("1 problem in 2 fact sheets"), "{}", stderr(&o));
}

#[test]
fn a_missing_pack_is_a_sentence_and_exit_code_1() {
    let o = dossier(&["bank", "--pack", "no/such/file.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn usage_errors_exit_2_with_a_sentence() {
    let o = dossier(&["quiz", "--kinds", "essay"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown question kind \"essay\""), "{}", stderr(&o));
    let o = dossier(&["quiz", "--topics", "cooking"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown topic \"cooking\""), "{}", stderr(&o));
    let o = dossier(&["quiz", "--count", "0"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bank_json_has_every_field_and_kind() {
    let o = dossier(&["bank", "--format", "json"]);
    assert!(o.status.success());
    let lines = json_lines(&o);
    assert!(lines.len() >= 150, "{} questions", lines.len());
    let mut kinds = std::collections::BTreeSet::new();
    for q in &lines {
        for field in ["id", "kind", "prompt", "options", "answer", "facts", "evidence", "topics"] {
            assert!(q.get(field).is_some(), "{field} missing in {q}");
        }
        let kind = q["kind"].as_str().unwrap_or_default();
        kinds.insert(kind.to_string());
        let answer = q["answer"].as_str().unwrap_or_default();
        let options: Vec<&str> = q["options"].as_array().expect("array").iter().filter_map(Value::as_str).collect();
        match kind {
            "mc" => assert!(options.contains(&answer) && options.len() == 4, "{q}"),
            "tf" => assert!(answer == "true" || answer == "false", "{q}"),
            "match" => assert!(answer.contains(" -> ") && options.is_empty(), "{q}"),
            "order" => assert!(answer.split(" | ").count() >= 3, "{q}"),
            _ => assert!(options.is_empty() && !answer.is_empty(), "{q}"),
        }
    }
    let expected: std::collections::BTreeSet<String> =
        ["mc", "tf", "cloze", "short", "match", "order", "numeric"].iter().map(ToString::to_string).collect();
    assert_eq!(kinds, expected);
}

#[test]
fn quizzes_are_byte_for_byte_reproducible() {
    let a = dossier(&["quiz", "--seed", "42", "--count", "12", "--format", "json"]);
    let b = dossier(&["quiz", "--seed", "42", "--count", "12", "--format", "json"]);
    let c = dossier(&["quiz", "--seed", "43", "--count", "12", "--format", "json"]);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    assert_ne!(a.stdout, c.stdout);
    assert_eq!(json_lines(&a).len(), 12);
}

#[test]
fn quiz_text_and_markdown_with_key() {
    let o = dossier(&["quiz", "--seed", "3", "--count", "5", "--key"]);
    let out = stdout(&o);
    assert!(out.contains("1. [") && out.contains("5. ["), "{out}");
    assert!(out.contains("Answer key") && out.contains("Evidence:"), "{out}");
    let o = dossier(&["quiz", "--seed", "3", "--count", "5", "--format", "markdown"]);
    let out = stdout(&o);
    assert!(out.starts_with("# "), "{out}");
    assert!(!out.contains("Answer key"), "no key unless asked");
    let o = dossier(&["quiz", "--seed", "3", "--count", "4", "--kinds", "tf", "--format", "json"]);
    assert!(json_lines(&o).iter().all(|q| q["kind"] == "tf"));
}

/// The line a learner who knows everything types for question `q` (as `quiz --format json` shows it).
fn right_line(q: &Value) -> String {
    let answer = q["answer"].as_str().unwrap_or_default();
    let letter = |items: &Value, text: &str| {
        let pos = items.as_array().expect("array").iter().position(|x| x == text).expect("item listed");
        char::from(b'A' + pos as u8).to_string()
    };
    match q["kind"].as_str().unwrap_or_default() {
        "mc" => letter(&q["options"], answer),
        "tf" => if answer == "true" { "T" } else { "F" }.to_string(),
        "match" => answer
            .split("; ")
            .map(|pair| letter(&q["items"], pair.split_once(" -> ").expect("pair").1))
            .collect::<Vec<_>>()
            .join(" "),
        "order" => answer.split(" | ").map(|it| letter(&q["items"], it)).collect::<Vec<_>>().join(" "),
        _ => answer.to_string(),
    }
}

#[test]
fn play_with_piped_right_answers_scores_full_marks() {
    for seed in ["1", "2", "9"] {
        let quiz = json_lines(&dossier(&["quiz", "--seed", seed, "--count", "14", "--format", "json"]));
        let input: String = quiz.iter().map(|q| right_line(q) + "\n").collect();
        let o = dossier_with_input(&["play", "--seed", seed, "--count", "14"], &input);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert_eq!(out.matches("Right.").count(), 14, "seed {seed}:\n{out}");
        assert!(out.contains("Score: 14 / 14 (100%)"), "{out}");
        assert!(out.contains("Evidence: \u{201c}"), "feedback quotes the evidence");
    }
}

#[test]
fn play_handles_wrong_garbled_and_missing_answers() {
    let quiz = json_lines(&dossier(&["quiz", "--seed", "5", "--count", "3", "--kinds", "mc", "--format", "json"]));
    let wrong = |q: &Value| {
        let right = right_line(q);
        ["A", "B", "C", "D"].into_iter().find(|l| *l != right).unwrap_or("A").to_string()
    };
    // A garbled line is asked again; then one wrong answer; then input ends.
    let input = format!("Z\n{}\n", wrong(&quiz[0]));
    let o = dossier_with_input(&["play", "--seed", "5", "--count", "3", "--kinds", "mc"], &input);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("That is not an answer to this question."), "{out}");
    assert!(out.contains("Wrong. The answer: "), "{out}");
    assert!(out.contains("(end of input)"), "{out}");
    assert!(out.contains("Score: 0 / 1 (0%)"), "{out}");
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // `dossier bank | head -1`: each output is larger than a pipe holds, so dossier is still writing when
    // the reader goes away; the closed pipe ends it quietly, with exit code 0, not a panic (exit 101).
    for args in [&["bank"][..], &["bank", "--format", "json"], &["quiz", "--count", "1000", "--format", "json"]] {
        let data = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(args)
            .env("DOSSIER_DATA_DIR", data.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start dossier");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("a first line");
        assert!(!first.trim().is_empty(), "{args:?}: {first:?}");
        let o = child.wait_with_output().expect("dossier ends");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
        // A quiz of 1000 has as many questions as the pack supports, and says so; nothing else is said.
        let said: Vec<String> =
            stderr(&o).lines().filter(|l| !l.starts_with("dossier: the quiz has ")).map(String::from).collect();
        assert!(said.is_empty(), "{args:?}: nothing to say about a reader that has all it wanted: {said:?}");
    }
}

#[test]
fn version_prints_the_program_and_fact_sheet_schema_versions() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier")).arg("--version").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.trim(), format!("dossier {} (fact-sheet schema 2)", env!("CARGO_PKG_VERSION")));
}

#[test]
fn quiz_and_play_refuse_a_sheet_with_two_keys_for_one_question_with_the_sentence_check_prints() {
    let sheet = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed/conflicting-keys.ron");
    let checked = dossier(&["check", sheet]);
    assert_eq!(checked.status.code(), Some(1));
    let sentence = stdout(&checked).lines().next().expect("check prints the problem").to_string();
    assert!(sentence.contains("is keyed “Sanae Takaichi”, but fact \"met-xi\" asks the same"), "{sentence}");
    for args in [&["quiz", "--pack", sheet][..], &["play", "--pack", sheet]] {
        let refused = dossier(args);
        assert_eq!(refused.status.code(), Some(1), "{args:?}");
        assert!(stdout(&refused).is_empty(), "{args:?}: no question is printed");
        assert!(stderr(&refused).contains(&sentence), "{args:?}: {}", stderr(&refused));
    }
}

//! The malformed corpus: each `tests/malformed/NAME.ron` is the base sheet `valid.ron` with one defect,
//! and `NAME.expected` holds the `line:column: message` lines `Bank::load` must report for it, in order
//! (without the file name the real output starts with). `valid.expected` is empty: the base loads.
//!
//! The expected files are written by hand and read here; they are never produced from the checker.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use dossier::generate::Bank;
use dossier::pack::check::MAX_SHEET_BYTES;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

/// The fact sheets of the corpus, by name.
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("corpus folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    cases.sort();
    cases
}

/// What loading `path` reports, as `line:column: message` lines.
fn reported(path: &Path) -> Vec<String> {
    let Err(e) = Bank::load(path) else { return Vec::new() };
    let file = path.display().to_string();
    e.problems
        .iter()
        .map(|p| {
            assert_eq!(p.file, file, "problems name the file as the user gave it");
            let shown = p.to_string();
            shown.strip_prefix(&format!("{file}:")).expect("printed as file:line:column: message").to_string()
        })
        .collect()
}

fn expected(path: &Path) -> Vec<String> {
    let path = path.with_extension("expected");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

#[test]
fn every_case_reports_exactly_its_expected_problems() {
    let mut failures = String::new();
    for case in cases() {
        let want = expected(&case);
        let got = reported(&case);
        if got != want {
            let name = case.file_stem().expect("stem").to_string_lossy();
            writeln!(failures, "=== {name}\n--- expected\n{}\n--- reported\n{}", want.join("\n"), got.join("\n"))
                .expect("write to a string");
        }
    }
    assert!(failures.is_empty(), "cases whose problems differ from the .expected file:\n{failures}");
}

#[test]
fn the_corpus_is_complete() {
    let cases = cases();
    assert!(cases.len() > 24, "at least 24 malformed cases besides the valid base, found {}", cases.len() - 1);
    for case in &cases {
        assert!(case.with_extension("expected").is_file(), "{} has no .expected file", case.display());
    }
    for entry in fs::read_dir(corpus()).expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "expected") {
            assert!(path.with_extension("ron").is_file(), "{} has no .ron case", path.display());
        }
    }
    assert!(expected(&corpus().join("valid.ron")).is_empty(), "the base sheet is clean");
    for case in cases.iter().filter(|c| !c.ends_with("valid.ron")) {
        assert!(!expected(case).is_empty(), "{} expects no problem", case.display());
    }
}

/// Each expected line is `line:column: message`, the message one sentence: lower-case start (it
/// follows a colon), a full stop at the end, and no full stop followed by a new sentence outside quotes.
#[test]
fn expected_messages_are_located_single_sentences() {
    for case in cases() {
        for line in expected(&case) {
            let mut parts = line.splitn(3, ':');
            let (l, c, message) = (parts.next(), parts.next(), parts.next());
            let at = |p: Option<&str>| p.and_then(|p| p.parse::<usize>().ok()).filter(|&n| n >= 1);
            assert!(at(l).is_some() && at(c).is_some(), "{}: no line:column in {line:?}", case.display());
            let message = message.and_then(|m| m.strip_prefix(' ')).expect("a space after the column");
            assert!(message.starts_with(|c: char| !c.is_uppercase()), "{}: {message:?}", case.display());
            assert!(message.ends_with('.'), "{}: {message:?} does not end with a full stop", case.display());
            let outside_quotes: String = message.split(['“', '”']).step_by(2).collect();
            let body = &outside_quotes[..outside_quotes.len() - 1];
            assert!(
                !body.contains(". ") && !body.contains("? ") || body.contains("?\")"),
                "{}: {message:?} is more than one sentence",
                case.display()
            );
        }
    }
}

/// A 50 MB file is refused with a sentence before anything tries to parse it.
#[test]
fn a_huge_file_is_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let mut file = fs::File::create(&path).expect("create");
    let block = "        (id: \"lee\", kind: Person, name: \"Lee Jae Myung\"),\n".repeat(1024);
    let mut written = 0;
    file.write_all(b"(\n    version: 1,\n    entities: [\n").expect("write");
    while written < 50 * 1024 * 1024 {
        file.write_all(block.as_bytes()).expect("write");
        written += block.len();
    }
    drop(file);
    let size = fs::metadata(&path).expect("metadata").len();
    assert!(size > MAX_SHEET_BYTES as u64);
    let got = reported(&path);
    assert_eq!(
        got,
        vec![format!(
            "1:1: the file is {:.1} MB, larger than the 5 MB a fact sheet may be; check that this is the fact sheet you \
             meant, or split the article into smaller packs.",
            size as f64 / 1_048_576.0
        )]
    );
}

//! Issue 10, item 6: one byte changed inside an early record of `attempts.ron`. With the snapshot present
//! the damage is noticed when the learner's data is opened; with the snapshot lost nobody is locked out of
//! their history: the damaged record is skipped and reported, every other answer counts, the file is kept
//! byte for byte and new answers are appended after it.

use std::fs;
use std::path::{Path, PathBuf};

use dossier::question::QuestionKind;
use dossier::study::log::read_all;
use dossier::study::profiles::{self, Profile};
use dossier::study::{Attempt, Mode, Study, Warning};

mod run;
use run::run;

/// 2026-01-05 12:00 UTC.
const T0: i64 = 1_767_614_400;

fn attempt(i: i64, score: f64) -> Attempt {
    Attempt {
        at: T0 + i * 60,
        utc_offset: 0,
        pack: "pack".into(),
        question: format!("f{i}.tf.q"),
        facts: vec![format!("f{i}")],
        topics: vec!["topic".into()],
        kind: QuestionKind::Tf,
        mode: Mode::Practice,
        answer: "true".into(),
        score,
        secs: 3.0,
    }
}

fn log_path(data: &Path, p: &Profile) -> PathBuf {
    profiles::profile_dir(data, p).join("attempts.ron")
}

/// The byte offset of `needle` inside line `line` (1-based) of `bytes`.
fn offset_in_line(bytes: &[u8], line: usize, needle: &str) -> usize {
    let start: usize = bytes.split_inclusive(|&b| b == b'\n').take(line - 1).map(<[u8]>::len).sum();
    let text = std::str::from_utf8(&bytes[start..]).expect("the log is text");
    start + text.find(needle).expect("the needle is in the line")
}

/// Changes one byte of the file at `at` to `to`, as a bad sector or a stray edit would.
fn flip(path: &Path, at: usize, to: u8) -> Vec<u8> {
    let mut bytes = fs::read(path).expect("read the log");
    assert_ne!(bytes[at], to);
    bytes[at] = to;
    fs::write(path, &bytes).expect("write the log");
    bytes
}

/// A learner with six answers (the third one wrong) and a snapshot covering them all.
fn six_answers(data: &Path) -> Profile {
    let p = profiles::add(data, "Ana", T0).expect("add learner");
    let mut study = Study::open(data, &p).expect("open");
    for i in 0..6 {
        study.record(&attempt(i, if i == 2 { 0.0 } else { 1.0 })).expect("record");
    }
    study.checkpoint().expect("snapshot");
    assert!(profiles::profile_dir(data, &p).join("snapshot.ron").is_file());
    p
}

/// The line numbers of the damaged records reported, read from the sentences the learner sees (so that
/// this file also compiles, and fails, on a build without the damage report).
fn damaged(warnings: &[Warning]) -> Vec<usize> {
    warnings
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.contains("damaged on disk") && w.contains("skipped") && !w.contains("snapshot"))
        .filter_map(|w| w.split(':').nth(1).and_then(|line| line.parse().ok()))
        .collect()
}

#[test]
fn damage_under_a_valid_snapshot_is_noticed_the_record_skipped_and_answering_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let p = six_answers(data.path());
    let path = log_path(data.path(), &p);
    // Line 3 is the second answer: its `kind:tf` becomes `kind:tg`, which is no kind at all.
    let at = offset_in_line(&fs::read(&path).unwrap(), 3, "kind:tf") + 6;
    let damaged_bytes = flip(&path, at, b'g');

    let mut study = Study::open(data.path(), &p).expect("the learner's data opens");
    let warnings = study.take_warnings();
    assert!(
        warnings.iter().any(
            |w| matches!(w, Warning::SnapshotIgnored { .. }) && w.to_string().contains("changed after it was made")
        ),
        "the snapshot is not trusted: {warnings:?}"
    );
    assert_eq!(damaged(&warnings), [3], "{warnings:?}");
    let sentence = warnings.iter().map(ToString::to_string).find(|w| w.contains("attempts.ron:3:")).unwrap();
    assert!(
        sentence.contains("attempts.ron:3: line 3")
            && sentence.contains("skipped")
            && sentence.contains("left as it is"),
        "{sentence}"
    );
    // Every other answer: five, one of them wrong.
    assert_eq!(study.history().total.attempts, 5);
    assert_eq!(study.history().total.right, 4);
    assert!(!study.history().cards.keys().any(|(_, family)| family.contains("f1")));

    // The learner goes on: the new answer is appended, nothing before it changes.
    study.record(&attempt(6, 1.0)).expect("record after the damage");
    assert_eq!(study.history().total.attempts, 6);
    let after = fs::read(&path).unwrap();
    assert!(after.starts_with(&damaged_bytes), "the damaged file is kept byte for byte");
    assert!(std::str::from_utf8(&after[damaged_bytes.len()..]).unwrap().contains("f6.tf.q"));
    drop(study);

    // Opened again (with the snapshot written since): the same history and the damage still reported.
    let again = Study::open(data.path(), &p).unwrap();
    assert_eq!(again.history().total.attempts, 6);
    assert_eq!(damaged(again.warnings()), [3], "{:?}", again.warnings());
    assert!(!again.warnings().iter().any(|w| matches!(w, Warning::SnapshotIgnored { .. })), "{:?}", again.warnings());
}

#[test]
fn a_changed_byte_that_still_parses_is_caught_by_the_snapshot() {
    let data = tempfile::tempdir().unwrap();
    let p = six_answers(data.path());
    let path = log_path(data.path(), &p);
    // The wrong answer on line 4 becomes a right one: `score:0.0` → `score:1.0`, still a record.
    let at = offset_in_line(&fs::read(&path).unwrap(), 4, "score:0.0") + 6;
    flip(&path, at, b'1');
    let study = Study::open(data.path(), &p).unwrap();
    assert!(
        study.warnings().iter().any(|w| matches!(w, Warning::SnapshotIgnored { .. })
            && w.to_string().contains("the first 7 lines of the attempt log")),
        "{:?}",
        study.warnings()
    );
    // Rebuilt from the log as it now reads, not from the stale snapshot.
    assert_eq!(study.history().total.right, 6);
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn with_the_snapshot_lost_stats_and_play_skip_the_damaged_record_and_count_the_rest() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let o = run(d, &["play", "--profile", "Ana", "--kinds", "mc,tf", "--seed", "3", "--count", "5"], &"1\n".repeat(5));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let dir = d.join("profiles").join("ana");
    let path = dir.join("attempts.ron");
    // One byte of the second answer (line 3): the opening quote of its pack id.
    let at = offset_in_line(&fs::read(&path).unwrap(), 3, "pack:\"") + 5;
    let damaged_bytes = flip(&path, at, b'#');
    fs::remove_file(dir.join("snapshot.ron")).unwrap();

    let o = run(d, &["stats", "--profile", "Ana", "--format", "json"], "");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let stats: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert_eq!(stats["attempts"], 4, "every other answer counts");
    let e = text(&o.stderr);
    assert!(e.contains("attempts.ron:3: line 3") && e.contains("skipped") && e.contains("left as it is"), "{e}");
    let o = run(d, &["stats", "--profile", "Ana"], "");
    assert!(o.status.success() && text(&o.stdout).contains("Answers: 4 ("), "{}", text(&o.stdout));
    assert_eq!(fs::read(&path).unwrap(), damaged_bytes, "stats changes nothing");

    let o = run(d, &["play", "--profile", "Ana", "--kinds", "mc,tf", "--seed", "4", "--count", "2"], "1\n1\n");
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).lines().filter(|l| *l == "Saved.").count(), 2, "{}", text(&o.stdout));
    assert!(text(&o.stderr).contains("line 3"), "{}", text(&o.stderr));
    let after = fs::read(&path).unwrap();
    assert!(after.starts_with(&damaged_bytes), "the file is kept; the new answers come after it");
    assert_eq!(after[damaged_bytes.len()..].split(|&b| b == b'\n').filter(|l| !l.is_empty()).count(), 2);
    let (read, warnings) = read_all(&path).unwrap();
    assert_eq!(read.len(), 6);
    assert_eq!(damaged(&warnings), [3]);
    let o = run(d, &["stats", "--profile", "Ana", "--format", "json"], "");
    let stats: serde_json::Value = serde_json::from_str(text(&o.stdout).trim()).unwrap();
    assert_eq!(stats["attempts"], 6);
}

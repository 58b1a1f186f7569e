//! `dossier profile`, `dossier stats` and `dossier play --profile` through the real binary, each test in
//! its own data folder.

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::Value;

mod run;
use run::{err, out, run};

const KINDS: &str = "mc,tf,cloze,short,numeric";

fn stats_json(data: &Path, args: &[&str]) -> Value {
    let mut all = vec!["stats", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(data, &all, "");
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(out(&o).lines().count(), 1, "one object on one line");
    serde_json::from_str(out(&o).trim()).expect("json")
}

fn play(data: &Path, extra: &[&str], answers: usize) -> Output {
    let mut args = vec!["play", "--kinds", KINDS];
    args.extend_from_slice(extra);
    run(data, &args, &"1\n".repeat(answers))
}

#[test]
fn new_commands_have_help() {
    let data = tempfile::tempdir().unwrap();
    for args in [&["profile", "--help"][..], &["profile", "remove", "--help"], &["stats", "--help"]] {
        let o = run(data.path(), args, "");
        assert!(o.status.success() && out(&o).contains("Usage: dossier"), "{args:?}");
    }
    let help = out(&run(data.path(), &["play", "--help"], ""));
    assert!(help.contains("--profile <NAME>") && help.contains("--mode"), "{help}");
}

#[test]
fn profiles_are_listed_added_renamed_and_removed() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert!(out(&run(d, &["profile", "list"], "")).contains("No learners yet"));
    let o = run(d, &["profile", "add", "Ana Kim"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(out(&o), "Added learner \u{201c}Ana Kim\u{201d}.\n");
    let o = run(d, &["profile", "add", "ana kim"], "");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o), "dossier: a learner named \u{201c}ana kim\u{201d} already exists; choose another name.\n");
    run(d, &["profile", "add", "Ben"], "");
    assert!(run(d, &["play", "--profile", "Ben", "--count", "1", "--kinds", KINDS], "1\n").status.success());
    assert_eq!(out(&run(d, &["profile", "list"], "")), "  Ana Kim\n* Ben\n");

    let o = run(d, &["profile", "rename", "ben", "Benjamin"], "");
    assert_eq!(out(&o), "Renamed \u{201c}ben\u{201d} to \u{201c}Benjamin\u{201d}.\n");
    assert_eq!(stats_json(d, &["--profile", "Benjamin"])["attempts"], 1, "the answers follow the rename");

    // Removing asks first; anything but yes keeps the learner.
    let o = run(d, &["profile", "remove", "Benjamin"], "n\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).contains("Remove learner \u{201c}Benjamin\u{201d}?"), "{}", out(&o));
    assert!(err(&o).contains("nothing was removed"));
    let o = run(d, &["profile", "remove", "Benjamin"], "yes\n");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("their data was moved to"), "{}", out(&o));
    let trash: Vec<_> = fs::read_dir(d.join("trash")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(trash.len(), 1);
    assert!(trash[0].join("attempts.ron").is_file());
    assert_eq!(out(&run(d, &["profile", "list"], "")), "  Ana Kim\n");
    let o = run(d, &["profile", "remove", "Ana Kim", "--yes"], "");
    assert!(o.status.success() && out(&o).contains("moved to"), "{}", out(&o));
    assert_eq!(fs::read_dir(d.join("trash")).unwrap().count(), 2);
    assert!(out(&run(d, &["profile", "list"], "")).contains("No learners yet"));

    let o = run(d, &["profile", "remove", "Nobody", "--yes"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("there is no learner named \u{201c}Nobody\u{201d}"), "{}", err(&o));
    let o = run(d, &["profile", "add", "  "], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("cannot be a learner's name"), "{}", err(&o));
}

#[test]
fn play_records_every_answer_and_stats_report_them() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let o = play(d, &["--profile", "Ana", "--seed", "3", "--count", "6"], 6);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("new learner \u{201c}Ana\u{201d}"), "{}", err(&o));
    assert_eq!(out(&o).lines().filter(|l| *l == "Saved.").count(), 6, "{}", out(&o));
    assert!(out(&o).contains("Recorded for Ana. Cards due today: "), "{}", out(&o));
    let log = d.join("profiles").join("ana").join("attempts.ron");
    let text = fs::read_to_string(&log).unwrap();
    assert_eq!(text.lines().count(), 7);
    assert!(text.starts_with("(dossier:\"attempts\",version:1,"), "{text}");
    assert!(text.lines().nth(1).unwrap().contains("pack:\"lee-china-japan\""), "{text}");
    assert!(d.join("profiles").join("ana").join("snapshot.ron").is_file());

    // Without --profile: the last used learner.
    let o = play(d, &["--seed", "4", "--count", "3"], 3);
    assert!(o.status.success() && out(&o).contains("Recorded for Ana."), "{}", out(&o));

    let s = stats_json(d, &[]);
    assert_eq!(s["learner"], "Ana");
    assert_eq!(s["attempts"], 9);
    assert_eq!(s["streak_days"], 1);
    let accuracy = s["accuracy"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&accuracy));
    assert!(s["due_today"].as_u64().unwrap() <= 9);
    let topics = s["per_topic"].as_object().expect("per_topic is an object");
    assert!(!topics.is_empty());
    assert!(topics.values().all(|t| t["attempts"].is_u64() && t["mastery"].is_f64()));
    assert_eq!(s["per_day"].as_array().unwrap().len(), 1);
    assert_eq!(s["forecast"].as_array().unwrap().len(), 14);

    let csv = out(&run(d, &["stats", "--format", "csv"], ""));
    assert!(csv.starts_with("metric,key,value\nattempts,,9\n"), "{csv}");
    let text = out(&run(d, &["stats"], ""));
    assert!(text.starts_with("Progress of Ana on ") && text.contains("Answers: 9 ("), "{text}");
    let o = run(d, &["stats", "--profile", "Zed"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("the learners are: Ana."), "{}", err(&o));
}

#[test]
fn without_any_learner_play_creates_a_default_one_and_stats_show_zeros() {
    let data = tempfile::tempdir().unwrap();
    let s = stats_json(data.path(), &[]);
    assert_eq!(
        (s["attempts"].as_u64(), s["due_today"].as_u64(), s["streak_days"].as_u64()),
        (Some(0), Some(0), Some(0))
    );
    assert!(!data.path().join("profiles.ron").exists(), "stats create nothing");
    let o = play(data.path(), &["--count", "2"], 2);
    assert!(o.status.success() && out(&o).contains("Recorded for Learner."), "{}", out(&o));
    assert_eq!(out(&run(data.path(), &["profile", "list"], "")), "* Learner\n");
}

#[test]
fn review_and_weak_modes_ask_what_the_learner_needs() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let o = play(d, &["--profile", "Ana", "--mode", "review"], 0);
    assert!(o.status.success());
    assert!(out(&o).contains("Nothing is due for review today in any pack."), "{}", out(&o));
    let o = play(d, &["--profile", "Ana", "--mode", "weak"], 0);
    assert!(out(&o).contains("No answers to this pack are recorded yet"), "{}", out(&o));

    // Answer "A" to multiple-choice questions: some wrong, so those cards are due again today.
    let o = run(d, &["play", "--profile", "Ana", "--kinds", "mc", "--count", "8", "--seed", "2"], &"A\n".repeat(8));
    let wrong = out(&o).matches("Wrong.").count();
    assert!(wrong > 0, "{}", out(&o));
    let s = stats_json(d, &[]);
    assert_eq!(s["due_today"].as_u64(), Some(wrong as u64));

    let o = play(d, &["--mode", "review", "--count", "50"], 0);
    assert!(out(&o).contains(&format!(": {wrong} questions")), "{}", out(&o));
    let o = play(d, &["--mode", "weak", "--count", "3"], 3);
    assert!(out(&o).contains(": 3 questions"), "{}", out(&o));
    let log = fs::read_to_string(d.join("profiles").join("ana").join("attempts.ron")).unwrap();
    assert_eq!(log.matches("mode:weak").count(), 3);

    // Exam mode: feedback only at the end.
    let o = run(d, &["play", "--mode", "exam", "--kinds", "tf", "--count", "2"], "T\nT\n");
    let text = out(&o);
    let answers_at = text.find("Answers:").expect("answers at the end");
    assert!(!text[..answers_at].contains("Evidence:"), "{text}");
    assert_eq!(text.matches("Saved.").count(), 2);
}

#[test]
fn an_unreadable_log_is_reported_and_left_untouched() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    play(d, &["--profile", "Ana", "--count", "2"], 2);
    let log = d.join("profiles").join("ana").join("attempts.ron");
    let newer = fs::read_to_string(&log).unwrap().replacen("version:1", "version:7", 1);
    fs::write(&log, &newer).unwrap();
    for args in [&["play", "--profile", "Ana"][..], &["stats", "--profile", "Ana"]] {
        let o = run(d, args, "1\n");
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let e = err(&o);
        assert!(e.contains("written by a newer version of Dossier") && e.contains("left as it is"), "{e}");
        assert_eq!(fs::read_to_string(&log).unwrap(), newer);
    }
    // A torn last record is only a warning.
    let text = newer.replacen("version:7", "version:1", 1) + "(at:1767";
    fs::write(&log, &text).unwrap();
    let o = run(d, &["stats", "--profile", "Ana", "--format", "json"], "");
    assert!(o.status.success());
    assert!(err(&o).contains("warning: ") && err(&o).contains("cut short"), "{}", err(&o));
    assert_eq!(serde_json::from_str::<Value>(out(&o).trim()).unwrap()["attempts"], 2);
}

#[test]
fn review_without_a_pack_asks_what_is_due_in_every_pack() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let packs = d.join("packs");
    fs::create_dir_all(&packs).unwrap();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed");
    fs::copy(here.join("valid.ron"), packs.join("nara.ron")).unwrap();
    fs::copy(here.join("article.txt"), packs.join("article.txt")).unwrap();
    let own = packs.join("nara.ron");
    let own = own.to_str().unwrap();

    // "T" to every true/false question: the false statements are answered wrongly, so they are due today.
    let o = run(d, &["play", "--profile", "Ana", "--kinds", "tf", "--count", "6", "--seed", "3"], &"T\n".repeat(6));
    let wrong_bundled = out(&o).matches("Wrong.").count();
    // Three questions, one per fact of the small pack (its true and false variants are one card).
    let o = run(d, &["play", "--pack", own, "--kinds", "tf", "--count", "3"], &"T\n".repeat(3));
    let wrong_own = out(&o).matches("Wrong.").count();
    assert!(wrong_bundled > 0 && wrong_own > 0, "{wrong_bundled} {wrong_own}");
    assert_eq!(stats_json(d, &[])["due_today"].as_u64(), Some((wrong_bundled + wrong_own) as u64));

    // One review covers both packs, each question labelled with its pack. It asks each card in its other
    // wording — the true statement of the pair — so "T" is right every time: each answer is recorded
    // under its own pack and nothing is left due.
    let total = wrong_bundled + wrong_own;
    let o = run(d, &["play", "--mode", "review", "--count", "50"], &"T\n".repeat(total));
    let text = out(&o);
    assert!(text.contains(&format!("{total} questions from 2 packs")), "{text}");
    assert_eq!(text.matches("Lee Visits Beijing and Nara").count(), wrong_own, "{text}");
    assert_eq!(text.matches("Right.").count(), total, "{text}");
    let log = fs::read_to_string(d.join("profiles").join("ana").join("attempts.ron")).unwrap();
    let reviews: Vec<&str> = log.lines().filter(|l| l.contains("mode:review")).collect();
    assert_eq!(reviews.len(), total);
    assert_eq!(reviews.iter().filter(|l| l.contains("\"malformed-base\"")).count(), wrong_own);
    assert_eq!(stats_json(d, &[])["due_today"].as_u64(), Some(0));

    // With --pack the review stays in that pack.
    let o = run(d, &["play", "--pack", own, "--mode", "review"], "");
    assert!(out(&o).contains("Nothing in this pack is due for review today."), "{}", out(&o));
}

//! Question quality and reported questions through the real binary: `dossier bank --format json` scores
//! every question, quizzes draw better questions first, `dossier flag` keeps a learner's report in their
//! folder, leaves the question out of that learner's quizzes, and `dossier bank --flagged` lists it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use dossier::study::Profiles;
use dossier::study::profiles::profile_dir;
use serde_json::Value;

mod run;
use run::{err, out, run};

fn lines_json(o: &Output) -> Vec<Value> {
    assert!(o.status.success(), "{}", err(o));
    out(o).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

/// The bundled bank's questions as JSON, in order.
fn bank(data: &Path) -> Vec<Value> {
    lines_json(&run(data, &["bank", "--format", "json"], ""))
}

/// The folder of the learner `name` in `data`.
fn folder(data: &Path, name: &str) -> PathBuf {
    let list = Profiles::load(data).expect("the list of learners");
    profile_dir(data, list.find(name).expect("the learner is listed"))
}

/// The prompts `play` asks learner `name` in a practice quiz of every multiple-choice question.
fn played_prompts(data: &Path, name: &str) -> String {
    let answers = "1\n".repeat(200);
    let o = run(data, &["play", "--profile", name, "--kinds", "mc", "--count", "1000", "--seed", "3"], &answers);
    assert!(o.status.success(), "{}", err(&o));
    out(&o)
}

#[test]
fn every_question_of_the_bank_has_a_quality_between_0_and_1() {
    let data = tempfile::tempdir().expect("temporary folder");
    let questions = bank(data.path());
    assert!(questions.len() > 100);
    for q in &questions {
        let s = q["quality"].as_f64().unwrap_or_else(|| panic!("no quality in {q}"));
        assert!((0.0..=1.0).contains(&s), "{s} in {q}");
        assert!(((s * 100.0).round() / 100.0 - s).abs() < 1e-9, "two decimals: {s}");
    }
    // A score that says something: the questions whose answer is a person the article names rank above
    // those whose answer is a phrase (a true/false statement or a long blank).
    let mean = |pick: &dyn Fn(&serde_json::Value) -> bool| {
        let s: Vec<f64> = questions.iter().filter(|q| pick(q)).filter_map(|q| q["quality"].as_f64()).collect();
        assert!(!s.is_empty());
        s.iter().sum::<f64>() / s.len() as f64
    };
    let named = mean(&|q| q["kind"] == "short" && q["answer"] == "Lee Jae Myung");
    let statements = mean(&|q| q["kind"] == "tf");
    assert!(named > statements, "{named} vs {statements}");
}

#[test]
fn quizzes_draw_better_questions_than_the_bank_on_average() {
    let data = tempfile::tempdir().expect("temporary folder");
    let questions = bank(data.path());
    let quality: BTreeMap<String, f64> = questions
        .iter()
        .map(|q| (q["id"].as_str().expect("id").to_string(), q["quality"].as_f64().expect("quality")))
        .collect();
    let bank_mean = quality.values().sum::<f64>() / quality.len() as f64;
    for seed in 1..=10 {
        let quiz = lines_json(&run(data.path(), &["quiz", "--seed", &seed.to_string(), "--format", "json"], ""));
        assert_eq!(quiz.len(), 10);
        let mean = quiz.iter().map(|q| quality[q["id"].as_str().expect("id")]).sum::<f64>() / 10.0;
        assert!(mean >= bank_mean, "seed {seed}: quiz mean {mean:.3} below the bank's {bank_mean:.3}");
    }
}

#[test]
fn a_flag_is_listed_for_the_author_with_its_reason_once() {
    let data = tempfile::tempdir().expect("temporary folder");
    let d = data.path();
    let none = run(d, &["bank", "--flagged"], "");
    assert!(none.status.success(), "{}", err(&none));
    assert!(out(&none).contains("No question of this pack has been reported."), "{}", out(&none));

    let id = "meet-xi.mc.place";
    let o = run(d, &["flag", id, "--reason", "the title is not the article", "--profile", "Mia"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("left out of Mia's quizzes"), "{}", out(&o));
    let again = run(d, &["flag", id, "--reason", "still bad", "--profile", "Mia"], "");
    assert!(again.status.success(), "{}", err(&again));
    assert!(out(&again).contains("already reported"), "{}", out(&again));

    let listed = out(&run(d, &["bank", "--flagged"], ""));
    assert!(listed.contains(&format!("id: {id}")), "{listed}");
    assert!(listed.contains("In which city did South Korean President Lee Jae Myung meet"), "{listed}");
    assert_eq!(listed.matches("reported by Mia: the title is not the article").count(), 1, "{listed}");
    assert!(!listed.contains("still bad"), "{listed}");
    let file = std::fs::read_to_string(folder(d, "Mia").join("flags.ron")).expect("the flags file");
    assert_eq!(file.matches(id).count(), 1, "{file}");
}

#[test]
fn an_unknown_question_id_is_refused_with_a_sentence() {
    let data = tempfile::tempdir().expect("temporary folder");
    let o = run(data.path(), &["flag", "no-such.mc.who", "--reason", "x", "--profile", "Mia"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("there is no question \u{201c}no-such.mc.who\u{201d}"), "{}", err(&o));
    assert!(err(&o).contains("`dossier bank` lists every question with its id."), "{}", err(&o));
}

#[test]
fn a_flagged_question_is_left_out_of_that_learners_quizzes_only() {
    let data = tempfile::tempdir().expect("temporary folder");
    let d = data.path();
    let prompt =
        "In which city did South Korean President Lee Jae Myung meet China's top leader Xi Jinping on January 5?";
    assert!(played_prompts(d, "Mia").contains(prompt));
    let o = run(d, &["flag", "meet-xi.mc.place", "--reason", "vague", "--profile", "Mia"], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(!played_prompts(d, "Mia").contains(prompt), "Mia reported it");
    assert!(played_prompts(d, "Ben").contains(prompt), "Ben did not");
}

#[test]
fn a_flags_file_that_cannot_be_read_is_reported_and_kept() {
    let data = tempfile::tempdir().expect("temporary folder");
    let d = data.path();
    assert!(run(d, &["flag", "meet-xi.mc.place", "--reason", "x", "--profile", "Mia"], "").status.success());
    let path = folder(d, "Mia").join("flags.ron");
    std::fs::write(&path, "(version: 1, flags: [ damaged").expect("damage the file");
    let o = run(d, &["flag", "meet-xi.short.place", "--reason", "y", "--profile", "Mia"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("the report cannot be saved for \u{201c}Mia\u{201d}"), "{}", err(&o));
    assert!(err(&o).contains("The file was left as it is"), "{}", err(&o));
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), "(version: 1, flags: [ damaged");
    // Studying goes on, with a warning; the author's list says whose reports cannot be read.
    let play = run(d, &["play", "--profile", "Mia", "--kinds", "mc", "--count", "1"], "1\n");
    assert!(play.status.success(), "{}", err(&play));
    assert!(err(&play).contains("reported questions are not left out"), "{}", err(&play));
    let listed = run(d, &["bank", "--flagged"], "");
    assert!(err(&listed).contains("the reports of \u{201c}Mia\u{201d} cannot be read"), "{}", err(&listed));
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), "(version: 1, flags: [ damaged");
}

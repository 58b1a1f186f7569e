//! Results back to the teacher through the command line: `dossier play --code CODE --results` saves a
//! student's results file, `dossier gradebook` merges a class's files, and every file that cannot be
//! counted — edited by hand, damaged, of another quiz, a student's second, not a regular file — is said
//! and left out.

use std::fs;
use std::path::Path;

mod run;
use run::{err, out, run};

/// The code of a 5-question quiz of the bundled pack with `seed`.
fn code(data: &Path, seed: &str) -> String {
    let o = run(data, &["quiz", "--seed", seed, "--count", "5", "--kinds", "tf", "--code"], "");
    assert!(o.status.success(), "{}", err(&o));
    let first = out(&o).lines().next().unwrap_or_default().to_string();
    first.split("code ").nth(1).and_then(|r| r.strip_suffix(')')).expect("a code").to_string()
}

/// Student `name` takes the quiz `code` on their own machine, answering `answers`, results into `folder`.
fn take(root: &Path, name: &str, code: &str, answers: &str, folder: &Path) {
    let data = root.join(name);
    let o = run(&data, &["profile", "add", name], "");
    assert!(o.status.success(), "{}", err(&o));
    let o =
        run(&data, &["play", "--code", code, "--profile", name, "--results", folder.to_str().expect("utf-8")], answers);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("Results for the teacher saved to"), "{}", out(&o));
}

#[test]
fn a_class_takes_a_coded_quiz_and_the_gradebook_merges_their_results() {
    let root = tempfile::tempdir().expect("temp dir");
    let folder = root.path().join("results");
    fs::create_dir_all(&folder).expect("folder");
    let c = code(root.path(), "8");
    // The key, from the teacher's copy.
    let key = run(root.path(), &["quiz", "--seed", "8", "--count", "5", "--kinds", "tf", "--format", "json"], "");
    let right: Vec<&str> =
        out(&key).lines().map(|l| if l.contains("\"answer\":\"true\"") { "T" } else { "F" }).collect();
    let flip = |a: &&str| if *a == "T" { "F" } else { "T" };
    let all_right = format!("{}\n", right.join("\n"));
    let all_wrong = format!("{}\n", right.iter().map(flip).collect::<Vec<_>>().join("\n"));
    let first_two =
        format!("{}\n{}\n{}\n", right[0], right[1], right[2..].iter().map(flip).collect::<Vec<_>>().join("\n"));
    take(root.path(), "Ann", &c, &all_right, &folder);
    take(root.path(), "Bo", &c, &all_wrong, &folder);
    take(root.path(), "Cy", &c, &first_two, &folder);
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8")], "");
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    assert!(text.contains(&format!("quiz {c}")), "{text}");
    assert!(text.contains("3 students, class mean 47%"), "(5 + 0 + 2) / 15: {text}");
    let ann = text.lines().find(|l| l.trim_start().starts_with("Ann")).expect("Ann's line");
    assert!(ann.contains("5 / 5") && ann.contains("100%"), "{ann}");
    // Question 1: Ann and Cy right; the upper 27 % (Ann) 1, the lower (Bo) 0.
    let q1 = text.lines().find(|l| l.trim_start().starts_with("1. facility")).expect("question 1");
    assert!(q1.contains("facility 0.67") && q1.contains("discrimination +1.00"), "{q1}");
    // Question 3: only Ann right, and two gave the same wrong verdict.
    let wrong = if right[2] == "T" { "false" } else { "true" };
    assert!(text.contains(&format!("wrong answers: \u{201c}{wrong}\u{201d} ×2")), "{text}");
    // CSV and HTML carry the same figures.
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8"), "--format", "csv"], "");
    assert!(out(&o).contains("\"student\",\"Ann\",\"5\",\"5\",\"100\""), "{}", out(&o));
    assert!(out(&o).contains("\"question\",\"1\","), "{}", out(&o));
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8"), "--format", "html"], "");
    let page = out(&o);
    assert!(page.starts_with("<!DOCTYPE html>") && !page.contains("<script"), "{page}");
    assert!(page.contains("<td>Ann</td>"), "{page}");
}

#[test]
fn files_that_cannot_be_counted_are_said_and_left_out() {
    let root = tempfile::tempdir().expect("temp dir");
    let folder = root.path().join("results");
    fs::create_dir_all(&folder).expect("folder");
    let c = code(root.path(), "21");
    let other = code(root.path(), "22");
    take(root.path(), "Ann", &c, "T\nT\nT\nT\nT\n", &folder);
    take(root.path(), "Bo", &c, "F\nF\nF\nF\nF\n", &folder);
    take(root.path(), "Di", &other, "T\nT\nT\nT\nT\n", &folder);
    // Bo raises a score by hand.
    let bo = fs::read_dir(&folder)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("/bo-"))
        .expect("Bo's file");
    let text = fs::read_to_string(&bo).expect("read");
    fs::write(&bo, text.replacen("score: 0.0", "score: 1.0", 1)).expect("edit");
    // Ann's file saved twice (a copy), a damaged file, and something that is not a file.
    let ann = fs::read_dir(&folder)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("/ann-"))
        .expect("Ann's file");
    fs::copy(&ann, folder.join("ann-copy.dossier-results.ron")).expect("copy");
    let whole = fs::read_to_string(&ann).expect("read");
    fs::write(folder.join("torn.dossier-results.ron"), &whole[..whole.len() / 2]).expect("write");
    fs::create_dir_all(folder.join("odd.dossier-results.ron")).expect("a folder with a results name");
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8")], "");
    assert!(o.status.success(), "{}", err(&o));
    let said = err(&o);
    assert!(
        said.contains("bo-") && said.contains("checksum does not match), so it is not counted; left out."),
        "{said}"
    );
    assert!(said.contains("di-") && said.contains(&format!("is for the quiz {other}, not this one")), "{said}");
    assert!(said.contains("ann-copy.dossier-results.ron: is a second file of Ann"), "{said}");
    assert!(said.contains("torn.dossier-results.ron: is not a Dossier results file, or is damaged: line"), "{said}");
    assert!(said.contains("odd.dossier-results.ron: is not a regular file"), "{said}");
    assert!(out(&o).contains("1 student, class mean"), "only Ann counts: {}", out(&o));
    // Asked for the other code: only Di.
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8"), "--code", &other.to_lowercase()], "");
    assert!(out(&o).contains("Di "), "{}", out(&o));
    // Nothing usable: exit 1 with a sentence.
    let o = run(root.path(), &["gradebook", folder.join("torn.dossier-results.ron").to_str().expect("utf-8")], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("no results file could be used"), "{}", err(&o));
}

#[test]
fn results_need_a_code_and_a_folder_that_exists() {
    let root = tempfile::tempdir().expect("temp dir");
    let o = run(root.path(), &["play", "--results", "x.ron", "--count", "1"], "T\n");
    assert_eq!(o.status.code(), Some(2), "--results belongs to --code: {}", err(&o));
    let c = code(root.path(), "3");
    let missing = root.path().join("no/such/folder/r.ron");
    let o = run(root.path(), &["play", "--code", &c, "--results", missing.to_str().expect("utf-8")], "T\nT\nT\nT\nT\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("there is no such folder"), "{}", err(&o));
    assert!(!out(&o).contains("Question 1"), "said before the quiz starts, not after: {}", out(&o));
    assert!(!root.path().join("no").exists());
}

/// A results file written by Dossier before the reader compared bytes (kept as it was written), read by
/// today's reader.
const WRITTEN_BEFORE: &str = r#"(
    dossier: "results",
    version: 1,
    student: "Learner",
    code: "LEE-1MCR-GJ82-W0W",
    pack: "lee-china-japan",
    title: "A Balancing Act: South Korean President Lee Visits Both China and Japan",
    app: "0.1.0",
    finished: 1796047885,
    items: [
        (
            question: "history-security-friction.tf.true",
            kind: "tf",
            prompt: "Relations among South Korea, China and Japan often suffer friction from issues related to history and security.",
            answer: "true",
            key: "true",
            score: 1.0,
            seconds: 0.0,
        ),
        (
            question: "visit-japan.mc.destination",
            kind: "mc",
            prompt: "Which country did South Korean President Lee Jae Myung visit on January 12?",
            answer: "",
            key: "Japan",
            score: 0.0,
            seconds: 0.0,
        ),
        (
            question: "visit-china.mc.date",
            kind: "mc",
            prompt: "On what date did South Korean President Lee Jae Myung visit China?",
            answer: "",
            key: "January 5",
            score: 0.0,
            seconds: 0.0,
        ),
    ],
    checksum: "5276975128ac7007",
)
"#;

#[test]
fn a_results_file_written_before_still_counts_and_a_changed_space_is_caught() {
    let root = tempfile::tempdir().expect("temp dir");
    let folder = root.path().join("results");
    fs::create_dir_all(&folder).expect("folder");
    let r = dossier::study::results::parse(WRITTEN_BEFORE).expect("an earlier file reads");
    assert!(r.intact(), "its checksum still matches");
    // Copied through Windows: \r\n line ends read the same.
    assert_eq!(dossier::study::results::parse(&WRITTEN_BEFORE.replace('\n', "\r\n")), Ok(r.clone()));
    fs::write(folder.join("learner.dossier-results.ron"), WRITTEN_BEFORE).expect("write");
    // The same file with one byte changed in a way that keeps every value: a space, and 1e0 for 1.0.
    let spaced = WRITTEN_BEFORE.replacen("kind: \"tf\"", "kind:\t\"tf\"", 1);
    let exponent = WRITTEN_BEFORE.replacen("score: 1.0", "score: 1e0", 1);
    for (name, text) in [("spaced", &spaced), ("exponent", &exponent)] {
        assert_ne!(text, WRITTEN_BEFORE);
        let edited = dossier::study::results::parse(text);
        assert!(edited.is_err(), "{name}: {edited:?}");
        fs::write(folder.join(format!("{name}.dossier-results.ron")), text).expect("write");
    }
    let o = run(root.path(), &["gradebook", folder.to_str().expect("utf-8")], "");
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("1 student, class mean"), "only the file as written counts: {}", out(&o));
    assert!(out(&o).contains("Learner"), "{}", out(&o));
    for name in ["spaced", "exponent"] {
        assert!(
            err(&o).contains(&format!(
                "{name}.dossier-results.ron: is not as Dossier wrote it (a space, a line or a number's form was \
                 changed), so it was edited or damaged"
            )),
            "{}",
            err(&o)
        );
    }
}

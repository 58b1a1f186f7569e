//! `dossier check --explain` and the checks of the questions a sheet yields, through the real binary.

use std::path::Path;
use std::process::{Command, Output};

fn dossier(args: &[&str]) -> Output {
    let data = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("DOSSIER_DATA_DIR", data.path())
        .output()
        .expect("dossier runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const ARTICLE: &str = "Leaders at Camp David\n\nThe three leaders met at Camp David in Maryland on August 18.\n\n\
                       Biden met Yoon there. Biden met Kishida there.\n\nThe summit was a success.\n\n\
                       He hosted the summit.\n";

const ENTITIES: &str = r#"(id: "biden", kind: Person, name: "Joe Biden", aliases: ["Biden"]),
        (id: "yoon", kind: Person, name: "Yoon Suk Yeol", aliases: ["Yoon"]),
        (id: "kishida", kind: Person, name: "Fumio Kishida", aliases: ["Kishida"]),
        (id: "camp-david", kind: Place, name: "Camp David", within: "maryland"),
        (id: "maryland", kind: Place, name: "Maryland"),"#;

/// Writes a version-2 sheet with `facts` and the article above into `dir`; returns the sheet's path.
fn sheet(dir: &Path, facts: &str) -> String {
    std::fs::write(dir.join("a.txt"), ARTICLE).expect("write the article");
    let text = format!(
        "(version: 2, id: \"camp\", title: \"Camp David\", source: \"test\", article: \"a.txt\",\n    topics: [(id: \
         \"d\", name: \"Diplomacy\")],\n    entities: [\n        {ENTITIES}\n    ],\n    facts: [\n{facts}\n    ],\n)\n"
    );
    let path = dir.join("camp.ron");
    std::fs::write(&path, text).expect("write the sheet");
    path.display().to_string()
}

#[test]
fn explain_lists_each_fact_in_file_order_with_its_questions() {
    let o = dossier(&["check", "--explain", "quizzes/nk-war.ron"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("quizzes/nk-war.ron: ok ("), "the usual line comes first: {}", lines[0]);
    // The line of the fact's id (the Phrase entity of the same id comes first), read from the sheet as it is today.
    let sheet = std::fs::read_to_string("quizzes/nk-war.ron").expect("the bundled sheet");
    let lines_of: Vec<&str> = sheet.lines().collect();
    let line = 1 + lines_of.iter().rposition(|l| l.trim() == "id: \"quasi-state-of-war\",").expect("the fact");
    assert_eq!(
        lines[1],
        format!("quizzes/nk-war.ron:{line}: fact \"quasi-state-of-war\" (Stance) yields 2 questions:"),
        "{out}"
    );
    // "Which country has told its military to prepare a “quasi-state of war”? → North Korea" is not asked: the
    // title ("North Korea puts military in 'quasi-state of war'") answers it (session 12).
    assert_eq!(lines[2], "    tf      North Korea has told its military to prepare a “quasi-state of war”. → True");
    // Every fact of the sheet, once, in file order.
    let heads: Vec<&str> = lines.iter().filter(|l| l.contains(": fact \"")).copied().collect();
    assert!(lines[0].contains(&format!(" {} facts, ", heads.len())), "one head per fact: {out}");
    let at: Vec<usize> =
        heads.iter().map(|h| h.split(':').nth(1).and_then(|n| n.parse().ok()).expect("a line number")).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "facts in file order: {at:?}");
    assert!(lines.iter().filter(|l| l.starts_with("    ")).all(|l| l.contains(" → ")), "{out}");
}

#[test]
fn explain_says_why_a_fact_yields_no_question() {
    let o = dossier(&["check", "--explain", "tests/malformed/barren-fact.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "tests/malformed/barren-fact.ron:43: fact \"strained\" (Event) yields no question: an Event with neither \
             `place` nor `date` only says that it happened"
        ),
        "{out}"
    );
    assert!(out.contains("tests/malformed/barren-fact.ron:25: fact \"meet-xi\" (Meeting) yields "), "{out}");
}

#[test]
fn two_meetings_for_one_summit_are_refused_for_their_conflicting_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let facts = r#"        (id: "a", topics: ["d"], evidence: "Biden met Yoon there.", claim: Meeting(who: "biden", whom: "yoon")),
        (id: "b", topics: ["d"], evidence: "Biden met Kishida there.", claim: Meeting(who: "biden", whom: "kishida")),"#;
    let path = sheet(dir.path(), facts);
    let o = dossier(&["check", &path]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(!out.contains(": ok ("), "a refused sheet has no ok line: {out}");
    let want = format!(
        "{path}:12:14: the question “Whom did Joe Biden meet?” of fact \"b\" is keyed “Fumio Kishida”, but fact \"a\" \
         asks the same and keys “Yoon Suk Yeol”"
    );
    assert!(out.contains(&want), "{out}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("in 1 fact sheet."));
}

#[test]
fn an_answer_its_evidence_never_names_is_a_warning_after_the_ok_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let facts = r#"        (id: "met", topics: ["d"], evidence: "The three leaders met at Camp David in Maryland on August 18.", claim: Summit(participants: ["biden", "yoon", "kishida"], place: "camp-david", date: "August 18")),
        (id: "host", topics: ["d"], evidence: "He hosted the summit.", claim: Statement(speaker: "biden", said: "hosted the summit")),"#;
    let path = sheet(dir.path(), facts);
    let o = dossier(&["check", &path]);
    assert_eq!(o.status.code(), Some(0), "a warning never refuses the sheet: {}", stdout(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with(&format!("{path}: ok (")), "{out}");
    assert!(
        lines.iter().any(|l| l.starts_with(&format!("{path}:12:14: warning: question host.short.subject asks"))
            && l.contains("names “Joe Biden” or “Biden”")),
        "{out}"
    );
}

#[test]
fn the_bundled_packs_pass_the_question_checks() {
    let o = dossier(&["check"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 4, "four ok lines, no finding: {out}");
}

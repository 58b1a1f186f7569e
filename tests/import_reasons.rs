//! Reasons and what a statement says (sentences written for this test): a reason the sentence states after
//! an explicit link is drafted as a Reason whose parts are the article's words, checked clean, told as a
//! true statement and asked as a blank over a short reason, graded as typed; what a speaker said should be
//! done is asked as a blank over its object. Hedged, negated and pointing reasons are not drafted. A Reason
//! needs version 2, and the checker refuses one whose words the evidence does not hold.

use dossier::generate::Bank;
use dossier::grade::grade;
use dossier::import::{self, Draft, Options};
use dossier::pack::{Claim, Pack};
use dossier::question::{Body, Question, QuestionKind, Response};

const ARTICLE: &str = "Norway and Iceland resume fishing talks

Friday, March 6, 2026

The Norwegian fisheries minister Ola Brekke cancelled his trip to Reykjavik because of a violent storm.

Relations between Norway and Iceland soured over a disputed mackerel quota.

Icelandic envoys held talks in Oslo on Thursday to finalize details of a new fishing agreement.

Brekke said both sides should respect the scientific advice.

The ferry company did not cancel the crossing because of the storm.

The harbour was closed partly because of the strike.

Iceland recalled its ambassador in protest at that decision.
";

fn draft() -> Draft {
    import::draft(ARTICLE.as_bytes(), "reasons.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

fn typed(q: &Question, answer: &str) -> bool {
    grade(q, &Response::Text(answer.to_string())).is_right()
}

fn reasons(d: &Draft) -> Vec<(String, String, String)> {
    d.sheet
        .facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Reason { act, link, why } => Some((act.clone(), link.clone(), why.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn stated_reasons_are_drafted_with_the_articles_words_and_nothing_hedged_or_negated() {
    let d = draft();
    let got = reasons(&d);
    let want = [
        (
            "The Norwegian fisheries minister Ola Brekke cancelled his trip to Reykjavik",
            "because of",
            "a violent storm",
        ),
        ("Relations between Norway and Iceland soured", "over", "a disputed mackerel quota"),
        ("Icelandic envoys held talks in Oslo on Thursday", "to", "finalize details of a new fishing agreement"),
    ];
    for (act, link, why) in want {
        assert!(
            got.iter().any(|(a, l, w)| a == act && l == link && w == why),
            "missing {act} / {link} / {why}: {got:#?}"
        );
    }
    // Not the negated, the hedged or the pointing one.
    assert_eq!(got.len(), 3, "{got:#?}");
}

#[test]
fn a_short_reason_is_asked_as_a_blank_and_graded_as_typed() {
    let d = draft();
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    let blank = qs
        .iter()
        .find(|q| q.kind == QuestionKind::Cloze && q.prompt.contains("soured over _____"))
        .unwrap_or_else(|| panic!("no blank over the reason: {prompts:#?}"));
    assert!(typed(blank, "a disputed mackerel quota") && typed(blank, "disputed mackerel quota"), "{}", blank.prompt);
    assert!(!typed(blank, "a violent storm"), "{}", blank.prompt);
    // The reason is told as a true statement, with no false version: the article states no other reason.
    let told = "Relations between Norway and Iceland soured over a disputed mackerel quota.";
    let tf: Vec<&Question> = qs.iter().filter(|q| q.kind == QuestionKind::Tf && q.prompt == told).collect();
    assert_eq!(tf.len(), 1, "{prompts:#?}");
    assert!(matches!(tf[0].body, Body::TrueFalse { answer: true }));
    assert!(
        !qs.iter().any(|q| q.kind == QuestionKind::Tf && q.prompt.contains("soured over") && q.prompt != told),
        "{prompts:#?}"
    );
    // What the minister said should be done: a blank over its object.
    let said = qs
        .iter()
        .find(|q| q.kind == QuestionKind::Cloze && q.prompt.ends_with("should respect _____."))
        .unwrap_or_else(|| panic!("no blank over what was said: {prompts:#?}"));
    assert!(typed(said, "the scientific advice"), "{}", said.prompt);
}

#[test]
fn the_draft_with_reasons_passes_dossier_check_and_a_wrong_reason_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = draft();
    assert!(d.ron.contains("Reason("), "{}", d.ron);
    let saved = import::save(&d, dir.path(), false).expect("the draft is saved");
    let check = |path: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .arg("check")
            .arg(path)
            .env("DOSSIER_DATA_DIR", dir.path())
            .output()
            .expect("dossier runs")
    };
    let out = check(&saved.sheet);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    // A reason the evidence does not state word for word is refused at its slot.
    let ron = std::fs::read_to_string(&saved.sheet).expect("the sheet reads");
    let wrong = ron.replacen("why: \"a violent storm\"", "why: \"a heavy storm\"", 1);
    assert_ne!(wrong, ron);
    std::fs::write(&saved.sheet, wrong).expect("the sheet is written");
    let out = check(&saved.sheet);
    let said = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && said.contains("word for word"), "{said}");
    // A Reason in a version-1 sheet needs version 2.
    let v1 = ron.replacen("version: 2", "version: 1", 1).replacen("    dateline:", "    // dateline:", 1);
    std::fs::write(&saved.sheet, v1).expect("the sheet is written");
    let out = check(&saved.sheet);
    let said = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && said.contains("a Reason, which needs `version: 2`"), "{said}");
}

//! Sentences no pattern reads, on an article written for these tests: a body sentence about a named party
//! that no other drafted fact takes as evidence becomes a version-2 Passage, asked only as blanks over the
//! names it writes (never true/false, never multiple choice); a sheet that writes one wrongly is refused.

use dossier::generate::Bank;
use dossier::import::{self, Draft, Options};
use dossier::pack::{Claim, Pack, ProblemKind};
use dossier::question::{Question, QuestionKind};

const ARTICLE: &str = "Fishing quotas divide the north

Tuesday, March 10, 2015

Norway has promised to pay for a new research vessel to be built by the Icelandic coast guard.

The move angered Denmark, whose fleet had hoped for a share of the vessel's catch data.

Iceland was under Danish rule between 1814 and 1918, and the memory still shapes its fishing policy.

Will Norway send its own inspectors to the Icelandic ports before the season opens in May?
";

fn draft(text: &str) -> Draft {
    import::draft(text.as_bytes(), "passage.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

#[test]
fn a_sentence_no_pattern_reads_is_asked_as_blanks_over_its_names() {
    let d = draft(ARTICLE);
    let passages: Vec<&str> = d
        .sheet
        .facts
        .iter()
        .filter(|f| matches!(f.claim, Claim::Passage { .. }))
        .map(|f| f.evidence.as_str())
        .collect();
    assert!(
        passages.contains(
            &"Iceland was under Danish rule between 1814 and 1918, and the memory still shapes its fishing policy."
        ),
        "{passages:?}"
    );
    // A sentence another pattern reads is left to it ("Norway has promised …" is Norway's stance).
    assert!(!passages.iter().any(|p| p.starts_with("Norway has promised")), "{passages:?}");
    // "The move" points outside its sentence; a question is no statement.
    assert!(!passages.iter().any(|p| p.starts_with("The move") || p.ends_with('?')), "{passages:?}");
    let qs = questions(&d);
    let ids: Vec<String> =
        d.sheet.facts.iter().filter(|f| matches!(f.claim, Claim::Passage { .. })).map(|f| f.id.clone()).collect();
    let of_passages: Vec<&Question> = qs.iter().filter(|q| q.facts.iter().any(|f| ids.contains(f))).collect();
    assert!(
        of_passages.iter().any(|q| q.prompt.contains("_____ was under Danish rule") && q.answer_text() == "Iceland"),
        "{:?}",
        of_passages.iter().map(|q| &q.prompt).collect::<Vec<_>>()
    );
    assert!(of_passages.iter().all(|q| q.kind == QuestionKind::Cloze), "only blanks ask a Passage");
}

fn sheet(version: u32, names: &str) -> String {
    format!(
        r#"(version: {version}, id: "t", title: "T", source: "S", article: "t.txt",
    entities: [(id: "norway", kind: Country, name: "Norway"), (id: "denmark", kind: Country, name: "Denmark")],
    facts: [(id: "p", evidence: "Norway has promised to pay for a new vessel.", claim: Passage(names: [{names}]))])"#
    )
}

fn problems(src: &str) -> Vec<(ProblemKind, String)> {
    match Pack::from_sources("t.ron", src, "Norway has promised to pay for a new vessel.", None) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.into_iter().map(|p| (p.kind, p.message)).collect(),
    }
}

#[test]
fn a_passage_is_a_version_2_claim_naming_only_what_its_sentence_writes() {
    assert_eq!(problems(&sheet(2, r#""norway""#)), Vec::new());
    let absent = problems(&sheet(2, r#""norway", "denmark""#));
    assert!(absent.iter().any(|(k, m)| *k == ProblemKind::Unsupported && m.contains("denmark")), "{absent:?}");
    let v1 = problems(&sheet(1, r#""norway""#));
    assert!(v1.iter().any(|(k, m)| *k == ProblemKind::Version && m.contains("a Passage")), "{v1:?}");
}

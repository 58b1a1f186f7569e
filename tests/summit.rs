//! Summits, agenda items, agreements of several parties and places inside places (issue 12), on the small
//! version-2 sheet `tests/packs/summit-v2.ron`.

use std::collections::BTreeMap;
use std::path::Path;

use dossier::generate::Bank;
use dossier::grade::grade;
use dossier::question::{Body, Question, QuestionKind, Response};

fn bank() -> Bank {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/summit-v2.ron");
    Bank::load(&path).expect("the summit test sheet loads and checks clean")
}

fn find<'b>(bank: &'b Bank, id: &str) -> &'b Question {
    bank.questions.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"))
}

fn answer(q: &Question) -> String {
    q.answer_text()
}

#[test]
fn a_summit_asks_who_hosted_where_and_when_it_was_held() {
    let bank = bank();
    let host = find(&bank, "camp-david-summit.short.host");
    assert_eq!(host.prompt, "Who hosted the trilateral summit?");
    assert_eq!(answer(host), "Joe Biden");
    let place = find(&bank, "camp-david-summit.short.place");
    assert_eq!(place.prompt, "Where was the trilateral summit held?");
    assert_eq!(answer(place), "Camp David");
    assert_eq!(find(&bank, "camp-david-summit.short.date").prompt, "On what date was the trilateral summit held?");
    assert!(!find(&bank, "camp-david-summit.tf.host-false").prompt.starts_with("Joe Biden"));
}

#[test]
fn a_non_participant_is_said_to_attend_only_when_the_article_counts_the_participants() {
    let bank = bank();
    let absent = find(&bank, "camp-david-summit.tf.absent");
    assert_eq!(absent.prompt, "Xi Jinping attended the trilateral summit.");
    assert_eq!(absent.body, Body::TrueFalse { answer: false });
    assert!(dossier::generate::summit::complete("The three leaders met", 3));
    assert!(!dossier::generate::summit::complete("The leaders met", 3));
    assert!(!dossier::generate::summit::complete("The two leaders met", 3));
}

#[test]
fn no_two_questions_share_a_stem_with_different_answers() {
    let bank = bank();
    let mut by_stem: BTreeMap<(QuestionKind, &str), String> = BTreeMap::new();
    for q in &bank.questions {
        if let Some(other) = by_stem.insert((q.kind, q.prompt.as_str()), answer(q)) {
            assert_eq!(other, answer(q), "two answers to “{}”", q.prompt);
        }
    }
}

#[test]
fn a_place_containing_the_answer_is_never_a_distractor_nor_a_false_statement() {
    let bank = bank();
    for q in bank.questions.iter().filter(|q| q.facts == ["camp-david-summit"]) {
        if let Body::Choice { options, .. } = &q.body {
            assert!(!options.iter().any(|o| o == "Maryland" || o == "the United States"), "{}: {options:?}", q.id);
        }
        if q.body == (Body::TrueFalse { answer: false }) {
            assert!(!q.prompt.contains("Maryland"), "{}", q.prompt);
        }
    }
    let lie = find(&bank, "camp-david-summit.tf.false");
    assert_eq!(lie.prompt, "Joe Biden, Yoon Suk Yeol and Fumio Kishida met in the Blue House on August 18.");
}

#[test]
fn typing_the_containing_state_for_where_earns_half_with_a_note() {
    let bank = bank();
    let place = find(&bank, "camp-david-summit.short.place");
    let g = grade(place, &Response::Text("Maryland".to_string()));
    assert!((g.score - 0.5).abs() < 1e-9, "{g:?}");
    assert_eq!(g.note.as_deref(), Some("Camp David is in Maryland — be more precise."));
    let g = grade(place, &Response::Text("the United States".to_string()));
    assert!((g.score - 0.5).abs() < 1e-9, "{g:?}");
    assert!((grade(place, &Response::Text("Camp David".to_string())).score - 1.0).abs() < 1e-9);
    assert!(grade(place, &Response::Text("Seoul".to_string())).score < 1e-9);
}

#[test]
fn agreements_ask_what_was_agreed_and_who_agreed() {
    let bank = bank();
    let what = find(&bank, "share-data.mc.what");
    assert_eq!(what.prompt, "What did the United States, South Korea and Japan agree to do?");
    let Body::Choice { options, correct } = &what.body else { panic!("a choice") };
    assert_eq!(options[*correct], "to share missile warning data in real time");
    assert_eq!(options.len(), 3);
    // South Korea and Japan agreed with the US to share data too: that is not a wrong answer for them.
    assert!(bank.questions.iter().all(|q| q.id != "shuttle-diplomacy.mc.what"));
    let who = find(&bank, "share-data.short.parties");
    assert_eq!(
        who.prompt,
        "Which country agreed with the United States and South Korea to share missile warning data in real time?"
    );
    assert_eq!(answer(who), "Japan");
    // The false version swaps the date only for one the article gives elsewhere.
    assert_eq!(
        find(&bank, "shuttle-diplomacy.tf.false").prompt,
        "South Korea and Japan agreed to resume shuttle diplomacy on May 21."
    );
}

#[test]
fn an_agenda_asks_which_issue_was_on_it_among_issues_that_were_not() {
    let bank = bank();
    let mc = find(&bank, "economic-security-agenda.mc.items");
    assert_eq!(mc.prompt, "Which issue was on the agenda of the trilateral summit?");
    let Body::Choice { options, correct } = &mc.body else { panic!("a choice") };
    assert_eq!(options[*correct], "economic security");
    assert!(!options.contains(&"supply chains".to_string()), "{options:?}");
    // One such question per event, and no false statement of an agenda.
    assert!(bank.questions.iter().all(|q| q.id != "supply-chains-agenda.mc.items"));
    assert!(bank.questions.iter().all(|q| !q.id.ends_with("agenda.tf.false")));
    assert_eq!(
        find(&bank, "supply-chains-agenda.tf.true").prompt,
        "Supply chains were on the agenda of the trilateral summit."
    );
}

#[test]
fn a_version_1_sheet_using_version_2_parts_is_refused() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/summit-v2.ron");
    let source = std::fs::read_to_string(&path).expect("read the sheet");
    let article = std::fs::read_to_string(path.with_file_name("summit-v2.txt")).expect("read the article");
    let v1 = source.replacen("version: 2", "version: 1", 1);
    let problems = match Bank::from_sources("summit-v1.ron", &v1, &article, None) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    };
    assert!(!problems.is_empty());
    assert!(problems.iter().all(|p| p.kind == dossier::pack::ProblemKind::Version), "{problems:?}");
    assert!(problems.iter().any(|p| p.message.contains("uses a Summit, which needs `version: 2`")), "{problems:?}");
}

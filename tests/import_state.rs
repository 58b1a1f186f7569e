//! Drafting families of issue 13 on sentences written for these tests: a state that has lasted since a date
//! ("the talks have been stalled since February"), drafted as a version-2 State, checked clean, asked "Since
//! when …?" and graded by the date grader; a sheet that writes a State wrongly is told how to fix it.

use dossier::generate::Bank;
use dossier::grade::grade;
use dossier::import::{self, Draft, Options};
use dossier::pack::{Claim, Pack, ProblemKind};
use dossier::question::{Question, QuestionKind, Response};

const SINCE: &str = "Fishing talks to resume

Tuesday, March 10, 2015

Officials of Norway and Iceland said on Monday that the high-level talks have been stalled since February.

The two ministers will meet in Oslo next week, according to the Norwegian foreign ministry.

Icelandic Prime Minister Sigrun Olafsdottir has led the coalition since 2013.

The ferry line between the two islands, which has been closed since last year, will reopen in April.

The border crossing at Hvalfjord has been closed since late 2008.

Officials said the talks have not been held since 2011, and the quotas have never been published since.
";

fn draft(text: &str) -> Draft {
    import::draft(text.as_bytes(), "since.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

fn typed(q: &Question, answer: &str) -> bool {
    grade(q, &Response::Text(answer.to_string())).is_right()
}

#[test]
fn a_state_since_a_date_is_drafted_asked_since_when_and_graded_by_its_start() {
    let d = draft(SINCE);
    let states: Vec<(&str, &str, &str)> = d
        .sheet
        .facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::State { what, state, date } => Some((what.as_str(), state.as_str(), date.as_str())),
            _ => None,
        })
        .collect();
    assert!(states.contains(&("Sigrun Olafsdottir", "has led the coalition", "since 2013")), "{states:?}");
    assert!(
        states.contains(&("the ferry line between the two islands", "has been closed", "since last year")),
        "{states:?}"
    );
    // A report's clause ("said the talks have been …") and a negated state are not drafted.
    assert!(!states.iter().any(|(what, ..)| what.contains("talks")), "{states:?}");
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    let led = qs
        .iter()
        .find(|q| q.kind == QuestionKind::Short && q.prompt == "Since when has Sigrun Olafsdottir led the coalition?")
        .unwrap_or_else(|| panic!("asked: {prompts:#?}"));
    assert!(typed(led, "2013") && typed(led, "since 2013") && typed(led, "in 2013"), "the start is the answer");
    assert!(!typed(led, "2012") && !typed(led, "since 2014"));
    assert!(prompts.contains(&"Since when has the ferry line between the two islands been closed?"), "{prompts:#?}");
    // A part of a year is kept as written; the bare year earns part of the credit.
    let border = qs
        .iter()
        .find(|q| q.kind == QuestionKind::Short && q.prompt.starts_with("Since when has the border crossing"))
        .unwrap_or_else(|| panic!("asked: {prompts:#?}"));
    assert!(typed(border, "late 2008") && typed(border, "since late 2008"), "{}", border.prompt);
    let year_only = grade(border, &Response::Text("2008".to_string()));
    assert!(year_only.score > 0.0 && year_only.score < 1.0, "{year_only:?}");
    assert!(!typed(border, "early 2008") && grade(border, &Response::Text("2009".into())).score == 0.0);
    // No false version: a later start is true of a state that lasts.
    assert!(!qs.iter().any(|q| q.kind == QuestionKind::Tf && q.id.starts_with("since-") && q.id.contains("tf.false")));
}

#[test]
fn the_draft_with_states_passes_dossier_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saved = import::save(&draft(SINCE), dir.path(), false).expect("the draft is saved");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("check")
        .arg(&saved.sheet)
        .env("DOSSIER_DATA_DIR", dir.path())
        .output()
        .expect("dossier runs");
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

const ARTICLE: &str = "Kim has led the party since 2011. Kim has led the party in 2011.";

fn sheet(version: u32, date: &str, evidence: &str) -> String {
    format!(
        r#"(version: {version}, id: "t", title: "T", source: "S", article: "t.txt",
    entities: [(id: "kim", kind: Person, name: "Kim")],
    facts: [(id: "led", evidence: "{evidence}",
        claim: State(what: "Kim", state: "has led the party", date: "{date}"))])"#
    )
}

fn problems(src: &str) -> Vec<(ProblemKind, String)> {
    match Pack::from_sources("t.ron", src, ARTICLE, None) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.into_iter().map(|p| (p.kind, p.message)).collect(),
    }
}

#[test]
fn a_state_is_checked_as_a_version_2_claim_whose_date_is_a_start() {
    assert_eq!(problems(&sheet(2, "since 2011", "Kim has led the party since 2011.")), Vec::new());
    let in_year = problems(&sheet(2, "in 2011", "Kim has led the party in 2011."));
    assert!(in_year.iter().any(|(k, m)| *k == ProblemKind::BadDate && m.contains("with \"since\"")), "{in_year:?}");
    let v1 = problems(&sheet(1, "since 2011", "Kim has led the party since 2011."));
    assert!(v1.iter().any(|(k, m)| *k == ProblemKind::Version && m.contains("a State")), "{v1:?}");
}

const DATED_ROLES: &str = "Old leaders in the news

Tuesday, March 10, 2015

Relations soured over former Japanese Prime Minister Kenji Mori's visits to the Yasukuni Shrine.

Former South Korean President Park Min-jun met Chinese Foreign Minister Wang Yi in Seoul on Monday.

Wang Yi met outgoing Japanese Foreign Minister Taro Kono in Tokyo on Tuesday.

The two men talked about trade and the state of the economy, and they said that they would meet again when the
time was right for both of their governments.
";

#[test]
fn a_role_keeps_the_word_that_dates_it_and_drafts_no_present_office() {
    let d = draft(DATED_ROLES);
    let role = |name: &str| d.sheet.entities.iter().find(|e| e.name == name).and_then(|e| e.role.clone());
    assert_eq!(role("Kenji Mori").as_deref(), Some("former Japanese Prime Minister"), "{}", d.ron);
    assert_eq!(role("Park Min-jun").as_deref(), Some("former South Korean President"), "{}", d.ron);
    assert_eq!(role("Taro Kono").as_deref(), Some("outgoing Japanese Foreign Minister"), "{}", d.ron);
    // No Identity names the office without the word that dates it, nor asks who "the former …" is.
    for f in &d.sheet.facts {
        if let Claim::Identity { who, is, .. } = &f.claim {
            assert!(!["kenji-mori", "park-min-jun"].contains(&who.as_str()), "{who} is {is}");
        }
    }
    let qs = questions(&d);
    assert!(
        qs.iter().all(|q| !q.prompt.contains(" Japanese Prime Minister Kenji Mori")
            || q.prompt.contains("ormer Japanese Prime Minister Kenji Mori")),
        "{:#?}",
        qs.iter().map(|q| &q.prompt).collect::<Vec<_>>()
    );
}

const TWO_SUBJECTS: &str = "Ministers meet in Lisbon

Tuesday, March 10, 2015

Portuguese Prime Minister Ana Lopes and Spanish Foreign Minister Jorge Ruiz agreed to expand the joint fishing quota next year.

Lopes and Chilean President Maria Soto met in Lisbon on Monday.

Government spokesman Tomas Berg said Lopes and Ruiz agreed to open a new consulate in Porto.

The talks covered trade, energy and the state of the economy, and both sides said that they would meet again when
the time was right for their governments.
";

#[test]
fn two_subjects_with_a_title_before_the_second_are_both_drafted() {
    let d = draft(TWO_SUBJECTS);
    let id = |name: &str| d.sheet.entities.iter().find(|e| e.name == name).map(|e| e.id.clone()).unwrap_or_default();
    let (lopes, ruiz, soto) = (id("Ana Lopes"), id("Jorge Ruiz"), id("Maria Soto"));
    let agreed: Vec<(Vec<String>, String, bool)> = d
        .sheet
        .facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Agreement { parties, what, reported, .. } => Some((parties.clone(), what.clone(), *reported)),
            _ => None,
        })
        .collect();
    assert!(
        agreed.contains(&(
            vec![lopes.clone(), ruiz.clone()],
            "to expand the joint fishing quota next year".into(),
            false
        )),
        "{agreed:?}\n{}",
        d.ron
    );
    // Inside a spokesman's report the agreement is told as reported, never as the article's own fact.
    assert!(
        agreed.contains(&(vec![lopes.clone(), ruiz.clone()], "to open a new consulate in Porto".into(), true)),
        "{agreed:?}"
    );
    let met = d.sheet.facts.iter().any(
        |f| matches!(&f.claim, Claim::Meeting { who, whom, place: Some(_), .. } if *who == lopes && *whom == soto),
    );
    assert!(met, "{}", d.ron);
    let prompts: Vec<String> = questions(&d).into_iter().map(|q| q.prompt).collect();
    assert!(
        prompts.iter().any(|p| p.starts_with("Who has reportedly agreed with Ana Lopes to open a new consulate")),
        "{prompts:#?}"
    );
}

const IT: &str = "Pyongyang rejects offer

Tuesday, March 10, 2015

North Korea rejected an offer of talks on Monday. It accused Seoul of staging provocations near the border.

Japan and China traded accusations over the islands on Sunday. It threatened to close the border crossing.

North Korea's leader Kim Jong Un inspected a missile unit on Sunday. It fired two short-range missiles into the sea.

The South Korean government said it would consider the matter. It is a difficult time for the families waiting at the border.
";

#[test]
fn it_means_a_country_only_when_the_sentence_before_was_about_that_one_alone() {
    let d = draft(IT);
    let stances: Vec<(&str, &str)> = d
        .sheet
        .facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Stance { actor, stance, .. } | Claim::Statement { speaker: actor, said: stance, .. } => {
                Some((actor.as_str(), stance.as_str()))
            }
            _ => None,
        })
        .collect();
    assert!(
        stances.contains(&("north-korea", "accused Seoul of staging provocations near the border")),
        "{stances:?}\n{}",
        d.ron
    );
    // Two countries before it, a possessive before a person, or "It is …": nobody's.
    for (_, stance) in &stances {
        assert!(!stance.contains("threatened to close") && !stance.contains("fired two"), "{stances:?}");
    }
    let prompts: Vec<String> = questions(&d).into_iter().map(|q| q.prompt).collect();
    assert!(
        prompts.contains(&"Which country accused Seoul of staging provocations near the border?".to_string()),
        "{prompts:#?}"
    );
}

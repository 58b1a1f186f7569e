//! Meetings still to come, as `dossier import` drafts them from news prose written for this test (not
//! taken from any article): who is to meet, where and on what day — the day as the article names it, the
//! coming one, never a calendar day worked out from the dateline — and never asked about as done.

use dossier::generate::Bank;
use dossier::grade::grade;
use dossier::import::{self, Draft, Options};
use dossier::pack::Pack;
use dossier::question::{Body, Question, QuestionKind, Response};

/// Dated Wednesday, March 4, 2020: "on Monday" to come is March 9; the Monday before is March 2.
const ARTICLE: &str = "Ministers line up a week of talks

Wednesday, March 4, 2020

South Korean Foreign Minister Kang Kyung-wha will hold talks with Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Monday, her ministry said.

Kang and Chinese Foreign Minister Wang Yi will meet in Seoul next week.

Motegi is arranging a meeting with Wang in Beijing on Sunday or Monday.

Kang, Motegi and Wang will hold three-way talks on Friday.

The three ministers held talks in Busan on Tuesday.
";

fn draft() -> Draft {
    import::draft(ARTICLE.as_bytes(), "plans.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

fn typed<'q>(qs: &'q [Question], prompt: &str) -> Option<&'q Question> {
    qs.iter().find(|q| q.prompt == prompt && q.kind == QuestionKind::Short)
}

fn right(q: &Question, typed: &str) -> bool {
    grade(q, &Response::Text(typed.to_string())).score >= 1.0
}

#[test]
fn a_meeting_to_come_is_asked_where_and_on_what_day_with_the_day_the_article_names() {
    let qs = questions(&draft());
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    let day = typed(&qs, "On which day are the planned talks between Kang and Motegi to be held?")
        .unwrap_or_else(|| panic!("no day question: {prompts:#?}"));
    assert!(right(day, "Monday") && right(day, "on Monday"));
    assert!(!right(day, "March 2"), "the Monday before the dateline is not the Monday to come");
    assert!(!right(day, "Sunday"));
    let place = typed(&qs, "In which city are the planned talks between Kang and Motegi to be held?")
        .unwrap_or_else(|| panic!("no place question: {prompts:#?}"));
    assert!(right(place, "Tokyo"));
    assert!(
        typed(&qs, "In which city is the planned meeting between Kang and Wang to be held?").is_some(),
        "{prompts:#?}"
    );
    assert!(typed(&qs, "On which day are the planned three-way talks to be held?").is_some(), "{prompts:#?}");
    // "next week", as the article words it: no calendar week is worked out.
    let when = typed(&qs, "When is the planned meeting between Kang and Wang to be held?")
        .unwrap_or_else(|| panic!("no when question: {prompts:#?}"));
    assert!(right(when, "next week") && !right(when, "next month") && !right(when, "this week"));
}

#[test]
fn a_choice_of_two_days_keeps_the_meeting_but_dates_nothing() {
    let qs = questions(&draft());
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    assert!(
        typed(&qs, "In which city is the planned meeting between Motegi and Wang to be held?").is_some(),
        "{prompts:#?}"
    );
    assert!(!prompts.iter().any(|p| p.contains("Motegi and Wang") && p.contains("day")), "{prompts:#?}");
}

#[test]
fn a_meeting_to_come_is_never_told_as_done_nor_put_in_a_timeline() {
    let qs = questions(&draft());
    for q in &qs {
        let lower = q.prompt.to_lowercase();
        assert!(!(lower.contains("planned") && (lower.contains(" did ") || lower.contains("took place"))), "{lower}");
        if let Body::Order { items, .. } = &q.body {
            assert!(!items.iter().any(|i| i.to_lowercase().contains("planned")), "{items:?}");
        }
    }
}

/// An agenda to come beside one held, in sentences written for this test.
const AGENDA: &str = "Fisheries ministers to meet in Oslo

Wednesday, March 4, 2020

The fisheries ministers of Norway and Iceland will meet in Oslo on Friday.

The ministers will discuss the fishing dispute and trade barriers.

Water rights and border patrols are expected to be on the agenda.

Port fees and ferry routes were also on the agenda at their last meeting.
";

#[test]
fn an_agenda_to_come_is_drafted_as_planned_and_every_question_tells_it_as_a_plan() {
    let d = import::draft(AGENDA.as_bytes(), "agenda.txt", &Options::default()).expect("the article drafts");
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    let planned: Vec<&str> = d
        .sheet
        .facts
        .iter()
        .filter(|f| matches!(f.claim, dossier::pack::Claim::Agenda { planned: true, .. }))
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(planned.len(), 2, "both agendas to come are drafted as planned:\n{}", d.ron);
    assert!(prompts.contains(&"The fishing dispute and trade barriers are to be discussed."), "{prompts:#?}");
    assert!(prompts.contains(&"Water rights and border patrols are to be discussed."), "{prompts:#?}");
    // Every question on a planned agenda tells it as to come: none says it was on the agenda or discussed.
    for q in qs.iter().filter(|q| q.facts.iter().any(|f| planned.contains(&f.as_str()))) {
        let p = q.prompt.to_lowercase();
        assert!(!p.contains(" was ") && !p.contains(" were ") && !p.contains("discussed the"), "{}", q.prompt);
    }
    // The agenda held is still told as held.
    assert!(prompts.contains(&"Port fees and ferry routes were on the agenda."), "{prompts:#?}");
}

/// A seat of government that speaks and is also where a summit is to be held, in sentences written for
/// this test.
const SEAT: &str = "Summit set for Seoul

Monday, May 4, 2026

The Blue House said on Monday that the leaders of South Korea, China and Japan would discuss trade.

The trilateral summit will be held at the Blue House on Friday.
";

#[test]
fn a_seat_that_speaks_is_still_where_a_summit_is_to_be_held() {
    let d = import::draft(SEAT.as_bytes(), "seat.txt", &Options::default()).expect("the article drafts");
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    assert!(prompts.iter().any(|p| p.starts_with("Which organisation said")), "the seat speaks: {prompts:#?}");
    let place = qs
        .iter()
        .find(|q| q.kind == QuestionKind::Short && q.prompt.starts_with("Where is the planned trilateral summit"))
        .unwrap_or_else(|| panic!("no place question: {prompts:#?}\n{}", d.ron));
    assert!(right(place, "the Blue House") && right(place, "Blue House"), "{}", place.prompt);
    assert!(!right(place, "Seoul"));
}

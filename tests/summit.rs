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
fn a_planned_agenda_is_asked_and_told_as_to_come_never_as_held() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/summit-v2.ron");
    let source = std::fs::read_to_string(&path).expect("read the sheet");
    let article = std::fs::read_to_string(path.with_file_name("summit-v2.txt")).expect("read the article");
    let planned = source.replace("at: \"trilateral-summit\"),", "at: \"trilateral-summit\", planned: true),");
    assert_ne!(planned, source, "the sheet's agendas are made planned");
    let bank = Bank::from_sources("summit-planned.ron", &planned, &article, None).expect("a planned agenda banks");
    let mc = find(&bank, "economic-security-agenda.mc.items");
    assert_eq!(mc.prompt, "Which issue is to be discussed at the trilateral summit?");
    assert_eq!(
        find(&bank, "supply-chains-agenda.tf.true").prompt,
        "Supply chains are to be discussed at the trilateral summit."
    );
    for q in bank.questions.iter().filter(|q| q.id.contains("agenda.") && !q.id.contains(".cloze.")) {
        assert!(!q.prompt.contains(" was ") && !q.prompt.contains(" were "), "{}", q.prompt);
    }
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

fn guide_v2() -> Bank {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/guide-v2.ron");
    Bank::load(&path).expect("the guide's version-2 sheet loads and checks clean")
}

fn typed(q: &Question, text: &str) -> f64 {
    grade(q, &Response::Text(text.to_string())).score
}

#[test]
fn a_summit_dated_in_a_version_2_form_is_asked_when_it_was_held_in_that_form() {
    let bank = bank();
    // "in March 2023": a month and year.
    let when = find(&bank, "shuttle-summit.short.date");
    assert_eq!(when.prompt, "In which month was the first shuttle summit held?");
    assert_eq!(answer(when), "March 2023");
    assert!(typed(when, "March 2023") >= 1.0 && typed(when, "in March 2023") >= 1.0);
    assert!(typed(when, "March 2022") < 1e-9 && typed(when, "May 2023") < 1e-9);
    let mc = find(&bank, "shuttle-summit.mc.date");
    let Body::Choice { options, correct } = &mc.body else { panic!("a choice") };
    assert_eq!(options[*correct], "March 2023");
    assert_eq!(
        find(&bank, "shuttle-summit.tf.true").prompt,
        "Yoon Suk Yeol and Fumio Kishida met in Tokyo in March 2023."
    );
    assert_eq!(answer(find(&bank, "shuttle-summit.cloze.date")), "March 2023");
    // "yesterday", against the dateline Friday, June 6, 2025: shown as its weekday, right as either.
    let guide = guide_v2();
    let day = find(&guide, "summit.short.date");
    assert_eq!(day.prompt, "On which day was the Grey River summit held?");
    assert_eq!(answer(day), "Thursday");
    for right in ["yesterday", "Thursday", "June 5", "June 5, 2025"] {
        assert!(typed(day, right) >= 1.0, "{right}");
    }
    assert!(typed(day, "Wednesday") < 1e-9);
    assert_eq!(
        find(&guide, "summit.tf.true").prompt,
        "Ana Cruz, Tom Berg and Lena Holm met in the Old Mill yesterday."
    );
}

/// A one-fact version-2 sheet of a summit with `date`, whose evidence is `evidence` (the article's first
/// sentence), among these leaders: three attend, three more are named.
fn summit_sheet(evidence: &str, date: &str) -> Bank {
    let article = format!(
        "{evidence} Ana Lind of Norway, Ben Ode of Kenya and Cai Wen of Peru sent their ministers. The \
         dateline is real.\n"
    );
    let person = |id: &str, name: &str, country: &str| {
        format!(r#"(id: "{id}", kind: Person, name: "{name}", country: "{country}"),"#)
    };
    let country = |id: &str, name: &str| format!(r#"(id: "{id}", kind: Country, name: "{name}"),"#);
    let mut entities = String::new();
    for (id, name, country) in [
        ("amy", "Amy Bell", "chile"),
        ("bo", "Bo Dahl", "sweden"),
        ("cy", "Cy Eze", "ghana"),
        ("ana", "Ana Lind", "norway"),
        ("ben", "Ben Ode", "kenya"),
        ("cai", "Cai Wen", "peru"),
    ] {
        entities.push_str(&person(id, name, country));
    }
    for (id, name) in [
        ("chile", "Chile"),
        ("sweden", "Sweden"),
        ("ghana", "Ghana"),
        ("norway", "Norway"),
        ("kenya", "Kenya"),
        ("peru", "Peru"),
    ] {
        entities.push_str(&country(id, name));
    }
    entities.push_str(r#"(id: "ocean-summit", kind: Event, name: "the ocean summit"),"#);
    let sheet = format!(
        r#"(version: 2, id: "ocean", title: "T", source: "s", article: "a.txt", dateline: "Friday, June 6, 2025",
        entities: [{entities}],
        facts: [(id: "summit", evidence: "{evidence}", claim: Summit(participants: ["amy", "bo", "cy"], event: "ocean-summit", date: "{date}"))])"#
    );
    Bank::from_sources("ocean.ron", &sheet, &article, None).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn which_leaders_attended_is_asked_only_when_the_article_counts_them() {
    // Three named leaders did not attend: one attendee among them.
    let counted = summit_sheet(
        "Amy Bell, Bo Dahl and Cy Eze, the three leaders, met at the ocean summit yesterday.",
        "yesterday",
    );
    let q = find(&counted, "summit.mc.attended");
    assert_eq!(q.prompt, "Which of these leaders attended the ocean summit?");
    let Body::Choice { options, correct } = &q.body else { panic!("a choice") };
    assert_eq!(options[*correct], "Amy Bell");
    let mut others: Vec<&str> = options.iter().map(String::as_str).filter(|o| *o != "Amy Bell").collect();
    others.sort_unstable();
    assert_eq!(others, ["Ana Lind", "Ben Ode", "Cai Wen"]);
    // Only one leader of their kind stayed away (summit-v2: Xi): three attendees and the one who did not.
    let bank = bank();
    let q = find(&bank, "camp-david-summit.mc.absent");
    assert_eq!(q.prompt, "Which of these leaders did not attend the trilateral summit?");
    let Body::Choice { options, correct } = &q.body else { panic!("a choice") };
    assert_eq!(options[*correct], "Xi Jinping");
    let mut attended = options.clone();
    attended.sort();
    assert_eq!(attended, ["Fumio Kishida", "Joe Biden", "Xi Jinping", "Yoon Suk Yeol"]);
    // Without the count the list may be incomplete: no one is offered as absent.
    let uncounted = summit_sheet("Amy Bell, Bo Dahl and Cy Eze met at the ocean summit yesterday.", "yesterday");
    assert!(uncounted.questions.iter().all(|q| !q.id.contains(".mc.attended") && !q.id.contains(".mc.absent")));
    // summit-v2's shuttle summit of two, with two others of their kind: neither form.
    assert!(bank.questions.iter().all(|q| !q.id.starts_with("shuttle-summit.mc.a")));
}

#[test]
fn participants_are_matched_to_their_roles() {
    let bank = bank();
    let q = find(&bank, "camp-david-summit.match.roles");
    assert_eq!(q.prompt, "Match each leader at the trilateral summit to their role.");
    assert_eq!(
        answer(q),
        "Joe Biden -> US President; Yoon Suk Yeol -> South Korean President; Fumio Kishida -> Japanese Prime Minister"
    );
    // No roles but countries: matched to their countries.
    let counted = summit_sheet(
        "Amy Bell, Bo Dahl and Cy Eze, the three leaders, met at the ocean summit yesterday.",
        "yesterday",
    );
    assert_eq!(
        answer(find(&counted, "summit.match.countries")),
        "Amy Bell -> Chile; Bo Dahl -> Sweden; Cy Eze -> Ghana"
    );
}

#[test]
fn a_recurring_or_due_summit_is_asked_how_often_or_by_when() {
    let yearly = summit_sheet("Amy Bell, Bo Dahl and Cy Eze meet at the ocean summit every year.", "every year");
    let q = find(&yearly, "summit.short.date");
    assert_eq!(q.prompt, "How often is the ocean summit held?");
    assert!(typed(q, "annually") >= 1.0);
    assert_eq!(
        find(&yearly, "summit.tf.true").prompt,
        "Amy Bell, Bo Dahl and Cy Eze meet at the ocean summit every year."
    );
    let due = summit_sheet(
        "Amy Bell, Bo Dahl and Cy Eze are to meet at the ocean summit by the end of 2025.",
        "by the end of 2025",
    );
    assert_eq!(find(&due, "summit.short.date").prompt, "By when is the ocean summit to be held?");
    assert_eq!(
        find(&due, "summit.tf.true").prompt,
        "Amy Bell, Bo Dahl and Cy Eze are to meet at the ocean summit by the end of 2025."
    );
}

#[test]
fn dated_summits_stand_in_timelines() {
    let in_order = |bank: &Bank| -> Vec<Vec<String>> {
        bank.questions
            .iter()
            .filter_map(|q| match &q.body {
                Body::Order { items, order } => Some(order.iter().map(|&i| items[i].clone()).collect()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        in_order(&bank()),
        [["Yoon Suk Yeol and Fumio Kishida meet in the Blue House", "The storm", "The trilateral summit"]]
    );
    // "yesterday" against the dateline, after "on Wednesday" and 2024.
    assert_eq!(
        in_order(&guide_v2()),
        [["The first joint water tests", "The clearing of litter from the river banks", "The Grey River summit"]]
    );
}

//! Numbers and agendas as `dossier import` drafts them from news prose the drafter was never tuned on
//! (sentences written for this test): how long after something a thing happened, a count in a relative
//! clause of place, a count after "of", an age, a country's adjective in a counted noun, a first time in a
//! span of years, and the topics talks discussed — each asked as a teacher would, and a plan never put on an
//! agenda as held.

use dossier::generate::Bank;
use dossier::import::{self, Draft, Options};
use dossier::pack::Pack;
use dossier::question::{Question, Voice};

const ARTICLE: &str = "Fishing talks end in Oslo

Monday, March 3, 2025

Norway and Iceland discussed the fishing dispute and ferry fees during a dinner in Oslo on Sunday.

The final round takes place less than three weeks after the first round ended in a shouting match.

A storm hit Reykjavik, where 300 Norwegian sailors were stranded overnight.

Norway wants to learn the whereabouts of 12 sailors who went missing off the Icelandic coast.

Prime Minister Erna Solberg was first elected at the age of 52.

Three Icelandic officials made a surprise visit to the harbour on Saturday.

Norway and Iceland held joint naval drills for the first time in six years on Saturday.

The two sides will discuss whaling quotas next month.
";

fn draft() -> Draft {
    import::draft(ARTICLE.as_bytes(), "numbers.txt", &Options::default()).expect("the article drafts")
}

fn questions(d: &Draft) -> Vec<Question> {
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks").questions
}

/// The question with this prompt and its answer as a learner reads it.
fn answer(qs: &[Question], prompt: &str) -> Option<String> {
    qs.iter().find(|q| q.prompt == prompt).map(|q| q.response_text(Some(&q.right_response()), Voice::Record))
}

#[test]
fn numbers_in_every_form_are_asked_in_their_clause() {
    let qs = questions(&draft());
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    for (prompt, right) in [
        ("The final round takes place less than how many weeks after the first round ended in a shouting match?", "3"),
        ("How many Norwegian sailors were stranded in Reykjavik?", "300"),
        ("Norway wants to learn the whereabouts of how many sailors who went missing off the Icelandic coast?", "12"),
        ("At what age was Erna Solberg first elected?", "52"),
        ("How many Icelandic officials made a surprise visit to the harbour on Saturday?", "3"),
        ("Norway and Iceland held joint naval drills for the first time in how many years on Saturday?", "6"),
    ] {
        assert_eq!(answer(&qs, prompt).as_deref(), Some(right), "{prompt}\n{prompts:#?}");
    }
}

#[test]
fn topics_discussed_are_on_the_agenda_and_plans_are_not() {
    let d = draft();
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    assert!(prompts.contains(&"The fishing dispute and ferry fees were on the agenda."), "{prompts:#?}");
    assert!(d.ron.contains("kind: Issue, name: \"the fishing dispute\""), "{}", d.ron);
    // "will discuss whaling quotas" is a plan: no agenda, no Issue.
    assert!(!d.ron.contains("whaling"), "{}", d.ron);
}

/// Sentences written for this test: a size as an adjective with a pronoun subject (the one person the
/// paragraph's sentence before named), and one inside a report.
const SIZES: &str = "Ferry talks open in Tromso

Wednesday, May 7, 2025

Finance Minister Ingrid Berg arrived in Tromso on Tuesday. She opened a 90-minute hearing on ferry fees.

NTB said that Norway sent a 12-member team to the talks.
";

#[test]
fn a_size_as_an_adjective_is_asked_of_the_person_a_pronoun_means_and_of_the_reporter() {
    let d = import::draft(SIZES.as_bytes(), "sizes.txt", &Options::default()).expect("the article drafts");
    let qs = questions(&d);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    for (prompt, right) in [
        ("Ingrid Berg opened a hearing of how many minutes on ferry fees?", "90"),
        ("According to NTB, Norway sent a team of how many members to the talks?", "12"),
    ] {
        assert_eq!(answer(&qs, prompt).as_deref(), Some(right), "{prompt}\n{prompts:#?}\n{:?}", d.left_out);
    }
}

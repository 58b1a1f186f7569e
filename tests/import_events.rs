//! Dated happenings, statements and numbers the drafter reads from articles it has never seen, as a learner
//! meets them: the questions of a draft of a few sentences written for the test, each with its answer.

use dossier::generate::Bank;
use dossier::import::{self, Options};
use dossier::pack::Pack;

/// Every (prompt, answer) of the draft of `body` under a dateline of Tuesday, June 11, 2013; none when
/// nothing is drafted.
fn asked(body: &str) -> Vec<(String, String)> {
    let text = format!("Koreas prepare for talks\n\nTuesday, June 11, 2013\n\n{body}\n");
    let Ok(d) = import::draft(text.as_bytes(), "events.txt", &Options::default()) else { return Vec::new() };
    let pack =
        Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("a draft reads back");
    let bank = Bank::new(pack).expect("a draft banks");
    bank.questions
        .iter()
        .map(|q| (q.prompt.clone(), q.response_text(Some(&q.right_response()), dossier::question::Voice::Record)))
        .collect()
}

fn has(qs: &[(String, String)], prompt: &str, answer: &str) -> bool {
    qs.iter().any(|(p, a)| p == prompt && a.contains(answer))
}

#[test]
fn a_closing_in_a_month_and_a_signing_in_a_year_are_asked_with_their_dates() {
    let qs = asked(
        "The talks will cover two joint projects, including the Kaesong industrial zone, which was closed amid \
         military tensions in April.\n\nIn the September 19 Joint Statement, signed in 2005, North Korea promised \
         to abandon its nuclear programs.",
    );
    assert!(has(&qs, "In which month did the Kaesong industrial zone close?", "April 2013"), "{qs:#?}");
    assert!(
        has(&qs, "In which year did the signing of the September 19 Joint Statement take place?", "2005"),
        "{qs:#?}"
    );
}

#[test]
fn a_statement_said_on_a_weekday_and_the_quotes_that_follow_are_the_speaker_s() {
    let qs = asked(
        "South Korean President Park Geun-hye said Tuesday she hopes the talks bring lasting peace to the Korean \
         peninsula.\n\n\"On the occasion of the talks, I hope both sides will take a first step towards permanent \
         peace and building trust,\" she said. \"I also hope the two sides will produce results that people want.\"",
    );
    assert!(
        has(
            &qs,
            "Who said on Tuesday that she hopes the talks bring lasting peace to the Korean peninsula?",
            "Park Geun-hye"
        ),
        "{qs:#?}"
    );
    assert!(!qs.iter().any(|(p, _)| p.starts_with("Who said Tuesday")), "{qs:#?}");
    assert!(
        qs.iter().any(|(p, a)| p.starts_with("Who said “… I hope both sides will take a first step")
            && a.contains("Park Geun-hye")),
        "the quotation's main clause, by the person the paragraph before named: {qs:#?}"
    );
    assert!(
        has(&qs, "Who said “I also hope the two sides will produce results that people want”?", "Park Geun-hye"),
        "{qs:#?}"
    );
}

#[test]
fn how_long_talks_last_and_how_many_days_they_ran_are_asked() {
    let qs = asked(
        "The talks between the two Koreas are scheduled to last three days.\n\nThe previous talks recessed after five \
         days of negotiations in Kaesong.",
    );
    assert!(has(&qs, "How many days are the talks between the two Koreas scheduled to last?", "3"), "{qs:#?}");
    assert!(has(&qs, "The previous talks recessed after how many days of negotiations?", "5"), "{qs:#?}");
}

#[test]
fn the_first_talks_in_so_many_months_and_words_said_after_a_leading_clause_are_asked() {
    let qs = asked(
        "The talks in Kaesong are the first official talks between the two Koreas in 10 months.\n\nWhen asked about \
         the agenda, Unification Minister Ryoo Kihl-jae said details of the talks \"will be released at an \
         appropriate time.\"",
    );
    assert!(
        has(&qs, "The talks in Kaesong are the first official talks between the two Koreas in how many months?", "10"),
        "{qs:#?}"
    );
    assert!(
        qs.iter().any(|(p, a)| p == "Who said details of the talks “will be released at an appropriate time”?"
            && a.contains("Ryoo")),
        "{qs:#?}"
    );
}

#[test]
fn a_party_s_dated_act_and_a_source_named_after_its_title_are_asked() {
    let qs = asked(
        "North Korea pulled out of the six-party talks in 2009.\n\nThe delegations will meet again in Kaesong, \
         according to Unification Ministry spokesman Kim Hyung-suk.",
    );
    assert!(
        has(&qs, "In which year did North Korea's withdrawal from the six-party talks take place?", "2009"),
        "{qs:#?}"
    );
    assert!(
        qs.iter().any(|(p, a)| p.starts_with("Who reported that the delegations will meet again in Kaesong")
            && a.contains("Kim Hyung-suk")),
        "{qs:#?}"
    );
}

#[test]
fn a_quoted_question_has_its_speaker_after_it_and_an_attributed_bound_reads_in_lower_case() {
    let qs = asked(
        "\"Why should we wait any longer for the North to change its course?\" President Lee Myung-bak told \
         reporters in Seoul.\n\nThe meeting lasted more than two hours, officials said.",
    );
    assert!(
        qs.iter().any(|(p, a)| p.starts_with("Who told reporters “Why should we wait any longer") && a.contains("Lee")),
        "{qs:#?}"
    );
    assert!(has(&qs, "According to officials, more than how many hours did the meeting last?", "2"), "{qs:#?}");
}

//! The question side of schema version 2's dates (issue 12), on tests/packs/dates-v2.ron: every date form
//! yields its question, each key grades right, the stems read as a person would write them, true/false
//! swaps a date only for another the article states in the same form, and timelines order across years.

use std::path::Path;
use std::sync::OnceLock;

use dossier::generate::bank;
use dossier::grade::grade;
use dossier::pack::{Pack, When};
use dossier::question::{Body, Question, QuestionKind, Response};

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs/dates-v2.ron");
        Pack::load(&path).unwrap_or_else(|e| panic!("tests/packs/dates-v2.ron: {e}"))
    })
}

fn the_bank() -> &'static [Question] {
    static BANK: OnceLock<Vec<Question>> = OnceLock::new();
    BANK.get_or_init(|| bank(pack()))
}

fn question(id: &str) -> &'static Question {
    the_bank().iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"))
}

fn score(id: &str, typed: &str) -> f64 {
    grade(question(id), &Response::Text(typed.to_string())).score
}

fn right(id: &str, typed: &str) -> bool {
    score(id, typed) >= 1.0
}

#[test]
fn every_date_form_yields_its_question() {
    let cases = [
        // "Yesterday" is named by its weekday: the dateline is a Friday.
        ("exchange-of-fire", "On which day did the exchange of artillery fire take place?", "Thursday"),
        ("grave-provocation", "On which day did the “grave provocation” KCNA described take place?", "Thursday"),
        (
            "broadcasts-began",
            "On what date did the first loudspeaker broadcast after the lull take place?",
            "August 10",
        ),
        ("korean-war", "When did the Korean War take place?", "1950–1953"),
        ("armistice", "In which year did the armistice take place?", "1953"),
        (
            "summit-2000",
            "On what date did South Korean President Kim Dae-jung meet North Korean leader Kim Jong-il in Pyongyang?",
            "June 13, 2000",
        ),
        ("last-broadcasts", "In which year did the last loudspeaker broadcast before the lull take place?", "2004"),
        ("key-resolve", "In which month did the Key Resolve exercise take place?", "March 2015"),
        ("stop-broadcasts", "By when are the broadcasts to end?", "by August 22"),
        ("ulchi", "How often does the Ulchi Freedom Guardian exercise take place?", "every year"),
    ];
    for (fact, stem, answer) in cases {
        for kind in ["short", "mc"] {
            let q = question(&format!("{fact}.{kind}.date"));
            assert_eq!(q.prompt, stem, "{}", q.id);
            assert_eq!(q.answer_text(), answer, "{}", q.id);
        }
    }
}

#[test]
fn statements_say_each_date_as_the_article_does() {
    let truth = |fact: &str| question(&format!("{fact}.tf.true")).prompt.clone();
    assert_eq!(truth("exchange-of-fire"), "The exchange of artillery fire took place yesterday.");
    assert_eq!(
        truth("grave-provocation"),
        "The “grave provocation” KCNA described took place in the central western sector of the front on Thursday."
    );
    assert_eq!(truth("korean-war"), "The Korean War took place from 1950 to 1953.");
    assert_eq!(truth("last-broadcasts"), "The last loudspeaker broadcast before the lull took place in 2004.");
    assert_eq!(truth("key-resolve"), "The Key Resolve exercise took place in March 2015.");
    assert_eq!(truth("stop-broadcasts"), "The broadcasts are to end by August 22.");
    assert_eq!(truth("ulchi"), "The Ulchi Freedom Guardian exercise takes place every year.");
}

#[test]
fn every_key_grades_right_and_the_stems_read_well() {
    assert!(the_bank().len() >= 40, "{} questions", the_bank().len());
    for q in the_bank() {
        assert!(grade(q, &q.right_response()).is_right(), "{}: {}", q.id, q.prompt);
        let first = q.prompt.chars().next().expect("a prompt");
        assert!(first.is_uppercase(), "{}: {}", q.id, q.prompt);
        for clumsy in [" on yesterday", " on every", " on by", " in every", " on 2004", " in August 10", " on March"] {
            assert!(!q.prompt.contains(clumsy), "{}: {}", q.id, q.prompt);
        }
        // A question a person asks: a question mark, at most 25 words (a blank shows the whole sentence).
        if matches!(q.kind, QuestionKind::Short | QuestionKind::Mc) {
            assert!(q.prompt.ends_with('?'), "{}: {}", q.id, q.prompt);
            assert!(q.prompt.split_whitespace().count() <= 25, "{}: {}", q.id, q.prompt);
        }
    }
}

#[test]
fn a_relative_day_is_right_as_stated_or_worked_out_and_a_year_never_has_to_be_typed() {
    for typed in ["yesterday", "Thursday", "on Thursday", "August 20", "August 20, 2015"] {
        assert!(right("exchange-of-fire.short.date", typed), "{typed}");
        assert!(right("grave-provocation.short.date", typed), "{typed}");
    }
    for typed in ["today", "Wednesday", "August 21", "August 20, 2014"] {
        assert!(score("exchange-of-fire.short.date", typed) <= 0.0, "{typed}");
    }
    for typed in ["June 13", "13 June 2000", "June 13, 2000"] {
        assert!(right("summit-2000.short.date", typed), "{typed}");
    }
    for typed in ["June 13, 2001", "June 14", "2000"] {
        assert!(score("summit-2000.short.date", typed) <= 0.0, "{typed}");
    }
    assert!(right("key-resolve.short.date", "March 2015"));
    assert!(score("key-resolve.short.date", "March 2014") <= 0.0);
    assert!(right("korean-war.short.date", "from 1950 to 1953"));
    assert!(right("ulchi.short.date", "annually"));
    assert!(right("ulchi.short.date", "once a year"));
    assert!(right("stop-broadcasts.short.date", "by Aug 22"));
    assert!(score("stop-broadcasts.short.date", "August 22") < 1.0, "the target alone is not the deadline");
}

#[test]
fn multiple_choice_offers_dates_of_the_answers_form_naming_other_days() {
    let dated: Vec<&Question> = the_bank()
        .iter()
        .filter(|q| q.kind == QuestionKind::Mc && q.id.split('.').next_back() == Some("date"))
        .collect();
    assert_eq!(dated.len(), 10, "every dated fact has a multiple-choice date question");
    for q in dated {
        let Body::Choice { options, .. } = &q.body else { panic!("{}: a choice", q.id) };
        let answer = q.answer_text();
        let first_word = |t: &str| t.split(' ').next().map(str::to_string);
        for option in options {
            assert!(When::parse(option).is_some(), "{}: {option}", q.id);
            if answer.starts_with("by ") || answer.starts_with("every ") {
                assert_eq!(first_word(option), first_word(&answer), "{}: {option}", q.id);
            }
        }
        // "yesterday" is Thursday on a Friday: never both among the options, and never the relative word
        // among weekday names, where it would stand out.
        let has = |t: &str| options.iter().any(|o| o == t);
        assert!(!(has("yesterday") && has("Thursday")), "{}: {options:?}", q.id);
        assert!(!has("yesterday") && !has("today"), "{}: {options:?}", q.id);
    }
}

#[test]
fn true_false_swaps_a_date_only_for_one_the_article_states_in_the_same_form() {
    // Two years are stated (1953, 2004): each year's false version names the other. Every other
    // version-2 date is the only one of its form ("yesterday" and "Thursday" name the same day), so it has
    // no false version; the month-and-day August 10 keeps its version-1 swap.
    assert_eq!(question("armistice.tf.false").prompt, "The armistice took place in 2004.");
    assert_eq!(
        question("last-broadcasts.tf.false").prompt,
        "The last loudspeaker broadcast before the lull took place in 1953."
    );
    for fact in ["exchange-of-fire", "grave-provocation", "korean-war", "key-resolve", "stop-broadcasts", "ulchi"] {
        assert!(the_bank().iter().all(|q| q.id != format!("{fact}.tf.false")), "{fact} has a made-up false version");
    }
    assert!(the_bank().iter().any(|q| q.id == "broadcasts-began.tf.false"));
}

#[test]
fn timelines_order_across_years_and_leave_out_deadlines_and_recurrences() {
    let timelines: Vec<&Question> = the_bank().iter().filter(|q| q.kind == QuestionKind::Order).collect();
    assert!(!timelines.is_empty());
    // Earliest first: 1950–1953, June 13, 2000, 2004, March 2015, August 10 (2015, the dateline's year),
    // then August 20, 2015 (yesterday, Thursday). "1953" lies inside the war's span, so it is never an item.
    let history = [
        "The Korean War",
        "Kim Dae-jung meets Kim Jong-il",
        "The last loudspeaker",
        "The Key Resolve",
        "The first loudspeaker",
        "The exchange of artillery fire",
    ];
    let rank = |item: &str| {
        let item = item.replace("The “grave provocation” KCNA described", "The exchange of artillery fire");
        history.iter().position(|h| item.starts_with(h)).unwrap_or_else(|| panic!("unexpected item {item}"))
    };
    for q in &timelines {
        let order = q.answer_text();
        let ranks: Vec<usize> = order.split(" | ").map(rank).collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{order}");
    }
    let all: Vec<String> = timelines.iter().map(|q| q.answer_text()).collect();
    assert!(all.iter().any(|o| o.starts_with("The Korean War | Kim Dae-jung")), "across years: {all:?}");
}

/// The test sheet without the facts named: the same article, fewer times on its timeline.
fn pack_without(facts: &[&str]) -> Pack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packs");
    let source = std::fs::read_to_string(dir.join("dates-v2.ron")).expect("tests/packs/dates-v2.ron");
    let article = std::fs::read_to_string(dir.join("dates-v2.txt")).expect("tests/packs/dates-v2.txt");
    // Each fact is a block from its "(\n            id:" line to the matching "        ),".
    let mut kept = String::new();
    let mut skipping = false;
    let lines: Vec<&str> = source.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or("");
        if *line == "        (" && facts.iter().any(|f| next.trim() == format!("id: \"{f}\",")) {
            skipping = true;
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
        if skipping && *line == "        )," {
            skipping = false;
        }
    }
    Pack::from_sources("dates-v2-less.ron", &kept, &article, None).unwrap_or_else(|e| panic!("{e}\n{kept}"))
}

#[test]
fn a_relative_day_takes_its_place_on_the_timeline_from_the_dateline() {
    let pack = pack_without(&["summit-2000", "korean-war", "armistice", "grave-provocation"]);
    let timelines: Vec<String> =
        bank(&pack).into_iter().filter(|q| q.kind == QuestionKind::Order).map(|q| q.answer_text()).collect();
    assert_eq!(
        timelines,
        ["The last loudspeaker broadcast before the lull | The Key Resolve exercise | The first loudspeaker \
             broadcast after the lull | The exchange of artillery fire"],
        "2004, March 2015, August 10 (of the dateline's year), yesterday (August 20, 2015)"
    );
}

#[test]
fn each_date_is_blanked_as_the_evidence_writes_it_and_typed_back_in_any_form() {
    let cases = [
        ("exchange-of-fire", "North and South Korea exchanged artillery fire _____.", "yesterday", "August 20"),
        ("grave-provocation", "of the front on _____ afternoon.", "Thursday", "yesterday"),
        ("korean-war", "The Korean War was fought from _____.", "1950 to 1953", "1950–1953"),
        ("summit-2000", "in Pyongyang on _____.", "June 13, 2000", "June 13"),
        ("key-resolve", "held the Key Resolve exercise in _____.", "March 2015", "in March 2015"),
        ("stop-broadcasts", "to stop the broadcasts _____.", "by August 22", "by Aug 22"),
        ("ulchi", "the Ulchi Freedom Guardian exercise _____.", "every year", "annually"),
    ];
    for (fact, blanked, answer, other) in cases {
        let id = format!("{fact}.cloze.date");
        let q = question(&id);
        assert!(q.prompt.ends_with(blanked), "{}", q.prompt);
        assert_eq!(q.answer_text(), answer, "{id}");
        assert!(right(&id, other), "{id}: {other}");
    }
}

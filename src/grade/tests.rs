//! Unit tests of the grader: every kind, the forgiving rules for typed answers, and what never earns credit.
use super::*;
use crate::question::QuestionKind;

fn question(kind: QuestionKind, prompt: &str, body: Body) -> Question {
    Question {
        id: "test".into(),
        kind,
        prompt: prompt.into(),
        body,
        facts: vec!["fact".into()],
        evidence: Vec::new(),
        topics: Vec::new(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

fn typed_text(prompt: &str, accepted: &[&str], rivals: &[&str]) -> Question {
    question(
        QuestionKind::Short,
        prompt,
        Body::Typed {
            answer: accepted[0].into(),
            expected: Expected::Text {
                accepted: strings(accepted),
                rivals: strings(rivals).into(),
                broader: Vec::new(),
            },
            unit: None,
        },
    )
}

fn typed(q: &Question, text: &str) -> Grade {
    grade(q, &Response::Text(text.into()))
}

fn lee() -> Question {
    typed_text(
        "Which South Korean president visited both China and Japan in January?",
        &["Lee Jae Myung", "Lee Jae-myung", "Lee"],
        &["Xi Jinping", "Sanae Takaichi"],
    )
}

fn takaichi() -> Question {
    typed_text(
        "Whom did Lee visit in her hometown on January 12th?",
        &["Sanae Takaichi", "Takaichi"],
        &["Xi Jinping", "Lee Jae Myung"],
    )
}

fn xi() -> Question {
    typed_text("Whom did Lee meet in Beijing on January 5th?", &["Xi Jinping"], &["Sanae Takaichi", "Lee Jae Myung"])
}

fn south_korea() -> Question {
    typed_text(
        "Which country's president visited both China and Japan within a week?",
        &["South Korea", "Korea", "Republic of Korea"],
        &["North Korea", "China", "Japan"],
    )
}

fn date_question(month: u8, day: u8) -> Question {
    let day = MonthDay::new(month, day).expect("a real day");
    question(
        QuestionKind::Short,
        "On what date did Lee meet Xi Jinping in Beijing?",
        Body::Typed { answer: day.to_string(), expected: Expected::Date(day), unit: None },
    )
}

fn number_question(prompt: &str, value: f64, tolerance: f64, unit: Option<&str>) -> Question {
    question(
        QuestionKind::Numeric,
        prompt,
        Body::Typed {
            answer: show_number(value),
            expected: Expected::Number { value, tolerance },
            unit: unit.map(str::to_string),
        },
    )
}

fn five_years() -> Question {
    number_question(
        "Lee's trip was the first visit to Beijing by a South Korean leader in how many years?",
        5.0,
        0.0,
        Some("years"),
    )
}

fn labourers() -> Question {
    number_question("How many of the Chosei Coal Mine tragedy victims were Korean forced labourers?", 136.0, 0.0, None)
}

fn leaders_to_countries() -> Question {
    question(
        QuestionKind::Match,
        "Match each leader to their country.",
        Body::Match {
            left: strings(&["Lee Jae Myung", "Xi Jinping", "Sanae Takaichi", "Kim Jong Un"]),
            right: strings(&["Japan", "North Korea", "South Korea", "China"]),
            pairs: vec![2, 3, 0, 1],
        },
    )
}

/// Events shown shuffled; `order` lists them earliest first.
fn timeline() -> Question {
    question(
        QuestionKind::Order,
        "Put these events in the order they happened.",
        Body::Order {
            items: strings(&[
                "Lee meets Takaichi in Nara",
                "Lee meets Xi in Beijing",
                "Lee and Takaichi play the drums",
                "Lee and Xi take a selfie with their wives",
            ]),
            // Beijing meeting, selfie, Nara meeting, drums.
            order: vec![1, 3, 0, 2],
        },
    )
}

#[track_caller]
fn assert_score(g: &Grade, expected: f64) {
    assert!((g.score - expected).abs() < 1e-12, "{g:?}, expected a score of {expected}");
}

fn order(q: &Question, given: &[usize]) -> Grade {
    grade(q, &Response::Order(given.to_vec()))
}

fn pairs(q: &Question, given: &[Option<usize>]) -> Grade {
    grade(q, &Response::Pairs(given.to_vec()))
}

#[test]
fn choice_is_right_only_for_the_right_index() {
    let q = question(
        QuestionKind::Mc,
        "In which city did Lee meet Xi Jinping?",
        Body::Choice { options: strings(&["Nara", "Beijing", "Seoul", "Tokyo"]), correct: 1 },
    );
    assert!(grade(&q, &Response::Choice(1)).is_right());
    assert_eq!(grade(&q, &Response::Choice(0)), Grade::wrong());
    assert_eq!(grade(&q, &Response::Choice(99)), Grade::wrong());
    assert_eq!(grade(&q, &Response::Text("Beijing".into())), Grade::wrong());
    assert_eq!(grade(&q, &Response::Bool(true)), Grade::wrong());
}

#[test]
fn true_false_is_right_only_for_the_right_verdict() {
    let q =
        question(QuestionKind::Tf, "Lee met Sanae Takaichi in Nara on January 12th.", Body::TrueFalse { answer: true });
    assert!(grade(&q, &Response::Bool(true)).is_right());
    assert_score(&grade(&q, &Response::Bool(false)), 0.0);
    assert_score(&grade(&q, &Response::Choice(0)), 0.0);
}

#[test]
fn typed_text_accepts_every_form_folded() {
    for text in [
        "Lee Jae Myung",
        "lee jae-myung",
        "LEE JAE‑MYUNG.",
        "  lee   jae myung ",
        "Lee Jaemyung",
        "Lee",
        "President Lee Jae Myung",
        "the president Lee Jae-myung",
    ] {
        assert_eq!(typed(&lee(), text), Grade::right(), "{text}");
    }
    assert!(typed(&takaichi(), "Takaichi").is_right());
    assert!(typed(&takaichi(), "Prime Minister Takaichi").is_right());
    assert!(typed(&xi(), "Xi Jinping").is_right());
    assert!(typed(&xi(), "Xí Jìnpíng").is_right());
}

#[test]
fn leading_articles_are_ignored_on_both_sides() {
    let q = typed_text(
        "Of which tragedy were 136 of the victims Korean forced labourers?",
        &["the Chosei Coal Mine tragedy", "Chosei Coal Mine"],
        &[],
    );
    assert!(typed(&q, "Chosei coal mine tragedy").is_right());
    assert!(typed(&q, "The Chosei Coal Mine").is_right());
    assert!(typed(&q, "a Chosei coal mine").is_right());
    let place = typed_text("Where did Lee meet Xi Jinping?", &["Beijing"], &["Nara", "Seoul", "Tokyo"]);
    assert!(typed(&place, "in Beijing").is_right());
}

#[test]
fn a_small_typo_is_forgiven_with_a_note() {
    let g = typed(&takaichi(), "Takiachi");
    assert!(g.is_right());
    assert_eq!(g.note.as_deref(), Some("Accepted: the spelling is “Takaichi”."));
    let g = typed(&takaichi(), "Sanae Takaichii");
    assert_eq!(g.note.as_deref(), Some("Accepted: the spelling is “Sanae Takaichi”."));
    let g = typed(&xi(), "Xi Jingping");
    assert_eq!(g.note.as_deref(), Some("Accepted: the spelling is “Xi Jinping”."));
    let place = typed_text("Where did Lee meet Xi Jinping?", &["Beijing"], &["Nara", "Seoul", "Tokyo"]);
    assert!(typed(&place, "Bejing").is_right());
    assert!(typed(&place, "Biejing").is_right());
    assert!(!typed(&place, "Bejin").is_right(), "two edits in seven letters");
    let g = typed(&south_korea(), "Sotuh Korea");
    assert_eq!(g.note.as_deref(), Some("Accepted: the spelling is “South Korea”."));
}

#[test]
fn short_answers_allow_no_typo() {
    let nara = typed_text("In which city did Lee visit Takaichi?", &["Nara"], &["Beijing", "Seoul", "Tokyo"]);
    assert!(typed(&nara, "nara").is_right());
    assert!(!typed(&nara, "Naha").is_right());
    assert!(!typed(&nara, "Narra").is_right());
    let seoul = typed_text("Where is the presidential residence, Chang Wa Deo?", &["Seoul"], &["Beijing"]);
    assert!(typed(&seoul, "Seol").is_right(), "one edit in five letters");
    assert!(!typed(&seoul, "Sel").is_right());
}

#[test]
fn a_typo_closer_to_a_rival_is_wrong() {
    // Two letters from "South Korea", within its allowance, but it is another country.
    assert!(!typed(&south_korea(), "North Korea").is_right());
    // As close to the rival as to the answer: not forgiven.
    assert!(!typed(&south_korea(), "Nouth Korea").is_right());
    // Without the rival it would pass as a typo: the rivals are what stop it.
    let naive = typed_text("Which country's president visited China and Japan?", &["South Korea"], &[]);
    assert!(typed(&naive, "North Korea").is_right());
    // A rival typed exactly is wrong however short.
    assert!(!typed(&lee(), "Xi Jinping").is_right());
}

#[test]
fn part_of_a_name_is_not_a_typo() {
    assert!(!typed(&xi(), "Jinping").is_right());
    assert!(!typed(&xi(), "Xi").is_right());
    assert!(!typed(&lee(), "Myung").is_right());
}

#[test]
fn an_empty_answer_is_wrong() {
    for text in ["", "   ", "?!", "the", "—"] {
        assert_eq!(typed(&lee(), text), Grade::wrong(), "{text:?}");
    }
    let no_forms = typed_text("?", &[""], &[]);
    assert_eq!(typed(&no_forms, ""), Grade::wrong());
}

/// As the bundled pack has it: a group named with a quantifier, and that quantifier as an alias.
fn observers() -> Question {
    typed_text(
        "Who questioned how long the period of largely positive relations would last?",
        &["some observers", "some"],
        &["analysts", "Korean forced labourers"],
    )
}

/// As the bundled pack has it: a place whose aliases include the name without its head noun.
fn chosei_mine() -> Question {
    typed_text(
        "Where did the victims of the tragedy work?",
        &["the Chosei Coal Mine", "Chosei Coal Mine", "Chosei mine", "Chosei"],
        &["Chang Wa Deo", "Beijing", "Nara"],
    )
}

#[test]
fn a_vague_word_alone_earns_nothing_even_as_an_alias() {
    for text in ["some", "Some.", "the", "many", "several", "a few", "they", "it", "some of them", "all"] {
        assert_eq!(typed(&observers(), text), Grade::wrong(), "{text:?}");
    }
    assert_eq!(typed(&observers(), "some observers"), Grade::right());
    // When the blank is the vague word itself, it is the answer.
    let cloze = typed_text("Fill in the blank: Meanwhile, _____ question how long…", &["some", "some observers"], &[]);
    assert_eq!(typed(&cloze, "some"), Grade::right());
    assert_eq!(typed(&cloze, "Some observers"), Grade::right());
}

#[test]
fn the_head_noun_alone_is_right_with_the_full_answer_noted() {
    for text in ["observers", "Observers.", "the observers", "many observers", "a few observers"] {
        let g = typed(&observers(), text);
        assert!(g.is_right(), "{text:?}: {g:?}");
        assert_eq!(g.note.as_deref(), Some("Accepted: the full answer is “some observers”."), "{text:?}");
    }
    assert!(typed(&observers(), "obsevers").is_right(), "a typo of the head noun");
    // A quantifier the answer does not have is set aside without a remark.
    let analysts = typed_text("Who said so?", &["analysts"], &["some observers"]);
    assert_eq!(typed(&analysts, "some analysts"), Grade::right());
    assert!(!typed(&analysts, "observers").is_right(), "a rival's head noun");
    // The head noun is never right when it is a rival's own name.
    let q = typed_text("Who said so?", &["some analysts"], &["analysts"]);
    assert!(!typed(&q, "analysts").is_right());
}

#[test]
fn a_name_cut_before_its_head_noun_is_not_right() {
    for text in ["Chosei", "chosei", "the Chosei", "Chosei Coal"] {
        let g = typed(&chosei_mine(), text);
        assert_score(&g, 0.0);
        assert!(g.note.as_deref().is_some_and(|n| n.starts_with("Name it in full: “")), "{text:?}: {g:?}");
    }
    let g = typed(&chosei_mine(), " chosei ");
    assert_eq!(g.note.as_deref(), Some("Name it in full: “chosei” leaves out “Coal Mine”."));
    let g = typed(&chosei_mine(), "Chosei Coal");
    assert_eq!(g.note.as_deref(), Some("Name it in full: “Chosei Coal” leaves out “Mine”."));
    for text in ["the Chosei Coal Mine", "Chosei coal mine", "Chosei mine", "Chosei Coal Mines"] {
        assert!(typed(&chosei_mine(), text).is_right(), "{text:?}");
    }
    // A family name before a given name is not a head noun left out.
    assert_eq!(typed(&lee(), "Lee"), Grade::right());
    assert_eq!(typed(&xi(), "Xi"), Grade::wrong(), "no note when the name has no head noun");
}

#[test]
fn the_words_left_out_are_quoted_as_written() {
    assert_eq!(last_words("the Chosei Coal Mine", 2), "Coal Mine");
    assert_eq!(last_words("Lee Jae-myung", 2), "Jae-myung", "a hyphenated word is two words folded");
    assert_eq!(last_words("Han River", 5), "Han River");
}

#[test]
fn is_enough_refuses_vague_aliases_and_names_cut_short() {
    let forms = |items: &[&str]| strings(items);
    let observers = forms(&["some observers", "some"]);
    assert!(is_enough("some observers", &observers));
    assert!(!is_enough("some", &observers));
    assert!(is_enough("some", &forms(&["some", "some observers"])), "the canonical answer always is");
    let mine = forms(&["the Chosei Coal Mine", "Chosei Coal Mine", "Chosei mine", "Chosei"]);
    assert!(!is_enough("Chosei", &mine));
    assert!(is_enough("Chosei mine", &mine));
    assert!(is_enough("Chosei Coal Mine", &mine));
    let tragedy = forms(&["the Chosei Coal Mine tragedy", "Chosei Coal Mine"]);
    assert!(is_enough("Chosei Coal Mine", &tragedy), "it ends in a head noun of its own");
    assert!(is_enough("Lee", &forms(&["Lee Jae Myung", "Lee"])));
}

#[test]
fn digits_are_never_typos() {
    let cloze = typed_text("Lee visited Takaichi in Nara on ____.", &["January 12th"], &["January 5th"]);
    assert!(!typed(&cloze, "January 13th").is_right());
    assert!(!typed(&cloze, "January 5th").is_right());
    assert!(typed(&cloze, "Jan 12").is_right(), "the same date in another form");
    assert!(typed(&cloze, "the twelfth of January").is_right());
    assert!(typed(&cloze, "Janury 12th").is_right(), "a typo in letters");
}

#[test]
fn cloze_numbers_may_be_typed_as_words() {
    let cloze = typed_text("… of which ____ were Korean forced labourers taken to Japan.", &["136"], &[]);
    assert!(typed(&cloze, "136").is_right());
    assert!(typed(&cloze, "one hundred thirty-six").is_right());
    assert!(typed(&cloze, "136.").is_right());
    assert!(!typed(&cloze, "137").is_right());
    assert!(!typed(&cloze, "one hundred thirty-seven").is_right());
}

#[test]
fn dates_in_any_common_form() {
    let q = date_question(1, 5);
    for text in [
        "January 5",
        "Jan 5",
        "5 January",
        "January 5th",
        "the 5th of January",
        "on January 5th.",
        "jan. 5",
        "January fifth",
        "5th January",
    ] {
        assert_eq!(typed(&q, text), Grade::right(), "{text}");
    }
}

#[test]
fn a_date_with_the_wrong_day_or_month_is_wrong() {
    let q = date_question(1, 5);
    for text in ["January 12", "January 6th", "February 5", "5", "January", "1/5", "", "Beijing"] {
        assert_eq!(typed(&q, text), Grade::wrong(), "{text}");
    }
}

#[test]
fn a_misspelt_month_is_forgiven_with_a_note() {
    let q = date_question(1, 5);
    let g = typed(&q, "Janaury 5th");
    assert!(g.is_right());
    assert_eq!(g.note.as_deref(), Some("Accepted: the spelling is “January”."));
    assert!(!typed(&q, "Janaury 6th").is_right());
    assert!(!typed(&q, "Febuary 5").is_right());
}

#[test]
fn numbers_as_digits_or_words_with_unit_and_hedge() {
    let q = five_years();
    for text in [
        "5",
        "five",
        "Five",
        "5.0",
        "5 years",
        "five years",
        "over 5 years",
        "Over five years.",
        "more than five years",
        "about 5",
        "just over 5 years",
        "5 year",
        "5years",
        "five-year",
        "~5",
    ] {
        assert_eq!(typed(&q, text), Grade::right(), "{text}");
    }
    for text in ["6", "six years", "4", "5 months", "over 5 months", "less than 5", "", "years", "five apples"] {
        assert_eq!(typed(&q, text), Grade::wrong(), "{text}");
    }
}

fn days_apart() -> Question {
    number_question(
        "How many days apart were Lee's meetings with Xi Jinping and Sanae Takaichi?",
        7.0,
        0.0,
        Some("days"),
    )
}

#[test]
fn an_amount_in_another_unit_is_right_when_it_converts_exactly() {
    let q = days_apart();
    for text in ["a week", "A week.", "one week", "1 week", "about a week", "a week apart", "1 wk"] {
        let g = typed(&q, text);
        assert!(g.is_right(), "{text}");
        assert_eq!(g.note, Some(format!("Accepted: “{}” is 7 days.", text.trim())), "{text}");
    }
    assert_eq!(typed(&q, "7 days"), Grade::right());
    for text in ["two weeks", "a fortnight", "a month", "a day", "a few days", "a", "half a week", "7 weeks"] {
        assert!(!typed(&q, text).is_right(), "{text}");
    }
    let fortnight = number_question("How many days did the talks last?", 14.0, 0.0, Some("days"));
    for text in ["a fortnight", "two weeks", "2 weeks", "fortnight", "336 hours"] {
        assert!(typed(&fortnight, text).is_right(), "{text}");
    }
    // The unit may come from the prompt alone.
    let unitless = number_question("How many days apart were the two meetings?", 7.0, 0.0, None);
    assert!(typed(&unitless, "a week").is_right());
    // 1.5 weeks is 10.5 days: within a tolerance of one day of 10, not the exact figure.
    let ten = number_question("How many days did it take?", 10.0, 1.0, Some("days"));
    let g = typed(&ten, "1.5 weeks");
    assert!(g.is_right());
    assert_eq!(g.note.as_deref(), Some("Close enough: the article's figure is 10."));
    assert!(!typed(&days_apart(), "1.5 weeks").is_right());
}

#[test]
fn calendar_spans_convert_among_themselves() {
    let months = number_question("How many months did the ban last?", 6.0, 0.0, Some("months"));
    for text in ["half a year", "6 months", "six months", "0.5 years"] {
        assert!(typed(&months, text).is_right(), "{text}");
    }
    let years = number_question("In over how many years?", 10.0, 0.0, Some("years"));
    for text in ["a decade", "one decade", "120 months", "ten years"] {
        assert!(typed(&years, text).is_right(), "{text}");
    }
    let century = number_question("How many years ago?", 100.0, 0.0, Some("years"));
    assert!(typed(&century, "a century").is_right());
    let eighteen = number_question("How many months?", 18.0, 0.0, Some("months"));
    for text in ["a year and a half", "one and a half years", "1.5 years"] {
        assert!(typed(&eighteen, text).is_right(), "{text}");
    }
    // A year has no fixed number of days: "a year" is 365 days only where the tolerance allows it.
    let exact = number_question("How many days?", 365.0, 0.0, Some("days"));
    assert!(!typed(&exact, "a year").is_right());
    let loose = number_question("How many days?", 365.0, 1.0, Some("days"));
    assert!(typed(&loose, "a year").is_right());
    // Units of different things never convert.
    assert!(!typed(&years, "10 km").is_right());
}

#[test]
fn a_dozen_is_twelve() {
    let q = number_question("How many people were rescued?", 12.0, 0.0, Some("people"));
    for text in ["a dozen", "a dozen people", "one dozen", "dozen", "12"] {
        assert!(typed(&q, text).is_right(), "{text}");
    }
    let many = number_question("How many ships?", 24.0, 0.0, None);
    assert!(typed(&many, "two dozen").is_right());
    assert!(typed(&number_question("How many?", 6.0, 0.0, None), "half a dozen").is_right());
    assert!(typed(&number_question("How many?", 18.0, 0.0, None), "a dozen and a half").is_right());
    assert!(!typed(&q, "a dozen dogs").is_right());
}

#[test]
fn the_hint_says_a_short_unit_or_a_number() {
    assert_eq!(units::numeric_hint(Some("days")), "(in days)");
    assert_eq!(units::numeric_hint(Some("km")), "(in km)");
    assert_eq!(units::numeric_hint(Some("per cent")), "(a percentage)");
    assert_eq!(units::numeric_hint(Some("%")), "(a percentage)");
    assert_eq!(units::numeric_hint(Some("million people")), "(in millions)");
    assert_eq!(units::numeric_hint(Some("people")), "(a number)");
    assert_eq!(units::numeric_hint(Some("shells")), "(a number)");
    assert_eq!(units::numeric_hint(Some("votes")), "(a number)");
    assert_eq!(units::numeric_hint(Some("Korean forced labourers")), "(a number)");
    assert_eq!(units::numeric_hint(Some("forced labourers")), "(a number)");
    assert_eq!(units::numeric_hint(Some("")), "(a number)");
    assert_eq!(units::numeric_hint(None), "(a number)");
}

#[test]
fn counts_accept_the_nouns_of_the_question() {
    let q = labourers();
    for text in [
        "136",
        "136.0",
        "one hundred thirty-six",
        "one hundred and thirty-six",
        "136 labourers",
        "136 laborers",
        "136 Korean forced labourers",
        "136 people",
        "136 victims",
    ] {
        assert_eq!(typed(&q, text), Grade::right(), "{text}");
    }
    for text in ["1,360", "13,6", "137", "136 dogs", "136 years"] {
        assert_eq!(typed(&q, text), Grade::wrong(), "{text}");
    }
    let thousands = number_question("How many?", 1360.0, 0.0, None);
    assert!(typed(&thousands, "1,360").is_right());
    assert!(typed(&thousands, "one thousand three hundred sixty").is_right());
}

#[test]
fn numbers_within_the_tolerance_are_right_with_a_note() {
    let q = number_question(
        "How many of the Chosei Coal Mine tragedy victims were Korean forced labourers?",
        136.0,
        2.0,
        None,
    );
    assert_eq!(typed(&q, "136"), Grade::right());
    let g = typed(&q, "138");
    assert!(g.is_right());
    assert_eq!(g.note.as_deref(), Some("Close enough: the article's figure is 136."));
    assert!(typed(&q, "about 134").is_right());
    assert!(!typed(&q, "139").is_right());
    assert!(!typed(&q, "133.9").is_right());
}

#[test]
fn matching_earns_the_fraction_of_pairs_right() {
    let q = leaders_to_countries();
    assert_eq!(pairs(&q, &[Some(2), Some(3), Some(0), Some(1)]), Grade::right());
    let half = pairs(&q, &[Some(2), Some(3), Some(1), Some(0)]);
    assert_score(&half, 0.5);
    assert_eq!(half.note.as_deref(), Some("2 of 4 pairs right."));
    assert_score(&pairs(&q, &[Some(2), Some(3), None, None]), 0.5);
    assert_score(&pairs(&q, &[Some(2), None, None, None]), 0.25);
    assert_score(&pairs(&q, &[Some(3), Some(2), Some(1), Some(0)]), 0.0);
    assert_score(&pairs(&q, &[None, None, None, None]), 0.0);
}

#[test]
fn matching_of_the_wrong_shape_scores_zero() {
    let q = leaders_to_countries();
    assert_eq!(pairs(&q, &[Some(2), Some(3), Some(0)]), Grade::wrong(), "too few");
    assert_eq!(pairs(&q, &[Some(2), Some(3), Some(0), Some(1), None]), Grade::wrong(), "too many");
    assert_eq!(pairs(&q, &[Some(2), Some(3), Some(0), Some(4)]), Grade::wrong(), "out of range");
    assert_eq!(pairs(&q, &[Some(2), Some(3), Some(0), Some(0)]), Grade::wrong(), "a partner twice");
    assert_eq!(grade(&q, &Response::Order(vec![2, 3, 0, 1])), Grade::wrong(), "not pairs");
}

#[test]
fn matching_allows_a_shared_partner_when_the_key_shares_one() {
    let q = question(
        QuestionKind::Match,
        "Match each leader to the city where Lee met them.",
        Body::Match {
            left: strings(&["Xi Jinping", "Sanae Takaichi", "Xi's wife"]),
            right: strings(&["Nara", "Beijing"]),
            pairs: vec![1, 0, 1],
        },
    );
    assert!(pairs(&q, &[Some(1), Some(0), Some(1)]).is_right());
    assert_score(&pairs(&q, &[Some(1), Some(1), Some(1)]), 2.0 / 3.0);
}

#[test]
fn ordering_earns_credit_for_the_longest_run_in_order() {
    let q = timeline();
    assert_eq!(order(&q, &[1, 3, 0, 2]), Grade::right());
    // Fully reversed: nothing in order.
    assert_eq!(order(&q, &[2, 0, 3, 1]), Grade::wrong());
    // One neighbouring pair swapped: one move fixes it.
    let g = order(&q, &[3, 1, 0, 2]);
    assert_score(&g, 2.0 / 3.0);
    assert_eq!(g.note.as_deref(), Some("Partly right: moving 1 item would put them in order."));
    // The first event put last: every item is in the wrong slot, yet one move fixes it.
    assert_score(&order(&q, &[3, 0, 2, 1]), 2.0 / 3.0);
    // Two halves swapped: two moves.
    let g = order(&q, &[0, 2, 1, 3]);
    assert_score(&g, 1.0 / 3.0);
    assert_eq!(g.note.as_deref(), Some("Partly right: moving 2 items would put them in order."));
}

#[test]
fn ordering_reversed_scores_zero_at_every_length() {
    for n in 2..=6 {
        let q = question(
            QuestionKind::Order,
            "Order these.",
            Body::Order { items: (0..n).map(|i| i.to_string()).collect(), order: (0..n).collect() },
        );
        let reversed: Vec<usize> = (0..n).rev().collect();
        assert_eq!(order(&q, &reversed), Grade::wrong(), "{n}");
        assert_eq!(order(&q, &(0..n).collect::<Vec<_>>()), Grade::right(), "{n}");
    }
}

#[test]
fn ordering_of_the_wrong_shape_scores_zero() {
    let q = timeline();
    assert_eq!(order(&q, &[1, 3, 0]), Grade::wrong(), "too few");
    assert_eq!(order(&q, &[1, 3, 0, 2, 2]), Grade::wrong(), "too many");
    assert_eq!(order(&q, &[1, 3, 0, 4]), Grade::wrong(), "out of range");
    assert_eq!(order(&q, &[1, 1, 0, 2]), Grade::wrong(), "an item twice");
    assert_eq!(order(&q, &[]), Grade::wrong(), "empty");
    assert_eq!(grade(&q, &Response::Pairs(vec![Some(1)])), Grade::wrong(), "not an order");
}

#[test]
fn malformed_questions_score_zero_rather_than_panic() {
    let bad_match = question(
        QuestionKind::Match,
        "?",
        Body::Match { left: strings(&["a", "b"]), right: strings(&["x"]), pairs: vec![0, 5] },
    );
    assert_eq!(pairs(&bad_match, &[Some(0), Some(0)]), Grade::wrong());
    let bad_order = question(QuestionKind::Order, "?", Body::Order { items: strings(&["a", "b"]), order: vec![0, 0] });
    assert_eq!(order(&bad_order, &[0, 1]), Grade::wrong());
    let bad_choice = question(QuestionKind::Mc, "?", Body::Choice { options: Vec::new(), correct: 3 });
    assert_eq!(grade(&bad_choice, &Response::Choice(3)), Grade::wrong());
}

mod never_panics {
    use proptest::prelude::*;

    use super::*;

    fn response() -> impl Strategy<Value = Response> {
        prop_oneof![
            (0usize..8).prop_map(Response::Choice),
            any::<bool>().prop_map(Response::Bool),
            ".{0,40}".prop_map(Response::Text),
            "(over |about |the |January |[0-9]{1,4}|five |hundred |years |,|\\.|-){0,8}".prop_map(Response::Text),
            prop::collection::vec(prop::option::of(0usize..6), 0..6).prop_map(Response::Pairs),
            prop::collection::vec(0usize..6, 0..6).prop_map(Response::Order),
        ]
    }

    proptest! {
        /// No answer made only of vague words scores anything, whichever question it answers (unless
        /// its answer is itself a vague word).
        #[test]
        fn an_answer_of_vague_words_alone_scores_zero(
            words in prop::collection::vec(prop::sample::select(VAGUE.split_whitespace().collect::<Vec<_>>()), 0..5),
            punctuation in "[ .,!?-]{1,3}",
        ) {
            let text = words.join(&punctuation);
            for q in [lee(), takaichi(), xi(), south_korea(), observers(), chosei_mine()] {
                let g = typed(&q, &text);
                prop_assert!(g.score <= 0.0, "{:?} for {:?}: {:?}", text, q.prompt, g);
            }
        }

        #[test]
        fn every_response_to_every_kind_scores_between_zero_and_one(response in response()) {
            for q in [
                lee(), south_korea(), date_question(1, 12), five_years(), labourers(),
                leaders_to_countries(), timeline(),
            ] {
                let g = grade(&q, &response);
                prop_assert!((0.0..=1.0).contains(&g.score), "{q:?} {response:?} {g:?}");
            }
        }
    }
}

#[test]
fn the_places_kept_in_order_are_those_the_note_does_not_ask_to_move() {
    let key = [0, 1, 2, 3];
    assert_eq!(kept_in_order(&key, &[0, 1, 2, 3]), [true; 4]);
    // The first two swapped: one of them is moved, the other three stay.
    let marks = kept_in_order(&key, &[1, 0, 2, 3]);
    assert_eq!(marks.iter().filter(|&&k| !k).count(), 1);
    // One early item dropped at the end: only it moves.
    assert_eq!(kept_in_order(&key, &[1, 2, 3, 0]), [true, true, true, false]);
    // Reversed: only one item can stay.
    assert_eq!(kept_in_order(&key, &[3, 2, 1, 0]).iter().filter(|&&k| k).count(), 1);
    assert_eq!(kept_in_order(&key, &[0, 0, 1, 2]), [false; 4], "not an ordering of the items");
}

mod kept {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn as_many_places_move_as_the_grade_counts(given in Just((0..6usize).collect::<Vec<_>>()).prop_shuffle()) {
            let key: Vec<usize> = (0..6).collect();
            let kept = kept_in_order(&key, &given).iter().filter(|&&k| k).count();
            let q = question(
                QuestionKind::Order,
                "Order these.",
                Body::Order { items: (0..6).map(|i| i.to_string()).collect(), order: key.clone() },
            );
            // The grade is (kept - 1) / (n - 1): the marks and the score count the same run.
            prop_assert!((order(&q, &given).score - (kept - 1) as f64 / 5.0).abs() < 1e-9);
        }
    }
}

#[test]
fn the_bundled_packs_numeric_questions_hint_what_to_type_and_take_equal_amounts() {
    let bank = crate::generate::Bank::bundled().expect("the bundled pack banks");
    let numeric = |fact: &str| {
        bank.questions
            .iter()
            .find(|q| q.kind == QuestionKind::Numeric && q.facts.iter().any(|f| f == fact))
            .expect("a numeric question of the fact")
    };
    let hint = |q: &Question| match &q.body {
        Body::Typed { unit, .. } => units::numeric_hint(unit.as_deref()),
        _ => String::new(),
    };
    // What `dossier bank` and `dossier quiz` print under the question (export::text uses the same hint).
    assert_eq!(hint(numeric("forced-labourers-136")), "(a number)");
    let days = numeric("meetings-within-a-week");
    assert_eq!(hint(days), "(in days)");
    for text in ["a week", "one week", "7", "seven days"] {
        assert!(typed(days, text).is_right(), "{text}");
    }
}

// ---- Version-2 dates (issue 12) ----

fn typed_when(when: &str, dateline: Option<&str>) -> Question {
    let when = When::parse(when).expect("a version-2 date");
    let dateline = dateline.map(|d| When::parse(d).expect("a dateline"));
    question(
        QuestionKind::Short,
        "When?",
        Body::Typed { answer: when.to_string(), expected: Expected::When { when, dateline }, unit: None },
    )
}

fn scores(q: &Question, answers: &[&str]) -> Vec<f64> {
    answers.iter().map(|a| typed(q, a).score).collect()
}

#[test]
fn a_day_with_its_year_is_right_without_the_year_and_wrong_with_another() {
    let q = typed_when("August 18, 2023", None);
    assert_eq!(scores(&q, &["August 18, 2023", "18 August 2023", "Aug 18", "on August 18", "August 18th"]), [1.0; 5]);
    assert_eq!(scores(&q, &["August 18, 2022", "August 19, 2023", "2023", "August 2023", ""]), [0.0; 5]);
    let misspelt = typed(&q, "Agust 18, 2023");
    assert!(misspelt.is_right(), "{misspelt:?}");
    assert!(misspelt.note.is_some_and(|n| n.contains("August")));
}

#[test]
fn a_month_and_day_typed_with_a_year_is_right_with_a_note() {
    let q = date_question(8, 10);
    for text in ["August 10, 2015", "10 August 2015", "on Aug 10, 2015"] {
        let g = typed(&q, text);
        assert!(g.is_right(), "{text}: {g:?}");
        assert!(g.note.is_some_and(|n| n.contains("August 10")), "{text}");
    }
    for text in ["August 11, 2015", "August 2015", "2015"] {
        assert!(!typed(&q, text).is_right(), "{text}");
    }
}

#[test]
fn a_month_a_year_and_a_span_are_right_only_as_themselves() {
    let month = typed_when("March 2023", None);
    assert_eq!(scores(&month, &["March 2023", "in March 2023", "Mar 2023"]), [1.0; 3]);
    assert_eq!(scores(&month, &["March 2022", "April 2023", "2023"]), [0.0; 3]);
    let year = typed_when("2023", None);
    assert_eq!(scores(&year, &["2023", "in 2023"]), [1.0; 2]);
    assert_eq!(scores(&year, &["2022", "March 2023"]), [0.0; 2]);
    let span = typed_when("1950–1953", None);
    assert_eq!(scores(&span, &["1950-1953", "from 1950 to 1953", "1950 to 1953"]), [1.0; 3]);
    assert_eq!(scores(&span, &["1950", "1951-1953"]), [0.0; 2]);
}

#[test]
fn a_relative_day_is_right_as_stated_or_worked_out_from_the_dateline() {
    let q = typed_when("yesterday", Some("August 21, 2015"));
    assert_eq!(
        scores(&q, &["yesterday", "Thursday", "on Thursday", "August 20", "August 20, 2015", "20 August"]),
        [1.0; 6]
    );
    assert_eq!(scores(&q, &["today", "Wednesday", "August 21", "August 20, 2014", "last Friday"]), [0.0; 5]);
    let thursday = typed_when("Thursday", Some("August 21, 2015"));
    assert_eq!(scores(&thursday, &["Thursday", "yesterday", "August 20"]), [1.0; 3]);
    // Without a dateline only the stated form is right.
    assert_eq!(scores(&typed_when("yesterday", None), &["yesterday", "August 20"]), [1.0, 0.0]);
}

#[test]
fn a_deadline_wants_its_target_and_its_target_alone_is_half_right() {
    let q = typed_when("by the end of 2023", None);
    assert_eq!(scores(&q, &["by the end of 2023", "the end of 2023", "end of 2023", "by 2023"]), [1.0; 4]);
    let bare = typed(&q, "2023");
    assert!((bare.score - DEADLINE_TARGET_CREDIT).abs() < 1e-12, "{bare:?}");
    assert!(bare.note.is_some_and(|n| n.contains("by the end of 2023")));
    assert_eq!(scores(&q, &["by 2024", "2024", "every year"]), [0.0; 3]);
    let day = typed_when("by August 31", None);
    assert_eq!(scores(&day, &["by August 31", "by Aug 31"]), [1.0; 2]);
    assert_eq!(scores(&day, &["August 31"]), [DEADLINE_TARGET_CREDIT]);
}

#[test]
fn a_recurrence_is_right_in_any_of_its_words() {
    let q = typed_when("every year", None);
    assert_eq!(scores(&q, &["every year", "annually", "once a year", "yearly", "each year"]), [1.0; 5]);
    assert_eq!(scores(&q, &["every two years", "every month", "2023", "twice a year"]), [0.0; 4]);
    let at_least = typed_when("at least once a year", None);
    let g = typed(&at_least, "annually");
    assert!(g.is_right(), "{g:?}");
    assert!(g.note.is_some_and(|n| n.contains("at least once a year")));
}

#[test]
fn millions_in_any_form_an_article_or_a_learner_writes_them() {
    let q =
        number_question("How many voters turned out for the Hong Kong legislative election?", 2_000_000.0, 0.0, None);
    for text in ["2000000", "2,000,000", "2 million", "two million", "Two million voters", "around 2 million"] {
        assert_eq!(typed(&q, text), Grade::right(), "{text}");
    }
    for text in ["3 million", "two thousand", "2", "twenty million"] {
        assert_eq!(typed(&q, text), Grade::wrong(), "{text}");
    }
}

#[test]
fn none_is_zero_where_the_question_asks_how_many() {
    let q = number_question("How many of the candidates were disqualified?", 0.0, 0.0, None);
    for text in ["0", "zero", "none", "None.", "no", "nobody", "no one"] {
        assert_eq!(typed(&q, text), Grade::right(), "{text}");
    }
    assert_eq!(typed(&q, "one"), Grade::wrong());
    // "none" is a count only where a count is asked, and never for a count other than zero.
    let not_a_count = number_question("What share of the votes did the party win?", 0.0, 0.0, Some("percent"));
    assert_eq!(typed(&not_a_count, "none"), Grade::wrong());
    let five = number_question("How many candidates were disqualified?", 5.0, 0.0, None);
    assert_eq!(typed(&five, "none"), Grade::wrong());
}

#[test]
fn an_entitys_own_name_is_fully_right_beside_a_longer_alias() {
    // nk-war's Yeoncheon has the alias "Yeoncheon town"; typing the name itself was marked as leaving "town"
    // out. The entity's name is always enough, and so is every alias that is itself a full name.
    let cases: [&[&str]; 3] = [
        &["Yeoncheon", "Yeoncheon town"],
        &["Yeoncheon", "the town of Yeoncheon"],
        &["Yeoncheon", "the town of Yeoncheon", "Yeoncheon town"],
    ];
    for accepted in cases {
        let q = typed_text("In which town did South Korea evacuate about 80 people?", accepted, &["Seoul"]);
        assert_eq!(typed(&q, "Yeoncheon"), Grade::right(), "{accepted:?}");
        assert_eq!(typed(&q, "yeoncheon"), Grade::right(), "{accepted:?}");
    }
}

//! Rules of English news grammar the drafter keeps, seen through what a learner reads: the questions of a
//! draft of a few sentences written for the test.

use dossier::generate::Bank;
use dossier::import::{self, Options};
use dossier::pack::Pack;

/// Every question prompt (stems and statements) of the draft of `body`; none when nothing is drafted.
fn questions(body: &str) -> Vec<String> {
    let text = format!("Envoys meet in Seoul\n\nSaturday, May 14, 2005\n\n{body}\n");
    let Ok(d) = import::draft(text.as_bytes(), "grammar.txt", &Options::default()) else { return Vec::new() };
    let pack =
        Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("a draft reads back");
    let bank = Bank::new(pack).expect("a draft banks");
    bank.questions.iter().map(|q| q.prompt.clone()).collect()
}

#[test]
fn a_country_that_takes_the_keeps_it_and_an_also_after_an_auxiliary_is_dropped() {
    let qs = questions(
        "South Korea has offered talks with North Korea. The U.S. has also met with North Korea's United Nations \
         ambassador to discuss the talks.",
    );
    assert!(
        qs.iter().any(|q| q.contains("The U.S. has met with North Korea's United Nations ambassador")),
        "no statement 'The U.S. has met …': {qs:#?}"
    );
    // A gap-fill quotes the article as written; statements and stems are the drafter's own.
    let own = qs.iter().filter(|q| !q.starts_with("Fill in the blank"));
    assert!(!own.clone().any(|q| q.contains("has also met")), "an 'also' is left in: {qs:#?}");
    assert!(!qs.iter().any(|q| q.starts_with("U.S. has")), "'the' is lost: {qs:#?}");
}

#[test]
fn a_short_name_of_a_country_that_takes_the_is_written_without_it() {
    // "America" takes no "the" where "the United States" and "the U.S." do ("Relations between the America
    // and China" was drafted from a held-out article).
    let qs = questions(
        "Relations between America and China have been strained. America has urged China to resume military talks.",
    );
    assert!(qs.iter().any(|q| q.contains("America")), "the sentences are drafted: {qs:#?}");
    assert!(!qs.iter().any(|q| q.to_lowercase().contains("the america")), "'the America': {qs:#?}");
}

#[test]
fn a_pronoun_that_points_outside_the_sentence_is_not_drafted() {
    let qs = questions(
        "South Korea and North Korea agreed on Saturday to hold talks. Japan has indicated they can use the \
         meeting to discuss nuclear issues. Japan has also met with North Korea's United Nations ambassador.",
    );
    assert!(qs.iter().any(|q| q.contains("Japan has met with")), "the rest of the article is drafted: {qs:#?}");
    assert!(!qs.iter().any(|q| q.contains("they can use the meeting")), "a 'they' nobody can place: {qs:#?}");
}

#[test]
fn a_false_statement_of_a_first_in_so_many_months_is_a_longer_span() {
    // "the first official talks in 10 months" is still true of 6 months: a false version with a shorter span
    // (drafted from a held-out article) was no lie. Only a longer one contradicts it.
    let text = "Envoys meet in Seoul\n\nSaturday, May 14, 2005\n\nSouth Korea and North Korea held talks in Kaesong \
        on Saturday. The talks were the first official talks between the two countries in 10 months.\n";
    let d = import::draft(text.as_bytes(), "grammar.txt", &Options::default()).expect("drafts");
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("reads back");
    let bank = Bank::new(pack).expect("banks");
    let spans: Vec<(bool, f64)> = bank
        .questions
        .iter()
        .filter_map(|q| match q.body {
            dossier::question::Body::TrueFalse { answer } if q.prompt.contains("first official talks") => {
                let n = q.prompt.split(" in ").last()?.split(' ').next()?.parse::<f64>().ok()?;
                Some((answer, n))
            }
            _ => None,
        })
        .collect();
    assert!(spans.contains(&(true, 10.0)), "the number is drafted: {spans:?}");
    for (answer, n) in &spans {
        assert!(*answer || *n > 10.0, "a false statement that is still true: {n} months");
    }
}

#[test]
fn the_chinese_capital_is_beijing_only_where_the_article_names_beijing() {
    let asks = |headline: &str| -> Vec<String> {
        let text = format!(
            "{headline}\n\nSunday, October 8, 2006\n\nJapanese Prime Minister Shinzo Abe arrived in the Chinese \
             capital on Sunday for his first summit talks with Chinese leaders.\n"
        );
        let Ok(d) = import::draft(text.as_bytes(), "capital.txt", &Options::default()) else { return Vec::new() };
        let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("reads back");
        let bank = Bank::new(pack).expect("banks");
        bank.questions.iter().map(|q| format!("{} -> {}", q.prompt, q.answer_text())).collect()
    };
    // The headline names Beijing: the visit is drafted and asked.
    let named = asks("Japanese PM arrives in Beijing");
    assert!(named.iter().any(|q| q.contains("visit") && q.ends_with("-> Beijing")), "{named:#?}");
    // Nowhere named: that the capital is Beijing is not the article's fact, so no question says so.
    let unnamed = asks("Japanese PM arrives for talks");
    assert!(!unnamed.iter().any(|q| q.contains("Beijing")), "{unnamed:#?}");
}

#[test]
fn a_stem_is_never_cut_inside_a_list_of_names() {
    // A long statement is asked up to its first comma; a comma between names of a list is no end of a clause
    // ("Which news outlet said South Korea?" was asked of a held-out draft).
    let qs = questions(
        "South Korea, China and the United States will hold three-way talks on Monday and the meeting of the \
         two foreign ministers is likely to follow after that, Yonhap said.",
    );
    assert!(qs.iter().any(|q| q.contains("Yonhap said South Korea, China")), "the statement is drafted: {qs:#?}");
    assert!(!qs.iter().any(|q| q.ends_with("said South Korea?")), "{qs:#?}");
}

#[test]
fn a_statement_ending_in_a_closed_quotation_gets_no_second_full_stop() {
    // "… a “sea of peace, cooperation and friendship.”." was a held-out draft's true/false statement.
    let qs = questions(
        "Japanese Prime Minister Shinzo Abe told reporters he will work to make the East China Sea a \u{201c}sea \
         of peace and friendship.\u{201d}",
    );
    assert!(qs.iter().any(|q| q.contains("sea of peace")), "the statement is drafted: {qs:#?}");
    assert!(!qs.iter().any(|q| q.ends_with(".\u{201d}.")), "{qs:#?}");
}

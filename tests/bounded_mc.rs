//! A multiple-choice question on a number the article states as a bound has exactly one option that makes
//! its sentence true. "Over how many years …? 5 / 3 / 10 / 7" (the article: "in over five years") is
//! ambiguous — "over 3 years" is true as well — so a lower or upper bound gets no multiple choice (numeric
//! and true/false remain), and an approximation ("about 80") only options far enough off to be false.
//! Checked on every bundled bank, on drafts of every shared article, and on a draft of sentences written
//! for this test.

use std::path::Path;

use dossier::generate::Bank;
use dossier::generate::distractors::{Bound, quantity_bound};
use dossier::import::{self, Options};
use dossier::pack::numbers::parse_number;
use dossier::pack::{Claim, Pack};
use dossier::question::{Body, QuestionKind};

/// Whether the sentence with `option` in place of the number is true of a number stated as `value` with
/// `bound`: "more than 700" makes "more than 350" true too, "less than 3" makes "less than 5" true, "about
/// 80" makes anything within a half of it again or two thirds of it true.
fn true_with(bound: Option<Bound>, value: f64, option: f64) -> bool {
    match bound {
        None => (option - value).abs() < 1e-9,
        Some(Bound::AtLeast) => option <= value,
        Some(Bound::AtMost) => option >= value,
        Some(Bound::About) => option > value * 2.0 / 3.0 && option < value * 1.5,
    }
}

/// The multiple-choice questions on a bounded quantity in `bank` that do not have exactly one true option,
/// and how many such questions there are in all.
fn ambiguous(name: &str, bank: &Bank) -> (Vec<String>, usize) {
    let mut bad = Vec::new();
    let mut asked = 0;
    for q in bank.questions.iter().filter(|q| q.kind == QuestionKind::Mc) {
        let Body::Choice { options, .. } = &q.body else { continue };
        let [fact_id] = q.facts.as_slice() else { continue };
        let Some(fact) = bank.pack.sheet.facts.iter().find(|f| &f.id == fact_id) else { continue };
        let Claim::Quantity { value, .. } = &fact.claim else { continue };
        let bound = quantity_bound(&fact.claim);
        if bound.is_none() {
            continue;
        }
        asked += 1;
        let values: Vec<Option<f64>> = options.iter().map(|o| parse_number(o)).collect();
        let true_options = values.iter().filter(|v| v.is_some_and(|v| true_with(bound, *value, v))).count();
        if true_options != 1 || values.iter().any(Option::is_none) {
            bad.push(format!("{name} {}: {} {options:?} ({true_options} true)", q.id, q.prompt));
        }
    }
    (bad, asked)
}

fn draft_bank(name: &str, text: &str) -> Bank {
    let d = import::draft(text.as_bytes(), name, &Options::default()).expect("the article drafts");
    let pack = Pack::from_sources(&format!("{}.ron", d.sheet.id), &d.ron, &d.article, None).expect("the draft reads");
    Bank::new(pack).expect("the draft banks")
}

#[test]
fn every_bundled_bank_and_shared_draft_has_one_true_option_per_bounded_number() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bad = Vec::new();
    for pack in ["lee-china-japan", "nk-war", "asylum", "hk-election"] {
        let bank = Bank::load(&root.join(format!("quizzes/{pack}.ron"))).unwrap_or_else(|e| panic!("{pack}: {e}"));
        bad.extend(ambiguous(pack, &bank).0);
        let text = std::fs::read_to_string(root.join(format!("quizzes/{pack}.txt"))).expect("the shared article");
        bad.extend(ambiguous(&format!("draft of {pack}"), &draft_bank(&format!("{pack}.txt"), &text)).0);
    }
    let mut articles: Vec<_> = std::fs::read_dir(root.join("tests/articles"))
        .expect("tests/articles")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    for path in articles {
        let text = std::fs::read_to_string(&path).expect("an article");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        bad.extend(ambiguous(&format!("draft of {name}"), &draft_bank(&name, &text)).0);
    }
    assert!(bad.is_empty(), "multiple choice with other than one true option:\n{}", bad.join("\n"));
}

/// Sentences written for this test: a count stated as "about", one as "over", one as "less than", and one
/// exactly.
const ARTICLE: &str = "Harbour strike ends in Bergen

Tuesday, April 8, 2025

About 600 dock workers joined the strike in Bergen on Monday.

Over 200 workers attended the meeting in Bergen.

The strike ended less than nine days after it began.

The union signed a deal with 14 shipping firms on Tuesday.
";

#[test]
fn an_approximate_number_is_offered_only_with_false_options_and_a_bound_not_at_all() {
    let bank = draft_bank("strike.txt", ARTICLE);
    let (bad, _) = ambiguous("strike", &bank);
    assert!(bad.is_empty(), "{bad:#?}");
    let mc: Vec<(&str, &Body)> =
        bank.questions.iter().filter(|q| q.kind == QuestionKind::Mc).map(|q| (q.prompt.as_str(), &q.body)).collect();
    let typed: Vec<&str> =
        bank.questions.iter().filter(|q| q.kind == QuestionKind::Numeric).map(|q| q.prompt.as_str()).collect();
    // The bounds are still asked as typed numbers, never as a choice.
    for words in ["Over how many workers", "less than how many days"] {
        assert!(typed.iter().any(|p| p.contains(words)), "{words}: {typed:#?}");
        assert!(!mc.iter().any(|(p, _)| p.contains(words)), "{words}: {mc:#?}");
    }
    // The approximation is a choice whose three other options are all far off 600.
    let (_, body) = mc.iter().find(|(p, _)| p.contains("About how many dock workers")).expect("about 600 as a choice");
    let Body::Choice { options, correct } = body else { panic!("a choice") };
    for (i, o) in options.iter().enumerate() {
        let v = parse_number(o).expect("a number");
        assert_eq!(i == *correct, (v - 600.0).abs() < 1e-9, "{options:?}");
        assert!(i == *correct || !(400.0..900.0).contains(&v), "{o} would make 'about 600' true: {options:?}");
    }
}

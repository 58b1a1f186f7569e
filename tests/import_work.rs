//! How much work drafting does, counted rather than timed (issue 13: "drafting a 1,000-word article under
//! 20 ms"): the content rules of the checker run once per draft, however many rounds of leaving out what
//! the bank and the audit refuse the draft takes. Each round used to write the sheet, parse it and run the
//! content rules again, though leaving items out of a sheet the rules passed can make no new problem.
//! Counted with [`dossier::text::work::checks`], never by wall-clock time.

use dossier::generate::{Bank, audit};
use dossier::import::{self, Options};
use dossier::pack::{Claim, Fact, Pack};

fn article() -> Vec<u8> {
    let path =
        format!("{}/tests/articles/wikinews-hong-kong-legislative-election-2016.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).expect("the Hong Kong election article")
}

/// The draft's sheet read back as `dossier check` reads it: the content rules, the bank and the audit
/// pass it with nothing to report.
fn passes_check(draft: &import::Draft) {
    let pack = Pack::from_sources("draft.ron", &draft.ron, &draft.article, None).expect("the draft passes the rules");
    let bank = Bank::new(pack).expect("the draft banks");
    assert_eq!(audit::audit(&bank.pack, &bank.questions), Vec::new(), "the audit finds nothing");
    assert_eq!(bank.questions.len(), draft.questions);
}

/// What a draft left out, but for Passage facts (ids `passage-…`).
fn not_passages(left_out: &[String]) -> Vec<&String> {
    left_out.iter().filter(|l| !l.starts_with("fact \"passage-")).collect()
}

#[test]
fn a_draft_whose_bank_refuses_a_fact_is_checked_once() {
    let before = dossier::text::work::checks();
    let draft = import::draft(&article(), "hk.txt", &Options::default()).expect("drafted");
    let checks = dossier::text::work::checks() - before;
    // The bank refuses one drafted quantity (nothing to blank, nothing to ask): a second round banks the
    // sheet without it, and does not run the content rules again.
    // Passages (sentences no pattern reads) whose every blank the bank refuses are left out in the same
    // round; the test is about the one quantity and the one run of the content rules.
    let left_out = not_passages(&draft.left_out);
    assert_eq!(left_out.len(), 1, "{left_out:?}");
    assert!(left_out[0].contains("yields no question"), "{left_out:?}");
    assert!(draft.left_out.iter().all(|l| l.contains("yields no question")), "{:?}", draft.left_out);
    assert_eq!(checks, 1, "the content rules ran {checks} times for one draft");
    passes_check(&draft);
}

#[test]
fn a_draft_whose_checker_and_bank_both_refuse_is_still_checked_once() {
    let prepared = import::prepare(&article(), "hk.txt").expect("prepared");
    let mut facts = prepared.facts.clone();
    // A fact naming an entity the sheet lacks: the content rules refuse it in the first round, the bank
    // refuses the quantity in the second, the third passes.
    let some = facts.iter().find(|f| matches!(f.claim, Claim::Identity { .. })).expect("an identity").clone();
    let Claim::Identity { is, country, .. } = some.claim else { unreachable!("an identity") };
    facts.push(Fact {
        id: "who-nobody".to_string(),
        claim: Claim::Identity { who: "nobody-at-all".to_string(), is, country },
        ..some
    });
    let before = dossier::text::work::checks();
    let draft =
        import::sheet::assemble(&prepared.article, &prepared.found, facts, &Options::default()).expect("drafted");
    let checks = dossier::text::work::checks() - before;
    let left_out = not_passages(&draft.left_out);
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    assert!(left_out[0].starts_with("fact \"who-nobody\""), "{left_out:?}");
    assert!(left_out[0].contains("not in `entities`"), "{left_out:?}");
    assert_eq!(checks, 1, "the content rules ran {checks} times for one draft");
    assert!(!draft.sheet.facts.iter().any(|f| f.id == "who-nobody"));
    passes_check(&draft);
}

#![cfg(feature = "grammar")]
//! Q3 of docs/question-quality.md: every question stem reads as grammatical English. The bundled bank is put
//! through Harper's grammar check (`dossier::text::grammar`, grammar lints only, the article's names known), and
//! `dossier check` reports a flagged stem as a warning at its fact, without refusing the pack.

use std::process::Command;

mod banks;

use dossier::generate::Bank;
use dossier::text::grammar::GrammarChecker;

/// Stems of the bundled bank that fail the grammar check today (issue 11, family 2). This number must only go
/// down: lower it when a fix lands, never raise it. None fail today (harper-core 0.54, the kinds in
/// `grammar::CHECKED`); with word choice also checked, two stems were flagged, neither a real problem:
/// `core-priority.cloze.subject-lee` (“_____’s core”: the blank splits the possessive) and
/// `chosei-tragedy.tf.true` (“coal mine”: Harper prefers “coalmine”).
const KNOWN_FAILURES: usize = 0;

/// A checker that knows the bundled pack's names.
fn bundled() -> (Bank, GrammarChecker) {
    let bank = Bank::bundled().expect("the bundled pack banks");
    let entities = &bank.pack.sheet.entities;
    let names: Vec<&str> =
        entities.iter().flat_map(|e| std::iter::once(&e.name).chain(&e.aliases)).map(String::as_str).collect();
    let checker = GrammarChecker::new(&names);
    (bank, checker)
}

#[test]
fn every_stem_of_the_bundled_bank_passes_the_grammar_check_but_the_known_failures() {
    let (bank, mut checker) = bundled();
    let mut failing: usize = 0;
    for q in &bank.questions {
        let problems = checker.check(&q.prompt);
        if problems.is_empty() {
            continue;
        }
        failing += 1;
        println!("{}: {}", q.id, q.prompt);
        for p in &problems {
            println!("    at “{}”: {}", p.words, p.message);
        }
    }
    println!("{failing} of {} stems fail the grammar check", bank.questions.len());
    // `failing <= KNOWN_FAILURES`, written so that clippy accepts it while the ceiling is 0.
    assert!(
        failing.saturating_sub(KNOWN_FAILURES) == 0,
        "{failing} stems fail the grammar check; at most {KNOWN_FAILURES} may"
    );
}

/// Stems that fail the grammar check today among the other bundled banks (nk-war, asylum, hk-election) and
/// the drafts `dossier import` makes of the three shared articles (the generator's rules hold for drafted
/// packs as for written ones). This number must only go down.
const KNOWN_FAILURES_OTHER_BANKS: usize = 0;

#[test]
fn every_stem_of_every_bundled_bank_and_of_the_shared_drafts_passes_the_grammar_check() {
    let mut failing: usize = 0;
    let mut stems: usize = 0;
    let mut drafted: usize = 0;
    for (name, bank) in banks::banks().iter().filter(|(name, _)| name != "lee-china-japan") {
        let entities = &bank.pack.sheet.entities;
        let names: Vec<&str> =
            entities.iter().flat_map(|e| std::iter::once(&e.name).chain(&e.aliases)).map(String::as_str).collect();
        let mut checker = GrammarChecker::new(&names);
        for q in &bank.questions {
            stems += 1;
            drafted += usize::from(name.starts_with("draft "));
            let problems = checker.check(&q.prompt);
            if problems.is_empty() {
                continue;
            }
            failing += 1;
            println!("{name} {}: {}", q.id, q.prompt);
            for p in &problems {
                println!("    at “{}”: {}", p.words, p.message);
            }
        }
    }
    println!("{failing} of {stems} stems fail the grammar check ({drafted} of them drafted)");
    assert!(drafted > 300, "the shared drafts are checked too: {drafted} drafted stems");
    assert!(
        failing.saturating_sub(KNOWN_FAILURES_OTHER_BANKS) == 0,
        "{failing} stems fail the grammar check; at most {KNOWN_FAILURES_OTHER_BANKS} may"
    );
}

#[test]
fn the_check_finds_bad_grammar_and_leaves_the_articles_names_alone() {
    let (_, mut checker) = bundled();
    for good in [
        "Where did Lee Jae Myung meet Xi Jinping on January 5th?",
        "Whom did Lee visit in her hometown, Nara?",
        "Which building is the Presidential residence in Seoul? Chang Wa Deo.",
        "Sanae Takaichi welcomed Lee in Nara.",
        "Did Takaichi meet Lee Jae Myung in Nara?",
        // A title before a name is not an adjective before a noun that lacks a preposition.
        "Whom did Premier Lee meet in Nara?",
        "Who did Prime Minister Takaichi welcome in Nara?",
    ] {
        assert_eq!(checker.check(good), Vec::new(), "{good}");
    }
    for bad in [
        "Lee met Xi in in Beijing.",
        "Lee visited an city in Japan.",
        "Lee ate a apple in Nara.",
        // The preposition rule still holds outside a question.
        "The city is famous its beaches.",
    ] {
        assert!(!checker.check(bad).is_empty(), "{bad}");
    }
}

#[test]
fn dossier_check_warns_of_an_ungrammatical_stem_at_its_fact_and_passes_the_pack() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let sheet = std::fs::read_to_string("tests/malformed/quantity-without-n.ron").expect("the corpus sheet");
    let sheet = sheet
        .replace(
            "The remains of many victims of the Chosei Coal Mine tragedy will be DNA tested.",
            "The remains of {n} victims of the Chosei Coal Mine tragedy will be DNA tested.",
        )
        .replace("How many victims' remains will be DNA tested?", "How many victims was there in in the tragedy?");
    std::fs::write(dir.path().join("pack.ron"), &sheet).expect("write the sheet");
    std::fs::copy("tests/malformed/article.txt", dir.path().join("article.txt")).expect("copy the article");
    let path = dir.path().join("pack.ron");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(": ok ("), "{stdout}");
    let warning = stdout.lines().find(|l| l.contains("warning:")).expect("a grammar warning");
    // file:line:column of the fact whose question it is.
    let line = sheet.lines().position(|l| l.contains("\"dna-victims\"")).expect("the fact") + 1;
    let at = format!("{}:{line}:", path.display());
    assert!(warning.starts_with(&at), "{warning} should start with {at}");
    assert!(warning.contains("How many victims was there in in the tragedy?"), "{warning}");
}

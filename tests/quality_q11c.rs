//! Issue 11's open defects on the bundled packs: numbers as the article writes them, varied distractors,
//! give-aways through accepted forms, and participants of one kind.

use std::path::Path;
use std::sync::OnceLock;

use dossier::generate::Bank;
use dossier::question::{Body, Question, QuestionKind};

fn bank_of(name: &'static str) -> &'static Bank {
    static BANKS: OnceLock<Vec<(&'static str, Bank)>> = OnceLock::new();
    let banks = BANKS.get_or_init(|| {
        ["lee-china-japan", "nk-war", "asylum", "hk-election"]
            .into_iter()
            .map(|p| {
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("quizzes/{p}.ron"));
                (p, Bank::load(&path).unwrap_or_else(|e| panic!("{p}: {e}")))
            })
            .collect()
    });
    &banks.iter().find(|(n, _)| *n == name).expect("a bundled pack of that name").1
}

/// Everything a learner reads of a question: the prompt, the options and the key.
fn shown(q: &Question) -> String {
    let options = match &q.body {
        Body::Choice { options, .. } => options.join(" | "),
        _ => String::new(),
    };
    format!("{} | {options} | {}", q.prompt, q.answer_text())
}

#[test]
fn numbers_print_as_the_evidence_writes_them() {
    // The article writes "around 2 million voters" and "84,121 votes"; the questions printed "2000000" and
    // "84121", and no blank could fall on either number.
    let bank = bank_of("hk-election");
    let shown: Vec<String> = bank.questions.iter().map(shown).collect();
    for bad in ["2000000", "84121"] {
        let hits: Vec<&String> = shown.iter().filter(|s| s.contains(bad)).collect();
        assert!(hits.is_empty(), "{bad} printed without the article's form: {hits:#?}");
    }
    for good in ["2 million", "84,121"] {
        let numeric = bank.questions.iter().any(|q| q.kind == QuestionKind::Numeric && q.answer_text() == good);
        assert!(numeric, "no numeric question keyed “{good}”");
        let statement =
            bank.questions.iter().any(|q| q.kind == QuestionKind::Tf && q.prompt.contains(&format!(" {good} ")));
        assert!(statement, "no statement with “{good}”");
        let blank = bank.questions.iter().any(|q| q.kind == QuestionKind::Cloze && q.answer_text() == good);
        assert!(blank, "no blank on “{good}”");
    }
}

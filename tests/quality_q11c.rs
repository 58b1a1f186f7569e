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

#[test]
fn an_entitys_own_name_is_always_fully_right() {
    // "Yeoncheon" (the entity's name, beside its alias "Yeoncheon town") was graded as leaving out "town"
    // where the question's first accepted form was the longer one.
    use dossier::grade::grade;
    use dossier::question::{Expected, Response};
    for name in ["lee-china-japan", "nk-war", "asylum", "hk-election"] {
        let bank = bank_of(name);
        let pack = &bank.pack;
        for q in &bank.questions {
            let Body::Typed { expected: Expected::Text { accepted, .. }, .. } = &q.body else { continue };
            for e in &pack.sheet.entities {
                if !accepted.iter().any(|a| a == &e.name) {
                    continue;
                }
                let g = grade(q, &Response::Text(e.name.clone()));
                assert!(g.score >= 1.0 && g.note.is_none(), "{name} {}: typing “{}” gives {g:?}", q.id, e.name);
            }
        }
    }
}

#[test]
fn the_name_is_fully_right_when_the_article_writes_a_longer_form() {
    // A blank over "Yeoncheon town" (as the article might write it) accepts that form first; typing the
    // entity's name "Yeoncheon" was then marked as leaving out "town".
    use dossier::grade::grade_text;
    let bank = bank_of("nk-war");
    let g = dossier::generate::Gen::new(&bank.pack);
    let id = bank.pack.sheet.entities.iter().find(|e| e.name == "Yeoncheon").expect("Yeoncheon in nk-war").id.clone();
    for written in ["Yeoncheon town", "the town of Yeoncheon"] {
        let dossier::question::Expected::Text { accepted, rivals, .. } = g.text_expected(&id, &[written.to_string()])
        else {
            panic!("a place is answered by text")
        };
        let grade = grade_text("Yeoncheon", &accepted, rivals.iter());
        assert!(grade.score >= 1.0 && grade.note.is_none(), "{written}: {grade:?}");
    }
}

#[test]
fn a_statement_naming_an_alias_of_the_key_gives_the_question_away() {
    // "Fuad Basya is the spokesman for the Indonesian military." states the answer of "_____, spokesman for
    // the Indonesian military" (key "Major general Fuad Basya"): the check compared the key alone.
    use dossier::generate::quiz::{gives_away, shown_text};
    let bank = bank_of("asylum");
    let blank = bank
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Cloze && q.prompt.contains("_____, spokesman for the Indonesian military"))
        .expect("the spokesman blank");
    let statement = bank
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Tf && q.prompt == "Fuad Basya is the spokesman for the Indonesian military.")
        .expect("the true statement");
    assert_ne!(blank.answer_text(), "Fuad Basya", "the blank's key is the form the article writes");
    assert!(gives_away(&shown_text(statement), blank));
    // A statement about something else does not.
    let other = bank.questions.iter().find(|q| q.kind == QuestionKind::Tf && !q.prompt.contains("Basya")).expect("tf");
    assert!(!gives_away(&shown_text(other), blank));
}

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

/// How often each person stands in a person question of `bank`: as a multiple-choice distractor where the
/// answer is a person, or as the name a false statement swaps in for one. Returns (questions, counts).
fn person_stand_ins(bank: &Bank) -> (usize, std::collections::BTreeMap<String, usize>) {
    use dossier::pack::EntityKind;
    let people: Vec<&str> =
        bank.pack.sheet.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    let mut counts = std::collections::BTreeMap::new();
    let mut questions = 0;
    for q in &bank.questions {
        let stand_ins: Vec<&str> = match (&q.body, q.kind) {
            (Body::Choice { options, correct }, QuestionKind::Mc) if people.contains(&options[*correct].as_str()) => {
                options.iter().enumerate().filter(|(i, _)| i != correct).map(|(_, o)| o.as_str()).collect()
            }
            (Body::TrueFalse { answer: false }, _) => {
                let truth_id = q.id.replace(".tf.false", ".tf.true");
                let Some(truth) = bank.questions.iter().find(|t| t.id == truth_id) else { continue };
                let mentions = |text: &str, p: &str| {
                    format!(" {text} ").contains(&format!(" {p} "))
                        || text.contains(&format!("{p}'s"))
                        || text.contains(&format!("{p}’s"))
                };
                let swapped: Vec<&str> =
                    people.iter().filter(|p| mentions(&q.prompt, p) && !mentions(&truth.prompt, p)).copied().collect();
                if swapped.is_empty() {
                    continue;
                }
                swapped
            }
            _ => continue,
        };
        questions += 1;
        for p in stand_ins {
            *counts.entry(p.to_string()).or_insert(0) += 1;
        }
    }
    (questions, counts)
}

#[test]
fn no_person_is_the_stand_in_of_most_person_questions() {
    // hk-election offered Nathan Law, Junius Ho and Gary Fan beside nearly every person, and its false
    // statements nearly always swapped in Nathan Law: the candidates were always taken from the top of one
    // order (most mentioned first). Three stand-ins a question spread evenly over a dozen or more people put
    // each in at most a quarter of the questions, over hk-election's 48 in about one in sixteen. The bound,
    // one in six, leaves room for the few who fill the same slot elsewhere and so come first (hk-election
    // measures about one in eleven at most).
    for name in ["hk-election", "lee-china-japan", "nk-war", "asylum"] {
        let bank = bank_of(name);
        let people = bank.pack.sheet.entities.iter().filter(|e| e.kind == dossier::pack::EntityKind::Person).count();
        let (questions, counts) = person_stand_ins(bank);
        // With fewer than a dozen people to pick from, three stand-ins a question must repeat often.
        if people < 12 || questions < 12 {
            continue;
        }
        let over: Vec<(&String, &usize)> = counts.iter().filter(|(_, n)| **n * 6 > questions).collect();
        assert!(over.is_empty(), "{name}: of {questions} person questions, {over:?} (all: {counts:?})");
    }
}

#[test]
fn a_participant_takes_part_together_only_with_one_of_its_kind() {
    // lee-china-japan asked "Which city took part in the dispute over the Taiwan statements together with
    // Japan's Prime Minister Sanae Takaichi?" → Beijing: a city does not take part together with a person.
    // Beside a participant of another kind it is asked for as the other party.
    use dossier::pack::Claim;
    let mut asked_alike = 0;
    for name in ["lee-china-japan", "nk-war", "asylum", "hk-election"] {
        let bank = bank_of(name);
        for fact in &bank.pack.sheet.facts {
            let Claim::Event { who, .. } = &fact.claim else { continue };
            let [a, b] = who.as_slice() else { continue };
            let kind = |id: &String| bank.pack.entity(id).map(|e| e.kind);
            let asked: Vec<&str> = bank
                .questions
                .iter()
                .filter(|q| q.facts == [fact.id.clone()] && q.id.rsplit('.').next() == Some("who"))
                .map(|q| q.prompt.as_str())
                .collect();
            if kind(a) == kind(b) {
                asked_alike += asked.len();
            } else {
                let together: Vec<&&str> = asked.iter().filter(|p| p.contains("together with")).collect();
                assert!(together.is_empty(), "{name} {}: {together:?}", fact.id);
            }
        }
    }
    // Participants of one kind are still asked for ("Who took part in the viral drum performance together
    // with South Korean President Lee Jae Myung?").
    assert!(asked_alike > 0);
    let dispute = bank_of("lee-china-japan").questions.iter().find(|q| {
        q.answer_text() == "Beijing" && q.prompt.contains("Taiwan statements") && q.kind == QuestionKind::Short
    });
    assert_eq!(
        dispute.map(|q| q.prompt.as_str()),
        Some("With whom did Japan's Prime Minister Sanae Takaichi have the dispute over the Taiwan statements?")
    );
    // A city beside a person stands for its government: never "which city was a party to …".
    for name in ["lee-china-japan", "nk-war", "asylum", "hk-election"] {
        for q in &bank_of(name).questions {
            assert!(!q.prompt.contains("which city was a party"), "{name} {}: {}", q.id, q.prompt);
        }
    }
}

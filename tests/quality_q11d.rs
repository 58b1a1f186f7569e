//! Issue 11's last question-quality defects, each a property over the four bundled banks: events told by
//! what they are, relation stems only over short states, phrase answers given away by another question's
//! text, places offered beside places of their own parent, true/false statements half true and half false,
//! and the heading of a matching of speakers and actors.

use std::path::Path;
use std::sync::OnceLock;

use dossier::generate::{Bank, QuizSettings, quiz_ranked};
use dossier::pack::EntityKind;
use dossier::question::{Body, Expected, Question, QuestionKind};
use dossier::text::fold;

const PACKS: [&str; 4] = ["lee-china-japan", "nk-war", "asylum", "hk-election"];

fn banks() -> &'static Vec<(&'static str, Bank)> {
    static BANKS: OnceLock<Vec<(&'static str, Bank)>> = OnceLock::new();
    BANKS.get_or_init(|| {
        PACKS
            .into_iter()
            .map(|p| {
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("quizzes/{p}.ron"));
                (p, Bank::load(&path).unwrap_or_else(|e| panic!("{p}: {e}")))
            })
            .collect()
    })
}

fn bank_of(name: &str) -> &'static Bank {
    &banks().iter().find(|(n, _)| *n == name).expect("a bundled pack of that name").1
}

fn quiz_of(bank: &Bank, seed: u64, count: usize) -> Vec<Question> {
    let settings = QuizSettings { seed, count, ..QuizSettings::default() };
    quiz_ranked(&bank.questions, &bank.quality, &settings)
}

#[test]
fn a_selfie_or_a_statement_never_takes_place() {
    // lee-china-japan seed 31337: "The smiley selfie took place in Nara on January 5." A photo is taken, a
    // statement made; only a happening takes place.
    let things = ["selfie", "photo", "picture", "statement", "document", "letter", "report", "image", "video"];
    let mut checked = 0;
    for (name, bank) in banks() {
        for q in &bank.questions {
            let p = q.prompt.to_lowercase();
            if !(p.contains("took place") || p.contains("take place") || p.contains("takes place")) {
                continue;
            }
            checked += 1;
            let before = p.split(" place").next().unwrap_or_default();
            for thing in things {
                let said = before.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphabetic()) == thing);
                assert!(!said, "{name}: {}: {}", q.id, q.prompt);
            }
        }
    }
    assert!(checked > 10, "only {checked} took-place stems");
    // The selfie is still asked about, as a thing taken.
    let lee = bank_of("lee-china-japan");
    let taken = lee.questions.iter().any(|q| q.prompt.starts_with("The smiley selfie was taken in Beijing"));
    assert!(taken, "no statement that the selfie was taken in Beijing");
}

#[test]
fn a_relation_is_asked_for_its_partner_only_over_a_short_state() {
    // "Relations between Lee Jae Myung and which person were marked by disagreements behind the smiley
    // selfie?" pours a free-text state into the frame.
    for (name, bank) in banks() {
        for q in &bank.questions {
            let Some((_, rest)) = q.prompt.split_once(" and which ") else { continue };
            if !q.prompt.starts_with("Relations ") {
                continue;
            }
            // "country are complex?": the kind noun, then the state.
            let state: Vec<&str> = rest.trim_end_matches('?').split_whitespace().skip(1).collect();
            assert!(state.len() <= 5 && !state.contains(&"by"), "{name}: {}: {}", q.id, q.prompt);
        }
    }
    // "Relations among South Korea, China and which country are complex?" (Japan) is no longer made since
    // session 13: the title, "South Korean President Lee Visits Both China and Japan", answers it. The
    // relation is still asked, as its statement.
    let lee = bank_of("lee-china-japan");
    assert!(!lee.questions.iter().any(|q| q.prompt.ends_with("and which country are complex?")));
    assert!(lee.questions.iter().any(|q| q.prompt == "Relations among South Korea, China and Japan are complex."));
}

/// Everything a question shows, folded and padded with spaces: prompt, options, matching and timeline items.
fn all_shown_text(q: &Question) -> String {
    let items: Vec<&String> = match &q.body {
        Body::Choice { options, .. } => options.iter().collect(),
        Body::Match { left, right, .. } => left.iter().chain(right).collect(),
        Body::Order { items, .. } => items.iter().collect(),
        Body::TrueFalse { .. } | Body::Typed { .. } => Vec::new(),
    };
    let all: Vec<String> = std::iter::once(&q.prompt).chain(items).map(|t| fold(t)).collect();
    format!(" {} ", all.join(" "))
}

/// The folded forms of a question's answer that are phrases of two or more content words, not all of them
/// capitalised (a name is not a phrase).
fn phrase_forms(q: &Question) -> Vec<String> {
    let mut forms = vec![q.answer_text()];
    if let Body::Typed { expected: Expected::Text { accepted, .. }, .. } = &q.body {
        forms.extend(accepted.iter().cloned());
    }
    if matches!(q.body, Body::TrueFalse { .. } | Body::Match { .. } | Body::Order { .. }) {
        return Vec::new();
    }
    let small = ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "its", "his", "her"];
    forms
        .into_iter()
        .filter(|f| {
            let content: Vec<&str> = f.split_whitespace().filter(|w| !small.contains(&fold(w).as_str())).collect();
            content.len() >= 2
                && content.iter().any(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase))
        })
        .map(|f| fold(&f))
        .collect()
}

#[test]
fn a_phrase_answer_is_not_shown_by_another_question_of_the_quiz() {
    // nk-war seed 7: the blank "under _____ that the KPA fired one shell" → "the absurd pretext", beside a
    // matching item "Called the South's reason for its fire an 'absurd pretext'".
    let mut found = Vec::new();
    let mut phrases = 0;
    for (name, bank) in banks() {
        for seed in 0..25 {
            for count in [20, 30] {
                let quiz = quiz_of(bank, seed, count);
                for b in &quiz {
                    let forms = phrase_forms(b);
                    phrases += usize::from(!forms.is_empty());
                    for a in quiz.iter().filter(|a| a.id != b.id) {
                        let shown = all_shown_text(a);
                        if let Some(f) = forms.iter().find(|f| shown.contains(&format!(" {f} "))) {
                            found.push(format!("{name} seed {seed}/{count}: «{f}» of {} shown by {}", b.id, a.id));
                        }
                    }
                }
            }
        }
    }
    assert!(phrases > 100, "only {phrases} phrase answers drawn");
    assert!(found.is_empty(), "{} give-aways, e.g. {:#?}", found.len(), &found[..found.len().min(8)]);
}

#[test]
fn a_place_is_offered_beside_places_of_its_own_parent() {
    // hk-election offered "Taikoo" (inside Hong Kong Island) beside the constituencies of Hong Kong.
    let mut checked = 0;
    for (name, bank) in banks() {
        let pack = &bank.pack;
        let by_name = |n: &str| pack.sheet.entities.iter().find(|e| e.name == n);
        for q in bank.questions.iter().filter(|q| q.kind == QuestionKind::Mc) {
            let Body::Choice { options, correct } = &q.body else { continue };
            let Some(answer) = options.get(*correct).and_then(|o| by_name(o)) else { continue };
            if !matches!(answer.kind, EntityKind::City | EntityKind::Place) {
                continue;
            }
            // Enough places of the answer's parent fill the asked slot elsewhere: then all options share it.
            let siblings = pack
                .sheet
                .entities
                .iter()
                .filter(|e| e.id != answer.id && e.kind == answer.kind && e.within == answer.within)
                .count();
            if siblings < 3 {
                continue;
            }
            checked += 1;
            for o in options {
                let parent = by_name(o).map(|e| e.within.clone());
                assert_eq!(parent, Some(answer.within.clone()), "{name}: {}: {o} among {options:?}", q.id);
            }
        }
    }
    assert!(checked >= 5, "only {checked} place questions checked");
}

#[test]
fn true_false_statements_come_out_near_half_false() {
    // A 30-question quiz had 9 statements and only one false. Statements take turns at true and false, and
    // one key never leads by more than two (`quiz::MAX_LEAD`; tests/quality_q11e.rs holds that bound).
    // Every pack has at least 8 false versions (lee-china-japan, the fewest, 15 of 54), but a quiz asks
    // no fact twice, and lee-china-japan's false versions are of facts other kinds ask too: about one is
    // left per quiz (before: lee-china-japan 29 of 225, 13 %; the other packs near half).
    for (name, bank) in banks() {
        let falses = bank.questions.iter().filter(|q| q.id.ends_with(".tf.false")).count();
        // 8: asylum's headline fact ("Over 900 asylum seekers rescued …") yields no question since the title
        // heading every quiz states it, and its false version went with it.
        assert!(falses >= 8, "{name}: only {falses} false versions");
        let (mut yes, mut no) = (0usize, 0usize);
        for seed in 0..60 {
            let quiz = quiz_of(bank, seed, 30);
            let (mut y, mut n) = (0usize, 0usize);
            for q in &quiz {
                match q.body {
                    Body::TrueFalse { answer: true } => y += 1,
                    Body::TrueFalse { answer: false } => n += 1,
                    _ => {}
                }
            }
            assert!(n + 2 >= y, "{name} seed {seed}: {y} true and {n} false statements");
            yes += y;
            no += n;
        }
        // lee-china-japan: 59 of 238 once five awkward clozes left its bank (a few false versions, of facts
        // other kinds ask too): at least a fifth.
        assert!(no * 5 >= yes + no, "{name}: {no} false of {} statements", yes + no);
    }
}

#[test]
fn a_matching_of_deeds_is_not_headed_said_or_think() {
    // nk-war matched "fired artillery rounds …" and "evacuated people …" under "… said or think".
    let deeds = ["Fired ", "Evacuated ", "Retaliated ", "Rescued ", "Gained ", "Performs "];
    for (name, bank) in banks() {
        for q in &bank.questions {
            let Body::Match { right, .. } = &q.body else { continue };
            if !q.prompt.contains("said or think") && !q.prompt.contains("they said.") {
                continue;
            }
            for r in right {
                assert!(!deeds.iter().any(|d| r.starts_with(d)), "{name}: {}: «{}» holds «{r}»", q.id, q.prompt);
            }
        }
    }
    let nk = bank_of("nk-war");
    let deeds_matched = nk.questions.iter().any(|q| {
        matches!(&q.body, Body::Match { right, .. } if right.iter().any(|r| r.starts_with("Fired ") || r.starts_with("Evacuated ")))
    });
    assert!(deeds_matched, "nk-war no longer matches its actors to their deeds");
}

#[test]
fn a_fact_paired_in_a_matching_is_not_asked_again_in_the_same_quiz() {
    // asylum seed 4242 (30 questions): "Which country maintained, with Indonesia, a policy of turning away
    // boats?" beside a matching pairing "Malaysia → Has maintained, with Indonesia, …"; nk-war seed 4242: a
    // blank in "The South retaliated by firing dozens of rounds" beside the matching's "Retaliated by firing
    // dozens …". The matching answers the other question on the same page.
    let mut quizzes = 0;
    let mut with_matching = 0;
    for (name, bank) in banks() {
        let group = dossier::generate::quiz::fact_groups(&bank.questions);
        let key = |f: &String| group.get(f).cloned().unwrap_or_else(|| f.clone());
        for seed in 1..=40 {
            for count in [10, 20] {
                let quiz = quiz_of(bank, seed, count);
                quizzes += 1;
                let matchings: Vec<&Question> =
                    quiz.iter().filter(|q| matches!(q.body, dossier::question::Body::Match { .. })).collect();
                with_matching += usize::from(!matchings.is_empty());
                for m in &matchings {
                    let paired: Vec<String> = m.facts.iter().map(&key).collect();
                    for q in quiz.iter().filter(|q| !matches!(q.body, dossier::question::Body::Match { .. })) {
                        assert!(
                            !q.facts.iter().any(|f| paired.contains(&key(f))),
                            "{name} seed {seed} count {count}: {} ({}) asks a fact matching {} pairs",
                            q.id,
                            q.prompt,
                            m.id
                        );
                    }
                }
            }
        }
    }
    assert!(with_matching * 2 > quizzes, "most quizzes hold a matching ({with_matching} of {quizzes})");
}

#[test]
fn one_fact_is_not_asked_twice_where_one_question_answers_the_other() {
    // Such a pair is drawn only as a last resort, when a pack has nothing fresher: at most one in twenty
    // 20-question quizzes (before the rule: 76 pairs in 160 quizzes; with it, 6). Thirty questions
    // from nk-war or asylum, whose facts fall in fewer evidence groups, must come back to facts more often.
    // nk-war seed 777 (30 questions): "About how many people did South Korea evacuate in the town of
    // Yeoncheon?" beside "In which city did the evacuation take place?" (→ Yeoncheon), and "… within 24
    // hours → False" beside "Within how many hours …? 72 | 24 | 96 | 48".
    use dossier::question::Body;
    let single = |q: &Question| q.facts.len() == 1 && !matches!(q.body, Body::Match { .. } | Body::Order { .. });
    let shown = |q: &Question| {
        let options = match &q.body {
            Body::Choice { options, .. } => options.join(" "),
            _ => String::new(),
        };
        format!(" {} {} ", q.prompt, options).to_lowercase()
    };
    let mut bad = 0;
    for (name, bank) in banks() {
        let group = dossier::generate::quiz::fact_groups(&bank.questions);
        let key = |f: &String| group.get(f).cloned().unwrap_or_else(|| f.clone());
        for seed in 1..=40 {
            let quiz = quiz_of(bank, seed, 20);
            for (i, a) in quiz.iter().enumerate().filter(|(_, q)| single(q)) {
                for b in quiz[i + 1..].iter().filter(|q| single(q) && key(&q.facts[0]) == key(&a.facts[0])) {
                    let tf = |q: &Question| matches!(q.body, Body::TrueFalse { .. });
                    if tf(a) != tf(b) {
                        eprintln!("{name} seed {seed}: a statement and a question of one fact: {} / {}", a.id, b.id);
                        bad += 1;
                    }
                    for (x, y) in [(a, b), (b, a)] {
                        let answers = dossier::generate::quiz::answer_forms(x);
                        let shows = answers
                            .iter()
                            .any(|f| f.len() >= 3 && shown(y).contains(&format!(" {} ", f.to_lowercase())));
                        if shows {
                            eprintln!("{name} seed {seed}: {} shows the answer of {} ({})", y.id, x.id, x.prompt);
                            bad += 1;
                        }
                    }
                }
            }
        }
    }
    let quizzes = banks().len() * 40;
    assert!(bad * 20 <= quizzes, "{bad} pairs of questions on one fact that answer each other in {quizzes} quizzes");
}

#[test]
fn no_blank_follows_an() {
    // nk-war: "… after an _____-year lull" (the grammar check's one finding over the four banks): "an" tells
    // the answer's first sound and reads wrong before a blank.
    for (name, bank) in banks() {
        for q in &bank.questions {
            assert!(!q.prompt.to_lowercase().contains(" an _____"), "{name}: {} reads \"{}\"", q.id, q.prompt);
        }
    }
}

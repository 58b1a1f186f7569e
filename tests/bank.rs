//! The bundled pack's question bank and quizzes, checked as a learner would notice: one right answer,
//! same-type distractors, no answer in the stem, determinism.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use dossier::generate::{QuizSettings, bank, quiz, supported};
use dossier::grade::{grade, is_enough};
use dossier::pack::{Claim, Entity, EntityKind, MonthDay, Pack};
use dossier::question::{Body, Expected, Question, QuestionKind, Response};
use dossier::text::fold;
use proptest::prelude::*;

// ---- Issue 11, families 2, 3, 4 and rules Q6, Q10 (docs/question-quality.md) ----

/// The entity a typed or chosen answer names, if any (by name or alias, folded).
fn answer_entity<'p>(pack: &'p Pack, answer: &str) -> Option<&'p dossier::pack::Entity> {
    let a = fold(answer);
    pack.sheet.entities.iter().find(|e| std::iter::once(&e.name).chain(&e.aliases).any(|n| fold(n) == a))
}

/// What a learner types or picks as the answer of a single-answer question.
fn single_answer(q: &Question) -> Option<String> {
    match &q.body {
        Body::Choice { options, correct } => options.get(*correct).cloned(),
        Body::Typed { answer, .. } => Some(answer.clone()),
        _ => None,
    }
}

/// Q4: "some observers", "analysts": a group whose name has neither a capital nor "the".
fn names_nobody(e: &dossier::pack::Entity) -> bool {
    e.kind == EntityKind::Group
        && !e.name.to_lowercase().starts_with("the ")
        && !e.name.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[test]
fn q4_no_typed_choice_or_blank_answer_is_a_group_without_a_name() {
    let pack = pack();
    let mut checked = 0;
    for q in
        the_bank().iter().filter(|q| matches!(q.kind, QuestionKind::Mc | QuestionKind::Short | QuestionKind::Cloze))
    {
        let Some(answer) = single_answer(q) else { continue };
        if let Some(e) = answer_entity(pack, &answer) {
            checked += 1;
            assert!(!names_nobody(e), "{}: {:?} → {answer:?} names nobody", q.id, q.prompt);
        }
    }
    assert!(checked > 50, "only {checked} entity answers");
    // The vague agents still appear where the issue allows them: in a matching.
    let in_matching = the_bank().iter().any(|q| match &q.body {
        Body::Match { left, .. } => left.iter().any(|l| l == "some observers"),
        _ => false,
    });
    assert!(in_matching, "\"some observers\" still appears in a matching");
}

/// The words of a stem, as a reader counts them.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn q3_slot_stems_read_as_a_person_would_write_them() {
    for q in
        the_bank().iter().filter(|q| matches!(q.kind, QuestionKind::Mc | QuestionKind::Short | QuestionKind::Numeric))
    {
        let p = &q.prompt;
        assert!(words(p) <= 25, "{}: {} words: {p:?}", q.id, words(p));
        let lower = p.to_lowercase();
        for bad in [", and so ", " and so are ", " and so do "] {
            assert!(!lower.contains(bad), "{}: a continuation moved into a question: {p:?}", q.id);
        }
        assert!(!lower.starts_with("which phrase is"), "{}: {p:?}", q.id);
        assert!(!lower.starts_with("which issue is"), "{}: {p:?}", q.id);
        // A "where/when did X take place" frame holds a name, not a clause.
        if let Some(rest) = lower.strip_suffix(" take place?")
            && let Some((_, what)) = rest.split_once(" did ")
        {
            assert!(words(what) <= 8, "{}: a clause in a take-place frame: {p:?}", q.id);
            for w in what.split(|c: char| !c.is_alphanumeric()) {
                assert!(!["whose", "which", "that", "who", "known"].contains(&w), "{}: {p:?}", q.id);
            }
        }
    }
}

#[test]
fn q6_no_blank_is_the_owner_of_the_name_beside_it() {
    let pack = pack();
    let mut checked = 0;
    for q in the_bank().iter().filter(|q| q.kind == QuestionKind::Cloze) {
        let Some(answer) = single_answer(q) else { continue };
        for (at, _) in q.prompt.match_indices("_____") {
            let after = &q.prompt[at + 5..];
            let Some(owned) = after.strip_prefix("’s ").or_else(|| after.strip_prefix("'s ")) else { continue };
            checked += 1;
            let window: String = owned.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
            for e in &pack.sheet.entities {
                let Some(country) = e.country.as_deref().and_then(|c| pack.entity(c)) else { continue };
                let owner_is_answer =
                    std::iter::once(&country.name).chain(&country.aliases).any(|n| fold(n) == fold(&answer));
                let named = std::iter::once(&e.name).chain(&e.aliases).any(|n| contains_word(&window, n));
                assert!(
                    !(owner_is_answer && named),
                    "{}: {:?} gives {answer:?} away through {:?}",
                    q.id,
                    q.prompt,
                    e.name
                );
            }
        }
    }
    assert!(checked >= 1, "some blanks are possessives");
}

#[test]
fn q5_metadata_is_banked_but_quizzed_only_when_its_topic_is_asked_for() {
    let bank = the_bank();
    let metadata = |q: &Question| !q.topics.is_empty() && q.topics.iter().all(|t| t == "the-article");
    assert!(bank.iter().any(|q| q.id == "byline.short.who"), "the bank still lists the byline");
    assert!(bank.iter().any(|q| q.id.starts_with("photo-credit.")), "the bank still lists the photo credit");
    for seed in 0..40 {
        let all = quiz(bank, &settings(seed, bank.len()));
        // As long as the bank supports without asking a fact twice (`supported`). Session 13 keeps more
        // give-aways apart (one relation asked twice, an answer restated, one sentence cut twice): the
        // shortest of these 40, drawn unscored, has 17 questions (measured; 20 before).
        assert!(all.len() >= 17, "seed {seed}: {} questions", all.len());
        for q in &all {
            assert!(!metadata(q), "seed {seed}: {} ({:?}) in a quiz that did not ask for the article", q.id, q.prompt);
        }
        let history = QuizSettings { seed, count: 500, topics: vec!["history".into()], ..QuizSettings::default() };
        assert!(quiz(bank, &history).iter().all(|q| !metadata(q)));
    }
    let asked = QuizSettings { seed: 3, count: 500, topics: vec!["the-article".into()], ..QuizSettings::default() };
    let got = quiz(bank, &asked);
    assert!(got.iter().any(|q| q.facts.iter().any(|f| f == "byline")), "asked for, the byline is quizzed");
    // A caption that is also about the subject is no metadata: every quiz admits it.
    let caption: Vec<&Question> = bank.iter().filter(|q| q.id.starts_with("chang-wa-deo-residence.")).collect();
    assert!(!caption.is_empty() && caption.iter().all(|q| settings(1, 10).admits(q)));
    // No matching or timeline mixes a metadata fact in.
    for q in bank.iter().filter(|q| matches!(q.kind, QuestionKind::Match | QuestionKind::Order)) {
        for f in &q.facts {
            assert!(!["byline", "photo-credit", "photo-source"].contains(&f.as_str()), "{} rests on {f}", q.id);
        }
    }
}

#[test]
fn q10_matchings_pair_one_kind_and_timelines_name_events() {
    let pack = pack();
    for q in the_bank() {
        match &q.body {
            Body::Match { left, .. } => {
                let kinds: BTreeSet<String> = left.iter().map(|l| option_type(pack, l)).collect();
                if q.id.starts_with("match.identities.") || q.id.starts_with("match.leaders.") {
                    assert_eq!(kinds.len(), 1, "{}: one relation, one kind of name: {left:?}", q.id);
                }
            }
            Body::Order { items, .. } => {
                for item in items {
                    assert!(words(item) <= 8, "{}: {item:?} is a description, not an event", q.id);
                    let lower = item.to_lowercase();
                    for w in lower.split(|c: char| !c.is_alphanumeric()) {
                        assert!(!["whose", "which", "that", "who", "made"].contains(&w), "{}: {item:?}", q.id);
                    }
                }
            }
            _ => {}
        }
    }
}

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| Pack::bundled().unwrap_or_else(|e| panic!("bundled pack: {e}")))
}

fn the_bank() -> &'static [Question] {
    static BANK: OnceLock<Vec<Question>> = OnceLock::new();
    BANK.get_or_init(|| bank(pack()))
}

fn contains_word(haystack: &str, needle: &str) -> bool {
    let n = fold(needle);
    !n.is_empty() && format!(" {} ", fold(haystack)).contains(&format!(" {n} "))
}

/// The semantic type of an option: an entity kind, a date or a number.
fn option_type(pack: &Pack, text: &str) -> String {
    if let Some(e) = pack.sheet.entities.iter().find(|e| e.name == text) {
        return format!("{:?}", e.kind);
    }
    if MonthDay::parse(text).is_some() {
        return "date".into();
    }
    if text.parse::<f64>().is_ok() {
        return "number".into();
    }
    format!("unknown: {text}")
}

#[test]
fn the_bank_is_large_and_covers_every_kind_without_duplicates() {
    let bank = the_bank();
    let mut per_kind: BTreeMap<QuestionKind, usize> = BTreeMap::new();
    for q in bank {
        *per_kind.entry(q.kind).or_default() += 1;
    }
    println!("bank: {} questions {per_kind:?}", bank.len());
    assert!(bank.len() >= 150, "only {} questions", bank.len());
    for kind in QuestionKind::ALL {
        assert!(per_kind.get(&kind).copied().unwrap_or(0) >= 1, "no {kind:?} question");
    }
    let ids: BTreeSet<&str> = bank.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids.len(), bank.len(), "question ids are unique");
    let prompts: BTreeSet<(QuestionKind, String, String)> =
        bank.iter().map(|q| (q.kind, fold(&q.prompt), fold(&q.answer_text()))).collect();
    assert_eq!(prompts.len(), bank.len(), "no two questions of a kind ask the same thing");
}

#[test]
fn every_fact_yields_a_question_and_every_question_keeps_its_evidence() {
    let pack = pack();
    let bank = the_bank();
    // The headline's fact is told by the title heading every quiz, so it yields no question (session 12).
    let title = fold(&pack.sheet.title);
    for fact in pack.sheet.facts.iter().filter(|f| fold(&f.evidence) != title) {
        assert!(bank.iter().any(|q| q.facts.contains(&fact.id)), "fact {} yields nothing", fact.id);
    }
    assert!(pack.sheet.facts.iter().any(|f| fold(&f.evidence) == title), "the headline's fact is in the sheet");
    for q in bank {
        assert!(!q.facts.is_empty(), "{}", q.id);
        assert_eq!(q.facts.len(), q.evidence.len(), "{}", q.id);
        for e in &q.evidence {
            assert!(pack.article.find(e).is_some(), "{}: evidence not in article", q.id);
        }
    }
}

#[test]
fn multiple_choice_has_four_distinct_same_type_options_and_one_right() {
    let pack = pack();
    for q in the_bank().iter().filter(|q| q.kind == QuestionKind::Mc) {
        let Body::Choice { options, correct } = &q.body else { panic!("{}: not a choice body", q.id) };
        assert_eq!(options.len(), 4, "{}", q.id);
        let distinct: BTreeSet<String> = options.iter().map(|o| fold(o)).collect();
        assert_eq!(distinct.len(), 4, "{}: options differ visibly: {options:?}", q.id);
        let right: Vec<usize> = (0..4).filter(|&i| grade(q, &Response::Choice(i)).is_right()).collect();
        assert_eq!(right, vec![*correct], "{}", q.id);
        let answer_type = option_type(pack, &options[*correct]);
        assert!(!answer_type.starts_with("unknown"), "{}: {answer_type}", q.id);
        for o in options {
            assert_eq!(option_type(pack, o), answer_type, "{}: option {o:?}", q.id);
        }
    }
}

#[test]
fn no_stem_contains_its_answer_or_an_alias() {
    let pack = pack();
    for q in the_bank() {
        let forms: Vec<String> = match &q.body {
            Body::Choice { options, correct } => {
                let name = &options[*correct];
                match pack.sheet.entities.iter().find(|e| &e.name == name) {
                    Some(e) => std::iter::once(e.name.clone()).chain(e.aliases.clone()).collect(),
                    None => vec![name.clone()],
                }
            }
            Body::Typed { expected: Expected::Text { accepted, .. }, .. } => accepted.clone(),
            Body::Typed { answer, .. } => vec![answer.clone()],
            _ => continue,
        };
        for f in forms {
            assert!(!contains_word(&q.prompt, &f), "{}: stem {:?} contains {f:?}", q.id, q.prompt);
        }
    }
}

#[test]
fn true_false_comes_in_pairs_of_one_true_and_one_false() {
    let bank = the_bank();
    let mut by_fact: BTreeMap<&str, Vec<bool>> = BTreeMap::new();
    for q in bank.iter().filter(|q| q.kind == QuestionKind::Tf) {
        let Body::TrueFalse { answer } = q.body else { panic!("{}", q.id) };
        by_fact.entry(q.facts[0].as_str()).or_default().push(answer);
        assert!(grade(q, &Response::Bool(answer)).is_right());
        assert!(!grade(q, &Response::Bool(!answer)).is_right());
    }
    // A false twin only where a slot has one right value (Q2): every meeting, dated visit and number has
    // one, and so has every event placed in a city or dated.
    let pack = pack();
    for fact in &pack.sheet.facts {
        let exclusive = match &fact.claim {
            Claim::Meeting { .. } | Claim::Quantity { .. } | Claim::Visit { date: Some(_), .. } => true,
            Claim::Event { place, date, .. } => {
                date.is_some()
                    || place.as_ref().is_some_and(|p| pack.entity(p).is_some_and(|e| e.kind == EntityKind::City))
            }
            _ => false,
        };
        if exclusive {
            assert_eq!(by_fact.get(fact.id.as_str()).map(Vec::len), Some(2), "{}: no false twin", fact.id);
        }
    }
    for (fact, answers) in by_fact {
        let mut sorted = answers.clone();
        sorted.sort_unstable();
        assert!(sorted == [true] || sorted == [false, true], "{fact}: {answers:?}");
    }
}

/// The bundled pack's own question, by id.
fn question(id: &str) -> &'static Question {
    the_bank().iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"))
}

/// Issue 9, item 7: for "some observers", "some" was right and "observers" wrong; "Chosei" was right for
/// "the Chosei Coal Mine". A vague word alone is never enough; the head noun is.
#[test]
fn a_vague_word_or_a_name_without_its_head_noun_is_not_the_answer() {
    // Since issue 11 (Q4) the bank no longer asks for "some observers" as a typed answer; the grader's
    // rule is checked on the question as it was.
    let observers = observers_question(&[]);
    let as_written = observers_question(&["some".to_string()]);
    let typed_for = |q: &Question, typed: &str| grade(q, &Response::Text(typed.into()));
    for typed in ["some", "Some", "the", "many", "several", "a few", "they", "it"] {
        assert!(!typed_for(&observers, typed).is_right(), "{typed:?}");
        assert!(typed_for(&observers, typed).score <= 0.0, "{typed:?}");
    }
    assert!(typed_for(&observers, "observers").is_right());
    assert!(typed_for(&observers, "some observers").is_right());
    let text = |id: &str, typed: &str| grade(question(id), &Response::Text(typed.into()));
    let chosei = text("chosei-tragedy.cloze.place-chosei-coal-mine", "Chosei");
    assert!(!chosei.is_right());
    assert_eq!(chosei.note.as_deref(), Some("Name it in full: “Chosei” leaves out “Coal Mine”."));
    assert!(text("chosei-tragedy.cloze.place-chosei-coal-mine", "Chosei mine").is_right());
    // The cloze whose blank is the word "some" itself still takes it.
    assert!(typed_for(&as_written, "some").is_right());
}

/// "Who questioned how long the period of largely positive relations would last?" → "some observers", as
/// the bank asked it before issue 11; `extra` forms are accepted as the article writes them.
fn observers_question(extra: &[String]) -> Question {
    let pack = pack();
    let fact = pack.sheet.facts.iter().find(|f| f.id == "how-long").expect("the how-long fact");
    let expected = dossier::generate::Gen::new(pack).text_expected("some-observers", extra);
    let body = Body::Typed { answer: "some observers".into(), expected, unit: None };
    let prompt = "Who questioned how long the period of largely positive relations would last?".to_string();
    dossier::generate::question("how-long.short.subject".into(), QuestionKind::Short, prompt, body, &[fact])
}

#[test]
fn typed_answers_accept_every_form_and_reject_every_rival() {
    for q in the_bank() {
        let Body::Typed { answer, expected, .. } = &q.body else { continue };
        assert!(grade(q, &Response::Text(answer.clone())).is_right(), "{}: canonical {answer:?}", q.id);
        match expected {
            Expected::Text { accepted, rivals, .. } => {
                // An alias the grader refuses on principle ("some" for "some observers", "Chosei" for
                // "the Chosei Coal Mine") must be refused; every other is right.
                for a in accepted {
                    let right = grade(q, &Response::Text(a.clone())).is_right();
                    assert_eq!(right, is_enough(a, accepted), "{}: alias {a:?}", q.id);
                }
                for r in rivals {
                    assert!(!grade(q, &Response::Text(r.clone())).is_right(), "{}: rival {r:?} accepted", q.id);
                }
            }
            // Version-2 dates: the bundled pack is version 1; tests/dates_v2.rs grades them.
            Expected::When { .. } => {}
            Expected::Date(d) => {
                let other = MonthDay::new(d.month, if d.day == 1 { 2 } else { d.day - 1 }).expect("a day");
                assert!(!grade(q, &Response::Text(other.to_string())).is_right(), "{}", q.id);
                let long = format!("{} {}th", d.month_name(), d.day);
                assert!(grade(q, &Response::Text(long)).is_right(), "{}", q.id);
            }
            Expected::Number { value, tolerance } => {
                let off = format!("{}", value + tolerance + 1.0);
                assert!(!grade(q, &Response::Text(off)).is_right(), "{}", q.id);
            }
        }
    }
}

#[test]
fn matching_and_ordering_answers_round_trip() {
    let bank = the_bank();
    for q in bank {
        match &q.body {
            Body::Match { left, right, pairs } => {
                assert!((3..=5).contains(&left.len()), "{}", q.id);
                assert_eq!(right.len(), left.len());
                let distinct: BTreeSet<&String> = right.iter().collect();
                assert_eq!(distinct.len(), right.len(), "{}: right items are distinct", q.id);
                let full = Response::Pairs(pairs.iter().map(|&p| Some(p)).collect());
                assert!(grade(q, &full).is_right(), "{}", q.id);
                // The answer text names every pair, so it can be read back into the same pairing.
                let text = q.answer_text();
                let back: Vec<usize> = text
                    .split("; ")
                    .map(|pair| {
                        let (_, r) = pair.split_once(" -> ").expect("pair");
                        right.iter().position(|x| x == r).expect("right item")
                    })
                    .collect();
                assert_eq!(&back, pairs, "{}", q.id);
            }
            Body::Order { items, order } => {
                assert!(items.len() >= 3, "{}", q.id);
                let back: Vec<usize> =
                    q.answer_text().split(" | ").map(|it| items.iter().position(|x| x == it).expect("item")).collect();
                assert_eq!(&back, order, "{}", q.id);
                assert!(grade(q, &Response::Order(order.clone())).is_right(), "{}", q.id);
                let shown: Vec<usize> = (0..items.len()).collect();
                assert_ne!(&shown, &order.clone(), "{}: shown already in order", q.id);
            }
            _ => {}
        }
    }
}

#[test]
fn question_ids_are_stable_across_runs() {
    let a: Vec<String> = bank(pack()).into_iter().map(|q| q.id).collect();
    let b: Vec<String> = bank(pack()).into_iter().map(|q| q.id).collect();
    assert_eq!(a, b);
    assert!(a.iter().any(|id| id.ends_with(".tf.true")));
}

fn settings(seed: u64, count: usize) -> QuizSettings {
    QuizSettings { seed, count, ..QuizSettings::default() }
}

fn key(q: &Question) -> Response {
    match &q.body {
        Body::Choice { correct, .. } => Response::Choice(*correct),
        Body::TrueFalse { answer } => Response::Bool(*answer),
        Body::Typed { answer, .. } => Response::Text(answer.clone()),
        Body::Match { pairs, .. } => Response::Pairs(pairs.iter().map(|&p| Some(p)).collect()),
        Body::Order { order, .. } => Response::Order(order.clone()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn quizzes_are_deterministic_mixed_and_fresh(seed in any::<u64>(), count in 1usize..40) {
        let bank = the_bank();
        let a = quiz(bank, &settings(seed, count));
        let b = quiz(bank, &settings(seed, count));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.len(), count.min(supported(bank, &[], &settings(seed, count))));
        // No fact twice while facts remain unused.
        let mut seen = BTreeSet::new();
        let all_facts: BTreeSet<&String> = bank.iter().flat_map(|q| &q.facts).collect();
        for q in &a {
            if seen.len() + q.facts.len() <= all_facts.len() && a.len() <= 10 {
                for f in &q.facts {
                    prop_assert!(seen.insert(f.clone()), "fact {} asked twice in {}", f, q.id);
                }
            }
        }
        // A mix: with 7 or more questions, at least 5 kinds.
        let kinds: BTreeSet<QuestionKind> = a.iter().map(|q| q.kind).collect();
        if count >= 7 {
            prop_assert!(kinds.len() >= 5, "{kinds:?}");
        }
        // Shuffled options keep exactly one right answer.
        for q in &a {
            prop_assert!(grade(q, &key(q)).is_right(), "{}", q.id);
            if let Body::Choice { options, correct } = &q.body {
                let right = (0..options.len()).filter(|&i| grade(q, &Response::Choice(i)).is_right()).count();
                prop_assert_eq!(right, 1);
                prop_assert!(*correct < options.len());
            }
        }
    }

    #[test]
    fn filters_are_respected(seed in any::<u64>(), kind in 0usize..7) {
        let bank = the_bank();
        let kind = QuestionKind::ALL[kind];
        let s = QuizSettings { seed, count: 5, kinds: vec![kind], ..QuizSettings::default() };
        let q = quiz(bank, &s);
        prop_assert!(!q.is_empty());
        prop_assert!(q.iter().all(|q| q.kind == kind));
        let s = QuizSettings { seed, count: 50, topics: vec!["history".into()], ..QuizSettings::default() };
        prop_assert!(quiz(bank, &s).iter().all(|q| q.topics.iter().any(|t| t == "history")));
    }
}

#[test]
fn different_seeds_give_different_quizzes() {
    let bank = the_bank();
    let ids = |seed| quiz(bank, &settings(seed, 10)).into_iter().map(|q| q.id).collect::<Vec<_>>();
    let distinct: BTreeSet<Vec<String>> = (0..20).map(ids).collect();
    assert!(distinct.len() >= 18, "{} distinct quizzes of 20 seeds", distinct.len());
}

#[test]
fn distractor_kinds_match_entity_kinds() {
    // Persons are offered for persons, cities for cities: the option type check above relies on entity
    // names being unique, which this asserts.
    let pack = pack();
    let names: BTreeSet<&str> = pack.sheet.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names.len(), pack.sheet.entities.len(), "entity names are unique");
    assert!(pack.entities_of(EntityKind::Person).count() >= 4);
}

/// The bundled pack's metadata entities: the writer in the byline, the photographer and the photo source.
const METADATA: [&str; 3] = ["henriksen", "bundo-kim", "unsplash"];

/// The type and granularity an option or a swapped value must share with the answer (Q7): its kind,
/// whether it belongs to a country (a leader, a site) and whether it is article metadata.
fn grain(e: &Entity) -> (EntityKind, bool, bool) {
    (e.kind, e.country.is_some(), METADATA.contains(&e.id.as_str()))
}

/// The entities a sentence names by their display name.
fn named_in<'a>(pack: &'a Pack, text: &str) -> Vec<&'a Entity> {
    pack.sheet.entities.iter().filter(|e| contains_word(text, &e.name)).collect()
}

#[test]
fn the_writer_and_the_photo_credits_are_the_packs_metadata() {
    let found = dossier::generate::distractors::metadata_entities(pack());
    let expected: BTreeSet<String> = METADATA.iter().map(ToString::to_string).collect();
    assert_eq!(found, expected);
}

/// Issue 11, family 1 (Q2): a false statement contradicts the article. It swaps a slot with one right value
/// (where or when a meeting, visit or event took place, whom a meeting was with, who holds a role named as
/// one, how many), never a speaker, one side of a relation or a party to an agreement; and the new value
/// has the old one's type and granularity, and is not the old one's country or city.
#[test]
fn every_false_statement_swaps_an_exclusive_slot_for_a_value_of_the_same_grain() {
    let pack = pack();
    let bank = the_bank();
    let mut falses = 0;
    for q in bank.iter().filter(|q| q.kind == QuestionKind::Tf && q.id.ends_with(".tf.false")) {
        falses += 1;
        let fact = pack.fact(&q.facts[0]).expect("the question's fact");
        let exclusive = match &fact.claim {
            // A summit's place or date (version 2) like a meeting's.
            Claim::Meeting { place, date, .. } | Claim::Summit { place, date, .. } => place.is_some() || date.is_some(),
            // An agreement's date (version 2) like a visit's.
            Claim::Visit { date, .. } | Claim::Agreement { date, .. } => date.is_some(),
            Claim::Identity { is, .. } => {
                let first = is.split_whitespace().next().unwrap_or("");
                first == "the" || first.ends_with("'s")
            }
            Claim::Quantity { .. } | Claim::Event { .. } => true,
            Claim::Statement { .. }
            | Claim::Stance { .. }
            | Claim::Report { .. }
            | Claim::Relation { .. }
            | Claim::Agenda { .. }
            | Claim::Reason { .. }
            | Claim::State { .. }
            | Claim::Passage { .. } => false,
        };
        assert!(exclusive, "{}: {:?} swaps a slot the article does not make exclusive", q.id, q.prompt);
        let truth = question(&format!("{}.tf.true", fact.id));
        let (was, now) = (named_in(pack, &truth.prompt), named_in(pack, &q.prompt));
        let removed: Vec<&Entity> = was.iter().filter(|e| !now.iter().any(|n| n.id == e.id)).copied().collect();
        let added: Vec<&Entity> = now.iter().filter(|e| !was.iter().any(|w| w.id == e.id)).copied().collect();
        let mut removed_grains: Vec<_> = removed.iter().map(|e| grain(e)).collect();
        let mut added_grains: Vec<_> = added.iter().map(|e| grain(e)).collect();
        removed_grains.sort();
        added_grains.sort();
        assert_eq!(
            removed_grains, added_grains,
            "{}: {:?} swaps a value of another type or granularity",
            q.id, q.prompt
        );
        for (r, a) in removed.iter().zip(&added) {
            let stands_for = r.country.as_deref() == Some(a.id.as_str()) || a.country.as_deref() == Some(r.id.as_str());
            assert!(!stands_for, "{}: {} stands for {}", q.id, a.name, r.name);
        }
    }
    assert!(falses >= 10, "only {falses} false statements");
}

/// Issue 11, family 6 (Q7): every option of a multiple-choice question shares the answer's type and
/// granularity — city with city, leader with leader, a site in a country never beside a region — and the
/// writer or a photo credit is never offered beside what the article is about.
#[test]
fn multiple_choice_options_share_the_answers_type_and_granularity() {
    let pack = pack();
    let mut checked = 0;
    for q in the_bank().iter().filter(|q| q.kind == QuestionKind::Mc) {
        let Body::Choice { options, correct } = &q.body else { panic!("{}: not a choice body", q.id) };
        let entity = |name: &str| pack.sheet.entities.iter().find(|e| e.name == name);
        let Some(answer) = entity(&options[*correct]) else { continue };
        checked += 1;
        for o in options {
            let e = entity(o).unwrap_or_else(|| panic!("{}: option {o:?} is no entity", q.id));
            assert_eq!(grain(e), grain(answer), "{}: {o:?} beside the answer {:?}: {options:?}", q.id, answer.name);
        }
    }
    // 8 since the relation stems over free-text states ("… and which person were marked by disagreements
    // behind the smiley selfie?") are no longer asked (issue 11); 6 since the title, which names Lee and
    // the two countries he visits, no longer heads "Which country did South Korean President Lee Jae Myung
    // visit on January 5?" (issue 11, session 13).
    assert!(checked >= 6, "only {checked} multiple-choice questions with entity answers");
}

// ---- Issue 11: answers spread across entities ----

/// The bundled bank as the CLI and the app draw from it: with each question's quality score.
fn the_ranked_bank() -> &'static (Vec<Question>, Vec<f64>) {
    static RANKED: OnceLock<(Vec<Question>, Vec<f64>)> = OnceLock::new();
    RANKED.get_or_init(|| {
        let bank = dossier::generate::Bank::bundled().unwrap_or_else(|e| panic!("bundled bank: {e}"));
        bank.without(|_| false)
    })
}

/// How often the entity answered most often in `quiz` is the answer (of a multiple-choice, short-answer or
/// fill-in-the-blank question; "Lee" in a blank and "Lee Jae Myung" as an option are one entity), with its id.
fn most_repeated_answer(quiz: &[Question]) -> (usize, String) {
    let pack = pack();
    let mut per_entity: BTreeMap<String, usize> = BTreeMap::new();
    for q in quiz {
        if let Some(e) = single_answer(q).and_then(|a| answer_entity(pack, &a)) {
            *per_entity.entry(e.id.clone()).or_default() += 1;
        }
    }
    per_entity.into_iter().map(|(id, n)| (n, id)).max().unwrap_or_default()
}

/// The most times one entity may be the answer in a quiz of `count`: ceil(count / 10), at least 2
/// (`answer_most`, session 13; it was ceil(count / 5) + 1, and the measured worst over 200 seeds was 4 in
/// 20, 6 in 30, 7 in 80: once a quiz had used most groups of facts, the facts left were mostly about Lee
/// and were asked about him). The quiz now ends shorter instead.
fn answer_bound(count: usize) -> usize {
    dossier::generate::quiz::answer_most(count)
}

#[test]
fn a_thirty_question_quiz_never_gives_one_entity_four_times_by_any_name() {
    // Session 12's judged sample: lee-china-japan gave "Lee" and "Lee Jae Myung" (one entity) as four
    // answers of one quiz of 30; over 200 seeds some gave him six. Counted by entity, no quiz of 30 gives
    // one more than three times now.
    let (bank, quality) = the_ranked_bank();
    let mut over = Vec::new();
    for seed in 0..200 {
        let quiz = dossier::generate::quiz_ranked(bank, quality, &settings(seed, 30));
        let (n, id) = most_repeated_answer(&quiz);
        if n > 3 {
            over.push((seed, id, n));
        }
    }
    assert!(over.is_empty(), "{} quizzes of 200 give one entity over three answers: {over:?}", over.len());
}

#[test]
fn a_twenty_question_quiz_rarely_gives_one_answer_three_times() {
    // Seed 7 once had five answers "Lee Jae Myung" in 20; over 200 seeds some had seven. The cap is a
    // preference, after fresh facts: most facts of this pack are about Lee, and leaving five clozes out of
    // the bank (a reference the learner cannot see) gave 6 of these 200 seeds a third "Lee" (or "Japan").
    // Refusing the cloze "committing such high level visits in _____" too gave seed 8 a fourth "Lee" (two
    // short answers, two clozes), the article's subject, and 11 of the 200 a third one (measured). Dropping
    // the ambiguous multiple choice "in over how many years? 5 / 3 / 10 / 7" (a bound: 3 is true as well)
    // left one multiple choice fewer off Lee, so that kinds taking turns give Lee's facts more multiple-choice
    // turns: seeds 8, 146 and 186 give a fourth "Lee", and 18 of the 200 a third answer (measured); later
    // refusals brought it to seed 186 alone and 11; session 11's give-away rules to 14 a third. An answer
    // given twice now waits, on a fresh fact too, behind fresh answers on facts asked only in a matching,
    // and one given three times behind those facts with any answer (`Drawn::rank`; a fresh fact of Lee's is
    // still asked as a statement): 5 of 200 gave one three times. Then a blank filled in by another prompt
    // ("… South Korean President _____" beside "South Korean President Lee Jae Myung met …") became a
    // give-away, leaving Lee's facts fewer other questions: no quiz of the 200 gives one answer four times,
    // and 12 give one three times (measured), the old bounds' worst. Session 12 kept apart more questions
    // (one relation asked twice, an answer shown with its question's distinctive words, a statement of who
    // holds a role beside a prompt naming the role) and asks nothing the title answers: Lee's facts have
    // fewer other questions left, and 34 of 200 give one answer three times (measured; 23 without the role
    // rule). Still none four times.
    let (bank, quality) = the_ranked_bank();
    let mut over = Vec::new();
    let mut four = Vec::new();
    for seed in 0..200 {
        let quiz = dossier::generate::quiz_ranked(bank, quality, &settings(seed, 20));
        let (n, id) = most_repeated_answer(&quiz);
        assert!(n <= 4, "seed {seed}: \"{id}\" is the answer of {n} of 20 questions");
        if n > 3 {
            four.push((seed, id.clone()));
        }
        if n > 2 {
            over.push((seed, id));
        }
    }
    assert!(four.is_empty(), "{} quizzes of 200 give one answer four times: {four:?}", four.len());
    // Session 13: counted by entity ("Lee" and "Lee Jae Myung" are one), an entity already the answer of
    // two questions of twenty is not asked again (`answer_most`); before, 34 of 200 gave one three times.
    assert!(over.is_empty(), "{} quizzes of 200 give one entity three times: {over:?}", over.len());
}

// ---- Issue 11, the judged sample's failures (Q1, Q3) ----

#[test]
fn relations_among_three_parties_read_as_one_relation_and_never_swap_a_side() {
    let bank = the_bank();
    for q in bank {
        assert!(!q.prompt.contains("relations of both with"), "{}: {}", q.id, q.prompt);
    }
    let tf = |id: &str| bank.iter().find(|q| q.id == id).map(|q| q.prompt.as_str());
    assert_eq!(
        tf("trade-good.tf.true"),
        Some("Relations among South Korea, China and Japan are generally good on trade.")
    );
    assert_eq!(tf("relations-complex.tf.true"), Some("Relations among South Korea, China and Japan are complex."));
    for fact in ["trade-good", "relations-complex", "history-security-friction"] {
        assert_eq!(tf(&format!("{fact}.tf.false")), None, "a side of a relation is never swapped");
    }
}

#[test]
fn no_question_gives_a_date_or_place_the_article_does_not_state_for_the_drum_performance() {
    // The article says the two leaders gave the viral drum performance together, never when or where.
    for q in the_bank() {
        if q.facts.iter().any(|f| f == "drum-performance") {
            let text = format!("{} {}", q.prompt, q.answer_text());
            assert!(!text.contains("January") && !text.contains("Nara"), "{}: {text}", q.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    // Quizzes up to 50 questions: a draw of half the bank or more must cover the facts about Lee, many of
    // which only have him as their answer, so there the fresh-fact rule rightly wins over the spread.
    fn no_answer_entity_is_repeated_beyond_the_bound(seed in any::<u64>(), count in 1usize..=50) {
        let (bank, quality) = the_ranked_bank();
        let count = count.min(bank.len() / 2);
        let quiz = dossier::generate::quiz_ranked(bank, quality, &settings(seed, count));
        let (n, id) = most_repeated_answer(&quiz);
        prop_assert!(n <= answer_bound(count), "\"{}\" is the answer of {} of {} questions", id, n, count);
    }
}

#[test]
#[ignore = "a measurement: prints the most repeated answer per count over 200 seeds"]
fn print_the_most_repeated_answers() {
    let (bank, quality) = the_ranked_bank();
    for count in [5, 10, 20, 30, 50, 80, 103] {
        let worst = (0..200u64)
            .map(|seed| most_repeated_answer(&dossier::generate::quiz_ranked(bank, quality, &settings(seed, count))))
            .max()
            .unwrap_or_default();
        println!("count {count}: worst {worst:?}, bound {}", answer_bound(count));
    }
}

#[test]
fn no_cloze_reads_as_half_a_sentence() {
    // "Fill in the blank: As relations between _____, China, and Japan are complex" was a reason clause cut
    // from its sentence; it now reads as the statement the article asserts.
    let openers =
        ["As ", "Because ", "Since ", "Although ", "Though ", "Whereas ", "While ", "When ", "If ", "Unless "];
    let mut clozes = 0;
    for q in the_bank().iter().filter(|q| q.kind == dossier::question::QuestionKind::Cloze) {
        clozes += 1;
        let shown = q.prompt.trim_start_matches("Fill in the blank: ");
        let cut =
            openers.iter().any(|o| shown.starts_with(o)) && !shown.trim_end().ends_with(['.', '!', '?', '”', '"']);
        assert!(!cut, "{}: {}", q.id, q.prompt);
    }
    assert!(clozes > 10, "the bundled bank has clozes to check ({clozes})");
    // Its blanks are no longer made since session 13 (the title, "South Korean President Lee Visits Both
    // China and Japan", answers them); the relation is still asked, as the whole sentence's statement.
    assert!(
        the_bank().iter().any(|q| q.prompt == "Relations among South Korea, China and Japan are complex."),
        "the relation is still asked as a whole sentence"
    );
    assert!(
        !the_bank().iter().any(|q| q.prompt.starts_with("Fill in the blank: Relations between")),
        "a blank of the relation the title states"
    );
}

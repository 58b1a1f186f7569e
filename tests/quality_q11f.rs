//! Issue 11, session 10: the question families still failing in judged samples, each a property over the
//! four bundled banks and the drafts `dossier import` makes of the three shared articles — an event's name
//! carrying its own predicate put in a frame, a fill-in-the-blank showing a verbless fragment, a partner
//! frame around a name that counts its own parties, "the country" with nothing named for it to point at.

mod banks;

use banks::banks;
use dossier::generate::Bank;
use dossier::generate::cloze::{BLANK, PROMPT, reads_as_sentence};
use dossier::generate::phrasing::carries_predicate;
use dossier::pack::{Claim, EntityKind};
use dossier::question::{Question, QuestionKind};
use dossier::text::fold;

fn bank_of(name: &str) -> &'static Bank {
    &banks().iter().find(|(n, _)| n == name).expect("a bank of that name").1
}

fn prompt_of<'b>(bank: &'b Bank, id: &str) -> Option<&'b str> {
    bank.questions.iter().find(|q| q.id == id).map(|q| q.prompt.as_str())
}

fn claim_of<'b>(bank: &'b Bank, q: &Question) -> Option<&'b Claim> {
    let [fact] = q.facts.as_slice() else { return None };
    bank.pack.sheet.facts.iter().find(|f| &f.id == fact).map(|f| &f.claim)
}

/// The text a fill-in-the-blank shows.
fn body(q: &Question) -> &str {
    q.prompt.strip_prefix(PROMPT).unwrap_or(&q.prompt)
}

#[test]
fn an_event_named_with_its_own_predicate_is_put_in_no_frame() {
    // lee-china-japan: "High level diplomatic visits known to be an intensely intricate task took place in East
    // Asia." The name says something of the visits; "took place" was poured around it.
    let mut named = 0;
    for (name, bank) in banks() {
        for q in bank.questions.iter().filter(|q| q.kind != QuestionKind::Cloze) {
            let lower = q.prompt.to_lowercase();
            let framed =
                lower.contains("took place") || lower.contains("take place") || lower.contains("together with");
            for predicate in [" known to be ", " said to be ", " whose ", " thought to be ", " seen as "] {
                assert!(!(framed && lower.contains(predicate)), "{name}: {}: {}", q.id, q.prompt);
            }
            if let Some(Claim::Event { what, .. }) = claim_of(bank, q)
                && carries_predicate(what)
            {
                named += 1;
                assert!(!fold(&q.prompt).contains(&fold(what)), "{name}: {}: {}", q.id, q.prompt);
            }
        }
    }
    assert!(named >= 1, "no question of an event named with a predicate was checked");
    // The fact is still asked: its predicate is told as the article tells it.
    let lee = bank_of("lee-china-japan");
    assert_eq!(
        prompt_of(lee, "intricate-task.tf.true"),
        Some("High level diplomatic visits in East Asia are known to be an intensely intricate task.")
    );
    // A statement the article does not make is not false: no false version of that predicate.
    assert_eq!(prompt_of(lee, "intricate-task.tf.false"), None);
    // A reduced clause naming which visit it was is still a name.
    assert!(prompt_of(lee, "previous-beijing-visit.tf.true").is_some());
    assert_eq!(prompt_of(lee, "chosei-tragedy.tf.true"), None, "a name with a relative clause is no frame's");
}

#[test]
fn a_fill_in_the_blank_shows_a_sentence_not_a_verbless_fragment() {
    // "Fill in the blank: _____, the Presidential residence in Seoul." (a photo caption), "The large number
    // of _____ troops stationed in South Korea, which are meant to defend the country …" (a noun phrase cut
    // from its sentence).
    let mut checked = 0;
    for (name, bank) in banks() {
        let headline = bank.pack.article.paragraphs().first().map(|p| &bank.pack.article.text()[p.clone()]);
        for q in bank.questions.iter().filter(|q| q.kind == QuestionKind::Cloze) {
            let in_headline = q.evidence.iter().all(|e| headline.is_some_and(|h| h.contains(e.as_str())));
            checked += 1;
            assert!(reads_as_sentence(body(q)) || in_headline, "{name}: {}: {}", q.id, q.prompt);
            assert!(!body(q).contains("(Credit:"), "{name}: {}: {}", q.id, q.prompt);
        }
    }
    assert!(checked > 100, "only {checked} clozes");
    let lee = bank_of("lee-china-japan");
    let clozes: Vec<&str> = lee.questions.iter().filter(|q| q.kind == QuestionKind::Cloze).map(body).collect();
    assert!(!clozes.contains(&format!("{BLANK}, the Presidential residence in Seoul.").as_str()));
    assert!(!clozes.contains(&"The large number of _____ troops stationed in South Korea, which are meant to defend the country from China, Russia, and North Korea"));
    // The title stays beside the blank: "South Korean President _____", not "South Korean _____".
    // Cut at its comma, it ends with a full stop (session 12, tests/quality_q11h.rs).
    // Since session 13 the title ("South Korean President Lee …") answers that blank, so it is not made
    // at all; nor is the cut one.
    assert!(!clozes.iter().any(|c| c.starts_with("January was a busy month for South Korean _____")), "{clozes:#?}");
    assert!(!clozes.contains(&"January was a busy month for South Korean President _____."), "{clozes:#?}");
    // A piece with no verb of its own is shown as the sentence it was cut from.
    assert!(clozes.contains(
        &"South Korea and Japan have reportedly agreed to commit joint DNA tests of the remains of the Chosei Coal \
          Mine tragedy victims, of which _____ were Korean forced labourers taken to Japan during colonial rule."
    ));
}

/// Words by which an event's name counts its own parties.
const OWN_PARTIES: [&str; 6] = [" both ", " their ", " its ", " the two ", " the three ", " each other "];

#[test]
fn a_partner_frame_never_wraps_a_name_that_counts_its_own_parties() {
    // "Which country took part in the two neighbours' competition for Seoul together with China?"
    for (name, bank) in banks() {
        for q in &bank.questions {
            let lower = format!(" {} ", q.prompt.to_lowercase());
            let partner = lower.contains(" together with ")
                || lower.contains(" a party to ")
                || lower.contains(" with whom did ");
            for own in OWN_PARTIES {
                assert!(!(partner && lower.contains(own)), "{name}: {}: {}", q.id, q.prompt);
            }
        }
    }
    // The fact is still asked, by who its parties are.
    let lee = bank_of("lee-china-japan");
    assert_eq!(
        prompt_of(lee, "neighbours-camps.short.who"),
        Some("The two neighbours' competition for Seoul is between China and which country?")
    );
}

/// Nouns that point back at something of a kind named before, with the kinds that name one.
const POINTING: [(&str, &[EntityKind]); 4] = [
    ("the country", &[EntityKind::Country]),
    ("the city", &[EntityKind::City]),
    ("the constituency", &[EntityKind::Place, EntityKind::City]),
    ("the party", &[EntityKind::Organisation]),
];

/// Whether `text` says one of [`POINTING`] with no entity of its kind named before it.
fn points_at_nothing(bank: &Bank, text: &str) -> Option<&'static str> {
    let folded = format!(" {} ", fold(text));
    POINTING.iter().find_map(|(noun, kinds)| {
        let at = folded.find(&format!(" {noun} "))?;
        let before = &folded[..=at];
        let named = bank.pack.sheet.entities.iter().filter(|e| kinds.contains(&e.kind)).any(|e| {
            std::iter::once(&e.name).chain(&e.aliases).any(|form| before.contains(&format!(" {} ", fold(form))))
        });
        (!named).then_some(*noun)
    })
}

#[test]
fn no_question_says_the_country_without_naming_one() {
    // A drafted pack's "Naypyidaw is the remote capital of the country."; nk-war's blank "the country's
    // military has been placed on _____"; hk-election's "… was elected with 58,825 votes, the highest in
    // the constituency." (which one?).
    for (name, bank) in banks() {
        for q in &bank.questions {
            if matches!(q.kind, QuestionKind::Match | QuestionKind::Order) {
                continue;
            }
            let noun = points_at_nothing(bank, &q.prompt);
            assert!(noun.is_none(), "{name}: {}: {:?} in {}", q.id, noun, q.prompt);
        }
    }
    let lee = bank_of("lee-china-japan");
    assert!(prompt_of(lee, "troops-defend.tf.true").is_some_and(|p| p.contains("the country")), "South Korea is named");
}

#[test]
fn a_statement_or_stem_of_the_country_unnamed_is_refused_and_the_fact_keeps_its_blank() {
    let sheet = r#"(
    version: 1,
    id: "capital",
    title: "A Remote Capital",
    source: "A Writer",
    article: "capital.txt",
    topics: [(id: "capital", name: "The Capital")],
    entities: [
        (id: "naypyidaw", kind: City, name: "Naypyidaw"),
        (id: "yangon", kind: City, name: "Yangon"),
        (id: "myanmar", kind: Country, name: "Myanmar"),
    ],
    facts: [
        (
            id: "remote-capital",
            topics: ["capital"],
            evidence: "In Myanmar, Naypyidaw is the remote capital of the country.",
            claim: Identity(who: "naypyidaw", is: "the remote capital of the country"),
        ),
        (
            id: "old-capital",
            topics: ["capital"],
            evidence: "Yangon is the old capital of Myanmar.",
            claim: Identity(who: "yangon", is: "the old capital of Myanmar"),
        ),
    ],
)"#;
    let article = "A Remote Capital\n\nA Writer\n\nIn Myanmar, Naypyidaw is the remote capital of the country. \
                   Yangon is the old capital of Myanmar.\n";
    let bank = Bank::from_sources("capital.ron", sheet, article, None).expect("the sheet banks");
    for q in bank.questions.iter().filter(|q| q.facts == ["remote-capital"]) {
        assert_eq!(q.kind, QuestionKind::Cloze, "{}: {}", q.id, q.prompt);
        assert!(points_at_nothing(&bank, &q.prompt).is_none(), "{}", q.prompt);
    }
    assert!(bank.questions.iter().any(|q| q.facts == ["remote-capital"]), "the fact keeps its blank");
    assert_eq!(prompt_of(&bank, "old-capital.tf.true"), Some("Yangon is the old capital of Myanmar."));
}

#[test]
fn a_city_standing_for_its_government_in_a_typed_answer_accepts_its_country() {
    // lee seed 48611: "… likely a nod to the dispute with _____ over her Taiwan statements." → Beijing; "China"
    // is just as right (the docs' Q1). A question asking "Which city …?" or where something happened keeps
    // the city alone.
    use dossier::grade::grade;
    use dossier::question::Response;
    let lee = bank_of("lee-china-japan");
    let score = |id: &str, typed: &str| {
        let q = lee.questions.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"));
        grade(q, &Response::Text(typed.to_string())).score
    };
    for id in ["taiwan-dispute.cloze.who-beijing", "taiwan-dispute.short.who"] {
        assert!((score(id, "Beijing") - 1.0).abs() < 1e-9, "{id}");
        assert!((score(id, "China") - 1.0).abs() < 1e-9, "{id}: China is right too");
    }
    assert!(score("act-of-aggression.short.subject", "China") < 1.0, "it asks which city");
    assert!(score("meet-xi.short.place", "China") < 1.0, "it asks where they met");
}

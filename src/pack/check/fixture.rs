//! A small fact sheet and article for the checker's unit tests.

use crate::pack::{Pack, Problem, ProblemKind};

/// An article the fixture's evidence is quoted from.
pub(super) const ARTICLE: &str =
    "Lee met Xi Jinping in Beijing on January 5. Xi called it a ‘new chapter’.\n\nTakaichi welcomed Lee in Nara.";

/// A fact sheet with one topic and these entities and facts (each a line of the list, indented).
pub(super) fn sheet(entities: &str, facts: &str) -> String {
    format!(
        "(\n    version: 1,\n    id: \"t\",\n    title: \"T\",\n    source: \"S\",\n    article: \"a.txt\",\n    \
         topics: [(id: \"history\", name: \"History\")],\n    entities: [\n{entities}\n    ],\n    facts: [\n{facts}\n    ],\n)\n"
    )
}

/// Two persons, a country, a city and a phrase.
pub(super) const ENTITIES: &str = r#"        (id: "lee", kind: Person, name: "Lee Jae Myung", aliases: ["Lee"]),
        (id: "xi", kind: Person, name: "Xi Jinping", aliases: ["Xi"], country: "china"),
        (id: "china", kind: Country, name: "China"),
        (id: "beijing", kind: City, name: "Beijing"),
        (id: "new-chapter", kind: Phrase, name: "new chapter"),"#;

/// The problems of the fixture sheet with these entities and facts, parsed and checked against [`ARTICLE`].
pub(super) fn found(entities: &str, facts: &str) -> Vec<Problem> {
    match Pack::from_sources("t.ron", &sheet(entities, facts), ARTICLE, None) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    }
}

/// The problems of the fixture sheet with these facts, as `line:column: message`.
pub(super) fn problems(facts: &str) -> Vec<String> {
    found(ENTITIES, facts).iter().map(|p| format!("{}:{}: {}", p.line, p.column, p.message)).collect()
}

/// The kinds of the problems of the fixture sheet with these facts.
pub(super) fn kinds(facts: &str) -> Vec<ProblemKind> {
    found(ENTITIES, facts).iter().map(|p| p.kind).collect()
}

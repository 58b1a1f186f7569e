//! Sentences no pattern reads: a sentence of the body that states something about a named party and that
//! no drafted fact takes as its evidence becomes a [`Claim::Passage`], asked only as a blank over a name it
//! writes. The sentence is the article's, whole and verbatim, so the blank asks what the article states;
//! the patterns of the other modules fit a few kinds of sentence each, and a key fact told in a sentence of
//! another kind is then still asked.
//!
//! Kept only when the sentence reads on its own (the general English pattern, not any one article's):
//! * 8 to 45 words, a finite verb (an auxiliary or modal, a verb of the tables in the past, or a verb in
//!   "-s" right after a name: "China says …");
//! * at least one named party: a person, a country, a city, a place, an organisation or a group the
//!   article names, written in the sentence by its name or an alias;
//! * not a question; no quotation opened before it or left open after it, and an even count of straight
//!   quote marks;
//! * not opening (after "But", "And", "However," …) with a pronoun or a word that points back at something
//!   said before ("This", "Such", "The move", "The two", "Both", "The latter", …), and holding no "they",
//!   "them", "their", "both", "the two …" or a pronoun "this" outside quotation marks.

use super::clause::{Sent, is_past};
use crate::pack::{Claim, EntityKind, Fact};
use crate::text::fold;

/// The fewest and the most words a passage may have.
const MIN_WORDS: usize = 8;
const MAX_WORDS: usize = 45;

/// Words that may open a sentence before its subject and are skipped when testing the opening.
const CONNECTIVES: [&str; 9] = ["but", "and", "however", "meanwhile", "yet", "so", "still", "also", "moreover"];

/// Openings that point outside the sentence: a pronoun or a determiner of something named before.
const POINTING: [&str; 30] = [
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    "these", "those", "such", "both", "there", "here", "then", "thus", "him", "them", "us", "one", "another", "others",
];

/// Nouns after an opening "The" that mean something told before ("The move", "The two", "The latter").
const POINTING_NOUNS: [&str; 22] = [
    "move",
    "two",
    "latter",
    "former",
    "decision",
    "step",
    "remarks",
    "comments",
    "comment",
    "statement",
    "announcement",
    "incident",
    "report",
    "plan",
    "proposal",
    "deal",
    "same",
    "three",
    "four",
    "pair",
    "group",
    "issue",
];

/// Auxiliaries, modals and common finite verbs that make a clause.
const FINITE: [&str; 24] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "did", "does", "do", "says", "said", "shall", "remains", "remain", "seems",
];

/// The entity kinds a passage may be about.
fn named_party(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Person
            | EntityKind::Country
            | EntityKind::City
            | EntityKind::Place
            | EntityKind::Organisation
            | EntityKind::Group
    )
}

/// Whether the past form at token `j` modifies a noun rather than makes a clause: it follows a
/// determiner, a conjunction or an adverb in "-ly" ("a long and troubled history", "the newly elected").
fn modifies(s: &Sent<'_>, j: usize) -> bool {
    j > 0 && {
        let before = s.tok(j - 1).to_lowercase();
        ["a", "an", "the", "and", "or", "most", "more", "very", "its", "their", "his", "her"].contains(&before.as_str())
            || (before.len() > 4 && before.ends_with("ly"))
    }
}

/// Whether `text` writes `form` as whole words (folded, as the checker and the blanks compare).
fn writes(folded_text: &str, form: &str) -> bool {
    let f = fold(form);
    !f.is_empty() && folded_text.contains(&format!(" {f} "))
}

/// The passages of `sents` that no fact of `drafted` takes as its evidence, in text order.
pub fn passages(sents: &[Sent<'_>], drafted: &[Fact]) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    for s in sents {
        let text = s.text.trim();
        let used = drafted.iter().chain(&out).any(|f| {
            let e = f.evidence.trim();
            !e.is_empty() && (text.contains(e) || e.contains(text))
        });
        if used {
            continue;
        }
        if let Some(fact) = passage(s) {
            out.push(fact);
        }
    }
    out
}

/// The passage sentence `s` makes, when it reads on its own and names a party.
pub fn passage(s: &Sent<'_>) -> Option<Fact> {
    let text = s.text.trim();
    let words: Vec<usize> = (0..s.toks.len()).filter(|&k| s.toks[k].word).collect();
    if !(MIN_WORDS..=MAX_WORDS).contains(&words.len()) || text.trim_end_matches(['"', '”', '’', '\'']).ends_with('?')
    {
        return None;
    }
    // A quotation open before the sentence or after it, or an odd count of straight marks.
    let straight = text.matches('"').count();
    let opened = text.matches('“').count();
    let closed = text.matches('”').count();
    if s.in_quote(0) || s.open_at_end() || straight % 2 == 1 || opened != closed {
        return None;
    }
    // The opening, past a connective and its comma.
    let mut k = 0;
    while k < s.toks.len() && (!s.toks[k].word || CONNECTIVES.iter().any(|c| s.is(k, c))) {
        k += 1;
    }
    let first = s.tok(k).to_lowercase();
    if POINTING.contains(&first.as_str())
        || (first == "the" && POINTING_NOUNS.iter().any(|n| s.is(k + 1, n)))
        || s.named.first().is_none_or(|n| n.first > k) && first.ends_with("'s")
    {
        return None;
    }
    // A word outside quotation marks that means parties named before ("the two leaders", "on their
    // previous trip", "snatched them", "can supply this."): a blank in it would not read on its own.
    let points_back = (0..s.toks.len()).any(|j| {
        !s.in_quote(j)
            && (["they", "them", "their", "both", "theirs"].iter().any(|w| s.is(j, w))
                || (s.is(j, "the") && s.is(j + 1, "two"))
                || (["this", "these", "those"].iter().any(|w| s.is(j, w))
                    && !s.toks.get(j + 1).is_some_and(|t| t.word)))
    });
    if points_back {
        return None;
    }
    let finite = words.iter().any(|&j| {
        let w = s.tok(j);
        let lower = w.to_lowercase();
        FINITE.contains(&lower.as_str())
            || (w == lower && is_past(&lower) && !modifies(s, j))
            || (w == lower && lower.ends_with('s') && s.named.iter().any(|n| n.end == j))
    });
    if !finite {
        return None;
    }
    let folded = format!(" {} ", fold(text));
    let mut names: Vec<String> = Vec::new();
    for n in &s.named {
        let e = n.entity;
        if !named_party(e.kind) || names.contains(&e.id) {
            continue;
        }
        if std::iter::once(&e.name).chain(&e.aliases).any(|f| writes(&folded, f)) {
            names.push(e.id.clone());
        }
    }
    let lead = names.first()?.clone();
    Some(Fact {
        id: format!("passage-{lead}"),
        topics: Vec::new(),
        evidence: text.to_string(),
        claim: Claim::Passage { names },
    })
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn names(text: &str, es: &[crate::pack::Entity]) -> Option<Vec<String>> {
        passage(&sent(text, es)).map(|f| match f.claim {
            Claim::Passage { names } => names,
            _ => Vec::new(),
        })
    }

    #[test]
    fn a_sentence_about_named_parties_is_a_passage_naming_them() {
        let es = [
            entity("nk", Country, "North Korea"),
            entity("seoul", City, "Seoul"),
            entity("kim", Person, "Kim Yo Jong"),
            entity("un", Organisation, "United Nations"),
        ];
        assert_eq!(
            names("North Korea accused Seoul of staging provocations near the border on Monday.", &es),
            Some(vec!["nk".to_string(), "seoul".to_string()])
        );
        assert_eq!(
            names("But Kim Yo Jong remains the most visible voice of the government abroad.", &es),
            Some(vec!["kim".to_string()])
        );
        assert_eq!(
            names("The United Nations has imposed eleven rounds of sanctions on the country since 2006.", &es),
            Some(vec!["un".to_string()])
        );
    }

    #[test]
    fn a_sentence_that_points_outside_itself_or_is_no_statement_is_not_a_passage() {
        let es = [entity("nk", Country, "North Korea"), entity("seoul", City, "Seoul")];
        for text in [
            // Pronouns and words pointing back.
            "It accused Seoul of staging provocations near the border on Monday.",
            "But they said Seoul had staged provocations near the border on Monday.",
            "The move angered Seoul, which had hoped for talks before the end of the year.",
            "The two sides met in Seoul for the first time in more than two years.",
            "This is the first time North Korea has sent a delegation to Seoul in years.",
            "In brief remarks, the two leaders hoped the talks in Seoul will help move the process forward.",
            "North Korea is thought to have snatched them to teach its spies the language of Seoul.",
            "North Korea met the delegation of Seoul on their previous trip in March of that year.",
            "North Korea has said that it can supply Seoul with all of this.",
            // A question, a quotation left open, too short, no verb, no named party.
            "Will North Korea send a delegation to Seoul before the end of the year?",
            "\"We will never accept the demands of Seoul and its allies in the region,",
            "North Korea accused Seoul.",
            "North Korea and Seoul, two neighbours with a long and troubled history on the peninsula.",
            "Officials accused the government of staging provocations near the border on Monday.",
        ] {
            assert_eq!(names(text, &es), None, "{text}");
        }
    }

    #[test]
    fn a_sentence_another_fact_reads_is_left_to_that_fact() {
        let es = [entity("nk", Country, "North Korea"), entity("seoul", City, "Seoul")];
        let a = sent("North Korea accused Seoul of staging provocations near the border on Monday.", &es);
        let b = sent("Seoul rejected the charge and said its troops had stayed south of the line.", &es);
        let other = Fact {
            id: "x".to_string(),
            topics: Vec::new(),
            evidence: "Seoul rejected the charge".to_string(),
            claim: Claim::Passage { names: vec!["seoul".to_string()] },
        };
        let drafted: Vec<String> = passages(&[a, b], &[other]).into_iter().map(|f| f.evidence).collect();
        assert_eq!(drafted, ["North Korea accused Seoul of staging provocations near the border on Monday."]);
    }
}

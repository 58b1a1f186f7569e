//! Reasons and what a statement says: questions on the words a sentence gives as the reason or purpose of
//! an act ("… issued separate statements because of their disagreement over the agenda") and on what a
//! speaker said should be done ("Wang said both sides should eliminate misunderstandings").
//!
//! Both are asked as a blank over the phrase in its own sentence (the cloze kind), and a Reason also as a
//! true statement. A typed "Why did …?" would be right in too many wordings to grade, and a multiple choice
//! needs other reasons of the same kind, which one article rarely states; a blank shows the sentence's own
//! frame, so the phrase typed back is the article's, graded by the text grader like any other blank. Only a
//! short phrase is blanked ([`MAX_BLANK_WORDS`]): a long one cannot be typed back word for word.

use std::ops::Range;

use super::cloze::find_words;
use super::phrasing::capitalise;
use crate::pack::Claim;
use crate::question::{Expected, Rivals};

/// The most words a blanked reason or content may have: a learner types it back.
pub const MAX_BLANK_WORDS: usize = 5;

/// The true statement of a Reason: its act, link and reason as the article words them.
pub fn sentence(act: &str, link: &str, why: &str) -> String {
    // A fronted link ("Because of the storm, …") is told after its act.
    let mut chars = link.chars();
    let link: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
    // ", as they were unhappy": the causal "as" keeps its comma.
    let comma = if link == "as" { "," } else { "" };
    // "has also met", "was also suspended": the "also" points to a sentence not shown with the statement.
    let act = act.trim().replace(" also ", " ");
    format!("{}{comma} {link} {why}.", capitalise(&act))
}

/// The blanks `claim` supports in `text` (its evidence as shown): the slot name, the span to blank and how
/// a typed answer is graded. A Reason blanks its reason where it follows its link; a Statement blanks the
/// object of "said <subject> should <verb> <object>" ([`said_object`]). Each only where the phrase occurs
/// once in the text and is short enough to type.
pub fn blanks(claim: &Claim, text: &str) -> Vec<(&'static str, Range<usize>, Expected)> {
    let (slot, phrase, frame) = match claim {
        Claim::Reason { link, why, .. } => ("why", why.as_str(), format!("{link} {why}")),
        Claim::Statement { said, .. } => match said_object(said) {
            Some(object) => ("said", object, said.clone()),
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let words = phrase.split_whitespace().count();
    if words == 0 || words > MAX_BLANK_WORDS {
        return Vec::new();
    }
    // The frame (link and reason; the whole said clause) once in the text, the phrase once in the frame
    // and ending it.
    let (Some(frame_at), true) = (text.find(&frame), text.matches(frame.as_str()).count() == 1) else {
        return Vec::new();
    };
    let spans = find_words(text, phrase);
    let [span] = spans.as_slice() else { return Vec::new() };
    if span.end != frame_at + frame.len() {
        return Vec::new();
    }
    let written = text[span.clone()].to_string();
    let expected = Expected::Text { accepted: vec![written], rivals: Rivals::default(), broader: Vec::new() };
    vec![(slot, span.clone(), expected)]
}

/// Words opening an adverb or a time, not a thing acted on.
const NOT_A_THING: [&str; 19] = [
    "next", "last", "this", "every", "soon", "later", "again", "together", "now", "today", "tomorrow", "there", "here",
    "ahead", "back", "forward", "away", "once", "twice",
];

/// Words that may say when something was said, between "said" and "that".
const DAY_WORDS: [&str; 14] = [
    "on",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "last",
    "this",
    "week",
    "earlier",
    "today",
    "yesterday",
];

/// Modal verbs after which a reported clause says what should, would or will be done.
const MODALS: [&str; 8] = ["should", "would", "will", "must", "could", "can", "may", "might"];

/// Words that cannot open an object: a preposition, a clause or another verb follows instead.
const NOT_OBJECT: [&str; 22] = [
    "to", "that", "in", "on", "at", "by", "for", "with", "from", "of", "about", "into", "as", "if", "whether", "be",
    "been", "have", "not", "never", "also", "soon",
];

/// The object of a statement "said [that] <subject> <modal> <verb> <object>" ("said both sides should
/// eliminate misunderstandings" → "misunderstandings"): a noun phrase of one to [`MAX_BLANK_WORDS`] words
/// ending the clause, after a modal and a plain verb, with no comma, quotation or second clause in it.
/// Nothing for a negated or passive clause ("should not …", "will be released"), one without a subject,
/// or one whose verb takes a clause or a preposition.
pub fn said_object(said: &str) -> Option<&str> {
    let rest = said.strip_prefix("said ")?;
    // "said on Tuesday that …", "said last week that …": the day said, then the clause.
    let rest = match rest.split_once(" that ") {
        Some((when, clause)) if when.split(' ').all(|w| DAY_WORDS.contains(&w)) => clause,
        _ => rest.strip_prefix("that ").unwrap_or(rest),
    };
    if rest.contains([',', ';', '"', '“', '”', '(', ':']) {
        return None;
    }
    let words: Vec<(usize, &str)> = rest
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let modal = words.iter().position(|(_, w)| MODALS.contains(w))?;
    // A subject before the modal, a plain lower-case verb after it, then the object.
    let (_, verb) = *words.get(modal + 1)?;
    let (object_at, first) = *words.get(modal + 2)?;
    if modal == 0
        || !verb.chars().all(|c| c.is_ascii_lowercase())
        || NOT_OBJECT.contains(&verb)
        || NOT_OBJECT.contains(&first.to_lowercase().as_str())
        || words[modal + 2..].iter().any(|(_, w)| MODALS.contains(w) || matches!(*w, "and" | "or" | "that" | "to"))
    {
        return None;
    }
    let object = rest.get(object_at..)?.trim_end_matches(['.', '!', '?']);
    let n = object.split_whitespace().count();
    // An adverb or a time after the verb is not what it acts on ("can resume early", "will meet next week").
    let first = first.to_lowercase();
    let adverb = first.ends_with("ly") || NOT_A_THING.contains(&first.as_str());
    // "the treaty", "it": a thing named before, which the blank would only ask to be named again.
    let pointing = (n == 2 && first == "the") || matches!(first.as_str(), "it" | "them" | "this" | "that" | "these");
    ((1..=MAX_BLANK_WORDS).contains(&n) && !adverb && !pointing).then_some(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_of_what_should_be_done_is_found() {
        assert_eq!(said_object("said both sides should eliminate misunderstandings"), Some("misunderstandings"));
        assert_eq!(said_object("said that the ministers would discuss the fishing quotas"), Some("the fishing quotas"));
        assert_eq!(said_object("said Norway will host the next round"), Some("the next round"));
        assert_eq!(said_object("said on Tuesday that Norway will host the next round"), Some("the next round"));
    }

    #[test]
    fn negated_passive_or_clause_taking_statements_have_no_object() {
        for said in [
            "said both sides should not eliminate misunderstandings",
            "said information about the talks will be released at an appropriate time",
            "said the talks should proceed in a forward-moving manner",
            "said she hopes the talks produce peace",
            "said Norway will decide whether to host the round",
            "said the ministers would meet and discuss quotas",
            "said it would, in time, lift the ban",
            "said will host the next round",
            "said both sides should eliminate misunderstandings that had built up over many years of mistrust",
            "said the parties return to dialogue so the six-party talks can resume early",
            "said the two ministers will meet next week",
            "said on Tuesday that the two countries would sign the treaty",
        ] {
            assert_eq!(said_object(said), None, "{said}");
        }
    }

    #[test]
    fn a_reason_is_blanked_where_it_follows_its_link() {
        let claim = Claim::Reason {
            act: "The border crossing was closed".into(),
            link: "amid".into(),
            why: "heightened military tensions".into(),
        };
        let text = "The border crossing was closed amid heightened military tensions.";
        let b = blanks(&claim, text);
        assert_eq!(b.len(), 1);
        assert_eq!(&text[b[0].1.clone()], "heightened military tensions");
        // A reason too long to type back is told, not blanked.
        let long = Claim::Reason {
            act: "The border crossing was closed".into(),
            link: "after".into(),
            why: "the two armies exchanged artillery fire across the river".into(),
        };
        let text = "The border crossing was closed after the two armies exchanged artillery fire across the river.";
        assert!(blanks(&long, text).is_empty());
        assert_eq!(
            sentence("The summit was also suspended", "as", "both sides were unhappy"),
            "The summit was suspended, as both sides were unhappy."
        );
        assert_eq!(
            sentence("the border crossing was closed", "amid", "heightened military tensions"),
            "The border crossing was closed amid heightened military tensions."
        );
    }
}

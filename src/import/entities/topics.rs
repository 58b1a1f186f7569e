//! Topics of talks the article says were discussed or are to be: the noun phrases that become Issue
//! entities and the items of an Agenda fact.
//!
//! What was on the agenda is read in three shapes of English, each in the past or as a plan ("will",
//! "shall", "is (are) to", "is (are) expected (scheduled, slated, set, due) to"); a planned agenda is
//! drafted as such ([`Agenda::planned`]) and asked about as one ("are to be discussed"), never as held:
//! 1. "<items> was|were (also) on the agenda …" opening the sentence; planned: "<items> will (also) be on
//!    the agenda", "<items> are expected to be on the agenda", and "<items> will be discussed";
//! 2. "On the agenda was|were <items>." (also "Also on the agenda …"); planned: "On the agenda will be …";
//! 3. "<subject> discussed|focused on|centred on <items> …": what follows the verb up to the end of its
//!    clause (a comma, a new verb after "and", a phrase of time, place or company: "with", "during", "at",
//!    "in", "on Monday" …); planned: "<subject> will discuss (focus on) <items>", "<subject> are expected
//!    to discuss <items>".
//!
//! The items are split at commas and "and"; each is a noun phrase of one to six words: no verb, no
//! question word or "that" opening a clause, no "-ing" word first ("resuming talks" is an action, not a
//! topic), and a common noun last, no function word ("U.S. and China embassy operations" is not two
//! topics: "U.S." alone is a name, not a topic). If any item fails, none is kept: a smaller true sheet
//! beats a larger doubtful one. A sentence with a quotation mark, or whose verb is negated, hedged or
//! passive in another way ("did not discuss", "would discuss", "could be on the agenda", "hope to
//! discuss"), gives nothing.

use std::ops::Range;

/// What one sentence puts on an agenda: its topics, and whether the agenda is still to come.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Agenda {
    /// The items, in the sentence's order; empty when the sentence puts nothing on an agenda.
    pub topics: Vec<Topic>,
    /// Whether the sentence tells of a plan ("will be on the agenda", "are expected to discuss").
    pub planned: bool,
}

/// One topic on an agenda: its byte range in the sentence and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Byte range of the item in the sentence text.
    pub range: Range<usize>,
    /// The item as written ("the Taiwan Strait issue").
    pub name: String,
}

/// Verbs of discussing whose object is the topics, as (first word, words of the whole verb).
const DISCUSSED: [&str; 5] = ["discussed", "focused on", "focussed on", "centred on", "centered on"];

/// The same verbs in the form a plan takes ("will discuss", "are expected to focus on").
const DISCUSS: [&str; 4] = ["discuss", "focus on", "centre on", "center on"];

/// Words that end the object of "discussed": a phrase of company, time, place or reason begins.
const OBJECT_END: [&str; 22] = [
    "with",
    "during",
    "at",
    "in",
    "for",
    "when",
    "while",
    "before",
    "after",
    "as",
    "amid",
    "over",
    "by",
    "since",
    "until",
    "but",
    "because",
    "last",
    "this",
    "yesterday",
    "today",
    "on",
];

/// Words no topic holds: verbs and auxiliaries (a clause), and words that open a clause.
const NOT_IN_TOPIC: [&str; 24] = [
    "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "has", "have", "had", "how",
    "what", "whether", "why", "who", "which", "that", "to", "if", "said",
];

/// Words a topic does not end in.
const NOT_LAST: [&str; 12] = ["the", "a", "an", "of", "and", "or", "its", "their", "his", "her", "other", "such"];

/// Words before the verb that make it no done discussion: planned, negated, or passive.
const NOT_DONE: [&str; 14] =
    ["to", "will", "would", "could", "can", "may", "might", "not", "never", "be", "being", "was", "were", "should"];

/// A word of the sentence: its byte range.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
        // A comma or semicolon is a word of its own.
        if matches!(c, ',' | ';' | ':') {
            out.push(i..i + c.len_utf8());
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    // A sentence's full stop is not part of its last word ("issue." → "issue"); "U.S." keeps its own.
    if let Some(last) = out.last_mut() {
        let w = &text[last.clone()];
        if w.ends_with('.') && w.matches('.').count() == 1 {
            last.end -= 1;
        }
    }
    out
}

/// The word after a plan's auxiliary that opens at word `at` ("will", "shall", "is (are) to", "is (are)
/// expected (scheduled, slated, set, due) to"), or `None` when no plan opens there. The words of
/// [`crate::import::facts::clause::Sent::verb_to_come`], read on plain words.
fn to_come(is: &dyn Fn(usize, &str) -> bool, at: usize) -> Option<usize> {
    if is(at, "will") || is(at, "shall") {
        return Some(at + 1);
    }
    if !(is(at, "is") || is(at, "are")) {
        return None;
    }
    if is(at + 1, "to") {
        return Some(at + 2);
    }
    let set = super::super::facts::clause::PLAN_SET.iter().any(|w| is(at + 1, w));
    (set && is(at + 2, "to")).then_some(at + 3)
}

/// What sentence `text` puts on an agenda, in the shapes of the module's doc; no topics when none.
pub fn agenda(text: &str) -> Agenda {
    let none = Agenda::default();
    if text.contains(['"', '“', '”']) {
        return none;
    }
    // Every shape needs "agenda" or a verb of discussing: most sentences are passed over without being cut
    // into words.
    let lower = text.to_ascii_lowercase();
    if !["agenda", "discuss", "focus", "centre", "center"].iter().any(|w| lower.contains(w)) {
        return none;
    }
    let ws = words(text);
    let w = |i: usize| ws.get(i).map_or("", |r| &text[r.clone()]);
    let is = |i: usize, word: &str| w(i).eq_ignore_ascii_case(word);
    let phrase = |i: usize, p: &str| p.split(' ').enumerate().all(|(k, x)| is(i + k, x));
    let also = |i: usize| if is(i, "also") { i + 1 } else { i };
    let held = |topics| Agenda { topics, planned: false };
    let planned = |topics| Agenda { topics, planned: true };
    // Shape 2: "(Also) on the agenda was|were <items>."
    let opening = usize::from(is(0, "also"));
    if phrase(opening, "on the agenda") && (is(opening + 3, "was") || is(opening + 3, "were")) {
        return held(items(text, &ws, opening + 4));
    }
    // Shape 1: "<items> was|were (also) on the agenda".
    if let Some(be) = (1..ws.len().min(30)).find(|&i| is(i, "was") || is(i, "were"))
        && phrase(also(be + 1), "on the agenda")
    {
        return held(list(text, &ws, 0, be));
    }
    // Shape 3: "<subject> discussed <items> …".
    for i in 1..ws.len() {
        let Some(verb) = DISCUSSED.iter().find(|v| phrase(i, v)) else { continue };
        // "also discussed", "have discussed": the word before those says whether it was done.
        let mut before = i - 1;
        while before > 0 && ["also", "have", "has", "had"].iter().any(|x| is(before, x)) {
            before -= 1;
        }
        // Planned ("are to be discussed"), negated or passive: no discussion held; it may be a plan.
        if NOT_DONE.iter().any(|n| is(before, n)) || w(i - 1) == "," {
            break;
        }
        return held(items(text, &ws, i + verb.split(' ').count()));
    }
    // The same shapes as plans. 2: "(Also) on the agenda will be <items>."
    if phrase(opening, "on the agenda") && phrase(opening + 3, "will be") {
        return planned(items(text, &ws, opening + 5));
    }
    // 1: "<items> will (also) be on the agenda", "<items> are (expected) to be discussed".
    if let Some((i, be)) = (1..ws.len().min(30)).find_map(|i| to_come(&is, i).map(|v| (i, also(v))))
        && is(be, "be")
        && (phrase(also(be + 1), "on the agenda") || is(also(be + 1), "discussed"))
    {
        return planned(list(text, &ws, 0, i));
    }
    // 3: "<subject> will (also) discuss <items> …", "<subject> are expected to discuss <items> …": the
    // plan's auxiliary right before the verb; anything else before a bare "discuss" ("did not", "would",
    // "hope to") is no plan.
    for i in 1..ws.len() {
        let Some(verb) = DISCUSS.iter().find(|v| phrase(i, v)) else { continue };
        let verb_at = if is(i - 1, "also") { i - 1 } else { i };
        if !(verb_at.saturating_sub(4)..verb_at).any(|k| to_come(&is, k) == Some(verb_at)) {
            return none;
        }
        return planned(items(text, &ws, i + verb.split(' ').count()));
    }
    none
}

/// The items from word `from` to the end of their clause (see the module's doc).
fn items(text: &str, ws: &[Range<usize>], from: usize) -> Vec<Topic> {
    let w = |i: usize| ws.get(i).map_or("", |r| &text[r.clone()]);
    let mut end = from;
    while end < ws.len() {
        let word = w(end).to_lowercase();
        if matches!(word.as_str(), ";" | ":") || OBJECT_END.contains(&word.as_str()) {
            break;
        }
        // "… and touched on …": a verb after "and" opens a clause of its own.
        if word == "and" && super::super::facts::clause::is_past(&w(end + 1).to_lowercase()) {
            break;
        }
        // A comma ends the list unless items go on after it ("trade, energy and culture").
        if word == "," && !(end + 1..ws.len()).take(7).any(|k| w(k).eq_ignore_ascii_case("and")) {
            break;
        }
        end += 1;
    }
    list(text, ws, from, end)
}

/// Words `from..to` split into items at commas and "and"; empty when any item is no topic.
fn list(text: &str, ws: &[Range<usize>], from: usize, to: usize) -> Vec<Topic> {
    let mut out = Vec::new();
    let mut start = from;
    for k in from..=to {
        let at_end = k == to;
        let word = ws.get(k).map_or("", |r| &text[r.clone()]);
        if !(at_end || word == "," || word.eq_ignore_ascii_case("and")) {
            continue;
        }
        if k > start {
            let Some(topic) = topic(text, &ws[start..k]) else { return Vec::new() };
            out.push(topic);
        } else if !(word.eq_ignore_ascii_case("and") && k > from) {
            // Two separators in a row other than ", and": not a plain list.
            if !at_end && k != from {
                return Vec::new();
            }
        }
        start = k + 1;
    }
    out
}

/// One item: a noun phrase of one to six words (see the module's doc).
fn topic(text: &str, ws: &[Range<usize>]) -> Option<Topic> {
    let (first, last) = (ws.first()?, ws.last()?);
    let lower: Vec<String> = ws.iter().map(|r| text[r.clone()].to_lowercase()).collect();
    let first_word = lower.first()?;
    let last_word = lower.last()?;
    let ok = (1..=6).contains(&ws.len())
        && !lower.iter().any(|w| NOT_IN_TOPIC.contains(&w.as_str()))
        && !first_word.ends_with("ing")
        && !NOT_LAST.contains(&last_word.as_str())
        && !last_word.ends_with("ly")
        && text[last.clone()].chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        && !super::super::facts::clause::is_past(last_word);
    ok.then(|| Topic { range: first.start..last.end, name: text[first.start..last.end].to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let found = agenda(text);
        assert!(!found.planned, "{text}: held, not planned");
        found.topics.into_iter().map(|t| t.name).collect()
    }

    /// The topics of a sentence that puts them on an agenda to come.
    fn planned(text: &str) -> Vec<String> {
        let found = agenda(text);
        assert!(found.planned || found.topics.is_empty(), "{text}: planned");
        found.topics.into_iter().map(|t| t.name).collect()
    }

    #[test]
    fn topics_of_talks_held_are_the_noun_phrases_after_discussed() {
        assert_eq!(
            names("The two ministers discussed the fishing dispute and trade barriers during a dinner."),
            ["the fishing dispute", "trade barriers"]
        );
        assert_eq!(
            names("The envoys discussed energy, tourism and the border crossing, officials said."),
            ["energy", "tourism", "the border crossing"]
        );
        // The list ends where "and" opens a new verb.
        assert_eq!(
            names("The leaders discussed the river dam issue and agreed to meet again."),
            ["the river dam issue"]
        );
        assert_eq!(names("Their talks focused on food aid."), ["food aid"]);
    }

    #[test]
    fn what_was_on_the_agenda_opens_or_closes_the_sentence() {
        assert_eq!(
            names("Water rights and border patrols were also on the agenda."),
            ["Water rights", "border patrols"]
        );
        assert_eq!(
            names("On the agenda were fisheries and the new ferry route."),
            ["fisheries", "the new ferry route"]
        );
    }

    #[test]
    fn plans_clauses_negations_and_quotations_are_no_topics() {
        // Negated, hedged or passive: no discussion held, none planned.
        assert!(names("They are expected to have discussed the fishing dispute.").is_empty());
        assert!(names("The leaders never discussed the fishing dispute.").is_empty());
        // A clause or an action is no topic.
        assert!(names("The two sides discussed how to reopen the border.").is_empty());
        assert!(names("The two sides discussed resuming the ferry service.").is_empty());
        assert!(names("The officials discussed that the border would reopen.").is_empty());
        // A name alone is no topic: a list that would split one ("U.S. and China trade") gives nothing.
        assert!(names("The two discussed U.S. and China embassy operations.").is_empty());
        // Inside a quotation.
        assert!(names("\"We discussed the fishing dispute,\" he said.").is_empty());
    }

    #[test]
    fn an_agenda_to_come_is_read_as_planned_in_each_shape() {
        assert_eq!(
            planned("Water rights and border patrols will be on the agenda."),
            ["Water rights", "border patrols"]
        );
        assert_eq!(planned("The fishing dispute will also be on the agenda when they meet."), ["The fishing dispute"]);
        assert_eq!(planned("Food aid is expected to be on the agenda."), ["Food aid"]);
        assert_eq!(
            planned("The new ferry route and tourism are to be discussed in May."),
            ["The new ferry route", "tourism"]
        );
        assert_eq!(
            planned("On the agenda will be fisheries and the new ferry route."),
            ["fisheries", "the new ferry route"]
        );
        assert_eq!(
            planned("The two ministers will discuss the fishing dispute and trade barriers during a dinner."),
            ["the fishing dispute", "trade barriers"]
        );
        assert_eq!(
            planned("The envoys are expected to discuss energy and tourism at the talks."),
            ["energy", "tourism"]
        );
        assert_eq!(planned("The leaders will also focus on food aid."), ["food aid"]);
        assert_eq!(planned("The mayors are scheduled to discuss water rights on Friday."), ["water rights"]);
    }

    #[test]
    fn a_plan_that_is_negated_hedged_or_hoped_for_puts_nothing_on_an_agenda() {
        for text in [
            "The ministers will not discuss the fishing dispute.",
            "The ministers are not expected to discuss the fishing dispute.",
            "The ministers would discuss the fishing dispute.",
            "The ministers hope to discuss the fishing dispute.",
            "The ministers did not discuss the fishing dispute.",
            "The fishing dispute could be on the agenda.",
            "The fishing dispute may be discussed.",
            "The two sides will discuss how to reopen the border.",
            "\"We will discuss the fishing dispute,\" he said.",
        ] {
            assert!(agenda(text).topics.is_empty(), "{text}");
        }
    }
}

//! States that have lasted since a date: "The talks have been stalled since February.", "Kim has led the
//! party since 2011.", "… a high-level dialogue with the South that has stalled since February, …".
//!
//! The pattern is ordinary English: a subject (a noun phrase opening the sentence, or the noun phrase a
//! relative "that"/"which" hangs on), a perfect ("has", "have" or "had", then a short predicate with no
//! comma, negation or quotation), then "since" and a date [`When::parse`] reads as a start ("since
//! February", "since 1999", "since December 2011", "since last year") closing its clause. Anything less
//! clean drafts nothing: a pronoun or an unnamed referent as the subject ("it", "they", "the two
//! countries", "their talks"), a subject holding a verb of saying ("Kim said the talks …"), a negated
//! state ("have not met since 2007"), a "since" that opens a clause or names an event ("since Pelosi's
//! visit").

use super::clause::Sent;
use crate::pack::{Claim, EntityKind, Fact, When};

/// Words a subject may not open with: pronouns and words that point back at something named before.
const POINTING: [&str; 17] = [
    "it", "they", "he", "she", "this", "these", "those", "that", "we", "i", "you", "both", "which", "who", "there",
    "such", "all",
];

/// Words a subject may not hold: possessive pronouns (whose owner the learner cannot see), verbs of saying
/// (the clause is then someone's report), conjunctions that open a clause.
const NOT_IN_SUBJECT: [&str; 24] = [
    "its",
    "their",
    "his",
    "her",
    "our",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "believes",
    "believed",
    "thinks",
    "reported",
    "reports",
    "added",
    "noted",
    "stated",
    "announced",
    "warned",
    "claimed",
    "that",
    "if",
    "because",
];

/// Referring nouns after "the" that name nothing on their own ("the two countries", "the country").
const UNNAMED: [&str; 6] = ["two", "country", "countries", "city", "party", "latter"];

/// Prepositions that may join a noun phrase to the phrase it modifies ("a dialogue with the South").
const JOINING: [&str; 10] = ["of", "with", "between", "among", "on", "over", "for", "in", "from", "against"];

/// Words that may follow the date and close its clause.
const CLOSING: [&str; 6] = ["and", "but", "when", "after", "as", "according"];

/// The most words a subject or a predicate of a drafted State may have.
const MAX_WORDS: usize = 8;

/// Every state since a date the sentence states outside quotations.
pub fn states(s: &Sent<'_>) -> Vec<Fact> {
    (0..s.toks.len()).filter(|&k| s.is(k, "since") && !s.in_quote(k)).filter_map(|k| state_at(s, k)).collect()
}

/// The start named after "since" at token `k`: the words as written ("since February"), when they close
/// their clause.
fn start(s: &Sent<'_>, k: usize) -> Option<String> {
    (1..=3).rev().find_map(|len| {
        let words = s.span(k + 1, k + 1 + len);
        if (k + 1..k + 1 + len).any(|j| !s.toks.get(j).is_some_and(|t| t.word) || s.in_quote(j)) {
            return None;
        }
        // A month must be written with its capital ("since may" is no date).
        let first = s.tok(k + 1);
        if first.chars().next().is_some_and(char::is_lowercase)
            && crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(first))
        {
            return None;
        }
        let next = s.tok(k + 1 + len);
        let closes = next.is_empty()
            || matches!(next, "," | ";" | "." | "—" | ":" | ")")
            || CLOSING.iter().any(|w| next.eq_ignore_ascii_case(w));
        let date = format!("since {words}");
        (closes && matches!(When::parse(&date), Some(When::Since(_)))).then_some(date)
    })
}

fn state_at(s: &Sent<'_>, k: usize) -> Option<Fact> {
    let date = start(s, k)?;
    // The perfect: "has", "have" or "had" within a few words before "since", nothing but words between.
    let aux =
        (k.saturating_sub(MAX_WORDS + 1)..k).rev().find(|&a| ["has", "have", "had"].iter().any(|w| s.is(a, w)))?;
    let between = aux + 1..k;
    if between.is_empty()
        || between.clone().any(|j| !s.toks.get(j).is_some_and(|t| t.word) || s.in_quote(j))
        || between.clone().any(|j| ["not", "never", "no", "since", "and", "that", "which"].iter().any(|w| s.is(j, w)))
    {
        return None;
    }
    let (from, to) = subject(s, aux)?;
    let words: Vec<&str> = (from..to).map(|j| s.tok(j)).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if words.is_empty()
        || words.len() > MAX_WORDS
        || (from..to).any(|j| s.in_quote(j) || matches!(s.tok(j), "," | "\"" | "“" | "”" | "(" | ")" | ";"))
        || POINTING.contains(&lower[0].as_str())
        || lower.iter().any(|w| NOT_IN_SUBJECT.contains(&w.as_str()))
        || (lower[0] == "the" && lower.get(1).is_some_and(|w| UNNAMED.contains(&w.as_str())))
    {
        return None;
    }
    let what = told_subject(s, from, to);
    let state = s.span(aux, k).to_string();
    let slug: Vec<String> = lower
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric()) && !["the", "a", "an"].contains(&w.as_str()))
        .take(3)
        .cloned()
        .collect();
    let id = format!("since-{}", if slug.is_empty() { "state".to_string() } else { slug.join("-") });
    Some(Fact { id, topics: Vec::new(), evidence: s.text.to_string(), claim: Claim::State { what, state, date } })
}

/// The tokens of the subject of the perfect at token `aux`: the sentence's opening noun phrase (before an
/// appositive set off by commas), or the noun phrase a relative "that"/"which" right before the
/// auxiliary hangs on.
fn subject(s: &Sent<'_>, aux: usize) -> Option<(usize, usize)> {
    let first_comma = (0..aux).find(|&j| s.tok(j) == ",");
    let relative = aux > 0 && (s.is(aux - 1, "that") || s.is(aux - 1, "which"));
    if !relative {
        // "The six-party talks, convening …, have been stalled": the appositive closes right before.
        return match first_comma {
            None => Some((0, aux)),
            Some(c) if s.tok(aux - 1) == "," => Some((0, c)),
            Some(_) => None,
        };
    }
    let rel = aux - 1;
    let end = if rel > 0 && s.tok(rel - 1) == "," { rel - 1 } else { rel };
    if first_comma == Some(end) {
        return Some((0, end));
    }
    if s.tok(rel - 1) == "," {
        return None;
    }
    // Back to the determiner that opens the noun phrase, past the phrases joined to it ("a dialogue with
    // the South").
    let mut i = end;
    while i > 0 && end - i < 10 {
        i -= 1;
        let t = s.tok(i).to_lowercase();
        if !s.toks.get(i).is_some_and(|t| t.word) && t != "'s" && t != "’s" {
            return None;
        }
        if ["a", "an", "the"].contains(&t.as_str()) {
            let joined = i > 0 && JOINING.iter().any(|p| s.is(i - 1, p));
            if !joined {
                return Some((i, end));
            }
        }
    }
    None
}

/// The subject as a question or a statement names it: a person by name alone; "the" for an opening "The", "A" or "An"
/// ("a dialogue … that has stalled" is the one dialogue the sentence speaks of); a capital kept on a name
/// ("Kim Jong Un", "North Korea") and dropped from a common noun opening the sentence ("Relations between
/// …", "Talks with …").
fn told_subject(s: &Sent<'_>, from: usize, to: usize) -> String {
    // "Icelandic Prime Minister Sigrun Olafsdottir": the person, by name; the title is said elsewhere.
    if let Some(n) = s.named.iter().find(|n| n.end == to && n.first >= from && n.entity.kind == EntityKind::Person) {
        return n.entity.name.clone();
    }
    let text = s.span(from, to);
    let first = s.tok(from);
    let rest = &text[first.len().min(text.len())..];
    if ["the", "a", "an"].iter().any(|d| first.eq_ignore_ascii_case(d)) {
        return format!("the{rest}");
    }
    let named = s.named.iter().any(|n| n.first <= from && from < n.end);
    let common = !named && to > from + 1 && s.tok(from + 1).chars().next().is_some_and(char::is_lowercase);
    if common {
        let mut out = first.to_lowercase();
        out.push_str(rest);
        return out;
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn drafted(text: &str, es: &[crate::pack::Entity]) -> Vec<(String, String, String)> {
        states(&sent(text, es))
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::State { what, state, date } => Some((what, state, date)),
                _ => None,
            })
            .collect()
    }

    fn one(what: &str, state: &str, date: &str) -> Vec<(String, String, String)> {
        vec![(what.to_string(), state.to_string(), date.to_string())]
    }

    #[test]
    fn a_state_since_a_date_is_drafted_with_its_subject_its_perfect_and_its_start() {
        let es = [entity("kim", Person, "Kim Jong Un"), entity("nk", Country, "North Korea")];
        assert_eq!(
            drafted("The high-level talks have been stalled since February.", &es),
            one("the high-level talks", "have been stalled", "since February")
        );
        assert_eq!(
            drafted("Kim Jong Un has led North Korea since December 2011.", &es),
            one("Kim Jong Un", "has led North Korea", "since December 2011")
        );
        assert_eq!(
            drafted("Relations between the ministries had been frozen since 1999, officials said.", &es),
            one("relations between the ministries", "had been frozen", "since 1999")
        );
        // An appositive between the subject and its verb.
        assert_eq!(
            drafted("The fishing talks, which bring together five coastal states, have stalled since last year.", &es),
            one("the fishing talks", "have stalled", "since last year")
        );
        // The noun phrase a relative clause hangs on, past a phrase joined to it.
        assert_eq!(
            drafted(
                "Officials agreed on Monday to resume a dialogue with the North that has stalled since May, a report said.",
                &es
            ),
            one("the dialogue with the North", "has stalled", "since May")
        );
        assert_eq!(
            drafted("The ferry line, which has been closed since 2010, will reopen.", &es),
            one("the ferry line", "has been closed", "since 2010")
        );
    }

    #[test]
    fn a_state_is_not_drafted_from_a_pronoun_a_report_a_negation_or_an_event() {
        let es = [entity("kim", Person, "Kim Jong Un"), entity("pelosi", Person, "Nancy Pelosi")];
        for text in [
            "They have been stalled since February.",
            "The two countries have been at odds since 2012.",
            "Their talks have stalled since March.",
            "Kim Jong Un said the talks have been stalled since February.",
            "The two sides have not met since 2007.",
            "The talks have never resumed since 2007.",
            "Relations have been strained since Nancy Pelosi's visit.",
            "The talks have been stalled since they began.",
            "The ferry has run since may.",
            "The talks have been stalled since February 12 attacks.",
            "\"The talks have been stalled since February,\" Kim Jong Un said.",
        ] {
            assert!(drafted(text, &es).is_empty(), "{text}: {:?}", drafted(text, &es));
        }
    }
}

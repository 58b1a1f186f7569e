//! States that have lasted since a date (a version-2 [`Claim::State`]): "The six-party talks have been
//! stalled since late 2008." asked "Since when have the six-party talks been stalled?".
//!
//! Rules kept:
//! * the question inverts the perfect's auxiliary ("have been stalled" → "Since when have … been
//!   stalled?", "had stalled" → "Since when had … stalled?"); a state that does not open with "has", "have"
//!   or "had", a date that is not a start after "since", or a subject that is not a short noun phrase
//!   ([`is_name_like`], [`carries_predicate`]) gives no question and no statement;
//! * it has no false version: a later start is true of a state that lasts ("stalled since March" is true
//!   of talks stalled since February), and an earlier one is not stated by the article in so many words.

use super::phrasing::{Ask, Val, capitalise, carries_predicate, date_val, is_name_like, word_count};
use crate::pack::When;

/// The auxiliary of a perfect that opens `state` ("have", "has", "had") and the rest ("been stalled").
fn perfect(state: &str) -> Option<(&str, &str)> {
    let (aux, rest) = state.trim().split_once(' ')?;
    let rest = rest.trim();
    (["has", "have", "had"].contains(&aux) && word_count(rest) >= 1 && !rest.contains(',')).then_some((aux, rest))
}

/// The start of the state, when `date` is one ("since February").
fn since(date: &str) -> Option<Val> {
    date_val(Some(&date.to_string())).filter(|v| matches!(v, Val::When(When::Since(_))))
}

/// Whether a State can be told and asked at all: a short subject, a perfect, a start after "since".
pub fn is_told(what: &str, state: &str, date: &str) -> bool {
    is_name_like(what) && !carries_predicate(what) && perfect(state).is_some() && since(date).is_some()
}

/// The State as a sentence: "The six-party talks have been stalled since late 2008."
pub(super) fn sentence(what: &str, state: &str, date: &str) -> String {
    let start = since(date).map_or_else(
        || date.to_string(),
        |v| match v {
            Val::When(w) => w.to_string(),
            _ => date.to_string(),
        },
    );
    format!("{} {} {start}.", capitalise(what.trim()), state.trim())
}

/// "Since when have the six-party talks been stalled?", answered by the start.
pub(super) fn asks(what: &str, state: &str, date: &str) -> Vec<Ask> {
    let (Some((aux, rest)), Some(answer)) = (perfect(state), since(date)) else { return Vec::new() };
    if !is_told(what, state, date) {
        return Vec::new();
    }
    vec![Ask { slot: "date", stem: format!("Since when {aux} {} {rest}?", what.trim()), answer }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_since_a_date_is_asked_by_its_start_with_the_auxiliary_inverted() {
        let stems = |what: &str, state: &str, date: &str| -> Vec<String> {
            asks(what, state, date).into_iter().map(|a| a.stem).collect()
        };
        assert_eq!(
            stems("the high-level talks", "have been stalled", "since February"),
            ["Since when have the high-level talks been stalled?"]
        );
        assert_eq!(
            stems("the high-level dialogue with the South", "had stalled", "since February"),
            ["Since when had the high-level dialogue with the South stalled?"]
        );
        assert_eq!(
            stems("Mr. Tanaka", "has been the party's leader", "since 1999"),
            ["Since when has Mr. Tanaka been the party's leader?"]
        );
        assert_eq!(
            sentence("the high-level talks", "have been stalled", "since February"),
            "The high-level talks have been stalled since February."
        );
        // Not a perfect, not a start, or a subject that is a clause: nothing is asked.
        assert!(stems("the talks", "stalled", "since February").is_empty());
        assert!(stems("the talks", "have been stalled", "in February").is_empty());
        assert!(stems("the talks", "have been stalled", "February").is_empty());
        assert!(
            stems("the talks which the two sides began in Geneva last year", "have stalled", "since May").is_empty()
        );
    }
}

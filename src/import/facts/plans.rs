//! Meetings to come, with who meets, where and when: "X will hold talks with Y on Friday", "X and Y will
//! meet in Z next week", "A, B and C will hold three-way talks on Sunday", "X is to meet Y in Z on Monday",
//! "X is arranging a meeting with Y in Z on Sunday or Monday".
//!
//! Rules kept:
//! - a meeting to come is an Event named "the planned ‹noun› between X and Y" (for three or more parties,
//!   "the planned ‹noun›": a list needs commas, which no question frame holds), which the generator tells and asks about as due ("On which day is the planned meeting
//!   between X and Y to be held?"), never as done;
//! - its date is the one its clause states, as written: a weekday ("on Friday") is the coming one, and no
//!   calendar day is worked out for it; a choice of days ("on Sunday or Monday"), a span ("Monday to
//!   Wednesday") or a weekday after "next" or "this" dates nothing, and the meeting is kept undated;
//! - its place is a city, country or place after "in" or "at" in the same clause;
//! - a meeting with neither place nor date says nothing to ask, and is left out; so is one in a negated or
//!   quoted sentence, one whose plan fell through ("postponed"), and meetings held one by one ("will meet
//!   X and Y, respectively");
//! - its name fits a question frame (eight words): the parties by name, or people by their surnames, or
//!   nothing is drafted;
//! - the plan must be stated as such: "will", "shall", "is (are) to", "is (are) scheduled (slated, expected,
//!   set, due) to", or "is (are) arranging (planning, preparing, organising) a meeting"; "would" and "was to"
//!   are left out, as they may tell of a plan that was kept or dropped.

use super::clause::{Named, Sent, can_act, word_count};
use super::talks::{PLAN_UNDONE, fact, meeting_noun, modifiers_start, place_after, slug};
use crate::pack::{Claim, Entity, Fact, When};

/// Words after which a planned meeting's clause ends: what the meeting leads to or is for, or another
/// clause.
const CLAUSE_ENDS: [&str; 11] = ["before", "after", "for", "to", "but", "as", "which", "who", "while", "said", "says"];

/// Verbs of a meeting being arranged ("is arranging a meeting with …").
const ARRANGING: [&str; 6] = ["arranging", "planning", "preparing", "organising", "organizing", "seeking"];

/// The longest name of a planned meeting, in words: what a question frame holds
/// ([`crate::generate::phrasing::MAX_PHRASE_WORDS`]).
const MAX_NAME_WORDS: usize = crate::generate::phrasing::MAX_PHRASE_WORDS;

/// A meeting to come of named parties in sentence `s`, as an Event "the planned … between X and Y" with
/// its place and the date the clause states.
pub fn planned_meeting(s: &Sent<'_>) -> Option<Fact> {
    // "will meet X and Y, respectively": two meetings, not one of three.
    let refused = ["not", "no", "never", "respectively", "separately"];
    if (0..s.toks.len()).any(|k| refused.iter().chain(&PLAN_UNDONE).any(|w| s.is(k, w))) {
        return None;
    }
    s.named.iter().find_map(|n| from_subject(s, n))
}

/// Words that end a title before a name: a party is not looked for past them.
const NOT_TITLE: [&str; 9] = ["and", "or", "in", "on", "at", "to", "for", "with", "by"];

/// The party named at token `i`, or after up to four title words ("Foreign Minister X", "her counterpart
/// X"), that can act.
fn party_at<'s, 'a>(s: &'s Sent<'a>, i: usize) -> Option<&'s Named<'a>> {
    (i..i + 5).find_map(|j| {
        let titles = (i..j).all(|k| {
            s.toks.get(k).is_some_and(|t| t.word) && !NOT_TITLE.iter().any(|w| s.is(k, w)) && s.named_at(k).is_none()
        });
        if !titles {
            return None;
        }
        s.named_at(j).filter(|m| can_act(m.entity.kind) && !s.in_quote(m.first))
    })
}

/// Parties listed from the one at `first`: "X", "X and Y", "X, Y and Z" (each maybe after a title). Returns
/// them and the token after the list.
fn party_list<'a>(s: &Sent<'a>, first: &Named<'a>) -> (Vec<&'a Entity>, usize) {
    let mut parties = vec![first.entity];
    let mut j = first.end;
    loop {
        let sep = if s.tok(j) == "," && s.is(j + 1, "and") {
            2
        } else if s.tok(j) == "," || s.is(j, "and") {
            1
        } else {
            break;
        };
        let Some(m) = party_at(s, j + sep) else { break };
        parties.push(m.entity);
        j = m.end;
    }
    (parties, j)
}

/// The meeting to come whose subject is the party (or the first of the parties) named by `subject`.
fn from_subject(s: &Sent<'_>, subject: &Named<'_>) -> Option<Fact> {
    if !can_act(subject.entity.kind) || !s.opens_clause(subject) || s.in_quote(subject.first) {
        return None;
    }
    let (mut parties, after_list) = party_list(s, subject);
    let start = if parties.len() > 1 { after_list } else { s.after_subject(subject) };
    let at = s.past_plan_adverbs(start);
    let be = matches!(s.tok(at).to_lowercase().as_str(), "is" | "are");
    let (verb, arranging) = if let Some(verb) = s.verb_to_come(at, false) {
        (verb, false)
    } else if be && ARRANGING.iter().any(|w| s.is(at + 1, w)) {
        (at + 1, true)
    } else {
        return None;
    };
    // The meeting: "meet (with)", "hold (have) … talks (with)", "arranging a meeting (with)".
    let (noun_phrase, mut next) = if !arranging && s.is(verb, "meet") {
        ("meeting".to_string(), verb + 1 + usize::from(s.is(verb + 1, "with")))
    } else if arranging || s.is(verb, "hold") || s.is(verb, "have") {
        let noun = (verb + 1..verb + 6).find(|&j| meeting_noun(s, j))?;
        if (verb + 1..noun).any(|j| !s.toks.get(j).is_some_and(|t| t.word) || s.named_at(j).is_some()) {
            return None;
        }
        let mods = modifiers_start(s, noun);
        (s.span(mods, noun + 1).to_lowercase(), noun + 1 + usize::from(s.is(noun + 1, "with")))
    } else {
        return None;
    };
    // Whom: after "meet" or "with".
    if s.is(next.wrapping_sub(1), "with") || (s.is(verb, "meet") && parties.len() == 1) {
        let whom = party_at(s, next)?;
        let (more, end) = party_list(s, whom);
        parties.extend(more);
        next = end;
    }
    let mut seen: Vec<&str> = Vec::new();
    parties.retain(|p| {
        let new = !seen.contains(&p.id.as_str());
        seen.push(&p.id);
        new
    });
    if parties.len() < 2 {
        return None;
    }
    // The rest of the clause: where and when.
    let end = (next..s.toks.len().min(next + 14))
        .find(|&j| matches!(s.tok(j), "," | ";" | ":" | ".") || CLAUSE_ENDS.iter().any(|w| s.is(j, w)))
        .unwrap_or(s.toks.len().min(next + 14));
    let place = place_after(s, next.saturating_sub(1), end).filter(|p| !parties.iter().any(|e| e.id == p.entity.id));
    // A date may also open the sentence ("On Friday, X will meet Y").
    let date = coming_date(s, next, end).or_else(|| {
        let comma = subject.first.checked_sub(1).filter(|&c| s.tok(c) == ",")?;
        coming_date(s, 0, comma)
    });
    if place.is_none() && date.is_none() {
        return None;
    }
    let named = |names: Vec<&str>| {
        let what = match names.as_slice() {
            [a, b] => format!("the planned {noun_phrase} between {a} and {b}"),
            // A list of three needs a comma, which no question frame holds: the talks by their noun.
            _ => format!("the planned {noun_phrase}"),
        };
        Some(what).filter(|w| word_count(w) <= MAX_NAME_WORDS)
    };
    let what = named(parties.iter().map(|p| p.name.as_str()).collect())
        .or_else(|| named(parties.iter().map(|p| short_name(p)).collect()))?;
    let id = format!("plan-{}-{}", slug(&noun_phrase), parties.first().map_or("", |p| p.id.as_str()));
    Some(fact(
        id,
        s,
        Claim::Event { what, who: Vec::new(), place: place.map(|p| p.entity.id.clone()), date, era: None },
    ))
}

/// How a party is named in a planned meeting's name: a person by a one-word alias that is a word of their
/// name ("Park" for "Park Geun-hye"), the name question frames can hold; anyone else by their name.
pub(super) fn short_name(e: &Entity) -> &str {
    e.aliases
        .iter()
        .filter(|a| word_count(a) == 1 && e.name.split_whitespace().any(|w| w == a.as_str()))
        .min_by_key(|a| a.len())
        .filter(|_| e.kind == crate::pack::EntityKind::Person)
        .map_or(e.name.as_str(), String::as_str)
}

/// The date a clause states between tokens `from` and `to`, as written ("on Friday", "March 3", "next
/// week", "in December": [`Sent::loose_date_at`]): the first date phrase there. A choice or a span of days ("on Sunday or Monday", "Monday to
/// Wednesday") and a weekday after "next", "this" or "coming" give none: one date would misstate them.
pub fn clause_date(s: &Sent<'_>, from: usize, to: usize) -> Option<String> {
    let (i, len, phrase) = (from..to).find_map(|i| {
        (1..=4).rev().filter(|&len| i + len <= to).find_map(|len| Some((i, len, s.loose_date_at(i, len)?)))
    })?;
    let before = s.tok(i.wrapping_sub(1)).to_lowercase();
    let after = s.tok(i + len).to_lowercase();
    // "to", "until" and a dash join two days only when a day follows ("Monday to Wednesday", not "Monday
    // to talk" or "Monday - will ease").
    let to_day = matches!(after.as_str(), "to" | "until" | "till" | "-" | "–")
        && (1..=3).any(|l| s.date_at(i + len + 1, l).is_some() || s.date_at(i + len + 2, l).is_some());
    let joined = ["or", "and", "through"];
    if to_day || joined.contains(&after.as_str()) || matches!(before.as_str(), "or" | "next" | "this" | "coming") {
        return None;
    }
    Some(phrase)
}

/// [`clause_date`] for a thing to come: a date that names the past ("yesterday", "last week", "earlier this
/// month", "since 1999") gives none, as it tells when the plan was made, not when it is due ("talks
/// scheduled last week for Oslo").
pub fn coming_date(s: &Sent<'_>, from: usize, to: usize) -> Option<String> {
    use crate::pack::when::{Relative, Which};
    let date = clause_date(s, from, to)?;
    let past = match When::parse(&date)? {
        When::Relative(Relative::Yesterday | Relative::Weekday { last: true, .. }) | When::Since(_) => true,
        When::Near { which, .. } | When::MonthNear { which, .. } => matches!(which, Which::Last | Which::EarlierThis),
        _ => false,
    };
    (!past).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn person(id: &str, name: &str, alias: &str) -> Entity {
        Entity { aliases: vec![alias.to_string()], ..entity(id, Person, name) }
    }

    fn people() -> Vec<Entity> {
        vec![
            person("anna-berg", "Anna Berg", "Berg"),
            person("tomas-lind", "Tomas Lind", "Lind"),
            person("ola-strand", "Ola Strand", "Strand"),
            entity("oslo", City, "Oslo"),
            entity("norway", Country, "Norway"),
            entity("finland", Country, "Finland"),
        ]
    }

    fn event(text: &str) -> Option<Plan> {
        let es = people();
        planned_meeting(&sent(text, &es)).map(|f| match f.claim {
            Claim::Event { what, place, date, .. } => (what, place, date),
            other => panic!("not an event: {other:?}"),
        })
    }

    type Plan = (String, Option<String>, Option<String>);

    fn want(what: &str, place: Option<&str>, date: Option<&str>) -> Option<Plan> {
        Some((what.to_string(), place.map(Into::into), date.map(Into::into))).filter(|_| !what.is_empty())
    }

    #[test]
    fn a_meeting_to_come_keeps_its_parties_place_and_weekday() {
        assert_eq!(
            event("Finance Minister Anna Berg will hold talks with her counterpart Tomas Lind on Friday, aides said."),
            want("the planned talks between Berg and Lind", None, Some("on Friday")),
            "a name too long for a question names people by their surnames"
        );
        assert_eq!(
            event("Anna Berg and Tomas Lind will meet in Oslo on Tuesday to discuss fishing quotas."),
            want("the planned meeting between Berg and Lind", Some("oslo"), Some("on Tuesday"))
        );
        assert_eq!(
            event("Anna Berg, Tomas Lind and Ola Strand will hold three-way talks on Sunday."),
            want("the planned three-way talks", None, Some("on Sunday")),
            "a list of three needs a comma, which no question frame holds"
        );
        assert_eq!(
            event("Anna Berg is to meet Tomas Lind in Oslo on Monday."),
            want("the planned meeting between Berg and Lind", Some("oslo"), Some("on Monday"))
        );
        assert_eq!(
            event("Norway is scheduled to hold a bilateral summit with Finland in Oslo."),
            want("the planned bilateral summit between Norway and Finland", Some("oslo"), None)
        );
    }

    #[test]
    fn a_scheduled_or_slated_meeting_keeps_its_day() {
        assert_eq!(
            event("On Friday, Anna Berg is scheduled to hold talks with Tomas Lind and Ola Strand."),
            want("the planned talks", None, Some("on Friday"))
        );
        assert_eq!(
            event("Anna Berg is slated to meet Tomas Lind on Tuesday."),
            want("the planned meeting between Berg and Lind", None, Some("on Tuesday"))
        );
        assert_eq!(
            event("Anna Berg and Tomas Lind are slated to hold talks in Oslo."),
            want("the planned talks between Berg and Lind", Some("oslo"), None)
        );
    }

    #[test]
    fn a_choice_of_days_keeps_the_meeting_and_refuses_the_date() {
        assert_eq!(
            event("Anna Berg is arranging a meeting with Tomas Lind in Oslo on Sunday or Monday."),
            want("the planned meeting between Berg and Lind", Some("oslo"), None)
        );
        assert_eq!(event("Anna Berg is arranging a meeting with Tomas Lind on Sunday or Monday."), None);
        assert_eq!(
            event("Anna Berg will meet Tomas Lind in Oslo next Monday."),
            want("the planned meeting between Berg and Lind", Some("oslo"), None)
        );
    }

    #[test]
    fn a_loose_date_dates_its_own_clause_only() {
        assert_eq!(
            event("Anna Berg and Tomas Lind will meet in Oslo next week."),
            want("the planned meeting between Berg and Lind", Some("oslo"), Some("next week"))
        );
        assert_eq!(
            event("Norway will hold talks with Finland in the coming weeks, officials said."),
            want("the planned talks between Norway and Finland", None, Some("the coming weeks"))
        );
        let es = people();
        let date = |text: &str| sent(text, &es).date();
        assert_eq!(date("Earlier this month, Anna Berg visited Oslo.").as_deref(), Some("Earlier this month"));
        assert_eq!(date("In December, Anna Berg visited Oslo.").as_deref(), Some("December"));
        // Elsewhere a loose date may be another clause's: the meeting "in November" is not the one in Oslo.
        assert_eq!(date("Anna Berg met Tomas Lind in Oslo, following their meeting in November."), None);
        assert_eq!(date("Anna Berg held talks in Oslo to plan a summit to be held this month."), None);
    }

    #[test]
    fn meetings_held_denied_or_dropped_are_no_plans() {
        for text in [
            "Anna Berg met Tomas Lind in Oslo on Friday.",
            "Anna Berg will not meet Tomas Lind in Oslo on Friday.",
            "Anna Berg was to meet Tomas Lind in Oslo on Friday.",
            "Anna Berg would meet Tomas Lind in Oslo on Friday.",
            "The talks Anna Berg will hold with Tomas Lind in Oslo on Friday were postponed.",
            "Anna Berg will meet Tomas Lind.",
            "Anna Berg will meet Tomas Lind and Ola Strand, respectively, in Oslo on Friday.",
            "Anna Berg said \"we will meet Tomas Lind in Oslo on Friday\".",
        ] {
            assert_eq!(event(text), None, "{text}");
        }
    }
}

//! Talks, meetings and arrivals that news prose names by a noun rather than by "X met Y": held ("The two
//! Koreas held marathon talks … at the Panmunjom truce village Sunday"), planned ("talks … scheduled for
//! Seoul on Wednesday", "negotiations that begin Wednesday in Seoul"), the last of their kind ("The last
//! such high-level encounter took place in 2007", "the two foes have not held ministerial-level talks
//! since 2007") and arrivals ("X told reporters upon arrival at Beijing's airport"); and meetings and
//! visits English writes around them: a meeting to come of named parties ("X will have her first summit
//! with Y on Monday", a Stance worded as planned), "During a meeting in Z, X promised Y …", "X on Tuesday
//! met with Y", "X was greeted in Z by Y", "X's visit to Z", "…, marking the first visit to Z by …",
//! "… before flying to Z", "their meeting in Z".
//!
//! Rules kept:
//! - a planned happening is never drafted as done: it is an Event named "the planned …", which the
//!   generator tells as due ("The planned talks are to be held in Seoul", "In which city are the planned
//!   talks to be held?"); its date is the one the noun's own stretch states, as written ("on Wednesday",
//!   a coming day: no calendar day is worked out for it, and it stands in no timeline), unless a choice or
//!   a span of days makes one date wrong or it names the past ([`super::plans::coming_date`]); a topic right after the noun
//!   ("talks on the nuclear issue") stays in the name while the name fits a question (eight words);
//! - talks going on ("are holding talks in Pyongyang") are an Event named "the ongoing …", told as going
//!   on ("are being held"), without a date;
//! - a held happening is an Event named after who held it ("the two Koreas' marathon talks"), with the
//!   place after "in" or "at" and the sentence's date, unless the date opens a span ("Sunday through early
//!   Monday"); talks with a named party are Meetings; the topic the article gives after the place and date
//!   ("… in Pyongyang about the fate of abductees") is part of the name, so the question tells what the
//!   talks were about;
//! - a happening with neither place nor date says nothing to ask, and is left out;
//! - nothing is read inside a quotation.

use super::clause::{Named, Sent, can_act, word_count};
use super::plans::short_name;
use crate::pack::{Claim, EntityKind, Fact, When};

/// Nouns that name a meeting of parties.
const MEETING_NOUNS: [&str; 11] = [
    "talks",
    "meeting",
    "meetings",
    "negotiations",
    "summit",
    "dialogue",
    "encounter",
    "conference",
    "consultations",
    "summits",
    "discussions",
];

/// Nouns of other happenings that may be planned for a place or a day ("the forum will be held in Osaka",
/// "the ceremony is set to take place on Friday"): read only as planned ([`planned`]), never as a meeting
/// of parties. Each is a happening to the generator ([`crate::generate::phrasing::HAPPENING_NOUNS`]), so
/// it is asked where and when it is to be held.
const PLANNED_NOUNS: [&str; 10] = [
    "forum",
    "ceremony",
    "festival",
    "exhibition",
    "parade",
    "celebration",
    "celebrations",
    "drills",
    "games",
    "election",
];

/// A meeting noun at `k`, or another happening's noun that may be planned ([`PLANNED_NOUNS`]).
fn planned_noun(s: &Sent<'_>, k: usize) -> bool {
    // Lower case: "Expo Park", "the Asian Games" are names, not the noun.
    meeting_noun(s, k) || (!s.in_quote(k) && PLANNED_NOUNS.contains(&s.tok(k)))
}

/// Words that say a meeting named just before is still to come ("talks scheduled for Seoul", "negotiations
/// that begin Wednesday", "the meeting is to be held in Beijing").
const PLAN_AFTER: [&str; 9] = [
    "scheduled",
    "to be held",
    "will be held",
    "will take place",
    "set for",
    "set to",
    "that begin",
    "that begins",
    "to take place",
];

/// Words that say a plan fell through ("talks, scheduled for Seoul, were cancelled"): nothing is drafted.
pub(super) const PLAN_UNDONE: [&str; 8] =
    ["cancelled", "canceled", "postponed", "called", "scrapped", "delayed", "suspended", "collapsed"];

/// Words before a meeting noun that say it is still to come ("the planned talks", "preparations for …").
const PLAN_BEFORE: [&str; 5] = ["planned", "upcoming", "proposed", "preparations", "scheduled"];

/// Words that may stand before a meeting noun as its modifiers ("marathon", "high-level", "government"):
/// any lower-case word but these, and no "-ing" word ("resuming high-level talks").
const NOT_MODIFIER: [&str; 30] = [
    "the", "a", "an", "of", "for", "and", "or", "two", "three", "days", "its", "their", "his", "her", "which", "that",
    "to", "with", "such", "last", "first", "no", "not", "any", "more", "held", "hold", "in", "on", "at",
];

/// Facts about talks and meetings named by a noun, and arrivals, in sentence `s`.
pub fn talks(s: &Sent<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    out.extend(planned(s));
    out.extend(held(s));
    out.extend(last(s));
    out.extend(arrival(s));
    out.extend(planned_meeting(s));
    out.extend(dated_meeting(s));
    out.extend(during_meeting(s));
    out.extend(onward(s));
    out.extend(received_by(s));
    out.extend(marking_visit(s));
    out.extend(noun_visit(s));
    out.extend(present_to_attend(s));
    out.extend(earlier_meeting(s));
    out.extend(hosted_by(s));
    out
}

/// The topics sentence `s` says were (or are to be) on an agenda ([`crate::import::entities::topics::agenda`])
/// as one Agenda fact of the Issue entities the entities step made of them (`entities`), with no event,
/// `planned` when the sentence tells of a plan: every item must be one of them, or nothing is drafted. A
/// sentence inside a quotation gives none.
pub fn agenda(s: &Sent<'_>, entities: &[crate::pack::Entity]) -> Option<Fact> {
    if s.in_quote(0) {
        return None;
    }
    let agenda = crate::import::entities::topics::agenda(s.text);
    let items: Vec<String> = agenda
        .topics
        .iter()
        .map(|t| entities.iter().find(|e| e.kind == EntityKind::Issue && e.name == t.name).map(|e| e.id.clone()))
        .collect::<Option<_>>()?;
    let first = items.first()?.clone();
    Some(fact(format!("agenda-{first}"), s, Claim::Agenda { items, at: None, planned: agenda.planned }))
}

/// Keeps one planned meeting per place: an article names its coming talks again and again ("the
/// high-level talks", "the negotiations"), and each would ask the same "where are … to be held?".
///
/// And a planned meeting's Stance drafted whole ("will meet Y in Tokyo on Friday, his office announced") is
/// dropped where [`planned_meeting`] drafted it cut after the meeting's place and date: the two would ask
/// the same question.
pub fn one_plan_per_place(facts: &mut Vec<Fact>) {
    let cut: Vec<(String, String)> = facts
        .iter()
        .filter(|f| f.id.starts_with("plan-meet-"))
        .filter_map(|f| match &f.claim {
            Claim::Stance { actor, stance, .. } => Some((actor.clone(), format!("{stance},"))),
            _ => None,
        })
        .collect();
    facts.retain(|f| match &f.claim {
        Claim::Stance { actor, stance, .. } => !cut.iter().any(|(a, c)| a == actor && stance.starts_with(c.as_str())),
        _ => true,
    });
    // A plan with no place is kept once by its name ("the planned talks between X and Y").
    let mut seen: Vec<String> = Vec::new();
    facts.retain(|f| match &f.claim {
        Claim::Event { what, place, .. } if is_plan_name(what) => {
            let key = place.clone().unwrap_or_else(|| what.clone());
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        }
        _ => true,
    });
}

/// Whether an Event's name says it is planned ("the planned talks").
fn is_plan_name(what: &str) -> bool {
    what.starts_with("the planned ")
}

pub(super) fn fact(id: String, s: &Sent<'_>, claim: Claim) -> Fact {
    Fact { id, topics: Vec::new(), evidence: s.text.to_string(), claim }
}

/// The mention at token `i`, or after a "the" there: a mention may or may not hold its "the" ("the
/// Yasukuni Shrine", "the Panmunjom truce village").
fn named_after_the<'s, 'a>(s: &'s Sent<'a>, i: usize) -> Option<&'s Named<'a>> {
    s.named_at(i).or_else(|| s.named_at(i + 1).filter(|_| s.is(i, "the")))
}

/// Whether token `k` is a meeting noun outside a quotation.
pub(super) fn meeting_noun(s: &Sent<'_>, k: usize) -> bool {
    !s.in_quote(k) && MEETING_NOUNS.iter().any(|n| s.is(k, n))
}

/// The modifiers just before the meeting noun at `k` ("marathon", "high-level government"): up to three
/// lower-case words, stopping at punctuation, a [`NOT_MODIFIER`] word or an "-ing" word. Returns the first
/// token of the modifiers.
pub(super) fn modifiers_start(s: &Sent<'_>, k: usize) -> usize {
    let mut i = k;
    while i > 0 && k - i < 3 {
        let w = s.tok(i - 1);
        // The sentence's first word is capitalised as such ("Working-level talks are …").
        let lower = w.to_lowercase();
        let w = if i == 1 { lower.as_str() } else { w };
        let plain = s.toks.get(i - 1).is_some_and(|t| t.word)
            && w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !NOT_MODIFIER.contains(&w)
            && !w.ends_with("ing")
            && !super::clause::is_past(w)
            && s.named_at(i - 1).is_none();
        if !plain {
            break;
        }
        i -= 1;
    }
    i
}

/// The first city, country or place named after token `from` (and before token `to`) that follows "in",
/// "at" or "for" (with "the" between: "at the Panmunjom truce village"), outside a quotation.
pub(super) fn place_after<'s, 'a>(s: &'s Sent<'a>, from: usize, to: usize) -> Option<&'s Named<'a>> {
    s.named.iter().filter(|m| m.first > from && m.first < to && !s.in_quote(m.first)).find(|m| {
        let before = |w: &str| {
            s.is(m.first.wrapping_sub(1), w)
                || (s.is(m.first.wrapping_sub(1), "the") && s.is(m.first.wrapping_sub(2), w))
        };
        super::clause::is_place(m.entity) && (before("in") || before("at") || before("for"))
    })
}

/// The sentence's date for something that took place, unless it opens a span ("Sunday through early
/// Monday"), which one date would misstate.
fn past_date(s: &Sent<'_>) -> Option<String> {
    let date = s.date()?;
    let bare = date.strip_prefix("on ").unwrap_or(&date);
    let at = s.text.find(bare)?;
    let after = s.text.get(at + bare.len()..).unwrap_or("").trim_start().to_lowercase();
    // "through", "until" and a dash always open a span ("Sunday through early Monday"); "to" and "and" join
    // another day only when one follows ("Monday to Wednesday", "May 3 and 4"): before anything else ("on
    // Wednesday to finalize details") they start another clause.
    let day_next = |rest: &str| {
        let next = rest.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        next.chars().next().is_some_and(|c| c.is_ascii_digit())
            || crate::pack::when::WEEKDAYS
                .iter()
                .chain(crate::pack::date::MONTHS.iter())
                .any(|d| d.eq_ignore_ascii_case(next))
    };
    let always = ["through", "until", "till", "-", "–"].iter().any(|w| after.starts_with(w));
    let span = always || ["to ", "and "].iter().any(|w| after.strip_prefix(w).is_some_and(day_next));
    (!span).then_some(date)
}

/// A year the sentence states after `word` ("in 2007", "since 2007"), as written.
fn year_after(s: &Sent<'_>, word: &str) -> Option<String> {
    (0..s.toks.len()).find_map(|k| {
        let y = s.tok(k + 1);
        (s.is(k, word) && y.len() == 4 && matches!(When::parse(y), Some(When::Year(_)))).then(|| y.to_string())
    })
}

/// An id slug of a phrase: lower-case words joined by hyphens.
pub(super) fn slug(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| w.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// "A meeting, talks, a forum … to come": an Event "the planned ‹modifiers› ‹noun›" with its place and its date to
/// come as written ([`super::plans::coming_date`]), one of the two at least. The
/// plan is read from the words around the noun: "scheduled (for)", "to be held", "that begin", "set for"
/// ("would be held" in reported speech) after it (in the noun's own stretch: before a semicolon or the next meeting noun), "will hold", "to
/// have" or "planned", "upcoming", "preparations for" before it. A negated or quoted sentence, one whose
/// plan fell through ("postponed") and talks held ("held talks in …") are left out.
pub fn planned(s: &Sent<'_>) -> Option<Fact> {
    if (0..s.toks.len()).any(|k| ["not", "no", "never"].iter().chain(&PLAN_UNDONE).any(|w| s.is(k, w))) {
        return None;
    }
    (0..s.toks.len()).find_map(|k| {
        if !planned_noun(s, k) || s.named_before(k).is_some() {
            return None;
        }
        // The noun's own stretch of the sentence: up to a semicolon or the next meeting noun, whose plan
        // words are its own ("talks in X … to finalize details on a summit to be held this month").
        let window_end =
            (k + 1..s.toks.len()).find(|&j| s.tok(j) == ";" || planned_noun(s, j)).unwrap_or(s.toks.len()).min(k + 16);
        // "would be held" tells a plan only in reported speech ("The talks would be held next week, media
        // reported"); elsewhere it may be a condition.
        let reported = s.attribution().is_some();
        let after = (k + 1..window_end).find(|&j| {
            !s.in_quote(j)
                && (PLAN_AFTER.iter().any(|p| s.is_phrase(j, p)) || (reported && s.is_phrase(j, "would be held")))
        });
        let start = modifiers_start(s, k);
        // "held talks in Pyongyang": talks that took place, whatever follows.
        let verb_before = (start.saturating_sub(3)..start).rev().find(|&j| {
            matches!(s.tok(j).to_lowercase().as_str(), "held" | "hold" | "holding" | "have" | "had" | "having")
        });
        if verb_before.is_some_and(|j| !s.is(j, "hold") && !s.is(j, "have")) {
            return None;
        }
        // "will hold their trilateral summit", "to have a first summit": a meeting to come.
        let will_hold = verb_before.is_some_and(|j| {
            matches!(s.tok(j.wrapping_sub(1)).to_lowercase().as_str(), "will" | "to" | "would" | "shall")
                && (j + 1..start).all(|i| {
                    matches!(s.tok(i).to_lowercase().as_str(), "a" | "an" | "the" | "their" | "its" | "his" | "her")
                })
        });
        let before = will_hold || (start.saturating_sub(4)..start).any(|j| PLAN_BEFORE.iter().any(|p| s.is(j, p)));
        if after.is_none() && !before {
            return None;
        }
        // The place comes after the plan words ("talks - scheduled for Seoul", "negotiations that begin
        // Wednesday in Seoul") or right after the noun ("the planned talks in Seoul").
        let from = after.map_or(k, |a| a.saturating_sub(1));
        // "talks that began Monday" would have failed "that begin"; "talks scheduled last week" is a plan
        // made, not a meeting to come, but its place is still to come.
        let place = place_after(s, from, window_end);
        // Without a place, the day to come is what there is to ask ("Talks are scheduled for next week").
        let date = super::plans::coming_date(s, from, window_end);
        if place.is_none() && date.is_none() {
            return None;
        }
        // The sentence's first word, a modifier, loses its capital ("Working-level talks …").
        let mods = if start == 0 { s.span(start, k).to_lowercase() } else { s.span(start, k).to_string() };
        let noun = s.tok(k).to_lowercase();
        let what = if mods.is_empty() { format!("the planned {noun}") } else { format!("the planned {mods} {noun}") };
        if word_count(&what) > 6 {
            return None;
        }
        // "between the two Koreas", "between Seoul and Tokyo": who meets, when it is a short phrase of words.
        let between = s.is(k + 1, "between").then(|| {
            let end = (k + 2..(k + 8).min(s.toks.len()))
                .find(|&j| {
                    !s.toks.get(j).is_some_and(|t| t.word)
                        || matches!(
                            s.tok(j).to_lowercase().as_str(),
                            "are"
                                | "is"
                                | "will"
                                | "were"
                                | "was"
                                | "scheduled"
                                | "set"
                                | "that"
                                | "which"
                                | "in"
                                | "on"
                                | "to"
                        )
                })
                .unwrap_or(s.toks.len());
            s.span(k + 1, end)
        });
        let what = match between {
            Some(b) if word_count(b) >= 2 && word_count(&what) + word_count(b) <= 8 => format!("{what} {b}"),
            // "talks on the nuclear issue scheduled for Seoul": the topic, as for talks held ([`topic`]).
            _ => match topic(s, k + 1) {
                Some(topic) if word_count(&what) + word_count(&topic) <= 8 => format!("{what} {topic}"),
                _ => what,
            },
        };
        let id = format!("plan-{}", slug(&format!("{mods} {noun}")));
        Some(fact(
            id,
            s,
            Claim::Event { what, who: Vec::new(), place: place.map(|p| p.entity.id.clone()), date, era: None },
        ))
    })
}

/// Who holds the talks at the start of the clause: a named party that can act, "X and Y", or a phrase for
/// two parties ("The two Koreas", "Both sides", "The two foes"). Returns the words as written (lower-cased
/// "the"), the parties' ids where they are named, and the token after the subject.
fn subject(s: &Sent<'_>) -> Option<(String, Vec<String>, usize)> {
    let lower_the =
        |t: &str| if let Some(rest) = t.strip_prefix("The ") { format!("the {rest}") } else { t.to_string() };
    if let Some(len) = s.pair_phrase_at(0) {
        let ids = s.pair.map(|(a, b)| vec![a.id.clone(), b.id.clone()]).unwrap_or_default();
        return Some((lower_the(s.span(0, len)), ids, len));
    }
    // "The two foes", "Both sides": a plural noun after "the two" or "both".
    let plural = |k: usize| {
        let w = s.tok(k);
        w.len() > 3 && w.ends_with('s') && w.chars().all(char::is_lowercase)
    };
    if s.is(0, "the") && s.is(1, "two") && plural(2) {
        return Some((lower_the(s.span(0, 3)), Vec::new(), 3));
    }
    if s.is(0, "both") && plural(1) {
        return Some((s.span(0, 2).to_string(), Vec::new(), 2));
    }
    // "(The) leaders of X and Y", "Officials from X and Y": the parties are X and Y.
    if s.tok(0).chars().all(char::is_alphabetic) || s.is(0, "the") {
        let k = usize::from(s.is(0, "the"));
        let people = s.tok(k).to_lowercase();
        if PARTY_PEOPLE.contains(&people.as_str())
            && (s.is(k + 1, "of") || s.is(k + 1, "from"))
            && let Some(a) = s.named_at(k + 2).filter(|a| can_act(a.entity.kind))
            && s.is(a.end, "and")
            && let Some(b) = s.named_at(a.end + 1).filter(|b| can_act(b.entity.kind) && b.entity.id != a.entity.id)
        {
            return Some((lower_the(s.span(0, b.end)), vec![a.entity.id.clone(), b.entity.id.clone()], b.end));
        }
    }
    // A name after a few modifiers ("South Korean envoys", "President Moon Jae-in"), never after an
    // adverbial ("On Monday North Korea …").
    let a = s.named.iter().find(|n| n.first <= 3 && s.opens_clause(n))?;
    let modifier = |k: usize| {
        let w = s.tok(k);
        s.toks.get(k).is_some_and(|t| t.word)
            && (w.chars().next().is_some_and(char::is_uppercase) || (k == 0 && w == "the"))
            && !matches!(
                w.to_lowercase().as_str(),
                "on" | "in" | "at" | "last" | "yesterday" | "today" | "after" | "before" | "during" | "since"
            )
            && !crate::pack::when::WEEKDAYS
                .iter()
                .chain(crate::pack::date::MONTHS.iter())
                .any(|d| d.eq_ignore_ascii_case(w))
    };
    if !can_act(a.entity.kind) || s.in_quote(a.first) || !(0..a.first).all(modifier) {
        return None;
    }
    if s.is(a.end, "and")
        && let Some(b) = s.named_at(a.end + 1).filter(|b| can_act(b.entity.kind) && b.entity.id != a.entity.id)
    {
        return Some((lower_the(s.span(0, b.end)), vec![a.entity.id.clone(), b.entity.id.clone()], b.end));
    }
    Some((lower_the(s.span(0, a.end)), vec![a.entity.id.clone()], a.end))
}

/// Nouns for the people who meet on behalf of parties ("Leaders of Russia and North Korea").
const PARTY_PEOPLE: [&str; 8] =
    ["leaders", "officials", "envoys", "delegations", "representatives", "negotiators", "diplomats", "ministers"];

/// "X's", "the two Koreas'": the possessive of a subject phrase; "the" for a phrase with "of" ("leaders of
/// X and Y"), whose possessive would fall on the wrong noun (the parties are in `who`).
fn possessive(subject: &str) -> String {
    if subject.contains(" of ") || subject.contains(" from ") {
        "the".to_string()
    } else if subject.ends_with('s') {
        format!("{subject}'")
    } else {
        format!("{subject}'s")
    }
}

/// Verbs (one or two words) by which a subject holds a meeting named after them: "held talks", "had a
/// meeting", "sat down for a summit", "opened talks".
const HOLD_VERBS: [&str; 7] = ["held", "had", "sat down for", "opened", "began", "concluded", "wrapped up"];

/// The Meeting of `who` (one party) with the party named after "with" within a few words after the
/// meeting noun at `noun` ("talks with Y", "talks in Beijing on Monday with Y"): a person, or a party right
/// after "with" (not a possessive: "with China's …" names whose).
fn meeting_with(s: &Sent<'_>, who: &[String], noun: usize) -> Option<Fact> {
    let w = (noun + 1..(noun + 8).min(s.toks.len()))
        .take_while(|&j| s.toks.get(j).is_some_and(|t| t.word))
        .find(|&j| s.is(j, "with"))?;
    let near: Vec<&Named<'_>> = (w + 1..w + 6).filter_map(|i| s.named_at(i)).collect();
    let whom = near
        .iter()
        .find(|m| m.entity.kind == EntityKind::Person)
        .or_else(|| near.iter().find(|m| m.first == w + 1 && !matches!(s.tok(m.end), "'s" | "’s")))
        .filter(|m| can_act(m.entity.kind) && who.first() != Some(&m.entity.id))?;
    let (me, them) = (who.first()?.clone(), whom.entity.id.clone());
    let place = place_after(s, noun, s.toks.len()).map(|m| m.entity.id.clone()).filter(|p| *p != me && *p != them);
    Some(fact(format!("meet-{me}-{them}"), s, Claim::Meeting { who: me, whom: them, place, date: past_date(s) }))
}

/// "‹Subject› held ‹modifiers› talks [with ‹people›] [at/in ‹place›] [‹date›]": an Event named after who
/// held them ("the two Koreas' marathon talks with mid-level officials"), when the talks are not with a
/// named party (those are Meetings) and a place or a date is stated.
pub fn held(s: &Sent<'_>) -> Option<Fact> {
    let (subj, who, k) = subject(s)?;
    let mut v = k;
    // Adverbs, and "have" or "has" before a participle ("has held"); "had" alone is the verb ("had talks").
    loop {
        let w = s.tok(v).to_lowercase();
        let aux = matches!(w.as_str(), "have" | "has" | "had")
            && matches!(
                s.tok(v + 1).to_lowercase().as_str(),
                "held" | "had" | "opened" | "begun" | "concluded" | "also" | "already"
            );
        if aux || matches!(w.as_str(), "also" | "reportedly" | "already") {
            v += 1;
        } else {
            break;
        }
    }
    // "are holding talks in Pyongyang": talks going on as the article is written.
    let ongoing = matches!(s.tok(v).to_lowercase().as_str(), "are" | "is") && s.is(v + 1, "holding");
    let v = if ongoing {
        v + 1
    } else {
        let verb = HOLD_VERBS.iter().find(|h| s.is_phrase(v, h))?;
        v + verb.split(' ').count() - 1
    };
    let noun = (v + 1..v + 5).find(|&j| meeting_noun(s, j))?;
    let start = modifiers_start(s, noun);
    if start != v + 1 && !(start == v + 2 && matches!(s.tok(v + 1).to_lowercase().as_str(), "a" | "an" | "their")) {
        return None;
    }
    // "X held talks with Y", "X had a meeting in Beijing with Y": X's Meeting with Y.
    if who.len() == 1
        && !ongoing
        && let Some(f) = meeting_with(s, &who, noun)
    {
        return Some(f);
    }
    // "with" and a few plain words ("with mid-level officials"), up to a preposition or punctuation.
    let mut end = noun + 1;
    if s.is(end, "with") {
        // Talks of a named party with a named party are their Meeting (drafted by the clause rules).
        let named_with = (end + 1..end + 6).any(|j| s.named_at(j).is_some_and(|m| can_act(m.entity.kind)));
        if named_with && !who.is_empty() {
            return None;
        }
        let mut j = end + 1;
        while j < end + 5
            && s.toks.get(j).is_some_and(|t| t.word)
            && !["at", "in", "on", "for", "over", "about", "and", "to"].contains(&s.tok(j))
            && !crate::pack::when::WEEKDAYS.iter().any(|d| s.is(j, d))
        {
            j += 1;
        }
        if j > end + 1 {
            end = j;
        }
    }
    // "Japan and China held talks in Hanoi" is their Meeting, drafted by [`super::actions::coordinated`].
    let named_pair = who.len() == 2 && s.pair_phrase_at(0).is_none() && possessive(&subj) != "the";
    if named_pair && end == noun + 1 && !ongoing {
        return None;
    }
    let told = s.span(start, end);
    // The parties are `who` only when the name does not hold them ("the historic summit"): a name that
    // holds a party's name would give the answer away.
    let parties = who.clone();
    let who = if possessive(&subj) == "the" { who } else { Vec::new() };
    let name = |told: &str| match (ongoing, possessive(&subj)) {
        // "Japan and North Korea are holding talks" → "the ongoing talks between Japan and North Korea".
        (true, _) if named_pair && end == noun + 1 => format!("the ongoing {told} between {subj}"),
        (true, the) if the == "the" => format!("the ongoing {told}"),
        (true, whose) => format!("{whose} ongoing {told}"),
        (false, whose) => format!("{whose} {told}"),
    };
    let what = name(told);
    let what = if word_count(&what) > 8 { name(s.span(start, noun + 1)) } else { what };
    if word_count(&what) > 8 {
        return None;
    }
    // "… about the fate of abductees": the talks' topic, when the article states it, is part of their name,
    // which must still fit a question (eight words): "the ongoing talks between Japan and North Korea" gives
    // way to "the ongoing talks about the fate of abductees", its parties then in `who`.
    let (what, who) = match topic(s, end) {
        Some(topic) if word_count(&what) + word_count(&topic) <= 8 => (format!("{what} {topic}"), who),
        Some(topic) if ongoing && named_pair && end == noun + 1 && word_count(told) + word_count(&topic) <= 6 => {
            (format!("the ongoing {told} {topic}"), parties)
        }
        _ => (what, who),
    };
    let place = place_after(s, noun, s.toks.len()).map(|m| m.entity.id.clone());
    // Talks going on are not dated: a weekday would be read as a day gone by.
    let date = if ongoing { None } else { past_date(s) };
    if place.is_none() && date.is_none() {
        return None;
    }
    let id = format!("talks-{}", slug(&what));
    Some(fact(id, s, Claim::Event { what, who, place, date, era: None }))
}

/// Words that end a meeting's topic: a clause or an adverbial after the noun phrase ("about the fate of
/// Japanese who were kidnapped", "on denuclearization amid …"), or a verb after it ("talks on the nuclear
/// issue are scheduled …").
const TOPIC_ENDS: [&str; 25] = [
    "who",
    "which",
    "that",
    "where",
    "when",
    "while",
    "amid",
    "as",
    "after",
    "before",
    "since",
    "but",
    "because",
    "with",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "have",
    "has",
    "had",
    "scheduled",
    "set",
];

/// Words a topic cannot end on: it would be cut in the middle of a phrase.
const TOPIC_NOT_LAST: [&str; 12] = ["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "its", "their"];

/// The topic of the talks named by the words before token `from`: "about ‹topic›" or "on ‹topic›"
/// after the talks' place and date ("talks in Pyongyang about the fate of abductees", "talks on the
/// nuclear issue"), returned with its preposition ("about the fate of abductees"). Rules kept: "on" before
/// a date ("on Tuesday", "on June 5") is the date, not a topic; the topic is a phrase of words only (up to
/// six), ended by punctuation or a [`TOPIC_ENDS`] word, never cut after six words nor on a [`TOPIC_NOT_LAST`]
/// word; nothing is read inside a quotation.
fn topic(s: &Sent<'_>, from: usize) -> Option<String> {
    let mut j = from;
    // Skip the place ("in Pyongyang", "at the Panmunjom truce village") and the date ("on Tuesday").
    loop {
        let at = |w: &str| s.is(j, w);
        if (at("in") || at("at"))
            && let Some(m) = named_after_the(s, j + 1)
        {
            j = m.end;
        } else if (at("on") || at("in")) && When::parse(s.tok(j + 1)).is_some() {
            j += 2;
            // "on June 5": the rest of the date.
            while s.tok(j).chars().all(|c| c.is_ascii_digit()) && !s.tok(j).is_empty() {
                j += 1;
            }
        } else if When::parse(s.tok(j)).is_some() && s.toks.get(j).is_some_and(|t| t.word) {
            j += 1;
        } else {
            break;
        }
    }
    let prep = s.tok(j).to_lowercase();
    if !(prep == "about" || prep == "on") || s.in_quote(j) {
        return None;
    }
    let first = j + 1;
    let mut k = first;
    while k < s.toks.len()
        && s.toks.get(k).is_some_and(|t| t.word)
        && !TOPIC_ENDS.iter().any(|w| s.is(k, w))
        && !s.in_quote(k)
    {
        if k - first == 6 {
            return None;
        }
        k += 1;
    }
    // A stop inside a word group ("the North's", "U.S.-led") would cut the phrase: only the sentence's end,
    // a comma, semicolon, colon, dash or closing bracket, or a [`TOPIC_ENDS`] word ends it.
    let ends = k >= s.toks.len()
        || TOPIC_ENDS.iter().any(|w| s.is(k, w))
        || matches!(s.tok(k), "," | "." | ";" | ":" | ")" | "?" | "!" | "–" | "—");
    if k == first || !ends || TOPIC_NOT_LAST.iter().any(|w| s.is(k - 1, w)) {
        return None;
    }
    // "talks on Tuesday through Friday": a date the reading above did not take is not a topic either.
    if (first..k).any(|i| When::parse(s.tok(i)).is_some()) {
        return None;
    }
    Some(format!("{prep} {}", s.span(first, k)))
}

/// "The last (such) ‹modifiers› ‹noun› took place / was held in ‹year›" (keeping "between X and Y" of two
/// named parties in its name, by surnames if the full names are too long for a question), "‹Subject› have
/// not held ‹modifiers› ‹noun› since ‹year›" (or "have not met since") and "X and Y last met in Z in
/// ‹month year›" ([`last_met`]): an Event for the last such meeting, with its date and place.
pub fn last(s: &Sent<'_>) -> Option<Fact> {
    if s.is(0, "the") && s.is(1, "last") {
        let noun = (2..6).find(|&j| meeting_noun(s, j))?;
        // "The last bilateral summit between leaders of Korea and Japan took place …": the "between"
        // phrase, words only, is passed over.
        let v = if s.is(noun + 1, "between") {
            (noun + 2..noun + 10)
                .take_while(|&j| s.toks.get(j).is_some_and(|t| t.word))
                .find(|&j| s.is_phrase(j, "took place") || s.is_phrase(j, "was held") || s.is_phrase(j, "were held"))?
        } else {
            noun + 1
        };
        let done = s.is_phrase(v, "took place") || s.is_phrase(v, "was held") || s.is_phrase(v, "were held");
        if !done || (2..noun).any(|j| !s.toks.get(j).is_some_and(|t| t.word)) {
            return None;
        }
        // "between X and Y", two named parties, stays in the name: "the last meeting" alone says not whose.
        let pair = s.is(noun + 1, "between")
            && s.named_at(noun + 2).is_some_and(|a| {
                s.is(a.end, "and") && s.named_at(a.end + 1).is_some_and(|b| b.end == v && can_act(b.entity.kind))
            });
        let what = if pair { format!("the {}", s.span(1, v)) } else { format!("the {}", s.span(1, noun + 1)) };
        let what = if word_count(&what) > MAX_NAME_WORDS {
            let (a, b) = (s.named_at(noun + 2)?, s.named_before(v)?);
            let short =
                format!("the {} between {} and {}", s.span(1, noun + 1), short_name(a.entity), short_name(b.entity));
            if word_count(&short) > MAX_NAME_WORDS { format!("the {}", s.span(1, noun + 1)) } else { short }
        } else {
            what
        };
        let date = year_after(s, "in").or_else(|| s.date().filter(|d| !d.starts_with("on ")))?;
        let place = place_after(s, noun, s.toks.len()).map(|m| m.entity.id.clone());
        let id = format!("last-{}", slug(s.span(2, noun + 1)));
        return Some(fact(id, s, Claim::Event { what, who: Vec::new(), place, date: Some(date), era: None }));
    }
    let (subj, who, k) = subject(s)?;
    if let Some(fact) = last_met(s, &subj, &who, k) {
        return Some(fact);
    }
    if !matches!(s.tok(k).to_lowercase().as_str(), "have" | "has") || !s.is(k + 1, "not") {
        return None;
    }
    let (told, since) = if s.is(k + 2, "met") {
        ("meeting".to_string(), k + 3)
    } else if s.is(k + 2, "held") {
        let noun = (k + 3..k + 7).find(|&j| meeting_noun(s, j))?;
        if modifiers_start(s, noun) != k + 3 {
            return None;
        }
        (s.span(k + 3, noun + 1).to_string(), noun + 1)
    } else {
        return None;
    };
    if !s.is(since, "since") {
        return None;
    }
    let year = year_after(s, "since")?;
    let what = format!("{} last {told}", possessive(&subj));
    let who = if possessive(&subj) == "the" { who } else { Vec::new() };
    if word_count(&what) > 8 {
        return None;
    }
    let id = format!("last-{}", slug(&told));
    Some(fact(id, s, Claim::Event { what, who, place: None, date: Some(year), era: None }))
}

/// The longest event name, in words: what a question frame holds.
const MAX_NAME_WORDS: usize = crate::generate::phrasing::MAX_PHRASE_WORDS;

/// "X and Y last met in Z in May 2012", "X and Y held their last meeting in Z in 2012": an Event for
/// their last meeting ("the last meeting between X and Y", or the subject's: "the two Koreas' last
/// talks"), with the place after "in" or "at" and the date the sentence states (a year or month and year:
/// a weekday is left out, as for "The last meeting … was held"). The subject is two parties (`who`) or a
/// phrase for two; `k` is the token after it.
fn last_met(s: &Sent<'_>, subj: &str, who: &[String], k: usize) -> Option<Fact> {
    let (told, from) = if s.is(k, "last") && s.is(k + 1, "met") {
        ("meeting".to_string(), k + 2)
    } else if matches!(s.tok(k).to_lowercase().as_str(), "held" | "had") && s.is(k + 1, "their") && s.is(k + 2, "last")
    {
        let noun = (k + 3..k + 6).find(|&j| meeting_noun(s, j))?;
        if modifiers_start(s, noun) != k + 3 {
            return None;
        }
        (s.span(k + 3, noun + 1).to_string(), noun + 1)
    } else {
        return None;
    };
    if who.len() == 1 || s.in_quote(k) {
        return None;
    }
    let named_pair = who.len() == 2 && !subj.contains(" of ") && !subj.contains(" from ");
    let what = if named_pair {
        // Too long a name for a question frame names people by their surnames.
        let entity = |id: &String| s.named.iter().find(|n| n.entity.id == *id).map(|n| n.entity);
        let full = format!("the last {told} between {subj}");
        match (entity(&who[0]), entity(&who[1])) {
            (Some(a), Some(b)) if word_count(&full) > MAX_NAME_WORDS => {
                format!("the last {told} between {} and {}", short_name(a), short_name(b))
            }
            _ => full,
        }
    } else {
        format!("{} last {told}", possessive(subj))
    };
    if word_count(&what) > MAX_NAME_WORDS {
        return None;
    }
    let date = year_after(s, "in").or_else(|| s.date().filter(|d| !d.starts_with("on ")))?;
    let place =
        place_after(s, from.saturating_sub(1), s.toks.len()).map(|m| m.entity.id.clone()).filter(|p| !who.contains(p));
    let who = if named_pair || possessive(subj) != "the" { Vec::new() } else { who.to_vec() };
    let id = format!("last-{}", slug(&told));
    Some(fact(id, s, Claim::Event { what, who, place, date: Some(date), era: None }))
}

/// "X told reporters upon arrival at Beijing's airport", "X, on his arrival in Seoul, said …": a Visit of
/// the clause's subject to the city, country or place arrived at, with the sentence's date. A plan ("will
/// … upon arrival") is left out.
pub fn arrival(s: &Sent<'_>) -> Option<Fact> {
    let k = (1..s.toks.len()).find(|&k| s.is(k, "arrival") && !s.in_quote(k))?;
    let opener = s.tok(k - 1).to_lowercase();
    let opener = if matches!(opener.as_str(), "his" | "her" | "their" | "its") {
        s.tok(k.wrapping_sub(2)).to_lowercase()
    } else {
        opener
    };
    if !matches!(opener.as_str(), "upon" | "on" | "after") || !(s.is(k + 1, "at") || s.is(k + 1, "in")) {
        return None;
    }
    let dest = named_after_the(s, k + 2)?;
    if !matches!(dest.entity.kind, EntityKind::City | EntityKind::Country | EntityKind::Place) {
        return None;
    }
    let n = s.named.iter().find(|n| n.first < k && s.opens_clause(n) && !s.in_quote(n.first))?;
    if n.entity.kind != EntityKind::Person && n.entity.kind != EntityKind::Group {
        return None;
    }
    let vg = s.verb_group(s.after_subject(n))?;
    if vg.planned || vg.passive || !super::clause::is_past(s.tok(vg.verb)) {
        return None;
    }
    let who = n.entity.id.clone();
    Some(fact(
        format!("visit-{who}"),
        s,
        Claim::Visit { who, destination: dest.entity.id.clone(), date: past_date(s), first: None },
    ))
}

/// Words after which a planned meeting's predicate ends: what the meeting leads to or is for.
const PREDICATE_ENDS: [&str; 10] = ["before", "after", "for", "to", "and", "but", "as", "which", "who", "while"];

/// "X will meet Y [in Z] [on D]", "X is to meet Y", "X is scheduled (slated) to meet Y", "X will have (her first)
/// summit with Y …", "X will hold talks with Y …": X's Stance worded as planned, cut after the meeting's
/// place and date ("will have her first summit with Japanese Prime Minister Shinzo Abe on Monday", without
/// the ", the Blue House announced Wednesday" that follows). Y is a named party that can act.
pub fn planned_meeting(s: &Sent<'_>) -> Option<Fact> {
    s.named.iter().find_map(|n| {
        if !can_act(n.entity.kind) || !s.opens_clause(n) || s.in_quote(n.first) {
            return None;
        }
        // The plan: "will", "would", "is to", "is scheduled (slated, expected, set, due) to", with adverbs
        // between.
        let start = s.after_subject(n);
        let at = s.past_plan_adverbs(start);
        let verb = s.verb_to_come(at, true)?;
        let from = at;
        let lemma = s.tok(verb).to_lowercase();
        let mut k = verb + 1;
        match lemma.as_str() {
            "meet" => k += usize::from(s.is(k, "with")),
            "hold" | "have" => {
                let noun = (k..k + 5).find(|&j| meeting_noun(s, j))?;
                if (k..noun).any(|j| !s.toks.get(j).is_some_and(|t| t.word) || s.named_at(j).is_some()) {
                    return None;
                }
                if !s.is(noun + 1, "with") {
                    return None;
                }
                k = noun + 2;
            }
            _ => return None,
        }
        let whom = (k..k + 6)
            .filter_map(|i| s.named_at(i))
            .find(|m| m.entity.kind == EntityKind::Person || (m.first == k && can_act(m.entity.kind)))?;
        if whom.entity.id == n.entity.id || !can_act(whom.entity.kind) || s.in_quote(whom.first) {
            return None;
        }
        // "meet X and top legislator Y": a second person met is kept.
        let last = (whom.end + 1..whom.end + 5)
            .filter(|_| s.is(whom.end, "and"))
            .filter_map(|i| s.named_at(i))
            .find(|m| m.entity.kind == EntityKind::Person)
            .filter(|m| (whom.end + 1..m.first).all(|j| s.tok(j).chars().all(|c| c.is_alphabetic() || c == '-')))
            .map_or(whom.end, |m| m.end);
        let end = (last..s.toks.len())
            .find(|&j| !s.toks.get(j).is_some_and(|t| t.word) || PREDICATE_ENDS.contains(&s.tok(j)))
            .unwrap_or(s.toks.len());
        let stance = super::clause::curly(s.span(from, end))?;
        if !(3..=20).contains(&word_count(&stance)) {
            return None;
        }
        let (who, whom) = (n.entity.id.clone(), whom.entity.id.clone());
        Some(fact(format!("plan-meet-{who}-{whom}"), s, Claim::Stance { actor: who, stance, issue: None }))
    })
}

/// "X on Tuesday (Aug. 23) met with Y": a date between the subject and "met" — a Meeting, as "X met with Y
/// on Tuesday".
pub fn dated_meeting(s: &Sent<'_>) -> Option<Fact> {
    s.named.iter().find_map(|n| {
        if !can_act(n.entity.kind) || !s.opens_clause(n) || s.in_quote(n.first) {
            return None;
        }
        // The date right after the name (which [`Sent::after_subject`] passes over when it is "on <Weekday>"),
        // or after an appositive.
        let dated = |at: usize| s.is(at, "on") || s.is(at, "last") || s.is(at, "yesterday");
        let at = if dated(n.end) { n.end } else { s.after_subject(n) };
        if !dated(at) {
            return None;
        }
        // Only the words of a date and a bracketed date may stand between: no comma, no other verb.
        let met = (at + 1..at + 10).find(|&j| s.is(j, "met"))?;
        let plain = (at..met).all(|j| {
            let t = s.tok(j);
            matches!(t, "(" | ")" | ".")
                || t.chars().all(|c| c.is_ascii_digit())
                || t.chars().next().is_some_and(char::is_uppercase)
                || matches!(t.to_lowercase().as_str(), "on" | "last" | "yesterday")
        });
        if !plain || s.named.iter().any(|m| m.first > at && m.first < met) {
            return None;
        }
        let vg = s.verb_group(met)?;
        super::actions::meeting(s, n, &vg)
    })
}

/// Verbs that a person does to another face to face, whose object was met.
const FACE_TO_FACE: [&str; 14] = [
    "told",
    "promised",
    "assured",
    "urged",
    "asked",
    "thanked",
    "warned",
    "invited",
    "congratulated",
    "briefed",
    "handed",
    "gave",
    "presented",
    "reassured",
];

/// "During a meeting in Pyongyang in May, X promised Y that …", "During their talks in Beijing, X told Y
/// …": a Meeting of X (the clause's subject) and Y (the person named right after X's verb in the past
/// tense), in the place the opening phrase names.
pub fn during_meeting(s: &Sent<'_>) -> Option<Fact> {
    if !s.is(0, "during") {
        return None;
    }
    let comma = (1..s.toks.len().min(14)).find(|&j| s.tok(j) == ",")?;
    let noun = (1..comma.min(6)).find(|&j| meeting_noun(s, j))?;
    if (1..noun).any(|j| !s.toks.get(j).is_some_and(|t| t.word)) {
        return None;
    }
    let n = s.named.iter().find(|m| m.first > comma && s.opens_clause(m) && !s.in_quote(m.first))?;
    if !can_act(n.entity.kind) {
        return None;
    }
    let vg = s.verb_group(s.after_subject(n))?;
    if vg.planned || vg.passive || vg.copula || !super::clause::is_past(s.tok(vg.verb)) {
        return None;
    }
    // Only a verb done to a person face to face ("told Y", "promised Y"): "said Y was wrong" or "criticised
    // Y's remarks" is about Y, not with Y.
    let verb = s.tok(vg.verb).to_lowercase();
    if !FACE_TO_FACE.contains(&verb.as_str()) {
        return None;
    }
    let whom = (vg.verb + 1..vg.verb + 6)
        .filter_map(|i| s.named_at(i))
        .find(|m| m.entity.kind == EntityKind::Person)
        .filter(|m| m.entity.id != n.entity.id)?;
    if (vg.verb + 1..whom.first).any(|j| !s.toks.get(j).is_some_and(|t| t.word))
        || matches!(s.tok(whom.end), "'s" | "’s")
    {
        return None;
    }
    let place = place_after(s, noun, comma).map(|m| m.entity.id.clone());
    let (who, whom) = (n.entity.id.clone(), whom.entity.id.clone());
    Some(fact(format!("meet-{who}-{whom}"), s, Claim::Meeting { who, whom, place, date: s.date() }))
}

/// "X was greeted (received, welcomed, met) [in Z] by Y": Y's Meeting with X, in Z, on the sentence's date.
pub fn received_by(s: &Sent<'_>) -> Option<Fact> {
    s.named.iter().find_map(|n| {
        if !can_act(n.entity.kind) || !s.opens_clause(n) || s.in_quote(n.first) {
            return None;
        }
        let at = s.after_subject(n);
        if !matches!(s.tok(at).to_lowercase().as_str(), "was" | "were") {
            return None;
        }
        let verb = s.tok(at + 1).to_lowercase();
        if !matches!(verb.as_str(), "greeted" | "received" | "welcomed" | "met") {
            return None;
        }
        // "in Pyongyang", "at the airport" may come before "by".
        let by = (at + 2..(at + 8).min(s.toks.len()))
            .take_while(|&j| s.toks.get(j).is_some_and(|t| t.word))
            .find(|&j| s.is(j, "by"))?;
        let y = s.named_at(by + 1).filter(|y| can_act(y.entity.kind) && y.entity.id != n.entity.id)?;
        let (who, whom) = (y.entity.id.clone(), n.entity.id.clone());
        let place =
            place_after(s, at + 1, s.toks.len()).map(|m| m.entity.id.clone()).filter(|p| *p != who && *p != whom);
        Some(fact(format!("meet-{who}-{whom}"), s, Claim::Meeting { who, whom, place, date: past_date(s) }))
    })
}

/// "… meetings hosted by ASEAN in Brunei", "a conference hosted by Japan in Tokyo on Monday": the meeting
/// named with its host is an Event "the ‹modifiers› ‹noun› hosted by ‹host›", with the place
/// right after the host (within three tokens) and the sentence's date. A sentence that speaks of a plan
/// ("will", "to be", "scheduled", "next") or a denial, or a noun inside a quotation, gives nothing.
pub fn hosted_by(s: &Sent<'_>) -> Option<Fact> {
    let unsure = (0..s.toks.len()).any(|k| {
        matches!(
            s.tok(k).to_lowercase().as_str(),
            "will" | "would" | "scheduled" | "next" | "planned" | "upcoming" | "not" | "never" | "if" | "postponed"
        ) || s.is_phrase(k, "to be")
    });
    if unsure {
        return None;
    }
    let k = (0..s.toks.len()).find(|&k| meeting_noun(s, k) && s.is(k + 1, "hosted") && s.is(k + 2, "by"))?;
    let host = named_after_the(s, k + 3).filter(|h| can_act(h.entity.kind) && !s.in_quote(h.first))?;
    let place = place_after(s, host.end.saturating_sub(1), (host.end + 4).min(s.toks.len()))
        .filter(|p| p.first <= host.end + 2 && p.entity.id != host.entity.id)?;
    let from = modifiers_start(s, k);
    let what = format!("the {} hosted by {}", s.span(from, k + 1), s.span(host.first, host.end));
    if word_count(&what) > 8 {
        return None;
    }
    let id = format!("event-{}", slug(&what));
    Some(fact(
        id,
        s,
        Claim::Event {
            what,
            // The host is named in `what`, so it is no `who` (a question would give it away).
            who: Vec::new(),
            place: Some(place.entity.id.clone()),
            date: past_date(s),
            era: None,
        },
    ))
}

/// "X met Y in Beijing on January 5, marking the first visit to Beijing by a South Korean leader in over
/// five years": X's Visit to the place, on the sentence's date, with what made it a first (the noun phrase
/// after "marking", up to the end of the sentence). X is the subject of a clause in the past tense.
///
/// The same first in an appositive after the clause: "X arrived in Lima on Monday, the first visit to Peru
/// by a Chilean minister in a decade" (the noun phrase must call the visit a first: "first", "first-ever").
pub fn marking_visit(s: &Sent<'_>) -> Option<Fact> {
    let marking = (1..s.toks.len()).find(|&k| s.tok(k - 1) == "," && s.is(k, "marking") && !s.in_quote(k));
    let k = if let Some(k) = marking {
        k
    } else {
        // The appositive: ", the first (-ever, official) visit to …" right after the clause.
        let k = (2..s.toks.len()).find(|&k| s.tok(k - 1) == "," && s.is(k, "the") && !s.in_quote(k))?;
        let first = (k + 1..k + 4)
            .take_while(|&j| !matches!(s.tok(j).to_lowercase().as_str(), "visit" | "trip"))
            .any(|j| matches!(s.tok(j).to_lowercase().as_str(), "first" | "first-ever"));
        if !first {
            return None;
        }
        k - 1
    };
    if !s.is(k + 1, "the") {
        return None;
    }
    let visit = (k + 2..k + 6).find(|&j| matches!(s.tok(j).to_lowercase().as_str(), "visit" | "trip"))?;
    let dest = named_after_the(s, visit + 2).filter(|m| {
        s.is(visit + 1, "to") && matches!(m.entity.kind, EntityKind::City | EntityKind::Country | EntityKind::Place)
    })?;
    let end = (k + 1..s.toks.len()).find(|&j| matches!(s.tok(j), "," | ";" | ".")).unwrap_or(s.toks.len());
    let first = s.span(k + 1, end);
    if word_count(first) > 16 || first.contains(['"', '“', '”']) {
        return None;
    }
    let n =
        s.named.iter().find(|n| n.first < k && can_act(n.entity.kind) && s.opens_clause(n) && !s.in_quote(n.first))?;
    let vg = s.verb_group(s.after_subject(n))?;
    if vg.planned || vg.passive || vg.copula || !super::clause::is_past(s.tok(vg.verb)) {
        return None;
    }
    let who = n.entity.id.clone();
    Some(fact(
        format!("visit-{who}"),
        s,
        Claim::Visit { who, destination: dest.entity.id.clone(), date: s.date(), first: Some(first.to_string()) },
    ))
}

/// Words after a place that tell why someone is there for a while: to take part in something held there
/// ("was in Lima to attend two conferences").
const TO_ATTEND: [&str; 5] = ["to attend", "to take part in", "to participate in", "for talks", "for a summit"];

/// "X was in Z to attend …" (were, is, are; "to take part in", "to participate in", "for talks"): X's Visit
/// to Z, a city or country right after "in". Being somewhere is a visit only with such a purpose ("X was
/// in Lima" alone may be where X lives or works). Past ("was", "were") keeps the date between the place
/// and the purpose; present
/// ("is", "are") is undated, as the visit is still going on. X is a person or group opening the clause,
/// outside a quotation, and the sentence is not negated.
pub fn present_to_attend(s: &Sent<'_>) -> Option<Fact> {
    if (0..s.toks.len()).any(|k| ["not", "no", "never"].iter().any(|w| s.is(k, w))) {
        return None;
    }
    s.named.iter().find_map(|n| {
        if !matches!(n.entity.kind, EntityKind::Person | EntityKind::Group) || !s.opens_clause(n) || s.in_quote(n.first)
        {
            return None;
        }
        let at = s.after_subject(n);
        let be = s.tok(at).to_lowercase();
        let past = match be.as_str() {
            "was" | "were" => true,
            "is" | "are" => false,
            _ => return None,
        };
        if !s.is(at + 1, "in") {
            return None;
        }
        let dest = s.named_at(at + 2).filter(|m| {
            matches!(m.entity.kind, EntityKind::City | EntityKind::Country) && !matches!(s.tok(m.end), "'s" | "’s")
        })?;
        // The purpose follows the place, maybe after its date ("in Lima on Monday to attend").
        let purpose = std::iter::once(dest.end)
            .chain((dest.end..(dest.end + 4).min(s.toks.len())).take_while(|&j| s.toks.get(j).is_some_and(|t| t.word)))
            .find(|&j| TO_ATTEND.iter().any(|p| s.is_phrase(j, p)))?;
        let who = n.entity.id.clone();
        // The date between the place and the purpose ("in Lima on Monday to attend").
        let date = if past { super::plans::clause_date(s, dest.end, purpose) } else { None };
        Some(fact(
            format!("visit-{who}"),
            s,
            Claim::Visit { who, destination: dest.entity.id.clone(), date, first: None },
        ))
    })
}

/// Words that make a visit named by a noun one still to come ("ahead of X's visit to Z", "X's upcoming
/// visit").
const VISIT_TO_COME: [&str; 30] = [
    "ahead",
    "upcoming",
    "planned",
    "will",
    "would",
    "next",
    "expected",
    "scheduled",
    "proposed",
    "possible",
    "before",
    "prepare",
    "may",
    "might",
    "could",
    "should",
    "if",
    "plan",
    "plans",
    "invited",
    "invitation",
    "discuss",
    "discussed",
    "discussing",
    "possibility",
    "hope",
    "hopes",
    "hoped",
    "want",
    "soon",
];

/// "X's visit to Z", "X's three-day state visit to Z", "X's repeated visits to Z": X's Visit to Z, undated
/// (the sentence's date may be another thing's), unless the sentence speaks of it as to come ("ahead of
/// X's visit"), negates it, or quotes it.
pub fn noun_visit(s: &Sent<'_>) -> Option<Fact> {
    if (0..s.toks.len()).any(|k| {
        ["not", "no", "never", "cancelled", "canceled", "postponed"].iter().chain(&VISIT_TO_COME).any(|w| s.is(k, w))
    }) {
        return None;
    }
    s.named.iter().find_map(|n| {
        if !matches!(n.entity.kind, EntityKind::Person | EntityKind::Group)
            || s.in_quote(n.first)
            || !matches!(s.tok(n.end), "'s" | "’s")
        {
            return None;
        }
        let visit = (n.end + 1..n.end + 5).find(|&j| matches!(s.tok(j).to_lowercase().as_str(), "visit" | "visits"))?;
        let plain = (n.end + 1..visit)
            .all(|j| s.toks.get(j).is_some_and(|t| t.word) && s.tok(j).chars().all(|c| c.is_lowercase() || c == '-'));
        if !plain || !s.is(visit + 1, "to") {
            return None;
        }
        let dest = named_after_the(s, visit + 2).filter(|m| {
            matches!(m.entity.kind, EntityKind::City | EntityKind::Country | EntityKind::Place)
                && !matches!(s.tok(m.end), "'s" | "’s")
        })?;
        let who = n.entity.id.clone();
        Some(fact(
            format!("visit-{who}"),
            s,
            Claim::Visit { who, destination: dest.entity.id.clone(), date: None, first: None },
        ))
    })
}

/// Verbs of going on to a place, as gerunds, with their base and past forms.
const ONWARD: [(&str, &str, &str); 5] = [
    ("flying", "fly", "flew"),
    ("travelling", "travel", "travelled"),
    ("traveling", "travel", "traveled"),
    ("heading", "head", "headed"),
    ("going", "go", "went"),
];

/// "X will meet Y … before flying to Seoul early Monday for talks with Z": X's Stance worded as planned
/// ("will fly to Seoul early Monday for talks with Z"); after a verb in the past tense ("X met Y on Sunday
/// before flying to Seoul"), X's Visit to the city or country.
pub fn onward(s: &Sent<'_>) -> Option<Fact> {
    let k = (1..s.toks.len()).find(|&k| s.is(k, "before") && !s.in_quote(k))?;
    let (_, base, _) = ONWARD.iter().find(|(g, _, _)| s.is(k + 1, g))?;
    if !s.is(k + 2, "to") {
        return None;
    }
    let dest = named_after_the(s, k + 3).filter(|m| matches!(m.entity.kind, EntityKind::City | EntityKind::Country))?;
    let n =
        s.named.iter().find(|n| n.first < k && can_act(n.entity.kind) && s.opens_clause(n) && !s.in_quote(n.first))?;
    let at = s.after_subject(n);
    let will = (at..at + 2).find(|&j| matches!(s.tok(j).to_lowercase().as_str(), "will" | "would"));
    let who = n.entity.id.clone();
    if let Some(w) = will {
        let end = (k + 3..s.toks.len())
            .find(|&j| matches!(s.tok(j), "," | ";" | "." | "(") || s.is(j, "and"))
            .unwrap_or(s.toks.len());
        let rest = s.span(k + 2, end);
        let stance = super::clause::curly(&format!("{} {base} {rest}", s.tok(w).to_lowercase()))?;
        if word_count(&stance) > 20 {
            return None;
        }
        return Some(fact(format!("plan-go-{who}"), s, Claim::Stance { actor: who, stance, issue: None }));
    }
    let vg = s.verb_group(at)?;
    if vg.planned || vg.passive || vg.copula || !super::clause::is_past(s.tok(vg.verb)) {
        return None;
    }
    let destination = dest.entity.id.clone();
    Some(fact(format!("visit-{who}"), s, Claim::Visit { who, destination, date: None, first: None }))
}

/// "… the second meeting between X and Y, following their meeting in Washington (in November)": X and Y's
/// earlier Meeting, in the place "their meeting in Z" names, on the date right after it, as written. X and Y are the parties of the sentence's own meeting
/// ([`super::actions::noun_meeting`]).
pub fn earlier_meeting(s: &Sent<'_>) -> Option<Fact> {
    let k = (0..s.toks.len())
        .find(|&k| s.is(k, "their") && !s.in_quote(k) && (k + 1..k + 4).any(|j| meeting_noun(s, j)))?;
    let noun = (k + 1..k + 4).find(|&j| meeting_noun(s, j))?;
    if (k + 1..noun).any(|j| !s.toks.get(j).is_some_and(|t| t.word)) {
        return None;
    }
    let place = s.named_at(noun + 2).filter(|m| s.is(noun + 1, "in") && super::clause::is_place(m.entity));
    // "their meeting in November", "their meeting in Seoul last year": the date right after, as written.
    let after = place.map_or(noun + 1, |p| p.end);
    let end = (after..s.toks.len().min(after + 5)).find(|&j| s.tok(j) == ",").unwrap_or(s.toks.len().min(after + 5));
    let date = super::plans::clause_date(s, after, end);
    if place.is_none() && date.is_none() {
        return None;
    }
    let pair = super::actions::noun_meeting(s)?;
    let Claim::Meeting { who, whom, .. } = pair.claim else { return None };
    if place.is_some_and(|p| p.entity.id == who || p.entity.id == whom) {
        return None;
    }
    let id = format!("meet-{who}-{whom}-before");
    Some(fact(id, s, Claim::Meeting { who, whom, place: place.map(|p| p.entity.id.clone()), date }))
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::EntityKind::*;

    fn claims(text: &str, es: &[crate::pack::Entity]) -> Vec<Claim> {
        talks(&sent(text, es)).into_iter().map(|f| f.claim).collect()
    }

    #[test]
    fn a_meeting_hosted_by_a_named_party_in_a_place_is_an_event_of_that_place() {
        let es = [
            entity("asean", Organisation, "ASEAN"),
            entity("brunei", Country, "Brunei"),
            entity("kishida", Person, "Kishida"),
            entity("tokyo", City, "Tokyo"),
        ];
        let event = |date: Option<&str>| Claim::Event {
            what: "the regional meetings hosted by ASEAN".into(),
            who: vec![],
            place: Some("brunei".into()),
            date: date.map(str::to_string),
            era: None,
        };
        let claimed = claims("Kishida attended regional meetings hosted by ASEAN in Brunei on Tuesday.", &es);
        assert!(claimed.contains(&event(Some("on Tuesday"))), "{claimed:?}");
        let claimed = claims("Kishida attended regional meetings hosted by ASEAN in Brunei.", &es);
        assert!(claimed.contains(&event(None)), "{claimed:?}");
        // A plan, a denial, or a place that is not the host's: nothing hosted is drafted.
        for text in [
            "Kishida will attend regional meetings hosted by ASEAN in Brunei on Tuesday.",
            "Kishida did not attend regional meetings hosted by ASEAN in Brunei.",
            "Regional meetings hosted by ASEAN ended before Kishida flew to Tokyo.",
        ] {
            let claimed = claims(text, &es);
            assert!(
                !claimed.iter().any(|c| matches!(c, Claim::Event { what, .. } if what.contains("hosted"))),
                "{text}: {claimed:?}"
            );
        }
    }

    #[test]
    fn topics_discussed_are_an_agenda_of_their_issue_entities() {
        let es = [
            entity("fishing-dispute", Issue, "the fishing dispute"),
            entity("trade-barriers", Issue, "trade barriers"),
            entity("norway", Country, "Norway"),
        ];
        let text = "Norway and Iceland discussed the fishing dispute and trade barriers during a dinner.";
        assert_eq!(
            agenda(&sent(text, &es[2..]), &es).map(|f| f.claim),
            Some(Claim::Agenda {
                items: vec!["fishing-dispute".into(), "trade-barriers".into()],
                at: None,
                planned: false
            })
        );
        // An item the entities step did not make an Issue of: nothing.
        assert_eq!(agenda(&sent(text, &es[2..]), &es[1..]), None);
        // A plan is an agenda to come, drafted as one.
        assert_eq!(
            agenda(&sent("Norway will discuss the fishing dispute.", &es[2..]), &es).map(|f| f.claim),
            Some(Claim::Agenda { items: vec!["fishing-dispute".into()], at: None, planned: true })
        );
    }

    fn planned_event(what: &str, place: &str, date: Option<&str>) -> Claim {
        Claim::Event {
            what: what.into(),
            who: Vec::new(),
            place: Some(place.into()),
            date: date.map(Into::into),
            era: None,
        }
    }

    #[test]
    fn talks_to_come_are_planned_events_with_their_place() {
        let es = [entity("tokyo", City, "Tokyo"), entity("osaka", City, "Osaka"), entity("jp", Country, "Japan")];
        assert_eq!(
            claims(
                "Officials hope the resumed working-level talks - scheduled for Tokyo on Thursday - will ease tension.",
                &es
            ),
            vec![planned_event("the planned working-level talks", "tokyo", Some("on Thursday"))],
            "a weekday to come is the coming one, as written"
        );
        assert_eq!(
            claims(
                "Both governments are preparing for three days of frank, senior-level trade negotiations that begin Friday in Osaka.",
                &es
            ),
            vec![planned_event("the planned senior-level trade negotiations", "osaka", Some("Friday"))]
        );
        assert_eq!(
            claims("Consultations are scheduled for next Monday in Tokyo, Japan, between deputy ministers.", &es),
            vec![planned_event("the planned consultations", "tokyo", None)]
        );
        assert_eq!(
            claims("Working-level talks between the two governments are scheduled for Monday in Tokyo.", &es),
            vec![planned_event("the planned working-level talks between the two governments", "tokyo", Some("Monday"))]
        );
        assert_eq!(
            claims("The summit is to be held in Osaka on September 3.", &es),
            vec![planned_event("the planned summit", "osaka", Some("September 3"))],
            "a day to come is dated as written; timelines leave planned things out"
        );
        // The topic right after the noun is part of the name, while it fits a question.
        assert_eq!(
            claims("Talks on the nuclear issue are scheduled for Osaka on Friday.", &es),
            vec![planned_event("the planned talks on the nuclear issue", "osaka", Some("on Friday"))]
        );
        assert_eq!(
            claims("Talks on ending the long dispute over the fishing grounds are set for Osaka.", &es),
            vec![planned_event("the planned talks", "osaka", None)]
        );
        // No plan word, a negation, or neither place nor date to come: nothing.
        assert!(claims("The summit in Osaka was a success.", &es).is_empty());
        assert!(claims("No talks are scheduled for Osaka.", &es).is_empty());
        assert!(claims("The talks, scheduled for Osaka, were postponed.", &es).is_empty());
        assert!(claims("The talks were delayed due to tensions in Osaka.", &es).is_empty());
        assert!(claims("Talks are scheduled to resume soon.", &es).is_empty());
        assert_eq!(
            claims("The negotiations would be held in the coming weeks, state media reported.", &es),
            vec![Claim::Event {
                what: "the planned negotiations".into(),
                who: Vec::new(),
                place: None,
                date: Some("the coming weeks".into()),
                era: None
            }],
            "a plan reported"
        );
        assert!(claims("The negotiations would be held in the coming weeks if the sanctions ended.", &es).is_empty());
        assert!(claims("Talks were scheduled last week.", &es).is_empty(), "when the plan was made is no date to come");
        // A loose date to come is the date, as written.
        assert_eq!(
            claims("Talks are scheduled for later this year.", &es),
            vec![Claim::Event {
                what: "the planned talks".into(),
                who: Vec::new(),
                place: None,
                date: Some("later this year".into()),
                era: None
            }]
        );
    }

    #[test]
    fn talks_held_are_events_named_after_who_held_them() {
        let es = [
            entity("panmunjom", Place, "Panmunjom"),
            entity("hanoi", City, "Hanoi"),
            entity("jp", Country, "Japan"),
            entity("cn", Country, "China"),
        ];
        assert_eq!(
            claims(
                "The two sides held lengthy talks with senior diplomats at the Panmunjom border village Saturday through early Sunday.",
                &es
            ),
            vec![Claim::Event {
                what: "the two sides' lengthy talks with senior diplomats".into(),
                who: Vec::new(),
                place: Some("panmunjom".into()),
                date: None,
                era: None,
            }],
            "a date that opens a span is left out"
        );
        assert_eq!(
            claims("Japan held trade talks in Hanoi on Tuesday.", &es),
            vec![Claim::Event {
                what: "Japan's trade talks".into(),
                who: Vec::new(),
                place: Some("hanoi".into()),
                date: Some("on Tuesday".into()),
                era: None,
            }]
        );
        assert_eq!(
            claims("Japan and China held trade talks with business leaders in Hanoi.", &es),
            vec![Claim::Event {
                what: "Japan and China's trade talks with business leaders".into(),
                who: Vec::new(),
                place: Some("hanoi".into()),
                date: None,
                era: None,
            }]
        );
        assert_eq!(
            claims("Japan and China are holding talks in Hanoi about fishing rights.", &es),
            vec![Claim::Event {
                what: "the ongoing talks about fishing rights".into(),
                who: vec!["jp".into(), "cn".into()],
                place: Some("hanoi".into()),
                date: None,
                era: None,
            }],
            "talks going on are told as going on, with their topic (the parties then in `who`)"
        );
        // Two named parties holding talks is their Meeting (drafted by actions::coordinated).
        assert!(claims("Japan and China held trade talks in Hanoi on Tuesday.", &es).is_empty());
        assert_eq!(
            claims("Leaders of Japan and China sat down for a historic summit in Hanoi, expressing hope.", &es),
            vec![Claim::Event {
                what: "the historic summit".into(),
                who: vec!["jp".into(), "cn".into()],
                place: Some("hanoi".into()),
                date: None,
                era: None,
            }]
        );
        assert_eq!(
            claims("Japan held trade talks in Hanoi on Tuesday with China.", &es),
            vec![Claim::Meeting {
                who: "jp".into(),
                whom: "cn".into(),
                place: Some("hanoi".into()),
                date: Some("on Tuesday".into())
            }],
            "talks with a party named later in the clause are a meeting with it"
        );
        // Talks with a named party are a Meeting; talks with neither place nor date say nothing to ask.
        assert_eq!(
            claims("Japan held talks with China in Hanoi.", &es),
            vec![Claim::Meeting { who: "jp".into(), whom: "cn".into(), place: Some("hanoi".into()), date: None }]
        );
        assert!(claims("Japan held talks with business leaders.", &es).is_empty());
        assert!(
            claims("On Tuesday Japan held talks in Hanoi.", &es)
                .iter()
                .all(|c| !matches!(c, Claim::Event { what, .. } if what.starts_with("On"))),
            "an adverbial is no part of the subject"
        );
        assert_eq!(
            claims("Japan held talks in Hanoi with business leaders.", &es),
            vec![Claim::Event {
                what: "Japan's talks".into(),
                who: Vec::new(),
                place: Some("hanoi".into()),
                date: None,
                era: None
            }]
        );
        assert_eq!(
            claims("Japan will hold talks in Hanoi.", &es),
            vec![planned_event("the planned talks", "hanoi", None)],
            "talks to come are planned"
        );
    }

    #[test]
    fn the_topic_of_talks_is_part_of_their_name() {
        let es = [entity("hanoi", City, "Hanoi"), entity("jp", Country, "Japan"), entity("cn", Country, "China")];
        let what = |text: &str| {
            claims(text, &es).into_iter().find_map(|c| match c {
                Claim::Event { what, .. } => Some(what),
                _ => None,
            })
        };
        // After the place and the date, "on" or "about" and a phrase ended by a clause.
        assert_eq!(
            what("Japan held trade talks in Hanoi on Tuesday on the fishing grounds.").as_deref(),
            Some("Japan's trade talks on the fishing grounds")
        );
        assert_eq!(
            what("Japan held talks in Hanoi about the fate of sailors who were detained last year.").as_deref(),
            Some("Japan's talks about the fate of sailors")
        );
        // A name with a topic still fits a question: the parties give way to the topic, or the topic to the
        // name.
        assert_eq!(
            claims("Japan and China are holding talks in Hanoi about the detained sailors.", &es),
            vec![Claim::Event {
                what: "the ongoing talks about the detained sailors".into(),
                who: vec!["jp".into(), "cn".into()],
                place: Some("hanoi".into()),
                date: None,
                era: None,
            }]
        );
        assert_eq!(
            what("Japan held lengthy trade talks in Hanoi on the future of the fishing grounds.").as_deref(),
            Some("Japan's lengthy trade talks")
        );
        // "on" before a date is the date; a phrase too long to keep whole, or cut on "of", is no topic.
        assert_eq!(what("Japan held trade talks in Hanoi on Tuesday.").as_deref(), Some("Japan's trade talks"));
        assert_eq!(
            what("Japan held talks in Hanoi on the long and difficult history of the disputed fishing grounds.")
                .as_deref(),
            Some("Japan's talks")
        );
        assert_eq!(what("Japan held talks in Hanoi about the future of.").as_deref(), Some("Japan's talks"));
        assert_eq!(what("Japan held talks in Hanoi on China's fishing fleet.").as_deref(), Some("Japan's talks"));
    }

    #[test]
    fn the_last_meeting_of_its_kind_has_its_year() {
        let es = [entity("jp", Country, "Japan"), entity("cn", Country, "China")];
        assert_eq!(
            claims("The last such ministerial meeting took place in 2011.", &es),
            vec![Claim::Event {
                what: "the last such ministerial meeting".into(),
                who: Vec::new(),
                place: None,
                date: Some("2011".into()),
                era: None,
            }]
        );
        assert_eq!(
            claims("The two rivals have not held cabinet-level talks since 2015.", &es),
            vec![Claim::Event {
                what: "the two rivals' last cabinet-level talks".into(),
                who: Vec::new(),
                place: None,
                date: Some("2015".into()),
                era: None,
            }]
        );
        assert_eq!(
            claims("Japan and China have not met since 2012.", &es),
            vec![Claim::Event {
                what: "Japan and China's last meeting".into(),
                who: Vec::new(),
                place: None,
                date: Some("2012".into()),
                era: None,
            }]
        );
        assert!(claims("The last ministerial meeting was a failure.", &es).is_empty());
        assert_eq!(
            claims("The last formal summit between leaders of Japan and China took place in May 2012 in Beijing.", &es),
            vec![Claim::Event {
                what: "the last formal summit".into(),
                who: Vec::new(),
                place: None,
                date: Some("May 2012".into()),
                era: None,
            }]
        );
    }

    #[test]
    fn an_arrival_is_a_visit() {
        let es = [entity("moon", Person, "Moon Ho"), entity("beijing", City, "Beijing")];
        assert_eq!(
            claims("Moon Ho told reporters upon arrival at Beijing's airport on Monday that he was hopeful.", &es),
            vec![Claim::Visit {
                who: "moon".into(),
                destination: "beijing".into(),
                date: Some("on Monday".into()),
                first: None
            }]
        );
        assert!(claims("Moon Ho will speak to reporters upon arrival in Beijing.", &es).is_empty());
    }

    #[test]
    fn a_meeting_to_come_between_named_parties_is_a_stance_worded_as_planned() {
        let es = [
            entity("lee", Person, "Lee Ho"),
            entity("sato", Person, "Ken Sato"),
            entity("office", Organisation, "the Cabinet Office"),
            entity("tokyo", City, "Tokyo"),
        ];
        let stance = |s: &str| Claim::Stance { actor: "lee".into(), stance: s.into(), issue: None };
        assert_eq!(
            claims(
                "President Lee Ho will have his first summit with Prime Minister Ken Sato on Friday, the Cabinet Office announced.",
                &es
            ),
            vec![stance("will have his first summit with Prime Minister Ken Sato on Friday")]
        );
        assert_eq!(
            claims("Lee Ho is scheduled to meet Ken Sato in Tokyo on Monday before flying home.", &es),
            vec![stance("is scheduled to meet Ken Sato in Tokyo on Monday")]
        );
        assert_eq!(
            claims("Lee Ho is to meet with Ken Sato in Tokyo.", &es),
            vec![stance("is to meet with Ken Sato in Tokyo")]
        );
        assert_eq!(
            claims(
                "Later Sunday, Lee Ho will also meet Ken Sato and top legislator Wu Bo, respectively, before flying home.",
                &[entity("lee", Person, "Lee Ho"), entity("sato", Person, "Ken Sato"), entity("wu", Person, "Wu Bo"),]
            ),
            vec![stance("will also meet Ken Sato and top legislator Wu Bo")]
        );
        // Done, not planned: left to the Meeting rules.
        assert!(claims("Lee Ho met Ken Sato in Tokyo.", &es).is_empty());
    }

    #[test]
    fn a_date_before_met_and_a_meeting_opening_the_sentence_give_meetings() {
        let es = [
            entity("lee", Person, "Lee Ho"),
            entity("sato", Person, "Ken Sato"),
            entity("tokyo", City, "Tokyo"),
            entity("seoul", City, "Seoul"),
        ];
        assert_eq!(
            claims("Lee Ho on Tuesday (Aug. 18) met with Ken Sato in Tokyo.", &es),
            vec![Claim::Meeting {
                who: "lee".into(),
                whom: "sato".into(),
                place: Some("tokyo".into()),
                date: Some("on Tuesday".into())
            }]
        );
        assert_eq!(
            claims("During a meeting in Seoul in March, Lee Ho promised Ken Sato that trade would grow.", &es),
            vec![Claim::Meeting {
                who: "lee".into(),
                whom: "sato".into(),
                place: Some("seoul".into()),
                date: Some("March".into())
            }],
            "a month alone in a leading adverbial dates the meeting, its year not worked out"
        );
        assert!(claims("During a meeting in Seoul, Lee Ho said Ken Sato was wrong.", &es).is_empty());
        assert!(claims("During a meeting in Seoul, Lee Ho criticised Ken Sato's remarks.", &es).is_empty());
    }

    #[test]
    fn held_talks_keep_their_day_before_a_purpose_but_not_a_span_of_days() {
        let es = [entity("pyongyang", City, "Pyongyang"), entity("envoys", Group, "Envoys")];
        let date_of = |text: &str| {
            claims(text, &es).into_iter().find_map(|c| match c {
                Claim::Event { what, date, .. } if what.ends_with("talks") => Some(date),
                _ => None,
            })
        };
        assert_eq!(
            date_of("Envoys held talks in Pyongyang on Wednesday to finalize details of the plan."),
            Some(Some("on Wednesday".to_string()))
        );
        assert_eq!(
            date_of("Envoys held talks in Pyongyang on Wednesday and agreed on the details."),
            Some(Some("on Wednesday".to_string()))
        );
        assert_eq!(date_of("Envoys held talks in Pyongyang on Monday to Wednesday."), Some(None));
        assert_eq!(date_of("Envoys held talks in Pyongyang on Monday and Tuesday."), Some(None));
        assert_eq!(date_of("Envoys held talks in Pyongyang Sunday through early Monday."), Some(None));
    }

    #[test]
    fn held_talks_are_not_planned_because_a_later_summit_is() {
        let es = [entity("pyongyang", City, "Pyongyang"), entity("envoys", Group, "Envoys")];
        let got = claims(
            "Envoys held talks in Pyongyang on Wednesday to finalize details on a summit to be held this month.",
            &es,
        );
        assert!(
            !got.iter().any(|c| matches!(c, Claim::Event { what, .. } if what.starts_with("the planned talks"))),
            "{got:?}"
        );
        // The summit to come is planned, with the loose date of its own clause.
        assert!(
            got.iter().any(|c| matches!(c, Claim::Event { what, date: Some(d), place: None, .. }
                if what == "the planned summit" && d == "this month")),
            "{got:?}"
        );
        let es =
            [entity("bh", Place, "Blue House"), entity("lee", Person, "Lee Ho"), entity("sato", Person, "Ken Sato")];
        assert_eq!(
            claims("Lee Ho and Ken Sato will hold their trilateral summit Sunday afternoon at the Blue House.", &es),
            vec![planned_event("the planned trilateral summit", "bh", Some("Sunday afternoon"))]
        );
    }

    #[test]
    fn going_on_to_a_place_and_an_earlier_meeting() {
        let es = [
            entity("abe", Person, "Shinzo Abe"),
            entity("hu", Person, "Hu Jintao"),
            entity("roh", Person, "Roh Moo-hyun"),
            entity("seoul", City, "Seoul"),
            entity("dc", City, "Washington"),
        ];
        let got = claims(
            "Later Sunday, Shinzo Abe will meet Hu Jintao before flying to Seoul early Monday for talks with Roh Moo-hyun.",
            &es,
        );
        assert!(
            got.contains(&Claim::Stance {
                actor: "abe".into(),
                stance: "will fly to Seoul early Monday for talks with Roh Moo-hyun".into(),
                issue: None
            }),
            "{got:?}"
        );
        assert_eq!(
            claims("Shinzo Abe met Hu Jintao on Sunday before flying to Seoul.", &es),
            vec![Claim::Visit { who: "abe".into(), destination: "seoul".into(), date: None, first: None }]
        );
        let got = claims(
            "This is the second meeting between Shinzo Abe and Hu Jintao following their meeting in Washington.",
            &es,
        );
        assert_eq!(
            got,
            vec![Claim::Meeting { who: "abe".into(), whom: "hu".into(), place: Some("dc".into()), date: None }]
        );
        // The earlier meeting's own date, as written, with or without its place.
        let got = claims(
            "It was the third meeting between Shinzo Abe and Hu Jintao, following their brief meeting in December.",
            &es,
        );
        assert_eq!(
            got,
            vec![Claim::Meeting { who: "abe".into(), whom: "hu".into(), place: None, date: Some("December".into()) }]
        );
    }

    #[test]
    fn received_greeted_or_welcomed_is_met() {
        let es = [
            entity("abe", Person, "Shinzo Abe"),
            entity("hu", Person, "Hu Jintao"),
            entity("beijing", City, "Beijing"),
            entity("envoys", Group, "envoys"),
        ];
        assert_eq!(
            claims("The envoys were greeted in Beijing by Hu Jintao, the state media said.", &es),
            vec![Claim::Meeting { who: "hu".into(), whom: "envoys".into(), place: Some("beijing".into()), date: None }]
        );
        let got =
            all_claims("Hu Jintao received visiting Japanese Prime Minister Shinzo Abe in Beijing on Monday.", &es);
        assert!(
            got.contains(&Claim::Meeting {
                who: "hu".into(),
                whom: "abe".into(),
                place: Some("beijing".into()),
                date: Some("on Monday".into())
            }),
            "{got:?}"
        );
        let got = all_claims("Hu Jintao received a letter from Shinzo Abe in Beijing.", &es);
        assert!(!got.iter().any(|c| matches!(c, Claim::Meeting { .. })), "{got:?}");
    }

    #[test]
    fn a_meeting_marking_a_first_visit_is_that_visit() {
        let es =
            [entity("moon", Person, "Moon Ho"), entity("xi", Person, "Xi Jinping"), entity("beijing", City, "Beijing")];
        assert_eq!(
            claims(
                "Moon Ho met with Xi Jinping in Beijing on March 3, marking the first visit to Beijing by a Korean leader in six years.",
                &es
            ),
            vec![Claim::Visit {
                who: "moon".into(),
                destination: "beijing".into(),
                date: Some("March 3".into()),
                first: Some("the first visit to Beijing by a Korean leader in six years".into())
            }]
        );
        assert!(
            claims("Moon Ho will meet Xi Jinping, marking the first visit to Beijing by a Korean leader.", &es)
                .iter()
                .all(|c| !matches!(c, Claim::Visit { .. }))
        );
    }

    #[test]
    fn where_a_planned_event_will_be_held_is_its_place() {
        let es = [entity("osaka", City, "Osaka"), entity("geneva", City, "Geneva"), entity("expo", Place, "Expo Park")];
        let planned = |what: &str, place: &str| Claim::Event {
            what: what.into(),
            who: Vec::new(),
            place: Some(place.into()),
            date: None,
            era: None,
        };
        for (text, want) in [
            (
                "The trade summit will be held in Osaka, the ministry said.",
                planned("the planned trade summit", "osaka"),
            ),
            ("The talks are set to take place in Geneva.", planned("the planned talks", "geneva")),
            ("The forum is slated to be held in Osaka.", planned("the planned forum", "osaka")),
            ("An investment forum will take place at Expo Park.", planned("the planned investment forum", "expo")),
            ("The award ceremony will be held in Osaka.", planned("the planned award ceremony", "osaka")),
        ] {
            let got = all_claims(text, &es);
            assert!(got.contains(&want), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_last_meeting_keeps_its_place_and_month() {
        let es = [
            crate::pack::Entity { aliases: vec!["Ruiz".into()], ..entity("ruiz", Person, "Ana Ruiz") },
            crate::pack::Entity { aliases: vec!["Mendez".into()], ..entity("mendez", Person, "Carlos Mendez") },
            entity("lima", City, "Lima"),
        ];
        let last = |what: &str, date: &str| Claim::Event {
            what: what.into(),
            who: Vec::new(),
            place: Some("lima".into()),
            date: Some(date.into()),
            era: None,
        };
        for (text, want) in [
            (
                "The last meeting between Ana Ruiz and Carlos Mendez was held in Lima in May 2012.",
                last("the last meeting between Ruiz and Mendez", "May 2012"),
            ),
            (
                "Ana Ruiz and Carlos Mendez last met in Lima in May 2012.",
                last("the last meeting between Ruiz and Mendez", "May 2012"),
            ),
            (
                "Ana Ruiz and Carlos Mendez held their last meeting in Lima in May 2012.",
                last("the last meeting between Ruiz and Mendez", "May 2012"),
            ),
        ] {
            let got = all_claims(text, &es);
            assert!(got.contains(&want), "{text}: {got:?}");
        }
        // A weekday's year and month are not stated; one party is no "between".
        for text in ["Ana Ruiz and Carlos Mendez last met in Lima on Monday.", "Ana Ruiz last met in Lima in May 2012."]
        {
            let got = all_claims(text, &es);
            assert!(
                !got.iter().any(|c| matches!(c, Claim::Event { what, .. } if what.contains("last"))),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn being_somewhere_to_attend_is_a_visit() {
        let es = [
            entity("ruiz", Person, "Ana Ruiz"),
            entity("lima", City, "Lima"),
            entity("peru", Country, "Peru"),
            entity("forum", Event, "the Andean Water Forum"),
        ];
        let visit = |date: Option<&str>| Claim::Visit {
            who: "ruiz".into(),
            destination: "lima".into(),
            date: date.map(Into::into),
            first: None,
        };
        let got = all_claims(
            "Ana Ruiz was in Lima on Monday to attend two conferences, the Andean Water Forum among them.",
            &es,
        );
        assert!(got.contains(&visit(Some("on Monday"))), "{got:?}");
        let got = all_claims("Ana Ruiz is in Lima to take part in the Andean Water Forum.", &es);
        assert!(got.contains(&visit(None)), "{got:?}");
        for text in [
            "Ana Ruiz was in Lima on Monday.",
            "Ana Ruiz was not in Lima to attend the forum.",
            "Ana Ruiz was in Lima's old town to attend the forum.",
            "\"Ana Ruiz was in Lima to attend the forum,\" he said.",
        ] {
            let got = all_claims(text, &es);
            assert!(!got.iter().any(|c| matches!(c, Claim::Visit { .. })), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_first_visit_in_an_appositive_is_that_visit() {
        let es = [entity("ruiz", Person, "Ana Ruiz"), entity("lima", City, "Lima"), entity("peru", Country, "Peru")];
        let got = all_claims(
            "Ana Ruiz arrived in Lima on Monday, the first visit to Peru by a Chilean minister in a decade, officials said.",
            &es,
        );
        assert!(
            got.contains(&Claim::Visit {
                who: "ruiz".into(),
                destination: "peru".into(),
                date: Some("on Monday".into()),
                first: Some("the first visit to Peru by a Chilean minister in a decade".into())
            }),
            "{got:?}"
        );
        // Not a first, or not a visit the subject made: nothing is read as one.
        for text in [
            "Ana Ruiz arrived in Lima on Monday, the second visit to Peru by a Chilean minister this year.",
            "Ana Ruiz will arrive in Lima on Monday, the first visit to Peru by a Chilean minister in a decade.",
        ] {
            let got = all_claims(text, &es);
            assert!(!got.iter().any(|c| matches!(c, Claim::Visit { first: Some(_), .. })), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_visit_named_by_a_noun_is_a_visit_unless_it_is_to_come() {
        let es = [
            entity("pelosi", Person, "Nancy Pelosi"),
            entity("taiwan", Country, "Taiwan"),
            entity("xi", Person, "Xi Jinping"),
        ];
        assert_eq!(
            claims("Relations have been strained since Nancy Pelosi's visit to Taiwan earlier this month.", &es),
            vec![Claim::Visit { who: "pelosi".into(), destination: "taiwan".into(), date: None, first: None }]
        );
        assert!(claims("Security was tightened ahead of Nancy Pelosi's visit to Taiwan.", &es).is_empty());
        let es2 = [entity("koizumi", Person, "Junichiro Koizumi"), entity("shrine", Place, "the Yasukuni Shrine")];
        assert_eq!(
            claims(
                "Ties soured over Junichiro Koizumi's repeated visits to the Yasukuni Shrine, where war dead are honored.",
                &es2
            ),
            vec![Claim::Visit { who: "koizumi".into(), destination: "shrine".into(), date: None, first: None }],
            "a mention that holds its \"the\""
        );
        let got = all_claims("Junichiro Koizumi visited the Yasukuni Shrine on Monday.", &es2);
        assert!(
            got.contains(&Claim::Visit {
                who: "koizumi".into(),
                destination: "shrine".into(),
                date: Some("on Monday".into()),
                first: None
            }),
            "{got:?}"
        );
        assert!(claims("Nancy Pelosi's upcoming visit to Taiwan angered Beijing.", &es).is_empty());
        assert!(claims("Nancy Pelosi's visit to Taiwan is still being discussed.", &es).is_empty());
        let got = all_claims("Xi Jinping held bilateral talks with Nancy Pelosi in Taiwan on Monday.", &es);
        assert!(
            got.contains(&Claim::Meeting {
                who: "xi".into(),
                whom: "pelosi".into(),
                place: Some("taiwan".into()),
                date: Some("on Monday".into())
            }),
            "{got:?}"
        );
        let got = all_claims("Xi Jinping had a meeting with Nancy Pelosi in Taiwan.", &es);
        assert!(
            got.contains(&Claim::Meeting {
                who: "xi".into(),
                whom: "pelosi".into(),
                place: Some("taiwan".into()),
                date: None
            }),
            "{got:?}"
        );
    }

    /// What every rule of the facts step drafts from a sentence.
    fn all_claims(text: &str, es: &[crate::pack::Entity]) -> Vec<Claim> {
        let s = sent(text, es);
        let mut out: Vec<Claim> = super::super::actions::clauses(&s).into_iter().map(|f| f.claim).collect();
        out.extend(super::super::actions::noun_meeting(&s).map(|f| f.claim));
        out.extend(talks(&s).into_iter().map(|f| f.claim));
        out
    }

    #[test]
    fn plans_and_possibilities_are_never_meetings_or_visits() {
        let es =
            [entity("kim", Person, "Kim Sung"), entity("wu", Person, "Wu Dawei"), entity("beijing", City, "Beijing")];
        for text in [
            "Kim Sung was to meet Wu Dawei on Friday.",
            "Kim Sung is to meet Wu Dawei in Beijing.",
            "Kim Sung will meet with Wu Dawei in Beijing on Friday.",
            "Kim Sung may also visit Beijing shortly.",
            "Kim Sung is scheduled to meet Wu Dawei in Beijing.",
            "Talks between Kim Sung and Wu Dawei are scheduled for Friday in Beijing.",
        ] {
            let got = all_claims(text, &es);
            assert!(!got.is_empty(), "{text}: nothing drafted");
            assert!(!got.iter().any(|c| matches!(c, Claim::Meeting { .. } | Claim::Visit { .. })), "{text}: {got:?}");
        }
        // Done: a Meeting and a Visit.
        let got = all_claims("Kim Sung has arrived in Beijing to meet Wu Dawei.", &es);
        assert!(
            got.iter().any(|c| matches!(c, Claim::Visit { destination, .. } if destination == "beijing")),
            "{got:?}"
        );
        let got = all_claims("Kim Sung met with Wu Dawei on Tuesday.", &es);
        assert!(got.iter().any(|c| matches!(c, Claim::Meeting { .. })), "{got:?}");
    }

    #[test]
    fn one_planned_meeting_per_place() {
        let es = [entity("osaka", City, "Osaka")];
        let mut facts = talks(&sent("The summit is scheduled for Osaka.", &es));
        facts.extend(talks(&sent("The high-level talks are to be held in Osaka.", &es)));
        assert_eq!(facts.len(), 2);
        one_plan_per_place(&mut facts);
        assert_eq!(facts.len(), 1);
    }
}

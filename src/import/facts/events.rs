//! Dated happenings for timelines, in the shapes English news prose gives them:
//! 1. a relative clause in the passive: "the Kaesong industrial zone, which was closed amid heightened
//!    military tensions in April" → the closing of the Kaesong industrial zone, April 2013;
//! 2. a clause in the passive: "The Kaesong industrial zone was closed in April";
//! 3. a clause whose verb says a happening began, ended or took place: "The talks collapsed in 2008",
//!    "The last high-level encounter took place in 2007";
//! 4. a happening's noun followed by its date: "conducting an underground nuclear test on October 8,
//!    2006", "after its first nuclear test on October 9", with the clause's subject taking part;
//! 5. a named party's act on a definite object: "North Korea pulled out of the six-party talks in 2009",
//!    "In 2006, North Korea conducted its first nuclear test", "Seoul closed the Kaesong complex in 2016".
//!
//! The date is the one the clause states, as [`date_phrases`] reads it: a day ("on October 8, 2006"), a
//! month and year, a year after "in" ("in 2009", "in late 2008"), a month alone resolved against the
//! dateline ("in April" in an article dated June 2013 is April 2013; a later month than the dateline's is
//! left out, as its year is not stated), or a day named relative to the dateline ("on Saturday", "Sunday
//! afternoon"). "since", "last year" and "last November" are not read: the first is no date of a happening,
//! the others' year is not stated (the checker wants a year the evidence or the dateline states).
//! A clause about the future or a plan ("will be closed", "is scheduled to") drafts nothing.

use super::clause::{Sent, can_act, lemma};
use crate::generate::phrasing::HAPPENING_NOUNS;
use crate::pack::date::MONTHS;
use crate::pack::when::{PARTS_OF_DAY, WEEKDAYS};
use crate::pack::{Claim, Fact, When};

/// A date phrase of the sentence: tokens `start..end` (its preposition included) and the date as a slot
/// holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePhrase {
    /// First token (the preposition, if any).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The date as [`When::parse`] reads it ("October 8, 2006", "April 2013", "2009", "on Saturday").
    pub date: String,
}

/// The month (1–12) a capitalised month name names.
fn month(word: &str) -> Option<u8> {
    let first = word.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)).and_then(|i| u8::try_from(i + 1).ok())
}

/// A four-digit year.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

/// The date phrases of the sentence outside quotations, in text order: "on|in <Month> <day>[, <year>]",
/// "in <Month> <year>", "in [early|late|mid] <year>", "in <Month>" (resolved against the dateline, only
/// when the month is not after the dateline's), "on <Weekday>" (kept as written, with or without a
/// dateline) and "yesterday" (with a dateline).
pub fn date_phrases(s: &Sent<'_>) -> Vec<DatePhrase> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        if s.in_quote(i) {
            i += 1;
            continue;
        }
        if let Some(d) = date_at(s, i) {
            i = d.end;
            out.push(d);
        } else {
            i += 1;
        }
    }
    out
}

fn date_at(s: &Sent<'_>, i: usize) -> Option<DatePhrase> {
    if s.is(i, "yesterday") && s.dateline.is_some() {
        return Some(DatePhrase { start: i, end: i + 1, date: "yesterday".into() });
    }
    // "Sunday afternoon", written without "on": a weekday with its part of the day.
    if WEEKDAYS.contains(&s.tok(i)) && PARTS_OF_DAY.iter().any(|p| s.is(i + 1, p)) {
        return Some(DatePhrase { start: i, end: i + 2, date: format!("on {}", s.tok(i)) });
    }
    // "last Tuesday", written without "on".
    if s.is(i, "last") && WEEKDAYS.iter().any(|d| *d == s.tok(i + 1)) && s.dateline.is_some() {
        return Some(DatePhrase { start: i, end: i + 2, date: format!("last {}", s.tok(i + 1)) });
    }
    let on = s.is(i, "on");
    if !(on || s.is(i, "in")) {
        return None;
    }
    let mut k = i + 1;
    if !on && ["early", "late", "mid"].iter().any(|w| s.is(k, w)) && year(s.tok(k + 1)).is_some() {
        k += 1;
    }
    let head = s.tok(k);
    if let Some(y) = year(head).filter(|_| !on) {
        // "in 2009", not "in 2009 elections" (a year before a noun names the noun, not a time).
        let next = s.tok(k + 1);
        if s.toks.get(k + 1).is_some_and(|t| t.word) && next.chars().all(char::is_lowercase) && next.ends_with('s') {
            return None;
        }
        return Some(DatePhrase { start: i, end: k + 1, date: y.to_string() });
    }
    // A weekday alone is kept as written, with or without a dateline: it is asked as the weekday.
    if on && WEEKDAYS.contains(&head) {
        return Some(DatePhrase { start: i, end: k + 1, date: format!("on {head}") });
    }
    if on && s.is(k, "last") && WEEKDAYS.iter().any(|d| *d == s.tok(k + 1)) && s.dateline.is_some() {
        return Some(DatePhrase { start: i, end: k + 2, date: format!("last {}", s.tok(k + 1)) });
    }
    let m = month(head)?;
    let day = s.tok(k + 1);
    if day.len() <= 2 && day.chars().all(|c| c.is_ascii_digit()) {
        // "on October 8, 2006", "on October 9".
        let (end, text) = match year(s.tok(k + 3)) {
            Some(_) if s.tok(k + 2) == "," => (k + 4, s.span(k, k + 4)),
            _ => (k + 2, s.span(k, k + 2)),
        };
        return When::parse(text).map(|_| DatePhrase { start: i, end, date: text.to_string() });
    }
    if on {
        return None;
    }
    if let Some(y) = year(day) {
        return Some(DatePhrase { start: i, end: k + 2, date: format!("{head} {y}") });
    }
    // "in April": the latest April on or before the dateline, when that is in the dateline's year.
    let line = s.dateline?;
    (m <= line.month).then(|| DatePhrase { start: i, end: k + 1, date: format!("{head} {}", line.year) })
}

/// Words that mark a clause as about the future or a plan.
const PLANNED: [&str; 11] =
    ["will", "would", "shall", "scheduled", "planned", "plans", "expected", "due", "next", "could", "may"];

/// Whether token `k` is a word of [`PLANNED`] outside a date phrase ("May" is a month there).
fn planned_at(s: &Sent<'_>, dates: &[DatePhrase], k: usize) -> bool {
    PLANNED.iter().any(|w| s.is(k, w)) && !dates.iter().any(|d| d.start <= k && k < d.end)
}

/// Auxiliaries and verbs that cannot stand inside a subject: where one stands, the verb is further on.
const NOT_SUBJECT: [&str; 12] = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "to", "being", "not"];

/// Participles and past tenses of verbs whose happening has a noun of its own ("closed" → "closing"),
/// each a [`HAPPENING_NOUNS`] word or a gerund, so the generator can ask when it took place.
const NOUNS: [(&str, &str); 34] = [
    ("closed", "closing"),
    ("opened", "opening"),
    ("reopened", "reopening"),
    ("shut", "shutdown"),
    ("suspended", "suspension"),
    ("halted", "halt"),
    ("launched", "launch"),
    ("signed", "signing"),
    ("elected", "election"),
    ("re-elected", "re-election"),
    ("arrested", "arrest"),
    ("released", "release"),
    ("killed", "killing"),
    ("attacked", "attack"),
    ("invaded", "invasion"),
    ("bombed", "bombing"),
    ("resumed", "resumption"),
    ("founded", "founding"),
    ("built", "building"),
    ("abducted", "abduction"),
    ("executed", "execution"),
    ("evacuated", "evacuation"),
    ("deported", "deportation"),
    ("shelled", "shelling"),
    ("sunk", "sinking"),
    ("tested", "test"),
    ("started", "start"),
    ("begun", "beginning"),
    ("began", "start"),
    ("ended", "end"),
    ("collapsed", "collapse"),
    ("inaugurated", "inauguration"),
    ("captured", "capturing"),
    ("seized", "seizing"),
];

/// Words that may follow a reduced relative's participle: a preposition, so the participle has no object
/// and is not the main verb after an appositive ("Kim, the leader, signed the deal").
const REDUCED_NEXT: [&str; 8] = ["in", "on", "amid", "after", "during", "by", "last", "at"];

/// Verbs of a clause that say its subject (a happening) took place.
const TOOK_PLACE: [&str; 5] = ["held", "occurred", "happened", "took", "conducted"];

/// Words that point back in the article ("such", "that", "this"): a phrase holding one cannot name a
/// happening on its own.
const POINTERS: [&str; 9] = ["such", "that", "this", "these", "those", "it", "its", "their", "same"];

/// The dated Events the sentence states, in the shapes of the module's doc.
pub fn events(s: &Sent<'_>) -> Vec<Fact> {
    let dates = date_phrases(s);
    let mut out: Vec<Fact> = placed_passive(s, &dates).into_iter().collect();
    if dates.is_empty() {
        return out;
    }
    out.extend(relative_passive(s, &dates));
    out.extend(clause_event(s, &dates));
    out.extend(noun_dated(s, &dates));
    if super::actions::dated_action(s).is_none() {
        out.extend(active_event(s, &dates));
    }
    out
}

/// A noun phrase for an Event's name, from tokens `from..to`: "the …" as it stands, "its …" or "their …" as
/// the subject's (`owner`), a name as it stands; at most eight words, no punctuation, nothing pointing back.
fn object_phrase(s: &Sent<'_>, from: usize, to: usize, owner: &str) -> Option<String> {
    if to <= from || to - from > 8 || (from..to).any(|k| !s.toks.get(k).is_some_and(|t| t.word) || s.in_quote(k)) {
        return None;
    }
    let rest = s.span(from + 1, to);
    if rest.split_whitespace().any(|w| POINTERS.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    match s.tok(from).to_lowercase().as_str() {
        "the" => Some(format!("the {rest}")),
        "its" | "their" if !rest.is_empty() => Some(format!("{owner}'s {rest}")),
        _ if s.named_at(from).is_some() => Some(s.span(from, to).to_string()),
        _ => None,
    }
}

/// Shape 5: "<Named> <past verb> <object> <date>" or "<date>, <Named> <past verb> <object>": "North Korea
/// pulled out of the six-party talks in 2009" (North Korea's withdrawal from the six-party talks), "North
/// Korea conducted its first nuclear test on October 9, 2006" (North Korea's first nuclear test), "Seoul
/// closed the Kaesong complex in 2016" (the closing of the Kaesong complex) — with the subject taking
/// part. The object is definite ("the", "its", a name): "held talks" names no one happening.
fn active_event(s: &Sent<'_>, dates: &[DatePhrase]) -> Vec<Fact> {
    let mut out = Vec::new();
    let lead = dates.first().filter(|d| d.start == 0 && s.tok(d.end) == ",");
    for n in &s.named {
        // A capital acts for its government ("Seoul closed …").
        let acts = can_act(n.entity.kind) || n.entity.kind == crate::pack::EntityKind::City;
        if !acts || !s.opens_clause(n) || s.in_quote(n.first) {
            continue;
        }
        let Some(vg) = s.verb_group(s.after_subject(n)) else { continue };
        if vg.planned || vg.passive || vg.copula || vg.start != vg.verb {
            continue;
        }
        let verb = s.tok(vg.verb).to_lowercase();
        let (object, noun) = match verb.as_str() {
            "pulled" | "walked" if s.is(vg.verb + 1, "out") && s.is(vg.verb + 2, "of") => (vg.verb + 3, None),
            "withdrew" if s.is(vg.verb + 1, "from") => (vg.verb + 2, None),
            "conducted" | "held" | "staged" => (vg.verb + 1, Some("")),
            _ => match noun_of(&verb).filter(|_| verb != "began" && verb != "started" && verb != "ended") {
                Some(noun) => (vg.verb + 1, Some(noun)),
                None => continue,
            },
        };
        // The date ends the object, or leads the sentence and the object runs to the clause's end.
        let (date, end) = match lead {
            Some(d) => {
                let end = clause_end(s, object, dates);
                (d, if matches!(s.tok(end.wrapping_sub(1)), "." | "!") { end - 1 } else { end })
            }
            None => match dates.iter().find(|d| d.start > object) {
                Some(d) => (d, d.start),
                None => continue,
            },
        };
        if end < s.toks.len() && lead.is_some() && !matches!(s.tok(end), "." | "") {
            continue;
        }
        let subject = inner(s.span(n.first, n.end));
        let Some(thing) = object_phrase(s, object, end, &subject) else { continue };
        let what = match noun {
            None => format!("{subject}'s withdrawal from {thing}"),
            Some("") if is_happening(&thing) => thing,
            Some("") => continue,
            Some(noun) => format!("the {noun} of {thing}"),
        };
        // A name in the event's own name is not asked for again (the checker's rule: it would give the
        // answer away): "North Korea's withdrawal …" names its party itself.
        let who = if what.contains(&subject) { Vec::new() } else { vec![n.entity.id.clone()] };
        out.push(event(s, what, who, date));
    }
    out
}

/// Where the clause going on from token `from` ends: a comma, semicolon, colon or dash outside a date
/// phrase, or the sentence's end.
fn clause_end(s: &Sent<'_>, from: usize, dates: &[DatePhrase]) -> usize {
    (from..s.toks.len())
        .find(|&k| {
            matches!(s.tok(k), "," | ";" | ":" | "-" | "–" | "—" | "(" | ")" | "\"" | "“" | "”")
                && !dates.iter().any(|d| d.start < k && k < d.end)
        })
        .unwrap_or(s.toks.len())
}

/// The date of the clause `from..to`: its one date phrase (two would leave it unclear which is meant).
fn clause_date<'d>(s: &Sent<'_>, dates: &'d [DatePhrase], from: usize, to: usize) -> Option<&'d DatePhrase> {
    let inside: Vec<&DatePhrase> = dates.iter().filter(|d| d.start >= from && d.end <= to).collect();
    let planned = (from..to).any(|k| planned_at(s, dates, k));
    match inside.as_slice() {
        [one] if !planned => Some(one),
        _ => None,
    }
}

/// A noun phrase ending before token `end`, opening with "the" (or a name): at most eight words of letters,
/// digits and hyphens, none pointing back ("such", "that"). Returns its first token.
fn noun_phrase_before(s: &Sent<'_>, end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && end - k < 8 {
        k -= 1;
        if !s.toks.get(k).is_some_and(|t| t.word) || s.in_quote(k) {
            return None;
        }
        if s.is(k, "the") {
            return Some(k);
        }
        let w = s.tok(k).to_lowercase();
        if POINTERS.contains(&w.as_str()) || ["a", "an", "and", "of", "or"].contains(&w.as_str()) && k + 1 == end {
            return None;
        }
        // A name opening the phrase ("Kaesong Industrial Zone").
        if let Some(n) = s.named_at(k).filter(|n| n.end == end) {
            let before = s.tok(k.wrapping_sub(1));
            if !s.is(k.wrapping_sub(1), "the") && (k == 0 || before == "," || before.chars().all(char::is_lowercase)) {
                return Some(n.first);
            }
        }
        if ["a", "an", "of", "in", "at", "for", "with", "to", "by", "from", "on", "and"].contains(&w.as_str()) {
            return None;
        }
    }
    None
}

/// A phrase as it stands inside a sentence: a leading "The" lower-cased.
fn inner(phrase: &str) -> String {
    phrase.strip_prefix("The ").map_or_else(|| phrase.to_string(), |r| format!("the {r}"))
}

fn noun_of(participle: &str) -> Option<&'static str> {
    NOUNS.iter().find(|(p, _)| p.eq_ignore_ascii_case(participle)).map(|(_, n)| *n)
}

/// An Event's id words: up to five of its name's words, without "the" and "of".
fn slug(what: &str) -> String {
    what.split_whitespace()
        .map(|w| w.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect::<String>())
        .filter(|w| !w.is_empty() && !["the", "of"].contains(&w.as_str()))
        .take(5)
        .collect::<Vec<_>>()
        .join("-")
}

fn event(s: &Sent<'_>, what: String, who: Vec<String>, date: &DatePhrase) -> Fact {
    Fact {
        id: format!("event-{}", slug(&what)),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Event { what, who, place: None, date: Some(date.date.clone()), era: None },
    }
}

/// The happening named by a participle and the thing it was done to: "the closing of the Kaesong
/// industrial zone"; for "held" or "conducted", the thing itself when it is a happening ("the talks").
fn happening(participle: &str, thing: &str) -> Option<String> {
    let p = participle.to_lowercase();
    if TOOK_PLACE.contains(&p.as_str()) {
        return is_happening(thing).then(|| inner(thing));
    }
    Some(format!("the {} of {}", noun_of(&p)?, inner(thing)))
}

/// Prepositions that end a noun phrase's head ("the last summit | between leaders of Korea and Japan").
const HEAD_ENDS: [&str; 12] = ["of", "between", "with", "in", "on", "at", "to", "from", "by", "among", "over", "for"];

/// Whether a noun phrase's head (its last word before a preposition) is a happening ("the six-party
/// talks", "the last bilateral summit between leaders of Korea and Japan").
fn is_happening(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let end = words
        .iter()
        .skip(1)
        .position(|w| HEAD_ENDS.contains(&w.to_lowercase().as_str()))
        .map_or(words.len(), |i| i + 1);
    let last = words.get(..end).and_then(|h| h.last()).copied().unwrap_or("").to_lowercase();
    let singular = last.strip_suffix('s').unwrap_or(&last);
    HAPPENING_NOUNS.contains(&last.as_str()) || HAPPENING_NOUNS.contains(&singular)
}

/// Shape 1: "<the noun phrase>, which was|were <participle> … <date>".
fn relative_passive(s: &Sent<'_>, dates: &[DatePhrase]) -> Vec<Fact> {
    let mut out = Vec::new();
    for k in 1..s.toks.len() {
        if s.tok(k) != "," || s.in_quote(k) {
            continue;
        }
        let full = (s.is(k + 1, "which") || s.is(k + 1, "that")) && (s.is(k + 2, "was") || s.is(k + 2, "were"));
        // ", signed in 2005,": a participle with no object, a preposition right after it, the phrase closed
        // by a comma or the sentence's end.
        let reduced = noun_of(s.tok(k + 1)).is_some()
            && s.tok(k + 1).ends_with("ed")
            && REDUCED_NEXT.iter().any(|w| s.is(k + 2, w))
            && {
                let end = clause_end(s, k + 2, dates);
                end == s.toks.len() || s.tok(end) == "," || s.tok(end) == "."
            };
        if !(full || reduced) {
            continue;
        }
        let p = if full { k + 3 } else { k + 1 };
        let Some(start) = noun_phrase_before(s, k) else { continue };
        let end = clause_end(s, p, dates);
        let Some(date) = clause_date(s, dates, p, end) else { continue };
        let Some(what) = happening(s.tok(p), s.span(start, k)) else { continue };
        out.push(event(s, what, Vec::new(), date));
    }
    out
}

/// Shapes 2 and 3: a clause opening the sentence (or after a leading date: "In 2009, …") whose subject is a
/// noun phrase with "the" or a name, and whose verb is a passive ("was closed"), a verb of beginning or
/// ending ("collapsed", "began"), or "took place" / "was held".
fn clause_event(s: &Sent<'_>, dates: &[DatePhrase]) -> Option<Fact> {
    let lead = dates.first().filter(|d| d.start == 0 && s.tok(d.end) == ",").map_or(0, |d| d.end + 1);
    if s.in_quote(lead) {
        return None;
    }
    // The subject: "The …" up to the verb, or a name.
    let verb_at = (lead + 1..(lead + 13).min(s.toks.len())).find(|&k| {
        let w = s.tok(k).to_lowercase();
        ["was", "were"].contains(&w.as_str()) || noun_of(&w).is_some() || TOOK_PLACE.contains(&w.as_str())
    })?;
    let subject_ok = s.is(lead, "the") || s.named_at(lead).is_some_and(|n| n.end == verb_at);
    let verbal = |k: usize| {
        let w = s.tok(k).to_lowercase();
        PLANNED.contains(&w.as_str()) || NOT_SUBJECT.contains(&w.as_str())
    };
    if !subject_ok || (lead..verb_at).any(|k| !s.toks.get(k).is_some_and(|t| t.word) || verbal(k)) {
        return None;
    }
    let subject = s.span(lead, verb_at);
    if subject.split_whitespace().any(|w| POINTERS.contains(&w.to_lowercase().as_str())) {
        return None;
    }
    let passive = s.is(verb_at, "was") || s.is(verb_at, "were");
    let verb = if passive { verb_at + 1 } else { verb_at };
    let v = s.tok(verb).to_lowercase();
    if v == "took" && !s.is(verb + 1, "place") {
        return None;
    }
    // An active verb other than "took place" must be intransitive here: the date or a preposition follows.
    let what = if passive || TOOK_PLACE.contains(&v.as_str()) {
        happening(&v, subject)?
    } else {
        let next = s.tok(verb + 1);
        if !(dates.iter().any(|d| d.start == verb + 1) || ["after", "amid", "over", "when"].contains(&next)) {
            return None;
        }
        format!("the {} of {}", noun_of(&v)?, inner(subject))
    };
    if lemma(&v).is_none() && noun_of(&v).is_none() {
        return None;
    }
    let end = clause_end(s, verb, dates);
    let date = if lead > 0 { dates.first() } else { clause_date(s, dates, verb, end) }?;
    if (verb..end).any(|k| planned_at(s, dates, k)) {
        return None;
    }
    Some(event(s, what, Vec::new(), date))
}

/// Participles of things done to a thing at a place, with the happening's noun ("raised" → "raising"):
/// read by [`placed_passive`] only.
const PLACED: [(&str, &str); 12] = [
    ("raised", "raising"),
    ("hoisted", "hoisting"),
    ("erected", "erecting"),
    ("installed", "installation"),
    ("unveiled", "unveiling"),
    ("planted", "planting"),
    ("laid", "laying"),
    ("placed", "placing"),
    ("deployed", "deployment"),
    ("displayed", "display"),
    ("stationed", "stationing"),
    ("set up", "setting up"),
];

/// Shape 6: a passive happening with its place, "Chilean flags have been raised at Plaza Mayor", "The
/// statue was unveiled in Lima on Friday": an Event "the raising of Chilean flags" at the place (a city,
/// country or place after "in" or "at" in the clause), with the clause's one date if it states one. The
/// subject opens the sentence: up to six words with no pointer back ("such", "these") and no verb (a
/// lower-case past form); the
/// verb is "has (have) been", "was (were)" or "is (are)" and one of [`PLACED`]'s participles, right before
/// the place's preposition. A clause about a plan ("will be raised") or a negated one drafts nothing.
fn placed_passive(s: &Sent<'_>, dates: &[DatePhrase]) -> Option<Fact> {
    let lead = dates.first().filter(|d| d.start == 0 && s.tok(d.end) == ",").map_or(0, |d| d.end + 1);
    let aux = (lead + 1..(lead + 7).min(s.toks.len())).find(|&k| {
        matches!(s.tok(k).to_lowercase().as_str(), "has" | "have" | "was" | "were" | "is" | "are" | "been")
    })?;
    let participle = if matches!(s.tok(aux).to_lowercase().as_str(), "has" | "have") {
        if !s.is(aux + 1, "been") {
            return None;
        }
        aux + 2
    } else {
        aux + 1
    };
    let (len, noun) = PLACED.iter().find_map(|(p, n)| {
        let words: Vec<&str> = p.split(' ').collect();
        words.iter().enumerate().all(|(i, w)| s.is(participle + i, w)).then_some((words.len(), *n))
    })?;
    let after = participle + len;
    if !(s.is(after, "in") || s.is(after, "at")) || s.in_quote(lead) {
        return None;
    }
    let subject_words = (lead..aux).all(|k| {
        let w = s.tok(k).to_lowercase();
        s.toks.get(k).is_some_and(|t| t.word)
            && !POINTERS.contains(&w.as_str())
            && !PLANNED.contains(&w.as_str())
            && !NOT_SUBJECT.contains(&w.as_str())
            && !["a", "an", "some", "no", "not", "never", "says", "say", "that", "which", "who"].contains(&w.as_str())
            // A verb of another clause ("The governor said flags were raised …"): a lower-case past form.
            && (!s.tok(k).chars().next().is_some_and(char::is_lowercase) || !super::clause::is_past(&w))
    });
    if !subject_words || s.in_quote(aux) {
        return None;
    }
    let end = clause_end(s, after, dates);
    if (lead..end).any(|k| planned_at(s, dates, k) || s.is(k, "not") || s.is(k, "never")) {
        return None;
    }
    let place = super::talks::place_after(s, participle, end).filter(|m| m.first <= after + 2)?;
    let what = format!("the {noun} of {}", inner(s.span(lead, aux)));
    let date = if lead > 0 { dates.first() } else { clause_date(s, dates, after, end) };
    Some(Fact {
        id: format!("event-{}", slug(&what)),
        topics: Vec::new(),
        evidence: s.text.to_string(),
        claim: Claim::Event {
            what,
            who: Vec::new(),
            place: Some(place.entity.id.clone()),
            date: date.map(|d| d.date.clone()),
            era: None,
        },
    })
}

/// Prepositions whose object is a happening placed in time ("after its first test on October 9").
const AROUND: [&str; 6] = ["after", "before", "following", "during", "since", "amid"];

/// Verbs that perform a happening, so a date after its noun is the happening's ("conducting a nuclear test
/// on October 8, 2006").
const PERFORMED: [&str; 12] = [
    "conducting",
    "conducted",
    "holding",
    "held",
    "staging",
    "staged",
    "launching",
    "launched",
    "carrying",
    "carried",
    "hold",
    "conduct",
];

/// Shape 4: "<a|an|the|its|their> [up to four lower-case words] <happening noun> <date>", the date right
/// after the noun. The clause's subject, a named party that can act, takes part; "its" or "their" is that
/// subject's ("after its first nuclear test on October 9" → North Korea's first nuclear test), and without
/// such a subject the phrase is left out.
fn noun_dated(s: &Sent<'_>, dates: &[DatePhrase]) -> Vec<Fact> {
    let mut out = Vec::new();
    for d in dates {
        // "a summit in Beijing in September": a place named between the noun and its date stays in the name.
        let place = s.named_before(d.start).filter(|n| s.is(n.first.wrapping_sub(1), "in") && !can_act(n.entity.kind));
        let Some(noun) = place.map_or(d.start, |n| n.first - 1).checked_sub(1) else { continue };
        let name_end = place.map_or(noun + 1, |n| n.end);
        if !is_happening(s.tok(noun)) || s.tok(noun).chars().any(char::is_uppercase) {
            continue;
        }
        let Some(det) = (noun.saturating_sub(5)..noun)
            .rev()
            .find(|&k| ["a", "an", "the", "its", "their"].iter().any(|w| s.is(k, w)))
        else {
            continue;
        };
        // The date is the happening's only where the phrase is a preposition's object ("after its first test
        // on October 9") or a performing verb's ("conducting a test on …"); as any other verb's object the date
        // may be the verb's ("Qin slammed the visit last Tuesday").
        let before = s.tok(det.wrapping_sub(1)).to_lowercase();
        if !(AROUND.contains(&before.as_str()) || PERFORMED.contains(&before.as_str())) {
            continue;
        }
        let words_ok = (det + 1..=noun).all(|k| {
            let w = s.tok(k);
            s.toks.get(k).is_some_and(|t| t.word)
                && w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                && !POINTERS.contains(&w)
                && !["of", "and", "or", "to", "in", "on", "with", "by"].contains(&w)
        });
        if !words_ok {
            continue;
        }
        // The subject of the clause the phrase sits in: the last name that opens a clause before it, or, for a
        // phrase of a leading adverbial ("During a meeting in Pyongyang in May, Kim promised …"), the first
        // after the adverbial's comma.
        let opens = |n: &&super::clause::Named<'_>| can_act(n.entity.kind) && s.opens_clause(n) && !s.in_quote(n.first);
        let leading = AROUND.iter().any(|w| s.is(0, w)) && det == 1;
        let comma = (d.end..s.toks.len()).find(|&k| s.tok(k) == ",");
        let subject = if leading {
            comma.and_then(|c| s.named.iter().filter(opens).find(|n| n.first > c))
        } else {
            s.named.iter().filter(|n| n.end <= det).rfind(opens)
        };
        // "a meeting in Pyongyang" introduces a meeting; "the meeting in Pyongyang" need not name it alone (the
        // article may hold another). An indefinite phrase is drafted only with a word that sets it apart
        // ("an underground nuclear test") and the party that held it.
        if ["a", "an"].iter().any(|w| s.is(det, w)) && (det + 1 == noun || subject.is_none()) {
            continue;
        }
        let head = s.span(det + 1, name_end);
        let what = match s.tok(det).to_lowercase().as_str() {
            "its" | "their" => {
                let Some(n) = subject else { continue };
                format!("{}'s {head}", inner(s.span(n.first, n.end)))
            }
            _ => format!("the {head}"),
        };
        let clause_from = if leading { 0 } else { subject.map_or(0, |n| n.end) };
        if (clause_from..d.end).any(|k| planned_at(s, dates, k)) {
            continue;
        }
        let named = subject.is_some_and(|n| what.contains(&inner(s.span(n.first, n.end))));
        let who = subject.filter(|_| !named).map(|n| n.entity.id.clone()).into_iter().collect();
        out.push(event(s, what, who, d));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::speech::tests::{entity, sent};
    use super::*;
    use crate::pack::{Dateline, EntityKind};

    fn dated<'a>(text: &'a str, es: &'a [crate::pack::Entity]) -> Sent<'a> {
        let mut s = sent(text, es);
        s.dateline = Dateline::new(2013, 6, 11);
        s
    }

    fn drafted(s: &Sent<'_>) -> Vec<(String, Vec<String>, String)> {
        events(s)
            .into_iter()
            .filter_map(|f| match f.claim {
                Claim::Event { what, who, date, .. } => Some((what, who, date.unwrap_or_default())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_passive_happening_keeps_its_place() {
        let es = [
            entity("plaza-mayor", EntityKind::Place, "Plaza Mayor"),
            entity("lima", EntityKind::City, "Lima"),
            entity("chile", EntityKind::Country, "Chile"),
        ];
        let placed = |text: &str| {
            events(&dated(text, &es))
                .into_iter()
                .filter_map(|f| match f.claim {
                    Claim::Event { what, place: Some(place), date, .. } => Some((what, place, date)),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            placed("Chilean flags have been raised at Plaza Mayor, witnesses said."),
            vec![("the raising of Chilean flags".to_string(), "plaza-mayor".to_string(), None)]
        );
        assert_eq!(
            placed("The bronze statue was unveiled in Lima on June 3."),
            vec![("the unveiling of the bronze statue".to_string(), "lima".to_string(), Some("June 3".to_string()))]
        );
        for text in [
            "Chilean flags will be raised at Plaza Mayor.",
            "Chilean flags have not been raised at Plaza Mayor.",
            "These flags have been raised at Plaza Mayor.",
            "Chilean flags have been raised by students at Plaza Mayor.",
            "The governor said flags were raised in Lima.",
        ] {
            assert_eq!(placed(text), Vec::new(), "{text}");
        }
    }

    #[test]
    fn odd_sentences_draft_without_panicking() {
        let es = [entity("kim", EntityKind::Person, "Kim")];
        for text in [
            "on October 9",
            "in April",
            "test on October 9, 2006",
            "In 2009, .",
            "Kim, closed in April",
            ", which was closed in 2009",
            "The was were held took in 2009",
            "After its test on Monday, Kim",
            "last Monday",
            "on last",
            "in late",
        ] {
            let _ = events(&dated(text, &es));
        }
    }

    #[test]
    fn a_month_alone_is_the_dateline_s_year_when_not_after_it() {
        let es = [];
        let s = dated("The plant was closed in April and may reopen in September.", &es);
        let dates: Vec<String> = date_phrases(&s).into_iter().map(|d| d.date).collect();
        assert_eq!(dates, ["April 2013"], "September 2013 is after the dateline: its year is not stated");
        let s = dated("It fell in late 2008, rose in 2010 and peaked on March 3, 2011, not in 2012 elections.", &es);
        let dates: Vec<String> = date_phrases(&s).into_iter().map(|d| d.date).collect();
        assert_eq!(dates, ["2008", "2010", "March 3, 2011"]);
    }

    #[test]
    fn a_weekday_with_its_part_of_the_day_is_a_date() {
        let es = [];
        let dates =
            |text: &str| -> Vec<String> { date_phrases(&dated(text, &es)).into_iter().map(|d| d.date).collect() };
        assert_eq!(dates("The ministers met Sunday afternoon in Seoul."), ["on Sunday"]);
        assert_eq!(dates("The ministers met on Monday morning."), ["on Monday"]);
        assert_eq!(dates("Sunday lunch was served."), Vec::<String>::new());
    }

    #[test]
    fn a_relative_clause_in_the_passive_dates_what_was_done() {
        let es = [];
        let s = dated(
            "This includes the resumption of two stalled projects: the Kaesong industrial zone, which was closed amid \
             heightened military tensions in April, and the North's Mount Kumgang resort area.",
            &es,
        );
        assert_eq!(drafted(&s), [("the closing of the Kaesong industrial zone".into(), vec![], "April 2013".into())]);
        let s = dated("The port, which was opened to ships in 1999, will be closed in 2026.", &es);
        assert_eq!(drafted(&s), [("the opening of the port".into(), vec![], "1999".into())]);
    }

    #[test]
    fn a_reduced_relative_dates_what_it_follows_but_a_main_verb_after_an_appositive_does_not() {
        let es = [entity("dprk", EntityKind::Country, "the DPRK")];
        let s = dated(
            "In the September 19 Joint Statement, signed in 2005, the DPRK promised to abandon its nuclear weapons.",
            &es,
        );
        assert_eq!(drafted(&s), [("the signing of the September 19 Joint Statement".into(), vec![], "2005".into())]);
        let s = dated("Kim, the new leader, signed the treaty in 2005.", &es);
        assert!(drafted(&s).is_empty(), "{:?}", drafted(&s));
    }

    #[test]
    fn a_clause_in_the_passive_or_of_beginning_dates_its_subject() {
        let es = [entity("kr", EntityKind::Country, "Korea"), entity("jp", EntityKind::Country, "Japan")];
        let s = dated(
            "The last bilateral summit between leaders of Korea and Japan took place in May 2012 on the sidelines \
             of another meeting.",
            &es,
        );
        assert_eq!(
            drafted(&s),
            [("the last bilateral summit between leaders of Korea and Japan".into(), vec![], "May 2012".into())]
        );
        let es = [];
        let s = dated("The border crossing was reopened in March 2012 after talks.", &es);
        assert_eq!(drafted(&s), [("the reopening of the border crossing".into(), vec![], "March 2012".into())]);
        let s = dated("The six-nation talks collapsed in 2008 over verification.", &es);
        assert_eq!(drafted(&s), [("the collapse of the six-nation talks".into(), vec![], "2008".into())]);
        let s = dated("The last ministerial talks took place in 2007.", &es);
        assert_eq!(drafted(&s), [("the last ministerial talks".into(), vec![], "2007".into())]);
        // A phrase that points back, a plan and a clause with two dates say nothing on their own.
        for text in [
            "The last such encounter took place in 2007.",
            "The factory is scheduled to be closed in 2027.",
            "The talks began in 2003 and ended in 2008.",
        ] {
            assert!(drafted(&dated(text, &es)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_named_party_s_dated_act_on_a_definite_object_is_an_event() {
        let es = [entity("nk", EntityKind::Country, "North Korea"), entity("seoul", EntityKind::City, "Seoul")];
        let cases = [
            (
                "North Korea pulled out of the six-party talks in 2009.",
                "North Korea's withdrawal from the six-party talks",
                "",
                "2009",
            ),
            ("In 2006, North Korea conducted its first nuclear test.", "North Korea's first nuclear test", "", "2006"),
            (
                "Seoul closed the Kaesong complex in February 2016.",
                "the closing of the Kaesong complex",
                "seoul",
                "February 2016",
            ),
        ];
        // A party the event's name holds ("North Korea's …") is not asked for again.
        for (text, what, who, date) in cases {
            let who: Vec<String> = Some(who.to_string()).filter(|w| !w.is_empty()).into_iter().collect();
            assert_eq!(drafted(&dated(text, &es)), [(what.to_string(), who, date.to_string())], "{text}");
        }
        // An object that points back or is indefinite names nothing on its own.
        for text in ["North Korea pulled out of that effort in 2009.", "North Korea held talks in 2007."] {
            assert!(drafted(&dated(text, &es)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_happening_before_its_date_is_the_subject_s() {
        let es = [entity("dprk", EntityKind::Country, "The DPRK"), entity("nk", EntityKind::Country, "North Korea")];
        let s = dated(
            "The DPRK drew international condemnation by conducting an underground nuclear test on October 8, 2006.",
            &es,
        );
        assert_eq!(
            drafted(&s),
            [("the underground nuclear test".into(), vec!["dprk".to_string()], "October 8, 2006".into())]
        );
        let s = dated("North Korea returned to the talks after its first nuclear test on October 9.", &es);
        assert_eq!(drafted(&s), [("North Korea's first nuclear test".into(), vec![], "October 9".into())]);
        let es = [
            entity("park", EntityKind::Person, "Park"),
            entity("beijing", EntityKind::City, "Beijing"),
            entity("qin", EntityKind::Person, "Qin"),
        ];
        let s = dated("Park announced after a trilateral summit in Beijing in May that the talks would resume.", &es);
        assert_eq!(
            drafted(&s),
            [("the trilateral summit in Beijing".into(), vec!["park".to_string()], "May 2013".into())]
        );
        let es = [entity("kim", EntityKind::Person, "Kim Jong Il"), entity("pyongyang", EntityKind::City, "Pyongyang")];
        let s = dated("During a secret meeting in Pyongyang in May, Kim Jong Il promised Koizumi an inquiry.", &es);
        assert_eq!(
            drafted(&s),
            [("the secret meeting in Pyongyang".into(), vec!["kim".to_string()], "May 2013".into())]
        );
        // "a meeting" alone introduces one meeting among any others the article holds.
        let s = dated("During a meeting in Pyongyang in May, Kim Jong Il promised Koizumi an inquiry.", &es);
        assert!(drafted(&s).is_empty());
        // "its" with no subject to own it, a plan, and a date that may be the verb's ("slammed … last
        // Tuesday") are left out.
        for text in [
            "Critics recalled its first nuclear test on October 9.",
            "North Korea will hold a test in 2027.",
            "Qin slammed the visit last Tuesday.",
        ] {
            assert!(drafted(&dated(text, &es)).is_empty(), "{text}");
        }
    }
}

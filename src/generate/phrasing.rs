//! Turning a fact's typed slots into English: the statement it makes, and one question per slot.
//!
//! Every question kind is built on these forms: multiple choice and short answer ask a slot, true/false
//! states the claim with one slot swapped, so the phrasing of each fact kind lives in exactly one place.

use crate::pack::numbers::NumberStyle;
use crate::pack::{Claim, EntityKind, Fact, MonthDay, Pack, When, slot_date, slot_when};

/// The most words a question stem may have. A longer stem is cut at its first comma when the part before
/// it still says the claim, and declined otherwise: a person would not write a 30-word question.
pub const MAX_STEM_WORDS: usize = 25;

/// The most words a free-text phrase may have to be used as a noun inside a question frame ("Where did
/// {what} take place?"). A longer one is a clause, not a name, and the frame declines it.
pub const MAX_PHRASE_WORDS: usize = 8;

/// Words that open a relative clause: a phrase holding one is a description, not a name.
const RELATIVE_WORDS: [&str; 6] = ["whose", "which", "that", "who", "whom", "where"];

/// The number of words in `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether a free-text phrase can stand as a name inside a question frame: at most
/// [`MAX_PHRASE_WORDS`] words, no comma and no relative clause ("the smiley selfie" can; "the coal mine
/// tragedy whose victims included …" and "high level diplomatic visits known to be an intensely intricate
/// task" cannot).
pub fn is_name_like(phrase: &str) -> bool {
    word_count(phrase) <= MAX_PHRASE_WORDS
        && !phrase.contains(',')
        && !phrase
            .split_whitespace()
            .any(|w| RELATIVE_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str()))
}

/// Verbs of being, having and doing and modal verbs: an event's name holding one tells something of the
/// event instead of naming it.
const NAME_VERBS: [&str; 22] = [
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "should",
];

/// Words after "to" that are not a verb's base ("taken to the front", "sent to Japan"): the participle before
/// "to" then goes somewhere, it does not open a predicate.
const NOUN_OPENERS: [&str; 10] = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those"];

/// Whether an event's name (`what`) carries its own predicate, so that it tells something of the event
/// rather than naming it: a relative clause ("the coal mine tragedy whose victims included …"), a verb of
/// being, having or doing or a modal, or a participle opening a predicate with an infinitive or "as"
/// ("high level diplomatic visits known to be an intensely intricate task", "a system designed to counter
/// China", "talks seen as a turning point"). Rule kept: no statement or question frame ("… took place in
/// East Asia", "Where did … take place?", "… together with China?") wraps such a name; a reduced clause
/// naming which event it is ("the previous visit made by a South Korean leader", "the “grave provocation”
/// KCNA described") still names it.
pub fn carries_predicate(what: &str) -> bool {
    let words: Vec<(String, bool)> = what
        .split_whitespace()
        .map(|w| {
            let capital = w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
            (w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase(), capital)
        })
        .collect();
    words.iter().enumerate().any(|(i, (w, _))| {
        if RELATIVE_WORDS.contains(&w.as_str()) || (i > 0 && NAME_VERBS.contains(&w.as_str())) {
            return true;
        }
        let participle = i > 0 && (PARTICIPLES.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")));
        let next = words.get(i + 1).map(|(n, _)| n.as_str());
        let infinitive = next == Some("to")
            && words.get(i + 2).is_some_and(|(v, capital)| !capital && !NOUN_OPENERS.contains(&v.as_str()));
        participle && (infinitive || next == Some("as"))
    })
}

/// An event's name that is a noun phrase with a reduced predicate, split before its participle ("high level
/// diplomatic visits | known to be an intensely intricate task"): told as a statement of its own, the
/// predicate made finite ("High level diplomatic visits in East Asia are known to be an intensely
/// intricate task."). `None` for a name without such a predicate, or one holding a relative clause or a
/// finite verb as well.
pub fn reduced_predicate(what: &str) -> Option<(&str, &str)> {
    let mut starts = Vec::new();
    let mut space = true;
    for (i, c) in what.char_indices() {
        if !c.is_whitespace() && space {
            starts.push(i);
        }
        space = c.is_whitespace();
    }
    let words: Vec<String> =
        what.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let at = (1..words.len()).find(|&i| {
        let w = &words[i];
        let participle = PARTICIPLES.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed"));
        let next = words.get(i + 1).map(String::as_str);
        let infinitive = next == Some("to") && words.get(i + 2).is_some_and(|v| !NOUN_OPENERS.contains(&v.as_str()));
        participle && (infinitive || next == Some("as"))
    })?;
    let head = &words[..at];
    if head
        .iter()
        .enumerate()
        .any(|(i, w)| RELATIVE_WORDS.contains(&w.as_str()) || (i > 0 && NAME_VERBS.contains(&w.as_str())))
    {
        return None;
    }
    let start = *starts.get(at)?;
    Some((what[..start].trim(), what[start..].trim()))
}

/// Words by which an event's name refers to its own parties ("the two neighbours' competition", "their
/// dispute", "both sides' talks"): a frame that names one party and asks for the other around such a name
/// says the parties twice.
const OWN_PARTIES: [&str; 10] = [
    "both",
    "their",
    "its",
    "each other",
    "one another",
    "the two",
    "the three",
    "the pair",
    "the latter",
    "the former",
];

/// Whether an event's name refers to its own parties ([`OWN_PARTIES`]). Rule kept: such a name never
/// stands in a partner frame ("Which country took part in the two neighbours' competition for Seoul
/// together with China?" asks for a side the name already counts).
pub fn refers_to_own_parties(what: &str) -> bool {
    let padded = format!(
        " {} ",
        what.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    );
    OWN_PARTIES.iter().any(|p| padded.contains(&format!(" {p} ")))
}

/// Nouns that point back at a named thing of a kind when "the" comes before them ("the country", "the
/// city"), with the kinds of entity that name one.
const REFERRING_NOUNS: [(&str, &[EntityKind]); 4] = [
    ("the country", &[EntityKind::Country]),
    ("the city", &[EntityKind::City]),
    ("the constituency", &[EntityKind::Place, EntityKind::City]),
    ("the party", &[EntityKind::Organisation]),
];

/// Whether `text` (a statement or a stem) says "the country", "the city", "the constituency" or "the party"
/// ([`REFERRING_NOUNS`]) without naming, before it, an entity of that kind that it points back at. Rule
/// kept: a statement or a stem stands alone, so "Naypyidaw is the remote capital of the country." (no
/// country named) is not made; "… stationed in South Korea, meant to defend the country …" is.
pub fn unnamed_referent(pack: &Pack, text: &str) -> bool {
    let first = first_referring_nouns(text);
    REFERRING_NOUNS.iter().zip(first).any(|((_, kinds), at)| {
        let Some(at) = at else { return false };
        let before = &text[..at];
        !pack.sheet.entities.iter().filter(|e| kinds.contains(&e.kind)).any(|e| {
            std::iter::once(&e.name).chain(&e.aliases).any(|form| super::cloze::find_word(before, form).is_some())
        })
    })
}

/// Where each of [`REFERRING_NOUNS`] first stands in `text` as whole words, ignoring ASCII case (what
/// `cloze::find_word` gives for each): read in one pass over the "the"s of the text, since every stem and
/// statement of a bank is looked at and most name none of them.
fn first_referring_nouns(text: &str) -> [Option<usize>; REFERRING_NOUNS.len()] {
    let mut first = [None; REFERRING_NOUNS.len()];
    let hay = text.as_bytes();
    let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    for at in 0..hay.len() {
        if !hay[at].eq_ignore_ascii_case(&b't') || !boundary(at.checked_sub(1).and_then(|j| hay.get(j))) {
            continue;
        }
        for ((noun, _), slot) in REFERRING_NOUNS.iter().zip(&mut first) {
            let end = at + noun.len();
            if slot.is_none()
                && hay.get(at..end).is_some_and(|w| w.eq_ignore_ascii_case(noun.as_bytes()))
                && boundary(hay.get(end))
            {
                *slot = Some(at);
            }
        }
    }
    first
}

/// Whether a predicate carries a continuation about someone else ("…, and so are relations of both with
/// Japan"): moved into a question it asks two things at once, so no question is made from it.
pub fn has_continuation(predicate: &str) -> bool {
    let p = predicate.to_lowercase();
    p.contains(", and so ") || p.contains(" and so are ") || p.contains(" and so do ") || p.contains(" and so is ")
}

/// The predicate up to its first comma ("have multiple sensitive spots, most prominently over …" gives
/// "have multiple sensitive spots"), or all of it when it has none. `None` when the part before the comma
/// is too short (under three words) to say anything, or when the comma separates names of a list ("said
/// South Korea, Japan and the US will hold talks": cut there, "Which news outlet said South Korea?" asks
/// nothing).
pub fn main_clause(predicate: &str) -> Option<&str> {
    match predicate.split_once(',') {
        None => Some(predicate.trim()),
        Some((_, tail)) if tail.trim_start().starts_with(char::is_uppercase) => None,
        Some((head, _)) if word_count(head) >= 3 => Some(head.trim()),
        Some(_) => None,
    }
}

/// A stem a person would write from `build(predicate)`: as it is when it has at most [`MAX_STEM_WORDS`]
/// words, else built from the predicate's [`main_clause`] if that is short enough; `None` (declined)
/// otherwise, and always for a predicate with a [continuation](has_continuation).
pub fn fitted_stem(predicate: &str, build: impl Fn(&str) -> String) -> Option<String> {
    if has_continuation(predicate) {
        return None;
    }
    let full = build(predicate);
    if word_count(&full) <= MAX_STEM_WORDS {
        return Some(full);
    }
    let cut = build(main_clause(predicate)?);
    (word_count(&cut) <= MAX_STEM_WORDS).then_some(cut)
}

/// Nouns of happenings, which "take place" (singular; a plural in -s or -es is read as its singular). Kept
/// as data so that a drafted pack's events are told by the same rule: "the smiley selfie" is not among them.
pub const HAPPENING_NOUNS: &[&str] = &[
    "armistice",
    "ceasefire",
    "truce",
    "end",
    "start",
    "beginning",
    "opening",
    "closing",
    "resumption",
    "suspension",
    "halt",
    "lull",
    "release",
    "shutdown",
    "abduction",
    "accident",
    "arrest",
    "arrival",
    "assault",
    "attack",
    "ballot",
    "battle",
    "blast",
    "blockade",
    "bombardment",
    "bombing",
    "boycott",
    "broadcast",
    "campaign",
    "celebration",
    "ceremony",
    "clash",
    "collapse",
    "collision",
    "competition",
    "conference",
    "conflict",
    "contest",
    "count",
    "coup",
    "crash",
    "crisis",
    "crossing",
    "debate",
    "demonstration",
    "dialogue",
    "departure",
    "deployment",
    "deportation",
    "disaster",
    "discussion",
    "dispute",
    "drill",
    "earthquake",
    "election",
    "encounter",
    "escape",
    "evacuation",
    "exchange",
    "execution",
    "exercise",
    "exhibition",
    "explosion",
    "festival",
    "fight",
    "fighting",
    "fire",
    "flight",
    "flood",
    "forum",
    "funeral",
    "game",
    "handover",
    "hearing",
    "inauguration",
    "incident",
    "incursion",
    "inquiry",
    "invasion",
    "investigation",
    "journey",
    "killing",
    "landing",
    "launch",
    "march",
    "massacre",
    "match",
    "meeting",
    "murder",
    "negotiation",
    "offensive",
    "operation",
    "outbreak",
    "parade",
    "performance",
    "poll",
    "protest",
    "provocation",
    "race",
    "raid",
    "rally",
    "re-election",
    "referendum",
    "rescue",
    "return",
    "reunion",
    "revolution",
    "riot",
    "row",
    "session",
    "shelling",
    "shooting",
    "siege",
    "signing",
    "sinking",
    "skirmish",
    "standoff",
    "storm",
    "strike",
    "summit",
    "talk",
    "test",
    "tour",
    "tournament",
    "tragedy",
    "transfer",
    "trial",
    "trip",
    "uprising",
    "visit",
    "vote",
    "voting",
    "voyage",
    "war",
    "wedding",
    "withdrawal",
];

/// Nouns of things made at a time and place, with the participle that tells it ("the smiley selfie was
/// taken in Beijing"): a photo is taken, a statement made, a treaty signed, a report issued.
pub const MADE_NOUNS: &[(&str, &str)] = &[
    ("selfie", "taken"),
    ("photo", "taken"),
    ("photograph", "taken"),
    ("picture", "taken"),
    ("image", "taken"),
    ("snapshot", "taken"),
    ("video", "recorded"),
    ("footage", "recorded"),
    ("recording", "made"),
    ("statement", "made"),
    ("remark", "made"),
    ("comment", "made"),
    ("announcement", "made"),
    ("pledge", "made"),
    ("promise", "made"),
    ("claim", "made"),
    ("vow", "made"),
    ("threat", "made"),
    ("warning", "issued"),
    ("offer", "made"),
    ("proposal", "made"),
    ("apology", "made"),
    ("appeal", "made"),
    ("decision", "made"),
    ("speech", "given"),
    ("address", "given"),
    ("interview", "given"),
    ("document", "signed"),
    ("treaty", "signed"),
    ("accord", "signed"),
    ("deal", "signed"),
    ("declaration", "signed"),
    ("contract", "signed"),
    ("memorandum", "signed"),
    ("letter", "sent"),
    ("message", "sent"),
    ("report", "issued"),
    ("order", "issued"),
    ("decree", "issued"),
    ("ruling", "issued"),
];

/// Words that end the noun phrase naming an event ("the exchange | of artillery fire").
const PHRASE_ENDS: &[&str] = &[
    "of", "at", "over", "for", "after", "before", "with", "toward", "towards", "in", "on", "by", "between", "behind",
    "against", "from", "to", "into", "during", "about", "across", "near", "within", "under",
];

/// Irregular participles that may close an event's name as a reduced clause ("visits known to be …").
const PARTICIPLES: &[&str] = &[
    "known", "made", "held", "seen", "given", "taken", "done", "built", "brought", "caught", "found", "led", "said",
    "sent", "set", "shown", "told", "won", "written", "begun", "fought",
];

/// How an Event's `what` is told in a sentence: by the head noun of its leading noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventNature {
    /// A happening ([`HAPPENING_NOUNS`], or a gerund before "of": "the casting of the last ballot"): it
    /// "took place" somewhere, on some day.
    Happening,
    /// A thing made at a time and place ([`MADE_NOUNS`]), told with its participle: "was taken".
    Made(&'static str),
    /// Neither: no "took place" frame and no made-thing frame is put around it, so no statement or
    /// where/when question is made of it.
    Unknown,
}

/// The [`EventNature`] of an event named `what`. Rule kept: the "took place" frame is used only for a
/// happening. The head is the last word of the phrase before its first preposition or relative word, past
/// a closing participle or name ("the election poster" is a poster, so not known; "the “grave
/// provocation” KCNA described" is a provocation); a plural counts as its singular.
pub fn event_nature(what: &str) -> EventNature {
    let capitalised: Vec<bool> = what
        .split_whitespace()
        .map(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
        .collect();
    let words: Vec<String> = what
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
            w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).map_or(w.clone(), str::to_string)
        })
        .collect();
    let end = words
        .iter()
        .skip(1)
        .position(|w| PHRASE_ENDS.contains(&w.as_str()) || RELATIVE_WORDS.contains(&w.as_str()))
        .map_or(words.len(), |i| i + 1);
    let head = &words[..end];
    let forms = |w: &str| {
        let mut out = vec![w.to_string()];
        out.extend(w.strip_suffix("es").map(str::to_string));
        out.extend(w.strip_suffix('s').map(str::to_string));
        out
    };
    for (i, w) in head.iter().enumerate().rev() {
        for f in forms(w) {
            if HAPPENING_NOUNS.contains(&f.as_str()) {
                return EventNature::Happening;
            }
            if let Some((_, made)) = MADE_NOUNS.iter().find(|(n, _)| *n == f) {
                return EventNature::Made(made);
            }
        }
        // The head is the last word, unless that is a participle or a name closing a reduced clause
        // ("… KCNA described", "… known"): then the word before it is looked at.
        let name = i > 0 && capitalised.get(i).copied().unwrap_or(false);
        if !(name || w.ends_with("ed") || PARTICIPLES.contains(&w.as_str())) {
            break;
        }
    }
    let gerund_of = head.last().is_some_and(|w| w.ends_with("ing")) && words.get(end).is_some_and(|w| w == "of");
    if gerund_of { EventNature::Happening } else { EventNature::Unknown }
}

/// The typed value of one slot.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// An entity id.
    Ent(String),
    /// A month and day.
    Date(MonthDay),
    /// A number.
    Num(f64),
    /// A date of a version-2 form other than a month and day alone (a day with its year, a month, a year,
    /// a span, a relative day, a deadline, a recurrence), as the article states it.
    When(When),
}

/// A date slot as a value: a month and day alone as [`Val::Date`] (the version-1 form, so version-1
/// questions stay as they were), any other form as [`Val::When`].
pub fn date_val(date: Option<&String>) -> Option<Val> {
    slot_date(date).map(Val::Date).or_else(|| slot_when(date).map(Val::When))
}

/// How a clause about a date is told: something that happened, happens again and again, or is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Habit,
    Due,
}

fn tense(date: Option<&Val>) -> Tense {
    match date {
        Some(Val::When(When::Every { .. })) => Tense::Habit,
        Some(Val::When(When::Deadline { .. })) => Tense::Due,
        _ => Tense::Past,
    }
}

/// The verb of a clause in `tense`: `past` ("met"), the habit ("meets") or what is due ("is to meet").
/// Events named after what happened to a thing ("the start of the broadcasts", as the drafter names "The
/// broadcasts began on August 10"): the nouns, with the verb's base and past forms.
const VERB_EVENTS: [(&str, &str, &str); 5] = [
    ("the start of ", "start", "started"),
    ("the beginning of ", "begin", "began"),
    ("the end of ", "end", "ended"),
    ("the opening of ", "open", "opened"),
    ("the closing of ", "close", "closed"),
];

/// An event named "the start of X" (and the others of [`VERB_EVENTS`]), told with its verb: the thing, the
/// verb's base and past ("the broadcasts", "start", "started"), so a question reads "On what date did the
/// broadcasts start?", not "… did the start of the broadcasts take place?". `None` for any other name, or
/// when the thing is not a phrase of its own ("the start of" alone).
pub fn verb_event(what: &str) -> Option<(&str, &'static str, &'static str)> {
    VERB_EVENTS.iter().find_map(|(noun, base, past)| {
        let thing = what.get(..noun.len()).filter(|h| h.eq_ignore_ascii_case(noun)).and(what.get(noun.len()..))?;
        (word_count(thing) >= 1 && !thing.contains(',')).then_some((thing, *base, *past))
    })
}

/// Whether an Event is a happening still to come, as the drafter names one ("the planned high-level
/// talks"): a happening ([`EventNature::Happening`]) whose name opens with "the planned". Rule kept: such
/// an event is told and asked about as due ("are to be held", "Where are the planned talks to be held?"),
/// never as done.
pub fn is_planned_event(what: &str) -> bool {
    what.get(..12).is_some_and(|h| h.eq_ignore_ascii_case("the planned "))
        && event_nature(what) == EventNature::Happening
}

/// Whether a claim tells of a thing to come ([`is_planned_event`]): its relative day ("on Monday") is the
/// coming one, and no calendar day is worked out for it from the dateline.
pub fn is_planned(claim: &Claim) -> bool {
    matches!(claim, Claim::Event { what, .. } if is_planned_event(what))
}

/// Whether an Event is a happening going on as the article is written, as the drafter names one ("the
/// ongoing talks between Japan and North Korea", "the two Koreas' ongoing talks"): a happening with the
/// word "ongoing" in its name. Rule kept: it is told and asked about as going on ("are being held"), never
/// as done.
pub fn is_ongoing_event(what: &str) -> bool {
    what.split_whitespace().any(|w| w.eq_ignore_ascii_case("ongoing")) && event_nature(what) == EventNature::Happening
}

/// How a planned or ongoing event is told: its verb of being by the name's head noun, and "to be held" or
/// "being held" ("the planned talks" → ("are", "to be held")).
fn told_as_due(what: &str) -> (&'static str, &'static str) {
    let be = if plural_head(what) { "are" } else { "is" };
    let held = if is_planned_event(what) { "to be held" } else { "being held" };
    (be, held)
}

/// Whether the head noun of an event's name is plural: the last word before its first preposition or
/// relative word ("the ongoing talks | between Japan and North Korea" takes "are"; "the planned summit |
/// in …" takes "is").
fn plural_head(what: &str) -> bool {
    let words: Vec<&str> = what.split_whitespace().collect();
    let end = words
        .iter()
        .skip(1)
        .position(|w| {
            let w = w.to_lowercase();
            PHRASE_ENDS.contains(&w.as_str()) || RELATIVE_WORDS.contains(&w.as_str())
        })
        .map_or(words.len(), |i| i + 1);
    plural_thing(&words[..end].join(" "))
}

/// Whether the thing a [`verb_event`] names is plural ("the broadcasts", "the talks"): its last word ends in
/// "s" but not "ss", "us" or "is", so it takes "are" and "do".
fn plural_thing(thing: &str) -> bool {
    let last = thing.split_whitespace().next_back().unwrap_or("").to_lowercase();
    last.len() > 2 && last.ends_with('s') && !["ss", "us", "is"].iter().any(|e| last.ends_with(e))
}

fn verb(tense: Tense, past: &str, habit: &str, base: &str) -> String {
    match tense {
        Tense::Past => past.to_string(),
        Tense::Habit => habit.to_string(),
        Tense::Due => format!("is to {base}"),
    }
}

/// The question asking for a date slot: "On what date did {clause}?" for a month and day, and the
/// [`When::question_words`] of any other form: "How often does {clause}?" for a recurrence, "By when is
/// {subject} to {clause}?" for a deadline. `subject`, the verb's `base` form ("meet") and the `rest` make
/// the clause.
fn date_stem(date: &Val, subject: &str, base: &str, rest: &str) -> String {
    match date {
        Val::When(w @ When::Every { .. }) => format!("{} does {subject} {base}{rest}?", w.question_words()),
        Val::When(w @ When::Deadline { .. }) => format!("{} is {subject} to {base}{rest}?", w.question_words()),
        Val::When(w) => format!("{} did {subject} {base}{rest}?", w.question_words()),
        _ => format!("On what date did {subject} {base}{rest}?"),
    }
}

/// The question asking when a thing was made: "On what date was the smiley selfie taken?", "How often is
/// the report issued?", "By when is the treaty to be signed?".
fn made_date_stem(date: &Val, what: &str, made: &str) -> String {
    match date {
        Val::When(w @ When::Every { .. }) => format!("{} is {what} {made}?", w.question_words()),
        Val::When(w @ When::Deadline { .. }) => format!("{} is {what} to be {made}?", w.question_words()),
        Val::When(w) => format!("{} was {what} {made}?", w.question_words()),
        _ => format!("On what date was {what} {made}?"),
    }
}

/// A question that asks for one slot of a claim.
#[derive(Debug, Clone)]
pub struct Ask {
    /// The slot's name (`"whom"`, `"place"`, …), part of the question id.
    pub slot: &'static str,
    /// The question, ending in a question mark.
    pub stem: String,
    /// The right value.
    pub answer: Val,
}

/// Upper-cases the first letter, for noun phrases that start a sentence ("the viral drum performance").
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    match out.chars().next() {
        Some(c) if c.is_ascii() => out[..1].make_ascii_uppercase(),
        Some(c) => out.replace_range(..c.len_utf8(), &c.to_uppercase().to_string()),
        None => {}
    }
    out
}

/// Formats a number as plain digits: whole numbers without decimals. A fact's own number prints in the
/// form its evidence writes it ([`number_style`]).
pub fn number(value: f64) -> String {
    crate::pack::numbers::plain(value)
}

/// The form `fact`'s evidence writes its number in ("2 million", "84,121", plain digits): every number of
/// the fact's questions (statement, options, answer) is printed in it, so the learner reads the figure as
/// the article writes it. Plain digits for a fact that has no number or whose evidence writes none.
pub fn number_style(fact: &Fact) -> NumberStyle {
    match &fact.claim {
        Claim::Quantity { value, .. } => NumberStyle::of(*value, &fact.evidence),
        _ => NumberStyle::Plain,
    }
}

/// The question word for asking an entity of `kind` as the subject of a sentence.
pub fn who_word(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person | EntityKind::Group => "Who",
        EntityKind::Country => "Which country",
        EntityKind::City => "Which city",
        EntityKind::Place => "Which place",
        EntityKind::Organisation => "Which organisation",
        EntityKind::Event => "Which event",
        EntityKind::Document => "Which document",
        EntityKind::Media => "Which news outlet",
        EntityKind::Phrase => "Which phrase",
        EntityKind::Issue => "Which issue",
    }
}

/// The phrase asking where something happened, by the kind of the place: "In which city", "Where".
pub(super) fn where_words(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::City => "In which city",
        EntityKind::Country => "In which country",
        _ => "Where",
    }
}

/// The words of a claim's slots: labels, names, "in …" and "on …" phrases, lists.
pub(super) struct Words<'a> {
    pub(super) pack: &'a Pack,
}

impl Words<'_> {
    pub(super) fn kind(&self, id: &str) -> EntityKind {
        self.pack.entity(id).map_or(EntityKind::Group, |e| e.kind)
    }
    pub(super) fn label(&self, id: &str) -> String {
        self.pack.label(id)
    }
    pub(super) fn name(&self, id: &str) -> String {
        self.pack.name(id).to_string()
    }
    /// " in Beijing" or "".
    pub(super) fn in_place(&self, place: Option<&String>) -> String {
        place.map(|p| format!(" in {}", self.name(p))).unwrap_or_default()
    }
    /// " on January 5", " on August 18, 2023", " in 2023", " yesterday", " every year" or "".
    pub(super) fn on_val(date: Option<&Val>) -> String {
        match date {
            Some(Val::Date(d)) => format!(" on {d}"),
            Some(Val::When(w)) => format!(" {}", w.adverbial()),
            _ => String::new(),
        }
    }
    /// [`Self::on_val`] for a date that happened; "" for a recurrence or a deadline, which do not fit a
    /// question in the past tense.
    fn on_past(date: Option<&Val>) -> String {
        if tense(date) == Tense::Past { Self::on_val(date) } else { String::new() }
    }
    /// "A and B", "A, B and C".
    pub(super) fn and_list(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|id| self.name(id)).collect();
        match names.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// "between" for the relations of two parties, "among" for three or more.
fn among_or_between(parties: usize) -> &'static str {
    if parties > 2 { "among" } else { "between" }
}

/// The claim as one declarative sentence, starting with a capital and ending in a full stop.
pub fn statement(pack: &Pack, claim: &Claim) -> String {
    statement_styled(pack, claim, NumberStyle::Plain)
}

/// [`statement`] with the claim's number written in `style` ("around 2 million voters").
pub fn statement_styled(pack: &Pack, claim: &Claim, style: NumberStyle) -> String {
    capitalise(&sentence(pack, claim, style))
}

/// The fact as a reader tells it: its [`statement`], or for a [`Claim::Passage`] (a sentence of the
/// article that no frame reads) the sentence itself.
pub fn told(pack: &Pack, fact: &crate::pack::Fact) -> String {
    match &fact.claim {
        Claim::Passage { .. } => fact.evidence.trim().to_string(),
        claim => statement(pack, claim),
    }
}

/// Whether the claim says something a true/false question can test: an event with neither place nor
/// date only says that it happened.
/// Nor does an event that is neither a happening nor a thing made ([`event_nature`]): no frame tells it.
pub fn is_testable(claim: &Claim) -> bool {
    match claim {
        // An event with neither place nor date only says that it happened; a sentence of the article (a
        // Passage) has nothing a false version could swap: only its blanks ask it.
        Claim::Event { place: None, date: None, .. } | Claim::Passage { .. } => false,
        Claim::State { what, state, date } => super::state::is_told(what, state, date),
        Claim::Event { what, .. } if carries_predicate(what) => reduced_predicate(what).is_some(),
        Claim::Event { what, .. } => event_nature(what) != EventNature::Unknown,
        _ => true,
    }
}

fn sentence(pack: &Pack, claim: &Claim, style: NumberStyle) -> String {
    let w = Words { pack };
    match claim {
        Claim::Meeting { who, whom, place, date } => {
            let date = date_val(date.as_ref());
            format!(
                "{} {} {}{}{}.",
                w.label(who),
                verb(tense(date.as_ref()), "met", "meets", "meet"),
                w.label(whom),
                w.in_place(place.as_ref()),
                Words::on_val(date.as_ref())
            )
        }
        Claim::Identity { who, is, .. } => {
            let verb = if is_plural(pack, who) { "are" } else { "is" };
            format!("{} {verb} {is}.", w.name(who))
        }
        Claim::Visit { who, destination, date, .. } => {
            let date = date_val(date.as_ref());
            let verb = verb(tense(date.as_ref()), "visited", "visits", "visit");
            format!("{} {verb} {}{}.", w.label(who), w.name(destination), Words::on_val(date.as_ref()))
        }
        Claim::Statement { speaker: subject, said: predicate, .. }
        | Claim::Stance { actor: subject, stance: predicate, .. }
        | Claim::Report { source: subject, says: predicate } => {
            // A quotation closed after its own full stop ("… a “sea of peace.”") ends the sentence already.
            let end = predicate.trim_end();
            let unquoted = end.trim_end_matches(['\u{201d}', '"']);
            let closed = unquoted.len() < end.len() && unquoted.ends_with(['.', '!', '?']);
            let stop = if closed { "" } else { "." };
            format!("{} {predicate}{stop}", capitalise(&w.label(subject)))
        }
        Claim::Relation { between, state } => {
            let state = told_state(state);
            let people = between.len() >= 2 && between.iter().all(|id| w.kind(id) == EntityKind::Person);
            if people {
                // People have a relationship; countries and cities have relations.
                let told = singular_state(&state);
                format!("The relationship {} {} {told}.", among_or_between(between.len()), w.and_list(between))
            } else {
                format!("Relations {} {} {state}.", among_or_between(between.len()), w.and_list(between))
            }
        }
        Claim::Quantity { statement, value, .. } => {
            format!("{}.", capitalise(&statement.replace("{n}", &style.show(*value))))
        }
        Claim::Agreement { parties, what, reported, date } => {
            let verb = if *reported { "have reportedly agreed" } else { "agreed" };
            format!("{} {verb} {what}{}.", w.and_list(parties), Words::on_val(date_val(date.as_ref()).as_ref()))
        }
        Claim::Summit { .. } | Claim::Agenda { .. } => super::summit::sentence(&w, claim),
        Claim::Reason { act, link, why } => super::reasons::sentence(act, link, why),
        Claim::State { what, state, date } => super::state::sentence(what, state, date),
        // What a reader shows above the sentence itself ([`told`] gives the sentence).
        Claim::Passage { names } => format!("What the article says of {}:", w.and_list(names)),
        Claim::Event { what, place, date, .. } if let Some((head, predicate)) = reduced_predicate(what) => {
            let be = if plural_thing(head) { "are" } else { "is" };
            let date = date_val(date.as_ref());
            format!(
                "{}{}{} {be} {predicate}.",
                capitalise(head),
                w.in_place(place.as_ref()),
                Words::on_val(date.as_ref())
            )
        }
        Claim::Event { what, place, date, .. } if is_planned_event(what) || is_ongoing_event(what) => {
            let (be, held) = told_as_due(what);
            let date = date_val(date.as_ref());
            format!("{} {be} {held}{}{}.", capitalise(what), w.in_place(place.as_ref()), Words::on_val(date.as_ref()))
        }
        Claim::Event { what, place, date, .. } => {
            let date = date_val(date.as_ref());
            let told = match event_nature(what) {
                EventNature::Made(made) => {
                    verb(tense(date.as_ref()), &format!("was {made}"), &format!("is {made}"), &format!("be {made}"))
                }
                EventNature::Happening | EventNature::Unknown => {
                    if let Some((thing, base, past)) = verb_event(what) {
                        let told = match (tense(date.as_ref()), plural_thing(thing)) {
                            (Tense::Due, true) => format!("are to {base}"),
                            (Tense::Habit, true) => base.to_string(),
                            (t, _) => verb(t, past, &format!("{base}s"), base),
                        };
                        return format!(
                            "{} {told}{}{}.",
                            capitalise(thing),
                            w.in_place(place.as_ref()),
                            Words::on_val(date.as_ref())
                        );
                    }
                    verb(tense(date.as_ref()), "took place", "takes place", "take place")
                }
            };
            format!("{} {}{}{}.", capitalise(what), told, w.in_place(place.as_ref()), Words::on_val(date.as_ref()))
        }
    }
}

/// Connectives that tie a state to the sentences around it in the article ("This, in turn, complicates
/// Korea-China relations"): a statement standing alone leaves them out.
const CONNECTIVES: [&str; 7] = ["in turn", "also", "however", "therefore", "thus", "meanwhile", "as well"];

/// Words that open an elaboration after a comma ("…, perhaps best captured by …", "…, most prominently
/// over …", "…, such as …"), besides any adverb in -ly: the statement stops at the comma. A comma of a list
/// ("strong economic ties, expanding cultural exchanges and …") opens none of them and stays.
const ELABORATION_OPENERS: [&str; 7] = ["perhaps", "most", "such", "including", "which", "who", "not"];

/// A relation's state as a statement standing alone tells it: without a [connective](CONNECTIVES) that ties
/// it to the article's other sentences ("are in turn complicated by the US-led security system" → "are
/// complicated by the US-led security system"), and without an elaboration after its first comma ("had a
/// friendly tone, perhaps best captured by the viral drum performance …" → "had a friendly tone"; see
/// [`ELABORATION_OPENERS`]) when at least two words come before it.
pub fn told_state(state: &str) -> String {
    let mut state = state.trim();
    if let Some((head, tail)) = state.split_once(',') {
        let opener = tail.split_whitespace().next().unwrap_or("").to_lowercase();
        let elaborates = ELABORATION_OPENERS.contains(&opener.as_str()) || (opener.len() > 4 && opener.ends_with("ly"));
        if elaborates && word_count(head) >= 2 {
            state = head.trim();
        }
    }
    let words: Vec<&str> = state.split_whitespace().collect();
    // Each word lowered and each connective split once, not once per word compared.
    let bare: Vec<String> = words.iter().map(|w| w.trim_matches(',').to_lowercase()).collect();
    let connectives: Vec<Vec<&str>> = CONNECTIVES.iter().map(|c| c.split(' ').collect()).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit =
            connectives.iter().find(|c| words.len() >= i + c.len() && c.iter().zip(&bare[i..]).all(|(c, w)| w == c));
        if let Some(c) = hit {
            // "are, in turn, complicated": the comma before a connective set off by commas goes too.
            if words[i + c.len() - 1].ends_with(',')
                && let Some(last) = out.last_mut()
            {
                *last = last.trim_end_matches(',').to_string();
            }
            i += c.len();
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ").trim_end_matches(',').to_string()
}

/// Adverbs that may come before a state's verb ("often suffer", "long remained").
const LEADING_ADVERBS: [&str; 9] =
    ["often", "long", "still", "never", "always", "now", "already", "generally", "rarely"];

/// A state told of relations (plural: "are", "were marked", "have been", "often suffer") told of one
/// relationship: its first verb agrees with a singular subject ("is", "was marked", "has been", "often
/// suffers"); a past or modal verb other than "were" ("had", "marked", "would") stays as it is.
pub fn singular_state(state: &str) -> String {
    let mut words: Vec<String> = state.split_whitespace().map(str::to_string).collect();
    let Some(at) = words.iter().position(|w| {
        let w = w.to_lowercase();
        !(LEADING_ADVERBS.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ly")))
    }) else {
        return state.to_string();
    };
    let verb = words[at].to_lowercase();
    let modal = ["had", "did", "can", "could", "may", "might", "must", "shall", "should", "will", "would"];
    let told = match verb.as_str() {
        "are" => "is".to_string(),
        "were" => "was".to_string(),
        "have" => "has".to_string(),
        "do" => "does".to_string(),
        v if modal.contains(&v) || v.ends_with("ed") || v.ends_with('s') => words[at].clone(),
        v if ["ch", "sh", "x", "o"].iter().any(|e| v.ends_with(e)) => format!("{}es", words[at]),
        v if v.ends_with('y') && !v.ends_with("ay") && !v.ends_with("ey") && !v.ends_with("oy") => {
            format!("{}ies", &words[at][..words[at].len() - 1])
        }
        _ => format!("{}s", words[at]),
    };
    words[at] = told;
    words.join(" ")
}

/// Whether entity `id` is named by a plural or conjoined noun phrase, which takes "are": a name joining
/// words with "and" ("young and new faces"), a group or phrase whose last word is a plural in -s
/// ("observers", "faces"), or a group with an alias that is its name plus "s" (the Rohingya, "Rohingyas": a
/// people). A person, a country or an organisation is one subject whatever its name ("Reporters Without
/// Borders is", "James To is").
pub fn is_plural(pack: &Pack, id: &str) -> bool {
    let Some(e) = pack.entity(id) else { return false };
    if !matches!(e.kind, EntityKind::Group | EntityKind::Phrase) {
        return false;
    }
    let name = e.name.to_lowercase();
    let last = name.split_whitespace().next_back().unwrap_or("");
    let plural_word = last.len() > 3 && last.ends_with('s') && !["ss", "us", "is"].iter().any(|x| last.ends_with(x));
    let people = e.kind == EntityKind::Group && e.aliases.iter().any(|a| a.to_lowercase() == format!("{name}s"));
    name.split_whitespace().any(|w| w == "and") || plural_word || people
}

/// One question per askable slot of the claim, phrased as a person would ask it. Slots that are absent
/// yield nothing, and so does a slot whose only frame would be awkward: a clause poured in where a name
/// belongs ([`is_name_like`]), a [continuation](has_continuation), a stem over [`MAX_STEM_WORDS`] words.
pub fn asks(pack: &Pack, claim: &Claim) -> Vec<Ask> {
    let w = Words { pack };
    let ent = |id: &String| Val::Ent(id.clone());
    let mut out = Vec::new();
    match claim {
        Claim::Meeting { who, whom, place, date } => {
            let date = date_val(date.as_ref());
            let (at, on) = (w.in_place(place.as_ref()), Words::on_past(date.as_ref()));
            out.push(Ask { slot: "who", stem: format!("Who met {}{at}{on}?", w.label(whom)), answer: ent(who) });
            out.push(Ask { slot: "whom", stem: format!("Whom did {} meet{at}{on}?", w.label(who)), answer: ent(whom) });
            if let Some(p) = place {
                let stem = format!("{} did {} meet {}{on}?", where_words(w.kind(p)), w.label(who), w.label(whom));
                out.push(Ask { slot: "place", stem, answer: ent(p) });
            }
            if let Some(d) = date {
                let stem = date_stem(&d, &w.label(who), "meet", &format!(" {}{at}", w.label(whom)));
                out.push(Ask { slot: "date", stem, answer: d });
            }
        }
        Claim::Identity { who, is, .. } => {
            // "Which phrase is how …" and "Which issue is a security system …" are not questions a
            // person writes: a phrase or an issue is asked about in its sentence (cloze), not by name.
            let kind = w.kind(who);
            if !matches!(kind, EntityKind::Phrase | EntityKind::Issue)
                && let Some(stem) = fitted_stem(is, |p| format!("{} is {p}?", who_word(kind)))
            {
                out.push(Ask { slot: "who", stem, answer: ent(who) });
            }
        }
        Claim::Visit { who, destination, date, first } => {
            let date = date_val(date.as_ref());
            let on = Words::on_past(date.as_ref());
            if let Some(first) = first {
                out.push(Ask { slot: "who", stem: format!("Who made {first}?"), answer: ent(who) });
            } else {
                let stem = format!("Who visited {}{on}?", w.name(destination));
                out.push(Ask { slot: "who", stem, answer: ent(who) });
            }
            let what = match w.kind(destination) {
                EntityKind::City => "Which city",
                EntityKind::Country => "Which country",
                _ => "Where",
            };
            let stem = if what == "Where" {
                format!("Where did {} go{on}?", w.label(who))
            } else {
                format!("{what} did {} visit{on}?", w.label(who))
            };
            out.push(Ask { slot: "destination", stem, answer: ent(destination) });
            if let Some(d) = date {
                let stem = date_stem(&d, &w.label(who), "visit", &format!(" {}", w.name(destination)));
                out.push(Ask { slot: "date", stem, answer: d });
            }
        }
        Claim::Statement { speaker: subject, said: predicate, .. }
        | Claim::Stance { actor: subject, stance: predicate, .. }
        | Claim::Report { source: subject, says: predicate } => {
            if let Some(stem) = fitted_stem(predicate, |p| format!("{} {p}?", who_word(w.kind(subject)))) {
                out.push(Ask { slot: "subject", stem, answer: ent(subject) });
            }
        }
        Claim::Relation { between, state } => {
            // The frame asks for the last side of a relation, naming the others ("Relations among South
            // Korea, China and which country …?"): a state with a continuation about a third party is
            // declined, and a trailing elaboration after a comma is left to the article.
            if let Some((last, others)) = between.split_last()
                && !others.is_empty()
                && !has_continuation(state)
                && let Some(state) = main_clause(state)
                && reads_as_state(state)
            {
                let names: Vec<String> = others.iter().map(|id| w.name(id)).collect();
                let stem = format!(
                    "Relations {} {} and which {} {state}?",
                    among_or_between(between.len()),
                    names.join(", "),
                    kind_noun(w.kind(last))
                );
                out.push(Ask { slot: "between", stem, answer: ent(last) });
            }
        }
        Claim::Quantity { question, value, .. } => {
            out.push(Ask { slot: "n", stem: question.clone(), answer: Val::Num(*value) });
        }
        Claim::Summit { .. } | Claim::Agenda { .. } => out.extend(super::summit::asks(&w, claim)),
        // A reason is asked as a blank over it in its sentence ([`super::reasons::cloze`]): a typed "why"
        // could be worded in too many right ways to grade.
        Claim::Reason { .. } | Claim::Passage { .. } => {}
        Claim::State { what, state, date } => out.extend(super::state::asks(what, state, date)),
        Claim::Agreement { parties, what, reported, .. } => {
            if parties.len() > 2 {
                out.extend(super::summit::agreement_asks(&w, parties, what, *reported));
            } else if let [a, b] = parties.as_slice() {
                let verb = if *reported { "has reportedly agreed" } else { "agreed" };
                if let Some(stem) =
                    fitted_stem(what, |p| format!("{} {verb} with {} {p}?", who_word(w.kind(b)), w.name(a)))
                {
                    out.push(Ask { slot: "parties", stem, answer: ent(b) });
                }
            }
        }
        // An event named by a clause ("the coal mine tragedy whose victims …") cannot be asked about by
        // name: its questions are its cloze and its statement.
        Claim::Event { what, .. } if !is_name_like(what) || carries_predicate(what) => {}
        // A thing made (a selfie, a statement) is asked about with its participle ("Where was the smiley
        // selfie taken?"); an event that is neither that nor a happening is not put in a where/when frame.
        Claim::Event { what, place, date, .. } if event_nature(what) != EventNature::Happening => {
            if let EventNature::Made(made) = event_nature(what) {
                if let Some(p) = place {
                    out.push(Ask {
                        slot: "place",
                        stem: format!("{} was {what} {made}?", where_words(w.kind(p))),
                        answer: ent(p),
                    });
                }
                if let Some(d) = date_val(date.as_ref()) {
                    out.push(Ask { slot: "date", stem: made_date_stem(&d, what, made), answer: d });
                }
            }
        }
        // A planned happening is asked about as still to come: "In which city are the planned talks to be
        // held?".
        Claim::Event { what, place, date, .. } if is_planned_event(what) || is_ongoing_event(what) => {
            let (be, held) = told_as_due(what);
            if let Some(p) = place {
                let stem = format!("{} {be} {what} {held}?", where_words(w.kind(p)));
                out.push(Ask { slot: "place", stem, answer: ent(p) });
            }
            if let Some(d) = date_val(date.as_ref()) {
                let words = match &d {
                    Val::When(w) => w.question_words(),
                    _ => "On what date",
                };
                out.push(Ask { slot: "date", stem: format!("{words} {be} {what} {held}?"), answer: d });
            }
        }
        Claim::Event { what, who, place, date, .. } => {
            let date = date_val(date.as_ref());
            let past = !Words::on_past(date.as_ref()).is_empty();
            // "the start of the broadcasts" is asked with its verb: "… did the broadcasts start?".
            let (thing, base, rest) =
                verb_event(what).map_or((what.as_str(), "take", " place"), |(t, b, _)| (t, b, ""));
            if let Some(p) = place {
                let words = where_words(w.kind(p));
                out.push(Ask { slot: "place", stem: format!("{words} did {thing} {base}{rest}?"), answer: ent(p) });
            }
            if let Some(d) = date {
                let stem = match &d {
                    // "By when are the broadcasts to end?", "How often do the talks start?".
                    Val::When(w @ When::Deadline { .. }) if plural_thing(thing) => {
                        format!("{} are {thing} to {base}{rest}?", w.question_words())
                    }
                    Val::When(w @ When::Every { .. }) if plural_thing(thing) => {
                        format!("{} do {thing} {base}{rest}?", w.question_words())
                    }
                    _ => date_stem(&d, thing, base, rest),
                };
                out.push(Ask { slot: "date", stem, answer: d });
            }
            // "Which city took part in the dispute together with Japan's Prime Minister?" pairs a city with a
            // person as partners: "together with" only joins participants of one kind; beside one of another
            // kind the participant is asked for as the other party ("Besides Japan's Prime Minister Sanae
            // Takaichi, which country was a party to the dispute …?"). A city or place beside a participant of
            // another kind stands for its government ("the dispute with Beijing"): "which city was a party to
            // the dispute" reads as a trick: it is asked as the other side ("With whom did Japan's Prime
            // Minister Sanae Takaichi have the dispute over the Taiwan statements?").
            let metonym = |k: EntityKind| matches!(k, EntityKind::City | EntityKind::Place);
            // A name that counts its own parties ("the two neighbours' competition") is no partner frame's.
            let partners = !refers_to_own_parties(what);
            if partners && who.len() == 2 && w.kind(&who[0]) != w.kind(&who[1]) && metonym(w.kind(&who[1])) {
                let stem = format!("With whom did {} have {what}?", w.label(&who[0]));
                out.push(Ask { slot: "who", stem, answer: ent(&who[1]) });
            } else if !partners && who.len() == 2 && w.kind(&who[0]) == w.kind(&who[1]) {
                // "The two neighbours' competition for Seoul is between China and which country?": the name
                // counts its parties, so the frame asks who they are.
                let be = if past { "was" } else { "is" };
                let stem = format!(
                    "{} {be} between {} and which {}?",
                    capitalise(what),
                    w.label(&who[0]),
                    kind_noun(w.kind(&who[1]))
                );
                out.push(Ask { slot: "who", stem, answer: ent(&who[1]) });
            } else if partners && who.len() == 2 {
                let (asked, other) = (w.kind(&who[1]), w.label(&who[0]));
                let stem = if w.kind(&who[0]) == asked {
                    format!("{} took part in {what} together with {other}?", who_word(asked))
                } else {
                    format!("Besides {other}, {} was a party to {what}?", who_word(asked).to_lowercase())
                };
                out.push(Ask { slot: "who", stem, answer: ent(&who[1]) });
            }
        }
    }
    out.retain(|a| word_count(&a.stem) <= MAX_STEM_WORDS);
    out
}

/// Verbs that link relations to how they are ("are complex", "remain strained", "have been tense").
const COPULAS: &[&str] = &["are", "were", "is", "was", "remain", "remained", "remains", "seem", "seemed", "became"];

/// The most words after the copula of a state that reads well as "Relations between A and which B {state}?".
const MAX_STATE_WORDS: usize = 4;

/// Whether a relation's `state` reads well in the frame "Relations between A and which country {state}?":
/// a short predicate of how the relations are — a copula ("are", "have been", "remain"), then at most
/// [`MAX_STATE_WORDS`] words of an adjective phrase ("are complex", "are generally good on trade", "have
/// been strained"), with no agent ("by …"), comma or relative clause. "Were marked by disagreements behind the
/// smiley selfie" and "often suffer friction from …" do not: their fact is asked in other ways.
pub fn reads_as_state(state: &str) -> bool {
    let words: Vec<String> = state.split_whitespace().map(str::to_lowercase).collect();
    let rest = match words.as_slice() {
        [have, been, rest @ ..] if ["have", "has", "had"].contains(&have.as_str()) && been == "been" => rest,
        [copula, rest @ ..] if COPULAS.contains(&copula.as_str()) => rest,
        _ => return false,
    };
    !rest.is_empty()
        && rest.len() <= MAX_STATE_WORDS
        && !state.contains(',')
        && !rest.iter().any(|w| w == "by" || RELATIVE_WORDS.contains(&w.as_str()))
}

/// A noun for an entity kind, after "which": "country", "city", "person".
pub fn kind_noun(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Country => "country",
        EntityKind::City => "city",
        EntityKind::Place => "place",
        EntityKind::Organisation => "organisation",
        EntityKind::Group => "group",
        EntityKind::Event => "event",
        EntityKind::Document => "document",
        EntityKind::Media => "news outlet",
        EntityKind::Phrase => "phrase",
        EntityKind::Issue => "issue",
    }
}

/// The slots a true/false question may swap, with their current values, most telling first.
///
/// Only *exclusive* slots, those with one right value, so that a swapped value contradicts the article
/// rather than saying something it merely does not state: where and when a meeting or an event took place,
/// whom a dated or placed meeting was with, where a dated visit went, who holds a role named as one
/// ("the South Korean President", "Takaichi's hometown", not "a conservative leader"), how many. Never who
/// said, held or reported something (the article rarely rules another speaker out), never one side of a
/// relation or an agreement (relations with a third country are simply not stated).
pub fn swappable(claim: &Claim) -> Vec<(&'static str, Val)> {
    let ent = |id: &String| Val::Ent(id.clone());
    let mut out = Vec::new();
    match claim {
        Claim::Meeting { whom, place, date, .. } => {
            if let Some(p) = place {
                out.push(("place", ent(p)));
            }
            let date = date_val(date.as_ref());
            let dated = date.is_some();
            if let Some(d) = date {
                out.push(("date", d));
            }
            if place.is_some() || dated {
                out.push(("whom", ent(whom)));
            }
        }
        Claim::Identity { who, is, .. } => {
            if names_one(is) {
                out.push(("who", ent(who)));
            }
        }
        Claim::Visit { destination, date, .. } => {
            if let Some(d) = date_val(date.as_ref()) {
                out.push(("destination", ent(destination)));
                out.push(("date", d));
            }
        }
        // Who said, held or reported it; one side of a relation or an agreement: never exclusive.
        Claim::Statement { .. }
        | Claim::Stance { .. }
        | Claim::Report { .. }
        | Claim::Relation { .. }
        | Claim::Agenda { .. }
        | Claim::Reason { .. }
        | Claim::State { .. }
        | Claim::Passage { .. } => {}
        // When they agreed, or by when, is exclusive; swapped only with a date the article gives elsewhere.
        Claim::Agreement { date, .. } => {
            if let Some(d) = slot_date(date.as_ref()) {
                out.push(("date", Val::Date(d)));
            }
        }
        Claim::Quantity { value, .. } => out.push(("n", Val::Num(*value))),
        // An event named with its own predicate is told by that predicate ("… in East Asia are known to be
        // an intensely intricate task"): the same said of another place is not stated, not contradicted.
        Claim::Event { what, .. } if carries_predicate(what) => {}
        // Where and when it took place; never who attended a summit (the list is rarely stated complete).
        Claim::Event { place, date, .. } | Claim::Summit { place, date, .. } => {
            if let Some(p) = place {
                out.push(("place", ent(p)));
            }
            if let Some(d) = date_val(date.as_ref()) {
                out.push(("date", d));
            }
        }
    }
    out
}

/// A copy of `claim` with `slot` set to `val`; `None` if the claim has no such slot of that type.
pub fn with_slot(claim: &Claim, slot: &str, val: &Val) -> Option<Claim> {
    let mut c = claim.clone();
    let target: &mut String = match (&mut c, slot, val) {
        (Claim::Meeting { who, .. } | Claim::Visit { who, .. } | Claim::Identity { who, .. }, "who", Val::Ent(_)) => {
            who
        }
        (Claim::Meeting { whom, .. }, "whom", Val::Ent(_)) => whom,
        (
            Claim::Meeting { place: Some(p), .. }
            | Claim::Event { place: Some(p), .. }
            | Claim::Summit { place: Some(p), .. },
            "place",
            Val::Ent(_),
        ) => p,
        (Claim::Summit { host: Some(h), .. }, "host", Val::Ent(_)) => h,
        (Claim::Visit { destination, .. }, "destination", Val::Ent(_)) => destination,
        (
            Claim::Statement { speaker: s, .. } | Claim::Stance { actor: s, .. } | Claim::Report { source: s, .. },
            "subject",
            Val::Ent(_),
        ) => s,
        (
            Claim::Relation { between: list, .. } | Claim::Agreement { parties: list, .. },
            "between" | "parties",
            Val::Ent(_),
        ) if list.len() == 2 => &mut list[1],
        (
            Claim::Meeting { date: Some(d), .. }
            | Claim::Visit { date: Some(d), .. }
            | Claim::Event { date: Some(d), .. }
            | Claim::Summit { date: Some(d), .. }
            | Claim::Agreement { date: Some(d), .. },
            "date",
            Val::Date(_) | Val::When(_),
        ) => {
            *d = match val {
                Val::Date(new) => new.to_string(),
                Val::When(new) => new.to_string(),
                _ => return None,
            };
            return Some(c);
        }
        (Claim::Quantity { value, .. }, "n", Val::Num(n)) => {
            *value = *n;
            return Some(c);
        }
        _ => return None,
    };
    if let Val::Ent(id) = val {
        target.clone_from(id);
    }
    Some(c)
}

/// Every entity id a claim names, with the slot it fills.
pub fn entity_slots(claim: &Claim) -> Vec<(&'static str, &String)> {
    let mut out = Vec::new();
    match claim {
        Claim::Meeting { who, whom, place, .. } => {
            out.push(("who", who));
            out.push(("whom", whom));
            out.extend(place.iter().map(|p| ("place", p)));
        }
        Claim::Identity { who, country, .. } => {
            out.push(("who", who));
            out.extend(country.iter().map(|c| ("country", c)));
        }
        Claim::Visit { who, destination, .. } => {
            out.push(("who", who));
            out.push(("destination", destination));
        }
        Claim::Statement { speaker, quote, .. } => {
            out.push(("subject", speaker));
            out.extend(quote.iter().map(|q| ("quote", q)));
        }
        Claim::Stance { actor, issue, .. } => {
            out.push(("subject", actor));
            out.extend(issue.iter().map(|i| ("issue", i)));
        }
        Claim::Report { source, .. } => out.push(("subject", source)),
        Claim::Relation { between: list, .. } => out.extend(list.iter().map(|e| ("between", e))),
        Claim::Agreement { parties: list, .. } => out.extend(list.iter().map(|e| ("parties", e))),
        Claim::Summit { participants, host, event, place, .. } => {
            out.extend(participants.iter().map(|e| ("participants", e)));
            out.extend(host.iter().map(|h| ("host", h)));
            out.extend(event.iter().map(|e| ("event", e)));
            out.extend(place.iter().map(|p| ("place", p)));
        }
        Claim::Agenda { items, at, .. } => {
            out.extend(items.iter().map(|e| ("items", e)));
            out.extend(at.iter().map(|e| ("at", e)));
        }
        Claim::Quantity { .. } | Claim::Reason { .. } | Claim::State { .. } => {}
        Claim::Passage { names } => out.extend(names.iter().map(|e| ("names", e))),
        Claim::Event { who, place, .. } => {
            out.extend(who.iter().map(|e| ("who", e)));
            out.extend(place.iter().map(|p| ("place", p)));
        }
    }
    out
}

/// The free-text parts of a claim (predicates, noun phrases), where entity names can also occur.
pub fn claim_text(claim: &Claim) -> Vec<&str> {
    match claim {
        Claim::Meeting { .. } | Claim::Summit { .. } | Claim::Agenda { .. } | Claim::Passage { .. } => Vec::new(),
        Claim::Identity { is, .. } => vec![is],
        Claim::Visit { first, .. } => first.iter().map(String::as_str).collect(),
        Claim::Statement { said: t, .. }
        | Claim::Stance { stance: t, .. }
        | Claim::Report { says: t, .. }
        | Claim::Relation { state: t, .. }
        | Claim::Agreement { what: t, .. }
        | Claim::Event { what: t, .. } => vec![t],
        Claim::State { what, state, .. } => vec![what, state],
        Claim::Quantity { statement, question, .. } => vec![statement, question],
        Claim::Reason { act, why, .. } => vec![act, why],
    }
}

/// Whether a noun phrase names one holder: it starts with "the" or a possessive ("Japan's Prime Minister",
/// "the South Korean President"), not with "a", "one of" or "how".
pub fn names_one(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("the") || first.ends_with("'s") || first.ends_with("\u{2019}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_is_told_without_connectives_or_elaborations() {
        assert_eq!(told_state("are in turn complicated by the system"), "are complicated by the system");
        assert_eq!(told_state("are, in turn, complicated"), "are complicated");
        assert_eq!(told_state("had a friendly tone, perhaps best captured by a drum"), "had a friendly tone");
        assert_eq!(told_state("have spots, most prominently over history"), "have spots");
        assert_eq!(told_state("are tense, particularly over trade"), "are tense");
        // A list's comma stays.
        let list = "improved thanks to ties, expanding exchanges and cooperation";
        assert_eq!(told_state(list), list);
        assert_eq!(singular_state("were marked by disagreements"), "was marked by disagreements");
        assert_eq!(singular_state("have long been tense"), "has long been tense");
        assert_eq!(singular_state("often suffer friction"), "often suffers friction");
        assert_eq!(singular_state("had a friendly tone"), "had a friendly tone");
    }

    #[test]
    fn an_event_is_told_by_its_head_noun() {
        for happening in [
            "the exchange of artillery fire",
            "the “grave provocation” KCNA described",
            "Eddie Chu's election",
            "the casting of the last ballot",
            "the 2014 protests",
            "the first loudspeaker broadcast after the lull",
            "the turning of the boat toward Malaysia",
            "the planned investment forum",
            "the art exhibition",
        ] {
            assert_eq!(event_nature(happening), EventNature::Happening, "{happening}");
        }
        assert_eq!(event_nature("the smiley selfie"), EventNature::Made("taken"));
        assert_eq!(event_nature("the election poster"), EventNature::Unknown);
        assert_eq!(event_nature("the joint statement on trade"), EventNature::Made("made"));
        assert_eq!(event_nature("the Japanese colonial rule of Korea"), EventNature::Unknown);
    }

    #[test]
    fn only_a_short_state_reads_in_the_relation_frame() {
        for good in ["are complex", "are generally good on trade", "have been strained", "remain tense"] {
            assert!(reads_as_state(good), "{good}");
        }
        for bad in [
            "were marked by disagreements behind the smiley selfie",
            "often suffer friction from issues related to history and security",
            "are particularly touchy when it comes to colonial history",
            "are in turn complicated by the US-led security system",
        ] {
            assert!(!reads_as_state(bad), "{bad}");
        }
    }

    #[test]
    fn an_event_named_by_its_verb_is_told_with_the_verb() {
        assert_eq!(verb_event("the start of the broadcasts"), Some(("the broadcasts", "start", "started")));
        assert_eq!(verb_event("The end of the war"), Some(("the war", "end", "ended")));
        assert_eq!(verb_event("the exchange of artillery fire"), None);
        assert_eq!(verb_event("the start of "), None);
        assert!(plural_thing("the broadcasts") && !plural_thing("the war") && !plural_thing("the crisis"));
    }
}

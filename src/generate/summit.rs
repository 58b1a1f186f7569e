//! Summits, agenda items and agreements of several parties (version 2), and places inside places.
//!
//! Rules kept:
//! * a Summit asks who hosted it, where and when it was held, its date in any version-2 form (a day with or
//!   without its year, a month, a year, a span, a day relative to the dateline, a deadline, a recurrence);
//!   its stems name the event or the participants, so two summits never share a stem with different answers.
//!   "X attended {event}" is asked true for a participant, and false for another entity of the participants'
//!   kind only when the participant list is complete: the evidence states their number in words ("the three
//!   leaders") equal to the list's length. Only then, too, "Which of these leaders attended {event}?" (or,
//!   with fewer than three others of their kind, "… did not attend …?") is asked: a name missing from an
//!   incomplete list is unstated, not absent. Three or more participants with distinct roles (or countries)
//!   give a matching of participant to role.
//! * an Agenda asks "Which issue was on the agenda of {event}?" (planned: "… is to be discussed at …?") once per event (from its first Agenda fact),
//!   among Issues on no agenda of that event; it has no false version (the schema cannot say an issue was
//!   *not* discussed).
//! * an Agreement of a version-2 sheet asks "What did X and Y agree to do?" when the sheet has at least three
//!   agreements, among the `what` of agreements whose parties do not include all of this one's (or whose
//!   stated dates differ, when the stem names this one's date), and only when no other agreement of the same parties and date would give
//!   the same stem; three or more parties of one kind give "Which country agreed with X and Y to …?".
//! * a place that contains or lies within another ([`nested`]) never stands in for it as a distractor or
//!   in a false statement.

use super::phrasing::{Ask, Val, Words, date_val, fitted_stem, is_name_like, kind_noun, where_words, who_word};
use super::{Gen, question, spread};
use crate::pack::{Claim, EntityKind, Fact, Pack, When, slot_date};
use crate::question::{Body, Broader, Question, QuestionKind};
use crate::text::fold;

/// Number words a Summit's evidence may state its participants' count with (index + 2 participants).
const COUNT_WORDS: [&str; 9] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// The places `id` lies within, nearest first (`camp-david` → `maryland`, `us`); stops at a loop.
pub fn containers(pack: &Pack, id: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut at = pack.entity(id).and_then(|e| e.within.clone());
    while let Some(next) = at {
        if next == id || out.contains(&next) {
            break;
        }
        at = pack.entity(&next).and_then(|e| e.within.clone());
        out.push(next);
    }
    out
}

/// The places a Where question's answer `id` lies within, as partial answers with the note the learner
/// sees ("Camp David is in Maryland — be more precise.").
pub fn broader(pack: &Pack, id: &str) -> Vec<Broader> {
    containers(pack, id)
        .iter()
        .filter_map(|c| pack.entity(c))
        .map(|c| Broader {
            names: std::iter::once(&c.name).chain(&c.aliases).cloned().collect(),
            note: format!("{} is in {} — be more precise.", pack.name(id), c.name),
        })
        .collect()
}

/// Whether one of `a` and `b` lies within the other (directly or through other places).
pub fn nested(pack: &Pack, a: &str, b: &str) -> bool {
    lies_within(pack, a, b) || lies_within(pack, b, a)
}

/// Whether `container` is one of [`containers`] of `id`: the same walk up `within`, stopping where it
/// would, without writing the list out (every distractor of a place is tested against its answer).
fn lies_within(pack: &Pack, id: &str, container: &str) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    let mut at = pack.entity(id).and_then(|e| e.within.as_deref());
    while let Some(next) = at {
        if next == id || seen.contains(&next) {
            break;
        }
        if next == container {
            return true;
        }
        at = pack.entity(next).and_then(|e| e.within.as_deref());
        seen.push(next);
    }
    false
}

/// The name of the Event entity `event`, when it can stand as a name in a stem.
fn event_name(w: &Words, event: Option<&String>) -> Option<String> {
    event.map(|e| w.name(e)).filter(|n| is_name_like(n))
}

/// Whether the folded `text` names entity `id` by its name or an alias.
fn names(w: &Words, text: &str, id: &str) -> bool {
    let padded = format!(" {} ", fold(text));
    w.pack.entity(id).is_some_and(|e| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| fold(n))
            .any(|n| !n.is_empty() && padded.contains(&format!(" {n} ")))
    })
}

/// The statement of a Summit or an Agenda claim. A Summit with a place is said with its place (so a
/// swapped place makes a plain false sentence), without one with its event.
pub(super) fn sentence(w: &Words, claim: &Claim) -> String {
    match claim {
        Claim::Summit { participants, event, place, date, .. } => {
            let at = match (place, event) {
                (Some(_), _) | (None, None) => w.in_place(place.as_ref()),
                (None, Some(e)) => format!(" at {}", w.name(e)),
            };
            let date = date_val(date.as_ref());
            let verb = match &date {
                Some(Val::When(When::Every { .. })) => "meet",
                Some(Val::When(When::Deadline { .. })) => "are to meet",
                _ => "met",
            };
            format!("{} {verb}{at}{}.", w.and_list(participants), Words::on_val(date.as_ref()))
        }
        Claim::Agenda { items, at, planned } => {
            let plural = |id: &String| {
                let name = w.name(id);
                name.ends_with('s') && !name.ends_with("ss") && !name.ends_with("us")
            };
            let many = items.len() > 1 || items.first().is_some_and(plural);
            // An agenda to come is told as one: "Food aid is to be discussed at the summit."
            if *planned {
                let verb = if many { "are" } else { "is" };
                let at = at.as_ref().map(|e| format!(" at {}", w.name(e))).unwrap_or_default();
                return format!("{} {verb} to be discussed{at}.", w.and_list(items));
            }
            let verb = if many { "were" } else { "was" };
            let of = at.as_ref().map(|e| format!(" of {}", w.name(e))).unwrap_or_default();
            format!("{} {verb} on the agenda{of}.", w.and_list(items))
        }
        _ => String::new(),
    }
}

/// The slot questions of a Summit: who hosted it, where and when it was held. An Agenda's question has
/// several right answers among its items, so it is built by [`extra`] instead. The date is read in every
/// form a version-2 sheet may write ([`date_val`]) and asked with the form's own question words ("In which
/// month was … held?", "On which day …", "How often is … held?", "By when is … to be held?"); a stem naming
/// the date for context names it only when it happened (a recurrence or a deadline does not fit "Who hosted
/// … on …?").
pub(super) fn asks(w: &Words, claim: &Claim) -> Vec<Ask> {
    let Claim::Summit { participants, host, event, place, date } = claim else { return Vec::new() };
    let ent = |id: &String| Val::Ent(id.clone());
    let date = date_val(date.as_ref());
    let on = on_past(date.as_ref());
    let event = event_name(w, event.as_ref());
    let list = w.and_list(participants);
    let mut out = Vec::new();
    if let Some(h) = host {
        let who = who_word(w.kind(h));
        let others: Vec<String> = participants.iter().filter(|p| *p != h).cloned().collect();
        let stem = match &event {
            Some(e) if !names(w, e, h) => Some(format!("{who} hosted {e}?")),
            _ if !others.is_empty() => {
                Some(format!("{who} hosted {}{}{on}?", w.and_list(&others), w.in_place(place.as_ref())))
            }
            _ => None,
        };
        out.extend(stem.map(|stem| Ask { slot: "host", stem, answer: ent(h) }));
    }
    if let Some(p) = place {
        let stem = match &event {
            Some(e) if !names(w, e, p) => format!("{} was {e} held?", where_words(w.kind(p))),
            _ => format!("{} did {list} meet{on}?", where_words(w.kind(p))),
        };
        out.push(Ask { slot: "place", stem, answer: ent(p) });
    }
    if let Some(d) = date {
        let stem = match &event {
            Some(e) => held_stem(&d, e),
            None => met_stem(&d, &list, &w.in_place(place.as_ref())),
        };
        out.push(Ask { slot: "date", stem, answer: d });
    }
    out
}

/// " on August 18", " in March 2023", " yesterday" for a date that happened; "" for a recurrence or a
/// deadline, and for no date.
fn on_past(date: Option<&Val>) -> String {
    match date {
        Some(Val::When(When::Every { .. } | When::Deadline { .. })) => String::new(),
        _ => Words::on_val(date),
    }
}

/// The question asking when the summit named `event` was held, in the words of the date's form.
fn held_stem(date: &Val, event: &str) -> String {
    match date {
        Val::When(w @ When::Every { .. }) => format!("{} is {event} held?", w.question_words()),
        Val::When(w @ When::Deadline { .. }) => format!("{} is {event} to be held?", w.question_words()),
        Val::When(w) => format!("{} was {event} held?", w.question_words()),
        _ => format!("On what date was {event} held?"),
    }
}

/// The question asking when the participants `list` met (`at`: " in Seoul" or ""), in the words of the
/// date's form.
fn met_stem(date: &Val, list: &str, at: &str) -> String {
    match date {
        Val::When(w @ When::Every { .. }) => format!("{} do {list} meet{at}?", w.question_words()),
        Val::When(w @ When::Deadline { .. }) => format!("{} are {list} to meet{at}?", w.question_words()),
        Val::When(w) => format!("{} did {list} meet{at}?", w.question_words()),
        _ => format!("On what date did {list} meet{at}?"),
    }
}

/// "Which country agreed with A and B to …?" for an agreement of three or more parties of one kind.
pub(super) fn agreement_asks(w: &Words, parties: &[String], what: &str, reported: bool) -> Vec<Ask> {
    let Some((last, rest)) = parties.split_last() else { return Vec::new() };
    let kind = w.kind(last);
    if parties.iter().any(|p| w.kind(p) != kind) {
        return Vec::new();
    }
    let verb = if reported { "has reportedly agreed" } else { "agreed" };
    fitted_stem(what, |p| format!("{} {verb} with {} {p}?", who_word(kind), w.and_list(rest)))
        .map(|stem| Ask { slot: "parties", stem, answer: Val::Ent(last.clone()) })
        .into_iter()
        .collect()
}

/// The questions of a fact that are not one slot's: a Summit's host and attendance statements, its "which of
/// these attended" choice and its matching of participants to their roles, an Agenda's multiple choice, an
/// Agreement's "what did they agree to do?".
pub fn extra(g: &Gen, fact: &Fact) -> Vec<Question> {
    match &fact.claim {
        Claim::Summit { participants, host, event, .. } => {
            let mut out = Vec::new();
            if let Some(e) = event.as_ref().and_then(|e| event_name(&Words { pack: g.pack }, Some(e))) {
                out.extend(host_pair(g, fact, participants, host.as_ref(), &e));
                out.extend(attendance_pair(g, fact, participants, host.as_ref(), &e));
                out.extend(attendance_choice(g, fact, participants, &e));
                out.extend(roles_matching(g, fact, participants, &e));
            }
            out
        }
        Claim::Agenda { items, at: Some(at), planned } => {
            agenda_choice(g, fact, items, at, *planned).into_iter().collect()
        }
        Claim::Agreement { parties, what, date, .. } if g.pack.sheet.version >= 2 => {
            agreement_choice(g, fact, parties, what, date.as_deref()).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

fn tf(fact: &Fact, suffix: &str, prompt: String, answer: bool) -> Question {
    question(format!("{}.tf.{suffix}", fact.id), QuestionKind::Tf, prompt, Body::TrueFalse { answer }, &[fact])
}

/// "X hosted {event}." true, and false for another participant of the host's kind (a summit has one host).
fn host_pair(g: &Gen, fact: &Fact, participants: &[String], host: Option<&String>, event: &str) -> Vec<Question> {
    let Some(h) = host else { return Vec::new() };
    let mut out = vec![tf(fact, "host", format!("{} hosted {event}.", g.pack.name(h)), true)];
    if let Some(other) = participants.iter().find(|p| *p != h && g.kind(p) == g.kind(h)) {
        out.push(tf(fact, "host-false", format!("{} hosted {event}.", g.pack.name(other)), false));
    }
    out
}

/// Whether the evidence states the participants' number in words or digits, so the list is complete.
pub fn complete(evidence: &str, participants: usize) -> bool {
    let padded = format!(" {} ", fold(evidence));
    let word = participants.checked_sub(2).and_then(|i| COUNT_WORDS.get(i));
    word.is_some_and(|w| padded.contains(&format!(" {w} "))) || padded.contains(&format!(" {participants} "))
}

/// "X attended {event}." true for a participant who is not the host, and false for an entity of the
/// participants' grain that is not one of them, only when the list is [`complete`].
fn attendance_pair(g: &Gen, fact: &Fact, participants: &[String], host: Option<&String>, event: &str) -> Vec<Question> {
    let mut out = Vec::new();
    let Some(guest) = participants.iter().find(|p| Some(*p) != host) else { return out };
    out.push(tf(fact, "attended", format!("{} attended {event}.", g.pack.name(guest)), true));
    if !complete(&fact.evidence, participants.len()) {
        return out;
    }
    if let Some(a) = absentees(g, participants, guest).first() {
        out.push(tf(fact, "absent", format!("{} attended {event}.", a.name), false));
    }
    out
}

/// The entities of `guest`'s grain that are not among `participants` (nor a group), in sheet order: who
/// did not attend, when the participant list is [`complete`].
fn absentees<'p>(g: &'p Gen, participants: &[String], guest: &str) -> Vec<&'p crate::pack::Entity> {
    let want = g.pack.entity(guest).map(|e| g.truths.grain(e));
    g.pack
        .sheet
        .entities
        .iter()
        .filter(|e| !participants.contains(&e.id) && Some(g.truths.grain(e)) == want && e.kind != EntityKind::Group)
        .collect()
}

/// What the participants are called, singular and plural: "leader" for persons who all lead or belong to a
/// country (`Entity::country`), "participant" for other persons, else the participants' kind ("country").
fn participants_noun(g: &Gen, participants: &[String]) -> (String, String) {
    let entities: Vec<&crate::pack::Entity> = participants.iter().filter_map(|p| g.pack.entity(p)).collect();
    let kind = entities.first().map_or(EntityKind::Person, |e| e.kind);
    let noun = match kind {
        EntityKind::Person if entities.iter().all(|e| e.country.is_some()) => "leader",
        EntityKind::Person => "participant",
        other => kind_noun(other),
    };
    let plural = match noun.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{noun}s"),
    };
    (noun.to_string(), plural)
}

/// "Which of these leaders attended {event}?" (one participant among three entities of its grain that did
/// not attend) or, with fewer than three such entities, "Which of these leaders did not attend {event}?"
/// (three participants and one that did not). Only when the participant list is [`complete`]: otherwise
/// someone not listed may have attended, unstated rather than absent. The participants are of one kind.
fn attendance_choice(g: &Gen, fact: &Fact, participants: &[String], event: &str) -> Option<Question> {
    if !complete(&fact.evidence, participants.len()) {
        return None;
    }
    let kind = g.kind(participants.first()?)?;
    if participants.iter().any(|p| g.kind(p) != Some(kind)) {
        return None;
    }
    let absent = absentees(g, participants, participants.first()?);
    let (_, noun) = participants_noun(g, participants);
    let name = |id: &String| g.pack.name(id).to_string();
    let (suffix, stem, mut options) = if absent.len() >= 3 {
        let mut options = vec![name(participants.first()?)];
        options.extend(absent.iter().take(3).map(|e| e.name.clone()));
        ("attended", format!("Which of these {noun} attended {event}?"), options)
    } else if participants.len() >= 3 {
        let mut options = vec![absent.first()?.name.clone()];
        options.extend(participants.iter().take(3).map(name));
        ("absent", format!("Which of these {noun} did not attend {event}?"), options)
    } else {
        return None;
    };
    let id = format!("{}.mc.{suffix}", fact.id);
    let correct = spread(&mut options, &id);
    Some(question(id, QuestionKind::Mc, stem, Body::Choice { options, correct }, &[fact]))
}

/// "Match each leader at {event} to their role.": the participants that have a role (or else a country),
/// when at least three have distinct ones; at most five pairs.
fn roles_matching(g: &Gen, fact: &Fact, participants: &[String], event: &str) -> Option<Question> {
    let entities: Vec<&crate::pack::Entity> = participants.iter().filter_map(|p| g.pack.entity(p)).collect();
    let distinct = |pairs: &[(String, String)]| {
        let mut rights: Vec<String> = pairs.iter().map(|(_, r)| fold(r)).collect();
        rights.sort_unstable();
        rights.dedup();
        rights.len() == pairs.len() && pairs.len() >= 3
    };
    let pairs_of = |part: &dyn Fn(&crate::pack::Entity) -> Option<String>| -> Vec<(String, String)> {
        entities.iter().filter_map(|e| Some((e.name.clone(), part(e)?))).take(5).collect()
    };
    let roles = pairs_of(&|e| e.role.clone());
    let countries = pairs_of(&|e| e.country.as_ref().and_then(|c| g.pack.entity(c)).map(|c| c.name.clone()));
    let (what, slot, pairs) = if distinct(&roles) {
        ("role", "roles", roles)
    } else if distinct(&countries) {
        ("country", "countries", countries)
    } else {
        return None;
    };
    let (singular, _) = participants_noun(g, participants);
    let id = format!("{}.match.{slot}", fact.id);
    let (left, mut right): (Vec<String>, Vec<String>) = pairs.into_iter().unzip();
    let pairs = super::spread_pairs(&mut right, &id);
    let stem = format!("Match each {singular} at {event} to their {what}.");
    Some(question(id, QuestionKind::Match, stem, Body::Match { left, right, pairs }, &[fact]))
}

/// "Which issue was on the agenda of {event}?" ("… is to be discussed at {event}?" of a planned agenda):
/// from the first Agenda fact of that event only, its first
/// item right, three Issues on no agenda of that event wrong.
fn agenda_choice(g: &Gen, fact: &Fact, items: &[String], at: &String, planned: bool) -> Option<Question> {
    let w = Words { pack: g.pack };
    let event = event_name(&w, Some(at))?;
    let agendas: Vec<&Fact> = g
        .pack
        .sheet
        .facts
        .iter()
        .filter(|f| matches!(&f.claim, Claim::Agenda { at: Some(a), .. } if a == at))
        .collect();
    if agendas.first().map(|f| f.id.as_str()) != Some(fact.id.as_str()) {
        return None;
    }
    let on: Vec<&String> = agendas
        .iter()
        .flat_map(|f| match &f.claim {
            Claim::Agenda { items, .. } => items.iter().collect(),
            _ => Vec::new(),
        })
        .collect();
    let answer = items.first()?;
    let kind = g.kind(answer)?;
    let mut options = vec![g.pack.name(answer).to_string()];
    for e in &g.pack.sheet.entities {
        if options.len() == 4 {
            break;
        }
        if e.kind == kind && !on.contains(&&e.id) && !g.truths.is_metadata(&e.id) && !options.contains(&e.name) {
            options.push(e.name.clone());
        }
    }
    if options.len() < 4 {
        return None;
    }
    let id = format!("{}.mc.items", fact.id);
    let correct = spread(&mut options, &id);
    let stem = if planned {
        format!("{} is to be discussed at {event}?", who_word(kind))
    } else {
        format!("{} was on the agenda of {event}?", who_word(kind))
    };
    Some(question(id, QuestionKind::Mc, stem, Body::Choice { options, correct }, &[fact]))
}

/// The phrase a date slot adds to a stem: " by the end of 2023", " every year", " on August 18", " in 2023".
fn date_phrase(date: &str) -> String {
    let d = date.trim();
    let lower = d.to_lowercase();
    let bare = ["by ", "every ", "each ", "at least ", "on ", "in "].iter().any(|p| lower.starts_with(p))
        || ["annually", "weekly", "monthly", "yesterday", "today"].contains(&lower.as_str());
    if bare {
        format!(" {d}")
    } else if slot_date(Some(&d.to_string())).is_some() {
        format!(" on {d}")
    } else {
        format!(" in {d}")
    }
}

/// The set of parties, order aside.
fn party_set(parties: &[String]) -> Vec<&str> {
    let mut set: Vec<&str> = parties.iter().map(String::as_str).collect();
    set.sort_unstable();
    set
}

/// "What did X and Y agree to do[ by …]?" among other agreements' `what` (see the module rules).
fn agreement_choice(g: &Gen, fact: &Fact, parties: &[String], what: &str, date: Option<&str>) -> Option<Question> {
    let w = Words { pack: g.pack };
    let agreements: Vec<(&Fact, &[String], &str, Option<&str>)> = g
        .pack
        .sheet
        .facts
        .iter()
        .filter_map(|f| match &f.claim {
            Claim::Agreement { parties, what, date, .. } => {
                Some((f, parties.as_slice(), what.as_str(), date.as_deref()))
            }
            _ => None,
        })
        .collect();
    if agreements.len() < 3 {
        return None;
    }
    let mine = party_set(parties);
    let same_stem = |p: &[String], d: Option<&str>| party_set(p) == mine && d.map(fold) == date.map(fold);
    if agreements.iter().any(|(f, p, _, d)| f.id != fact.id && same_stem(p, *d)) {
        return None;
    }
    let mut options = vec![what.to_string()];
    for (f, p, other, d) in &agreements {
        // An agreement of these parties and more is theirs too: never offered as wrong.
        let includes_mine = mine.iter().all(|m| p.iter().any(|x| x == m));
        let differs = !includes_mine || matches!((date, d), (Some(a), Some(b)) if fold(a) != fold(b));
        if f.id != fact.id && differs && !options.iter().any(|o| fold(o) == fold(other)) {
            options.push((*other).to_string());
        }
    }
    if options.len() < 3 {
        return None;
    }
    options.truncate(4);
    let stem = format!("What did {} agree to do{}?", w.and_list(parties), date.map(date_phrase).unwrap_or_default());
    let id = format!("{}.mc.what", fact.id);
    let correct = spread(&mut options, &id);
    Some(question(id, QuestionKind::Mc, stem, Body::Choice { options, correct }, &[fact]))
}

//! Timeline ordering: events, meetings and summits the article dates (or events it places in an earlier era),
//! earliest first.
//! Items in one question never share a date or an era, so exactly one order is right. Every item is named
//! as an event: an event the sheet describes by a clause ("the coal mine tragedy whose victims …") takes the
//! name of the one event entity its evidence mentions ("The Chosei Coal Mine tragedy"), and is left out
//! when there is none. Metadata facts are never items.

use std::collections::BTreeMap;

use super::cloze::find_word;
use super::phrasing::{capitalise, is_name_like};
use super::{Gen, is_metadata, question, short_hash, spread_order};
use crate::pack::{Claim, EntityKind, Fact, When as When2, slot_date, slot_when};
use crate::question::{Body, Question, QuestionKind};

/// A point of a timeline: (year, month, day), the year `None` for a day the article states without one when
/// the sheet has no dateline.
type Point = (Option<i32>, u8, u8);

/// When an item happened: eras before the article's dated events, dates in calendar order. A dated item
/// covers the time from `from` to `to`: a day is one point, a month, a year or a span of years all their days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum When {
    Era(u32),
    Date { from: Point, to: Point },
}

impl When {
    /// The time a date slot covers: a day (a day stated without a year takes the dateline's year when there
    /// is one), a month, a year, a span by its years, a relative day resolved against the dateline. `None`
    /// for deadlines and recurrences, which never stand in a timeline.
    fn of(g: &Gen, date: Option<&String>) -> Option<Self> {
        let line = g.dateline();
        if let Some(d) = slot_date(date) {
            let at = (line.map(|l| l.year), d.month, d.day);
            return Some(Self::Date { from: at, to: at });
        }
        let (from, to) = match slot_when(date)? {
            When2::Month { month, year } => ((year, month, 1), (year, month, 31)),
            When2::Year(y) => ((y, 1, 1), (y, 12, 31)),
            When2::Span { from, to } => ((from, 1, 1), (to, 12, 31)),
            w => {
                let at = w.timeline_key(line.map(|l| l.year), line)?;
                (at, at)
            }
        };
        Some(Self::Date { from: (Some(from.0), from.1, from.2), to: (Some(to.0), to.1, to.2) })
    }

    /// Whether this time is wholly before `later`, so the two have one order.
    fn before(self, later: Self) -> bool {
        match (self, later) {
            (Self::Era(a), Self::Era(b)) => a < b,
            (Self::Era(_), Self::Date { .. }) => true,
            (Self::Date { .. }, Self::Era(_)) => false,
            (Self::Date { to, .. }, Self::Date { from, .. }) => to < from && (to.0.is_some() == from.0.is_some()),
        }
    }
}

/// The name of the event `what` describes: `what` itself when it reads as a name, else the name of the one
/// event entity the fact's evidence mentions whose head noun (its last word) `what` also uses ("tragedy").
fn event_name(g: &Gen, fact: &Fact, what: &str) -> Option<String> {
    if is_name_like(what) {
        return Some(what.to_string());
    }
    let mentioned: Vec<&str> = g
        .pack
        .entities_of(EntityKind::Event)
        .filter(|e| {
            std::iter::once(&e.name).chain(&e.aliases).any(|n| find_word(&fact.evidence, n).is_some())
                && e.name.split_whitespace().last().is_some_and(|head| find_word(what, head).is_some())
        })
        .map(|e| e.name.as_str())
        .collect();
    match mentioned.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

fn item(g: &Gen, fact: &Fact) -> Option<(When, String)> {
    if is_metadata(&fact.topics) {
        return None;
    }
    match &fact.claim {
        Claim::Meeting { who, whom, place, date } => {
            let when = When::of(g, date.as_ref())?;
            let at = place.as_ref().map(|p| format!(" in {}", g.pack.name(p))).unwrap_or_default();
            Some((when, format!("{} meets {}{at}", g.pack.name(who), g.pack.name(whom))))
        }
        // A summit by the event that names it ("The trilateral summit"), else by who met where.
        Claim::Summit { participants, event, place, date, .. } => {
            let when = When::of(g, date.as_ref())?;
            let label = if let Some(name) = event.as_ref().map(|e| g.pack.name(e)).filter(|n| is_name_like(n)) {
                capitalise(name)
            } else {
                let names: Vec<&str> = participants.iter().map(|p| g.pack.name(p)).collect();
                let list = match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                    _ => names.join(""),
                };
                let at = place.as_ref().map(|p| format!(" in {}", g.pack.name(p))).unwrap_or_default();
                format!("{list} meet{at}")
            };
            Some((when, label))
        }
        // A thing to come did not happen: it stands in no order of things that happened.
        Claim::Event { what, .. } if super::phrasing::is_planned_event(what) => None,
        Claim::Event { what, date, era, .. } => {
            let when = match (When::of(g, date.as_ref()), era) {
                (Some(w), _) => w,
                (None, Some(e)) => When::Era(*e),
                (None, None) => return None,
            };
            Some((when, capitalise(&event_name(g, fact, what)?)))
        }
        _ => None,
    }
}

/// Every ordering question of the pack: one item from each distinct time, rotating through the items
/// that share a time, at most five items a question.
pub fn all(g: &Gen) -> Vec<Question> {
    let mut groups: BTreeMap<When, Vec<(String, &Fact)>> = BTreeMap::new();
    for fact in &g.pack.sheet.facts {
        if let Some((when, label)) = item(g, fact) {
            let slot = groups.entry(when).or_default();
            if !slot.iter().any(|(l, _)| *l == label) {
                slot.push((label, fact));
            }
        }
    }
    // Keep only times wholly after the last one kept, so the items of a question have exactly one order
    // (a day of 2023 is not put beside "2023"; a day without a year never beside one with a year).
    let mut kept: Vec<(When, Vec<(String, &Fact)>)> = Vec::new();
    for (when, items) in groups {
        if kept.last().is_none_or(|(last, _)| last.before(when)) {
            kept.push((when, items));
        }
    }
    let groups: Vec<Vec<(String, &Fact)>> = kept.into_iter().map(|(_, items)| items).collect();
    if groups.len() < 3 {
        return Vec::new();
    }
    let rounds = groups.iter().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<Question> = Vec::new();
    for round in 0..rounds {
        for window in groups.chunks(5).filter(|w| w.len() >= 3) {
            let picked: Vec<&(String, &Fact)> = window.iter().map(|g| &g[round % g.len()]).collect();
            let mut ids: Vec<&str> = picked.iter().map(|(_, f)| f.id.as_str()).collect();
            ids.sort_unstable();
            let id = format!("order.timeline.{}", short_hash(&ids.join(",")));
            if out.iter().any(|q| q.id == id) {
                continue;
            }
            let mut items: Vec<String> = picked.iter().map(|(l, _)| l.clone()).collect();
            let order = spread_order(&mut items, &id);
            let facts: Vec<&Fact> = picked.iter().map(|(_, f)| *f).collect();
            let prompt = "Put these events in the order they happened, earliest first.".to_string();
            out.push(question(id, QuestionKind::Order, prompt, Body::Order { items, order }, &facts));
        }
    }
    out
}

//! Wrong answers that look right: same semantic type as the answer, false according to the article.
//!
//! Candidates come first from the article's own entities and dates: entities the article gives for the
//! same slot of another fact first (another meeting's city for a meeting's city), then the most mentioned.
//! A candidate entity shares the answer's *type and granularity* ([`Grain`]: its kind, whether it belongs to
//! a country — a leader beside leaders, a site beside sites — and whether it is article metadata such as the
//! writer or a photo credit). For the catch-all kinds ([`is_loose`]: places, groups, issues, …) it must also
//! fill the same slot in another fact, so a mine is never offered beside a region. A candidate is refused
//! when putting it in the slot yields a statement some fact of the pack makes (it would be true), or when
//! it is the answer under another name.

use std::collections::{BTreeMap, BTreeSet};

use super::phrasing::{Val, claim_text, date_val, entity_slots, statement, with_slot};
use crate::pack::when::{Period, Relative, WEEKDAYS};
use crate::pack::{Claim, Dateline, Entity, EntityKind, MonthDay, Pack, Topic, When, slot_date};
use crate::text::fold;

/// What the pack states, for telling a false variant from a true one, and how often each entity appears.
pub struct Truths {
    statements: BTreeSet<String>,
    mentions: BTreeMap<String, usize>,
    dates: Vec<MonthDay>,
    /// The version-2 dates the pack states, in sheet order, without repeats.
    whens: Vec<When>,
    /// Entity id → the country it belongs to or leads (from `Entity::country` and Identity facts).
    countries: BTreeMap<String, String>,
    /// Entity id → its name and aliases, folded (folding is the costly part of comparing names).
    names: BTreeMap<String, Vec<String>>,
    /// Slot name → the entities that fill it in some fact ("place" → Beijing, Nara, East Asia, …).
    fillers: BTreeMap<&'static str, BTreeSet<String>>,
    /// Entities that belong to the article's metadata (writer, photo credit): see [`metadata_entities`].
    metadata: BTreeSet<String>,
}

impl Truths {
    /// Collects the statements of every fact of `pack`.
    pub fn new(pack: &Pack) -> Self {
        let mut mentions = BTreeMap::new();
        let mut dates = BTreeSet::new();
        let mut whens: Vec<When> = Vec::new();
        let mut fillers: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
        for fact in &pack.sheet.facts {
            for (slot, id) in entity_slots(&fact.claim) {
                *mentions.entry(id.clone()).or_insert(0) += 1;
                fillers.entry(slot).or_default().insert(id.clone());
            }
            if let Claim::Meeting { date, .. } | Claim::Visit { date, .. } | Claim::Event { date, .. } = &fact.claim {
                dates.extend(slot_date(date.as_ref()));
                if let Some(Val::When(w)) = date_val(date.as_ref())
                    && !whens.contains(&w)
                {
                    whens.push(w);
                }
            }
        }
        let statements = pack.sheet.facts.iter().map(|f| statement(pack, &f.claim)).collect();
        let mut countries: BTreeMap<String, String> =
            pack.sheet.entities.iter().filter_map(|e| Some((e.id.clone(), e.country.clone()?))).collect();
        for fact in &pack.sheet.facts {
            if let Claim::Identity { who, country: Some(c), .. } = &fact.claim {
                countries.insert(who.clone(), c.clone());
            }
        }
        let names = pack
            .sheet
            .entities
            .iter()
            .map(|e| (e.id.clone(), std::iter::once(&e.name).chain(&e.aliases).map(|n| fold(n)).collect()))
            .collect();
        let metadata = metadata_entities(pack);
        Self { statements, mentions, dates: dates.into_iter().collect(), whens, countries, names, fillers, metadata }
    }

    /// Whether some fact of the pack states this version-2 date.
    pub fn states(&self, when: &When) -> bool {
        self.whens.contains(when)
    }

    /// Whether the pack states this claim. Statements are rendered by one function, so the same claim
    /// always renders to the same sentence.
    pub fn holds(&self, pack: &Pack, claim: &Claim) -> bool {
        self.statements.contains(&statement(pack, claim))
    }
}

impl Truths {
    /// Every name a learner could use for an entity, folded; empty for an unknown id.
    pub fn names(&self, id: &str) -> &[String] {
        self.names.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether the entity is article metadata (the writer, a photo credit), never a distractor for others.
    pub fn is_metadata(&self, id: &str) -> bool {
        self.metadata.contains(id)
    }

    /// The type and granularity of an entity, which every distractor and every swapped value shares.
    pub fn grain(&self, e: &Entity) -> Grain {
        Grain { kind: e.kind, in_country: e.country.is_some(), metadata: self.is_metadata(&e.id) }
    }

    /// Whether some fact names `id` in the slot `slot`.
    pub fn fills(&self, slot: &str, id: &str) -> bool {
        self.fillers.get(slot).is_some_and(|ids| ids.contains(id))
    }
}

/// The type and granularity of an entity: two entities of one `Grain` can stand in for each other as
/// answers. A person who leads or belongs to a country (a leader) is not offered beside a writer; a site in
/// a country (a coal mine, a residence) not beside a region or an island; metadata (the byline, a photo
/// credit) not beside what the article is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grain {
    /// The entity kind.
    pub kind: EntityKind,
    /// Whether the entity belongs to or leads a country (`Entity::country`).
    pub in_country: bool,
    /// Whether the entity is article metadata ([`metadata_entities`]).
    pub metadata: bool,
}

/// Kinds that gather entities of different types (a building, a mine and a region are all places; an issue
/// may be a system or a topic): a value of such a kind stands in for another only when the article gives it
/// for the same slot of another fact.
pub fn is_loose(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Place
            | EntityKind::Group
            | EntityKind::Event
            | EntityKind::Document
            | EntityKind::Phrase
            | EntityKind::Issue
    )
}

/// Whether a topic is about the article itself rather than its subject: its id or its name is one of
/// [`super::METADATA_TOPICS`] (the one list, see [`super::is_metadata_topic`]).
pub fn is_metadata_topic(topic: &Topic) -> bool {
    super::is_metadata_topic(&topic.id) || super::is_metadata_topic(&topic.name)
}

/// The entities that are article metadata: a person, outlet or organisation named in the byline (the
/// sheet's `source`), or an entity every fact naming it is only about the article (all its topics are
/// metadata topics, [`is_metadata_topic`]) — the writer, the photographer, the photo source.
pub fn metadata_entities(pack: &Pack) -> BTreeSet<String> {
    let meta_topics: BTreeSet<&str> =
        pack.sheet.topics.iter().filter(|t| is_metadata_topic(t)).map(|t| t.id.as_str()).collect();
    let is_meta_fact =
        |topics: &[String]| !topics.is_empty() && topics.iter().all(|t| meta_topics.contains(t.as_str()));
    let mut named: BTreeMap<&str, bool> = BTreeMap::new();
    for fact in &pack.sheet.facts {
        let meta = is_meta_fact(&fact.topics);
        for (_, id) in entity_slots(&fact.claim) {
            let all = named.entry(id.as_str()).or_insert(true);
            *all &= meta;
        }
    }
    let byline = format!(" {} ", fold(&pack.sheet.source));
    pack.sheet
        .entities
        .iter()
        .filter(|e| {
            let in_byline = matches!(e.kind, EntityKind::Person | EntityKind::Media | EntityKind::Organisation)
                && std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| fold(n))
                    .any(|n| !n.is_empty() && byline.contains(&format!(" {n} ")));
            in_byline || named.get(e.id.as_str()).copied().unwrap_or(false)
        })
        .map(|e| e.id.clone())
        .collect()
}

/// Same-type values that make `claim` false when put in `slot` instead of `answer`, best first. Lazy:
/// callers take what they need (three for multiple choice, one for true/false).
pub fn candidates<'a>(
    pack: &'a Pack,
    truths: &'a Truths,
    claim: &'a Claim,
    slot: &'a str,
    answer: &Val,
) -> impl Iterator<Item = Val> + 'a {
    let raw: Vec<Val> = match answer {
        Val::Ent(id) => entity_candidates(pack, truths, slot, id),
        Val::Date(d) => date_candidates(truths, *d),
        Val::Num(n) => number_candidates(*n).into_iter().map(Val::Num).collect(),
        Val::When(w) => {
            let line = pack.sheet.dateline.as_deref().and_then(Dateline::parse);
            when_candidates(truths, w, line).into_iter().map(Val::When).collect()
        }
    };
    let text = claim_text(claim).iter().fold(String::new(), |mut acc, t| {
        acc.push(' ');
        acc.push_str(&fold(t));
        acc.push(' ');
        acc
    });
    raw.into_iter()
        .filter(move |v| !clashes(truths, claim, &text, v))
        .filter(move |v| with_slot(claim, slot, v).is_some_and(|c| !truths.holds(pack, &c)))
}

/// Whether a candidate would make a silly or self-referential variant: it already fills another slot
/// ("Lee met Lee"), the claim's text names it ("Beijing feared Lee would tilt towards Beijing"), or it is
/// the country of an entity in the claim or belongs to one ("Lee visited South Korea"). `text` is the
/// claim's free text, folded, with a space at both ends of each part.
fn clashes(truths: &Truths, claim: &Claim, text: &str, val: &Val) -> bool {
    let Val::Ent(cand) = val else { return false };
    let slots = entity_slots(claim);
    if slots.iter().any(|(_, id)| *id == cand) {
        return true;
    }
    if truths.names(cand).iter().any(|n| !n.is_empty() && text.contains(&format!(" {n} "))) {
        return true;
    }
    let country_of = |id: &str| truths.countries.get(id).map(String::as_str);
    slots.iter().any(|(_, id)| country_of(id) == Some(cand.as_str()) || country_of(cand) == Some(id.as_str()))
}

/// Entities of the answer's [`Grain`] (for a loose kind, only those filling `slot` in some fact), those
/// filling `slot` elsewhere first, then the most mentioned, then in sheet order.
fn entity_candidates(pack: &Pack, truths: &Truths, slot: &str, id: &str) -> Vec<Val> {
    let Some(answer) = pack.entity(id) else { return Vec::new() };
    let grain = truths.grain(answer);
    let answer_names = truths.names(id);
    let mut list: Vec<(bool, usize, usize, &str)> = pack
        .sheet
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.id != id && truths.grain(e) == grain)
        .filter(|(_, e)| !is_loose(e.kind) || truths.fills(slot, &e.id))
        .filter(|(_, e)| truths.names(&e.id).iter().all(|n| !answer_names.contains(n)))
        .map(|(i, e)| (truths.fills(slot, &e.id), truths.mentions.get(&e.id).copied().unwrap_or(0), i, e.id.as_str()))
        .collect();
    list.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    list.into_iter().map(|(_, _, _, id)| Val::Ent(id.to_string())).collect()
}

fn date_candidates(truths: &Truths, answer: MonthDay) -> Vec<Val> {
    let mut out: Vec<MonthDay> = truths.dates.iter().copied().filter(|d| *d != answer).collect();
    for d in near_days(answer) {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out.into_iter().map(Val::Date).collect()
}

/// Days of `answer`'s month near it (a week later, three days earlier, …), never `answer` itself.
fn near_days(answer: MonthDay) -> Vec<MonthDay> {
    [7i32, -3, 14, 2, -7, 10, 21]
        .iter()
        .filter_map(|delta| u8::try_from(i32::from(answer.day) + delta).ok())
        .filter_map(|day| MonthDay::new(answer.month, day))
        .filter(|d| *d != answer)
        .collect()
}

/// Which form a version-2 date has: a day, a month, a year, a span, a relative day, a deadline or a
/// recurrence. A distractor always has the answer's form.
fn form(when: &When) -> u8 {
    match when {
        When::Day { .. } => 0,
        When::Month { .. } => 1,
        When::Year(_) => 2,
        When::Span { .. } => 3,
        When::Relative(_) => 4,
        When::Deadline { .. } => 5,
        When::Every { .. } => 6,
    }
}

/// Wrong dates of the answer's [`form`]: those the article states first (in sheet order), then near ones
/// made up (a week off, a year off, another weekday, another period). A relative day is never offered
/// beside one naming the same day from the dateline ("yesterday" and "Thursday" on a Friday).
fn when_candidates(truths: &Truths, answer: &When, line: Option<Dateline>) -> Vec<When> {
    let stated = truths.whens.iter().filter(|w| form(w) == form(answer)).cloned();
    let mut out: Vec<When> = Vec::new();
    let mut days: Vec<Option<Dateline>> = Vec::new();
    let day_of = |w: &When| match (w, line) {
        (When::Relative(r), Some(line)) => line.resolve(*r),
        _ => None,
    };
    days.push(day_of(answer));
    for w in stated.chain(made_up(answer)) {
        let day = day_of(&w);
        if w == *answer || out.contains(&w) || (day.is_some() && days.contains(&day)) {
            continue;
        }
        days.push(day);
        out.push(w);
    }
    out
}

/// Near wrong dates of `answer`'s form, made up for multiple choice.
fn made_up(answer: &When) -> Vec<When> {
    match answer {
        When::Day { date, year } => near_days(*date).into_iter().map(|d| When::Day { date: d, year: *year }).collect(),
        When::Month { month, year } => [-1i32, 1, -2, 2]
            .iter()
            .filter_map(|d| u8::try_from(i32::from(*month) + d).ok().filter(|m| (1..=12).contains(m)))
            .map(|m| When::Month { month: m, year: *year })
            .chain([When::Month { month: *month, year: year - 1 }])
            .collect(),
        When::Year(y) => [-1, 1, -2, 2, -3].iter().map(|d| When::Year(y + d)).collect(),
        When::Span { from, to } => [-3, 3, -1, 1].iter().map(|d| When::Span { from: from + d, to: to + d }).collect(),
        When::Relative(r) => {
            let named = match r {
                Relative::Weekday { day, .. } => Some(*day),
                _ => None,
            };
            (0..WEEKDAYS.len())
                .filter_map(|d| u8::try_from(d).ok())
                .filter(|d| Some(*d) != named)
                .map(|day| When::Relative(Relative::Weekday { day, last: false }))
                .collect()
        }
        When::Deadline { by, end_of } => {
            made_up(by).into_iter().map(|b| When::Deadline { by: Box::new(b), end_of: *end_of }).collect()
        }
        When::Every { at_least, .. } => [(1, Period::Year), (2, Period::Year), (1, Period::Month), (1, Period::Week)]
            .into_iter()
            .map(|(count, period)| When::Every { count, period, at_least: *at_least })
            .collect(),
    }
}

/// Plausible wrong numbers near `value`: halves, doubles and neighbours, whole when the value is.
pub fn number_candidates(value: f64) -> Vec<f64> {
    let whole = value.fract() == 0.0;
    let mut out: Vec<f64> = Vec::new();
    let steps: [f64; 8] = if value.abs() >= 20.0 {
        [0.5, 1.5, 2.0, 0.75, 1.25, 0.9, 1.1, 3.0]
    } else {
        [0.6, 2.0, 1.4, 3.0, 0.4, 1.2, 4.0, 0.8]
    };
    for m in steps {
        let mut v = value * m;
        if whole {
            v = v.round();
            if (v - value).abs() < f64::EPSILON {
                v += 1.0;
            }
        }
        if v > 0.0 && (v - value).abs() > f64::EPSILON && !out.iter().any(|o| (o - v).abs() < f64::EPSILON) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_numbers_are_distinct_positive_and_not_the_answer() {
        for value in [1.0, 5.0, 7.0, 12.0, 136.0, 2.5] {
            let c = number_candidates(value);
            assert!(c.len() >= 3, "{value}: {c:?}");
            assert!(c.iter().all(|v| *v > 0.0 && (*v - value).abs() > 0.1), "{value}: {c:?}");
            let set: BTreeSet<String> = c.iter().map(ToString::to_string).collect();
            assert_eq!(set.len(), c.len());
        }
    }
}

//! Wrong answers that look right: same semantic type as the answer, false according to the article.
//!
//! Candidates come first from the article's own entities and dates, most mentioned first. A candidate is
//! refused when putting it in the slot yields a statement some fact of the pack makes (it would be true),
//! or when it is the answer under another name.

use std::collections::{BTreeMap, BTreeSet};

use super::phrasing::{Val, claim_text, entity_slots, statement, with_slot};
use crate::pack::{Claim, MonthDay, Pack, slot_date};
use crate::text::fold;

/// What the pack states, for telling a false variant from a true one, and how often each entity appears.
pub struct Truths {
    statements: BTreeSet<String>,
    mentions: BTreeMap<String, usize>,
    dates: Vec<MonthDay>,
    /// Entity id → the country it belongs to or leads (from `Entity::country` and Identity facts).
    countries: BTreeMap<String, String>,
    /// Entity id → its name and aliases, folded (folding is the costly part of comparing names).
    names: BTreeMap<String, Vec<String>>,
}

impl Truths {
    /// Collects the statements of every fact of `pack`.
    pub fn new(pack: &Pack) -> Self {
        let mut mentions = BTreeMap::new();
        let mut dates = BTreeSet::new();
        for fact in &pack.sheet.facts {
            for (_, id) in entity_slots(&fact.claim) {
                *mentions.entry(id.clone()).or_insert(0) += 1;
            }
            if let Claim::Meeting { date, .. } | Claim::Visit { date, .. } | Claim::Event { date, .. } = &fact.claim {
                dates.extend(slot_date(date.as_ref()));
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
        Self { statements, mentions, dates: dates.into_iter().collect(), countries, names }
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
        Val::Ent(id) => entity_candidates(pack, truths, id),
        Val::Date(d) => date_candidates(truths, *d),
        Val::Num(n) => number_candidates(*n).into_iter().map(Val::Num).collect(),
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

fn entity_candidates(pack: &Pack, truths: &Truths, id: &str) -> Vec<Val> {
    let Some(answer) = pack.entity(id) else { return Vec::new() };
    let answer_names = truths.names(id);
    let mut list: Vec<(usize, usize, &str)> = pack
        .sheet
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == answer.kind && e.id != id)
        .filter(|(_, e)| truths.names(&e.id).iter().all(|n| !answer_names.contains(n)))
        .map(|(i, e)| (truths.mentions.get(&e.id).copied().unwrap_or(0), i, e.id.as_str()))
        .collect();
    list.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    list.into_iter().map(|(_, _, id)| Val::Ent(id.to_string())).collect()
}

fn date_candidates(truths: &Truths, answer: MonthDay) -> Vec<Val> {
    let mut out: Vec<MonthDay> = truths.dates.iter().copied().filter(|d| *d != answer).collect();
    for delta in [7i32, -3, 14, 2, -7, 10, 21] {
        let day = i32::from(answer.day) + delta;
        if let Some(d) = u8::try_from(day).ok().and_then(|day| MonthDay::new(answer.month, day))
            && !out.contains(&d)
            && d != answer
        {
            out.push(d);
        }
    }
    out.into_iter().map(Val::Date).collect()
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

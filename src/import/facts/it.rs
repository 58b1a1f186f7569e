//! "It" opening a sentence, for a country or a body: "North Korea rejected the offer on Monday. It said
//! the talks were a trap." — the one country, organisation or news outlet the sentence before was about.
//!
//! The rule kept: "It" means a body only when the sentence before (in the same paragraph or the one
//! before) opens with that body as its subject, not as a possessive ("North Korea's leader …"), or itself
//! opened with an "It" that meant it, and names no other country, city, organisation or news outlet
//! outside quotations; otherwise "It" means nobody and its sentence drafts nothing through it. An "It"
//! before a copula or a verb of seeming ("It is unclear …", "It seems …") is no one's.

use super::clause::{Named, Sent, VerbGroup};
use crate::pack::{Entity, EntityKind};

/// Verbs after which an opening "It" is the empty subject of English ("It seems that …", "It took hours").
const EMPTY_SUBJECT_VERBS: [&str; 10] =
    ["seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took", "follows", "followed"];

fn body(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Country | EntityKind::Organisation | EntityKind::Media)
}

/// Where the sentence's opening "It" stands (after at most "But" or "And"), outside quotations.
pub fn opening_it(s: &Sent<'_>) -> Option<usize> {
    let at = usize::from(super::speech::LINKING.iter().any(|w| s.is(0, w)));
    (s.is(at, "it") && !s.in_quote(at)).then_some(at)
}

/// The country or body an opening "It" of the sentence after `prev` means, under the module's rule.
pub fn body_antecedent<'a>(prev: &Sent<'a>) -> Option<&'a Entity> {
    let outside: Vec<&Named<'a>> = prev.named.iter().filter(|n| !prev.in_quote(n.first)).collect();
    let subject = match outside.first() {
        Some(n) if body(n.entity.kind) && prev.opens_clause(n) && !matches!(prev.tok(n.end), "'s" | "’s") => n.entity,
        _ => prev.it.filter(|_| opening_it(prev).is_some())?,
    };
    // A city where something happened ("met in New York") is no rival; one that acts ("Seoul said") is.
    let place =
        |n: &Named<'_>| n.first > 0 && ["in", "at", "to", "from", "near"].iter().any(|w| prev.is(n.first - 1, w));
    let others = outside.iter().any(|n| {
        n.entity.id != subject.id && (body(n.entity.kind) || (n.entity.kind == EntityKind::City && !place(n)))
    });
    (!others).then_some(subject)
}

/// The body an opening "It" of `s` means, with the verb group after it, when that verb group has a subject
/// of its own (not a copula, a passive or a verb of seeming).
pub fn subject_it<'a>(s: &Sent<'a>) -> Option<(Named<'a>, VerbGroup)> {
    let entity = s.it?;
    let at = opening_it(s)?;
    let vg = s.verb_group(at + 1)?;
    let verb = s.tok(vg.verb).to_lowercase();
    if vg.copula || vg.passive || EMPTY_SUBJECT_VERBS.contains(&verb.as_str()) {
        return None;
    }
    Some((Named { entity, first: at, end: at + 1 }, vg))
}

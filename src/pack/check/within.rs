//! Places inside places (`Entity::within`, version 2) and the version-2 parts of a claim.
//!
//! Rules kept: a `within` names an entity of the sheet; only a City, Place, Country or Organisation lies
//! within something, and only within a City, Place or Country; following `within` never comes back to
//! where it started. A version-1 sheet that uses `within`, a Summit, an Agenda or an Agreement's `date` is
//! refused with a sentence saying it needs `version: 2`.

use std::collections::BTreeMap;

use crate::pack::{Claim, Entity, EntityKind, ProblemKind};

/// Kinds that may lie within something.
const CONTAINED: [EntityKind; 4] = [EntityKind::City, EntityKind::Place, EntityKind::Country, EntityKind::Organisation];
/// Kinds that may contain something.
const CONTAINERS: [EntityKind; 3] = [EntityKind::City, EntityKind::Place, EntityKind::Country];

/// The problems of every entity's `within`: (entity index, kind, sentence), in entity order. A sheet of
/// `version` 1 may not use `within` at all.
pub(super) fn problems(entities: &[Entity], version: u32) -> Vec<(usize, ProblemKind, String)> {
    let mut by_id: BTreeMap<&str, &Entity> = BTreeMap::new();
    for e in entities {
        by_id.entry(e.id.as_str()).or_insert(e);
    }
    let mut out = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let Some(target) = &e.within else { continue };
        let who = format!("entity \"{}\"", e.id);
        if version < 2 {
            out.push((
                i,
                ProblemKind::Version,
                format!("the `within` of {who} needs `version: 2`; write `version: 2` at the top of the sheet."),
            ));
            continue;
        }
        let Some(container) = by_id.get(target.as_str()).copied() else {
            out.push((
                i,
                ProblemKind::UnknownEntity,
                format!("{who} lies within \"{target}\", which is not in `entities`; add it or correct the id."),
            ));
            continue;
        };
        if !CONTAINED.contains(&e.kind) {
            out.push((
                i,
                ProblemKind::WrongEntityKind,
                format!(
                    "{who} is a {:?}, but only a City, Place, Country or Organisation lies `within` a place; remove \
                     the `within`.",
                    e.kind
                ),
            ));
            continue;
        }
        if !CONTAINERS.contains(&container.kind) {
            out.push((
                i,
                ProblemKind::WrongEntityKind,
                format!(
                    "{who} lies within \"{target}\", a {:?}, but an entity lies within a City, Place or Country \
                     only; correct the id, or change that entity's `kind` if it is wrong.",
                    container.kind
                ),
            ));
            continue;
        }
        // Follow the chain; coming back to `e` is a cycle (a chain that loops elsewhere is reported there).
        let mut at = container;
        let mut steps = 0;
        loop {
            if at.id == e.id {
                out.push((
                    i,
                    ProblemKind::ContainmentCycle,
                    format!(
                        "{who} lies within \"{target}\", which lies (in the end) within {who} again; a place cannot \
                         lie within itself, so remove one `within` of the loop."
                    ),
                ));
                break;
            }
            steps += 1;
            match at.within.as_deref().and_then(|w| by_id.get(w).copied()) {
                Some(next) if steps <= entities.len() => at = next,
                _ => break,
            }
        }
    }
    out
}

/// The version-2 part a claim uses, named for a sentence ("a Summit"), if any.
pub(super) fn version_2_part(claim: &Claim) -> Option<&'static str> {
    match claim {
        Claim::Summit { .. } => Some("a Summit"),
        Claim::Agenda { .. } => Some("an Agenda"),
        Claim::Reason { .. } => Some("a Reason"),
        Claim::State { .. } => Some("a State"),
        Claim::Passage { .. } => Some("a Passage"),
        Claim::Agreement { date: Some(_), .. } => Some("an Agreement's `date`"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, kind: EntityKind, within: Option<&str>) -> Entity {
        Entity {
            id: id.to_string(),
            kind,
            name: id.to_string(),
            aliases: Vec::new(),
            role: None,
            native: None,
            country: None,
            description: None,
            within: within.map(str::to_string),
        }
    }

    fn kinds(entities: &[Entity], version: u32) -> Vec<(usize, ProblemKind)> {
        problems(entities, version).into_iter().map(|(i, k, _)| (i, k)).collect()
    }

    #[test]
    fn a_chain_of_places_is_fine_and_needs_version_2() {
        let chain = [
            place("camp-david", EntityKind::Place, Some("maryland")),
            place("maryland", EntityKind::Place, Some("us")),
            place("us", EntityKind::Country, None),
        ];
        assert_eq!(kinds(&chain, 2), []);
        assert_eq!(kinds(&chain, 1), [(0, ProblemKind::Version), (1, ProblemKind::Version)]);
        let (_, _, message) = &problems(&chain, 1)[0];
        assert!(message.contains("needs `version: 2`"), "{message}");
    }

    #[test]
    fn unknown_ids_wrong_kinds_and_cycles_are_refused() {
        let bad = [
            place("a", EntityKind::Place, Some("b")),
            place("b", EntityKind::City, Some("a")),
            place("biden", EntityKind::Person, Some("us")),
            place("nato", EntityKind::Organisation, Some("biden")),
            place("us", EntityKind::Country, Some("nowhere")),
        ];
        assert_eq!(
            kinds(&bad, 2),
            [
                (0, ProblemKind::ContainmentCycle),
                (1, ProblemKind::ContainmentCycle),
                (2, ProblemKind::WrongEntityKind),
                (3, ProblemKind::WrongEntityKind),
                (4, ProblemKind::UnknownEntity),
            ]
        );
    }
}

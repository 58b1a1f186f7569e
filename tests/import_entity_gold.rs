//! The entities step of `dossier import` measured entity by entity against the hand-written ("gold") sheets
//! of the four articles in `quizzes/` (nk-war, asylum, hk-election, lee-china-japan).
//!
//! **What is counted.** Every gold entity of a kind the entities step drafts (people, countries, cities,
//! places, organisations, groups, news media) is *found* when a found entity shares a name with it (its
//! name or an alias, folded, without a leading "the"); it is found *with its kind* when the kinds are equal,
//! and *with its role* when the gold sheet gives a role and the found entity has the same one (folded).
//! Gold entities of the kinds the step does not draft (events, documents, quoted phrases, issues) are not
//! counted. A found entity that shares no name with any gold entity is an *extra*; two found entities that
//! match one gold entity are a *split*. The whole table is printed (`cargo test --test import_entity_gold --
//! --nocapture`), and the floors asserted are the figures the finder reaches, so a change that makes it
//! worse fails here.

use dossier::import::entities::{Found, find};
use dossier::import::text;
use dossier::pack::{Entity, EntityKind, FactSheet};
use dossier::text::fold;

/// The kinds the entities step drafts, the only ones counted.
const DRAFTED: [EntityKind; 7] = [
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Group,
    EntityKind::Media,
];

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect("a bundled file")
}

fn gold(id: &str) -> FactSheet {
    dossier::pack::check::parse(&format!("{id}.ron"), &read(&format!("quizzes/{id}.ron"))).expect("the gold sheet")
}

fn found(id: &str) -> Found {
    let article =
        text::read(read(&format!("quizzes/{id}.txt")).as_bytes(), &format!("{id}.txt")).expect("the article reads");
    find(&article)
}

/// An entity's names, folded, without a leading "the".
fn names(e: &Entity) -> Vec<String> {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|n| {
            let f = fold(n);
            f.strip_prefix("the ").map_or(f.clone(), str::to_string)
        })
        .collect()
}

/// The figures of one article.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Figures {
    /// Gold entities of a drafted kind.
    gold: usize,
    /// Of those, found by name.
    found: usize,
    /// Found with the gold kind.
    kind: usize,
    /// Gold entities with a role.
    roles: usize,
    /// Found with the gold role.
    role: usize,
    /// Found entities matching no gold entity.
    extras: usize,
    /// Gold entities matched by two or more found entities.
    splits: usize,
}

/// Compares what was found with the gold sheet, printing one line per gold entity and per extra.
fn measure(id: &str) -> Figures {
    let gold = gold(id);
    let found = found(id);
    let found_names: Vec<Vec<String>> = found.entities.iter().map(names).collect();
    let mut f = Figures::default();
    println!("== {id}");
    let mut matched = vec![false; found.entities.len()];
    for g in gold.entities.iter().filter(|g| DRAFTED.contains(&g.kind)) {
        f.gold += 1;
        let gn = names(g);
        let hits: Vec<usize> =
            (0..found.entities.len()).filter(|&i| found_names[i].iter().any(|n| gn.contains(n))).collect();
        for &i in &hits {
            matched[i] = true;
        }
        if hits.len() > 1 {
            f.splits += 1;
        }
        let gold_role = g.role.as_deref().unwrap_or("");
        f.roles += usize::from(g.role.is_some());
        let Some(&i) = hits.first() else {
            println!("  MISSED {:<13} {:<28} {gold_role}", format!("{:?}", g.kind), g.name);
            continue;
        };
        let e = &found.entities[i];
        f.found += 1;
        let kind_ok = e.kind == g.kind;
        f.kind += usize::from(kind_ok);
        let role_ok = g.role.as_ref().is_some_and(|r| e.role.as_ref().is_some_and(|x| fold(x) == fold(r)));
        f.role += usize::from(role_ok);
        let mark = match (kind_ok, g.role.is_none() || role_ok, hits.len() > 1) {
            (_, _, true) => "split ",
            (true, true, false) => "ok    ",
            (false, _, false) => "kind  ",
            (true, false, false) => "role  ",
        };
        println!(
            "  {mark} {:<13} {:<28} as {:?} {:?} {:?} role {:?} (gold {gold_role:?})",
            format!("{:?}", g.kind),
            g.name,
            e.kind,
            e.name,
            e.aliases,
            e.role
        );
    }
    for (e, m) in found.entities.iter().zip(&matched) {
        if !m {
            f.extras += 1;
            println!("  EXTRA  {:<13} {:<28} role {:?}", format!("{:?}", e.kind), e.name, e.role);
        }
    }
    println!(
        "{id}: found {}/{}, kind {}/{}, role {}/{}, extras {}, splits {}",
        f.found, f.gold, f.kind, f.found, f.role, f.roles, f.extras, f.splits
    );
    f
}

/// Asserts the floors an article's figures reach: at least `found`, `kind` and `role` right, at most
/// `extras` extras, and no splits.
fn at_least(id: &str, found: usize, kind: usize, role: usize, extras: usize) {
    let f = measure(id);
    assert!(
        f.found >= found && f.kind >= kind && f.role >= role && f.extras <= extras && f.splits == 0,
        "{id}: {f:?} under the floors (found {found}, kind {kind}, role {role}, extras at most {extras}, no splits)"
    );
}

#[test]
fn asylum_entities_against_gold() {
    at_least("asylum", 22, 22, 4, 0);
}

#[test]
fn nk_war_entities_against_gold() {
    at_least("nk-war", 7, 7, 0, 0);
}

#[test]
fn hk_election_entities_against_gold() {
    at_least("hk-election", 78, 78, 40, 2);
}

#[test]
fn lee_china_japan_entities_against_gold() {
    at_least("lee-china-japan", 18, 17, 3, 0);
}

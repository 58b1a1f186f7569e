//! Matching: 3–5 pairs drawn across facts — leader ↔ country, who ↔ what they are, speaker ↔ what they
//! said or hold. Within one question every left item and every right item is distinct, so exactly one
//! pairing is right; every pair is of one relation, and "who ↔ what they are" pairs only entities of one
//! kind (persons with persons), so a system, a person and a phrase are never matched in one question.
//! Metadata facts (the byline, the photo credit: [`is_metadata`]) are never paired.

use super::phrasing::{capitalise, kind_noun};
use super::{Gen, is_metadata, question, short_hash, spread_pairs};
use crate::pack::{Claim, EntityKind, Fact};
use crate::question::{Body, Question, QuestionKind};
use crate::text::fold;

struct Pair<'a> {
    left: String,
    right: String,
    fact: &'a Fact,
}

/// Every matching question of the pack.
pub fn all(g: &Gen) -> Vec<Question> {
    let facts: Vec<&Fact> = g.pack.sheet.facts.iter().filter(|f| !is_metadata(&f.topics)).collect();
    let mut out = Vec::new();

    let leaders: Vec<Pair> = facts
        .iter()
        .copied()
        .filter_map(|f| match &f.claim {
            Claim::Identity { who, country: Some(c), .. } if g.kind(who) == Some(EntityKind::Person) => {
                Some(Pair { left: g.pack.name(who).to_string(), right: g.pack.name(c).to_string(), fact: f })
            }
            _ => None,
        })
        .collect();
    out.extend(group("leaders", "Match each person to their country.", leaders));

    let mut kinds: Vec<EntityKind> = Vec::new();
    for f in &facts {
        if let Claim::Identity { who, .. } = &f.claim
            && let Some(k) = g.kind(who)
            && !kinds.contains(&k)
        {
            kinds.push(k);
        }
    }
    for kind in kinds {
        let identities: Vec<Pair> = facts
            .iter()
            .copied()
            .filter_map(|f| match &f.claim {
                Claim::Identity { who, is, .. } if g.kind(who) == Some(kind) => {
                    Some(Pair { left: g.pack.name(who).to_string(), right: capitalise(is), fact: f })
                }
                _ => None,
            })
            .collect();
        let prompt = if kind == EntityKind::Person {
            "Match each person to how the article describes them.".to_string()
        } else {
            format!("Match each {} to what the article says it is.", kind_noun(kind))
        };
        out.extend(group("identities", &prompt, identities));
    }

    let sayings: Vec<Pair> = facts
        .iter()
        .copied()
        .filter_map(|f| match &f.claim {
            Claim::Statement { speaker: s, said: p, .. }
            | Claim::Stance { actor: s, stance: p, .. }
            | Claim::Report { source: s, says: p } => {
                Some(Pair { left: g.pack.name(s).to_string(), right: capitalise(p), fact: f })
            }
            _ => None,
        })
        .collect();
    out.extend(group("sayings", "Match each speaker or actor to what the article says they said or think.", sayings));
    out
}

/// Whether two pairs can share a question: neither item repeats, and neither right item names the other's
/// left item ("Has won a seat alongside Ben Chan" beside Ben Chan is solved by elimination, not by the
/// article).
fn apart(a: &Pair, b: &Pair) -> bool {
    let names = |text: &str, name: &str| format!(" {} ", fold(text)).contains(&format!(" {} ", fold(name)));
    a.left != b.left && a.right != b.right && !names(&a.right, &b.left) && !names(&b.right, &a.left)
}

/// Splits pairs into questions of 3–5 pairs with no repeated left or right item inside a question, and no
/// right item naming another left one ([`apart`]).
fn group(name: &str, prompt: &str, pairs: Vec<Pair>) -> Vec<Question> {
    let mut chunks: Vec<Vec<Pair>> = Vec::new();
    'next: for pair in pairs {
        for chunk in &mut chunks {
            if chunk.len() < 4 && chunk.iter().all(|p| apart(p, &pair)) {
                chunk.push(pair);
                continue 'next;
            }
        }
        chunks.push(vec![pair]);
    }
    // Fold a chunk too small to ask into earlier ones that can take its pairs without ambiguity.
    while let Some(last) = chunks.last() {
        if last.len() >= 3 || chunks.len() < 2 {
            break;
        }
        let small = chunks.pop().unwrap_or_default();
        for pair in small {
            if let Some(chunk) = chunks.iter_mut().find(|c| c.len() < 5 && c.iter().all(|p| apart(p, &pair))) {
                chunk.push(pair);
            }
        }
    }
    chunks
        .into_iter()
        .filter(|c| c.len() >= 3)
        .map(|chunk| {
            let mut ids: Vec<&str> = chunk.iter().map(|p| p.fact.id.as_str()).collect();
            ids.sort_unstable();
            let id = format!("match.{name}.{}", short_hash(&ids.join(",")));
            let left: Vec<String> = chunk.iter().map(|p| p.left.clone()).collect();
            let mut right: Vec<String> = chunk.iter().map(|p| p.right.clone()).collect();
            let pairs = spread_pairs(&mut right, &id);
            let facts: Vec<&Fact> = chunk.iter().map(|p| p.fact).collect();
            question(id, QuestionKind::Match, prompt.to_string(), Body::Match { left, right, pairs }, &facts)
        })
        .collect()
}

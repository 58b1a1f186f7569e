//! Matching: 3–5 pairs drawn across facts — leader ↔ country, who ↔ what they are, speaker ↔ what they
//! said or hold (headed by what the predicates tell: speech, thought or deed). Within one question every
//! left item and every right item is distinct, so exactly one
//! pairing is right; every pair is of one relation, and "who ↔ what they are" pairs only entities of one
//! kind (persons with persons), so a system, a person and a phrase are never matched in one question.
//! Metadata facts (the byline, the photo credit: [`is_metadata`]) are never paired, nor a fact the title
//! states ([`super::told_by_title`]).

use super::phrasing::{capitalise, kind_noun};
use super::{Gen, is_metadata, question, short_hash, spread_pairs};
use crate::pack::{Claim, EntityKind, Fact};
use crate::question::{Body, Question, QuestionKind};
use crate::text::fold;

struct Pair<'a> {
    left: String,
    right: String,
    fact: &'a Fact,
    /// What the right item tells (only read for speakers and actors).
    told: Told,
}

/// Every matching question of the pack.
pub fn all(g: &Gen) -> Vec<Question> {
    // The title heads every quiz: a pair it states ("Lee Jae Myung → Performs a balancing act …" under "A
    // Balancing Act: South Korean President Lee …") is matched before the learner starts.
    let facts: Vec<&Fact> =
        g.pack.sheet.facts.iter().filter(|f| !is_metadata(&f.topics) && !g.told_by_title(f)).collect();
    let mut out = Vec::new();

    let leaders: Vec<Pair> = facts
        .iter()
        .copied()
        .filter_map(|f| match &f.claim {
            Claim::Identity { who, country: Some(c), .. } if g.kind(who) == Some(EntityKind::Person) => Some(Pair {
                left: g.pack.name(who).to_string(),
                right: g.pack.name(c).to_string(),
                fact: f,
                told: Told::Deed,
            }),
            _ => None,
        })
        .collect();
    out.extend(group("leaders", |_| "Match each person to their country.".to_string(), leaders));

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
                    Some(Pair { left: g.pack.name(who).to_string(), right: capitalise(is), fact: f, told: Told::Deed })
                }
                _ => None,
            })
            .collect();
        let prompt = if kind == EntityKind::Person {
            "Match each person to how the article describes them.".to_string()
        } else {
            format!("Match each {} to what the article says it is.", kind_noun(kind))
        };
        out.extend(group("identities", |_| prompt.clone(), identities));
    }

    let sayings: Vec<Pair> = facts
        .iter()
        .copied()
        .filter_map(|f| match &f.claim {
            Claim::Statement { speaker: s, said: p, .. } | Claim::Report { source: s, says: p } => {
                Some(Pair { left: g.pack.name(s).to_string(), right: capitalise(p), fact: f, told: Told::Speech })
            }
            Claim::Stance { actor: s, stance: p, .. } => {
                Some(Pair { left: g.pack.name(s).to_string(), right: capitalise(p), fact: f, told: told(p) })
            }
            _ => None,
        })
        .collect();
    out.extend(group("sayings", sayings_heading, sayings));
    out
}

/// What a speaker's or actor's predicate tells: words said, a thought or wish, or a deed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Told {
    /// Words said or reported ("described …", "called …", "reports that …").
    Speech,
    /// A thought, wish or worry ("feared …", "believe …").
    Thought,
    /// Anything else, a deed ("fired 36 shells", "evacuated about 80 people").
    Deed,
}

/// Verbs of saying, as a predicate's first verb may have them (any tense form is listed).
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "described",
    "describes",
    "describe",
    "called",
    "calls",
    "call",
    "branded",
    "brands",
    "told",
    "tells",
    "stated",
    "states",
    "announced",
    "announces",
    "warned",
    "warns",
    "claimed",
    "claims",
    "urged",
    "urges",
    "accused",
    "accuses",
    "reported",
    "reports",
    "report",
    "insisted",
    "insists",
    "denied",
    "denies",
    "added",
    "adds",
    "asked",
    "asks",
    "argued",
    "argues",
    "demanded",
    "demands",
    "declared",
    "declares",
    "criticised",
    "criticized",
    "condemned",
    "condemns",
    "praised",
    "praises",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "labelled",
    "labeled",
    "explained",
    "explains",
    "noted",
    "notes",
    "questioned",
    "questions",
    "confirmed",
    "confirms",
    "wrote",
    "writes",
    "expressed",
    "expresses",
    "referred",
    "refers",
    "spoke",
    "speaks",
    "dismissed",
    "rejected",
];

/// Verbs of thinking, wishing and fearing.
const THOUGHT_VERBS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "feared",
    "fears",
    "fear",
    "hope",
    "hopes",
    "hoped",
    "want",
    "wants",
    "wanted",
    "worry",
    "worries",
    "worried",
    "expect",
    "expects",
    "expected",
    "doubt",
    "doubts",
    "doubted",
    "see",
    "sees",
    "saw",
    "consider",
    "considers",
    "considered",
    "suspect",
    "suspects",
    "suspected",
    "wish",
    "wishes",
    "wished",
    "seek",
    "seeks",
    "sought",
    "favour",
    "favours",
    "favor",
    "favors",
    "oppose",
    "opposes",
    "opposed",
    "support",
    "supports",
    "supported",
    "regard",
    "regards",
    "regarded",
];

/// Words that may stand before a predicate's verb without being it ("also said", "reportedly feared").
fn is_adverb(word: &str) -> bool {
    word.ends_with("ly") || ["also", "still", "long", "often", "then", "again", "has", "have", "had"].contains(&word)
}

/// What `predicate` tells, by its first verb ([`SPEECH_VERBS`], [`THOUGHT_VERBS`], else a deed).
pub fn told(predicate: &str) -> Told {
    let verb = predicate
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .find(|w| !is_adverb(w))
        .unwrap_or_default();
    if SPEECH_VERBS.contains(&verb.as_str()) {
        Told::Speech
    } else if THOUGHT_VERBS.contains(&verb.as_str()) {
        Told::Thought
    } else {
        Told::Deed
    }
}

/// The heading of a matching of speakers and actors to their predicates, from what the predicates tell:
/// "… what they said" when all are speech, "… said or think" when all are speech or thought, and a neutral
/// heading when any is a deed ("fired 36 shells" is neither said nor thought).
fn sayings_heading(chunk: &[Pair]) -> String {
    let worst = chunk.iter().map(|p| p.told).max().unwrap_or(Told::Deed);
    match worst {
        Told::Speech => "Match each speaker to what the article says they said.",
        Told::Thought => "Match each speaker or actor to what the article says they said or think.",
        Told::Deed => "Match each name to what the article says about them.",
    }
    .to_string()
}

/// Whether two pairs can share a question: neither item repeats, and neither right item names the other's
/// left item ("Has won a seat alongside Ben Chan" beside Ben Chan is solved by elimination, not by the
/// article).
fn apart(a: &(Pair, Padded), b: &(Pair, Padded)) -> bool {
    let ((a, fa), (b, fb)) = (a, b);
    a.left != b.left && a.right != b.right && !fa.right.contains(&fb.left) && !fb.right.contains(&fa.left)
}

/// A pair's items folded and padded with a space at each end, worked out once per pair rather than once
/// per pair of pairs compared ([`apart`]).
struct Padded {
    left: String,
    right: String,
}

impl Padded {
    fn of(p: &Pair) -> Self {
        Self { left: format!(" {} ", fold(&p.left)), right: format!(" {} ", fold(&p.right)) }
    }
}

/// Splits pairs into questions of 3–5 pairs with no repeated left or right item inside a question, and no
/// right item naming another left one ([`apart`]).
fn group(name: &str, prompt: impl Fn(&[Pair]) -> String, pairs: Vec<Pair>) -> Vec<Question> {
    let mut chunks: Vec<Vec<(Pair, Padded)>> = Vec::new();
    'next: for pair in pairs.into_iter().map(|p| {
        let padded = Padded::of(&p);
        (p, padded)
    }) {
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
            let chunk: Vec<Pair> = chunk.into_iter().map(|(p, _)| p).collect();
            let mut ids: Vec<&str> = chunk.iter().map(|p| p.fact.id.as_str()).collect();
            ids.sort_unstable();
            let id = format!("match.{name}.{}", short_hash(&ids.join(",")));
            let left: Vec<String> = chunk.iter().map(|p| p.left.clone()).collect();
            let mut right: Vec<String> = chunk.iter().map(|p| p.right.clone()).collect();
            let pairs = spread_pairs(&mut right, &id);
            let facts: Vec<&Fact> = chunk.iter().map(|p| p.fact).collect();
            question(id, QuestionKind::Match, prompt(&chunk), Body::Match { left, right, pairs }, &facts)
        })
        .collect()
}

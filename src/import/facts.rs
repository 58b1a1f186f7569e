//! Step 3 of drafting: facts from single sentences.
//!
//! Each drafted fact names entities found by [`super::entities`] and carries, as its evidence, a verbatim
//! span of [`super::text::Article::text`] (the whole sentence, or the clause that states it). A pattern that
//! does not match cleanly drafts nothing: the sheet step checks the draft and drops what the checker
//! refuses, but a fact that checks and is wrong cannot be caught there.

use super::entities::Found;
use super::text::Article;
use crate::pack::{Claim, EntityKind, Fact};

/// Drafts the facts the article's sentences state, in text order, with unique ids.
pub fn draft(article: &Article, found: &Found) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    for (_, sentence) in article.sentences() {
        let text = article.slice(&sentence);
        if let Some(fact) = said_statement(text, &sentence, article, found) {
            push_unique(&mut out, fact);
        }
    }
    out
}

/// `<Speaker> said that <clause>.`: a Statement whose `said` is "said that <clause>".
fn said_statement(text: &str, sentence: &std::ops::Range<usize>, article: &Article, found: &Found) -> Option<Fact> {
    let at = text.find(" said that ")?;
    let speaker = found.within(sentence).find(|m| m.range.end == sentence.start + at)?;
    let entity = found.entity(speaker);
    if !matches!(entity.kind, EntityKind::Person | EntityKind::Country | EntityKind::Organisation) {
        return None;
    }
    let said = text[at + 1..].trim_end_matches('.').to_string();
    let _ = article;
    Some(Fact {
        id: format!("said-{}", entity.id),
        topics: Vec::new(),
        evidence: text.to_string(),
        claim: Claim::Statement { speaker: entity.id.clone(), said, quote: None },
    })
}

/// Adds `fact`, giving it a fresh id (`id-2`, `id-3`, …) when its id is taken.
pub fn push_unique(out: &mut Vec<Fact>, mut fact: Fact) {
    let base = fact.id.clone();
    let mut n = 1;
    while out.iter().any(|f| f.id == fact.id) {
        n += 1;
        fact.id = format!("{base}-{n}");
    }
    out.push(fact);
}

//! Step 3 of drafting: facts from single sentences.
//!
//! Each drafted fact names entities found by [`super::entities`] and carries, as its evidence, the sentence
//! of [`super::text::Article::text`] that states it, verbatim. A pattern that does not match cleanly
//! drafts nothing: the sheet step checks the draft and drops what the checker refuses, but a fact that
//! checks and is wrong cannot be caught there.
//!
//! The patterns, each in its own module with tests on real sentences: [`speech`] (direct quotes with their
//! speaker, "according to X"), [`actions`] (what a named subject says, does, plans or is: Statements,
//! Stances, Meetings, Visits, Identities, dated Events), [`roles`] (titles and appositives) and
//! [`quantity`] (numbers that make a clean "How many" question). They share the clause grammar of
//! [`clause`].

pub mod actions;
pub mod clause;
pub mod quantity;
pub mod roles;
pub mod speech;

use super::entities::Found;
use super::text::Article;
use crate::pack::Fact;
use clause::Sent;

/// Drafts the facts the article's sentences state, in text order, with unique ids. A claim drafted twice
/// (by two patterns, or from two sentences) is kept once, from its first sentence.
pub fn draft(article: &Article, found: &Found) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    let dateline = article.date();
    let mut speakers = speech::Speakers::default();
    // Whether a quotation opened in an earlier sentence of the paragraph is still open.
    let mut open: Option<usize> = None;
    for (paragraph, range) in article.sentences() {
        let text = article.slice(&range);
        let mentions = found.within(&range).filter_map(|m| {
            let entity = found.entities.get(m.entity)?;
            Some((m.range.start - range.start..m.range.end - range.start, entity))
        });
        let s = Sent::within_quote(text, paragraph, mentions, dateline, open == Some(paragraph));
        open = s.open_at_end().then_some(paragraph);
        let mut facts = roles::identities(&s);
        facts.extend(speech::quotes(&s, &mut speakers));
        facts.extend(speech::according(&s));
        facts.extend(actions::clauses(&s));
        facts.extend(actions::event(&s));
        facts.extend(actions::noun_meeting(&s));
        facts.extend(quantity::quantities(&s));
        for fact in facts {
            if !out.iter().any(|f| f.claim == fact.claim) {
                push_unique(&mut out, fact);
            }
        }
    }
    out
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

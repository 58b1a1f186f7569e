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
    // The one person the previous sentence named, with its paragraph, for an opening "He" or "She".
    let mut person: Option<(usize, &crate::pack::Entity)> = None;
    for (paragraph, range) in article.sentences() {
        let text = article.slice(&range);
        let mentions = found.within(&range).filter_map(|m| {
            let entity = found.entities.get(m.entity)?;
            Some((m.range.start - range.start..m.range.end - range.start, entity))
        });
        let s = Sent::within_quote(text, paragraph, mentions, dateline, open == Some(paragraph))
            .with_pronoun(person.filter(|(p, _)| *p == paragraph).map(|(_, e)| e));
        open = s.open_at_end().then_some(paragraph);
        person = s.only_person().map(|e| (paragraph, e));
        let mut facts = roles::identities(&s);
        facts.extend(speech::quotes(&s, &mut speakers));
        facts.extend(speech::according(&s));
        facts.extend(speech::trailing_said(&s));
        facts.extend(actions::clauses(&s));
        facts.extend(actions::event(&s));
        facts.extend(actions::noun_meeting(&s));
        facts.extend(actions::agreement(&s));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{mentions, text};
    use crate::pack::{Entity, EntityKind};

    fn entity(id: &str, kind: EntityKind, name: &str) -> Entity {
        Entity::new(id, kind, name)
    }

    #[test]
    fn odd_text_drafts_without_panicking() {
        let bodies = [
            "\"Unclosed quote, said Kim. \" \" \", said Kim.",
            "Kim met with. Kim visited. Kim said: \"",
            "Kim, , , said 5 people. 12,000,000 people were. About 3 élan vital seekers 🎉 were counted by Kim.",
            "“Curly” Kim, the ‘leader’, urged 7 ... Kim's meeting with Kim on 31 February.",
            "According to Kim, . Kim is . Kim was elected with 1,2,3 votes by 9 votes.",
        ];
        let es = vec![entity("kim", EntityKind::Person, "Kim"), entity("seoul", EntityKind::City, "Seoul")];
        for body in bodies {
            let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
                .expect("an article");
            let found = mentions::locate(&a, es.clone());
            for f in draft(&a, &found) {
                assert!(a.text.contains(&f.evidence), "{f:?}");
            }
        }
    }

    #[test]
    fn every_evidence_is_a_sentence_of_the_article_and_ids_are_unique() {
        let body = "Lee Jae-myung met with Xi Jinping in Seoul on Friday. Lee Jae-myung met with Xi Jinping again. \
                    Xi Jinping said the talks were \"very useful for both countries today\".";
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let es = vec![
            entity("lee", EntityKind::Person, "Lee Jae-myung"),
            entity("xi", EntityKind::Person, "Xi Jinping"),
            entity("seoul", EntityKind::City, "Seoul"),
        ];
        let facts = draft(&a, &mentions::locate(&a, es));
        let ids: std::collections::BTreeSet<&str> = facts.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), facts.len());
        assert!(facts.len() >= 3, "{facts:#?}");
        assert!(facts.iter().all(|f| a.text.contains(&f.evidence)));
    }
}

//! Step 2 of drafting: who and what the article names, and where.
//!
//! Every entity found is a [`crate::pack::Entity`] ready for the sheet (id, kind, name in the article's
//! spelling, aliases, role, country), and every place the article names it is a [`Mention`].

use std::ops::Range;

use super::text::Article;
use crate::pack::{Entity, EntityKind};

/// The entities of an article and their mentions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The entities, in order of first mention; ids are unique.
    pub entities: Vec<Entity>,
    /// Every mention, in text order; mentions do not overlap.
    pub mentions: Vec<Mention>,
}

/// One place where the article names an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Found::entities`].
    pub entity: usize,
    /// The byte range in [`Article::text`] of the words that name it.
    pub range: Range<usize>,
}

impl Found {
    /// The mentions inside `range` (a sentence, say), in text order.
    pub fn within<'a>(&'a self, range: &'a Range<usize>) -> impl Iterator<Item = &'a Mention> + 'a {
        self.mentions.iter().filter(move |m| m.range.start >= range.start && m.range.end <= range.end)
    }

    /// The entity a mention names.
    pub fn entity(&self, mention: &Mention) -> &Entity {
        &self.entities[mention.entity]
    }
}

/// A few countries, until the gazetteer under `assets/` is read.
const COUNTRIES: [(&str, &str); 6] = [
    ("South Korea", "south-korea"),
    ("North Korea", "north-korea"),
    ("China", "china"),
    ("Japan", "japan"),
    ("Indonesia", "indonesia"),
    ("Australia", "australia"),
];

/// Finds the entities an article names and every mention of them.
pub fn find(article: &Article) -> Found {
    let mut found = Found::default();
    for (name, id) in COUNTRIES {
        let mut seen = false;
        for (at, _) in article.text.match_indices(name) {
            let before = article.text[..at].chars().next_back();
            let after = article.text[at + name.len()..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            if !seen {
                found.entities.push(Entity {
                    id: id.to_string(),
                    kind: EntityKind::Country,
                    name: name.to_string(),
                    aliases: Vec::new(),
                    role: None,
                    native: None,
                    country: None,
                    description: None,
                    within: None,
                });
                seen = true;
            }
            found.mentions.push(Mention { entity: found.entities.len() - 1, range: at..at + name.len() });
        }
    }
    found.mentions.sort_by_key(|m| m.range.start);
    found
}

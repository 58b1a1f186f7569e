//! Where an article names entities that are already known: the gold sheet's, the entities step's after the
//! user edited them in the review screen, or any list of [`Entity`]s.
//!
//! The rule kept: a mention is a whole-word occurrence of an entity's name or one of its aliases (or the
//! same with its first letter capitalised, for "the North" opening a sentence as "The North"); longer
//! names win over shorter ones ("Kim Jong-un" over "Kim"), and no two mentions overlap. Ties between
//! names of one length go to the entity listed first, so the result never depends on hash order.

use super::entities::{Found, Mention};
use super::text::Article;
use crate::pack::Entity;

/// The mentions of `entities` in `article`'s text, in text order. The entities are kept as given (their
/// order, their ids); an entity the article never names stays in the list with no mention.
pub fn locate(article: &Article, entities: Vec<Entity>) -> Found {
    let text = article.text.as_str();
    let mut names: Vec<(String, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        for name in std::iter::once(&e.name).chain(e.aliases.iter()) {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            names.push((name.to_string(), i));
            let capital = capitalised(name);
            if capital != name {
                names.push((capital, i));
            }
        }
    }
    // Longest first; among equal lengths, the entity listed first, then the name in byte order.
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
    names.dedup();
    let mut taken = vec![false; text.len()];
    let mut mentions = Vec::new();
    for (name, entity) in &names {
        for (at, _) in text.match_indices(name.as_str()) {
            let end = at + name.len();
            if !whole_word(text, at, end) || taken.get(at..end).is_none_or(|t| t.iter().any(|&b| b)) {
                continue;
            }
            if let Some(t) = taken.get_mut(at..end) {
                t.fill(true);
            }
            mentions.push(Mention { entity: *entity, range: at..end });
        }
    }
    mentions.sort_by_key(|m| (m.range.start, m.range.end));
    Found { entities, mentions }
}

/// Whether `text[at..end]` is not part of a longer word: the characters either side are not letters or
/// digits.
fn whole_word(text: &str, at: usize, end: usize) -> bool {
    let before = text.get(..at).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// `name` with its first letter in upper case.
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::EntityKind;

    fn entity(id: &str, name: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: id.to_string(),
            kind: EntityKind::Person,
            name: name.to_string(),
            aliases: aliases.iter().map(ToString::to_string).collect(),
            role: None,
            native: None,
            country: None,
            description: None,
            within: None,
        }
    }

    fn article(body: &str) -> Article {
        crate::import::text::read(format!("Headline\n\n{body}\n").as_bytes(), "a.txt").expect("an article")
    }

    #[test]
    fn longest_names_win_and_mentions_do_not_overlap() {
        let a = article("Kim Jong-un spoke. Later Kim left, and the North said so. The North agreed.");
        let found =
            locate(&a, vec![entity("kim", "Kim Jong-un", &["Kim"]), entity("nk", "North Korea", &["the North"])]);
        let named: Vec<(&str, &str)> =
            found.mentions.iter().map(|m| (a.slice(&m.range), found.entity(m).id.as_str())).collect();
        assert_eq!(named, vec![("Kim Jong-un", "kim"), ("Kim", "kim"), ("the North", "nk"), ("The North", "nk")]);
    }

    #[test]
    fn only_whole_words_are_mentions() {
        let a = article("Kimberley met Kim in Chinatown, not in China.");
        let found = locate(&a, vec![entity("kim", "Kim", &[]), entity("cn", "China", &[])]);
        let named: Vec<&str> = found.mentions.iter().map(|m| a.slice(&m.range)).collect();
        assert_eq!(named, vec!["Kim", "China"]);
        assert_eq!(found.entities.len(), 2);
    }
}

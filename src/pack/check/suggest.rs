//! Suggestions for a mistaken value: the id that was probably meant, the id a name would have, the article
//! sentence closest to a misquoted piece of evidence.

use crate::pack::{Article, Entity, EntityKind};
use crate::text::normalise;

/// How similar (normalised Levenshtein, 0–1) an article sentence must be to a misquoted evidence string
/// to be offered as the quote that was probably meant.
const SUGGEST_SENTENCE: f64 = 0.6;

/// How similar (normalised Damerau-Levenshtein, 0–1) a known id, field or kind must be to an unknown one
/// to be offered as "did you mean".
pub(super) const SUGGEST_ID: f64 = 0.6;

/// `text` as a lowercase-hyphenated id.
pub(super) fn slug(text: &str) -> String {
    let mapped: String =
        text.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    mapped.split_whitespace().collect::<Vec<_>>().join("-")
}

/// The id of the entity most like an unknown id `id`, by its id or (as ids) by its name, among the
/// entities of the `kinds` a slot allows (all if `kinds` is empty): the "did you mean" of a misspelt
/// entity id. Of equally close entities, the last in the sheet wins.
pub(super) fn closest_entity<'e>(id: &str, entities: &'e [Entity], kinds: &[EntityKind]) -> Option<&'e str> {
    let fits = |k: EntityKind| kinds.is_empty() || kinds.contains(&k);
    let lower = id.to_lowercase();
    entities
        .iter()
        .filter(|e| fits(e.kind) && !e.id.is_empty())
        .map(|e| {
            let by_id = strsim::normalized_damerau_levenshtein(&lower, &e.id);
            let by_name = strsim::normalized_damerau_levenshtein(&slug(id), &slug(&e.name));
            (by_id.max(by_name), e.id.as_str())
        })
        .filter(|(score, _)| *score >= SUGGEST_ID)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, near)| near)
}

/// The article's sentences, whitespace collapsed.
pub(super) fn sentences(article: &Article) -> Vec<String> {
    let text = article.text();
    let mut out = Vec::new();
    for para in article.paragraphs() {
        let mut at = para.start;
        while at < para.end {
            let range = article.sentence_around(at);
            let sentence =
                text[range.start.max(at)..range.end.min(para.end)].split_whitespace().collect::<Vec<_>>().join(" ");
            if !sentence.is_empty() {
                out.push(sentence);
            }
            if range.end <= at {
                break;
            }
            at = range.end;
            while at < para.end && text.as_bytes()[at].is_ascii_whitespace() {
                at += 1;
            }
        }
    }
    out
}

/// How many character pairs [`closest_sentence`] may compare in one check, over all its calls: enough for a
/// sheet whose every quote is misspelt (the bundled sheet with all 58 quotes altered gets the same 56
/// suggestions as an unlimited search), and a bound on a hostile one (long quotes against a long article
/// made the search cubic: fuzzed inputs took seconds).
pub(super) const SUGGEST_BUDGET: u64 = 40_000_000;

/// How many sentences, those sharing the most words with a quote, are compared with it letter by letter.
const SUGGEST_CANDIDATES: usize = 4;

/// A quote longer than this (in characters) gets no closest sentence: it is not a slip of one.
const SUGGEST_MAX_QUOTE: usize = 600;

/// The sentence most like `evidence`, comparing the whole sentence and, for a quote shorter than the
/// sentence, every run of whole words about as long as the quote. Each comparison of `a` and `b` characters
/// spends `a × b` of `budget`; once it is spent the search stops with the best sentence so far.
pub(super) fn closest_sentence<'s>(evidence: &str, sentences: &'s [String], budget: &mut u64) -> Option<&'s str> {
    let needle = normalise(evidence);
    let len = needle.chars().count();
    if len > SUGGEST_MAX_QUOTE {
        return None;
    }
    // Only the few sentences sharing the most words with the quote are compared letter by letter: the
    // closest sentence shares words with it, and the comparison is what costs.
    let words: std::collections::BTreeSet<&str> = needle.split(' ').filter(|w| w.len() > 2).collect();
    let mut ranked: Vec<(usize, usize)> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let hay = normalise(s);
            let shared: std::collections::BTreeSet<&str> = hay.split(' ').filter(|w| words.contains(w)).collect();
            (shared.len(), i)
        })
        .filter(|&(shared, _)| shared > 0)
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let candidates: Vec<&String> = ranked.iter().take(SUGGEST_CANDIDATES).map(|&(_, i)| &sentences[i]).collect();
    let mut best: Option<(f64, &str)> = None;
    let compare = |a: &str, b: &str, budget: &mut u64| -> Option<f64> {
        let cost = (len.max(1) * b.chars().count().max(1)) as u64;
        *budget = budget.checked_sub(cost)?;
        Some(strsim::normalized_levenshtein(a, b))
    };
    'sentences: for sentence in candidates {
        let hay = normalise(sentence);
        let Some(mut score) = compare(&needle, &hay, budget) else { break };
        if hay.chars().count() > len {
            let starts = std::iter::once(0).chain(hay.match_indices(' ').map(|(p, _)| p + 1));
            for start in starts {
                let rest = &hay[start..];
                let end = rest.char_indices().skip(len).find(|&(_, c)| c == ' ').map_or(rest.len(), |(p, _)| p);
                let Some(s) = compare(&needle, &rest[..end], budget) else {
                    if score >= SUGGEST_SENTENCE && best.is_none_or(|(b, _)| score > b) {
                        best = Some((score, sentence));
                    }
                    break 'sentences;
                };
                score = score.max(s);
                if rest.len() == end {
                    break;
                }
            }
        }
        if score >= SUGGEST_SENTENCE && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, sentence));
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn the_closest_sentence_search_stops_when_its_budget_is_spent() {
        let sentences = vec!["Lee met Xi in Beijing on January 5th.".to_string(), "word ".repeat(20_000)];
        // Enough for the first sentence: it is found.
        let mut budget = 10_000;
        assert_eq!(
            closest_sentence("Lee met Xi in Beijing on January 6th.", &sentences, &mut budget),
            Some("Lee met Xi in Beijing on January 5th.")
        );
        // Nothing left: no search at all, and nothing is spent.
        let mut budget = 0;
        assert_eq!(closest_sentence("Lee met Xi in Beijing on January 6th.", &sentences, &mut budget), None);
        // A comparison that would cost more than is left is not made: the budget is never overdrawn.
        let mut budget = 1_000_000;
        assert_eq!(closest_sentence("a quote that matches nothing here", &sentences[1..], &mut budget), None);
        assert_eq!(budget, 1_000_000);
        // A quote too long to be a slip of one sentence gets no suggestion.
        let mut budget = SUGGEST_BUDGET;
        assert_eq!(closest_sentence(&"x ".repeat(400), &sentences, &mut budget), None);
        assert_eq!(budget, SUGGEST_BUDGET);
    }

    use crate::pack::check::fixture::{ARTICLE, ENTITIES, sheet};
    use crate::pack::check::parse;

    #[test]
    fn a_misspelt_entity_id_is_matched_by_id_or_by_name_among_the_kinds_allowed() {
        let entities = parse("t.ron", &sheet(ENTITIES, "")).expect("the fixture parses").entities;
        assert_eq!(closest_entity("xii", &entities, &[]), Some("xi"));
        assert_eq!(closest_entity("xi-jinpin", &entities, &[EntityKind::Person]), Some("xi"), "by its name");
        assert_eq!(closest_entity("chna", &entities, &[EntityKind::Country]), Some("china"));
        assert_eq!(closest_entity("chna", &entities, &[EntityKind::City]), None, "no City is like it");
        assert_eq!(closest_entity("takaichi", &entities, &[]), None);
    }

    #[test]
    fn a_misquote_is_matched_to_the_article_sentence_it_comes_from() {
        let article = Article::new(ARTICLE);
        let sentences = sentences(&article);
        assert_eq!(sentences[2], "Takaichi welcomed Lee in Nara.");
        let near = |quote: &str| closest_sentence(quote, &sentences, &mut SUGGEST_BUDGET.clone());
        assert_eq!(near("Lee met Xi in Beijing on Jan 5."), Some(sentences[0].as_str()));
        assert_eq!(
            near("called it a \"new chaptr\""),
            Some(sentences[1].as_str()),
            "a quote shorter than its sentence"
        );
        assert_eq!(near("The summit ended without a joint statement."), None);
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("Meet Takaichi!"), "meet-takaichi");
        assert_eq!(slug("  --  "), "");
    }
}

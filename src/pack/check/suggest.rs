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
/// sentence, the sentence's stretch closest to the quote ([`within_similarity`]). Each comparison of `a` and
/// `b` characters spends `a × b` of `budget`; once it is spent the search stops with the best sentence so far.
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
    for sentence in candidates {
        let hay = normalise(sentence);
        let Some(mut score) = compare(&needle, &hay, budget) else { break };
        if hay.chars().count() > len {
            // The quote may be a slip of part of the sentence: its closest stretch of the sentence, found in
            // one pass (approximate substring matching) rather than one comparison per starting word.
            let cost = (len.max(1) * hay.chars().count()) as u64;
            let Some(left) = budget.checked_sub(cost) else {
                if score >= SUGGEST_SENTENCE && best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, sentence));
                }
                break;
            };
            *budget = left;
            score = score.max(within_similarity(&needle, &hay));
        }
        if score >= SUGGEST_SENTENCE && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, sentence));
        }
    }
    best.map(|(_, s)| s)
}

/// How closely `needle` matches its best stretch of `hay`, 0–1: one minus the fewest edits that turn
/// `needle` into some stretch of `hay` (Sellers' approximate substring matching: the stretch may start and
/// end anywhere at no cost), over the needle's length. `len(needle) × len(hay)` steps, one row of memory.
fn within_similarity(needle: &str, hay: &str) -> f64 {
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() {
        return 1.0;
    }
    // column[i]: the fewest edits turning needle[..i] into a stretch of hay ending at the current position.
    let mut column: Vec<usize> = (0..=needle.len()).collect();
    let mut best = needle.len();
    for h in hay.chars() {
        let mut diagonal = column[0];
        column[0] = 0;
        for (i, &n) in needle.iter().enumerate() {
            let substitute = diagonal + usize::from(n != h);
            diagonal = column[i + 1];
            column[i + 1] = substitute.min(column[i] + 1).min(column[i + 1] + 1);
        }
        best = best.min(column[needle.len()]);
    }
    1.0 - best as f64 / needle.len() as f64
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
    fn a_quote_is_matched_to_its_closest_stretch_of_a_longer_sentence() {
        let sentence = "in nara the two leaders called it a new chapter for their countries";
        assert!((within_similarity("called it a new chapter", sentence) - 1.0).abs() < 1e-9, "verbatim");
        let slip = within_similarity("called it a new chaptr", sentence);
        assert!((slip - (1.0 - 1.0 / 22.0)).abs() < 1e-9, "one letter left out is one edit: {slip}");
        assert!(within_similarity("the summit ended without a joint statement", sentence) < SUGGEST_SENTENCE);
        assert!((within_similarity("", sentence) - 1.0).abs() < 1e-9);
    }

    /// A sheet of long misquotes against long sentences once spent seconds here (a fuzzer's timeout): each
    /// quote now costs one pass per candidate sentence, so ten such quotes fit in half the budget.
    #[test]
    fn ten_long_misquotes_against_long_sentences_cost_a_fraction_of_the_budget() {
        let words: Vec<String> = (0..80).map(|i| format!("word{i}")).collect();
        let sentences: Vec<String> = (0..8).map(|k| format!("{} end{k}.", words.join(" "))).collect();
        let quote = words[..40].join(" ").replace("word1", "wrod1");
        let mut budget = SUGGEST_BUDGET;
        for _ in 0..10 {
            assert!(closest_sentence(&quote, &sentences, &mut budget).is_some());
        }
        assert!(SUGGEST_BUDGET - budget < SUGGEST_BUDGET / 2, "spent {}", SUGGEST_BUDGET - budget);
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("Meet Takaichi!"), "meet-takaichi");
        assert_eq!(slug("  --  "), "");
    }
}

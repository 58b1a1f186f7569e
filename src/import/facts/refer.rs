//! Role nouns that refer back: "the agency", "the spokesman", "the ministry" name no one themselves, but in
//! news prose they mean the nearest entity of their kind named just before ("… said Yonhap. The agency
//! added …"). Each is read as a mention of that entity, so every pattern treats it as a name.
//!
//! The rule kept: a role noun after "the" refers back only to an entity named earlier in the same or the
//! previous paragraph whose kind, name or role fits the noun (an agency is a news outlet or a body with
//! "Agency" in its name; a spokesman is a person whose role says so); the nearest such entity wins. A noun
//! followed by a name or "of" ("the ministry of defence", "the agency Yonhap") is a name of its own and is
//! left alone, as is a noun with nothing fitting before it.

use std::ops::Range;

use super::super::entities::Found;
use super::super::text::Article;
use super::clause::{Named, Sent, can_act, tokens};
use crate::pack::{Entity, EntityKind};

/// Role nouns (one or two words, lower case) and whether an entity fits each.
fn fits(noun: &str, e: &Entity) -> bool {
    let name = e.name.to_lowercase();
    let role = e.role.as_deref().unwrap_or("").to_lowercase();
    let org = matches!(e.kind, EntityKind::Organisation | EntityKind::Group);
    match noun {
        "agency" | "news agency" => e.kind == EntityKind::Media || (org && name.contains("agency")),
        "newspaper" | "broadcaster" | "outlet" => e.kind == EntityKind::Media,
        "ministry" | "department" | "council" | "party" | "military" | "army" | "navy" | "coast guard" => {
            org && name.contains(noun)
        }
        "spokesman" | "spokeswoman" | "spokesperson" => e.kind == EntityKind::Person && role.contains("spokes"),
        "minister" | "foreign minister" | "prime minister" | "president" | "ambassador" | "envoy" => {
            e.kind == EntityKind::Person && role.contains(noun)
        }
        // Any other noun: a place whose name ends with it ("the shrine" for the Yasukuni Shrine).
        _ => {
            e.kind == EntityKind::Place
                && name.rsplit(' ').next().is_some_and(|last| last == noun)
                && name.contains(' ')
        }
    }
}

/// Words that may follow a place's head noun read back ("the shrine, …", "the shrine in …", "the island
/// was …"): punctuation does too. Any other word may go on with the noun phrase ("the shrine visits").
const HEAD_FOLLOWERS: [&str; 14] =
    ["in", "at", "on", "and", "is", "was", "has", "had", "which", "that", "where", "to", "for", "with"];

/// The role nouns read, longest first so "the prime minister" is not read as "the prime".
const NOUNS: [&str; 22] = [
    "news agency",
    "foreign minister",
    "prime minister",
    "coast guard",
    "agency",
    "newspaper",
    "broadcaster",
    "outlet",
    "ministry",
    "department",
    "council",
    "party",
    "military",
    "army",
    "navy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "envoy",
    "ambassador",
    "minister",
];

/// The back references of the article: for each, the byte range of "the <noun>" in [`Article::text`] and
/// the index in [`Found::entities`] of the entity it means, in text order. None overlaps a mention.
pub fn back_references(article: &Article, found: &Found) -> Vec<(Range<usize>, usize)> {
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    // Every mention so far, as (paragraph, start, entity index), in text order.
    let mut seen: Vec<(usize, usize, usize)> = Vec::new();
    for (paragraph, range) in article.sentences() {
        let text = article.slice(&range);
        let toks = tokens(text);
        let word = |i: usize| toks.get(i).and_then(|t| text.get(t.range.clone())).unwrap_or("");
        let mut refs: Vec<(Range<usize>, usize)> = Vec::new();
        for i in 0..toks.len() {
            if !word(i).eq_ignore_ascii_case("the") {
                continue;
            }
            let role = NOUNS.iter().find_map(|n| {
                let parts: Vec<&str> = n.split(' ').collect();
                parts
                    .iter()
                    .enumerate()
                    .all(|(k, p)| word(i + 1 + k).eq_ignore_ascii_case(p))
                    .then_some((*n, parts.len()))
            });
            // "the shrine" after "the Yasukuni Shrine": a place's own head noun.
            let head = word(i + 1);
            let head_noun = head.len() >= 4
                && head.chars().all(|c| c.is_ascii_lowercase())
                && (toks.get(i + 2).is_none_or(|t| !t.word) || HEAD_FOLLOWERS.contains(&word(i + 2)));
            let Some((noun, len)) = role.or_else(|| head_noun.then_some((head, 1))) else {
                continue;
            };
            // Lower case as written: "the Ministry" may begin a name ("the Ministry of Unification").
            let after = word(i + 1 + len);
            let named_after = after.chars().next().is_some_and(char::is_uppercase) || after.eq_ignore_ascii_case("of");
            if named_after || word(i + 1).chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let (Some(first), Some(last)) = (toks.get(i), toks.get(i + len)) else { continue };
            let at = range.start + first.range.start..range.start + last.range.end;
            if found.mentions.iter().any(|m| m.range.start < at.end && at.start < m.range.end) {
                continue;
            }
            let before = seen
                .iter()
                .rev()
                .filter(|(p, start, _)| *p + 1 >= paragraph && *start < at.start)
                .find(|(_, _, e)| found.entities.get(*e).is_some_and(|e| fits(noun, e)));
            if let Some(&(_, _, e)) = before {
                refs.push((at, e));
            }
        }
        // The sentence's mentions and references, in text order, become what later sentences refer back to.
        let mut here: Vec<(usize, usize)> = found
            .within(&range)
            .map(|m| (m.range.start, m.entity))
            .chain(refs.iter().map(|(r, e)| (r.start, *e)))
            .collect();
        here.sort_unstable();
        seen.extend(here.into_iter().map(|(start, e)| (paragraph, start, e)));
        out.extend(refs);
    }
    out
}

/// Words before a plural noun that make it a noun phrase of its own ("the envoys", "two sides").
const PLURAL_DETERMINERS: [&str; 14] = [
    "the", "two", "three", "four", "several", "many", "some", "both", "other", "these", "those", "all", "their", "its",
];

/// Whether token `k` of `s` is a plural common noun after a determiner ("the envoys", "two sides"): a
/// lower-case word ending in "s" (not "ss", "us" or "is").
fn plural_noun_at(s: &Sent<'_>, k: usize) -> bool {
    let w = s.tok(k);
    k > 0
        && PLURAL_DETERMINERS.iter().any(|d| s.is(k - 1, d))
        && w.len() > 3
        && w.chars().all(|c| c.is_ascii_lowercase())
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// The two named parties an opening "They" of the next sentence means: the sentence's subject is two
/// parties that can act joined by "and" ("Kim and Lee met in Seoul on Monday."), and nothing else in it
/// could be "they" — no second pair of names joined by "and", no group ("officials"), no plural noun after
/// a determiner ("the envoys", "two sides"). `None` unless there is exactly that one plural antecedent.
pub fn plural_antecedent<'a>(prev: &Sent<'a>) -> Option<(&'a Entity, &'a Entity)> {
    let pairs: Vec<(&Named<'a>, &Named<'a>)> = prev
        .named
        .iter()
        .filter_map(|a| {
            let b = prev.named_at(a.end + 1).or_else(|| prev.named_at(a.end + 2).filter(|_| prev.is(a.end + 1, "the")));
            prev.is(a.end, "and").then_some(())?;
            Some((a, b?))
        })
        .collect();
    let [(a, b)] = pairs.as_slice() else { return None };
    let listed = prev.tok(a.first.wrapping_sub(1)) == "," && prev.named_before(a.first - 1).is_some();
    let subject = prev.opens_clause(a) && !prev.in_quote(a.first) && prev.verb_group(b.end).is_some();
    let acts = can_act(a.entity.kind) && can_act(b.entity.kind) && a.entity.id != b.entity.id;
    let group = prev.named.iter().any(|m| m.entity.kind == EntityKind::Group);
    let plural = (b.end..prev.toks.len()).any(|k| plural_noun_at(prev, k));
    if listed || !subject || !acts || group || plural || prev.tok(b.end) == "," || prev.is(b.end, "and") {
        return None;
    }
    Some((a.entity, b.entity))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{mentions, text};

    fn refs(body: &str, es: Vec<Entity>) -> Vec<(String, String)> {
        let a = text::read(format!("Headline\n\nFriday, August 21, 2015\n\n{body}\n").as_bytes(), "a.txt")
            .expect("an article");
        let found = mentions::locate(&a, es);
        back_references(&a, &found)
            .into_iter()
            .map(|(r, e)| (a.text[r].to_string(), found.entities[e].id.clone()))
            .collect()
    }

    #[test]
    fn a_role_noun_means_the_nearest_fitting_entity_before_it() {
        let mut spokes = Entity::new("hua", EntityKind::Person, "Hua Chunying");
        spokes.role = Some("Chinese foreign ministry spokeswoman".into());
        let es = vec![
            Entity::new("yonhap", EntityKind::Media, "Yonhap"),
            Entity::new("kcna", EntityKind::Media, "KCNA"),
            Entity::new("mofa", EntityKind::Organisation, "Foreign Ministry"),
            spokes,
            Entity::new("seoul", EntityKind::City, "Seoul"),
        ];
        let body = "Yonhap quoted KCNA on the talks in Seoul. The agency said the North wanted aid.\n\n\
                    The Foreign Ministry and Hua Chunying spoke next. The spokeswoman said the ministry would reply.\n\n\
                    Later, the agency of the state said nothing.\n\n\
                    In a third week, the agency was silent.";
        assert_eq!(
            refs(body, es),
            vec![
                ("The agency".to_string(), "kcna".to_string()),
                ("The spokeswoman".to_string(), "hua".to_string()),
                ("the ministry".to_string(), "mofa".to_string()),
                // "the agency of the state" names a body of its own; two paragraphs on, nothing fits.
            ]
        );
    }

    #[test]
    fn the_ambassador_and_the_minister_are_the_people_so_titled_before() {
        let mut envoy = Entity::new("vega", EntityKind::Person, "Luis Vega");
        envoy.role = Some("Peruvian Ambassador".into());
        let mut minister = Entity::new("lopez", EntityKind::Person, "Maria Lopez");
        minister.role = Some("Foreign Minister".into());
        let body = "Maria Lopez met Luis Vega in Lima.\n\nThe ambassador said talks would go on. The minister agreed.";
        assert_eq!(
            refs(body, vec![envoy, minister]),
            vec![("The ambassador".to_string(), "vega".to_string()), ("The minister".to_string(), "lopez".to_string())]
        );
    }

    #[test]
    fn they_means_the_one_pair_of_names_that_was_the_subject_before() {
        use super::super::speech::tests::{entity, sent};
        let es = [
            entity("vega", EntityKind::Person, "Luis Vega"),
            entity("ruiz", EntityKind::Person, "Ana Ruiz"),
            entity("lima", EntityKind::City, "Lima"),
            entity("mayors", EntityKind::Group, "mayors"),
        ];
        let ids = |text: &str| plural_antecedent(&sent(text, &es)).map(|(a, b)| (a.id.clone(), b.id.clone()));
        assert_eq!(ids("Luis Vega and Ana Ruiz met in Lima on Monday."), Some(("vega".into(), "ruiz".into())));
        // The pair is not the subject, or something else could be "they".
        assert_eq!(ids("The envoys met Luis Vega and Ana Ruiz in Lima."), None);
        assert_eq!(ids("Luis Vega and Ana Ruiz met the two envoys in Lima."), None);
        assert_eq!(ids("Luis Vega and Ana Ruiz met mayors in Lima."), None);
        assert_eq!(ids("Luis Vega met Ana Ruiz in Lima."), None);
    }

    #[test]
    fn the_head_noun_of_a_place_named_before_is_that_place() {
        let es = vec![
            Entity::new("belem", EntityKind::Place, "Belem Tower"),
            Entity::new("lisbon", EntityKind::City, "Lisbon"),
        ];
        let body = "The ministers walked to the Belem Tower in Lisbon. The tower, a site that draws crowds, was shut.\n\n\
                    The city was quiet. The tower visits were cancelled.";
        assert_eq!(refs(body, es), vec![("The tower".to_string(), "belem".to_string())]);
    }

    #[test]
    fn nothing_fitting_before_means_no_reference() {
        let es = vec![Entity::new("seoul", EntityKind::City, "Seoul"), Entity::new("kim", EntityKind::Person, "Kim")];
        assert!(refs("Kim went to Seoul. The spokesman said the agency would reply.", es).is_empty());
    }
}

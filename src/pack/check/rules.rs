//! The content rules of a parsed fact sheet: ids, duplicates, topics, entities and their kinds, evidence
//! quotes, claims, dates and quantities, and names that would give an answer away.

use std::collections::BTreeMap;

use super::position::line_no;
use super::slots::{Slots, slots};
use super::suggest::{SUGGEST_ID, closest_sentence, sentences, slug};
use super::tree::Doc;
use crate::pack::schema::SCHEMA_VERSION;
use crate::pack::{Article, Claim, Entity, EntityKind, FactSheet, MonthDay, Pack};
use crate::text::{closest, fold};

pub(super) fn version_message(text: &str, n: f64) -> String {
    if n > f64::from(SCHEMA_VERSION) {
        format!(
            "this fact sheet has format version {text}, so it was written by a newer version of Dossier; update \
             Dossier to open it."
        )
    } else {
        format!("format version {text} does not exist; write `version: {SCHEMA_VERSION}`.")
    }
}

/// Collected problems: byte offset and message.
pub(super) type Found = Vec<(usize, String)>;

/// Lowercase letters and digits in words joined by single hyphens (`"south-korea"`).
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// An id that is empty or not lowercase-hyphenated. `what` names its owner ("entity id"), `hint` is
/// text to derive a suggested id from.
pub(super) fn check_id(found: &mut Found, at: usize, what: &str, id: &str, hint: &str) {
    if id.trim().is_empty() {
        let example = Some(slug(hint)).filter(|s| !s.is_empty()).unwrap_or_else(|| "south-korea".to_string());
        found.push((at, format!("{what} is empty; give it a lowercase-hyphenated id such as \"{example}\".")));
    } else if !is_slug(id) {
        let advice = match slug(id) {
            s if s.is_empty() => "use lowercase letters, digits and hyphens only".to_string(),
            s => format!("write \"{s}\" instead, and use that id wherever it is referred to"),
        };
        found.push((at, format!("{what} \"{id}\" is not lowercase-hyphenated; {advice}.")));
    }
}

/// Duplicate ids within one list: the second and later uses are reported, naming the first.
fn check_duplicates<'s>(doc: &Doc, found: &mut Found, list: &str, what: &str, ids: impl Iterator<Item = &'s str>) {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            continue;
        }
        match seen.get(id) {
            Some(&first) => {
                let line = line_no(doc.src, doc.item_at(list, first));
                found.push((
                    doc.item_field_at(list, i, "id"),
                    format!(
                        "{what} id \"{id}\" is already used by the {what} at line {line}; give each {what} its own id."
                    ),
                ));
            }
            None => {
                seen.insert(id, i);
            }
        }
    }
}

pub(super) fn check_topics(doc: &Doc, sheet: &FactSheet, found: &mut Found) {
    for (i, topic) in sheet.topics.iter().enumerate() {
        let id_at = doc.item_field_at("topics", i, "id");
        check_id(found, id_at, "topic id", &topic.id, &topic.name);
        if topic.name.trim().is_empty() {
            found.push((
                doc.item_field_at("topics", i, "name"),
                format!("topic \"{}\" has an empty `name`; write a display name such as \"History\".", topic.id),
            ));
        }
    }
    check_duplicates(doc, found, "topics", "topic", sheet.topics.iter().map(|t| t.id.as_str()));
}

fn kind_name(kind: EntityKind) -> String {
    format!("{kind:?}")
}

/// "a Person", "a City, Place or Country".
fn kinds_phrase(kinds: &[EntityKind]) -> String {
    let names: Vec<String> = kinds.iter().map(|&k| kind_name(k)).collect();
    let joined = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    let article = if joined.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
    format!("{article} {joined}")
}

pub(super) fn check_entities(doc: &Doc, sheet: &FactSheet, found: &mut Found) {
    // Folded name or alias -> (entity index, the form as written).
    let mut names: BTreeMap<String, (usize, &str)> = BTreeMap::new();
    for (i, entity) in sheet.entities.iter().enumerate() {
        let id_at = doc.item_field_at("entities", i, "id");
        check_id(found, id_at, "entity id", &entity.id, &entity.name);
        let who = if entity.id.is_empty() {
            format!("the entity at line {}", line_no(doc.src, doc.item_at("entities", i)))
        } else {
            format!("entity \"{}\"", entity.id)
        };
        if entity.name.trim().is_empty() {
            found.push((
                doc.item_field_at("entities", i, "name"),
                format!("{who} has an empty `name`; write its name as the article spells it."),
            ));
        }
        let forms =
            std::iter::once((None, &entity.name)).chain(entity.aliases.iter().enumerate().map(|(j, a)| (Some(j), a)));
        for (j, form) in forms {
            let at = match j {
                Some(j) => doc.item_list_at("entities", i, "aliases", j),
                None => doc.item_field_at("entities", i, "name"),
            };
            let folded = fold(form);
            if folded.is_empty() {
                if j.is_some() {
                    found.push((at, format!("{who} has an empty alias; remove it.")));
                }
                continue;
            }
            match names.get(&folded) {
                Some(&(other, other_form)) if other != i => {
                    let other_entity = &sheet.entities[other];
                    let this = if j.is_some() { "alias" } else { "name" };
                    let that = if fold(&other_entity.name) == folded { "the name" } else { "an alias" };
                    let line = line_no(doc.src, doc.item_at("entities", other));
                    let written = if other_form == form { String::new() } else { format!(", as \"{other_form}\"") };
                    found.push((
                        at,
                        format!(
                            "the {this} \"{form}\" of {who} is also {that} of entity \"{}\" (line {line}{written}), so \
                             a typed answer \"{form}\" could mean either; remove it from one of them or make it more \
                             specific.",
                            other_entity.id
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    names.insert(folded, (i, form));
                }
            }
        }
    }
    check_duplicates(doc, found, "entities", "entity", sheet.entities.iter().map(|e| e.id.as_str()));

    let by_id = entity_index(sheet);
    for (i, entity) in sheet.entities.iter().enumerate() {
        let Some(country) = &entity.country else { continue };
        let at = doc.item_field_at("entities", i, "country");
        let owner = format!("entity \"{}\"", entity.id);
        match by_id.get(country.as_str()) {
            None => found.push((at, unknown_entity(&owner, "has country", country, sheet, &[EntityKind::Country]))),
            Some(target) if target.kind != EntityKind::Country => found.push((
                at,
                format!(
                    "the `country` of {owner} is \"{country}\", {}, but it must be a Country; correct the id, or \
                     change that entity's `kind` if it is wrong.",
                    kinds_phrase(&[target.kind])
                ),
            )),
            Some(_) => {}
        }
    }
}

/// Entities by id, with their names and aliases folded as the grader and generator compare them.
struct Index<'s> {
    by_id: BTreeMap<&'s str, &'s Entity>,
    /// Per entity id: each non-empty name or alias folded and padded with spaces (`" president lee "`),
    /// with the form as written.
    names: BTreeMap<&'s str, Vec<(String, &'s str)>>,
}

impl<'s> Index<'s> {
    fn new(sheet: &'s FactSheet) -> Self {
        let by_id = entity_index(sheet);
        let names = by_id
            .iter()
            .map(|(&id, e)| {
                let forms = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|f| (fold(f), f.as_str()))
                    .filter(|(folded, _)| !folded.is_empty())
                    .map(|(folded, f)| (format!(" {folded} "), f))
                    .collect();
                (id, forms)
            })
            .collect();
        Self { by_id, names }
    }
}

/// Entities by id; the first of duplicates wins (the duplicate itself is reported).
fn entity_index(sheet: &FactSheet) -> BTreeMap<&str, &Entity> {
    let mut by_id = BTreeMap::new();
    for e in &sheet.entities {
        by_id.entry(e.id.as_str()).or_insert(e);
    }
    by_id
}

/// "`owner` `verb` entity \"xii\", which is not in `entities`; add it or correct the id (did you mean
/// \"xi\"?)." Suggestions prefer entities of the kinds the slot allows.
fn unknown_entity(owner: &str, verb: &str, id: &str, sheet: &FactSheet, kinds: &[EntityKind]) -> String {
    let fits = |k: EntityKind| kinds.is_empty() || kinds.contains(&k);
    let lower = id.to_lowercase();
    let best = sheet
        .entities
        .iter()
        .filter(|e| fits(e.kind) && !e.id.is_empty())
        .map(|e| {
            let by_id = strsim::normalized_damerau_levenshtein(&lower, &e.id);
            let by_name = strsim::normalized_damerau_levenshtein(&slug(id), &slug(&e.name));
            (by_id.max(by_name), e.id.as_str())
        })
        .filter(|(score, _)| *score >= SUGGEST_ID)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = best.map_or_else(String::new, |(_, near)| format!(" (did you mean \"{near}\"?)"));
    let noun = if verb == "names" { "entity " } else { "" };
    format!("{owner} {verb} {noun}\"{id}\", which is not in `entities`; add it or correct the id{hint}.")
}

pub(super) fn check_facts(doc: &Doc, pack: &Pack, found: &mut Found) {
    let sheet = &pack.sheet;
    let index = Index::new(sheet);
    // Split only when some evidence needs a suggestion.
    let mut sentences: Option<Vec<String>> = None;
    for (i, fact) in sheet.facts.iter().enumerate() {
        let s = slots(&fact.claim);
        let hint = format!("{} {}", s.variant, s.refs.first().map_or("", |r| r.id));
        check_id(found, doc.item_field_at("facts", i, "id"), "fact id", &fact.id, &hint);
        let owner = if fact.id.is_empty() {
            format!("the fact at line {}", line_no(doc.src, doc.item_at("facts", i)))
        } else {
            format!("fact \"{}\"", fact.id)
        };

        for (j, topic) in fact.topics.iter().enumerate() {
            if pack.topic(topic).is_none() {
                let near = closest(topic, sheet.topics.iter().map(|t| t.id.as_str()), SUGGEST_ID);
                let hint = near.map_or_else(String::new, |n| format!(" (did you mean \"{n}\"?)"));
                found.push((
                    doc.item_list_at("facts", i, "topics", j),
                    format!(
                        "{owner} is tagged with topic \"{topic}\", which is not in `topics`; add it there or correct \
                         the id{hint}."
                    ),
                ));
            }
        }

        check_evidence(doc, i, &owner, &fact.evidence, &pack.article, &mut sentences, found);
        check_claim(doc, i, &owner, &fact.claim, &s, sheet, &index, found);
    }
    check_duplicates(doc, found, "facts", "fact", sheet.facts.iter().map(|f| f.id.as_str()));
}

fn check_evidence(
    doc: &Doc,
    i: usize,
    owner: &str,
    evidence: &str,
    article: &Article,
    sentences: &mut Option<Vec<String>>,
    found: &mut Found,
) {
    let at = doc.item_field_at("facts", i, "evidence");
    if evidence.trim().is_empty() {
        found.push((
            at,
            format!("the evidence of {owner} is empty; copy the sentence that states the fact from the article."),
        ));
        return;
    }
    if article.find(evidence).is_some() {
        return;
    }
    let sentences = sentences.get_or_insert_with(|| self::sentences(article));
    let message = match closest_sentence(evidence, sentences) {
        Some(sentence) => format!(
            "the evidence of {owner} does not occur in the article; copy the quote from the article exactly (the \
             closest sentence in the article is: “{sentence}”)."
        ),
        None => format!(
            "the evidence of {owner} does not occur in the article, and no sentence of the article is close to it; \
             copy the sentence that states the fact from the article."
        ),
    };
    found.push((at, message));
}

#[allow(clippy::too_many_arguments)]
fn check_claim(
    doc: &Doc,
    i: usize,
    owner: &str,
    claim: &Claim,
    s: &Slots,
    sheet: &FactSheet,
    index: &Index,
    found: &mut Found,
) {
    let by_id = &index.by_id;
    let variant = s.variant;
    let article = if variant.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };

    for r in &s.refs {
        let at = doc.slot_at(i, r.slot, r.item);
        match by_id.get(r.id) {
            None => found.push((at, unknown_entity(owner, "names", r.id, sheet, r.kinds))),
            Some(e) if !r.kinds.is_empty() && !r.kinds.contains(&e.kind) => found.push((
                at,
                format!(
                    "the `{}` of {owner} is \"{}\", {}, but {article} {variant}'s `{}` must be {}; correct the id, or \
                     change that entity's `kind` if it is wrong.",
                    r.slot,
                    r.id,
                    kinds_phrase(&[e.kind]),
                    r.slot,
                    kinds_phrase(r.kinds)
                ),
            )),
            Some(_) => {}
        }
    }

    let list_slot = match claim {
        Claim::Relation { between, .. } => Some(("between", between)),
        Claim::Agreement { parties, .. } => Some(("parties", parties)),
        _ => None,
    };
    if let Some((slot, ids)) = list_slot {
        let at = doc.item("facts", i).and_then(|f| f.field(doc.src, "claim")).and_then(|c| c.field(doc.src, slot));
        let at = at.map_or_else(|| doc.slot_at(i, slot, None), |n| n.span.start);
        if slot == "between" && ids.len() != 2 {
            found.push((
                at,
                format!(
                    "a Relation is between exactly two parties, but {owner} names {}; keep two, or split it into one \
                     Relation per pair.",
                    ids.len()
                ),
            ));
        } else if slot == "parties" && ids.len() < 2 {
            found.push((
                at,
                format!(
                    "an Agreement needs at least two parties, but {owner} names {}; add the other party.",
                    ids.len()
                ),
            ));
        }
        for (j, id) in ids.iter().enumerate() {
            if ids[..j].contains(id) {
                found.push((
                    doc.slot_at(i, slot, Some(j)),
                    format!("{owner} names \"{id}\" twice in `{slot}`; name each party once."),
                ));
            }
        }
    }

    for date in &s.dates {
        check_date(found, doc.slot_at(i, "date", None), owner, date);
    }

    if let Claim::Quantity { statement, value, tolerance, .. } = claim {
        let count = statement.matches("{n}").count();
        if count != 1 {
            let has = if count == 0 { "has no `{n}`".to_string() } else { format!("has `{{n}}` {count} times") };
            found.push((
                doc.slot_at(i, "statement", None),
                format!(
                    "the `statement` of {owner} {has}; write `{{n}}` exactly once, where the number goes (\"{{n}} of \
                     the victims were Korean\")."
                ),
            ));
        }
        if !value.is_finite() {
            found.push((
                doc.slot_at(i, "value", None),
                format!("the `value` of {owner} is not a finite number; write the number the article states."),
            ));
        }
        if !tolerance.is_finite() || *tolerance < 0.0 {
            found.push((
                doc.slot_at(i, "tolerance", None),
                format!(
                    "the `tolerance` of {owner} is {tolerance}; write 0 or a positive number (how far a typed answer \
                     may be from the value)."
                ),
            ));
        }
    }

    for &(slot, text) in &s.texts {
        let at = doc.slot_at(i, slot, None);
        if text.trim().is_empty() {
            found.push((at, format!("the `{slot}` of {owner} is empty; write it as the article states it.")));
            continue;
        }
        let folded = format!(" {} ", fold(text));
        for r in s.refs.iter().filter(|r| r.leaks) {
            let (Some(e), Some(forms)) = (by_id.get(r.id), index.names.get(r.id)) else { continue };
            let Some(&(_, form)) = forms.iter().find(|(padded, _)| folded.contains(padded.as_str())) else {
                continue;
            };
            let how = if *form == e.name { "the name" } else { "an alias" };
            found.push((
                doc.inside_string(at, form),
                format!(
                    "the `{slot}` of {owner} contains \"{form}\", {how} of \"{}\", the fact's `{}`, so questions \
                     would give the answer away; rephrase it without that name.",
                    r.id, r.slot
                ),
            ));
        }
    }
}

fn check_date(found: &mut Found, at: usize, owner: &str, date: &str) {
    let has_year = date.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4);
    if has_year {
        let without: String = date
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !(w.is_empty() || w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
            .collect::<Vec<_>>()
            .join(" ");
        let suggestion = MonthDay::parse(&without).map_or_else(String::new, |d| format!(" (\"{d}\")"));
        found.push((
            at,
            format!(
                "the date \"{date}\" of {owner} has a year, but the article never states a year; write the month and \
                 day only{suggestion}."
            ),
        ));
    } else if MonthDay::parse(date).is_none() {
        let numeric = date.chars().any(|c| c == '/' || c == '.') && !date.chars().any(char::is_alphabetic);
        let advice = if numeric {
            "numeric dates are ambiguous between month-first and day-first, so write the month's name, such as \
             \"January 5\""
                .to_string()
        } else if let Some((near, Some(_))) = MonthDay::parse_forgiving(date) {
            format!("write the month's name in full, as in \"{near}\"")
        } else {
            "write a month and a day as the article gives them, such as \"January 5\"".to_string()
        };
        found.push((at, format!("the date \"{date}\" of {owner} is not a month and day; {advice}.")));
    }
}

#[cfg(test)]
mod tests {
    use crate::pack::check::fixture::problems;

    #[test]
    fn a_clean_sheet_has_no_problems() {
        let facts = r#"        (id: "meet", evidence: "Lee met Xi Jinping in Beijing on January 5.", claim: Meeting(who: "lee", whom: "xi", place: Some("beijing"), date: "January 5")),
        (id: "said", evidence: "Xi called it a 'new chapter'.", claim: Statement(speaker: "xi", said: "called it a ‘new chapter’", quote: "new-chapter")),"#;
        assert_eq!(problems(facts), Vec::<String>::new());
    }

    #[test]
    fn leaks_are_found_in_free_text_at_the_name() {
        let facts = r#"        (id: "said", evidence: "Xi called it a 'new chapter'.", claim: Statement(speaker: "xi", said: "Xi called it a new chapter")),"#;
        let p = problems(facts);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("16:104: the `said` of fact \"said\" contains \"Xi\""), "{p:?}");
    }

    #[test]
    fn numeric_and_empty_dates_are_refused_with_advice() {
        let facts = r#"        (id: "meet", evidence: "Lee met Xi Jinping", claim: Meeting(who: "lee", whom: "xi", date: "1/5")),"#;
        let p = problems(facts);
        assert!(p[0].contains("numeric dates are ambiguous"), "{p:?}");
    }

    #[test]
    fn agreements_need_two_distinct_parties() {
        let facts = r#"        (id: "agree", evidence: "Lee met Xi Jinping", claim: Agreement(parties: ["lee", "lee"], what: "to meet")),"#;
        let p = problems(facts);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("names \"lee\" twice in `parties`"), "{p:?}");
    }
}

//! Step 4 of drafting: the fact sheet assembled, written as RON and checked.
//!
//! The draft is checked by the same code as a hand-written sheet (the content rules of
//! [`Pack::from_sources`], [`Bank::new`] and the question audit). Every fact the checker objects to, and
//! every entity it objects to with the facts that name it, is left out and the draft is banked and audited
//! again, so a draft that is returned always passes `dossier check` with no warning. What was left out is
//! listed in [`Draft::left_out`].
//!
//! Rule kept: the content rules run once per draft, on the first sheet: leaving items out of a sheet makes
//! no new problem for the content rules ([`Pack::from_source_and_article`]), while it can change the
//! questions the other items yield, so only the bank and the audit run again. The article is normalised
//! and indexed once for every round.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::entities::Found;
use super::text::Article;
use super::{ImportError, Options};
use crate::generate::{Bank, audit};
use crate::pack::schema::SCHEMA_VERSION;
use crate::pack::{Claim, Entity, Fact, FactSheet, Pack, Problem};

/// A drafted pack, checked, ready to be written.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The fact sheet.
    pub sheet: FactSheet,
    /// The fact sheet as RON text, to be saved as `<id>.ron`.
    pub ron: String,
    /// The article text, to be saved as `<id>.txt` (the sheet's `article`).
    pub article: String,
    /// How many questions the draft yields.
    pub questions: usize,
    /// Per fact id, how many questions it yields.
    pub per_fact: std::collections::BTreeMap<String, usize>,
    /// Facts and entities that were drafted and then left out, each with the checker's reason.
    pub left_out: Vec<String>,
    /// Per fact id left out, the checker's reason as a sentence fragment (a fact naming an entity the
    /// checker refused gets that entity's reason).
    pub refused: BTreeMap<String, String>,
    /// Every question the draft yields, in the bank's order (each names the facts it rests on).
    pub yielded: Vec<crate::question::Question>,
}

/// How a drafted fact sheet begins: the app offers to review again only the sheets that begin so.
pub const DRAFT_MARK: &str = "// Drafted by `dossier import`";

/// The most rounds of check-and-drop; each round drops at least one item, so this only bounds a defect.
const MAX_ROUNDS: usize = 64;

/// Assembles, writes and checks the draft, leaving out what the checker refuses.
pub fn assemble(article: &Article, found: &Found, facts: Vec<Fact>, options: &Options) -> Result<Draft, ImportError> {
    settle(article, found, facts, options).map_err(|(e, _)| e)
}

/// [`assemble`], and when no draft is left, also per fact id why the checker left it out (so a reviewer
/// whose only fact is refused is told why, not only that nothing is left).
pub fn settle(
    article: &Article,
    found: &Found,
    facts: Vec<Fact>,
    options: &Options,
) -> Result<Draft, (ImportError, BTreeMap<String, String>)> {
    let mut refused: BTreeMap<String, String> = BTreeMap::new();
    let bare = |e: ImportError| (e, BTreeMap::new());
    let title = options.title.clone().unwrap_or_else(|| article.headline.clone());
    let id = match &options.id {
        Some(id) if valid_id(id) => id.clone(),
        Some(id) => {
            return Err(bare(ImportError::Other(format!(
                "\"{id}\" cannot be a pack id: use lowercase letters, digits and single hyphens, such as \"summit-2026\"."
            ))));
        }
        None => slug(&title),
    };
    let topics = options.topics.clone();
    let mut sheet = FactSheet {
        version: SCHEMA_VERSION,
        id: id.clone(),
        title,
        source: article
            .credit
            .clone()
            .map_or_else(|| "the imported article".to_string(), |_| "the article's source".to_string()),
        article: format!("{id}.txt"),
        credit: options.credit.clone().or_else(|| article.credit.clone()),
        dateline: options.dateline.clone().or_else(|| article.dateline.clone()),
        topics,
        entities: found.entities.clone(),
        facts,
    };
    let mut left_out = Vec::new();
    // The article normalised and indexed once; each round's pack gets a copy.
    let text = crate::pack::Article::new(article.text.as_str());
    if let Some(f) = sheet.facts.first() {
        let _ = text.find(&f.evidence);
    }
    let name = format!("{id}.ron");
    // Whether the content rules have run: they run once, on the first sheet. Each later sheet keeps a subset
    // of its items (references to those left out removed), which has no problem the first did not report at
    // an item it keeps ([`Pack::from_source_and_article`]); so later rounds only bank and audit.
    let mut checked = false;
    for _ in 0..MAX_ROUNDS {
        keep_named_entities(&mut sheet);
        if sheet.facts.is_empty() {
            return Err((ImportError::NothingToQuiz, refused));
        }
        let written = write(&sheet);
        let check = !checked;
        checked = true;
        let problems: Vec<(Item, String)> =
            match Pack::from_source_and_article(&name, &written.ron, text.clone(), check) {
                Err(e) => e.problems.iter().map(|p| (written.item_at(p), p.message.clone())).collect(),
                Ok(pack) => match Bank::new(pack) {
                    Err(e) => e.problems.iter().map(|p| (written.item_at(p), p.message.clone())).collect(),
                    Ok(bank) => {
                        let found = audit::audit(&bank.pack, &bank.questions);
                        if found.is_empty() {
                            let mut per_fact = BTreeMap::new();
                            for q in &bank.questions {
                                for f in &q.facts {
                                    *per_fact.entry(f.clone()).or_insert(0) += 1;
                                }
                            }
                            return Ok(Draft {
                                per_fact,
                                questions: bank.questions.len(),
                                sheet,
                                ron: written.ron,
                                article: article.text.clone(),
                                left_out,
                                refused,
                                yielded: bank.questions,
                            });
                        }
                        found.into_iter().map(|f| (Item::Fact(f.fact), f.message)).collect()
                    }
                },
            };
        let before = (sheet.facts.len(), sheet.entities.len());
        for (item, why) in problems {
            match item {
                Item::Fact(fact) => {
                    sheet.facts.retain(|f| f.id != fact);
                    left_out.push(format!("fact \"{fact}\": {why}"));
                    refused.entry(fact).or_insert(why);
                }
                Item::Entity(entity) => {
                    sheet.entities.retain(|e| e.id != entity);
                    for f in sheet.facts.iter().filter(|f| names(f, &entity)) {
                        refused.entry(f.id.clone()).or_insert_with(|| why.clone());
                    }
                    sheet.facts.retain(|f| !names(f, &entity));
                    left_out.push(format!("entity \"{entity}\": {why}"));
                }
                Item::Sheet => {
                    return Err(bare(ImportError::Other(format!(
                        "the drafted fact sheet could not be checked ({why}); this is a defect in Dossier's importer."
                    ))));
                }
            }
        }
        if (sheet.facts.len(), sheet.entities.len()) == before {
            return Err(bare(ImportError::Other(
                "the drafted fact sheet did not pass its check; this is a defect in Dossier's importer.".to_string(),
            )));
        }
    }
    Err(bare(ImportError::Other(
        "the drafted fact sheet did not settle; this is a defect in Dossier's importer.".to_string(),
    )))
}

/// What a checker's problem is located at.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Fact(String),
    Entity(String),
    Sheet,
}

/// The RON text of a sheet, with the lines each entity and fact occupies.
struct Written {
    ron: String,
    /// (first line, last line, item), 1-based, inclusive.
    spans: Vec<(usize, usize, Item)>,
}

impl Written {
    fn item_at(&self, problem: &Problem) -> Item {
        self.spans
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&problem.line))
            .map_or(Item::Sheet, |(_, _, item)| item.clone())
    }
}

/// Writes the sheet as RON in the layout of the bundled sheets: one entity per line, each fact over a few
/// lines; optional fields are written without `Some(…)` (the checker reads with ron's `IMPLICIT_SOME`).
fn write(sheet: &FactSheet) -> Written {
    let mut ron = String::new();
    let mut spans = Vec::new();
    let mut line = 1;
    let push = |ron: &mut String, text: &str, line: &mut usize| {
        ron.push_str(text);
        ron.push('\n');
        *line += text.matches('\n').count() + 1;
    };
    push(&mut ron, &format!("{DRAFT_MARK} from \"{}\"; review before use.", sheet.article), &mut line);
    push(&mut ron, "(", &mut line);
    push(&mut ron, &format!("    version: {},", sheet.version), &mut line);
    push(&mut ron, &format!("    id: {},", quoted(&sheet.id)), &mut line);
    push(&mut ron, &format!("    title: {},", quoted(&sheet.title)), &mut line);
    push(&mut ron, &format!("    source: {},", quoted(&sheet.source)), &mut line);
    push(&mut ron, &format!("    article: {},", quoted(&sheet.article)), &mut line);
    if let Some(d) = &sheet.dateline {
        push(&mut ron, &format!("    dateline: {},", quoted(d)), &mut line);
    }
    if let Some(c) = &sheet.credit {
        push(&mut ron, &format!("    credit: {},", quoted(c)), &mut line);
    }
    let topics: Vec<String> =
        sheet.topics.iter().map(|t| format!("(id: {}, name: {})", quoted(&t.id), quoted(&t.name))).collect();
    push(&mut ron, &format!("    topics: [{}],", topics.join(", ")), &mut line);
    push(&mut ron, "    entities: [", &mut line);
    for e in &sheet.entities {
        let text = format!("        {},", entity_line(e));
        spans.push((line, line + text.matches('\n').count(), Item::Entity(e.id.clone())));
        push(&mut ron, &text, &mut line);
    }
    push(&mut ron, "    ],", &mut line);
    push(&mut ron, "    facts: [", &mut line);
    for f in &sheet.facts {
        let topics = if f.topics.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = f.topics.iter().map(|t| quoted(t)).collect();
            format!("\n            topics: [{}],", ids.join(", "))
        };
        let text = format!(
            "        (\n            id: {},{topics}\n            evidence: {},\n            claim: {},\n        ),",
            quoted(&f.id),
            quoted(&f.evidence),
            value(&f.claim)
        );
        spans.push((line, line + text.matches('\n').count(), Item::Fact(f.id.clone())));
        push(&mut ron, &text, &mut line);
    }
    push(&mut ron, "    ],", &mut line);
    push(&mut ron, ")", &mut line);
    Written { ron, spans }
}

/// An entity on one line, leaving out the fields it does not use.
fn entity_line(e: &Entity) -> String {
    let mut out = format!("(id: {}, kind: {}, name: {}", quoted(&e.id), value(&e.kind), quoted(&e.name));
    if !e.aliases.is_empty() {
        let aliases: Vec<String> = e.aliases.iter().map(|a| quoted(a)).collect();
        let _ = write!(out, ", aliases: [{}]", aliases.join(", "));
    }
    for (field, v) in [
        ("role", &e.role),
        ("native", &e.native),
        ("country", &e.country),
        ("description", &e.description),
        ("within", &e.within),
    ] {
        if let Some(v) = v {
            let _ = write!(out, ", {field}: {}", quoted(v));
        }
    }
    out.push(')');
    out
}

/// A value on one line, as ron writes it, with `Some(…)` left implicit and strings unescaped but for
/// quotes and backslashes.
fn value<T: serde::Serialize>(v: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .compact_structs(true)
        .compact_arrays(true)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let text = ron::ser::to_string_pretty(v, config).unwrap_or_default();
    text.lines().filter(|l| !l.starts_with("#![")).collect::<Vec<_>>().join(" ")
}

/// A RON string literal.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Keeps only the entities some fact names (directly, or as the place another named entity lies within).
fn keep_named_entities(sheet: &mut FactSheet) {
    let mut named: BTreeSet<String> =
        sheet.entities.iter().map(|e| e.id.clone()).filter(|id| sheet.facts.iter().any(|f| names(f, id))).collect();
    loop {
        let within: Vec<String> = sheet
            .entities
            .iter()
            .filter(|e| named.contains(&e.id))
            .filter_map(|e| e.within.clone().or_else(|| e.country.clone()))
            .filter(|w| !named.contains(w))
            .collect();
        if within.is_empty() {
            break;
        }
        named.extend(within);
    }
    sheet.entities.retain(|e| named.contains(&e.id));
    let ids: BTreeSet<String> = sheet.entities.iter().map(|e| e.id.clone()).collect();
    for e in &mut sheet.entities {
        keep_known(&mut e.within, &ids);
        keep_known(&mut e.country, &ids);
    }
}

fn keep_known(slot: &mut Option<String>, ids: &BTreeSet<String>) {
    if slot.as_ref().is_some_and(|id| !ids.contains(id)) {
        *slot = None;
    }
}

/// Whether a fact names the entity `id` in any of its slots.
fn names(fact: &Fact, id: &str) -> bool {
    crate::generate::phrasing::entity_slots(&fact.claim).iter().any(|(_, x)| x.as_str() == id)
}

/// Makes every slot of `fact` that names entity `from` name `to` instead (merging two entities).
pub fn replace_entity(fact: &mut Fact, from: &str, to: &str) {
    let swap = |id: &mut String| {
        if id == from {
            *id = to.to_string();
        }
    };
    let swap_opt = |id: &mut Option<String>| {
        if id.as_deref() == Some(from) {
            *id = Some(to.to_string());
        }
    };
    // A list naming both entities names the merged one once.
    let swap_list = |ids: &mut Vec<String>| {
        ids.iter_mut().for_each(swap);
        let mut seen = BTreeSet::new();
        ids.retain(|id| seen.insert(id.clone()));
    };
    match &mut fact.claim {
        Claim::Meeting { who, whom, place, .. } => {
            swap(who);
            swap(whom);
            swap_opt(place);
        }
        Claim::Identity { who, country, .. } => {
            swap(who);
            swap_opt(country);
        }
        Claim::Visit { who, destination, .. } => {
            swap(who);
            swap(destination);
        }
        Claim::Statement { speaker, quote, .. } => {
            swap(speaker);
            swap_opt(quote);
        }
        Claim::Stance { actor, issue, .. } => {
            swap(actor);
            swap_opt(issue);
        }
        Claim::Relation { between, .. } | Claim::Agreement { parties: between, .. } => swap_list(between),
        Claim::Quantity { .. } | Claim::Reason { .. } | Claim::State { .. } => {}
        Claim::Passage { names } => swap_list(names),
        Claim::Report { source, .. } => swap(source),
        Claim::Event { who, place, .. } => {
            swap_list(who);
            swap_opt(place);
        }
        Claim::Summit { participants, host, event, place, .. } => {
            swap_list(participants);
            swap_opt(host);
            swap_opt(event);
            swap_opt(place);
        }
        Claim::Agenda { items, at, .. } => {
            swap_list(items);
            swap_opt(at);
        }
    }
}

/// The slots of a claim as a reviewer reads them: (slot, value) with entities by their names.
pub fn slots(claim: &Claim, name: impl Fn(&str) -> String) -> Vec<(&'static str, String)> {
    let opt = |v: &Option<String>| v.as_deref().map(&name);
    let text = |v: &Option<String>| v.clone();
    let list = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", ");
    let mut out: Vec<(&'static str, Option<String>)> = match claim {
        Claim::Meeting { who, whom, place, date } => {
            vec![("who", Some(name(who))), ("met", Some(name(whom))), ("where", opt(place)), ("when", text(date))]
        }
        Claim::Identity { who, is, country } => {
            vec![("who", Some(name(who))), ("is", Some(is.clone())), ("country", opt(country))]
        }
        Claim::Visit { who, destination, date, first } => vec![
            ("who", Some(name(who))),
            ("visited", Some(name(destination))),
            ("when", text(date)),
            ("first", text(first)),
        ],
        Claim::Statement { speaker, said, .. } => vec![("who", Some(name(speaker))), ("what", Some(said.clone()))],
        Claim::Stance { actor, stance, issue } => {
            vec![("who", Some(name(actor))), ("what", Some(stance.clone())), ("issue", opt(issue))]
        }
        Claim::Relation { between, state } => vec![("between", Some(list(between))), ("what", Some(state.clone()))],
        Claim::Quantity { statement, value, unit, .. } => vec![
            ("number", Some(format!("{value}{}", unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default()))),
            ("what", Some(statement.clone())),
        ],
        Claim::Agreement { parties, what, date, .. } => {
            vec![("who", Some(list(parties))), ("what", Some(what.clone())), ("when", text(date))]
        }
        Claim::Report { source, says } => vec![("who", Some(name(source))), ("what", Some(says.clone()))],
        Claim::Event { what, who, place, date, .. } => vec![
            ("what", Some(what.clone())),
            ("who", Some(list(who)).filter(|s| !s.is_empty())),
            ("where", opt(place)),
            ("when", text(date)),
        ],
        Claim::Summit { participants, host, place, date, .. } => {
            vec![("who", Some(list(participants))), ("host", opt(host)), ("where", opt(place)), ("when", text(date))]
        }
        Claim::Agenda { items, at, .. } => vec![("what", Some(list(items))), ("at", opt(at))],
        Claim::Reason { act, link, why } => {
            vec![("what", Some(act.clone())), ("link", Some(link.clone())), ("why", Some(why.clone()))]
        }
        Claim::State { what, state, date } => {
            vec![("what", Some(what.clone())), ("state", Some(state.clone())), ("when", Some(date.clone()))]
        }
        Claim::Passage { names } => vec![("who", Some(list(names)))],
    };
    out.retain(|(_, v)| v.is_some());
    out.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
}

/// Whether `id` is a valid pack id: lowercase letters and digits in hyphen-separated words.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// A pack id made from a title: its first words, lowercased, hyphenated ("North Korea puts military in
/// 'quasi-state of war'" → "north-korea-puts-military").
pub fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .take(4)
        .collect();
    if words.is_empty() { "article".to_string() } else { words.join("-") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_a_short_valid_id() {
        let id = slug("North Korea puts military in 'quasi-state of war'");
        assert_eq!(id, "north-korea-puts-military");
        assert!(valid_id(&id));
        assert_eq!(slug("¡¿…?!"), "article");
        assert!(!valid_id("Bad Id") && !valid_id("a--b") && !valid_id("") && !valid_id("../x"));
    }

    #[test]
    fn ron_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(quoted("a \"b\" \\ c\nd\u{7}"), "\"a \\\"b\\\" \\\\ c\\nd\\u{7}\"");
    }
}

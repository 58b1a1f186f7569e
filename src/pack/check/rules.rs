//! The content rules of a parsed fact sheet: ids, duplicates, topics, entities and their kinds, evidence
//! quotes, claims, dates and quantities, and names that would give an answer away.
//!
//! One [`Checker`] runs them all over one sheet: it holds the located source, the pack, an index of the
//! entities and the problems found so far, so each rule is a method that says only what it looks at.

use std::collections::BTreeMap;

use super::position::{Found, Lines};
use super::slots::{Slots, slots};
use super::suggest::{SUGGEST_BUDGET, SUGGEST_ID, closest_entity, closest_sentence, sentences, slug};
use super::tree::Doc;
use crate::pack::schema::{MIN_SCHEMA_VERSION, RELATION_AMONG_MANY_VERSION, SCHEMA_VERSION};
use crate::pack::when::{Dateline, Relative};
use crate::pack::{Claim, Entity, EntityKind, Fact, FactSheet, MonthDay, Pack, ProblemKind, When};
use crate::text::safe::{describe, first_unsafe};
use crate::text::{closest, fold};

/// The sentence for a sheet whose format version `text` (the number `n`) is not one this build reads
/// ([`MIN_SCHEMA_VERSION`] to [`SCHEMA_VERSION`]): a
/// newer file asks for a newer Dossier, an older or impossible one for the version this one reads.
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

/// Entities by id, with their names and aliases folded as the grader and generator compare them.
struct Index<'s> {
    /// Entities by id; the first of duplicates wins (the duplicate itself is reported).
    by_id: BTreeMap<&'s str, &'s Entity>,
    /// Per entity id: each non-empty name or alias folded and padded with spaces (`" president lee "`),
    /// with the form as written.
    names: BTreeMap<&'s str, Vec<(String, &'s str)>>,
}

impl<'s> Index<'s> {
    fn new(sheet: &'s FactSheet) -> Self {
        let mut by_id = BTreeMap::new();
        for e in &sheet.entities {
            by_id.entry(e.id.as_str()).or_insert(e);
        }
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

/// The content rules run over one parsed sheet, collecting every problem with the byte it concerns.
pub(super) struct Checker<'a> {
    /// The source and where its values are.
    doc: Doc<'a>,
    /// Where the source's lines start, for naming the line of another value in a sentence.
    lines: &'a Lines<'a>,
    /// The pack: the sheet and its article.
    pack: &'a Pack,
    /// The pack's fact sheet.
    sheet: &'a FactSheet,
    /// The sheet's entities by id and by name.
    index: Index<'a>,
    /// The article's sentences, split only when some evidence needs a suggestion.
    sentences: Option<Vec<String>>,
    /// What is left of the work the closest-sentence suggestions may do ([`SUGGEST_BUDGET`]).
    suggest_budget: u64,
    /// The problems found so far, in the order the rules found them.
    found: Vec<Found>,
}

impl<'a> Checker<'a> {
    /// A checker of `pack`, whose fact sheet was read from `doc` (whose lines are `lines`).
    pub(super) fn new(doc: Doc<'a>, lines: &'a Lines<'a>, pack: &'a Pack) -> Self {
        let sheet = &pack.sheet;
        Self {
            doc,
            lines,
            pack,
            sheet,
            index: Index::new(sheet),
            sentences: None,
            suggest_budget: SUGGEST_BUDGET,
            found: Vec::new(),
        }
    }

    /// Runs every rule: the problems in file order (problems at the same byte in the order the rules
    /// found them: the sheet's own fields, then topics, entities and facts, each in list order).
    pub(super) fn run(mut self) -> Vec<Found> {
        self.header();
        self.topics();
        self.entities();
        self.facts();
        self.printable();
        self.found.sort_by_key(|f| f.at);
        self.found
    }

    /// Records a problem of `kind` at byte `at`.
    fn report(&mut self, at: usize, kind: ProblemKind, message: String) {
        self.found.push(Found { at, kind, message });
    }

    /// The sheet's own fields: its format version, id and title.
    fn header(&mut self) {
        let sheet = self.sheet;
        let field_at = |doc: &Doc, field: &str| doc.sheet_field(field).map_or(0, |n| n.span.start);
        if !(MIN_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&sheet.version) {
            let at = field_at(&self.doc, "version");
            self.report(
                at,
                ProblemKind::Version,
                version_message(&sheet.version.to_string(), f64::from(sheet.version)),
            );
        }
        self.dateline(field_at(&self.doc, "dateline"));
        self.id(field_at(&self.doc, "id"), "the pack id", &sheet.id, &sheet.title);
        if sheet.title.trim().is_empty() {
            let at = field_at(&self.doc, "title");
            self.report(at, ProblemKind::EmptyText, "the `title` is empty; write the article's headline.".to_string());
        }
    }

    /// An id that is empty or not lowercase-hyphenated. `what` names its owner ("entity id"), `hint` is
    /// text to derive a suggested id from.
    fn id(&mut self, at: usize, what: &str, id: &str, hint: &str) {
        if id.trim().is_empty() {
            let example = Some(slug(hint)).filter(|s| !s.is_empty()).unwrap_or_else(|| "south-korea".to_string());
            self.report(
                at,
                ProblemKind::BadId,
                format!("{what} is empty; give it a lowercase-hyphenated id such as \"{example}\"."),
            );
        } else if !is_slug(id) {
            let advice = match slug(id) {
                s if s.is_empty() => "use lowercase letters, digits and hyphens only".to_string(),
                s => format!("write \"{s}\" instead, and use that id wherever it is referred to"),
            };
            self.report(at, ProblemKind::BadId, format!("{what} \"{id}\" is not lowercase-hyphenated; {advice}."));
        }
    }

    /// Duplicate ids within one list: the second and later uses are reported, naming the first.
    fn duplicates(&mut self, list: &str, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() {
                continue;
            }
            match seen.get(id) {
                Some(&first) => {
                    let line = self.lines.line(self.doc.item_at(list, first));
                    let at = self.doc.item_field_at(list, i, "id");
                    self.report(
                        at,
                        ProblemKind::DuplicateId,
                        format!(
                            "{what} id \"{id}\" is already used by the {what} at line {line}; give each {what} its \
                             own id."
                        ),
                    );
                }
                None => {
                    seen.insert(id, i);
                }
            }
        }
    }

    /// Each topic has an id and a display name; no two share an id.
    fn topics(&mut self) {
        let sheet = self.sheet;
        for (i, topic) in sheet.topics.iter().enumerate() {
            self.id(self.doc.item_field_at("topics", i, "id"), "topic id", &topic.id, &topic.name);
            if topic.name.trim().is_empty() {
                let at = self.doc.item_field_at("topics", i, "name");
                self.report(
                    at,
                    ProblemKind::EmptyText,
                    format!("topic \"{}\" has an empty `name`; write a display name such as \"History\".", topic.id),
                );
            }
        }
        self.duplicates("topics", "topic", sheet.topics.iter().map(|t| t.id.as_str()));
    }

    /// Each entity has an id and a name; no name or alias belongs to two entities; no two share an id;
    /// an entity's `country` is a Country of the sheet.
    fn entities(&mut self) {
        let sheet = self.sheet;
        // Folded name or alias -> (entity index, the form as written).
        let mut names: BTreeMap<String, (usize, &str)> = BTreeMap::new();
        for (i, entity) in sheet.entities.iter().enumerate() {
            self.id(self.doc.item_field_at("entities", i, "id"), "entity id", &entity.id, &entity.name);
            let who = if entity.id.is_empty() {
                format!("the entity at line {}", self.lines.line(self.doc.item_at("entities", i)))
            } else {
                format!("entity \"{}\"", entity.id)
            };
            if entity.name.trim().is_empty() {
                let at = self.doc.item_field_at("entities", i, "name");
                self.report(
                    at,
                    ProblemKind::EmptyText,
                    format!("{who} has an empty `name`; write its name as the article spells it."),
                );
            }
            let forms = std::iter::once((None, &entity.name))
                .chain(entity.aliases.iter().enumerate().map(|(j, a)| (Some(j), a)));
            for (j, form) in forms {
                let at = match j {
                    Some(j) => self.doc.item_list_at("entities", i, "aliases", j),
                    None => self.doc.item_field_at("entities", i, "name"),
                };
                let folded = fold(form);
                if folded.is_empty() {
                    if j.is_some() {
                        self.report(at, ProblemKind::EmptyText, format!("{who} has an empty alias; remove it."));
                    }
                    continue;
                }
                match names.get(&folded) {
                    Some(&(other, other_form)) if other != i => {
                        let other_entity = &sheet.entities[other];
                        let this = if j.is_some() { "alias" } else { "name" };
                        let that = if fold(&other_entity.name) == folded { "the name" } else { "an alias" };
                        let line = self.lines.line(self.doc.item_at("entities", other));
                        let written = if other_form == form { String::new() } else { format!(", as \"{other_form}\"") };
                        self.report(
                            at,
                            ProblemKind::AmbiguousName,
                            format!(
                                "the {this} \"{form}\" of {who} is also {that} of entity \"{}\" (line \
                                 {line}{written}), so a typed answer \"{form}\" could mean either; remove it from \
                                 one of them or make it more specific.",
                                other_entity.id
                            ),
                        );
                    }
                    Some(_) => {}
                    None => {
                        names.insert(folded, (i, form));
                    }
                }
            }
        }
        self.duplicates("entities", "entity", sheet.entities.iter().map(|e| e.id.as_str()));

        for (i, entity) in sheet.entities.iter().enumerate() {
            let Some(country) = &entity.country else { continue };
            let at = self.doc.item_field_at("entities", i, "country");
            let owner = format!("entity \"{}\"", entity.id);
            match self.index.by_id.get(country.as_str()).copied() {
                None => {
                    let message = self.unknown_entity(&owner, "has country", country, &[EntityKind::Country]);
                    self.report(at, ProblemKind::UnknownEntity, message);
                }
                Some(target) if target.kind != EntityKind::Country => self.report(
                    at,
                    ProblemKind::WrongEntityKind,
                    format!(
                        "the `country` of {owner} is \"{country}\", {}, but it must be a Country; correct the id, \
                         or change that entity's `kind` if it is wrong.",
                        kinds_phrase(&[target.kind])
                    ),
                ),
                Some(_) => {}
            }
        }
        for (i, kind, message) in super::within::problems(&sheet.entities, sheet.version) {
            let at = self.doc.item_field_at("entities", i, "within");
            self.report(at, kind, message);
        }
    }

    /// "`owner` `verb` entity \"xii\", which is not in `entities`; add it or correct the id (did you mean
    /// \"xi\"?)." Suggestions prefer entities of the kinds the slot allows.
    fn unknown_entity(&self, owner: &str, verb: &str, id: &str, kinds: &[EntityKind]) -> String {
        let near = closest_entity(id, &self.sheet.entities, kinds);
        let hint = near.map_or_else(String::new, |near| format!(" (did you mean \"{near}\"?)"));
        let noun = if verb == "names" { "entity " } else { "" };
        format!("{owner} {verb} {noun}\"{id}\", which is not in `entities`; add it or correct the id{hint}.")
    }

    /// Each fact: its id, topics, evidence and claim; no two share an id.
    fn facts(&mut self) {
        let sheet = self.sheet;
        for (i, fact) in sheet.facts.iter().enumerate() {
            let s = slots(&fact.claim);
            let hint = format!("{} {}", s.variant, s.refs.first().map_or("", |r| r.id));
            self.id(self.doc.item_field_at("facts", i, "id"), "fact id", &fact.id, &hint);
            let owner = if fact.id.is_empty() {
                format!("the fact at line {}", self.lines.line(self.doc.item_at("facts", i)))
            } else {
                format!("fact \"{}\"", fact.id)
            };
            self.fact_topics(i, &owner, fact);
            self.evidence(i, &owner, &fact.evidence);
            self.claim(i, &owner, &fact.claim, &s);
            if sheet.version < 2
                && let Some(part) = super::within::version_2_part(&fact.claim)
            {
                let at = self.doc.item_field_at("facts", i, "claim");
                self.report(
                    at,
                    ProblemKind::Version,
                    format!(
                        "{owner} uses {part}, which needs `version: 2`; write `version: 2` at the top of the sheet."
                    ),
                );
            }
            self.supported(i, &owner, &fact.evidence, &s);
        }
        self.duplicates("facts", "fact", sheet.facts.iter().map(|f| f.id.as_str()));
    }

    /// Every topic fact `i` is tagged with is a topic of the sheet.
    fn fact_topics(&mut self, i: usize, owner: &str, fact: &Fact) {
        for (j, topic) in fact.topics.iter().enumerate() {
            if self.pack.topic(topic).is_none() {
                let near = closest(topic, self.sheet.topics.iter().map(|t| t.id.as_str()), SUGGEST_ID);
                let hint = near.map_or_else(String::new, |n| format!(" (did you mean \"{n}\"?)"));
                let at = self.doc.item_list_at("facts", i, "topics", j);
                self.report(
                    at,
                    ProblemKind::UnknownTopic,
                    format!(
                        "{owner} is tagged with topic \"{topic}\", which is not in `topics`; add it there or correct \
                         the id{hint}."
                    ),
                );
            }
        }
    }

    /// The evidence of fact `i` is not empty and occurs in the article; if it does not, the closest
    /// sentence of the article is offered.
    fn evidence(&mut self, i: usize, owner: &str, evidence: &str) {
        let at = self.doc.item_field_at("facts", i, "evidence");
        if evidence.trim().is_empty() {
            self.report(
                at,
                ProblemKind::EmptyText,
                format!("the evidence of {owner} is empty; copy the sentence that states the fact from the article."),
            );
            return;
        }
        let article = &self.pack.article;
        if article.find(evidence).is_some() {
            return;
        }
        let sentences = self.sentences.get_or_insert_with(|| sentences(article));
        let message = match closest_sentence(evidence, sentences, &mut self.suggest_budget) {
            Some(sentence) => format!(
                "the evidence of {owner} does not occur in the article; copy the quote from the article exactly (the \
                 closest sentence in the article is: “{}”).",
                super::printable(sentence)
            ),
            None => format!(
                "the evidence of {owner} does not occur in the article, and no sentence of the article is close to \
                 it; copy the sentence that states the fact from the article."
            ),
        };
        self.report(at, ProblemKind::EvidenceNotFound, message);
    }

    /// The claim of fact `i`, whose slots are `s`: its entities, parties, dates, quantity and free text.
    fn claim(&mut self, i: usize, owner: &str, claim: &Claim, s: &Slots) {
        self.refs(i, owner, s);
        self.parties(i, owner, claim);
        for date in &s.dates {
            self.date(self.doc.slot_at(i, "date", None), owner, date, &self.sheet.facts[i].evidence);
        }
        if let Claim::Quantity { statement, value, tolerance, .. } = claim {
            self.quantity(i, owner, statement, *value, *tolerance);
        }
        if let Claim::Reason { act, link, why } = claim {
            self.reason(i, owner, [("act", act), ("link", link), ("why", why)]);
        }
        if let Claim::State { date, .. } = claim
            && self.sheet.version >= 2
            && When::parse(date).is_some_and(|w| !matches!(w, When::Since(_)))
        {
            self.report(
                self.doc.slot_at(i, "date", None),
                ProblemKind::BadDate,
                format!(
                    "the `date` of {owner} is \"{date}\", but a State's date is when it began, written with \
                     \"since\" as the article gives it (\"since February\"); add \"since\" or use another kind of fact."
                ),
            );
        }
        if let Claim::Passage { names } = claim {
            self.passage(i, owner, names);
        }
        self.texts(i, owner, s);
    }

    /// A Passage names at least one party, and each by a name or an alias its sentence writes: its only
    /// questions blank that name in the sentence, so a name the sentence does not write asks nothing (or
    /// asks about someone the sentence does not mention).
    fn passage(&mut self, i: usize, owner: &str, names: &[String]) {
        if names.is_empty() {
            self.report(
                self.doc.slot_at(i, "names", None),
                ProblemKind::PartyCount,
                format!("{owner} names nobody in `names`; give the id of a party its sentence names."),
            );
            return;
        }
        let evidence = format!(" {} ", fold(&self.sheet.facts[i].evidence));
        for (j, id) in names.iter().enumerate() {
            let Some(forms) = self.index.names.get(id.as_str()) else { continue };
            if forms.iter().any(|(padded, _)| evidence.contains(padded.as_str())) {
                continue;
            }
            self.report(
                self.doc.slot_at(i, "names", Some(j)),
                ProblemKind::Unsupported,
                format!(
                    "the `names` of {owner} list \"{id}\", but its evidence writes neither that entity's name nor \
                     an alias; list only parties the sentence names, or add the form it uses as an alias."
                ),
            );
        }
    }

    /// A Reason's act, link and reason are each words of its evidence as written, and the reason follows
    /// its link there: a reason the sentence does not state word for word could be one it does not give.
    fn reason(&mut self, i: usize, owner: &str, parts: [(&str, &String); 3]) {
        let evidence = &self.sheet.facts[i].evidence;
        for (slot, text) in parts {
            if text.trim().is_empty() || evidence.contains(text.as_str()) {
                continue;
            }
            let at = self.doc.slot_at(i, slot, None);
            self.report(
                at,
                ProblemKind::Unsupported,
                format!(
                    "the `{slot}` of {owner} is \"{text}\", which its evidence does not say word for word; copy \
                     those words from the evidence."
                ),
            );
            return;
        }
        let [_, (_, link), (_, why)] = parts;
        if !link.trim().is_empty() && !why.trim().is_empty() && !evidence.contains(&format!("{link} {why}")) {
            let at = self.doc.slot_at(i, "why", None);
            self.report(
                at,
                ProblemKind::Unsupported,
                format!(
                    "the `why` of {owner} does not follow its `link` (\"{link} {why}\") in the evidence; give the \
                     words that follow the link."
                ),
            );
        }
    }

    /// A fact's date and place slots are stated by its evidence: the date (a month and day in any form
    /// [`MonthDay::parse`] reads, "January 12th", "12 January"; any other version-2 form as [`states_when`]
    /// finds it: "March 2023", "in 2023", "1950–1953", "by the end of 2023", "every year", "yesterday") and
    /// the place (its name or an alias) occur in the evidence or in the article's sentences the evidence sits
    /// in. A slot the article does not state
    /// would make questions whose answer the learner cannot find (Q1 of docs/question-quality.md); it is
    /// reported as [`ProblemKind::Unsupported`] at the slot. Evidence not found in the article is reported
    /// by [`Self::evidence`] alone.
    fn supported(&mut self, i: usize, owner: &str, evidence: &str, s: &Slots) {
        let place = s.refs.iter().find(|r| r.slot == "place");
        if s.dates.is_empty() && place.is_none() || evidence.trim().is_empty() {
            return;
        }
        let article = &self.pack.article;
        let context = match article.find(evidence) {
            Some(range) if !range.is_empty() => {
                let start = article.sentence_around(range.start).start;
                let end = article.sentence_around(range.end - 1).end.max(range.end);
                format!("{evidence} {}", &article.text()[start.min(range.start)..end])
            }
            // Evidence the article does not hold is reported on its own; what it would support is unknown.
            _ => return,
        };
        let dateline_year = self.sheet.dateline.as_deref().and_then(Dateline::parse).map(|d| d.year);
        for date in &s.dates {
            // A day is found in any written form; every other version-2 form as the article writes it
            // ([`states_when`]). A date that does not parse, or a version-2 form in a version-1 sheet, is
            // reported by the date rule.
            let when = When::parse(date);
            let day = MonthDay::parse(date).or(match when {
                Some(When::Day { date: day, .. }) => Some(day),
                _ => None,
            });
            let (stated, wanted) = match (day, when) {
                (Some(day), _) => (states_date(&context, day), day.to_string()),
                (None, Some(when)) if self.sheet.version >= 2 => {
                    (states_when(&context, &when, dateline_year), when.to_string())
                }
                _ => continue,
            };
            if !stated {
                let at = self.doc.slot_at(i, "date", None);
                self.report(
                    at,
                    ProblemKind::Unsupported,
                    format!(
                        "the `date` of {owner} is \"{date}\", but neither its evidence nor the sentence it sits in \
                         says \"{wanted}\"; quote the sentence that gives the date, or remove the `date`."
                    ),
                );
            }
        }
        if let Some(place) = place {
            let Some(forms) = self.index.names.get(place.id) else { return };
            let folded = format!(" {} ", fold(&context));
            if !forms.iter().any(|(padded, _)| folded.contains(padded.as_str())) {
                let named = forms.iter().map(|(_, f)| format!("\"{f}\"")).collect::<Vec<_>>().join(" or ");
                let at = self.doc.slot_at(i, "place", None);
                self.report(
                    at,
                    ProblemKind::Unsupported,
                    format!(
                        "the `place` of {owner} is \"{}\", but neither its evidence nor the sentence it sits in \
                         names {named}; quote the sentence that says where, or remove the `place`.",
                        place.id
                    ),
                );
            }
        }
    }

    /// Each entity a claim names exists and is of a kind its slot allows.
    fn refs(&mut self, i: usize, owner: &str, s: &Slots) {
        let variant = s.variant;
        let article = if variant.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
        for r in &s.refs {
            let at = self.doc.slot_at(i, r.slot, r.item);
            match self.index.by_id.get(r.id).copied() {
                None => {
                    let message = self.unknown_entity(owner, "names", r.id, r.kinds);
                    self.report(at, ProblemKind::UnknownEntity, message);
                }
                Some(e) if !super::slots::accepts(r.kinds, e.kind) => self.report(
                    at,
                    ProblemKind::WrongEntityKind,
                    format!(
                        "the `{}` of {owner} is \"{}\", {}, but {article} {variant}'s `{}` must be {}; correct the \
                         id, or change that entity's `kind` if it is wrong.",
                        r.slot,
                        r.id,
                        kinds_phrase(&[e.kind]),
                        r.slot,
                        kinds_phrase(r.kinds)
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    /// A Relation is between at least two parties (exactly two in a version-1 sheet: more need
    /// [`RELATION_AMONG_MANY_VERSION`]), an Agreement or a Summit among at least two, an Agenda has at least
    /// one item; each is named once.
    fn parties(&mut self, i: usize, owner: &str, claim: &Claim) {
        let (slot, ids) = match claim {
            Claim::Relation { between, .. } => ("between", between),
            Claim::Agreement { parties, .. } => ("parties", parties),
            Claim::Summit { participants, .. } => ("participants", participants),
            Claim::Agenda { items, .. } => ("items", items),
            _ => return,
        };
        let doc = &self.doc;
        let at = doc.item("facts", i).and_then(|f| f.field(doc.src, "claim")).and_then(|c| c.field(doc.src, slot));
        let at = at.map_or_else(|| doc.slot_at(i, slot, None), |n| n.span.start);
        if slot == "between" && ids.len() > 2 && self.sheet.version < RELATION_AMONG_MANY_VERSION {
            self.report(
                at,
                ProblemKind::Version,
                format!(
                    "{owner} names {} parties in `between`; a Relation among three or more parties needs `version: \
                     {RELATION_AMONG_MANY_VERSION}` (in version {}, a Relation is between exactly two).",
                    ids.len(),
                    self.sheet.version
                ),
            );
        } else if slot == "between" && ids.len() < 2 {
            self.report(
                at,
                ProblemKind::PartyCount,
                format!(
                    "a Relation is between at least two parties, but {owner} names {}; name every party whose \
                     relations the article describes.",
                    ids.len()
                ),
            );
        } else if slot == "parties" && ids.len() < 2 {
            self.report(
                at,
                ProblemKind::PartyCount,
                format!(
                    "an Agreement needs at least two parties, but {owner} names {}; add the other party.",
                    ids.len()
                ),
            );
        } else if slot == "participants" && ids.len() < 2 {
            self.report(
                at,
                ProblemKind::PartyCount,
                format!(
                    "a Summit is a meeting of at least two participants, but {owner} names {}; add the others, or \
                     write a Meeting or a Visit.",
                    ids.len()
                ),
            );
        } else if slot == "items" && ids.is_empty() {
            self.report(
                at,
                ProblemKind::PartyCount,
                format!("an Agenda names at least one item, but {owner} names none; add what was on the agenda."),
            );
        }
        for (j, id) in ids.iter().enumerate() {
            if ids[..j].contains(id) {
                let at = self.doc.slot_at(i, slot, Some(j));
                self.report(
                    at,
                    ProblemKind::RepeatedParty,
                    format!("{owner} names \"{id}\" twice in `{slot}`; name each party once."),
                );
            }
        }
    }

    /// A Quantity's statement has one `{n}`, its value is a number and its tolerance is not negative.
    fn quantity(&mut self, i: usize, owner: &str, statement: &str, value: f64, tolerance: f64) {
        let count = statement.matches("{n}").count();
        if count != 1 {
            let has = if count == 0 { "has no `{n}`".to_string() } else { format!("has `{{n}}` {count} times") };
            let at = self.doc.slot_at(i, "statement", None);
            self.report(
                at,
                ProblemKind::BadQuantity,
                format!(
                    "the `statement` of {owner} {has}; write `{{n}}` exactly once, where the number goes (\"{{n}} of \
                     the victims were Korean\")."
                ),
            );
        }
        if !value.is_finite() {
            let at = self.doc.slot_at(i, "value", None);
            self.report(
                at,
                ProblemKind::BadQuantity,
                format!("the `value` of {owner} is not a finite number; write the number the article states."),
            );
        }
        if !tolerance.is_finite() || tolerance < 0.0 {
            let at = self.doc.slot_at(i, "tolerance", None);
            self.report(
                at,
                ProblemKind::BadQuantity,
                format!(
                    "the `tolerance` of {owner} is {tolerance}; write 0 or a positive number (how far a typed answer \
                     may be from the value)."
                ),
            );
        }
    }

    /// A claim's free texts are not empty and do not contain a name or alias of an entity the fact asks
    /// about (reported at the name, inside the string).
    fn texts(&mut self, i: usize, owner: &str, s: &Slots) {
        for &(slot, text) in &s.texts {
            let at = self.doc.slot_at(i, slot, None);
            if text.trim().is_empty() {
                self.report(
                    at,
                    ProblemKind::EmptyText,
                    format!("the `{slot}` of {owner} is empty; write it as the article states it."),
                );
                continue;
            }
            let folded = format!(" {} ", fold(text));
            for r in s.refs.iter().filter(|r| r.leaks) {
                let Some(e) = self.index.by_id.get(r.id).copied() else { continue };
                let Some(forms) = self.index.names.get(r.id) else { continue };
                let Some(&(_, form)) = forms.iter().find(|(padded, _)| folded.contains(padded.as_str())) else {
                    continue;
                };
                let how = if form == e.name { "the name" } else { "an alias" };
                let at = self.doc.inside_string(at, form);
                self.report(
                    at,
                    ProblemKind::AnswerLeak,
                    format!(
                        "the `{slot}` of {owner} contains \"{form}\", {how} of \"{}\", the fact's `{}`, so questions \
                         would give the answer away; rephrase it without that name.",
                        r.id, r.slot
                    ),
                );
            }
        }
    }

    /// Every text that is printed (title, source, topic names, entity names, aliases, roles, native
    /// names and descriptions, evidence, a claim's free text and unit) holds no control character and no
    /// bidirectional control ([`crate::text::safe::is_unsafe`]); each is reported at its string, naming
    /// the character by its code point.
    fn printable(&mut self) {
        let sheet = self.sheet;
        let doc = &self.doc;
        let field_at = |field: &str| doc.sheet_field(field).map_or(0, |n| n.span.start);
        let mut texts: Vec<(usize, String, &str)> = vec![
            (field_at("title"), "the `title`".to_string(), sheet.title.as_str()),
            (field_at("source"), "the `source`".to_string(), sheet.source.as_str()),
        ];
        if let Some(credit) = &sheet.credit {
            texts.push((field_at("credit"), "the `credit`".to_string(), credit.as_str()));
        }
        for (i, t) in sheet.topics.iter().enumerate() {
            texts.push((doc.item_field_at("topics", i, "name"), format!("the `name` of topic \"{}\"", t.id), &t.name));
        }
        for (i, e) in sheet.entities.iter().enumerate() {
            let of = |field: &str| format!("the `{field}` of entity \"{}\"", e.id);
            texts.push((doc.item_field_at("entities", i, "name"), of("name"), &e.name));
            for (j, a) in e.aliases.iter().enumerate() {
                texts.push((
                    doc.item_list_at("entities", i, "aliases", j),
                    format!("an alias of entity \"{}\"", e.id),
                    a,
                ));
            }
            for (field, text) in [("role", &e.role), ("native", &e.native), ("description", &e.description)] {
                if let Some(text) = text {
                    texts.push((doc.item_field_at("entities", i, field), of(field), text));
                }
            }
        }
        for (i, f) in sheet.facts.iter().enumerate() {
            let of = |field: &str| format!("the `{field}` of fact \"{}\"", f.id);
            texts.push((doc.item_field_at("facts", i, "evidence"), of("evidence"), &f.evidence));
            for (slot, text) in slots(&f.claim).texts {
                texts.push((doc.slot_at(i, slot, None), of(slot), text));
            }
            if let Claim::Quantity { unit: Some(unit), .. } = &f.claim {
                texts.push((doc.slot_at(i, "unit", None), of("unit"), unit));
            }
        }
        for (at, what, text) in texts {
            let Some((_, c)) = first_unsafe(text) else { continue };
            let why = if c.is_control() {
                "a control character that would break the line or the terminal it is printed on"
            } else {
                "a bidirectional control that invisibly reverses or reorders the text shown around it"
            };
            self.report(
                at,
                ProblemKind::Unprintable,
                format!(
                    "{what} contains {}, {why}; delete it (it may be invisible: retype the text around it, and \
                     write a line break or tab as a space).",
                    describe(c)
                ),
            );
        }
    }

    /// The `dateline`, if any, needs version 2 and is a day with its year ("Friday, August 21, 2015"),
    /// whose weekday, if named, is the date's.
    fn dateline(&mut self, at: usize) {
        let Some(line) = &self.sheet.dateline else { return };
        if self.sheet.version < 2 {
            self.report(
                at,
                ProblemKind::Version,
                "the `dateline` needs `version: 2`; write `version: 2` at the top of the sheet.".to_string(),
            );
        } else if Dateline::parse(line).is_none() {
            self.report(
                at,
                ProblemKind::BadDate,
                format!(
                    "the dateline \"{line}\" is not a day with its year (and its weekday, if named, must be that \
                     day's); write it as the article prints it, such as \"Friday, August 21, 2015\"."
                ),
            );
        }
    }

    /// A date slot of `owner`, whose evidence is `evidence`. Version 1: a month and day as the article gives
    /// them, without a year; any other form needs version 2. Version 2: any form of [`When`], a year only
    /// where the evidence or the dateline states its digits, a relative day only with a dateline (a weekday
    /// alone, kept as written, without one).
    fn date(&mut self, at: usize, owner: &str, date: &str, evidence: &str) {
        if self.sheet.version < 2 && MonthDay::parse(date).is_some() {
            return;
        }
        let read = When::parse(date);
        if self.sheet.version < 2
            && let Some(when) = read.as_ref().filter(|w| w.month_day().is_none())
        {
            let day = match when {
                When::Day { date, .. } => format!("write the month and day only (\"{date}\"), or "),
                _ => String::new(),
            };
            self.report(
                at,
                ProblemKind::Version,
                format!(
                    "the date \"{date}\" of {owner} is a form of date that needs `version: 2`; {day}write \
                         `version: 2` at the top of the sheet."
                ),
            );
            return;
        }
        let Some(when) = read.filter(|_| self.sheet.version >= 2) else {
            self.bad_date(at, owner, date);
            return;
        };
        let dateline = self.sheet.dateline.as_deref().unwrap_or("");
        for year in when.years() {
            let digits = year.to_string();
            let stated = |text: &str| text.split(|c: char| !c.is_ascii_digit()).any(|w| w == digits);
            if !stated(evidence) && !stated(dateline) {
                self.report(
                    at,
                    ProblemKind::BadDate,
                    format!(
                        "the date \"{date}\" of {owner} has the year {year}, which neither its evidence nor the \
                         dateline states; quote the sentence that gives the year, or leave the year out."
                    ),
                );
            }
        }
        // A weekday alone ("on Tuesday", "Tuesday morning") is kept as the article writes it and asked as that
        // weekday, never worked out to a calendar day: it needs no dateline. "Yesterday", "today" and "last
        // Tuesday" say nothing without the day the article was written.
        let as_written = matches!(when, When::Relative(Relative::Weekday { last: false, .. }));
        if matches!(when, When::Relative(_)) && !as_written && self.sheet.dateline.is_none() {
            self.report(
                at,
                ProblemKind::BadDate,
                format!(
                    "the date \"{date}\" of {owner} is named relative to the day the article was written, but the \
                     sheet has no `dateline`; add the article's date line, such as `dateline: \"Friday, August 21, \
                     2015\",`."
                ),
            );
        }
    }

    /// A date slot that is no date: advice by what it looks like.
    fn bad_date(&mut self, at: usize, owner: &str, date: &str) {
        let v2 = self.sheet.version >= 2;
        let numeric = date.chars().any(|c| c == '/' || c == '.') && !date.chars().any(char::is_alphabetic);
        let advice = if numeric {
            "numeric dates are ambiguous between month-first and day-first, so write the month's name, such as \
             \"January 5\""
                .to_string()
        } else if let Some(near) = if v2 {
            When::parse_forgiving(date).and_then(|(w, fixed)| fixed.map(|_| w.to_string()))
        } else {
            MonthDay::parse_forgiving(date).and_then(|(d, fixed)| fixed.map(|_| d.to_string()))
        } {
            format!("write the month's name in full, as in \"{near}\"")
        } else if v2 {
            "write it as the article gives it: a day (\"August 18\", \"August 18, 2023\"), a month (\"March \
             2023\"), a year (\"2023\"), a span (\"1950–1953\"), a day relative to the dateline (\"yesterday\", \
             \"on Thursday\"), a deadline (\"by the end of 2023\") or a recurrence (\"every year\")"
                .to_string()
        } else {
            "write a month and a day as the article gives them, such as \"January 5\"".to_string()
        };
        let what = if v2 { "a date" } else { "a month and day" };
        self.report(at, ProblemKind::BadDate, format!("the date \"{date}\" of {owner} is not {what}; {advice}."));
    }
}

/// Whether `text` states the day `wanted` in some form [`MonthDay::parse`] reads: a run of two to four
/// words ("January 12th", "12 January", "the twelfth of January") that parses to it.
pub fn states_date(text: &str, wanted: MonthDay) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == '(' || c == ')' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|start| {
        (2..=4)
            .any(|len| words.get(start..start + len).is_some_and(|run| MonthDay::parse(&run.join(" ")) == Some(wanted)))
    })
}

/// The most words a date phrase of the article may have ("at least once every two years").
const DATE_PHRASE_WORDS: usize = 6;

/// Whether `text` states the version-2 date `wanted` (any form but a day, which [`states_date`] finds) as an
/// article writes it: a run of words [`When::parse`] reads as the same date ("in March 2023", "1950–1953",
/// "1950-1953", "from 1950 to 1953", "by the end of 2023", "yesterday", "on Thursday"; "every year",
/// "annually" and "once a year" are one recurrence), a span also as "between 1950 and 1953", a year by its
/// digits anywhere ("the 2014 protests", "August 18, 2023") or as "this year" when it is the dateline's year
/// (`dateline_year`), and a month and year by the month's name when the year is stated in `text` too or is
/// the dateline's ("in March" in an article dated 2023). A deadline's day is compared by its month and day,
/// its year when both state one.
pub fn states_when(text: &str, wanted: &When, dateline_year: Option<i32>) -> bool {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let has_word = |w: &str| words.contains(&w);
    let same = |found: &When| match (found, wanted) {
        (When::Deadline { by: a, end_of: ea }, When::Deadline { by: b, end_of: eb }) => {
            ea == eb
                && match (a.as_ref(), b.as_ref()) {
                    (When::Day { date: da, year: ya }, When::Day { date: db, year: yb }) => {
                        da == db && (ya.is_none() || yb.is_none() || ya == yb)
                    }
                    (a, b) => a == b,
                }
        }
        (found, wanted) => found == wanted,
    };
    // The word lookups first: they cost a pass over the words, where reading every run of up to
    // `DATE_PHRASE_WORDS` words as a date costs a date parse per run.
    let stated = match wanted {
        When::Year(y) => {
            let this_year = words.windows(2).any(|w| w == ["this", "year"]);
            has_word(&y.to_string()) || (this_year && dateline_year == Some(*y))
        }
        When::Span { from, to } => {
            let (from, to) = (from.to_string(), to.to_string());
            words.windows(4).any(|w| w[0] == "between" && w[1] == from && w[2] == "and" && w[3] == to)
        }
        When::Month { month, year } => {
            let name = usize::from(*month).checked_sub(1).and_then(|m| crate::pack::date::MONTHS.get(m));
            name.is_some_and(|n| has_word(&n.to_lowercase()))
                && (has_word(&year.to_string()) || dateline_year == Some(*year))
        }
        _ => false,
    };
    stated
        || (0..words.len()).any(|start| {
            (1..=DATE_PHRASE_WORDS).any(|len| {
                words
                    .get(start..start + len)
                    .and_then(|run| When::parse(&run.join(" ")))
                    .is_some_and(|found| same(&found))
            })
        })
}

/// Lowercase letters and digits in words joined by single hyphens (`"south-korea"`).
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

fn kind_name(kind: EntityKind) -> String {
    format!("{kind:?}")
}

/// "a Person", "a City, Place or Country"; kinds that leave out only a few are said by those: "neither a
/// Phrase nor an Issue".
fn kinds_phrase(kinds: &[EntityKind]) -> String {
    let others: Vec<EntityKind> = EntityKind::ALL.iter().copied().filter(|k| !kinds.contains(k)).collect();
    if let [one, two] = others.as_slice() {
        let (a, b) = (kinds_phrase(&[*one]), kinds_phrase(&[*two]));
        return format!("neither {a} nor {b}");
    }
    let names: Vec<String> = kinds.iter().map(|&k| kind_name(k)).collect();
    let joined = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    let article = if joined.starts_with(['A', 'E', 'I', 'O', 'U']) { "an" } else { "a" };
    format!("{article} {joined}")
}

#[cfg(test)]
mod tests {
    use crate::pack::ProblemKind;
    use crate::pack::check::fixture::{ENTITIES, found, kinds, problems};

    /// A fact whose evidence occurs in the fixture article, with this claim and these extra fields.
    fn fact(id: &str, extra: &str, claim: &str) -> String {
        format!("        (id: \"{id}\", {extra}evidence: \"Lee met Xi Jinping\", claim: {claim}),")
    }

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

    /// The problems, as `line:column: message` with their kinds, of the fixture sheet made version 2 with
    /// this dateline line (`""` for none) and these facts.
    /// The problems of a version-2 sheet with `facts`, leaving out whether the evidence states a date
    /// ([`ProblemKind::Unsupported`], tested on its own): these tests are about the forms a date takes.
    fn problems_v2(dateline: &str, facts: &str) -> Vec<(String, ProblemKind)> {
        let source = crate::pack::check::fixture::sheet(ENTITIES, facts)
            .replace("version: 1,", &format!("version: 2,{dateline}"));
        match crate::pack::Pack::from_sources("t.ron", &source, crate::pack::check::fixture::ARTICLE, None) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .problems
                .iter()
                .filter(|p| p.kind != ProblemKind::Unsupported)
                .map(|p| (format!("{}:{}: {}", p.line, p.column, p.message), p.kind))
                .collect(),
        }
    }

    #[test]
    fn a_relative_day_the_evidence_does_not_state_is_unsupported() {
        let source = crate::pack::check::fixture::sheet(ENTITIES, &meeting_on("yesterday"))
            .replace("version: 1,", "version: 2, dateline: \"Monday, January 5, 2026\",");
        let problems =
            match crate::pack::Pack::from_sources("t.ron", &source, crate::pack::check::fixture::ARTICLE, None) {
                Ok(_) => Vec::new(),
                Err(e) => e.problems,
            };
        assert_eq!(problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Unsupported], "{problems:?}");
        assert!(problems[0].message.contains("says \"yesterday\""), "{}", problems[0].message);
    }

    fn meeting_on(date: &str) -> String {
        fact("meet", "", &format!(r#"Meeting(who: "lee", whom: "xi", date: "{date}")"#))
    }

    #[test]
    fn version_2_reads_every_date_form_with_a_year_only_where_it_is_stated() {
        let line = " dateline: \"Monday, January 5, 2026\",";
        for date in [
            "January 5",
            "January 5, 2026",
            "5 January 2026",
            "January 2026",
            "2026",
            "yesterday",
            "on Thursday",
            "last Monday",
            "by the end of 2026",
            "by March 1",
            "every year",
            "at least once a year",
            "every two years",
            "weekly",
        ] {
            assert_eq!(problems_v2(line, &meeting_on(date)), [], "{date}");
        }
        let p = problems_v2(line, &meeting_on("January 5, 2025"));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].1, ProblemKind::BadDate);
        assert!(
            p[0].0.starts_with("16:99: the date \"January 5, 2025\" of fact \"meet\" has the year 2025, which neither"),
            "{p:?}"
        );
        let p = problems_v2("", &meeting_on("yesterday"));
        assert_eq!(p.iter().map(|p| p.1).collect::<Vec<_>>(), [ProblemKind::BadDate], "{p:?}");
        assert!(p[0].0.contains("has no `dateline`; add the article's date line"), "{p:?}");
        assert_eq!(
            problems_v2("", &meeting_on("2026")).len(),
            1,
            "a year needs its digits in the evidence or dateline"
        );
    }

    #[test]
    fn a_weekday_alone_needs_no_dateline_but_yesterday_and_last_weekday_do() {
        for date in ["on Tuesday", "Tuesday", "Tuesday morning"] {
            assert_eq!(problems_v2("", &meeting_on(date)), [], "{date}");
        }
        for date in ["yesterday", "last Tuesday"] {
            let p = problems_v2("", &meeting_on(date));
            assert_eq!(p.iter().map(|p| p.1).collect::<Vec<_>>(), [ProblemKind::BadDate], "{date}: {p:?}");
            assert!(p[0].0.contains("has no `dateline`"), "{p:?}");
        }
    }

    #[test]
    fn malformed_version_2_dates_and_datelines_are_refused_with_advice() {
        let line = " dateline: \"Monday, January 5, 2026\",";
        for date in ["by yesterday", "every years", "2026–2025", "soon", "Thursday 2026"] {
            let p = problems_v2(line, &meeting_on(date));
            assert_eq!(p.iter().map(|p| p.1).collect::<Vec<_>>(), [ProblemKind::BadDate], "{date}: {p:?}");
            assert!(p[0].0.contains("is not a date; write it as the article gives it: a day"), "{p:?}");
        }
        let p = problems_v2(line, &meeting_on("Janaury 2026"));
        assert!(p[0].0.ends_with("write the month's name in full, as in \"January 2026\"."), "{p:?}");
        let p = problems_v2(" dateline: \"Tuesday, January 5, 2026\",", "");
        assert_eq!(p.iter().map(|p| p.1).collect::<Vec<_>>(), [ProblemKind::BadDate], "{p:?}");
        assert!(
            p[0].0.starts_with("2:27: the dateline \"Tuesday, January 5, 2026\" is not a day with its year"),
            "{p:?}"
        );
    }

    #[test]
    fn a_version_1_sheet_using_a_version_2_date_or_dateline_is_told_it_needs_version_2() {
        for date in ["yesterday", "2026", "January 5, 2026", "every year", "by March 1"] {
            let p = problems(&meeting_on(date));
            assert_eq!(kinds(&meeting_on(date)), [ProblemKind::Version], "{date}: {p:?}");
            assert!(p[0].contains("needs `version: 2`"), "{p:?}");
        }
        let source = crate::pack::check::fixture::sheet(ENTITIES, "")
            .replace("version: 1,", "version: 1, dateline: \"Monday, January 5, 2026\",");
        let p = crate::pack::Pack::from_sources("t.ron", &source, crate::pack::check::fixture::ARTICLE, None)
            .err()
            .map(|e| e.problems)
            .unwrap_or_default();
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Version], "{p:?}");
        assert_eq!((p[0].line, p[0].column), (2, 27));
        assert_eq!(p[0].message, "the `dateline` needs `version: 2`; write `version: 2` at the top of the sheet.");
    }

    #[test]
    fn agreements_need_two_distinct_parties() {
        let facts = r#"        (id: "agree", evidence: "Lee met Xi Jinping", claim: Agreement(parties: ["lee", "lee"], what: "to meet")),"#;
        let p = problems(facts);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("names \"lee\" twice in `parties`"), "{p:?}");
    }

    #[test]
    fn each_content_rule_reports_its_own_kind() {
        let meeting = r#"Meeting(who: "lee", whom: "xi")"#;
        let cases: [(String, ProblemKind); 12] = [
            (fact("meet", "", r#"Meeting(who: "lii", whom: "xi")"#), ProblemKind::UnknownEntity),
            (fact("meet", "", r#"Meeting(who: "lee", whom: "xi", place: "xi")"#), ProblemKind::WrongEntityKind),
            (fact("meet", r#"topics: ["histroy"], "#, meeting), ProblemKind::UnknownTopic),
            (fact("Meet Xi", "", meeting), ProblemKind::BadId),
            (fact("meet", "", meeting) + &fact("meet", "", meeting), ProblemKind::DuplicateId),
            (fact("meet", "", r#"Meeting(who: "lee", whom: "xi", date: "January 5, 2025")"#), ProblemKind::Version),
            (fact("meet", "", r#"Meeting(who: "lee", whom: "xi", date: "Janvier 5")"#), ProblemKind::BadDate),
            (fact("ties", "", r#"Relation(between: ["lee"], state: "good")"#), ProblemKind::PartyCount),
            (fact("deal", "", r#"Agreement(parties: ["lee", "lee"], what: "to meet")"#), ProblemKind::RepeatedParty),
            (
                fact("n", "", r#"Quantity(statement: "many", question: "How many?", value: 2)"#),
                ProblemKind::BadQuantity,
            ),
            (fact("said", "", r#"Statement(speaker: "xi", said: "Xi met Lee")"#), ProblemKind::AnswerLeak),
            (fact("said", "", r#"Statement(speaker: "xi", said: " ")"#), ProblemKind::EmptyText),
        ];
        for (facts, kind) in cases {
            assert_eq!(kinds(&facts), [kind], "{facts}\n{:?}", problems(&facts));
        }
    }

    #[test]
    fn a_date_the_evidence_and_its_sentence_do_not_state_is_unsupported() {
        // The sentence "Takaichi welcomed Lee in Nara." gives no date.
        let facts = r#"        (id: "welcome", evidence: "Takaichi welcomed Lee", claim: Event(what: "the welcome", who: ["lee"], date: "January 12")),"#;
        let p = found(ENTITIES, facts);
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Unsupported], "{p:?}");
        assert!(p[0].message.contains("the `date` of fact \"welcome\" is \"January 12\""), "{}", p[0].message);
        assert!(p[0].message.contains("says \"January 12\""), "{}", p[0].message);
        // The date in the sentence the evidence sits in, written another way, is support enough.
        let stated = r#"        (id: "meet", evidence: "Lee met Xi Jinping", claim: Meeting(who: "lee", whom: "xi", date: "5th of January")),"#;
        assert_eq!(problems(stated), Vec::<String>::new());
        let other_day = stated.replace("5th of January", "January 6");
        assert_eq!(kinds(&other_day), [ProblemKind::Unsupported]);
    }

    /// The `Unsupported` messages of a version-2 sheet (dateline Monday, January 5, 2026) whose one fact, a
    /// meeting dated `date`, quotes `sentence`, the whole article.
    fn unsupported_v2(date: &str, sentence: &str) -> Vec<String> {
        let facts = format!(
            "        (id: \"meet\", evidence: \"{sentence}\", claim: Meeting(who: \"lee\", whom: \"xi\", date: \"{date}\")),"
        );
        let source = crate::pack::check::fixture::sheet(ENTITIES, &facts)
            .replace("version: 1,", "version: 2, dateline: \"Monday, January 5, 2026\",");
        match crate::pack::Pack::from_sources("t.ron", &source, sentence, None) {
            Ok(_) => Vec::new(),
            Err(e) => {
                e.problems.into_iter().filter(|p| p.kind == ProblemKind::Unsupported).map(|p| p.message).collect()
            }
        }
    }

    #[test]
    fn a_month_a_year_a_span_a_deadline_and_a_recurrence_must_be_stated_as_written() {
        let stated = [
            ("March 2023", "Lee met Xi Jinping in March 2023."),
            ("January 2026", "Lee met Xi Jinping in January."),
            ("2023", "Lee met Xi Jinping in 2023."),
            ("2023", "Lee met Xi Jinping on August 18, 2023."),
            ("2026", "Lee met Xi Jinping this year."),
            ("1950–1953", "Lee met Xi Jinping in 1950–1953."),
            ("1950-1953", "Lee met Xi Jinping in 1950-1953."),
            ("1950–1953", "Lee met Xi Jinping from 1950 to 1953."),
            ("1950–1953", "Lee met Xi Jinping between 1950 and 1953."),
            ("by the end of 2026", "Lee will meet Xi Jinping by the end of 2026."),
            ("by March 1", "Lee will meet Xi Jinping by 1 March."),
            ("every year", "Lee meets Xi Jinping every year."),
            ("every year", "Lee meets Xi Jinping annually."),
            ("annually", "Lee meets Xi Jinping once a year."),
            ("at least once a year", "Lee meets Xi Jinping at least once a year."),
            ("on Monday", "Lee met Xi Jinping on Monday morning."),
        ];
        for (date, sentence) in stated {
            assert_eq!(unsupported_v2(date, sentence), Vec::<String>::new(), "{date}: {sentence}");
        }
        let unstated = [
            ("March 2023", "Lee met Xi Jinping in 2023.", "March 2023"),
            ("March 2023", "Lee met Xi Jinping in March, 2026.", "March 2023"),
            ("2025", "Lee met Xi Jinping this year.", "2025"),
            ("2026", "Lee met Xi Jinping in spring.", "2026"),
            ("1950–1953", "Lee met Xi Jinping in 1950 and again in 1953.", "1950–1953"),
            ("1950–1953", "Lee met Xi Jinping in 1950 and 1953.", "1950–1953"),
            ("by the end of 2026", "Lee will meet Xi Jinping in 2026.", "by the end of 2026"),
            ("by the end of 2026", "Lee will meet Xi Jinping by 2026.", "by the end of 2026"),
            ("every year", "Lee met Xi Jinping this year.", "every year"),
            ("every two years", "Lee meets Xi Jinping every year.", "every two years"),
            ("at least once a year", "Lee meets Xi Jinping every year.", "at least once a year"),
        ];
        for (date, sentence, wanted) in unstated {
            let found = unsupported_v2(date, sentence);
            assert_eq!(found.len(), 1, "{date}: {sentence}: {found:?}");
            assert!(found[0].contains(&format!("says \"{wanted}\"; quote the sentence")), "{}", found[0]);
        }
    }

    #[test]
    fn a_place_the_evidence_and_its_sentence_do_not_name_is_unsupported() {
        let facts = r#"        (id: "said", evidence: "Xi called it a", claim: Event(what: "the call", who: ["xi"], place: "beijing")),"#;
        let p = found(ENTITIES, facts);
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Unsupported], "{p:?}");
        assert!(p[0].message.contains("the `place` of fact \"said\" is \"beijing\""), "{}", p[0].message);
        assert!(p[0].message.contains("names \"Beijing\""), "{}", p[0].message);
        // Named in the sentence around the evidence (not in the quote itself): supported.
        let named = r#"        (id: "meet", evidence: "Lee met Xi Jinping", claim: Meeting(who: "lee", whom: "xi", place: "beijing")),"#;
        assert_eq!(problems(named), Vec::<String>::new());
    }

    #[test]
    fn relations_among_three_parties_need_version_2() {
        let facts = r#"        (id: "ties", evidence: "Lee met Xi Jinping", claim: Relation(between: ["lee", "xi", "china"], state: "are good")),"#;
        let p = found(ENTITIES, facts);
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::Version], "{p:?}");
        assert!(p[0].message.contains("needs `version: 2`"), "{}", p[0].message);
        let v2 = |facts: &str| {
            let sheet = super::super::fixture::sheet(ENTITIES, facts).replace("version: 1,", "version: 2,");
            match crate::pack::Pack::from_sources("t.ron", &sheet, super::super::fixture::ARTICLE, None) {
                Ok(_) => Vec::new(),
                Err(e) => e.problems.into_iter().map(|p| p.kind).collect(),
            }
        };
        assert_eq!(v2(facts), []);
        let one = r#"        (id: "ties", evidence: "Lee met Xi Jinping", claim: Relation(between: ["lee"], state: "are good")),"#;
        assert_eq!(v2(one), [ProblemKind::PartyCount]);
    }

    #[test]
    fn evidence_not_in_the_article_is_refused_with_the_closest_sentence() {
        let facts = r#"        (id: "meet", evidence: "Lee met Xi in Beijing on January 5.", claim: Meeting(who: "lee", whom: "xi")),"#;
        let p = found(ENTITIES, facts);
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::EvidenceNotFound]);
        assert!(p[0].message.contains("“Lee met Xi Jinping in Beijing on January 5.”"), "{}", p[0].message);
        let empty = r#"        (id: "meet", evidence: "", claim: Meeting(who: "lee", whom: "xi")),"#;
        assert_eq!(kinds(empty), [ProblemKind::EmptyText]);
    }

    #[test]
    fn entity_rules_report_their_kinds() {
        let clash = format!("{ENTITIES}\n        (id: \"lee-2\", kind: Person, name: \"Lee\"),");
        let p = found(&clash, "");
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::AmbiguousName], "{p:?}");
        let country = ENTITIES.replace(r#"country: "china""#, r#"country: "chna""#);
        let p = found(&country, "");
        assert_eq!(p.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::UnknownEntity], "{p:?}");
        assert!(p[0].message.ends_with("(did you mean \"china\"?)."), "{}", p[0].message);
        let city = ENTITIES.replace(r#"country: "china""#, r#"country: "beijing""#);
        assert_eq!(found(&city, "").iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::WrongEntityKind]);
    }

    #[test]
    fn problems_come_in_file_order_whatever_rule_found_them() {
        // The duplicate id is found after every fact's own rules, but is reported where it stands.
        let facts = fact("meet", "", r#"Meeting(who: "lee", whom: "xi")"#)
            + "\n"
            + &fact("meet", "", r#"Meeting(who: "lii", whom: "xi")"#);
        let p = found(ENTITIES, &facts);
        let kinds: Vec<ProblemKind> = p.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::DuplicateId, ProblemKind::UnknownEntity], "{p:?}");
        assert!(p.windows(2).all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)), "{p:?}");
    }
}

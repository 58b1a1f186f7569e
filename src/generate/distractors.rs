//! Wrong answers that look right: same semantic type as the answer, false according to the article.
//!
//! Candidates come first from the article's own entities and dates: entities the article gives for the
//! same slot of another fact first (another meeting's city for a meeting's city), then the most mentioned.
//! A candidate entity shares the answer's *type and granularity* ([`Grain`]: its kind, whether it belongs to
//! a country — a leader beside leaders, a site beside sites — and whether it is article metadata such as the
//! writer or a photo credit). For the catch-all kinds ([`is_loose`]: places, groups, issues, …) it must also
//! fill the same slot in another fact, so a mine is never offered beside a region. A candidate is refused
//! when putting it in the slot yields a statement some fact of the pack makes (it would be true), or when
//! it is the answer under another name.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use super::phrasing::{Val, claim_text, date_val, entity_slots, statement, with_slot};
use crate::pack::when::{Period, Relative, WEEKDAYS, Which};
use crate::pack::{Claim, Dateline, Entity, EntityKind, Fact, MonthDay, Pack, Topic, When, slot_date};
use crate::text::{fold, stable_hash};

/// A (grain, slot) pair and the entities offered for it ([`Truths::candidate_order`]).
type CandidateOrder = (Grain, String, Order);

/// The entities that may stand in for an answer of one grain in one slot ([`Truths::candidate_order`]).
#[derive(Debug, Clone, Default)]
pub struct Order {
    /// Indices into the sheet's entities, best first: those filling the slot in some fact first.
    pub entities: Rc<[usize]>,
    /// How many of the first `entities` fill the slot in some fact: counted once with the order, so a
    /// question does not count them again.
    pub filling: usize,
}

/// What the pack states, for telling a false variant from a true one, and how often each entity appears.
pub struct Truths {
    statements: BTreeSet<String>,
    /// The statement of each fact, in sheet order (rendered once: [`Truths::statement_of`]).
    by_fact: Vec<String>,
    /// Fact id → its place in the sheet.
    fact_at: HashMap<String, usize>,
    mentions: BTreeMap<String, usize>,
    dates: Vec<MonthDay>,
    /// The version-2 dates the pack states, in sheet order, without repeats.
    whens: Vec<When>,
    /// Entity id → the country it belongs to or leads (from `Entity::country` and Identity facts).
    countries: BTreeMap<String, String>,
    /// Entity id → its name and aliases, folded (folding is the costly part of comparing names).
    names: BTreeMap<String, Vec<String>>,
    /// Slot name → the entities that fill it in some fact ("place" → Beijing, Nara, East Asia, …).
    fillers: BTreeMap<&'static str, BTreeSet<String>>,
    /// Entities that belong to the article's metadata (writer, photo credit): see [`metadata_entities`].
    metadata: BTreeSet<String>,
    /// (grain, slot) → the indices of the entities offered as candidates for that slot, best first: sorted
    /// once per pair and shared by every question asking about it ([`Truths::candidate_order`]).
    candidate_orders: RefCell<Vec<CandidateOrder>>,
}

impl Truths {
    /// Collects the statements of every fact of `pack`.
    pub fn new(pack: &Pack) -> Self {
        let mut mentions = BTreeMap::new();
        let mut dates = BTreeSet::new();
        let mut whens: Vec<When> = Vec::new();
        let mut fillers: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
        for fact in &pack.sheet.facts {
            for (slot, id) in entity_slots(&fact.claim) {
                *mentions.entry(id.clone()).or_insert(0) += 1;
                fillers.entry(slot).or_default().insert(id.clone());
            }
            if let Claim::Meeting { date, .. }
            | Claim::Visit { date, .. }
            | Claim::Event { date, .. }
            | Claim::Summit { date, .. }
            | Claim::Agreement { date, .. } = &fact.claim
            {
                dates.extend(slot_date(date.as_ref()));
                if let Some(Val::When(w)) = date_val(date.as_ref())
                    && !whens.contains(&w)
                {
                    whens.push(w);
                }
            }
            if let Claim::State { date, .. } = &fact.claim
                && let Some(Val::When(w)) = date_val(Some(date))
                && !whens.contains(&w)
            {
                whens.push(w);
            }
        }
        let by_fact: Vec<String> = pack.sheet.facts.iter().map(|f| statement(pack, &f.claim)).collect();
        let statements = by_fact.iter().cloned().collect();
        let fact_at = pack.sheet.facts.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
        let mut countries: BTreeMap<String, String> =
            pack.sheet.entities.iter().filter_map(|e| Some((e.id.clone(), e.country.clone()?))).collect();
        for fact in &pack.sheet.facts {
            if let Claim::Identity { who, country: Some(c), .. } = &fact.claim {
                countries.insert(who.clone(), c.clone());
            }
        }
        let names = pack
            .sheet
            .entities
            .iter()
            .map(|e| (e.id.clone(), std::iter::once(&e.name).chain(&e.aliases).map(|n| fold(n)).collect()))
            .collect();
        let metadata = metadata_entities(pack);
        Self {
            statements,
            by_fact,
            fact_at,
            mentions,
            dates: dates.into_iter().collect(),
            whens,
            countries,
            names,
            fillers,
            metadata,
            candidate_orders: RefCell::default(),
        }
    }

    /// Whether some fact of the pack states this version-2 date.
    pub fn states(&self, when: &When) -> bool {
        self.whens.contains(when)
    }

    /// The statement of `fact` ([`statement`]), rendered once for the pack when `fact` is one of the facts
    /// of the pack of [`Truths::new`] (`pack`), and afresh otherwise: the true statement of a true/false
    /// question is the one the pack's truths hold.
    pub fn statement_of(&self, pack: &Pack, fact: &Fact) -> String {
        let at = self.fact_at.get(&fact.id).copied();
        match at.and_then(|i| Some((pack.sheet.facts.get(i)?, self.by_fact.get(i)?))) {
            Some((own, said)) if std::ptr::eq(own, fact) => said.clone(),
            _ => statement(pack, &fact.claim),
        }
    }

    /// Where `fact` stands in the sheet of `pack` (the pack of [`Truths::new`]), when it is one of its facts.
    pub fn fact_index(&self, pack: &Pack, fact: &Fact) -> Option<usize> {
        let at = self.fact_at.get(&fact.id).copied()?;
        pack.sheet.facts.get(at).is_some_and(|own| std::ptr::eq(own, fact)).then_some(at)
    }

    /// Whether the pack states this claim. Statements are rendered by one function, so the same claim
    /// always renders to the same sentence.
    pub fn holds(&self, pack: &Pack, claim: &Claim) -> bool {
        self.statements.contains(&statement(pack, claim))
    }
}

impl Truths {
    /// Every name a learner could use for an entity, folded; empty for an unknown id.
    pub fn names(&self, id: &str) -> &[String] {
        self.names.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether the entity is article metadata (the writer, a photo credit), never a distractor for others.
    pub fn is_metadata(&self, id: &str) -> bool {
        self.metadata.contains(id)
    }

    /// The type and granularity of an entity, which every distractor and every swapped value shares.
    pub fn grain(&self, e: &Entity) -> Grain {
        Grain { kind: e.kind, in_country: e.country.is_some(), metadata: self.is_metadata(&e.id) }
    }

    /// The country entity `id` belongs to or leads (from `Entity::country` and Identity facts).
    pub fn country_of(&self, id: &str) -> Option<&str> {
        self.countries.get(id).map(String::as_str)
    }

    /// Whether some fact names `id` in the slot `slot`.
    pub fn fills(&self, slot: &str, id: &str) -> bool {
        self.fillers.get(slot).is_some_and(|ids| ids.contains(id))
    }

    /// The entities of `pack` (indices into its sheet's entities) that may stand in for an answer of
    /// `grain` in `slot`, best first: of that grain (and, for a loose kind, filling `slot` in some fact),
    /// those filling `slot` first, then the most mentioned, then in sheet order. Rule kept: each (grain,
    /// slot) pair is sorted (and its slot fillers counted) once per pack and the list shared, so a pack's
    /// questions cost their number times what they take, not times the number of entities. `pack` must be
    /// the pack of [`Truths::new`].
    pub fn candidate_order(&self, pack: &Pack, grain: Grain, slot: &str) -> Order {
        let cached =
            self.candidate_orders.borrow().iter().find(|(g, s, _)| *g == grain && s == slot).map(|c| c.2.clone());
        if let Some(order) = cached {
            return order;
        }
        crate::text::work::add(pack.sheet.entities.len());
        let mut list: Vec<(bool, usize, usize)> = pack
            .sheet
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| self.grain(e) == grain)
            .filter(|(_, e)| !is_loose(e.kind) || self.fills(slot, &e.id))
            .map(|(i, e)| (self.fills(slot, &e.id), self.mentions.get(&e.id).copied().unwrap_or(0), i))
            .collect();
        list.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let filling = list.iter().take_while(|(fills, _, _)| *fills).count();
        let order = Order { entities: list.into_iter().map(|(_, _, i)| i).collect(), filling };
        self.candidate_orders.borrow_mut().push((grain, slot.to_string(), order.clone()));
        order
    }
}

/// The type and granularity of an entity: two entities of one `Grain` can stand in for each other as
/// answers. A person who leads or belongs to a country (a leader) is not offered beside a writer; a site in
/// a country (a coal mine, a residence) not beside a region or an island; metadata (the byline, a photo
/// credit) not beside what the article is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grain {
    /// The entity kind.
    pub kind: EntityKind,
    /// Whether the entity belongs to or leads a country (`Entity::country`).
    pub in_country: bool,
    /// Whether the entity is article metadata ([`metadata_entities`]).
    pub metadata: bool,
}

/// Kinds that gather entities of different types (a building, a mine and a region are all places; an issue
/// may be a system or a topic): a value of such a kind stands in for another only when the article gives it
/// for the same slot of another fact.
pub fn is_loose(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Place
            | EntityKind::Group
            | EntityKind::Event
            | EntityKind::Document
            | EntityKind::Phrase
            | EntityKind::Issue
    )
}

/// Whether a topic is about the article itself rather than its subject: its id or its name is one of
/// [`super::METADATA_TOPICS`] (the one list, see [`super::is_metadata_topic`]).
pub fn is_metadata_topic(topic: &Topic) -> bool {
    super::is_metadata_topic(&topic.id) || super::is_metadata_topic(&topic.name)
}

/// The entities that are article metadata: a person, outlet or organisation named in the byline (the
/// sheet's `source`), or an entity every fact naming it is only about the article (all its topics are
/// metadata topics, [`is_metadata_topic`]) — the writer, the photographer, the photo source.
pub fn metadata_entities(pack: &Pack) -> BTreeSet<String> {
    let meta_topics: BTreeSet<&str> =
        pack.sheet.topics.iter().filter(|t| is_metadata_topic(t)).map(|t| t.id.as_str()).collect();
    let is_meta_fact =
        |topics: &[String]| !topics.is_empty() && topics.iter().all(|t| meta_topics.contains(t.as_str()));
    let mut named: BTreeMap<&str, bool> = BTreeMap::new();
    for fact in &pack.sheet.facts {
        let meta = is_meta_fact(&fact.topics);
        for (_, id) in entity_slots(&fact.claim) {
            let all = named.entry(id.as_str()).or_insert(true);
            *all &= meta;
        }
    }
    let byline = format!(" {} ", fold(&pack.sheet.source));
    pack.sheet
        .entities
        .iter()
        .filter(|e| {
            let in_byline = matches!(e.kind, EntityKind::Person | EntityKind::Media | EntityKind::Organisation)
                && std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| fold(n))
                    .any(|n| !n.is_empty() && byline.contains(&format!(" {n} ")));
            in_byline || named.get(e.id.as_str()).copied().unwrap_or(false)
        })
        .map(|e| e.id.clone())
        .collect()
}

/// Same-type values that may make `claim` false when put in `slot` instead of `answer`, best first: each is
/// still to pass [`is_false_variant`], which the caller runs after its own cheaper tests. Never a
/// place that contains the answer or lies within it; for an Agreement's date, only dates the article
/// gives elsewhere. Among equally good entities the start is picked by a stable hash of `question_id`
/// ([`entity_candidates`]), so one prominent name is not every question's distractor. Lazy:
/// callers take what they need (three for multiple choice, one for true/false).
pub fn candidates<'a>(
    pack: &'a Pack,
    truths: &'a Truths,
    claim: &'a Claim,
    slot: &'a str,
    answer: &Val,
    question_id: &str,
) -> impl Iterator<Item = Val> + 'a {
    let raw: Box<dyn Iterator<Item = Val> + 'a> = match answer {
        Val::Ent(id) => Box::new(entity_candidates(pack, truths, slot, id, stable_hash(question_id.as_bytes()))),
        // When an agreement was made or is due is swapped only with a date the article gives elsewhere.
        Val::Date(d) if matches!(claim, Claim::Agreement { .. }) => {
            let d = *d;
            Box::new(truths.dates.iter().filter(move |x| **x != d).copied().map(Val::Date))
        }
        Val::Date(d) => Box::new(date_candidates(truths, *d).into_iter()),
        Val::Num(n) => Box::new(number_candidates(*n).into_iter().map(Val::Num)),
        Val::When(w) => {
            let line = pack.sheet.dateline.as_deref().and_then(Dateline::parse);
            Box::new(when_candidates(truths, w, line).into_iter().map(Val::When))
        }
    };
    let text = claim_text(claim).iter().fold(String::new(), |mut acc, t| {
        acc.push(' ');
        acc.push_str(&fold(t));
        acc.push(' ');
        acc
    });
    // The claim's filled slots, read once for every candidate.
    let slots = entity_slots(claim);
    raw.filter(move |v| !clashes(truths, &slots, &text, v))
}

/// Whether putting `val` in `slot` of `claim` yields a false variant: the slot takes it and no fact of the
/// pack states the result. Rendering the variant is the costly part of choosing a candidate, so a caller
/// runs its own cheap tests first ([`candidates`] leaves this one to it).
pub fn is_false_variant(pack: &Pack, truths: &Truths, claim: &Claim, slot: &str, val: &Val) -> bool {
    with_slot(claim, slot, val).is_some_and(|c| !truths.holds(pack, &c))
}

/// Whether a candidate would make a silly or self-referential variant: it already fills another slot
/// ("Lee met Lee"), the claim's text names it ("Beijing feared Lee would tilt towards Beijing"), or it is
/// the country of an entity in the claim or belongs to one ("Lee visited South Korea"). `text` is the
/// claim's free text, folded, with a space at both ends of each part; `slots` its filled entity slots.
fn clashes(truths: &Truths, slots: &[(&str, &String)], text: &str, val: &Val) -> bool {
    let Val::Ent(cand) = val else { return false };
    if slots.iter().any(|(_, id)| *id == cand) {
        return true;
    }
    if truths.names(cand).iter().any(|n| !n.is_empty() && super::has_padded(text, n)) {
        return true;
    }
    let country_of = |id: &str| truths.countries.get(id).map(String::as_str);
    slots.iter().any(|(_, id)| country_of(id) == Some(cand.as_str()) || country_of(cand) == Some(id.as_str()))
}

/// Entities of the answer's [`Grain`] (for a loose kind, only those filling `slot` in some fact), those
/// filling `slot` elsewhere first ([`Truths::candidate_order`]), less the answer, any entity that shares one
/// of its names, and a place containing the answer or lying within it ("in Maryland" for Camp David is not
/// wrong). For a city or place, only those lying within the answer's own parent (or, for an answer within
/// nothing, within nothing either) when there are [`SAME_PARENT_ENOUGH`] of them: one granularity. Lazy: a
/// question takes the few it needs.
///
/// Rule kept: the candidates of one standing (filling `slot` elsewhere, or not) are equally good, so each
/// question starts among them at a place fixed by `seed` (a stable hash of its id) and goes round from
/// there, in the order of mentions and then the sheet. The same question always gets the same
/// distractors, and the most mentioned names are not every question's (hk-election offered Nathan Law,
/// Junius Ho and Gary Fan beside nearly every person).
fn entity_candidates<'a>(
    pack: &'a Pack,
    truths: &'a Truths,
    slot: &str,
    id: &str,
    seed: u64,
) -> impl Iterator<Item = Val> + 'a {
    let answer = pack.entity(id);
    let order = answer.map(|a| truths.candidate_order(pack, truths.grain(a), slot)).unwrap_or_default();
    let answer_names = answer.map_or(&[][..], |a| truths.names(&a.id));
    let answer_id = answer.map(|a| a.id.as_str());
    // The first `split` fill the slot elsewhere (the order puts them first); each tier goes round from its
    // own start.
    let Order { entities: order, filling: split } = order;
    let rest = order.len() - split;
    let turn = move |k: usize| {
        if k < split {
            (k + (seed as usize) % split) % split
        } else {
            split + (k - split + ((seed >> 32) as usize) % rest) % rest
        }
    };
    let fits = move |e: &Entity| {
        Some(e.id.as_str()) != answer_id
            && truths.names(&e.id).iter().all(|n| !answer_names.contains(n))
            && answer_id.is_none_or(|a| !super::summit::nested(pack, a, &e.id))
    };
    // A city or place beside places of its own parent: "Taikoo" (inside Hong Kong Island) is not offered
    // beside the constituencies of Hong Kong, when the parent holds enough others.
    let parent = answer.filter(|a| matches!(a.kind, EntityKind::City | EntityKind::Place)).map(|a| a.within.clone());
    let same_parent = move |e: &Entity| parent.as_ref().is_none_or(|p| e.within == *p);
    // Counting stops at the number needed, so a question does not scan every place of a large sheet.
    let siblings = order
        .iter()
        .filter_map(|&i| pack.sheet.entities.get(i))
        .filter(|e| fits(e) && same_parent(e))
        .take(SAME_PARENT_ENOUGH)
        .count();
    let by_parent = siblings >= SAME_PARENT_ENOUGH;
    (0..order.len()).filter_map(move |k| {
        let e = pack.sheet.entities.get(order[turn(k)])?;
        (fits(e) && (!by_parent || same_parent(e))).then(|| Val::Ent(e.id.clone()))
    })
}

/// Whether `candidate` is of the level of the place `answer`: for a city or place, one of its kind lying
/// within the same parent (or, for one within nothing, within nothing either); any candidate for another
/// kind of answer. Rule kept: a multiple choice offers a place only beside places of its own level, and a
/// place with fewer than three others of its level gets no multiple choice (typed and true/false remain):
/// "Taikoo", a neighbourhood inside Hong Kong Island, was offered beside three constituencies. A false
/// statement needs one value the article rules out, and may take a place of another level.
pub fn same_level(pack: &Pack, answer: &Val, candidate: &Val) -> bool {
    let (Val::Ent(a), Val::Ent(c)) = (answer, candidate) else { return true };
    let Some(a) = pack.entity(a).filter(|a| matches!(a.kind, EntityKind::City | EntityKind::Place)) else {
        return true;
    };
    pack.entity(c).is_some_and(|c| c.kind == a.kind && c.within == a.within)
}

/// How many candidates sharing the answer's `within` parent a city or place needs for its distractors to be
/// drawn only from them: the three of a multiple choice.
const SAME_PARENT_ENOUGH: usize = 3;

fn date_candidates(truths: &Truths, answer: MonthDay) -> Vec<Val> {
    let mut out: Vec<MonthDay> = truths.dates.iter().copied().filter(|d| *d != answer).collect();
    for d in near_days(answer) {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out.into_iter().map(Val::Date).collect()
}

/// Days of `answer`'s month near it (a week later, three days earlier, …), never `answer` itself.
fn near_days(answer: MonthDay) -> Vec<MonthDay> {
    [7i32, -3, 14, 2, -7, 10, 21]
        .iter()
        .filter_map(|delta| u8::try_from(i32::from(answer.day) + delta).ok())
        .filter_map(|day| MonthDay::new(answer.month, day))
        .filter(|d| *d != answer)
        .collect()
}

/// Which form a version-2 date has: a day, a month, a year, a span, a relative day, a deadline or a
/// recurrence. A distractor always has the answer's form.
fn form(when: &When) -> u8 {
    match when {
        When::Day { .. } => 0,
        When::Month { .. } => 1,
        When::Year(_) => 2,
        When::Span { .. } => 3,
        When::Relative(_) => 4,
        When::Deadline { .. } => 5,
        When::Every { .. } => 6,
        When::Near { .. } | When::MonthNear { .. } | When::Coming(_) => 7,
        When::MonthOnly(_) => 8,
        When::PartOfYear { .. } => 9,
        When::Since(from) => 10 + form(from),
    }
}

/// Wrong dates of the answer's [`form`]: those the article states first (in sheet order), then near ones
/// made up (a week off, a year off, another weekday, another period). A relative day is never offered
/// beside one naming the same day from the dateline ("yesterday" and "Thursday" on a Friday).
fn when_candidates(truths: &Truths, answer: &When, line: Option<Dateline>) -> Vec<When> {
    let stated = truths.whens.iter().filter(|w| form(w) == form(answer)).cloned();
    let mut out: Vec<When> = Vec::new();
    let mut days: Vec<Option<Dateline>> = Vec::new();
    let day_of = |w: &When| match (w, line) {
        (When::Relative(r), Some(line)) => line.resolve(*r),
        _ => None,
    };
    days.push(day_of(answer));
    for w in stated.chain(made_up(answer)) {
        let day = day_of(&w);
        if w == *answer || out.contains(&w) || (day.is_some() && days.contains(&day)) {
            continue;
        }
        days.push(day);
        out.push(w);
    }
    out
}

/// Near wrong dates of `answer`'s form, made up for multiple choice.
fn made_up(answer: &When) -> Vec<When> {
    match answer {
        When::Day { date, year } => near_days(*date).into_iter().map(|d| When::Day { date: d, year: *year }).collect(),
        When::Month { month, year } => [-1i32, 1, -2, 2]
            .iter()
            .filter_map(|d| u8::try_from(i32::from(*month) + d).ok().filter(|m| (1..=12).contains(m)))
            .map(|m| When::Month { month: m, year: *year })
            .chain([When::Month { month: *month, year: year - 1 }])
            .collect(),
        When::Year(y) => [-1, 1, -2, 2, -3].iter().map(|d| When::Year(y + d)).collect(),
        When::Span { from, to } => [-3, 3, -1, 1].iter().map(|d| When::Span { from: from + d, to: to + d }).collect(),
        When::Relative(r) => {
            let named = match r {
                Relative::Weekday { day, .. } => Some(*day),
                _ => None,
            };
            (0..WEEKDAYS.len())
                .filter_map(|d| u8::try_from(d).ok())
                .filter(|d| Some(*d) != named)
                .map(|day| When::Relative(Relative::Weekday { day, last: false }))
                .collect()
        }
        When::Deadline { by, end_of } => {
            made_up(by).into_iter().map(|b| When::Deadline { by: Box::new(b), end_of: *end_of }).collect()
        }
        When::Every { at_least, .. } => [(1, Period::Year), (2, Period::Year), (1, Period::Month), (1, Period::Week)]
            .into_iter()
            .map(|(count, period)| When::Every { count, period, at_least: *at_least })
            .collect(),
        // "earlier this month": the same stretch another way from the dateline ("last month", "next month"),
        // never a stretch that holds it or that it holds ("earlier this year", "this month").
        When::Near { which, stretch } => {
            other_ways(*which).into_iter().map(|w| When::Near { which: w, stretch: *stretch }).collect()
        }
        When::MonthNear { month, which } => {
            near_months(*month).into_iter().map(|m| When::MonthNear { month: m, which: *which }).collect()
        }
        // "the coming weeks" against "the coming days" or "months" is a quibble, not a wrong answer.
        When::Coming(_) => Vec::new(),
        When::MonthOnly(month) => near_months(*month).into_iter().map(When::MonthOnly).collect(),
        When::Since(from) => {
            made_up(from).into_iter().filter(When::since_target).map(|f| When::Since(Box::new(f))).collect()
        }
        // Another part of the same year, then the same part a year off.
        When::PartOfYear { part, year } => crate::pack::when::YearPart::ALL
            .into_iter()
            .filter(|p| p != part)
            .map(|p| When::PartOfYear { part: p, year: *year })
            .chain([-1, 1].map(|d| When::PartOfYear { part: *part, year: year + d }))
            .collect(),
    }
}

/// The other ways a stretch may lie from the dateline that do not overlap `which`: "this" holds "earlier
/// this" and "later this", so neither is offered against the other.
fn other_ways(which: Which) -> Vec<Which> {
    let all = match which {
        Which::This => vec![Which::Last, Which::Next],
        _ => vec![Which::Last, Which::EarlierThis, Which::LaterThis, Which::Next],
    };
    all.into_iter().filter(|w| *w != which).collect()
}

/// The months one and two either side of `month`, within the year.
fn near_months(month: u8) -> Vec<u8> {
    [-1i32, 1, -2, 2]
        .iter()
        .filter_map(|d| u8::try_from(i32::from(month) + d).ok().filter(|m| (1..=12).contains(m)))
        .collect()
}

/// Plausible wrong numbers near `value`: halves, doubles and neighbours, whole when the value is. Never 1
/// for another value: the sentence around the number is plural ("turned around {n} times"), and "1 times"
/// is not English.
pub fn number_candidates(value: f64) -> Vec<f64> {
    let whole = value.fract() == 0.0;
    let mut out: Vec<f64> = Vec::new();
    let steps: [f64; 8] = if value.abs() >= 20.0 {
        [0.5, 1.5, 2.0, 0.75, 1.25, 0.9, 1.1, 3.0]
    } else {
        [0.6, 2.0, 1.4, 3.0, 0.4, 1.2, 4.0, 0.8]
    };
    for m in steps {
        let mut v = value * m;
        if whole {
            v = v.round();
            if (v - value).abs() < f64::EPSILON {
                v += 1.0;
            }
        }
        let one = (v - 1.0).abs() < f64::EPSILON;
        if v > 0.0 && !one && (v - value).abs() > f64::EPSILON && !out.iter().any(|o| (o - v).abs() < f64::EPSILON) {
            out.push(v);
        }
    }
    out
}

/// How the article states a number: as a lower bound ("over 700", "more than", "at least"), an upper bound
/// ("under", "fewer than", "up to"), or an approximation ("around", "about", "nearly").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// "over", "more than", "at least", "above".
    AtLeast,
    /// "under", "fewer than", "less than", "at most", "up to".
    AtMost,
    /// "around", "about", "nearly", "almost", "roughly", "approximately", "some".
    About,
}

/// The bound the words just before a number state (`before` ends where the number starts), if any.
pub fn bound_before(before: &str) -> Option<Bound> {
    let words: Vec<String> = fold(before).split(' ').rev().take(2).map(str::to_string).collect();
    let last = words.first().map_or("", String::as_str);
    let pair = format!("{} {last}", words.get(1).map_or("", String::as_str));
    match (last, pair.trim()) {
        (_, "more than" | "at least" | "greater than") | ("over" | "above" | "exceeding", _) => Some(Bound::AtLeast),
        (_, "fewer than" | "less than" | "at most" | "up to") | ("under" | "below", _) => Some(Bound::AtMost),
        ("around" | "about" | "nearly" | "almost" | "roughly" | "approximately" | "some" | "approx", _) => {
            Some(Bound::About)
        }
        _ => None,
    }
}

/// Words that make "… in {n} years" a lower bound: "the first talks in 10 months" is still true of 6
/// months (none in the last 6 either), and only a longer span contradicts it; likewise "the highest in
/// 20 years", "the last … in".
const SPAN_SUPERLATIVES: [&str; 12] = [
    "first", "last", "only", "highest", "lowest", "largest", "biggest", "smallest", "worst", "best", "longest", "most",
];

/// The bound a sheet's statement puts on its number, from the words before `{n}`: [`bound_before`], or a
/// lower bound for a span after a superlative ("the first official talks between the countries in {n}
/// months").
pub fn bound_of_statement(before: &str) -> Option<Bound> {
    bound_before(before).or_else(|| {
        let folded = fold(before);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        let span = words.last().is_some_and(|w| *w == "in" || *w == "for");
        (span && words.iter().any(|w| SPAN_SUPERLATIVES.contains(w))).then_some(Bound::AtLeast)
    })
}

/// The bound a Quantity's statement puts on its number ([`bound_of_statement`] of the words before `{n}`);
/// `None` for a number stated exactly and for every other claim.
pub fn quantity_bound(claim: &Claim) -> Option<Bound> {
    match claim {
        Claim::Quantity { statement, .. } => {
            statement.split_once("{n}").and_then(|(before, _)| bound_of_statement(before))
        }
        _ => None,
    }
}

/// Whether `false_value` in place of `value` contradicts a number stated with `bound`: "over 700" is
/// contradicted only by a larger bound ("over 1400"; "over 350" is still true), "under 50" by a smaller one,
/// "about 80" only by a value at least half as large again or at most two thirds of it. A number stated
/// exactly is contradicted by any other.
pub fn contradicts(bound: Option<Bound>, value: f64, false_value: f64) -> bool {
    match bound {
        None => (false_value - value).abs() > f64::EPSILON,
        Some(Bound::AtLeast) => false_value > value,
        Some(Bound::AtMost) => false_value < value,
        Some(Bound::About) => false_value >= value * 1.5 || false_value <= value * 2.0 / 3.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_after_a_superlative_is_a_lower_bound() {
        let b = bound_of_statement("The talks are the first official talks between the countries in ");
        assert_eq!(b, Some(Bound::AtLeast));
        // "first in 10 months" is still true of 6 months: only a longer span contradicts it.
        assert!(!contradicts(b, 10.0, 6.0));
        assert!(contradicts(b, 10.0, 14.0));
        assert_eq!(bound_of_statement("Abe is the first Japanese leader visiting China in "), Some(Bound::AtLeast));
        assert_eq!(bound_of_statement("The talks lasted "), None);
        assert_eq!(bound_of_statement("The rescued were taken to Aceh in "), None);
        assert_eq!(bound_of_statement("more than "), Some(Bound::AtLeast));
    }

    #[test]
    fn wrong_numbers_are_distinct_positive_and_not_the_answer() {
        for value in [1.0, 5.0, 7.0, 12.0, 136.0, 2.5] {
            let c = number_candidates(value);
            assert!(c.len() >= 3, "{value}: {c:?}");
            assert!(c.iter().all(|v| *v > 0.0 && (*v - value).abs() > 0.1), "{value}: {c:?}");
            let set: BTreeSet<String> = c.iter().map(ToString::to_string).collect();
            assert_eq!(set.len(), c.len());
        }
    }
}

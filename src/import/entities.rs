//! Step 2 of drafting: who and what the article names, and where.
//!
//! Every entity found is a [`crate::pack::Entity`] ready for the sheet (id, kind, name in the article's
//! spelling, aliases, role, country), and every place the article names it is a [`Mention`].
//!
//! How (each rule is about the shape of English news text, not about any one article):
//! 1. The body's paragraphs are cut into words ([`tokens`]) and read left to right into items: phrases of
//!    the [`gazetteer`] (countries, demonyms, capitals and cities, organisations, news media), titles
//!    ("Prime Minister", "spokesman"), honorifics ("Mr."), runs of capitalised words ("Moon Jae-in", "the
//!    Civic Party") and other words. A sentence's first word is not a name when it is a common word ("The",
//!    "However").
//! 2. A run is kept only when its kind is clear ([`scan`]): a title or honorific before it, a verb of
//!    saying after it, a first name or East Asian family name at its start or a romanised given name
//!    ("Jae-in") at its end, an appositive with a title ("John Kerry, the Secretary of State,") make a
//!    person; a marker word ("Party", "Navy") or an acronym an organisation; a place word ("Province", "the
//!    town of X", "X constituency") a place. Anything else is left out: a smaller true list beats a
//!    larger doubtful one.
//! 3. Roles come from the words before a title ("Japan's Prime Minister", "South Korean President") or an
//!    appositive, and give the person's `country` when they name one (a country that is then an entity).
//! 4. A person's later short forms ("Kerry", "President Lee", "Mr. Lee") become aliases when they name
//!    only that person; a form two entities share is given to neither. Full names that differ only in how
//!    the given name's syllables are written ("Roh Moo-hyun", "Roh Moo-Hyun", "Roh Moo Hyun", "Roh
//!    Moohyun") are one person, named as first spelled, the other spellings its aliases.
//! 5. Every form is then looked for in the text, longest first, for the mentions; the "the" right before a
//!    mention of anything but a person is part of it ("the Indonesian Navy reportedly saved …"), as the
//!    clause grammar of the facts step reads a subject.

pub mod gazetteer;
mod scan;
pub mod seats;
pub mod tokens;
pub mod topics;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use super::text::Article;
use crate::pack::{Entity, EntityKind};
use crate::text::fold;
use gazetteer::{GAZETTEER, Gazetteer};
use tokens::{Token, tokenize};

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
    /// The byte range in [`Article::text`] of the words that name it, with the "the" before it when it is not
    /// a person ("the Indonesian Navy").
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

    /// The entity whose id is `id`.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// The countries the text means without a mention of their own, as mentions (they may overlap the found
/// ones, so they are kept apart from [`Found::mentions`]), in text order: both countries of "the two Koreas"
/// or "both Koreas" (the two countries among `found`'s entities whose two-word names end in that word), at
/// the phrase; and the country of a capital standing for its government ("Seoul and Pyongyang issued
/// statements": a city the entities step put `within` a country), at the capital's mention. The facts step
/// reads them for the two countries "both countries" means.
pub fn countries_meant(text: &str, found: &Found) -> Vec<Mention> {
    let country = |id: &str| found.entities.iter().position(|e| e.id == id && e.kind == EntityKind::Country);
    let mut out: Vec<Mention> = found
        .mentions
        .iter()
        .filter_map(|m| {
            let e = found.entities.get(m.entity)?;
            let c = e.within.as_deref().filter(|_| e.kind == EntityKind::City).and_then(country)?;
            Some(Mention { entity: c, range: m.range.clone() })
        })
        .collect();
    // The words of the text with their byte offsets.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.extend(text.get(s..i).map(|w| (s, w)));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    for pair in words.windows(2) {
        let ((at, first), (plural_at, plural)) = (pair[0], pair[1]);
        if !matches!(first, "two" | "both" | "Both") {
            continue;
        }
        let plural = plural.trim_end_matches(|c: char| !c.is_alphanumeric());
        let Some(stem) = plural.strip_suffix('s').filter(|s| s.starts_with(char::is_uppercase)) else { continue };
        let ends = format!(" {stem}");
        let both: Vec<usize> = (0..found.entities.len())
            .filter(|&i| found.entities[i].kind == EntityKind::Country)
            .filter(|&i| found.entities[i].name.ends_with(&ends) && found.entities[i].name.split(' ').count() == 2)
            .collect();
        if both.len() == 2 {
            let range = at..plural_at + plural.len();
            out.extend(both.into_iter().map(|entity| Mention { entity, range: range.clone() }));
        }
    }
    out.sort_by_key(|m| (m.range.start, m.entity));
    out
}

/// A lowercase-hyphen slug of a name ("Park Geun-hye" → "park-geun-hye", "Côte d'Ivoire" →
/// "cote-d-ivoire"), without a leading "the".
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    let mut out = String::new();
    for w in words {
        let w: String = w.chars().filter(char::is_ascii_alphanumeric).collect();
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    if out.is_empty() { "entity".to_string() } else { out }
}

/// Where a drafted entity's `country` comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CountryHint {
    /// The country, as an index into [`Gazetteer::known`].
    known: usize,
    /// Whether the article itself says it of this entity (a demonym or a possessive in its role), so the
    /// country becomes an entity if it is not one yet; a weak hint (a news agency's country in the table)
    /// is used only when the article names the country.
    strong: bool,
}

/// An entity while the article is read.
#[derive(Debug, Clone)]
struct Draft {
    kind: EntityKind,
    /// The gazetteer entry it is, if any.
    known: Option<usize>,
    /// The forms the article uses for it, as written, in order of first use.
    forms: Vec<String>,
    /// Forms that name it only because it is named otherwise too ("the North").
    weak: Vec<String>,
    role: Option<String>,
    /// The title of the role, lowercase and singular ("president"), for "the president".
    role_title: Option<String>,
    country: Option<CountryHint>,
    description: Option<String>,
    /// A place it lies in, said by the article ("Aceh, Indonesia"), as a gazetteer index.
    within: Option<usize>,
    /// Where it is first named.
    first: usize,
}

impl Draft {
    fn new(kind: EntityKind, form: &str, first: usize) -> Self {
        Self {
            kind,
            known: None,
            forms: vec![form.to_string()],
            weak: Vec::new(),
            role: None,
            role_title: None,
            country: None,
            description: None,
            within: None,
            first,
        }
    }

    fn add_form(&mut self, form: &str) {
        if !form.is_empty() && !self.forms.iter().any(|f| f == form) {
            self.forms.push(form.to_string());
        }
    }
}

/// The entities being drafted, with the forms each is known by.
#[derive(Debug, Default)]
struct Registry {
    drafts: Vec<Draft>,
    /// Folded form → the draft it names (the first to claim it).
    by_form: BTreeMap<String, usize>,
    /// Gazetteer index → draft.
    by_known: BTreeMap<usize, usize>,
    /// Weak forms seen ("the North"), by gazetteer index: kept for the entities named otherwise too.
    pending_weak: Vec<(usize, String)>,
    /// The words of capitalised runs of two or more words that were left out.
    loose_words: BTreeSet<String>,
    /// Runs with a name's shape that were left out, with where they are ("Sohei Kamiya").
    loose_runs: Vec<(String, usize)>,
    /// Weak aliases with modifiers ("the rival North"), by gazetteer index, with where they are: mentions of
    /// the entity when it is drafted.
    weak_spans: Vec<(usize, Range<usize>)>,
    /// Mentions the reading fixed itself, which no form of the entity matches ("North" of "North and South
    /// Korea"): (draft, byte range).
    explicit: Vec<(usize, Range<usize>)>,
}

impl Registry {
    /// The draft for gazetteer entry `known`, made on first use.
    fn known(&mut self, g: &Gazetteer, known: usize, form: &str, at: usize) -> usize {
        if let Some(&i) = self.by_known.get(&known) {
            self.drafts[i].add_form(form);
            self.claim(form, i);
            return i;
        }
        let kind = g.known.get(known).map_or(EntityKind::Place, |k| k.kind);
        let mut d = Draft::new(kind, form, at);
        d.known = Some(known);
        if matches!(kind, EntityKind::City | EntityKind::Place | EntityKind::Organisation | EntityKind::Media) {
            d.country = g.known.get(known).and_then(|k| k.country).map(|c| CountryHint { known: c, strong: false });
        }
        let i = self.push(d);
        self.by_known.insert(known, i);
        self.claim(form, i);
        i
    }

    /// The draft named by `form` (any kind), or a new one of `kind`.
    fn named(&mut self, kind: EntityKind, form: &str, at: usize) -> usize {
        let key = form_key(form);
        if let Some(&i) = self.by_form.get(&key) {
            self.drafts[i].add_form(form);
            return i;
        }
        let i = self.push(Draft::new(kind, form, at));
        self.claim(form, i);
        i
    }

    fn push(&mut self, d: Draft) -> usize {
        self.drafts.push(d);
        self.drafts.len() - 1
    }

    fn claim(&mut self, form: &str, i: usize) {
        let key = form_key(form);
        if !key.is_empty() {
            self.by_form.entry(key).or_insert(i);
        }
    }
}

/// The key two forms of one entity share: folded, without a leading "the", without a possessive inside
/// ("New People's Party" and "New People Party", which one article may both write, are one party), and
/// with a leading demonym or country name written as the country's name ("the Chinese coast guard" and
/// "the China Coast Guard" are one service).
fn form_key(form: &str) -> String {
    let g = &*GAZETTEER;
    let form = form.strip_prefix("the ").unwrap_or(form);
    let country = g.phrases.get(gazetteer::first_word(form)).into_iter().flatten().find_map(|(p, t)| {
        let (gazetteer::Target::Demonym(c) | gazetteer::Target::Known(c)) = *t else { return None };
        let rest = form.strip_prefix(p.as_str())?;
        let rest = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")).or_else(|| rest.strip_prefix(' '))?;
        let k = g.known.get(c).filter(|k| k.kind == EntityKind::Country)?;
        Some(format!("{} {rest}", k.name))
    });
    let folded = fold(country.as_deref().unwrap_or(form));
    folded.split(' ').filter(|w| *w != "s").collect::<Vec<_>>().join(" ")
}

/// Whether the article is about country `known` beyond a weak alias: it uses, as a word of its own, the
/// words of the country's name that its weak alias leaves out, perhaps plural or as an adjective ("Korea",
/// "Koreas", "Korean", "Koreans" for "the North" of North Korea). A country whose weak alias is no word of
/// its name ("the mainland" of China) is never so inferred.
fn about_country(g: &Gazetteer, text: &str, known: usize) -> bool {
    let Some(k) = g.known.get(known) else { return false };
    let weak: Vec<&str> = g
        .phrases
        .values()
        .flatten()
        .filter(|(_, t)| *t == gazetteer::Target::Weak(known))
        .flat_map(|(p, _)| p.split(' '))
        .collect();
    let rest: Vec<&str> = k.name.split(' ').filter(|w| !weak.contains(w)).collect();
    if rest.len() == k.name.split(' ').count() || rest.len() != 1 {
        return false;
    }
    let stem = rest[0];
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.strip_prefix(stem).is_some_and(|tail| matches!(tail, "" | "s" | "n" | "ns")))
}

/// The countries "the two Xs" or "both Xs" names: the two countries of the gazetteer whose names are a word and
/// X ("North Korea" and "South Korea" for "the two Koreas"), when exactly two are.
fn coordinated_pair(g: &Gazetteer, text: &str) -> Vec<usize> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for pair in words.windows(2) {
        if !matches!(pair[0], "two" | "both" | "Both") {
            continue;
        }
        let plural = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        let Some(stem) = plural.strip_suffix('s').filter(|s| s.starts_with(char::is_uppercase)) else { continue };
        let ends = format!(" {stem}");
        let countries: Vec<usize> = (0..g.known.len())
            .filter(|&i| g.known[i].kind == EntityKind::Country)
            .filter(|&i| g.known[i].name.ends_with(&ends) && g.known[i].name.split(' ').count() == 2)
            .collect();
        if countries.len() == 2 {
            for c in countries {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// A single capitalised word the article uses on its own, perhaps after a title or honorific ("Kerry",
/// "President Lee"): a candidate short form of a person named in full elsewhere.
#[derive(Debug, Clone)]
struct Single {
    word: String,
    /// The title or honorific before it, as written ("President", "Mr.").
    prefix: Option<String>,
    /// Whether a verb of saying follows it ("Kamiya said").
    says: bool,
}

/// Finds the entities an article names and every mention of them.
pub fn find(article: &Article) -> Found {
    let g = &*GAZETTEER;
    let text = article.text.as_str();
    let mut reg = Registry::default();
    let mut singles: Vec<Single> = Vec::new();
    let mut paragraphs: Vec<Vec<Token>> = Vec::new();
    for p in &article.paragraphs {
        let starts: Vec<usize> = p.sentences.iter().map(|s| s.start).collect();
        let tokens = tokenize(text, &p.range, &starts);
        if !p.caption {
            scan::paragraph(g, text, &tokens, &mut reg, &mut singles);
        }
        paragraphs.push(tokens);
    }
    let weak_spans = std::mem::take(&mut reg.weak_spans);
    // A weak alias ("the North") names its country in an article about it: one that names the country
    // otherwise, or uses the rest of the country's name ("Korea", "the two Koreas", "Korean").
    let weak_targets: Vec<usize> =
        reg.pending_weak.iter().map(|(k, _)| *k).chain(weak_spans.iter().map(|(k, _)| *k)).collect();
    for known in weak_targets {
        if !reg.by_known.contains_key(&known) && about_country(g, text, known) {
            let name = g.known.get(known).map_or_else(String::new, |k| k.name.clone());
            let kind = g.known.get(known).map_or(EntityKind::Country, |k| k.kind);
            // Ordered by its first mention, found later.
            let mut d = Draft::new(kind, &name, usize::MAX / 2);
            d.known = Some(known);
            d.forms.clear();
            let i = reg.push(d);
            reg.by_known.insert(known, i);
        }
    }
    // "the two Koreas", "both Koreas": the two countries whose names share that word are both entities.
    for known in coordinated_pair(g, text) {
        if !reg.by_known.contains_key(&known) {
            let name = g.known.get(known).map_or_else(String::new, |k| k.name.clone());
            let mut d = Draft::new(EntityKind::Country, &name, usize::MAX / 2);
            d.known = Some(known);
            d.forms.clear();
            let i = reg.push(d);
            reg.by_known.insert(known, i);
        }
    }
    for (known, range) in weak_spans {
        if let Some(&i) = reg.by_known.get(&known) {
            reg.explicit.push((i, range));
        }
    }
    for (known, form) in std::mem::take(&mut reg.pending_weak) {
        let form = match form.strip_prefix("The ") {
            Some(rest) => format!("the {rest}"),
            None => form,
        };
        if let Some(&i) = reg.by_known.get(&known)
            && !reg.drafts[i].weak.contains(&form)
        {
            reg.drafts[i].weak.push(form);
        }
    }
    speakers_named_in_full(&mut reg, &singles);
    merge_spelling_variants(&mut reg);
    merge_short_persons(&mut reg);
    add_short_forms(&mut reg, &singles);
    leaders_by_family_name(g, &mut reg, &singles);
    surname_speakers(g, &mut reg, &singles);
    add_the_title_forms(&mut reg, text);
    // A seat of government the article makes speak ("the Kremlin said") is the government: an Organisation.
    let mut speaking = Vec::new();
    for (i, d) in reg.drafts.iter_mut().enumerate() {
        let known = d.known.and_then(|k| g.known.get(k));
        let seat = known.is_some_and(|k| k.seat) && d.forms.iter().any(|f| seats::speaks(g, text, f));
        // So is a capital that speaks and is never a place in the article ("Ankara warned …").
        let capital = known.is_some_and(|k| k.capital) && d.forms.iter().any(|f| seats::capital_speaks(g, text, f));
        if (seat || capital) && matches!(d.kind, EntityKind::Place | EntityKind::City) {
            d.kind = EntityKind::Organisation;
            speaking.push(i);
        }
    }
    let mut entities = resolve(g, &mut reg);
    for i in speaking {
        if let Some(e) = entities.get_mut(i) {
            seats::name_with_the(e, text);
        }
    }
    // "the Chinese capital" names Beijing for the checker only where the article itself names Beijing (its
    // headline or text): that the capital is Beijing is the gazetteer's fact, not the article's.
    for e in &mut entities {
        let named = !crate::generate::cloze::find_words(text, &e.name).is_empty();
        e.aliases.retain(|a| named || !a.ends_with(" capital"));
    }
    let forms = mention_forms(&entities);
    let mut found = Found { entities: Vec::new(), mentions: Vec::new() };
    let takes_the: Vec<bool> = entities.iter().map(|e| e.kind != EntityKind::Person).collect();
    let explicit: BTreeMap<usize, (usize, usize)> = reg.explicit.iter().map(|(e, r)| (r.start, (*e, r.end))).collect();
    let (order, mentions) = mentions(g, text, &paragraphs, &forms, &takes_the, &explicit);
    // Entities in order of first mention (those never mentioned, such as a country named only by a
    // demonym, after the others, in order of drafting).
    let mut rank: Vec<usize> = (0..entities.len()).filter(|&i| !entities[i].name.is_empty()).collect();
    rank.sort_by_key(|&i| (order.get(i).copied().flatten().unwrap_or(usize::MAX), reg.drafts[i].first, i));
    let mut new_index = vec![None; entities.len()];
    for (new, &old) in rank.iter().enumerate() {
        new_index[old] = Some(new);
    }
    found.entities = rank.iter().filter_map(|&i| entities.get(i).cloned()).collect();
    found.mentions = mentions
        .into_iter()
        .filter_map(|(e, range)| new_index.get(e).copied().flatten().map(|entity| Mention { entity, range }))
        .collect();
    add_topics(article, &mut found);
    found
}

/// The topics the article says were on an agenda ([`topics::agenda`]) as Issue entities, after the
/// others and without mentions of their own (a topic holds other names: "the Taiwan Strait issue"), in
/// order of first mention. A topic whose id another entity already has is left out.
fn add_topics(article: &Article, found: &mut Found) {
    for (_, range) in article.sentences() {
        for t in topics::agenda(article.slice(&range)).topics {
            let id = slug(&t.name);
            if found.entities.iter().any(|e| e.id == id) {
                continue;
            }
            found.entities.push(Entity::new(id, EntityKind::Issue, t.name));
        }
    }
}

/// A run with a name's shape that nothing marked is a person's name when one of its words, first or last,
/// is used alone as the subject of a verb of saying ("Sohei Kamiya" … "Kamiya said") and belongs to no
/// other run.
fn speakers_named_in_full(reg: &mut Registry, singles: &[Single]) {
    let speakers: BTreeSet<&str> =
        singles.iter().filter(|s| s.says && s.prefix.is_none()).map(|s| s.word.as_str()).collect();
    let runs = std::mem::take(&mut reg.loose_runs);
    let mut owners: BTreeMap<&str, usize> = BTreeMap::new();
    for (run, _) in &runs {
        for w in run.split(' ') {
            *owners.entry(w).or_default() += 1;
        }
    }
    for (run, at) in &runs {
        let words: Vec<&str> = run.split(' ').collect();
        let ends = [words.first(), words.last()];
        let spoken = ends.into_iter().flatten().any(|w| speakers.contains(w) && owners.get(w) == Some(&1));
        if spoken {
            reg.named(EntityKind::Person, run, *at);
            for w in words {
                reg.loose_words.remove(w);
            }
        }
    }
}

/// An East Asian family name used alone as the subject of a verb of saying or doing ("Kim said he hoped …",
/// "Kim described them as …") names a person when no person named in full has that word and no longer name
/// left out holds it: the article calls that person by the family name only.
fn surname_speakers(g: &Gazetteer, reg: &mut Registry, singles: &[Single]) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for s in singles.iter().filter(|s| s.says && s.prefix.is_none()) {
        let w = s.word.as_str();
        if !g.surnames.contains(w) || reg.loose_words.contains(w) || !seen.insert(w) {
            continue;
        }
        let taken = reg.by_form.contains_key(&form_key(w))
            || reg
                .drafts
                .iter()
                .any(|d| d.kind == EntityKind::Person && d.forms.iter().any(|f| f.split(' ').any(|x| x == w)));
        if !taken {
            reg.named(EntityKind::Person, w, usize::MAX / 2);
        }
    }
}

/// A leader's family name used alone ("Putin said", "President Putin"), for a leader the gazetteer's
/// leaders table names, is that leader in full ("Vladimir Putin", alias "Putin") when no person the article
/// names has that word (then it is theirs: [`add_short_forms`]), no longer name left out holds it, and no
/// other entity has it as a form.
fn leaders_by_family_name(g: &Gazetteer, reg: &mut Registry, singles: &[Single]) {
    for s in singles {
        let w = s.word.as_str();
        let Some(full) = g.leaders.get(w) else { continue };
        let persons_word = reg
            .drafts
            .iter()
            .any(|d| d.kind == EntityKind::Person && d.forms.iter().any(|f| f.split(' ').any(|x| x == w)));
        if persons_word || reg.loose_words.contains(w) || reg.by_form.contains_key(&form_key(w)) {
            continue;
        }
        let i = reg.named(EntityKind::Person, full, usize::MAX / 2);
        reg.drafts[i].add_form(w);
        reg.claim(w, i);
    }
}

/// The key two spellings of one person's full name share: folded (so the case of a syllable and a hyphen
/// or a space between syllables do not count: "Roh Moo-hyun", "Roh Moo-Hyun", "Roh Moo Hyun"), with the
/// given-name syllables after the family name written together ("Roh Moohyun"). `None` for a form of one
/// word or one that starts with a title or honorific ("President Roh"): only full names are compared. Every
/// letter stays, in order, so "Kim Jong-un" and "Kim Jong-il" keep apart.
fn spelling_key(form: &str) -> Option<String> {
    if starts_with_title(form) {
        return None;
    }
    let folded = fold(form);
    let (family, given) = folded.split_once(' ')?;
    Some(format!("{family} {}", given.replace(' ', "")))
}

/// Two persons whose full names differ only in how the given name's syllables are written ("Roh Moo-hyun",
/// "Roh Moo Hyun", "Roh Moohyun": case, hyphen, space or nothing between them) are one person: the later
/// draft's forms join the earlier's, so every sentence naming either spelling names that person.
fn merge_spelling_variants(reg: &mut Registry) {
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut persons: Vec<usize> = (0..reg.drafts.len()).filter(|&i| reg.drafts[i].kind == EntityKind::Person).collect();
    persons.sort_by_key(|&i| (reg.drafts[i].first, i));
    for p in persons {
        let keys: Vec<String> = reg.drafts[p].forms.iter().filter_map(|f| spelling_key(f)).collect();
        let Some(owner) = keys.iter().find_map(|k| by_key.get(k).copied()).filter(|&o| o != p) else {
            for k in keys {
                by_key.entry(k).or_insert(p);
            }
            continue;
        };
        let description = reg.drafts[p].description.take();
        let d = &mut reg.drafts[owner];
        if d.description.is_none() {
            d.description = description;
        }
        fold_person_into(reg, p, owner);
        for k in keys {
            by_key.entry(k).or_insert(owner);
        }
    }
}

/// Person draft `from` becomes part of `owner`: its forms join the owner's (and name it from now on), its
/// role and country fill the owner's where the owner has none, and `from` is emptied (dropped in
/// `resolve`).
fn fold_person_into(reg: &mut Registry, from: usize, owner: usize) {
    let moved = std::mem::take(&mut reg.drafts[from].forms);
    let role = reg.drafts[from].role.take();
    let role_title = reg.drafts[from].role_title.take();
    let country = reg.drafts[from].country.take();
    let first = reg.drafts[from].first;
    let d = &mut reg.drafts[owner];
    for f in &moved {
        d.add_form(f);
    }
    if d.role.is_none() {
        d.role = role;
        d.role_title = role_title;
    }
    if d.country.is_none() {
        d.country = country;
    }
    d.first = d.first.min(first);
    reg.drafts[from].kind = EntityKind::Event; // emptied: dropped in `resolve`
    for f in moved {
        reg.by_form.insert(form_key(&f), owner);
    }
}

/// A person named by one word only ("President Obama" → "Obama") is the person named in full whose name
/// has that word, when exactly one has it.
fn merge_short_persons(reg: &mut Registry) {
    let persons: Vec<usize> = (0..reg.drafts.len()).filter(|&i| reg.drafts[i].kind == EntityKind::Person).collect();
    for &short in &persons {
        let name = reg.drafts[short].forms.first().cloned().unwrap_or_default();
        let word = last_word(&name);
        if name.contains(' ') && !starts_with_title(&name) {
            continue;
        }
        let owners: Vec<usize> = persons
            .iter()
            .copied()
            .filter(|&p| p != short && reg.drafts[p].forms.first().is_some_and(|n| n.contains(' ')))
            .filter(|&p| reg.drafts[p].forms.first().is_some_and(|n| n.split(' ').any(|w| w == word)))
            .filter(|&p| !starts_with_title(reg.drafts[p].forms.first().map_or("", String::as_str)))
            .collect();
        let [owner] = owners[..] else { continue };
        fold_person_into(reg, short, owner);
    }
}

/// Whether a form starts with a title or honorific ("President Lee", "Mr. Lee").
fn starts_with_title(form: &str) -> bool {
    let g = &*GAZETTEER;
    let first = gazetteer::first_word(form);
    g.honorifics.contains(first) || g.titles.get(&first.to_lowercase()).is_some_and(|l| !l.is_empty())
}

fn last_word(form: &str) -> &str {
    form.rsplit(' ').next().unwrap_or(form)
}

/// A person's words used alone elsewhere ("Kerry", "President Lee", "Mr. Lee") become its forms when no
/// other person's name has that word.
fn add_short_forms(reg: &mut Registry, singles: &[Single]) {
    let persons: Vec<usize> = (0..reg.drafts.len())
        .filter(|&i| reg.drafts[i].kind == EntityKind::Person)
        .filter(|&i| reg.drafts[i].forms.first().is_some_and(|n| n.contains(' ') && !starts_with_title(n)))
        .collect();
    let mut owners: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for &p in &persons {
        if let Some(name) = reg.drafts[p].forms.first() {
            for w in name.split(' ') {
                owners.entry(w).or_default().insert(p);
            }
        }
    }
    let mut add: Vec<(usize, String)> = Vec::new();
    for s in singles {
        let Some(set) = owners.get(s.word.as_str()) else { continue };
        if reg.loose_words.contains(&s.word) {
            continue;
        }
        let [p] = set.iter().copied().collect::<Vec<_>>()[..] else { continue };
        let form = match &s.prefix {
            Some(prefix) => format!("{prefix} {}", s.word),
            None => s.word.clone(),
        };
        if reg.by_form.get(&form_key(&s.word)).is_some_and(|&o| o != p) {
            continue;
        }
        add.push((p, form));
    }
    for (p, form) in add {
        reg.drafts[p].add_form(&form);
        reg.claim(&form, p);
    }
}

/// Titles held by one person at a time: "the president" names the person whose role has that title, when
/// the article names exactly one.
const SINGLE_HOLDER_TITLES: [&str; 14] = [
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emperor",
    "chief executive",
    "secretary of state",
    "foreign minister",
    "defence minister",
    "defense minister",
    "secretary-general",
    "supreme leader",
];

/// "the president" (and "The president") as a form of the one person whose role has that title.
fn add_the_title_forms(reg: &mut Registry, text: &str) {
    let mut holders: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, d) in reg.drafts.iter().enumerate() {
        if let (EntityKind::Person, Some(t)) = (d.kind, &d.role_title) {
            holders.entry(t.clone()).or_default().push(i);
        }
    }
    for (title, who) in holders {
        let [p] = who[..] else { continue };
        if !SINGLE_HOLDER_TITLES.contains(&title.as_str()) {
            continue;
        }
        // The form as the article writes it ("the president", "the Secretary of State"), where it stands for
        // the person: not as the appositive right after the person's name ("John Kerry, the Secretary of
        // State,"), which the person's mention there already covers.
        let forms = &reg.drafts[p].forms;
        let appositive = |at: usize| {
            text.get(..at)
                .and_then(|before| before.strip_suffix(", "))
                .is_some_and(|before| forms.iter().any(|f| before.ends_with(f.as_str())))
        };
        // (the form, whether this use names its own holder: "the president of the Philippines", "the
        // president, Benigno Aquino").
        let uses: Vec<(String, bool)> = ["the ", "The "]
            .iter()
            .flat_map(|the| text.match_indices(the))
            .filter_map(|(at, _)| {
                if appositive(at) {
                    return None;
                }
                let start = at + 4;
                let end = start + title.len();
                let words = text.get(start..end)?;
                let rest = text.get(end..).unwrap_or("");
                let after = rest.chars().next();
                let own_holder = rest.starts_with(" of ")
                    || rest.strip_prefix(", ").is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
                (words.eq_ignore_ascii_case(&title) && !after.is_some_and(char::is_alphanumeric))
                    .then(|| (format!("the {words}"), own_holder))
            })
            .collect();
        // A title the article gives another holder, or ties to a country, names nobody by itself.
        let written = if uses.iter().any(|(_, own)| *own) { None } else { uses.into_iter().next().map(|(f, _)| f) };
        if let Some(form) = written
            && !reg.by_form.contains_key(&form_key(&form))
        {
            reg.drafts[p].weak.push(form);
        }
    }
}

/// The entities as the sheet will hold them, index for index with `reg.drafts` (an emptied draft becomes
/// an entity with an empty name, which no form names and which [`find`] leaves out).
fn resolve(g: &Gazetteer, reg: &mut Registry) -> Vec<Entity> {
    // Countries the article itself gives a person or an organisation are entities.
    let wanted: Vec<usize> = reg
        .drafts
        .iter()
        .filter(|d| d.kind != EntityKind::Event)
        .filter_map(|d| d.country.filter(|c| c.strong).map(|c| c.known))
        .chain(reg.drafts.iter().filter_map(|d| d.within))
        .collect();
    for known in wanted {
        if g.known.get(known).is_some_and(|k| k.kind == EntityKind::Country) && !reg.by_known.contains_key(&known) {
            let name = g.known.get(known).map_or_else(String::new, |k| k.name.clone());
            let first = usize::MAX / 2;
            let mut d = Draft::new(EntityKind::Country, &name, first);
            d.known = Some(known);
            d.forms.clear();
            let i = reg.push(d);
            reg.by_known.insert(known, i);
        }
    }
    // A form two drafts share belongs to neither.
    let mut owners: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, d) in reg.drafts.iter().enumerate() {
        for f in d.forms.iter().chain(&d.weak) {
            owners.entry(form_key(f)).or_default().insert(i);
        }
    }
    let shared = |f: &str| owners.get(&form_key(f)).is_some_and(|s| s.len() > 1);
    let mut names: Vec<String> = Vec::new();
    let mut entities = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for d in &reg.drafts {
        if d.kind == EntityKind::Event {
            entities.push(empty_entity());
            names.push(String::new());
            continue;
        }
        let canonical = d.known.and_then(|k| g.known.get(k)).map(|k| k.name.clone());
        let used: Vec<&String> = d.forms.iter().filter(|f| !shared(f)).collect();
        // The name: the gazetteer's when the article uses it, else the fullest form used (a title before a
        // short form does not make it fuller; of two as long, the one with more capitals is the proper name:
        // "China Coast Guard" over "Chinese coast guard").
        let capitals = |f: &str| f.split(' ').filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
        // An acronym of three letters or more alone ("the DPRK", "PRC") is no name to ask about: a known
        // country named only so is named by its common name, the acronym an alias ("the U.S." and
        // "the US" are names the press writes as such).
        let only_acronyms = d.kind == EntityKind::Country
            && !used.is_empty()
            && used.iter().all(|f| is_acronym_form(f) && !f.contains('.') && f.chars().count() >= 3);
        let name = match &canonical {
            Some(c) if used.contains(&c) || used.is_empty() || only_acronyms => c.clone(),
            _ => used
                .iter()
                .rev()
                .max_by_key(|f| (!starts_with_title(f), f.split(' ').count(), capitals(f), f.len()))
                .map(|f| (*f).clone())
                .or_else(|| canonical.clone())
                .unwrap_or_default(),
        };
        // A person's name is spelled as the article first spells it ("Roh Moo-hyun" before "Roh Moo Hyun").
        let key = spelling_key(&name).filter(|_| d.kind == EntityKind::Person);
        let variant = |f: &str| key.is_some() && spelling_key(f) == key;
        let name = match used.iter().find(|f| variant(f)) {
            Some(first) => (*first).clone(),
            None => name,
        };
        // A country whose name takes "the" ("the U.S.", "the Philippines") is named with it, so a statement
        // about it starts "The U.S. has …"; the bare form stays an alias.
        // Only its common name or an abbreviation of it takes "the" ("the U.S.", not "the America").
        let takes_the = d.kind == EntityKind::Country
            && canonical
                .as_ref()
                .is_some_and(|c| g.the_countries.contains(c) && (*c == name || is_acronym_form(&name)))
            && !name.to_lowercase().starts_with("the ");
        let bare = name.clone();
        let name = if takes_the { format!("the {name}") } else { name };
        let mut aliases: Vec<String> = Vec::new();
        let bare_alias = takes_the.then_some(bare);
        for f in bare_alias.into_iter().chain(used.iter().map(|f| (*f).clone())).chain(canonical.clone()) {
            // Another spelling of a person's name is an alias as written, even when it folds to the name
            // ("Roh Moo Hyun" for "Roh Moo-hyun"): mentions are found by the text as written.
            let new = if variant(&f) {
                f != name && !aliases.contains(&f)
            } else {
                fold(&f) != fold(&name) && !aliases.iter().any(|a| fold(a) == fold(&f))
            };
            if new && !shared(&f) {
                aliases.push(f);
            }
        }
        for w in &d.weak {
            if shared(w) || aliases.iter().any(|a| fold(a) == fold(w)) {
                continue;
            }
            aliases.push(w.clone());
        }
        // A gazetteer entry's id is its common name's slug whatever form the article uses ("US" → "united-states").
        let base = slug(canonical.as_deref().unwrap_or(&name));
        let mut id = base.clone();
        let mut n = 1;
        while ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        ids.insert(id.clone());
        names.push(name.clone());
        entities.push(Entity {
            id,
            kind: d.kind,
            name,
            aliases,
            role: d.role.clone(),
            native: None,
            country: None,
            description: d.description.clone(),
            within: None,
        });
    }
    // Countries and `within`, now that every id is known.
    for (i, d) in reg.drafts.iter().enumerate() {
        let country_of = |known: usize| -> Option<String> {
            let k = g.known.get(known)?;
            if k.kind != EntityKind::Country {
                return None;
            }
            let &e = reg.by_known.get(&known)?;
            entities.get(e).map(|e| e.id.clone())
        };
        let country = d.country.and_then(|c| country_of(c.known));
        let within = if matches!(d.kind, EntityKind::City | EntityKind::Place | EntityKind::Organisation) {
            d.within
                .or_else(|| d.known.and_then(|k| g.known.get(k)).and_then(|k| k.country))
                .and_then(|w| reg.by_known.get(&w))
                .filter(|&&w| w != i)
                .and_then(|&w| entities.get(w))
                .filter(|w| !w.name.is_empty())
                .map(|w| w.id.clone())
        } else {
            None
        };
        if let Some(e) = entities.get_mut(i) {
            // A person, an organisation or an outlet belongs to a country; a city or place lies `within` one.
            if matches!(e.kind, EntityKind::Person | EntityKind::Organisation | EntityKind::Media | EntityKind::Group) {
                e.country = country;
            }
            if matches!(e.kind, EntityKind::City | EntityKind::Place) {
                e.within = within;
            }
        }
    }
    entities
}

/// Whether a form is an acronym or an abbreviation in capitals ("DPRK", "U.S.", "N. Korea" is not).
fn is_acronym_form(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && form.chars().all(|c| c.is_alphabetic() || c == '.')
}

fn empty_entity() -> Entity {
    Entity::new(String::new(), EntityKind::Event, String::new())
}

/// Every form each entity may be mentioned by: its name and aliases, and a lowercase one capitalised too
/// ("The president", "Analysts" at a sentence's start), by first word, the longest first.
fn mention_forms(entities: &[Entity]) -> BTreeMap<String, Vec<(String, usize)>> {
    let mut forms: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.name.is_empty() {
            continue;
        }
        for f in std::iter::once(&e.name).chain(&e.aliases) {
            let mut variants = vec![f.clone()];
            let mut chars = f.chars();
            if let Some(c) = chars.next().filter(|c| c.is_lowercase()) {
                variants.push(c.to_uppercase().chain(chars).collect());
            }
            for v in variants {
                let key = gazetteer::first_word(&v).to_string();
                if !key.is_empty() {
                    forms.entry(key).or_default().push((v, i));
                }
            }
        }
    }
    for list in forms.values_mut() {
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        list.dedup();
    }
    forms
}

/// A mention while the entities are still in drafting order: (entity, range).
type DraftMention = (usize, Range<usize>);

/// Every mention, in text order, and each entity's first mention. A mention of anything but a person
/// (`takes_the`, by entity) takes the "the" right before it.
fn mentions(
    g: &Gazetteer,
    text: &str,
    paragraphs: &[Vec<Token>],
    forms: &BTreeMap<String, Vec<(String, usize)>>,
    takes_the: &[bool],
    explicit: &BTreeMap<usize, (usize, usize)>,
) -> (Vec<Option<usize>>, Vec<DraftMention>) {
    let mut first = vec![None; takes_the.len()];
    let mut out = Vec::new();
    for tokens in paragraphs {
        let titles = title_words(g, text, tokens);
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let mut next = i + 1;
            if let Some(&(e, end)) = explicit.get(&t.start) {
                out.push((e, t.start..end));
                if first.get(e).is_some_and(Option::is_none) {
                    first[e] = Some(t.start);
                }
                i = (i..tokens.len()).find(|&j| tokens[j].start >= end).unwrap_or(tokens.len());
                continue;
            }
            let keys = [text.get(t.start..t.full_end), text.get(t.start..t.end)];
            'keys: for key in keys.into_iter().flatten() {
                let Some(list) = forms.get(key) else { continue };
                for (form, e) in list {
                    let Some(last) = matched_form(text, tokens, i, form) else { continue };
                    if !stands_alone(g, text, tokens, &titles, i, last) {
                        continue;
                    }
                    let end = t.start + form.len();
                    // "the Indonesian Navy", "the pan-democracy camp": the article's "the" belongs to the
                    // mention of anything but a person, so the clause reads it as one subject.
                    let the = i
                        .checked_sub(1)
                        .and_then(|p| tokens.get(p))
                        .filter(|p| !p.poss && matches!(text.get(p.start..p.end), Some("the" | "The")))
                        .filter(|p| text.get(p.full_end..t.start) == Some(" "))
                        .filter(|_| takes_the.get(*e).copied().unwrap_or(false))
                        // A "the" the mention before already covers stays with it: mentions never overlap.
                        .filter(|p| out.last().is_none_or(|(_, r): &DraftMention| r.end <= p.start));
                    let start = the.map_or(t.start, |p| p.start);
                    out.push((*e, start..end));
                    if first[*e].is_none() {
                        first[*e] = Some(start);
                    }
                    next = last + 1;
                    break 'keys;
                }
            }
            i = next;
        }
    }
    (first, out)
}

/// The index of the last word of `form` when the text at word `i` is `form`, ending at a word's end.
fn matched_form(text: &str, tokens: &[Token], i: usize, form: &str) -> Option<usize> {
    let start = tokens.get(i)?.start;
    let end = start + form.len();
    if text.get(start..end)? != form {
        return None;
    }
    (i..tokens.len())
        .take_while(|&j| tokens[j].start < end)
        .find(|&j| tokens[j].end == end || tokens[j].full_end == end)
}

/// Which words of a paragraph belong to a title ("Secretary of State"), which may stand right before a name.
fn title_words(g: &Gazetteer, text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        match scan::title_at(g, text, tokens, i) {
            Some((last, _, _)) => {
                for flag in out.iter_mut().take(last + 1).skip(i) {
                    *flag = true;
                }
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether words `i..=last` are not part of a longer capitalised name: no name word right before them (a
/// title or honorific may be) and none right after them (a title may be). A dotted acronym ("U.S.", "U.N.")
/// ends a name: "Chinese Ambassador to the U.S. Qin Gang" names the U.S. and Qin Gang.
fn stands_alone(g: &Gazetteer, text: &str, tokens: &[Token], titles: &[bool], i: usize, last: usize) -> bool {
    let dotted = |a: &Token| {
        text.get(a.start..a.end).is_some_and(|w| w.len() > 2 && w.ends_with('.') && w[..w.len() - 1].contains('.'))
    };
    let joined = |a: &Token, b: &Token| text.get(a.full_end..b.start) == Some(" ") && !a.poss && !dotted(a);
    let is_name = |j: usize| {
        let Some(t) = tokens.get(j) else { return false };
        let w = text.get(t.start..t.end).unwrap_or("");
        w.chars().next().is_some_and(char::is_uppercase)
            && !t.initial
            && !g.honorifics.contains(w)
            && !g.never_names.contains(w)
            && !titles.get(j).copied().unwrap_or(false)
    };
    if let (Some(p), Some(t)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) {
        let first_is_name = text.get(t.start..t.end).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        if first_is_name && joined(p, t) && is_name(i - 1) {
            return false;
        }
    }
    if let (Some(t), Some(n)) = (tokens.get(last), tokens.get(last + 1))
        && joined(t, n)
        && is_name(last + 1)
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, kind, aliases, role, country).
    type Row = (String, EntityKind, Vec<String>, Option<String>, Option<String>);

    /// The entities of a one-paragraph article.
    fn entities(body: &str) -> Vec<Row> {
        let input = format!("Headline\n\n{body}\n");
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        find(&article).entities.into_iter().map(|e| (e.name, e.kind, e.aliases, e.role, e.country)).collect()
    }

    fn names(body: &str) -> Vec<String> {
        entities(body).into_iter().map(|e| e.0).collect()
    }

    #[test]
    fn topics_on_an_agenda_are_issues_after_the_named_entities() {
        let found = entities(
            "Norway and Iceland discussed the fishing dispute and trade barriers. Norway said the talks went well.",
        );
        let issues: Vec<(&str, &EntityKind)> =
            found.iter().filter(|e| e.1 == EntityKind::Issue).map(|e| (e.0.as_str(), &e.1)).collect();
        assert_eq!(issues, vec![("the fishing dispute", &EntityKind::Issue), ("trade barriers", &EntityKind::Issue)]);
        assert_eq!(found.last().map(|e| e.0.as_str()), Some("trade barriers"));
    }

    #[test]
    fn the_one_president_is_the_president() {
        let found = entities("South Korean President Lee Jae Myung arrived in Beijing. The president met reporters.");
        assert_eq!(found[0].0, "Lee Jae Myung");
        assert_eq!(found[0].2, vec!["the president".to_string()]);
        assert_eq!(found[0].3.as_deref(), Some("South Korean President"));
        assert_eq!(found[0].4.as_deref(), Some("south-korea"));
    }

    /// (entity name, the words of each mention) of a one-paragraph article.
    fn mentions_of(body: &str) -> (Vec<String>, Vec<(String, String)>) {
        let input = format!("Headline\n\n{body}\n");
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        let found = find(&article);
        let names: Vec<String> = found.entities.iter().map(|e| e.name.clone()).collect();
        let mentions = found
            .mentions
            .iter()
            .map(|m| (names[m.entity].clone(), article.text[m.range.clone()].to_string()))
            .collect();
        (names, mentions)
    }

    #[test]
    fn spellings_of_one_romanised_name_are_one_person_named_as_first_spelled() {
        let body = "Prime Minister Hwang Tae-sik arrived in Busan on Friday. Hwang Tae-Sik said the port would \
                    grow. Hwang Tae Sik said the bridge was ready. Hwang Taesik said nothing more. Later, Minister \
                    Hwang Tae Sik left.";
        let found = entities(body);
        let persons: Vec<&Row> = found.iter().filter(|e| e.1 == EntityKind::Person).collect();
        assert_eq!(persons.len(), 1, "one person: {found:?}");
        assert_eq!(persons[0].0, "Hwang Tae-sik", "the first spelling is the name");
        assert_eq!(persons[0].2, vec!["Hwang Tae-Sik", "Hwang Tae Sik", "Hwang Taesik"], "the others are aliases");
        let (_, mentions) = mentions_of(body);
        let of_hwang: Vec<&str> =
            mentions.iter().filter(|(e, _)| e == "Hwang Tae-sik").map(|(_, m)| m.as_str()).collect();
        assert_eq!(of_hwang, ["Hwang Tae-sik", "Hwang Tae-Sik", "Hwang Tae Sik", "Hwang Taesik", "Hwang Tae Sik"]);
    }

    #[test]
    fn a_spaced_spelling_first_keeps_its_spelling_and_different_given_names_stay_apart() {
        let found = entities(
            "Chung Min Ho said the fleet was ready. Chung Min-ho said it would sail. Chung Min-su said \
                              it would not.",
        );
        let persons: Vec<(&str, &[String])> =
            found.iter().filter(|e| e.1 == EntityKind::Person).map(|e| (e.0.as_str(), e.2.as_slice())).collect();
        assert_eq!(
            persons,
            [("Chung Min Ho", &["Chung Min-ho".to_string()][..]), ("Chung Min-su", &[][..])],
            "one letter apart is another person"
        );
        // A family name alone, shared by two persons, is neither's; one given name spelled two ways is not two.
        let found = entities("Kwon Sung-jin met Kwon Sung-jun in Seoul. Kwon said the meeting went well.");
        let persons: Vec<&Row> = found.iter().filter(|e| e.1 == EntityKind::Person).collect();
        assert_eq!(persons.len(), 2, "{found:?}");
        assert!(persons.iter().all(|p| p.2.is_empty()), "{persons:?}");
    }

    #[test]
    fn a_word_two_names_share_is_nobodys_alias() {
        let found = entities(
            "Lee Cheuk-yan lost to Starry Lee. Lee said nothing. Later Mr. Kim Dae-jung and Kim Jong-il met; Kim spoke.",
        );
        for (name, _, aliases, _, _) in &found {
            assert!(!aliases.iter().any(|a| a == "Lee" || a == "Kim"), "{name}: {aliases:?}");
        }
        assert!(names("Lee Cheuk-yan spoke. Lee said nothing.").contains(&"Lee Cheuk-yan".to_string()));
        assert_eq!(entities("Lee Cheuk-yan spoke. Lee said nothing.")[0].2, vec!["Lee".to_string()]);
    }

    #[test]
    fn titles_and_honorifics_before_a_short_form_are_aliases() {
        let found = entities("John Kerry, the US Secretary of State, flew in. Secretary Kerry and Mr. Kerry spoke.");
        assert_eq!(found[0].0, "John Kerry");
        assert_eq!(found[0].3.as_deref(), Some("US Secretary of State"));
        assert_eq!(found[0].4.as_deref(), Some("united-states"));
        assert!(found[0].2.contains(&"Secretary Kerry".to_string()) && found[0].2.contains(&"Mr. Kerry".to_string()));
    }

    #[test]
    fn the_north_is_north_korea_only_where_north_korea_is_named() {
        assert_eq!(names("The North fired shells."), Vec::<String>::new());
        let found = entities("North Korea fired shells. The North said more would come.");
        assert_eq!(found[0].0, "North Korea");
        assert_eq!(found[0].2, vec!["the North".to_string()]);
    }

    #[test]
    fn organisations_by_marker_acronym_and_possessive() {
        let found = names(
            "The Workers' Party said the Korean Central News Agency (KCNA) was right. The Malaysian navy and the \
             People Power Party agreed, and the Bank of Korea and DAB's Ben Chan did too.",
        );
        for name in [
            "Workers' Party",
            "Korean Central News Agency",
            "Malaysian navy",
            "People Power Party",
            "Bank of Korea",
            "DAB",
            "Ben Chan",
        ] {
            assert!(found.contains(&name.to_string()), "{name} in {found:?}");
        }
        assert!(!found.contains(&"KCNA".to_string()), "KCNA is an alias, not an entity: {found:?}");
    }

    #[test]
    fn a_role_holds_only_the_words_that_belong_to_it() {
        let found = entities(
            "Lee will fly to meet President Donald Trump. President Lee Jae Myung of South Korea met former \
             Prime Minister Fumio Kishida at the Prime Minister's Office.",
        );
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        assert_eq!(role("Donald Trump").as_deref(), Some("President"));
        assert_eq!(role("Lee Jae Myung").as_deref(), Some("President"));
        assert_eq!(
            found.iter().find(|e| e.0 == "Lee Jae Myung").and_then(|e| e.4.clone()).as_deref(),
            Some("south-korea")
        );
        assert_eq!(role("Fumio Kishida").as_deref(), Some("former Prime Minister"));
        assert!(!found.iter().any(|e| e.0 == "Office"), "{found:?}");
    }

    #[test]
    fn a_capital_that_speaks_and_is_never_a_place_is_its_government() {
        let found = entities("Ankara warned on Monday that the border crossing would stay closed until spring.");
        let kind = |f: &[Row], name: &str| f.iter().find(|e| e.0 == name).map(|e| e.1);
        assert_eq!(kind(&found, "Ankara"), Some(EntityKind::Organisation), "{found:?}");
        // Where the article also sets something in it, it stays the place.
        let found = entities("Talks opened in Ankara. Ankara warned that the border crossing would stay closed.");
        assert_eq!(kind(&found, "Ankara"), Some(EntityKind::City), "{found:?}");
    }

    #[test]
    fn a_speaker_with_a_role_after_the_name_is_a_person() {
        for body in [
            "Tomas Berg, also a member of the party's central committee, said the vote would be delayed.",
            "Tomas Berg, now the chief whip of the Green Party, said the vote would be delayed.",
        ] {
            let found = entities(body);
            assert!(found.iter().any(|e| e.0 == "Tomas Berg" && e.1 == EntityKind::Person), "{body}: {found:?}");
        }
        // Not a list of names before a verb.
        let found = entities("Oslo, Bergen, said to be rivals, compete.");
        assert!(!found.iter().any(|e| e.1 == EntityKind::Person), "{found:?}");
    }

    #[test]
    fn a_speaker_named_by_surname_is_the_name_in_full() {
        let found = entities(
            "The Sanseito party, led by Sohei Kamiya, won seats. Kamiya said it was a start. Analysts at Nomura \
             Securities said so, and the Ministry of Internal Affairs and Communications and the Democratic Party \
             of Japan agreed.",
        );
        let kind = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.1);
        assert_eq!(kind("Sohei Kamiya"), Some(EntityKind::Person));
        assert_eq!(found.iter().find(|e| e.0 == "Sohei Kamiya").map(|e| e.2.clone()), Some(vec!["Kamiya".to_string()]));
        assert_eq!(kind("Sanseito"), Some(EntityKind::Organisation));
        assert_eq!(kind("Nomura Securities"), Some(EntityKind::Organisation));
        assert_eq!(kind("Ministry of Internal Affairs and Communications"), Some(EntityKind::Organisation));
        assert_eq!(kind("Democratic Party of Japan"), Some(EntityKind::Organisation));
        assert_eq!(
            found.iter().find(|e| e.0 == "Democratic Party of Japan").and_then(|e| e.4.clone()).as_deref(),
            Some("japan")
        );
    }

    #[test]
    fn a_longer_phrase_wins_and_an_appositive_may_stand_before_the_verb() {
        let found = entities(
            "North Korea spoke on the South China Sea. Evan Laksmana, a senior fellow at the International \
             Institute for Strategic Studies, told reporters so.",
        );
        let names: Vec<&str> = found.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            names,
            vec!["North Korea", "South China Sea", "Evan Laksmana", "International Institute for Strategic Studies"]
        );
        assert!(found[0].2.is_empty(), "\"the South\" of \"the South China Sea\" is no alias: {:?}", found[0].2);
        assert_eq!(found[2].3.as_deref(), Some("senior fellow"));
    }

    #[test]
    fn an_organisation_and_a_first_word_modifier_belong_to_the_role() {
        let found = entities("UN Secretary-General Antonio Guterres spoke. Acting President Choi Sang-mok listened.");
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        assert_eq!(role("Antonio Guterres").as_deref(), Some("UN Secretary-General"));
        // "Acting" is capitalised only for opening the sentence: the role stands mid-sentence in questions.
        assert_eq!(role("Choi Sang-mok").as_deref(), Some("acting President"));
    }

    #[test]
    fn a_doubtful_run_is_left_out() {
        // Capitalised words with no sign of what they name: an event, a sentence's first word, a heading.
        assert_eq!(names("Discussing the Cold War, Young Pioneers marched in Summer Festival."), Vec::<String>::new());
    }

    #[test]
    fn groups_that_act_peoples_and_plural_demonyms_are_groups() {
        let found = entities(
            "On Friday, fishermen rescued 300 people. Protesters have gathered, and the Indonesian Navy reportedly \
             saved 20 sailors. The rescued included Bangladeshis, South Koreans and Kurds. 700 soldiers killed \
             nobody.",
        );
        let group = |name: &str| found.iter().find(|e| e.0 == name).map(|e| (e.1, e.4.clone()));
        assert_eq!(group("fishermen"), Some((EntityKind::Group, None)));
        assert_eq!(group("protesters"), Some((EntityKind::Group, None)));
        assert_eq!(group("Bangladeshis").map(|g| g.0), Some(EntityKind::Group));
        assert_eq!(group("South Koreans").map(|g| g.0), Some(EntityKind::Group));
        assert_eq!(group("Kurds").map(|g| g.0), Some(EntityKind::Group));
        // Counted, not acting; and a demonym's country is no entity of its own when the text never names it.
        assert_eq!(group("soldiers"), None);
        assert!(!found.iter().any(|e| e.0 == "Bangladesh"), "{found:?}");
        // "Navy" alone would name every country's navy: no alias.
        assert_eq!(found.iter().find(|e| e.0 == "Indonesian Navy").map(|e| e.2.clone()), Some(Vec::new()));
    }

    #[test]
    fn a_bloc_is_a_group_and_a_possessive_role_goes_to_the_next_name_only() {
        let found = entities(
            "The pro-Western camp gained seats. Pro-Western camp's Park Ji-won and Lee Min-ho won, while Civic \
             Union's Ahn Sung-ki, Choi Min-sik of the Justice Party and Kim Yu-na of the Green Party lost.",
        );
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        let camp = found.iter().find(|e| e.0 == "the pro-Western camp").expect("the camp");
        assert_eq!((camp.1, camp.2.clone()), (EntityKind::Group, vec!["pro-Western camp".to_string()]));
        assert_eq!(role("Park Ji-won").as_deref(), Some("pro-Western camp's"));
        assert_eq!(role("Lee Min-ho").as_deref(), Some("pro-Western camp's"));
        assert_eq!(role("Ahn Sung-ki").as_deref(), Some("Civic Union's"));
        assert_eq!(role("Choi Min-sik").as_deref(), Some("Justice Party's"), "{found:?}");
        assert_eq!(role("Kim Yu-na").as_deref(), Some("Green Party's"));
    }

    #[test]
    fn one_party_written_with_and_without_its_possessive_is_one_entity() {
        let found = entities("Ivan Ho of the Free People's Party won. The Free People Party said so.");
        let parties: Vec<&Row> = found.iter().filter(|e| e.1 == EntityKind::Organisation).collect();
        assert_eq!(parties.len(), 1, "{found:?}");
        assert_eq!(parties[0].0, "Free People's Party");
        assert_eq!(parties[0].2, vec!["Free People Party".to_string()]);
    }

    #[test]
    fn the_title_in_an_appositive_is_not_a_later_alias() {
        let found = entities("The ministry said John Kerry, the Secretary of State, called Thailand.");
        let kerry = found.iter().find(|e| e.0 == "John Kerry").expect("Kerry");
        assert!(kerry.2.is_empty(), "{:?}", kerry.2);
        let found = entities("John Kerry, the Secretary of State, called. The Secretary of State said more.");
        let kerry = found.iter().find(|e| e.0 == "John Kerry").expect("Kerry");
        assert_eq!(kerry.2, vec!["the Secretary of State".to_string()]);
    }

    #[test]
    fn a_service_named_by_demonym_and_by_country_is_one_and_a_possessive_owns_an_office() {
        let found = entities(
            "Chinese coast guard ships rammed a boat, the China Coast Guard said. China's Taiwan Affairs Office \
             agreed, and Ukrainian officials objected.",
        );
        let orgs: Vec<&Row> = found.iter().filter(|e| e.1 == EntityKind::Organisation).collect();
        assert_eq!(orgs.len(), 2, "{found:?}");
        assert_eq!(
            (orgs[0].0.as_str(), orgs[0].2.clone()),
            ("China Coast Guard", vec!["Chinese coast guard".to_string()])
        );
        assert_eq!((orgs[1].0.as_str(), orgs[1].4.as_deref()), ("Taiwan Affairs Office", Some("china")));
        assert!(orgs[1].2.is_empty(), "no \"Affairs Office\": {:?}", orgs[1].2);
        let officials = found.iter().find(|e| e.0 == "Ukrainian officials").expect("a group");
        assert_eq!(officials.4.as_deref(), Some("ukraine"));
    }

    #[test]
    fn a_bracketed_acronym_and_a_rank_belong_to_roles() {
        let found = entities(
            "Taiwan's ruling Democratic Progressive Party (DPP) candidate Lai Ching-te won the vote on Saturday. \
             Commodore Jay Tarriela, the coast guard spokesman, said that the result was clear to all of them.",
        );
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        assert_eq!(role("Lai Ching-te").as_deref(), Some("Taiwan's ruling Democratic Progressive Party candidate"));
        assert_eq!(role("Jay Tarriela").as_deref(), Some("Commodore"));
    }

    #[test]
    fn places_within_places_and_before_a_place_noun() {
        let found = entities(
            "Voting ended at a station in Taikoo of the Hong Kong Island constituency. Fishermen came from \
             Zambales province.",
        );
        let kind = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.1);
        assert_eq!(kind("Taikoo"), Some(EntityKind::Place), "{found:?}");
        assert_eq!(kind("Zambales province"), Some(EntityKind::Place), "{found:?}");
    }

    #[test]
    fn an_abbreviated_rank_is_no_name_and_a_group_after_a_relative_word_acts() {
        let found = entities(
            "Thai Prime Minister Prayuth Chan-ocha spoke. Gen. Prayuth said more, and Lt. Gen. Ahmad Yani agreed. \
             Police closed the routes by which smugglers move people.",
        );
        let prayuth = found.iter().find(|e| e.0 == "Prayuth Chan-ocha").expect("Prayuth");
        assert!(prayuth.2.contains(&"Gen. Prayuth".to_string()), "{found:?}");
        assert!(!found.iter().any(|e| e.0.starts_with("Gen.") || e.0.starts_with("Lt.")), "{found:?}");
        assert_eq!(found.iter().find(|e| e.0 == "Ahmad Yani").map(|e| e.1), Some(EntityKind::Person));
        assert_eq!(found.iter().find(|e| e.0 == "smugglers").map(|e| e.1), Some(EntityKind::Group));
    }

    #[test]
    fn a_title_tied_to_its_own_holder_is_nobody_elses_alias() {
        let found = entities(
            "Indonesian President Joko Widodo met reporters. The president of the Philippines, Benigno Aquino III, \
             said his country would help, and Aquino left.",
        );
        let widodo = found.iter().find(|e| e.0 == "Joko Widodo").expect("Widodo");
        assert!(widodo.2.is_empty(), "\"The president of the Philippines\" is not Widodo: {:?}", widodo.2);
        let aquino = found.iter().find(|e| e.0 == "Benigno Aquino III").expect("Aquino");
        assert_eq!(aquino.3.as_deref(), Some("president of the Philippines"));
        assert_eq!(aquino.4.as_deref(), Some("philippines"));
        assert_eq!(aquino.2, vec!["Aquino".to_string()]);
    }

    #[test]
    fn a_newspaper_is_media_even_before_a_verb_of_saying() {
        let found = entities("The Straits Times said the talks failed, and the Bangkok Post reported the same.");
        let kinds: Vec<(&str, EntityKind)> = found.iter().map(|e| (e.0.as_str(), e.1)).collect();
        assert_eq!(kinds, vec![("Straits Times", EntityKind::Media), ("Bangkok Post", EntityKind::Media)]);
    }

    /// Each mention of a one-paragraph article: (the words, the entity's name).
    fn mentioned(body: &str) -> Vec<(String, String)> {
        let input = format!("Headline\n\n{body}\n");
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        let found = find(&article);
        found.mentions.iter().map(|m| (article.slice(&m.range).to_string(), found.entity(m).name.clone())).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| ((*a).to_string(), (*b).to_string())).collect()
    }

    #[test]
    fn coordinated_countries_sharing_a_word_are_both_named() {
        assert_eq!(
            mentioned("North and South Korea met. Envoys of South and North Korea spoke."),
            pairs(&[
                ("North", "North Korea"),
                ("South Korea", "South Korea"),
                ("South", "South Korea"),
                ("North Korea", "North Korea")
            ])
        );
        // Demonyms: both countries, each with its mention, and no group of one country's officials.
        let found = entities("North and South Korean officials said so on Monday.");
        let names: Vec<&str> = found.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(names, vec!["North Korea", "South Korea", "officials"]);
        assert_eq!(
            mentioned("North and South Korean officials said so on Monday."),
            pairs(&[("North", "North Korea"), ("South Korean", "South Korea"), ("officials", "officials")])
        );
        // Words that share nothing, or a name that is no country, are left alone.
        assert_eq!(names_of("Smith and South Korea met."), vec!["South Korea"]);
        assert_eq!(names_of("East and South China Sea claims grew."), vec!["South China Sea"]);
    }

    fn names_of(body: &str) -> Vec<String> {
        names(body)
    }

    #[test]
    fn the_north_is_north_korea_in_an_article_about_korea() {
        // "Korean", "Koreas" or "Korea" anywhere make "the North" and "the rival North" North Korea.
        assert_eq!(
            mentioned("Korean officials hope talks with the rival North will help. The North agreed."),
            pairs(&[("the rival North", "North Korea"), ("The North", "North Korea")])
        );
        assert_eq!(
            mentioned("The two Koreas met. Aid for the impoverished North and the South was cut."),
            pairs(&[("the impoverished North", "North Korea"), ("the South", "South Korea")])
        );
        // "The two Koreas" are North and South Korea.
        assert_eq!(names("The two Koreas held talks."), vec!["North Korea".to_string(), "South Korea".to_string()]);
        assert_eq!(names("The two Chinas held talks."), Vec::<String>::new());
        // Elsewhere "the North" names nobody.
        assert_eq!(names("The rival North won the game, and the North celebrated."), Vec::<String>::new());
    }

    #[test]
    fn each_name_of_a_list_of_names_and_roles_keeps_its_own_role() {
        let found = entities(
            "Heads of the delegations are Wang Yi, Chinese vice-foreign minister, Kim Yong Il, DPRK deputy foreign \
             minister, and Kenichiro Sasae, director-general of the Asian Affairs Bureau. Japanese officials, Voice \
             of America reported, were there.",
        );
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        assert_eq!(role("Wang Yi").as_deref(), Some("Chinese vice-foreign minister"));
        assert_eq!(role("Kim Yong Il").as_deref(), Some("DPRK deputy foreign minister"));
        assert_eq!(role("Kenichiro Sasae").as_deref(), Some("director-general"));
        // A plural title before a comma is no role of the name after it.
        assert_eq!(found.iter().find(|e| e.0 == "Voice of America").map(|e| e.1), Some(EntityKind::Media));
    }

    #[test]
    fn a_title_with_a_complement_before_a_name_is_its_role() {
        let found = entities(
            "Pyongyang's chief envoy to the six-party talks, Ri Yong-ho, arrived. The envoys were led by the \
             national security chief at the presidential Blue House, Chung Eui-yong. Sherman met Chinese \
             Ambassador to the U.S. Qin Gang on Monday.",
        );
        let role = |name: &str| found.iter().find(|e| e.0 == name).and_then(|e| e.3.clone());
        assert_eq!(role("Ri Yong-ho").as_deref(), Some("Pyongyang's chief envoy to the six-party talks"));
        assert_eq!(role("Chung Eui-yong").as_deref(), Some("national security chief at the presidential Blue House"));
        assert_eq!(role("Qin Gang").as_deref(), Some("Chinese Ambassador to the U.S."));
        let found = entities(
            "The envoys were led by Chung Eui-yong, and included director of the National Intelligence Service spy \
             agency, Suh Hoon.",
        );
        let suh = found.iter().find(|e| e.0 == "Suh Hoon").and_then(|e| e.3.clone());
        assert_eq!(suh.as_deref(), Some("director of the National Intelligence Service spy agency"), "{found:?}");
    }

    #[test]
    fn an_unknown_name_before_a_verb_of_doing_is_a_person() {
        let found = entities("Kenichiro Sasae arrived in Seoul on Monday, and Christopher Hill met him.");
        let kind = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.1);
        assert_eq!(kind("Kenichiro Sasae"), Some(EntityKind::Person), "{found:?}");
        assert_eq!(kind("Christopher Hill"), Some(EntityKind::Person), "{found:?}");
        // Not an event.
        assert_eq!(names("The Cold War ended, and the Asian Games went on."), Vec::<String>::new());
    }

    #[test]
    fn a_country_named_only_by_its_acronym_is_called_by_its_name() {
        let found = entities("The DPRK and the ROK met, and the PRC agreed.");
        let rows: Vec<(&str, Vec<String>)> = found.iter().map(|e| (e.0.as_str(), e.2.clone())).collect();
        assert_eq!(
            rows,
            vec![
                ("North Korea", vec!["DPRK".to_string()]),
                ("South Korea", vec!["ROK".to_string()]),
                ("China", vec!["PRC".to_string()])
            ]
        );
        // The full name defines the acronym, and stays the name.
        let found = entities("The Democratic People's Republic of Korea (DPRK) said so.");
        assert_eq!(found[0].0, "Democratic People's Republic of Korea");
        assert!(found[0].2.contains(&"DPRK".to_string()), "{found:?}");
        // "the" goes only with a country's common name or its abbreviation.
        assert_eq!(entities("America and China met. The U.S. agreed.")[0].0, "America");
        assert_eq!(entities("The U.S. and China met.")[0].0, "the U.S.");
    }

    #[test]
    fn an_appositive_after_a_bracket_gives_the_role() {
        let found = entities(
            "The delegation was led by Hwang Pyong So (left in photo), the newly elected vice chairman of the \
             National Defense Commission, who is seen as the second most important official.",
        );
        let hwang = found.iter().find(|e| e.0 == "Hwang Pyong So").expect("Hwang");
        assert_eq!(hwang.3.as_deref(), Some("newly elected vice chairman"), "{found:?}");
    }

    #[test]
    fn an_appositive_that_ends_on_a_bracketed_abbreviation_gives_the_role() {
        let found = entities(
            "Wang Yi held talks here on Monday with Cho Tae-yul, foreign minister of the Republic of Korea (ROK).",
        );
        let cho = found.iter().find(|e| e.0 == "Cho Tae-yul").expect("Cho Tae-yul is a person of the article");
        assert_eq!((cho.1, cho.3.as_deref()), (EntityKind::Person, Some("foreign minister")), "{found:?}");
    }

    #[test]
    fn a_capital_standing_for_its_government_lies_within_its_country() {
        // (name, kind, country, within) of each entity.
        let input = "Headline\n\nSeoul and Pyongyang issued statements. Aid was tied to Beijing's plans.\n";
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        let rows: Vec<(String, EntityKind, Option<String>)> =
            find(&article).entities.into_iter().map(|e| (e.name, e.kind, e.within)).collect();
        let row = |n: &str, k, w: Option<&str>| (n.to_string(), k, w.map(str::to_string));
        assert_eq!(
            rows,
            vec![
                row("Seoul", EntityKind::City, Some("south-korea")),
                row("Pyongyang", EntityKind::City, Some("north-korea")),
                row("Beijing", EntityKind::City, Some("china")),
                row("South Korea", EntityKind::Country, None),
                row("North Korea", EntityKind::Country, None),
                row("China", EntityKind::Country, None),
            ]
        );
        // A capital named as a place only is left as it is.
        assert_eq!(names("Talks were held in Seoul."), vec!["Seoul".to_string()]);
        // A seat of government belongs to a role before a name.
        let found = entities("Blue House press secretary Yoon Young-chan spoke.");
        assert_eq!(
            found.iter().find(|e| e.0 == "Yoon Young-chan").and_then(|e| e.3.clone()).as_deref(),
            Some("Blue House press secretary")
        );
    }

    #[test]
    fn a_family_name_alone_before_a_verb_of_saying_is_a_person() {
        let found = entities("After the meeting, Kim said he hoped for peace. Kim described the talks as meaningful.");
        assert_eq!(found.iter().map(|e| (e.0.as_str(), e.1)).collect::<Vec<_>>(), vec![("Kim", EntityKind::Person)]);
        // Not when a person named in full has it, nor for a word no table knows as a family name.
        let found = entities("Kim Jong Un arrived. Kim said so, and Samsung said more.");
        assert_eq!(found.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), vec!["Kim Jong Un"]);
    }

    #[test]
    fn a_leaders_family_name_alone_is_the_leader_named_in_full() {
        // The article never writes "Vladimir Putin": the leaders table does; "Kim" is two leaders' name.
        let found = entities("After the meeting Putin called the talks substantial. Kim said he hoped for peace.");
        let putin = found.iter().find(|e| e.0 == "Vladimir Putin").expect("Putin is Vladimir Putin");
        assert_eq!((putin.1, putin.2.clone()), (EntityKind::Person, vec!["Putin".to_string()]));
        assert!(found.iter().any(|e| e.0 == "Kim"), "{found:?}");
        // A person the article names in full with that word keeps it.
        let found = entities("Alexei Putin, a farmer, spoke. Putin said the harvest was poor.");
        assert!(found.iter().all(|e| e.0 != "Vladimir Putin"), "{found:?}");
    }

    #[test]
    fn a_dotted_acronym_before_a_name_is_a_name_of_its_own() {
        let input = "Headline\n\nChinese Ambassador to the U.S. Qin Gang said the talks were candid.\n";
        let found = find(&super::super::text::read(input.as_bytes(), "a.txt").expect("reads"));
        let named: Vec<&str> = found.mentions.iter().map(|m| found.entity(m).id.as_str()).collect();
        assert_eq!(named, ["united-states", "qin-gang"]);
    }

    #[test]
    fn the_two_koreas_and_capitals_as_governments_mean_their_countries() {
        let input = "Headline\n\nSeoul and Pyongyang issued statements. Relations between the two Koreas eased.\n";
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        let found = find(&article);
        let meant: Vec<(&str, &str)> = countries_meant(&article.text, &found)
            .iter()
            .map(|m| (found.entity(m).id.as_str(), &article.text[m.range.clone()]))
            .collect();
        assert_eq!(
            meant,
            [
                ("south-korea", "Seoul"),
                ("north-korea", "Pyongyang"),
                ("north-korea", "two Koreas"),
                ("south-korea", "two Koreas")
            ]
        );
        // A capital named as a place only means no country.
        let input = "Headline\n\nTalks were held in Seoul.\n";
        let article = super::super::text::read(input.as_bytes(), "a.txt").expect("reads");
        assert!(countries_meant(&article.text, &find(&article)).is_empty());
    }

    #[test]
    fn two_romanised_japanese_words_are_a_persons_name() {
        let found = entities(
            "Among them was Shigeru Yokota, whose daughter was taken. Officials said Megumi Yokota was alive, and \
             Mitoji Yabunaka agreed at Panama Canal talks.",
        );
        let kind = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.1);
        for name in ["Shigeru Yokota", "Megumi Yokota", "Mitoji Yabunaka"] {
            assert_eq!(kind(name), Some(EntityKind::Person), "{name}: {found:?}");
        }
        assert_ne!(kind("Panama Canal"), Some(EntityKind::Person), "{found:?}");
        assert!(super::scan::tests_romanised("Kenichiro") && super::scan::tests_romanised("Hagiuda"));
        assert!(!super::scan::tests_romanised("Canal") && !super::scan::tests_romanised("Abe"));
    }

    #[test]
    fn the_demonyms_capital_is_the_capital_city() {
        assert_eq!(
            mentioned("Abe arrived in the Chinese capital on Sunday. Beijing welcomed him."),
            // "Abe" alone is the leader the gazetteer names in full.
            pairs(&[("Abe", "Shinzo Abe"), ("the Chinese capital", "Beijing"), ("Beijing", "Beijing")])
        );
        // Not the start of a longer name, nor capital as money.
        assert_eq!(names("Chinese capital flowed in."), Vec::<String>::new());
        assert_eq!(
            names("The Chinese Capital Group said so."),
            vec!["Chinese Capital Group".to_string(), "China".to_string()]
        );
    }

    #[test]
    fn a_peoples_adjective_before_a_place_noun_names_no_place_alone() {
        let found = entities("Peace on the Korean peninsula matters to Korean families.");
        let peninsula = found.iter().find(|e| e.0 == "Korean peninsula").expect("the peninsula");
        assert!(peninsula.2.is_empty(), "{:?}", peninsula.2);
    }

    #[test]
    fn slugs_are_lowercase_hyphenated_without_a_leading_the() {
        assert_eq!(slug("Park Geun-hye"), "park-geun-hye");
        assert_eq!(slug("the United States"), "united-states");
        assert_eq!(slug("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("¡!"), "entity");
    }
}

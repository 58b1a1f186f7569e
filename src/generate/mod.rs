//! Questions from facts: the bank (every question a pack yields) and seeded quizzes drawn from it.
//!
//! Generation is deterministic: the bank depends only on the pack, and a quiz only on the bank and its
//! settings, through a portable RNG (`ChaCha8`), so a seed shared in class gives everyone the same quiz.

pub mod audit;
pub mod banked;
pub mod cloze;
pub mod distractors;
pub mod matching;
pub mod mc;
pub mod order;
pub mod phrasing;
pub mod quality;
pub mod quiz;
pub mod reasons;
pub mod short;
pub mod state;
pub mod summit;
pub mod tf;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

pub use banked::Bank;
pub use quiz::{QuizIndex, QuizSettings, quiz, quiz_ranked, supported};

use crate::pack::numbers::NumberStyle;
use crate::pack::when::{Relative, WEEKDAYS};
use crate::pack::{Claim, Dateline, EntityKind, Fact, Pack, When};
use crate::question::{Body, Expected, Question, QuestionKind, Rivals};
use crate::text::{fold, stable_hash};
use distractors::Truths;
use phrasing::{Val, asks, number};

/// What every generator needs: the pack and what it holds true.
pub struct Gen<'a> {
    /// The pack questions are made from.
    pub pack: &'a Pack,
    /// The pack's statements, for keeping distractors false.
    pub truths: Truths,
    /// Entity kind → the name and aliases of every entity of that kind, each with its folded form, in sheet
    /// order: built once here and shared by every typed question's [`Rivals`].
    names_of_kind: BTreeMap<EntityKind, Arc<[(String, String)]>>,
    /// The pack's title folded, with a space at both ends: what [`cloze::shown_by_title`] reads.
    title: String,
    /// For each fact of the sheet, in order, whether the title states its evidence whole
    /// ([`cloze::sentence_in_title`]): worked out once here, read by every question of the fact.
    told: Vec<bool>,
    /// For each entity the title names by one of its forms (of three letters or more, or its adjective in
    /// -n: "South Korean", "Indonesian"), all its forms folded:
    /// an answer the title names by another of its names is shown by it ([`cloze::answer_in_title`]).
    title_names: Vec<Vec<String>>,
    /// Where each evidence quote looked up stands in the article ([`Gen::find`]): a fact's blanks look up
    /// its evidence several times, and each lookup normalises the quote afresh.
    found: RefCell<HashMap<String, Option<Range<usize>>>>,
}

impl<'a> Gen<'a> {
    /// Prepares generation for `pack`: its truths and, once, the shared list of names of each entity kind.
    pub fn new(pack: &'a Pack) -> Self {
        let truths = Truths::new(pack);
        let mut lists: BTreeMap<EntityKind, Vec<(String, String)>> = BTreeMap::new();
        for e in &pack.sheet.entities {
            let forms = std::iter::once(&e.name).chain(&e.aliases).zip(truths.names(&e.id));
            lists.entry(e.kind).or_default().extend(forms.map(|(name, folded)| (name.clone(), folded.clone())));
        }
        let names_of_kind = lists.into_iter().map(|(kind, names)| (kind, names.into())).collect();
        let title = format!(" {} ", fold(&pack.sheet.title));
        let told = pack.sheet.facts.iter().map(|f| cloze::sentence_in_title(&title, &f.evidence)).collect();
        let title_names = pack
            .sheet
            .entities
            .iter()
            .map(|e| truths.names(&e.id))
            .filter(|forms| {
                // A country the title writes as its people's adjective is named too ("South Korean President").
                forms.iter().any(|f| f.len() >= 3 && (has_padded(&title, f) || has_padded(&title, &format!("{f}n"))))
            })
            .map(<[String]>::to_vec)
            .collect();
        Self { pack, truths, names_of_kind, title, told, title_names, found: RefCell::default() }
    }

    /// Where `quote` stands in the pack's article ([`crate::pack::article::Article::find`]), looked up once
    /// for each quote.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        if let Some(found) = self.found.borrow().get(quote) {
            return found.clone();
        }
        let found = self.pack.article.find(quote);
        self.found.borrow_mut().insert(quote.to_string(), found.clone());
        found
    }

    /// The pack's title, folded and padded with a space at both ends.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The forms of every entity the title names, folded ([`Gen::new`]).
    pub fn title_names(&self) -> &[Vec<String>] {
        &self.title_names
    }

    /// Whether `fact` is the title ([`told_by_title`]): looked up for a fact of the pack, worked out for
    /// another.
    pub fn told_by_title(&self, fact: &Fact) -> bool {
        match self.truths.fact_index(self.pack, fact).and_then(|i| self.told.get(i)) {
            Some(told) => *told,
            None => cloze::sentence_in_title(&self.title, &fact.evidence),
        }
    }

    /// The kind of an entity.
    pub fn kind(&self, id: &str) -> Option<EntityKind> {
        self.pack.entity(id).map(|e| e.kind)
    }

    /// Whether `stem` gives away `val`: contains its name, an alias, the date or the number (in any form).
    pub fn leaks(&self, stem: &str, val: &Val) -> bool {
        self.leaks_folded(&padded(stem), val)
    }

    /// [`Self::leaks`] for a stem already folded and padded with a space at both ends.
    pub fn leaks_folded(&self, padded_stem: &str, val: &Val) -> bool {
        let found = |f: &str| !f.is_empty() && has_padded(padded_stem, f);
        match val {
            Val::Ent(id) => self.truths.names(id).iter().any(|f| found(f)),
            Val::Date(d) => found(&fold(&d.to_string())),
            // In any form an article writes it: "2000000", "2,000,000", "2 million".
            Val::Num(n) => [
                NumberStyle::Plain,
                NumberStyle::Grouped,
                NumberStyle::Scaled("million"),
                NumberStyle::Scaled("thousand"),
                NumberStyle::Scaled("billion"),
            ]
            .iter()
            .filter_map(|style| style.write(*n))
            .any(|form| found(&fold(&form))),
            // The date as shown, or (for a month, a year, a span or a deadline) a year it names.
            Val::When(w) => {
                found(&fold(&w.to_string()))
                    || (!matches!(w, When::Day { .. }) && w.years().iter().any(|y| found(&y.to_string())))
                    || matches!(w, When::Day { date, .. } if found(&fold(&date.to_string())))
            }
        }
    }

    /// The article's dateline as a day with its year, when the sheet has one that reads.
    pub fn dateline(&self) -> Option<Dateline> {
        self.pack.sheet.dateline.as_deref().and_then(Dateline::parse)
    }

    /// How a typed answer naming entity `id` is compared: `extra` forms (as the article writes it), its
    /// name and aliases are right. The first is canonical and always enough on its own; the grader takes a
    /// later form that only starts another for a name cut short ("Chosei"). So when a written form or an
    /// alias lengthens the name ("Yeoncheon town" for "Yeoncheon"), the name comes first: an entity's own name is always
    /// fully right; the names of other entities of the same kind are rivals (a typed
    /// text closer to "North Korea" than to "South Korea" is not a typo of "South Korea"). The rivals are a
    /// view of the kind's one shared list of names, less the accepted forms, so this costs the answer's
    /// own forms, not the number of entities of its kind.
    pub fn text_expected(&self, id: &str, extra: &[String]) -> Expected {
        let Some(answer) = self.pack.entity(id) else {
            return Expected::Text { accepted: extra.to_vec(), rivals: Rivals::default(), broader: Vec::new() };
        };
        // The entity's name and aliases were folded once for the pack ([`Truths::names`]) and are borrowed
        // from there; extra forms are folded here, once each. Only the forms kept are copied.
        let own = self.truths.names(id);
        let refolded: Vec<String>;
        let own: &[String] = if own.len() == 1 + answer.aliases.len() {
            own
        } else {
            refolded = std::iter::once(&answer.name).chain(&answer.aliases).map(|n| fold(n)).collect();
            &refolded
        };
        let (name, aliases) = own.split_first().map_or(("", &[][..]), |(n, a)| (n.as_str(), a));
        let extra_folded: Vec<String> = extra.iter().map(|x| fold(x)).collect();
        let lengthened =
            extra_folded.iter().chain(aliases).any(|x| x.strip_prefix(name).is_some_and(|rest| rest.starts_with(' ')));
        let extra_forms = extra.iter().zip(extra_folded.iter().map(String::as_str));
        let named = std::iter::once((&answer.name, name));
        let alias_forms = answer.aliases.iter().zip(aliases.iter().map(String::as_str));
        let forms: Vec<(&String, &str)> = if lengthened {
            named.chain(extra_forms).chain(alias_forms).collect()
        } else {
            extra_forms.chain(named).chain(alias_forms).collect()
        };
        let mut accepted: Vec<String> = Vec::with_capacity(forms.len());
        let mut folded: Vec<String> = Vec::with_capacity(forms.len());
        for (form, f) in forms {
            if !folded.iter().any(|x| x == f) {
                folded.push(f.to_string());
                accepted.push(form.clone());
            }
        }
        let names = self.names_of_kind.get(&answer.kind).cloned().unwrap_or_default();
        Expected::Text { accepted, rivals: Rivals::new(names, folded), broader: Vec::new() }
    }
}

/// `text` folded ([`fold`]) with a space at both ends: how a stem is read for the names it holds.
pub fn padded(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() + 2);
    out.push(' ');
    out.push_str(&folded);
    out.push(' ');
    out
}

/// Whether `text` holds `" {word} "` (`word` with a space on each side): what a stem folded and padded
/// with spaces holds for each whole folded word or phrase of it. Looks at the text's spaces only, without
/// writing the padded word out.
pub fn has_padded(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    // The word's first byte is compared before the whole word: most spaces are followed by another word.
    let first = word.first();
    text.iter().enumerate().any(|(at, &b)| {
        b == b' '
            && (first.is_none() || text.get(at + 1) == first)
            && text.get(at + 1..at + 1 + word.len()) == Some(word)
            && text.get(at + 1 + word.len()) == Some(&b' ')
    })
}

/// `expected` (the typed answer naming city `id` in `claim`'s `slot`, asked in text `shown`) with the
/// city's country accepted too, when the city stands for a party — one side of an event, a relation or an
/// agreement, or who said or holds something ("the dispute with _____", "_____ has branded …" → Beijing): a
/// capital standing for its government, "China" is as right as "Beijing". A slot of where something
/// happened (`place`, `destination`, `at`), what something is (an Identity: "Nara is Takaichi's hometown")
/// and a text naming the country already keep the city alone.
pub fn with_government(g: &Gen, claim: &Claim, id: &str, slot: &str, shown: &str, mut expected: Expected) -> Expected {
    let Some(city) = g.pack.entity(id).filter(|e| e.kind == EntityKind::City) else { return expected };
    let party = matches!(
        claim,
        Claim::Event { .. }
            | Claim::Relation { .. }
            | Claim::Agreement { .. }
            | Claim::Statement { .. }
            | Claim::Stance { .. }
            | Claim::Report { .. }
    );
    if !party || matches!(slot, "place" | "destination" | "at") {
        return expected;
    }
    let Some(country) = city.country.as_deref().and_then(|c| g.pack.entity(c)) else { return expected };
    if g.leaks(shown, &Val::Ent(country.id.clone())) {
        return expected;
    }
    if let Expected::Text { accepted, .. } = &mut expected {
        for form in std::iter::once(&country.name).chain(&country.aliases) {
            if !accepted.iter().any(|a| fold(a) == fold(form)) {
                accepted.push(form.clone());
            }
        }
    }
    expected
}

/// Whether entity `id` is a group without a name ("some observers", "analysts", "critics"): a group whose
/// name has no capitalised word and no definite article. Such a group may stand in a matching, but is never
/// the typed, multiple-choice or fill-in-the-blank answer: "Who questioned …?" → "some observers" asks the
/// learner to recall a vague word, not something the article names.
pub fn is_unnamed_group(pack: &Pack, id: &str) -> bool {
    let Some(e) = pack.entity(id) else { return false };
    if e.kind != EntityKind::Group {
        return false;
    }
    let mut words = e.name.split_whitespace();
    let definite = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let proper = e.name.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_uppercase));
    !definite && !proper
}

/// Topic ids (folded) that mark a fact as being about the article rather than its subject: the byline,
/// the writer, the photo credit. The generator treats any of them as metadata.
pub const METADATA_TOPICS: [&str; 8] =
    ["the-article", "article", "metadata", "credits", "credit", "byline", "photo-credit", "about-the-article"];

/// Whether topic id `topic` is a metadata topic ([`METADATA_TOPICS`], compared folded).
pub fn is_metadata_topic(topic: &str) -> bool {
    let folded = fold(topic).replace(' ', "-");
    METADATA_TOPICS.contains(&folded.as_str())
}

/// Whether a fact (or question) with these topics is metadata: it has topics and every one of them is a
/// metadata topic. A caption fact that is also about the subject ("the-article" and "domestic-politics")
/// is comprehension, not metadata.
pub fn is_metadata<S: AsRef<str>>(topics: &[S]) -> bool {
    !topics.is_empty() && topics.iter().all(|t| is_metadata_topic(t.as_ref()))
}

/// A value as it appears in an option or an answer: an entity's name, "January 5", "136".
pub fn display(pack: &Pack, val: &Val) -> String {
    match val {
        Val::Ent(id) => pack.name(id).to_string(),
        Val::Date(d) => d.to_string(),
        Val::Num(n) => number(*n),
        Val::When(w) => weekday_of(pack, w).unwrap_or_else(|| w.to_string()),
    }
}

/// "Yesterday" or "today" named by its weekday, which the dateline gives ("Thursday" on a Friday): among
/// weekday options the relative word would stand out, and it means nothing once the article is old.
fn weekday_of(pack: &Pack, when: &When) -> Option<String> {
    let When::Relative(r @ (Relative::Today | Relative::Yesterday)) = when else { return None };
    let line = Dateline::parse(pack.sheet.dateline.as_deref()?)?;
    WEEKDAYS.get(usize::from(line.resolve(*r)?.weekday())).map(ToString::to_string)
}

/// Assembles a question from its parts and the facts it rests on.
pub fn question(id: String, kind: QuestionKind, prompt: String, body: Body, facts: &[&Fact]) -> Question {
    let topics: BTreeSet<&String> = facts.iter().flat_map(|f| &f.topics).collect();
    Question {
        id,
        kind,
        prompt,
        body,
        facts: facts.iter().map(|f| f.id.clone()).collect(),
        evidence: facts.iter().map(|f| f.evidence.clone()).collect(),
        topics: topics.into_iter().cloned().collect(),
    }
}

/// Eight hex digits of [`stable_hash`], for ids built from several facts.
pub fn short_hash(text: &str) -> String {
    format!("{:08x}", stable_hash(text.as_bytes()) >> 32)
}

/// Shuffles `items` and returns, for each original index, its new position.
pub fn shuffle_tracked<T>(items: &mut Vec<T>, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.shuffle(rng);
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(idx.iter().filter_map(|&i| taken[i].take()));
    let mut new_pos = vec![0; idx.len()];
    for (pos, &orig) in idx.iter().enumerate() {
        new_pos[orig] = pos;
    }
    new_pos
}

fn id_rng(id: &str) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(stable_hash(id.as_bytes()))
}

/// Puts the answer (`options[0]`) at a position fixed by the question id; returns that position.
pub fn spread(options: &mut Vec<String>, id: &str) -> usize {
    shuffle_tracked(options, &mut id_rng(id))[0]
}

/// Shuffles right-hand items that arrive in left order; returns, for each left item, its partner's index.
pub fn spread_pairs(right: &mut Vec<String>, id: &str) -> Vec<usize> {
    shuffle_tracked(right, &mut id_rng(id))
}

/// Shuffles items that arrive in time order; returns their indices earliest first.
pub fn spread_order(items: &mut Vec<String>, id: &str) -> Vec<usize> {
    let mut rng = id_rng(id);
    let mut new_pos = shuffle_tracked(items, &mut rng);
    // A list shown already in order would give the answer away: shuffle again (deterministically).
    while items.len() > 1 && new_pos.windows(2).all(|w| w[0] < w[1]) {
        let again = shuffle_tracked(items, &mut rng);
        new_pos = new_pos.iter().map(|&p| again[p]).collect();
    }
    new_pos
}

/// Every question the pack yields, in a fixed order: per fact (multiple choice, short answer and
/// numeric, true/false, cloze), then matching, then timeline ordering. Near-duplicates (the same
/// prompt and kind twice) are kept once.
pub fn bank(pack: &Pack) -> Vec<Question> {
    bank_and_dropped(&Gen::new(pack)).0
}

/// [`bank`] made with `g`, and for each fact of the sheet (in sheet order) the questions it made on its
/// own ([`fact_questions`]) that were dropped as repeats. For a fact no banked question rests on, that is
/// every question it makes, so explaining why it yields none does not make them again.
pub(crate) fn bank_and_dropped(g: &Gen) -> (Vec<Question>, Vec<Vec<Question>>) {
    let facts = &g.pack.sheet.facts;
    let mut out: Vec<Question> = Vec::new();
    // The fact each question was made from on its own; `None` for matching and ordering.
    let mut made_by: Vec<Option<usize>> = Vec::new();
    for (i, fact) in facts.iter().enumerate() {
        let own = fact_questions(g, fact);
        made_by.extend(std::iter::repeat_n(Some(i), own.len()));
        out.extend(own);
    }
    out.extend(matching::all(g));
    out.extend(order::all(g));
    made_by.resize(out.len(), None);
    // Three passes, each over the questions the passes before kept.
    let mut keep = vec![true; out.len()];
    let mut seen = BTreeSet::new();
    for (q, keep) in out.iter().zip(&mut keep) {
        *keep = seen.insert((q.kind, q.prompt.clone(), q.answer_text()));
    }
    let mut blanks = BTreeSet::new();
    for (q, keep) in out.iter().zip(&mut keep).filter(|(_, k)| **k) {
        *keep = q.kind != QuestionKind::Cloze
            || cloze::blank_sentence(g, q).is_none_or(|at| blanks.insert((at, fold(&q.answer_text()))));
    }
    let mut ids = BTreeSet::new();
    for (q, keep) in out.iter().zip(&mut keep).filter(|(_, k)| **k) {
        *keep = ids.insert(q.id.clone());
    }
    let mut kept = Vec::new();
    let mut dropped: Vec<Vec<Question>> = vec![Vec::new(); facts.len()];
    for ((q, keep), by) in out.into_iter().zip(keep).zip(made_by) {
        match (keep, by.and_then(|i| dropped.get_mut(i))) {
            (true, _) => kept.push(q),
            (false, Some(own)) => own.push(q),
            (false, None) => {}
        }
    }
    (kept, dropped)
}

/// The questions one fact yields on its own (no matching or ordering).
pub fn fact_questions(g: &Gen, fact: &Fact) -> Vec<Question> {
    // The title heads every quiz and handout: no question is asked that it answers (a blank tests the
    // sentence it shows, in `cloze::from_fact`; every other kind its fact's evidence). A fact the title
    // states whole yields blanks only, so nothing else is made for it.
    if g.told_by_title(fact) {
        return cloze::from_fact(g, fact);
    }
    let mut out = Vec::new();
    for ask in asks(g.pack, &fact.claim) {
        // The stem folded once, for its own leak and for each multiple-choice option's.
        let stem = padded(&ask.stem);
        if g.leaks_folded(&stem, &ask.answer) {
            continue;
        }
        if let Val::Ent(id) = &ask.answer
            && is_unnamed_group(g.pack, id)
        {
            continue;
        }
        out.extend(mc::from_padded_ask(g, fact, &ask, &stem));
        out.extend(short::from_ask(g, fact, &ask));
    }
    out.extend(tf::pair(g, fact));
    out.extend(cloze::from_fact(g, fact));
    out.extend(summit::extra(g, fact));
    // A statement or stem saying "the country" names one (clozes keep their own rule for "this …").
    out.retain(|q| q.kind == QuestionKind::Cloze || !phrasing::unnamed_referent(g.pack, &q.prompt));
    // Nor one whose answer the title shows.
    out.retain(|q| {
        q.kind == QuestionKind::Cloze || !cloze::answer_in_title(&g.title, &g.title_names, &q.prompt, &title_answer(q))
    });
    out
}

/// The answer of `q` as [`cloze::shown_by_title`] reads it: its text, or nothing for a true/false statement
/// (whose key is a verdict, not a name or a phrase the title could write).
fn title_answer(q: &Question) -> String {
    if matches!(q.body, Body::TrueFalse { .. }) { String::new() } else { q.answer_text() }
}

/// Whether `fact` is the title: the title heading every quiz states it whole, so it yields no question
/// ([`cloze::shown_by_title`]), and a sheet stating it is not at fault for that.
pub fn told_by_title(pack: &Pack, fact: &Fact) -> bool {
    cloze::shown_by_title(&format!(" {} ", fold(&pack.sheet.title)), &fact.evidence, "", "")
}

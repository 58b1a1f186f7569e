//! Checks of the questions a sheet yields, not of the sheet itself: what `dossier check` reports after the
//! bank is built, and what `dossier check --explain` prints per fact.
//!
//! Rules kept:
//! * two questions whose stems (or true/false statements) read the same, folded, have the same answer; two
//!   that do not put one prompt before the learner with two keys, and the pack is refused
//!   ([`ProblemKind::ConflictingKeys`]);
//! * a question that asks one slot of a fact (multiple choice, short answer, numeric) or blanks it (cloze)
//!   has evidence that states its answer: the entity's name or one alias, the number in digits or words, the
//!   day in any written form. The learner reads the evidence after answering; evidence that never says the
//!   answer (a pronoun, "the two leaders") does not show why it is right. A warning
//!   ([`ProblemKind::AnswerNotInEvidence`]): the sentence before may say it;
//! * a false true/false statement is not true by containment: a place swapped in for one it lies within, or
//!   that lies within it ("met in Maryland" for Camp David), makes a true sentence keyed False, and the pack
//!   is refused ([`ProblemKind::TrueByContainment`]);
//! * a fact that yields no question is told which condition of the generators failed ([`why_no_question`]).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::ops::Range;
use std::rc::Rc;

use super::cloze::find_word;
use super::phrasing::{Val, asks, entity_slots, is_name_like, statement, with_slot};
use super::{Gen, display, fact_questions, is_unnamed_group};
use crate::pack::check::{states_date, states_when};
use crate::pack::{Claim, Dateline, EntityKind, Fact, Pack, ProblemKind, When};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

/// One finding of the audit: the fact it is located at, its kind, whether it refuses the pack, and the
/// sentence (warnings start with "warning: ", as the grammar checker's do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The id of the fact the finding is located at.
    pub fact: String,
    /// What kind of defect it is.
    pub kind: ProblemKind,
    /// Whether the pack is refused for it (a defect a learner would see) or only warned about.
    pub refuses: bool,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Every finding of the question checks over `questions` (a pack's bank), in bank order, conflicting keys
/// first, then answers missing from evidence, then statements true by containment.
/// Rule kept: the article's paragraphs are found once and each place's nesting once ([`Nesting`]), so the
/// audit costs the questions plus the sheet, not the questions times the sheet; and whether an evidence
/// states an answer is read once per evidence and answer, however many questions ask it.
pub fn audit(pack: &Pack, questions: &[Question]) -> Vec<Finding> {
    let mut out = conflicting_keys(questions);
    let paragraphs = pack.article.paragraphs();
    let mut stated = BTreeMap::new();
    out.extend(questions.iter().filter_map(|q| answer_not_in_evidence(pack, q, &paragraphs, &mut stated)));
    let nesting = Nesting::new(pack);
    out.extend(questions.iter().filter_map(|q| true_by_containment(&nesting, q)));
    out
}

/// The findings of [`audit`] that refuse the pack (two keys for one prompt, a false statement true by
/// containment), in the same order and with the same sentences: what [`super::Bank::new`] refuses a sheet
/// for, so the app, `quiz` and `play` refuse what `dossier check` does.
pub fn refusals(pack: &Pack, questions: &[Question]) -> Vec<Finding> {
    let mut out = conflicting_keys(questions);
    let nesting = Nesting::new(pack);
    out.extend(questions.iter().filter_map(|q| true_by_containment(&nesting, q)));
    out
}

/// Whether `inner` lies within `outer`, directly or through other places (`Entity::within`).
pub fn contains(pack: &Pack, outer: &str, inner: &str) -> bool {
    super::summit::containers(pack, inner).iter().any(|c| c == outer)
}

/// Whether a question has one key a prompt can contradict (not a matching or an ordering).
fn single_key(q: &Question) -> bool {
    !matches!(q.body, Body::Match { .. } | Body::Order { .. })
}

/// Two questions with one folded prompt and different answers, the later one reported.
fn conflicting_keys(questions: &[Question]) -> Vec<Finding> {
    let mut first: BTreeMap<String, &Question> = BTreeMap::new();
    let mut out = Vec::new();
    for q in questions.iter().filter(|q| single_key(q)) {
        let key = fold(&q.prompt);
        match first.get(&key) {
            None => {
                first.insert(key, q);
            }
            Some(earlier) if fold(&earlier.answer_text()) != fold(&q.answer_text()) => {
                let Some(fact) = q.facts.first() else { continue };
                let what = if q.kind == QuestionKind::Tf { "statement" } else { "question" };
                out.push(Finding {
                    fact: fact.clone(),
                    kind: ProblemKind::ConflictingKeys,
                    refuses: true,
                    message: format!(
                        "the {what} \u{201c}{}\u{201d} of fact \"{fact}\" is keyed \u{201c}{}\u{201d}, but fact \"{}\" \
                         asks the same and keys \u{201c}{}\u{201d}; write one claim for what both facts say (a \
                         Summit for one meeting of several parties), or give each a place or date that tells them \
                         apart.",
                        q.prompt,
                        q.answer_text(),
                        earlier.facts.first().map_or("", String::as_str),
                        earlier.answer_text()
                    ),
                });
            }
            Some(_) => {}
        }
    }
    out
}

/// The padded folded forms of entity `id`: its name and aliases.
fn forms(pack: &Pack, id: &str) -> Vec<String> {
    pack.entity(id)
        .map(|e| std::iter::once(&e.name).chain(&e.aliases).map(|n| fold(n)).filter(|n| !n.is_empty()).collect())
        .unwrap_or_default()
}

/// Words that state a count without a numeral: "twice", "no injuries", "a week" (of days), "both".
const COUNT_WORDS: [(&str, f64); 9] = [
    ("no", 0.0),
    ("none", 0.0),
    ("once", 1.0),
    ("twice", 2.0),
    ("thrice", 3.0),
    ("both", 2.0),
    ("a pair", 2.0),
    ("a week", 7.0),
    ("a dozen", 12.0),
];

/// Whether `evidence` states `answer`: an entity by name or alias; a day in any form [`states_date`] reads,
/// any other version-2 date as [`states_when`] finds it; a number as the article may write it (digits with
/// or without thousands commas, words, a scale word as in "2 million", a count word of [`COUNT_WORDS`]), or,
/// for a count of two to ten, by naming at least that many of the sheet's entities (a list the learner
/// counts).
pub fn states_answer(pack: &Pack, evidence: &str, answer: &Val) -> bool {
    // Folded only for the answers looked up by word (a date reads the evidence itself).
    let padded = std::cell::OnceCell::new();
    let has =
        |f: &str| !f.is_empty() && padded.get_or_init(|| format!(" {} ", fold(evidence))).contains(&format!(" {f} "));
    match answer {
        Val::Ent(id) => forms(pack, id).iter().any(|f| has(f)),
        Val::Date(d) => states_date(evidence, *d),
        // A version-2 date: a day in any form, any other form as the article writes it (the lookup of
        // `check`'s Unsupported rule: "annually" states "every year").
        Val::When(w) => match w {
            When::Day { date, .. } => states_date(evidence, *date),
            _ => states_when(evidence, w, pack.sheet.dateline.as_deref().and_then(Dateline::parse).map(|d| d.year)),
        },
        Val::Num(n) => {
            let words: Vec<&str> = evidence
                .split(|c: char| c.is_whitespace() || matches!(c, '.' | '(' | ')' | ';' | ':' | '"' | '%'))
                .map(|w| w.trim_end_matches(','))
                // "an 11-year lull", "a twelve-member team": the number before a hyphenated unit.
                .map(|w| crate::pack::numbers::hyphenated_number(w).unwrap_or(w))
                .filter(|w| !w.is_empty())
                .collect();
            let written = (0..words.len()).any(|start| {
                (1..=4).any(|len| {
                    words
                        .get(start..start + len)
                        .and_then(|run| crate::pack::numbers::parse_number(&run.join(" ")))
                        .is_some_and(|v| (v - n).abs() < 1e-9)
                })
            });
            let counted = || {
                (2.0..=10.0).contains(n)
                    && pack.sheet.entities.iter().filter(|e| forms(pack, &e.id).iter().any(|f| has(f))).count() as f64
                        >= *n
            };
            written || COUNT_WORDS.iter().any(|(w, v)| (v - n).abs() < 1e-9 && has(w)) || counted()
        }
    }
}

/// The slot a question asks, as a value, when it asks one slot of one fact: from the question id's last part
/// (`meet.mc.place` → the claim's `place`), the claim's [`asks`], or a cloze's blanked entity.
fn asked_value(pack: &Pack, q: &Question) -> Option<Val> {
    let [fact] = q.facts.as_slice() else { return None };
    let fact = pack.fact(fact)?;
    let slot = q.id.rsplit('.').next()?;
    match q.kind {
        QuestionKind::Mc | QuestionKind::Short | QuestionKind::Numeric => {
            asks(pack, &fact.claim).into_iter().find(|a| a.slot == slot && a.stem == q.prompt).map(|a| a.answer)
        }
        QuestionKind::Cloze => {
            let Body::Typed { expected, .. } = &q.body else { return None };
            match expected {
                Expected::Date(d) => Some(Val::Date(*d)),
                Expected::When { when, .. } => Some(Val::When(when.clone())),
                Expected::Number { value, .. } => Some(Val::Num(*value)),
                Expected::Text { .. } => entity_slots(&fact.claim)
                    .into_iter()
                    .find(|(s, id)| slot == format!("{s}-{id}"))
                    .map(|(_, id)| Val::Ent(id.clone())),
            }
        }
        _ => None,
    }
}

/// What the learner can read for a question's evidence: the evidence and, around it in the article, its
/// paragraph (a quote's "said KCNA" closes it) and the paragraph before, which a "he", "the two" or "both
/// countries" opening the evidence refers back to. `paragraphs` are the article's ([`crate::pack::Article::paragraphs`],
/// in text order and disjoint), found once for all questions; the one holding the quote is found by a
/// binary search.
fn readable(pack: &Pack, evidence: &str, paragraphs: &[Range<usize>]) -> String {
    let article = &pack.article;
    let Some(range) = article.find(evidence).filter(|r| !r.is_empty()) else { return evidence.to_string() };
    // The last paragraph starting at or before the quote is the only one that can hold its start.
    let Some(at) = paragraphs.partition_point(|p| p.start <= range.start).checked_sub(1) else {
        return evidence.to_string();
    };
    if range.start >= paragraphs[at].end {
        return evidence.to_string();
    }
    let start = paragraphs[at.saturating_sub(1)].start.min(range.start);
    let end = paragraphs[at].end.max(range.end);
    format!("{evidence} {}", &article.text()[start..end])
}

/// A slot question or cloze whose evidence (read in its paragraph and the one before, [`readable`])
/// does not state its answer. `stated` keeps what was found per evidence and answer (several questions of
/// a fact ask one slot from one evidence).
fn answer_not_in_evidence<'q>(
    pack: &Pack,
    q: &'q Question,
    paragraphs: &[Range<usize>],
    stated: &mut BTreeMap<(&'q str, String), bool>,
) -> Option<Finding> {
    let answer = asked_value(pack, q)?;
    let evidence = q.evidence.first()?;
    let states = *stated
        .entry((evidence.as_str(), format!("{answer:?}")))
        .or_insert_with(|| states_answer(pack, &readable(pack, evidence, paragraphs), &answer));
    if states {
        return None;
    }
    let fact = q.facts.first()?;
    let said = match &answer {
        Val::Ent(id) => {
            let names: Vec<String> = pack
                .entity(id)
                .map(|e| std::iter::once(&e.name).chain(&e.aliases).map(|n| format!("\u{201c}{n}\u{201d}")).collect())
                .unwrap_or_default();
            format!("names {}", names.join(" or "))
        }
        other => format!("states \u{201c}{}\u{201d} in any written form", display(pack, other)),
    };
    Some(Finding {
        fact: fact.clone(),
        kind: ProblemKind::AnswerNotInEvidence,
        refuses: false,
        message: format!(
            "warning: question {} asks \u{201c}{}\u{201d}, but neither the evidence of fact \"{fact}\" nor its paragraph \
             (or the one before) {said}; quote the sentence that names the answer, or add the form \
             the article uses as an alias.",
            q.id, q.prompt
        ),
    })
}

/// The entities of a pack that lie within a place or contain it (directly or through other places, as
/// [`contains`] reads `Entity::within`), for [`true_by_containment`]. Rule kept: the reverse of `within`
/// is indexed once per pack and each place's nested entities found once, so checking a bank's statements
/// costs the statements plus the places nested with theirs, not the statements times the sheet's entities.
struct Nesting<'p> {
    pack: &'p Pack,
    /// Entity id → the indices in the sheet of every entity with that id.
    indices: BTreeMap<&'p str, Vec<usize>>,
    /// Entity id → the ids of the entities directly within it (each id's `within` as [`Pack::entity`] reads it).
    inside: BTreeMap<&'p str, Vec<&'p str>>,
    /// Place id → the sheet indices of the entities nested with it, ascending (found on first use).
    nested: RefCell<BTreeMap<&'p str, Rc<[usize]>>>,
}

impl<'p> Nesting<'p> {
    fn new(pack: &'p Pack) -> Self {
        let mut indices: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, e) in pack.sheet.entities.iter().enumerate() {
            indices.entry(e.id.as_str()).or_default().push(i);
        }
        let mut inside: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for &id in indices.keys() {
            if let Some(outer) = pack.entity(id).and_then(|e| e.within.as_deref()) {
                inside.entry(outer).or_default().push(id);
            }
        }
        crate::text::work::add(pack.sheet.entities.len());
        Self { pack, indices, inside, nested: RefCell::new(BTreeMap::new()) }
    }

    /// The sheet indices, ascending, of every entity `other` with `contains(pack, other, id)` or
    /// `contains(pack, id, other)`: the places `id` lies within ([`super::summit::containers`]) and those
    /// whose chain of `within` reaches `id` (found by walking the reverse of `within` from `id`; the walk
    /// reaches exactly the ids whose own chain meets `id` before it repeats).
    fn nested_with(&self, id: &'p str) -> Rc<[usize]> {
        if let Some(found) = self.nested.borrow().get(id) {
            return found.clone();
        }
        let mut ids: Vec<&str> = Vec::new();
        let outer = super::summit::containers(self.pack, id);
        ids.extend(outer.iter().map(String::as_str));
        let mut seen: BTreeSet<&str> = BTreeSet::from([id]);
        let mut queue: VecDeque<&str> = VecDeque::from([id]);
        while let Some(at) = queue.pop_front() {
            for &inner in self.inside.get(at).into_iter().flatten() {
                if seen.insert(inner) {
                    ids.push(inner);
                    queue.push_back(inner);
                }
            }
        }
        let mut found: Vec<usize> = ids
            .iter()
            .filter(|&&other| other != id)
            .flat_map(|other| self.indices.get(other).into_iter().flatten())
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        let found: Rc<[usize]> = found.into();
        self.nested.borrow_mut().insert(id, found.clone());
        found
    }
}

/// A true/false question keyed False whose statement is the fact's own statement with a place replaced by
/// one that contains it or lies within it: true by containment. The places looked at are those nested
/// with the fact's ([`Nesting`]), in sheet order.
fn true_by_containment(nesting: &Nesting, q: &Question) -> Option<Finding> {
    let pack = nesting.pack;
    let Body::TrueFalse { answer: false } = q.body else { return None };
    let [fact] = q.facts.as_slice() else { return None };
    let fact = pack.fact(fact)?;
    let places = entity_slots(&fact.claim).into_iter().filter(|(_, id)| {
        pack.entity(id).is_some_and(|e| {
            matches!(e.kind, EntityKind::City | EntityKind::Place | EntityKind::Country | EntityKind::Organisation)
        })
    });
    for (slot, id) in places {
        let nested = nesting.nested_with(id);
        crate::text::work::add(nested.len());
        for other in nested.iter().map(|&i| &pack.sheet.entities[i]) {
            if !(contains(pack, &other.id, id) || contains(pack, id, &other.id)) {
                continue;
            }
            let swapped = with_slot(&fact.claim, slot, &Val::Ent(other.id.clone()));
            if swapped.map(|c| statement(pack, &c)).as_deref() != Some(q.prompt.as_str()) {
                continue;
            }
            let (inner, outer) = if contains(pack, &other.id, id) { (id, &other.id) } else { (&other.id, id) };
            return Some(Finding {
                fact: fact.id.clone(),
                kind: ProblemKind::TrueByContainment,
                refuses: true,
                message: format!(
                    "the statement \u{201c}{}\u{201d} of fact \"{}\" is keyed False, but {} lies within {}, so it is \
                     true; no false statement may swap a place for one it lies within or that lies within it (please \
                     report this to Dossier's authors).",
                    q.prompt,
                    fact.id,
                    pack.name(inner),
                    pack.name(outer),
                ),
            });
        }
    }
    None
}

/// A bank's questions by kind, prompt and answer, the first in bank order kept: what [`why_no_question`]
/// looks a barren fact's own questions up in. Rule kept: built once per bank, so explaining every barren
/// fact of a sheet costs the facts plus the bank, not the facts times the bank.
pub struct Asked<'q> {
    first: BTreeMap<(QuestionKind, &'q str, String), &'q Question>,
}

impl<'q> Asked<'q> {
    /// Indexes `bank` (the pack's questions after duplicates are dropped).
    pub fn new(bank: &'q [Question]) -> Self {
        let mut first = BTreeMap::new();
        for q in bank {
            first.entry((q.kind, q.prompt.as_str(), q.answer_text())).or_insert(q);
        }
        Self { first }
    }

    /// The first question of the bank with `q`'s kind, prompt and answer.
    fn get(&self, q: &Question) -> Option<&'q Question> {
        self.first.get(&(q.kind, q.prompt.as_str(), q.answer_text())).copied()
    }
}

/// Why `fact` yields no question in the bank `asked` indexes: one sentence per condition of the generators
/// that failed for it, naming the fact's claim kind and the words at fault.
pub fn why_no_question(g: &Gen, fact: &Fact, asked: &Asked) -> Vec<String> {
    why_none_of(g, fact, &fact_questions(g, fact), asked)
}

/// [`why_no_question`] for a fact whose own questions ([`fact_questions`]) are `own`, already made.
pub(crate) fn why_none_of(g: &Gen, fact: &Fact, own: &[Question], asked: &Asked) -> Vec<String> {
    let pack = g.pack;
    if super::told_by_title(pack, fact) {
        return vec![
            "its evidence is the title, which heads every quiz and handout and so answers every question it \
             would make; the title tells it already (not a fault of the sheet)"
                .to_string(),
        ];
    }
    if !own.is_empty() {
        // Every question it makes is one another fact already asks.
        let other = own.iter().find_map(|q| asked.get(q));
        return vec![match other {
            Some(b) => format!(
                "every question it makes is already asked from fact \"{}\" (\u{201c}{}\u{201d}); the two facts say the \
                 same thing, so keep one",
                b.facts.first().map_or("", String::as_str),
                b.prompt
            ),
            None => "every question it makes blanks the same words of the same sentence as another fact's \
                     fill-in-the-blank; the two facts say the same thing, so keep one"
                .to_string(),
        }];
    }
    let kind = claim_kind(&fact.claim);
    let mut why = Vec::new();
    // True/false: every claim but an Event with neither place nor date.
    if let Claim::Event { what, who, place: None, date: None, .. } = &fact.claim {
        why.push(format!(
            "an {kind} with neither `place` nor `date` only says that it happened, so it makes no true/false statement"
        ));
        if !is_name_like(what) {
            why.push(format!(
                "its `what` (\u{201c}{what}\u{201d}) is a clause, not a name (over 8 words, a comma or a word such as \
                 \u{201c}which\u{201d}), so no question can name the event"
            ));
        } else if who.len() != 2 {
            why.push(
                "with no `place` or `date` and not exactly two parties in `who`, there is no slot to ask".to_string(),
            );
        }
    }
    if let Claim::Event { what, .. } = &fact.claim
        && !matches!(&fact.claim, Claim::Event { place: None, date: None, .. })
        && super::phrasing::event_nature(what) == super::phrasing::EventNature::Unknown
    {
        why.push(format!(
            "its `what` (\u{201c}{what}\u{201d}) names neither a happening nor a thing made (its head noun is in \
             neither the happening nouns nor the made nouns of generate::phrasing), so it is not said to take place"
        ));
    }
    for ask in asks(pack, &fact.claim) {
        if g.leaks(&ask.stem, &ask.answer) {
            why.push(format!("the question \u{201c}{}\u{201d} would name its own answer", ask.stem));
        } else if let Val::Ent(id) = &ask.answer
            && is_unnamed_group(pack, id)
        {
            why.push(format!(
                "its answer \u{201c}{}\u{201d} is a group without a name, which a learner is never asked to recall",
                pack.name(id)
            ));
        }
    }
    // Fill in the blank: an entity of the claim named in the evidence by its name or an alias.
    let mut named = false;
    let mut listed = Vec::new();
    for (slot, id) in entity_slots(&fact.claim) {
        let Some(e) = pack.entity(id) else { continue };
        if is_unnamed_group(pack, id) {
            continue;
        }
        let found = std::iter::once(&e.name).chain(&e.aliases).find(|f| find_word(&fact.evidence, f).is_some());
        match found {
            Some(f) => {
                named = true;
                let alias = if *f == e.name { String::new() } else { format!(", an alias of {id}") };
                why.push(format!(
                    "the evidence names {f}{alias} (the `{slot}`), but blanking it gives the answer away (a \
                     possessive before a name of its own country) or leaves fewer than three words around the blank"
                ));
            }
            None => listed.push(format!(
                "{} (`{slot}`)",
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| format!("\u{201c}{n}\u{201d}"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )),
        }
    }
    if !named {
        let blank = if listed.is_empty() {
            format!("an {kind} that names no entity has nothing to blank in its evidence")
        } else {
            format!(
                "a fill-in-the-blank needs the evidence to name one of the fact's entities as the sheet spells it, \
                 and it names none of {}",
                listed.join(", ")
            )
        };
        why.push(blank);
    }
    why
}

/// What one fact yields, for `dossier check --explain`: the questions that rest on it (alone or with other
/// facts, in bank order) and, when there are none, why ([`why_no_question`]).
#[derive(Debug, Clone)]
pub struct Explained<'q> {
    /// The fact's id.
    pub fact: String,
    /// Its claim kind ([`claim_kind`]).
    pub kind: String,
    /// The bank's questions that rest on it.
    pub questions: Vec<&'q Question>,
    /// Why it yields none; empty when it yields some.
    pub why: Vec<String>,
}

/// Every fact of `pack` in file order with the questions of `bank` (the pack's questions) that rest on it.
pub fn explain<'q>(pack: &Pack, bank: &'q [Question]) -> Vec<Explained<'q>> {
    let g = Gen::new(pack);
    let asked = Asked::new(bank);
    let mut resting: BTreeMap<&str, Vec<&'q Question>> = BTreeMap::new();
    for q in bank {
        let mut facts: Vec<&str> = q.facts.iter().map(String::as_str).collect();
        facts.sort_unstable();
        facts.dedup();
        for f in facts {
            resting.entry(f).or_default().push(q);
        }
    }
    pack.sheet
        .facts
        .iter()
        .map(|f| {
            let questions = resting.get(f.id.as_str()).cloned().unwrap_or_default();
            let why = if questions.is_empty() { why_no_question(&g, f, &asked) } else { Vec::new() };
            Explained { fact: f.id.clone(), kind: claim_kind(&f.claim), questions, why }
        })
        .collect()
}

/// The claim's kind as the sheet writes it: `Meeting`, `Summit`, `Event`.
pub fn claim_kind(claim: &Claim) -> String {
    let debug = format!("{claim:?}");
    debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::bank;

    const ARTICLE: &str = "The three leaders met at Camp David in Maryland on August 18.\n\nBiden met Yoon there. \
                           Biden met Kishida there.\n\nThe two countries will hold 3 drills.\n\nHe hosted the summit.\n\n\
                           Yoon attended.\n\nTalks went on for a long time after the leaders had all arrived there.";

    fn pack(entities: &str, facts: &str) -> Pack {
        Pack::from_sources("t.ron", &sheet(entities, facts), ARTICLE, None).expect("the test sheet is valid")
    }

    fn sheet(entities: &str, facts: &str) -> String {
        format!(
            "(version: 2, id: \"t\", title: \"T\", source: \"s\", article: \"a.txt\", topics: [(id: \"d\", name: \
             \"D\")], entities: [{entities}], facts: [{facts}])"
        )
    }

    /// The `NoQuestion` message of the one barren fact of a sheet.
    fn barren(facts: &str) -> String {
        let problems = match crate::generate::Bank::from_sources("t.ron", &sheet(PEOPLE, facts), ARTICLE, None) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems,
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].kind, ProblemKind::NoQuestion);
        problems[0].message.clone()
    }

    #[test]
    fn a_fact_that_repeats_another_is_told_so_not_to_name_an_entity() {
        let one = r#"(id: "a", topics: ["d"], evidence: "He hosted the summit.", claim: Statement(speaker: "biden", said: "hosted the summit")),"#;
        let message = barren(&format!("{one}{}", one.replace("\"a\"", "\"b\"")));
        assert!(message.starts_with("fact \"b\" yields no question: every question it makes is already asked from fact \"a\" (“Who hosted the summit?”)"), "{message}");
    }

    #[test]
    fn an_alias_in_evidence_too_short_to_blank_is_named_with_the_condition() {
        let facts = r#"(id: "came", topics: ["d"], evidence: "Yoon attended.", claim: Event(what: "the arrival", who: ["yoon"])),"#;
        let message = barren(facts);
        assert!(message.contains("an Event with neither `place` nor `date` only says that it happened, so it makes no true/false statement"), "{message}");
        assert!(message.contains("not exactly two parties in `who`, there is no slot to ask"), "{message}");
        assert!(
            message.contains("the evidence names Yoon, an alias of yoon (the `who`), but blanking it"),
            "{message}"
        );
        assert!(message.contains("leaves fewer than three words around the blank"), "{message}");
    }

    #[test]
    fn a_clause_for_a_name_and_evidence_naming_no_entity_are_each_named() {
        let facts = r#"(id: "talks", topics: ["d"], evidence: "Talks went on for a long time after the leaders had all arrived there.", claim: Event(what: "talks which went on for a long time", who: ["kishida"])),"#;
        let message = barren(facts);
        assert!(
            message.contains("its `what` (“talks which went on for a long time”) is a clause, not a name"),
            "{message}"
        );
        assert!(message.contains("a fill-in-the-blank needs the evidence to name one of the fact's entities as the sheet spells it, and it names none of “Fumio Kishida” or “Kishida” (`who`)"), "{message}");
        let none = r#"(id: "talks", topics: ["d"], evidence: "Talks went on for a long time", claim: Event(what: "the talks")),"#;
        assert!(barren(none).contains("an Event that names no entity has nothing to blank in its evidence"));
    }

    const PEOPLE: &str = r#"(id: "biden", kind: Person, name: "Joe Biden", aliases: ["Biden"]),
        (id: "yoon", kind: Person, name: "Yoon Suk Yeol", aliases: ["Yoon"]),
        (id: "kishida", kind: Person, name: "Fumio Kishida", aliases: ["Kishida"]),
        (id: "camp-david", kind: Place, name: "Camp David", within: "maryland"),
        (id: "maryland", kind: Place, name: "Maryland"),"#;

    #[test]
    fn two_meetings_of_one_summit_have_the_same_stem_and_different_keys() {
        let facts = r#"(id: "a", topics: ["d"], evidence: "Biden met Yoon there.", claim: Meeting(who: "biden", whom: "yoon")),
            (id: "b", topics: ["d"], evidence: "Biden met Kishida there.", claim: Meeting(who: "biden", whom: "kishida")),"#;
        let p = pack(PEOPLE, facts);
        let found = audit(&p, &bank(&p));
        let conflicts: Vec<&Finding> = found.iter().filter(|f| f.kind == ProblemKind::ConflictingKeys).collect();
        assert!(!conflicts.is_empty(), "{found:?}");
        assert_eq!(conflicts[0].fact, "b");
        assert!(conflicts[0].refuses);
        assert!(conflicts[0].message.contains("Whom did Joe Biden meet?"), "{}", conflicts[0].message);
    }

    #[test]
    fn an_answer_the_evidence_never_names_is_warned_about() {
        let facts = r#"(id: "h", topics: ["d"], evidence: "He hosted the summit.", claim: Statement(speaker: "biden", said: "hosted the summit")),"#;
        let p = pack(PEOPLE, facts);
        let found = audit(&p, &bank(&p));
        let missing: Vec<&Finding> = found.iter().filter(|f| f.kind == ProblemKind::AnswerNotInEvidence).collect();
        assert_eq!(missing.len(), 1, "{found:?}");
        assert!(!missing[0].refuses);
        assert!(missing[0].message.starts_with("warning: question h.short.subject"), "{}", missing[0].message);
        assert!(missing[0].message.contains("\u{201c}Biden\u{201d}"), "{}", missing[0].message);
        // Named by an alias, a number in digits: no finding.
        assert!(states_answer(&p, "Biden met Yoon there.", &Val::Ent("biden".into())));
        assert!(states_answer(&p, "will hold 3 drills", &Val::Num(3.0)));
        assert!(states_answer(&p, "will hold three drills", &Val::Num(3.0)));
        assert!(states_answer(&p, "will hold 1,500 drills", &Val::Num(1500.0)));
        assert!(!states_answer(&p, "will hold drills", &Val::Num(3.0)));
        assert!(states_answer(&p, "after an 11-year lull", &Val::Num(11.0)));
        assert!(states_answer(&p, "a turnout rate of 58%.", &Val::Num(58.0)));
        assert!(states_answer(&p, "a turnout of around 2 million voters", &Val::Num(2_000_000.0)));
        assert!(states_answer(&p, "was turned around twice", &Val::Num(2.0)));
        assert!(states_answer(&p, "No injuries were reported", &Val::Num(0.0)));
        // A version-2 date as the article writes it: "annually" states "every year", "in 2023" no month.
        let yearly = When::parse("every year").expect("a recurrence");
        assert!(states_answer(&p, "They meet annually.", &Val::When(yearly.clone())));
        assert!(!states_answer(&p, "They met this year.", &Val::When(yearly)));
        let march = When::parse("March 2023").expect("a month");
        assert!(states_answer(&p, "They met in March 2023.", &Val::When(march.clone())));
        assert!(!states_answer(&p, "They met in 2023.", &Val::When(march)));
    }

    #[test]
    fn a_false_statement_true_by_containment_refuses_the_pack() {
        let facts = r#"(id: "s", topics: ["d"], evidence: "The three leaders met at Camp David in Maryland on August 18.", claim: Summit(participants: ["biden", "yoon", "kishida"], place: "camp-david", date: "August 18")),"#;
        let p = pack(PEOPLE, facts);
        let clean = audit(&p, &bank(&p));
        assert!(clean.iter().all(|f| f.kind != ProblemKind::TrueByContainment), "{clean:?}");
        // A generator that swapped Maryland in for Camp David would key a true sentence False.
        let lie = crate::generate::question(
            "s.tf.false".into(),
            QuestionKind::Tf,
            "Joe Biden, Yoon Suk Yeol and Fumio Kishida met in Maryland on August 18.".into(),
            Body::TrueFalse { answer: false },
            &[p.fact("s").expect("fact s")],
        );
        let found = audit(&p, &[lie]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, ProblemKind::TrueByContainment);
        assert!(found[0].refuses);
        assert!(found[0].message.contains("Camp David lies within Maryland"), "{}", found[0].message);
        assert!(contains(&p, "maryland", "camp-david") && !contains(&p, "camp-david", "maryland"));
    }

    #[test]
    fn a_place_two_levels_within_or_around_is_found_in_either_direction() {
        let entities = r#"(id: "biden", kind: Person, name: "Joe Biden"), (id: "yoon", kind: Person, name: "Yoon Suk Yeol"),
            (id: "kishida", kind: Person, name: "Fumio Kishida"),
            (id: "camp-david", kind: Place, name: "Camp David", within: "maryland"),
            (id: "maryland", kind: Place, name: "Maryland", within: "us"),
            (id: "us", kind: Country, name: "the United States"), (id: "seoul", kind: City, name: "Seoul"),
            (id: "lodge", kind: Place, name: "Aspen Lodge", within: "camp-david"),"#;
        let summit = |place: &str| {
            format!(
                r#"(id: "s", topics: ["d"], evidence: "The three leaders met at Camp David in Maryland on August 18.", claim: Summit(participants: ["biden", "yoon", "kishida"], place: "{place}", date: "August 18")),"#
            )
        };
        let lie = |p: &Pack, place: &str| {
            crate::generate::question(
                "s.tf.false".into(),
                QuestionKind::Tf,
                format!("Joe Biden, Yoon Suk Yeol and Fumio Kishida met in {place} on August 18."),
                Body::TrueFalse { answer: false },
                &[p.fact("s").expect("fact s")],
            )
        };
        // Camp David's fact, the United States (two levels around it) swapped in.
        let p = pack(entities, &summit("camp-david"));
        let found = audit(&p, &[lie(&p, "the United States")]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("Camp David lies within the United States"), "{}", found[0].message);
        // Maryland's fact, Aspen Lodge (two levels within it) swapped in.
        let p = pack(entities, &summit("maryland"));
        let found = audit(&p, &[lie(&p, "Aspen Lodge")]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("Aspen Lodge lies within Maryland"), "{}", found[0].message);
        // A place nested with neither is a fair false statement.
        assert!(audit(&p, &[lie(&p, "Seoul")]).is_empty());
    }
}

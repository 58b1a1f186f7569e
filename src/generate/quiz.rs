//! Seeded quizzes: a pick from the bank by count, kinds, topics and facts, with a good mix of kinds,
//! no two questions on the same fact while unused facts remain, never a fact asked on its own twice (a
//! short pack gives a shorter quiz), answers spread across entities, and options shuffled by the seed.

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::{is_metadata, is_metadata_topic, shuffle_tracked};
use crate::question::{Body, Expected, Question, QuestionKind};
use crate::text::fold;

/// What a quiz is drawn with. Empty filters mean "all".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizSettings {
    /// The seed: the same bank, seed and settings always give the same quiz.
    pub seed: u64,
    /// How many questions at most.
    pub count: usize,
    /// Question kinds to draw from.
    pub kinds: Vec<QuestionKind>,
    /// Topic ids; a question qualifies if any of its topics is listed.
    pub topics: Vec<String>,
    /// Fact ids; a question qualifies if it rests on any of them.
    pub facts: Vec<String>,
}

impl Default for QuizSettings {
    fn default() -> Self {
        Self { seed: 1, count: 10, kinds: Vec::new(), topics: Vec::new(), facts: Vec::new() }
    }
}

impl QuizSettings {
    /// Whether `q` passes the kind, topic and fact filters. A metadata question (the byline, the photo
    /// credit: every topic of it is a metadata topic, see [`is_metadata`]) is admitted only when asked for:
    /// one of its topics is listed, or one of its facts is.
    pub fn admits(&self, q: &Question) -> bool {
        let asked_for = q.topics.iter().any(|t| is_metadata_topic(t) && self.topics.contains(t))
            || q.facts.iter().any(|f| self.facts.contains(f));
        (asked_for || !is_metadata(&q.topics))
            && (self.kinds.is_empty() || self.kinds.contains(&q.kind))
            && (self.topics.is_empty() || q.topics.iter().any(|t| self.topics.contains(t)))
            && (self.facts.is_empty() || q.facts.iter().any(|f| self.facts.contains(f)))
    }
}

/// How far the seed may move a question's rank, in score points: enough that seeds give different quizzes,
/// little enough that a clearly better question still comes first.
const JITTER: f64 = 0.25;

/// Draws a quiz from `bank` with every question ranked the same ([`quiz_ranked`] without scores).
pub fn quiz(bank: &[Question], settings: &QuizSettings) -> Vec<Question> {
    quiz_ranked(bank, &[], settings)
}

/// Draws a quiz from `bank`, whose questions have the scores `quality` (same order; a question without a
/// score counts as 0.5). Kinds take turns in a seeded order so the quiz is mixed (each kind's first turn
/// always takes a question); within a kind, better questions come first (the score plus a seeded nudge of at
/// most [`JITTER`]); after its first turn, a question whose facts were all asked already waits until no
/// fresh fact is left, so the facts stay covered. Facts resting on the same evidence (one's evidence holds
/// the other's) count as one fact for that rule ([`fact_groups`]). Once an answer (any of its
/// [`answer_forms`]) was given [`answer_cap`] times, a question with that answer waits while questions on
/// fresh facts with other answers remain, and behind fresh answers on facts asked so far only inside a
/// matching or a timeline; given more than that, behind those facts with any answer (a fresh fact of it is
/// still asked as a statement, whose answer is no one's). So the answers spread across the article's
/// entities. Once fresh
/// facts run out, a fact asked so far only inside a matching or a timeline may be asked on its own.
/// True/false statements take turns at being true and false, the seed choosing the first: a statement whose
/// key leads by one waits for the ideal questions of its rank, and one key never leads by more than
/// [`MAX_LEAD`] (a quiz of a pack short of false versions has fewer statements).
///
/// A quiz never asks again a fact already asked on its own (by evidence group), and never takes a question
/// that [gives away](gives_away) the answer of one already drawn, or whose answer one already drawn
/// states: it takes questions of ranks 0 to [`WORST_RANK`] only, and once none is left it ends, shorter
/// than `settings.count` ([`supported`] says how long it can be).
pub fn quiz_ranked(bank: &[Question], quality: &[f64], settings: &QuizSettings) -> Vec<Question> {
    QuizIndex::new(bank, quality).quiz(settings)
}

/// How many questions a quiz of `bank` (with the scores `quality`) drawn with `settings` can have without
/// asking a fact twice or giving a question away: the length of [`quiz_ranked`]'s draw were
/// `settings.count` no limit (the count still sets how often an answer may come back first,
/// [`answer_cap`], so it is passed as asked). A quiz of `settings` has `settings.count.min(supported(…))`
/// questions; the CLI says so when it is fewer than asked, and the app's setup screen offers no more.
pub fn supported(bank: &[Question], quality: &[f64], settings: &QuizSettings) -> usize {
    QuizIndex::new(bank, quality).supported(settings)
}

/// The worst rank a quiz takes (see [`quiz_ranked`]'s ranks): 3, a fact not yet asked on its own. Rank 4
/// asks again a fact asked on its own, 5 asks it where one question answers the other, 6 gives a question
/// away (or repeats an ask, or a matching's pair): a teacher would rather hand out a shorter quiz.
pub const WORST_RANK: u8 = 3;

/// Everything a quiz draw needs that depends on the bank alone, not on the seed or the settings, worked out
/// once: each question's fact groups ([`fact_groups`]) and answer forms ([`answer_forms`]) as numbers,
/// whether it is metadata, the questions of each kind, the fact and slot it asks, and what it shows and
/// answers ([`Probe`]) as sequences of word numbers (a folded text padded with spaces contains `" f "`
/// exactly when its words hold `f`'s words in a row). Which questions a question rules out once drawn (it
/// gives them away or they give it away, it asks their ask, it shows their answer) is worked out the first
/// time it is drawn, against every question of the bank, and kept: the quizzes of one index compare each
/// pair of questions at most once, and a quiz of `n` questions costs `n` such rows at most.
///
/// Rule kept: [`QuizIndex::quiz`] and [`QuizIndex::supported`] give exactly what [`quiz_ranked`] and
/// [`supported`] give for the same bank, scores and settings (those two build an index for one draw); a
/// face that draws many quizzes of one bank builds one index beside the scores and draws from it. An index
/// borrows its bank ([`QuizIndex::new`]) or shares it ([`QuizIndex::shared`], a `QuizIndex<'static>` a
/// face keeps beside a loaded pack for as long as the pack is loaded); both draw alike.
pub struct QuizIndex<'a> {
    /// The bank the index was built from.
    bank: Held<'a, Question>,
    /// The questions' scores (same order; a missing one counts as 0.5).
    quality: Held<'a, f64>,
    /// Per question: its facts' group numbers, in the order of its facts.
    keys: Vec<Vec<u32>>,
    /// How many fact-group numbers there are.
    groups: usize,
    /// Per question: the entity its answer names, as a number ([`answer_entities`]); empty when none.
    forms: Vec<Vec<u32>>,
    /// How many answer entities there are.
    form_count: usize,
    /// Per question: whether it is metadata ([`is_metadata`]).
    metadata: Vec<bool>,
    /// Per question, per topic: whether the topic is a metadata topic ([`is_metadata_topic`]).
    metadata_topics: Vec<Vec<bool>>,
    /// The questions of each kind of [`QuestionKind::ALL`] (same order), in bank order.
    by_kind: Vec<Vec<usize>>,
    /// Per question: its [`Probe`] in word numbers.
    probes: Vec<Words>,
    /// Per question: the fact and slot it asks ([`ask_of`]), as word numbers. Two questions of one ask (in
    /// different kinds) are never both in a quiz while it has other questions.
    asks: Vec<Option<(u32, u32)>>,
    /// Per question, once it was first drawn: the questions it rules out ([`Row`]).
    rows: Vec<OnceLock<Row>>,
}

/// A slice an index borrows or shares.
enum Held<'a, T> {
    Borrowed(&'a [T]),
    Shared(Arc<[T]>),
}

impl<T> Deref for Held<'_, T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match self {
            Held::Borrowed(s) => s,
            Held::Shared(s) => s,
        }
    }
}

impl std::fmt::Debug for QuizIndex<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuizIndex").field("questions", &self.bank.len()).finish_non_exhaustive()
    }
}

thread_local! {
    static BUILT: Cell<u64> = const { Cell::new(0) };
}

/// How many quiz indexes ([`QuizIndex::new`], [`QuizIndex::shared`]) were built on this thread so far: tests
/// count them to show a face builds one per loaded pack, not one per frame or per quiz. Rule kept: nothing
/// reads it but tests and benchmarks.
pub fn indexes_built() -> u64 {
    BUILT.with(Cell::get)
}

/// The questions one drawn question rules out, as bit sets over the bank's questions.
struct Row {
    /// Rank 6 beside it: one gives the other away, they ask one fact's slot, they are near-identical
    /// matchings or timelines, or a matching pairs what the other asks.
    away: Vec<u64>,
    /// Rank 5 beside it (and not rank 6): one fact asked twice where one question answers the other
    /// ([`QuizIndex::same_fact_shown`]).
    shown: Vec<u64>,
}

/// Whether bit `i` of `bits` is set.
fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// Word numbers: each distinct word (a run of characters between single spaces) gets the next number.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    /// The number of `word`.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(word.to_string(), id);
        id
    }

    /// The words of a folded text, split at every single space (so `" f "` is in `" t "` exactly when
    /// `words(f)` is a run of `words(t)`).
    fn words(&mut self, folded: &str) -> Vec<u32> {
        folded.split(' ').map(|w| self.id(w)).collect()
    }

    /// [`Self::words`] of a text padded with one space at each end (as [`shown_text`] pads).
    fn padded(&mut self, padded: &str) -> Vec<u32> {
        let inner = padded.strip_prefix(' ').and_then(|t| t.strip_suffix(' ')).unwrap_or(padded);
        self.words(inner)
    }
}

/// Whether `needle`'s words stand in a row in `hay`.
fn has_run(hay: &[u32], needle: &[u32]) -> bool {
    let Some((&first, rest)) = needle.split_first() else { return true };
    if hay.len() < needle.len() {
        return false;
    }
    (0..=hay.len() - needle.len()).any(|at| hay[at] == first && hay[at + 1..at + needle.len()] == *rest)
}

/// A [`Probe`] in word numbers: the same tests, on numbers instead of text.
struct Words {
    shown: Vec<u32>,
    shown_all: Vec<u32>,
    /// Whether the question is a matching with pairs (then only [`Self::pairs`] count).
    matching: bool,
    /// The matching's pairs whose both sides have three letters or more (the others never count).
    pairs: Vec<(Vec<u32>, Vec<u32>)>,
    forms: Vec<Vec<u32>>,
    content: Vec<u32>,
    phrases: Vec<Vec<u32>>,
    short: Vec<Vec<u32>>,
    answer_ids: Vec<u32>,
    said: Vec<u32>,
    /// Each matched name followed by each of [`OF_NAME`]: the openings of a statement of what it is.
    openers: Vec<Vec<u32>>,
    roles: Vec<Vec<u32>>,
    evidence: Vec<Vec<u32>>,
    leads: Vec<Vec<u32>>,
    /// The distinctive words of the prompt ([`Rarity::distinctive`]), sorted: what says which fact it asks.
    distinct: Vec<u32>,
    /// What the question states, each as words: its prompt, each pair of a matching (a name with what it
    /// is paired with), each item of a timeline. A multiple choice's options state nothing.
    statements: Vec<Vec<u32>>,
    /// Whether its answer is a number (two equal counts ask nothing twice).
    number: bool,
    /// [`Probe::held_role`].
    held_role: Option<Vec<u32>>,
    /// The words of the prompt and of the evidence, sorted: what the question asks and rests on.
    told: Vec<u32>,
    /// The prompt's uncommon words, function words of four letters or more kept ("both", "however"): what
    /// two prompts of one answer share when they ask one relation twice ([`QuizIndex::one_relation_twice`]).
    plain: Vec<u32>,
    /// The two words before the prompt's answer slot (its blank, or its question word), when it has two
    /// ([`slot_lead`]).
    slot_lead: Option<(u32, u32)>,
    /// Of a true/false statement, each number it writes as the word before it and the word after it
    /// ("within" and "hours" of "… within 24 hours"): a prompt writing a number in that frame tells the
    /// statement true or false ([`number_frames`]).
    tf_frames: Vec<(u32, u32)>,
    /// Each number the question shows in its statements, as the word before it and the word after it.
    frames: Vec<(u32, u32)>,
    /// When the answer is a day or a date ("Thursday", "August 20"), that day folded ([`date_key`]).
    date: Option<String>,
    /// Each answer form after "according to" (when the prompt asks who said or reported something): a
    /// prompt opening "According to KCNA, …" names the source "Which news outlet called …?" asks for.
    sourced: Vec<Vec<u32>>,
    /// [`Self::plain`] stemmed ([`stem`]), sorted: "loudspeaker" of "loudspeakers", "fire" of "fired".
    stems: Vec<u32>,
    /// Each of [`Self::statements`] as its set of stemmed words, sorted.
    stated_stems: Vec<Vec<u32>>,
    /// The first three words of a question's prompt, folded, unless it is a blank's: "which news outlet".
    opening: Option<[u32; 3]>,
}

impl Words {
    fn of(p: &Probe, w: &mut Interner) -> Self {
        Self {
            shown: w.padded(&p.shown),
            shown_all: w.padded(&p.shown_all),
            matching: !p.pairs.is_empty(),
            pairs: p
                .pairs
                .iter()
                .filter(|(l, r)| l.len() >= 3 && r.len() >= 3)
                .map(|(l, r)| (w.words(l), w.words(r)))
                .collect(),
            forms: p.forms.iter().map(|f| w.words(f)).collect(),
            content: p.content.iter().map(|c| w.id(c)).collect(),
            phrases: p.phrases.iter().filter(|f| !f.is_empty()).map(|f| w.words(f)).collect(),
            short: p.short.iter().map(|f| w.words(f)).collect(),
            answer_ids: p.answer_words.iter().map(|a| w.id(a)).collect(),
            said: p.said.iter().map(|a| w.id(a)).collect(),
            openers: p
                .named
                .iter()
                .flat_map(|l| OF_NAME.iter().map(move |v| format!("{l} {v}")))
                .map(|o| w.words(&o))
                .collect(),
            roles: p.roles.iter().map(|r| w.words(r)).collect(),
            evidence: p.evidence.iter().map(|e| w.words(e)).collect(),
            leads: p.leads.iter().map(|l| w.words(l)).collect(),
            distinct: Vec::new(),
            told: Vec::new(),
            statements: Vec::new(),
            plain: Vec::new(),
            slot_lead: None,
            tf_frames: Vec::new(),
            frames: Vec::new(),
            date: None,
            sourced: if asks_source(&p.shown) {
                p.forms
                    .iter()
                    .flat_map(|f| {
                        std::iter::once(format!("according to {f}"))
                            .chain(SPEECH_VERBS.iter().map(move |v| format!("{f} {v}")))
                    })
                    .map(|s| w.words(&s))
                    .collect()
            } else {
                Vec::new()
            },
            stems: Vec::new(),
            stated_stems: Vec::new(),
            opening: None,
            number: false,
            held_role: p.held_role.as_ref().map(|r| w.words(r)),
        }
    }

    /// Whether one statement of `other` (its prompt, a matching's pair, a timeline's item) shows this
    /// question's answer beside [`MIN_DISTINCT`] or more of the distinctive words of its prompt: a statement
    /// "China and Japan … Lee …" beside "Which country …?" whose answer it names with what that question
    /// asks about.
    fn shown_with_its_words(&self, other: &Words) -> bool {
        other.statements.iter().any(|shown| {
            self.forms.iter().chain(&self.short).any(|f| has_run(shown, f))
                && self.distinct.iter().filter(|w| shown.contains(w)).count() >= MIN_DISTINCT
        })
    }

    /// Whether this question and `other` have one answer and ask one relation: the distinctive words of one
    /// prompt ([`MIN_DISTINCT`] or more) are words of what the other asks or rests on. "Which city has
    /// branded Japanese statements on Taiwan an 'act of aggression'?" and "With whom did Sanae Takaichi have
    /// the dispute over the Taiwan statements?" are both Beijing: whoever reads the one knows the other.
    fn same_answer_same_relation(&self, other: &Words) -> bool {
        if self.number || other.number || !self.forms.iter().any(|f| other.forms.contains(f)) {
            return false;
        }
        let shared = |a: &Words, b: &Words| a.distinct.iter().filter(|w| b.told.binary_search(w).is_ok()).count();
        shared(self, other) >= MIN_DISTINCT || shared(other, self) >= MIN_DISTINCT
    }

    /// Whether one statement of `other` (its prompt, a matching's pair, a timeline's item) shows this
    /// question's answer, a number's digits too, beside [`MIN_DISTINCT`] or more of this prompt's
    /// plain words ([`Words::plain`]): "… if the enemy does not stop the propaganda broadcast within 48 hours
    /// …" beside "Within how many hours did North Korea state it would respond if the broadcasts do not
    /// stop?"; a matching's "Lee Jae Myung → has shown it is possible to attempt friendly relations with
    /// both" beside "Who signals … an attempt to improve relations with both …?". Unlike
    /// [`Self::shown_with_its_words`], a word counts however many facts hold it, unless a quarter of the
    /// bank's prompts say it or it is a word of an answer's name; "both" and "however" count ("Who highlighted
    /// that Lee's visit helped improve both security and economic relations …?" beside "However, _____'s
    /// visits signal an attempt to improve relations with both …").
    fn restated_by(&self, other: &Words) -> bool {
        other.statements.iter().any(|shown| {
            self.forms.iter().chain(&self.short).any(|f| has_run(shown, f))
                && self.plain.iter().filter(|w| shown.contains(w)).count() >= MIN_DISTINCT
        })
    }

    /// Whether a pair of this matching tells `other`'s sentence: its right side (five words or more) stands
    /// whole in one of `other`'s evidence quotes and the pair shows `other`'s answer ("Lee Jae Myung → has
    /// shown that it is at least possible to attempt to cultivate friendly relations with both neighbours"
    /// beside the blank "However, _____ has shown that it is …").
    fn pair_tells(&self, other: &Words) -> bool {
        self.pairs.iter().any(|(l, r)| {
            r.len() >= 5
                && other.evidence.iter().any(|e| has_run(e, r))
                && other.forms.iter().chain(&other.short).any(|f| has_run(l, f) || has_run(r, f))
        })
    }

    /// Whether this question and `other` have one answer and the same two words before their answer slots:
    /// "Relations between South Korea, China, and _____ are complex." and "Relations among South Korea, China
    /// and which country are generally good on trade?" (both Japan) ask one frame twice.
    fn same_answer_same_frame(&self, other: &Words) -> bool {
        self.slot_lead.is_some()
            && self.slot_lead == other.slot_lead
            && self.forms.iter().any(|f| other.forms.contains(f))
    }

    /// [`Probe::given_away_by`].
    fn given_away_by(&self, shown: &[u32]) -> bool {
        if self.matching {
            return self.pairs.iter().any(|(l, r)| has_run(shown, l) && has_run(shown, r));
        }
        if !self.forms.iter().any(|f| has_run(shown, f)) {
            return false;
        }
        let found = self.content.iter().filter(|w| shown.contains(w)).count();
        !self.content.is_empty() && found * 5 >= self.content.len() * 3
    }

    /// [`Probe::given_away_by_question`].
    fn given_away_by_question(&self, other: &Words) -> bool {
        self.given_away_by(&other.shown)
            || self.phrases.iter().any(|f| has_run(&other.shown_all, f))
            || self.retold_by(other)
            || self.role_told_by(other)
            || self.evidence.iter().chain(&self.leads).any(|e| has_run(&other.shown, e))
            || self.held_role.as_ref().is_some_and(|r| has_run(&other.shown, r))
    }

    /// [`Probe::retold_by`].
    fn retold_by(&self, other: &Words) -> bool {
        if !self.forms.iter().any(|f| has_run(&other.shown, f)) {
            return false;
        }
        let said = other.said.iter().filter(|w| !self.answer_ids.contains(w));
        let (mut count, mut shared) = (0, 0);
        for w in said {
            count += 1;
            shared += usize::from(self.content.contains(w));
        }
        count >= MIN_RETOLD && shared * 5 >= count * 3
    }

    /// [`Probe::role_told_by`].
    fn role_told_by(&self, other: &Words) -> bool {
        !other.matching
            && (self.openers.iter().any(|o| other.shown.starts_with(o))
                || self.roles.iter().any(|r| has_run(&other.shown, r)))
    }

    /// Whether `other` shows a number in the frame of one of this statement's numbers: "within 48 hours"
    /// beside the statement "… within 24 hours" (False) contradicts it, and beside "… within 48 hours"
    /// (True) confirms it.
    fn number_told_by(&self, other: &Words) -> bool {
        self.tf_frames.iter().any(|f| other.frames.contains(f))
    }

    /// Whether this question and `other` both ask one day: "On which day did the exchange of artillery fire
    /// take place?" and "On which day did the artillery fire at the loudspeaker take place?" (both
    /// Thursday) ask it twice, and whoever answers one has the other.
    fn same_date(&self, other: &Words) -> bool {
        self.date.is_some() && self.date == other.date
    }

    /// Whether `other`'s prompt names this question's answer as its source ("According to KCNA, …" or
    /// "Korean Central News Agency called …" beside "Which news outlet called the South Korean military a
    /// 'puppet military'?").
    fn source_named_by(&self, other: &Words) -> bool {
        self.sourced.iter().any(|s| has_run(&other.shown, s))
    }

    /// [`Self::restated_by`] with words compared by their stems: "South Korea retaliated by firing dozens
    /// of rounds of artillery" beside "The report comes after North and _____ exchanged artillery fire
    /// yesterday." (South Korea).
    fn restated_by_stems(&self, other: &Words) -> bool {
        other.statements.iter().zip(&other.stated_stems).any(|(shown, stems)| {
            self.forms.iter().chain(&self.short).any(|f| has_run(shown, f))
                && self.stems.iter().filter(|w| stems.binary_search(w).is_ok()).count() >= MIN_DISTINCT
        })
    }

    /// Whether a pair of this matching ties `other`'s answer to something `other`'s prompt writes: "Najib
    /// Razak → Malaysia" beside "Who said Malaysia shares with all relevant parties the desire to find a
    /// solution …?", "Fuad Basya → Indonesia" beside "_____ also believes … sent away from Indonesia
    /// waters".
    fn pair_ties(&self, other: &Words) -> bool {
        !other.matching
            && self.pairs.iter().any(|(l, r)| {
                other.forms.iter().any(|f| has_run(l, f))
                    && !other.forms.iter().any(|f| has_run(r, f))
                    && has_run(&other.shown, r)
            })
    }

    /// Whether this question and `other` have one answer and open with the same three words: "Which news
    /// outlet called …?" and "Which news outlet accused …?" (both KCNA) ask one thing of one source twice.
    fn same_answer_same_opening(&self, other: &Words) -> bool {
        self.opening.is_some() && self.opening == other.opening && self.forms.iter().any(|f| other.forms.contains(f))
    }

    /// [`Probe::answer_in`].
    fn answer_in(&self, shown: &[u32]) -> bool {
        self.forms.iter().chain(&self.short).any(|f| has_run(shown, f))
    }
}

/// Per question, its facts' groups ([`fact_groups`]) as numbers, and how many numbers there are: a group
/// is numbered by its first fact's place among the facts with evidence; a fact no question gives evidence
/// for is a group of its own. Evidence is compared as words, the same test as [`fact_groups`]'s.
fn group_numbers(bank: &[Question], words: &mut Interner) -> (Vec<Vec<u32>>, usize) {
    let mut place: HashMap<&str, usize> = HashMap::new();
    let mut evidence: Vec<(usize, Vec<u32>)> = Vec::new();
    for q in bank {
        for (f, e) in q.facts.iter().zip(&q.evidence) {
            if !place.contains_key(f.as_str()) {
                place.insert(f.as_str(), evidence.len());
                let folded = fold(e);
                evidence.push((folded.len(), words.words(&folded)));
            }
        }
    }
    let mut group: Vec<u32> = Vec::with_capacity(evidence.len());
    for (i, (len, e)) in evidence.iter().enumerate() {
        let head = if *len >= MIN_SHARED {
            evidence[..i].iter().position(|(_, other)| has_run(other, e) || has_run(e, other)).map(|j| group[j])
        } else {
            None
        };
        group.push(head.unwrap_or(i as u32));
    }
    let mut alone: HashMap<&str, u32> = HashMap::new();
    let mut count = evidence.len();
    let keys = bank
        .iter()
        .map(|q| {
            q.facts
                .iter()
                .map(|f| match place.get(f.as_str()) {
                    Some(&i) => group[i],
                    None => *alone.entry(f.as_str()).or_insert_with(|| {
                        count += 1;
                        (count - 1) as u32
                    }),
                })
                .collect()
        })
        .collect();
    (keys, count)
}

/// Per question, the number of the entity its answer names ([`answer_forms`], folded), and how many numbers
/// there are: forms a typed question accepts together ("Lee", "Lee Jae Myung", "President Lee") are one
/// entity, and so is an option spelt as one of them, so a quiz counts "Lee" in a blank and "Lee Jae Myung"
/// as an option as one answer given twice. Empty for questions without one answer.
fn answer_entities(bank: &[Question]) -> (Vec<Vec<u32>>, usize) {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut parent: Vec<usize> = Vec::new();
    let per_question: Vec<Vec<usize>> = bank
        .iter()
        .map(|q| {
            let mut mine: Vec<usize> = Vec::new();
            for form in answer_forms(q) {
                let folded = fold(form);
                if folded.is_empty() {
                    continue;
                }
                let next = parent.len();
                let id = *ids.entry(folded).or_insert(next);
                if id == next {
                    parent.push(next);
                }
                mine.push(id);
            }
            if let Some((&first, rest)) = mine.split_first() {
                for &other in rest {
                    let (a, b) = (root(&mut parent, first), root(&mut parent, other));
                    parent[b] = a;
                }
            }
            mine
        })
        .collect();
    let mut numbers: HashMap<usize, u32> = HashMap::new();
    let forms = per_question
        .into_iter()
        .map(|mine| {
            let mut out: Vec<u32> = mine
                .into_iter()
                .map(|i| {
                    let r = root(&mut parent, i);
                    let next = numbers.len() as u32;
                    *numbers.entry(r).or_insert(next)
                })
                .collect();
            out.dedup();
            out
        })
        .collect();
    (forms, numbers.len())
}

/// Whether one of `a` and `b` shows the other's answer (any form, a number's digits too) in a statement
/// while their evidence holds one quote: "_____ reportedly saved 200 more after they were found swimming
/// along the coast of Aceh, Indonesia." beside "Where did the rescue of the swimmers take place?".
fn one_sentence_shown(a: &Words, b: &Words) -> bool {
    let one = a.evidence.iter().any(|e| b.evidence.iter().any(|f| has_run(e, f) || has_run(f, e)));
    one && shows_answer(a, b)
}

/// Whether a statement of `a` shows `b`'s answer or one of `b` shows `a`'s (any form, a number's digits
/// too).
fn shows_answer(a: &Words, b: &Words) -> bool {
    a.statements.iter().any(|s| b.answer_in(s)) || b.statements.iter().any(|s| a.answer_in(s))
}

/// Each number written in `words` (a word of digits) as the word before it and the word after it, when the
/// word after is a word of letters other than a function word: "within 48 hours" gives ("within",
/// "hours"); "posts 542 and 543" gives nothing.
fn number_frames(words: &[u32], text: &[&str]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for at in 1..text.len().saturating_sub(1) {
        let after = text[at + 1];
        if text[at].chars().all(|c| c.is_ascii_digit())
            && !text[at].is_empty()
            && after.len() >= 3
            && after.chars().all(char::is_alphabetic)
            && !FUNCTION_WORDS.contains(&after)
        {
            out.push((words[at - 1], words[at + 1]));
        }
    }
    out
}

/// The day an answer names, folded, when it is a day or a date: its weekday ("thursday" of "on Thursday"),
/// else its month with the number beside it ("august 20" of "20 August" or "August 20").
fn date_key(answer: &str) -> Option<String> {
    let folded = fold(answer);
    let words: Vec<&str> = folded.split(' ').collect();
    if words.len() > 4 {
        return None;
    }
    if let Some(day) = words.iter().find(|w| crate::pack::when::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))) {
        return Some((*day).to_string());
    }
    let month = words.iter().position(|w| crate::pack::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w)))?;
    let day = [month.checked_sub(1), Some(month + 1)]
        .into_iter()
        .flatten()
        .filter_map(|i| words.get(i))
        .find(|w| !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))?;
    Some(format!("{} {day}", words[month]))
}

/// Verbs of saying, folded: a name followed by one ("KCNA called …", "Yonhap reported …") is shown as a
/// source.
const SPEECH_VERBS: [&str; 12] = [
    "said", "says", "added", "called", "stated", "reported", "reports", "accused", "claimed", "told", "quoted",
    "warned",
];

/// The stem of a folded word, for comparing words across their endings: one of "ing", "ed", "es", "s"
/// or "e" taken off when three letters or more are left ("fir" of "fire", "fired", "firing"; "loudspeaker"
/// of "loudspeakers").
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if word.len() >= suffix.len() + 3
            && let Some(base) = word.strip_suffix(suffix)
        {
            return base;
        }
    }
    word
}

/// Whether a prompt (folded, padded) asks who said or reported something: a source.
fn asks_source(shown: &str) -> bool {
    const SOURCE_WORDS: [&str; 12] = [
        "news",
        "agency",
        "outlet",
        "reported",
        "reports",
        "said",
        "says",
        "stated",
        "called",
        "claimed",
        "quoted",
        "according",
    ];
    SOURCE_WORDS.iter().any(|w| shown.contains(&format!(" {w} ")))
}

/// The words a bank's prompts say too often to tell what one asks, by number: those said by more than a
/// quarter of its prompts ("relations", "visit" in lee-china-japan), and the words of every answer's name
/// ("korea", "china", "lee"): they name what the article is about, not what a question asks of it.
fn common_words(bank: &[Question], words: &mut Interner) -> Vec<u32> {
    let mut said: HashMap<u32, usize> = HashMap::new();
    let mut out: Vec<u32> = Vec::new();
    for q in bank {
        let mut ids = words.words(&fold(&q.prompt));
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            *said.entry(id).or_default() += 1;
        }
        for form in answer_forms(q) {
            out.extend(words.words(&fold(form)));
        }
    }
    out.extend(said.into_iter().filter(|&(_, n)| n * 4 > bank.len()).map(|(w, _)| w));
    out.sort_unstable();
    out.dedup();
    out
}

/// The plain words of `prompt` by number, sorted: folded words of four letters or more, neither a question
/// word ([`STEM_WORDS`]) nor a word of its answer (`answer`), nor one of the bank's `common` words
/// ([`common_words`]). Unlike [`Rarity::distinctive`], a word counts however many facts hold it, and
/// function words ("both", "however") count.
fn plain_words(prompt: &str, answer: &[String], common: &[u32], words: &mut Interner) -> Vec<u32> {
    let mut out: Vec<u32> = fold(prompt)
        .split(' ')
        .filter(|w| w.len() >= 4 && !STEM_WORDS.contains(w) && !answer.iter().any(|a| a == w))
        .map(|w| words.id(w))
        .filter(|id| common.binary_search(id).is_err())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// [`plain_words`] stemmed ([`stem`]), sorted: what two prompts share across their words' endings.
fn plain_stems(prompt: &str, answer: &[String], common: &[u32], words: &mut Interner) -> Vec<u32> {
    let folded = fold(prompt);
    let mut out: Vec<u32> = Vec::new();
    for w in folded.split(' ') {
        if w.len() >= 4
            && !STEM_WORDS.contains(&w)
            && !answer.iter().any(|a| a == w)
            && common.binary_search(&words.id(w)).is_err()
        {
            out.push(words.id(stem(w)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The two words before a question's answer slot, folded: before a blank, or before a question word that
/// does not open the prompt ("china and" of "Relations among South Korea, China and which country …?" and
/// of "Fill in the blank: Relations between South Korea, China, and _____ are complex.").
fn slot_lead(q: &Question) -> Option<(String, String)> {
    let body = q.prompt.strip_prefix(super::cloze::PROMPT).unwrap_or(&q.prompt);
    let before = if let Some((before, _)) = body.split_once(super::cloze::BLANK) {
        fold(before)
    } else {
        let folded = fold(body);
        let words: Vec<&str> = folded.split(' ').collect();
        let at = words.iter().position(|w| ["which", "who", "whom", "what", "where", "when"].contains(w))?;
        words[..at].join(" ")
    };
    let words: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let [.., a, b] = words.as_slice() else { return None };
    Some(((*a).to_string(), (*b).to_string()))
}

/// How many words in a row two evidence quotes must share to be cut from one sentence
/// ([`QuizIndex::evidence_overlaps`]).
const OVERLAP: usize = 6;

/// How many distinctive words ([`Rarity::distinctive`]) two texts must share to be about one fact.
const MIN_DISTINCT: usize = 2;

/// Words that say nothing of a fact: a stem's frame ("Which city …?", "… take place?") and English function
/// words of four letters or more ("both", "however", "their"). Two prompts sharing them share no content.
const FRAME_WORDS: [&str; 50] = [
    "city",
    "country",
    "person",
    "place",
    "take",
    "took",
    "article",
    "says",
    "said",
    "according",
    "have",
    "both",
    "however",
    "also",
    "more",
    "most",
    "than",
    "this",
    "these",
    "those",
    "their",
    "there",
    "they",
    "them",
    "while",
    "about",
    "after",
    "before",
    "other",
    "such",
    "been",
    "were",
    "will",
    "would",
    "could",
    "should",
    "into",
    "over",
    "from",
    "only",
    "even",
    "some",
    "each",
    "very",
    "much",
    "being",
    "then",
    "just",
    "whose",
    "what",
];

/// How many of a bank's facts hold each word (by number), in their evidence or in the prompt of a question
/// asked of the fact alone: a word held by a few facts says which fact a text is about; "relations",
/// "China" or "South Korean President Lee Jae Myung" (which the prompts of lee-china-japan write all
/// through) say little.
struct Rarity {
    held_by: HashMap<u32, usize>,
    /// The most facts a distinctive word stands in: one in ten of them, at least two.
    most: usize,
}

impl Rarity {
    /// The rarity of the words of `bank`'s facts.
    fn of(bank: &[Question], words: &mut Interner) -> Self {
        let mut facts: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for q in bank {
            for (f, e) in q.facts.iter().zip(&q.evidence) {
                if !facts.contains_key(f.as_str()) {
                    facts.insert(f, words.words(&fold(e)));
                }
            }
            if let [f] = q.facts.as_slice() {
                let prompt = words.words(&fold(&q.prompt));
                facts.entry(f).or_default().extend(prompt);
            }
        }
        let mut held_by: HashMap<u32, usize> = HashMap::new();
        for held in facts.values_mut() {
            held.sort_unstable();
            held.dedup();
            for &w in held.iter() {
                *held_by.entry(w).or_default() += 1;
            }
        }
        Self { held_by, most: (facts.len() / 10).max(2) }
    }

    /// The distinctive words of `text` by number, sorted: folded words of four letters or more, neither a
    /// question word ([`STEM_WORDS`], [`FRAME_WORDS`]) nor a word of the answer (`answer`), that stand in at
    /// least one of the quotes and at most [`Self::most`].
    fn distinctive(&self, text: &str, answer: &[String], words: &mut Interner) -> Vec<u32> {
        let mut out: Vec<u32> = fold(text)
            .split(' ')
            .filter(|w| {
                w.len() >= 4 && !STEM_WORDS.contains(w) && !FRAME_WORDS.contains(w) && !answer.iter().any(|a| a == w)
            })
            .map(|w| words.id(w))
            .filter(|id| self.held_by.get(id).is_some_and(|&n| n <= self.most))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl QuizIndex<'static> {
    /// The index of `bank`, whose questions have the scores `quality`, owning a share of both: what a face
    /// keeps beside a loaded pack so that every quiz and every count of its setup screen draws from one
    /// index, built once ([`QuizIndex::new`] for the rule kept).
    pub fn shared(bank: Arc<[Question]>, quality: Arc<[f64]>) -> Self {
        Self::build(Held::Shared(bank), Held::Shared(quality))
    }
}

impl<'a> QuizIndex<'a> {
    /// The index of `bank`, whose questions have the scores `quality` (see [`quiz_ranked`]).
    pub fn new(bank: &'a [Question], quality: &'a [f64]) -> Self {
        Self::build(Held::Borrowed(bank), Held::Borrowed(quality))
    }

    /// The questions this index draws from, in bank order.
    pub fn questions(&self) -> &[Question] {
        &self.bank
    }

    /// The scores of [`Self::questions`], in the same order.
    pub fn quality(&self) -> &[f64] {
        &self.quality
    }

    fn build(held: Held<'a, Question>, quality: Held<'a, f64>) -> Self {
        BUILT.with(|b| b.set(b.get() + 1));
        let bank: &[Question] = &held;
        let mut words = Interner::default();
        let (keys, groups) = group_numbers(bank, &mut words);
        let rarity = Rarity::of(bank, &mut words);
        let (forms, form_count) = answer_entities(bank);
        let metadata_topics: Vec<Vec<bool>> =
            bank.iter().map(|q| q.topics.iter().map(|t| is_metadata_topic(t)).collect()).collect();
        let metadata = metadata_topics.iter().map(|m| !m.is_empty() && m.iter().all(|&b| b)).collect();
        let by_kind = QuestionKind::ALL
            .iter()
            .map(|k| bank.iter().enumerate().filter(|(_, q)| q.kind == *k).map(|(i, _)| i).collect())
            .collect();
        let aliases = name_forms(bank);
        let common = common_words(bank, &mut words);
        let probes = bank
            .iter()
            .map(|q| {
                let mut probe = Probe::of(q);
                if matches!(q.body, Body::Choice { .. }) {
                    let answer = fold(&q.answer_text());
                    if let Some(forms) = aliases.get(answer.as_str()) {
                        probe.add_forms(&answer, forms);
                    }
                }
                let mut w = Words::of(&probe, &mut words);
                w.distinct = rarity.distinctive(&q.prompt, &probe.answer_words, &mut words);
                let mut told = words.words(&fold(&format!("{} {}", q.prompt, q.evidence.join(" "))));
                told.sort_unstable();
                told.dedup();
                w.told = told;
                w.plain = plain_words(&q.prompt, &probe.answer_words, &common, &mut words);
                let first: Vec<String> = fold(&q.prompt).split(' ').take(3).map(str::to_string).collect();
                if q.kind != QuestionKind::Cloze && first.len() == 3 {
                    w.opening = Some([words.id(&first[0]), words.id(&first[1]), words.id(&first[2])]);
                }
                w.stems = plain_stems(&q.prompt, &probe.answer_words, &common, &mut words);
                w.slot_lead = slot_lead(q).map(|(a, b)| (words.id(&a), words.id(&b)));
                // What the question states, folded: its prompt, each pair of a matching, each item of a
                // timeline.
                let mut stated = vec![fold(&q.prompt)];
                match &q.body {
                    Body::Match { left, right, pairs } => stated.extend(
                        left.iter().zip(pairs).filter_map(|(l, &r)| right.get(r).map(|r| fold(&format!("{l} {r}")))),
                    ),
                    Body::Order { items, .. } => stated.extend(items.iter().map(|i| fold(i))),
                    Body::Choice { .. } | Body::TrueFalse { .. } | Body::Typed { .. } => {}
                }
                let mut statements = vec![w.shown.clone()];
                statements.extend(stated.iter().skip(1).map(|t| words.words(t)));
                for (text, ids) in stated.iter().zip(&statements) {
                    let split: Vec<&str> = text.split(' ').collect();
                    if split.len() == ids.len() {
                        w.frames.extend(number_frames(ids, &split));
                    }
                }
                if matches!(q.body, Body::TrueFalse { .. }) {
                    w.tf_frames.clone_from(&w.frames);
                }
                w.date = match &q.body {
                    Body::Choice { .. } | Body::Typed { .. } => date_key(&q.answer_text()),
                    _ => None,
                };
                w.stated_stems = stated
                    .iter()
                    .map(|t| {
                        let mut ids: Vec<u32> = t.split(' ').map(|x| words.id(stem(x))).collect();
                        ids.sort_unstable();
                        ids.dedup();
                        ids
                    })
                    .collect();
                w.statements = statements;
                w.number = matches!(&q.body, Body::Typed { expected: Expected::Number { .. }, .. })
                    || q.answer_text().chars().all(|c| c.is_ascii_digit());
                w
            })
            .collect();
        let asks = bank.iter().map(|q| ask_of(q).map(|(fact, slot)| (words.id(fact), words.id(slot)))).collect();
        let rows = bank.iter().map(|_| OnceLock::new()).collect();
        Self {
            bank: held,
            quality,
            keys,
            groups,
            forms,
            form_count,
            metadata,
            metadata_topics,
            by_kind,
            probes,
            asks,
            rows,
        }
    }

    /// The quiz [`quiz_ranked`] draws from this index's bank and scores with `settings`.
    pub fn quiz(&self, settings: &QuizSettings) -> Vec<Question> {
        let (mut picked, mut rng) = self.draw(settings, settings.count);
        picked.shuffle(&mut rng);
        for q in &mut picked {
            shuffle_options(q, &mut rng);
        }
        picked
    }

    /// How many questions a quiz of this index's bank drawn with `settings` can have ([`supported`]).
    pub fn supported(&self, settings: &QuizSettings) -> usize {
        self.draw(settings, usize::MAX).0.len()
    }

    /// [`QuizSettings::admits`] of question `i`, with its metadata worked out once.
    fn admits(&self, settings: &QuizSettings, i: usize) -> bool {
        let q = &self.bank[i];
        let asked_for = q.topics.iter().zip(&self.metadata_topics[i]).any(|(t, &m)| m && settings.topics.contains(t))
            || q.facts.iter().any(|f| settings.facts.contains(f));
        (asked_for || !self.metadata[i])
            && (settings.kinds.is_empty() || settings.kinds.contains(&q.kind))
            && (settings.topics.is_empty() || q.topics.iter().any(|t| settings.topics.contains(t)))
            && (settings.facts.is_empty() || q.facts.iter().any(|f| settings.facts.contains(f)))
    }

    /// Whether questions `a` and `b` share a fact group.
    fn share_group(&self, a: usize, b: usize) -> bool {
        self.keys[a].iter().any(|k| self.keys[b].contains(k))
    }

    /// The questions question `p` rules out once drawn, worked out against the whole bank the first time.
    /// Counts one step of [`crate::text::work`] per question compared.
    fn row(&self, p: usize) -> &Row {
        self.rows[p].get_or_init(|| {
            let n = self.bank.len();
            crate::text::work::add(n);
            let mut row = Row { away: vec![0; n.div_ceil(64)], shown: vec![0; n.div_ceil(64)] };
            let (a, pa) = (&self.bank[p], &self.probes[p]);
            let a_matching = matches!(a.body, Body::Match { .. });
            for (i, (b, pb)) in self.bank.iter().zip(&self.probes).enumerate() {
                // A matching shows the pair of each fact it holds — "Malaysia → has maintained, with
                // Indonesia, a policy of turning away boats" — so "Which country maintained, with Indonesia,
                // …?", a blank in that sentence or a true/false statement of it (any other kind on a fact of
                // its group) is answered on the same page.
                let b_matching = matches!(b.body, Body::Match { .. });
                let overlap = self.evidence_overlaps(p, i);
                let paired = a_matching != b_matching && (self.share_group(p, i) || overlap);
                let away = pa.given_away_by_question(pb)
                    || pb.given_away_by_question(pa)
                    || pa.shown_with_its_words(pb)
                    || pb.shown_with_its_words(pa)
                    || pa.same_answer_same_relation(pb)
                    || pa.restated_by(pb)
                    || pb.restated_by(pa)
                    || pa.restated_by_stems(pb)
                    || pa.pair_ties(pb)
                    || pa.same_answer_same_opening(pb)
                    || pb.pair_ties(pa)
                    || pb.restated_by_stems(pa)
                    || pa.same_answer_same_frame(pb)
                    || one_sentence_shown(pa, pb)
                    || (overlap && shows_answer(pa, pb))
                    || pa.number_told_by(pb)
                    || pb.number_told_by(pa)
                    || pa.same_date(pb)
                    || pa.source_named_by(pb)
                    || pb.source_named_by(pa)
                    || pa.pair_tells(pb)
                    || self.one_relation_twice(p, i)
                    || (overlap && self.one_answer(p, i))
                    || pb.pair_tells(pa)
                    || self.asks[p].is_some_and(|x| self.asks[i] == Some(x))
                    || overlapping_sets(a, b)
                    || paired;
                if away {
                    row.away[i / 64] |= 1 << (i % 64);
                } else if self.same_fact_shown(p, i) {
                    row.shown[i / 64] |= 1 << (i % 64);
                }
            }
            row
        })
    }

    /// Whether questions `a` and `b` have one answer entity ([`answer_entities`]).
    fn one_answer(&self, a: usize, b: usize) -> bool {
        a != b && self.forms[a].iter().any(|f| self.forms[b].contains(f))
    }

    /// Whether an evidence quote of `a` and one of `b` share [`OVERLAP`] words in a row: two quotes cut
    /// from one sentence ("We urge the governments of the region … to save the lives of migrants now at
    /// sea" and "to save the lives of migrants now at sea who are in need of an immediate rescue effort").
    /// Two questions of one answer on them ask one statement twice ("Who urged …?", "Who said the migrants
    /// … are in need of 'an immediate rescue effort'?", both Jeff Rathke), and a matching pair of one
    /// answers a statement of the other ("Najib Razak → Said in a public statement, 'We are in contact
    /// with all relevant parties'" beside "Najib Razak said Malaysia shares with all relevant parties the
    /// desire to find a solution …").
    fn evidence_overlaps(&self, a: usize, b: usize) -> bool {
        if a == b {
            return false;
        }
        let (ea, eb) = (&self.probes[a].evidence, &self.probes[b].evidence);
        ea.iter().any(|x| x.windows(OVERLAP).any(|run| eb.iter().any(|y| y.len() >= OVERLAP && has_run(y, run))))
    }

    /// Whether questions `a` and `b` have one answer entity ([`answer_entities`]) and the prompt of one says
    /// two or more of the other's plain words ([`Words::plain`]): "However, _____'s visits signal an
    /// attempt to improve relations with both rather than siding with one." and "Who has shown that it is at
    /// least possible to attempt to cultivate friendly relations with both neighbours?" (both Lee) ask one
    /// relation twice; whoever reads one knows the other.
    fn one_relation_twice(&self, a: usize, b: usize) -> bool {
        if a == b || self.forms[a].is_empty() || !self.forms[a].iter().any(|f| self.forms[b].contains(f)) {
            return false;
        }
        let (pa, pb) = (&self.probes[a], &self.probes[b]);
        if pa.number || pb.number {
            return false;
        }
        // Compared by stems: "Which country fired artillery rounds aimed at a loudspeaker …?" and "Which
        // country stated … it would attack any loudspeakers …?" (both North Korea) share "fire" and
        // "loudspeaker".
        let shared = pa.stems.iter().filter(|w| pb.stems.binary_search(w).is_ok()).count();
        shared >= MIN_DISTINCT
    }

    /// Whether questions `a` and `b` ask about one fact (by evidence group) and one shows the other's
    /// answer — "About how many people did South Korea evacuate in the town of Yeoncheon?" beside "In which
    /// city did the evacuation take place?" — or one is a true/false statement of the fact the other asks a
    /// slot of ("… within 24 hours → False" beside "within how many hours …?": the statement rules an option
    /// out). Only once nothing else is left are they in one quiz.
    fn same_fact_shown(&self, a: usize, b: usize) -> bool {
        let (qa, qb) = (&self.bank[a], &self.bank[b]);
        if qa.facts.len() > 1 || qb.facts.len() > 1 || !self.share_group(a, b) {
            return false;
        }
        let statement = |q: &Question| matches!(q.body, Body::TrueFalse { .. });
        let asks = |q: &Question| matches!(q.body, Body::Choice { .. } | Body::Typed { .. });
        let (pa, pb) = (&self.probes[a], &self.probes[b]);
        (statement(qa) && asks(qb))
            || (statement(qb) && asks(qa))
            || pa.answer_in(&pb.shown_all)
            || pb.answer_in(&pa.shown_all)
    }

    /// The questions of [`quiz_ranked`] in the order drawn, at most `limit` of them, and the generator that
    /// drew them (which then shuffles them).
    fn draw(&self, settings: &QuizSettings, limit: usize) -> (Vec<Question>, ChaCha8Rng) {
        let mut rng = ChaCha8Rng::seed_from_u64(settings.seed);
        // Shuffling positions of the kinds shuffles as shuffling the kinds does: a shuffle depends on the
        // length alone.
        let mut kinds: Vec<usize> = (0..QuestionKind::ALL.len()).collect();
        kinds.shuffle(&mut rng);
        let mut buckets: Vec<Vec<usize>> = kinds
            .iter()
            .map(|&k| {
                let mut ranked: Vec<(f64, usize)> = self.by_kind[k]
                    .iter()
                    .filter(|&&i| self.admits(settings, i))
                    .map(|&i| (self.quality.get(i).copied().unwrap_or(0.5) + JITTER * rng.random::<f64>(), i))
                    .collect();
                ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                ranked.into_iter().map(|(_, i)| i).collect()
            })
            .collect();
        let mut state = Drawn {
            used: vec![false; self.groups],
            alone: vec![false; self.groups],
            answered: vec![0; self.form_count],
            away: vec![0; self.bank.len().div_ceil(64)],
            shown: vec![0; self.bank.len().div_ceil(64)],
            cap: answer_cap(settings.count),
            most: answer_most(settings.count),
            of_kind: vec![0; QuestionKind::ALL.len()],
        };
        let mut picked: Vec<usize> = Vec::new();
        let (mut yes, mut no) = (0usize, 0usize);
        let mut level = 0;
        while picked.len() < limit {
            let mut took_any = false;
            let mut any_left = false;
            for bucket in &mut buckets {
                if picked.len() >= limit {
                    break;
                }
                // A kind takes its best question of the lowest rank, if that rank is allowed yet; a rank is
                // allowed only once no kind has a question of a lower one left.
                // Within a rank above 0, the answer given least often so far comes first (then the better
                // one). Statements take turns at being true and false ([`wanted_truth`]): of two equally
                // ranked, the one with the wanted key comes first. One with the other key comes half a rank
                // later (ranks are counted in halves for it) while one key leads by one, so after every
                // ideal question but before an answer given too often; while it leads by [`MAX_LEAD`], it is
                // not taken at all.
                let (wanted, lead) = wanted_truth(yes, no, settings.seed);
                let mut best: Option<(u8, usize, bool, usize)> = None;
                for (pos, &i) in bucket.iter().enumerate() {
                    let base = state.rank(self, i);
                    // Ranks only grow as the quiz fills, so a question past the worst rank stays past it.
                    if base > WORST_RANK {
                        continue;
                    }
                    let unwanted = matches!(self.bank[i].body, Body::TrueFalse { answer } if answer != wanted);
                    if unwanted && lead >= MAX_LEAD {
                        continue;
                    }
                    any_left = true;
                    let r = 2 * base + u8::from(unwanted && lead > 0);
                    let given = self.forms[i].iter().map(|&a| state.answered[a as usize]).max();
                    // Under the cap the better question comes first; over it, the answer given least often.
                    let given = if base == 0 { 0 } else { given.unwrap_or(0) };
                    if best.is_none_or(|(b, g, u, _)| (r, given, unwanted) < (b, g, u)) {
                        best = Some((r, given, unwanted, pos));
                    }
                    if r == 0 && !unwanted {
                        break;
                    }
                }
                if let Some((_, _, _, pos)) = best.filter(|&(r, _, _, _)| r <= level) {
                    let p = bucket.remove(pos);
                    state.take(self, p);
                    if let Body::TrueFalse { answer } = self.bank[p].body {
                        if answer {
                            yes += 1;
                        } else {
                            no += 1;
                        }
                    }
                    picked.push(p);
                    took_any = true;
                }
            }
            if !any_left {
                break;
            }
            if !took_any {
                level += 1;
            }
        }
        (picked.into_iter().map(|i| self.bank[i].clone()).collect(), rng)
    }
}

/// What a draw has taken so far, by number: fact groups asked, fact groups asked on their own, how often
/// each answer form was given, and the questions the drawn ones rule out.
struct Drawn {
    used: Vec<bool>,
    alone: Vec<bool>,
    answered: Vec<usize>,
    away: Vec<u64>,
    shown: Vec<u64>,
    cap: usize,
    /// [`answer_most`] of the quiz's count.
    most: usize,
    /// How many questions of each kind of [`QuestionKind::ALL`] were taken.
    of_kind: Vec<usize>,
}

impl Drawn {
    /// How far question `i` is from the ideal next one, in the order the rules give way: 0 on fresh facts
    /// with an answer given fewer than `cap` times; 2 with a fresh answer on a fact not yet asked on its own,
    /// or on fresh facts with an answer given `cap` times (which [`QuizIndex::draw`] takes after the fresh
    /// answers of its rank); 3 on a fact not yet asked on its own, or on fresh facts with an answer given
    /// more than `cap` times; (1 is no longer given) 4 on a fact asked on its
    /// own already, each of these only when it gives no other question away; 5 a fact asked again where one
    /// question answers the other ([`QuizIndex::same_fact_shown`]); 6 when it gives a question away. Ranks above
    /// [`WORST_RANK`] are never taken.
    fn rank(&self, index: &QuizIndex, i: usize) -> u8 {
        if bit(&self.away, i) {
            return 6;
        }
        // One fact asked twice where one question answers the other: after every other question that gives
        // nothing away, before those that do.
        if bit(&self.shown, i) {
            return 5;
        }
        // An entity already the answer of `most` questions is not asked again: a shorter quiz rather than a
        // fourth "Lee" in thirty questions.
        if index.forms[i].iter().any(|&a| self.answered[a as usize] >= self.most) {
            return WORST_RANK + 1;
        }
        let keys = &index.keys[i];
        let fresh_facts = keys.iter().all(|&k| !self.used[k as usize]);
        // A matching or a timeline uses up several facts at once: in a quiz of over ten questions, past `cap`
        // of its kind, another waits as an answer given too often does, so the facts left fresh spread the
        // answers (three matchings in twenty questions left lee-china-japan only facts about Lee).
        let q = &index.bank[i];
        let set = matches!(q.body, Body::Match { .. } | Body::Order { .. });
        let sets_over = set && self.cap > 1 && self.of_kind[kind_number(q.kind)] >= self.cap;
        let fresh_answer = !sets_over && index.forms[i].iter().all(|&a| self.answered[a as usize] < self.cap);
        let again = keys.iter().any(|&k| self.alone[k as usize]);
        // An answer given `cap` times already waits, on a fresh fact too, behind fresh answers on facts asked
        // so far only in a matching or a timeline (rank 2 either way, the answer given least first), and one
        // given more than `cap` times behind those facts with any answer: the fresh facts of the article's
        // subject are still asked as statements, whose answer is no one's. (Ranking a fresh fact first
        // whatever its answer gave 11 of 200 twenty-question quizzes of lee-china-japan a third "Lee" and
        // one a fourth; after the give-away rules of session 11, 14 a third.)
        let past_cap = index.forms[i].iter().any(|&a| self.answered[a as usize] > self.cap);
        match (fresh_facts, fresh_answer, again) {
            (true, true, _) => 0,
            (true, false, _) => 2 + u8::from(past_cap),
            (false, true, false) => 2,
            (false, false, false) => 3,
            (false, _, true) => 4,
        }
    }

    /// Takes question `p` into the quiz.
    fn take(&mut self, index: &QuizIndex, p: usize) {
        self.of_kind[kind_number(index.bank[p].kind)] += 1;
        for &k in &index.keys[p] {
            self.used[k as usize] = true;
        }
        if index.bank[p].facts.len() == 1 {
            for &k in &index.keys[p] {
                self.alone[k as usize] = true;
            }
        }
        for &a in &index.forms[p] {
            self.answered[a as usize] += 1;
        }
        let row = index.row(p);
        for (mine, theirs) in self.away.iter_mut().zip(&row.away) {
            *mine |= theirs;
        }
        for (mine, theirs) in self.shown.iter_mut().zip(&row.shown) {
            *mine |= theirs;
        }
    }
}

/// The position of `kind` in [`QuestionKind::ALL`].
fn kind_number(kind: QuestionKind) -> usize {
    QuestionKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// The key the next true/false statement of a quiz should have, so that its statements come out near half
/// true and half false: false while more true ones were drawn, true while more false ones were, and at a
/// tie the side the seed gives (its lowest bit), so the first statement of a quiz is not always true. The
/// second value is how many statements the leading key leads by.
fn wanted_truth(yes: usize, no: usize, seed: u64) -> (bool, u8) {
    let lead = u8::try_from(yes.abs_diff(no)).unwrap_or(u8::MAX);
    match yes.cmp(&no) {
        std::cmp::Ordering::Greater => (false, lead),
        std::cmp::Ordering::Less => (true, lead),
        std::cmp::Ordering::Equal => (seed & 1 == 0, 0),
    }
}

/// How many statements one key of a quiz's true/false statements may lead the other by: a statement that
/// would make it lead by more is never taken (the quiz takes another kind, or ends). Once a quiz had used
/// its fresh facts, statements of one key used to follow one another (six true to one false in 30 questions
/// of lee-china-japan). A bound of one costs the spread of answers instead (four "Lee" answers in a
/// twenty-question quiz of lee-china-japan, seed 8), so two it is.
pub const MAX_LEAD: u8 = 2;

/// The fact and slot a question asks, from its id (`"over-900-rescued.mc.n"` → `("over-900-rescued", "n")`):
/// the same ask as a multiple choice, a short answer, a number or a blank is one question to a learner.
/// `None` for true/false statements, matchings and timelines, which ask no one slot.
fn ask_of(q: &Question) -> Option<(&str, &str)> {
    let mut parts = q.id.splitn(3, '.');
    let (fact, kind, slot) = (parts.next()?, parts.next()?, parts.next()?);
    let slot = slot.split_once('-').map_or(slot, |(s, _)| s);
    ["mc", "short", "cloze", "numeric"].contains(&kind).then_some((fact, slot))
}

/// Whether `a` and `b` are matchings or timelines sharing two or more facts: two near-identical timelines
/// of one day's events are one question asked twice.
fn overlapping_sets(a: &Question, b: &Question) -> bool {
    a.facts.len() > 1 && b.facts.len() > 1 && a.facts.iter().filter(|f| b.facts.contains(f)).count() >= 2
}

/// How many questions of a quiz of `count` may share one answer before fresh answers are preferred: 2 in
/// a 20-question quiz, one more per 10 questions (at least 1).
pub fn answer_cap(count: usize) -> usize {
    count.div_ceil(10).max(1)
}

/// The most questions of a quiz of `count` one entity may be the answer of ([`answer_entities`]): 3, or one
/// in ten questions when that is more. Past [`answer_cap`] an answer already waits behind fresh ones; this
/// bound holds even when nothing else is left (the quiz ends shorter). Thirty-question quizzes of
/// lee-china-japan gave "Lee" (as "Lee" and "Lee Jae Myung") as many as six answers.
pub fn answer_most(count: usize) -> usize {
    count.div_ceil(10).max(2)
}

/// The forms of the answer a question asks the learner to give or pick, when it is one name or phrase: a
/// multiple-choice option, or every form a typed text accepts (the entity's name and aliases, so "Lee" in a
/// blank and "Lee Jae Myung" as an option are one answer, as the fact sheet forbids two entities to share
/// a form). Empty for true/false, numbers, dates, matchings and timelines, whose answers are not one entity.
pub fn answer_forms(q: &Question) -> &[String] {
    match &q.body {
        Body::Choice { options, correct } => options.get(*correct).map(std::slice::from_ref).unwrap_or_default(),
        Body::Typed { expected: Expected::Text { accepted, .. }, .. } if !accepted.is_empty() => accepted,
        Body::Typed { answer, expected: Expected::Text { .. }, .. } => std::slice::from_ref(answer),
        _ => &[],
    }
}

/// Fact id → the id of the group of facts that rest on the same evidence: two facts whose evidence is the
/// same, or one's evidence holds the other's (compared folded), are one fact for "never ask a fact twice"
/// (a blank in "North Korea's main news agency KCNA" and "Which news outlet is North Korea's main news
/// agency?" ask one thing). A group is named by its first fact in bank order.
pub fn fact_groups(bank: &[Question]) -> BTreeMap<String, String> {
    let mut evidence: Vec<(&str, String)> = Vec::new();
    for q in bank {
        for (f, e) in q.facts.iter().zip(&q.evidence) {
            if !evidence.iter().any(|(id, _)| *id == f.as_str()) {
                evidence.push((f.as_str(), format!(" {} ", fold(e))));
            }
        }
    }
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (i, (id, e)) in evidence.iter().enumerate() {
        let head = evidence[..i]
            .iter()
            .find(|(_, other)| {
                e.trim().len() >= MIN_SHARED && (other.contains(e.as_str()) || e.contains(other.as_str()))
            })
            .map(|(other, _)| out.get(*other).cloned().unwrap_or_else(|| other.to_string()));
        out.insert(id.to_string(), head.unwrap_or_else(|| id.to_string()));
    }
    out
}

/// Evidence shorter than this (folded characters) is not taken as shared: a few words say too little.
const MIN_SHARED: usize = 20;

/// What a question states that could give another question's answer away, folded and padded with spaces:
/// its prompt. Options (of a multiple choice, a matching, a timeline) show names without saying which is
/// right, so they state nothing of a name (but see [`all_shown_text`]).
pub fn shown_text(q: &Question) -> String {
    format!(" {} ", fold(&q.prompt))
}

/// Everything a question shows, folded and padded with spaces: its prompt, options, matching items and
/// timeline items. A phrase answer ([`Probe`]) found anywhere in it is given away: a matching item "Called
/// the South's reason an 'absurd pretext'" answers the blank "under _____".
pub fn all_shown_text(q: &Question) -> String {
    let items: Vec<&String> = match &q.body {
        Body::Choice { options, .. } => options.iter().collect(),
        Body::Match { left, right, .. } => left.iter().chain(right).collect(),
        Body::Order { items, .. } => items.iter().collect(),
        Body::TrueFalse { .. } | Body::Typed { .. } => Vec::new(),
    };
    let mut out = shown_text(q);
    for item in items {
        out.push_str(&fold(item));
        out.push(' ');
    }
    out
}

/// Words that do not make a phrase telling on its own: articles, prepositions and conjunctions.
const FUNCTION_WORDS: [&str; 16] =
    ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "its", "his", "her"];

/// Whether an answer form is a phrase that gives its question away wherever it is shown: two or more
/// content words, not all of them capitalised (a name such as "Lee Jae Myung" appears in many questions
/// and tells nothing by itself; "absurd pretext" or "quasi-state of war" is the answer itself).
fn is_telling_phrase(form: &str) -> bool {
    let content: Vec<&str> = form
        .split_whitespace()
        .filter(|w| !FUNCTION_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str()))
        .collect();
    content.len() >= 2 && content.iter().any(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase))
}

/// Words of a stem that say nothing about the fact: question words and the cloze instruction.
const STEM_WORDS: [&str; 14] =
    ["fill", "blank", "which", "what", "where", "whom", "when", "does", "did", "true", "false", "many", "that", "with"];

/// Whether text `shown` (see [`shown_text`]) states the answer of `q`: the answer (a name, a date, a number)
/// or any form a typed answer accepts (an alias: "Fuad Basya" for the key "Major general Fuad Basya")
/// appears in it, and so do most (three in five) of the content words of `q`'s stem ("State Department
/// Spokesperson Jeff Rathke" answers "Who is the State Department Spokesperson?"); for a matching, one of its
/// pairs appears in it whole. An answer that is a phrase of two or more content words, not a name ("the
/// absurd pretext"), is given away by appearing in it at all, in any accepted form.
pub fn gives_away(shown: &str, q: &Question) -> bool {
    let probe = Probe::of(q);
    probe.given_away_by(shown) || probe.phrase_in(shown)
}

/// What [`gives_away`] looks for in a text, worked out once per question: the folded forms of its answer
/// (at least three letters) and the content words of its stem, or the folded pairs of a matching.
pub struct Probe {
    /// The question's own [`shown_text`].
    shown: String,
    /// The matching's pairs, folded; empty for other kinds.
    pairs: Vec<(String, String)>,
    /// The answer's folded forms; empty for true/false, timelines and matchings.
    forms: Vec<String>,
    /// The stem's content words: not question words, not the answer's words, four letters or more.
    content: Vec<String>,
    /// Everything the question shows ([`all_shown_text`]).
    shown_all: String,
    /// The answer's folded forms that are telling phrases, given away wherever they are shown.
    phrases: Vec<String>,
    /// The answer's folded forms too short for [`Self::forms`] ("us", "48") and number answers.
    short: Vec<String>,
    /// The words of the answer's forms, folded: never counted as what another prompt retells.
    answer_words: Vec<String>,
    /// The prompt's content words written in lower case ([`said_words`]): what it says beside its names.
    said: Vec<String>,
    /// A matching of names to what they are (a role or a country, [`pairs_roles`]): its left items, folded.
    named: Vec<String>,
    /// A matching of names to their roles: its right items of three words or more, folded.
    roles: Vec<String>,
    /// The question's evidence quotes of [`MIN_SHARED`] folded characters or more, folded.
    evidence: Vec<String>,
    /// A blank's two words before it followed by each form of its answer, folded ("korean president lee jae
    /// myung" for "… South Korean President _____"), and each form followed by the blank's two words after it
    /// ("south korea china and" for "Relations between _____, China, and Japan …"): another prompt saying
    /// them tells what fills the blank.
    leads: Vec<String>,
    /// A statement that a name holds a role ("Jeff Rathke is the State Department Spokesperson."): the role,
    /// folded ("state department spokesperson"). Another prompt naming the role ("State Department
    /// Spokesperson Jeff Rathke asked …") tells who holds it, so whether the statement is true.
    held_role: Option<String>,
}

impl Probe {
    /// The probe of `q`.
    pub fn of(q: &Question) -> Self {
        let folded = |t: &str| fold(t);
        let mut probe = Probe {
            shown: shown_text(q),
            pairs: Vec::new(),
            forms: Vec::new(),
            content: Vec::new(),
            shown_all: all_shown_text(q),
            phrases: Vec::new(),
            short: Vec::new(),
            answer_words: Vec::new(),
            said: said_words(&q.prompt),
            named: Vec::new(),
            roles: Vec::new(),
            evidence: q.evidence.iter().map(|e| fold(e)).filter(|e| e.len() >= MIN_SHARED).collect(),
            leads: Vec::new(),
            held_role: None,
        };
        match &q.body {
            Body::Match { left, right, pairs } => {
                probe.pairs =
                    left.iter().zip(pairs).filter_map(|(l, &r)| right.get(r).map(|r| (folded(l), folded(r)))).collect();
                if pairs_roles(q) {
                    probe.named = probe.pairs.iter().map(|(l, _)| l.clone()).filter(|l| l.len() >= 3).collect();
                }
                if q.id.starts_with("match.identities.") {
                    probe.roles =
                        probe.pairs.iter().map(|(_, r)| r.clone()).filter(|r| r.split(' ').count() >= 3).collect();
                }
            }
            Body::TrueFalse { .. } => probe.held_role = held_role(&q.prompt),
            Body::Order { .. } => {}
            Body::Typed { .. } | Body::Choice { .. } => {
                let mut forms = vec![q.answer_text()];
                if let Body::Typed { expected: Expected::Text { accepted, .. }, .. } = &q.body {
                    forms.extend(accepted.iter().cloned());
                }
                probe.phrases = forms.iter().filter(|f| is_telling_phrase(f)).map(|f| folded(f)).collect();
                let forms: Vec<String> = forms.iter().map(|f| folded(f)).collect();
                let answer_words: Vec<&str> = forms.iter().flat_map(|f| f.split(' ')).collect();
                probe.answer_words = answer_words.iter().map(|w| (*w).to_string()).collect();
                // A blank's content words are its evidence's: one shown in the whole sentence it was cut
                // from ("_____, spokesman for the Indonesian military, said fisherman first noticed …") is
                // still answered by a statement of that evidence.
                let told = if q.kind == QuestionKind::Cloze && !q.evidence.is_empty() {
                    q.evidence.join(" ")
                } else {
                    q.prompt.clone()
                };
                probe.content = fold(&told)
                    .split(' ')
                    .filter(|w| w.len() >= 4 && !STEM_WORDS.contains(w) && !answer_words.contains(w))
                    .map(str::to_string)
                    .collect();
                probe.short = forms
                    .iter()
                    .filter(|f| !f.is_empty() && (f.len() < 3 || f.chars().all(|c| c.is_ascii_digit())))
                    .cloned()
                    .collect();
                probe.forms = forms.into_iter().filter(|f| f.len() >= 3).collect();
                if let Some(lead) = blank_lead(q) {
                    probe.leads = probe.forms.iter().map(|f| format!("{lead} {f}")).collect();
                }
                if let Some(trail) = blank_trail(q) {
                    probe.leads.extend(probe.forms.iter().map(|f| format!("{f} {trail}")));
                }
            }
        }
        probe
    }

    /// Whether any form of this question's answer appears in `shown`, however short ("48" in "within 48
    /// hours", "US" in "US troops"): only compared between questions on one fact, where a short form is
    /// that fact's.
    pub fn answer_in(&self, shown: &str) -> bool {
        self.forms.iter().chain(&self.short).any(|f| shown.contains(&format!(" {f} ")))
    }

    /// Whether this question's phrase answer appears in `shown` (any folded, padded text).
    pub fn phrase_in(&self, shown: &str) -> bool {
        self.phrases.iter().any(|f| !f.is_empty() && shown.contains(&format!(" {f} ")))
    }

    /// Whether `other` gives this question's answer away: its prompt states it ([`Self::given_away_by`]),
    /// or anything it shows holds this question's phrase answer ([`Self::phrase_in`]).
    pub fn given_away_by_question(&self, other: &Probe) -> bool {
        self.given_away_by(&other.shown)
            || self.phrase_in(&other.shown_all)
            || self.retold_by(other)
            || self.role_told_by(other)
            || self.evidence_shown_by(other)
            || self.held_role.as_ref().is_some_and(|r| other.shown.contains(&format!(" {r} ")))
    }

    /// Whether `other`'s prompt shows one of this question's evidence quotes whole, or a blank's two words
    /// before it with its answer ("South Korean President Lee Jae Myung …" fills "… for South Korean
    /// President _____", "Relations among South Korea, China and …" fills "Relations between South Korea,
    /// _____, and Japan"): a blank shown as the
    /// whole sentence it was cut from ("The rescued members included Bangladeshis and Rohingya, a stateless
    /// minority of Muslims from _____.") states the statement of another fact in it ("Bangladeshis were among
    /// the rescued members, along with the Rohingya.").
    pub fn evidence_shown_by(&self, other: &Probe) -> bool {
        self.evidence.iter().any(|e| other.shown.contains(&format!(" {e} ")))
            || self.leads.iter().any(|l| other.shown.contains(&format!(" {l} ")))
    }

    /// Adds the other forms of this multiple choice's answer `answer` (folded) that name it with a word of
    /// it ("Basya" for the option "Fuad Basya"; not "China" for "Beijing"): `forms` are every form a typed
    /// question of the bank accepts for that answer ([`name_forms`]). An option shows one form only; a
    /// prompt naming the answer by another still gives it away.
    pub fn add_forms(&mut self, answer: &str, forms: &[String]) {
        let words: Vec<&str> = answer.split(' ').filter(|w| w.len() >= 3).collect();
        for form in forms {
            let shares = form.split(' ').any(|w| words.contains(&w));
            if !shares || self.forms.contains(form) || self.short.contains(form) {
                continue;
            }
            self.answer_words.extend(form.split(' ').map(str::to_string));
            if form.len() >= 3 {
                self.forms.push(form.clone());
            } else {
                self.short.push(form.clone());
            }
        }
    }

    /// Whether `other`'s prompt names this question's answer and retells what this question's sentence
    /// says: most (three in five, at least three) of the words it writes in lower case beside its names
    /// ([`said_words`]) are content words of this question. "Which news outlet reports that Basya believes
    /// the asylum seekers found in the water may have left the boat on purpose?" answers the blank "_____
    /// also believes the asylum seekers found in the water may have left the boat on purpose to be rescued
    /// …" (→ Basya). Counted over this question's content words alone, the blank's long sentence kept it
    /// under the threshold (9 of 18); counted over what the other prompt says, 9 of its 12 words retell it.
    /// A prompt naming the answer beside other names ("When did South Korean President Lee Jae Myung visit
    /// China?") retells nothing.
    pub fn retold_by(&self, other: &Probe) -> bool {
        if !self.forms.iter().any(|f| other.shown.contains(&format!(" {f} "))) {
            return false;
        }
        let said: Vec<&String> = other.said.iter().filter(|w| !self.answer_words.contains(w)).collect();
        let shared = said.iter().filter(|w| self.content.contains(w)).count();
        said.len() >= MIN_RETOLD && shared * 5 >= said.len() * 3
    }

    /// Whether this question is a matching of names to what they are and `other`'s prompt tells what a
    /// matched name is ("Ann Chiang is the Civic Party councillor re-elected in Kowloon West.", answered
    /// false beside "Ann Chiang → The DAB councillor re-elected in Kowloon West") or names a matched role
    /// ("Michael Tien is the DAB councillor re-elected in Kowloon West.", "Who is the DAB councillor …?"):
    /// the matching answers it on the same page.
    pub fn role_told_by(&self, other: &Probe) -> bool {
        if !other.pairs.is_empty() {
            return false;
        }
        self.named.iter().any(|l| OF_NAME.iter().any(|v| other.shown.starts_with(&format!(" {l} {v} "))))
            || self.roles.iter().any(|r| other.shown.contains(&format!(" {r} ")))
    }

    /// Whether text `shown` (see [`shown_text`]) states this question's answer (see [`gives_away`]).
    pub fn given_away_by(&self, shown: &str) -> bool {
        let has = |f: &str| shown.contains(&format!(" {f} "));
        if !self.pairs.is_empty() {
            return self.pairs.iter().any(|(l, r)| l.len() >= 3 && r.len() >= 3 && has(l) && has(r));
        }
        if !self.forms.iter().any(|f| has(f)) {
            return false;
        }
        let found = self.content.iter().filter(|w| has(w)).count();
        !self.content.is_empty() && found * 5 >= self.content.len() * 3
    }
}

/// The two words before a fill-in-the-blank's blank, folded ("korean president" of "January was a busy
/// month for South Korean President _____"), when it has two. "South Korean President Lee Jae Myung" in
/// another prompt fills it in; an answer alone elsewhere ("Lee met …") does not tell it is this blank's.
fn blank_lead(q: &Question) -> Option<String> {
    if q.kind != QuestionKind::Cloze {
        return None;
    }
    let body = q.prompt.strip_prefix(super::cloze::PROMPT).unwrap_or(&q.prompt);
    let (before, _) = body.split_once(super::cloze::BLANK)?;
    let folded = fold(before);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let two = words.get(words.len().checked_sub(2)?..)?;
    Some(two.join(" "))
}

/// The role a statement gives a name, folded, when it reads "Name is the role." (or "was", "are", "were";
/// every word of the name capitalised, the role two words or more): "state department spokesperson" of
/// "Jeff Rathke is the State Department Spokesperson.", "south korean president" of "Sanae Takaichi is the
/// South Korean President.".
fn held_role(statement: &str) -> Option<String> {
    let body = statement.trim().strip_suffix('.')?;
    let (name, role) = [" is the ", " was the ", " are the ", " were the "].iter().find_map(|v| body.split_once(v))?;
    let named = !name.is_empty()
        && name.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    let role = fold(role);
    (named && role.split(' ').count() >= 2).then_some(role)
}

/// The two words after a fill-in-the-blank's blank, folded ("china and" of "Relations between _____, China,
/// and Japan are complex."), when it has two: "Relations among South Korea, China and which country …?"
/// fills it in, as a prompt saying a blank's two words before it with its answer does ([`blank_lead`]).
fn blank_trail(q: &Question) -> Option<String> {
    if q.kind != QuestionKind::Cloze {
        return None;
    }
    let body = q.prompt.strip_prefix(super::cloze::PROMPT).unwrap_or(&q.prompt);
    let (_, after) = body.split_once(super::cloze::BLANK)?;
    let folded = fold(after);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).take(2).collect();
    (words.len() == 2).then(|| words.join(" "))
}

/// Every form a typed question of `bank` accepts for its answer (an entity's name and aliases), folded, by
/// each of those forms: "fuad basya" → "fuad basya", "basya", "major general fuad basya", ….
fn name_forms(bank: &[Question]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for q in bank {
        let Body::Typed { expected: Expected::Text { accepted, .. }, .. } = &q.body else { continue };
        let folded: Vec<String> = accepted.iter().map(|a| fold(a)).filter(|a| !a.is_empty()).collect();
        for form in &folded {
            let known = out.entry(form.clone()).or_default();
            for f in &folded {
                if !known.contains(f) {
                    known.push(f.clone());
                }
            }
        }
    }
    out
}

/// How many words written in lower case a prompt must say beside a name to retell another question's
/// sentence ([`Probe::retold_by`]).
const MIN_RETOLD: usize = 3;

/// The verbs that make a statement opening with a name tell what that name is ("Ann Chiang is …").
const OF_NAME: [&str; 4] = ["is", "was", "are", "were"];

/// Whether matching `q` pairs names with what they are — the roles the article gives them or their
/// countries ("match.identities.…", "match.leaders.…"), one to a name — rather than with what they said.
fn pairs_roles(q: &Question) -> bool {
    q.id.starts_with("match.identities.") || q.id.starts_with("match.leaders.")
}

/// The content words a prompt writes in lower case (four letters or more, not a question word), folded: what
/// it says beside the names it gives. "Which news outlet reports that Basya believes …" says "news", "outlet",
/// "reports", "believes", …, not "Basya".
fn said_words(prompt: &str) -> Vec<String> {
    prompt
        .split_whitespace()
        .filter(|w| !w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
        .flat_map(|w| fold(w).split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.len() >= 4 && !STEM_WORDS.contains(&w.as_str()))
        .collect()
}

/// Shuffles what the learner sees (options, right-hand items, timeline items) and keeps the key right.
pub fn shuffle_options(q: &mut Question, rng: &mut ChaCha8Rng) {
    match &mut q.body {
        Body::Choice { options, correct } => *correct = shuffle_tracked(options, rng)[*correct],
        Body::Match { right, pairs, .. } => {
            let new_pos = shuffle_tracked(right, rng);
            for p in pairs.iter_mut() {
                *p = new_pos[*p];
            }
        }
        Body::Order { items, order } => {
            for _ in 0..4 {
                let new_pos = shuffle_tracked(items, rng);
                for o in order.iter_mut() {
                    *o = new_pos[*o];
                }
                if items.len() < 2 || order.windows(2).any(|w| w[0] > w[1]) {
                    break;
                }
            }
        }
        Body::TrueFalse { .. } | Body::Typed { .. } => {}
    }
}

//! What a question is: its kind, its prompt, what counts as right, and where it comes from.

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::pack::{MonthDay, When};
use crate::text::fold;

/// The seven kinds of question, with the short codes the CLI and exports use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// Multiple choice: four options, one right.
    Mc,
    /// True or false.
    Tf,
    /// A sentence of the article with a span blanked; the learner types it.
    Cloze,
    /// A question answered in a few typed words.
    Short,
    /// Match each left item to its partner.
    Match,
    /// Put items in time order.
    Order,
    /// A number, within a tolerance.
    Numeric,
}

impl QuestionKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 7] = [Self::Mc, Self::Tf, Self::Cloze, Self::Short, Self::Match, Self::Order, Self::Numeric];

    /// The short code (`mc`, `tf`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::Mc => "mc",
            Self::Tf => "tf",
            Self::Cloze => "cloze",
            Self::Short => "short",
            Self::Match => "match",
            Self::Order => "order",
            Self::Numeric => "numeric",
        }
    }

    /// A human name ("Multiple choice").
    pub fn name(self) -> &'static str {
        match self {
            Self::Mc => "Multiple choice",
            Self::Tf => "True or false",
            Self::Cloze => "Fill in the blank",
            Self::Short => "Short answer",
            Self::Match => "Matching",
            Self::Order => "Timeline",
            Self::Numeric => "Numeric",
        }
    }

    /// The kind for a code, accepting the code or the lower-case name.
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_lowercase();
        Self::ALL.into_iter().find(|k| k.code() == code || k.name().to_lowercase() == code)
    }
}

/// What a typed answer must be, which decides how it is compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Expected {
    /// Words: the canonical text or any accepted variant, with typo tolerance.
    Text {
        /// Every form that is right: the canonical answer first, then aliases.
        accepted: Vec<String>,
        /// Names of other entities a learner might confuse it with: a typed text closer to one of these
        /// than to an accepted form is wrong even if it is within typo distance.
        rivals: Rivals,
        /// Places the answer lies within (nearest first), each earning partial credit with its note when
        /// typed for a Where question; empty for every other answer (and then not written out).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        broader: Vec<Broader>,
    },
    /// A month and day, typed in any common form.
    Date(MonthDay),
    /// A date of a version-2 sheet in a form other than a month and day alone: a day with its year, a month,
    /// a year, a span, a day named relative to the dateline, a deadline or a recurrence. Typed in any form
    /// [`When::parse_forgiving`] reads; a day's year may be left out (the question asks for the day), a
    /// wrong year is wrong, and a relative day is right as stated ("yesterday") or worked out (`day`).
    When {
        /// The date as the article states it.
        when: When,
        /// For a relative day, the article's dateline as a day with its year ("August 21, 2015"), against
        /// which the stated day and any typed relative day are worked out.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dateline: Option<When>,
    },
    /// A number, typed as digits or words, right within `tolerance`.
    Number {
        /// The right value.
        value: f64,
        /// The largest accepted difference.
        tolerance: f64,
    },
}

/// A place that contains a Where question's answer: typing it is half right, with a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Broader {
    /// The containing place's name and aliases.
    pub names: Vec<String>,
    /// What the learner is told ("Camp David is in Maryland — be more precise.").
    pub note: String,
}

/// The score of a typed place that contains the answer ([`Broader`]).
pub const BROADER_CREDIT: f64 = 0.5;

/// The rivals of a typed answer ([`Expected::Text`]): the names of other entities of the answer's kind.
///
/// Rule kept: every question whose answer is of one kind shares one list of that kind's names (an [`Arc`],
/// built once per bank), and each question keeps only the folded forms it accepts, which are not its
/// rivals. A bank's memory therefore grows with its questions plus its entities, never with their product
/// (a sheet of 1,000 people once gave each of thousands of typed questions its own copy of 1,000 names).
/// Iterating, comparing and serialising see only the rivals proper: the shared names, in their order,
/// whose folded form is not accepted; a question serialises its rivals as a plain list of names.
#[derive(Clone, Default)]
pub struct Rivals {
    /// Every candidate name with its folded form, shared between questions.
    names: Arc<[(String, String)]>,
    /// Folded forms that are not rivals: the question's accepted forms.
    except: Vec<String>,
}

impl Rivals {
    /// The rivals among `names` (each a name and its [`fold`]ed form), leaving out those whose folded form
    /// is one of `except`.
    pub fn new(names: Arc<[(String, String)]>, except: Vec<String>) -> Self {
        Self { names, except }
    }

    /// The rival names, in the shared list's order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.names.iter().filter(|(_, folded)| !self.except.contains(folded)).map(|(name, _)| name)
    }

    /// How many rivals there are.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether there is no rival.
    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }

    /// Whether `self` and `other` are views of one shared list of names (not copies of it).
    pub fn shares_names_with(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.names, &other.names)
    }
}

impl From<Vec<String>> for Rivals {
    fn from(names: Vec<String>) -> Self {
        Self::new(
            names
                .into_iter()
                .map(|n| {
                    let folded = fold(&n);
                    (n, folded)
                })
                .collect(),
            Vec::new(),
        )
    }
}

impl<'a> IntoIterator for &'a Rivals {
    type Item = &'a String;
    type IntoIter = Box<dyn Iterator<Item = &'a String> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for Rivals {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl std::fmt::Debug for Rivals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Rivals {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Rivals {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(deserializer).map(Self::from)
    }
}

/// What the learner does to answer, and what is right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Body {
    /// Pick one of `options`; `correct` is the index of the right one.
    Choice {
        /// The options in the order shown.
        options: Vec<String>,
        /// Index into `options`.
        correct: usize,
    },
    /// Say whether the prompt's statement is true.
    TrueFalse {
        /// The right verdict.
        answer: bool,
    },
    /// Type the answer.
    Typed {
        /// The canonical answer as shown in feedback.
        answer: String,
        /// How a typed answer is compared.
        expected: Expected,
        /// Unit shown beside the field for numbers ("years").
        unit: Option<String>,
    },
    /// Match each of `left` to one of `right`; `pairs[i]` is the index in `right` that belongs to `left[i]`.
    Match {
        /// Items on the left, in the order shown.
        left: Vec<String>,
        /// Partners on the right, in the order shown (shuffled).
        right: Vec<String>,
        /// For each left item, the index of its partner in `right`.
        pairs: Vec<usize>,
    },
    /// Put `items` in time order; `order` lists indices of `items` earliest first.
    Order {
        /// The items in the order shown (shuffled).
        items: Vec<String>,
        /// Indices into `items`, earliest first.
        order: Vec<usize>,
    },
}

/// One question, with everything needed to ask it, grade it and explain the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id: the same question keeps it across runs, seeds and machines (`"meet-xi.mc.place"`).
    pub id: String,
    /// The kind of question.
    pub kind: QuestionKind,
    /// What the learner reads.
    pub prompt: String,
    /// How to answer and what is right.
    pub body: Body,
    /// The facts the question rests on.
    pub facts: Vec<String>,
    /// The evidence quotes of those facts, in the same order.
    pub evidence: Vec<String>,
    /// Topic ids of those facts, sorted, without repeats.
    pub topics: Vec<String>,
}

impl Question {
    /// The response of a learner who knows the answer.
    pub fn right_response(&self) -> Response {
        match &self.body {
            Body::Choice { correct, .. } => Response::Choice(*correct),
            Body::TrueFalse { answer } => Response::Bool(*answer),
            Body::Typed { answer, .. } => Response::Text(answer.clone()),
            Body::Match { pairs, .. } => Response::Pairs(pairs.iter().copied().map(Some).collect()),
            Body::Order { order, .. } => Response::Order(order.clone()),
        }
    }

    /// The canonical right answer as one string, in the [`Voice::Record`]: the option text for multiple
    /// choice, "true"/"false", "left -> right" pairs joined by "; " for matching, items joined by " | "
    /// for ordering.
    pub fn answer_text(&self) -> String {
        self.response_text(Some(&self.right_response()), Voice::Record)
    }

    /// A response in words, in `voice`: the chosen option's text, the verdict, the typed text, the pairs
    /// made (an unpaired item gets "?"), or the items in the order given. `None` — no answer — is
    /// "No answer" for a reader and empty in a record; so is blank typed text for a reader. An index out
    /// of range reads "?"; a response of another kind's shape is empty.
    pub fn response_text(&self, response: Option<&Response>, voice: Voice) -> String {
        let reading = voice == Voice::Reading;
        let no_answer = || if reading { "No answer".to_string() } else { String::new() };
        let Some(response) = response else { return no_answer() };
        let (arrow, then) = if reading { (" → ", " → ") } else { (" -> ", " | ") };
        let name = |list: &[String], i: usize| list.get(i).map_or("?", String::as_str).to_string();
        match (&self.body, response) {
            (Body::Choice { options, .. }, Response::Choice(i)) => name(options, *i),
            (_, Response::Bool(b)) => match (reading, b) {
                (true, true) => "True".to_string(),
                (true, false) => "False".to_string(),
                (false, b) => b.to_string(),
            },
            (_, Response::Text(t)) if reading && t.trim().is_empty() => no_answer(),
            (_, Response::Text(t)) if reading => t.trim().to_string(),
            (_, Response::Text(t)) => t.clone(),
            (Body::Match { left, right, .. }, Response::Pairs(chosen)) => left
                .iter()
                .zip(chosen)
                .map(|(l, c)| format!("{l}{arrow}{}", c.map_or_else(|| "?".to_string(), |c| name(right, c))))
                .collect::<Vec<_>>()
                .join("; "),
            (Body::Order { items, .. }, Response::Order(order)) => {
                order.iter().map(|&i| name(items, i)).collect::<Vec<_>>().join(then)
            }
            _ => String::new(),
        }
    }

    /// The right answer as a reader sees it, a line each: the option, "True"/"False" or the typed answer
    /// on one line; one line per pair ("Lee Jae-myung → South Korea"); the items numbered in time order.
    pub fn answer_lines(&self) -> Vec<String> {
        match &self.body {
            Body::Match { left, right, pairs } => left
                .iter()
                .zip(pairs)
                .map(|(l, &r)| format!("{l} → {}", right.get(r).map_or("?", String::as_str)))
                .collect(),
            Body::Order { items, order } => order
                .iter()
                .enumerate()
                .map(|(n, &i)| format!("{}. {}", n + 1, items.get(i).map_or("?", String::as_str)))
                .collect(),
            Body::Choice { .. } | Body::TrueFalse { .. } | Body::Typed { .. } => {
                vec![self.response_text(Some(&self.right_response()), Voice::Reading)]
            }
        }
    }

    /// A matching or timeline answer set against the key, one [`AnswerRow`] per left item (matching) or
    /// per place in time order (timeline), in the order shown: what the learner chose there ("?" for an
    /// unpaired item or a place left empty), what is right there, and whether the two agree. A timeline
    /// item is in place only at its own position in the key. Empty for other kinds, for no answer, and
    /// for a response of another kind's shape, so a caller falls back to [`Self::response_text`].
    pub fn answer_rows(&self, response: Option<&Response>) -> Vec<AnswerRow> {
        let name =
            |list: &[String], i: Option<usize>| i.and_then(|i| list.get(i)).map_or("?", String::as_str).to_string();
        match (&self.body, response) {
            (Body::Match { left, right, pairs }, Some(Response::Pairs(chosen))) => left
                .iter()
                .zip(pairs)
                .enumerate()
                .map(|(i, (l, &p))| {
                    let c = chosen.get(i).copied().flatten();
                    AnswerRow {
                        item: l.clone(),
                        given: name(right, c),
                        right: name(right, Some(p)),
                        is_right: c == Some(p),
                    }
                })
                .collect(),
            (Body::Order { items, order }, Some(Response::Order(given))) => order
                .iter()
                .enumerate()
                .map(|(n, &k)| {
                    let g = given.get(n).copied();
                    AnswerRow {
                        item: format!("{}.", n + 1),
                        given: name(items, g),
                        right: name(items, Some(k)),
                        is_right: g == Some(k),
                    }
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The same question with its options (or right-hand partners, or timeline items) shown in another order,
    /// for asking it again: each moves one place down, the last to the top, and the key follows, so the
    /// learner cannot answer by position. A timeline that would then show in time order moves again.
    #[must_use]
    pub fn reordered(&self) -> Self {
        let mut q = self.clone();
        let rotate = |list: &mut Vec<String>| {
            if let Some(last) = list.pop() {
                list.insert(0, last);
            }
        };
        let moved = |i: usize, n: usize| if n == 0 { i } else { (i + 1) % n };
        match &mut q.body {
            Body::Choice { options, correct } => {
                rotate(options);
                *correct = moved(*correct, options.len());
            }
            Body::Match { right, pairs, .. } => {
                rotate(right);
                let n = right.len();
                for p in pairs.iter_mut() {
                    *p = moved(*p, n);
                }
            }
            Body::Order { items, order } => {
                let n = items.len();
                for _ in 0..n {
                    rotate(items);
                    for i in order.iter_mut() {
                        *i = moved(*i, n);
                    }
                    if n < 2 || order.windows(2).any(|w| w[0] > w[1]) {
                        break;
                    }
                }
            }
            Body::TrueFalse { .. } | Body::Typed { .. } => {}
        }
        q
    }

    /// The options shown for choice questions (`["True", "False"]` for true/false); empty otherwise.
    pub fn options(&self) -> Vec<String> {
        match &self.body {
            Body::Choice { options, .. } => options.clone(),
            Body::TrueFalse { .. } => vec!["True".into(), "False".into()],
            _ => Vec::new(),
        }
    }

    /// The question family for spaced repetition: one card per fact and kind ([`family`]).
    pub fn family(&self) -> String {
        family(&self.facts, self.kind)
    }
}

/// The question family of questions of `kind` on `facts`, the unit spaced repetition schedules:
/// `"meet-xi.mc"`, `"visit-nara+meet-xi.order"`. The attempt log keys its records by the same string.
pub fn family(facts: &[String], kind: QuestionKind) -> String {
    format!("{}.{}", facts.join("+"), kind.code())
}

/// One row of a matching or timeline answer beside the key ([`Question::answer_rows`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// What the row is about: a matching's left item, or a timeline's place ("1.", "2.", …).
    pub item: String,
    /// The learner's choice there: the partner chosen, or the item put in that place; "?" for none.
    pub given: String,
    /// The right choice there.
    pub right: String,
    /// Whether the learner's choice is the right one.
    pub is_right: bool,
}

/// Who an answer is written out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The attempt log and plain-text outputs: "true", "left -> right", items joined by " | ", typed text
    /// exactly as typed.
    Record,
    /// A learner reading feedback and results: "True", "left → right", items joined by " → ", typed text
    /// trimmed, "No answer" for none.
    Reading,
}

/// A learner's answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The index of the chosen option.
    Choice(usize),
    /// True or false.
    Bool(bool),
    /// Typed text.
    Text(String),
    /// For each left item, the chosen index in `right`, if any.
    Pairs(Vec<Option<usize>>),
    /// Indices of `items` in the order the learner put them.
    Order(Vec<usize>),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(body: Body) -> Question {
        Question {
            id: "t".into(),
            kind: QuestionKind::Match,
            prompt: String::new(),
            body,
            facts: Vec::new(),
            evidence: Vec::new(),
            topics: Vec::new(),
        }
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn asked_again_the_options_move_and_the_key_follows() {
        let mc = question(Body::Choice { options: strings(&["Nara", "Beijing", "Seoul", "Tokyo"]), correct: 1 });
        let again = mc.reordered();
        assert_eq!(again.answer_text(), "Beijing");
        assert_ne!(again.options(), mc.options(), "another order");
        let pairs = question(Body::Match {
            left: strings(&["Lee", "Xi"]),
            right: strings(&["China", "South Korea"]),
            pairs: vec![1, 0],
        });
        let again = pairs.reordered();
        assert_eq!(again.answer_text(), pairs.answer_text(), "the same pairs are right");
        assert_ne!(again.body, pairs.body);
        // A timeline never comes back shown in time order.
        let timeline = question(Body::Order { items: strings(&["b", "c", "a"]), order: vec![2, 0, 1] }).reordered();
        let Body::Order { items, order } = &timeline.body else { panic!("a timeline") };
        assert_eq!(timeline.answer_text(), "a | b | c");
        assert!(order.windows(2).any(|w| w[0] > w[1]), "not shown in order: {items:?}");
    }

    #[test]
    fn matching_rows_mark_each_pair_and_name_the_right_partner() {
        let q = question(Body::Match {
            left: strings(&["Arlo", "Maren", "Quill"]),
            right: strings(&["Sudria", "Valdonia", "Norland"]),
            pairs: vec![1, 2, 0],
        });
        let rows = q.answer_rows(Some(&Response::Pairs(vec![Some(1), Some(0), None])));
        let seen: Vec<_> =
            rows.iter().map(|r| (r.item.as_str(), r.given.as_str(), r.right.as_str(), r.is_right)).collect();
        assert_eq!(
            seen,
            [
                ("Arlo", "Valdonia", "Valdonia", true),
                ("Maren", "Sudria", "Norland", false),
                ("Quill", "?", "Sudria", false)
            ]
        );
    }

    #[test]
    fn timeline_rows_mark_each_place() {
        let q = question(Body::Order { items: strings(&["b", "a", "c"]), order: vec![1, 0, 2] });
        let rows = q.answer_rows(Some(&Response::Order(vec![0, 1, 2])));
        let seen: Vec<_> =
            rows.iter().map(|r| (r.item.as_str(), r.given.as_str(), r.right.as_str(), r.is_right)).collect();
        assert_eq!(seen, [("1.", "b", "a", false), ("2.", "a", "b", false), ("3.", "c", "c", true)]);
    }

    #[test]
    fn other_kinds_and_no_answer_have_no_rows() {
        let q = question(Body::Order { items: strings(&["a"]), order: vec![0] });
        assert!(q.answer_rows(None).is_empty());
        assert!(q.answer_rows(Some(&Response::Choice(0))).is_empty());
        let q = question(Body::TrueFalse { answer: true });
        assert!(q.answer_rows(Some(&Response::Bool(true))).is_empty());
    }
}

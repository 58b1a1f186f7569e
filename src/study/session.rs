//! A quiz being taken: the questions, the answers given so far, timing and the summary at the end.
//!
//! Pure logic over plain data, driven the same way by the desktop app and by `dossier play`: "now"
//! (seconds on the caller's monotonic clock) is passed in, so the session never reads a clock and tests
//! control time.

use crate::generate::QuizSettings;
use crate::grade::{Grade, grade};
use crate::question::{Question, QuestionKind, Response};

pub use super::draft::Draft;
/// How the quiz is run: the mode the attempt log records (feedback after each answer, except in an exam).
pub use super::log::Mode;

/// Everything needed to draw a quiz and run it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizPlan {
    /// The pack's stable id (its fact sheet's `id`, [`crate::pack::Pack::id`]), not its place in a list:
    /// the plan stays good when the packs are read again.
    pub pack: String,
    /// The seeded pick.
    pub settings: QuizSettings,
    /// Practice or exam.
    pub mode: Mode,
    /// Exam countdown in minutes, if any.
    pub minutes: Option<u32>,
    /// What the fact filter means in words ("facts about Xi Jinping"), for the setup screen.
    pub focus: Option<String>,
}

/// One answered (or skipped) question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// What the learner gave; `None` if skipped or the time ran out.
    pub response: Option<Response>,
    /// Its grade.
    pub grade: Grade,
}

/// A quiz in progress.
///
/// Practice, Review and Weak spots go forward only: each answer gets its feedback, then the next
/// question. An exam is free to move in: any question can be visited again and its answer changed until
/// the exam is finished (or its time runs out).
#[derive(Debug, Clone)]
pub struct Session {
    /// How the quiz was drawn.
    pub plan: QuizPlan,
    /// The questions, in the order asked.
    pub questions: Vec<Question>,
    /// The id of each question's pack: `plan.pack` for every question, except in a review of what is due
    /// across packs.
    pub packs: Vec<String>,
    /// The title of each question's pack, shown with the question when the quiz spans packs; empty when
    /// all come from one.
    pub sources: Vec<String>,
    /// One slot per question.
    pub answers: Vec<Option<Answer>>,
    /// Index of the question being asked (or whose feedback is shown).
    pub current: usize,
    /// Practice mode: the current question has been answered and its feedback is showing.
    pub showing_feedback: bool,
    /// When the quiz started, on the caller's clock (seconds).
    pub started_at: f64,
    /// When the quiz ended, if it has.
    pub finished_at: Option<f64>,
    /// When an exam countdown runs out.
    pub deadline: Option<f64>,
    /// One draft per question: what its widget shows, kept across visits and screens.
    pub drafts: Vec<Draft>,
    /// Seconds spent on each question, summed over every visit (the running visit counts once it
    /// ends; [`Session::time_on`] includes it).
    pub spent: Vec<f64>,
    /// When the current visit's clock started; `None` while it is stopped (the quiz screen is not shown,
    /// the feedback is showing, or the quiz is over).
    clock: Option<f64>,
    /// Exam: an answer changed with its draft (typing in the box) since [`Session::take_edited`] was last
    /// called.
    edited: bool,
}

impl Session {
    /// Starts a quiz at time `now` on questions of the plan's pack.
    pub fn new(plan: QuizPlan, questions: Vec<Question>, now: f64) -> Self {
        let packs = vec![plan.pack.clone(); questions.len()];
        Self::with_packs(plan, questions, packs, now)
    }

    /// Starts a quiz at time `now` on questions from several packs: `packs[i]` is the id of question `i`'s
    /// pack.
    pub fn with_packs(plan: QuizPlan, questions: Vec<Question>, packs: Vec<String>, now: f64) -> Self {
        debug_assert_eq!(questions.len(), packs.len());
        let deadline = match (plan.mode, plan.minutes) {
            (Mode::Exam, Some(m)) if m > 0 => Some(now + f64::from(m) * 60.0),
            _ => None,
        };
        let answers = vec![None; questions.len()];
        let finished_at = questions.is_empty().then_some(now);
        let drafts = questions.iter().map(Draft::for_question).collect();
        let spent = vec![0.0; questions.len()];
        Self {
            plan,
            questions,
            packs,
            sources: Vec::new(),
            answers,
            current: 0,
            showing_feedback: false,
            started_at: now,
            finished_at,
            deadline,
            drafts,
            spent,
            clock: finished_at.is_none().then_some(now),
            edited: false,
        }
    }

    /// Whether this is an exam: answers are provisional and any question can be visited again.
    pub fn is_exam(&self) -> bool {
        self.plan.mode == Mode::Exam
    }

    /// Whether question `index` has an answer (a skipped question has none).
    pub fn is_answered(&self, index: usize) -> bool {
        self.answers.get(index).is_some_and(|a| a.as_ref().is_some_and(|a| a.response.is_some()))
    }

    /// The questions without an answer, in order.
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.questions.len()).filter(|&i| !self.is_answered(i)).collect()
    }

    /// Calls `f` with the session and the current question's draft, which `f` may change: the quiz
    /// screen's only way to change the session while it is drawn. Outside an exam a draft is unfinished
    /// input, not an answer. In an exam what is in the box is the answer: once `f` returns, the question's
    /// answer becomes what its draft holds ([`Draft::held`]), so the navigator, the count before finishing,
    /// the exam's draft on disk and its grading all see text typed but not confirmed, and a box cleared
    /// leaves the question without an answer.
    pub fn with_draft<R>(&mut self, f: impl FnOnce(&Self, &mut Draft) -> R) -> R {
        let i = self.current;
        let mut draft = self.drafts.get_mut(i).map(std::mem::take).unwrap_or_default();
        let out = f(self, &mut draft);
        if let Some(slot) = self.drafts.get_mut(i) {
            *slot = draft;
        }
        self.hold_draft(i);
        out
    }

    /// Exam: question `index`'s answer becomes what its draft holds, if the draft decides it and it differs
    /// (then the answers are [edited](Session::take_edited)). Nothing changes outside an exam in progress.
    fn hold_draft(&mut self, index: usize) {
        if !self.is_exam() || self.is_finished() {
            return;
        }
        let (Some(q), Some(draft)) = (self.questions.get(index), self.drafts.get(index)) else { return };
        let Some(held) = draft.held() else { return };
        let given = self.answers.get(index).and_then(Option::as_ref).and_then(|a| a.response.as_ref());
        if given == held.as_ref() {
            return;
        }
        let answer = held.map(|r| Answer { grade: grade(q, &r), response: Some(r) });
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = answer;
            self.edited = true;
        }
    }

    /// Exam: whether an answer changed with its draft (typing in the box, not a confirmed answer) since
    /// this was last called, which then forgets it. Whoever keeps the exam's draft on disk writes it again
    /// when this says so.
    pub fn take_edited(&mut self) -> bool {
        std::mem::take(&mut self.edited)
    }

    /// Seconds spent on question `index` up to `now`, the running visit included.
    pub fn time_on(&self, index: usize, now: f64) -> f64 {
        let base = self.spent.get(index).copied().unwrap_or(0.0);
        match self.clock {
            Some(t) if index == self.current => base + (now - t).max(0.0),
            _ => base,
        }
    }

    /// Adds the running visit's time (up to `now`) to the current question and keeps the clock running.
    fn tick(&mut self, now: f64) {
        if let Some(t) = self.clock {
            if let Some(s) = self.spent.get_mut(self.current) {
                *s += (now - t).max(0.0);
            }
            self.clock = Some(now);
        }
    }

    /// Stops the current question's clock (the quiz screen was left).
    pub fn pause(&mut self, now: f64) {
        self.tick(now);
        self.clock = None;
    }

    /// Starts the current question's clock again (the quiz screen shows it), unless the quiz is over or
    /// its feedback is showing.
    pub fn resume(&mut self, now: f64) {
        if self.clock.is_none() && !self.is_finished() && !self.showing_feedback {
            self.clock = Some(now);
        }
    }

    /// The question being asked, or `None` once the quiz is over.
    pub fn question(&self) -> Option<&Question> {
        if self.is_finished() { None } else { self.questions.get(self.current) }
    }

    /// The answer to the current question, once given.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.answers.get(self.current).and_then(Option::as_ref)
    }

    /// Whether the questions come from more than one pack (a review of everything due).
    pub fn spans_packs(&self) -> bool {
        self.packs.iter().any(|p| *p != self.plan.pack)
    }

    /// The id of the pack question `index` comes from.
    pub fn pack_of(&self, index: usize) -> &str {
        self.packs.get(index).unwrap_or(&self.plan.pack)
    }

    /// Whether every question is done (or the time ran out).
    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Grades `response` to the current question. In practice mode the feedback shows next. In an exam
    /// the answer replaces any earlier one (empty typed text takes it back) and the next question shows:
    /// after the last one, the first still without an answer, if any.
    pub fn answer(&mut self, response: Response, now: f64) {
        let Some(q) = self.question() else { return };
        if self.showing_feedback {
            return;
        }
        let blank = matches!(&response, Response::Text(t) if t.trim().is_empty());
        let grade = grade(q, &response);
        if self.is_exam() {
            let answer = (!blank).then_some(Answer { response: Some(response), grade });
            if let Some(slot) = self.answers.get_mut(self.current) {
                *slot = answer;
            }
            let next = if self.current + 1 < self.questions.len() {
                Some(self.current + 1)
            } else {
                self.unanswered().first().copied()
            };
            if let Some(next) = next {
                self.go_to(next, now);
            }
        } else {
            self.record(Answer { response: Some(response), grade }, now);
        }
    }

    /// Leaves the current question unanswered (it scores 0). In an exam: moves on to the next question,
    /// leaving its answer (if any) as it is.
    pub fn skip(&mut self, now: f64) {
        if self.question().is_none() || self.showing_feedback {
            return;
        }
        if self.is_exam() {
            self.next(now);
        } else {
            self.record(Answer { response: None, grade: Grade { score: 0.0, note: None } }, now);
        }
    }

    /// Exam: takes back the answer to the current question.
    pub fn clear_answer(&mut self) {
        if self.is_exam()
            && !self.is_finished()
            && let Some(slot) = self.answers.get_mut(self.current)
        {
            *slot = None;
            if let Some(d) = self.questions.get(self.current).map(Draft::for_question)
                && let Some(draft) = self.drafts.get_mut(self.current)
            {
                *draft = d;
            }
        }
    }

    fn record(&mut self, answer: Answer, now: f64) {
        if let Some(slot) = self.answers.get_mut(self.current) {
            *slot = Some(answer);
        }
        self.pause(now);
        self.showing_feedback = true;
    }

    /// Exam: shows question `index` (its answer so far with it). Time spent counts for the question shown.
    pub fn go_to(&mut self, index: usize, now: f64) {
        if !self.is_exam() || self.is_finished() || index >= self.questions.len() || index == self.current {
            return;
        }
        self.tick(now);
        self.current = index;
    }

    /// Exam: the previous question, if there is one.
    pub fn previous(&mut self, now: f64) {
        if let Some(i) = self.current.checked_sub(1) {
            self.go_to(i, now);
        }
    }

    /// Exam: the next question, if there is one.
    pub fn next(&mut self, now: f64) {
        self.go_to(self.current + 1, now);
    }

    /// Moves past the feedback to the next question, or ends the quiz after the last one.
    pub fn advance(&mut self, now: f64) {
        if self.is_finished() {
            return;
        }
        self.showing_feedback = false;
        if self.current + 1 < self.questions.len() {
            self.tick(now);
            self.current += 1;
            self.clock = Some(now);
        } else {
            self.finish(now);
        }
    }

    /// Ends the quiz now. In an exam the questions without an answer score 0; in any other quiz the
    /// questions not reached are left out of the score (see [`Session::counts`]).
    pub fn finish(&mut self, now: f64) {
        if !self.is_finished() {
            self.pause(now);
            self.showing_feedback = false;
            self.finished_at = Some(now);
        }
    }

    /// Seconds left on the exam countdown, if one runs.
    pub fn time_left(&self, now: f64) -> Option<f64> {
        self.deadline.map(|d| (d - now).max(0.0))
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The score so far, partial credit included.
    pub fn score(&self) -> f64 {
        self.answers.iter().flatten().map(|a| a.grade.score).sum()
    }

    /// Whether question `index` counts in the [`Summary`]: every question of an exam (one without an
    /// answer scores 0), and in any other quiz the questions reached (answered or skipped), so a quiz
    /// ended early is scored on what was answered, and one that ran to its end on every question.
    pub fn counts(&self, index: usize) -> bool {
        self.is_exam() || self.answers.get(index).is_some_and(Option::is_some)
    }

    /// The summary shown on the results screen: only the questions that [count](Session::counts) are
    /// scored, broken down and looked at as mistakes; the others are [`Summary::left`].
    pub fn summary(&self) -> Summary {
        let end = self.finished_at.unwrap_or(self.started_at);
        let counted: Vec<usize> = (0..self.questions.len()).filter(|&i| self.counts(i)).collect();
        let mut by_kind: Vec<KindRow> = Vec::new();
        for &i in &counted {
            let kind = self.questions[i].kind;
            let score = self.answers[i].as_ref().map_or(0.0, |a| a.grade.score);
            match by_kind.iter_mut().find(|r| r.kind == kind) {
                Some(row) => {
                    row.asked += 1;
                    row.score += score;
                }
                None => by_kind.push(KindRow { kind, asked: 1, score }),
            }
        }
        by_kind.sort_by_key(|r| QuestionKind::ALL.iter().position(|k| *k == r.kind));
        let mistakes = counted
            .iter()
            .copied()
            .filter(|&i| !self.answers[i].as_ref().is_some_and(|a| a.grade.is_right()))
            .collect();
        Summary {
            score: self.score(),
            total: counted.len(),
            left: self.questions.len() - counted.len(),
            seconds: (end - self.started_at).max(0.0),
            by_kind,
            mistakes,
        }
    }

    /// A new session over the questions answered wrongly or partly (same mode, no countdown), their options
    /// in another order ([`Question::reordered`]).
    pub fn retry_mistakes(&self, now: f64) -> Option<Self> {
        let summary = self.summary();
        if summary.mistakes.is_empty() {
            return None;
        }
        // Asked again in another order: a learner who remembers where the right option was learns nothing.
        let questions: Vec<Question> = summary.mistakes.iter().map(|&i| self.questions[i].reordered()).collect();
        let packs = summary.mistakes.iter().map(|&i| self.pack_of(i).to_string()).collect();
        let sources = summary.mistakes.iter().filter_map(|&i| self.sources.get(i).cloned()).collect();
        let mut plan = self.plan.clone();
        plan.minutes = None;
        let mut retry = Self::with_packs(plan, questions, packs, now);
        retry.sources = sources;
        Some(retry)
    }
}

/// One row of the per-kind breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct KindRow {
    /// The kind.
    pub kind: QuestionKind,
    /// Questions of this kind that count in the score.
    pub asked: usize,
    /// Their summed score.
    pub score: f64,
}

/// The outcome of a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Summed score, partial credit included.
    pub score: f64,
    /// Questions scored: every question of an exam or of a quiz that ran to its end; of a quiz ended
    /// early, the ones answered (or skipped).
    pub total: usize,
    /// Questions of a quiz ended early that were never reached: not scored, not mistakes, not recorded.
    /// Always 0 for an exam and for a quiz that ran to its end.
    pub left: usize,
    /// Time taken in seconds.
    pub seconds: f64,
    /// Per-kind breakdown, in the kinds' display order.
    pub by_kind: Vec<KindRow>,
    /// Indices of the scored questions not fully right (wrong, partly right, skipped, or in an exam
    /// without an answer).
    pub mistakes: Vec<usize>,
}

impl Summary {
    /// The score as a whole percentage of the questions scored.
    pub fn percent(&self) -> u32 {
        if self.total == 0 { 0 } else { (self.score / self.total as f64 * 100.0).round() as u32 }
    }

    /// Whether the quiz was ended before some questions were reached.
    pub fn ended_early(&self) -> bool {
        self.left > 0
    }

    /// The score over the questions scored: "7 / 10" for a quiz that ran to its end (or an exam), "4 / 6
    /// answered" for one ended early.
    pub fn score_text(&self) -> String {
        let score = format!("{} / {}", format_score(self.score), self.total);
        if self.ended_early() { format!("{score} answered") } else { score }
    }

    /// What a quiz ended early left out, "4 questions left unanswered"; `None` for one that ran to its end.
    pub fn left_text(&self) -> Option<String> {
        match self.left {
            0 => None,
            1 => Some("1 question left unanswered".to_string()),
            n => Some(format!("{n} questions left unanswered")),
        }
    }
}

/// A score without needless decimals: "7", "7.5", "6.67".
pub fn format_score(score: f64) -> String {
    let rounded = (score * 100.0).round() / 100.0;
    if (rounded - rounded.round()).abs() < 1e-9 {
        format!("{}", rounded.round() as i64)
    } else {
        let s = format!("{rounded:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// A duration as "m:ss" (or "h:mm:ss").
pub fn format_duration(seconds: f64) -> String {
    let total = seconds.max(0.0).round() as u64;
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

/// What the exam countdown shows, and when it next changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Countdown {
    /// The text shown: whole minutes ("14 min left"), or "0:42 left" in the last minute.
    pub text: String,
    /// The same for a screen reader: "14 minutes left", "42 seconds left".
    pub spoken: String,
    /// The last minute: shown in the warning colour.
    pub urgent: bool,
    /// Seconds until the text changes: the next repaint, and none sooner.
    pub next_change: f64,
}

/// The countdown with `left` seconds left (more than 0). Above a minute it shows whole minutes, rounded
/// up, so it changes once a minute; in the last minute it shows m:ss and changes every second.
pub fn countdown(left: f64) -> Countdown {
    let plural = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if left > 60.0 {
        let minutes = (left / 60.0).ceil();
        let m = minutes as u64;
        Countdown {
            text: format!("{m} min left"),
            spoken: format!("{} left", plural(m, "minute", "minutes")),
            urgent: false,
            next_change: left - (minutes - 1.0) * 60.0,
        }
    } else {
        let seconds = left.ceil().max(1.0);
        let s = seconds as u64;
        let spoken =
            if s == 60 { "1 minute left".to_string() } else { format!("{} left", plural(s, "second", "seconds")) };
        Countdown {
            text: format!("{} left", format_duration(seconds)),
            spoken,
            urgent: true,
            next_change: (left - (seconds - 1.0)).max(0.0),
        }
    }
}

/// The seed after `seed`: a six-digit number that is easy to read out in class.
pub fn next_seed(seed: u64) -> u64 {
    let x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    100_000 + (x >> 33) % 900_000
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::Body;

    fn tf(id: &str, answer: bool) -> Question {
        Question {
            id: id.into(),
            kind: QuestionKind::Tf,
            prompt: format!("{id}?"),
            body: Body::TrueFalse { answer },
            facts: vec![id.into()],
            evidence: vec!["quote".into()],
            topics: Vec::new(),
        }
    }

    fn numeric(id: &str, value: f64) -> Question {
        Question {
            id: id.into(),
            kind: QuestionKind::Numeric,
            prompt: format!("{id}?"),
            body: Body::Typed {
                answer: value.to_string(),
                expected: crate::question::Expected::Number { value, tolerance: 0.0 },
                unit: None,
            },
            facts: vec![id.into()],
            evidence: vec!["quote".into()],
            topics: Vec::new(),
        }
    }

    /// Types `text` into the current question's box, as the quiz screen does while it is drawn.
    fn type_in(s: &mut Session, text: &str) {
        s.with_draft(|_, d| {
            if let Draft::Typed(t) = d {
                t.text = text.to_string();
            }
        });
    }

    #[test]
    fn in_an_exam_what_is_in_the_box_is_the_answer() {
        let qs = vec![numeric("a", 136.0), numeric("b", 7.0), tf("c", true)];
        let mut s = Session::new(plan(Mode::Exam, Some(1)), qs.clone(), 0.0);
        type_in(&mut s, "136");
        assert!(s.take_edited(), "typing changed the answers");
        assert!(!s.take_edited(), "once told, forgotten");
        s.next(2.0);
        assert!(s.is_answered(0), "typed and not confirmed is answered");
        assert_eq!(s.unanswered(), vec![1, 2]);
        assert_eq!(s.answers[0].as_ref().and_then(|a| a.response.clone()), Some(Response::Text("136".into())));
        assert!((s.score() - 1.0).abs() < 1e-9, "and graded");
        type_in(&mut s, "8");
        type_in(&mut s, "  ");
        assert!(!s.is_answered(1), "a cleared box is no answer");
        type_in(&mut s, "seven");
        assert!(s.is_answered(1) && s.take_edited());
        s.with_draft(|_, _| ());
        assert!(!s.take_edited(), "drawing without a change edits nothing");
        // Time runs out with "seven" in the box: it is recorded and graded.
        s.finish(61.0);
        assert_eq!(s.answered(), 2);
        assert!((s.score() - 2.0).abs() < 1e-9, "{}", s.score());
        type_in(&mut s, "");
        assert!(s.is_answered(1), "a finished exam's answers stay");

        // Practice: the box is only a draft until it is checked.
        let mut s = Session::new(plan(Mode::Practice, None), qs, 0.0);
        type_in(&mut s, "136");
        assert!(!s.is_answered(0) && !s.take_edited());
    }

    #[test]
    fn in_an_exam_pairs_made_and_items_moved_are_the_answer_and_an_order_as_shown_is_not() {
        let mut m = tf("m", true);
        m.kind = QuestionKind::Match;
        m.body =
            Body::Match { left: vec!["a".into(), "b".into()], right: vec!["x".into(), "y".into()], pairs: vec![1, 0] };
        let mut o = tf("o", true);
        o.kind = QuestionKind::Order;
        o.body = Body::Order { items: vec!["1".into(), "2".into(), "3".into()], order: vec![1, 0, 2] };
        let mut s = Session::new(plan(Mode::Exam, None), vec![m, o], 0.0);
        s.with_draft(|_, d| {
            if let Draft::Match(d) = d {
                d.pair(1);
            }
        });
        assert_eq!(
            s.answers[0].as_ref().and_then(|a| a.response.clone()),
            Some(Response::Pairs(vec![Some(1), None])),
            "a half-made matching is the answer as it stands"
        );
        assert!((s.score() - 0.5).abs() < 1e-9, "partial credit: {}", s.score());
        s.with_draft(|_, d| {
            if let Draft::Match(d) = d {
                d.undo();
            }
        });
        assert!(!s.is_answered(0), "no pair left, no answer");
        s.next(1.0);
        s.with_draft(|_, _| ());
        assert!(!s.is_answered(1), "the order as shown is not the learner's");
        s.with_draft(|_, d| {
            if let Draft::Order(d) = d {
                d.shift(false);
            }
        });
        assert_eq!(s.answers[1].as_ref().and_then(|a| a.response.clone()), Some(Response::Order(vec![1, 0, 2])));
        assert!((s.score() - 1.0).abs() < 1e-9, "a moved ordering is graded: {}", s.score());
    }

    fn plan(mode: Mode, minutes: Option<u32>) -> QuizPlan {
        QuizPlan { pack: "pack".into(), settings: QuizSettings::default(), mode, minutes, focus: None }
    }

    #[test]
    fn practice_shows_feedback_then_moves_on() {
        let mut s = Session::new(plan(Mode::Practice, None), vec![tf("a", true), tf("b", false)], 10.0);
        s.answer(Response::Bool(true), 11.0);
        assert!(s.showing_feedback);
        assert_eq!(s.current, 0);
        s.answer(Response::Bool(false), 11.5);
        assert!((s.score() - 1.0).abs() < 1e-9, "a second answer during feedback is ignored");
        s.advance(12.0);
        assert_eq!(s.current, 1);
        s.answer(Response::Bool(true), 13.0);
        s.advance(14.0);
        assert!(s.is_finished());
        let sum = s.summary();
        assert_eq!((sum.score, sum.total, sum.mistakes.clone(), sum.percent()), (1.0, 2, vec![1], 50));
        assert!((sum.seconds - 4.0).abs() < 1e-9);
        let retry = s.retry_mistakes(20.0).expect("one mistake");
        assert_eq!(retry.questions.len(), 1);
        assert_eq!(retry.questions[0].id, "b");
    }

    #[test]
    fn a_practice_quiz_ended_early_is_scored_on_what_was_answered() {
        let qs = vec![tf("a", true), tf("b", true), tf("c", true), tf("d", true), tf("e", true)];
        let mut s = Session::new(plan(Mode::Practice, None), qs, 0.0);
        s.answer(Response::Bool(true), 1.0);
        s.advance(2.0);
        s.answer(Response::Bool(false), 3.0);
        s.advance(4.0);
        s.skip(5.0);
        s.advance(6.0);
        assert_eq!(s.current, 3, "two questions are not reached");
        s.finish(7.0);
        let sum = s.summary();
        assert_eq!((sum.total, sum.left, sum.mistakes.clone()), (3, 2, vec![1, 2]), "the skip counts, unseen do not");
        assert!((sum.score - 1.0).abs() < 1e-9);
        assert_eq!(sum.percent(), 33);
        assert!(sum.ended_early());
        assert_eq!(sum.score_text(), "1 / 3 answered");
        assert_eq!(sum.left_text().as_deref(), Some("2 questions left unanswered"));
        assert_eq!(sum.by_kind, vec![KindRow { kind: QuestionKind::Tf, asked: 3, score: 1.0 }]);
        assert_eq!(
            s.retry_mistakes(8.0).map(|r| r.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>()),
            Some(vec!["b".to_string(), "c".to_string()]),
            "a retry is of the answered mistakes only"
        );
    }

    #[test]
    fn a_quiz_ended_on_its_feedback_or_before_any_answer() {
        // Ended while the last answer's feedback shows: that answer counts, one question is left.
        let mut s = Session::new(plan(Mode::Review, None), vec![tf("a", true), tf("b", true)], 0.0);
        s.answer(Response::Bool(true), 1.0);
        s.finish(2.0);
        let sum = s.summary();
        assert_eq!(
            (sum.score_text(), sum.left_text()),
            ("1 / 1 answered".into(), Some("1 question left unanswered".into()))
        );
        assert!(sum.mistakes.is_empty());
        assert_eq!(sum.percent(), 100);

        // Ended before any answer: nothing is scored, nothing is a mistake.
        let mut s = Session::new(plan(Mode::Practice, None), vec![tf("a", true), tf("b", true)], 0.0);
        s.finish(1.0);
        let sum = s.summary();
        assert_eq!((sum.total, sum.left, sum.percent()), (0, 2, 0));
        assert!(sum.mistakes.is_empty() && sum.by_kind.is_empty());
        assert_eq!(sum.score_text(), "0 / 0 answered");
        assert!(s.retry_mistakes(2.0).is_none());
    }

    #[test]
    fn a_quiz_run_to_its_end_and_an_exam_score_every_question() {
        let mut s = Session::new(plan(Mode::Practice, None), vec![tf("a", true), tf("b", true)], 0.0);
        s.answer(Response::Bool(true), 1.0);
        s.advance(2.0);
        s.skip(3.0);
        s.advance(4.0);
        let sum = s.summary();
        assert_eq!((sum.total, sum.left, sum.score_text(), sum.left_text()), (2, 0, "1 / 2".into(), None));
        assert!(!sum.ended_early());

        let mut s = Session::new(plan(Mode::Exam, None), vec![tf("a", true), tf("b", true), tf("c", true)], 0.0);
        s.answer(Response::Bool(true), 1.0);
        s.finish(2.0);
        let sum = s.summary();
        assert_eq!((sum.total, sum.left, sum.mistakes.clone(), sum.score_text()), (3, 0, vec![1, 2], "1 / 3".into()));
    }

    #[test]
    fn exam_moves_on_without_feedback_and_times_out() {
        let mut s = Session::new(plan(Mode::Exam, Some(1)), vec![tf("a", true), tf("b", true), tf("c", true)], 0.0);
        s.answer(Response::Bool(true), 1.0);
        assert!(!s.showing_feedback);
        assert_eq!(s.current, 1);
        assert_eq!(s.time_left(30.0), Some(30.0));
        s.finish(61.0);
        assert!(s.is_finished());
        let sum = s.summary();
        assert_eq!(sum.mistakes, vec![1, 2]);
        assert_eq!(sum.by_kind, vec![KindRow { kind: QuestionKind::Tf, asked: 3, score: 1.0 }]);
    }

    #[test]
    fn exam_moves_freely_and_answers_can_change() {
        let qs = vec![tf("a", true), tf("b", true), tf("c", true)];
        let mut s = Session::new(plan(Mode::Exam, None), qs, 0.0);
        s.answer(Response::Bool(false), 5.0);
        assert_eq!(s.current, 1, "answering moves on");
        s.previous(7.0);
        assert_eq!(s.current, 0);
        assert_eq!(s.current_answer().and_then(|a| a.response.clone()), Some(Response::Bool(false)));
        s.answer(Response::Bool(true), 10.0);
        assert_eq!(s.current, 1);
        assert!((s.score() - 1.0).abs() < 1e-9, "the changed answer counts");
        assert!((s.time_on(0, 10.0) - 8.0).abs() < 1e-9, "both visits count: {}", s.time_on(0, 10.0));
        s.skip(12.0);
        assert_eq!(s.current, 2);
        assert!(!s.is_answered(1), "skipping leaves no answer");
        s.answer(Response::Bool(true), 13.0);
        assert_eq!(s.current, 1, "after the last question, the first without an answer");
        s.pause(20.0);
        s.resume(100.0);
        assert!(
            (s.time_on(1, 101.0) - 12.0).abs() < 1e-9,
            "2 + 2 + 7 + 1 s; time away does not count: {}",
            s.time_on(1, 101.0)
        );
        s.answer(Response::Text(String::new()), 102.0);
        assert!(!s.is_answered(1), "an empty answer is none");
        s.go_to(0, 103.0);
        s.clear_answer();
        assert_eq!(s.unanswered(), vec![0, 1]);
        s.finish(104.0);
        s.go_to(2, 105.0);
        assert_eq!(s.current, 0, "a finished exam stays put");
    }

    #[test]
    fn practice_cannot_go_back_and_times_each_question() {
        let mut s = Session::new(plan(Mode::Practice, None), vec![tf("a", true), tf("b", false)], 0.0);
        s.answer(Response::Bool(true), 4.0);
        s.go_to(1, 5.0);
        s.previous(5.0);
        assert_eq!(s.current, 0, "no moving about outside an exam");
        assert!((s.time_on(0, 30.0) - 4.0).abs() < 1e-9, "the clock stops at the answer");
        s.advance(30.0);
        assert!((s.time_on(1, 32.0) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn an_exam_answered_in_order_times_each_question_only_while_it_is_shown() {
        // As `dossier play` drives an exam: each answer moves on; the clock stops while the answer is
        // recorded and runs again once the next question is printed.
        let mut s = Session::new(plan(Mode::Exam, None), vec![tf("a", true), tf("b", true)], 0.0);
        s.answer(Response::Bool(true), 2.0);
        s.pause(2.0);
        assert_eq!(s.current, 1, "the answer moves on");
        s.resume(5.0);
        s.answer(Response::Bool(false), 6.0);
        s.pause(6.0);
        assert_eq!(s.current, 1, "after the last question, none is left without an answer");
        assert!(s.unanswered().is_empty());
        s.finish(9.0);
        assert!((s.time_on(0, 9.0) - 2.0).abs() < 1e-9, "{}", s.time_on(0, 9.0));
        assert!((s.time_on(1, 9.0) - 1.0).abs() < 1e-9, "recording counts for no question: {}", s.time_on(1, 9.0));
        assert_eq!(s.answered(), 2);
        assert!((s.score() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_countdown_changes_once_a_minute_then_every_second() {
        let c = countdown(600.0);
        assert_eq!((c.text.as_str(), c.spoken.as_str(), c.urgent), ("10 min left", "10 minutes left", false));
        assert!((c.next_change - 60.0).abs() < 1e-9);
        let c = countdown(599.5);
        assert_eq!(c.text, "10 min left");
        assert!((c.next_change - 59.5).abs() < 1e-9);
        assert_eq!(countdown(61.0).text, "2 min left");
        assert!((countdown(61.0).next_change - 1.0).abs() < 1e-9);
        let c = countdown(60.0);
        assert_eq!((c.text.as_str(), c.spoken.as_str(), c.urgent), ("1:00 left", "1 minute left", true));
        let c = countdown(41.3);
        assert_eq!((c.text.as_str(), c.spoken.as_str()), ("0:42 left", "42 seconds left"));
        assert!((c.next_change - 0.3).abs() < 1e-9);
        assert_eq!(countdown(0.5).spoken, "1 second left");
    }

    #[test]
    fn formats_scores_times_and_seeds() {
        assert_eq!(format_score(7.0), "7");
        assert_eq!(format_score(7.5), "7.5");
        assert_eq!(format_score(2.0 / 3.0), "0.67");
        assert_eq!(format_duration(75.2), "1:15");
        assert_eq!(format_duration(3725.0), "1:02:05");
        let s = next_seed(1);
        assert!((100_000..1_000_000).contains(&s));
        assert_eq!(next_seed(1), s, "deterministic");
        assert_ne!(next_seed(s), s);
    }
}

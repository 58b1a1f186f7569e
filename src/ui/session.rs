//! A quiz being taken: the questions, the answers given so far, timing and the summary at the end.
//!
//! Pure logic over plain data, with no GUI types: "now" (seconds on the UI clock) is passed in, so tests
//! control time.

use crate::generate::{Body, Question, QuestionKind, QuizSettings, Response};
use crate::grade::{Grade, grade};

/// How the quiz is run: the mode the attempt log records (feedback after each answer, except in an exam).
pub use crate::study::Mode;

/// Everything needed to draw a quiz and run it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizPlan {
    /// Index of the pack in the library.
    pub pack: usize,
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
#[derive(Debug, Clone)]
pub struct Session {
    /// How the quiz was drawn.
    pub plan: QuizPlan,
    /// The questions, in the order asked.
    pub questions: Vec<Question>,
    /// The library index of each question's pack: `plan.pack` for every question, except in a review of
    /// what is due across packs.
    pub packs: Vec<usize>,
    /// One slot per question.
    pub answers: Vec<Option<Answer>>,
    /// Index of the question being asked (or whose feedback is shown).
    pub current: usize,
    /// Practice mode: the current question has been answered and its feedback is showing.
    pub showing_feedback: bool,
    /// When the quiz started, on the UI clock (seconds).
    pub started_at: f64,
    /// When the quiz ended, if it has.
    pub finished_at: Option<f64>,
    /// When an exam countdown runs out.
    pub deadline: Option<f64>,
}

impl Session {
    /// Starts a quiz at time `now` on questions of the plan's pack.
    pub fn new(plan: QuizPlan, questions: Vec<Question>, now: f64) -> Self {
        let packs = vec![plan.pack; questions.len()];
        Self::with_packs(plan, questions, packs, now)
    }

    /// Starts a quiz at time `now` on questions from several packs: `packs[i]` is the library index of
    /// question `i`'s pack.
    pub fn with_packs(plan: QuizPlan, questions: Vec<Question>, packs: Vec<usize>, now: f64) -> Self {
        debug_assert_eq!(questions.len(), packs.len());
        let deadline = match (plan.mode, plan.minutes) {
            (Mode::Exam, Some(m)) if m > 0 => Some(now + f64::from(m) * 60.0),
            _ => None,
        };
        let answers = vec![None; questions.len()];
        let finished_at = questions.is_empty().then_some(now);
        Self {
            plan,
            questions,
            packs,
            answers,
            current: 0,
            showing_feedback: false,
            started_at: now,
            finished_at,
            deadline,
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

    /// The library index of the pack question `index` comes from.
    pub fn pack_of(&self, index: usize) -> usize {
        self.packs.get(index).copied().unwrap_or(self.plan.pack)
    }

    /// Whether every question is done (or the time ran out).
    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Grades `response` to the current question. In practice mode the feedback shows next; in an exam
    /// the quiz moves on at once.
    pub fn answer(&mut self, response: Response, now: f64) {
        let Some(q) = self.question() else { return };
        if self.showing_feedback {
            return;
        }
        let grade = grade(q, &response);
        self.record(Answer { response: Some(response), grade }, now);
    }

    /// Leaves the current question unanswered (it scores 0).
    pub fn skip(&mut self, now: f64) {
        if self.question().is_none() || self.showing_feedback {
            return;
        }
        self.record(Answer { response: None, grade: Grade { score: 0.0, note: None } }, now);
    }

    fn record(&mut self, answer: Answer, now: f64) {
        if let Some(slot) = self.answers.get_mut(self.current) {
            *slot = Some(answer);
        }
        match self.plan.mode {
            Mode::Practice | Mode::Review | Mode::Weak => self.showing_feedback = true,
            Mode::Exam => self.advance(now),
        }
    }

    /// Moves past the feedback to the next question, or ends the quiz after the last one.
    pub fn advance(&mut self, now: f64) {
        if self.is_finished() {
            return;
        }
        self.showing_feedback = false;
        if self.current + 1 < self.questions.len() {
            self.current += 1;
        } else {
            self.finished_at = Some(now);
        }
    }

    /// Ends the quiz now: questions not answered score 0.
    pub fn finish(&mut self, now: f64) {
        if !self.is_finished() {
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

    /// The summary shown on the results screen.
    pub fn summary(&self) -> Summary {
        let end = self.finished_at.unwrap_or(self.started_at);
        let mut by_kind: Vec<KindRow> = Vec::new();
        for (q, a) in self.questions.iter().zip(&self.answers) {
            let score = a.as_ref().map_or(0.0, |a| a.grade.score);
            match by_kind.iter_mut().find(|r| r.kind == q.kind) {
                Some(row) => {
                    row.asked += 1;
                    row.score += score;
                }
                None => by_kind.push(KindRow { kind: q.kind, asked: 1, score }),
            }
        }
        by_kind.sort_by_key(|r| QuestionKind::ALL.iter().position(|k| *k == r.kind));
        let mistakes = (0..self.questions.len())
            .filter(|&i| !self.answers[i].as_ref().is_some_and(|a| a.grade.is_right()))
            .collect();
        Summary {
            score: self.score(),
            total: self.questions.len(),
            seconds: (end - self.started_at).max(0.0),
            by_kind,
            mistakes,
        }
    }

    /// A new session over the questions answered wrongly or partly (same mode, no countdown).
    pub fn retry_mistakes(&self, now: f64) -> Option<Self> {
        let summary = self.summary();
        if summary.mistakes.is_empty() {
            return None;
        }
        let questions: Vec<Question> = summary.mistakes.iter().map(|&i| self.questions[i].clone()).collect();
        let packs = summary.mistakes.iter().map(|&i| self.pack_of(i)).collect();
        let mut plan = self.plan.clone();
        plan.minutes = None;
        Some(Self::with_packs(plan, questions, packs, now))
    }
}

/// One row of the per-kind breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct KindRow {
    /// The kind.
    pub kind: QuestionKind,
    /// Questions of this kind in the quiz.
    pub asked: usize,
    /// Their summed score.
    pub score: f64,
}

/// The outcome of a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Summed score, partial credit included.
    pub score: f64,
    /// Number of questions.
    pub total: usize,
    /// Time taken in seconds.
    pub seconds: f64,
    /// Per-kind breakdown, in the kinds' display order.
    pub by_kind: Vec<KindRow>,
    /// Indices of questions not fully right (wrong, partly right or unanswered).
    pub mistakes: Vec<usize>,
}

impl Summary {
    /// The score as a whole percentage.
    pub fn percent(&self) -> u32 {
        if self.total == 0 { 0 } else { (self.score / self.total as f64 * 100.0).round() as u32 }
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

/// The learner's response in words, as feedback and results show it.
pub fn response_text(q: &Question, response: Option<&Response>) -> String {
    let Some(response) = response else { return "No answer".to_string() };
    match (&q.body, response) {
        (Body::Choice { options, .. }, Response::Choice(i)) => options.get(*i).cloned().unwrap_or_default(),
        (_, Response::Bool(b)) => if *b { "True" } else { "False" }.to_string(),
        (_, Response::Text(t)) if t.trim().is_empty() => "No answer".to_string(),
        (_, Response::Text(t)) => t.trim().to_string(),
        (Body::Match { left, right, .. }, Response::Pairs(chosen)) => left
            .iter()
            .zip(chosen)
            .map(|(l, c)| format!("{l} → {}", c.and_then(|c| right.get(c)).map_or("?", String::as_str)))
            .collect::<Vec<_>>()
            .join("; "),
        (Body::Order { items, .. }, Response::Order(order)) => {
            order.iter().filter_map(|&i| items.get(i).map(String::as_str)).collect::<Vec<_>>().join(" → ")
        }
        _ => String::new(),
    }
}

/// The right answer in words: the option, "True"/"False", the canonical text, pairs or the order.
pub fn answer_lines(q: &Question) -> Vec<String> {
    match &q.body {
        Body::TrueFalse { answer } => vec![if *answer { "True" } else { "False" }.to_string()],
        Body::Match { left, right, pairs } => {
            left.iter().zip(pairs).map(|(l, &r)| format!("{l} → {}", right.get(r).map_or("", String::as_str))).collect()
        }
        Body::Order { items, order } => {
            order.iter().enumerate().filter_map(|(n, &i)| items.get(i).map(|it| format!("{}. {it}", n + 1))).collect()
        }
        Body::Choice { .. } | Body::Typed { .. } => vec![q.answer_text()],
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

    fn plan(mode: Mode, minutes: Option<u32>) -> QuizPlan {
        QuizPlan { pack: 0, settings: QuizSettings::default(), mode, minutes, focus: None }
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

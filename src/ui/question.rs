//! The question screen: progress ("7 of 20" and a bar), the prompt, the widget of the question's kind, and
//! in practice mode the feedback once answered. An exam countdown repaints once a second, never more.

use std::time::Duration;

use egui::{Key, ProgressBar, RichText, ScrollArea, Ui};

use crate::generate::{Body, Question, QuestionKind};
use crate::ui::app::Command;
use crate::ui::feedback;
use crate::ui::session::{Session, format_duration};
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::matching::MatchDraft;
use crate::ui::widgets::ordering::OrderDraft;
use crate::ui::widgets::typed::TypedDraft;
use crate::ui::widgets::{choice, column, matching, ordering, take_key, typed};

/// The learner's unfinished answer to the current question.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Draft {
    /// Nothing to keep (choice questions answer at once).
    #[default]
    None,
    /// Typed text.
    Typed(TypedDraft),
    /// Pairs made.
    Match(MatchDraft),
    /// Items reordered.
    Order(OrderDraft),
}

impl Draft {
    /// A fresh draft for `q`.
    pub fn for_question(q: &Question) -> Self {
        match &q.body {
            Body::Typed { .. } => Self::Typed(TypedDraft::new()),
            Body::Match { left, .. } => Self::Match(MatchDraft::new(left.len())),
            Body::Order { items, .. } => Self::Order(OrderDraft::new(items.len())),
            Body::Choice { .. } | Body::TrueFalse { .. } => Self::None,
        }
    }
}

/// The quiz screen's own state.
#[derive(Debug, Clone, Default)]
pub struct QuizView {
    /// The draft, for the question with this id and position.
    pub draft: Draft,
    /// Which question the draft belongs to.
    pub draft_for: Option<(usize, String)>,
    /// The feedback's "Continue" button still has to take focus.
    pub feedback_focus_pending: bool,
}

/// The quiz screen: a question, or its feedback.
pub fn ui(ui: &mut Ui, session: &Session, view: &mut QuizView, now: f64) -> Option<Command> {
    let mut cmd = None;
    let Some(q) = session.question() else { return Some(Command::EndQuiz) };
    let key = (session.current, q.id.clone());
    if view.draft_for.as_ref() != Some(&key) {
        view.draft = Draft::for_question(q);
        view.draft_for = Some(key);
        view.feedback_focus_pending = true;
    }
    if let Some(left) = session.time_left(now) {
        if left <= 0.0 {
            return Some(Command::EndQuiz);
        }
        // Wake up at the next whole second so the countdown ticks, and no more often.
        let fraction = left - left.floor();
        ui.ctx().request_repaint_after(Duration::from_secs_f64(if fraction > 0.01 { fraction } else { 1.0 }));
    }
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            progress_ui(ui, session, q, now);
            ui.add_space(6.0);
            ui.push_id(("question", session.current, &q.id), |ui| {
                prompt_ui(ui, q);
                ui.add_space(8.0);
                cmd = if session.showing_feedback { feedback::ui(ui, session, view) } else { answer_ui(ui, q, view) };
            });
        });
    });
    cmd
}

/// "Question 7 of 20", the kind, the countdown and the bar.
fn progress_ui(ui: &mut Ui, session: &Session, q: &Question, now: f64) {
    let p = theme::palette(ui);
    let total = session.questions.len();
    ui.horizontal(|ui| {
        ui.label(theme::strong(format!("Question {} of {total}", session.current + 1)));
        ui.label(RichText::new(q.kind.name()).color(p.quiet));
        if let Some(left) = session.time_left(now) {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let color = if left < 60.0 { p.wrong } else { p.text };
                ui.label(RichText::new(format!("Time left {}", format_duration(left.ceil()))).color(color));
            });
        }
    });
    let done = session.current + usize::from(session.showing_feedback);
    ui.add(ProgressBar::new(done as f32 / total.max(1) as f32).desired_height(6.0).fill(p.accent));
}

/// The question's prompt, large; cloze blanks are drawn as a line.
fn prompt_ui(ui: &mut Ui, q: &Question) {
    let text = match q.kind {
        QuestionKind::Cloze => q.prompt.trim_start_matches("Fill in the blank: ").to_string(),
        _ => q.prompt.clone(),
    };
    ui.add(egui::Label::new(RichText::new(text).text_style(egui::TextStyle::Name(theme::PROMPT.into()))).wrap());
}

/// The widget of the question's kind, with Skip.
fn answer_ui(ui: &mut Ui, q: &Question, view: &mut QuizView) -> Option<Command> {
    let response = match (&q.body, &mut view.draft) {
        (Body::Choice { options, .. }, _) => choice::mc_ui(ui, options),
        (Body::TrueFalse { .. }, _) => choice::tf_ui(ui),
        (Body::Typed { unit, expected, .. }, Draft::Typed(d)) => {
            let numeric = matches!(expected, crate::generate::Expected::Number { .. });
            typed::ui(ui, d, unit.as_deref(), numeric)
        }
        (Body::Match { left, right, .. }, Draft::Match(d)) => matching::ui(ui, left, right, d),
        (Body::Order { items, .. }, Draft::Order(d)) => ordering::ui(ui, items, d),
        _ => None,
    };
    if let Some(r) = response {
        return Some(Command::Answer(r));
    }
    ui.add_space(8.0);
    let mut cmd = None;
    ui.horizontal(|ui| {
        if ui.button("Skip").clicked() {
            cmd = Some(Command::Skip);
        }
        ui.label(RichText::new("(counts as not answered)").small().color(theme::palette(ui).quiet));
    });
    if take_key(ui, Key::S) {
        cmd = Some(Command::Skip);
    }
    cmd
}

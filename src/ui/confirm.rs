//! The one "are you sure?" dialog: a question, a quiet line on what it means, the button that goes ahead
//! and the one that goes back, which has keyboard focus; Escape (or a click beside the dialog) goes back.
//! Every confirmation of the app is drawn by it: "End quiz" with questions left, the exam's "Finish exam"
//! with questions unanswered, "Check pairs" on a half-made matching, leaving "Add article" (or "Start
//! over", or closing the window) with a draft or pasted text not saved.

use egui::{RichText, Ui};

use crate::ui::theme;
use crate::ui::widgets::{focus_now, hints};

/// What the dialog asks, in words.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    /// The dialog's id, unique among the app's dialogs.
    pub id: &'a str,
    /// The question, in bold: "3 of 10 questions are not answered yet. End the quiz?"
    pub question: &'a str,
    /// What going ahead means, quietly below it.
    pub detail: &'a str,
    /// The button that goes ahead ("End quiz").
    pub go: &'a str,
    /// The button that goes back ("Keep going"); it takes focus, so Enter or Space goes back.
    pub back: &'a str,
    /// The key hint: what Escape does ("Escape keeps going").
    pub escape: &'a str,
}

/// The dialog's own state while it shows.
#[derive(Debug, Clone)]
pub struct ConfirmView {
    /// The "go back" button still has to take keyboard focus (the dialog's first frame).
    pub focus_pending: bool,
}

impl Default for ConfirmView {
    fn default() -> Self {
        Self { focus_pending: true }
    }
}

/// The learner's answer to the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Go ahead.
    Go,
    /// Go back, nothing changed ("Keep going", Escape, a click beside the dialog).
    Back,
}

/// Draws the dialog over everything (the caller disables what is under it, so no key reaches it); `None`
/// while the learner has not chosen.
pub fn ui(ui: &Ui, ask: &Ask<'_>, view: &mut ConfirmView) -> Option<Choice> {
    let mut choice = None;
    let frame = egui::Frame::popup(ui.style()).inner_margin(egui::Margin::same(20));
    let modal = egui::Modal::new(egui::Id::unique(("confirm", ask.id))).frame(frame).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        crate::ui::widgets::speech::name_dialog(ui, ask.question, ask.detail);
        let p = theme::palette(ui);
        ui.add(egui::Label::new(theme::strong(ask.question).size(18.0)).wrap());
        ui.add(egui::Label::new(RichText::new(ask.detail).color(p.quiet)).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(ask.go).clicked() {
                choice = Some(Choice::Go);
            }
            let back = ui.button(ask.back);
            if view.focus_pending {
                focus_now(&back);
                view.focus_pending = false;
            }
            if back.clicked() {
                choice = Some(Choice::Back);
            }
        });
        hints(ui, ask.escape);
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(Choice::Back);
    }
    choice
}

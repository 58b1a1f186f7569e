//! The welcome of a first start (no list of learners yet): what Dossier does, a name for the learner
//! (the field focused, Enter confirms) with "Start", or "Just practise" (as [`GUEST_NAME`]). Nothing is
//! written until one of them is chosen; an empty or unusable name is refused with a sentence, before
//! anything is written. Escape leaves everything as it was.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::study::profiles::check_name;
use crate::ui::app::Command;
use crate::ui::learner::{GUEST_NAME, Learner, sentence};
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column, focus_now};

/// The welcome's own state: the name as typed, and whether Enter was pressed with no name.
#[derive(Debug, Clone, Default)]
pub struct WelcomeView {
    /// The learner's name, as typed.
    pub name: String,
    /// Enter (or "Start") was pressed with no name: say what to do instead.
    pub asked_empty: bool,
}

/// The welcome screen. Returns [`Command::Greet`] with the name typed or `None` for "Just practise".
pub fn ui(ui: &mut Ui, learner: &Learner, view: &mut WelcomeView) -> Option<Command> {
    let mut cmd = None;
    let area = ScrollArea::vertical().auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the welcome", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.heading("Welcome to Dossier");
            ui.add(
                egui::Label::new(
                    "Dossier reads a news article with you and asks you questions made from its facts. It keeps \
                     your answers and brings each question back when you are about to forget it.",
                )
                .wrap(),
            );
            ui.add_space(8.0);
            card(ui, |ui| {
                ui.label(theme::strong("What should Dossier call you?"));
                let checked = check_name(&view.name);
                let typed = !view.name.trim().is_empty();
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label("Your name");
                    let edit = ui.add(TextEdit::singleline(&mut view.name).desired_width(220.0)).labelled_by(label.id);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    // The field has the keyboard from the start, and again whenever nothing else has it
                    // (after Enter, Escape, or a click beside it).
                    if ui.ctx().memory(|m| m.focused().is_none()) {
                        focus_now(&edit);
                    }
                    if edit.changed() {
                        view.asked_empty = false;
                    }
                    let start = ui.add_enabled(checked.is_ok(), egui::Button::new("Start"));
                    if start.clicked() || enter {
                        match &checked {
                            Ok(name) => cmd = Some(Command::Greet(Some(name.clone()))),
                            Err(_) if !typed => view.asked_empty = true,
                            Err(_) => {}
                        }
                    }
                    if ui.button("Just practise").clicked() {
                        cmd = Some(Command::Greet(None));
                    }
                });
                // Why "Start" cannot be pressed yet, as a sentence.
                match &checked {
                    Err(e) if typed => {
                        ui.add(egui::Label::new(RichText::new(sentence(&e.to_string())).color(p.wrong)).wrap());
                    }
                    Err(_) if view.asked_empty => {
                        ui.label(
                            RichText::new("Type your name first, or choose \u{201c}Just practise\u{201d}.")
                                .color(p.wrong),
                        );
                    }
                    _ => {}
                }
                if let Some(notice) = learner.notice.as_ref().filter(|n| n.is_refusal()) {
                    ui.add(egui::Label::new(RichText::new(notice.text()).color(p.wrong)).wrap());
                }
                ui.add(
                    egui::Label::new(
                        RichText::new(format!(
                            "Your answers and progress are kept on this computer under this name. \u{201c}Just \
                             practise\u{201d} keeps them as {GUEST_NAME}'s; you can rename or add learners later."
                        ))
                        .color(p.quiet),
                    )
                    .wrap(),
                );
            });
            ui.add_space(8.0);
            ui.label(
                RichText::new("Next: the Library, where you pick an article to read and then practise on.")
                    .color(p.quiet),
            );
        });
    });
    cmd
}

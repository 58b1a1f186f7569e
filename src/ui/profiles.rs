//! The Learners screen: everyone who studies on this computer; add, switch, rename, and remove (after a
//! confirmation; the data goes to the trash folder, nothing is destroyed).

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::ui::app::Command;
use crate::ui::learner::Learner;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

/// The Learners screen's own state: what is being typed and which removal awaits confirmation.
#[derive(Debug, Clone, Default)]
pub struct ProfilesView {
    /// The name of a new learner, as typed.
    pub new_name: String,
    /// The learner being renamed (id) and the new name as typed.
    pub renaming: Option<(String, String)>,
    /// The learner (id) whose removal awaits "Yes, remove".
    pub confirm_remove: Option<String>,
    /// Whether the new-name field still has to take focus (the frame after "Rename …"), with the old name
    /// selected so that typing replaces it.
    pub focus_rename: bool,
}

/// The Learners screen.
pub fn ui(ui: &mut Ui, learner: &Learner, view: &mut ProfilesView) -> Option<Command> {
    let mut cmd = None;
    let area = ScrollArea::vertical().id_salt("profiles-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the learners", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            crate::ui::widgets::speech::page_heading(ui, "Learners");
            ui.label(
                RichText::new("Everyone who studies on this computer keeps their own answers and progress.")
                    .color(p.quiet),
            );
            // Good news in the colour of a right answer; a refusal (a name taken or unusable) as every other
            // problem is shown.
            if let Some(notice) = &learner.notice {
                let colour = if notice.is_refusal() { p.wrong } else { p.right };
                ui.add(egui::Label::new(RichText::new(notice.text()).color(colour)).wrap());
            }
            if let Some(problem) = &learner.problem {
                ui.label(RichText::new(problem.as_str()).color(p.wrong));
            }
            if learner.data().is_none() {
                return;
            }
            ui.add_space(4.0);
            let current = learner.current().map(|c| c.id.clone());
            for profile in &learner.profiles {
                ui.push_id(("learner", &profile.id), |ui| {
                    card(ui, |ui| {
                        let is_current = current.as_deref() == Some(profile.id.as_str());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(theme::strong(&profile.name).size(18.0));
                            if is_current {
                                ui.label(RichText::new("studying now").color(p.quiet));
                            }
                        });
                        if let Some((id, draft)) = &mut view.renaming
                            && *id == profile.id
                        {
                            ui.horizontal_wrapped(|ui| {
                                let label = ui.label("New name");
                                let edit =
                                    ui.add(TextEdit::singleline(draft).desired_width(200.0)).labelled_by(label.id);
                                if std::mem::take(&mut view.focus_rename) {
                                    select_all(ui, &edit, draft);
                                    crate::ui::widgets::focus_now(&edit);
                                }
                                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                                if ui.button("Save name").clicked() || enter {
                                    cmd = Some(Command::RenameLearner { id: id.clone(), name: draft.clone() });
                                }
                                if ui.button("Cancel").clicked() {
                                    cmd = Some(Command::CancelLearnerEdit);
                                }
                            });
                            return;
                        }
                        if view.confirm_remove.as_deref() == Some(profile.id.as_str()) {
                            ui.label(format!(
                                "Remove {}? Their answers are moved to the trash folder, not destroyed.",
                                profile.name
                            ));
                            ui.horizontal_wrapped(|ui| {
                                if ui.button("Yes, remove").clicked() {
                                    cmd = Some(Command::RemoveLearner(profile.id.clone()));
                                }
                                if ui.button("Keep").clicked() {
                                    cmd = Some(Command::CancelLearnerEdit);
                                }
                            });
                            return;
                        }
                        ui.horizontal_wrapped(|ui| {
                            if !is_current && ui.button(format!("Study as {}", profile.name)).clicked() {
                                cmd = Some(Command::SwitchLearner(profile.id.clone()));
                            }
                            if ui.button(format!("Rename {}", profile.name)).clicked() {
                                view.renaming = Some((profile.id.clone(), profile.name.clone()));
                                view.focus_rename = true;
                                view.confirm_remove = None;
                            }
                            if ui.button(format!("Remove {}", profile.name)).clicked() {
                                view.confirm_remove = Some(profile.id.clone());
                                view.renaming = None;
                            }
                        });
                    });
                });
            }
            ui.add_space(8.0);
            card(ui, |ui| {
                ui.label(theme::strong("Add a learner"));
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label("Name");
                    // A fixed id: the field stays the same widget (keeping focus) when a sentence appears above.
                    let edit = ui
                        .add(TextEdit::singleline(&mut view.new_name).id_salt("new-learner").desired_width(200.0))
                        .labelled_by(label.id);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let add = ui.add_enabled(!view.new_name.trim().is_empty(), egui::Button::new("Add learner"));
                    if add.clicked() || (enter && !view.new_name.trim().is_empty()) {
                        cmd = Some(Command::AddLearner(view.new_name.clone()));
                    }
                    // Enter keeps the keyboard here: should the name be refused, it can be corrected at once.
                    if enter {
                        crate::ui::widgets::focus_now(&edit);
                    }
                });
            });
        });
    });
    cmd
}

/// Selects all of `text` in the text field `edit`, so that what is typed next replaces it.
fn select_all(ui: &Ui, edit: &egui::Response, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), edit.id).unwrap_or_default();
    state.cursor.set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(text)));
    state.store(ui.ctx(), edit.id);
}

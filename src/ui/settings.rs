//! Settings: theme (follow the system, light or dark), text size, and the default mode and kinds of a new
//! quiz. Kept by eframe between runs (UI preferences only).

use egui::{RichText, ScrollArea, Slider, Ui};

use crate::question::QuestionKind;
use crate::study::session::Mode;
use crate::ui::app::{Command, Prefs, ThemeChoice, ZOOM_RANGE};
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

/// The settings screen. Changes are sent as a whole new [`Prefs`].
pub fn ui(ui: &mut Ui, prefs: &Prefs) -> Option<Command> {
    let mut cmd = None;
    let mut draft = prefs.clone();
    let area = ScrollArea::vertical().id_salt("settings-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the settings", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.horizontal(|ui| {
                crate::ui::widgets::speech::page_heading(ui, "Settings");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Done").clicked() {
                        cmd = Some(Command::CloseSettings);
                    }
                });
            });
            card(ui, |ui| {
                ui.label(theme::strong("Theme"));
                ui.horizontal_wrapped(|ui| {
                    ui.radio_value(&mut draft.theme, ThemeChoice::System, "Follow system");
                    ui.radio_value(&mut draft.theme, ThemeChoice::Light, "Light");
                    ui.radio_value(&mut draft.theme, ThemeChoice::Dark, "Dark");
                });
            });
            card(ui, |ui| {
                let heading = ui.label(theme::strong("Text size"));
                ui.horizontal_wrapped(|ui| {
                    let mut percent = (draft.zoom * 100.0).round() as u32;
                    let (lo, hi) = ((ZOOM_RANGE.start() * 100.0) as u32, (ZOOM_RANGE.end() * 100.0) as u32);
                    // The card's heading names the slider; the slider does not say it again beside itself.
                    let slider = Slider::new(&mut percent, lo..=hi).step_by(5.0).show_value(false);
                    let slider = crate::ui::widgets::slider(ui, slider).labelled_by(heading.id);
                    // The slider's value is read as "100" with the unit as its description; the "100 %"
                    // painted beside it is not read a second time.
                    crate::ui::widgets::speech::describe(&slider, "percent");
                    if slider.changed() {
                        draft.zoom = percent as f32 / 100.0;
                    }
                    crate::ui::widgets::speech::painted_text(ui, format!("{percent} %"));
                    if ui.button("Reset text size").clicked() {
                        draft.zoom = 1.0;
                    }
                });
                ui.label(RichText::new("Ctrl + and Ctrl − also change it.").small().color(p.quiet));
            });
            card(ui, |ui| {
                ui.label(theme::strong("New quizzes start in"));
                ui.horizontal_wrapped(|ui| {
                    ui.radio_value(&mut draft.mode, Mode::Practice, "Practice mode");
                    ui.radio_value(&mut draft.mode, Mode::Exam, "Exam mode");
                });
                ui.add_space(4.0);
                ui.label(theme::strong("with these kinds of question"));
                ui.horizontal_wrapped(|ui| {
                    for kind in QuestionKind::ALL {
                        let mut on = draft.kinds.contains(&kind);
                        if ui.checkbox(&mut on, kind.name()).changed() {
                            if on {
                                draft.kinds.push(kind);
                                draft.kinds.sort_by_key(|k| QuestionKind::ALL.iter().position(|a| a == k));
                            } else {
                                draft.kinds.retain(|k| *k != kind);
                            }
                        }
                    }
                });
                if draft.kinds.is_empty() {
                    ui.label(RichText::new("None ticked: every kind.").small().color(p.quiet));
                }
            });
        });
    });
    if cmd.is_none() && draft != *prefs {
        cmd = Some(Command::SetPrefs(draft));
    }
    cmd
}

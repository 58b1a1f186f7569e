//! Typed answers (fill in the blank, short answer, numeric): a text field that has focus as soon as the
//! question shows; Enter or the "Check answer" button submits ("Confirm answer" in an exam, where nothing
//! is checked until the end).

use egui::{Key, RichText, TextEdit, Ui};

use super::hints;
use crate::question::Response;
use crate::study::draft::TypedDraft;
use crate::ui::theme;

/// The answer field, with `unit` ("years") after it if the answer is a number with a unit.
pub fn ui(ui: &mut Ui, draft: &mut TypedDraft, unit: Option<&str>, numeric: bool, exam: bool) -> Option<Response> {
    let mut submit = false;
    let label = ui.label(RichText::new("Your answer").color(theme::palette(ui).quiet));
    let prompt_style = egui::TextStyle::Name(theme::PROMPT.into());
    let unit_width = unit.map_or(0.0, |u| {
        egui::WidgetText::from(RichText::new(u).text_style(prompt_style.clone()))
            .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, prompt_style.clone())
            .size()
            .x
            + ui.spacing().item_spacing.x
    });
    ui.horizontal_wrapped(|ui| {
        let width = (ui.available_width() - unit_width - 4.0).clamp(120.0, 520.0);
        let hint = if numeric { "Type a number" } else { "Type your answer" };
        let edit = TextEdit::singleline(&mut draft.text)
            .hint_text(hint)
            .desired_width(width)
            .font(egui::TextStyle::Name(theme::PROMPT.into()))
            .margin(egui::vec2(10.0, 8.0));
        let response = ui.add(edit).labelled_by(label.id);
        if draft.focus_pending {
            crate::ui::widgets::focus_now(&response);
            draft.focus_pending = false;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            submit = true;
        }
        if let Some(unit) = unit {
            ui.label(RichText::new(unit).text_style(egui::TextStyle::Name(theme::PROMPT.into())));
        }
    });
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui.button(if exam { "Confirm answer" } else { "Check answer" }).clicked() {
            submit = true;
        }
    });
    hints(ui, if exam { "Keys: Enter confirms your answer" } else { "Keys: Enter checks your answer" });
    submit.then(|| Response::Text(draft.text.clone()))
}

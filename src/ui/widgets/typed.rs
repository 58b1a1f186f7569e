//! Typed answers (fill in the blank, short answer, numeric): a text field that has focus as soon as the
//! question shows; Enter or the "Check answer" button submits ("Confirm answer" in an exam, where nothing
//! is checked until the end).
//!
//! Outside an exam an empty (or blank) answer is not checked: Enter leaves the field focused and the hint
//! says to type an answer, so an Enter meant for the feedback before never records "" as a miss.
//!
//! In an exam what is in the box is the answer, confirmed or not: the session decides that
//! ([`crate::study::session::Session::with_draft`]), so this widget only edits the text, and Enter or
//! "Confirm answer" moves on to the next question.

use egui::{Key, RichText, TextEdit, Ui};

use super::hints;
use crate::question::Response;
use crate::study::draft::TypedDraft;
use crate::ui::theme;

/// The answer field, with `unit` ("years") after it if the answer is a number with a short unit
/// ([`crate::grade::units::short_unit`]). A screen reader hears the field as "Your answer", then the
/// question as `prompt` says it ("Question 1 of 10, Numeric: How many …?") and the unit as its
/// description, since the field, not the prompt, takes the focus.
pub fn ui(
    ui: &mut Ui,
    draft: &mut TypedDraft,
    unit: Option<&str>,
    numeric: bool,
    exam: bool,
    prompt: &str,
) -> Option<Response> {
    // Only a short unit ("days") stands beside the field; a phrase from the statement is no unit.
    let unit = unit.and_then(crate::grade::units::short_unit);
    let mut submit = false;
    // What an exam does with a blank answer is left as it was: it is confirmed, and changeable until the end.
    let blank = !exam && draft.text.trim().is_empty();
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
        let description = match unit {
            Some(unit) => format!("{prompt} In {unit}."),
            None => prompt.to_string(),
        };
        super::speech::describe(&response, &description);
        if draft.focus_pending {
            crate::ui::widgets::focus_now(&response);
            draft.focus_pending = false;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            if blank {
                // Enter gave the field's focus up; an empty answer is not one, so stay ready to type.
                response.request_focus();
            } else {
                submit = true;
                // Practice: keep the focus here until the verdict takes it on the next frame, so a screen
                // reader does not hear it fall to the window in between.
                if !exam {
                    response.request_focus();
                }
            }
        }
        if let Some(unit) = unit {
            // Said once, in the field's description ("… In years."), not again as a text of its own.
            super::speech::painted_text(
                ui,
                RichText::new(unit).text_style(egui::TextStyle::Name(theme::PROMPT.into())),
            );
        }
    });
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui.button(if exam { "Confirm answer" } else { "Check answer" }).clicked() {
            if blank {
                // Nothing to check: back to the field, to type an answer.
                draft.focus_pending = true;
            } else {
                submit = true;
            }
        }
    });
    let hint = if exam {
        "Keys: Enter confirms your answer and goes on · what is in the box counts, confirmed or not"
    } else if blank {
        "Type an answer, then Enter checks it · Skip shows the answer"
    } else {
        "Keys: Enter checks your answer"
    };
    hints(ui, hint);
    submit.then(|| Response::Text(draft.text.clone()))
}

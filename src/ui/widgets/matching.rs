//! Matching: pick an item on the left (click, or its number key), then its partner on the right (click, or
//! its letter key). The next unmatched item is picked automatically; pairs can be undone (Backspace or the
//! "Undo last pair" button). Enter or "Check pairs" submits ("Confirm pairs" in an exam).
//!
//! Outside an exam a matching is graded at once only when every item has a partner: with items left,
//! "Check pairs" (or Enter, once a pair is made) asks first, and Enter with no pair made does nothing, so
//! an Enter meant for the feedback before never grades an empty matching.

use egui::{Key, RichText, Ui};

use super::speech::{as_choice, radio_group};
use super::{LETTER_KEYS, Look, NUMBER_KEYS, hints, letter, option_button_noted, take_key};
use crate::question::Response;
use crate::study::draft::MatchDraft;
use crate::ui::theme;

/// What the learner asked of the pairs made.
#[derive(Debug, Clone, PartialEq)]
pub enum Submit {
    /// The pairs, to be graded (in an exam, confirmed).
    Pairs(Response),
    /// Outside an exam, a check with items still unmatched: ask before grading.
    AskFirst,
}

/// The two columns; returns the pairs once submitted, or that the learner must be asked first.
pub fn ui(ui: &mut Ui, left: &[String], right: &[String], draft: &mut MatchDraft, exam: bool) -> Option<Submit> {
    let p = theme::palette(ui);
    if draft.pairs.len() != left.len() {
        *draft = MatchDraft::new(left.len());
    }
    let mut clicked = false;
    let hint = match draft.picked {
        Some(i) => format!("Now choose the partner of {} on the right.", i + 1),
        None => "Pick an item on the left, then its partner on the right.".to_string(),
    };
    ui.label(RichText::new(hint).color(p.quiet));
    // Room for the widest note each side can show, kept whether or not a pair is made, so a card's text
    // wraps the same way and the columns do not reflow as pairs are made and undone.
    let left_room = format!("→ {}", letter(right.len().saturating_sub(1)));
    let right_room = format!("← {}", left.len());
    let total = ui.available_width();
    let left_width = (total * 0.4).clamp(180.0, 340.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(left_width);
            radio_group(ui, "Items", left.len(), |ui| {
                for (i, item) in left.iter().enumerate() {
                    ui.push_id(("left", item), |ui| {
                        let look = if draft.picked == Some(i) { Look::Picked } else { Look::Plain };
                        let note = draft.pairs[i].map(|r| format!("→ {}", letter(r)));
                        let key = (i + 1).to_string();
                        let button =
                            option_button_noted(ui, Some(&key), item, look, true, note.as_deref(), Some(&left_room));
                        let paired = draft.pairs[i].map(|r| format!("paired with {}", letter(r)));
                        as_choice(&button, &format!("{key}. {item}"), i, draft.picked == Some(i), paired.as_deref());
                        if button.clicked() {
                            draft.pick(i);
                        }
                    });
                }
            });
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            ui.set_width(ui.available_width());
            radio_group(ui, "Partners", right.len(), |ui| {
                for (r, item) in right.iter().enumerate() {
                    ui.push_id(("right", item), |ui| {
                        let used: Vec<String> = draft
                            .pairs
                            .iter()
                            .enumerate()
                            .filter(|(_, c)| **c == Some(r))
                            .map(|(l, _)| (l + 1).to_string())
                            .collect();
                        let note = (!used.is_empty()).then(|| format!("← {}", used.join(", ")));
                        let key = letter(r);
                        let button = option_button_noted(
                            ui,
                            Some(&key),
                            item,
                            Look::Plain,
                            true,
                            note.as_deref(),
                            Some(&right_room),
                        );
                        // Checked when it is the partner of the item picked now.
                        let partner = draft.picked.is_some_and(|i| draft.pairs[i] == Some(r));
                        let of = (!used.is_empty()).then(|| format!("partner of {}", used.join(", ")));
                        as_choice(&button, &format!("{key}. {item}"), r, partner, of.as_deref());
                        if button.clicked() {
                            draft.pair(r);
                        }
                    });
                }
            });
        });
    });
    for (i, key) in NUMBER_KEYS.iter().enumerate().take(left.len()) {
        if take_key(ui, *key) {
            draft.pick(i);
        }
    }
    for (r, key) in LETTER_KEYS.iter().enumerate().take(right.len()) {
        if take_key(ui, *key) {
            draft.pair(r);
        }
    }
    if take_key(ui, Key::Backspace) {
        draft.undo();
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(!draft.history.is_empty(), egui::Button::new("Undo last pair")).clicked() {
            draft.undo();
        }
        let done = draft.pairs.iter().filter(|p| p.is_some()).count();
        if ui.button(if exam { "Confirm pairs" } else { "Check pairs" }).clicked() {
            clicked = true;
        }
        ui.label(RichText::new(format!("{done} of {} matched", left.len())).color(p.quiet));
    });
    let enter_pressed = take_key(ui, Key::Enter);
    let missing = draft.missing();
    let enter = match (exam, missing) {
        (true, _) => "confirms",
        (false, 0) => "checks",
        (false, m) if m == left.len() => "checks once pairs are made",
        (false, _) => "asks first while items have no partner",
    };
    hints(
        ui,
        &format!(
            "Keys: 1–{} pick an item · A–{} choose its partner · Backspace undoes · Enter {enter}",
            left.len(),
            letter(right.len().saturating_sub(1)),
        ),
    );
    if exam || missing == 0 {
        (clicked || enter_pressed).then(|| Submit::Pairs(Response::Pairs(draft.pairs.clone())))
    } else {
        // With no pair made, Enter is no answer at all; the button, pressed on purpose, asks.
        (clicked || (enter_pressed && missing < left.len())).then_some(Submit::AskFirst)
    }
}

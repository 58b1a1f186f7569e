//! Timeline ordering: pick an item (click, or its position's number key), then move it with "Move up" and
//! "Move down" (or Alt+↑ and Alt+↓). Enter or "Check order" submits ("Confirm order" in an exam).
//!
//! Outside an exam, Enter checks an order only once the learner has picked or moved an item: the order as
//! first shown is not an answer when an Enter meant for the feedback before lands here ("Check order"
//! still checks it, a click being deliberate).

use egui::{Key, Modifiers, RichText, Ui};

use super::speech::{as_choice, radio_group};
use super::{Look, NUMBER_KEYS, hints, option_button, take_key};
use crate::question::Response;
use crate::study::draft::OrderDraft;
use crate::ui::theme;

/// The list and its buttons; returns the order once submitted.
pub fn ui(ui: &mut Ui, items: &[String], draft: &mut OrderDraft, exam: bool) -> Option<Response> {
    let p = theme::palette(ui);
    if draft.order.len() != items.len() {
        *draft = OrderDraft::new(items.len());
    }
    let mut submit = false;
    ui.label(RichText::new("Earliest at the top. Pick an item, then move it up or down.").color(p.quiet));
    radio_group(ui, "Timeline, earliest first", items.len(), |ui| {
        for (pos, &item) in draft.order.clone().iter().enumerate() {
            let Some(text) = items.get(item) else { continue };
            ui.push_id(("item", text), |ui| {
                let look = if draft.picked == Some(pos) { Look::Picked } else { Look::Plain };
                let key = (pos + 1).to_string();
                let button = option_button(ui, Some(&key), text, look, true);
                as_choice(&button, &format!("{key}. {text}"), pos, draft.picked == Some(pos), None);
                if button.clicked() {
                    draft.pick(pos);
                }
            });
        }
    });
    for (pos, key) in NUMBER_KEYS.iter().enumerate().take(items.len()) {
        if take_key(ui, *key) {
            draft.pick(pos);
        }
    }
    let (up, down) =
        ui.input_mut(|i| (i.consume_key(Modifiers::ALT, Key::ArrowUp), i.consume_key(Modifiers::ALT, Key::ArrowDown)));
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let picked = draft.picked;
        let last = items.len().saturating_sub(1);
        let up_clicked = ui.add_enabled(picked.is_some_and(|p| p > 0), egui::Button::new("Move up")).clicked();
        let down_clicked = ui.add_enabled(picked.is_some_and(|p| p < last), egui::Button::new("Move down")).clicked();
        if up || up_clicked {
            draft.shift(true);
        }
        if down || down_clicked {
            draft.shift(false);
        }
        if ui.button(if exam { "Confirm order" } else { "Check order" }).clicked() {
            submit = true;
        }
    });
    // Taken even when it checks nothing, so it reaches nothing else.
    if take_key(ui, Key::Enter) && (exam || draft.touched) {
        submit = true;
    }
    let enter = match (exam, draft.touched) {
        (true, _) => "confirms",
        (false, true) => "checks",
        (false, false) => "checks once you have picked or moved an item",
    };
    hints(ui, &format!("Keys: 1–{} pick an item · Alt+↑ / Alt+↓ move it · Enter {enter}", items.len()));
    submit.then(|| Response::Order(draft.order.clone()))
}

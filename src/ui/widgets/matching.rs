//! Matching: pick an item on the left (click, or its number key), then its partner on the right (click, or
//! its letter key). The next unmatched item is picked automatically; pairs can be undone (Backspace or the
//! "Undo last pair" button). Enter or "Check pairs" submits ("Confirm pairs" in an exam).

use egui::{Key, RichText, Ui};

use super::{LETTER_KEYS, Look, NUMBER_KEYS, hints, letter, option_button_tagged, take_key};
use crate::question::Response;
use crate::ui::theme;

/// The pairs made so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchDraft {
    /// For each left item, the chosen right item.
    pub pairs: Vec<Option<usize>>,
    /// The left item waiting for its partner.
    pub picked: Option<usize>,
    /// Left items in the order they were paired, for undo.
    pub history: Vec<usize>,
}

impl MatchDraft {
    /// No pairs yet; the first left item is picked.
    pub fn new(left: usize) -> Self {
        Self { pairs: vec![None; left], picked: (left > 0).then_some(0), history: Vec::new() }
    }

    /// Picks left item `i`.
    pub fn pick(&mut self, i: usize) {
        if i < self.pairs.len() {
            self.picked = Some(i);
        }
    }

    /// Pairs the picked left item with right item `r`, then picks the next unmatched left item.
    pub fn pair(&mut self, r: usize) {
        let Some(l) = self.picked else { return };
        if let Some(slot) = self.pairs.get_mut(l) {
            *slot = Some(r);
            self.history.retain(|&h| h != l);
            self.history.push(l);
        }
        let n = self.pairs.len();
        self.picked = (1..=n).map(|d| (l + d) % n).find(|&i| self.pairs[i].is_none());
    }

    /// Undoes the last pair made and picks its left item.
    pub fn undo(&mut self) {
        if let Some(l) = self.history.pop() {
            if let Some(slot) = self.pairs.get_mut(l) {
                *slot = None;
            }
            self.picked = Some(l);
        }
    }
}

/// The two columns; returns the pairs once submitted.
pub fn ui(ui: &mut Ui, left: &[String], right: &[String], draft: &mut MatchDraft, exam: bool) -> Option<Response> {
    let p = theme::palette(ui);
    if draft.pairs.len() != left.len() {
        *draft = MatchDraft::new(left.len());
    }
    let mut submit = false;
    let hint = match draft.picked {
        Some(i) => format!("Now choose the partner of {} on the right.", i + 1),
        None => "Pick an item on the left, then its partner on the right.".to_string(),
    };
    ui.label(RichText::new(hint).color(p.quiet));
    let total = ui.available_width();
    let left_width = (total * 0.4).clamp(180.0, 340.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(left_width);
            for (i, item) in left.iter().enumerate() {
                ui.push_id(("left", item), |ui| {
                    let look = if draft.picked == Some(i) { Look::Picked } else { Look::Plain };
                    let note = draft.pairs[i].map(|r| format!("→ {}", letter(r)));
                    let key = (i + 1).to_string();
                    if option_button_tagged(ui, Some(&key), item, look, true, note.as_deref()).clicked() {
                        draft.pick(i);
                    }
                });
            }
        });
        ui.add_space(12.0);
        ui.vertical(|ui| {
            ui.set_width(ui.available_width());
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
                    if option_button_tagged(ui, Some(&letter(r)), item, Look::Plain, true, note.as_deref()).clicked() {
                        draft.pair(r);
                    }
                });
            }
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
            submit = true;
        }
        ui.label(RichText::new(format!("{done} of {} matched", left.len())).color(p.quiet));
    });
    if take_key(ui, Key::Enter) {
        submit = true;
    }
    hints(
        ui,
        &format!(
            "Keys: 1–{} pick an item · A–{} choose its partner · Backspace undoes · Enter {}",
            left.len(),
            letter(right.len().saturating_sub(1)),
            if exam { "confirms" } else { "checks" }
        ),
    );
    submit.then(|| Response::Pairs(draft.pairs.clone()))
}

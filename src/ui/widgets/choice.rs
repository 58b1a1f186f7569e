//! Multiple choice (click an option or press 1–4) and true/false (click or press T or F).
//!
//! Choosing answers at once: there is nothing to confirm, so one key press per question. In an exam, the
//! answer given so far is shown picked (and exposed as selected) until it is changed.

use egui::{Key, Ui};

use super::speech::{as_choice, radio_group};
use super::{Look, NUMBER_KEYS, hints, option_button, option_button_noted, take_key};
use crate::question::Response;

/// How an option looks when `picked` says whether it is the answer given so far.
fn look(picked: bool) -> (Look, Option<&'static str>) {
    if picked { (Look::Picked, Some("Your answer")) } else { (Look::Plain, None) }
}

/// The options of a multiple-choice question, `given` shown picked, with the hint of what S does (`s_key`);
/// returns the choice once made. A screen reader meets them as a radio group "Answers", each option a radio
/// button named with the key that chooses it ("2. Seoul", 2 of 4).
pub fn mc_ui(ui: &mut Ui, options: &[String], given: Option<usize>, s_key: &str) -> Option<Response> {
    let mut chosen = None;
    radio_group(ui, "Answers", options.len(), |ui| {
        for (i, option) in options.iter().enumerate() {
            ui.push_id(("option", i, option), |ui| {
                let (look, note) = look(given == Some(i));
                let key = (i + 1).to_string();
                let button = option_button_noted(ui, Some(&key), option, look, true, note, None);
                as_choice(&button, &format!("{key}. {option}"), i, given == Some(i), note);
                if button.clicked() {
                    chosen = Some(i);
                }
            });
        }
    });
    for (i, key) in NUMBER_KEYS.iter().enumerate().take(options.len()) {
        if take_key(ui, *key) {
            chosen = Some(i);
        }
    }
    hints(ui, &format!("Keys: 1–{} choose an answer · S {s_key}", options.len().min(9)));
    chosen.map(Response::Choice)
}

/// The two buttons of a true/false question, `given` shown picked, with the hint of what S does (`s_key`);
/// returns the verdict once given. A screen reader meets them as a radio group of two ("True", 1 of 2).
pub fn tf_ui(ui: &mut Ui, given: Option<bool>, s_key: &str) -> Option<Response> {
    let mut chosen = None;
    radio_group(ui, "Answers", 2, |ui| {
        ui.columns(2, |cols| {
            let (look_true, note_true) = look(given == Some(true));
            let yes = option_button_noted(&mut cols[0], Some("T"), "True", look_true, true, note_true, None);
            as_choice(&yes, "True", 0, given == Some(true), note_true);
            if yes.clicked() {
                chosen = Some(true);
            }
            let (look_false, note_false) = look(given == Some(false));
            let no = option_button_noted(&mut cols[1], Some("F"), "False", look_false, true, note_false, None);
            as_choice(&no, "False", 1, given == Some(false), note_false);
            if no.clicked() {
                chosen = Some(false);
            }
        });
    });
    if take_key(ui, Key::T) {
        chosen = Some(true);
    }
    if take_key(ui, Key::F) {
        chosen = Some(false);
    }
    hints(ui, &format!("Keys: T true · F false · S {s_key}"));
    chosen.map(Response::Bool)
}

/// The options of an answered choice question, marked right and wrong (feedback and results).
pub fn review_ui(ui: &mut Ui, options: &[String], correct: usize, chosen: Option<usize>, keyed: bool) {
    for (i, option) in options.iter().enumerate() {
        let look = if i == correct && Some(i) == chosen {
            Look::RightChosen
        } else if i == correct {
            Look::Right
        } else if Some(i) == chosen {
            Look::Wrong
        } else {
            Look::Dim
        };
        let key = if keyed { Some((i + 1).to_string()) } else { None };
        ui.push_id(("review", i, option), |ui| {
            let _ = option_button(ui, key.as_deref(), option, look, false);
        });
    }
}

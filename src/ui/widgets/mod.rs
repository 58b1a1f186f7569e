//! Widgets shared by the screens, and one module per kind of question.
//!
//! Each question widget draws the question's controls, reads its keys, keeps its draft answer in a plain
//! struct of the engine ([`crate::study::draft`]) kept with the quiz session (so it survives leaving the
//! screen), and returns the learner's [`Response`](crate::question::Response) once it is submitted. It
//! never changes anything else.

pub mod choice;
pub mod filters;
pub mod matching;
pub mod ordering;
pub mod speech;
pub mod typed;

use egui::{
    Align, Color32, Frame, Key, Layout, Margin, Rect, Response, RichText, Role, Sense, Stroke, TextStyle, TextWrapMode,
    Ui, UiBuilder, WidgetInfo, WidgetText, vec2,
};

use crate::ui::theme::{self, Palette};

/// How an option looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Can be chosen.
    Plain,
    /// Chosen, picked or selected.
    Picked,
    /// Shown as the right answer, not chosen.
    Right,
    /// Shown as the right answer, chosen.
    RightChosen,
    /// Shown as the learner's wrong choice.
    Wrong,
    /// Neither chosen nor right, after answering.
    Dim,
}

/// A slider that keeps the keyboard: pressing or dragging it with the pointer also focuses it, so the arrow
/// keys go on moving it afterwards, and while it has focus a ring in the accent colour shows where the keys
/// go (egui's own sign is a faint change of the handle).
pub fn slider(ui: &mut Ui, slider: egui::Slider<'_>) -> Response {
    let response = ui.add(slider);
    if response.drag_started() || response.is_pointer_button_down_on() || response.clicked() {
        response.request_focus();
    }
    if response.has_focus() {
        let p = theme::palette(ui);
        ui.painter().rect_stroke(response.rect.expand(3.0), 6.0, Stroke::new(2.0, p.accent), egui::StrokeKind::Outside);
    }
    response
}

/// A full-width option with a key badge on its left and wrapping text: multiple choice, true/false,
/// matching and timeline items. Its accessible name is `text` alone while it can be clicked; a reviewed
/// option (not enabled) is static text that also says what it was ("Beijing, right answer").
pub fn option_button(ui: &mut Ui, key: Option<&str>, text: &str, look: Look, enabled: bool) -> Response {
    option_button_noted(ui, key, text, look, enabled, None, None)
}

/// [`option_button`] with a short note on its right ("→ C"), shown but not part of its accessible name.
/// With `room_for`, it keeps room for a note that wide whether or not one is shown, so its text wraps the
/// same way and the button keeps its height as notes come and go (matching cards do not jump as pairs are
/// made and undone).
pub fn option_button_noted(
    ui: &mut Ui,
    key: Option<&str>,
    text: &str,
    look: Look,
    enabled: bool,
    note: Option<&str>,
    room_for: Option<&str>,
) -> Response {
    let p = theme::palette(ui);
    let width = ui.available_width().max(120.0);
    let pad = vec2(12.0, 8.0);
    let badge = if key.is_some() { 26.0 } else { 0.0 };
    let gap = if key.is_some() { 10.0 } else { 0.0 };
    let tag = match look {
        Look::Right => Some(("Right answer", p.right)),
        Look::RightChosen => Some(("Your answer · right", p.right)),
        Look::Wrong => Some(("Your answer", p.wrong)),
        _ => note.map(|n| (n, p.accent)),
    };
    let tag_galley = tag.map(|(t, c)| {
        WidgetText::from(RichText::new(t).small().color(c)).into_galley(
            ui,
            Some(TextWrapMode::Extend),
            f32::INFINITY,
            TextStyle::Small,
        )
    });
    let room = room_for.map_or(0.0, |r| {
        WidgetText::from(RichText::new(r).small())
            .into_galley(ui, Some(TextWrapMode::Extend), f32::INFINITY, TextStyle::Small)
            .size()
            .x
            + 12.0
    });
    let tag_width = tag_galley.as_ref().map_or(0.0, |g| g.size().x + 12.0).max(room);
    let text_width = (width - 2.0 * pad.x - badge - gap - tag_width).max(40.0);
    let galley = WidgetText::from(text).into_galley(ui, Some(TextWrapMode::Wrap), text_width, TextStyle::Button);
    let height = (galley.size().y + 2.0 * pad.y).max(38.0);
    let sense = if enabled { Sense::click() } else { Sense::hover() };
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), sense);
    response.widget_info(|| match (enabled, look, tag) {
        (true, _, _) => {
            let mut info = WidgetInfo::labeled(Role::Button, true, text);
            if look == Look::Picked {
                info.selected = Some(true);
            }
            info
        }
        (false, Look::Right | Look::RightChosen | Look::Wrong, Some((t, _))) => {
            WidgetInfo::labeled(Role::Label, true, format!("{text}, {}", t.to_lowercase()))
        }
        (false, _, _) => WidgetInfo::labeled(Role::Label, true, text),
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.style().interact(&response);
    let (fill, stroke, text_color) = match look {
        Look::Plain => (p.card, visuals.bg_stroke, p.text),
        Look::Picked => (ui.visuals().selection.bg_fill, Stroke::new(1.5, p.accent), p.text),
        Look::Right | Look::RightChosen => (p.right_bg, Stroke::new(2.0, p.right), p.text),
        Look::Wrong => (p.wrong_bg, Stroke::new(2.0, p.wrong), p.text),
        Look::Dim => (p.card, Stroke::NONE, p.quiet),
    };
    let mut stroke = stroke;
    if response.has_focus() {
        stroke = Stroke::new(2.5, p.accent);
    } else if stroke == Stroke::NONE || stroke.width < 1.0 {
        stroke = Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
    }
    let painter = ui.painter();
    painter.rect(rect, 8.0, fill, stroke, egui::StrokeKind::Inside);
    let mut x = rect.left() + pad.x;
    if let Some(key) = key {
        let badge_rect = Rect::from_center_size(egui::pos2(x + badge / 2.0, rect.center().y), vec2(badge, 24.0));
        let badge_fill = match look {
            Look::Right | Look::RightChosen => p.right,
            Look::Wrong => p.wrong,
            Look::Picked => p.accent,
            _ => ui.visuals().faint_bg_color,
        };
        let badge_text =
            if matches!(look, Look::Right | Look::RightChosen | Look::Wrong | Look::Picked) { p.card } else { p.quiet };
        painter.rect_filled(badge_rect, 5.0, badge_fill);
        painter.text(
            badge_rect.center(),
            egui::Align2::CENTER_CENTER,
            key,
            TextStyle::Small.resolve(ui.style()),
            badge_text,
        );
        x += badge + gap;
    }
    let text_pos = egui::pos2(x, rect.center().y - galley.size().y / 2.0);
    painter.galley(text_pos, galley, text_color);
    if let Some(tag) = tag_galley {
        let pos = egui::pos2(rect.right() - pad.x - tag.size().x, rect.center().y - tag.size().y / 2.0);
        painter.galley(pos, tag, p.text);
    }
    response
}

/// Gives `response`'s widget keyboard focus from the next frame on (and draws that frame at once).
pub fn focus_now(response: &Response) {
    response.request_focus();
    response.ctx.request_repaint();
}

/// A quiet line of keyboard hints under a question.
pub fn hints(ui: &mut Ui, text: &str) {
    let p = theme::palette(ui);
    ui.add_space(4.0);
    ui.label(RichText::new(text).small().color(p.quiet));
}

/// A quoted passage of the article, in italic serif with an accent bar on its left; selectable, so it can
/// be copied ([`speech::copyable_label`]).
pub fn quote(ui: &mut Ui, text: &str) {
    let p = theme::palette(ui);
    Frame::new().inner_margin(Margin { left: 14, right: 8, top: 4, bottom: 4 }).show(ui, |ui| {
        // The evidence is worth copying: it stays selectable.
        let resp = speech::copyable_label(
            ui,
            egui::Label::new(
                RichText::new(format!("“{}”", text.trim())).text_style(TextStyle::Name(theme::QUOTE.into())),
            )
            .wrap(),
        );
        let r = resp.rect;
        ui.painter().line_segment(
            [egui::pos2(r.left() - 10.0, r.top()), egui::pos2(r.left() - 10.0, r.bottom())],
            Stroke::new(3.0, p.accent),
        );
    });
}

/// A screen's heading with "Back to Library" at its right: whether that button was clicked.
pub fn heading_with_back(ui: &mut Ui, text: &str) -> bool {
    let mut back = false;
    ui.horizontal(|ui| {
        ui.heading(text);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            back = ui.button("Back to Library").clicked();
        });
    });
    back
}

/// A card: a framed block on the card colour.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let p = theme::palette(ui);
    Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .corner_radius(10.0)
        .inner_margin(Margin::same(16))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A coloured banner (verdicts).
pub fn banner<R>(ui: &mut Ui, fill: Color32, stroke: Color32, add: impl FnOnce(&mut Ui) -> R) -> R {
    Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.5, stroke))
        .corner_radius(10.0)
        .inner_margin(Margin::symmetric(16, 12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// Lays `add` out in a column at most `max_width` wide, centred in the space available.
pub fn column<R>(ui: &mut Ui, max_width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let avail = ui.available_rect_before_wrap();
    let width = avail.width().min(max_width);
    let left = avail.center().x - width / 2.0;
    let rect = Rect::from_min_size(egui::pos2(left, avail.top()), vec2(width, avail.height()));
    ui.scope_builder(UiBuilder::new().max_rect(rect).layout(Layout::top_down(Align::Min)), |ui| {
        ui.set_width(width);
        add(ui)
    })
    .inner
}

/// The colours of a verdict: text and banner background for a score.
pub fn verdict_colors(p: &Palette, score: f64) -> (Color32, Color32) {
    if score >= 1.0 {
        (p.right, p.right_bg)
    } else if score > 0.0 {
        (p.partial, p.partial_bg)
    } else {
        (p.wrong, p.wrong_bg)
    }
}

/// Whether `key` was pressed this frame (without modifiers), consuming it so nothing else reacts.
/// Ignored while a text field has focus, so typing never triggers a shortcut, and while `ui` is disabled
/// (a dialog is open over it).
pub fn take_key(ui: &Ui, key: Key) -> bool {
    if ui.ctx().text_edit_focused() || !ui.is_enabled() {
        return false;
    }
    ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key))
}

/// The number key for 1–9, in order.
pub const NUMBER_KEYS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

/// The letter keys A–I, in order.
pub const LETTER_KEYS: [Key; 9] = [Key::A, Key::B, Key::C, Key::D, Key::E, Key::F, Key::G, Key::H, Key::I];

/// Letter `i` as shown on a badge: A, B, C, …
pub fn letter(i: usize) -> String {
    char::from(b'A' + (i % 26) as u8).to_string()
}

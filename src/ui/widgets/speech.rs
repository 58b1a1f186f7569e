//! What a screen reader is told beyond a widget's own name: a choice as a radio button with its place in
//! its group ("2 of 4"), a group named and sized, a text spoken in place of what is painted (a verdict
//! without its ✓, a title cut short on screen), the order the tree reads in, the window's name.
//!
//! Each helper changes the AccessKit node egui already made for a widget or a `Ui`; with accessibility
//! off (no node), each does nothing. None of them changes what is painted.

use egui::accesskit::{self, Toggled};
use egui::{Id, Response, Role, Sense, Ui, UiBuilder};

/// A choice among several, as a screen reader presents it: a radio button named with its key ("2. Seoul"),
/// at `position` (from 0) of its group, checked when `checked`, with `description` read after its name
/// (a pair made: "paired with C"). The role stays a radio button whether or not it is checked: checked
/// is a state, not another kind of control.
pub fn as_choice(response: &Response, name: &str, position: usize, checked: bool, description: Option<&str>) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::RadioButton);
        node.set_label(name.to_string());
        node.set_position_in_set(position);
        node.set_toggled(if checked { Toggled::True } else { Toggled::False });
        match description {
            Some(d) => node.set_description(d.to_string()),
            None => node.clear_description(),
        }
    });
}

/// Lays `add` out in a group a screen reader announces as one: a radio group named `name` holding `size`
/// choices (each marked with [`as_choice`]).
pub fn radio_group<R>(ui: &mut Ui, name: &str, size: usize, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope_builder(UiBuilder::new().accessibility_role(Role::RadioGroup).accessibility_label(name), |ui| {
        let id = ui.unique_id();
        ui.ctx().accesskit_node_builder(id, |node| node.set_size_of_set(size));
        add(ui)
    })
    .inner
}

/// Makes `response`'s node say `name` (and `description` after it) instead of the text painted: a verdict
/// spoken as "Not right. The answer is Seoul." under a "✗ Not right" on screen, a title in full where the
/// screen cuts it short. A label keeps its role; its name is its value in AccessKit.
pub fn speak_as(response: &Response, name: &str, description: Option<&str>) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        if node.role() == Role::Label {
            node.set_value(name.to_string());
        } else {
            node.set_label(name.to_string());
        }
        if let Some(d) = description {
            node.set_description(d.to_string());
        }
    });
}

/// Buttons whose painted label is partly a symbol a screen reader would read out ("left arrow"), with the
/// name it says instead: each pair is (painted label, spoken name).
pub const SPOKEN_NAMES: [(&str, &str); 2] = [("← Previous", "Previous question"), ("Next →", "Next question")];

/// The name a screen reader says for a button painted with `label`: its entry in [`SPOKEN_NAMES`], else
/// the label itself.
pub fn spoken_name(label: &str) -> &str {
    SPOKEN_NAMES.iter().find(|(shown, _)| *shown == label).map_or(label, |(_, said)| said)
}

/// A button painted with `label` (an arrow and a word) and named for the ear by [`spoken_name`].
pub fn button_spoken(ui: &mut Ui, enabled: bool, label: &str) -> Response {
    let response = ui.add_enabled(enabled, egui::Button::new(label));
    speak_as(&response, spoken_name(label), None);
    response
}

/// Gives `response`'s node the description `text`, read after its name and role (the unit after a number
/// box: "years").
pub fn describe(response: &Response, text: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| node.set_description(text.to_string()));
}

/// Paints `text` where the next widget would go, with no node in the accessibility tree: a unit after a
/// number box or a slider's value beside it ("of 24 available", "min", "100 %"), which the control's own
/// value and description already say, so a screen reader does not read it twice.
pub fn painted_text(ui: &mut Ui, text: impl Into<egui::WidgetText>) {
    let galley = text.into().into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, egui::TextStyle::Body);
    let (_, space) = ui.allocate_space(galley.size());
    let rect = ui.layout().align_size_within_rect(galley.size(), space);
    if ui.is_rect_visible(rect) {
        let color = if ui.is_enabled() { ui.visuals().text_color() } else { ui.visuals().weak_text_color() };
        ui.painter().galley(rect.min, galley, color);
    }
}

/// Names the dialog `ui` is drawn in (an `egui::Modal`) with its question and describes it with
/// `detail`, so a screen reader says what the dialog asks as it opens.
pub fn name_dialog(ui: &Ui, question: &str, detail: &str) {
    let dialog = ui.stack().iter().find(|s| s.kind() == Some(egui::UiKind::Modal)).map(|s| s.unique_id);
    if let Some(id) = dialog {
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_label(question.to_string());
            node.set_description(detail.to_string());
        });
    }
}

/// Marks `response`'s node selected, as the current page's button in a row of page buttons is.
pub fn mark_selected(response: &Response, selected: bool) {
    response.ctx.accesskit_node_builder(response.id, |node| node.set_selected(selected));
}

/// A text that keyboard focus can land on (and a screen reader then reads), with no click action: a
/// question's prompt, a verdict. Tab moves on from it to the next control. Whenever it has the keyboard
/// focus it shows where the focus is, so a sighted keyboard user sees what Enter answers to: a ring in the
/// accent colour when the learner reached it with Tab or Shift+Tab, as a button shows; a fainter, thinner
/// ring when the app gave it the focus as it appeared ([`focus_quietly`]), which points without shouting.
pub fn focusable_label(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> Response {
    // Drawn here rather than as an `egui::Label`, which underlines a focused label whatever the reason.
    let text: egui::WidgetText = text.into();
    let galley = text.into_galley(ui, Some(egui::TextWrapMode::Wrap), ui.available_width(), egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::focusable_noninteractive());
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Label, ui.is_enabled(), galley.text()));
    if ui.is_rect_visible(rect) {
        ui.painter().galley(rect.min, galley, ui.visuals().text_color());
    }
    let quiet = quiet_id(&response);
    if response.has_focus() {
        let accent = crate::ui::theme::palette(ui).accent;
        let by_app = ui.data(|d| d.get_temp::<bool>(quiet).unwrap_or(false));
        let stroke =
            if by_app { egui::Stroke::new(1.0, accent.gamma_multiply(0.7)) } else { egui::Stroke::new(2.0, accent) };
        ui.painter().rect_stroke(response.rect.expand(4.0), 4.0, stroke, egui::StrokeKind::Outside);
    } else {
        ui.data_mut(|d| d.remove::<bool>(quiet));
    }
    response
}

/// Plain text worth copying (a class code, an evidence quote): selectable with the pointer and copied with
/// Ctrl+C, yet read by a screen reader as plain text, with no "click" action that would do nothing.
pub fn copyable_label(ui: &mut Ui, label: egui::Label) -> Response {
    let response = ui.add(label.selectable(true));
    response.ctx.accesskit_node_builder(response.id, |node| node.remove_action(accesskit::Action::Click));
    response
}

/// A page's heading ("Settings", "Progress", "Learners") that takes the keyboard focus whenever nothing
/// has it (the page opened by a click, or the control that had the focus is gone), so a screen reader
/// says which page is shown and Tab goes on from the top of the page, never from nowhere.
pub fn page_heading(ui: &mut Ui, text: &str) -> Response {
    let heading = focusable_label(ui, egui::RichText::new(text).heading());
    if ui.memory(|m| m.focused().is_none()) {
        focus_quietly(&heading);
    }
    heading
}

/// Gives a [`focusable_label`] the focus (from the next frame on, as [`super::focus_now`]), marked with
/// the fainter ring of a focus the app gave.
pub fn focus_quietly(response: &Response) {
    response.ctx.data_mut(|d| d.insert_temp(quiet_id(response), true));
    super::focus_now(response);
}

/// Where egui's memory keeps that the focus was given to `response`'s label by the app, not the learner.
fn quiet_id(response: &Response) -> Id {
    response.id.with("focused-by-the-app")
}

/// Reverses the order of the children of `ui`'s node: a right-to-left row is laid out from its right end,
/// so its nodes come in the reverse of the order the eye reads them in. Call it once the row is drawn.
pub fn read_left_to_right(ui: &Ui) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        let mut children = node.children().to_vec();
        children.reverse();
        node.set_children(children);
    });
}

/// Moves the node of the `Ui` drawn first among `ui`'s children to the end: a panel laid out before the
/// content it belongs under (a form's button bar at the bottom, drawn first so the form gets the room
/// left) is read after that content.
pub fn read_first_child_last(ui: &Ui) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        let mut children = node.children().to_vec();
        if children.len() > 1 {
            let first = children.remove(0);
            children.push(first);
            node.set_children(children);
        }
    });
}

/// Names the vertical scroll bar of the scroll area `area` (its id from `ScrollAreaOutput::id`), if it
/// has one this frame: "Scroll the question".
pub fn name_scroll_bar(ctx: &egui::Context, area: Id, name: &str) {
    // egui 0.37 gives a scroll area's bar along axis `d` the id `area.with(d)`; 1 is vertical.
    let bar = area.with(1_usize);
    if ctx.has_accesskit_node(bar) {
        ctx.accesskit_node_builder(bar, |node| node.set_label(name.to_string()));
    }
}

/// Names the window's root node "Dossier" and gives it the window's extents, so a screen reader names the
/// window and can tell where it is.
pub fn name_window(ctx: &egui::Context, name: &str) {
    let rect = ctx.content_rect();
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(name.to_string());
        node.set_bounds(accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
    });
}

/// Shows the scroll area `area` in `ui`, its scroll bar named `name` ([`name_scroll_bar`]).
pub fn scroll_named<R>(
    ui: &mut Ui,
    area: egui::ScrollArea,
    name: &str,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::scroll_area::ScrollAreaOutput<R> {
    let output = area.show(ui, add);
    name_scroll_bar(ui.ctx(), output.id, name);
    output
}

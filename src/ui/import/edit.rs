//! "Edit" on a drafted fact: its slots as a form — each entity slot a choice among the draft's entities of
//! a kind the checker accepts there, a list slot (a Summit's participants, a Relation's parties) a choice
//! per entry with "Remove" beside it and "Add" below, each text slot a text field, the date as text read
//! the way the fact sheet reads dates — with Apply and Cancel. The evidence stays the article's sentence
//! and is not edited.
//!
//! The form changes a copy of the claim; Apply hands the copy to [`crate::import::Prepared::edit`], which
//! runs the same check as saving, so a fact is changed only when the saved pack would keep it.

use egui::{ComboBox, RichText, TextEdit, Ui};

use crate::pack::{Claim, Entity, EntityKind, Fact, When};
use crate::ui::theme;
use crate::ui::widgets::speech::{describe, speak_as};

/// A drafted fact being edited: a copy of its claim as the form has changed it.
#[derive(Debug, Clone)]
pub struct FactEdit {
    /// The fact's id (its place in the draft can move when facts are merged away; the id cannot).
    pub id: String,
    /// The claim as edited so far.
    pub claim: Claim,
    /// A Quantity's number as typed.
    number: String,
    /// Why the last Apply was refused, shown beside the buttons; the form stays as typed.
    pub problem: Option<String>,
    /// Why the last choice or "Add" of a list slot was refused, shown under the entry or the button.
    list_problem: Option<ListProblem>,
    /// The control that still has to take the keyboard focus: the first field as the form opens, an entry
    /// just added, a list's "Add" after one of its entries was removed.
    focus: Option<Focus>,
    /// What had the keyboard focus as the form was last drawn (Escape clears the focus before a frame).
    was_focused: Option<egui::Id>,
}

/// The text slots that hold a sentence or more (what was said, a stance, a quantity's sentence and
/// question, what was agreed, reported or happened, how parties stand): multi-line fields that wrap.
const LONG: [&str; 7] = ["said", "stance", "statement", "question", "what", "says", "state"];

/// A refusal in a list slot: an entry chosen that the list already names (shown under that entry), or an
/// "Add" while an entry is still empty (shown under the button).
#[derive(Debug, Clone)]
struct ListProblem {
    /// The list slot.
    slot: &'static str,
    /// The entry refused (from 0), or `None` for the list's "Add".
    entry: Option<usize>,
    /// The sentence.
    why: String,
}

/// A control of the form that takes the keyboard focus in the next frame it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    /// The form's first control (the form just opened).
    First,
    /// Entry `n` (from 0) of the list slot.
    Entry(&'static str, usize),
    /// The list slot's "Add".
    Add(&'static str),
}

/// What the user did with the form this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Apply: check the edited fact and keep it if the check does.
    Apply,
    /// Cancel (or Escape): the fact stays as it was.
    Cancel,
}

impl FactEdit {
    /// A form over `fact`'s claim as it stands.
    pub fn new(fact: &Fact) -> Self {
        let number = match &fact.claim {
            Claim::Quantity { value, .. } => crate::pack::numbers::plain(*value),
            _ => String::new(),
        };
        Self {
            id: fact.id.clone(),
            claim: fact.claim.clone(),
            number,
            problem: None,
            list_problem: None,
            focus: Some(Focus::First),
            was_focused: None,
        }
    }

    /// The fact as the form states it, texts trimmed and empty optional ones left out, or why it cannot be
    /// (a date Dossier cannot read, a number that is not one, an entry of a list added and not chosen, one
    /// entity in two of its slots, as someone meeting themselves or a party named twice; `name` names an
    /// entity id). The checker judges the rest (how many entries a list needs).
    pub fn finished(&self, fact: &Fact, name: &dyn Fn(&str) -> String) -> Result<Fact, String> {
        let mut claim = self.claim.clone();
        let mut named: Vec<(String, String)> = Vec::new();
        let mut once = |label: String, value: &String| {
            if let Some((first, _)) = named.iter().find(|(_, id)| id == value) {
                return Err(format!(
                    "{first} and {label} are both “{}”; a fact names each of its people or places once.",
                    name(value)
                ));
            }
            named.push((label, value.clone()));
            Ok(())
        };
        for field in fields(&mut claim) {
            match field {
                Field::Entity { label, value, .. } => once(label, value)?,
                Field::List { label, values, .. } => {
                    for (j, value) in values.iter().enumerate() {
                        let label = format!("{label} {}", j + 1);
                        if value.is_empty() {
                            return Err(format!("{label} is not chosen; choose one in its list, or remove it."));
                        }
                        once(label, value)?;
                    }
                }
                Field::Text { value, .. } => *value = value.trim().to_string(),
                Field::MaybeText { value, .. } => {
                    *value = value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
                }
                Field::Date { value } => {
                    *value = value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
                    if let Some(date) = value.as_deref()
                        && When::parse(date).is_none()
                    {
                        return Err(format!(
                            "“{date}” is not a date Dossier can read; write it as the article does, such as \
                             “May 4”, “May 4, 2026”, “March 2023”, “2023” or “yesterday”, or leave it empty."
                        ));
                    }
                }
                Field::Number { value } => match crate::pack::numbers::parse_number(&self.number) {
                    Some(n) if n.is_finite() => *value = n,
                    _ => {
                        return Err(format!(
                            "“{}” is not a number; write it in digits or words, such as 240, 1,500 or five.",
                            self.number.trim()
                        ));
                    }
                },
                Field::MaybeEntity { .. } | Field::Flag { .. } => {}
            }
        }
        Ok(Fact { claim, ..fact.clone() })
    }

    /// Makes the form's entity slots that name `from` name `into` (two entities merged while it is open).
    pub fn merged(&mut self, from: &str, into: &str) {
        let mut fact =
            Fact { id: String::new(), topics: Vec::new(), evidence: String::new(), claim: self.claim.clone() };
        crate::import::sheet::replace_entity(&mut fact, from, into);
        self.claim = fact.claim;
    }
}

/// One slot of a claim as the form edits it.
enum Field<'c> {
    /// An entity slot that must name one (`who`).
    Entity { label: String, slot: &'static str, value: &'c mut String },
    /// A list of entities, each its own choice ("Party 1", "Party 2"), that can grow ("Add a party") and
    /// shrink ("Remove China"); an entry just added is empty until one is chosen.
    List { label: &'static str, add: &'static str, slot: &'static str, values: &'c mut Vec<String> },
    /// An entity slot that may be empty (`place`).
    MaybeEntity { label: &'static str, slot: &'static str, value: &'c mut Option<String> },
    /// A text slot that must be written (`said`).
    Text { label: &'static str, slot: &'static str, value: &'c mut String },
    /// A text slot that may be empty (`unit`).
    MaybeText { label: &'static str, slot: &'static str, value: &'c mut Option<String> },
    /// The date, as the article writes it.
    Date { value: &'c mut Option<String> },
    /// A Quantity's number.
    Number { value: &'c mut f64 },
    /// A yes-or-no slot (an Agreement only reported).
    Flag { label: &'static str, value: &'c mut bool },
}

/// The slots the form edits, in the order it shows them. A Statement's quote, an Event's era and a
/// Quantity's tolerance are kept as drafted.
fn fields(claim: &mut Claim) -> Vec<Field<'_>> {
    let one = |label: &str, slot, value| Field::Entity { label: label.to_string(), slot, value };
    let mut out = Vec::new();
    match claim {
        Claim::Meeting { who, whom, place, date } => {
            out.push(one("Who", "who", who));
            out.push(one("Met", "whom", whom));
            out.push(Field::MaybeEntity { label: "Where", slot: "place", value: place });
            out.push(Field::Date { value: date });
        }
        Claim::Identity { who, is, country } => {
            out.push(one("Who", "who", who));
            out.push(Field::Text { label: "Role", slot: "is", value: is });
            out.push(Field::MaybeEntity { label: "Country", slot: "country", value: country });
        }
        Claim::Visit { who, destination, date, first } => {
            out.push(one("Who", "who", who));
            out.push(one("Visited", "destination", destination));
            out.push(Field::Date { value: date });
            out.push(Field::MaybeText { label: "What made it a first", slot: "first", value: first });
        }
        Claim::Statement { speaker, said, .. } => {
            out.push(one("Speaker", "speaker", speaker));
            out.push(Field::Text { label: "What was said", slot: "said", value: said });
        }
        Claim::Stance { actor, stance, issue } => {
            out.push(one("Actor", "actor", actor));
            out.push(Field::Text { label: "Stance", slot: "stance", value: stance });
            out.push(Field::MaybeEntity { label: "Issue", slot: "issue", value: issue });
        }
        Claim::Relation { between, state } => {
            out.push(Field::List { label: "Party", add: "Add a party", slot: "between", values: between });
            out.push(Field::Text { label: "How they stand", slot: "state", value: state });
        }
        Claim::Quantity { statement, question, value, unit, .. } => {
            out.push(Field::Text { label: "Sentence with {n}", slot: "statement", value: statement });
            out.push(Field::Text { label: "Question", slot: "question", value: question });
            out.push(Field::Number { value });
            out.push(Field::MaybeText { label: "Unit", slot: "unit", value: unit });
        }
        Claim::Agreement { parties, what, reported, date } => {
            out.push(Field::List { label: "Party", add: "Add a party", slot: "parties", values: parties });
            out.push(Field::Text { label: "What was agreed", slot: "what", value: what });
            out.push(Field::Date { value: date });
            out.push(Field::Flag { label: "Only reported, not confirmed", value: reported });
        }
        Claim::Report { source, says } => {
            out.push(one("Source", "source", source));
            out.push(Field::Text { label: "What it reports", slot: "says", value: says });
        }
        Claim::Event { what, who, place, date, .. } => {
            out.push(Field::Text { label: "What happened", slot: "what", value: what });
            out.push(Field::List { label: "Taking part", add: "Add someone taking part", slot: "who", values: who });
            out.push(Field::MaybeEntity { label: "Where", slot: "place", value: place });
            out.push(Field::Date { value: date });
        }
        Claim::Summit { participants, host, event, place, date } => {
            let add = "Add a participant";
            out.push(Field::List { label: "Participant", add, slot: "participants", values: participants });
            out.push(Field::MaybeEntity { label: "Host", slot: "host", value: host });
            out.push(Field::MaybeEntity { label: "Event", slot: "event", value: event });
            out.push(Field::MaybeEntity { label: "Where", slot: "place", value: place });
            out.push(Field::Date { value: date });
        }
        Claim::Agenda { items, at, .. } => {
            out.push(Field::List { label: "Item", add: "Add an item", slot: "items", values: items });
            out.push(Field::MaybeEntity { label: "At", slot: "at", value: at });
        }
        Claim::Reason { act, link, why } => {
            out.push(Field::Text { label: "What was done", slot: "act", value: act });
            out.push(Field::Text { label: "Linked by", slot: "link", value: link });
            out.push(Field::Text { label: "Why", slot: "why", value: why });
        }
        Claim::Passage { names } => {
            out.push(Field::List { label: "Named", add: "Add a name", slot: "names", values: names });
        }
        Claim::State { what, state, date } => {
            out.push(Field::Text { label: "What", slot: "what", value: what });
            out.push(Field::Text { label: "How it has been", slot: "state", value: state });
            out.push(Field::Text { label: "Since when", slot: "date", value: date });
        }
    }
    out
}

/// A checker's sentence about the edited fact `id` as the form says it: "this fact" for `fact "id"`, each
/// slot by its label in the form ("the “What was said” of this fact is empty"), no backticks, and no
/// "warning:" before an audit's sentence (any refusal stops the edit).
pub fn plain(why: &str, id: &str, claim: &Claim) -> String {
    let why = why.strip_prefix("warning: ").unwrap_or(why);
    let mut out = why.replace(&format!("fact \"{id}\""), "this fact");
    let mut claim = claim.clone();
    for field in fields(&mut claim) {
        let (label, slot) = match field {
            Field::Entity { label, slot, .. } => {
                (label.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ').to_string(), slot)
            }
            Field::MaybeEntity { label, slot, .. }
            | Field::List { label, slot, .. }
            | Field::Text { label, slot, .. }
            | Field::MaybeText { label, slot, .. } => (label.to_string(), slot),
            Field::Date { .. } => ("When".to_string(), "date"),
            Field::Number { .. } => ("Number".to_string(), "value"),
            Field::Flag { .. } => continue,
        };
        out = out.replace(&format!("`{slot}`"), &format!("“{label}”"));
    }
    out.replace('`', "")
}

/// The kinds each entity slot of `claim` accepts, as the checker's slot table holds them (empty optional
/// slots and empty lists included; empty kinds: any).
fn slot_kinds(claim: &Claim) -> Vec<(&'static str, &'static [EntityKind])> {
    crate::pack::check::entity_slot_kinds(claim)
}

/// The form, inside the fact's card under its sentence (the evidence, not edited): a row per slot, Apply and Cancel, and why
/// the last Apply was refused. `entities` are the draft's, as edited.
pub fn form_ui(ui: &mut Ui, edit: &mut FactEdit, entities: &[Entity]) -> Option<Outcome> {
    let palette = theme::palette(ui);
    let mut outcome = None;
    // Read before the form's menus are drawn: an Escape that closes one of them closes only the menu.
    let menu_open = egui::Popup::is_any_open(ui.ctx());
    let kinds = slot_kinds(&edit.claim);
    let kinds_of = |slot: &str| kinds.iter().find(|(s, _)| *s == slot).map_or(&[][..], |(_, k)| *k);
    let mut enter = false;
    let pending = edit.focus.take();
    let mut first = pending == Some(Focus::First);
    // The form's controls: the first takes the focus when the form opens; Escape cancels only from them.
    let mut controls = Vec::new();
    let mut control = |r: &egui::Response| {
        controls.push(r.id);
        if std::mem::take(&mut first) {
            crate::ui::widgets::focus_now(r);
        }
    };
    ui.add_space(2.0);
    ui.label(RichText::new("The evidence stays the article's sentence above; it is not edited.").color(palette.quiet));
    ui.add_space(4.0);
    let width = (ui.available_width() - 150.0).max(160.0);
    let before = (edit.claim.clone(), edit.number.clone());
    let mut number = std::mem::take(&mut edit.number);
    let name = |id: &str| entities.iter().find(|e| e.id == id).map_or_else(|| id.to_string(), |e| e.name.clone());
    let mut list_problem = edit.list_problem.take();
    let mut focus = None;
    egui::Grid::new("edit-fields").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
        for (row, field) in fields(&mut edit.claim).into_iter().enumerate() {
            match field {
                Field::Entity { label, slot, value } => {
                    let l = ui.label(&label);
                    let r = entity_choice(ui, row, kinds_of(slot), entities, value, None).labelled_by(l.id);
                    control(&r);
                }
                Field::List { label, add, slot, values } => {
                    let mut removed = None;
                    for j in 0..values.len() {
                        let entry = format!("{label} {}", j + 1);
                        let l = ui.label(&entry);
                        let was = values[j].clone();
                        let mut choice = None;
                        ui.horizontal(|ui| {
                            let r = entity_choice(ui, (row, j), kinds_of(slot), entities, &mut values[j], None)
                                .labelled_by(l.id);
                            control(&r);
                            if pending == Some(Focus::Entry(slot, j)) {
                                crate::ui::widgets::focus_now(&r);
                            }
                            // Painted "Remove"; said with whom it removes, as every entry has one.
                            let remove = ui.button("Remove");
                            let whom = if was.is_empty() { entry.clone() } else { name(&was) };
                            speak_as(&remove, &format!("Remove {whom}"), None);
                            control(&remove);
                            // The entry below moves up under the pointer: the second click of a double
                            // click does not remove it too.
                            if remove.clicked() && !remove.double_clicked() {
                                removed = Some(j);
                            }
                            choice = Some(r);
                        });
                        ui.end_row();
                        // An entity already in the list is refused as it is chosen, with a sentence under
                        // this entry; the entry keeps what it had.
                        if values[j] != was {
                            let chosen = values[j].clone();
                            let twice = values.iter().enumerate().position(|(k, v)| k != j && *v == chosen);
                            list_problem = twice.map(|other| ListProblem {
                                slot,
                                entry: Some(j),
                                why: format!(
                                    "{} is already {label} {}; a list names each once.",
                                    name(&chosen),
                                    other + 1
                                ),
                            });
                            if twice.is_some() {
                                values[j] = was;
                            }
                        }
                        if let Some(p) = list_problem.as_ref().filter(|p| p.slot == slot && p.entry == Some(j)) {
                            if let Some(r) = &choice {
                                describe(r, &p.why);
                            }
                            ui.label("");
                            ui.add(egui::Label::new(RichText::new(&p.why).color(palette.wrong)).wrap());
                            ui.end_row();
                        }
                    }
                    // The focus stays in the list: on the entry that took the removed one's place (the one
                    // before it at the end), or on "Add" once the list is empty.
                    if let Some(j) = removed {
                        values.remove(j);
                        list_problem = None;
                        let next = j.min(values.len().saturating_sub(1));
                        focus = Some(if values.is_empty() { Focus::Add(slot) } else { Focus::Entry(slot, next) });
                    }
                    ui.label("");
                    ui.vertical(|ui| {
                        let button = ui.button(add);
                        control(&button);
                        if pending == Some(Focus::Add(slot)) {
                            crate::ui::widgets::focus_now(&button);
                        }
                        // One entry at a time: a new one is chosen before another is added.
                        if button.clicked() {
                            if let Some(j) = values.iter().position(String::is_empty) {
                                let why = format!("Choose {label} {} first, then add another.", j + 1);
                                list_problem = Some(ListProblem { slot, entry: None, why });
                            } else {
                                values.push(String::new());
                                list_problem = None;
                                focus = Some(Focus::Entry(slot, values.len() - 1));
                            }
                        }
                        if let Some(p) = list_problem.as_ref().filter(|p| p.slot == slot && p.entry.is_none()) {
                            describe(&button, &p.why);
                            ui.add(egui::Label::new(RichText::new(&p.why).color(palette.wrong)).wrap());
                        }
                    });
                }
                Field::MaybeEntity { label, slot, value } => {
                    let l = ui.label(label);
                    let mut id = value.clone().unwrap_or_default();
                    let r = entity_choice(ui, row, kinds_of(slot), entities, &mut id, Some("(none)")).labelled_by(l.id);
                    control(&r);
                    *value = Some(id).filter(|id| !id.is_empty());
                }
                Field::Text { label, slot, value } => {
                    let l = ui.label(label);
                    let r = if LONG.contains(&slot) {
                        // Long text wraps over a few lines; Enter still applies (it types no line break).
                        let field = TextEdit::multiline(value).desired_width(width).desired_rows(2).return_key(None);
                        let r = ui.add(field).labelled_by(l.id);
                        enter |= r.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        r
                    } else {
                        let r = ui.add(TextEdit::singleline(value).desired_width(width)).labelled_by(l.id);
                        enter |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        r
                    };
                    control(&r);
                }
                Field::MaybeText { label, value, .. } => {
                    let l = ui.label(label);
                    let mut text = value.clone().unwrap_or_default();
                    let r = ui
                        .add(TextEdit::singleline(&mut text).desired_width(width).hint_text("(none)"))
                        .labelled_by(l.id);
                    control(&r);
                    enter |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    *value = Some(text).filter(|t| !t.is_empty());
                }
                Field::Date { value } => {
                    let l = ui.label("When");
                    let mut text = value.clone().unwrap_or_default();
                    let how = "As the article writes it, such as May 4 or May 4, 2026; empty for none.";
                    let r = ui
                        .add(TextEdit::singleline(&mut text).desired_width(220.0).hint_text("such as May 4"))
                        .labelled_by(l.id);
                    describe(&r, how);
                    control(&r);
                    enter |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    *value = Some(text).filter(|t| !t.is_empty());
                }
                Field::Number { .. } => {
                    let l = ui.label("Number");
                    let r = ui.add(TextEdit::singleline(&mut number).desired_width(120.0)).labelled_by(l.id);
                    control(&r);
                    enter |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                }
                Field::Flag { label, value } => {
                    ui.label("");
                    let r = ui.checkbox(value, label);
                    control(&r);
                }
            }
            ui.end_row();
        }
    });
    edit.number = number;
    edit.list_problem = list_problem;
    if focus.is_some() {
        edit.focus = focus;
    }
    // A refusal is about what was applied: once the form changes, it no longer holds.
    if (&edit.claim, &edit.number) != (&before.0, &before.1) {
        edit.problem = None;
    }
    ui.horizontal_wrapped(|ui| {
        let apply = ui.button("Apply");
        if apply.clicked() || enter {
            outcome = Some(Outcome::Apply);
        }
        let cancel = ui.button("Cancel");
        if cancel.clicked() {
            outcome = Some(Outcome::Cancel);
        }
        controls.extend([apply.id, cancel.id]);
        crate::ui::widgets::hints(ui, "Enter applies · Escape cancels");
    });
    if let Some(problem) = &edit.problem {
        ui.add(egui::Label::new(RichText::new(problem).color(palette.wrong)).wrap());
    }
    // Escape cancels the edit from the form or from nowhere; not while it closes one of the form's menus,
    // nor from a field elsewhere (an entity's name). egui lets the focus go as Escape arrives, so what had
    // it is what had it when the form was last drawn.
    let from_form = edit.was_focused.is_none_or(|f| controls.contains(&f));
    edit.was_focused = ui.memory(egui::Memory::focused);
    // Nor while a dialog over the screen has the keys (the screen is disabled then): its Escape is its own.
    let escape = ui.is_enabled() && ui.input(|i| i.key_pressed(egui::Key::Escape));
    if outcome.is_none() && !menu_open && from_form && escape {
        outcome = Some(Outcome::Cancel);
    }
    outcome
}

/// Whether an entity of `kind` is offered in a slot that accepts `kinds`: exactly when the checker would
/// accept it there.
fn fits(kinds: &[EntityKind], kind: EntityKind) -> bool {
    crate::pack::check::slot_accepts(kinds, kind)
}

/// A choice among the draft's entities of `kinds` (any with none), with `none` as a first choice for a
/// slot that may be empty; a list's entry just added, not chosen yet, shows "(choose one)". The current entity is offered even if its kind no longer fits, so the form
/// shows what the fact says; the check refuses it on Apply.
fn entity_choice(
    ui: &mut Ui,
    row: impl std::hash::Hash + std::fmt::Debug,
    kinds: &[EntityKind],
    entities: &[Entity],
    value: &mut String,
    none: Option<&str>,
) -> egui::Response {
    let name = |id: &str| entities.iter().find(|e| e.id == id).map_or_else(|| id.to_string(), |e| e.name.clone());
    let shown = if value.is_empty() { none.unwrap_or("(choose one)").to_string() } else { name(value) };
    let current = value.clone();
    let fits = move |e: &&Entity| fits(kinds, e.kind) || e.id == current;
    ComboBox::from_id_salt(("slot", row))
        .selected_text(shown)
        .width(220.0)
        .show_ui(ui, |ui| {
            if let Some(none) = none {
                ui.selectable_value(value, String::new(), none);
            }
            for e in entities.iter().filter(fits) {
                ui.selectable_value(value, e.id.clone(), format!("{} ({:?})", e.name, e.kind));
            }
        })
        .response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(claim: Claim) -> Fact {
        Fact { id: "f".to_string(), topics: Vec::new(), evidence: "E.".to_string(), claim }
    }

    fn name(id: &str) -> String {
        id.to_uppercase()
    }

    #[test]
    fn the_form_trims_texts_reads_dates_and_numbers_and_refuses_what_it_cannot_read() {
        let meeting = fact(Claim::Meeting {
            who: "a".to_string(),
            whom: "b".to_string(),
            place: None,
            date: Some("May 2".to_string()),
        });
        let mut form = FactEdit::new(&meeting);
        if let Claim::Meeting { date, .. } = &mut form.claim {
            *date = Some("  ".to_string());
        }
        let done = form.finished(&meeting, &name).expect("an empty date is no date");
        assert!(matches!(done.claim, Claim::Meeting { date: None, .. }));
        if let Claim::Meeting { date, .. } = &mut form.claim {
            *date = Some("Mayday".to_string());
        }
        let why = form.finished(&meeting, &name).expect_err("not a date");
        assert!(why.starts_with("“Mayday” is not a date Dossier can read"), "{why}");
        if let Claim::Meeting { date, whom, .. } = &mut form.claim {
            *date = Some("May 2, 2026".to_string());
            *whom = "a".to_string();
        }
        let why = form.finished(&meeting, &name).expect_err("meeting oneself");
        assert_eq!(why, "Who and Met are both “A”; a fact names each of its people or places once.");

        let count = fact(Claim::Quantity {
            statement: "{n} firms came".to_string(),
            question: "How many firms came?".to_string(),
            value: 240.0,
            unit: None,
            tolerance: 0.0,
        });
        let mut form = FactEdit::new(&count);
        assert_eq!(form.number, "240");
        form.number = "1,500".to_string();
        if let Claim::Quantity { unit, statement, .. } = &mut form.claim {
            *unit = Some(" firms ".to_string());
            *statement = " {n} firms came ".to_string();
        }
        let done = form.finished(&count, &name).expect("read");
        let Claim::Quantity { value, unit, statement, .. } = done.claim else { panic!("a quantity") };
        assert_eq!((value, unit.as_deref(), statement.as_str()), (1500.0, Some("firms"), "{n} firms came"));
        form.number = "many".to_string();
        assert!(form.finished(&count, &name).expect_err("not a number").contains("is not a number"));
    }

    #[test]
    fn a_slot_offers_the_kinds_the_checker_accepts_list_slots_and_empty_slots_included() {
        let of = |claim: &Claim, slot: &str| {
            slot_kinds(claim).iter().find(|(s, _)| *s == slot).map(|(_, k)| *k).expect("listed")
        };
        let meeting = Claim::Meeting { who: "a".to_string(), whom: "b".to_string(), place: None, date: None };
        assert!(fits(of(&meeting, "who"), EntityKind::Person) && !fits(of(&meeting, "who"), EntityKind::Country));
        assert!(fits(of(&meeting, "place"), EntityKind::City), "an empty optional slot is listed with its kinds");
        let said = Claim::Statement { speaker: "a".to_string(), said: "s".to_string(), quote: None };
        let speaker = of(&said, "speaker");
        assert!(fits(speaker, EntityKind::Country) && fits(speaker, EntityKind::Person));
        assert!(!fits(speaker, EntityKind::Phrase) && !fits(speaker, EntityKind::Issue));
        // Every list slot, full or emptied, takes who can take part, and no quotation or issue.
        let lists = [
            (Claim::Relation { between: Vec::new(), state: "s".to_string() }, "between"),
            (
                Claim::Agreement { parties: vec!["a".to_string()], what: "w".to_string(), reported: false, date: None },
                "parties",
            ),
            (
                Claim::Summit { participants: Vec::new(), host: None, event: None, place: None, date: None },
                "participants",
            ),
            (Claim::Event { what: "w".to_string(), who: Vec::new(), place: None, date: None, era: None }, "who"),
        ];
        for (claim, slot) in &lists {
            let kinds = of(claim, slot);
            assert!(fits(kinds, EntityKind::Person) && fits(kinds, EntityKind::Country), "{slot}");
            assert!(!fits(kinds, EntityKind::Issue) && !fits(kinds, EntityKind::Phrase), "{slot}");
        }
        let agenda = Claim::Agenda { items: Vec::new(), at: None, planned: false };
        assert!(fits(of(&agenda, "items"), EntityKind::Issue), "an agenda's items are issues");
        assert!(!fits(of(&agenda, "at"), EntityKind::Issue), "an agenda is at an event");
    }

    #[test]
    fn a_refusal_names_the_slot_by_its_label_in_the_form() {
        let said = Claim::Statement { speaker: "a".to_string(), said: String::new(), quote: None };
        let why = "the `said` of fact \"f\" is empty; write it as the article states it.";
        assert_eq!(
            plain(why, "f", &said),
            "the “What was said” of this fact is empty; write it as the article states it."
        );
        assert_eq!(plain("warning: fact \"f\" asks twice.", "f", &said), "this fact asks twice.");
    }

    #[test]
    fn a_list_entry_not_chosen_or_named_twice_is_refused_before_the_check() {
        let summit = fact(Claim::Summit {
            participants: vec!["a".to_string(), "b".to_string()],
            host: None,
            event: None,
            place: None,
            date: None,
        });
        let mut form = FactEdit::new(&summit);
        let Claim::Summit { participants, .. } = &mut form.claim else { panic!("a summit") };
        participants.push(String::new());
        let why = form.finished(&summit, &name).expect_err("an empty entry");
        assert_eq!(why, "Participant 3 is not chosen; choose one in its list, or remove it.");
        let Claim::Summit { participants, .. } = &mut form.claim else { panic!("a summit") };
        participants[2] = "a".to_string();
        let why = form.finished(&summit, &name).expect_err("a participant twice");
        assert_eq!(
            why,
            "Participant 1 and Participant 3 are both “A”; a fact names each of its people or places once."
        );
        let Claim::Summit { participants, .. } = &mut form.claim else { panic!("a summit") };
        participants[2] = "c".to_string();
        let done = form.finished(&summit, &name).expect("three participants");
        assert!(matches!(done.claim, Claim::Summit { participants, .. } if participants == ["a", "b", "c"]));
    }

    #[test]
    fn a_merge_while_the_form_is_open_renames_its_slots() {
        let relation =
            fact(Claim::Relation { between: vec!["a".to_string(), "b".to_string()], state: "s".to_string() });
        let mut form = FactEdit::new(&relation);
        form.merged("b", "c");
        assert_eq!(
            form.claim,
            Claim::Relation { between: vec!["a".to_string(), "c".to_string()], state: "s".to_string() }
        );
    }
}

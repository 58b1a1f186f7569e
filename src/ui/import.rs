//! "Add article…": draft a fact sheet from an article file or from pasted text, review the drafted facts —
//! keep or leave out each, seeing what it yields — and save the pack into the Library.
//!
//! The draft is assembled again from the kept facts after every change, with the same check as
//! `dossier import`, so what is saved always passes `dossier check`.

use std::path::Path;

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::import::{self, Draft, ImportError, Options, Prepared};
use crate::ui::app::Command;
use crate::ui::fonts;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

/// The screen's own state: what the user typed and the draft under review.
#[derive(Debug, Clone, Default)]
pub struct ImportView {
    /// The article file's path as typed.
    pub path: String,
    /// Article text pasted into the box.
    pub pasted: String,
    /// The pack's title, if the headline should not be used.
    pub title: String,
    /// The pack's id, if the one made from the title should not be used.
    pub id: String,
    /// Replace a pack of the same id.
    pub replace: bool,
    /// The drafted article and facts under review.
    pub prepared: Option<Prepared>,
    /// Per drafted fact (same order as `prepared.facts`), whether the user keeps it.
    pub keep: Vec<bool>,
    /// The sheet assembled from the kept facts, or why it cannot be.
    pub draft: Option<Result<Draft, String>>,
    /// What went wrong with the last action, as a sentence.
    pub problem: Option<String>,
    /// Why the last "Save to Library" failed, shown beside the button.
    pub save_problem: Option<String>,
    /// The file box has had the keyboard focus once (it takes it when the screen opens).
    pub focused: bool,
    /// A new draft is under review: scroll it into view.
    pub scroll_to_draft: bool,
}

impl ImportView {
    fn options(&self) -> Options {
        let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Options { title: given(&self.title), id: given(&self.id) }
    }

    /// Drafts from bytes read from a file named `name` (or pasted), replacing any draft under review.
    fn start(&mut self, bytes: Result<Vec<u8>, ImportError>, name: &str) {
        self.problem = None;
        self.save_problem = None;
        let prepared = bytes
            .and_then(|b| import::prepare(&b, name))
            .and_then(|p| if p.facts.is_empty() { Err(ImportError::NothingToQuiz) } else { Ok(p) });
        match prepared {
            Ok(prepared) => {
                self.keep = vec![true; prepared.facts.len()];
                self.prepared = Some(prepared);
                self.scroll_to_draft = true;
                self.reassemble();
            }
            Err(e) => {
                self.prepared = None;
                self.draft = None;
                self.problem = Some(capitalised(&e.to_string()));
            }
        }
    }

    /// Assembles the sheet again from the kept facts.
    fn reassemble(&mut self) {
        let Some(prepared) = &self.prepared else { return };
        let kept: Vec<String> =
            prepared.facts.iter().zip(&self.keep).filter(|(_, k)| **k).map(|(f, _)| f.id.clone()).collect();
        self.draft = Some(prepared.assemble(Some(&kept), &self.options()).map_err(|e| capitalised(&e.to_string())));
    }
}

fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The "Add article" screen. `packs_dir` is where the pack is saved.
pub fn ui(ui: &mut Ui, view: &mut ImportView, packs_dir: Option<&Path>) -> Option<Command> {
    let mut cmd = None;
    ScrollArea::vertical().id_salt("import-scroll").auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.horizontal(|ui| {
                ui.heading("Add an article");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Back to Library").clicked() {
                        cmd = Some(Command::ShowLibrary);
                    }
                });
            });
            ui.label(
                RichText::new(
                    "Dossier drafts a fact sheet from a news article: every fact from a sentence of the text. \
                     Review the facts, keep the ones you want, and save the pack to the Library.",
                )
                .color(p.quiet),
            );
            card(ui, |ui| {
                let label = ui.label(theme::strong("Article file (.txt, .md or a saved .html page)"));
                ui.horizontal(|ui| {
                    let path = ui.add(TextEdit::singleline(&mut view.path).desired_width(380.0)).labelled_by(label.id);
                    if !view.focused {
                        crate::ui::widgets::focus_now(&path);
                        view.focused = true;
                    }
                    if ui.button("Draft from file").clicked() {
                        let path = Path::new(view.path.trim());
                        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                        view.start(import::read_file(path), &name);
                    }
                });
            });
            card(ui, |ui| {
                let label = ui.label(theme::strong("Or paste the article's text"));
                ui.add(TextEdit::multiline(&mut view.pasted).desired_rows(6).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if ui.button("Draft from pasted text").clicked() {
                    if view.pasted.trim().is_empty() {
                        view.problem = Some("Paste an article's text into the box first.".to_string());
                    } else {
                        view.start(Ok(view.pasted.clone().into_bytes()), "pasted.txt");
                    }
                }
            });
            card(ui, |ui| {
                ui.label(theme::strong("Title and id (optional)"));
                let mut changed = false;
                ui.horizontal(|ui| {
                    let l = ui.label("Title");
                    changed |=
                        ui.add(TextEdit::singleline(&mut view.title).desired_width(300.0)).labelled_by(l.id).changed();
                });
                ui.horizontal(|ui| {
                    let l = ui.label("Id");
                    changed |=
                        ui.add(TextEdit::singleline(&mut view.id).desired_width(200.0)).labelled_by(l.id).changed();
                });
                if changed {
                    view.reassemble();
                }
            });
            if let Some(problem) = &view.problem {
                ui.add(egui::Label::new(RichText::new(problem).color(p.wrong)).wrap());
            }
            if view.prepared.is_some() {
                cmd = cmd.take().or_else(|| review_ui(ui, view, packs_dir));
            }
        });
    });
    cmd
}

/// The drafted facts, each with a "Keep" box, and saving.
fn review_ui(ui: &mut Ui, view: &mut ImportView, packs_dir: Option<&Path>) -> Option<Command> {
    let p = theme::palette(ui);
    let mut cmd = None;
    let Some(prepared) = &view.prepared else { return None };
    let draft = view.draft.as_ref();
    let ok = draft.and_then(|d| d.as_ref().ok());
    let scroll = std::mem::take(&mut view.scroll_to_draft);
    card(ui, |ui| {
        let heading =
            ui.label(RichText::new(format!("Draft: {}", prepared.article.headline)).family(fonts::bold()).size(18.0));
        if scroll {
            heading.scroll_to_me(Some(egui::Align::TOP));
        }
        match draft {
            Some(Ok(d)) => {
                let (entities, facts) = import::summary(d);
                ui.label(format!(
                    "{} facts ({facts}) · {} questions · {} entities ({entities})",
                    d.sheet.facts.len(),
                    d.questions,
                    d.sheet.entities.len()
                ));
                if !d.left_out.is_empty() {
                    ui.label(
                        RichText::new(format!("{} drafted facts were left out by the check.", d.left_out.len()))
                            .color(p.quiet),
                    );
                }
            }
            Some(Err(why)) => {
                ui.add(egui::Label::new(RichText::new(why).color(p.wrong)).wrap());
            }
            None => {}
        }
    });
    let mut changed = false;
    for (i, fact) in prepared.facts.iter().enumerate() {
        let Some(keep) = view.keep.get_mut(i) else { continue };
        ui.push_id(("drafted", i), |ui| {
            card(ui, |ui| {
                let kind = import::sheet::kind_name(&fact.claim);
                changed |= ui.checkbox(keep, format!("Keep: {kind} “{}”", fact.evidence)).changed();
                let yields = ok.and_then(|d| d.per_fact.get(&fact.id).copied());
                let line = match (yields, *keep) {
                    (_, false) => "Left out.".to_string(),
                    (Some(1), true) => "Yields 1 question.".to_string(),
                    (Some(n), true) => format!("Yields {n} questions."),
                    (None, true) => {
                        "Left out by the check: it yields no question a teacher could hand out.".to_string()
                    }
                };
                ui.label(RichText::new(line).color(p.quiet));
            });
        });
    }
    if changed {
        view.reassemble();
    }
    card(ui, |ui| {
        ui.checkbox(&mut view.replace, "Replace a pack with the same id");
        let can_save = view.draft.as_ref().is_some_and(Result::is_ok) && packs_dir.is_some();
        let save = ui.add_enabled(can_save, egui::Button::new("Save to Library")).clicked();
        if let (true, Some(Ok(draft)), Some(dir)) = (save, &view.draft, packs_dir) {
            match import::save(draft, dir, view.replace) {
                Ok(_) => cmd = Some(Command::Reload),
                Err(e) => view.save_problem = Some(capitalised(&e.to_string())),
            }
        }
        if let Some(problem) = &view.save_problem {
            ui.add(egui::Label::new(RichText::new(problem).color(p.wrong)).wrap());
        }
        if packs_dir.is_none() {
            ui.label(RichText::new("There is no data folder to save packs in.").color(p.wrong));
        }
    });
    cmd
}

//! The library: every pack with its title, source and size, and what can be done with it. A pack that
//! cannot be used is listed with its problems instead of being hidden. [`packs`] holds what it lists.

pub mod packs;

use std::path::Path;

use egui::{RichText, ScrollArea, Ui};

use crate::study::PackSummary;
use crate::study::session::Mode;
use crate::ui::app::{Back, Command};
use crate::ui::fonts;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column};

pub use packs::{Loaded, Origin, PackEntry, find, packs_in, refuse_duplicate_ids};

/// How many problems of a broken pack are listed before "and N more".
const PROBLEMS_SHOWN: usize = 6;

/// The library screen's own state.
#[derive(Debug, Clone)]
pub struct LibraryView {
    /// The first usable pack's "Practise" button still has to take keyboard focus.
    pub focus_pending: bool,
}

impl Default for LibraryView {
    fn default() -> Self {
        Self { focus_pending: true }
    }
}

/// What the library shows of the current learner.
#[derive(Debug, Clone, Copy)]
pub struct LearnerLine<'a> {
    /// While the learner's data is being opened: "Opening Mina's answers…".
    pub opening: Option<&'a str>,
    /// Their name, if a learner's data is open.
    pub name: Option<&'a str>,
    /// A problem with the learners' data, as a sentence.
    pub problem: Option<&'a str>,
    /// Good news about the learner's data (an interrupted exam was saved), as a sentence.
    pub notice: Option<&'a str>,
    /// Per pack (same order as the packs), the learner's due count and mastery; empty without a learner.
    pub summaries: &'a [Option<PackSummary>],
}

/// The library screen.
pub fn ui(
    ui: &mut Ui,
    packs: &[PackEntry],
    packs_dir: Option<&Path>,
    view: &mut LibraryView,
    resumable: Option<Mode>,
    learner: &LearnerLine<'_>,
) -> Option<Command> {
    let mut cmd = None;
    let area = ScrollArea::vertical().id_salt("library-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the library", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            ui.horizontal(|ui| {
                ui.heading("Library");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Right to left: the buttons read "Join with a code… Export… Class results… Add article…".
                    if ui.button("Add article…").clicked() {
                        cmd = Some(Command::AddArticle);
                    }
                    if ui.button("Class results…").clicked() {
                        cmd = Some(Command::ShowClassResults);
                    }
                    if ui.button("Export…").clicked() {
                        cmd = Some(Command::ShowExport);
                    }
                    if ui.button("Join with a code…").clicked() {
                        cmd = Some(Command::ShowJoin);
                    }
                    // A screen reader reads them as they stand, left to right.
                    crate::ui::widgets::speech::read_left_to_right(ui);
                });
            });
            ui.label(RichText::new("Read an article, then practise or take an exam on its facts.").color(p.quiet));
            if let Some(problem) = learner.problem {
                ui.add(egui::Label::new(RichText::new(problem).color(p.wrong)).wrap());
            }
            if let Some(opening) = learner.opening {
                ui.label(
                    RichText::new(format!("{opening} Their due reviews and mastery show here once read."))
                        .color(p.quiet),
                );
            }
            if let Some(notice) = learner.notice {
                ui.add(egui::Label::new(RichText::new(notice).color(p.accent)).wrap());
                if ui.button("Dismiss").clicked() {
                    cmd = Some(Command::DismissNotice);
                }
            }
            ui.add_space(6.0);
            if let Some(mode) = resumable {
                ui.horizontal(|ui| {
                    let (what, button) =
                        if mode == Mode::Exam { ("An exam", "Resume exam") } else { ("A quiz", "Resume quiz") };
                    ui.label(format!("{what} is in progress."));
                    if ui.button(button).clicked() {
                        cmd = Some(Command::Return(Back::Quiz));
                    }
                });
            }
            if let Some(name) = learner.name {
                let due: Vec<usize> = learner.summaries.iter().flatten().map(|s| s.due).filter(|&d| d > 0).collect();
                let total: usize = due.iter().sum();
                if total > 0 {
                    card(ui, |ui| {
                        let packs = if due.len() == 1 { "1 pack".to_string() } else { format!("{} packs", due.len()) };
                        ui.label(
                            RichText::new(format!("{name}: {total} due today in {packs}"))
                                .family(fonts::bold())
                                .color(p.accent),
                        );
                        ui.label(
                            RichText::new(format!(
                                "Spaced repetition picked these for today, the most overdue first{}.",
                                if total > crate::ui::app::REVIEW_ALL_MAX {
                                    format!(" ({} at a time)", crate::ui::app::REVIEW_ALL_MAX)
                                } else {
                                    String::new()
                                }
                            ))
                            .color(p.quiet),
                        );
                        if ui.button("Review all due").clicked() {
                            cmd = Some(Command::ReviewAll);
                        }
                    });
                    ui.add_space(4.0);
                }
            }
            let mut focus_given = false;
            for (i, entry) in packs.iter().enumerate() {
                ui.push_id(("pack", &entry.name, i), |ui| {
                    card(ui, |ui| match &entry.state {
                        Ok(loaded) => {
                            let sheet = &loaded.pack.sheet;
                            ui.label(RichText::new(&sheet.title).family(fonts::bold()).size(20.0));
                            ui.label(RichText::new(&sheet.source).color(p.quiet));
                            ui.label(format!(
                                "{} facts · {} questions · {} topics",
                                sheet.facts.len(),
                                loaded.bank.len(),
                                sheet.topics.len()
                            ));
                            if let (Some(name), Some(Some(summary))) = (learner.name, learner.summaries.get(i)) {
                                let line = if summary.cards == 0 {
                                    format!("{name}: not practised yet")
                                } else {
                                    format!(
                                        "{name}: {} due today · {}",
                                        summary.due,
                                        summary.mastery_figure().describe()
                                    )
                                };
                                ui.label(RichText::new(line).color(p.accent));
                            }
                            ui.add_space(2.0);
                            let id = || loaded.pack.id().to_string();
                            ui.horizontal_wrapped(|ui| {
                                // Four packs give four "Practise" buttons: each says its pack after its name.
                                let of_pack = |r: egui::Response| {
                                    crate::ui::widgets::speech::describe(&r, &sheet.title);
                                    r
                                };
                                if of_pack(ui.button("Read")).clicked() {
                                    cmd = Some(Command::Read { pack: id(), evidence: None, back: Back::Library });
                                }
                                let practise = of_pack(ui.button("Practise"));
                                if view.focus_pending && !focus_given {
                                    crate::ui::widgets::focus_now(&practise);
                                    focus_given = true;
                                }
                                if practise.clicked() {
                                    cmd = Some(Command::Setup {
                                        pack: id(),
                                        mode: Some(Mode::Practice),
                                        facts: Vec::new(),
                                        focus: None,
                                    });
                                }
                                if of_pack(ui.button("Exam")).clicked() {
                                    cmd = Some(Command::Setup {
                                        pack: id(),
                                        mode: Some(Mode::Exam),
                                        facts: Vec::new(),
                                        focus: None,
                                    });
                                }
                                if entry.drafted && ui.button("Edit draft").clicked() {
                                    cmd = Some(Command::EditDraft(id()));
                                }
                                let due = learner.summaries.get(i).copied().flatten().map_or(0, |s| s.due);
                                if due > 0 && ui.button("Review due").clicked() {
                                    cmd = Some(Command::Setup {
                                        pack: id(),
                                        mode: Some(Mode::Review),
                                        facts: Vec::new(),
                                        focus: None,
                                    });
                                }
                            });
                        }
                        Err(problems) => {
                            ui.label(RichText::new(&entry.name).family(fonts::bold()).size(18.0));
                            ui.label(
                                RichText::new("This pack cannot be used until its fact sheet is fixed:").color(p.wrong),
                            );
                            let lines: Vec<&str> = problems.lines().collect();
                            for line in lines.iter().take(PROBLEMS_SHOWN) {
                                ui.add(egui::Label::new(RichText::new(*line).monospace().size(13.0)).wrap());
                            }
                            if lines.len() > PROBLEMS_SHOWN {
                                ui.label(
                                    RichText::new(format!(
                                        "… and {} more. Run `dossier check` for the full list.",
                                        lines.len() - PROBLEMS_SHOWN
                                    ))
                                    .color(p.quiet),
                                );
                            }
                        }
                    });
                });
                ui.add_space(4.0);
            }
            view.focus_pending = false;
            if packs.is_empty() {
                ui.label("No packs yet.");
            }
            ui.add_space(8.0);
            ui.separator();
            let folder = packs_dir.map_or_else(|| "(no data folder)".to_string(), |d| d.display().to_string());
            ui.label(
                RichText::new(format!(
                    "“Add article…” drafts a pack from any news article. Packs written by hand: put a fact sheet (.ron) and its article (.txt) in {folder}, then reload."
                ))
                .color(p.quiet),
            );
            if ui.button("Reload packs").clicked() {
                cmd = Some(Command::Reload);
            }
        });
    });
    cmd
}

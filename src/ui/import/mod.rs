//! "Add article…": draft a fact sheet from an article file or from pasted text, review it — the article
//! with every drafted fact's sentence marked beside the drafted facts (kind, slots, the questions each
//! yields; keep, leave out or edit its slots in the `edit` form) and the entities (rename, kind, other
//! names, merge two into one) — and save the pack into the Library.
//!
//! The sheet is assembled again from the kept facts and the edited entities after every change, with the
//! same check as `dossier import`, so what is saved always passes `dossier check`; an edited fact is
//! applied only if that check keeps it.

use std::ops::Range;
use std::path::Path;

use egui::text::{LayoutJob, TextFormat};
use egui::{ComboBox, RichText, ScrollArea, TextEdit, Ui};

use crate::import::{self, Draft, ImportError, Options, Prepared};
use crate::pack::{EntityKind, Fact};
use crate::ui::app::Command;
use crate::ui::fonts;
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::speech::describe;
use crate::ui::widgets::{card, column};

mod edit;

/// From this window width on, the article and the facts are shown side by side.
const SIDE_BY_SIDE: f32 = 1100.0;

/// The kinds an entity can be given in review, in the order the menu lists them.
const KINDS: [EntityKind; 11] = [
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Group,
    EntityKind::Media,
    EntityKind::Event,
    EntityKind::Document,
    EntityKind::Issue,
    EntityKind::Phrase,
];

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
    /// The drafted article, entities and facts under review (entities as edited).
    pub prepared: Option<Prepared>,
    /// Per drafted fact (same order as `prepared.facts`), whether the user keeps it.
    pub keep: Vec<bool>,
    /// The sheet assembled from the kept facts, or why it cannot be.
    pub draft: Option<Result<Draft, String>>,
    /// Where the kept facts' evidence stands in the article (byte ranges), worked out when the draft is
    /// assembled, not every frame.
    marked: Vec<Range<usize>>,
    /// What went wrong with the last action, as a sentence.
    pub problem: Option<String>,
    /// Why the last "Save to Library" failed, shown beside the button.
    pub save_problem: Option<String>,
    /// The file box has had the keyboard focus once (it takes it when the screen opens).
    pub focused: bool,
    /// A new draft is under review: its heading takes the keyboard focus once.
    pub review_focus: bool,
    /// What a reopened draft keeps of its sheet (topics, dateline, credit); default for a new draft.
    pub base: Options,
    /// Per entity id, the name and other names being typed (committed when the box loses focus).
    editing: std::collections::BTreeMap<String, (String, String)>,
    /// Per entity id, why the last name or other names typed were refused, shown in its card.
    entity_problems: std::collections::BTreeMap<String, String>,
    /// The drafted fact whose form is open ("Edit"), as edited so far.
    edit: Option<edit::FactEdit>,
    /// The fact whose edit was applied last ("Edit applied." until another form opens).
    applied: Option<String>,
    /// The fact whose questions open in the next frame (its edit was just applied).
    open_questions: Option<String>,
    /// The fact whose "Edit" button takes the keyboard focus back once its form closes.
    refocus_edit: Option<String>,
    /// The sheet as last saved (or as reopened): while the draft assembles to it, there is nothing to lose.
    saved: Option<crate::pack::FactSheet>,
}

/// Pasted text of more than this many words is work the user would not want to lose before drafting.
const PASTE_WORDS: usize = 5;

/// What leaving the screen would throw away, if anything (see [`ImportView::unsaved`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsaved {
    /// Text pasted into the box and not drafted yet.
    Pasted,
    /// A draft changed since it was drafted, reopened or saved.
    Draft,
    /// A fact's form is open, its edit not applied.
    Edit {
        /// The draft has changes not saved besides.
        draft_too: bool,
    },
}

impl ImportView {
    /// What leaving now would lose: an open fact edit; a draft whose sheet differs from the one last saved
    /// or reopened (a new draft always does); or, before drafting, pasted text of more than a few words.
    /// `None` when there is nothing to lose, and leaving need not ask.
    pub fn unsaved(&self) -> Option<Unsaved> {
        if self.prepared.is_some() {
            let assembled = self.draft.as_ref().and_then(|d| d.as_ref().ok()).map(|d| &d.sheet);
            let draft_too = assembled.is_none() || assembled != self.saved.as_ref();
            return match (self.edit.is_some(), draft_too) {
                (true, draft_too) => Some(Unsaved::Edit { draft_too }),
                (false, true) => Some(Unsaved::Draft),
                (false, false) => None,
            };
        }
        (self.pasted.split_whitespace().count() > PASTE_WORDS).then_some(Unsaved::Pasted)
    }

    /// "Start over": the draft is dropped and the form to draft from shows again, the pasted text kept.
    pub fn start_over(&mut self) {
        self.prepared = None;
        self.draft = None;
        self.edit = None;
        self.saved = None;
        self.focused = false;
    }

    fn options(&self) -> Options {
        let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Options { title: given(&self.title), id: given(&self.id), ..self.base.clone() }
    }

    /// A drafted pack opened again for review: every fact kept, saving replaces it.
    pub fn reopen(sheet: &crate::pack::FactSheet, article: &str) -> Result<Self, String> {
        let (prepared, base) = import::reopen(sheet, article).map_err(|e| capitalised(&e.to_string()))?;
        let mut view = Self {
            title: sheet.title.clone(),
            id: sheet.id.clone(),
            replace: true,
            keep: vec![true; prepared.facts.len()],
            prepared: Some(prepared),
            base,
            focused: true,
            ..Self::default()
        };
        view.reassemble();
        view.saved = view.draft.as_ref().and_then(|d| d.as_ref().ok()).map(|d| d.sheet.clone());
        Ok(view)
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
                self.review_focus = true;
                self.editing.clear();
                self.entity_problems.clear();
                self.edit = None;
                self.saved = None;
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
        let article = crate::pack::Article::new(prepared.article.text.clone());
        self.marked = prepared
            .facts
            .iter()
            .zip(&self.keep)
            .filter(|(_, k)| **k)
            .filter_map(|(f, _)| article.find(&f.evidence))
            .collect();
        self.draft = Some(prepared.assemble(Some(&kept), &self.options()).map_err(|e| capitalised(&e.to_string())));
    }

    /// Applies the open form if the check keeps the edited fact (the form closes, its questions open);
    /// otherwise the form stays as typed with the reason beside it, and nothing changes.
    fn apply_edit(&mut self) {
        let options = self.options();
        let (Some(form), Some(prepared)) = (&mut self.edit, &self.prepared) else { return };
        let Some(fact) = prepared.facts.iter().find(|f| f.id == form.id) else {
            self.edit = None;
            return;
        };
        let name = |id: &str| {
            prepared.found.entities.iter().find(|e| e.id == id).map_or_else(|| id.to_string(), |e| e.name.clone())
        };
        let edited = match form.finished(fact, &name) {
            Ok(edited) => edited,
            Err(why) => {
                form.problem = Some(format!("Not applied: {why}"));
                return;
            }
        };
        if edited == *fact {
            self.refocus_edit = self.edit.take().map(|e| e.id);
            return;
        }
        let kept: Vec<String> =
            prepared.facts.iter().zip(&self.keep).filter(|(_, k)| **k).map(|(f, _)| f.id.clone()).collect();
        match prepared.edit(&edited, &kept, &options) {
            Ok(prepared) => {
                self.prepared = Some(prepared);
                self.applied = Some(edited.id.clone());
                self.open_questions = Some(edited.id.clone());
                self.refocus_edit = Some(edited.id);
                self.edit = None;
                self.reassemble();
            }
            Err(why) => {
                let why = edit::plain(&why, &edited.id, &edited.claim);
                form.problem = Some(format!("Not applied: the check refuses it: {why}"));
            }
        }
    }

    /// Merges entity `from` into `into`: its names become `into`'s other names and its facts name `into`.
    fn merge(&mut self, from: &str, into: &str) {
        let Some(prepared) = &mut self.prepared else { return };
        let entities = &mut prepared.found.entities;
        let Some(gone) = entities.iter().position(|e| e.id == from) else { return };
        let gone = entities.remove(gone);
        if let Some(target) = entities.iter_mut().find(|e| e.id == into) {
            for name in std::iter::once(gone.name).chain(gone.aliases) {
                if name != target.name && !target.aliases.contains(&name) {
                    target.aliases.push(name);
                }
            }
            if target.role.is_none() {
                target.role = gone.role;
            }
        }
        for fact in &mut prepared.facts {
            import::sheet::replace_entity(fact, from, into);
        }
        for e in entities.iter_mut() {
            for slot in [&mut e.within, &mut e.country] {
                if slot.as_deref() == Some(from) {
                    *slot = Some(into.to_string());
                }
            }
        }
        self.editing.remove(from);
        self.entity_problems.remove(from);
        // The boxes of the one kept show its names as they are now, the merged one's among the others.
        self.editing.remove(into);
        if let Some(form) = &mut self.edit {
            form.merged(from, into);
        }
        self.reassemble();
    }
}

fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The "Add article" screen. `packs_dir` is where the pack is saved.
pub fn ui(ui: &mut Ui, view: &mut ImportView, packs_dir: Option<&Path>) -> Option<Command> {
    if view.prepared.is_some() {
        return review_ui(ui, view, packs_dir);
    }
    let mut cmd = None;
    let area = ScrollArea::vertical().id_salt("import-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the article form", |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            cmd = heading(ui, "Add an article");
            ui.label(
                RichText::new(
                    "Dossier drafts a fact sheet from a news article: every fact from a sentence of the text. \
                     Review the facts, keep the ones you want, and save the pack to the Library.",
                )
                .color(p.quiet),
            );
            card(ui, |ui| {
                let label = ui.label(theme::strong("Article file (.txt, .md or a saved .html page)"));
                let how = "Choose it, or type its path and press Enter.";
                ui.label(RichText::new(how).color(theme::palette(ui).quiet));
                ui.horizontal(|ui| {
                    let path = ui.add(TextEdit::singleline(&mut view.path).desired_width(380.0)).labelled_by(label.id);
                    // What to do in the field is said as it takes the focus, not only in the text above it.
                    crate::ui::widgets::speech::describe(&path, how);
                    if !view.focused {
                        crate::ui::widgets::focus_now(&path);
                        view.focused = true;
                    }
                    let enter = path.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    // The system's file dialog (through the desktop portal); where none answers, the path is
                    // typed instead.
                    let mut chosen = false;
                    if ui.button("Choose file…").clicked()
                        && let Some(file) = rfd::FileDialog::new()
                            .set_title("Choose an article")
                            .add_filter("Articles", &["txt", "md", "html", "htm"])
                            .pick_file()
                    {
                        view.path = file.display().to_string();
                        chosen = true;
                    }
                    if ui.button("Draft from file").clicked() || enter || chosen {
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
            if let Some(problem) = &view.problem {
                ui.add(egui::Label::new(RichText::new(problem).color(p.wrong)).wrap());
            }
        });
    });
    cmd
}

/// The screen's heading with "Back to Library" at its right.
fn heading(ui: &mut Ui, text: &str) -> Option<Command> {
    crate::ui::widgets::heading_with_back(ui, text).then_some(Command::ShowLibrary)
}

/// The review's heading, wrapped beside "Back to Library": a long headline takes two lines rather than
/// widening the page past the window.
fn review_heading(ui: &mut Ui, text: &str) -> Option<Command> {
    let mut back = false;
    ui.horizontal_top(|ui| {
        let room = (ui.available_width() - 170.0).max(120.0);
        ui.allocate_ui(egui::vec2(room, 0.0), |ui| {
            ui.add(egui::Label::new(RichText::new(text).heading()).wrap());
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            back = ui.button("Back to Library").clicked();
        });
    });
    back.then_some(Command::ShowLibrary)
}

/// The draft under review: summary, title and id, saving; then the article and the facts and entities,
/// side by side on a wide window.
fn review_ui(ui: &mut Ui, view: &mut ImportView, packs_dir: Option<&Path>) -> Option<Command> {
    let mut cmd = None;
    let wide = ui.available_width() >= SIDE_BY_SIDE;
    let area = ScrollArea::vertical().id_salt("review-scroll").auto_shrink(false);
    crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the draft", |ui| {
        let width = if wide { ui.available_width().min(1500.0) } else { COLUMN_WIDTH };
        column(ui, width, |ui| {
            cmd = header_ui(ui, view, packs_dir);
            ui.add_space(6.0);
            if wide {
                ui.columns(2, |cols| {
                    article_ui(&mut cols[0], view);
                    // Left-aligned, not justified: buttons keep their size and sentences their spacing.
                    cols[1].with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        facts_ui(ui, view);
                        entities_ui(ui, view);
                    });
                });
            } else {
                facts_ui(ui, view);
                entities_ui(ui, view);
                article_ui(ui, view);
            }
        });
    });
    cmd
}

fn header_ui(ui: &mut Ui, view: &mut ImportView, packs_dir: Option<&Path>) -> Option<Command> {
    let p = theme::palette(ui);
    let headline = view.prepared.as_ref().map(|pr| pr.article.headline.clone()).unwrap_or_default();
    let mut cmd = review_heading(ui, &format!("Review the draft: {headline}"));
    if std::mem::take(&mut view.review_focus) {
        ui.memory_mut(egui::Memory::stop_text_input);
    }
    card(ui, |ui| {
        match &view.draft {
            Some(Ok(d)) => {
                let (entities, facts) = import::summary(d);
                ui.label(
                    RichText::new(format!("{} facts · {} questions", d.sheet.facts.len(), d.questions))
                        .family(fonts::bold()),
                );
                ui.label(RichText::new(format!("Facts: {facts}. Entities: {entities}.")).color(p.quiet));
                if !d.left_out.is_empty() {
                    ui.label(
                        RichText::new(format!(
                            "{} drafted items were left out by the check (marked below).",
                            d.left_out.len()
                        ))
                        .color(p.quiet),
                    );
                }
            }
            Some(Err(why)) => {
                ui.add(egui::Label::new(RichText::new(why).color(p.wrong)).wrap());
            }
            None => {}
        }
        let mut changed = false;
        ui.horizontal_wrapped(|ui| {
            let l = ui.label("Title");
            changed |= ui
                .add(TextEdit::singleline(&mut view.title).desired_width(300.0).hint_text(&headline))
                .labelled_by(l.id)
                .lost_focus();
            let l = ui.label("Id");
            let id_hint = view.draft.as_ref().and_then(|d| d.as_ref().ok()).map(|d| d.sheet.id.clone());
            changed |= ui
                .add(TextEdit::singleline(&mut view.id).desired_width(200.0).hint_text(id_hint.unwrap_or_default()))
                .labelled_by(l.id)
                .lost_focus();
        });
        if changed {
            view.reassemble();
        }
        ui.horizontal_wrapped(|ui| {
            // An open fact form is applied or cancelled first: what is saved is what the review shows.
            let can_save = view.draft.as_ref().is_some_and(Result::is_ok) && packs_dir.is_some() && view.edit.is_none();
            let save = ui.add_enabled(can_save, egui::Button::new("Save to Library"));
            if view.edit.is_some() {
                describe(&save, "Apply or cancel the open edit first");
            }
            let save = save.clicked();
            ui.checkbox(&mut view.replace, "Replace a pack with the same id");
            // The app asks first if the draft holds work not saved.
            if ui.button("Start over").clicked() {
                cmd = Some(Command::StartOver);
            }
            if let (true, Some(Ok(draft)), Some(dir)) = (save, &view.draft, packs_dir) {
                match import::save(draft, dir, view.replace) {
                    Ok(_) => {
                        view.saved = Some(draft.sheet.clone());
                        cmd = Some(Command::Reload);
                    }
                    Err(e) => view.save_problem = Some(capitalised(&e.to_string())),
                }
            }
        });
        if packs_dir.is_none() {
            ui.label(RichText::new("There is no data folder to save packs in.").color(p.wrong));
        } else if view.edit.is_some() {
            ui.label(RichText::new("Apply or cancel the open edit to save.").color(p.quiet));
        }
        if let Some(problem) = &view.save_problem {
            ui.add(egui::Label::new(RichText::new(problem).color(p.wrong)).wrap());
        }
    });
    cmd
}

/// The article, each paragraph a label, with the sentences of kept facts marked.
fn article_ui(ui: &mut Ui, view: &ImportView) {
    let Some(prepared) = &view.prepared else { return };
    let p = theme::palette(ui);
    let kept = &view.marked;
    card(ui, |ui| {
        ui.label(theme::strong("The article (drafted sentences marked)"));
        let body = egui::TextStyle::Body.resolve(ui.style());
        for para in &prepared.article.paragraphs {
            let mut cuts = vec![para.range.start, para.range.end];
            for r in kept.iter().filter(|r| r.start < para.range.end && r.end > para.range.start) {
                cuts.push(r.start.max(para.range.start));
                cuts.push(r.end.min(para.range.end));
            }
            cuts.sort_unstable();
            cuts.dedup();
            let mut job = LayoutJob::default();
            for w in cuts.windows(2) {
                let Some(piece) = prepared.article.text.get(w[0]..w[1]) else { continue };
                let marked = kept.iter().any(|r| r.start <= w[0] && r.end >= w[1]);
                let mut format = TextFormat { font_id: body.clone(), color: p.text, ..Default::default() };
                if marked {
                    format.background = p.highlight;
                }
                if para.caption {
                    format.color = p.quiet;
                    format.italics = true;
                }
                job.append(piece, 0.0, format);
            }
            job.wrap.max_width = ui.available_width();
            job.justify = false;
            ui.add(egui::Label::new(job).wrap());
            ui.add_space(6.0);
        }
    });
}

/// The drafted facts: kind, sentence, slots, the questions each yields, "Keep" and "Edit" (one fact's
/// form open at a time).
fn facts_ui(ui: &mut Ui, view: &mut ImportView) {
    let p = theme::palette(ui);
    let Some(prepared) = &view.prepared else { return };
    let ok = view.draft.as_ref().and_then(|d| d.as_ref().ok());
    let name = |id: &str| {
        prepared.found.entities.iter().find(|e| e.id == id).map_or_else(|| id.to_string(), |e| e.name.clone())
    };
    let mut changed = false;
    let mut outcome = None;
    let mut open: Option<usize> = None;
    let applied = view.applied.clone();
    let open_questions = view.open_questions.take();
    let refocus = view.refocus_edit.take();
    let editing = view.edit.as_ref().map(|e| e.id.clone());
    ui.label(theme::strong(format!("Drafted facts ({})", prepared.facts.len())));
    for (i, fact) in prepared.facts.iter().enumerate() {
        let Some(keep) = view.keep.get_mut(i) else { continue };
        ui.push_id(("drafted", i), |ui| {
            card(ui, |ui| {
                let kind = crate::generate::audit::claim_kind(&fact.claim);
                let sentence = labelled_sentence(&kind, &fact.evidence);
                changed |= ui.checkbox(keep, format!("Keep: {sentence}")).changed();
                let this = editing.as_deref() == Some(fact.id.as_str());
                if let Some(form) = view.edit.as_mut().filter(|_| this) {
                    outcome = edit::form_ui(ui, form, &prepared.found.entities);
                } else {
                    slots_ui(ui, fact, &name);
                    // One form at a time: the others' "Edit" waits until it is applied or cancelled.
                    let button = ui.add_enabled(editing.is_none(), egui::Button::new("Edit"));
                    describe(&button, &format!("the {sentence}"));
                    if refocus.as_deref() == Some(fact.id.as_str()) {
                        crate::ui::widgets::focus_now(&button);
                    }
                    if button.clicked() {
                        open = Some(i);
                    }
                    if applied.as_deref() == Some(fact.id.as_str()) {
                        ui.label(RichText::new("Edit applied.").color(p.right));
                    }
                }
                let yields = ok.and_then(|d| d.per_fact.get(&fact.id).copied());
                match (yields, *keep) {
                    (_, false) => {
                        ui.label(RichText::new("Left out.").color(p.quiet));
                    }
                    (None, true) => {
                        let why = ok.and_then(|d| d.refused.get(&fact.id)).map_or_else(
                            || "it yields no question to hand out".to_string(),
                            |why| edit::plain(why, &fact.id, &fact.claim),
                        );
                        ui.add(
                            egui::Label::new(RichText::new(format!("Left out by the check: {why}")).color(p.wrong))
                                .wrap(),
                        );
                    }
                    (Some(n), true) => {
                        let title =
                            if n == 1 { "Yields 1 question".to_string() } else { format!("Yields {n} questions") };
                        let just_applied = open_questions.as_deref() == Some(fact.id.as_str());
                        egui::CollapsingHeader::new(title)
                            .id_salt(("yields", &fact.id))
                            .open(just_applied.then_some(true))
                            .show(ui, |ui| {
                                let asked = ok.iter().flat_map(|d| &d.yielded).filter(|q| q.facts.contains(&fact.id));
                                for q in asked {
                                    ui.add(egui::Label::new(&q.prompt).wrap());
                                    let answer = q.answer_lines().join("; ");
                                    ui.add(
                                        egui::Label::new(RichText::new(format!("Answer: {answer}")).color(p.quiet))
                                            .wrap(),
                                    );
                                    ui.add_space(2.0);
                                }
                            });
                    }
                }
            });
        });
    }
    if let Some(i) = open
        && let Some(fact) = view.prepared.as_ref().and_then(|pr| pr.facts.get(i))
    {
        view.edit = Some(edit::FactEdit::new(fact));
        view.applied = None;
    }
    match outcome {
        Some(edit::Outcome::Apply) => view.apply_edit(),
        Some(edit::Outcome::Cancel) => {
            view.refocus_edit = view.edit.take().map(|e| e.id);
        }
        None => {}
    }
    if changed {
        view.reassemble();
    }
}

fn slots_ui(ui: &mut Ui, fact: &Fact, name: &dyn Fn(&str) -> String) {
    let p = theme::palette(ui);
    for (slot, value) in import::sheet::slots(&fact.claim, name) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{slot}:")).color(p.quiet));
            ui.add(egui::Label::new(value).wrap());
        });
    }
}

/// The entity among `entities` other than `id` that `form` already names (its name or one of its other
/// names, compared folded), by its name: a typed answer would not know which one it means.
fn named_elsewhere(entities: &[crate::pack::Entity], id: &str, form: &str) -> Option<String> {
    let form = crate::text::fold(form);
    entities
        .iter()
        .filter(|e| e.id != id)
        .find(|e| std::iter::once(&e.name).chain(&e.aliases).any(|n| crate::text::fold(n) == form))
        .map(|e| e.name.clone())
}

/// The entities the kept facts name: name, kind, other names, and "Same as" to merge two into one. A name
/// left empty, or a name or other name that already names another entity, is refused in the entity's card
/// with a sentence (two entities are made one with "Same as"), and the box shows what is kept.
fn entities_ui(ui: &mut Ui, view: &mut ImportView) {
    let Some(draft) = view.draft.as_ref().and_then(|d| d.as_ref().ok()) else { return };
    let shown: Vec<String> = draft.sheet.entities.iter().map(|e| e.id.clone()).collect();
    let Some(prepared) = &mut view.prepared else { return };
    let mut merge: Option<(String, String)> = None;
    let mut changed = false;
    ui.add_space(6.0);
    ui.label(theme::strong(format!("Entities ({})", shown.len())));
    let others: Vec<(String, String)> = prepared
        .found
        .entities
        .iter()
        .filter(|e| shown.contains(&e.id))
        .map(|e| (e.id.clone(), e.name.clone()))
        .collect();
    let all = prepared.found.entities.clone();
    let problems = &mut view.entity_problems;
    for entity in prepared.found.entities.iter_mut().filter(|e| shown.contains(&e.id)) {
        let (typed_name, typed_aliases) =
            view.editing.entry(entity.id.clone()).or_insert_with(|| (entity.name.clone(), entity.aliases.join(", ")));
        let of_whom = format!("of {}", entity.name);
        ui.push_id(("entity", entity.id.clone()), |ui| {
            card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let l = ui.label("Name");
                    let r = ui.add(TextEdit::singleline(typed_name).desired_width(220.0)).labelled_by(l.id);
                    describe(&r, &of_whom);
                    let typed = typed_name.trim().to_string();
                    if r.lost_focus() && typed != entity.name {
                        let elsewhere = named_elsewhere(&all, &entity.id, &typed);
                        if typed.is_empty() {
                            let why = format!("A name cannot be empty; it stays “{}”.", entity.name);
                            problems.insert(entity.id.clone(), why);
                            typed_name.clone_from(&entity.name);
                        } else if let Some(other) = elsewhere {
                            let why = format!(
                                "“{typed}” already names {other}; if they are one, choose {other} in “Same as”."
                            );
                            problems.insert(entity.id.clone(), why);
                            typed_name.clone_from(&entity.name);
                        } else {
                            problems.remove(&entity.id);
                            let old = std::mem::replace(&mut entity.name, typed);
                            typed_name.clone_from(&entity.name);
                            entity.aliases.retain(|a| *a != entity.name);
                            if !entity.aliases.contains(&old) {
                                entity.aliases.push(old);
                            }
                            *typed_aliases = entity.aliases.join(", ");
                            changed = true;
                        }
                    }
                    let l = ui.label("Kind");
                    let kind = ComboBox::from_id_salt("kind")
                        .selected_text(format!("{:?}", entity.kind))
                        .show_ui(ui, |ui| {
                            for kind in KINDS {
                                changed |= ui.selectable_value(&mut entity.kind, kind, format!("{kind:?}")).changed();
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    // Every entity's card has these controls: each says whose it is after its name.
                    describe(&kind, &of_whom);
                });
                ui.horizontal_wrapped(|ui| {
                    let l = ui.label("Other names");
                    let r = ui.add(TextEdit::singleline(typed_aliases).desired_width(200.0)).labelled_by(l.id);
                    describe(&r, &of_whom);
                    if r.lost_focus() {
                        let aliases: Vec<String> = typed_aliases
                            .split(',')
                            .map(str::trim)
                            .filter(|a| !a.is_empty() && *a != entity.name)
                            .map(str::to_string)
                            .collect();
                        let taken =
                            aliases.iter().find_map(|a| named_elsewhere(&all, &entity.id, a).map(|other| (a, other)));
                        if let Some((alias, other)) = taken {
                            let why = format!(
                                "“{alias}” already names {other}; if they are one, choose {other} in “Same as”."
                            );
                            problems.insert(entity.id.clone(), why);
                            *typed_aliases = entity.aliases.join(", ");
                        } else if aliases != entity.aliases {
                            problems.remove(&entity.id);
                            entity.aliases = aliases;
                            changed = true;
                        }
                    }
                    let l = ui.label("Same as");
                    let same = ComboBox::from_id_salt("same-as")
                        .selected_text("(itself)")
                        .show_ui(ui, |ui| {
                            for (id, other) in others.iter().filter(|(id, _)| *id != entity.id) {
                                if ui.selectable_label(false, other).clicked() {
                                    merge = Some((entity.id.clone(), id.clone()));
                                }
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    describe(&same, &of_whom);
                });
                if let Some(why) = problems.get(&entity.id) {
                    let p = theme::palette(ui);
                    ui.add(egui::Label::new(RichText::new(why).color(p.wrong)).wrap());
                }
            });
        });
    }
    if let Some((from, into)) = merge {
        view.merge(&from, &into);
    } else if changed {
        view.reassemble();
    }
}

/// A drafted fact's kind and its sentence, as its "Keep" box and "Edit" button name it: the sentence in
/// quotation marks (`Statement “China said …”`), unless it opens with a quotation of its own (`Identity
/// “President Park, …,” she said.`), which another pair would double (“““President …”).
pub fn labelled_sentence(kind: &str, evidence: &str) -> String {
    if evidence.trim_start().starts_with(['"', '“', '‘', '\'', '«', '„']) {
        format!("{kind} {}", evidence.trim_start())
    } else {
        format!("{kind} “{evidence}”")
    }
}

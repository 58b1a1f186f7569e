//! The classroom: a student joins a teacher's quiz by its code ("Join with a code…"); a teacher exports a
//! pack's questions for print, Moodle, Anki or a spreadsheet ("Export…") and opens the students' results
//! files into a class view ("Class results…").
//!
//! Rules kept: a code either starts exactly the quiz it stands for or says why not in a sentence, and
//! starts nothing; a file is written only into a folder that exists (a mistyped folder is said, never
//! created), whole or not at all; every file left out of the class view is listed with its reason.

use std::path::{Path, PathBuf};

use egui::{ComboBox, DragValue, Grid, Key, Label, RichText, ScrollArea, TextEdit, Ui, WidgetInfo};
use egui_plot::{Bar, BarChart, GridMark, Plot};

use crate::export::{self, Format};
use crate::generate::QuizSettings;
use crate::pack::Pack;
use crate::question::QuestionKind;
use crate::study::code;
use crate::study::gradebook::{self, Gradebook};
use crate::study::session::{Mode, QuizPlan, format_duration};
use crate::ui::app::Command;
use crate::ui::library::{Loaded, PackEntry, find};
use crate::ui::theme::{self, COLUMN_WIDTH};
use crate::ui::widgets::{card, column, focus_now};
use crate::ui::widgets::{filters, speech};

/// The folder files are proposed in: the user's documents folder, else their home folder, else the
/// working folder.
pub fn documents() -> PathBuf {
    directories::UserDirs::new().map_or_else(
        || PathBuf::from("."),
        |u| u.document_dir().map_or_else(|| u.home_dir().to_path_buf(), Path::to_path_buf),
    )
}

/// Writes `bytes` to the file `typed` names, whole or not at all, only into a folder that exists; the
/// file written, or why not, as a sentence.
pub fn write_file(typed: &str, bytes: &[u8]) -> Result<PathBuf, String> {
    let path = checked_destination(typed)?;
    crate::study::store::write_atomic(&path, bytes)
        .map_err(|e| format!("Not saved: {} cannot be written ({e}).", path.display()))?;
    Ok(path)
}

/// The file `typed` names if its folder exists; otherwise why not, as a sentence (the folder is never
/// created: a mistyped folder would hide the file where nobody looks).
pub fn checked_destination(typed: &str) -> Result<PathBuf, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err("Not saved: type where the file goes, or choose it.".to_string());
    }
    let path = PathBuf::from(typed);
    if path.is_dir() {
        return Err(format!("Not saved: {} is a folder; add a file name.", path.display()));
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(format!("Not saved: there is no folder {}.", folder.display()));
    }
    Ok(path)
}

/// The screen's heading with "Back to Library" at its right.
fn heading(ui: &mut Ui, text: &str) -> Option<Command> {
    crate::ui::widgets::heading_with_back(ui, text).then_some(Command::ShowLibrary)
}

/// A sentence of good news or of a problem.
fn said(ui: &mut Ui, outcome: &Result<String, String>) {
    let p = theme::palette(ui);
    let (text, color) = match outcome {
        Ok(s) => (s, p.right),
        Err(s) => (s, p.wrong),
    };
    ui.add(Label::new(RichText::new(text).color(color)).wrap());
}

/// A single-line text field named by the label before it, as wide as `width`.
fn path_field(ui: &mut Ui, label: egui::Id, text: &mut String, width: f32) -> egui::Response {
    ui.add(TextEdit::singleline(text).desired_width(width)).labelled_by(label)
}

// Join with a code.

/// "Join with a code…": the code as typed, and why the last one typed gave no quiz.
#[derive(Debug, Clone, Default)]
pub struct JoinView {
    /// The code as typed.
    pub code: String,
    /// Why the last code joined gave no quiz, as a sentence.
    pub problem: Option<String>,
    /// The field has had keyboard focus.
    focused: bool,
}

/// The usable packs of the library.
fn usable(packs: &[PackEntry]) -> impl Iterator<Item = &Loaded> {
    packs.iter().filter_map(|e| e.state.as_ref().ok())
}

/// The Join screen: a code typed and joined (the button or Enter) starts exactly its quiz among `packs`;
/// a code that gives none says why beside the field and starts nothing.
pub fn join_ui(ui: &mut Ui, packs: &[PackEntry], view: &mut JoinView) -> Option<Command> {
    let mut cmd = None;
    ScrollArea::vertical().id_salt("join-scroll").auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            cmd = heading(ui, "Join a class quiz");
            ui.label(
                RichText::new("Type the code your teacher gives you. Everyone with the same code takes the same quiz.")
                    .color(theme::palette(ui).quiet),
            );
            card(ui, |ui| {
                let label = ui.label(theme::strong("Quiz code"));
                let mut join = false;
                ui.horizontal_wrapped(|ui| {
                    let field = ui.add(
                        TextEdit::singleline(&mut view.code)
                            .desired_width(260.0)
                            .hint_text("LEE-4K7Q-2M9X-PQ")
                            .font(egui::TextStyle::Monospace),
                    );
                    let field = field.labelled_by(label.id);
                    if !view.focused {
                        focus_now(&field);
                        view.focused = true;
                    }
                    join = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                    join |= ui.button("Join").clicked();
                });
                if let Some(problem) = &view.problem {
                    ui.add(Label::new(RichText::new(problem).color(theme::palette(ui).wrong)).wrap());
                }
                if join {
                    let all: Vec<&Pack> = usable(packs).map(|l| &l.pack).collect();
                    match code::decode(&view.code, &all) {
                        Ok((pack, plan)) => {
                            view.problem = None;
                            let shown = code::encode(pack, &plan).unwrap_or_else(|_| view.code.trim().to_string());
                            cmd = Some(Command::Join { plan, code: shown });
                        }
                        Err(e) => {
                            view.problem = Some(capitalised(&e.to_string()));
                            // Back into the field, to read the code again and correct it.
                            view.focused = false;
                        }
                    }
                }
            });
        });
    });
    cmd
}

/// `sentence` with its first letter upper-case.
fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

// Export.

/// What an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The seeded quiz of the chosen settings (the quiz its code builds).
    Quiz,
    /// Every question of the pack (but the metadata questions a quiz leaves out unless asked).
    WholeBank,
}

/// "Export…": which pack, which format, a quiz (and its code) or the whole bank, which kinds and topics
/// (as the quiz setup ticks them), handout options, and where the file goes; what the last export wrote,
/// or why it wrote nothing. Rule kept: the file holds only questions of the kinds and topics ticked; with
/// no kind ticked, or none of the pack's questions admitted, nothing is written and a sentence says why.
#[derive(Debug, Clone)]
pub struct ExportView {
    /// The pack's id.
    pub pack: String,
    /// The format.
    pub format: Format,
    /// A quiz, or the whole bank.
    pub scope: Scope,
    /// The quiz's seed.
    pub seed: u64,
    /// The quiz's number of questions.
    pub count: usize,
    /// Practice or exam (the quiz's code says which).
    pub mode: Mode,
    /// An exam's time limit in minutes; 0: none.
    pub minutes: u32,
    /// Ticked kinds (all at first, as in the quiz setup).
    pub kinds: Vec<QuestionKind>,
    /// Ticked topics of the pack (none ticked: every topic).
    pub topics: Vec<String>,
    /// Handout: the answer key.
    pub key: bool,
    /// Handout: the article.
    pub article: bool,
    /// Where the file goes, as typed.
    pub path: String,
    /// The path proposed for the pack and format: replaced when they change, unless the user typed another.
    suggested: String,
    /// What the last export wrote (the summary and each question left out), or why it wrote nothing.
    pub outcome: Option<Result<(String, Vec<String>), String>>,
    /// The outcome has just changed: scroll it into view.
    reveal: bool,
}

impl ExportView {
    /// The Export screen on the first usable pack of `packs`, a quiz of 10 questions with `seed` (every
    /// seed has a code).
    pub fn new(packs: &[PackEntry], seed: u64) -> Self {
        let pack = usable(packs).next().map(|l| l.pack.id().to_string()).unwrap_or_default();
        let mut view = Self {
            pack,
            format: Format::Html,
            scope: Scope::Quiz,
            seed,
            count: 10,
            mode: Mode::Practice,
            minutes: 0,
            kinds: QuestionKind::ALL.to_vec(),
            topics: Vec::new(),
            key: false,
            article: false,
            path: String::new(),
            suggested: String::new(),
            outcome: None,
            reveal: false,
        };
        view.suggest();
        view
    }

    /// Proposes a file named after the pack and format in the documents folder, unless the user typed
    /// another path.
    fn suggest(&mut self) {
        let name = format!("{}.{}", if self.pack.is_empty() { "dossier" } else { &self.pack }, self.format.extension());
        let suggested = documents().join(name).display().to_string();
        if self.path.trim().is_empty() || self.path == self.suggested {
            self.path.clone_from(&suggested);
        }
        self.suggested = suggested;
    }

    /// The quiz's plan, with the kinds and topics ticked (as the quiz setup makes it, so both give the
    /// same quiz the same code).
    fn plan(&self) -> QuizPlan {
        QuizPlan {
            pack: self.pack.clone(),
            settings: QuizSettings {
                seed: self.seed,
                count: self.count,
                kinds: self.kinds.clone(),
                topics: self.topics.clone(),
                facts: Vec::new(),
            },
            mode: self.mode,
            minutes: (self.mode == Mode::Exam && self.minutes > 0).then_some(self.minutes),
            focus: None,
        }
    }

    /// Exports as chosen: the file written, or why not.
    fn export(&self, loaded: &Loaded) -> Result<(String, Vec<String>), String> {
        let pack = &loaded.pack;
        if self.kinds.is_empty() {
            return Err("Not saved: tick at least one kind of question.".to_string());
        }
        let settings = self.plan().settings;
        let questions: Vec<_> = if self.scope == Scope::WholeBank {
            loaded.bank.iter().filter(|q| settings.admits(q)).cloned().collect()
        } else {
            loaded.index().quiz(&settings)
        };
        if questions.is_empty() {
            return Err(if loaded.bank.iter().any(|q| QuizSettings::default().admits(q)) {
                "Not saved: no question of this pack is of the kinds and topics ticked; tick more.".to_string()
            } else {
                "Not saved: this pack has no question to export.".to_string()
            });
        }
        let title = if self.scope == Scope::WholeBank {
            pack.sheet.title.clone()
        } else {
            format!("{} (seed {})", pack.sheet.title, self.seed)
        };
        let topic_name = |id: &str| pack.topic(id).map_or_else(|| id.to_string(), |t| t.name.clone());
        let text = pack.article.text();
        let paragraphs: Vec<String> =
            pack.article.paragraphs().into_iter().filter_map(|r| text.get(r).map(String::from)).collect();
        let handout = self.format == Format::Html;
        let options = export::Options {
            title: &title,
            topic_name: &topic_name,
            key: handout && self.key,
            article: (handout && self.article).then_some(paragraphs.as_slice()),
        };
        let exported = export::export(self.format, &questions, &options);
        let path = write_file(&self.path, &exported.bytes)?;
        let fewer = if self.scope == Scope::Quiz && questions.len() < self.count {
            format!(
                " The quiz has {} questions, not {}: with these settings this pack supports no more without \
                 asking a fact twice.",
                questions.len(),
                self.count
            )
        } else {
            String::new()
        };
        let summary = format!("Saved to {}: {}{fewer}", path.display(), exported.summary(self.format.written_as()));
        Ok((summary, exported.left_out.iter().map(|l| format!("Left out {}: {}.", l.id, l.why)).collect()))
    }
}

/// The kinds and topics an export holds, ticked as in the quiz setup (each box named by its kind or
/// topic, the bank's count of the kind on hover); no topic ticked means every topic.
fn filters_ui(ui: &mut Ui, loaded: &Loaded, view: &mut ExportView) {
    let p = theme::palette(ui);
    ui.label(theme::strong("Question kinds"));
    filters::kind_boxes(ui, &loaded.bank, &mut view.kinds);
    if view.kinds.is_empty() {
        ui.label(RichText::new("Tick at least one kind of question.").color(p.wrong));
    }
    if !loaded.pack.sheet.topics.is_empty() {
        ui.add_space(4.0);
        ui.label(theme::strong("Topics"));
        ui.label(RichText::new("None ticked: every topic.").small().color(p.quiet));
        filters::topic_boxes(ui, &loaded.pack.sheet.topics, &mut view.topics);
    }
}

/// The Export screen.
pub fn export_ui(ui: &mut Ui, packs: &[PackEntry], view: &mut ExportView) -> Option<Command> {
    let mut cmd = None;
    ScrollArea::vertical().id_salt("export-scroll").auto_shrink(false).show(ui, |ui| {
        column(ui, COLUMN_WIDTH, |ui| {
            let p = theme::palette(ui);
            cmd = heading(ui, "Export");
            ui.label(
                RichText::new("Write a pack's questions for print, Moodle, Anki or a spreadsheet.").color(p.quiet),
            );
            let before = (view.pack.clone(), view.format);
            card(ui, |ui| {
                let label = ui.label(theme::strong("Pack"));
                let title = |id: &str| find(packs, id).map_or_else(String::new, |l| l.pack.sheet.title.clone());
                ComboBox::from_id_salt("export-pack")
                    .selected_text(title(&view.pack))
                    .width(420.0)
                    .show_ui(ui, |ui| {
                        for l in usable(packs) {
                            ui.selectable_value(&mut view.pack, l.pack.id().to_string(), &l.pack.sheet.title);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.add_space(4.0);
                ui.label(theme::strong("Format"));
                ui.horizontal_wrapped(|ui| {
                    for f in Format::ALL {
                        ui.radio_value(&mut view.format, f, f.label());
                        ui.add_space(8.0);
                    }
                });
            });
            let Some(loaded) = find(packs, &view.pack) else {
                ui.label("No pack can be exported.");
                return;
            };
            card(ui, |ui| filters_ui(ui, loaded, view));
            card(ui, |ui| {
                ui.label(theme::strong("Questions"));
                ui.radio_value(&mut view.scope, Scope::Quiz, "A quiz");
                ui.add_enabled_ui(view.scope == Scope::Quiz, |ui| {
                    ui.indent("quiz-settings", |ui| {
                        ui.horizontal_wrapped(|ui| {
                            let l = ui.label("Seed");
                            ui.add(DragValue::new(&mut view.seed).range(0..=u64::from(u32::MAX))).labelled_by(l.id);
                            ui.add_space(12.0);
                            let l = ui.label("Questions");
                            let most = loaded.bank.len().clamp(1, code::MAX_COUNT);
                            ui.add(DragValue::new(&mut view.count).range(1..=most)).labelled_by(l.id);
                            ui.add_space(12.0);
                            ui.radio_value(&mut view.mode, Mode::Practice, "Practice");
                            ui.radio_value(&mut view.mode, Mode::Exam, "Exam");
                            if view.mode == Mode::Exam {
                                ui.add_space(12.0);
                                let l = ui.label("Minutes (0: no limit)");
                                ui.add(DragValue::new(&mut view.minutes).range(0..=code::MAX_MINUTES))
                                    .labelled_by(l.id);
                            }
                        });
                        let code = if view.kinds.is_empty() {
                            Err("tick at least one kind of question.".to_string())
                        } else {
                            code::encode(&loaded.pack, &view.plan()).map_err(|e| e.to_string())
                        };
                        match code {
                            Ok(c) => {
                                // Selectable: a teacher copies the code into a message to the class.
                                speech::copyable_label(
                                    ui,
                                    Label::new(RichText::new(format!("Quiz code: {c}")).color(p.accent).monospace()),
                                );
                                ui.label(
                                    RichText::new("Students who join with this code take exactly these questions.")
                                        .small()
                                        .color(p.quiet),
                                );
                            }
                            Err(e) => {
                                ui.add(
                                    Label::new(RichText::new(format!("This quiz has no code: {e}")).color(p.quiet))
                                        .wrap(),
                                );
                            }
                        }
                    });
                });
                ui.radio_value(&mut view.scope, Scope::WholeBank, "The whole bank");
                ui.add_space(4.0);
                ui.add_enabled_ui(view.format == Format::Html, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(theme::strong("Handout"));
                        ui.add_space(8.0);
                        ui.checkbox(&mut view.key, "Answer key");
                        ui.checkbox(&mut view.article, "Article");
                    });
                });
            });
            card(ui, |ui| {
                let label = ui.label(theme::strong("Export to file"));
                let field = path_field(ui, label.id, &mut view.path, f32::INFINITY);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.horizontal_wrapped(|ui| {
                    let mut chosen = false;
                    if ui.button("Choose where…").clicked()
                        && let Some(file) = rfd::FileDialog::new()
                            .set_title("Export to")
                            .set_file_name(format!("{}.{}", view.pack, view.format.extension()))
                            .add_filter(view.format.label(), &[view.format.extension()])
                            .save_file()
                    {
                        view.path = file.display().to_string();
                        chosen = true;
                    }
                    if ui.button("Export").clicked() || enter || chosen {
                        view.outcome = Some(view.export(loaded));
                        view.reveal = true;
                    }
                });
                match &view.outcome {
                    Some(Ok((summary, left_out))) => {
                        said(ui, &Ok(summary.clone()));
                        for l in left_out {
                            ui.add(Label::new(RichText::new(l).color(p.quiet)).wrap());
                        }
                    }
                    Some(Err(why)) => said(ui, &Err(why.clone())),
                    None => {}
                }
                // What the export did shows in view, under the button, on a small window too.
                if std::mem::take(&mut view.reveal) {
                    ui.scroll_to_cursor(Some(egui::Align::BOTTOM));
                }
            });
            if before.0 != view.pack {
                // Topics are the pack's own.
                view.topics.clear();
            }
            if before != (view.pack.clone(), view.format) {
                view.suggest();
                view.outcome = None;
            }
        });
    });
    cmd
}

// Class results.

/// "Class results…": the results files named, the class view built from them, and saving it as CSV.
#[derive(Debug, Clone, Default)]
pub struct ClassView {
    /// A folder or results files, as typed (files separated by semicolons).
    pub path: String,
    /// The class view of the files last opened.
    pub book: Option<Gradebook>,
    /// Why nothing could be opened, as a sentence.
    pub problem: Option<String>,
    /// Where the CSV goes, as typed.
    pub csv_path: String,
    /// Where the CSV was saved, or why not.
    pub csv_said: Option<Result<String, String>>,
    /// The field has had keyboard focus.
    focused: bool,
}

impl ClassView {
    /// Opens the folder or files typed: every results file of a folder, each file named.
    fn open(&mut self) {
        let mut files = Vec::new();
        let mut empty = Vec::new();
        for part in self.path.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let path = PathBuf::from(part);
            if path.is_dir() {
                let found = gradebook::files_in(&path);
                if found.is_empty() {
                    empty.push(path.display().to_string());
                }
                files.extend(found);
            } else {
                files.push(path);
            }
        }
        self.csv_said = None;
        if files.is_empty() {
            self.book = None;
            self.problem = Some(if empty.is_empty() {
                "Type a folder of results files, or choose the files.".to_string()
            } else {
                format!("There are no results files (*.dossier-results.ron) in {}.", empty.join(", "))
            });
            return;
        }
        let book = gradebook::from_files(&files, None);
        self.problem = book.students.is_empty().then(|| "No results file could be used.".to_string());
        let name = format!("class-{}.csv", book.code);
        self.csv_path = documents().join(name).display().to_string();
        self.book = Some(book);
    }
}

/// A share as a whole percentage: "67 %".
fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// The Class results screen.
pub fn class_ui(ui: &mut Ui, view: &mut ClassView) -> Option<Command> {
    let mut cmd = None;
    ScrollArea::vertical().id_salt("class-scroll").auto_shrink(false).show(ui, |ui| {
        let width = ui.available_width().clamp(COLUMN_WIDTH.min(ui.available_width()), 1100.0);
        column(ui, width, |ui| {
            let p = theme::palette(ui);
            cmd = heading(ui, "Class results");
            card(ui, |ui| {
                let label = ui.label(theme::strong("Results folder or files"));
                ui.label(
                    RichText::new("Choose the students' results files, or type the folder they are in.").color(p.quiet),
                );
                let field = path_field(ui, label.id, &mut view.path, f32::INFINITY);
                if !view.focused {
                    focus_now(&field);
                    view.focused = true;
                }
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                ui.horizontal_wrapped(|ui| {
                    let mut chosen = false;
                    if ui.button("Choose files…").clicked()
                        && let Some(files) = rfd::FileDialog::new()
                            .set_title("Choose results files")
                            .add_filter("Dossier results", &["ron"])
                            .pick_files()
                    {
                        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                        view.path = names.join("; ");
                        chosen = true;
                    }
                    if ui.button("Open").clicked() || enter || chosen {
                        view.open();
                    }
                });
                if let Some(problem) = &view.problem {
                    ui.add(Label::new(RichText::new(problem).color(p.wrong)).wrap());
                }
            });
            let ClassView { book, csv_path, csv_said, .. } = view;
            if let Some(book) = book {
                book_ui(ui, book);
                if !book.students.is_empty() {
                    csv_ui(ui, book, csv_path, csv_said);
                }
            }
        });
    });
    cmd
}

/// The class view: the quiz, the students, the questions with their facility chart, the files left out.
fn book_ui(ui: &mut Ui, book: &Gradebook) {
    let p = theme::palette(ui);
    if !book.students.is_empty() {
        card(ui, |ui| {
            ui.label(RichText::new(&book.title).family(crate::ui::fonts::bold()).size(20.0));
            speech::copyable_label(ui, Label::new(RichText::new(format!("Quiz code {}", book.code)).monospace()));
            let n = book.students.len();
            ui.label(format!("Class mean {} · {n} student{}", percent(book.mean()), if n == 1 { "" } else { "s" }));
        });
        card(ui, |ui| {
            ui.label(theme::strong("Students"));
            Grid::new("class-students").num_columns(4).spacing([24.0, 6.0]).striped(true).show(ui, |ui| {
                for h in ["Student", "Score", "%", "Time"] {
                    ui.label(RichText::new(h).color(p.quiet));
                }
                ui.end_row();
                for s in &book.students {
                    ui.label(&s.name);
                    ui.label(format!("{} / {}", crate::study::session::format_score(s.score), s.out_of));
                    let share = s.percent() / 100.0;
                    ui.label(percent(share));
                    ui.label(format_duration(s.seconds));
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            score_chart(ui, book);
        });
        card(ui, |ui| {
            ui.label(theme::strong("Questions"));
            ui.label(
                RichText::new(
                    "Facility: the share of the class right. Discrimination: the top 27 % of the class against \
                     the bottom 27 % (near 0 or below: the question does not tell strong from weak).",
                )
                .small()
                .color(p.quiet),
            );
            facility_chart(ui, book);
            ui.add_space(6.0);
            discrimination_chart(ui, book);
            ui.add_space(6.0);
            let prompt_width = (ui.available_width() * 0.28).max(150.0);
            let answer_width = (ui.available_width() * 0.15).max(90.0);
            Grid::new("class-items").num_columns(6).spacing([16.0, 6.0]).striped(true).show(ui, |ui| {
                for h in ["#", "Question", "Answer", "Facility", "Discrimination"] {
                    ui.label(RichText::new(h).color(p.quiet));
                }
                // The longest heading wraps within its column, so the table fits a small window.
                ui.scope(|ui| {
                    ui.set_max_width(answer_width);
                    ui.add(Label::new(RichText::new("Common wrong answers").color(p.quiet)).wrap());
                });
                ui.end_row();
                for item in &book.items {
                    ui.label(item.number.to_string());
                    wrapped(ui, &item.prompt, prompt_width);
                    wrapped(ui, &item.key, answer_width);
                    ui.label(percent(item.facility));
                    ui.label(item.discrimination.map_or_else(|| "–".to_string(), |d| format!("{d:+.2}")));
                    let wrong: Vec<String> = item.wrong.iter().take(3).map(|(a, n)| format!("{a} ({n})")).collect();
                    wrapped(ui, &if wrong.is_empty() { "–".to_string() } else { wrong.join("; ") }, answer_width);
                    ui.end_row();
                }
            });
        });
    }
    if !book.left_out.is_empty() {
        card(ui, |ui| {
            ui.label(theme::strong("Left out"));
            for l in &book.left_out {
                let name = l.path.display();
                ui.add(Label::new(RichText::new(format!("{name}: {}; left out.", l.why)).color(p.wrong)).wrap());
            }
        });
    }
}

/// `text` wrapped within `width`.
fn wrapped(ui: &mut Ui, text: &str, width: f32) {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(Label::new(text).wrap());
    });
}

/// What a bar chart shows: its bars, its vertical range and marks, how its axes are labelled, and the
/// sentence a screen reader reads for it (the chart's accessible name).
struct Chart<'a> {
    id: &'a str,
    name: &'a str,
    bars: Vec<Bar>,
    /// The lowest and highest value shown, and the step between horizontal grid lines.
    y: (f64, f64, f64),
    y_label: &'a dyn Fn(f64) -> String,
    x_label: &'a dyn Fn(usize) -> String,
    /// The bars' positions run from 1 to this (or from 0 when `from_zero`).
    x_count: usize,
    from_zero: bool,
    text: String,
}

/// A bar chart that does not move under the mouse, with its text as its accessible name.
fn bar_chart(ui: &mut Ui, chart: Chart<'_>) {
    let Chart { id, name, bars, y: (lo, hi, step), y_label, x_label, x_count, from_zero, text } = chart;
    let first = i64::from(!from_zero);
    let last = i64::try_from(x_count).unwrap_or(i64::MAX).saturating_sub(i64::from(from_zero));
    let marks = ((hi - lo) / step).round().max(1.0) as i64;
    let shown = Plot::new(id)
        .height(150.0)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .sense(egui::Sense::hover())
        .include_y(lo)
        .include_y(hi)
        .include_x(first as f64 - 0.6)
        .include_x(last as f64 + 0.6)
        .show_grid([false, true])
        .x_grid_spacer(move |input| {
            let (a, b) =
                (input.bounds.0.ceil().max(first as f64) as i64, input.bounds.1.floor().min(last as f64) as i64);
            (a..=b).map(|k| GridMark { value: k as f64, step_size: 1.0 }).collect()
        })
        .y_grid_spacer(move |_| {
            (0..=marks).map(|k| GridMark { value: lo + k as f64 * step, step_size: step }).collect()
        })
        .y_axis_formatter(|mark, _| y_label(mark.value))
        .x_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 && mark.value >= 0.0 { x_label(mark.value as usize) } else { String::new() }
        })
        .show(ui, |plot| plot.bar_chart(BarChart::new(name, bars).allow_hover(false)));
    shown.response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &text));
}

/// "Q3, “prompt”" for the questions `items`, several joined with "and"; more than two by number alone,
/// so the sentence stays short.
fn naming(items: &[&gradebook::ItemStats]) -> String {
    let named: Vec<String> = items
        .iter()
        .map(|i| {
            if items.len() > 2 {
                format!("Q{}", i.number)
            } else {
                format!("Q{}, \u{201c}{}\u{201d}", i.number, crate::text::cut(&i.prompt, 80))
            }
        })
        .collect();
    let and = if items.len() > 2 { ", " } else { "; " };
    match named.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(and)),
    }
}

/// The facility of each question as a bar chart, with a sentence naming the hardest question; its
/// figures are the chart's accessible name.
fn facility_chart(ui: &mut Ui, book: &Gradebook) {
    let p = theme::palette(ui);
    let bars: Vec<Bar> = book
        .items
        .iter()
        .map(|i| Bar::new(i.number as f64, i.facility * 100.0).width(0.6).fill(p.accent.gamma_multiply(0.6)))
        .collect();
    let hardest = book.hardest();
    let sentence = hardest.first().map_or_else(String::new, |h| {
        let which = if hardest.len() == 1 { "The hardest question" } else { "The hardest questions" };
        format!("{which}: {} ({} right).", naming(&hardest), percent(h.facility))
    });
    let figures: Vec<String> = book.items.iter().map(|i| format!("Q{} {}", i.number, percent(i.facility))).collect();
    ui.label(theme::strong("Facility"));
    bar_chart(
        ui,
        Chart {
            id: "facility-chart",
            name: "Facility",
            bars,
            y: (0.0, 100.0, 25.0),
            y_label: &|v| format!("{v:.0} %"),
            x_label: &|k| format!("Q{k}"),
            x_count: book.items.len(),
            from_zero: false,
            text: format!("Facility by question: {}. {sentence}", figures.join(", ")),
        },
    );
    ui.add(Label::new(RichText::new(sentence).color(p.quiet)).wrap());
}

/// The discrimination of each question as a bar chart (below zero drawn in the colour of a wrong answer),
/// with a sentence naming the questions that tell strong from weak poorly; with one student, a sentence
/// that it is not defined, and no chart.
fn discrimination_chart(ui: &mut Ui, book: &Gradebook) {
    let p = theme::palette(ui);
    ui.label(theme::strong("Discrimination"));
    if !book.discriminates() {
        ui.add(
            Label::new(
                RichText::new(
                    "Discrimination is not defined for a class of one: it compares the strongest students with the \
                     weakest, so it needs two students or more.",
                )
                .color(p.quiet),
            )
            .wrap(),
        );
        return;
    }
    let bars: Vec<Bar> = book
        .items
        .iter()
        .filter_map(|i| i.discrimination.map(|d| (i.number, d)))
        .map(|(n, d)| {
            let color = if d < 0.0 {
                p.wrong
            } else if d < gradebook::WEAK_DISCRIMINATION {
                p.quiet
            } else {
                p.accent
            };
            Bar::new(n as f64, d).width(0.6).fill(color.gamma_multiply(0.7))
        })
        .collect();
    let weak: Vec<String> = book
        .items
        .iter()
        .filter(|i| i.discrimination.is_some_and(|d| d < gradebook::WEAK_DISCRIMINATION))
        .map(|i| format!("Q{}", i.number))
        .collect();
    let sentence = match weak.as_slice() {
        [] => "Every question tells the strongest students from the weakest.".to_string(),
        [one] => format!("{one} tells the strongest students from the weakest poorly (below +0.20)."),
        many => format!("{} tell the strongest students from the weakest poorly (below +0.20).", many.join(", ")),
    };
    let figures: Vec<String> =
        book.items.iter().filter_map(|i| i.discrimination.map(|d| format!("Q{} {d:+.2}", i.number))).collect();
    bar_chart(
        ui,
        Chart {
            id: "discrimination-chart",
            name: "Discrimination",
            bars,
            y: (-1.0, 1.0, 0.5),
            y_label: &|v| if v.abs() < 1e-9 { "0".to_string() } else { format!("{v:+.1}") },
            x_label: &|k| format!("Q{k}"),
            x_count: book.items.len(),
            from_zero: false,
            text: format!("Discrimination by question: {}. {sentence}", figures.join(", ")),
        },
    );
    ui.add(Label::new(RichText::new(sentence).color(p.quiet)).wrap());
}

/// How many students scored in each band of ten percentage points, as a bar chart, with a sentence
/// listing the bands that have students.
fn score_chart(ui: &mut Ui, book: &Gradebook) {
    let p = theme::palette(ui);
    let bands = book.score_bands();
    let bars: Vec<Bar> = bands
        .iter()
        .enumerate()
        .map(|(k, &n)| Bar::new(k as f64, n as f64).width(0.8).fill(p.accent.gamma_multiply(0.6)))
        .collect();
    let most = bands.iter().copied().max().unwrap_or(0).max(1);
    let step = (most as f64 / 4.0).ceil().max(1.0);
    let top = (most as f64 / step).ceil() * step;
    let filled: Vec<String> = bands
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| {
            let (lo, hi) = gradebook::band_range(k);
            format!("{n} scored {lo}\u{2013}{hi} %")
        })
        .collect();
    let sentence = format!("Students by score: {}.", filled.join(", "));
    ui.label(theme::strong("Scores"));
    bar_chart(
        ui,
        Chart {
            id: "score-chart",
            name: "Students",
            bars,
            y: (0.0, top, step),
            y_label: &|v| format!("{v:.0}"),
            x_label: &|k| {
                let (lo, hi) = gradebook::band_range(k);
                format!("{lo}\u{2013}{hi}")
            },
            x_count: gradebook::BANDS,
            from_zero: true,
            text: sentence.clone(),
        },
    );
    ui.add(Label::new(RichText::new(sentence).color(p.quiet)).wrap());
}

/// "Save as CSV": where the class view's CSV goes, and saving it.
fn csv_ui(ui: &mut Ui, book: &Gradebook, csv_path: &mut String, csv_said: &mut Option<Result<String, String>>) {
    card(ui, |ui| {
        let label = ui.label(theme::strong("Save as CSV…"));
        let field = path_field(ui, label.id, csv_path, f32::INFINITY);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal_wrapped(|ui| {
            let mut chosen = false;
            if ui.button("Choose where…").clicked()
                && let Some(file) = rfd::FileDialog::new()
                    .set_title("Save the class results as CSV")
                    .set_file_name(format!("class-{}.csv", book.code))
                    .add_filter("CSV", &["csv"])
                    .save_file()
            {
                *csv_path = file.display().to_string();
                chosen = true;
            }
            if ui.button("Save").clicked() || enter || chosen {
                let text = export::gradebook::csv(book);
                *csv_said = Some(write_file(csv_path, text.as_bytes()).map(|p| format!("Saved to {}.", p.display())));
            }
        });
        if let Some(s) = csv_said {
            said(ui, s);
        }
    });
}

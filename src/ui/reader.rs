//! The reader: the article typeset for reading, with the fact sheet's entities marked. Clicking a marked
//! name (or picking it from the index beside the article) shows its card: name, native-script name,
//! role, aliases and the facts it appears in, with "Quiz me on this". Opened from feedback, it scrolls to
//! the evidence sentence and highlights it.
//!
//! By keyboard: Tab and Shift+Tab move through the marked names in reading order (a focus ring shows
//! which; a screen reader hears the entity's name), Enter opens the card and puts focus in it, Escape
//! closes it and gives focus back to the name in the text.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{
    Align, Galley, Key, Layout, Modifiers, Rect, RichText, Role, ScrollArea, Sense, Stroke, Ui, UiBuilder, WidgetInfo,
};

use crate::generate::phrasing::{entity_slots, told};
use crate::pack::layout::{Block, Part, layout};
use crate::pack::{Entity, EntityKind, Fact, Pack};
use crate::study::session::Mode;
use crate::ui::app::{Back, Command};
use crate::ui::fonts;
use crate::ui::library::Loaded;
use crate::ui::theme::{self, READING_WIDTH};
use crate::ui::widgets::{card, column, focus_now, quote};

/// Where an entity is named in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the article text.
    pub range: Range<usize>,
    /// The entity's id.
    pub entity: String,
}

/// The kinds of entity marked in the text: named things, not phrases, issues or unnamed groups.
pub const MARKED: [EntityKind; 8] = [
    EntityKind::Person,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Event,
    EntityKind::Document,
    EntityKind::Media,
];

/// Every place the article's own text (its body paragraphs: not the title, a caption or a byline, see
/// [`layout`]) names an entity of the fact sheet, by its name, an alias or its native name: whole words,
/// longest first, never overlapping, in text order. An entity named only in a caption or byline is not
/// marked, so it has no card in the reader either.
pub fn marks(pack: &Pack) -> Vec<Mark> {
    let text = pack.article.text();
    let body: Vec<Range<usize>> =
        layout(&pack.article).into_iter().filter(|b| b.part.is_body()).map(|b| b.range).collect();
    let in_body = |r: &Range<usize>| body.iter().any(|b| b.start <= r.start && r.end <= b.end);
    let mut found: Vec<(Range<usize>, &str)> = Vec::new();
    for e in pack.sheet.entities.iter().filter(|e| MARKED.contains(&e.kind)) {
        let mut names: Vec<String> = std::iter::once(&e.name).chain(&e.aliases).chain(&e.native).cloned().collect();
        // The article may write apostrophes curly where the fact sheet has them straight.
        let curly: Vec<String> =
            names.iter().filter(|n| n.contains('\'')).map(|n| n.replace('\'', "\u{2019}")).collect();
        names.extend(curly);
        for name in names.iter().filter(|n| n.chars().count() >= 2) {
            for (at, m) in text.match_indices(name.as_str()) {
                let before = text[..at].chars().next_back();
                let after = text[at + m.len()..].chars().next();
                let range = at..at + m.len();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                    || !in_body(&range)
                {
                    continue;
                }
                found.push((range, e.id.as_str()));
            }
        }
    }
    found.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.len().cmp(&a.0.len())));
    let mut out: Vec<Mark> = Vec::new();
    for (range, id) in found {
        if out.last().is_some_and(|m| m.range.end > range.start) {
            continue;
        }
        out.push(Mark { range, entity: id.to_string() });
    }
    out
}

/// The facts that name entity `id` in any slot.
pub fn facts_about<'a>(pack: &'a Pack, id: &str) -> Vec<&'a Fact> {
    pack.sheet.facts.iter().filter(|f| entity_slots(&f.claim).iter().any(|(_, e)| e.as_str() == id)).collect()
}

/// The reader's own state.
#[derive(Debug, Clone)]
pub struct ReaderView {
    /// The id of the pack.
    pub pack: String,
    /// The entity whose card is open.
    pub selected: Option<String>,
    /// The highlighted sentence(s), as a byte range of the article.
    pub highlight: Option<Range<usize>>,
    /// The highlight still has to be scrolled into view.
    pub scroll_pending: bool,
    /// Where "Back" leads.
    pub back: Back,
    /// The card was opened from the keyboard: its first button takes focus when next drawn.
    pub focus_card: bool,
    /// The mark (its start in the article) whose card is open, to give focus back to when it closes.
    pub opened_from: Option<usize>,
    /// A mark (its start in the article) that takes focus when next drawn.
    pub focus_mark: Option<usize>,
    /// The article's paragraphs as the reader sets them (title, caption, byline, body).
    pub blocks: Vec<Block>,
    /// A new reading has just begun: the article and the index start at the top when next drawn, not
    /// where the last reading left them (egui keeps a scroll area's offset in its memory by id).
    pub fresh: bool,
}

impl ReaderView {
    /// Closes the card; focus goes back to the name in the text it was opened from.
    fn close_card(&mut self) {
        self.selected = None;
        self.focus_card = false;
        self.focus_mark = self.opened_from.take();
    }
}

/// A marked name activated in the text.
struct Activated {
    /// The entity's id.
    entity: String,
    /// Where the mark starts in the article.
    at: usize,
    /// By Enter or Space rather than the pointer.
    by_key: bool,
}

impl ReaderView {
    /// The reader for the pack `loaded`, highlighting the sentence(s) of `evidence` if given and found.
    pub fn new(loaded: &Loaded, evidence: Option<&str>, back: Back) -> Self {
        let article = &loaded.pack.article;
        let blocks = layout(article);
        let highlight = evidence.and_then(|e| article.find(e)).map(|r| {
            // Evidence in the repeated title is shown in the title, which reads the same.
            if let Some(title) = blocks.iter().find(|b| b.part == Part::Title)
                && blocks.iter().any(|b| !b.part.is_shown() && b.range.start <= r.start && r.start < b.range.end)
            {
                return title.range.clone();
            }
            let first = article.sentence_around(r.start);
            let last = article.sentence_around(r.end.saturating_sub(1).max(r.start));
            first.start.min(r.start)..last.end.max(r.end)
        });
        Self {
            pack: loaded.pack.id().to_string(),
            selected: None,
            scroll_pending: highlight.is_some(),
            highlight,
            back,
            focus_card: false,
            opened_from: None,
            focus_mark: None,
            blocks,
            fresh: true,
        }
    }
}

/// The reader screen: the article in a reading column, the entity index or card beside it.
pub fn ui(ui: &mut Ui, loaded: &Loaded, view: &mut ReaderView, default_mode: Mode) -> Option<Command> {
    let mut cmd = None;
    let full = ui.available_rect_before_wrap();
    let side_width = if full.width() >= 1000.0 { 340.0 } else { 260.0 };
    let gap = 20.0;
    let article_rect = Rect::from_min_max(full.min, egui::pos2(full.right() - side_width - gap, full.bottom()));
    let side_rect = Rect::from_min_max(egui::pos2(full.right() - side_width, full.top()), full.max);
    let line_x = full.right() - side_width - gap / 2.0;
    ui.painter().vline(line_x, full.y_range(), ui.visuals().widgets.noninteractive.bg_stroke);
    if view.selected.is_some() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        view.close_card();
    }

    // The article first, so Tab reaches the names in the text before the index beside it.
    ui.scope_builder(UiBuilder::new().max_rect(article_rect).layout(Layout::top_down(Align::Min)), |ui| {
        ui.horizontal_wrapped(|ui| {
            let back = match view.back {
                Back::Library => None,
                Back::Quiz => Some("Back to the quiz"),
                Back::Results => Some("Back to the results"),
            };
            if let Some(label) = back
                && ui.button(label).clicked()
            {
                cmd = Some(Command::Return(view.back));
            }
            if ui.button("Practise this article").clicked() {
                cmd = Some(Command::Setup {
                    pack: view.pack.clone(),
                    mode: Some(default_mode),
                    facts: Vec::new(),
                    focus: None,
                });
            }
        });
        ui.add_space(4.0);
        let mut area = ScrollArea::vertical().id_salt("article-scroll").auto_shrink(false);
        if view.fresh {
            area = area.vertical_scroll_offset(0.0);
        }
        crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the article", |ui| {
            column(ui, READING_WIDTH, |ui| {
                let width = ui.available_width();
                if let Some(a) = article_ui(ui, loaded, view, width) {
                    if view.selected.as_deref() == Some(a.entity.as_str()) {
                        view.close_card();
                    } else {
                        view.selected = Some(a.entity);
                        view.opened_from = Some(a.at);
                        view.focus_card = a.by_key;
                    }
                }
                if let Some(credit) = &loaded.pack.sheet.credit {
                    ui.add_space(12.0);
                    ui.label(egui::RichText::new(credit).small().color(theme::palette(ui).quiet));
                }
                ui.add_space(24.0);
            });
        });
    });
    ui.scope_builder(UiBuilder::new().max_rect(side_rect).layout(Layout::top_down(Align::Min)), |ui| {
        let mut area = ScrollArea::vertical().id_salt("reader-side-scroll").auto_shrink(false);
        if std::mem::take(&mut view.fresh) {
            area = area.vertical_scroll_offset(0.0);
        }
        crate::ui::widgets::speech::scroll_named(ui, area, "Scroll the facts", |ui| {
            ui.set_width(ui.available_width() - 10.0);
            if let Some(c) = side_ui(ui, loaded, view, default_mode) {
                cmd = Some(c);
            }
        });
    });
    ui.advance_cursor_after_rect(full);
    cmd
}

/// The article; returns the marked name activated in the text, if one was.
fn article_ui(ui: &mut Ui, loaded: &Loaded, view: &mut ReaderView, width: f32) -> Option<Activated> {
    let pack = &loaded.pack;
    let text = pack.article.text();
    let p = theme::palette(ui);
    let body = theme::font(ui, theme::ARTICLE);
    let line_height = body.size * 1.55;
    let mut clicked = None;
    let blocks = view.blocks.clone();
    for block in blocks.iter().filter(|b| b.part.is_shown()) {
        let para = &block.range;
        let is_body = block.part.is_body();
        let small = body.size * 0.85;
        let (font, line_height, colour, italics, role, space) = match block.part {
            Part::Title => (egui::FontId::new(28.0, fonts::bold()), 36.0, p.text, false, Role::Heading, 6.0),
            Part::Caption => {
                (egui::FontId::new(small, body.family.clone()), small * 1.45, p.quiet, true, Role::FigureCaption, 8.0)
            }
            Part::Byline | Part::Dateline | Part::Source => {
                (egui::FontId::new(small, body.family.clone()), small * 1.45, p.quiet, false, Role::Label, 8.0)
            }
            Part::Body | Part::RepeatedTitle => (body.clone(), line_height, p.text, false, Role::Label, 10.0),
        };
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        // Boundaries inside the paragraph where the formatting changes.
        let mut cuts = vec![para.start, para.end];
        for m in loaded.marks.iter().filter(|m| is_body && m.range.start < para.end && m.range.end > para.start) {
            cuts.push(m.range.start.max(para.start));
            cuts.push(m.range.end.min(para.end));
        }
        if let Some(h) = &view.highlight {
            cuts.push(h.start.clamp(para.start, para.end));
            cuts.push(h.end.clamp(para.start, para.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        // Segment start (byte) and entity, to map a click back to an entity.
        let mut segments: Vec<(Range<usize>, Option<&str>)> = Vec::new();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a >= b {
                continue;
            }
            let mark = loaded.marks.iter().find(|m| is_body && m.range.start <= a && m.range.end >= b);
            let highlighted = view.highlight.as_ref().is_some_and(|h| h.start <= a && h.end >= b);
            let selected = mark.is_some_and(|m| view.selected.as_deref() == Some(m.entity.as_str()));
            let mut format = TextFormat {
                font_id: font.clone(),
                color: colour,
                italics,
                line_height: Some(line_height),
                ..Default::default()
            };
            if mark.is_some() {
                format.color = p.accent;
                format.underline = Stroke::new(1.0, p.accent.gamma_multiply(0.35));
            }
            if highlighted {
                format.background = p.highlight;
            }
            if selected {
                format.background = ui.visuals().selection.bg_fill;
            }
            job.append(&text[a..b], 0.0, format);
            segments.push((a..b, mark.map(|m| m.entity.as_str())));
        }
        let galley: Arc<Galley> = ui.painter().layout_job(job);
        // The paragraph that holds the evidence is a stop for the keyboard, and takes the focus when the
        // reader opens on it: a screen reader reads it, then which of its sentences is highlighted.
        let evidence = view.highlight.as_ref().filter(|h| h.start >= para.start && h.start < para.end);
        let sense = if evidence.is_some() { Sense::CLICK | Sense::FOCUSABLE } else { Sense::CLICK };
        let (rect, response) = ui.allocate_exact_size(galley.size(), sense);
        let para_text = &text[para.clone()];
        response.widget_info(|| WidgetInfo::labeled(role, true, para_text));
        // It takes clicks only to find the marked name under the pointer; each name is a button of its own
        // (`marks_ui`), so the paragraph offers a screen reader nothing to click.
        response.ctx.accesskit_node_builder(response.id, |node| node.remove_action(egui::accesskit::Action::Click));
        if let Some(h) = evidence {
            let said = text.get(h.start..h.end.min(para.end)).unwrap_or_default().trim();
            crate::ui::widgets::speech::describe(&response, &format!("Highlighted: \u{201c}{said}\u{201d}"));
            if view.scroll_pending {
                focus_now(&response);
            }
        }
        let hit = response.hover_pos().and_then(|pos| entity_at(&galley, &segments, text, para.start, pos - rect.min));
        if hit.is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        if response.clicked()
            && let Some(id) = response
                .interact_pointer_pos()
                .and_then(|pos| entity_at(&galley, &segments, text, para.start, pos - rect.min))
        {
            let at = loaded
                .marks
                .iter()
                .find(|m| m.entity == id && m.range.start >= para.start)
                .map_or(0, |m| m.range.start);
            clicked = Some(Activated { entity: id.to_string(), at, by_key: false });
        }
        if is_body && let Some(a) = marks_ui(ui, loaded, view, &galley, rect.min, para) {
            clicked = Some(a);
        }
        if view.scroll_pending
            && let Some(h) = &view.highlight
            && h.start >= para.start
            && h.start < para.end
        {
            let chars = text[para.start..h.start].chars().count();
            let at = galley.pos_from_cursor(CCursor::new(chars)).translate(rect.min.to_vec2());
            ui.scroll_to_rect(
                Rect::from_min_size(at.min, egui::vec2(width, 3.0 * line_height)),
                Some(egui::Align::Center),
            );
            view.scroll_pending = false;
        }
        ui.painter().galley(rect.min, galley, p.text);
        ui.add_space(space);
    }
    clicked
}

/// The marked names of one paragraph as widgets over its text: Tab stops in reading order, named for a
/// screen reader after their entity, with a focus ring, and opened by click, Enter or Space. A name
/// broken over two lines is one Tab stop; its second part still takes clicks.
fn marks_ui(
    ui: &mut Ui,
    loaded: &Loaded,
    view: &mut ReaderView,
    galley: &Galley,
    origin: egui::Pos2,
    para: &Range<usize>,
) -> Option<Activated> {
    let p = theme::palette(ui);
    let text = loaded.pack.article.text();
    let mut activated = None;
    for m in loaded.marks.iter().filter(|m| m.range.start >= para.start && m.range.end <= para.end) {
        let Some(entity) = loaded.pack.entity(&m.entity) else { continue };
        let parts: Vec<Rect> =
            mark_rects(galley, text, para.start, &m.range).into_iter().map(|r| r.translate(origin.to_vec2())).collect();
        let mut focused = false;
        for (n, part) in parts.iter().enumerate() {
            let id = ui.scope_id().with(("mark", m.range.start, n));
            let sense = if n == 0 { Sense::click() } else { Sense::CLICK };
            let response = ui.interact(*part, id, sense);
            if n == 0 {
                let shown = &text[m.range.clone()];
                let name = if shown == entity.name { entity.name.clone() } else { format!("{shown}: {}", entity.name) };
                response.widget_info(|| WidgetInfo::labeled(Role::Link, true, &name));
                if view.focus_mark == Some(m.range.start) {
                    focus_now(&response);
                    view.focus_mark = None;
                }
                if response.gained_focus() {
                    response.scroll_to_me(Some(Align::Center));
                }
                focused = response.has_focus();
            }
            if response.hovered() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            }
            if response.clicked() {
                let by_key =
                    response.has_focus() && ui.input(|i| i.key_pressed(Key::Enter) || i.key_pressed(Key::Space));
                activated = Some(Activated { entity: m.entity.clone(), at: m.range.start, by_key });
            }
        }
        if focused {
            for part in &parts {
                ui.painter().rect_stroke(part.expand(2.0), 4.0, Stroke::new(2.0, p.accent), egui::StrokeKind::Outside);
            }
        }
    }
    activated
}

/// Where `range` of the article is drawn in `galley` (a paragraph starting at `para_start`): one rect a
/// row it spans, relative to the galley.
fn mark_rects(galley: &Galley, text: &str, para_start: usize, range: &Range<usize>) -> Vec<Rect> {
    let first = text[para_start..range.start].chars().count();
    let count = text[range.clone()].chars().count();
    let mut rects: Vec<Rect> = Vec::new();
    for c in first..first + count {
        let left = galley.pos_from_cursor(CCursor { index: c.into(), prefer_next_row: true });
        let right = galley.pos_from_cursor(CCursor { index: (c + 1).into(), prefer_next_row: false });
        if (left.min.y - right.min.y).abs() > 0.5 {
            continue;
        }
        let part = Rect::from_min_max(left.min, egui::pos2(right.min.x, left.max.y));
        match rects.last_mut() {
            Some(last) if (last.min.y - part.min.y).abs() < 0.5 => *last = last.union(part),
            _ => rects.push(part),
        }
    }
    rects
}

/// The entity under `pos` (relative to the galley), if any.
fn entity_at<'a>(
    galley: &Galley,
    segments: &'a [(Range<usize>, Option<&'a str>)],
    text: &str,
    para_start: usize,
    pos: egui::Vec2,
) -> Option<&'a str> {
    let cursor = galley.cursor_from_pos(pos);
    // The cursor sits between characters: check the pointer is really over a glyph of the row.
    let row_rect = galley.pos_from_cursor(cursor);
    if (pos.y - row_rect.center().y).abs() > row_rect.height() {
        return None;
    }
    let char_index = cursor.index.0;
    let byte =
        para_start + text[para_start..].char_indices().nth(char_index).map_or(text.len() - para_start, |(b, _)| b);
    segments.iter().find(|(r, e)| e.is_some() && r.start <= byte && byte < r.end).and_then(|(_, e)| *e)
}

/// The side panel: the selected entity's card, or the index of entities named in the article.
fn side_ui(ui: &mut Ui, loaded: &Loaded, view: &mut ReaderView, default_mode: Mode) -> Option<Command> {
    let mut cmd = None;
    let pack = &loaded.pack;
    let p = theme::palette(ui);
    if let Some(entity) = view.selected.as_deref().and_then(|id| pack.entity(id)) {
        let focus = std::mem::take(&mut view.focus_card);
        let (c, close) = card(ui, |ui| entity_card_ui(ui, pack, entity, default_mode, focus));
        if c.is_some() {
            cmd = c;
        }
        if close {
            view.close_card();
        }
        ui.add_space(12.0);
    }
    ui.label(RichText::new("In this article").family(fonts::bold()).size(17.0));
    ui.add(
        egui::Label::new(
            RichText::new(
                "Click a name in the text or here to see its card. Keys: Tab moves through the names in the \
                 text, Enter opens a card, Escape closes it.",
            )
            .small()
            .color(p.quiet),
        )
        .wrap(),
    );
    let mentioned: Vec<&Entity> =
        pack.sheet.entities.iter().filter(|e| loaded.marks.iter().any(|m| m.entity == e.id)).collect();
    for (kind, heading) in [
        (EntityKind::Person, "People"),
        (EntityKind::Country, "Countries"),
        (EntityKind::City, "Cities"),
        (EntityKind::Place, "Places"),
        (EntityKind::Organisation, "Organisations"),
        (EntityKind::Event, "Events"),
        (EntityKind::Document, "Documents"),
        (EntityKind::Media, "Media"),
    ] {
        let of_kind: Vec<&&Entity> = mentioned.iter().filter(|e| e.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(heading).small().color(p.quiet));
        ui.spacing_mut().item_spacing.y = 2.0;
        for e in of_kind {
            ui.push_id(("entity", &e.id), |ui| {
                let selected = view.selected.as_deref() == Some(e.id.as_str());
                if ui.add(egui::Button::selectable(selected, e.name.as_str()).wrap()).clicked() {
                    view.opened_from = None;
                    view.selected = if selected { None } else { Some(e.id.clone()) };
                }
            });
        }
    }
    cmd
}

/// One entity's card; returns a command, and whether "Close card" was clicked. With `focus`, its first
/// button takes keyboard focus.
fn entity_card_ui(ui: &mut Ui, pack: &Pack, e: &Entity, mode: Mode, focus: bool) -> (Option<Command>, bool) {
    let p = theme::palette(ui);
    let mut cmd = None;
    ui.label(RichText::new(&e.name).family(fonts::bold()).size(22.0));
    if let Some(native) = &e.native {
        ui.label(RichText::new(native).size(24.0));
    }
    if let Some(role) = &e.role {
        ui.label(RichText::new(role).color(p.quiet));
    }
    if let Some(d) = &e.description {
        ui.add(egui::Label::new(d.as_str()).wrap());
    }
    if !e.aliases.is_empty() {
        ui.add(
            egui::Label::new(RichText::new(format!("Also: {}", e.aliases.join(", "))).small().color(p.quiet)).wrap(),
        );
    }
    let facts = facts_about(pack, &e.id);
    ui.add_space(4.0);
    if facts.is_empty() {
        ui.label(RichText::new("No fact of the sheet is about this.").color(p.quiet));
    }
    let mut close = false;
    ui.horizontal_wrapped(|ui| {
        let mut first = None;
        if !facts.is_empty() {
            let quiz = ui.button("Quiz me on this");
            if quiz.clicked() {
                cmd = Some(Command::Setup {
                    pack: pack.id().to_string(),
                    mode: Some(mode),
                    facts: facts.iter().map(|f| f.id.clone()).collect(),
                    focus: Some(format!("facts about {}", e.name)),
                });
            }
            first = Some(quiz);
        }
        let close_button = ui.button("Close card");
        close = close_button.clicked();
        if focus {
            focus_now(first.as_ref().unwrap_or(&close_button));
        }
    });
    if facts.is_empty() {
        return (cmd, close);
    }
    ui.add_space(4.0);
    ui.label(
        RichText::new(format!("In {} fact{}", facts.len(), if facts.len() == 1 { "" } else { "s" }))
            .family(fonts::bold()),
    );
    for f in &facts {
        ui.push_id(("fact", &f.id), |ui| {
            ui.add(egui::Label::new(told(pack, f)).wrap());
            quote(ui, &f.evidence);
        });
    }
    (cmd, close)
}

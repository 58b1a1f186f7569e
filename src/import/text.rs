//! Step 1 of drafting: the article as text — headline, dateline, paragraphs and sentences.
//!
//! [`Article::text`] is what is saved beside the draft as `<id>.txt`: every evidence quote of the draft is a
//! span of it, and every range in this module indexes it.
//!
//! Reading goes in three steps: the bytes are decoded and refused when they are not an English article
//! ([`decode`], [`looks_english`]); the text is cut into [`Block`]s — plain text and Markdown here, a saved
//! web page in [`super::html`]; and the blocks are assembled into an [`Article`] ([`assemble`]): the headline,
//! the dateline found in the first lines, the body's paragraphs (one line each, so the pack's own article
//! reader sees the same paragraphs) and their sentences ([`split_sentences`]).
//!
//! Every rule here is general to English news copy (wire datelines, Markdown marks, hard-wrapped plain
//! text, "Photo:" captions, abbreviations); the word lists are data under `assets/import/`.

use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use super::{ImportError, html};
use crate::pack::{Dateline, When};

/// The largest article accepted, in bytes: the fact-sheet size cap, so the article of a draft can always be
/// read back beside its sheet.
pub const MAX_ARTICLE_BYTES: usize = crate::pack::check::MAX_SHEET_BYTES;

/// An article split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The headline (the first line of text, or the page's title), without Markdown marks.
    pub headline: String,
    /// The dateline as printed ("Friday, August 21, 2015"), when the first lines hold one that
    /// [`Dateline::parse`] reads; never made up from a date without its year.
    pub dateline: Option<String>,
    /// A source or credit line the file carries ("source: https://…"), kept for the sheet's `credit`.
    pub credit: Option<String>,
    /// The whole text as saved: headline, dateline and paragraphs, one per line, separated by blank lines.
    pub text: String,
    /// The body's paragraphs in order (not the headline or dateline).
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Its byte range in [`Article::text`].
    pub range: Range<usize>,
    /// Its sentences, as byte ranges in [`Article::text`], in order, without surrounding whitespace; each
    /// is non-empty, lies inside [`Self::range`] and starts and ends on a char boundary.
    pub sentences: Vec<Range<usize>>,
    /// Whether it is not prose to draft from: an image caption (`[Image caption: …]`, "Photo: …", a line
    /// ending "(Credit: …)"), a subheading, a byline, or the headline repeated.
    pub caption: bool,
}

impl Article {
    /// The text of a range of [`Self::text`].
    pub fn slice(&self, range: &Range<usize>) -> &str {
        self.text.get(range.clone()).unwrap_or("")
    }

    /// Every sentence of the body that is not in a caption, with its paragraph's index, in order.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.caption)
            .flat_map(|(i, p)| p.sentences.iter().map(move |s| (i, s.clone())))
    }

    /// The dateline, read as a date, when there is one.
    pub fn date(&self) -> Option<Dateline> {
        self.dateline.as_deref().and_then(Dateline::parse)
    }
}

/// One piece of an article as its source gives it, before assembly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the piece is.
    pub kind: BlockKind,
    /// Its text on one line, trimmed.
    pub text: String,
}

/// What a [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline (a page's `<h1>` or `<title>`, a text's first line).
    Headline,
    /// A date the page prints apart from the text (`<time>`), taken as the dateline only when no line of
    /// the body opens with one.
    Date,
    /// A source or credit line, kept for the sheet's `credit` and left out of the text.
    Credit,
    /// A subheading: kept in the text, not drafted from.
    Heading,
    /// An image caption: kept in the text, not drafted from.
    Caption,
    /// A paragraph of the body.
    Paragraph,
}

/// Reads an article file's bytes. `file_name` tells a saved web page (`.html`, `.htm`, `.xhtml`) from plain
/// text or Markdown (`.md`, `.markdown`; anything else is read as plain text, which also takes Markdown's
/// headings, bold and links).
///
/// Refuses, each with its own [`ImportError`]: more than [`MAX_ARTICLE_BYTES`], binary data, text that is
/// not UTF-8 (UTF-16 with a byte-order mark is decoded, and so is a page that declares a Western European
/// charset), nothing but whitespace, and text that does not read as English.
pub fn read(bytes: &[u8], file_name: &str) -> Result<Article, ImportError> {
    let lower = file_name.to_ascii_lowercase();
    let extension = Path::new(&lower).extension().and_then(|e| e.to_str()).unwrap_or("");
    let page = matches!(extension, "html" | "htm" | "xhtml");
    let decoded = match decode(bytes) {
        // A page may say its encoding; plain text cannot, and is refused.
        Err(ImportError::NotUtf8 { detail }) => match page.then(|| html::decode_declared(bytes)).flatten() {
            Some(text) => text,
            None => return Err(ImportError::NotUtf8 { detail }),
        },
        other => other?,
    };
    let text = clean(&decoded);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let blocks = if page {
        let blocks = html::blocks(&text);
        if !blocks.iter().any(|b| b.kind == BlockKind::Paragraph) {
            return Err(ImportError::Other(
                "the web page holds no article paragraphs; save the article's own page, or copy its text into a .txt file."
                    .to_string(),
            ));
        }
        blocks
    } else {
        let markdown = matches!(extension, "md" | "markdown");
        plain_blocks(&text, markdown)
    };
    let article = assemble(blocks)?;
    let body: String =
        article.paragraphs.iter().filter(|p| !p.caption).map(|p| article.slice(&p.range)).collect::<Vec<_>>().join(" ");
    let judged = if body.trim().is_empty() { article.text.as_str() } else { body.as_str() };
    if !looks_english(judged) {
        return Err(ImportError::NotEnglish);
    }
    Ok(article)
}

// ---------------------------------------------------------------------------------------------------------
// Decoding and refusing bad input
// ---------------------------------------------------------------------------------------------------------

/// The bytes as text: a UTF-8 byte-order mark is dropped, UTF-16 with a byte-order mark is decoded; too
/// large, binary and non-UTF-8 input is refused with a sentence saying why (and, for bytes that are not
/// UTF-8, on which line and column, and which encoding the file is likely in).
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() as u64 });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        // UTF-16 without a byte-order mark: English text puts a NUL in every other byte.
        let (even, odd) = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == 0)
            .fold((0, 0), |(e, o), (i, _)| if i % 2 == 0 { (e + 1, o) } else { (e, o + 1) });
        if bytes.len() >= 8 && even.max(odd) * 10 >= bytes.len() * 4 && even.min(odd) * 10 <= even.max(odd) {
            return Err(ImportError::NotUtf8 {
                detail: "it looks like UTF-16 saved without a byte-order mark".to_string(),
            });
        }
        return Err(ImportError::Binary);
    }
    // Control bytes other than tab, line feed, form feed and carriage return: text has none, or a stray one.
    let controls =
        bytes.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F).count();
    if controls >= 4 && controls * 50 > bytes.len() {
        return Err(ImportError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let before = bytes.get(..at).unwrap_or_default();
            let line = before.split(|&b| b == b'\n').count();
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count() + 1;
            let byte = bytes.get(at).copied().unwrap_or(0);
            let guess =
                if byte >= 0x80 { "; it may be Latin-1 or Windows-1252, a Western European encoding" } else { "" };
            Err(ImportError::NotUtf8 {
                detail: format!("byte 0x{byte:02X} on line {line}, column {column} is not UTF-8{guess}"),
            })
        }
    }
}

/// UTF-16 (after its byte-order mark) decoded; an odd length or an unpaired surrogate is refused.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    let units: Vec<u16> =
        bytes.chunks(2).map(|c| unit([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)])).collect();
    let refused = |why: &str| ImportError::NotUtf8 { detail: format!("it is saved as UTF-16, and {why}") };
    if bytes.len() % 2 == 1 {
        return Err(refused("its length is an odd number of bytes"));
    }
    let text = String::from_utf16(&units).map_err(|_| refused("it holds an unpaired surrogate"))?;
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    let controls = text.chars().filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')).count();
    if controls >= 4 && controls * 50 > text.chars().count() {
        return Err(ImportError::Binary);
    }
    Ok(text)
}

/// Line ends made `\n` (CRLF, CR, U+2028, U+2029, NEL), tabs and other spaces made plain spaces, and
/// invisible or unsafe characters dropped (other controls, bidirectional controls, zero-width spaces,
/// soft hyphens, byte-order marks): the saved text holds nothing the checker refuses to print.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            c if c.is_whitespace() => out.push(' '),
            c if crate::text::safe::is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// The word lists under `assets/import/`, read once.
struct Lists {
    /// Abbreviations written before a name: their full stop never ends a sentence.
    titles: Vec<&'static str>,
    /// Abbreviations that may close a sentence.
    ends: Vec<&'static str>,
    /// Words that usually open a sentence.
    starters: Vec<&'static str>,
    /// The commonest English function words.
    english: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let words = |text: &'static str| -> Vec<&'static str> {
            let mut v: Vec<&str> =
                text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let abbreviations = include_str!("../../assets/import/abbreviations.txt");
        let (mut titles, mut ends) = (Vec::new(), Vec::new());
        let mut into_ends = false;
        for line in abbreviations.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            match line {
                "[title]" => into_ends = false,
                "[end]" => into_ends = true,
                word if into_ends => ends.push(word),
                word => titles.push(word),
            }
        }
        titles.sort_unstable();
        ends.sort_unstable();
        Lists {
            titles,
            ends,
            starters: words(include_str!("../../assets/import/sentence-starters.txt")),
            english: words(include_str!("../../assets/import/english-words.txt")),
        }
    })
}

/// Whether a text reads as English: at least 12 % of its words (runs of letters) are among the commonest
/// English function words (`assets/import/english-words.txt`), and at most a quarter of its letters are
/// outside the Latin script. English news runs at 30–45 %; German, French or Spanish prose at a few
/// percent, since only short words such as "in", "a" and "on" are shared. A text of fewer than 20 words is
/// too short to judge and passes.
pub fn looks_english(text: &str) -> bool {
    let (mut letters, mut foreign) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        // Latin letters: ASCII, Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F) and Latin Extended
        // Additional (U+1E00–U+1EFF).
        if !(c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c)) {
            foreign += 1;
        }
    }
    if letters > 0 && foreign * 4 > letters {
        return false;
    }
    let english = &lists().english;
    let (mut words, mut common) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        let lower = word.to_lowercase();
        if english.binary_search(&lower.as_str()).is_ok() {
            common += 1;
        }
    }
    words < 20 || common * 100 >= words * 12
}

// ---------------------------------------------------------------------------------------------------------
// Plain text and Markdown
// ---------------------------------------------------------------------------------------------------------

/// The blocks of a plain-text or Markdown article: the first line is the headline (a `source:`/`credit:`
/// line before it is the credit); then blank-line-separated paragraphs, each joined onto one line when it is
/// hard-wrapped; Markdown headings, list and quote marks, bold and links are reduced to their text;
/// captions and credit lines are marked.
pub fn plain_blocks(text: &str, markdown: bool) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut fence = false;
    for line in text.lines() {
        let trimmed = line.trim();
        let unquoted = trimmed.trim_start_matches(['>', ' ']);
        let line = if trimmed.starts_with('>') { unquoted } else { line };
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        if fence {
            continue;
        }
        if line.trim().is_empty() || is_rule(trimmed) {
            if !group.is_empty() {
                groups.push(std::mem::take(&mut group));
            }
        } else {
            group.push(line.trim());
        }
    }
    if !group.is_empty() {
        groups.push(group);
    }
    let mut headline = false;
    for group in groups {
        for unit in join_wrapped(&group) {
            let (kind, line) = classify_line(&unit, markdown);
            if line.is_empty() {
                continue;
            }
            if !headline && kind != BlockKind::Credit && is_page_control(&line) {
                continue;
            }
            // A date above the headline is the dateline, not the headline.
            if !headline && kind == BlockKind::Paragraph && date_line(&line).is_some() {
                blocks.push(Block { kind: BlockKind::Date, text: line });
                continue;
            }
            let kind = match kind {
                BlockKind::Credit => BlockKind::Credit,
                _ if !headline => {
                    headline = true;
                    BlockKind::Headline
                }
                kind => kind,
            };
            blocks.push(Block { kind, text: line });
        }
    }
    blocks
}

/// A web page's controls as a browser copies them above the headline ("Skip to content", "Menu", "BBC
/// Homepage", "Sign in"): left out, so the headline is the story's.
fn is_page_control(line: &str) -> bool {
    const CONTROLS: [&str; 16] = [
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "menu",
        "main menu",
        "search",
        "sign in",
        "log in",
        "register",
        "subscribe",
        "home",
        "close",
        "share",
        "advertisement",
        "navigation",
        "accessibility help",
    ];
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches(['.', ':']);
    CONTROLS.contains(&lower) || (lower.ends_with("homepage") && lower.split(' ').count() <= 3)
}

/// A Markdown horizontal rule (`---`, `***`, `___`).
fn is_rule(line: &str) -> bool {
    let no_space: String = line.chars().filter(|c| *c != ' ').collect();
    no_space.len() >= 3
        && (no_space.chars().all(|c| c == '-')
            || no_space.chars().all(|c| c == '*')
            || no_space.chars().all(|c| c == '_'))
}

/// A Markdown list item ("- …", "* …", "+ …", "1. …").
fn starts_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with("+ ")
        || line.starts_with("• ")
        || (digits > 0 && digits < 4 && line.get(digits..).is_some_and(|r| r.starts_with(". ") || r.starts_with(") ")))
}

/// Whether a line starts a unit of its own whatever the wrap: a Markdown heading, list item or image.
/// (A caption or a credit line is told by its first words, which a wrapped line may also start with.)
fn starts_unit(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (hashes > 0 && line.get(hashes..).is_some_and(|r| r.starts_with(' ')))
        || starts_list_item(line)
        || line.starts_with("![")
}

/// The lines of one blank-line-separated group joined into units: a line is wrapped onto the next when the
/// next line's first word would not have fit on it within the wrap width (the widest line with a space in
/// it: a long address alone on a line is wider than the wrap) and that width is a wrapping editor's or
/// mailer's (50 to 100 characters: a group of short lines, such as a page's menu copied from a browser,
/// is not wrapped text); otherwise each line is its own unit, as in a text saved with one
/// paragraph a line. A line that starts a unit ([`starts_unit`]) is never joined onto the one before, and
/// a Markdown heading is never continued (except a "# source:" line).
fn join_wrapped(lines: &[&str]) -> Vec<String> {
    let lines: Vec<&str> = lines.iter().map(|l| l.trim()).collect();
    let width = lines.iter().filter(|l| l.contains(' ')).map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    let mut wrapped_prev = false;
    for (i, &line) in lines.iter().enumerate() {
        // A date alone on its line is a dateline, never the end of a wrapped headline or sentence.
        if wrapped_prev
            && !starts_unit(line)
            && date_line(line).is_none()
            && let Some(last) = out.last_mut()
        {
            if last.ends_with('-') && last.chars().rev().nth(1).is_some_and(char::is_alphabetic) {
                last.push_str(line);
            } else {
                last.push(' ');
                last.push_str(line);
            }
        } else {
            out.push(line.to_string());
        }
        let label = line.trim_start_matches(['#', ' ']).to_lowercase();
        let heading = line.starts_with('#')
            && !["source:", "sources:", "credit:", "credits:"].iter().any(|l| label.starts_with(l));
        wrapped_prev = !heading
            && lines.get(i + 1).is_some_and(|next| {
                let first = next.split(' ').next().map_or(0, |w| w.chars().count());
                (50..=100).contains(&width) && line.chars().count() + 1 + first > width
            });
    }
    out
}

/// What one line of plain text is, and its text with Markdown reduced.
fn classify_line(raw: &str, markdown: bool) -> (BlockKind, String) {
    let mut line = raw.trim();
    let mut heading = false;
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if hashes > 0
        && hashes <= 6
        && let Some(rest) = line.get(hashes..).filter(|r| r.starts_with(' '))
    {
        line = rest.trim();
        heading = true;
    }
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    if starts_list_item(line) {
        let cut = line.find(' ').unwrap_or(0);
        line = line.get(cut..).unwrap_or(line).trim_start();
    }
    // "# source: URL (…)", "Source: …", "Credit: …", "Sources: …".
    let lower = line.to_lowercase();
    for label in ["source:", "sources:", "credit:", "credits:"] {
        if let Some(rest) = lower.strip_prefix(label)
            && !rest.trim().is_empty()
        {
            let value = line.get(label.len()..).unwrap_or("").trim();
            return (BlockKind::Credit, strip_markdown(value, markdown));
        }
    }
    let text = strip_markdown(line, markdown);
    let kind = if is_caption(&text) || line.starts_with("![") {
        BlockKind::Caption
    } else if heading {
        BlockKind::Heading
    } else {
        BlockKind::Paragraph
    };
    let text = if line.starts_with("![") && text.is_empty() { String::new() } else { text };
    (kind, text)
}

/// Whether a line is an image caption: marked "[Image caption: …]", opened by "Photo:", "Image:",
/// "Picture:", "Caption:" or "File photo:", or closed by a parenthesised photo credit ("(Credit: Bundo Kim,
/// Unsplash)", "(Photo: AFP)"), as captions are printed under news pictures.
pub fn is_caption(line: &str) -> bool {
    let lower = line.to_lowercase();
    let opens = [
        "[image caption",
        "image caption",
        "media caption",
        "image source",
        "photo:",
        "photo credit",
        "image:",
        "picture:",
        "caption:",
        "file photo",
        "pictured:",
    ];
    if opens.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    let Some(open) = lower.rfind('(') else { return false };
    let tail = lower.get(open..).unwrap_or("");
    tail.trim_end().ends_with(')')
        && ["(credit:", "(photo:", "(image:", "(photo credit:", "(picture:", "(file photo"]
            .iter()
            .any(|c| tail.starts_with(c))
}

/// Markdown reduced to its text: links `[t](u)` and images `![t](u)` to `t`, `**bold**` and `__bold__`
/// to their words, and (in a `.md` file) `*em*`/`_em_` and `` `code` `` marks dropped.
pub fn strip_markdown(line: &str, markdown: bool) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        if let Some((text, after)) = link(rest) {
            out.push_str(text);
            rest = after;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let mut out = out.replace("**", "").replace("__", "");
    if markdown {
        out = strip_pairs(&out, '*');
        out = strip_pairs(&out, '_');
        out = out.replace('`', "");
    }
    out.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `[text](url)` or `![text](url)` at the start of `s`: its text and what follows.
fn link(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('!').unwrap_or(s);
    let inner = s.strip_prefix('[')?;
    // Bounded looks (a link's text and address are short), so a line of many "[" stays linear.
    let close = inner.bytes().take(400).position(|b| b == b']')?;
    let text = inner.get(..close)?;
    if text.contains('[') {
        return None;
    }
    let after = inner.get(close + 1..)?.strip_prefix('(')?;
    let end = after.bytes().take(2000).position(|b| b == b')')?;
    let url = after.get(..end)?;
    (!url.contains(' ') || url.contains("http")).then_some((text, after.get(end + 1..)?))
}

/// Emphasis marks `m` around words dropped: a mark that opens before a word and one that closes after it.
fn strip_pairs(s: &str, m: char) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == m {
            let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let after = chars.get(i + 1).copied();
            let opens = before.is_none_or(|b| !b.is_alphanumeric()) && after.is_some_and(char::is_alphanumeric);
            let closes = before.is_some_and(|b| b.is_alphanumeric() || ".!?\"'’”".contains(b))
                && after.is_none_or(|a| !a.is_alphanumeric());
            if opens || closes {
                continue;
            }
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Assembly: headline, dateline, paragraphs
// ---------------------------------------------------------------------------------------------------------

/// Subheadings after which the rest of a page is not the article ("Sources", "Related news"): Wikinews,
/// wire and newspaper pages close with them.
const CLOSING_HEADINGS: [&str; 17] = [
    "related topics",
    "related",
    "most read",
    "top stories",
    "more stories",
    "sources",
    "source",
    "references",
    "related news",
    "related articles",
    "related stories",
    "external links",
    "see also",
    "comments",
    "read more",
    "more on this story",
    "share this article",
];

/// How many body blocks at the start may hold the dateline (after the headline: a byline, a caption, the
/// dateline itself).
const DATELINE_WINDOW: usize = 4;

/// Assembles blocks into an [`Article`]: the headline (the first headline block, or the start of the first
/// paragraph when there is none), the credit, the dateline (a line that is only a date, or that a
/// "Published:"-style label opens, or a wire prefix "SEOUL, Aug. 21, 2015 (Yonhap) --" opening the first
/// paragraph, within the first lines; else a page's `<time>`), and the body up to a closing heading such
/// as "Sources".
pub fn assemble(blocks: Vec<Block>) -> Result<Article, ImportError> {
    let mut headline: Option<String> = None;
    let mut credit: Option<String> = None;
    let mut dates: Vec<String> = Vec::new();
    let mut body: Vec<Block> = Vec::new();
    for block in blocks {
        match block.kind {
            BlockKind::Headline if headline.is_none() => headline = Some(block.text),
            BlockKind::Headline => body.push(Block { kind: BlockKind::Heading, text: block.text }),
            BlockKind::Credit => {
                if credit.is_none() {
                    credit = Some(block.text);
                }
            }
            BlockKind::Date => dates.push(block.text),
            _ => {
                // A closing heading ends the story, also as a plain line (a browser copy has no markup).
                let folded = block.text.trim_end_matches(':').trim().to_lowercase();
                if CLOSING_HEADINGS.contains(&folded.as_str()) {
                    break;
                }
                body.push(block);
            }
        }
    }
    // A "headline" of over 200 characters, or of 20 words or more closed by a full stop (headlines have
    // none), is the story's first paragraph in a file with no headline: it stays in the body, and its first
    // sentence, cut short, names the article.
    if let Some(h) = headline.take_if(|h| h.chars().count() > 200 || (h.ends_with('.') && h.split(' ').count() >= 20)) {
        body.insert(0, Block { kind: BlockKind::Paragraph, text: h });
    }
    // The headline repeated as a line of the body is not drafted from; one made from the body is.
    let repeated = headline.clone();
    let headline = if let Some(h) = headline {
        h
    } else {
        let first = body.iter().find(|b| b.kind == BlockKind::Paragraph).ok_or(ImportError::Empty)?;
        headline_from(&first.text)
    };
    // The dateline: a line of its own, a labelled line, or a wire prefix, within the first lines.
    let mut dateline: Option<String> = None;
    let mut prefix_of: Option<(usize, usize)> = None;
    let mut drop_at: Option<usize> = None;
    // Whether the dateline is the wire prefix's date, printed where it stands.
    let mut from_prefix = false;
    for (i, block) in body.iter().enumerate().take(DATELINE_WINDOW) {
        if block.kind != BlockKind::Paragraph {
            continue;
        }
        // A date on its own line may be followed by the story's wire prefix ("Thursday, November 21, 2013",
        // then "BEIJING - Chinese Foreign Ministry said …"): the prefix is still no part of a sentence.
        if drop_at.is_none()
            && let Some(date) = date_line(&block.text)
        {
            dateline = Some(date);
            drop_at = Some(i);
            continue;
        }
        if let Some((skip, date)) = wire_prefix(&block.text) {
            from_prefix = dateline.is_none() && date.is_some();
            dateline = dateline.or(date);
            // The index once the date line (before it) is dropped.
            prefix_of = Some((i - usize::from(drop_at.is_some()), skip));
            break;
        }
        if drop_at.is_some() {
            break;
        }
    }
    if let Some(i) = drop_at {
        body.remove(i);
    }
    // A dateline from a wire prefix stays where it is, in the first paragraph; one from a line of its own or
    // the page's `<time>` is printed on its own line after the headline.
    let in_prefix = from_prefix;
    if dateline.is_none() {
        dateline = dates.into_iter().find_map(|d| date_line(&d));
    }
    let mut text = String::new();
    text.push_str(&headline);
    text.push_str("\n\n");
    if let (Some(d), false) = (&dateline, in_prefix) {
        text.push_str(d);
        text.push_str("\n\n");
    }
    let mut paragraphs = Vec::new();
    for (i, block) in body.iter().enumerate() {
        let start = text.len();
        text.push_str(&block.text);
        let range = start..text.len();
        text.push_str("\n\n");
        let skip = match prefix_of {
            Some((at, skip)) if at == i => skip,
            _ => 0,
        };
        let tail = block.text.get(skip..).unwrap_or("");
        let offset = start + skip;
        let sentences = split_sentences(tail).into_iter().map(|r| offset + r.start..offset + r.end).collect();
        // "Image caption," alone on a line (a browser copy) makes the next line a caption.
        let after_marker = i.checked_sub(1).and_then(|j| body.get(j)).is_some_and(|b| {
            let marker = b.text.trim_end_matches([',', ':']).to_lowercase();
            matches!(marker.as_str(), "image caption" | "media caption" | "caption")
        });
        // A few words with no sentence end ("Share", "Russia", "Published") are not prose.
        let fragment = !block.text.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '?', '!'])
            && block.text.split(' ').count() < 5;
        let caption = block.kind != BlockKind::Paragraph
            || repeated.as_ref() == Some(&block.text)
            || is_byline(&block.text) && i < DATELINE_WINDOW
            || is_furniture(&block.text)
            || after_marker
            || fragment;
        paragraphs.push(Paragraph { range, sentences, caption });
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    Ok(Article { headline, dateline, credit, text, paragraphs })
}

/// A headline made from the start of a paragraph, when the source has none: its first sentence, cut at a
/// word to at most 100 characters.
fn headline_from(text: &str) -> String {
    let first = split_sentences(text).first().and_then(|r| text.get(r.clone())).unwrap_or(text);
    if first.chars().count() <= 100 {
        return first.to_string();
    }
    let mut out = String::new();
    for word in first.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > 100 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// A byline: a line with no sentence end that is "By Jane Doe", "By Jane Doe, Reuters", or a name and a
/// job ("Anon Yu Henriksen, International News Staff Writer"): two to four capitalised words, a comma.
fn is_byline(line: &str) -> bool {
    if line.trim_end().ends_with(['.', '?', '!', '"', '”']) || line.split(' ').count() > 24 {
        return false;
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else {
        let Some((name, _)) = line.split_once(", ") else { return false };
        let words: Vec<&str> = name.split(' ').collect();
        return (2..=4).contains(&words.len()) && words.iter().all(capitalised);
    };
    let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()) || ["and", "of", "in"].contains(w)
        })
}

/// Lines of a news page that are about the story, not of it: wire sign-offs ("Reporting by …; Editing by
/// …", "(END)"), a reporter's address, copyright and "Follow us" lines.
fn is_furniture(line: &str) -> bool {
    let lower = line.to_lowercase();
    let opens = [
        "reporting by",
        "(reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "copyright",
        "©",
        "follow us",
        "(end)",
    ];
    opens.iter().any(|o| lower.starts_with(o)) || (line.contains('@') && line.split(' ').count() <= 6)
}

/// Labels a dateline line may carry ("Published: Friday, August 21, 2015").
const DATE_LABELS: [&str; 8] =
    ["published:", "published on", "published", "posted:", "posted on", "posted", "updated:", "date:"];

/// The dateline of a line that holds a date and nothing else (after an optional label such as
/// "Published:", and before an optional time or "|"): the date as printed, when [`Dateline::parse`] reads it.
pub fn date_line(line: &str) -> Option<String> {
    let mut rest = line.trim();
    let lower = rest.to_lowercase();
    for label in DATE_LABELS {
        if lower.starts_with(label) {
            rest = rest.get(label.len()..).unwrap_or("").trim();
            break;
        }
    }
    // A trailing time or separator: "August 21, 2015 10:30 a.m. ET", "August 21, 2015 | 10:30".
    let mut candidate = rest;
    if let Some(cut) =
        [" | ", " at ", " - ", " by ", " / ", " · ", " • ", " — "].iter().filter_map(|s| rest.find(s)).min()
    {
        candidate = rest.get(..cut).unwrap_or(rest);
    } else if let Some(colon) = rest.find(':') {
        let before = rest.get(..colon).unwrap_or("");
        if let Some(space) = before.rfind(' ') {
            candidate = rest.get(..space).unwrap_or(rest);
        }
    }
    let candidate = candidate.trim().trim_end_matches([',', '.']).trim_end();
    if candidate.chars().count() > 40 || candidate.is_empty() {
        return None;
    }
    Dateline::parse(candidate).map(|_| candidate.to_string())
}

/// A wire-style dateline opening the first paragraph ("SEOUL, Aug. 21 (Yonhap) -- North Korea …",
/// "WASHINGTON, October 2, 2007 (Reuters) - …", "Tuesday, October 2, 2007 — …"): the byte length of the
/// prefix up to the first word of the story, and the date as printed when [`Dateline::parse`] reads it
/// (one without its year is no dateline).
pub fn wire_prefix(text: &str) -> Option<(usize, Option<String>)> {
    let head = text.get(..text.len().min(120)).or_else(|| {
        let mut end = text.len().min(120);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(..end)
    })?;
    let (at, sep) = ["--", " — ", "—", " – ", " - "]
        .iter()
        .filter_map(|s| head.find(s).map(|at| (at, *s)))
        .min_by_key(|(at, _)| *at)?;
    let prefix = head.get(..at)?.trim();
    if prefix.is_empty() || prefix.contains(['.', '?', '!']) && !prefix.contains(", ") {
        return None;
    }
    // Drop the agency in parentheses at the end: "(Yonhap)", "(Reuters)", "(AP)".
    let mut bare = prefix;
    if bare.ends_with(')')
        && let Some(open) = bare.rfind('(')
    {
        bare = bare.get(..open)?.trim();
    }
    let agency = bare.len() < prefix.len();
    let city_ok = |city: &str| {
        let words: Vec<&str> = city.split(' ').collect();
        !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && city.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    // "South Korea", "Calif.": a few capitalised words without digits.
    let region_ok = |region: &str| {
        let words: Vec<&str> = region.split(' ').collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !region.chars().any(|c| c.is_ascii_digit())
    };
    let date_of = |s: &str| {
        let s = s.trim().trim_end_matches(',');
        Dateline::parse(s).map(|_| s.to_string())
    };
    let date_like = |s: &str| When::parse(s.trim().trim_end_matches(',')).is_some();
    // "Tuesday, October 2, 2007 —": the whole prefix is the date.
    let date = if let Some(date) = date_of(bare) {
        Some(date)
    } else {
        // "SEOUL", then a region ("South Korea"), a date ("Aug. 21, 2015") or both, then the agency.
        let (city, mut rest) = bare.split_once(", ").unwrap_or((bare, ""));
        if !city_ok(city) {
            return None;
        }
        let (first, after_first) = rest.split_once(", ").unwrap_or((rest, ""));
        let region = !first.is_empty() && !date_like(first) && region_ok(first);
        if region {
            rest = after_first;
        }
        let rest = rest.trim();
        if rest.is_empty() {
            // A city alone is a dateline with its agency or region ("SEOUL (Reuters) -", "SEOUL, South
            // Korea —"), or before a capital and no second dash ("SEOUL — North Korea …"); "NATO — the
            // alliance … — met" is a sentence.
            let story = text.get(at + sep.len()..).unwrap_or("").trim_start();
            let clause = story.split(['.', '?', '!']).next().unwrap_or("");
            let capital = story.chars().next().is_some_and(char::is_uppercase);
            // A spaced dash is looked for with its spaces: "three-day" holds a hyphen, not a second dash.
            if !(agency || region || (capital && !clause.contains(sep))) {
                return None;
            }
            None
        } else if date_like(rest) {
            date_of(rest)
        } else {
            return None;
        }
    };
    let after = at + sep.len();
    let rest = text.get(after..)?;
    let skip = after + (rest.len() - rest.trim_start().len());
    (skip < text.len()).then_some((skip, date))
}

// ---------------------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------------------

/// Characters that end a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// Characters that may close a sentence after its terminal: quotes and brackets.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Characters that may open a sentence before its first word.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// Verbs of saying: `"Why?" Kim asked` goes on after the quote.
const SPEECH_VERBS: [&str; 14] = [
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "replied",
    "wrote",
    "shouted",
    "insisted",
    "continued",
    "explained",
    "stated",
];

/// The sentences of one paragraph as byte ranges, each trimmed and non-empty, on char boundaries.
///
/// A sentence ends at ".", "?", "!" or "…" (with any closing quotes and brackets after it) followed by
/// whitespace and an opening capital (or an opening quote or bracket), except: after an abbreviation
/// written before names ("Mr.", "Gen.", "St."), never; after one that may close a sentence ("U.S.",
/// "Inc.", "a.m.", "Aug.") or a single initial ("J. F. Kennedy"), only before a usual sentence opener
/// ("The", "It") or a country's name ("in the U.S. North Korea said"), never before another capitalised word,
/// which goes on with a name ("Ambassador to the U.S. Qin Gang said"); after a quote ending in "?" or "!" or "." when a verb of saying follows (`"Why?" Kim
/// asked`). A full stop with its space missing ("rule.In Korean politics") ends one between a lowercase
/// word and a capitalised one. A decimal ("3.5") or a quote going on (`."`, then `, said X`) never does.
pub fn split_sentences(paragraph: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(paragraph.len(), |&(b, _)| b);
    let ch = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !ch(i).is_some_and(is_terminal) {
            i += 1;
            continue;
        }
        let mut j = i;
        while ch(j).is_some_and(is_terminal) {
            j += 1;
        }
        let mut k = j;
        while ch(k).is_some_and(is_closer) {
            k += 1;
        }
        let mut m = k;
        while ch(m).is_some_and(char::is_whitespace) {
            m += 1;
        }
        if m >= chars.len() {
            break;
        }
        let next_word = word_at(&chars, m);
        let boundary = if m > k {
            opens_sentence(&chars, m) && !blocked(&chars, i, j, k, &next_word)
        } else {
            // No space: only "word.Word" between a lowercase word and a capitalised one.
            j == i + 1
                && k == j
                && ch(i) == Some('.')
                && ch(m).is_some_and(char::is_uppercase)
                && ch(m + 1).is_some_and(char::is_lowercase)
                && {
                    let token = token_before(&chars, i);
                    token.chars().count() >= 2 && token.chars().all(char::is_lowercase)
                }
        };
        if boundary {
            cuts.push((at(k), at(m)));
        }
        i = k.max(i + 1);
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        push_trimmed(paragraph, start..end, &mut out);
        start = next;
    }
    push_trimmed(paragraph, start..paragraph.len(), &mut out);
    out
}

/// Adds `range` of `text` trimmed of whitespace, when anything is left.
fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else { return };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// The word (letters, digits, dots, apostrophes and hyphens) that starts at or after `m`, past openers.
fn word_at(chars: &[(usize, char)], mut m: usize) -> String {
    while chars.get(m).is_some_and(|&(_, c)| is_opener(c)) {
        m += 1;
    }
    chars.iter().skip(m).map(|&(_, c)| c).take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')).collect()
}

/// The token before the terminal at `i`: letters, digits and inner dots back to whitespace or an opener.
fn token_before(chars: &[(usize, char)], i: usize) -> String {
    let mut s = i;
    // A word is short: a bounded look back keeps a long run of "a.a.a" linear.
    while s > 0 && i - s < 32 && chars.get(s - 1).is_some_and(|&(_, c)| c.is_alphanumeric() || c == '.') {
        s -= 1;
    }
    chars.get(s..i).map(|cs| cs.iter().map(|&(_, c)| c).collect()).unwrap_or_default()
}

/// Whether what starts at `m` can open a sentence: a capital or a digit after an opening quote or bracket,
/// or a capital letter.
fn opens_sentence(chars: &[(usize, char)], m: usize) -> bool {
    let mut n = m;
    while chars.get(n).is_some_and(|&(_, c)| is_opener(c)) {
        n += 1;
    }
    let Some(&(_, c)) = chars.get(n) else { return false };
    c.is_uppercase() || (n > m && c.is_ascii_digit())
}

/// Whether the terminal run `i..j` (closers to `k`) does not end a sentence though a capital follows.
fn blocked(chars: &[(usize, char)], i: usize, j: usize, k: usize, next_word: &str) -> bool {
    let lists = lists();
    let starter = {
        let lower = next_word.to_lowercase();
        lists.starters.binary_search(&lower.as_str()).is_ok()
    };
    let quoted = chars.get(j..k).is_some_and(|cs| cs.iter().any(|&(_, c)| matches!(c, '"' | '\'' | '”' | '’' | '»')));
    if quoted {
        // `"Why?" Kim asked.`: a verb of saying among the next words carries the sentence on.
        // The next few words (a bounded look, so a long paragraph stays linear).
        let raw: String = chars.iter().skip(k).map(|&(_, c)| c).take(60).collect();
        let said = raw
            .split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .any(|w| SPEECH_VERBS.contains(&w.as_str()));
        if said {
            // Only when no sentence end comes before the verb.
            let verb_at = SPEECH_VERBS.iter().filter_map(|v| raw.find(v)).min().unwrap_or(0);
            if !raw.get(..verb_at).unwrap_or("").contains(['.', '?', '!']) {
                return true;
            }
        }
    }
    if j != i + 1 || chars.get(i).map(|&(_, c)| c) != Some('.') || k != j {
        return false;
    }
    let token = token_before(chars, i);
    if token.is_empty() {
        return false;
    }
    let lower = token.to_lowercase();
    if lists.titles.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    let initial = token.chars().count() == 1 && token.chars().all(char::is_uppercase);
    let dotted = token.contains('.')
        && token
            .split('.')
            .all(|part| !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic));
    let end = lists.ends.binary_search(&lower.as_str()).is_ok();
    (initial || dotted || end) && !starter && !names_country(chars, k)
}

/// Whether the text after the whitespace from `k` opens with a country's name from the gazetteer ("North
/// Korea said …"): after an abbreviation that may close a sentence ("in the U.S. North Korea said …"), a
/// country's name opens a new sentence, as a usual sentence opener does; any other capitalised word goes on
/// with a name ("the U.S. Qin Gang said …").
fn names_country(chars: &[(usize, char)], k: usize) -> bool {
    use crate::import::entities::gazetteer::{GAZETTEER, Target, first_word};
    use crate::pack::EntityKind;
    let g = &*GAZETTEER;
    // A bounded look: the longest country names are a few words.
    let rest: String = chars.iter().skip(k).map(|&(_, c)| c).take(80).collect();
    let rest = rest.trim_start();
    let Some(list) = g.phrases.get(first_word(rest)) else { return false };
    list.iter().any(|(phrase, target)| {
        let whole = rest.strip_prefix(phrase.as_str()).is_some_and(|after| !after.starts_with(char::is_alphanumeric));
        whole && matches!(target, Target::Known(i) if g.known.get(*i).is_some_and(|c| c.kind == EntityKind::Country))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(p: &str) -> Vec<&str> {
        split_sentences(p).into_iter().map(|r| &p[r]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let p = "Mr. Kim met Dr. Lee and Gen. Park at 10 a.m. on Aug. 21 in St. Petersburg. The U.S. and the \
                 U.N. Security Council met Sen. Smith, Rep. Jones and Gov. Brown of Acme Inc. and Foo Ltd. on \
                 Sept. 5. Lt. Col. Shin and Mrs. Ahn spoke at No. 10. John F. Kennedy and J. F. Kennedy \
                 paid 3.5 million. It ended.";
        assert_eq!(
            sentences(p),
            [
                "Mr. Kim met Dr. Lee and Gen. Park at 10 a.m. on Aug. 21 in St. Petersburg.",
                "The U.S. and the U.N. Security Council met Sen. Smith, Rep. Jones and Gov. Brown of Acme Inc. and \
                 Foo Ltd. on Sept. 5.",
                "Lt. Col. Shin and Mrs. Ahn spoke at No. 10.",
                "John F. Kennedy and J. F. Kennedy paid 3.5 million.",
                "It ended.",
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_sentence_opener() {
        assert_eq!(
            sentences("Sanctions were imposed by the U.S. The move angered Pyongyang. Talks began at 9 p.m. It ended."),
            ["Sanctions were imposed by the U.S.", "The move angered Pyongyang.", "Talks began at 9 p.m.", "It ended."]
        );
    }

    #[test]
    fn an_abbreviation_before_a_name_going_on_does_not_end_a_sentence_but_before_a_country_it_does() {
        // A name after "U.S." continues the title before it: a romanised given name, or two capitalised words
        // and a verb.
        assert_eq!(
            sentences("Chinese Ambassador to the U.S. Qin Gang said the talks were candid. It ended."),
            ["Chinese Ambassador to the U.S. Qin Gang said the talks were candid.", "It ended."]
        );
        assert_eq!(
            sentences("He met the envoy to the U.K. Mark Smith said nothing. It ended."),
            ["He met the envoy to the U.K. Mark Smith said nothing.", "It ended."]
        );
        // A known country after it opens a new sentence, as a sentence opener does.
        assert_eq!(
            sentences("The drills alarmed officials in the U.S. North Korea said it would not attend."),
            ["The drills alarmed officials in the U.S.", "North Korea said it would not attend."]
        );
        assert_eq!(
            sentences("Sanctions came from the U.S. Japan followed a week later."),
            ["Sanctions came from the U.S.", "Japan followed a week later."]
        );
    }

    #[test]
    fn quotes_and_parentheses() {
        assert_eq!(
            sentences(
                "\"We are ready.\", said Kim. \"Why?\" Lee asked. \"Now!\" It was over. (He left at noon.) Then rain."
            ),
            [
                "\"We are ready.\", said Kim.",
                "\"Why?\" Lee asked.",
                "\"Now!\"",
                "It was over.",
                "(He left at noon.)",
                "Then rain."
            ]
        );
        assert_eq!(
            sentences("\"Foolhardy provocation deserves harsh punishment\", it added. Next."),
            ["\"Foolhardy provocation deserves harsh punishment\", it added.", "Next."]
        );
    }

    #[test]
    fn a_missing_space_after_a_full_stop_still_ends_a_sentence() {
        assert_eq!(
            sentences(
                "They were taken to Japan during colonial rule.In Korean politics, ties matter. See U.S.A. Today."
            ),
            ["They were taken to Japan during colonial rule.", "In Korean politics, ties matter.", "See U.S.A. Today."]
        );
    }

    #[test]
    fn sentences_are_trimmed_and_never_empty() {
        assert!(split_sentences("   ").is_empty());
        assert_eq!(sentences(" One. ... Two!  "), ["One. ...", "Two!"]);
        assert_eq!(sentences("Ends without a stop"), ["Ends without a stop"]);
    }

    #[test]
    fn datelines() {
        assert_eq!(date_line("Friday, August 21, 2015").as_deref(), Some("Friday, August 21, 2015"));
        assert_eq!(date_line("21 August 2015").as_deref(), Some("21 August 2015"));
        assert_eq!(date_line("Published: August 21, 2015 10:30 a.m. ET").as_deref(), Some("August 21, 2015"));
        assert_eq!(date_line("Thursday, August 21, 2015"), None, "the weekday is not the date's");
        assert_eq!(date_line("August 21"), None, "no year: not a dateline");
        assert_eq!(date_line("North Korea fired on August 21, 2015."), None);
        let p = "SEOUL, Aug. 21, 2015 (Yonhap) -- North Korea fired shells.";
        let (skip, date) = wire_prefix(p).expect("a wire prefix");
        assert_eq!(&p[skip..], "North Korea fired shells.");
        assert_eq!(date.as_deref(), Some("Aug. 21, 2015"));
        let (skip, date) = wire_prefix("SEOUL, Aug. 21 (Yonhap) -- North Korea fired.").expect("a wire prefix");
        assert_eq!((skip, date), (27, None));
        assert_eq!(wire_prefix("Kim Jong-un - the leader - spoke."), None);
        assert_eq!(wire_prefix("The talks -- the first in years -- ended."), None);
    }

    #[test]
    fn markdown_is_reduced_to_its_text() {
        assert_eq!(strip_markdown("**Lee** met [Xi](https://x.org/xi) in *Beijing*", true), "Lee met Xi in Beijing");
        assert_eq!(strip_markdown("a_b and 5 * 3", true), "a_b and 5 * 3");
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_short_lines_are_not() {
        let lines = [
            "North Korea has put its front-line troops on a war footing, the",
            "country's state media said on Friday, after an exchange of fire",
            "with the South.",
        ];
        assert_eq!(join_wrapped(&lines).len(), 1);
        let apart = [
            "A Balancing Act: South Korean President Lee Visits Both China and Japan",
            "Chang Wa Deo, the Presidential residence in Seoul. (Credit: Bundo Kim, Unsplash)",
        ];
        assert_eq!(join_wrapped(&apart).len(), 2);
        let headings = ["## Reaction to the talks in Seoul", "China welcomed the meeting."];
        assert_eq!(join_wrapped(&headings).len(), 2);
    }

    #[test]
    fn a_date_under_a_headline_is_the_dateline_not_the_headline_s_end() {
        // Two lines, the headline the wider: its width would make the date look like a wrapped tail.
        let text = "North and South Korea agree to resume talks in Seoul\nSaturday, October 4, 2014\n\n\
                    North Korean officials agreed on Saturday to resume talks with the South, officials said.\n";
        let Ok(article) = assemble(plain_blocks(text, false)) else { panic!("assembled") };
        assert_eq!(article.headline, "North and South Korea agree to resume talks in Seoul");
        assert_eq!(article.dateline.as_deref(), Some("Saturday, October 4, 2014"));
    }

    #[test]
    fn english_is_told_from_other_languages() {
        assert!(looks_english(
            "North Korea has put its military on high alert, the country's state media said on Friday, after \
             the North and the South exchanged artillery fire across the border on Thursday afternoon."
        ));
        assert!(!looks_english(
            "Nordkorea hat seine Armee in Alarmbereitschaft versetzt, meldeten die Staatsmedien am Freitag nach \
             einem Schusswechsel mit dem Süden. Die Soldaten sollen sich auf einen Krieg vorbereiten, hieß es."
        ));
        assert!(!looks_english(
            "북한은 금요일 남한과의 포격전 이후 군에 준전시 상태를 선포했다고 국영 언론이 보도했다."
        ));
        assert!(looks_english("Kurz gesagt: zu kurz."), "too short to judge");
    }
}

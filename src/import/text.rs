//! Step 1 of drafting: the article as text — headline, dateline, paragraphs and sentences.
//!
//! [`Article::text`] is what is saved beside the draft as `<id>.txt`: every evidence quote of the draft is a
//! span of it, and every range in this module indexes it.

use std::ops::Range;

use super::ImportError;
use crate::pack::Dateline;

/// The largest article accepted, in bytes: the fact-sheet size cap, so the article of a draft can always be
/// read back beside its sheet.
pub const MAX_ARTICLE_BYTES: usize = crate::pack::check::MAX_SHEET_BYTES;

/// An article split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The headline (the first line of text, or the page's title), without Markdown marks.
    pub headline: String,
    /// The dateline as printed ("Friday, August 21, 2015"), when the first lines hold one.
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
    /// Its sentences, as byte ranges in [`Article::text`], in order, without surrounding whitespace.
    pub sentences: Vec<Range<usize>>,
    /// Whether it is an image caption (`[Image caption: …]`), which is not drafted from.
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

/// Reads an article file's bytes. `file_name` tells a saved web page (`.html`, `.htm`) from plain text or
/// Markdown.
pub fn read(bytes: &[u8], file_name: &str) -> Result<Article, ImportError> {
    let _ = file_name;
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() as u64 });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ImportError::NotUtf8 { detail: format!("byte {} is not UTF-8", e.valid_up_to()) })?;
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let Some((headline, rest)) = lines.split_first() else {
        return Err(ImportError::Empty);
    };
    let (dateline, body) = match rest.split_first() {
        Some((first, body)) if Dateline::parse(first).is_some() => (Some(first.to_string()), body),
        _ => (None, rest),
    };
    let mut out = String::new();
    out.push_str(headline);
    out.push_str("\n\n");
    if let Some(d) = &dateline {
        out.push_str(d);
        out.push_str("\n\n");
    }
    let mut paragraphs = Vec::new();
    for line in body {
        let start = out.len();
        out.push_str(line);
        let range = start..out.len();
        out.push_str("\n\n");
        let sentences = split_sentences(line).into_iter().map(|r| start + r.start..start + r.end).collect();
        paragraphs.push(Paragraph { range, sentences, caption: line.starts_with("[Image caption:") });
    }
    Ok(Article { headline: headline.to_string(), dateline, credit: None, text: out, paragraphs })
}

/// The sentences of one paragraph as byte ranges: a sentence ends at ".", "?" or "!" (and a closing quote
/// after it) followed by a space and a capital letter or an opening quote.
pub fn split_sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut j = i + 1;
        while chars.get(j).is_some_and(|&(_, q)| matches!(q, '"' | '\'' | '”' | '’')) {
            j += 1;
        }
        let spaced = chars.get(j).is_some_and(|&(_, s)| s == ' ');
        let next = chars.get(j + 1).map(|&(_, n)| n);
        if spaced && next.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“')) {
            let end = chars.get(j).map_or(paragraph.len(), |&(e, _)| e);
            out.push(start..end);
            start = chars.get(j + 1).map_or(paragraph.len(), |&(s, _)| s);
        }
        let _ = at;
    }
    if start < paragraph.trim_end().len() {
        out.push(start..paragraph.trim_end().len());
    }
    out
}

//! How an article is laid out for reading: its title, the lines about the article at its head (a photo
//! caption, a byline, a dateline, a source line) and its body paragraphs. The article file is the user's
//! document and is never changed; this only says what each paragraph is, so a reader can set it in its
//! own style, hide a repeated title, and mark names only where the article itself speaks.
//!
//! The rules, general to news articles as they are pasted or exported:
//! - a first line `# source: …` (or `Source: …`) is a [`Part::Source`] line, and the title is the next one;
//! - the first paragraph (after a source line) is the [`Part::Title`];
//! - a paragraph right after the title that reads the same (compared folded) is a
//!   [`Part::RepeatedTitle`], not shown again;
//! - in the head — the paragraphs after the title up to the first body paragraph, at most [`HEAD`] of them —
//!   a short line with a photo credit ("(Credit: …)", "Photo: …", "Image: …", "(Photo by …)") is a
//!   [`Part::Caption`], a short line naming its writer ("By …", "… Staff Writer", "… Correspondent") a
//!   [`Part::Byline`], a short line with a month and a number and no sentence end a [`Part::Dateline`];
//! - anywhere, a paragraph marked `[Image caption: …]` (or `[Caption: …]`) is a caption, shown without
//!   the brackets;
//! - everything else is [`Part::Body`].

use std::ops::Range;

use crate::pack::Article;
use crate::text::fold;

/// How many paragraphs after the title may be caption, byline or dateline before the body must start.
pub const HEAD: usize = 5;

/// The longest line (in characters) taken for a caption at the head of the article.
pub const CAPTION_MAX: usize = 240;

/// The longest line (in characters) taken for a byline or a source line.
pub const BYLINE_MAX: usize = 160;

/// The longest line (in characters) taken for a dateline.
pub const DATELINE_MAX: usize = 60;

/// What a paragraph of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Where the article comes from (a `# source:` line before the title).
    Source,
    /// The headline.
    Title,
    /// The headline again, right after it: not shown.
    RepeatedTitle,
    /// A photo's caption or credit.
    Caption,
    /// Who wrote the article.
    Byline,
    /// When (and where) the article was written.
    Dateline,
    /// The article's own text.
    Body,
}

impl Part {
    /// Whether the reader shows it at all (a repeated title is not).
    pub fn is_shown(self) -> bool {
        self != Self::RepeatedTitle
    }

    /// Whether it is the article's own text, where names are marked as entities (not the title, nor a
    /// line about the article).
    pub fn is_body(self) -> bool {
        self == Self::Body
    }
}

/// One paragraph of the article, as the reader sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub part: Part,
    /// The byte range of the article text shown: the paragraph, without the brackets of a marked caption.
    pub range: Range<usize>,
}

/// The article's paragraphs in order, each with what it is (the rules are in the module's comment).
pub fn layout(article: &Article) -> Vec<Block> {
    let text = article.text();
    let mut out: Vec<Block> = Vec::new();
    let mut title: Option<String> = None;
    // Paragraphs seen since the title while the head lasts; `None` once the body has started.
    let mut head: Option<usize> = Some(0);
    // The previous paragraph was the title.
    let mut after_title = false;
    for range in article.paragraphs() {
        let para = &text[range.clone()];
        if let Some(inner) = marked_caption(para) {
            let start = range.start + (inner.as_ptr() as usize - para.as_ptr() as usize);
            out.push(Block { part: Part::Caption, range: start..start + inner.len() });
            continue;
        }
        let part = match (&title, head) {
            (None, _) if out.is_empty() && is_source(para) => Part::Source,
            (None, _) => {
                title = Some(fold(para));
                Part::Title
            }
            (Some(t), _) if after_title && fold(para) == *t => Part::RepeatedTitle,
            (Some(_), Some(n)) if n < HEAD => {
                let part = head_part(para);
                head = if part == Part::Body { None } else { Some(n + 1) };
                part
            }
            _ => {
                head = None;
                Part::Body
            }
        };
        after_title = part == Part::Title;
        out.push(Block { part, range });
    }
    out
}

/// The text inside `[Image caption: …]` or `[Caption: …]`, if `para` is such a marked caption.
fn marked_caption(para: &str) -> Option<&str> {
    let inner = para.strip_suffix(']')?;
    let lower = inner.to_lowercase();
    ["[image caption:", "[caption:", "[photo caption:"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| inner[p.len()..].trim())
        .filter(|s| !s.is_empty())
}

/// Whether `para` says where the article comes from: `# source: …` or `Source: …`.
fn is_source(para: &str) -> bool {
    let lower = para.to_lowercase();
    lower.starts_with("# source:") || lower.starts_with("source:")
}

/// What a paragraph in the head of the article is: caption, byline, dateline, or the body starting.
fn head_part(para: &str) -> Part {
    let chars = para.chars().count();
    if chars <= CAPTION_MAX && has_credit(para) {
        Part::Caption
    } else if chars <= BYLINE_MAX && is_byline(para) {
        Part::Byline
    } else if chars <= DATELINE_MAX && is_dateline(para) {
        Part::Dateline
    } else {
        Part::Body
    }
}

/// Whether `para` credits a photo: "(Credit: …)", "Photo: …", "Image: …", "(Photo by …)" and their kin.
fn has_credit(para: &str) -> bool {
    let lower = para.to_lowercase();
    let anywhere = ["credit:", "photo:", "(photo by", "image:", "(image by", "picture:", "photograph:", "photo credit"];
    let leading = ["photo by ", "image by ", "caption:"];
    anywhere.iter().any(|p| lower.contains(p)) || leading.iter().any(|p| lower.starts_with(p))
}

/// Whether `para` names the article's writer: "By …", or a writer's title, and no sentence end.
fn is_byline(para: &str) -> bool {
    if ends_sentence(para) {
        return false;
    }
    if para.starts_with("By ") {
        return true;
    }
    let roles = ["writer", "reporter", "correspondent", "editor", "journalist", "contributor", "columnist", "staff"];
    fold(para).split(' ').any(|w| roles.contains(&w))
}

/// Whether `para` is a date line: a month's name and a number, and no sentence end.
fn is_dateline(para: &str) -> bool {
    let folded = fold(para);
    !ends_sentence(para)
        && folded.split(' ').any(|w| super::date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w)))
        && para.chars().any(|c| c.is_ascii_digit())
}

/// Whether `para` ends as a sentence does.
fn ends_sentence(para: &str) -> bool {
    para.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']).ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<(Part, String)> {
        let a = Article::new(text);
        layout(&a).into_iter().map(|b| (b.part, text[b.range].to_string())).collect()
    }

    #[test]
    fn the_bundled_head_is_title_caption_byline_then_body() {
        let text = include_str!("../../quizzes/lee-china-japan.txt");
        let p = parts(text);
        let title = "A Balancing Act: South Korean President Lee Visits Both China and Japan";
        assert_eq!(p[0], (Part::Title, title.to_string()));
        assert_eq!(p[1], (Part::RepeatedTitle, title.to_string()));
        assert_eq!(p[2].0, Part::Caption);
        assert!(p[2].1.starts_with("Chang Wa Deo, the Presidential residence in Seoul."));
        assert_eq!(p[3].0, Part::Byline);
        assert!(p[3].1.starts_with("Anon Yu Henriksen"));
        assert!(p[4..].iter().all(|(part, _)| *part == Part::Body), "the rest is body");
        assert!(p[4].1.starts_with("January was a busy month"));
    }

    #[test]
    fn wikinews_source_title_dateline_and_marked_captions() {
        let text = "# source: https://en.wikinews.org/wiki/X (CC BY 2.5)\nNew faces emerge\n\nFriday, September \
                    9, 2016\n\nThe election was held on Sunday.\n\n[Image caption: Eddie Chu received the largest \
                    vote]\n\nMore text.\n";
        let p = parts(text);
        let kinds: Vec<Part> = p.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, [Part::Source, Part::Title, Part::Dateline, Part::Body, Part::Caption, Part::Body]);
        assert_eq!(p[4].1, "Eddie Chu received the largest vote", "shown without its marker");
    }

    #[test]
    fn credit_patterns_make_captions_only_near_the_top() {
        for line in [
            "The summit hall. Photo: Jane Roe",
            "Photo: Jane Roe / Agency",
            "Image: the harbour at dawn",
            "Leaders shake hands (Photo by Jane Roe)",
            "The palace. (Credit: A. Person, Wikimedia)",
        ] {
            let text = format!("Title\n\n{line}\n\nBody text starts here and goes on.\n");
            assert_eq!(parts(&text)[1].0, Part::Caption, "{line}");
        }
        // Far down the article, a credit-like line is the article's own text.
        let text = format!("Title\n\n{}Photo: late\n", "A paragraph of the body.\n\n".repeat(8));
        assert!(parts(&text)[1..].iter().all(|(k, _)| *k == Part::Body));
    }

    #[test]
    fn a_title_is_hidden_only_when_repeated_right_after_it() {
        let p = parts("Lee visits China\n\nLee Visits China\n\nLee visits China\n");
        assert_eq!(p[1].0, Part::RepeatedTitle, "compared folded");
        assert_eq!(p[2].0, Part::Body, "a third time is the article's text");
        let p = parts("Lee visits China\n\nLee visits China and Japan soon.\n");
        assert_eq!(p[1].0, Part::Body);
    }

    #[test]
    fn sentences_are_not_bylines_or_datelines() {
        let p = parts("Title\n\nThe editor resigned on May 3.\n\nMore.\n");
        assert_eq!(p[1].0, Part::Body);
        let p = parts("Title\n\nBy Jane Roe, Seoul\n\nMonday, May 18, 2015\n\nText.\n");
        assert_eq!(p[1].0, Part::Byline);
        assert_eq!(p[2].0, Part::Dateline);
    }
}

//! The article text: finding evidence quotes in it and splitting it into paragraphs and sentences.

use std::ops::Range;

use crate::text::{normalise, normalise_with_origin};

/// An article's text, with a normalised copy for finding quotes regardless of whitespace and quote style.
#[derive(Debug, Clone)]
pub struct Article {
    text: String,
    /// `text` with curly quotes straightened and whitespace runs collapsed to one space.
    normalised: String,
    /// For each byte of `normalised`, the byte offset in `text` it came from (plus one past the end).
    origin: Vec<usize>,
}

impl Article {
    /// Wraps an article's text.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let (normalised, origin) = normalise_with_origin(&text);
        Self { text, normalised, origin }
    }

    /// The text exactly as the file holds it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where `quote` occurs in the text, as a byte range of [`Self::text`], comparing after
    /// normalisation; `None` if it does not occur or is empty.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let needle = normalise(quote);
        if needle.is_empty() {
            return None;
        }
        let at = self.normalised.find(&needle)?;
        let end = at + needle.len();
        // `end - 1` is the last byte of the match; map it back and take the whole source char.
        let last = self.origin[end - 1];
        let last_len = self.text[last..].chars().next().map_or(0, char::len_utf8);
        Some(self.origin[at]..last + last_len)
    }

    /// The paragraphs (non-empty lines) with their byte ranges in the text.
    pub fn paragraphs(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for line in self.text.split_inclusive('\n') {
            let trimmed = line.trim_end();
            if !trimmed.trim().is_empty() {
                let lead = trimmed.len() - trimmed.trim_start().len();
                out.push(start + lead..start + trimmed.len());
            }
            start += line.len();
        }
        out
    }

    /// The sentence (byte range) that contains byte `at`: from the previous sentence end (". ", "? ",
    /// "! " or a line break) to the next one.
    pub fn sentence_around(&self, at: usize) -> Range<usize> {
        let bytes = self.text.as_bytes();
        // A sentence ends at . ? ! followed by the end, whitespace (also a no-break space, U+00A0 = C2 A0)
        // or a capital with the space missing ("rule.In Korean politics").
        let is_end = |i: usize| {
            matches!(bytes.get(i), Some(b'.' | b'?' | b'!'))
                && (bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_uppercase())
                    || bytes.get(i + 1..i + 3) == Some(&[0xC2, 0xA0][..]))
        };
        let mut start = at.min(bytes.len());
        while start > 0 && bytes[start - 1] != b'\n' && !is_end(start - 1) {
            start -= 1;
        }
        loop {
            if start < bytes.len() && bytes[start].is_ascii_whitespace() {
                start += 1;
            } else if bytes.get(start..start + 2) == Some(&[0xC2, 0xA0][..]) {
                start += 2;
            } else {
                break;
            }
        }
        let mut end = at.min(bytes.len());
        while end < bytes.len() && bytes[end] != b'\n' && !is_end(end) {
            end += 1;
        }
        if end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Lee met with China’s Xi Jinping in Beijing.  The ‘significant\nturning point’ came.\n\nNext one.";

    #[test]
    fn finds_quotes_across_quote_styles_and_whitespace() {
        let a = Article::new(TEXT);
        let r = a.find("the 'significant turning point' came").map(|r| &TEXT[r.clone()]);
        assert_eq!(r, None, "case is not folded");
        let r = a.find("The 'significant turning point'").expect("found");
        assert_eq!(&TEXT[r], "The ‘significant\nturning point’");
        let r = a.find("China's Xi Jinping").expect("found");
        assert_eq!(&TEXT[r], "China’s Xi Jinping");
        assert!(a.find("Xi Jinping in Tokyo").is_none());
        assert!(a.find("   ").is_none());
    }

    #[test]
    fn splits_paragraphs_and_sentences() {
        let a = Article::new(TEXT);
        let paras: Vec<&str> = a.paragraphs().into_iter().map(|r| &TEXT[r]).collect();
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[2], "Next one.");
        let at = TEXT.find("Beijing").expect("in text");
        assert_eq!(&TEXT[a.sentence_around(at)], "Lee met with China’s Xi Jinping in Beijing.");
    }

    #[test]
    fn a_no_break_space_after_a_full_stop_ends_a_sentence() {
        let text = "There were also disagreements.\u{a0} The large number of US troops stayed. Then more.";
        let a = Article::new(text);
        let at = text.find("disagreements").expect("in text");
        assert_eq!(&text[a.sentence_around(at)], "There were also disagreements.");
        let at = text.find("troops").expect("in text");
        assert_eq!(&text[a.sentence_around(at)], "The large number of US troops stayed.");
    }
}

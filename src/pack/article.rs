//! The article text: finding evidence quotes in it and splitting it into paragraphs and sentences.

use std::ops::Range;
use std::sync::OnceLock;

use crate::text::{normalise, normalise_with_origin};

/// An article's text, with a normalised copy for finding quotes regardless of whitespace and quote style.
#[derive(Debug, Clone)]
pub struct Article {
    text: String,
    /// `text` with curly quotes straightened and whitespace runs collapsed to one space.
    normalised: String,
    /// For each byte of `normalised`, the byte offset in `text` it came from (plus one past the end).
    origin: Vec<usize>,
    /// The quote index of a long article ([`QuoteIndex`]), built on the first [`Article::find`].
    index: OnceLock<Option<QuoteIndex>>,
}

/// How many bytes of the normalised text an article has before [`Article::find`] builds a [`QuoteIndex`]:
/// below it a plain scan is cheaper than sorting, and a bundled article stays without one.
const INDEXED_FROM: usize = 4 * 1024;

/// Every start position of a normalised text, sorted by the [`KEY`] bytes that start there and then by
/// position: the quotes that start with a given `KEY` bytes are found by a binary search, earliest first.
/// Rule kept: finding a quote with it gives exactly the first occurrence a scan gives; it only makes a
/// sheet of many facts over a long article cost each quote a search, not a scan of the article, so
/// checking and banking grow with the facts, not with facts times the article.
#[derive(Debug, Clone)]
struct QuoteIndex {
    starts: Vec<u32>,
}

/// How many leading bytes [`QuoteIndex`] sorts by; a shorter quote is found by a scan.
const KEY: usize = 8;

impl QuoteIndex {
    /// The index of `text`, or `None` when its positions do not fit in 32 bits.
    fn new(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let last = u32::try_from(bytes.len().checked_sub(KEY)?).ok()?;
        let mut starts: Vec<u32> = (0..=last).collect();
        starts.sort_unstable_by_key(|&at| (key(bytes, at), at));
        Some(Self { starts })
    }

    /// Where `needle` (at least [`KEY`] bytes) first occurs in `text`, the text the index was built from.
    fn find(&self, text: &str, needle: &str) -> Option<usize> {
        let (bytes, wanted) = (text.as_bytes(), needle.as_bytes());
        let k = u64::from_be_bytes(wanted.get(..KEY)?.try_into().ok()?);
        let from = self.starts.partition_point(|&at| key(bytes, at) < k);
        let mut looked = usize::BITS - self.starts.len().leading_zeros();
        let found = self.starts[from..]
            .iter()
            .take_while(|&&at| key(bytes, at) == k)
            .map(|&at| at as usize)
            .inspect(|_| looked += 1)
            .find(|&at| bytes[at..].starts_with(wanted));
        crate::text::work::add(looked as usize);
        found
    }
}

/// The [`KEY`] bytes of `bytes` at `at`, as a number that sorts as they do (zeros past the end).
fn key(bytes: &[u8], at: u32) -> u64 {
    let mut k = [0u8; KEY];
    let rest = bytes.get(at as usize..).unwrap_or_default();
    let n = rest.len().min(KEY);
    k[..n].copy_from_slice(&rest[..n]);
    u64::from_be_bytes(k)
}

impl Article {
    /// Wraps an article's text.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let (normalised, origin) = normalise_with_origin(&text);
        Self { text, normalised, origin, index: OnceLock::new() }
    }

    /// The text exactly as the file holds it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where `quote` occurs in the text, as a byte range of [`Self::text`], comparing after
    /// normalisation; `None` if it does not occur or is empty. The first occurrence; in a long article
    /// it is looked up in a [`QuoteIndex`] instead of scanned for.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let needle = normalise(quote);
        if needle.is_empty() {
            return None;
        }
        let index = self.index.get_or_init(|| {
            (self.normalised.len() >= INDEXED_FROM).then(|| QuoteIndex::new(&self.normalised)).flatten()
        });
        let at = match index {
            Some(index) if needle.len() >= KEY => index.find(&self.normalised, &needle)?,
            _ => {
                let found = self.normalised.find(&needle);
                crate::text::work::add(found.map_or(self.normalised.len(), |at| at + needle.len()));
                found?
            }
        };
        let end = at + needle.len();
        // `end - 1` is the last byte of the match; map it back and take the whole source char.
        let last = self.origin[end - 1];
        let last_len = self.text[last..].chars().next().map_or(0, char::len_utf8);
        Some(self.origin[at]..last + last_len)
    }

    /// The paragraphs (non-empty lines) with their byte ranges in the text. Reading the text is counted as
    /// its bytes in [`crate::text::work`]: finding them again for each quote costs quotes times the article.
    pub fn paragraphs(&self) -> Vec<Range<usize>> {
        crate::text::work::add(self.text.len());
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

    /// The first of [`Self::paragraphs`] (the headline), reading the text only up to its end.
    pub fn first_paragraph(&self) -> Option<Range<usize>> {
        let mut start = 0;
        for line in self.text.split_inclusive('\n') {
            crate::text::work::add(line.len());
            let trimmed = line.trim_end();
            if !trimmed.trim().is_empty() {
                let lead = trimmed.len() - trimmed.trim_start().len();
                return Some(start + lead..start + trimmed.len());
            }
            start += line.len();
        }
        None
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
    fn the_quote_index_finds_the_first_occurrence_a_scan_finds() {
        let words = ["met", "with", "Tor", "Kalo", "in", "Port", "on", "May 3.", "m", "Tor Kalomi"];
        let mut text = String::new();
        for i in 0..3000usize {
            text.push_str(words[(i * 7 + i / 13) % words.len()]);
            text.push(if i % 11 == 0 { '\n' } else { ' ' });
        }
        let a = Article::new(text.as_str());
        assert!(a.normalised.len() >= INDEXED_FROM, "{}", a.normalised.len());
        let index = QuoteIndex::new(&a.normalised).expect("fits in 32 bits");
        for start in (0..a.normalised.len()).step_by(97) {
            for len in [1, 7, 8, 9, 20, 61] {
                let Some(needle) = a.normalised.get(start..(start + len).min(a.normalised.len())) else { continue };
                let scanned = a.normalised.find(needle);
                if needle.len() >= KEY {
                    assert_eq!(index.find(&a.normalised, needle), scanned, "{needle:?}");
                }
                let plain = Article { index: OnceLock::from(None), ..a.clone() };
                assert_eq!(a.find(needle), plain.find(needle), "{needle:?}");
            }
        }
        assert_eq!(index.find(&a.normalised, "Tor Kalomine"), None);
        assert_eq!(index.find(&a.normalised, "zzzzzzzzz"), None);
        assert!(QuoteIndex::new("short").is_none());
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

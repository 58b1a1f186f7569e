//! Characters that must not reach a printed text raw: control characters (C0, DEL, C1), which break
//! lines or terminals, and bidirectional controls, which reorder what is shown around them invisibly
//! (U+202E can make "gpj.exe" read "exe.jpg"). The checker refuses them in a fact sheet; every output
//! format shows any that still arrive as a visible escape (`\n`, `\u{202e}`).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is a control character (C0, DEL or C1) or a bidirectional control (U+061C, U+200E,
/// U+200F, U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The byte offset and character of the first unsafe character ([`is_unsafe`]) of `text`.
pub fn first_unsafe(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| is_unsafe(c))
}

/// `c` as a person can look it up: its code point and, for the common ones, its Unicode name
/// ("U+202E RIGHT-TO-LEFT OVERRIDE", "U+0009 CHARACTER TABULATION").
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => "NULL",
        '\t' => "CHARACTER TABULATION (a tab)",
        '\n' => "LINE FEED (a line break)",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{061c}' => "ARABIC LETTER MARK",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        c if c.is_control() => "a control character",
        _ => "a character",
    };
    format!("U+{:04X} {name}", u32::from(c))
}

/// `text` with every unsafe character ([`is_unsafe`]) shown as an escape a person can read: `\t`, `\n`,
/// `\r`, or `\u{202e}`. Text without one is returned as it is (borrowed), so clean output never changes.
pub fn visible(text: &str) -> Cow<'_, str> {
    if first_unsafe(text).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_shown_as_escapes() {
        assert_eq!(visible("Lee Jae Myung"), "Lee Jae Myung");
        assert!(matches!(visible("Chōsei 이재명"), Cow::Borrowed(_)));
        assert_eq!(visible("a\tb\nc\u{202e}d\u{7f}\u{85}"), "a\\tb\\nc\\u{202e}d\\u{7f}\\u{85}");
        assert_eq!(first_unsafe("ab\u{2066}c"), Some((2, '\u{2066}')));
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{1}'), "U+0001 a control character");
    }
}

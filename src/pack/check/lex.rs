//! A small RON lexer: enough to find brackets, strings and values by position, comments included, for
//! the located-value reader and the syntax messages. It never fails: a string or comment the file ends
//! inside is a token marked as not closed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    Comma,
    Colon,
    /// A string, raw string or character literal; `closed` is false if the file ends inside it.
    Str {
        closed: bool,
    },
    Ident,
    Num,
    /// A `//` or `/* */` comment; `closed` is false if a block comment never ends.
    Comment {
        closed: bool,
    },
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Token {
    pub(super) fn is_comment(&self) -> bool {
        matches!(self.tok, Tok::Comment { .. })
    }

    pub(super) fn is_closed(&self) -> bool {
        !matches!(self.tok, Tok::Comment { closed: false } | Tok::Str { closed: false })
    }
}

pub(super) fn closer_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

pub(super) fn lex(src: &str) -> Vec<Token> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let next = bytes.get(i + 1).copied();
        let tok = match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if next == Some(b'/') => {
                i = memchr(b'\n', bytes, i).unwrap_or(bytes.len());
                Tok::Comment { closed: true }
            }
            b'/' if next == Some(b'*') => {
                let (end, closed) = block_comment(bytes, i);
                i = end;
                Tok::Comment { closed }
            }
            b'"' => {
                let (end, closed) = string_end(bytes, i + 1);
                i = end;
                Tok::Str { closed }
            }
            b'b' if next == Some(b'"') => {
                let (end, closed) = string_end(bytes, i + 2);
                i = end;
                Tok::Str { closed }
            }
            b'r' if raw_string_start(bytes, i + 1).is_some() => {
                let (end, closed) = raw_string_end(bytes, i + 1);
                i = end;
                Tok::Str { closed }
            }
            b'\'' => {
                i += 1;
                if bytes.get(i) == Some(&b'\\') {
                    i += 1;
                }
                i += src[i.min(src.len())..].chars().next().map_or(0, char::len_utf8);
                let closed = bytes.get(i) == Some(&b'\'');
                if closed {
                    i += 1;
                }
                Tok::Str { closed }
            }
            b @ (b'(' | b'[' | b'{') => {
                i += 1;
                Tok::Open(b)
            }
            b @ (b')' | b']' | b'}') => {
                i += 1;
                Tok::Close(b)
            }
            b',' => {
                i += 1;
                Tok::Comma
            }
            b':' => {
                i += 1;
                Tok::Colon
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' => {
                i += 1;
                while i < bytes.len() {
                    let b = bytes[i];
                    let signed_exponent = matches!(b, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E');
                    if b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || signed_exponent {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Tok::Num
            }
            _ => {
                let c = src[i..].chars().next().unwrap_or(' ');
                if c.is_alphabetic() || c == '_' {
                    // A raw identifier's `r#` is part of it; cut off at the end of the file it is the whole token.
                    let raw = if src[i..].starts_with("r#") { 2 } else { 0 };
                    i += raw;
                    let len: usize =
                        src[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
                    i += if raw > 0 { len } else { len.max(1) };
                    Tok::Ident
                } else if c.is_whitespace() || c == '\u{feff}' {
                    i += c.len_utf8();
                    continue;
                } else {
                    i += c.len_utf8();
                    Tok::Other
                }
            }
        };
        out.push(Token { tok, start, end: i });
    }
    out
}

/// Index of the first code token starting at or after `at`.
pub(super) fn token_at(code: &[Token], at: usize) -> usize {
    code.partition_point(|t| t.end <= at)
}

pub(super) fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..].iter().position(|&b| b == needle).map(|p| from + p)
}

fn block_comment(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return (i, true);
                }
            }
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// The end (past the closing quote) of a string whose content starts at `from`.
pub(super) fn string_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return (i + 1, true),
            _ => i += 1,
        }
    }
    (bytes.len(), false)
}

/// If a raw string starts at `from` (just after the `r`), the number of `#` before its quote.
fn raw_string_start(bytes: &[u8], from: usize) -> Option<usize> {
    let hashes = bytes[from.min(bytes.len())..].iter().take_while(|&&b| b == b'#').count();
    (bytes.get(from + hashes) == Some(&b'"')).then_some(hashes)
}

fn raw_string_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let hashes = raw_string_start(bytes, from).unwrap_or(0);
    let mut i = from + hashes + 1;
    while i < bytes.len() {
        if bytes[i] == b'"' && bytes[i + 1..].iter().take(hashes).filter(|&&b| b == b'#').count() == hashes {
            return (i + 1 + hashes, true);
        }
        i += 1;
    }
    (bytes.len(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexer_skips_comments_and_strings() {
        let src = "( /* a ( */ x: \"(\\\"\", // )\n r#\"[\"#, 'c')";
        let opens = lex(src).iter().filter(|t| matches!(t.tok, Tok::Open(_) | Tok::Close(_))).count();
        assert_eq!(opens, 2);
    }

    /// The `fact_sheet` fuzzer's crash: a sheet ending in `r#` made a token reaching past the end of the file,
    /// and describing it in the syntax message panicked.
    #[test]
    fn a_raw_identifier_cut_off_at_the_end_stays_inside_the_file() {
        for src in ["(\n  r#", "r#", "(x: r#", "(x: r#ab"] {
            for t in lex(src) {
                assert!(t.start <= t.end && t.end <= src.len(), "{src:?}: {}..{}", t.start, t.end);
                assert!(src.get(t.start..t.end).is_some(), "{src:?}");
            }
        }
    }
}

//! Reading a fact sheet's bytes and decoding them as text: the size cap, and binary files or other
//! encodings refused with a sentence that says what the file is instead.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;

use super::MAX_SHEET_BYTES;
use crate::pack::{Problem, ProblemKind};

/// Reads the bytes of the fact sheet at `path` (called `name` in problems), refusing a file larger than
/// [`MAX_SHEET_BYTES`] without reading it all, and anything but a regular file (a named pipe would block
/// the reader forever, a device never ends): a problem of the whole file, [`ProblemKind::Unreadable`] or
/// [`ProblemKind::TooLarge`].
pub fn read_sheet(name: &str, path: &Path) -> Result<Vec<u8>, Problem> {
    read_capped(path).map_err(|e| match e {
        ReadError::TooLarge(size) => Problem::whole_file(name, ProblemKind::TooLarge, too_large(size)),
        ReadError::NotRegular(what) => Problem::whole_file(
            name,
            ProblemKind::Unreadable,
            format!(
                "cannot read the fact sheet: it is {what}, not a regular file; choose the `.ron` fact sheet itself."
            ),
        ),
        ReadError::Io(e) => Problem::whole_file(name, ProblemKind::Unreadable, cannot_read(&e)),
    })
}

/// Why [`read_capped`] read nothing.
#[derive(Debug)]
pub enum ReadError {
    /// The path names something other than a regular file: what it is ("a named pipe", "a folder", …).
    NotRegular(&'static str),
    /// The file is larger than [`MAX_SHEET_BYTES`]: its size, if known.
    TooLarge(Option<u64>),
    /// Opening or reading failed.
    Io(std::io::Error),
}

/// Reads the regular file at `path`, at most [`MAX_SHEET_BYTES`]. The rule kept: only a regular file is
/// opened (the type is checked just before opening, so a named pipe is never opened and cannot block, and
/// again on the opened handle), and no more than the cap plus one byte is ever read, so `/dev/zero` or a
/// file that grows while read cannot fill memory.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(file_type_name(meta.file_type())));
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(file_type_name(meta.file_type())));
    }
    if meta.len() > MAX_SHEET_BYTES as u64 {
        return Err(ReadError::TooLarge(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    file.take(MAX_SHEET_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(ReadError::TooLarge(None));
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, as a person would say it.
fn file_type_name(t: std::fs::FileType) -> &'static str {
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    "a special file"
}

fn cannot_read(e: &std::io::Error) -> String {
    format!("cannot read the fact sheet ({e}); check that the path is right and the file is readable.")
}

/// Why a file of `size` bytes (more than [`MAX_SHEET_BYTES`] if unknown) is not read.
pub(super) fn too_large(size: Option<u64>) -> String {
    let limit = MAX_SHEET_BYTES / (1024 * 1024);
    let size = size.map_or_else(|| format!("more than {limit} MB"), |s| format!("{:.1} MB", s as f64 / 1_048_576.0));
    format!(
        "the file is {size}, larger than the {limit} MB a fact sheet may be; check that this is the fact sheet you \
         meant, or split the article into smaller packs."
    )
}

/// Decodes the bytes of fact sheet `name` as UTF-8 text, or says why they cannot be one, as a problem of
/// the whole file: too large ([`ProblemKind::TooLarge`]), binary data or another encoding, with the line
/// and column of the first byte that is not UTF-8 ([`ProblemKind::NotText`]).
pub fn decode_source(name: &str, bytes: &[u8]) -> Result<String, Problem> {
    let not_text = |message| Problem::whole_file(name, ProblemKind::NotText, message);
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(Problem::whole_file(name, ProblemKind::TooLarge, too_large(Some(bytes.len() as u64))));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(not_text(binary(at)));
    }
    let controls =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    if controls * 100 > head.len() {
        let at = head.iter().position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).unwrap_or(0);
        return Err(not_text(binary(at)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(not_text(format!(
                "the file is not UTF-8 text: the byte 0x{byte:02X} at line {line}, column {column} is not valid UTF-8 \
                 (the file was probably saved as Windows-1252 or Latin-1); save it again with the UTF-8 encoding."
            )))
        }
    }
}

/// Whether `c` reorders or hides the text around it: a bidirectional embedding, override or isolate (such as
/// U+202E), the Arabic letter mark, a zero-width space, joiner or direction mark, or a byte-order mark. Such a
/// character makes one text look like another, so names refuse it and messages escape it.
pub fn reorders_or_hides(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// `text` as it may be quoted in a message: control characters (a NUL, a tab, a line break) and the
/// characters that reorder or hide text (bidirectional overrides and isolates, zero-width marks) are
/// written as `\u{…}` escapes, so quoted user text cannot break a message's line or disguise it.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() || reorders_or_hides(c);
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn binary(at: usize) -> String {
    format!(
        "the file holds binary data, not text (byte {at} is a control character); a fact sheet is a plain UTF-8 \
         text file in RON, so choose the `.ron` fact sheet itself."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_unreadable() {
        let dir = tempfile::tempdir().expect("temp dir");
        let p = read_sheet("missing.ron", &dir.path().join("missing.ron")).expect_err("no such file");
        assert_eq!((p.kind, p.file.as_str(), p.line), (ProblemKind::Unreadable, "missing.ron", 0));
        assert!(p.message.starts_with("cannot read the fact sheet ("), "{}", p.message);
    }

    #[test]
    fn quoted_text_shows_control_and_direction_characters_as_escapes() {
        assert_eq!(printable("plain “text”"), "plain “text”");
        assert_eq!(printable("a\0b\nc\u{202e}d"), "a\\u{0}b\\u{a}c\\u{202e}d");
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(matches!(read_capped(dir.path()), Err(ReadError::NotRegular("a folder"))));
        let p = read_sheet("d.ron", dir.path()).expect_err("a folder");
        assert_eq!(p.kind, ProblemKind::Unreadable);
        assert!(p.message.contains("it is a folder, not a regular file"), "{}", p.message);
    }

    #[test]
    fn binary_data_and_other_encodings_are_not_text() {
        let binary = decode_source("t.ron", b"PK\x03\x04\x00\x00").expect_err("binary");
        assert_eq!(binary.kind, ProblemKind::NotText);
        assert!(binary.message.contains("byte 4 is a control character"), "{}", binary.message);
        let latin1 = decode_source("t.ron", b"(\n  id: \"caf\xe9\"").expect_err("Latin-1");
        assert_eq!(latin1.kind, ProblemKind::NotText);
        assert!(latin1.message.contains("the byte 0xE9 at line 2, column 11"), "{}", latin1.message);
        assert_eq!(
            decode_source("t.ron", "\u{feff}(id: \"Chōsei\")".as_bytes()).as_deref(),
            Ok("\u{feff}(id: \"Chōsei\")")
        );
    }
}

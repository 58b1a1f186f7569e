//! Reading a fact sheet's bytes and decoding them as text: the size cap, and binary files or other
//! encodings refused with a sentence that says what the file is instead.

use std::io::Read as _;
use std::path::Path;

use super::MAX_SHEET_BYTES;

/// Reads a fact sheet's bytes, refusing a file larger than [`MAX_SHEET_BYTES`] without reading it all.
pub fn read_sheet(path: &Path) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| cannot_read(&e))?;
    if let Ok(meta) = file.metadata()
        && meta.len() > MAX_SHEET_BYTES as u64
    {
        return Err(too_large(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    file.take(MAX_SHEET_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| cannot_read(&e))?;
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(too_large(None));
    }
    Ok(bytes)
}

fn cannot_read(e: &std::io::Error) -> String {
    format!("cannot read the fact sheet ({e}); check that the path is right and the file is readable.")
}

pub(super) fn too_large(size: Option<u64>) -> String {
    let limit = MAX_SHEET_BYTES / (1024 * 1024);
    let size = size.map_or_else(|| format!("more than {limit} MB"), |s| format!("{:.1} MB", s as f64 / 1_048_576.0));
    format!(
        "the file is {size}, larger than the {limit} MB a fact sheet may be; check that this is the fact sheet you \
         meant, or split the article into smaller packs."
    )
}

/// Decodes a fact sheet's bytes as UTF-8 text, or says why they cannot be one: too large, binary data,
/// or another encoding (with the line and column of the first byte that is not UTF-8).
pub fn decode_source(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > MAX_SHEET_BYTES {
        return Err(too_large(Some(bytes.len() as u64)));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(binary(at));
    }
    let controls =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    if controls * 100 > head.len() {
        let at = head.iter().position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).unwrap_or(0);
        return Err(binary(at));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(format!(
                "the file is not UTF-8 text: the byte 0x{byte:02X} at line {line}, column {column} is not valid UTF-8 \
                 (the file was probably saved as Windows-1252 or Latin-1); save it again with the UTF-8 encoding."
            ))
        }
    }
}

fn binary(at: usize) -> String {
    format!(
        "the file holds binary data, not text (byte {at} is a control character); a fact sheet is a plain UTF-8 \
         text file in RON, so choose the `.ron` fact sheet itself."
    )
}

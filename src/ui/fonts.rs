//! The bundled fonts (subsets of Noto, OFL, see `assets/fonts/`), installed once at start-up.
//!
//! Noto Sans for the interface, Noto Serif for the article and quoted evidence, and Noto Sans Symbols 2 (✓ ✗) and
//! a Noto Sans CJK subset as the fallback of every family, so native-script names (이재명, 习近平, 高市早苗) render everywhere.
//!
//! Start-up cost: egui 0.37 parses a face when a family using it is first drawn (the CJK subset is borrowed, not
//! copied, and costs about 0.3 ms), and rasterises each glyph the first time it is drawn at a size. The Latin faces
//! carry no TrueType hinting instructions (`assets/fonts/subset.py` passes `--no-hinting`), so egui hints them with
//! skrifa's autohinter, which looks the same. With the ttfautohint bytecode of Debian's Noto, run by skrifa's
//! interpreter, the library's first frame took 7.3 ms instead of 2.2 (`tests/ui_perf.rs`, release).

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const SERIF: &[u8] = include_bytes!("../../assets/fonts/NotoSerif-Regular.ttf");
const SERIF_ITALIC: &[u8] = include_bytes!("../../assets/fonts/NotoSerif-Italic.ttf");
const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/NotoSansSymbols2-Subset.ttf");
const CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Subset.otf");

/// Family name of the bold interface face (headings, verdicts).
pub const BOLD: &str = "bold";
/// Family name of the article face.
pub const SERIF_FAMILY: &str = "serif";
/// Family name of the quotation face.
pub const ITALIC: &str = "serif-italic";

/// The bold family.
pub fn bold() -> FontFamily {
    FontFamily::Name(BOLD.into())
}

/// The article (serif) family.
pub fn serif() -> FontFamily {
    FontFamily::Name(SERIF_FAMILY.into())
}

/// The quotation (serif italic) family.
pub fn italic() -> FontFamily {
    FontFamily::Name(ITALIC.into())
}

/// egui's defaults (kept last, for its icons and monospace) with the bundled faces in front.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for (name, bytes) in [
        ("NotoSans", SANS),
        ("NotoSans-Bold", SANS_BOLD),
        ("NotoSerif", SERIF),
        ("NotoSerif-Italic", SERIF_ITALIC),
        ("NotoSansSymbols2", SYMBOLS),
        ("NotoSansCJK", CJK),
    ] {
        let mut data = FontData::from_static(bytes);
        if name == "NotoSansSymbols2" {
            // Its marks sit high next to Noto Sans: lower them onto the text's baseline.
            data = data.tweak(egui::FontTweak { y_offset_factor: 0.12, ..Default::default() });
        }
        defs.font_data.insert(name.to_string(), Arc::new(data));
    }
    let defaults = defs.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    let chain = |first: &[&str]| -> Vec<String> {
        first
            .iter()
            .map(|s| (*s).to_string())
            .chain(["NotoSansSymbols2".to_string(), "NotoSansCJK".to_string()])
            .chain(defaults.iter().cloned())
            .collect()
    };
    defs.families.insert(FontFamily::Proportional, chain(&["NotoSans"]));
    defs.families.insert(bold(), chain(&["NotoSans-Bold", "NotoSans"]));
    defs.families.insert(serif(), chain(&["NotoSerif", "NotoSans"]));
    defs.families.insert(italic(), chain(&["NotoSerif-Italic", "NotoSerif", "NotoSans"]));
    if let Some(mono) = defs.families.get_mut(&FontFamily::Monospace) {
        mono.extend(["NotoSans", "NotoSansSymbols2", "NotoSansCJK"].map(String::from));
    }
    defs
}

/// Installs the fonts on `ctx`. Called once, when the app is created.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

#[cfg(test)]
mod tests {
    use egui::FontId;
    use egui::epaint::text::{Fonts, TextOptions};

    use super::*;
    use crate::pack::LIBRARY;

    /// The table tags of a TrueType/OpenType file (its table directory).
    fn table_tags(font: &[u8]) -> Vec<String> {
        let count = usize::from(u16::from_be_bytes([font[4], font[5]]));
        (0..count).map(|i| String::from_utf8_lossy(&font[12 + 16 * i..16 + 16 * i]).into_owned()).collect()
    }

    #[test]
    fn the_bundled_truetype_faces_carry_no_hinting_instructions() {
        // Interpreting Noto's ttfautohint bytecode doubled the cost of the first frame (see the module doc).
        for (name, bytes) in [
            ("NotoSans-Regular", SANS),
            ("NotoSans-Bold", SANS_BOLD),
            ("NotoSerif-Regular", SERIF),
            ("NotoSerif-Italic", SERIF_ITALIC),
            ("NotoSansSymbols2-Subset", SYMBOLS),
        ] {
            let tags = table_tags(bytes);
            assert!(tags.iter().any(|t| t == "glyf"), "{name}: not a TrueType font? tables {tags:?}");
            for tag in ["fpgm", "prep", "cvt "] {
                assert!(!tags.iter().any(|t| t == tag), "{name} has a {tag:?} table: rebuild it with subset.py");
            }
        }
    }

    #[test]
    fn every_character_of_the_bundled_packs_and_the_interface_has_a_glyph() {
        let mut fonts = Fonts::new(TextOptions::default(), definitions());
        let interface = "✓ ✗ × → ← ↑ ↓ · – — … “ ” ‘ ’ é ü ō";
        let text: String =
            LIBRARY.iter().flat_map(|b| [b.sheet, b.article]).chain(std::iter::once(interface)).collect();
        let mut wanted: Vec<char> = text.chars().filter(|c| !c.is_control()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        for family in [FontFamily::Proportional, bold(), serif(), italic()] {
            let font = FontId::new(16.0, family.clone());
            let missing: String = wanted.iter().filter(|&&c| !fonts.has_glyph(&font, c)).collect();
            assert!(missing.is_empty(), "{family:?} cannot draw {missing:?}");
        }
    }
}

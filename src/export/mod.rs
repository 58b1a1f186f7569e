//! Questions written out for people and programs: plain text, Markdown and JSON lines, and the formats
//! other systems import: Moodle's GIFT, Anki's text import, CSV, Kahoot's spreadsheet, a QTI 3.0 package
//! for any QTI-reading learning platform, and a printable HTML handout.

pub mod anki;
pub mod csv;
pub mod forms;
pub mod gift;
pub mod gradebook;
pub mod html;
pub mod json;
pub mod kahoot;
pub mod qti;
pub mod text;

use crate::question::Question;

/// The formats other systems import, as `dossier export` and the app's "Export…" offer them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Moodle's GIFT question format.
    Gift,
    /// Anki's text import.
    Anki,
    /// One question a row.
    Csv,
    /// A printable HTML handout.
    Html,
    /// Kahoot's spreadsheet import (.xlsx).
    Kahoot,
    /// A QTI 3.0 content package (.zip), which learning platforms that read QTI import.
    Qti,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 6] = [Self::Html, Self::Gift, Self::Anki, Self::Kahoot, Self::Qti, Self::Csv];

    /// What the format is for, as a menu shows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Gift => "Moodle (GIFT)",
            Self::Anki => "Anki (text import)",
            Self::Csv => "Spreadsheet (CSV)",
            Self::Html => "Printable handout (HTML)",
            Self::Kahoot => "Kahoot (spreadsheet)",
            Self::Qti => "QTI 3.0 package (learning platforms)",
        }
    }

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Gift => "gift",
            Self::Anki => "txt",
            Self::Csv => "csv",
            Self::Html => "html",
            Self::Kahoot => "xlsx",
            Self::Qti => "zip",
        }
    }

    /// How [`forms::Exported::summary`] names what was written ("… written as GIFT").
    pub fn written_as(self) -> &'static str {
        match self {
            Self::Gift => "GIFT",
            Self::Anki => "Anki notes",
            Self::Csv => "CSV",
            Self::Html => "a handout",
            Self::Kahoot => "a Kahoot spreadsheet",
            Self::Qti => "a QTI 3.0 package",
        }
    }
}

/// What an export holds besides the questions: the title, topic names (for GIFT's categories), and for a
/// handout whether to add the key and the article's paragraphs.
pub struct Options<'a> {
    /// The export's title (the pack's, with the seed for a quiz).
    pub title: &'a str,
    /// A topic id → its name.
    pub topic_name: &'a dyn Fn(&str) -> String,
    /// Handout: the answer key on a page of its own.
    pub key: bool,
    /// Handout: the article's paragraphs first.
    pub article: Option<&'a [String]>,
}

/// `questions` written as `format`.
pub fn export(format: Format, questions: &[Question], o: &Options<'_>) -> forms::Exported {
    match format {
        Format::Gift => gift::gift(o.title, questions, o.topic_name),
        Format::Anki => anki::anki(o.title, questions),
        Format::Csv => csv::csv(questions),
        Format::Html => html::handout(o.title, questions, o.key, o.article),
        Format::Kahoot => kahoot::kahoot(o.title, questions),
        Format::Qti => qti::qti(o.title, questions),
    }
}

//! Questions written out for people and programs: plain text, Markdown and JSON lines, and the formats
//! other systems import: Moodle's GIFT, Anki's text import and CSV,
//! and a printable HTML handout.

pub mod anki;
pub mod csv;
pub mod forms;
pub mod gift;
pub mod gradebook;
pub mod html;
pub mod json;
pub mod text;

//! Questions written out for people and programs: plain text, Markdown and JSON lines.

pub mod json;
pub mod text;

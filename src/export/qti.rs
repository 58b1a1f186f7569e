//! Questions as a QTI 3.0 content package: the zip file every QTI-reading learning platform imports.
//!
//! Rules kept:
//! - The package is an IMS content package: `imsmanifest.xml` lists one resource of type
//!   `imsqti_item_xmlv3p0` per question (its file `items/<identifier>.xml`) and one `imsqti_test_xmlv3p0`,
//!   `test.xml`, an assessment test that refers to every item in the order given, and sums their scores.
//! - Each question is one `qti-assessment-item` (namespace [`NAMESPACE`]) with its response declaration,
//!   a SCORE between 0 and 1, response processing written out in the standard elements, and the evidence as
//!   modal feedback shown once the response is processed. Multiple choice and true/false are choice
//!   interactions; short answer, fill-in-the-blank and numeric are text entries (a blank inside its
//!   sentence); matching is a match interaction of directed pairs, ordering an order interaction.
//! - A typed answer accepts every form a reader comparing strings should ([`typed_forms`]), case ignored,
//!   as the entries of a `qti-mapping` worth 1, and a place that contains a Where answer is worth
//!   [`BROADER_CREDIT`], as Dossier grades it. A number is right within its tolerance. A matching earns the
//!   share of pairs matched right, as Dossier grades it; an ordering is right only in the right order (QTI's
//!   response processing has no measure of a nearly right order). Options are shown in Dossier's order
//!   (`shuffle="false"`), so a quiz on paper and in the platform agree.
//! - Identifiers are XML names made from the stable question ids: an id that is already one is kept, any
//!   other character becomes `_`, a name that would start with something other than a letter gets `q_`
//!   first, and a name taken by an earlier question (case ignored, since each is a file name too) gets
//!   `-2`, `-3`…, so the same pack gives the same identifiers on every export.
//! - Every text is XML-escaped (`& < > " '`), and control, bidirectional and non-XML characters are shown as
//!   visible escapes ([`visible`]), so no text can open an element, end an attribute or reorder the page.
//! - The zip holds its files in one order with one fixed date, so the same questions give the same bytes.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::forms::{Exported, LeftOut, html, number, typed_forms};
use crate::generate::cloze::BLANK;
use crate::grade::units::numeric_hint;
use crate::question::{BROADER_CREDIT, Body, Expected, Question, QuestionKind};
use crate::text::safe::visible;

/// The QTI 3.0 assessment namespace of every item and test.
pub const NAMESPACE: &str = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
/// The QTI 3.0 content-packaging namespace of `imsmanifest.xml`.
pub const MANIFEST_NAMESPACE: &str = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
/// The manifest's resource type of an item.
pub const ITEM_TYPE: &str = "imsqti_item_xmlv3p0";
/// The manifest's resource type of a test.
pub const TEST_TYPE: &str = "imsqti_test_xmlv3p0";
/// The file of the assessment test inside the package.
pub const TEST_FILE: &str = "test.xml";

const ITEM_SCHEMA: &str = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const MANIFEST_SCHEMA: &str = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// `text` as XML character data or an attribute value: the handout's escaping ([`html`]: unsafe characters
/// as visible escapes, `& < > "` as entities, `'` as `&#39;`, which XML reads too), after U+FFFE and U+FFFF,
/// which XML cannot hold at all, are shown as escapes as well.
pub fn xml(text: &str) -> String {
    if text.contains(['\u{fffe}', '\u{ffff}']) {
        html(&text.replace('\u{fffe}', "\\u{fffe}").replace('\u{ffff}', "\\u{ffff}"))
    } else {
        html(text)
    }
}

/// `id` as an XML name (an `NCName` of ASCII letters, digits, `.`, `-` and `_`, starting with a letter or
/// `_`): other characters become `_`, and `q_` goes first when the id starts with neither.
pub fn identifier(id: &str) -> String {
    let mut s: String =
        id.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        s.insert_str(0, "q_");
    }
    s
}

/// The QTI interaction a question becomes, as [`Exported::counts`] names it.
fn interaction(q: &Question) -> &'static str {
    match &q.body {
        Body::Choice { .. } | Body::TrueFalse { .. } => "choice",
        Body::Typed { .. } => "text entry",
        Body::Match { .. } => "match",
        Body::Order { .. } => "order",
    }
}

/// `<qti-set-outcome-value identifier="SCORE">` of `expression`.
fn set_score(expression: &str) -> String {
    format!("<qti-set-outcome-value identifier=\"SCORE\">{expression}</qti-set-outcome-value>")
}

fn float(value: f64) -> String {
    format!("<qti-base-value base-type=\"float\">{}</qti-base-value>", number(value))
}

/// Response processing that gives 1 when `condition` holds, else 0.
fn if_else(condition: &str) -> String {
    format!(
        "<qti-response-condition><qti-response-if>{condition}{}</qti-response-if><qti-response-else>{}</qti-response-else></qti-response-condition>",
        set_score(&float(1.0)),
        set_score(&float(0.0))
    )
}

/// Response processing that scores the response's mapped value, divided by `out_of` when more than 1; 0
/// when nothing was answered.
fn mapped(out_of: usize) -> String {
    let map = "<qti-map-response identifier=\"RESPONSE\"/>".to_string();
    let score = if out_of > 1 { format!("<qti-divide>{map}{}</qti-divide>", float(out_of as f64)) } else { map };
    format!(
        "<qti-response-condition><qti-response-if><qti-is-null><qti-variable identifier=\"RESPONSE\"/></qti-is-null>{}</qti-response-if><qti-response-else>{}</qti-response-else></qti-response-condition>",
        set_score(&float(0.0)),
        set_score(&score)
    )
}

const MATCH_CORRECT: &str =
    "<qti-match><qti-variable identifier=\"RESPONSE\"/><qti-correct identifier=\"RESPONSE\"/></qti-match>";

/// The parts of one item: its response declaration, its body and its response processing (without the
/// feedback rule every item shares).
struct Parts {
    declaration: String,
    body: String,
    processing: String,
}

/// Each of `items` written by `line` (with its index), one after another.
fn each<T>(items: &[T], line: impl Fn(usize, &T) -> String) -> String {
    let mut s = String::new();
    for (i, t) in items.iter().enumerate() {
        s.push_str(&line(i, t));
    }
    s
}

fn values(values: &[String]) -> String {
    each(values, |_, v| format!("<qti-value>{}</qti-value>", xml(v)))
}

fn declaration(cardinality: &str, base_type: &str, correct: &[String], mapping: &str) -> String {
    format!(
        "  <qti-response-declaration identifier=\"RESPONSE\" cardinality=\"{cardinality}\" base-type=\"{base_type}\">\n    <qti-correct-response>{}</qti-correct-response>{mapping}\n  </qti-response-declaration>\n",
        values(correct)
    )
}

/// A text entry sized for `answer`.
fn entry(answer: &str) -> String {
    let length = answer.chars().count().clamp(10, 60);
    format!("<qti-text-entry-interaction response-identifier=\"RESPONSE\" expected-length=\"{length}\"/>")
}

/// The typed question's body: a blank inside its sentence where a fill-in-the-blank has one, else the
/// prompt and a box (with the unit hint for a number).
fn typed_body(q: &Question, answer: &str, unit: Option<&str>, numeric: bool) -> String {
    let boxed = entry(answer);
    if q.kind == QuestionKind::Cloze {
        let mut parts = q.prompt.split(BLANK);
        if let (Some(before), Some(after), None) = (parts.next(), parts.next(), parts.next()) {
            return format!("    <p>{}{boxed}{}</p>\n", xml(before), xml(after));
        }
    }
    let hint = if numeric { format!(" {}", xml(&numeric_hint(unit))) } else { String::new() };
    format!("    <p>{}</p>\n    <p>{boxed}{hint}</p>\n", xml(&q.prompt))
}

fn parts(q: &Question) -> Parts {
    let prompt = format!("<qti-prompt>{}</qti-prompt>", xml(&q.prompt));
    match &q.body {
        Body::Choice { options, correct } => {
            let choices = each(options, |i, o| {
                format!("\n      <qti-simple-choice identifier=\"C{}\">{}</qti-simple-choice>", i + 1, xml(o))
            });
            Parts {
                declaration: declaration("single", "identifier", &[format!("C{}", correct + 1)], ""),
                body: format!(
                    "    <qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"1\" shuffle=\"false\">\n      {prompt}{choices}\n    </qti-choice-interaction>\n"
                ),
                processing: if_else(MATCH_CORRECT),
            }
        }
        Body::TrueFalse { answer } => Parts {
            declaration: declaration("single", "identifier", &[if *answer { "TRUE" } else { "FALSE" }.into()], ""),
            body: format!(
                "    <qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"1\" shuffle=\"false\">\n      {prompt}\n      <qti-simple-choice identifier=\"TRUE\">True</qti-simple-choice>\n      <qti-simple-choice identifier=\"FALSE\">False</qti-simple-choice>\n    </qti-choice-interaction>\n"
            ),
            processing: if_else(MATCH_CORRECT),
        },
        Body::Typed { answer, expected: Expected::Number { value, tolerance }, unit } => {
            let between = format!(
                "<qti-and><qti-gte><qti-variable identifier=\"RESPONSE\"/>{}</qti-gte><qti-lte><qti-variable identifier=\"RESPONSE\"/>{}</qti-lte></qti-and>",
                float(value - tolerance),
                float(value + tolerance)
            );
            Parts {
                declaration: declaration("single", "float", &[number(*value)], ""),
                body: typed_body(q, answer, unit.as_deref(), true),
                processing: if_else(&between),
            }
        }
        Body::Typed { answer, expected, unit } => {
            let forms = typed_forms(q);
            let mut keys: BTreeSet<String> = BTreeSet::new();
            let mut entries = String::new();
            let mut add = |form: &str, value: f64| {
                let key = visible(form).to_lowercase();
                if !key.trim().is_empty() && keys.insert(key) {
                    let _ = write!(
                        entries,
                        "\n      <qti-map-entry map-key=\"{}\" mapped-value=\"{}\" case-sensitive=\"false\"/>",
                        xml(form),
                        number(value)
                    );
                }
            };
            for f in &forms {
                add(f, 1.0);
            }
            if let Expected::Text { broader, .. } = expected {
                for b in broader {
                    for name in &b.names {
                        add(name, BROADER_CREDIT);
                    }
                }
            }
            let mapping = format!(
                "\n    <qti-mapping default-value=\"0\" lower-bound=\"0\" upper-bound=\"1\">{entries}\n    </qti-mapping>"
            );
            let canonical = forms.first().cloned().unwrap_or_else(|| answer.clone());
            Parts {
                declaration: declaration("single", "string", &[canonical], &mapping),
                body: typed_body(q, answer, unit.as_deref(), false),
                processing: mapped(1),
            }
        }
        Body::Match { left, right, pairs } => {
            let once = (0..right.len()).all(|r| pairs.iter().filter(|&&p| p == r).count() <= 1);
            let set = |prefix: char, items: &[String], max: usize| -> String {
                let choices = each(items, |i, t| {
                    format!(
                        "\n        <qti-simple-associable-choice identifier=\"{prefix}{}\" match-max=\"{max}\">{}</qti-simple-associable-choice>",
                        i + 1,
                        xml(t)
                    )
                });
                format!("\n      <qti-simple-match-set>{choices}\n      </qti-simple-match-set>")
            };
            let correct: Vec<String> =
                pairs.iter().enumerate().map(|(l, r)| format!("L{} R{}", l + 1, r + 1)).collect();
            let entries = each(&correct, |_, p| {
                format!("\n      <qti-map-entry map-key=\"{p}\" mapped-value=\"1\" case-sensitive=\"true\"/>")
            });
            let mapping = format!("\n    <qti-mapping default-value=\"0\">{entries}\n    </qti-mapping>");
            Parts {
                declaration: declaration("multiple", "directedPair", &correct, &mapping),
                body: format!(
                    "    <qti-match-interaction response-identifier=\"RESPONSE\" max-associations=\"{}\" shuffle=\"false\">\n      {prompt}{}{}\n    </qti-match-interaction>\n",
                    left.len(),
                    set('L', left, 1),
                    set('R', right, usize::from(once))
                ),
                processing: mapped(left.len()),
            }
        }
        Body::Order { items, order } => {
            let choices = each(items, |i, t| {
                format!("\n      <qti-simple-choice identifier=\"E{}\">{}</qti-simple-choice>", i + 1, xml(t))
            });
            let correct: Vec<String> = order.iter().map(|i| format!("E{}", i + 1)).collect();
            Parts {
                declaration: declaration("ordered", "identifier", &correct, ""),
                body: format!(
                    "    <qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"false\">\n      {prompt}{choices}\n    </qti-order-interaction>\n"
                ),
                processing: if_else(MATCH_CORRECT),
            }
        }
    }
}

/// The evidence of `q`, as its feedback says it.
fn evidence(q: &Question) -> String {
    format!("Evidence: \u{201c}{}\u{201d}", q.evidence.join(" / "))
}

/// One question as a QTI 3.0 assessment item named `id`.
fn item(q: &Question, id: &str) -> String {
    let Parts { declaration, body, processing } = parts(q);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<qti-assessment-item xmlns=\"{NAMESPACE}\" xmlns:xsi=\"{XSI}\" xsi:schemaLocation=\"{NAMESPACE} {ITEM_SCHEMA}\" identifier=\"{id}\" title=\"{title}\" adaptive=\"false\" time-dependent=\"false\" xml:lang=\"en\">
{declaration}  <qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\" normal-maximum=\"1\">
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-outcome-declaration identifier=\"FEEDBACK\" cardinality=\"single\" base-type=\"identifier\"/>
  <qti-item-body>
{body}  </qti-item-body>
  <qti-response-processing>
    {processing}
    <qti-set-outcome-value identifier=\"FEEDBACK\"><qti-base-value base-type=\"identifier\">EVIDENCE</qti-base-value></qti-set-outcome-value>
  </qti-response-processing>
  <qti-modal-feedback outcome-identifier=\"FEEDBACK\" show-hide=\"show\" identifier=\"EVIDENCE\" title=\"Evidence\">
    <qti-content-body><p>{evidence}</p></qti-content-body>
  </qti-modal-feedback>
</qti-assessment-item>
",
        title = xml(&q.id),
        evidence = xml(&evidence(q)),
    )
}

/// The assessment test: one part, one section, every item in order, its SCORE the sum of theirs.
fn test(title: &str, ids: &[String]) -> String {
    let refs =
        each(ids, |_, id| format!("\n      <qti-assessment-item-ref identifier=\"{id}\" href=\"items/{id}.xml\"/>"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<qti-assessment-test xmlns=\"{NAMESPACE}\" xmlns:xsi=\"{XSI}\" xsi:schemaLocation=\"{NAMESPACE} {ITEM_SCHEMA}\" identifier=\"dossier-test\" title=\"{title}\">
  <qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\"/>
  <qti-test-part identifier=\"part\" navigation-mode=\"nonlinear\" submission-mode=\"individual\">
    <qti-assessment-section identifier=\"section\" title=\"{title}\" visible=\"true\">{refs}
    </qti-assessment-section>
  </qti-test-part>
  <qti-outcome-processing>
    <qti-set-outcome-value identifier=\"SCORE\"><qti-sum><qti-test-variables variable-identifier=\"SCORE\"/></qti-sum></qti-set-outcome-value>
  </qti-outcome-processing>
</qti-assessment-test>
",
        title = xml(title)
    )
}

/// The package's manifest: the test (depending on every item), then each item.
fn manifest(ids: &[String]) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<manifest xmlns=\"{MANIFEST_NAMESPACE}\" xmlns:xsi=\"{XSI}\" xsi:schemaLocation=\"{MANIFEST_NAMESPACE} {MANIFEST_SCHEMA}\" identifier=\"dossier-manifest\">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier=\"dossier-test\" type=\"{TEST_TYPE}\" href=\"{TEST_FILE}\">
      <file href=\"{TEST_FILE}\"/>"
    );
    for id in ids {
        let _ = write!(s, "\n      <dependency identifierref=\"item-{id}\"/>");
    }
    s.push_str("\n    </resource>");
    for id in ids {
        let _ = write!(
            s,
            "\n    <resource identifier=\"item-{id}\" type=\"{ITEM_TYPE}\" href=\"items/{id}.xml\">\n      <file href=\"items/{id}.xml\"/>\n    </resource>"
        );
    }
    s.push_str("\n  </resources>\n</manifest>\n");
    s
}

/// `files` (name, text) as a zip, in their order, each compressed and dated 1 January 2026.
fn zip(files: &[(String, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let date = DateTime::from_date_and_time(2026, 1, 1, 0, 0, 0)?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(date)
        .unix_permissions(0o644);
    for (name, text) in files {
        w.start_file(name.as_str(), options)?;
        w.write_all(text.as_bytes())?;
    }
    Ok(w.finish()?.into_inner())
}

/// `questions` as a QTI 3.0 content package titled `title`. Every kind Dossier asks has a faithful QTI
/// form, so nothing is left out for its kind; the bytes are empty (and every question listed as left out)
/// only if the zip cannot be written, which it can for text it is given.
pub fn qti(title: &str, questions: &[Question]) -> Exported {
    let mut out = Exported::default();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut ids = Vec::with_capacity(questions.len());
    let mut files = Vec::with_capacity(questions.len() + 2);
    for q in questions {
        let base = identifier(&q.id);
        let mut id = base.clone();
        let mut n = 1;
        // Names are compared without case: each is a file name too, and some file systems ignore case.
        while !taken.insert(id.to_lowercase()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        files.push((format!("items/{id}.xml"), item(q, &id)));
        *out.counts.entry(interaction(q)).or_default() += 1;
        ids.push(id);
    }
    files.insert(0, (TEST_FILE.to_string(), test(title, &ids)));
    files.insert(0, ("imsmanifest.xml".to_string(), manifest(&ids)));
    match zip(&files) {
        Ok(bytes) => out.bytes = bytes,
        Err(e) => {
            out.counts.clear();
            out.left_out = questions
                .iter()
                .map(|q| LeftOut { id: q.id.clone(), why: format!("the zip file failed ({e})") })
                .collect();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_xml_names() {
        assert_eq!(identifier("meet-xi.mc.place"), "meet-xi.mc.place");
        assert_eq!(identifier("9 lives/é"), "q_9_lives__");
        assert_eq!(identifier("-x"), "q_-x");
        assert_eq!(identifier("_x"), "_x");
    }

    #[test]
    fn ids_that_make_one_name_or_one_file_name_are_kept_apart() {
        let q = |id: &str| Question {
            id: id.to_string(),
            kind: QuestionKind::Tf,
            prompt: "P.".to_string(),
            body: Body::TrueFalse { answer: true },
            facts: Vec::new(),
            evidence: Vec::new(),
            topics: Vec::new(),
        };
        let out = qti("T", &[q("a b"), q("a_b"), q("A.x"), q("a.X")]);
        let mut archive = zip::ZipArchive::new(Cursor::new(out.bytes)).expect("a zip");
        let names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).expect("an entry").name().expect("a name").to_string())
            .collect();
        assert_eq!(
            names,
            ["imsmanifest.xml", "test.xml", "items/a_b.xml", "items/a_b-2.xml", "items/A.x.xml", "items/a.X-2.xml"]
        );
    }

    #[test]
    fn text_cannot_open_an_element_or_end_an_attribute() {
        assert_eq!(xml("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
        assert_eq!(xml("a\u{202e}b\u{1}\u{ffff}"), "a\\u{202e}b\\u{1}\\u{ffff}");
    }
}

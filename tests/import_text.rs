//! The importer's text step (`dossier::import::text`): real articles read into headline, dateline, credit,
//! paragraphs and sentences, from plain text, Markdown and saved web pages; bad input refused with its own
//! sentence; and `read` never panics on any bytes.
//!
//! The articles under `tests/articles/` are Wikinews (CC BY 2.5), each with its source line.

use std::path::Path;

use dossier::import::ImportError;
use dossier::import::text::{Article, MAX_ARTICLE_BYTES, read};
use dossier::pack::Dateline;
use proptest::prelude::*;

const NK: &str = "tests/articles/wikinews-north-korea-quasi-state-of-war-2015.txt";
const ASYLUM: &str = "tests/articles/wikinews-asylum-seekers-indonesia-2015.txt";
const HK: &str = "tests/articles/wikinews-hong-kong-legislative-election-2016.txt";
const BUNDLED: [&str; 4] =
    ["quizzes/nk-war.txt", "quizzes/asylum.txt", "quizzes/hk-election.txt", "quizzes/lee-china-japan.txt"];

fn file(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("the test article exists")
}

fn text(name: &str) -> String {
    String::from_utf8(file(name)).expect("the test article is UTF-8")
}

fn article(name: &str) -> Article {
    read(&file(name), name).expect("the article reads")
}

fn sentences(a: &Article) -> Vec<&str> {
    a.sentences().map(|(_, r)| a.slice(&r)).collect()
}

/// Every range lies on char boundaries, sentences lie in order inside their paragraph and are trimmed and
/// non-empty, and the pack's own article reader sees the same paragraphs (one a line) after the headline
/// and the dateline.
fn assert_well_formed(a: &Article) {
    let mut last = 0;
    for p in &a.paragraphs {
        assert!(a.text.get(p.range.clone()).is_some(), "paragraph {:?} off a char boundary", p.range);
        assert!(p.range.start >= last, "paragraphs in order");
        last = p.range.end;
        let mut at = p.range.start;
        for s in &p.sentences {
            let t = a.text.get(s.clone()).expect("a sentence on char boundaries");
            assert!(!t.is_empty() && t.trim() == t, "sentence {t:?} is trimmed and non-empty");
            assert!(s.start >= at && s.end <= p.range.end, "sentence {t:?} inside its paragraph, in order");
            at = s.end;
        }
    }
    let pack = dossier::pack::Article::new(a.text.clone());
    let lines = pack.paragraphs();
    let skip = 1 + usize::from(a.dateline.is_some() && a.text.lines().nth(2) == a.dateline.as_deref());
    let ours: Vec<_> = a.paragraphs.iter().map(|p| p.range.clone()).collect();
    assert_eq!(lines.get(skip..).map(<[_]>::to_vec), Some(ours), "one paragraph a line");
}

#[test]
fn a_wikinews_article_gives_its_headline_dateline_credit_and_sentences() {
    let a = article(NK);
    assert_eq!(a.headline, "North Korea puts military in 'quasi-state of war'");
    assert_eq!(a.dateline.as_deref(), Some("Friday, August 21, 2015"));
    assert_eq!(a.date(), Dateline::new(2015, 8, 21));
    let credit = a.credit.as_deref().expect("the source line is the credit");
    assert!(credit.starts_with("https://en.wikinews.org/wiki/North_Korea_puts_military"), "{credit}");
    assert!(!a.text.contains("source:"), "the source line is not part of the article text");
    assert!(a.text.starts_with("North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015\n\n"));
    assert_eq!(a.paragraphs.len(), 6);
    let s = sentences(&a);
    assert_eq!(s.len(), 14, "{s:#?}");
    // A quote of several sentences splits at its full stops; `…251", said KCNA.` stays one sentence.
    assert!(s.contains(
        &"Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near \
          KPA civil police posts 250 and 251\", said KCNA."
    ));
    assert!(s.contains(&"Both countries have put their militaries on high levels of alert."));
    // Every sentence is verbatim in the file.
    let original = text(NK);
    for sentence in &s {
        assert!(original.contains(sentence), "{sentence:?} is verbatim");
    }
    assert_well_formed(&a);
}

#[test]
fn image_captions_are_marked_and_not_drafted_from() {
    let a = article(HK);
    let captions: Vec<&str> = a.paragraphs.iter().filter(|p| p.caption).map(|p| a.slice(&p.range)).collect();
    assert_eq!(captions.len(), 13);
    assert!(captions.iter().all(|c| c.starts_with("[Image caption:")), "{captions:?}");
    assert!(sentences(&a).iter().all(|s| !s.contains("Image caption")));
    // "DAB's Starry Lee; from file, 2015." is a caption, not a sentence of the story.
    assert!(!sentences(&a).iter().any(|s| s.contains("from file")));
    assert_well_formed(&a);
}

#[test]
fn the_four_bundled_articles_read_as_english_with_their_parts() {
    for name in BUNDLED {
        let a = article(name);
        assert!(!a.paragraphs.is_empty(), "{name}");
        assert_well_formed(&a);
        for s in sentences(&a) {
            assert!(text(name).contains(s), "{name}: {s:?} is verbatim");
        }
    }
    assert_eq!(article("quizzes/asylum.txt").dateline.as_deref(), Some("Monday, May 18, 2015"));
    assert_eq!(article("quizzes/hk-election.txt").dateline.as_deref(), Some("Friday, September 9, 2016"));
    let lee = article("quizzes/lee-china-japan.txt");
    assert_eq!(lee.headline, "A Balancing Act: South Korean President Lee Visits Both China and Japan");
    assert_eq!(lee.dateline, None, "the article prints no date with a year");
    // The repeated headline, the photo with its "(Credit: …)" and the byline are not drafted from.
    let first = lee.sentences().next().map(|(_, r)| lee.slice(&r).to_string()).expect("a sentence");
    assert!(first.starts_with("January was a busy month for South Korean President Lee Jae Myung"), "{first}");
    let s = sentences(&lee);
    assert!(!s.iter().any(|s| s.contains("Chang Wa Deo") || s.contains("Staff Writer")));
    // "… during colonial rule.In Korean politics, …": the missing space still ends the sentence.
    assert!(s.iter().any(|s| s.ends_with("taken to Japan during colonial rule.")));
    assert!(s.iter().any(|s| s.starts_with("In Korean politics, closer ties")));
}

#[test]
fn abbreviations_initials_and_decimals_do_not_end_a_sentence() {
    let story = "Talks in Washington\n\nTuesday, October 2, 2007\n\n\
        Mr. Roh met U.S. Secretary of State Condoleezza Rice at 10 a.m. on Oct. 2 at the U.N. headquarters. \
        Lt. Gen. Kim and Dr. Lee joined them, as did Rep. Tom Lantos and Sen. John F. Kennedy Jr. of Acme Inc. \
        The talks lasted 3.5 hours. \"Are we done?\" Rice asked. \"Yes!\" Roh replied. It ended at 1:30 p.m. \
        The two (Roh and Rice) left. (Both sides called it useful.) Next they meet in St. Louis.\n";
    let a = read(story.as_bytes(), "talks.txt").expect("reads");
    assert_eq!(a.dateline.as_deref(), Some("Tuesday, October 2, 2007"));
    assert_eq!(
        sentences(&a),
        [
            "Mr. Roh met U.S. Secretary of State Condoleezza Rice at 10 a.m. on Oct. 2 at the U.N. headquarters.",
            "Lt. Gen. Kim and Dr. Lee joined them, as did Rep. Tom Lantos and Sen. John F. Kennedy Jr. of Acme Inc.",
            "The talks lasted 3.5 hours.",
            "\"Are we done?\" Rice asked.",
            "\"Yes!\" Roh replied.",
            "It ended at 1:30 p.m.",
            "The two (Roh and Rice) left.",
            "(Both sides called it useful.)",
            "Next they meet in St. Louis.",
        ]
    );
}

#[test]
fn markdown_headline_marks_links_lists_and_a_source_line() {
    let md = "# **Leaders meet** in [Seoul](https://example.org/seoul)\n\n\
        Source: Example News, https://example.org/story\n\n\
        August 21, 2015\n\n\
        President **Park** met [Prime Minister Abe](https://example.org/abe) on Friday. They spoke for an hour.\n\n\
        ## Reaction\n\n\
        - China welcomed the meeting, the foreign ministry said.\n\
        - Japan's opposition criticised it.\n\n\
        ![Park and Abe in Seoul](https://example.org/p.jpg)\n\n\
        Photo: Park and Abe shake hands (Yonhap)\n";
    let a = read(md.as_bytes(), "meet.md").expect("reads");
    assert_eq!(a.headline, "Leaders meet in Seoul");
    assert_eq!(a.credit.as_deref(), Some("Example News, https://example.org/story"));
    assert_eq!(a.dateline.as_deref(), Some("August 21, 2015"));
    assert_eq!(
        sentences(&a),
        [
            "President Park met Prime Minister Abe on Friday.",
            "They spoke for an hour.",
            "China welcomed the meeting, the foreign ministry said.",
            "Japan's opposition criticised it.",
        ]
    );
    let captions: Vec<&str> = a.paragraphs.iter().filter(|p| p.caption).map(|p| a.slice(&p.range)).collect();
    assert_eq!(captions, ["Reaction", "Park and Abe in Seoul", "Photo: Park and Abe shake hands (Yonhap)"]);
    assert_well_formed(&a);
}

/// `text` hard-wrapped at `width` columns, as an editor or a mailer saves it.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut col = 0;
        for word in line.split(' ') {
            if col > 0 && col + 1 + word.chars().count() > width {
                out.push('\n');
                col = 0;
            } else if col > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += word.chars().count();
        }
        out.push('\n');
    }
    out
}

#[test]
fn hard_wrapped_paragraphs_are_joined_into_one_line_each() {
    for name in [ASYLUM, HK] {
        let original = article(name);
        for width in [60, 72, 80] {
            let wrapped = wrap(&text(name), width);
            assert!(wrapped.lines().all(|l| l.chars().count() <= width || !l.contains(' ')));
            let a = read(wrapped.as_bytes(), "a.txt").expect("reads");
            assert_eq!(a, original, "{name} wrapped at {width}");
        }
    }
}

#[test]
fn crlf_line_ends_and_a_utf8_byte_order_mark_read_as_plain_text() {
    let original = article(NK);
    let crlf = text(NK).replace('\n', "\r\n");
    assert_eq!(read(crlf.as_bytes(), "nk.txt").expect("reads"), original);
    let cr = text(NK).replace('\n', "\r");
    assert_eq!(read(cr.as_bytes(), "nk.txt").expect("reads"), original);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(&file(NK));
    assert_eq!(read(&bom, "nk.txt").expect("reads"), original);
    assert!(!original.text.contains('\r'));
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded_and_without_one_refused() {
    let original = article(NK);
    let units: Vec<u16> = text(NK).encode_utf16().collect();
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    let mut bare = Vec::new();
    for u in &units {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
        bare.extend_from_slice(&u.to_le_bytes());
    }
    assert_eq!(read(&le, "nk.txt").expect("UTF-16LE reads"), original);
    assert_eq!(read(&be, "nk.txt").expect("UTF-16BE reads"), original);
    let e = read(&bare, "nk.txt").expect_err("refused");
    assert!(matches!(&e, ImportError::NotUtf8 { detail } if detail.contains("UTF-16")), "{e}");
}

#[test]
fn bad_input_is_refused_each_with_its_own_sentence() {
    assert_eq!(read(b"", "a.txt"), Err(ImportError::Empty));
    assert_eq!(read(b"  \n\t\r\n   \n", "a.txt"), Err(ImportError::Empty));
    assert_eq!(read(&[0xEF, 0xBB, 0xBF, b' ', b'\n'], "a.txt"), Err(ImportError::Empty));
    // A PNG's first bytes: NUL bytes.
    assert_eq!(read(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", "a.txt"), Err(ImportError::Binary));
    // Control characters throughout, no NUL.
    let controls: Vec<u8> = (0..400u32).map(|i| if i % 5 == 0 { 0x01 } else { b'a' + (i % 26) as u8 }).collect();
    assert_eq!(read(&controls, "a.txt"), Err(ImportError::Binary));
    // A stray control character in an article is dropped, not refused.
    let stray = text(NK).replacen("The report", "The\x07 report", 1);
    assert!(!read(stray.as_bytes(), "nk.txt").expect("reads").text.contains('\x07'));
    // Latin-1: "Pyongyang’s" saved with 0x92 for the apostrophe, on line 5.
    let latin1 = text(NK).replacen("North Korea's", "North Korea\u{92}s", 1);
    let mut bytes = latin1.into_bytes();
    let at = bytes.windows(2).position(|w| w == [0xC2, 0x92]).expect("the marker");
    bytes.remove(at);
    let e = read(&bytes, "nk.txt").expect_err("refused");
    let sentence = e.to_string();
    assert!(matches!(e, ImportError::NotUtf8 { .. }), "{sentence}");
    assert!(sentence.contains("byte 0x92 on line 6, column 53") && sentence.contains("Windows-1252"), "{sentence}");
    // Over the size cap.
    let big = "All work and no play. ".repeat(MAX_ARTICLE_BYTES / 20);
    assert!(matches!(read(big.as_bytes(), "a.txt"), Err(ImportError::TooLarge { .. })));
    // Each refusal is a sentence of its own.
    let all = [
        ImportError::Empty.to_string(),
        ImportError::Binary.to_string(),
        ImportError::NotUtf8 { detail: String::new() }.to_string(),
        ImportError::TooLarge { bytes: 1 }.to_string(),
        ImportError::NotEnglish.to_string(),
    ];
    for (i, a) in all.iter().enumerate() {
        assert!(all.iter().skip(i + 1).all(|b| a != b));
    }
}

#[test]
fn korean_german_and_french_articles_are_refused_as_not_english() {
    let korean = "북한, 준전시 상태 선포\n\n2015년 8월 21일 금요일\n\n\
        북한 조선중앙통신은 김정은 국방위원회 제1위원장이 전선 지역에 준전시 상태를 선포했다고 보도했다. \
        남북은 전날 서부전선에서 포격을 주고받았다. 한국 국방부는 대북 확성기 방송을 계속할 것이라고 밝혔다.\n";
    let german = "Nordkorea versetzt Armee in Kriegsbereitschaft\n\nFreitag, 21. August 2015\n\n\
        Nach Angaben der Nachrichtenagentur Yonhap hat Nordkorea seine Streitkräfte in höchste \
        Alarmbereitschaft versetzt. Zuvor hatten sich Nord- und Südkorea am Donnerstag gegenseitig mit \
        Artillerie beschossen. Südkorea will die Propagandasendungen über Lautsprecher fortsetzen.\n";
    let french = "La Corée du Nord met son armée en état de quasi-guerre\n\nVendredi 21 août 2015\n\n\
        Selon l'agence de presse Yonhap, l'armée nord-coréenne a été placée en état d'alerte maximale et \
        doit se préparer à un « état de quasi-guerre ». Cette annonce intervient après un échange de tirs \
        d'artillerie entre les deux Corées jeudi. La Corée du Sud affirme que les émissions continueront.\n";
    for (language, text) in [("Korean", korean), ("German", german), ("French", french)] {
        assert_eq!(read(text.as_bytes(), "a.txt"), Err(ImportError::NotEnglish), "{language}");
    }
    // English quoting a foreign phrase is still English.
    let quoting = "Kim's order\n\nThe agency called it a \"준전시 상태\" (quasi-state of war), and said the \
        order was given by Kim Jong-un on Thursday to all of the units at the front.\n";
    assert!(read(quoting.as_bytes(), "a.txt").is_ok());
}

#[test]
fn a_wire_dateline_prefix_gives_the_date_when_it_has_a_year_and_is_not_a_sentence() {
    let with_year = "N. Korea fires shells\n\nWASHINGTON, Oct. 2, 2007 (Reuters) - North Korea fired shells on \
        Monday. The South answered.\n";
    let a = read(with_year.as_bytes(), "a.txt").expect("reads");
    assert_eq!(a.dateline.as_deref(), Some("Oct. 2, 2007"));
    assert_eq!(a.date(), Dateline::new(2007, 10, 2));
    assert_eq!(sentences(&a), ["North Korea fired shells on Monday.", "The South answered."]);
    assert!(a.text.contains("WASHINGTON, Oct. 2, 2007 (Reuters) - North Korea"), "the text stays verbatim");
    let no_year = "N. Korea fires shells\n\nSEOUL, Aug. 21 (Yonhap) -- North Korea fired shells. The South answered.\n";
    let a = read(no_year.as_bytes(), "a.txt").expect("reads");
    assert_eq!(a.dateline, None, "a date without its year is not a dateline");
    assert_eq!(sentences(&a), ["North Korea fired shells.", "The South answered."]);
    for (story, date) in [
        ("SEOUL, South Korea (AP) — North Korea fired shells. The South answered.", None),
        (
            "SEOUL, South Korea, Aug. 21, 2015 (Yonhap) -- North Korea fired shells. The South answered.",
            Some("Aug. 21, 2015"),
        ),
        ("SEOUL (Reuters) - North Korea fired shells. The South answered.", None),
        ("SEOUL—North Korea fired shells, the agency said on Friday. The South answered.", None),
    ] {
        let a = read(format!("Shells\n\n{story}\n").as_bytes(), "a.txt").expect("reads");
        assert_eq!(a.dateline.as_deref(), date, "{story}");
        assert_eq!(sentences(&a)[0].split(' ').next(), Some("North"), "{story}");
    }
    // A capitalised subject and a dash is a sentence, not a dateline.
    let nato =
        read("NATO\n\nNATO — the alliance of thirty countries — met today.\n".as_bytes(), "a.txt").expect("reads");
    assert_eq!(sentences(&nato), ["NATO — the alliance of thirty countries — met today."]);
    let above = "Friday, August 21, 2015\n\nTalks end\n\nThe talks ended on Friday.\n";
    let a = read(above.as_bytes(), "a.txt").expect("reads");
    assert_eq!((a.headline.as_str(), a.dateline.as_deref()), ("Talks end", Some("Friday, August 21, 2015")));
    assert!(a.text.starts_with("Talks end\n\nFriday, August 21, 2015\n\nThe talks ended on Friday."));
    let posted = "Talks end\n\nPosted on August 21, 2015 by admin\n\nThe talks ended on Friday.\n";
    assert_eq!(read(posted.as_bytes(), "a.txt").expect("reads").dateline.as_deref(), Some("August 21, 2015"));
    let labelled = "Talks end\n\nBy Jane Doe\n\nPublished: 21 August 2015 10:30 BST\n\nThe talks ended on Friday.\n";
    let a = read(labelled.as_bytes(), "a.txt").expect("reads");
    assert_eq!(a.dateline.as_deref(), Some("21 August 2015"));
    assert_eq!(sentences(&a), ["The talks ended on Friday."], "the byline is not drafted from");
}

#[test]
fn a_wire_prefix_after_a_date_line_is_no_part_of_the_first_sentence() {
    // Many sites print the date on its own line and keep the wire prefix in the story: "BEIJING - _____ said
    // on Wednesday …" was a cloze of the drafted first sentence.
    for (prefix, date) in [
        ("BEIJING - ", "Thursday, November 21, 2013"),
        ("BEIJING \u{2014} ", "Thursday, November 21, 2013"),
        ("SEOUL, July 18 (Yonhap) -- ", "Thursday, July 18, 2019"),
        ("TAIPEI (Taiwan News) \u{2014} ", "Friday, March 4, 2022"),
    ] {
        let story = format!(
            "Envoy visits\n\n{date}\n\n{prefix}The ministry said on Wednesday that the envoy \
            is in Beijing for a three-day visit. He arrived on Tuesday.\n"
        );
        let a = read(story.as_bytes(), "a.txt").expect("reads");
        assert_eq!(a.dateline.as_deref(), Some(date), "{prefix}");
        assert_eq!(
            sentences(&a),
            [
                "The ministry said on Wednesday that the envoy is in Beijing for a three-day visit.",
                "He arrived on Tuesday."
            ],
            "{prefix}"
        );
        assert!(a.text.contains(&format!("{date}\n\n{prefix}The ministry")), "the text stays verbatim: {prefix}");
    }
    // A date line before a first paragraph that opens with a capitalised word and a dash is left alone.
    let nato =
        "NATO meets\n\nFriday, August 21, 2015\n\nNATO \u{2014} the alliance of thirty countries \u{2014} met today.\n";
    let a = read(nato.as_bytes(), "a.txt").expect("reads");
    assert_eq!(sentences(&a), ["NATO \u{2014} the alliance of thirty countries \u{2014} met today."]);
}

/// The NK article as a saved Wikinews (`MediaWiki`) page: head with scripts and styles, navigation, a
/// sidebar, share buttons, the article with links, entities and a captioned picture, its sources and the
/// footer.
fn saved_page(name: &str) -> String {
    let raw = text(name);
    let mut lines = raw.lines().filter(|l| !l.trim().is_empty());
    let source = lines.next().expect("the source line");
    let url = source.split(' ').nth(2).expect("the url");
    let headline = lines.next().expect("the headline");
    let date = lines.next().expect("the dateline");
    let escape = |s: &str| {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
    };
    let linked = |s: &str| escape(s).replace("North Korea", "<a href=\"/wiki/North_Korea\">North Korea</a>");
    let mut page = format!(
        r##"<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{title} - Wikinews, the free news source</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"<p>not text</p>"}};</script>
<style>.mw-body p {{ margin: 0 }}</style>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{title}"/>
</head>
<body class="mediawiki ltr skin-vector">
<a id="top"></a>
<div id="siteNotice"><div class="banner">Support Wikinews: donate today and keep news free for everyone.</div></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading" lang="en">{title}</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikinews, the free news source you can write!</div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<table class="infobox" style="float:right"><tr><td><b>Related articles</b><ul>
<li><a href="/wiki/A">North and South Korea agree to talks</a></li>
<li><a href="/wiki/B">South Korea resumes propaganda broadcasts</a></li></ul></td></tr></table>
<p><strong class="published"><span id="publishDate" class="value-title" title="2015-08-21"></span>{date}</strong></p>
<div class="thumb tright"><div class="thumbinner"><img alt="" src="//upload.wikimedia.org/map.png" width="220"/>
<div class="thumbcaption">Location of Yeoncheon &amp; the border.<br/>Image: Wikimedia Commons.</div></div></div>
"##,
        title = escape(headline),
        url = url,
        date = date,
    );
    for line in lines {
        page.push_str("<p>");
        page.push_str(&linked(line));
        page.push_str("\n</p>\n");
    }
    page.push_str(
        r#"<h2><span class="mw-headline" id="Sources">Sources</span></h2>
<ul><li><span class="sourceTemplate">"North Korea declares quasi-state of war after exchange of fire with the South, the agency reports." — <i>Yonhap</i>, August 21, 2015.</span></li></ul>
<div class="printfooter">Retrieved from "https://en.wikinews.org/w/index.php?title=X"</div>
<div id="catlinks" class="catlinks"><ul><li><a href="/wiki/Category:Asia">Asia</a></li></ul></div>
</div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"><ul><li>Create account</li><li>Log in</li></ul></nav></div>
<div id="mw-panel"><nav id="p-navigation"><ul><li><a href="/wiki/Main_Page">Main page</a></li></ul></nav></div></div>
<footer id="footer" class="mw-footer"><p>All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License, unless otherwise noted.</p></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":120});});</script>
</body></html>
"#,
    );
    page
}

#[test]
fn a_saved_web_page_gives_the_same_article_without_its_navigation_and_scripts() {
    let page = saved_page(NK);
    let a = read(page.as_bytes(), "North Korea puts military.html").expect("the page reads");
    let plain = article(NK);
    assert_eq!(a.headline, plain.headline, "the <h1>, entities decoded");
    assert_eq!(a.dateline, plain.dateline);
    assert_eq!(a.credit.as_deref(), plain.credit.as_deref().and_then(|c| c.split(' ').next()), "the canonical address");
    assert_eq!(sentences(&a), sentences(&plain), "the article's paragraphs, nothing else");
    let captions: Vec<&str> = a.paragraphs.iter().filter(|p| p.caption).map(|p| a.slice(&p.range)).collect();
    assert_eq!(captions, ["Location of Yeoncheon & the border. Image: Wikimedia Commons."]);
    for furniture in [
        "Navigation menu",
        "Jump to",
        "Related articles",
        "Support Wikinews",
        "Sources",
        "Retrieved",
        "Creative Commons",
        "not text",
        "RLQ",
    ] {
        assert!(!a.text.contains(furniture), "{furniture:?} left out");
    }
    assert_well_formed(&a);
    // Without the <h1>, the <title> less its site name is the headline.
    let no_h1 = page.replace("<h1 id=\"firstHeading\"", "<div id=\"firstHeading\"").replacen("</h1>", "</div>", 1);
    assert_eq!(read(no_h1.as_bytes(), "p.htm").expect("reads").headline, plain.headline);
}

#[test]
fn a_page_saved_in_windows_1252_that_says_so_is_decoded() {
    let page = saved_page(NK).replace(
        "<meta charset=\"UTF-8\"/>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
    );
    let mut bytes = page.into_bytes();
    // "North Korea's" with a Windows-1252 right single quote (0x92), as the page would hold it.
    let at = bytes.windows(15).position(|w| w == b"</a>&#39;s main").expect("an escaped apostrophe");
    bytes.splice(at + 4..at + 9, [0x92]);
    let a = read(&bytes, "nk.html").expect("decoded as the page declares");
    assert!(
        sentences(&a)[0].starts_with("According to Yonhap news agency, quoting North Korea\u{2019}s main news agency"),
        "{:?}",
        sentences(&a)[0]
    );
    // Plain text cannot say its encoding: refused.
    assert!(matches!(read(&[b'a', 0x92, b's'], "a.txt"), Err(ImportError::NotUtf8 { .. })));
}

#[test]
fn a_page_with_an_article_element_keeps_only_the_article() {
    let page = r#"<html><head><title>Site</title></head><body><header class="site"><h1>The Daily Planet</h1></header>
        <div class="promo"><p>Subscribe now to read all of our journalism for a dollar a week.</p></div>
        <main><article class="story"><header><h1>Kerry meets Wang in Beijing</h1>
        <p class="byline">By Jane Doe</p><time datetime="2015-05-16">May 16, 2015</time></header>
        <p>U.S. Secretary of State John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Saturday.</p>
        <div class="ad"><p>Advertisement for something you do not need at all today.</p></div>
        <p>The two discussed the South China Sea&#8212;and trade.</p></article>
        <article class="teaser"><p>Another story that is only a teaser for more clicks.</p></article></main>
        <aside><p>Most read stories of the day, listed here for your convenience.</p></aside></body></html>"#;
    let a = read(page.as_bytes(), "kerry.html").expect("reads");
    assert_eq!(a.headline, "Kerry meets Wang in Beijing");
    assert_eq!(a.dateline.as_deref(), Some("May 16, 2015"), "from the page's <time>");
    assert_eq!(
        sentences(&a),
        [
            "U.S. Secretary of State John Kerry met Chinese Foreign Minister Wang Yi in Beijing on Saturday.",
            "The two discussed the South China Sea—and trade.",
        ]
    );
    assert_well_formed(&a);
    // A furniture-like class around the story itself ("ad-free") does not lose the story.
    let wrapped = "<html><body><div class=\"ad-free story\"><p>The talks in Seoul ended on Friday with a joint \
        statement.</p></div><div class=\"share\"><p>Share this story with your friends and family today.</p></div></body></html>";
    let a = read(wrapped.as_bytes(), "w.html").expect("reads");
    assert_eq!(sentences(&a), ["The talks in Seoul ended on Friday with a joint statement."]);
    let empty =
        "<html><head><title>Nothing</title></head><body><nav><p>Home and more links here.</p></nav></body></html>";
    let e = read(empty.as_bytes(), "n.html").expect_err("no article");
    assert!(e.to_string().contains("no article paragraphs"), "{e}");
}

#[test]
fn reading_is_deterministic_and_fast() {
    let big: String = text(HK).repeat(8);
    let started = std::time::Instant::now();
    let a = read(big.as_bytes(), "hk.txt").expect("reads");
    let b = read(big.as_bytes(), "hk.txt").expect("reads");
    assert_eq!(a, b);
    let page = saved_page(HK);
    assert_eq!(read(page.as_bytes(), "hk.html"), read(page.as_bytes(), "hk.html"));
    // About 7,000 words twice, unoptimised: well inside the importer's budget.
    assert!(started.elapsed().as_millis() < 2_000, "{:?}", started.elapsed());
}

#[test]
fn wire_sign_offs_are_kept_but_not_drafted_from() {
    let story = "Kerry meets Wang\n\nBEIJING (Reuters) - U.S. Secretary of State John Kerry met Chinese \
        Foreign Minister Wang Yi on Saturday.\n\nReporting by Jane Doe; Editing by John Roe\n\n\
        jane.doe@example.com\n\n(END)\n";
    let a = read(story.as_bytes(), "kerry.txt").expect("reads");
    assert_eq!(a.dateline, None);
    assert_eq!(sentences(&a), ["U.S. Secretary of State John Kerry met Chinese Foreign Minister Wang Yi on Saturday."]);
    assert!(a.text.contains("Reporting by Jane Doe"), "kept in the text");
}

#[test]
fn a_page_copied_from_a_browser_loses_its_menus_and_keeps_its_story() {
    let copied = "Skip to content\nBBC Homepage\n\nNorth Korea: Kim Jong Un meets Putin in Russia's far east\n\n\
        Published\n13 September 2023\nShare\nBy Frances Mao\nBBC News\n\nImage source, Reuters\nImage caption,\n\
        Mr Kim and Mr Putin shook hands at the Vostochny Cosmodrome\n\n\
        North Korean leader Kim Jong Un has met Russian President Vladimir Putin at a space base in Russia's far \
        east, amid Western fears of an arms deal.\n\n\
        Mr Putin greeted Mr Kim with a long handshake. The two then held talks for about four hours, according \
        to Russian state media.\n\nRelated Topics\nNorth Korea\nRussia\nMore on this story\n";
    let a = read(copied.as_bytes(), "copied.txt").expect("reads");
    assert_eq!(a.headline, "North Korea: Kim Jong Un meets Putin in Russia's far east");
    assert_eq!(a.dateline.as_deref(), Some("13 September 2023"));
    assert_eq!(
        sentences(&a),
        [
            "North Korean leader Kim Jong Un has met Russian President Vladimir Putin at a space base in Russia's \
             far east, amid Western fears of an arms deal.",
            "Mr Putin greeted Mr Kim with a long handshake.",
            "The two then held talks for about four hours, according to Russian state media.",
        ]
    );
    assert!(!a.text.contains("Skip to content") && !a.text.contains("Related Topics"));
    assert_well_formed(&a);
}

#[test]
fn a_text_without_a_headline_is_named_by_its_first_sentence() {
    let body = text("quizzes/asylum.txt");
    let story = body.split("\n\n").skip(2).collect::<Vec<_>>().join("\n\n");
    let a = read(story.as_bytes(), "a.txt").expect("reads");
    assert_eq!(
        a.headline,
        "On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy…"
    );
    assert_eq!(
        sentences(&a).first().copied(),
        story.split(", Indonesia.").next().map(|s| format!("{s}, Indonesia.")).as_deref()
    );
    assert_well_formed(&a);
}

/// One of libFuzzer's mutations of an input: flip, set, insert or delete bytes.
fn mutate(mut bytes: Vec<u8>, edits: &[(u8, usize, u8)]) -> Vec<u8> {
    for &(op, at, byte) in edits {
        if bytes.is_empty() {
            bytes.push(byte);
            continue;
        }
        let at = at % bytes.len();
        match op % 4 {
            0 => bytes[at] ^= 1 << (byte % 8),
            1 => bytes[at] = byte,
            2 => bytes.insert(at, byte),
            _ => {
                let end = (at + usize::from(byte % 16) + 1).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

fn check_any(bytes: &[u8], name: &str) -> Result<(), TestCaseError> {
    if let Ok(a) = read(bytes, name) {
        for p in &a.paragraphs {
            prop_assert!(a.text.get(p.range.clone()).is_some());
            for s in &p.sentences {
                let t = a.text.get(s.clone());
                prop_assert!(t.is_some_and(|t| !t.trim().is_empty()), "sentence {:?}", s);
                prop_assert!(s.start >= p.range.start && s.end <= p.range.end);
            }
        }
        prop_assert!(!a.headline.contains('\n'));
        prop_assert!(dossier::text::safe::first_unsafe(&a.text.replace('\n', " ")).is_none());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn read_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for name in ["a.txt", "a.md", "a.html"] {
            check_any(&bytes, name)?;
        }
    }

    #[test]
    fn read_never_panics_on_arbitrary_text(text in "(\\PC|[<>&#;.?!\"'\n ]){0,400}") {
        for name in ["a.txt", "a.md", "a.html"] {
            check_any(text.as_bytes(), name)?;
        }
    }

    #[test]
    fn read_never_panics_on_mutated_articles(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..12),
    ) {
        let name = [NK, ASYLUM, HK][which];
        let plain = mutate(file(name), &edits);
        check_any(&plain, "a.txt")?;
        let page = mutate(saved_page(name).into_bytes(), &edits);
        check_any(&page, "a.html")?;
    }
}

/// `IMPORT_TEXT_DUMP=/path/to/article.html cargo test --test import_text dump -- --ignored --nocapture`
/// prints how an article is read, for a person to look at.
#[test]
#[ignore = "prints how an article is read, for a person to look at"]
fn dump() {
    let path = std::env::var("IMPORT_TEXT_DUMP").unwrap_or_else(|_| NK.to_string());
    let bytes = std::fs::read(&path).expect("the file to dump");
    match read(&bytes, &path) {
        Ok(a) => {
            println!("headline: {:?}\ndateline: {:?}\ncredit: {:?}", a.headline, a.dateline, a.credit);
            for p in &a.paragraphs {
                println!("-- caption={}", p.caption);
                for s in &p.sentences {
                    println!("   | {}", a.slice(s));
                }
            }
        }
        Err(e) => println!("refused: {e}"),
    }
}

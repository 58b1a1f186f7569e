//! Saved web pages: the article's headline, date and paragraphs out of the page's HTML.
//!
//! A small tokenizer rather than a full HTML5 parser (html5ever): the importer needs only the text of a
//! few elements (`<title>`, `<h1>`–`<h6>`, `<p>`, `<li>`, `<blockquote>`, `<figcaption>`, `<time>`) and which
//! containers they sit in, not a conforming tree; a hand-written pass is a few hundred lines, adds no
//! dependency, never panics on malformed markup (unclosed tags, stray `<`, broken entities are read as text
//! or skipped), and is linear in the page's size.
//!
//! What is kept: the headline (the story's `<h1>`, else the `<title>` without its site name), the date a
//! `<time>` prints, the canonical address as the credit, and the paragraphs of the article — inside the
//! `<article>` with the most text when the page has one, else inside `<main>` (or `role="main"`), else the
//! whole body. What is dropped: `<script>`, `<style>`, `<nav>`, `<header>`, `<footer>`, `<aside>`, forms
//! and other controls, anything hidden, containers whose class or id names boilerplate ("share", "related",
//! "cookie", "newsletter", "advert"…), and paragraphs that are not prose (a link list, "Advertisement",
//! "Read more"). These are the conventions of news sites and of Wikinews/MediaWiki pages alike.

use super::text::{Block, BlockKind};

/// The most elements kept open at once.
const MAX_DEPTH: usize = 256;

/// Elements whose content is never article text.
const DROPPED: [&str; 22] = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
    "textarea", "iframe", "svg", "canvas", "object", "embed", "audio", "video", "dialog", "menu", "head",
];

/// Elements whose content is raw text up to their end tag (no tags inside).
const RAW_TEXT: [&str; 8] = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"];

/// Elements without an end tag.
const VOID: [&str; 14] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Words in a class or id that mark a container as page furniture, not the article.
const BOILERPLATE: [&str; 48] = [
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "related",
    "comments",
    "comment",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "cookie",
    "cookies",
    "consent",
    "newsletter",
    "promo",
    "breadcrumb",
    "breadcrumbs",
    "subscribe",
    "subscription",
    "popup",
    "modal",
    "banner",
    "masthead",
    "toolbar",
    "hidden",
    "skip",
    "catlinks",
    "printfooter",
    "byline",
    "tweet",
    "twitter",
    "instagram",
    "embed",
    "recommended",
    "trending",
    "popular",
    "outbrain",
    "taboola",
    "paywall",
    "signup",
    "login",
    "donate",
];

/// Paragraph openings that are page furniture, not the story.
const BOILERPLATE_TEXT: [&str; 16] = [
    "advertisement",
    "read more",
    "sign up",
    "subscribe",
    "follow us",
    "click here",
    "share this",
    "copyright",
    "©",
    "all rights reserved",
    "related:",
    "also read",
    "you may also like",
    "this article is more than",
    "we use cookies",
    "listen to this article",
];

/// A block element being read: its kind and text so far.
struct Open {
    name: String,
    /// Whether what is inside is kept.
    place: Place,
    /// The `<article>` it is in (numbered in page order), if any.
    article: Option<usize>,
    /// Whether it is inside `<main>` or `role="main"`.
    main: bool,
    /// Whether it is a caption: `<figcaption>`, or a class naming one (`MediaWiki`'s `thumbcaption`).
    caption: bool,
}

/// Where an element sits, from its own name and class and its parents'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// In the page's text.
    Story,
    /// Inside a container whose class or id names page furniture ("share", "related"): left out unless
    /// that would leave the page with no paragraph (a class such as "ad-free" wrapping the story).
    Furniture,
    /// Inside a dropped element (script, navigation, header, footer, aside, form, anything hidden): never kept.
    Dropped,
}

/// A paragraph found, with where it sits, before the article's container is chosen.
struct Found {
    block: Block,
    /// Text outside any `<p>`, `<li>`, heading or caption: kept only when the container has no paragraph.
    loose: bool,
    /// Inside a furniture container ([`Open::furniture`]).
    furniture: bool,
    article: Option<usize>,
    main: bool,
}

/// The blocks of a saved web page: the headline first, then the credit and dates, then the article's
/// paragraphs, subheadings and captions in page order.
pub fn blocks(html: &str) -> Vec<Block> {
    let mut reader = Reader::default();
    reader.run(html);
    // Page furniture is left out, unless that leaves no paragraph at all.
    let story = |with_furniture: bool| -> (Vec<&Found>, Option<usize>) {
        let found: Vec<&Found> = reader.found.iter().filter(|f| with_furniture || !f.furniture).collect();
        // The container: the <article> with the most paragraph text, else <main>, else everything.
        let mut best: Option<(usize, usize)> = None;
        for f in &found {
            if let Some(a) = f.article {
                let size: usize = found.iter().filter(|g| g.article == Some(a)).map(|g| g.block.text.len()).sum();
                if best.is_none_or(|(_, s)| size > s) {
                    best = Some((a, size));
                }
            }
        }
        let any_main = found.iter().any(|f| f.main && f.block.kind == BlockKind::Paragraph);
        let inside = |f: &Found| match best {
            Some((a, _)) => f.article == Some(a),
            None if any_main => f.main,
            None => true,
        };
        // Loose text counts only on a page that puts its story in none of <p>, <li>, <blockquote>.
        let paragraphs = found.iter().any(|f| inside(f) && f.block.kind == BlockKind::Paragraph && !f.loose);
        let kept = found.into_iter().filter(|f| inside(f) && !(paragraphs && f.loose)).collect();
        (kept, best.map(|(a, _)| a))
    };
    let (mut kept, mut article) = story(false);
    if !kept.iter().any(|f| f.block.kind == BlockKind::Paragraph) {
        (kept, article) = story(true);
    }
    // The headline: the story's own <h1> (in its <article>, even in the article's header), else an <h1>
    // outside page furniture, else the first <h1> (a site's logo may be one), else the <title> without the
    // site's name.
    let h1 = article
        .and_then(|a| reader.h1s.iter().find(|h| h.article == Some(a)))
        .or_else(|| reader.h1s.iter().find(|h| h.place == Place::Story))
        .or_else(|| reader.h1s.first())
        .map(|h| h.text.clone());
    let mut out = Vec::new();
    let headline = h1.or_else(|| reader.title.as_deref().map(site_name_dropped)).filter(|h| !h.is_empty());
    if let Some(h) = &headline {
        out.push(Block { kind: BlockKind::Headline, text: h.clone() });
    }
    if let Some(url) = reader.canonical.clone() {
        out.push(Block { kind: BlockKind::Credit, text: url });
    }
    for date in &reader.times {
        out.push(Block { kind: BlockKind::Date, text: date.clone() });
    }
    for f in kept {
        // The headline again as the article's own <h1> is not a subheading.
        if f.block.kind == BlockKind::Headline && Some(&f.block.text) == headline.as_ref() {
            continue;
        }
        out.push(f.block.clone());
    }
    out
}

/// A page title without its site's name ("North Korea puts military… - Wikinews, the free news source"):
/// the longest part between " - ", " | ", " – ", " — " or " :: ".
fn site_name_dropped(title: &str) -> String {
    let mut parts = vec![title];
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim).max_by_key(|p| p.chars().count()).unwrap_or(title).to_string()
}

/// An `<h1>` and where it sits.
struct Heading1 {
    text: String,
    place: Place,
    article: Option<usize>,
}

#[derive(Default)]
struct Reader {
    stack: Vec<Open>,
    /// The text of the block being read, and its kind (from the innermost block element).
    buffer: String,
    /// Characters of `buffer` inside links.
    linked: usize,
    /// Depth of `<a>` elements open.
    in_link: usize,
    articles: usize,
    found: Vec<Found>,
    /// Every `<h1>` of the page, with where it sits.
    h1s: Vec<Heading1>,
    title: Option<String>,
    canonical: Option<String>,
    times: Vec<String>,
    /// The text of an open `<time>` and the stack depth it opened at.
    time: Option<(String, usize)>,
    /// The `<h1>` being read (read even inside a dropped header).
    h1_open: Option<Heading1>,
}

impl Reader {
    fn run(&mut self, html: &str) {
        let mut rest = html;
        while !rest.is_empty() {
            let Some(lt) = rest.find('<') else {
                self.text(rest);
                break;
            };
            self.text(rest.get(..lt).unwrap_or(""));
            rest = rest.get(lt..).unwrap_or("");
            if let Some(after) = rest.strip_prefix("<!--") {
                rest = after.find("-->").and_then(|e| after.get(e + 3..)).unwrap_or("");
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                rest = rest.find('>').and_then(|e| rest.get(e + 1..)).unwrap_or("");
                continue;
            }
            let closing = rest.starts_with("</");
            let name_start = if closing { 2 } else { 1 };
            let tail = rest.get(name_start..).unwrap_or("");
            if !tail.starts_with(|c: char| c.is_ascii_alphabetic()) {
                // A stray "<": text.
                self.text("<");
                rest = rest.get(1..).unwrap_or("");
                continue;
            }
            let Some(end) = tag_end(tail) else {
                // An unclosed tag at the end of the file: nothing more to read.
                break;
            };
            let inside = tail.get(..end).unwrap_or("");
            rest = tail.get(end + 1..).unwrap_or("");
            let name_len = inside.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(inside.len());
            let name = inside.get(..name_len).unwrap_or("").to_ascii_lowercase();
            let attrs = inside.get(name_len..).unwrap_or("");
            if closing {
                self.end(&name);
                continue;
            }
            if RAW_TEXT.contains(&name.as_str()) && !inside.ends_with('/') {
                let close = format!("</{name}");
                let body_end = find_ignore_case(rest, &close).unwrap_or(rest.len());
                let body = rest.get(..body_end).unwrap_or("");
                if name == "title" && self.title.is_none() {
                    self.title = Some(collapse(&decode_entities(body)));
                }
                rest = rest.get(body_end..).unwrap_or("");
                rest = rest.find('>').and_then(|e| rest.get(e + 1..)).unwrap_or("");
                continue;
            }
            self.start(&name, attrs, inside.ends_with('/'));
        }
        self.flush();
    }

    /// Whether the text being read is inside a dropped element (each element carries its parent's drop).
    fn dropped(&self) -> bool {
        self.stack.last().is_some_and(|o| o.place == Place::Dropped)
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let text = decode_entities(raw);
        if let Some((t, _)) = &mut self.time {
            t.push_str(&text);
        }
        if let Some(h) = &mut self.h1_open {
            h.text.push_str(&text);
        }
        if self.dropped() {
            return;
        }
        if self.in_link > 0 {
            self.linked += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.buffer.push_str(&text);
    }

    fn start(&mut self, name: &str, attrs: &str, self_closing: bool) {
        let attrs = Attrs(attrs);
        match name {
            "link" if attrs.get("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if self.canonical.is_none() {
                    self.canonical = attrs.get("href").filter(|h| h.starts_with("http")).map(|h| decode_entities(&h));
                }
                return;
            }
            "meta" if attrs.get("property").is_some_and(|p| p == "og:url") => {
                if self.canonical.is_none() {
                    self.canonical =
                        attrs.get("content").filter(|h| h.starts_with("http")).map(|h| decode_entities(&h));
                }
                return;
            }
            "br" => {
                self.buffer.push(' ');
                return;
            }
            _ => {}
        }
        // Past MAX_DEPTH open elements a start tag is read as nothing (its text still counts): real pages
        // nest a few dozen deep, and the bound keeps every step of the reader short on a hostile page.
        if VOID.contains(&name) || self_closing || self.stack.len() >= MAX_DEPTH {
            return;
        }
        if is_block(name) {
            self.flush();
        }
        let class = format!("{} {}", attrs.get("class").unwrap_or_default(), attrs.get("id").unwrap_or_default());
        let boilerplate = class
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| BOILERPLATE.contains(&w.to_ascii_lowercase().as_str()));
        let hidden = attrs.has("hidden")
            || attrs.get("aria-hidden").is_some_and(|v| v == "true")
            || attrs.get("style").is_some_and(|s| s.replace(' ', "").contains("display:none"));
        // <html>, <body>, <article> and <main> are never furniture, whatever their class says (mdBook puts
        // "sidebar-visible" on <html>); a furniture class on a paragraph or heading is a teaser.
        let container = matches!(name, "html" | "body" | "article" | "main");
        let main_content = name == "main" || attrs.get("role").is_some_and(|r| r == "main");
        let parent = self.stack.last();
        let inherited = parent.map_or(Place::Story, |p| p.place);
        let place = if inherited == Place::Dropped || DROPPED.contains(&name) || hidden {
            Place::Dropped
        } else if (inherited == Place::Furniture && !main_content) || (boilerplate && !container) {
            Place::Furniture
        } else {
            Place::Story
        };
        let mut article = parent.and_then(|p| p.article);
        if name == "article" && article.is_none() {
            self.articles += 1;
            article = Some(self.articles);
        }
        let main = parent.is_some_and(|p| p.main) || main_content;
        if name == "a" {
            self.in_link += 1;
        }
        if name == "time" && self.time.is_none() {
            self.time = Some((String::new(), self.stack.len()));
        }
        if name == "h1" && self.h1_open.is_none() {
            self.h1_open = Some(Heading1 { text: String::new(), place, article });
        }
        let caption = parent.is_some_and(|p| p.caption)
            || matches!(name, "figcaption" | "caption")
            || class.to_ascii_lowercase().contains("caption");
        self.stack.push(Open { name: name.to_string(), place, article, main, caption });
    }

    fn end(&mut self, name: &str) {
        let Some(at) = self.stack.iter().rposition(|o| o.name == name) else { return };
        if is_block(name) {
            self.flush();
        }
        if name == "a" {
            self.in_link = self.in_link.saturating_sub(1);
        }
        if let Some((t, depth)) = &self.time
            && *depth >= at
        {
            let t = collapse(t);
            if !t.is_empty() {
                self.times.push(t);
            }
            self.time = None;
        }
        if name == "h1"
            && let Some(mut h) = self.h1_open.take()
        {
            h.text = collapse(&h.text);
            if !h.text.is_empty() {
                self.h1s.push(h);
            }
        }
        self.stack.truncate(at);
    }

    /// Ends the block being read: kept when it is prose in a kept place.
    fn flush(&mut self) {
        let text = collapse(&std::mem::take(&mut self.buffer));
        let linked = std::mem::take(&mut self.linked);
        if text.is_empty() || self.dropped() {
            return;
        }
        let inner = self.stack.iter().rev().find(|o| is_block(&o.name)).map_or("", |o| o.name.as_str());
        let kind = match inner {
            _ if self.stack.last().is_some_and(|o| o.caption) => BlockKind::Caption,
            "h1" => BlockKind::Headline,
            "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            _ => BlockKind::Paragraph,
        };
        let words = text.split(' ').count();
        let letters = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
        let ends = text.trim_end_matches(['"', '\'', '”', '’', ')']).ends_with(['.', '?', '!']);
        let prose = match inner {
            // Paragraphs: a sentence, or at least four words; not mostly a link.
            "p" | "blockquote" => (ends || words >= 4) && !(linked * 10 > letters * 7 && words < 20),
            // List items and loose text in containers: only full sentences.
            _ if kind == BlockKind::Paragraph => ends && words >= 8 && linked * 2 < letters,
            _ => true,
        };
        let lower = text.to_lowercase();
        if !prose || BOILERPLATE_TEXT.iter().any(|b| lower.starts_with(b)) {
            return;
        }
        let (article, main, furniture) =
            self.stack.last().map_or((None, false, false), |o| (o.article, o.main, o.place == Place::Furniture));
        let loose = kind == BlockKind::Paragraph && !matches!(inner, "p" | "blockquote" | "li" | "dd" | "pre");
        self.found.push(Found { block: Block { kind, text }, loose, furniture, article, main });
    }
}

/// Elements that start and end a block of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "blockquote"
            | "figcaption"
            | "caption"
            | "div"
            | "section"
            | "article"
            | "main"
            | "body"
            | "ul"
            | "ol"
            | "dl"
            | "dd"
            | "dt"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "pre"
            | "center"
    ) || DROPPED.contains(&name)
}

/// The byte offset of the `>` that ends a tag whose text starts at `s`, past quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Where `needle` (ASCII) first occurs in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)))
}

/// The attributes of a start tag, read on demand.
struct Attrs<'a>(&'a str);

impl Attrs<'_> {
    /// The value of attribute `name` (ASCII, lowercase), unquoted, not yet entity-decoded.
    fn get(&self, name: &str) -> Option<String> {
        self.all().into_iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn has(&self, name: &str) -> bool {
        self.all().iter().any(|(n, _)| n == name)
    }

    fn all(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut rest = self.0;
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() {
                break;
            }
            let name_len = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
            let name = rest.get(..name_len).unwrap_or("").to_ascii_lowercase();
            rest = rest.get(name_len..).unwrap_or("").trim_start();
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                if let Some(q) = after.chars().next().filter(|c| *c == '"' || *c == '\'') {
                    let inner = after.get(1..).unwrap_or("");
                    let end = inner.find(q).unwrap_or(inner.len());
                    value = inner.get(..end).unwrap_or("").to_string();
                    rest = inner.get(end + 1..).unwrap_or("");
                } else {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    value = after.get(..end).unwrap_or("").to_string();
                    rest = after.get(end..).unwrap_or("");
                }
            }
            if name.is_empty() {
                // Not an attribute name: skip one character so the loop always moves on.
                let skip = rest.chars().next().map_or(0, char::len_utf8);
                rest = rest.get(skip..).unwrap_or("");
                continue;
            }
            out.push((name, value));
        }
        out
    }
}

/// Whitespace runs collapsed to one space, and the ends trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Named character references a news page uses; any other is left as written.
const ENTITIES: [(&str, char); 96] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("prime", '′'),
    ("Prime", '″'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("percnt", '%'),
    ("cent", '¢'),
    ("pound", '£'),
    ("euro", '€'),
    ("yen", '¥'),
    ("sect", '§'),
    ("para", '¶'),
    ("dagger", '†'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("aacute", 'á'),
    ("Aacute", 'Á'),
    ("agrave", 'à'),
    ("Agrave", 'À'),
    ("acirc", 'â'),
    ("Acirc", 'Â'),
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("atilde", 'ã'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("Egrave", 'È'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("Iacute", 'Í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("oacute", 'ó'),
    ("Oacute", 'Ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("otilde", 'õ'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("uacute", 'ú'),
    ("Uacute", 'Ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("yacute", 'ý'),
    ("yuml", 'ÿ'),
    ("szlig", 'ß'),
    ("scaron", 'š'),
    ("Scaron", 'Š'),
    ("zcaron", 'ž'),
    ("oelig", 'œ'),
];

/// Windows-1252 characters for the numeric references `&#128;`–`&#159;`, which pages use for curly quotes
/// and dashes (as browsers read them).
const CP1252: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž', '\u{fffd}', '\u{fffd}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}', 'ž', 'Ÿ',
];

/// A page that is not UTF-8 but declares a Western European charset (`<meta charset="windows-1252">`,
/// `iso-8859-1`, `latin1`, `us-ascii`: all read as Windows-1252, as browsers do), decoded; `None` when the
/// first 4 KB declare no such charset.
pub fn decode_declared(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(bytes.get(..bytes.len().min(4096)).unwrap_or_default()).to_ascii_lowercase();
    let at = head.find("charset")?;
    let value: String = head
        .get(at + "charset".len()..)?
        .trim_start_matches([' ', '='])
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    let western =
        ["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "iso-8859-15", "latin1", "latin-1", "us-ascii", "ascii"];
    western.contains(&value.as_str()).then(|| {
        bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F => CP1252.get(usize::from(b - 0x80)).copied().unwrap_or('\u{fffd}'),
                b => char::from(b),
            })
            .collect()
    })
}

/// Character references decoded: named ones from [`ENTITIES`] (also `&amp`, `&lt`, `&gt`, `&quot`, `&nbsp`
/// without their semicolon), decimal `&#8217;` and hexadecimal `&#x2019;`. A reference that names nothing
/// is kept as written; one naming NUL, a surrogate or a code point past Unicode becomes U+FFFD, and a
/// control character is dropped.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        rest = rest.get(amp..).unwrap_or("");
        let (decoded, used) = reference(rest);
        match decoded {
            Some(c) if c.is_control() => {}
            Some(c) => out.push(c),
            None => out.push('&'),
        }
        let used = if decoded.is_some() { used } else { 1 };
        rest = rest.get(used..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` (which starts with `&`) stands for, and its length.
fn reference(s: &str) -> (Option<char>, usize) {
    let body = s.get(1..).unwrap_or("");
    if let Some(num) = body.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let len = digits.chars().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
        if len == 0 {
            return (None, 0);
        }
        let value =
            u32::from_str_radix(digits.get(..len.min(8)).unwrap_or("0"), if hex { 16 } else { 10 }).unwrap_or(0);
        let semi = digits.get(len..).is_some_and(|r| r.starts_with(';'));
        let used = 1 + 1 + usize::from(hex) + len + usize::from(semi);
        let c = match value {
            0x80..=0x9F => CP1252.get((value - 0x80) as usize).copied().unwrap_or('\u{fffd}'),
            0 => '\u{fffd}',
            v if len > 8 => char::from_u32(v).map_or('\u{fffd}', |_| '\u{fffd}'),
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return (Some(c), used);
    }
    let name_len = body.chars().take_while(char::is_ascii_alphanumeric).count();
    let name = body.get(..name_len).unwrap_or("");
    let semi = body.get(name_len..).is_some_and(|r| r.starts_with(';'));
    if let Some(&(_, c)) = ENTITIES.iter().find(|(n, _)| *n == name) {
        if semi {
            return (Some(c), 1 + name_len + 1);
        }
        if ["amp", "lt", "gt", "quot", "nbsp"].contains(&name) {
            return (Some(c), 1 + name_len);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("Kim&#8217;s &amp; Lee&rsquo;s &quot;talks&quot; &#x2014; 5&nbsp;km"),
            "Kim’s & Lee’s \"talks\" — 5 km"
        );
        assert_eq!(
            decode_entities("AT&T &bogus; &#146; &#0; &#xFFFFFFFFF; & x"),
            "AT&T &bogus; ’ \u{fffd} \u{fffd} & x"
        );
        assert_eq!(decode_entities("&amp"), "&");
    }

    #[test]
    fn the_article_is_kept_and_the_furniture_dropped() {
        let page = r#"<!DOCTYPE html><html><head><title>Talks end - The Daily | News</title>
            <link rel="canonical" href="https://example.org/talks"><script>var p = "<p>not this</p>";</script></head>
            <body><header><nav><ul><li><a href="/">Home</a></li></ul></nav><h1>Talks end in Seoul</h1></header>
            <div class="share-bar"><p>Share this story on all the networks you like.</p></div>
            <article><time datetime="2015-08-21">Friday, August 21, 2015</time>
            <p>The talks <a href="/x">ended</a> on Friday.</p><p>Advertisement</p>
            <figure><img src="a.jpg"><figcaption>Delegates in Seoul</figcaption></figure>
            <h2>Reaction</h2><p>Mr. Kim said the talks &ldquo;went well&rdquo;.</p></article>
            <aside><p>Related: another story altogether here.</p></aside><footer><p>© 2015 The Daily.</p></footer>
            </body></html>"#;
        let b = blocks(page);
        let texts: Vec<(BlockKind, &str)> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (BlockKind::Headline, "Talks end in Seoul"),
                (BlockKind::Credit, "https://example.org/talks"),
                (BlockKind::Date, "Friday, August 21, 2015"),
                (BlockKind::Paragraph, "The talks ended on Friday."),
                (BlockKind::Caption, "Delegates in Seoul"),
                (BlockKind::Heading, "Reaction"),
                (BlockKind::Paragraph, "Mr. Kim said the talks “went well”."),
            ]
        );
    }

    #[test]
    fn the_title_without_its_site_name_when_there_is_no_h1() {
        assert_eq!(
            site_name_dropped("Talks end in Seoul after three days - Wikinews, the free news source"),
            "Talks end in Seoul after three days"
        );
        assert_eq!(
            site_name_dropped("News | Talks end in Seoul after three days"),
            "Talks end in Seoul after three days"
        );
    }

    #[test]
    fn malformed_markup_does_not_panic() {
        for page in [
            "<",
            "<p",
            "<p>text",
            "</p></div>",
            "<p a='>",
            "<<<>>>",
            "<script>",
            "<title>x",
            "&#",
            "&#x;",
            "<p>é<b>ü</p>",
        ] {
            let _ = blocks(page);
        }
    }
}

//! Markdown to safe HTML: pulldown-cmark (tables, footnotes, strikethrough, heading ids) then ammonia.
//!
//! Editors' raw HTML is allowed but sanitised by ammonia: no `<script>`, no event handlers, only `http`,
//! `https`, `mailto` and `tel` URLs (no `javascript:` or `data:`), and every link gets
//! `rel="noopener noreferrer"`.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Result of rendering one Markdown body.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Sanitised HTML.
    pub html: String,
    /// Plain text (for search and feeds), whitespace-separated.
    pub text: String,
    /// Link destinations with the 1-based line they appear on (relative to the body).
    pub links: Vec<(String, usize)>,
    /// Level-2 headings, in order.
    pub h2: Vec<String>,
    /// Editors' explicit ids (`{#id}`) that repeat another id of the page or one of [`RESERVED_IDS`]; they
    /// were made unique in `html`, and content validation refuses them.
    pub id_conflicts: Vec<String>,
    /// Set when the document nests deeper than [`MAX_NESTING`] (`(line, depth)`): `html` is then only the
    /// escaped source, and content validation refuses the file.
    pub too_deep: Option<(usize, usize)>,
}

/// Ids the page around a rendered document already uses (layout, article and bulletin pages, report form,
/// search): generated heading ids skip them and explicit ones are refused. A test renders pages and checks
/// that no id repeats.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "leptos",
    "errors",
    "preview",
    "preview-title",
    "home-title",
    "entry-heading",
    "incidents-heading",
    "active-threats-heading",
    "archive-heading",
    "tasks-heading",
    "sources-heading",
    "cta-heading",
    "related-heading",
    "search-q",
    "search-hint",
    "search-suggestions",
    "contact-hint",
    "dates-hint",
    "description-hint",
    "description",
    "ref",
    "token",
    "incident",
    "country",
    "victim",
    "website",
];

/// Deepest nesting of blocks (quotes, lists, items) and inline or HTML elements a document may have.
/// Deeper documents are refused at load: rendering and sanitising them grows quadratically (50,000 nested
/// `>` took seconds), and no advice needs more than a handful of levels.
pub const MAX_NESTING: usize = 32;

/// Cheap scan before parsing: the most container markers (`>`, list bullets, ordered-list numbers) any line
/// opens, with the line. Finds the pathological one-line cases without handing them to the parser.
fn line_marker_depth(src: &str) -> (usize, usize) {
    let mut worst = (0, 0);
    for (i, line) in src.lines().enumerate() {
        let b = line.as_bytes();
        let (mut j, mut depth) = (0, 0);
        while j < b.len() {
            match b[j] {
                b' ' | b'\t' => j += 1,
                b'>' => {
                    depth += 1;
                    j += 1;
                }
                b'-' | b'*' | b'+' if b.get(j + 1).is_some_and(|c| *c == b' ' || *c == b'\t') => {
                    depth += 1;
                    j += 2;
                }
                b'0'..=b'9' => {
                    let start = j;
                    while j < b.len() && b[j].is_ascii_digit() && j - start < 9 {
                        j += 1;
                    }
                    if matches!(b.get(j), Some(b'.' | b')'))
                        && b.get(j + 1).is_none_or(|c| *c == b' ' || *c == b'\t')
                    {
                        depth += 1;
                        j += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        if depth > worst.1 {
            worst = (i + 1, depth);
        }
    }
    worst
}

/// Rough count of elements a raw HTML fragment opens minus those it closes.
fn html_depth_change(html: &str) -> isize {
    let b = html.as_bytes();
    let mut d = 0isize;
    for (i, c) in b.iter().enumerate() {
        if *c == b'<' {
            match b.get(i + 1) {
                Some(b'/') => d -= 1,
                Some(c) if c.is_ascii_alphabetic() => d += 1,
                _ => {}
            }
        } else if *c == b'>' && i > 0 && b[i - 1] == b'/' {
            d -= 1; // self-closing
        }
    }
    d
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
            .link_rel(Some("noopener noreferrer"))
            .add_tag_attributes("h2", &["id"])
            .add_tag_attributes("h3", &["id"])
            .add_tag_attributes("h4", &["id"])
            .add_tag_attributes("div", &["id"])
            .add_tag_attributes("li", &["id"])
            .add_allowed_classes("div", &["footnote-definition"])
            .add_allowed_classes("sup", &["footnote-definition-label", "footnote-reference"])
            .add_allowed_classes("section", &["footnotes"]);
        b
    })
}

/// A URL- and id-safe slug of a heading: lowercase letters and digits of any script, joined by `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())]
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

/// Renders `src`. Never fails: whatever Markdown or HTML it holds becomes safe HTML. Heading ids are unique
/// within the document and never one of [`RESERVED_IDS`]; an explicit `{#id}` that would repeat one is
/// renamed and listed in [`Rendered::id_conflicts`]. Documents nested deeper than [`MAX_NESTING`] are not
/// rendered (see [`Rendered::too_deep`]).
pub fn render(src: &str) -> Rendered {
    let mut out = Rendered::default();
    let (line, depth) = line_marker_depth(src);
    if depth > MAX_NESTING {
        return too_deep(src, out, line, depth);
    }
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event> = Vec::new();
    let mut heading_start: Option<usize> = None;
    let mut heading_text = String::new();
    // headings without an explicit id: (event index, text), named once all explicit ids are known
    let mut unnamed: Vec<(usize, String)> = Vec::new();
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|s| (*s).to_owned()).collect();
    // open Markdown elements, and elements opened by raw HTML (never below zero: stray closers are harmless)
    let (mut depth, mut html_depth) = (0isize, 0isize);
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Html(h) | Event::InlineHtml(h) => {
                html_depth = (html_depth + html_depth_change(h)).max(0)
            }
            _ => {}
        }
        let total = (depth + html_depth).unsigned_abs();
        if total > 2 * MAX_NESTING {
            let line = line_of(src, range.start);
            return too_deep(src, out, line, total / 2);
        }
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                heading_text.clear();
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(i) = heading_start.take() {
                    if *level == HeadingLevel::H2 {
                        out.h2.push(heading_text.trim().to_owned());
                    }
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                        match id {
                            None => unnamed.push((i, heading_text.clone())),
                            Some(explicit) => {
                                if !used.insert(explicit.to_string()) {
                                    out.id_conflicts.push(explicit.to_string());
                                    let unique = next_free(explicit, &used);
                                    used.insert(unique.clone());
                                    *id = Some(CowStr::from(unique));
                                }
                            }
                        }
                    }
                }
            }
            // the definition's element carries the label as its id
            Event::Start(Tag::FootnoteDefinition(label)) if !used.insert(label.to_string()) => {
                out.id_conflicts.push(label.to_string());
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                out.links
                    .push((dest_url.to_string(), line_of(src, range.start)));
            }
            Event::Text(t) | Event::Code(t) => {
                if heading_start.is_some() {
                    heading_text.push_str(t);
                }
                out.text.push_str(t);
                out.text.push(' ');
            }
            Event::SoftBreak | Event::HardBreak => out.text.push(' '),
            _ => {}
        }
        events.push(event);
    }
    for (i, text) in unnamed {
        let base = slugify(&text);
        let base = if base.is_empty() { "section" } else { &base };
        let unique = if used.contains(base) {
            next_free(base, &used)
        } else {
            base.to_owned()
        };
        used.insert(unique.clone());
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
            *id = Some(CowStr::from(unique));
        }
    }
    let mut raw = String::with_capacity(src.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    out.html = sanitizer().clean(&raw).to_string();
    out.text = out.text.split_whitespace().collect::<Vec<_>>().join(" ");
    out
}

/// `base-2`, `base-3`, ...: the first that is not in `used`.
fn next_free(base: &str, used: &HashSet<String>) -> String {
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !used.contains(c))
        .expect("a free suffix exists")
}

fn too_deep(src: &str, mut out: Rendered, line: usize, depth: usize) -> Rendered {
    out.too_deep = Some((line, depth));
    out.html = format!("<pre>{}</pre>", crate::html::escape(src));
    out.text.clear();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_dangerous_urls_are_removed() {
        let r = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) \
             [y](data:text/html,hi) <a href=\"https://ex.org\" onclick=\"e()\">ok</a>\n\n<iframe src=https://x></iframe>",
        );
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "data:text",
            "onclick",
            "<iframe",
        ] {
            assert!(!r.html.contains(bad), "{bad} survived: {}", r.html);
        }
        assert!(
            r.html.contains(r#"rel="noopener noreferrer""#),
            "{}",
            r.html
        );
    }

    #[test]
    fn tables_footnotes_and_heading_ids() {
        let r = render("## Do this now\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note.\n\n## Do this now\n\n## Αναφορά στην αστυνομία\n");
        assert!(r.html.contains("<table>"), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="do-this-now">"#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="do-this-now-2">"#), "{}", r.html);
        assert!(
            r.html.contains(r#"id="αναφορά-στην-αστυνομία""#),
            "{}",
            r.html
        );
        assert!(r.html.contains("footnote"), "{}", r.html);
        assert_eq!(r.h2.len(), 3);
    }

    fn ids(html: &str) -> Vec<String> {
        html.split(" id=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn heading_ids_are_unique_and_never_the_pages_own() {
        let r = render("## Setup\n\n## Setup\n\n## Setup 2\n\n## Main\n\n## Related heading\n");
        let got = ids(&r.html);
        assert_eq!(
            got,
            [
                "setup",
                "setup-2",
                "setup-2-2",
                "main-2",
                "related-heading-2"
            ],
            "{}",
            r.html
        );
        assert!(r.id_conflicts.is_empty());
        // an explicit id claims its name first; a repeated or reserved one is renamed and reported
        let r = render("## Setup\n\n## Other {#setup}\n\n## Skip {#main}\n\n## Again {#setup}\n");
        let got = ids(&r.html);
        let unique: HashSet<_> = got.iter().collect();
        assert_eq!(unique.len(), got.len(), "{got:?}");
        assert!(
            !got.iter().any(|i| RESERVED_IDS.contains(&i.as_str())),
            "{got:?}"
        );
        assert_eq!(got[1], "setup", "{got:?}");
        assert_eq!(r.id_conflicts, ["main", "setup"]);
    }

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let t = std::time::Instant::now();
        let r = render(&">".repeat(50_000));
        assert_eq!(r.too_deep, Some((1, 50_000)));
        assert!(!r.html.contains("<blockquote"));
        let r = render(&"> ".repeat(50_000));
        assert!(r.too_deep.is_some());
        let r = render(&"- ".repeat(10_000));
        assert!(r.too_deep.is_some());
        let nested_lists: String = (0..200)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert!(render(&nested_lists).too_deep.is_some());
        let r = render(&"<div>".repeat(50_000));
        assert!(r.too_deep.is_some());
        let _ = render(&"*a [b ".repeat(20_000));
        // many separate HTML blocks are not nesting
        assert_eq!(render(&"<div>x</div>\n\n".repeat(200)).too_deep, None);
        assert!(
            t.elapsed() < std::time::Duration::from_secs(1),
            "{:?}",
            t.elapsed()
        );
        // ordinary nesting is fine
        let r = render("> quote\n>\n> - a\n>   - b\n>     1. c\n");
        assert_eq!(r.too_deep, None);
        assert!(r.html.contains("<blockquote>"));
    }

    #[test]
    fn links_are_collected_with_lines_and_text_is_plain() {
        let r = render("Intro\n\nSee [this](/{lang}/advice/malware) and **bold**.\n");
        assert_eq!(r.links, vec![("/{lang}/advice/malware".to_owned(), 3)]);
        assert_eq!(r.text, "Intro See this and bold .");
        assert!(r.html.contains("/%7Blang%7D/advice/malware"), "{}", r.html);
    }
}

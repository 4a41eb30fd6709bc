//! Markdown to safe HTML: pulldown-cmark (tables, footnotes, strikethrough, heading ids) then ammonia.
//!
//! Editors' raw HTML is allowed but sanitised by ammonia: no `<script>`, no event handlers, only `http`,
//! `https`, `mailto` and `tel` URLs (no `javascript:` or `data:`), and every link gets
//! `rel="noopener noreferrer"`.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
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

/// Renders `src`. Never fails: whatever Markdown or HTML it holds becomes safe HTML.
pub fn render(src: &str) -> Rendered {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut heading_start: Option<usize> = None;
    let mut heading_text = String::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
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
                        if id.is_none() {
                            let base = slugify(&heading_text);
                            let base = if base.is_empty() {
                                "section".to_owned()
                            } else {
                                base
                            };
                            let n = used_ids.entry(base.clone()).or_insert(0);
                            *n += 1;
                            let unique = if *n == 1 { base } else { format!("{base}-{n}") };
                            *id = Some(CowStr::from(unique));
                        }
                    }
                }
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
    let mut raw = String::with_capacity(src.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    out.html = sanitizer().clean(&raw).to_string();
    out.text = out.text.split_whitespace().collect::<Vec<_>>().join(" ");
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

    #[test]
    fn links_are_collected_with_lines_and_text_is_plain() {
        let r = render("Intro\n\nSee [this](/{lang}/advice/malware) and **bold**.\n");
        assert_eq!(r.links, vec![("/{lang}/advice/malware".to_owned(), 3)]);
        assert_eq!(r.text, "Intro See this and bold .");
        assert!(r.html.contains("/%7Blang%7D/advice/malware"), "{}", r.html);
    }
}

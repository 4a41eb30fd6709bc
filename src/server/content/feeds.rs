//! Bulletin feeds per language: Atom 1.0 (RFC 4287, built with `atom_syndication`) and JSON Feed 1.1
//! (<https://www.jsonfeed.org/version/1.1/>, serialised with serde). Items are bulletins that are not archived,
//! newest update first; a bulletin without a translation appears in English with `lang`/`xml:lang` saying so.

use super::model::{Bulletin, Library};
use super::views::{bulletin_status, pick};
use crate::i18n;
use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::{DateTime, Utc};
use serde::Serialize;

fn items<'a>(lib: &'a Library, lang: &str, now: DateTime<Utc>) -> Vec<(&'a str, &'a Bulletin)> {
    let mut v: Vec<_> = lib
        .bulletins
        .iter()
        .filter_map(|(slug, tr)| pick(tr, lang).map(|(b, _)| (slug.as_str(), b)))
        .filter(|(_, b)| b.published <= now && bulletin_status(b, now) != "archived")
        .collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1.updated));
    v
}

fn fixed(t: DateTime<Utc>) -> FixedDateTime {
    t.fixed_offset()
}

/// The Atom feed of `lang` (an unsupported tag gives English). `base` is the public origin, e.g.
/// `https://cyberhelp.example`, used for absolute links and ids.
pub fn atom(lib: &Library, lang: &str, base: &str, now: DateTime<Utc>) -> String {
    let lang = super::views::lang_or_default(lang);
    let list = items(lib, lang, now);
    let updated = list.first().map(|(_, b)| b.updated).unwrap_or(now);
    let entries: Vec<Entry> = list
        .iter()
        .map(|(slug, b)| {
            let url = format!("{base}/{lang}/bulletins/{slug}");
            let mut content = Content::default();
            content.set_content_type(Some("html".to_owned()));
            content.set_value(Some(b.doc.html_for(lang)));
            content.set_lang(Some(b.doc.lang.clone()));
            let mut title = Text::plain(b.doc.title.clone());
            title.lang = Some(b.doc.lang.clone());
            let mut e = Entry::default();
            e.set_id(format!("urn:cyberhelp:bulletin:{}", b.doc.id));
            e.set_title(title);
            e.set_updated(fixed(b.updated));
            e.set_published(Some(fixed(b.published)));
            e.set_summary(Some(Text::plain(b.doc.summary.clone())));
            e.set_content(Some(content));
            e.set_links(vec![Link {
                href: url,
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Default::default()
            }]);
            e
        })
        .collect();
    let mut feed = Feed::default();
    feed.set_id(format!("{base}/{lang}/bulletins"));
    feed.set_title(Text::plain(format!(
        "cyberhelp – {}",
        i18n::t(lang, "bulletins-title")
    )));
    feed.set_subtitle(Some(Text::plain(i18n::t(lang, "bulletins-lead"))));
    feed.set_lang(Some(lang.to_owned()));
    feed.set_updated(fixed(updated));
    feed.set_rights(Some(Text::plain(format!(
        "{} ({})",
        super::CONTENT_LICENCE,
        super::CONTENT_LICENCE_URL
    ))));
    feed.set_authors(vec![Person {
        name: "cyberhelp".into(),
        ..Default::default()
    }]);
    feed.set_links(vec![
        Link {
            href: format!("{base}/{lang}/bulletins/feed.atom"),
            rel: "self".into(),
            mime_type: Some("application/atom+xml".into()),
            ..Default::default()
        },
        Link {
            href: format!("{base}/{lang}/bulletins"),
            rel: "alternate".into(),
            mime_type: Some("text/html".into()),
            ..Default::default()
        },
    ]);
    feed.set_entries(entries);
    feed.to_string()
}

/// JSON Feed 1.1 document.
#[derive(Serialize)]
pub struct JsonFeed {
    version: &'static str,
    title: String,
    home_page_url: String,
    feed_url: String,
    language: String,
    #[serde(rename = "_cyberhelp")]
    ext: FeedLicence,
    items: Vec<JsonFeedItem>,
}

/// The content licence as a JSON Feed extension (`_cyberhelp`; JSON Feed 1.1 allows keys starting with `_`).
#[derive(Serialize)]
pub struct FeedLicence {
    license: &'static str,
    license_url: &'static str,
}

/// JSON Feed 1.1 item.
#[derive(Serialize)]
pub struct JsonFeedItem {
    id: String,
    url: String,
    title: String,
    summary: String,
    content_html: String,
    date_published: String,
    date_modified: String,
    language: String,
    tags: Vec<String>,
}

/// The JSON Feed of `lang`.
pub fn json_feed(lib: &Library, lang: &str, base: &str, now: DateTime<Utc>) -> JsonFeed {
    let lang = super::views::lang_or_default(lang);
    JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: format!("cyberhelp – {}", i18n::t(lang, "bulletins-title")),
        home_page_url: format!("{base}/{lang}/bulletins"),
        feed_url: format!("{base}/{lang}/bulletins/feed.json"),
        language: lang.to_owned(),
        ext: FeedLicence {
            license: super::CONTENT_LICENCE,
            license_url: super::CONTENT_LICENCE_URL,
        },
        items: items(lib, lang, now)
            .into_iter()
            .map(|(slug, b)| JsonFeedItem {
                id: format!("urn:cyberhelp:bulletin:{}", b.doc.id),
                url: format!("{base}/{lang}/bulletins/{slug}"),
                title: b.doc.title.clone(),
                summary: b.doc.summary.clone(),
                content_html: b.doc.html_for(lang),
                date_published: b.published.to_rfc3339(),
                date_modified: b.updated.to_rfc3339(),
                language: b.doc.lang.clone(),
                tags: std::iter::once(format!("severity:{}", b.severity.id()))
                    .chain(b.cves.iter().cloned())
                    .chain(b.doc.incident_types.iter().cloned())
                    .collect(),
            })
            .collect(),
    }
}

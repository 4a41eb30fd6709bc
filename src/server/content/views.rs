//! Turns the [`Library`] into what pages and APIs show: visibility rules (drafts, `publish_at`, expiry),
//! language fallback, stale-translation detection, filters and ordering.

use super::dates::{format_date, format_instant};
use super::model::*;
use crate::api::content::{Alternate, Card, CardList, DocPage, HomeData, SourceLink};
use crate::i18n;
use chrono::{DateTime, Utc};

/// Normalises a requested language: a supported tag, else English.
pub fn lang_or_default(lang: &str) -> &'static str {
    i18n::resolve_or_default(Some(lang)).tag
}

/// Whether an article version may be shown at `now`.
pub fn article_visible(a: &Article, now: DateTime<Utc>) -> bool {
    !a.draft && a.publish_at.is_none_or(|t| t <= now)
}

/// Picks the reader's language version, else English. Returns (version, fallback?).
pub fn pick<'a, T>(tr: &'a Translations<T>, lang: &str) -> Option<(&'a T, bool)> {
    match tr.get(lang) {
        Some(t) => Some((t, false)),
        None => tr
            .get(i18n::DEFAULT_LANG)
            .map(|t| (t, lang != i18n::DEFAULT_LANG)),
    }
}

fn article_card(slug: &str, a: &Article, reader: &str) -> Card {
    Card {
        id: a.doc.id.clone(),
        url: format!("/{reader}/advice/{slug}"),
        lang: a.doc.lang.clone(),
        title: a.doc.title.clone(),
        summary: a.doc.summary.clone(),
        audience: a.audience.iter().map(|x| x.id().to_owned()).collect(),
        incident_types: a.doc.incident_types.clone(),
        date: format_date(a.updated, reader),
        severity: None,
        status: None,
    }
}

/// Status id of a bulletin at `now`: `archived` once expired, else its own status.
pub fn bulletin_status(b: &Bulletin, now: DateTime<Utc>) -> &'static str {
    if b.expires.is_some_and(|e| e <= now) {
        "archived"
    } else {
        b.status.id()
    }
}

fn bulletin_card(slug: &str, b: &Bulletin, reader: &str, now: DateTime<Utc>) -> Card {
    Card {
        id: b.doc.id.clone(),
        url: format!("/{reader}/bulletins/{slug}"),
        lang: b.doc.lang.clone(),
        title: b.doc.title.clone(),
        summary: b.doc.summary.clone(),
        audience: Vec::new(),
        incident_types: b.doc.incident_types.clone(),
        date: format_instant(b.updated, reader),
        severity: Some(b.severity.id().to_owned()),
        status: Some(bulletin_status(b, now).to_owned()),
    }
}

/// Visible articles in display order: (slug, version shown to `reader`).
pub fn visible_articles<'a>(
    lib: &'a Library,
    reader: &str,
    now: DateTime<Utc>,
) -> Vec<(&'a str, &'a Article)> {
    let mut out: Vec<_> = lib
        .advice
        .iter()
        .filter_map(|(slug, tr)| {
            let en = tr.get(i18n::DEFAULT_LANG)?;
            if !article_visible(en, now) {
                return None;
            }
            let shown = tr
                .get(reader)
                .filter(|a| article_visible(a, now))
                .unwrap_or(en);
            Some((slug.as_str(), shown))
        })
        .collect();
    // the reader's own language before English fallbacks, then the editors' weight, then the title
    out.sort_by(|a, b| {
        (a.1.doc.lang != reader)
            .cmp(&(b.1.doc.lang != reader))
            .then(a.1.weight.cmp(&b.1.weight))
            .then_with(|| a.1.doc.title.cmp(&b.1.doc.title))
    });
    out
}

/// Bulletins in display order (active first, then those in the reader's own language before English
/// fallbacks, then by severity, newest first): (slug, version shown).
pub fn visible_bulletins<'a>(
    lib: &'a Library,
    reader: &str,
    now: DateTime<Utc>,
) -> Vec<(&'a str, &'a Bulletin)> {
    let mut out: Vec<_> = lib
        .bulletins
        .iter()
        .filter_map(|(slug, tr)| pick(tr, reader).map(|(b, _)| (slug.as_str(), b)))
        .filter(|(_, b)| b.published <= now)
        .collect();
    let rank = |b: &Bulletin| match bulletin_status(b, now) {
        "active" => 0,
        "resolved" => 1,
        _ => 2,
    };
    out.sort_by(|(_, a), (_, b)| {
        rank(a)
            .cmp(&rank(b))
            .then((a.doc.lang != reader).cmp(&(b.doc.lang != reader)))
            .then(b.severity.cmp(&a.severity))
            .then(b.updated.cmp(&a.updated))
    });
    out
}

/// How many active bulletins the home page lists in each of its two lists.
pub const HOME_BULLETINS: usize = 4;

/// Home page data.
pub fn home(lib: &Library, lang: &str, now: DateTime<Utc>) -> HomeData {
    let reader = lang_or_default(lang);
    let active: Vec<_> = visible_bulletins(lib, reader, now)
        .into_iter()
        .filter(|(_, b)| bulletin_status(b, now) == "active")
        .collect();
    let list = |orgs: bool| -> Vec<Card> {
        active
            .iter()
            .filter(|(_, b)| b.for_organisations() == orgs)
            .take(HOME_BULLETINS)
            .map(|(s, b)| bulletin_card(s, b, reader, now))
            .collect()
    };
    HomeData {
        incident_types: lib.incident_types.iter().map(|t| t.id.clone()).collect(),
        bulletins: list(false),
        organisation_bulletins: list(true),
    }
}

/// Advice list filtered by incident type and audience ids (unknown filter values match nothing).
pub fn advice_list(
    lib: &Library,
    lang: &str,
    incident: Option<&str>,
    audience: Option<&str>,
    now: DateTime<Utc>,
) -> CardList {
    let reader = lang_or_default(lang);
    let incident = incident.filter(|s| !s.is_empty());
    let audience = audience.filter(|s| !s.is_empty());
    let items = visible_articles(lib, reader, now)
        .into_iter()
        .filter(|(_, a)| incident.is_none_or(|i| a.doc.incident_types.iter().any(|t| t == i)))
        .filter(|(_, a)| audience.is_none_or(|x| a.audience.iter().any(|au| au.id() == x)))
        .map(|(s, a)| article_card(s, a, reader))
        .collect();
    CardList {
        items,
        archived: Vec::new(),
        incident_types: lib.incident_types.iter().map(|t| t.id.clone()).collect(),
    }
}

fn alternates<T>(tr: &Translations<T>, kind: &str, slug: &str) -> Vec<Alternate> {
    tr.keys()
        .map(|l| Alternate {
            lang: l.clone(),
            url: format!("/{l}/{kind}/{slug}"),
        })
        .collect()
}

fn sources(doc: &Doc) -> Vec<SourceLink> {
    doc.sources
        .iter()
        .map(|s| SourceLink {
            title: s.title.clone(),
            url: s.url.clone(),
        })
        .collect()
}

/// One article page; `None` if unknown, draft or not yet published.
pub fn article(lib: &Library, lang: &str, slug: &str, now: DateTime<Utc>) -> Option<DocPage> {
    page_of(lib, &lib.advice, "advice", lang, slug, now)
}

/// One "what to keep as evidence" page (`/{lang}/evidence/{slug}`); `None` if unknown, draft or not yet
/// published. Its related cards are the advice articles for the same incident types.
pub fn evidence(lib: &Library, lang: &str, slug: &str, now: DateTime<Utc>) -> Option<DocPage> {
    page_of(lib, &lib.evidence, "evidence", lang, slug, now)
}

/// Cards of the published evidence pages in the reader's language (English where not translated; the card's
/// `lang` says which), in slug order, linking to `/{lang}/evidence/{slug}`.
pub fn evidence_list(lib: &Library, lang: &str, now: DateTime<Utc>) -> Vec<Card> {
    let reader = lang_or_default(lang);
    lib.evidence
        .iter()
        .filter_map(|(slug, tr)| {
            let en = tr
                .get(i18n::DEFAULT_LANG)
                .filter(|a| article_visible(a, now))?;
            let shown = tr
                .get(reader)
                .filter(|a| article_visible(a, now))
                .unwrap_or(en);
            let mut card = article_card(slug, shown, reader);
            card.url = format!("/{reader}/evidence/{slug}");
            Some(card)
        })
        .collect()
}

/// The slug of the evidence page for an incident type: the first (in slug order) whose `incident_types` names
/// it and that is published. `None` when no page covers the type.
pub fn evidence_for<'a>(lib: &'a Library, incident: &str, now: DateTime<Utc>) -> Option<&'a str> {
    lib.evidence.iter().find_map(|(slug, tr)| {
        tr.get(i18n::DEFAULT_LANG)
            .filter(|a| {
                article_visible(a, now) && a.doc.incident_types.iter().any(|t| t == incident)
            })
            .map(|_| slug.as_str())
    })
}

fn page_of(
    lib: &Library,
    docs: &std::collections::BTreeMap<String, Translations<Article>>,
    kind: &str,
    lang: &str,
    slug: &str,
    now: DateTime<Utc>,
) -> Option<DocPage> {
    let reader = lang_or_default(lang);
    let tr = docs.get(slug)?;
    let en = tr
        .get(i18n::DEFAULT_LANG)
        .filter(|a| article_visible(a, now))?;
    let (shown, fallback) = match tr.get(reader).filter(|a| article_visible(a, now)) {
        Some(a) => (a, false),
        None => (en, reader != i18n::DEFAULT_LANG),
    };
    let stale = !fallback && shown.doc.lang != i18n::DEFAULT_LANG && shown.is_stale_against(en);
    let related = visible_articles(lib, reader, now)
        .into_iter()
        .filter(|(s, a)| {
            (kind != "advice" || *s != slug)
                && a.doc
                    .incident_types
                    .iter()
                    .any(|t| shown.doc.incident_types.contains(t))
        })
        .take(4)
        .map(|(s, a)| article_card(s, a, reader))
        .collect();
    let mut card = article_card(slug, shown, reader);
    card.url = format!("/{reader}/{kind}/{slug}");
    Some(DocPage {
        card,
        html: shown.doc.html_for(reader),
        sources: sources(&shown.doc),
        fallback,
        stale,
        original_url: format!("/{}/{kind}/{slug}", i18n::DEFAULT_LANG),
        alternates: alternates(tr, kind, slug),
        reviewed: Some(format_date(shown.reviewed, reader)),
        updated: format_date(shown.updated, reader),
        published: None,
        affected: Vec::new(),
        cves: Vec::new(),
        related,
    })
}

/// Bulletin list filtered by severity and status (`active`, `resolved`); expired bulletins are `archived`.
pub fn bulletin_list(
    lib: &Library,
    lang: &str,
    severity: Option<&str>,
    status: Option<&str>,
    now: DateTime<Utc>,
) -> CardList {
    let reader = lang_or_default(lang);
    let severity = severity.filter(|s| !s.is_empty());
    let status = status.filter(|s| !s.is_empty());
    let all = visible_bulletins(lib, reader, now);
    let matches = |b: &Bulletin| severity.is_none_or(|s| b.severity.id() == s);
    let items = all
        .iter()
        .filter(|(_, b)| bulletin_status(b, now) != "archived" && matches(b))
        .filter(|(_, b)| status.is_none_or(|s| bulletin_status(b, now) == s))
        .map(|(s, b)| bulletin_card(s, b, reader, now))
        .collect();
    let archived = all
        .iter()
        .filter(|(_, b)| bulletin_status(b, now) == "archived" && matches(b))
        .filter(|_| status.is_none_or(|s| s == "archived"))
        .map(|(s, b)| bulletin_card(s, b, reader, now))
        .collect();
    CardList {
        items,
        archived,
        incident_types: lib.incident_types.iter().map(|t| t.id.clone()).collect(),
    }
}

/// One bulletin page; `None` if unknown or not yet published.
pub fn bulletin(lib: &Library, lang: &str, slug: &str, now: DateTime<Utc>) -> Option<DocPage> {
    let reader = lang_or_default(lang);
    let tr = lib.bulletins.get(slug)?;
    let (shown, fallback) = pick(tr, reader)?;
    if shown.published > now {
        return None;
    }
    let en = tr.get(i18n::DEFAULT_LANG)?;
    let stale = !fallback && shown.doc.lang != i18n::DEFAULT_LANG && shown.is_stale_against(en);
    let related = visible_articles(lib, reader, now)
        .into_iter()
        .filter(|(_, a)| {
            a.doc
                .incident_types
                .iter()
                .any(|t| shown.doc.incident_types.contains(t))
        })
        .take(4)
        .map(|(s, a)| article_card(s, a, reader))
        .collect();
    Some(DocPage {
        card: bulletin_card(slug, shown, reader, now),
        html: shown.doc.html_for(reader),
        sources: sources(&shown.doc),
        fallback,
        stale,
        original_url: format!("/{}/bulletins/{slug}", i18n::DEFAULT_LANG),
        alternates: alternates(tr, "bulletins", slug),
        reviewed: None,
        updated: format_instant(shown.updated, reader),
        published: Some(format_instant(shown.published, reader)),
        affected: shown.affected.clone(),
        cves: shown.cves.clone(),
        related,
    })
}

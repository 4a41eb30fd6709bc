//! Content for the pages: home, advice list and article, bulletin list and bulletin.
//!
//! All dates arrive already formatted for the reader's language (the server formats them; the browser needs
//! no locale data).

#[cfg(feature = "ssr")]
use crate::api::error::library;
use crate::api::error::ApiError;
#[cfg(feature = "ssr")]
use crate::server::content::views;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A source: title and URL of the authority's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceLink {
    /// Title.
    pub title: String,
    /// URL.
    pub url: String,
}

/// One entry in a list of articles or bulletins.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Language-independent id.
    pub id: String,
    /// Path of the page in the reader's language, e.g. `/fr/advice/phishing-citizen`.
    pub url: String,
    /// BCP 47 tag of the language the title and summary are written in (English when not translated).
    pub lang: String,
    /// Title.
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Audience ids (advice) – empty for bulletins.
    pub audience: Vec<String>,
    /// Incident type ids.
    pub incident_types: Vec<String>,
    /// Date line, formatted for the reader.
    pub date: String,
    /// Severity id (bulletins only).
    pub severity: Option<String>,
    /// Status id: `active`, `resolved` or `archived` (bulletins only).
    pub status: Option<String>,
}

/// A language version that exists, for `hreflang` alternates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alternate {
    /// BCP 47 tag.
    pub lang: String,
    /// Path.
    pub url: String,
}

/// An article or bulletin page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocPage {
    /// The card fields (title, summary, dates, ...).
    pub card: Card,
    /// Sanitised HTML of the body, with internal links in the reader's language.
    pub html: String,
    /// Sources.
    pub sources: Vec<SourceLink>,
    /// The reader's language has no translation: this is the English original.
    pub fallback: bool,
    /// The translation is older than the English original.
    pub stale: bool,
    /// URL of the English original (for the notices).
    pub original_url: String,
    /// Languages this page exists in.
    pub alternates: Vec<Alternate>,
    /// "Last reviewed" line (advice).
    pub reviewed: Option<String>,
    /// "Updated" line.
    pub updated: String,
    /// "Published" line (bulletins).
    pub published: Option<String>,
    /// Affected products (bulletins).
    pub affected: Vec<String>,
    /// CVE ids (bulletins).
    pub cves: Vec<String>,
    /// Related articles.
    pub related: Vec<Card>,
}

/// The home page's data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    /// Incident type ids, in editor's order.
    pub incident_types: Vec<String>,
    /// Active bulletins for everyone (scams and campaigns against people), the reader's language first, then
    /// most severe and newest (at most 4).
    pub bulletins: Vec<Card>,
    /// Active bulletins for organisations' IT (vulnerabilities under attack: those naming CVEs), in the same
    /// order (at most 4).
    #[serde(default)]
    pub organisation_bulletins: Vec<Card>,
}

/// A filtered list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardList {
    /// The items, in display order.
    pub items: Vec<Card>,
    /// Archived items (bulletins whose `expires` has passed), when asked for.
    pub archived: Vec<Card>,
    /// Incident type ids, for the filter.
    pub incident_types: Vec<String>,
}

/// Home page data for `lang`.
#[server(endpoint = "content/home")]
pub async fn get_home(lang: String) -> Result<HomeData, ApiError> {
    Ok(views::home(&*library()?, &lang, chrono::Utc::now()))
}

/// Advice articles for `lang`, optionally filtered by incident type and audience ids.
#[server(endpoint = "content/advice")]
pub async fn list_advice(
    lang: String,
    incident: Option<String>,
    audience: Option<String>,
) -> Result<CardList, ApiError> {
    let (incident, audience) = (incident.as_deref(), audience.as_deref());
    Ok(views::advice_list(
        &*library()?,
        &lang,
        incident,
        audience,
        chrono::Utc::now(),
    ))
}

/// One article in `lang` (or its English original); `None` when there is no such published article.
#[server(endpoint = "content/article")]
pub async fn get_article(lang: String, slug: String) -> Result<Option<DocPage>, ApiError> {
    Ok(views::article(
        &*library()?,
        &lang,
        &slug,
        chrono::Utc::now(),
    ))
}

/// Bulletins for `lang`, optionally filtered by severity and status ids; expired ones in `archived`.
#[server(endpoint = "content/bulletins")]
pub async fn list_bulletins(
    lang: String,
    severity: Option<String>,
    status: Option<String>,
) -> Result<CardList, ApiError> {
    let (severity, status) = (severity.as_deref(), status.as_deref());
    Ok(views::bulletin_list(
        &*library()?,
        &lang,
        severity,
        status,
        chrono::Utc::now(),
    ))
}

/// One bulletin in `lang` (or its English original); `None` when there is no such published bulletin.
#[server(endpoint = "content/bulletin")]
pub async fn get_bulletin(lang: String, slug: String) -> Result<Option<DocPage>, ApiError> {
    Ok(views::bulletin(
        &*library()?,
        &lang,
        &slug,
        chrono::Utc::now(),
    ))
}

/// One "what to keep as evidence" page in `lang` (or its English original); `None` when there is none.
#[server(endpoint = "content/evidence")]
pub async fn get_evidence(lang: String, slug: String) -> Result<Option<DocPage>, ApiError> {
    Ok(views::evidence(
        &*library()?,
        &lang,
        &slug,
        chrono::Utc::now(),
    ))
}

/// The evidence pages, as cards in `lang` (English where not translated).
#[server(endpoint = "content/evidence-list")]
pub async fn list_evidence(lang: String) -> Result<Vec<Card>, ApiError> {
    Ok(views::evidence_list(
        &*library()?,
        &lang,
        chrono::Utc::now(),
    ))
}

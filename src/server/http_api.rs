//! Plain HTTP endpoints besides the pages: the JSON API (`/api/v1/...`) and the bulletin feeds.
//!
//! `GET /api/v1/advice?lang=` and `GET /api/v1/bulletins?lang=` answer
//! `{"items": [{"id", "lang", "title", "summary", "url", "audience", "incident_types", "updated", ...}]}`;
//! bulletins add `severity`, `status`, `published`, `cves`. `lang` of an item is the language it is written
//! in; an unknown `lang` parameter falls back to English. Dates are RFC 3339 (bulletins) or `YYYY-MM-DD`
//! (advice `updated`).

use super::content::{feeds, views};
use super::error::AppError;
use super::AppState;
use crate::i18n;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use serde::{Deserialize, Serialize};

/// `?lang=` of the list endpoints.
#[derive(Deserialize, Default)]
pub struct LangQuery {
    #[serde(default)]
    lang: Option<String>,
}

/// An item of `/api/v1/advice`.
#[derive(Serialize)]
pub struct AdviceItem {
    id: String,
    lang: String,
    title: String,
    summary: String,
    url: String,
    audience: Vec<&'static str>,
    incident_types: Vec<String>,
    updated: String,
    reviewed: String,
}

/// An item of `/api/v1/bulletins`.
#[derive(Serialize)]
pub struct BulletinItem {
    id: String,
    lang: String,
    title: String,
    summary: String,
    url: String,
    audience: Vec<&'static str>,
    incident_types: Vec<String>,
    updated: String,
    published: String,
    severity: &'static str,
    status: &'static str,
    cves: Vec<String>,
    affected: Vec<String>,
}

/// `{"items": [...], "license", "license_url"}`: the content is CC BY 4.0 ([`crate::server::content::CONTENT_LICENCE`]).
#[derive(Serialize)]
pub struct Items<T> {
    items: Vec<T>,
    license: &'static str,
    license_url: &'static str,
}

impl<T> Items<T> {
    fn new(items: Vec<T>) -> Self {
        Self {
            items,
            license: crate::server::content::CONTENT_LICENCE,
            license_url: crate::server::content::CONTENT_LICENCE_URL,
        }
    }
}

fn reader(q: &LangQuery) -> &'static str {
    i18n::resolve_or_default(q.lang.as_deref()).tag
}

/// `GET /api/v1/advice?lang=`.
pub async fn advice(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> Json<Items<AdviceItem>> {
    let lib = state.library();
    let lang = reader(&q);
    let base = &state.config.public_url;
    let items = views::visible_articles(&lib, lang, Utc::now())
        .into_iter()
        .map(|(slug, a)| AdviceItem {
            id: a.doc.id.clone(),
            lang: a.doc.lang.clone(),
            title: a.doc.title.clone(),
            summary: a.doc.summary.clone(),
            url: format!("{base}/{lang}/advice/{slug}"),
            audience: a.audience.iter().map(|x| x.id()).collect(),
            incident_types: a.doc.incident_types.clone(),
            updated: a.updated.to_string(),
            reviewed: a.reviewed.to_string(),
        })
        .collect();
    Json(Items::new(items))
}

/// `GET /api/v1/bulletins?lang=` (archived bulletins included, with `status: "archived"`).
pub async fn bulletins(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> Json<Items<BulletinItem>> {
    let lib = state.library();
    let lang = reader(&q);
    let now = Utc::now();
    let base = &state.config.public_url;
    let items = views::visible_bulletins(&lib, lang, now)
        .into_iter()
        .map(|(slug, b)| BulletinItem {
            id: b.doc.id.clone(),
            lang: b.doc.lang.clone(),
            title: b.doc.title.clone(),
            summary: b.doc.summary.clone(),
            url: format!("{base}/{lang}/bulletins/{slug}"),
            audience: Vec::new(),
            incident_types: b.doc.incident_types.clone(),
            updated: b.updated.to_rfc3339(),
            published: b.published.to_rfc3339(),
            severity: b.severity.id(),
            status: views::bulletin_status(b, now),
            cves: b.cves.clone(),
            affected: b.affected.clone(),
        })
        .collect();
    Json(Items::new(items))
}

/// A feed answer: 404 for a path whose language is not supported, else `body` with its content type.
fn feed<B: IntoResponse>(
    lang: &str,
    content_type: &'static str,
    body: impl FnOnce(&'static str) -> B,
) -> Result<Response, AppError> {
    let l = i18n::locale(lang).ok_or(AppError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, content_type)], body(l.tag)).into_response())
}

/// `GET /{lang}/bulletins/feed.atom`.
pub async fn atom(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response, AppError> {
    feed(&lang, "application/atom+xml; charset=utf-8", |l| {
        feeds::atom(&state.library(), l, &state.config.public_url, Utc::now())
    })
}

/// `GET /{lang}/bulletins/feed.json`.
pub async fn json_feed(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response, AppError> {
    feed(&lang, "application/feed+json; charset=utf-8", |l| {
        Json(feeds::json_feed(
            &state.library(),
            l,
            &state.config.public_url,
            Utc::now(),
        ))
    })
}

/// `GET /api/v1/search?q=&lang=&limit=&offset=&kind=&incident=&audience=`.
///
/// Answers 200 with [`crate::api::search::SearchResults`]: `{"query", "lang", "total", "offset", "limit",
/// "hits": [{"kind", "id", "lang", "title", "url", "snippet", "incident_types", "audience", "score"}],
/// "facets": {"kind": {...}, "incident": {...}, "audience": {...}}}`. Any `q` is accepted (no hits at worst);
/// an unknown `lang` falls back to English. `limit` (1–50, default 10) and `offset` (0–1000) must be
/// non-negative integers, else 422 `{"error": "invalid_parameter", "parameter": "limit"}`; values beyond
/// the range are clamped. The `url` of a hit is absolute (`CYBERHELP_PUBLIC_URL`).
pub async fn search(
    State(state): State<AppState>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    // `None` when the parameter is there but not a non-negative integer
    let num = |name: &str, default: usize| -> Option<usize> {
        match q.get(name).map(|s| s.trim()) {
            None | Some("") => Some(default),
            // digits only; numbers too big for u64 are clamped like any other large value
            Some(s) if s.bytes().all(|b| b.is_ascii_digit()) => {
                Some(s.parse::<u64>().unwrap_or(u64::MAX).min(1_000_000) as usize)
            }
            Some(_) => None,
        }
    };
    let limit = num("limit", crate::api::search::DEFAULT_LIMIT)
        .ok_or(AppError::InvalidParameter("limit"))?;
    let offset = num("offset", 0).ok_or(AppError::InvalidParameter("offset"))?;
    let req = super::search::SearchRequest {
        q: q.get("q").map_or("", String::as_str),
        lang: i18n::resolve_or_default(q.get("lang").map(String::as_str)).tag,
        limit,
        offset,
        kind: q.get("kind").map(String::as_str),
        incident: q.get("incident").map(String::as_str),
        audience: q.get("audience").map(String::as_str),
        prefix_last: matches!(q.get("prefix").map(String::as_str), Some("1" | "true")),
    };
    let mut res = super::search::search_blocking(&state.search_gate, state.content.search(), &req)
        .await
        .map_err(|_| AppError::Busy {
            retry_after_secs: super::search::BUSY_RETRY_AFTER_SECS,
        })?;
    let base = &state.config.public_url;
    for h in &mut res.hits {
        h.url = format!("{base}{}", h.url);
    }
    Ok(([(header::CACHE_CONTROL, "no-cache")], Json(res)).into_response())
}

/// `GET /api/v1/statistics?lang=`: the open statistics ([`crate::api::stats::Statistics`]; labels in `lang`,
/// English for an unknown one). Withheld counts are `null`. `503` when the database fails.
pub async fn statistics(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> Result<Response, AppError> {
    let lang = i18n::resolve_or_default(q.lang.as_deref()).tag;
    let s = super::stats::statistics(&state.db, lang).await?;
    Ok(([(header::CACHE_CONTROL, "public, max-age=300")], Json(s)).into_response())
}

/// The open-data routes: advice and bulletin lists, search, statistics, and the bulletin feeds per language.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/api/v1/advice", get(advice))
        .route("/api/v1/bulletins", get(bulletins))
        .route("/api/v1/search", get(search))
        .route("/api/v1/statistics", get(statistics))
        .route("/{lang}/bulletins/feed.atom", get(atom))
        .route("/{lang}/bulletins/feed.json", get(json_feed))
}

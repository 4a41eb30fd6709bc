//! HTTP endpoints of the tools. Nothing a victim pastes is stored or logged: the handlers read the body, answer,
//! and drop it; request logs carry only the method and path (see `server::middleware`).
//!
//! - `POST /{lang}/check` (form: `text`, `country`; or `action=contact` with `contact`): the page with the
//!   answer (200), or with a translated error (422). Without JavaScript, a plain form.
//! - `POST /{lang}/ransomware` (form: `extension`, `note_filename`, `note`): the page with likely families (200)
//!   or a translated error (422).
//! - `POST /api/v1/check` (JSON `{"text", "lang", "country"}`) → `{"signals": [{"id", "message"}], "links":
//!   [{"url", "domain", "lookalike_of", "official_of"}], "channels": [{"name", "href"}], "suspicious", "advice",
//!   "truncated"}`; `signals` is empty when nothing was found; `suspicious` is true for one strong sign or two weak
//!   ones (a lone weak sign, such as a fee, is only worth checking). A missing `text`, an unknown `lang` or `country` → 422 naming it.
//! - `GET /api/v1/verify-contact?value=&country=&lang=` → `{"matches": [{"country", "contact", "name", "field",
//!   "value", "source", "unverified"}]}` (empty when none); an unreadable value → 422.
//! - `GET /api/v1/ransomware?extension=&note_filename=&note=` → `{"families": [{"name", "score", "refs",
//!   "evidence", "fake"}], "ambiguous"}`, best first, empty when nothing matched; all three empty → 422.

use super::check::Outcome;
use super::ransomware::{Clues, Evidence};
use crate::api::tools::{
    ChannelLine, CheckPageState, CheckResult, ContactResult, FamilyLine, LinkLine, PostedCheck,
    PostedRansomware, RansomwarePageState,
};
use crate::i18n;
use crate::server::content::Library;
use crate::server::routing::directory::Service;
use crate::server::routing::normalise_country;
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;

/// The routes of the tools.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/{lang}/check", post(post_check))
        .route("/{lang}/ransomware", post(post_ransomware))
        .route("/api/v1/check", post(api_check))
        .route("/api/v1/verify-contact", get(api_verify_contact))
        .route("/api/v1/ransomware", get(api_ransomware))
}

/// A form body as (name → value), invalid UTF-8 replaced and NUL removed; the first value of a name wins.
fn form_fields(body: &[u8]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(body) {
        out.entry(k.replace('\0', ""))
            .or_insert_with(|| v.replace('\0', ""));
    }
    out
}

/// Where to forward or report a suspicious message in `country`: its phishing-forward services, else the police
/// complaint services.
fn channels(lib: &Library, country: Option<&str>, lang: &str) -> Vec<ChannelLine> {
    let Some(c) = country.and_then(|c| lib.directory.countries.get(c)) else {
        return Vec::new();
    };
    let pick = |service: Service| -> Vec<ChannelLine> {
        let mut out = Vec::new();
        for k in &c.contacts {
            let Some(offer) = k.services.iter().find(|s| s.service == service) else {
                continue;
            };
            let by_channel = |ch: &str| match ch {
                "report_email" => k
                    .report_email
                    .as_ref()
                    .map(|e| (format!("mailto:{e}"), e.clone())),
                "report_url" => k.report_url.as_ref().map(|u| (u.clone(), u.clone())),
                "phone" => k
                    .phone
                    .as_ref()
                    .and_then(|p| crate::app::pages::report::tel_href(p).map(|h| (h, p.clone()))),
                "website" => k.website.as_ref().map(|u| (u.clone(), u.clone())),
                _ => None,
            };
            let link = offer.channel.as_deref().and_then(by_channel).or_else(|| {
                ["report_email", "report_url", "phone", "website"]
                    .into_iter()
                    .find_map(by_channel)
            });
            if let Some((href, label)) = link {
                out.push(ChannelLine {
                    name: k.display_name(lang).to_owned(),
                    href,
                    label,
                });
            }
        }
        out
    };
    let forward = pick(Service::PhishingForward);
    if forward.is_empty() {
        pick(Service::Complaint)
    } else {
        forward
    }
}

/// The sentence for one sign.
fn sign_text(lang: &str, s: &super::check::Sign) -> String {
    i18n::t_args(
        lang,
        &format!("check-sign-{}", s.id),
        &[
            ("domain", s.detail.clone().into()),
            ("brand", s.brand.clone().unwrap_or_default().into()),
            ("official", s.official.clone().unwrap_or_default().into()),
        ],
    )
}

fn result_view(lib: &Library, lang: &str, country: Option<&str>, o: &Outcome) -> CheckResult {
    let mut notes = Vec::new();
    if o.truncated {
        notes.push(i18n::t_args(
            lang,
            "check-truncated",
            &[("chars", super::check::MAX_TEXT_CHARS.into())],
        ));
    }
    if o.unchecked_links > 0 {
        notes.push(i18n::t_args(
            lang,
            "check-unchecked-links",
            &[("count", o.unchecked_links.into())],
        ));
    }
    CheckResult {
        signs: o.signs.iter().map(|s| sign_text(lang, s)).collect(),
        suspicious: o.suspicious(),
        links: o
            .links
            .iter()
            .map(|l| {
                let (status, kind) = match (&l.official_of, &l.lookalike_of) {
                    (Some(n), _) => (
                        i18n::t_args(lang, "check-link-official", &[("name", n.clone().into())]),
                        "official",
                    ),
                    (None, Some(n)) => (
                        i18n::t_args(lang, "check-link-lookalike", &[("name", n.clone().into())]),
                        "lookalike",
                    ),
                    _ => (i18n::t(lang, "check-link-unknown"), "unknown"),
                };
                LinkLine {
                    url: l.url.clone(),
                    domain: l.domain.clone(),
                    status,
                    kind: kind.into(),
                }
            })
            .collect(),
        notes,
        channels: channels(lib, country, lang),
        advice: format!("/{lang}/advice/phishing-citizen"),
    }
}

fn contact_view(lang: &str, m: &[super::ChannelMatch]) -> ContactResult {
    ContactResult {
        matches: m
            .iter()
            .map(|x| {
                let country = crate::server::content::countries::name(lang, &x.country)
                    .unwrap_or(&x.country)
                    .to_owned();
                (x.name.clone(), country, x.value.clone(), x.source.clone())
            })
            .collect(),
    }
}

/// `POST /{lang}/check`.
pub async fn post_check(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Response {
    let Some(loc) = i18n::locale(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = loc.tag;
    let lib = state.library();
    let f = form_fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let country =
        normalise_country(&get("country")).filter(|c| lib.directory.countries.contains_key(c));
    let mut page = CheckPageState {
        text: get("text"),
        country: country.clone().unwrap_or_default(),
        countries: crate::server::routing::pages::countries(&lib, lang),
        contact_value: get("contact"),
        ..Default::default()
    };
    let mut status = StatusCode::OK;
    if get("action") == "contact" {
        match super::verify_contact(
            &lib.directory,
            &page.contact_value,
            country.as_deref(),
            lang,
        ) {
            Some(m) => page.contact = Some(contact_view(lang, &m)),
            None => {
                page.errors
                    .push(("contact".into(), "verify-contact-error".into()));
                status = StatusCode::UNPROCESSABLE_ENTITY;
            }
        }
    } else if page.text.trim().is_empty() {
        page.errors
            .push(("text".into(), "check-error-empty".into()));
        status = StatusCode::UNPROCESSABLE_ENTITY;
    } else {
        let o = lib.tools.check.check(
            &page.text,
            lang,
            &super::country_languages(&lib.directory, country.as_deref()),
        );
        page.result = Some(result_view(&lib, lang, country.as_deref(), &o));
    }
    crate::server::pages::render_posted(&state, format!("/{lang}/check"), PostedCheck(page), status)
        .await
}

/// `POST /{lang}/ransomware`.
pub async fn post_ransomware(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Response {
    let Some(loc) = i18n::locale(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = loc.tag;
    let lib = state.library();
    let f = form_fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let mut page = RansomwarePageState {
        extension: get("extension"),
        note_filename: get("note_filename"),
        note: get("note"),
        version: lib
            .tools
            .ransomware
            .version
            .map(|v| v.to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    let status = if [&page.extension, &page.note_filename, &page.note]
        .iter()
        .all(|s| s.trim().is_empty())
    {
        page.errors
            .push(("extension".into(), "ransomware-error-empty".into()));
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        let id = lib.tools.ransomware.identify(&Clues {
            extension: page.extension.clone(),
            note_filename: page.note_filename.clone(),
            note: page.note.clone(),
        });
        page.ambiguous = id.ambiguous;
        page.families = Some(
            id.families
                .iter()
                .map(|c| FamilyLine {
                    name: c.name.clone(),
                    evidence: c.evidence.iter().map(|e| evidence_text(lang, e)).collect(),
                    refs: c.refs.clone(),
                    fake: c.fake,
                })
                .collect(),
        );
        StatusCode::OK
    };
    crate::server::pages::render_posted(
        &state,
        format!("/{lang}/ransomware"),
        PostedRansomware(page),
        status,
    )
    .await
}

fn evidence_text(lang: &str, e: &Evidence) -> String {
    let (id, detail) = match e {
        Evidence::Address(a) => ("ransomware-evidence-address", a.as_str()),
        Evidence::NoteFile(n) => ("ransomware-evidence-note-file", n.as_str()),
        Evidence::Extension(x) => ("ransomware-evidence-extension", x.as_str()),
        Evidence::Name(n) => ("ransomware-evidence-name", n.as_str()),
        Evidence::Wording => ("ransomware-evidence-wording", ""),
    };
    if detail.is_empty() {
        i18n::t(lang, id)
    } else {
        format!("{}: {detail}", i18n::t(lang, id))
    }
}

fn unprocessable(field: &str, message: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({"errors": [{"field": field, "message": message}]})),
    )
        .into_response()
}

/// The JSON body of `POST /api/v1/check`.
#[derive(Deserialize)]
pub struct CheckRequest {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    country: Option<String>,
}

/// `POST /api/v1/check`.
pub async fn api_check(State(state): State<AppState>, body: Bytes) -> Response {
    let Ok(req) = serde_json::from_slice::<CheckRequest>(&body) else {
        return unprocessable(
            "body",
            "a JSON object with text, lang and country is expected",
        );
    };
    let Some(text) = req.text.filter(|t| !t.trim().is_empty()) else {
        return unprocessable("text", "text is required");
    };
    let lang = match req.lang.as_deref() {
        None | Some("") => "en",
        Some(l) => match i18n::locale(l) {
            Some(l) => l.tag,
            None => return unprocessable("lang", "not a supported language tag"),
        },
    };
    let lib = state.library();
    let country = match req.country.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => match normalise_country(c).filter(|c| lib.directory.countries.contains_key(c)) {
            Some(c) => Some(c),
            None => {
                return unprocessable(
                    "country",
                    "not a country of the directory (ISO 3166-1 alpha-2)",
                )
            }
        },
    };
    let o = lib.tools.check.check(
        &text,
        lang,
        &super::country_languages(&lib.directory, country.as_deref()),
    );
    let view = result_view(&lib, lang, country.as_deref(), &o);
    Json(json!({
        "signals": o.signs.iter().map(|s| json!({"id": s.id, "message": sign_text(lang, s)})).collect::<Vec<_>>(),
        "links": o.links.iter().map(|l| json!({"url": l.url, "domain": l.domain, "lookalike_of": l.lookalike_of, "official_of": l.official_of})).collect::<Vec<_>>(),
        "channels": view.channels.iter().map(|c| json!({"name": c.name, "href": c.href})).collect::<Vec<_>>(),
        "suspicious": o.suspicious(),
        "advice": view.advice,
        "truncated": o.truncated,
    }))
    .into_response()
}

/// Query of `GET /api/v1/verify-contact`.
#[derive(Deserialize)]
pub struct VerifyQuery {
    #[serde(default)]
    value: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    lang: String,
}

/// `GET /api/v1/verify-contact`.
pub async fn api_verify_contact(
    State(state): State<AppState>,
    Query(q): Query<VerifyQuery>,
) -> Response {
    let lang = i18n::resolve_or_default(Some(&q.lang)).tag;
    let lib = state.library();
    let country = (!q.country.is_empty()).then(|| q.country.clone());
    if country
        .as_deref()
        .is_some_and(|c| normalise_country(c).is_none())
    {
        return unprocessable("country", "not an ISO 3166-1 alpha-2 code");
    }
    match super::verify_contact(&lib.directory, &q.value, country.as_deref(), lang) {
        Some(m) => Json(json!({"matches": m})).into_response(),
        None => unprocessable(
            "value",
            "a phone number, e-mail address, domain or web address is expected",
        ),
    }
}

/// Query of `GET /api/v1/ransomware`.
#[derive(Deserialize)]
pub struct RansomwareQuery {
    #[serde(default)]
    extension: String,
    #[serde(default)]
    note_filename: String,
    #[serde(default)]
    note: String,
}

/// `GET /api/v1/ransomware`.
pub async fn api_ransomware(
    State(state): State<AppState>,
    Query(q): Query<RansomwareQuery>,
) -> Response {
    if [&q.extension, &q.note_filename, &q.note]
        .iter()
        .all(|s| s.trim().is_empty())
    {
        return unprocessable("extension", "give extension, note_filename or note");
    }
    let id = state.library().tools.ransomware.identify(&Clues {
        extension: q.extension,
        note_filename: q.note_filename,
        note: q.note,
    });
    Json(json!({"families": id.families, "ambiguous": id.ambiguous})).into_response()
}

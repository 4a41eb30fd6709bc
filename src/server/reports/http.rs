//! HTTP endpoints of reporting: the no-JavaScript form POST, the JSON API and the directory/routing API.
//!
//! - `POST /{lang}/report` (form): `action=preview` → `303` to `/{lang}/report?draft=…`, the page with
//!   the routing preview (POST-redirect-GET through a sealed draft, see [`super::draft`]), or errors (422);
//!   `action=keep` → the form again with the same answers and nothing checked or stored (the language menu
//!   with a filled form); `action=send` → stores and answers `303` to `/{lang}/report/receipt?ref=…&token=…` if at least one
//!   deliverable recipient is ticked, else the form again (422) saying nothing was sent; `action=record` → stores
//!   it as the victim's own record with every consent withdrawn (the receipt says nothing was sent). Malformed bodies
//!   (NUL bytes, invalid UTF-8) → 400 page; a filled honeypot → 400.
//!   Over the size limit or the rate limit, the form comes back with what was typed (see [`keep_typed`]).
//! - `POST /api/v1/reports` (JSON [`ReportInput`]) → `201 {"reference", "token", "status_url", "steps"}` or
//!   `422 {"errors": [{"field", "message"}]}` (message translated into `?lang=`, English by default).
//! - `GET /api/v1/reports/{reference}?token=` → the stored report as JSON (the "download a copy" link).
//! - `GET /api/v1/route?country=&victim=&incident=&money_lost=&personal_data=&ongoing=&minor=&cross_border=
//!   &region=&sector=&role=&device_encrypted=&payment=&payment_recent=&self_approved=&lang=`
//!   → `{"country", "covered", "steps": [{"kind", "service", "contact_point", "alternatives", "needs_region",
//!   "deadline_hours", "deadline_months", "deadline_from", "legal_basis", "optional", "optional_reason", "why",
//!   "rule"}]}`; an invalid or contradictory parameter (unknown region or sector, a region of another country, a
//!   NIS2 entity without a sector, a citizen who is a processor) → 422 naming it.
//! - `GET /api/v1/contact-points?country=BE` → the directory entry (404 if none, 422 if not a code).

use super::validate::{parse_form, BodyError};
use super::{preview, send, status_view, ClientKind};
use crate::api::report::{PostedForm, ReportFormState, ReportInput};
use crate::i18n;
use crate::server::error::{AppError, FieldMessage};
use crate::server::routing::{self, normalise_country, Answers, VictimType};
use crate::server::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;

/// Renders the report page with a server-side form state and the given status.
async fn render_form(
    state: &AppState,
    lang: &str,
    form: ReportFormState,
    status: StatusCode,
) -> Response {
    crate::server::pages::render_posted(state, format!("/{lang}/report"), PostedForm(form), status)
        .await
}

/// `POST /{lang}/report`.
pub async fn post_form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    body: Bytes,
) -> Response {
    let Some(loc) = i18n::locale(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lib = state.library();
    let now = Utc::now();
    let (input, action) = match parse_form(&body) {
        Ok(x) => x,
        Err(e) => {
            if e == BodyError::Honeypot {
                tracing::info!("report form honeypot filled; refused");
            }
            let mut form = super::fresh_form(None);
            super::add_choices(&lib, loc.tag, &mut form);
            form.errors.push(crate::api::report::FieldError {
                field: "form".into(),
                message: "report-error-bad-request".into(),
            });
            return render_form(&state, loc.tag, form, StatusCode::BAD_REQUEST).await;
        }
    };
    let link = url::form_urlencoded::parse(&body)
        .find(|(k, _)| k == "draft")
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.is_empty());
    // The language menu with a filled form (JavaScript): the same answers on this language's page, not
    // checked yet (the victim was not done).
    if action.as_deref() == Some("keep") {
        let mut input = input;
        if input.form_key.is_empty() {
            input.form_key = super::reference::new_form_key();
        }
        let d = super::draft::Draft::Open {
            input: Box::new(input.clone()),
            action: "keep".into(),
        };
        if let Some(to) = to_draft(&state, loc.tag, link.as_deref(), &d).await {
            return to;
        }
        let mut form = ReportFormState {
            input,
            ..Default::default()
        };
        super::add_choices(&lib, loc.tag, &mut form);
        return render_form(&state, loc.tag, form, StatusCode::OK).await;
    }
    let (form, prepared) = super::prepare(&lib, loc.tag, input, now);
    let Some(prepared) = prepared else {
        return render_form(&state, loc.tag, form, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    // "Send" with no recipient ticked sends nothing, so it must not look sent: the form comes back saying so,
    // with the choice of ticking a recipient or keeping the report only as the victim's own record.
    let prepared = match action.as_deref() {
        Some("send") if !prepared.reaches_anyone() => {
            let mut form = form;
            form.errors.push(crate::api::report::FieldError {
                field: "preview".into(),
                message: "report-error-no-recipient".into(),
            });
            return render_form(&state, loc.tag, form, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Some("send") => prepared,
        Some("record") => prepared.as_record_only(),
        _ => {
            // the preview: POST-redirect-GET, so that back and reload show it again without resubmitting
            let d = super::draft::Draft::Open {
                input: Box::new(form.input.clone()),
                action: "preview".into(),
            };
            if let Some(to) = to_draft(&state, loc.tag, link.as_deref(), &d).await {
                return to;
            }
            return render_form(&state, loc.tag, form, StatusCode::OK).await;
        }
    };
    match send(
        &state.db,
        &state.token_secret,
        loc.tag,
        &prepared,
        now,
        ClientKind::Form,
    )
    .await
    {
        Ok(sent) => {
            tracing::info!(reference = %sent.reference, created = sent.created, "report stored");
            if let Some(link) = link.as_deref() {
                // the preview's link now says "already sent", with the receipt, instead of offering to send
                let d = super::draft::Draft::Sent {
                    reference: sent.reference.clone(),
                    token: sent.token.clone(),
                };
                if let Err(e) = super::draft::save(&state.db, Some(link), &d, now).await {
                    tracing::warn!(error = %e, "marking a report draft as sent failed");
                }
            }
            Redirect::to(&format!(
                "/{}/report/receipt?ref={}&token={}",
                loc.tag, sent.reference, sent.token
            ))
            .into_response()
        }
        Err(super::ReportError::AlreadySent) => {
            let mut fresh = super::fresh_form(None);
            fresh.input = ReportInput {
                form_key: fresh.input.form_key,
                ..form.input
            };
            super::add_choices(&lib, loc.tag, &mut fresh);
            fresh.errors.push(crate::api::report::FieldError {
                field: "form".into(),
                message: "report-error-bad-request".into(),
            });
            render_form(&state, loc.tag, fresh, StatusCode::CONFLICT).await
        }
        Err(super::ReportError::Storage(e)) => {
            tracing::error!(error = %e, "storing a report failed");
            let mut res = render_form(&state, loc.tag, form, StatusCode::SERVICE_UNAVAILABLE).await;
            res.headers_mut()
                .insert(header::RETRY_AFTER, "30".parse().expect("static"));
            res
        }
    }
}

/// Saves a draft and answers `303 See Other` to its page (`/{lang}/report?draft=…`); `None` when the database
/// failed (the caller then shows the page directly, as before drafts). There is no `#preview` fragment: a page
/// with a fragment target skips `autofocus` (HTML's "flush autofocus candidates"), and the preview's heading is
/// what must take focus, and with it the scroll position.
async fn to_draft(
    state: &AppState,
    lang: &str,
    link: Option<&str>,
    d: &super::draft::Draft,
) -> Option<Response> {
    match super::draft::save(&state.db, link, d, Utc::now()).await {
        Ok(link) => Some(Redirect::to(&format!("/{lang}/report?draft={link}")).into_response()),
        Err(e) => {
            tracing::warn!(error = %e, "saving a report draft failed; the preview is shown without a redirect");
            None
        }
    }
}

/// How many times the general body limit `POST /{lang}/report` may read (see [`keep_typed`]).
pub const FORM_RESCUE_FACTOR: usize = 8;

/// Whether a request is the no-JavaScript report form's `POST /{lang}/report`.
pub fn is_form_post(method: &axum::http::Method, path: &str) -> bool {
    let mut segs = path.trim_matches('/').split('/');
    *method == axum::http::Method::POST
        && segs.next().is_some_and(|l| !l.is_empty() && l != "api")
        && segs.next() == Some("report")
        && segs.next().is_none()
}

/// Middleware of `POST /{lang}/report`, outside its rate limit: a victim without JavaScript who is told
/// "too large" (413) or "too many reports" (429) gets the form back with everything typed and a translated
/// error, never a bare error page that forces retyping.
///
/// - **413:** the body limit of this one route is [`FORM_RESCUE_FACTOR`] times the general one
///   (`CYBERHELP_MAX_BODY_BYTES`, 64 KiB: a description of 5,000 characters in any script fits), so a too-long
///   paste can still be read and shown again with "please shorten"; nothing larger than the general limit is
///   ever validated further or stored. A body even beyond the rescue limit is not read (a memory bound), and
///   the readable 413 page says to use the browser's Back button, which keeps a form's text in every current
///   browser.
/// - **429:** the body is read before the rate limit answers; its 429 is replaced by the form with the
///   preview recomputed (the consent boxes and the send button come back) and the `Retry-After` kept.
pub async fn keep_typed(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let lang = req
        .uri()
        .path()
        .trim_matches('/')
        .split('/')
        .next()
        .and_then(i18n::locale)
        .map(|l| l.tag);
    let Some(lang) = lang else {
        return next.run(req).await;
    };
    let (parts, body) = req.into_parts();
    let limit = state
        .config
        .max_body_bytes
        .saturating_mul(FORM_RESCUE_FACTOR);
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        // too large even to rescue, or a broken upload: the readable error page
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let again = |status: StatusCode, message: &'static str, retry: Option<header::HeaderValue>| {
        let state = state.clone();
        let bytes = bytes.clone();
        async move {
            let Ok((input, _)) = parse_form(&bytes) else {
                return None;
            };
            let lib = state.library();
            let mut form = preview(&lib, lang, input, Utc::now());
            if !form.errors.iter().any(|e| e.message == message) {
                form.errors.insert(
                    0,
                    crate::api::report::FieldError {
                        field: "form".into(),
                        message: message.into(),
                    },
                );
            }
            let mut res = render_form(&state, lang, form, status).await;
            if let Some(r) = retry {
                res.headers_mut().insert(header::RETRY_AFTER, r);
            }
            Some(res)
        }
    };
    if bytes.len() > state.config.max_body_bytes {
        tracing::info!(bytes = bytes.len(), "report form too large; shown again");
        return again(
            StatusCode::PAYLOAD_TOO_LARGE,
            "report-error-description-long",
            None,
        )
        .await
        .unwrap_or_else(|| StatusCode::PAYLOAD_TOO_LARGE.into_response());
    }
    let res = next
        .run(Request::from_parts(parts, Body::from(bytes.clone())))
        .await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("text/html"));
    if res.status() != StatusCode::TOO_MANY_REQUESTS || html {
        return res;
    }
    let retry = res.headers().get(header::RETRY_AFTER).cloned();
    match again(
        StatusCode::TOO_MANY_REQUESTS,
        "report-error-rate-limited",
        retry,
    )
    .await
    {
        Some(page) => page,
        None => res,
    }
}

/// `?lang=` for API messages.
#[derive(Deserialize, Default)]
pub struct ApiLang {
    #[serde(default)]
    lang: Option<String>,
}

/// One translated field message.
fn field_message(lang: &str, field: &str, message_id: &str) -> FieldMessage {
    FieldMessage {
        field: field.to_owned(),
        message: i18n::t(lang, message_id),
    }
}

/// `POST /api/v1/reports`.
pub async fn post_json(
    State(state): State<AppState>,
    Query(q): Query<ApiLang>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let lang = i18n::resolve_or_default(q.lang.as_deref()).tag;
    let bad_body = || {
        AppError::BadRequest(vec![field_message(
            lang,
            "body",
            "report-error-bad-request",
        )])
    };
    let text = std::str::from_utf8(&body)
        .ok()
        .filter(|s| !s.contains('\0') && s.trim_start().starts_with('{'))
        .ok_or_else(bad_body)?;
    let mut input: ReportInput = serde_json::from_str(text).map_err(|_| bad_body())?;
    // the usual HTTP retry key, when the body has none (`form_key` in the body wins)
    if input.form_key.is_empty() {
        if let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
            input.form_key = key.trim().to_owned();
        }
    }
    if input.description.contains('\0') || input.country.contains('\0') {
        return Err(bad_body());
    }
    let lib = state.library();
    let now = Utc::now();
    let (form, prepared) = super::prepare(&lib, lang, input, now);
    let Some(prepared) = prepared else {
        return Err(AppError::Unprocessable(
            form.errors
                .iter()
                .map(|e| field_message(lang, &e.field, &e.message))
                .collect(),
        ));
    };
    let sent = send(
        &state.db,
        &state.token_secret,
        lang,
        &prepared,
        now,
        ClientKind::Api,
    )
    .await
    .map_err(|e| match e {
        super::ReportError::AlreadySent => AppError::Conflict(vec![field_message(
            lang,
            "form_key",
            "report-error-bad-request",
        )]),
        super::ReportError::Storage(e) => AppError::from(e),
    })?;
    let view = status_view(&state.db, &lib, lang, &sent.reference, &sent.token)
        .await
        .ok()
        .flatten();
    let status = if sent.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        [(header::LOCATION, format!("/api/v1/reports/{}", sent.reference))],
        Json(json!({
            "reference": sent.reference,
            "token": sent.token,
            "status_url": format!("{}/{lang}/report/status?ref={}&token={}", state.config.public_url, sent.reference, sent.token),
            "steps": view.map(|v| v.steps).unwrap_or_default(),
        })),
    )
        .into_response())
}

/// `?token=` of the download endpoint.
#[derive(Deserialize, Default)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
    #[serde(default)]
    lang: Option<String>,
}

/// `GET /api/v1/reports/{reference}?token=`.
pub async fn get_json(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, AppError> {
    let lang = i18n::resolve_or_default(q.lang.as_deref()).tag;
    let v = status_view(&state.db, &state.library(), lang, &reference, &q.token)
        .await?
        .ok_or(AppError::NotFound)?;
    let file = format!("attachment; filename=\"cyberhelp-{}.json\"", v.reference);
    Ok((
        [
            (header::CONTENT_DISPOSITION, file),
            (header::CACHE_CONTROL, "no-store".into()),
        ],
        Json(v),
    )
        .into_response())
}

/// A boolean query parameter; `Err(name)` when it is not one of true/false/1/0/yes/no/on.
fn flag<'a>(q: &HashMap<String, String>, name: &'a str) -> Result<bool, &'a str> {
    match q.get(name).map(String::as_str) {
        None | Some("") | Some("false") | Some("0") | Some("no") => Ok(false),
        Some("true") | Some("1") | Some("yes") | Some("on") => Ok(true),
        Some(_) => Err(name),
    }
}

/// `GET /api/v1/route`.
pub async fn get_route(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let lib = state.library();
    let lang = i18n::resolve_or_default(q.get("lang").map(String::as_str)).tag;
    let country = q
        .get("country")
        .and_then(|c| normalise_country(c))
        .ok_or(AppError::InvalidParameter("country"))?;
    let victim = q
        .get("victim")
        .and_then(|v| VictimType::parse(v))
        .ok_or(AppError::InvalidParameter("victim"))?;
    let incident = q.get("incident").cloned().unwrap_or_default();
    if !lib.has_incident_type(&incident) {
        return Err(AppError::InvalidParameter("incident"));
    }
    let text = |name: &str| {
        q.get(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let answers = (|| -> Result<Answers, &'static str> {
        Ok(Answers {
            country,
            victim,
            incident,
            money_lost: flag(&q, "money_lost")?,
            personal_data: flag(&q, "personal_data")?,
            ongoing: flag(&q, "ongoing")?,
            minor: flag(&q, "minor")?,
            cross_border: flag(&q, "cross_border")?,
            region: text("region").map(|r| r.to_ascii_uppercase()),
            sector: match text("sector") {
                Some(s) => Some(routing::Sector::parse(&s).ok_or("sector")?),
                None => None,
            },
            role: match text("role") {
                Some(r) => routing::Role::parse(&r).ok_or("role")?,
                None => routing::Role::Unsure,
            },
            device_encrypted: flag(&q, "device_encrypted")?,
            payment: match text("payment") {
                Some(p) => Some(routing::Payment::parse(&p).ok_or("payment")?),
                None => None,
            },
            payment_recent: flag(&q, "payment_recent")?,
            self_approved: flag(&q, "self_approved")?,
        })
    })();
    let answers = answers.map_err(AppError::InvalidParameter)?;
    if let Err(routing::InvalidAnswer(param)) = routing::check_answers(&lib.directory, &answers) {
        return Err(AppError::InvalidParameter(param));
    }
    let rules = lib.rules.as_ref().ok_or_else(|| {
        AppError::Unavailable(anyhow::anyhow!("the content has no routing rules"))
    })?;
    let r = routing::route(rules, &lib.directory, &answers);
    let steps: Vec<_> = r
        .steps
        .iter()
        .map(|s| {
            json!({
                "kind": s.kind,
                "service": s.service,
                "contact_point": s.contact_point,
                "alternatives": s.alternatives,
                "needs_region": s.needs_region,
                "deadline_hours": s.deadline_hours,
                "deadline_months": s.deadline_months,
                "deadline_from": s.deadline_from,
                "legal_basis": s.legal_basis,
                "optional": s.optional.is_some(),
                "optional_reason": s.optional.as_deref().map(|m| i18n::t(lang, m)),
                "why": i18n::t(lang, &s.why),
                "rule": s.rule,
            })
        })
        .collect();
    Ok(Json(json!({ "country": r.country, "covered": r.covered, "steps": steps })).into_response())
}

/// `GET /api/v1/contact-points?country=`.
pub async fn get_contact_points(
    State(state): State<AppState>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let raw = q.get("country").map(String::as_str).unwrap_or("");
    let code = if raw.eq_ignore_ascii_case("eu") {
        Some("EU".to_owned())
    } else {
        normalise_country(raw)
    };
    let code = code.ok_or(AppError::InvalidParameter("country"))?;
    match state.library().directory.countries.get(&code) {
        Some(c) => Ok(Json(c.clone()).into_response()),
        None => Err(AppError::NotFound),
    }
}

/// The reporting routes: the no-JavaScript form post (rate-limited by `limit`, typed text kept on 413/429), the
/// JSON report API, the download of a stored report, the routing preview and the directory.
pub fn routes(state: &AppState, limit: crate::server::router::PostLimit) -> axum::Router<AppState> {
    use axum::handler::Handler;
    use axum::routing::{get, post};
    axum::Router::new()
        .route(
            "/{lang}/report",
            post(
                post_form
                    .layer(limit.clone())
                    .layer(axum::middleware::from_fn_with_state(
                        state.clone(),
                        keep_typed,
                    )),
            ),
        )
        .route("/api/v1/reports", post(post_json.layer(limit)))
        .route("/api/v1/reports/{reference}", get(get_json))
        .route("/api/v1/route", get(get_route))
        .route("/api/v1/contact-points", get(get_contact_points))
}

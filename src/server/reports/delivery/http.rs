//! Acknowledgement endpoints.
//!
//! - `GET /delivery/ack/{id}?sig=&lang=`: the page behind the e-mail's link; shows the reference and a
//!   button. Changes nothing (mail scanners follow links).
//! - `POST /delivery/ack/{id}` (form `sig`, `lang`): records the acknowledgement, answers a confirmation
//!   page (200), or 403 for a bad signature.
//! - `POST /api/v1/deliveries/{id}/ack`: webhook callback, signed exactly like deliveries
//!   (`X-Cyberhelp-Timestamp`, `X-Cyberhelp-Signature: v1=HMAC-SHA256(key, timestamp + "." + body)`) with the
//!   contact's webhook key; any JSON body. `200 {"state": "acknowledged", "already": bool}`, `401` bad or
//!   expired signature, `404` unknown job.

use super::outbox::{self, Ack};
use super::sign;
use crate::html::escape as esc;
use crate::i18n;
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Deserialize;
use serde_json::json;

/// Query/form of the acknowledgement page.
#[derive(Deserialize, Default)]
pub struct AckParams {
    #[serde(default)]
    sig: String,
    #[serde(default)]
    lang: String,
}

fn page(status: StatusCode, lang: &str, title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\"><title>{t} – cyberhelp</title><link rel=\"stylesheet\" href=\"/pkg/cyberhelp.css\"></head>\
         <body><main id=\"main\" class=\"wrap\"><h1>{t}</h1>{body}</main></body></html>",
        t = esc(title)
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ],
        html,
    )
        .into_response()
}

fn lang_of(p: &AckParams) -> &'static str {
    i18n::locale(&p.lang)
        .map(|l| l.tag)
        .unwrap_or(i18n::DEFAULT_LANG)
}

fn invalid(lang: &str) -> Response {
    page(
        StatusCode::FORBIDDEN,
        lang,
        &i18n::t(lang, "delivery-ack-title"),
        &format!("<p>{}</p>", esc(&i18n::t(lang, "delivery-ack-invalid"))),
    )
}

fn unavailable() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::RETRY_AFTER, "30")],
        "Temporarily unavailable, please try again.",
    )
        .into_response()
}

/// The report reference of job `id` when `sig` is its link signature; otherwise the page to answer.
async fn linked_job(
    state: &AppState,
    id: &str,
    sig: &str,
    lang: &'static str,
) -> Result<String, Box<Response>> {
    if !state.delivery.ack_sig_ok(id, sig) {
        return Err(Box::new(invalid(lang)));
    }
    match outbox::job_contact(&state.db, id).await {
        Ok(Some((_, r))) => Ok(r),
        Ok(None) => Err(Box::new(invalid(lang))),
        Err(e) => {
            tracing::error!(error = %e, "loading a delivery job failed");
            Err(Box::new(unavailable()))
        }
    }
}

/// `GET /delivery/ack/{id}`.
pub async fn get_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<AckParams>,
) -> Response {
    let lang = lang_of(&p);
    let reference = match linked_job(&state, &id, &p.sig, lang).await {
        Ok(r) => r,
        Err(res) => return *res,
    };
    let intro = i18n::t_args(
        lang,
        "delivery-ack-intro",
        &[("reference", reference.into())],
    );
    let body = format!(
        "<p>{}</p><form method=\"post\" action=\"/delivery/ack/{}\"><input type=\"hidden\" name=\"sig\" value=\"{}\">\
         <input type=\"hidden\" name=\"lang\" value=\"{lang}\"><button type=\"submit\">{}</button></form>",
        esc(&intro),
        esc(&id),
        esc(&p.sig),
        esc(&i18n::t(lang, "delivery-ack-button")),
    );
    page(
        StatusCode::OK,
        lang,
        &i18n::t(lang, "delivery-ack-title"),
        &body,
    )
}

/// `POST /delivery/ack/{id}`.
pub async fn post_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Form(p): Form<AckParams>,
) -> Response {
    let lang = lang_of(&p);
    let reference = match linked_job(&state, &id, &p.sig, lang).await {
        Ok(r) => r,
        Err(res) => return *res,
    };
    match outbox::acknowledge(&state.db, &id, chrono::Utc::now()).await {
        Ok(a @ (Ack::Recorded | Ack::Already)) => {
            if a == Ack::Recorded {
                metrics::counter!("delivery_acknowledged_total", "via" => "link").increment(1);
                tracing::info!(job = %id, %reference, "delivery acknowledged (link)");
            }
            let done = i18n::t_args(
                lang,
                "delivery-ack-done",
                &[("reference", reference.into())],
            );
            page(
                StatusCode::OK,
                lang,
                &i18n::t(lang, "delivery-ack-title"),
                &format!("<p class=\"ok\">{}</p>", esc(&done)),
            )
        }
        // the link is only in a sent e-mail; a job that is not (or no longer) sent cannot be confirmed
        Ok(Ack::Unknown | Ack::NotSent) => invalid(lang),
        Err(e) => {
            tracing::error!(error = %e, "recording an acknowledgement failed");
            unavailable()
        }
    }
}

/// `POST /api/v1/deliveries/{id}/ack`.
pub async fn post_webhook_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let contact = match outbox::job_contact(&state.db, &id).await {
        Ok(Some((c, _))) => c,
        Ok(None) => {
            return (StatusCode::NOT_FOUND, Json(json!({"error": "not_found"}))).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "loading a delivery job failed");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"error": "unavailable"})),
            )
                .into_response();
        }
    };
    let h = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let verified = state.delivery.channels.webhook_key(&contact).map(|key| {
        sign::verify(
            key.expose(),
            h(sign::TIMESTAMP_HEADER),
            h(sign::SIGNATURE_HEADER),
            &sign::ack_message(&id, &body),
            chrono::Utc::now().timestamp(),
        )
    });
    match verified {
        Some(Ok(())) => {}
        Some(Err(e)) => {
            tracing::warn!(job = %id, error = %e, "webhook acknowledgement refused");
            return (
                StatusCode::UNAUTHORIZED,
                Json(json!({"error": "bad_signature"})),
            )
                .into_response();
        }
        None => {
            return (
                StatusCode::UNAUTHORIZED,
                Json(json!({"error": "no_webhook_channel"})),
            )
                .into_response()
        }
    }
    if serde_json::from_slice::<serde_json::Value>(&body).is_err() {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "body_not_json"})),
        )
            .into_response();
    }
    match outbox::acknowledge(&state.db, &id, chrono::Utc::now()).await {
        Ok(a @ (Ack::Recorded | Ack::Already)) => {
            if a == Ack::Recorded {
                metrics::counter!("delivery_acknowledged_total", "via" => "webhook").increment(1);
            }
            Json(json!({"state": "acknowledged", "already": a == Ack::Already})).into_response()
        }
        Ok(Ack::NotSent) => (
            StatusCode::CONFLICT,
            Json(
                json!({"error": "not_sent", "detail": "only a delivered job can be acknowledged"}),
            ),
        )
            .into_response(),
        Ok(Ack::Unknown) => {
            (StatusCode::NOT_FOUND, Json(json!({"error": "not_found"}))).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "recording an acknowledgement failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"error": "unavailable"})),
            )
                .into_response()
        }
    }
}

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
use crate::server::error::{html_page, AppError};
use crate::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
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

fn page(status: StatusCode, lang: &'static str, title: &str, body: &str) -> Response {
    let locale = i18n::locale(lang).unwrap_or_else(i18n::default_locale);
    html_page(status, locale, title, body)
}

fn lang_of(p: &AckParams) -> &'static str {
    i18n::resolve_or_default(Some(&p.lang)).tag
}

/// Why an acknowledgement link cannot be used.
#[derive(Debug, thiserror::Error)]
enum LinkError {
    /// Bad signature, unknown job, or a job that was never sent: one answer for all, so links cannot be probed.
    #[error("invalid acknowledgement link")]
    Invalid,
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] sqlx::Error),
}

impl LinkError {
    /// The page for this error: 403 with the translated explanation, or the 503 error page.
    fn page(self, lang: &'static str) -> Response {
        match self {
            LinkError::Invalid => page(
                StatusCode::FORBIDDEN,
                lang,
                &i18n::t(lang, "delivery-ack-title"),
                &format!("<p>{}</p>", esc(&i18n::t(lang, "delivery-ack-invalid"))),
            ),
            LinkError::Storage(e) => {
                AppError::from(e).into_page(i18n::locale(lang).unwrap_or_else(i18n::default_locale))
            }
        }
    }
}

/// The report reference of job `id` when `sig` is its link signature.
async fn linked_job(state: &AppState, id: &str, sig: &str) -> Result<String, LinkError> {
    if !state.delivery.ack_sig_ok(id, sig) {
        return Err(LinkError::Invalid);
    }
    outbox::job_contact(&state.db, id)
        .await?
        .map(|(_, r)| r)
        .ok_or(LinkError::Invalid)
}

/// `GET /delivery/ack/{id}`.
pub async fn get_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<AckParams>,
) -> Response {
    let lang = lang_of(&p);
    let reference = match linked_job(&state, &id, &p.sig).await {
        Ok(r) => r,
        Err(e) => return e.page(lang),
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
    let reference = match linked_job(&state, &id, &p.sig).await {
        Ok(r) => r,
        Err(e) => return e.page(lang),
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
        Ok(Ack::Unknown | Ack::NotSent) => LinkError::Invalid.page(lang),
        Err(e) => LinkError::Storage(e).page(lang),
    }
}

/// `POST /api/v1/deliveries/{id}/ack`.
pub async fn post_webhook_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let (contact, _) = outbox::job_contact(&state.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
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
            return Err(AppError::refused(StatusCode::UNAUTHORIZED, "bad_signature"));
        }
        None => {
            return Err(AppError::refused(
                StatusCode::UNAUTHORIZED,
                "no_webhook_channel",
            ))
        }
    }
    if serde_json::from_slice::<serde_json::Value>(&body).is_err() {
        return Err(AppError::refused(StatusCode::BAD_REQUEST, "body_not_json"));
    }
    match outbox::acknowledge(&state.db, &id, chrono::Utc::now()).await? {
        a @ (Ack::Recorded | Ack::Already) => {
            if a == Ack::Recorded {
                metrics::counter!("delivery_acknowledged_total", "via" => "webhook").increment(1);
            }
            Ok(
                Json(json!({"state": "acknowledged", "already": a == Ack::Already}))
                    .into_response(),
            )
        }
        Ack::NotSent => Err(AppError::Refused {
            status: StatusCode::CONFLICT,
            code: "not_sent",
            detail: Some("only a delivered job can be acknowledged"),
        }),
        Ack::Unknown => Err(AppError::NotFound),
    }
}

/// The acknowledgement routes: the e-mail link's page and form, and the signed webhook callback.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/api/v1/deliveries/{id}/ack", post(post_webhook_ack))
        .route("/delivery/ack/{id}", get(get_ack).post(post_ack))
}

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
//! - `POST /api/v1/deliveries/{id}/status`: a recipient's update (see [`super::updates`]), signed like the
//!   acknowledgement callback but over `timestamp + ".status." + id + "." + body` with the key of the job's own
//!   contact (so recipient A cannot update B's job). Body `{"state": "received" | "in-progress" | "closed",
//!   "reference"?, "outcome"?: "advice-given" | "case-opened" | "referred-elsewhere" | "no-action-possible",
//!   "message"?: text of at most 2000 characters, "update_id"?}`. `200 {"state", "already"}`; `401` bad
//!   signature; `404` unknown job; `409` `state_backwards` or `not_delivered`; `422` a bad field (the code
//!   names it: `unknown_state`, `unknown_outcome`, `message_too_long`, `field_too_long`,
//!   `control_characters`, `bad_body`). Nothing is changed by a refused update.
//! - `POST /delivery/status/{id}` (form `sig`, `lang`, `state`, `reference`, `outcome`, `message`): the same
//!   update from the e-mail link's page (a form below the confirmation button).
//! - `POST /api/v1/deliveries/{id}/questions` (signed over `timestamp + ".question." + id + "." + body`) and
//!   `POST /delivery/question/{id}` (form `sig`, `lang`, `question`): a recipient's question to the victim
//!   (see [`super::followups`]).

use super::followups;
use super::outbox::{self, Ack};
use super::sign;
use super::updates::{self, RecordError, Recorded, UpdateError, UpdateInput};
use crate::html::escape as esc;
use crate::i18n;
use crate::server::error::{html_page, json_object, AppError};
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
         <input type=\"hidden\" name=\"lang\" value=\"{lang}\"><button type=\"submit\">{}</button></form>{}",
        esc(&intro),
        esc(&id),
        esc(&p.sig),
        esc(&i18n::t(lang, "delivery-ack-button")),
        status_form(lang, &format!("/delivery/status/{id}"), &[("sig", &p.sig), ("lang", lang)]),
    ) + &question_form(lang, &format!("/delivery/question/{id}"), &[("sig", &p.sig), ("lang", lang)], "");
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

/// Checks a recipient's signed callback about job `id`: the timestamp and `v1=` signature headers over
/// `message` (see [`sign::ack_message`], [`sign::status_message`]), with the webhook key of the job's **own**
/// contact, so one recipient can never act on another's job. Errors: 404 unknown job, 401 `bad_signature`
/// or `no_webhook_channel`.
async fn verify_callback(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
    message: &[u8],
) -> Result<(), AppError> {
    let (contact, _) = outbox::job_contact(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let h = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match state.delivery.channels.webhook_key(&contact).map(|key| {
        sign::verify(
            key.expose(),
            h(sign::TIMESTAMP_HEADER),
            h(sign::SIGNATURE_HEADER),
            message,
            chrono::Utc::now().timestamp(),
        )
    }) {
        Some(Ok(())) => Ok(()),
        Some(Err(e)) => {
            tracing::warn!(job = %id, error = %e, "signed callback refused");
            Err(AppError::refused(StatusCode::UNAUTHORIZED, "bad_signature"))
        }
        None => Err(AppError::refused(
            StatusCode::UNAUTHORIZED,
            "no_webhook_channel",
        )),
    }
}

/// `POST /api/v1/deliveries/{id}/ack`.
pub async fn post_webhook_ack(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    verify_callback(&state, &id, &headers, &sign::ack_message(&id, &body)).await?;
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

/// The hidden fields of a form, escaped.
fn hidden_fields(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(n, v)| {
            format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                esc(n),
                esc(v)
            )
        })
        .collect()
}

/// The update form of the e-mail link's page and of the inbox: state, the recipient's reference, outcome, a
/// message to the victim, posted to `action` with the `hidden` fields. Plain HTML, every label translated,
/// every value escaped.
pub fn status_form(lang: &'static str, action: &str, hidden: &[(&str, &str)]) -> String {
    let t = |k: &str| esc(&i18n::t(lang, k));
    let states: String = updates::STATES
        .iter()
        .map(|s| {
            format!(
                "<option value=\"{s}\">{}</option>",
                t(&format!("recipient-state-{s}"))
            )
        })
        .collect();
    let outcomes: String = updates::OUTCOMES
        .iter()
        .map(|o| {
            format!(
                "<option value=\"{o}\">{}</option>",
                t(&format!("recipient-outcome-{o}"))
            )
        })
        .collect();
    format!(
        "<h2>{title}</h2><p>{lead}</p><form method=\"post\" action=\"{action}\">{hidden}\
         <p><label for=\"state\">{l_state}</label><br><select id=\"state\" name=\"state\">{states}</select></p>\
         <p><label for=\"reference\">{l_ref}</label><br><input type=\"text\" id=\"reference\" name=\"reference\" maxlength=\"{mr}\"></p>\
         <p><label for=\"outcome\">{l_out}</label><br><select id=\"outcome\" name=\"outcome\"><option value=\"\">–</option>{outcomes}</select></p>\
         <p><label for=\"message\">{l_msg}</label><br><textarea id=\"message\" name=\"message\" rows=\"5\" cols=\"60\" maxlength=\"{mm}\"></textarea></p>\
         <p><button type=\"submit\">{l_send}</button></p></form>",
        title = t("delivery-status-title"),
        lead = t("delivery-status-lead"),
        action = esc(action),
        hidden = hidden_fields(hidden),
        l_state = t("delivery-status-state"),
        l_ref = t("delivery-status-reference"),
        l_out = t("delivery-status-outcome"),
        l_msg = t("delivery-status-message"),
        l_send = t("delivery-status-button"),
        mr = updates::MAX_REFERENCE,
        mm = updates::MAX_MESSAGE,
    )
}

/// The form of `POST /delivery/status/{id}`.
#[derive(Deserialize, Default)]
pub struct StatusForm {
    #[serde(default)]
    sig: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    message: String,
}

/// `POST /delivery/status/{id}`: an update from the e-mail link's page.
pub async fn post_link_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Form(f): Form<StatusForm>,
) -> Response {
    let lang = i18n::resolve_or_default(Some(&f.lang)).tag;
    let reference = match linked_job(&state, &id, &f.sig).await {
        Ok(r) => r,
        Err(e) => return e.page(lang),
    };
    let input = UpdateInput {
        state: f.state,
        reference: Some(f.reference),
        outcome: Some(f.outcome),
        message: Some(f.message),
        update_id: None,
    };
    let title = i18n::t(lang, "delivery-status-title");
    let refused = |e: UpdateError| {
        page(
            e.status(),
            lang,
            &title,
            &format!(
                "<p class=\"field-error\">{}</p><p><a href=\"/delivery/ack/{}?sig={}&amp;lang={lang}\">{}</a></p>",
                esc(&i18n::t(lang, &format!("delivery-status-error-{}", e.code().replace('_', "-")))),
                esc(&id),
                esc(&f.sig),
                esc(&i18n::t(lang, "delivery-status-back")),
            ),
        )
    };
    let u = match updates::check(&input) {
        Ok(u) => u,
        Err(e) => return refused(e),
    };
    match updates::record(&state.db, &id, &u, "link", chrono::Utc::now()).await {
        Ok(r) => {
            if r == Recorded::New {
                tracing::info!(job = %id, %reference, state = u.state, "recipient update (link)");
            }
            page(
                StatusCode::OK,
                lang,
                &title,
                &format!(
                    "<p class=\"ok\">{}</p>",
                    esc(&i18n::t_args(
                        lang,
                        "delivery-status-done",
                        &[("reference", reference.into())]
                    ))
                ),
            )
        }
        Err(RecordError::Refused(e)) => refused(e),
        Err(RecordError::Storage(e)) => LinkError::Storage(e).page(lang),
    }
}

/// `POST /api/v1/deliveries/{id}/status`: a signed update from a webhook receiver.
pub async fn post_webhook_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    verify_callback(&state, &id, &headers, &sign::status_message(&id, &body)).await?;
    let input: UpdateInput = json_object(
        &body,
        "the body must be a JSON object with state, and optionally reference, outcome, message, update_id",
    )?;
    let refused = |e: UpdateError| AppError::Refused {
        status: e.status(),
        code: e.code(),
        detail: None,
    };
    let u = updates::check(&input).map_err(refused)?;
    match updates::record(&state.db, &id, &u, "webhook", chrono::Utc::now()).await {
        Ok(r) => {
            Ok(Json(json!({"state": u.state, "already": r == Recorded::Already})).into_response())
        }
        Err(RecordError::Refused(e)) => Err(refused(e)),
        Err(RecordError::Storage(e)) => Err(e.into()),
    }
}

/// The question form of the e-mail link's page and of the inbox, posted to `action` with the `hidden` fields
/// (`typed` is shown again after a refused question).
pub fn question_form(
    lang: &'static str,
    action: &str,
    hidden: &[(&str, &str)],
    typed: &str,
) -> String {
    let t = |k: &str| esc(&i18n::t(lang, k));
    format!(
        "<h2>{title}</h2><p>{lead}</p><form method=\"post\" action=\"{action}\">{hidden}\
         <p><label for=\"question\">{label}</label><br><textarea id=\"question\" name=\"question\" rows=\"5\" cols=\"60\" \
         maxlength=\"{max}\" required>{typed}</textarea></p><p><button type=\"submit\">{button}</button></p></form>",
        title = t("delivery-question-title"),
        lead = t("delivery-question-lead"),
        label = t("delivery-question-label"),
        button = t("delivery-question-button"),
        action = esc(action),
        hidden = hidden_fields(hidden),
        typed = esc(&crate::server::reports::answers::shown_again(typed)),
        max = followups::MAX_QUESTION,
    )
}

/// The form of `POST /delivery/question/{id}`.
#[derive(Deserialize, Default)]
pub struct QuestionForm {
    #[serde(default)]
    sig: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    question: String,
}

/// `POST /delivery/question/{id}`: a question from the e-mail link's page. A refused question comes back in
/// its form with the reason (nothing typed is lost).
pub async fn post_link_question(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Form(f): Form<QuestionForm>,
) -> Response {
    let lang = i18n::resolve_or_default(Some(&f.lang)).tag;
    let reference = match linked_job(&state, &id, &f.sig).await {
        Ok(r) => r,
        Err(e) => return e.page(lang),
    };
    let title = i18n::t(lang, "delivery-question-title");
    let input = followups::QuestionInput {
        question: f.question.clone(),
        question_id: None,
    };
    match followups::ask(&state.db, &id, &input, "link", chrono::Utc::now()).await {
        Ok((qid, stored)) => {
            if stored == followups::Stored::New {
                tracing::info!(job = %id, %reference, question = %qid, "recipient question (link)");
            }
            page(
                StatusCode::OK,
                lang,
                &title,
                &format!(
                    "<p class=\"ok\">{}</p>",
                    esc(&i18n::t_args(
                        lang,
                        "delivery-question-done",
                        &[("reference", reference.into())]
                    ))
                ),
            )
        }
        Err(followups::FollowupStoreError::Refused(e)) => page(
            e.status(),
            lang,
            &title,
            &format!(
                "<p class=\"field-error\" role=\"alert\">{}</p>{}",
                esc(&i18n::t(
                    lang,
                    &format!("followup-error-{}", e.code().replace('_', "-"))
                )),
                question_form(
                    lang,
                    &format!("/delivery/question/{id}"),
                    &[("sig", &f.sig), ("lang", lang)],
                    &f.question,
                ),
            ),
        ),
        Err(followups::FollowupStoreError::Storage(e)) => LinkError::Storage(e).page(lang),
    }
}

/// `POST /api/v1/deliveries/{id}/questions`: a signed question from a webhook receiver, signed over
/// `timestamp + ".question." + id + "." + body` with the key of the job's own contact. Body
/// `{"question": text of at most 2000 characters, "question_id"?}`. `201 {"question_id", "already": false}`,
/// or `200` with `"already": true` for a repeat; `401` bad signature; `404` unknown job; `409`
/// `thread_closed` or `not_delivered`; `422` `empty`, `too_long`, `field_too_long`, `control_characters`,
/// `bad_body`.
pub async fn post_webhook_question(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    verify_callback(&state, &id, &headers, &sign::question_message(&id, &body)).await?;
    let input: followups::QuestionInput = json_object(
        &body,
        "the body must be a JSON object with question, and optionally question_id",
    )?;
    match followups::ask(&state.db, &id, &input, "webhook", chrono::Utc::now()).await {
        Ok((qid, stored)) => {
            let status = if stored == followups::Stored::New {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok((
                status,
                Json(json!({"question_id": qid, "already": stored == followups::Stored::Already})),
            )
                .into_response())
        }
        Err(followups::FollowupStoreError::Refused(e)) => Err(AppError::Refused {
            status: e.status(),
            code: e.code(),
            detail: None,
        }),
        Err(followups::FollowupStoreError::Storage(e)) => Err(e.into()),
    }
}

/// The acknowledgement and update routes: the e-mail link's page and forms, and the signed webhook callbacks.
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/api/v1/deliveries/{id}/ack", post(post_webhook_ack))
        .route("/api/v1/deliveries/{id}/status", post(post_webhook_status))
        .route("/delivery/ack/{id}", get(get_ack).post(post_ack))
        .route("/delivery/status/{id}", post(post_link_status))
        .route("/delivery/question/{id}", post(post_link_question))
        .route(
            "/api/v1/deliveries/{id}/questions",
            post(post_webhook_question),
        )
}

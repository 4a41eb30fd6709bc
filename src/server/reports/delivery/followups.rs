//! Follow-up questions both ways, and notices to the victim (the `followups` table).
//!
//! - A recipient **asks** the victim a question about one delivery, through the signed page behind its e-mail
//!   link (`via = "link"`) or the signed webhook callback `POST /api/v1/deliveries/{id}/questions`
//!   (`via = "webhook"`). The question is stored once (its id is a hash of the job and the sender's
//!   `question_id`, or of the job and the text), and shown on the victim's status page.
//! - The victim **answers** on the status page (with the report's private code) or through
//!   `POST /api/v1/reports/{reference}/answers`. One answer per question; the answer is queued in the same
//!   table and sent back to the asking recipient only, on that recipient's own channel (webhook, e-mail, RT
//!   REST2 correspondence, MISP attribute, TheHive alert comment), with the outbox's guarantees: a lease,
//!   retries with backoff, and its id as the idempotency key, so a crash between sending and recording sends
//!   the same id again and never loses the answer.
//! - A victim who left an e-mail address and opted in (`notify_updates`) gets a **notice** for each new
//!   update or question: an e-mail with the reference and links to the status page and to `/verify`, and no
//!   word of the report or the recipient's message. Queued in the same transaction as the update.
//!
//! A thread is closed once its recipient reported `closed`: no more questions, no more answers.

use super::outbox::{truncate, ts_ms};
use crate::server::db::Db;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// Longest question, in characters.
pub const MAX_QUESTION: usize = 2000;
/// Longest answer, in characters.
pub const MAX_ANSWER: usize = crate::api::report::MAX_ANSWER;
/// Longest `question_id` a sender may give, in characters.
pub const MAX_QUESTION_ID: usize = 100;

/// A question as a recipient sends it (JSON body of the webhook callback, or the link page's form).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionInput {
    /// The question, plain text (markup is shown as text), at most [`MAX_QUESTION`] characters.
    pub question: String,
    /// The sender's id for this question; the same id twice is one question.
    #[serde(default)]
    pub question_id: Option<String>,
}

/// Why a question or an answer was refused (nothing was stored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowupError {
    /// The text is empty.
    Empty,
    /// The text is longer than its limit ([`MAX_QUESTION`], [`MAX_ANSWER`]).
    TooLong,
    /// `question_id` is longer than [`MAX_QUESTION_ID`].
    FieldTooLong,
    /// Control characters other than line breaks and tabs.
    ControlCharacters,
    /// The recipient closed its case: the thread takes no more questions or answers.
    ThreadClosed,
    /// The question was answered before with a different text.
    AlreadyAnswered,
    /// The report was not delivered to this recipient (yet): nobody to ask or answer.
    NotDelivered,
    /// No such delivery or question (or not one of this report).
    Unknown,
    /// The victim withdrew the report: no more answers.
    Withdrawn,
}

impl FollowupError {
    /// A stable machine code for API answers and message ids (`followup-error-<code with dashes>`).
    pub fn code(self) -> &'static str {
        match self {
            FollowupError::Empty => "empty",
            FollowupError::TooLong => "too_long",
            FollowupError::FieldTooLong => "field_too_long",
            FollowupError::ControlCharacters => "control_characters",
            FollowupError::ThreadClosed => "thread_closed",
            FollowupError::AlreadyAnswered => "already_answered",
            FollowupError::NotDelivered => "not_delivered",
            FollowupError::Unknown => "unknown",
            FollowupError::Withdrawn => "withdrawn",
        }
    }

    /// The HTTP status that refuses it: 404 unknown, 409 a conflict with the thread's state, else 422.
    pub fn status(self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            FollowupError::Unknown => StatusCode::NOT_FOUND,
            FollowupError::ThreadClosed
            | FollowupError::AlreadyAnswered
            | FollowupError::NotDelivered
            | FollowupError::Withdrawn => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// Why nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum FollowupStoreError {
    /// Refused: see the code.
    #[error("refused: {}", .0.code())]
    Refused(FollowupError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] sqlx::Error),
}

impl From<FollowupError> for FollowupStoreError {
    fn from(e: FollowupError) -> Self {
        FollowupStoreError::Refused(e)
    }
}

/// Trims `text` and checks it: not empty (nor only whitespace and invisible formatting characters), at most
/// `max` characters, no control characters but line breaks and tabs.
pub fn check_text(text: &str, max: usize) -> Result<String, FollowupError> {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let t = text.trim();
    // invisible formatting characters alone (zero-width spaces, bidi marks) are no text either
    if t.chars()
        .all(|c| c.is_whitespace() || c.general_category() == GeneralCategory::Format)
    {
        return Err(FollowupError::Empty);
    }
    if t.chars().count() > max {
        return Err(FollowupError::TooLong);
    }
    if t.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(FollowupError::ControlCharacters);
    }
    Ok(t.to_owned())
}

/// Whether report `reference`'s personal fields were purged (withdrawn by the victim or past retention).
async fn purged(db: &Db, reference: &str) -> Result<bool, sqlx::Error> {
    Ok(crate::server::reports::retention::state(db, reference)
        .await?
        .purged_at
        .is_some())
}

/// 32 hex digits of SHA-256 over the parts, NUL-separated: the ids of questions, answers and notices.
pub(crate) fn key(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(b"\0");
    }
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `s` looks like one of our ids (32 lowercase hex digits): anything else is unknown without a query.
pub fn is_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What storing did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Stored now.
    New,
    /// The same was stored before; nothing changed.
    Already,
}

/// Whether the victim of `reference` asked for e-mail notices (opted in and left an address).
async fn wants_notices(
    conn: &mut sqlx::AnyConnection,
    reference: &str,
) -> Result<bool, sqlx::Error> {
    let json: Option<String> =
        sqlx::query_scalar("SELECT input_json FROM reports WHERE reference = $1")
            .bind(reference)
            .fetch_optional(conn)
            .await?;
    Ok(json
        .and_then(|j| serde_json::from_str::<crate::api::report::ReportInput>(&j).ok())
        .is_some_and(|i| i.notify_updates && !i.anonymous && !i.contact_email.trim().is_empty()))
}

/// Queues a notice to the victim about `trigger` (an update's or a question's id), on the caller's
/// transaction, when the victim asked for notices. The same trigger never queues two notices.
pub async fn enqueue_notice(
    conn: &mut sqlx::AnyConnection,
    job: &str,
    reference: &str,
    trigger: &str,
    via: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    if !wants_notices(&mut *conn, reference).await? {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO followups (id, job_id, reference, kind, via, state, attempts, next_attempt_at, created_at, updated_at) \
         VALUES ($1, $2, $3, 'notice', $4, 'queued', 0, $5, $5, $5) ON CONFLICT DO NOTHING",
    )
    .bind(key(&["notice", trigger]))
    .bind(job)
    .bind(reference)
    .bind(via)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ())
}

/// Stores a recipient's question about job `job` received through `via` (`link` or `webhook`). Returns the
/// question's id. A question also counts as the recipient's acknowledgement.
///
/// Errors: [`FollowupError::Unknown`] job, [`FollowupError::NotDelivered`], [`FollowupError::ThreadClosed`],
/// a bad text or id (see [`check_text`]), or the database's.
pub async fn ask(
    db: &Db,
    job: &str,
    input: &QuestionInput,
    via: &str,
    now: DateTime<Utc>,
) -> Result<(String, Stored), FollowupStoreError> {
    let text = check_text(&input.question, MAX_QUESTION)?;
    let sender_id = input
        .question_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if let Some(s) = sender_id {
        if s.chars().count() > MAX_QUESTION_ID {
            return Err(FollowupError::FieldTooLong.into());
        }
        if s.chars().any(char::is_control) {
            return Err(FollowupError::ControlCharacters.into());
        }
    }
    let id = match sender_id {
        Some(s) => key(&["question", job, "id", s]),
        None => key(&["question", job, "text", &text]),
    };
    let row =
        sqlx::query("SELECT state, reference, recipient_rank FROM delivery_jobs WHERE id = $1")
            .bind(job)
            .fetch_optional(&db.pool)
            .await?
            .ok_or(FollowupError::Unknown)?;
    let state: String = row.try_get("state")?;
    let reference: String = row.try_get("reference")?;
    let rank: i64 = row.try_get("recipient_rank")?;
    let seen: Option<String> = sqlx::query_scalar("SELECT id FROM followups WHERE id = $1")
        .bind(&id)
        .fetch_optional(&db.pool)
        .await?;
    if seen.is_some() {
        return Ok((id, Stored::Already));
    }
    if !matches!(state.as_str(), "sent" | "acknowledged") {
        return Err(FollowupError::NotDelivered.into());
    }
    // a closed case, or a report withdrawn or past its retention: the thread takes nothing more
    if rank >= 3 || purged(db, &reference).await? {
        return Err(FollowupError::ThreadClosed.into());
    }
    if state == "sent" {
        super::outbox::acknowledge(db, job, now).await?;
    }
    let now_s = ts_ms(now);
    let mut tx = db.pool.begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO followups (id, job_id, reference, kind, body, via, created_at, updated_at) \
         VALUES ($1, $2, $3, 'question', $4, $5, $6, $6) ON CONFLICT DO NOTHING",
    )
    .bind(&id)
    .bind(job)
    .bind(&reference)
    .bind(&text)
    .bind(via)
    .bind(&now_s)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        return Ok((id, Stored::Already));
    }
    enqueue_notice(&mut tx, job, &reference, &id, "question", &now_s).await?;
    tx.commit().await?;
    metrics::counter!("followup_questions_total", "via" => via.to_owned()).increment(1);
    Ok((id, Stored::New))
}

/// Stores the victim's answer to question `question` of report `reference` (already authenticated by its
/// private code) and queues it for the asking recipient. Returns the answer's id (its idempotency key).
///
/// Errors: [`FollowupError::Unknown`] (no such question in this report: a question of another report is
/// unknown too), [`FollowupError::ThreadClosed`], [`FollowupError::AlreadyAnswered`] (with another text), a
/// bad text (see [`check_text`]), or the database's.
pub async fn answer(
    db: &Db,
    reference: &str,
    question: &str,
    text: &str,
    via: &str,
    now: DateTime<Utc>,
) -> Result<(String, Stored), FollowupStoreError> {
    if !is_id(question) {
        return Err(FollowupError::Unknown.into());
    }
    let row = sqlx::query(
        "SELECT f.job_id, f.reference, j.recipient_rank FROM followups f JOIN delivery_jobs j ON j.id = f.job_id \
         WHERE f.id = $1 AND f.kind = 'question'",
    )
    .bind(question)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(FollowupError::Unknown)?;
    let job: String = row.try_get("job_id")?;
    if row.try_get::<String, _>("reference")? != reference {
        return Err(FollowupError::Unknown.into());
    }
    let text = check_text(text, MAX_ANSWER)?;
    let id = key(&["answer", question]);
    let existing = |db: &Db| {
        let id = id.clone();
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, Option<String>>("SELECT body FROM followups WHERE id = $1")
                .bind(&id)
                .fetch_optional(&db.pool)
                .await
        }
    };
    if let Some(body) = existing(db).await? {
        return if body.as_deref() == Some(text.as_str()) {
            Ok((id, Stored::Already))
        } else {
            Err(FollowupError::AlreadyAnswered.into())
        };
    }
    let purge = crate::server::reports::retention::state(db, reference).await?;
    if purge.withdrawn_at.is_some() {
        return Err(FollowupError::Withdrawn.into());
    }
    if row.try_get::<i64, _>("recipient_rank")? >= 3 || purge.purged_at.is_some() {
        return Err(FollowupError::ThreadClosed.into());
    }
    let now_s = ts_ms(now);
    let inserted = sqlx::query(
        "INSERT INTO followups (id, job_id, reference, kind, question_id, body, via, state, attempts, next_attempt_at, \
         created_at, updated_at) VALUES ($1, $2, $3, 'answer', $4, $5, $6, 'queued', 0, $7, $7, $7) ON CONFLICT DO NOTHING",
    )
    .bind(&id)
    .bind(&job)
    .bind(reference)
    .bind(question)
    .bind(&text)
    .bind(via)
    .bind(&now_s)
    .execute(&db.pool)
    .await?;
    if inserted.rows_affected() == 0 {
        // a concurrent answer won the race
        return match existing(db).await? {
            Some(body) if body.as_deref() == Some(text.as_str()) => Ok((id, Stored::Already)),
            _ => Err(FollowupError::AlreadyAnswered.into()),
        };
    }
    metrics::counter!("followup_answers_total", "via" => via.to_owned()).increment(1);
    Ok((id, Stored::New))
}

/// One question or answer of a report's threads, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadRow {
    /// Question or answer id.
    pub id: String,
    /// The delivery job (one recipient's thread).
    pub job_id: String,
    /// `question` or `answer`.
    pub kind: String,
    /// For an answer: the question it answers.
    pub question_id: Option<String>,
    /// The text.
    pub body: String,
    /// For an answer: `queued`, `sent` or `failed`.
    pub state: Option<String>,
    /// RFC 3339 UTC.
    pub created_at: String,
    /// For an answer: when the recipient's system accepted it (RFC 3339 UTC).
    pub sent_at: Option<String>,
}

/// The questions and answers of a report (notices are not part of a thread).
pub async fn thread(db: &Db, reference: &str) -> Result<Vec<ThreadRow>, sqlx::Error> {
    sqlx::query(
        "SELECT id, job_id, kind, question_id, body, state, created_at, sent_at FROM followups \
         WHERE reference = $1 AND kind IN ('question', 'answer') ORDER BY created_at, id",
    )
    .bind(reference)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(ThreadRow {
            id: r.try_get("id")?,
            job_id: r.try_get("job_id")?,
            kind: r.try_get("kind")?,
            question_id: r.try_get("question_id")?,
            body: r.try_get::<Option<String>, _>("body")?.unwrap_or_default(),
            state: r.try_get("state")?,
            created_at: r.try_get("created_at")?,
            sent_at: r.try_get("sent_at")?,
        })
    })
    .collect()
}

/// The withdrawal notices of a report: (delivery job, state) pairs.
pub async fn withdrawal_notices(
    db: &Db,
    reference: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query(
        "SELECT job_id, state FROM followups WHERE reference = $1 AND kind = 'withdrawal' ORDER BY created_at",
    )
    .bind(reference)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("job_id")?, r.try_get::<Option<String>, _>("state")?.unwrap_or_default())))
    .collect()
}

pub use super::outbox::Claimed;

/// Claims up to `limit` due answers and notices for `worker` until `now + lease` (as
/// [`super::outbox::claim`] does for reports).
pub async fn claim(
    db: &Db,
    worker: &str,
    now: DateTime<Utc>,
    lease: std::time::Duration,
    limit: u32,
) -> Result<Vec<Claimed>, sqlx::Error> {
    super::outbox::claim_in(db, "followups", worker, now, lease, limit).await
}

/// An answer or notice with what sending it needs.
#[derive(Clone, Debug)]
pub struct Outbound {
    /// Id (idempotency key).
    pub id: String,
    /// `answer` or `notice`.
    pub kind: String,
    /// The delivery job: the recipient of an answer, the trigger of a notice.
    pub job_id: String,
    /// The report.
    pub reference: String,
    /// The job's contact point.
    pub contact_id: String,
    /// The report's language (a notice is written in it).
    pub lang: String,
    /// Answer: its text.
    pub body: Option<String>,
    /// Answer: the question's id.
    pub question_id: Option<String>,
    /// Answer: the question's text.
    pub question: Option<String>,
    /// Answer: when the question was asked (RFC 3339 UTC).
    pub asked_at: Option<String>,
    /// When this was written (RFC 3339 UTC).
    pub created_at: String,
    /// The transport the report went through (`rt`, `misp`, …), if known.
    pub job_transport: Option<String>,
    /// The record the recipient's system made of the report (RT ticket, MISP event, TheHive alert), if known.
    pub their_record: Option<String>,
    /// The victim's contact details as given (used only as the report's own delivery uses them).
    pub input: crate::api::report::ReportInput,
    /// The report's delivery job's state (`queued` while it is being sent, `withdrawn`, `sent`, …).
    pub job_state: String,
    /// The lease of a worker sending the report itself, if any (RFC 3339 UTC): a withdrawal notice waits for it.
    pub job_locked_until: Option<String>,
    /// When the report itself went out to this recipient (RFC 3339 UTC), if it did.
    pub job_sent_at: Option<String>,
    /// When the victim withdrew the report (RFC 3339 UTC), if they did.
    pub withdrawn_at: Option<String>,
}

/// Loads an outbound follow-up with its report and recipient.
pub async fn load(db: &Db, id: &str) -> Result<Option<Outbound>, sqlx::Error> {
    let Some(r) = sqlx::query(
        "SELECT f.id, f.kind, f.job_id, f.reference, f.body, f.question_id, f.created_at, j.contact_id, j.transport, \
         j.state AS job_state, j.locked_until AS job_locked_until, j.sent_at AS job_sent_at, r.lang, r.input_json, r.withdrawn_at \
         FROM followups f JOIN delivery_jobs j ON j.id = f.job_id \
         JOIN reports r ON r.reference = f.reference WHERE f.id = $1 AND f.kind IN ('answer', 'notice', 'withdrawal')",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let job_id: String = r.try_get("job_id")?;
    let job_transport: Option<String> = r.try_get("transport")?;
    let question_id: Option<String> = r.try_get("question_id")?;
    let (question, asked_at) = match &question_id {
        Some(q) => sqlx::query("SELECT body, created_at FROM followups WHERE id = $1")
            .bind(q)
            .fetch_optional(&db.pool)
            .await?
            .map(|q| -> Result<_, sqlx::Error> {
                Ok((q.try_get("body")?, Some(q.try_get("created_at")?)))
            })
            .transpose()?
            .unwrap_or((None, None)),
        None => (None, None),
    };
    let their_record: Option<String> = match &job_transport {
        Some(t) => sqlx::query_scalar(
            "SELECT their_reference FROM delivery_updates WHERE job_id = $1 AND via = $2 \
             AND their_reference IS NOT NULL ORDER BY created_at LIMIT 1",
        )
        .bind(&job_id)
        .bind(t)
        .fetch_optional(&db.pool)
        .await?
        .flatten(),
        None => None,
    };
    Ok(Some(Outbound {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        job_id,
        reference: r.try_get("reference")?,
        contact_id: r.try_get("contact_id")?,
        lang: r.try_get("lang")?,
        body: r.try_get("body")?,
        question_id,
        question,
        asked_at,
        created_at: r.try_get("created_at")?,
        job_transport,
        their_record,
        input: serde_json::from_str(&r.try_get::<String, _>("input_json")?).unwrap_or_default(),
        job_state: r.try_get("job_state")?,
        job_locked_until: r.try_get("job_locked_until")?,
        job_sent_at: r.try_get("job_sent_at")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
    }))
}

/// Records a successful send over `transport`; `false` when it was no longer queued.
pub async fn mark_sent(
    db: &Db,
    id: &str,
    transport: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let now = ts_ms(now);
    let r = sqlx::query(
        "UPDATE followups SET state = 'sent', transport = $2, sent_at = $3, locked_until = NULL, wait_reason = NULL, \
         last_error = NULL, updated_at = $3 WHERE id = $1 AND state = 'queued'",
    )
    .bind(id)
    .bind(transport)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Releases a follow-up held by `worker`: for another attempt at `next_at` keeping `error`, or (with
/// `wait_reason`) without counting the attempt, because it has no usable channel yet.
#[allow(clippy::too_many_arguments)]
pub async fn release(
    db: &Db,
    id: &str,
    worker: &str,
    transport: &str,
    error: Option<&str>,
    wait_reason: Option<&str>,
    next_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE followups SET next_attempt_at = $1, locked_until = NULL, claimed_by = NULL, last_error = COALESCE($2, last_error), \
         wait_reason = $3, transport = $4, attempts = attempts - (CASE WHEN $3 IS NULL THEN 0 ELSE 1 END), updated_at = $5 \
         WHERE id = $6 AND claimed_by = $7 AND state = 'queued'",
    )
    .bind(ts_ms(next_at))
    .bind(error.map(truncate))
    .bind(wait_reason)
    .bind(transport)
    .bind(ts_ms(now))
    .bind(id)
    .bind(worker)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Drops a follow-up held by `worker` that has nothing left to send: an answer whose text a purge deleted
/// while it was claimed, or a withdrawal notice to a recipient the report never reached (`state = 'withdrawn'`).
pub async fn cancel(
    db: &Db,
    id: &str,
    worker: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE followups SET state = 'withdrawn', locked_until = NULL, wait_reason = NULL, updated_at = $1 \
         WHERE id = $2 AND claimed_by = $3 AND state = 'queued'",
    )
    .bind(ts_ms(now))
    .bind(id)
    .bind(worker)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Gives up on a follow-up held by `worker`: `failed`, with the error kept (the victim's status page says the
/// answer could not be sent).
pub async fn mark_failed(
    db: &Db,
    id: &str,
    worker: &str,
    transport: &str,
    error: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE followups SET state = 'failed', transport = $2, last_error = $3, locked_until = NULL, wait_reason = NULL, \
         updated_at = $4 WHERE id = $1 AND claimed_by = $5 AND state = 'queued'",
    )
    .bind(id)
    .bind(transport)
    .bind(truncate(error))
    .bind(ts_ms(now))
    .bind(worker)
    .execute(&db.pool)
    .await?;
    Ok(r.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_checked() {
        assert_eq!(check_text("  ", 10), Err(FollowupError::Empty));
        assert_eq!(
            check_text("\u{a0}\u{200b}\u{3000}\u{202e}", 10),
            Err(FollowupError::Empty),
            "invisible characters alone"
        );
        assert_eq!(
            check_text(" When did you pay? ", 100).unwrap(),
            "When did you pay?"
        );
        assert_eq!(check_text(&"é".repeat(11), 10), Err(FollowupError::TooLong));
        assert!(
            check_text(&"é".repeat(10), 10).is_ok(),
            "characters, not bytes"
        );
        assert_eq!(
            check_text("a\u{1b}[2Jb", 100),
            Err(FollowupError::ControlCharacters)
        );
        assert!(check_text("line one\nline two\ttab", 100).is_ok());
    }

    #[test]
    fn ids_are_stable_distinct_and_recognised() {
        let a = key(&["answer", "q1"]);
        assert_eq!(a, key(&["answer", "q1"]));
        assert_ne!(a, key(&["answer", "q2"]));
        // the separator keeps ("ab", "c") apart from ("a", "bc")
        assert_ne!(key(&["ab", "c"]), key(&["a", "bc"]));
        assert!(is_id(&a));
        assert!(!is_id("' OR 1=1 --"));
        assert!(!is_id(&a.to_uppercase()));
    }
}

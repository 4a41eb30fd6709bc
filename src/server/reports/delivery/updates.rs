//! Recipient updates: what a contact point tells the victim about one delivered report – its state
//! (`received → in-progress → closed`), its own case reference, an outcome and a short message.
//!
//! Updates arrive through the signed e-mail link's form (`via = "link"`), the signed webhook callback
//! `POST /api/v1/deliveries/{id}/status` (`via = "webhook"`), or a ticketing system's answer to a delivery
//! (RT ticket, MISP event, TheHive alert: `via = "rt" | "misp" | "thehive"`). Each is stored once
//! (`delivery_updates`, append-only): the sender's `update_id`, or else the update's own content, names it, so a
//! retried or replayed update changes nothing. A state never goes backwards: the furthest state reached is
//! kept on the job (`recipient_rank`) and checked and raised in one statement.

use super::outbox::ts_ms;
use crate::server::db::Db;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// Recipient states, in order.
pub const STATES: [&str; 3] = ["received", "in-progress", "closed"];

/// Outcomes a recipient may give (with any state; usually with `closed`).
pub const OUTCOMES: [&str; 4] = [
    "advice-given",
    "case-opened",
    "referred-elsewhere",
    "no-action-possible",
];

/// Longest message to the victim, in characters.
pub const MAX_MESSAGE: usize = 2000;

/// Longest case reference, in characters.
pub const MAX_REFERENCE: usize = 100;

/// Longest `update_id`, in characters.
pub const MAX_UPDATE_ID: usize = 100;

/// An update as a recipient sends it (JSON body of the webhook callback, or the link's form).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateInput {
    /// One of [`STATES`].
    pub state: String,
    /// The recipient's own case reference, e.g. `#48213`.
    #[serde(default)]
    pub reference: Option<String>,
    /// One of [`OUTCOMES`].
    #[serde(default)]
    pub outcome: Option<String>,
    /// A short message to the victim (plain text; markup is shown as text).
    #[serde(default)]
    pub message: Option<String>,
    /// The sender's id for this update; the same id twice is one update.
    #[serde(default)]
    pub update_id: Option<String>,
}

/// Why an update was refused (nothing was changed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateError {
    /// `state` is not one of [`STATES`].
    UnknownState,
    /// `outcome` is not one of [`OUTCOMES`].
    UnknownOutcome,
    /// `message` is longer than [`MAX_MESSAGE`].
    MessageTooLong,
    /// `reference` is longer than [`MAX_REFERENCE`], or `update_id` than [`MAX_UPDATE_ID`].
    FieldTooLong,
    /// A field holds control characters (other than line breaks and tabs in the message).
    ControlCharacters,
    /// The recipient already reported a later state.
    Backwards,
    /// The report was not delivered to this recipient (yet): nothing to update.
    NotDelivered,
    /// No such delivery.
    Unknown,
    /// The victim withdrew the report: nothing more is recorded about it.
    Withdrawn,
}

impl UpdateError {
    /// The HTTP status that refuses it: 409 for a state conflict, 404 for an unknown delivery, else 422.
    pub fn status(self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            UpdateError::Backwards | UpdateError::NotDelivered | UpdateError::Withdrawn => {
                StatusCode::CONFLICT
            }
            UpdateError::Unknown => StatusCode::NOT_FOUND,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    /// A stable machine code for API answers.
    pub fn code(self) -> &'static str {
        match self {
            UpdateError::UnknownState => "unknown_state",
            UpdateError::UnknownOutcome => "unknown_outcome",
            UpdateError::MessageTooLong => "message_too_long",
            UpdateError::FieldTooLong => "field_too_long",
            UpdateError::ControlCharacters => "control_characters",
            UpdateError::Backwards => "state_backwards",
            UpdateError::NotDelivered => "not_delivered",
            UpdateError::Unknown => "unknown_delivery",
            UpdateError::Withdrawn => "withdrawn",
        }
    }
}

/// A checked update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Update {
    /// Index in [`STATES`] plus one (1 received, 2 in-progress, 3 closed).
    pub rank: i64,
    /// The state id.
    pub state: &'static str,
    /// Trimmed, `None` when empty.
    pub reference: Option<String>,
    /// The outcome id.
    pub outcome: Option<&'static str>,
    /// Trimmed, `None` when empty.
    pub message: Option<String>,
    /// The sender's id, if given.
    pub update_id: Option<String>,
}

fn clean(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Checks an update's fields (see [`UpdateError`] for what is refused).
pub fn check(input: &UpdateInput) -> Result<Update, UpdateError> {
    let pos = STATES
        .iter()
        .position(|s| *s == input.state.trim())
        .ok_or(UpdateError::UnknownState)?;
    let outcome = match clean(&input.outcome) {
        None => None,
        Some(o) => Some(
            *OUTCOMES
                .iter()
                .find(|x| **x == o)
                .ok_or(UpdateError::UnknownOutcome)?,
        ),
    };
    let reference = clean(&input.reference);
    let update_id = clean(&input.update_id);
    let message = clean(&input.message);
    if reference
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_REFERENCE)
        || update_id
            .as_ref()
            .is_some_and(|r| r.chars().count() > MAX_UPDATE_ID)
    {
        return Err(UpdateError::FieldTooLong);
    }
    if message
        .as_ref()
        .is_some_and(|m| m.chars().count() > MAX_MESSAGE)
    {
        return Err(UpdateError::MessageTooLong);
    }
    let bad = |s: &str, multiline: bool| {
        s.chars()
            .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    };
    if reference.as_deref().is_some_and(|s| bad(s, false))
        || update_id.as_deref().is_some_and(|s| bad(s, false))
        || message.as_deref().is_some_and(|s| bad(s, true))
    {
        return Err(UpdateError::ControlCharacters);
    }
    Ok(Update {
        rank: pos as i64 + 1,
        state: STATES[pos],
        reference,
        outcome,
        message,
        update_id,
    })
}

/// The stored id of an update: SHA-256 over the job and the sender's update id, or over the job and the
/// update's fields when the sender gave none (the same update sent twice is stored once).
fn update_key(job: &str, u: &Update) -> String {
    let mut h = Sha256::new();
    h.update(job.as_bytes());
    match &u.update_id {
        Some(id) => {
            h.update(b"\0id\0");
            h.update(id.as_bytes());
        }
        None => {
            for part in [
                Some(u.state),
                u.reference.as_deref(),
                u.outcome,
                u.message.as_deref(),
            ] {
                h.update(b"\0");
                h.update(part.unwrap_or("").as_bytes());
            }
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What recording an update did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recorded {
    /// Stored now.
    New,
    /// The same update was stored before; nothing changed.
    Already,
}

/// Why [`record`] stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// Refused: see the code.
    #[error("update refused: {}", .0.code())]
    Refused(UpdateError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] sqlx::Error),
}

impl From<UpdateError> for RecordError {
    fn from(e: UpdateError) -> Self {
        RecordError::Refused(e)
    }
}

/// Records update `u` of job `job` received through `via` (`link`, `webhook`, `rt`, `misp`, `thehive`). Only a
/// job that was sent or acknowledged can be updated; an update also counts as the recipient's acknowledgement.
/// When the victim asked for e-mail notices, one is queued in the same transaction (see [`super::followups`]).
///
/// Errors: [`UpdateError::Unknown`], [`UpdateError::NotDelivered`], [`UpdateError::Backwards`] (a later state
/// was reported before), or the database's.
pub async fn record(
    db: &Db,
    job: &str,
    u: &Update,
    via: &str,
    now: DateTime<Utc>,
) -> Result<Recorded, RecordError> {
    let key = update_key(job, u);
    let row =
        sqlx::query("SELECT state, reference, recipient_rank FROM delivery_jobs WHERE id = $1")
            .bind(job)
            .fetch_optional(&db.pool)
            .await?
            .ok_or(UpdateError::Unknown)?;
    let state: String = row.try_get("state")?;
    let reference: String = row.try_get("reference")?;
    let seen: Option<String> = sqlx::query_scalar("SELECT id FROM delivery_updates WHERE id = $1")
        .bind(&key)
        .fetch_optional(&db.pool)
        .await?;
    if seen.is_some() {
        return Ok(Recorded::Already);
    }
    if !matches!(state.as_str(), "sent" | "acknowledged") {
        return Err(UpdateError::NotDelivered.into());
    }
    let purge = crate::server::reports::retention::state(db, &reference).await?;
    if purge.withdrawn_at.is_some() {
        return Err(UpdateError::Withdrawn.into());
    }
    // past its retention: the state still counts, a message to the victim is no longer kept
    let message = u.message.as_deref().filter(|_| purge.purged_at.is_none());
    if state == "sent" {
        super::outbox::acknowledge(db, job, now).await?;
    }
    let now_s = ts_ms(now);
    let mut tx = db.pool.begin().await?;
    // the guard: raises (or keeps) the furthest state, never lowers it
    let moved = sqlx::query(
        "UPDATE delivery_jobs SET recipient_rank = $2, updated_at = $3 WHERE id = $1 AND recipient_rank <= $2",
    )
    .bind(job)
    .bind(u.rank)
    .bind(&now_s)
    .execute(&mut *tx)
    .await
    ?;
    if moved.rows_affected() == 0 {
        return Err(UpdateError::Backwards.into());
    }
    let inserted = sqlx::query(
        "INSERT INTO delivery_updates (id, job_id, reference, state, their_reference, outcome, message, via, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&key)
    .bind(job)
    .bind(&reference)
    .bind(u.state)
    .bind(u.reference.as_deref())
    .bind(u.outcome)
    .bind(message)
    .bind(via)
    .bind(&now_s)
    .execute(&mut *tx)
    .await
    ?;
    if inserted.rows_affected() == 0 {
        return Ok(Recorded::Already);
    }
    // the victim's e-mail notice, if they asked for one: queued with the update or not at all
    super::followups::enqueue_notice(&mut tx, job, &reference, &key, "update", &now_s).await?;
    tx.commit().await?;
    metrics::counter!("delivery_updates_total", "via" => via.to_owned()).increment(1);
    Ok(Recorded::New)
}

/// One stored update, as the victim's timeline shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateRow {
    /// The delivery job.
    pub job_id: String,
    /// State id.
    pub state: String,
    /// The recipient's case reference, if given.
    pub their_reference: Option<String>,
    /// Outcome id, if given.
    pub outcome: Option<String>,
    /// Message to the victim, if any.
    pub message: Option<String>,
    /// `link`, `webhook`, `rt`, `misp` or `thehive`.
    pub via: String,
    /// RFC 3339 UTC.
    pub created_at: String,
}

/// All updates of a report's deliveries, oldest first.
pub async fn for_report(db: &Db, reference: &str) -> Result<Vec<UpdateRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT job_id, state, their_reference, outcome, message, via, created_at FROM delivery_updates \
         WHERE reference = $1 ORDER BY created_at, id",
    )
    .bind(reference)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(UpdateRow {
                job_id: r.try_get("job_id")?,
                state: r.try_get("state")?,
                their_reference: r.try_get("their_reference")?,
                outcome: r.try_get("outcome")?,
                message: r.try_get("message")?,
                via: r.try_get("via")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(state: &str) -> UpdateInput {
        UpdateInput {
            state: state.into(),
            ..Default::default()
        }
    }

    #[test]
    fn updates_are_checked_field_by_field() {
        let u = check(&UpdateInput {
            state: "in-progress".into(),
            reference: Some("  #48213 ".into()),
            outcome: Some("case-opened".into()),
            message: Some("We opened a case.\nCall us if the caller rings again.".into()),
            update_id: None,
        })
        .unwrap();
        assert_eq!((u.rank, u.state), (2, "in-progress"));
        assert_eq!(u.reference.as_deref(), Some("#48213"));
        assert_eq!(check(&input("done")), Err(UpdateError::UnknownState));
        assert_eq!(check(&input("")), Err(UpdateError::UnknownState));
        let mut i = input("closed");
        i.outcome = Some("solved".into());
        assert_eq!(check(&i), Err(UpdateError::UnknownOutcome));
        i.outcome = None;
        i.message = Some("x".repeat(MAX_MESSAGE + 1));
        assert_eq!(check(&i), Err(UpdateError::MessageTooLong));
        i.message = Some("é".repeat(MAX_MESSAGE));
        assert!(check(&i).is_ok(), "characters, not bytes");
        i.reference = Some("#1\u{1b}[2J".into());
        assert_eq!(check(&i), Err(UpdateError::ControlCharacters));
        i.reference = Some("r".repeat(MAX_REFERENCE + 1));
        assert_eq!(check(&i), Err(UpdateError::FieldTooLong));
    }

    #[test]
    fn the_same_update_has_the_same_key_and_an_update_id_names_it() {
        let a = check(&input("received")).unwrap();
        assert_eq!(update_key("job1", &a), update_key("job1", &a));
        assert_ne!(update_key("job1", &a), update_key("job2", &a));
        let mut b = input("received");
        b.message = Some("hello".into());
        assert_ne!(
            update_key("job1", &a),
            update_key("job1", &check(&b).unwrap())
        );
        let mut c = input("received");
        c.update_id = Some("u-1".into());
        let mut d = input("closed");
        d.update_id = Some("u-1".into());
        assert_eq!(
            update_key("job1", &check(&c).unwrap()),
            update_key("job1", &check(&d).unwrap()),
            "one update id, one update"
        );
    }
}

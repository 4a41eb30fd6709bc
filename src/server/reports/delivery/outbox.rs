//! The `delivery_jobs` table: enqueueing (inside the report's transaction), claiming with a lease, and
//! recording outcomes. Every state change of a job updates its `report_recipients` row in the same
//! transaction, so the status page never disagrees with the outbox.
//!
//! Claiming: one `UPDATE ... WHERE id IN (SELECT ... LIMIT n [FOR UPDATE SKIP LOCKED]) RETURNING` statement
//! sets `locked_until = now + lease` and `claimed_by`. On PostgreSQL `SKIP LOCKED` lets several workers claim
//! disjoint batches at once; on SQLite the statement is atomic (one writer at a time). A worker killed
//! mid-send leaves its lease to expire; the job is then claimed again and re-sent with the same idempotency
//! key.

use super::payload::JobReport;
use crate::api::report::ReportInput;
use crate::server::db::{Backend, Db};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// RFC 3339 UTC with milliseconds, the format of every `delivery_jobs` timestamp (compared as text).
pub fn ts_ms(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Writes one queued job for a recipient, on the report's transaction. `id` is the idempotency key.
pub async fn enqueue(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    reference: &str,
    position: i64,
    contact_id: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let now = ts_ms(now);
    sqlx::query(
        "INSERT INTO delivery_jobs (id, reference, position, contact_id, state, attempts, next_attempt_at, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5, $5)",
    )
    .bind(id)
    .bind(reference)
    .bind(position)
    .bind(contact_id)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ())
}

/// A job (or follow-up) this worker now holds until its lease ends.
#[derive(Clone, Debug)]
pub struct Claimed {
    /// Its id (idempotency key).
    pub id: String,
    /// Attempts including this one.
    pub attempts: i64,
}

/// Claims up to `limit` due jobs for `worker` until `now + lease`.
pub async fn claim(
    db: &Db,
    worker: &str,
    now: DateTime<Utc>,
    lease: std::time::Duration,
    limit: u32,
) -> Result<Vec<Claimed>, sqlx::Error> {
    claim_in(db, "delivery_jobs", worker, now, lease, limit).await
}

/// Claims up to `limit` due rows of an outbox `table` (`delivery_jobs` or `followups`: both have `id`, `state`,
/// `attempts`, `next_attempt_at`, `locked_until`, `claimed_by`, `updated_at`) for `worker` until `now + lease`.
pub(super) async fn claim_in(
    db: &Db,
    table: &'static str,
    worker: &str,
    now: DateTime<Utc>,
    lease: std::time::Duration,
    limit: u32,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let until = now + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::seconds(120));
    let lock = match db.backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE {table} SET locked_until = $1, claimed_by = $2, attempts = attempts + 1, updated_at = $3 \
         WHERE id IN (SELECT id FROM {table} WHERE state = 'queued' AND next_attempt_at <= $3 \
         AND (locked_until IS NULL OR locked_until < $3) ORDER BY next_attempt_at LIMIT $4{lock}) \
         RETURNING id, attempts"
    );
    sqlx::query(&sql)
        .bind(ts_ms(until))
        .bind(worker)
        .bind(ts_ms(now))
        .bind(i64::from(limit))
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("id")?,
                attempts: r.try_get("attempts")?,
            })
        })
        .collect()
}

/// The report and recipient behind a job; `None` when there is no such job or the report's personal fields
/// were purged (the purge withdrew its queued jobs: nothing is sent).
pub async fn load_job(db: &Db, id: &str) -> Result<Option<JobReport>, sqlx::Error> {
    let Some(r) = sqlx::query(
        "SELECT j.id, j.reference, j.contact_id, r.lang, r.country, r.rsit, r.input_json, r.aware_at, \
         r.started_at, r.created_at, rr.step_key, rr.kind, rr.deadline_at FROM delivery_jobs j \
         JOIN reports r ON r.reference = j.reference \
         JOIN report_recipients rr ON rr.reference = j.reference AND rr.position = j.position \
         WHERE j.id = $1 AND r.purged_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let input: ReportInput =
        serde_json::from_str(&r.try_get::<String, _>("input_json")?).unwrap_or_default();
    Ok(Some(JobReport {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        lang: r.try_get("lang")?,
        country: r.try_get("country")?,
        rsit: r.try_get("rsit")?,
        input,
        aware_at: r.try_get("aware_at")?,
        started_at: r.try_get("started_at")?,
        created_at: r.try_get("created_at")?,
        step_key: r.try_get("step_key")?,
        kind: r.try_get("kind")?,
        deadline_at: r.try_get("deadline_at")?,
        contact_id: r.try_get("contact_id")?,
    }))
}

async fn set_recipient_state(
    tx: &mut sqlx::AnyConnection,
    reference: &str,
    position: i64,
    state: &str,
    now: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE report_recipients SET state = $1, updated_at = $2 WHERE reference = $3 AND position = $4",
    )
    .bind(state)
    .bind(now)
    .bind(reference)
    .bind(position)
    .execute(tx)
    .await
    .map(|_| ())
}

/// Changes a job with `sql` (which must `RETURNING reference, position`) and mirrors `state` on its recipient.
/// Returns whether a row changed.
async fn transition(
    db: &Db,
    sql: &str,
    binds: Vec<Option<String>>,
    state: &str,
    now: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.pool.begin().await?;
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(b);
    }
    let row = q.fetch_optional(&mut *tx).await?;
    if let Some(r) = row {
        let reference: String = r.try_get("reference")?;
        let position: i64 = r.try_get("position")?;
        set_recipient_state(&mut tx, &reference, position, state, now).await?;
        tx.commit().await?;
        Ok(true)
    } else {
        Ok(false)
    }
}

/// Records a successful send over `transport`. A job already acknowledged or sent stays as it is.
pub async fn mark_sent(
    db: &Db,
    id: &str,
    transport: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let now = ts_ms(now);
    transition(
        db,
        "UPDATE delivery_jobs SET state = 'sent', transport = $2, sent_at = $3, locked_until = NULL, \
         wait_reason = NULL, last_error = NULL, updated_at = $3 WHERE id = $1 AND state = 'queued' \
         RETURNING reference, position",
        vec![Some(id.into()), Some(transport.into()), Some(now.clone())],
        "sent",
        &now,
    )
    .await
}

/// A job the purge withdrew while `worker` held it: releases the lease at once and, when the report did go out
/// (`sent = Some(transport)`: the send finished before the worker saw the purge), records it as `sent`, so
/// that the status page tells the truth and the withdrawal notice to this recipient follows it. `true` when
/// the job was withdrawn and held.
pub async fn release_withdrawn(
    db: &Db,
    id: &str,
    worker: &str,
    sent: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let now = ts_ms(now);
    match sent {
        None => Ok(sqlx::query(
            "UPDATE delivery_jobs SET locked_until = NULL, updated_at = $1 \
             WHERE id = $2 AND claimed_by = $3 AND state = 'withdrawn'",
        )
        .bind(&now)
        .bind(id)
        .bind(worker)
        .execute(&db.pool)
        .await?
        .rows_affected()
            > 0),
        Some(transport) => {
            transition(
                db,
                "UPDATE delivery_jobs SET state = 'sent', transport = $2, sent_at = $3, locked_until = NULL, \
                 updated_at = $3 WHERE id = $1 AND claimed_by = $4 AND state = 'withdrawn' \
                 RETURNING reference, position",
                vec![
                    Some(id.into()),
                    Some(transport.into()),
                    Some(now.clone()),
                    Some(worker.into()),
                ],
                "sent",
                &now,
            )
            .await
        }
    }
}

/// Runs an UPDATE of one job held by `worker` whose last three parameters are `updated_at`, `id` and
/// `claimed_by`, in that order; `true` when the job was still held and was updated.
async fn update_claimed<'q>(
    db: &Db,
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    now: DateTime<Utc>,
    id: &'q str,
    worker: &'q str,
) -> Result<bool, sqlx::Error> {
    let res = q
        .bind(ts_ms(now))
        .bind(id)
        .bind(worker)
        .execute(&db.pool)
        .await?;
    Ok(res.rows_affected() > 0)
}

/// Releases a job held by `worker` for another attempt at `next_at`, keeping `error`.
pub async fn retry_later(
    db: &Db,
    id: &str,
    worker: &str,
    transport: &str,
    error: &str,
    next_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let q = sqlx::query(
        "UPDATE delivery_jobs SET next_attempt_at = $1, locked_until = NULL, claimed_by = NULL, last_error = $2, \
         wait_reason = NULL, transport = $3, updated_at = $4 WHERE id = $5 AND claimed_by = $6 AND state = 'queued'",
    )
    .bind(ts_ms(next_at))
    .bind(truncate(error))
    .bind(transport);
    update_claimed(db, q, now, id, worker).await
}

/// Puts a job back without counting the attempt: it has no usable channel yet (`reason`, shown on the status
/// page and in `/healthz`). Looked at again at `next_at`.
pub async fn wait(
    db: &Db,
    id: &str,
    worker: &str,
    reason: &str,
    next_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let q = sqlx::query(
        "UPDATE delivery_jobs SET next_attempt_at = $1, locked_until = NULL, claimed_by = NULL, \
         attempts = attempts - 1, wait_reason = $2, updated_at = $3 WHERE id = $4 AND claimed_by = $5 AND state = 'queued'",
    )
    .bind(ts_ms(next_at))
    .bind(reason);
    update_claimed(db, q, now, id, worker).await
}

/// Gives up on a job: `failed`, with the last error kept.
pub async fn mark_failed(
    db: &Db,
    id: &str,
    worker: &str,
    transport: &str,
    error: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let now = ts_ms(now);
    transition(
        db,
        "UPDATE delivery_jobs SET state = 'failed', transport = $2, last_error = $3, locked_until = NULL, \
         wait_reason = NULL, updated_at = $4 WHERE id = $1 AND claimed_by = $5 AND state = 'queued' \
         RETURNING reference, position",
        vec![
            Some(id.into()),
            Some(transport.into()),
            Some(truncate(error)),
            Some(now.clone()),
            Some(worker.into()),
        ],
        "failed",
        &now,
    )
    .await
}

/// Outcome of an acknowledgement.
#[derive(Debug, PartialEq, Eq)]
pub enum Ack {
    /// Recorded now.
    Recorded,
    /// Was acknowledged before.
    Already,
    /// The job was not delivered (still waiting or failed): an acknowledgement must not end its retries.
    NotSent,
    /// No such job.
    Unknown,
}

/// Records that the recipient confirmed receipt of job `id`. Only a job that was sent, or is being sent
/// right now (claimed, lease not expired: a receiver may confirm before the worker records its success),
/// can be acknowledged; a waiting or failed job answers [`Ack::NotSent`] and keeps its state, so a forged or
/// mistaken acknowledgement never hides an undelivered report.
pub async fn acknowledge(db: &Db, id: &str, now: DateTime<Utc>) -> Result<Ack, sqlx::Error> {
    let now = ts_ms(now);
    let changed = transition(
        db,
        "UPDATE delivery_jobs SET state = 'acknowledged', acknowledged_at = $2, locked_until = NULL, \
         wait_reason = NULL, updated_at = $2 WHERE id = $1 AND (state = 'sent' OR (state = 'queued' \
         AND locked_until IS NOT NULL AND locked_until > $2)) \
         RETURNING reference, position",
        vec![Some(id.into()), Some(now.clone())],
        "acknowledged",
        &now,
    )
    .await?;
    if changed {
        return Ok(Ack::Recorded);
    }
    let state: Option<String> = sqlx::query_scalar("SELECT state FROM delivery_jobs WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(match state.as_deref() {
        Some("acknowledged") => Ack::Already,
        Some(_) => Ack::NotSent,
        None => Ack::Unknown,
    })
}

/// `(contact_id, reference)` of a job.
pub async fn job_contact(db: &Db, id: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT contact_id, reference FROM delivery_jobs WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| Ok((r.try_get("contact_id")?, r.try_get("reference")?)))
        .transpose()
}

/// A job as shown to the victim and operators.
#[derive(Clone, Debug)]
pub struct JobStatus {
    /// Idempotency key.
    pub id: String,
    /// Recipient position in the report.
    pub position: i64,
    /// Contact id.
    pub contact_id: String,
    /// `queued`, `sent`, `acknowledged`, `failed`.
    pub state: String,
    /// Attempts made.
    pub attempts: i64,
    /// Why a queued job waits (`no-smtp`, `no-channel`), if it does.
    pub wait_reason: Option<String>,
    /// Last error, if any.
    pub last_error: Option<String>,
    /// Transport used or tried.
    pub transport: Option<String>,
}

/// The jobs of one report, by position.
pub async fn for_report(db: &Db, reference: &str) -> Result<Vec<JobStatus>, sqlx::Error> {
    sqlx::query(
        "SELECT id, position, contact_id, state, attempts, wait_reason, last_error, transport \
         FROM delivery_jobs WHERE reference = $1 ORDER BY position",
    )
    .bind(reference)
    .fetch_all(&db.pool)
    .await?
    .into_iter()
    .map(|r| {
        Ok(JobStatus {
            id: r.try_get("id")?,
            position: r.try_get("position")?,
            contact_id: r.try_get("contact_id")?,
            state: r.try_get("state")?,
            attempts: r.try_get("attempts")?,
            wait_reason: r.try_get("wait_reason")?,
            last_error: r.try_get("last_error")?,
            transport: r.try_get("transport")?,
        })
    })
    .collect()
}

/// Counts of the jobs that need attention (`queued`, `failed`), and queued jobs by wait reason, for
/// `/healthz`. Delivered jobs are not counted, so the query stays cheap as the table grows (it reads the
/// `(state, next_attempt_at)` index).
pub async fn summary(db: &Db) -> Result<serde_json::Value, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT state, COALESCE(wait_reason, '') AS wait_reason, COUNT(*) AS n FROM delivery_jobs \
         WHERE state IN ('queued', 'failed') GROUP BY state, COALESCE(wait_reason, '')",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut states = serde_json::Map::new();
    let mut waiting = serde_json::Map::new();
    for r in rows {
        let state: String = r.try_get("state")?;
        let reason: String = r.try_get("wait_reason")?;
        let n: i64 = r.try_get("n")?;
        let e = states.entry(state.clone()).or_insert(0.into());
        *e = (e.as_i64().unwrap_or(0) + n).into();
        if state == "queued" && !reason.is_empty() {
            waiting.insert(reason, n.into());
        }
    }
    Ok(serde_json::json!({ "jobs": states, "waiting": waiting }))
}

/// `s` cut to at most 1000 bytes at a character boundary (stored errors).
pub(super) fn truncate(s: &str) -> String {
    let mut end = s.len().min(1000);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

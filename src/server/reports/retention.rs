//! Retention and withdrawal: how long a report's personal fields are kept, and how they are deleted.
//!
//! **Personal fields** are what could identify or describe a person: the report's description, contact e-mail
//! and phone, evidence list, amount and form key (all inside `reports.input_json`), the recipients' messages
//! to the victim (`delivery_updates.message`) and the questions and answers of the threads
//! (`followups.body`). A **purge** empties them in one transaction and keeps everything else (country,
//! incident type, who reported, dates, delivery states), so that the open statistics stay true and the victim
//! can still open the status page with the private code.
//!
//! When a report is purged ([`purge_due`], run by a scheduled task and by `cyberhelp purge`):
//! - **retention** ([`Policy::after_finished`], default 180 days): every recipient finished with it (confirmed
//!   receipt, reported `closed`, or its delivery failed for good) and nothing happened on it for that long;
//!   a report sent to nobody counts from the day it was received;
//! - **max-age** ([`Policy::max_age`], default 2 years): in any case, that long after it was received.
//!
//! **Withdrawal** ([`withdraw`]): the victim withdraws the report from the status page (or the API). Its
//! personal fields are purged at once; every recipient that received it, or was being sent it at that
//! moment, gets a withdrawal notice through its own channel (a `followups` row of kind `withdrawal`, sent by
//! the delivery worker after the report itself); jobs not yet sent, queued answers and notices are withdrawn.
//!
//! A purge withdraws queued jobs too: a worker that claimed one before the purge finds the report purged and
//! sends nothing, and one whose send was already under way records it, so its withdrawal notice follows.
//! Both purges are idempotent and may race (the report row's `purged_at IS NULL` guard decides).

use super::delivery::followups;
use super::delivery::outbox::ts_ms;
use crate::api::report::ReportInput;
use crate::server::db::Db;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::Row;

/// Default days kept after every recipient finished with a report.
pub const DEFAULT_RETENTION_DAYS: u32 = 180;
/// Default maximum age of a report's personal fields, in days (2 years).
pub const DEFAULT_MAX_AGE_DAYS: u32 = 730;
/// Reports purged per transaction.
const BATCH: i64 = 200;

/// How long personal fields are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Kept this long after every recipient finished with the report and nothing else happened on it.
    pub after_finished: Duration,
    /// Kept at most this long after the report was received.
    pub max_age: Duration,
}

impl Policy {
    /// A policy from days; the maximum age is never shorter than the retention period.
    pub fn from_days(retention_days: u32, max_age_days: u32) -> Self {
        Policy {
            after_finished: Duration::days(i64::from(retention_days)),
            max_age: Duration::days(i64::from(max_age_days.max(retention_days))),
        }
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy::from_days(DEFAULT_RETENTION_DAYS, DEFAULT_MAX_AGE_DAYS)
    }
}

/// Why a report's personal fields were purged (`reports.purge_reason`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Every recipient finished with it, [`Policy::after_finished`] ago.
    Retention,
    /// Older than [`Policy::max_age`].
    MaxAge,
    /// The victim withdrew it.
    Withdrawn,
}

impl Reason {
    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Retention => "retention",
            Reason::MaxAge => "max-age",
            Reason::Withdrawn => "withdrawn",
        }
    }
}

/// What one purge run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Reports purged because every recipient finished with them long enough ago.
    pub retention: u64,
    /// Reports purged because of their age.
    pub max_age: u64,
    /// Recipients' messages and thread texts emptied.
    pub texts: u64,
    /// Deliveries not yet sent that were withdrawn.
    pub jobs_withdrawn: u64,
    /// Queued answers and notices to the victim that were withdrawn.
    pub followups_withdrawn: u64,
    /// Reports whose personal fields remain (after the run).
    pub kept: u64,
}

/// `input` without its personal fields: description, contact details, evidence, amount, the opt-in to
/// notices and the form key. What routing and the statistics need stays.
pub fn redact(input: &ReportInput) -> ReportInput {
    ReportInput {
        description: String::new(),
        contact_email: String::new(),
        contact_phone: String::new(),
        evidence: Vec::new(),
        amount: String::new(),
        notify_updates: false,
        form_key: String::new(),
        ..input.clone()
    }
}

/// What purging one report changed.
#[derive(Clone, Copy, Debug, Default)]
struct One {
    texts: u64,
    jobs: u64,
    followups: u64,
}

/// Purges one report's personal fields on `tx` (see the module doc); `None` when it was purged before (its
/// texts are still emptied and its queued jobs withdrawn again, which changes nothing the second time).
async fn purge_in(
    tx: &mut sqlx::AnyConnection,
    reference: &str,
    reason: Reason,
    now: &str,
) -> Result<Option<One>, sqlx::Error> {
    // a write first: on SQLite it takes the write lock before anything is read (no lock upgrade to fail)
    let first = sqlx::query(
        "UPDATE reports SET purged_at = $2, purge_reason = $3 WHERE reference = $1 AND purged_at IS NULL",
    )
    .bind(reference)
    .bind(now)
    .bind(reason.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if first {
        let json: String =
            sqlx::query_scalar("SELECT input_json FROM reports WHERE reference = $1")
                .bind(reference)
                .fetch_one(&mut *tx)
                .await?;
        let input: ReportInput = serde_json::from_str(&json).unwrap_or_default();
        let redacted = serde_json::to_string(&redact(&input)).unwrap_or_else(|_| "{}".into());
        sqlx::query("UPDATE reports SET input_json = $2 WHERE reference = $1")
            .bind(reference)
            .bind(redacted)
            .execute(&mut *tx)
            .await?;
    }
    let mut one = One::default();
    one.texts += sqlx::query(
        "UPDATE delivery_updates SET message = NULL WHERE reference = $1 AND message IS NOT NULL",
    )
    .bind(reference)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    one.texts +=
        sqlx::query("UPDATE followups SET body = NULL WHERE reference = $1 AND body IS NOT NULL")
            .bind(reference)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    one.followups = sqlx::query(
        "UPDATE followups SET state = 'withdrawn', wait_reason = NULL, updated_at = $2 \
         WHERE reference = $1 AND state = 'queued' AND kind IN ('answer', 'notice')",
    )
    .bind(reference)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // jobs not sent yet: withdrawn (a worker holding one sends nothing; see `outbox::load_job`)
    one.jobs = sqlx::query(
        "UPDATE delivery_jobs SET state = 'withdrawn', wait_reason = NULL, updated_at = $2 \
         WHERE reference = $1 AND state = 'queued'",
    )
    .bind(reference)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    sqlx::query(
        "UPDATE report_recipients SET state = 'withdrawn', updated_at = $2 WHERE reference = $1 AND state = 'queued'",
    )
    .bind(reference)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(first.then_some(one))
}

/// Up to `limit` references due for a purge at `now`, oldest first, with the reason.
///
/// Errors: the database's.
pub async fn due(
    db: &Db,
    now: DateTime<Utc>,
    policy: Policy,
    limit: i64,
) -> Result<Vec<(String, Reason)>, sqlx::Error> {
    let quiet_since = ts_ms(now - policy.after_finished);
    let too_old = ts_ms(now - policy.max_age);
    // "finished": confirmed (or closed), or failed for good; "quiet": nothing recorded since the cut-off
    sqlx::query(
        "SELECT r.reference AS reference, r.created_at < $2 AS too_old FROM reports r \
         WHERE r.purged_at IS NULL AND r.created_at < $1 AND (r.created_at < $2 OR ( \
           NOT EXISTS (SELECT 1 FROM delivery_jobs j WHERE j.reference = r.reference \
             AND j.state IN ('queued', 'sent') AND j.acknowledged_at IS NULL AND j.recipient_rank < 3) \
           AND NOT EXISTS (SELECT 1 FROM delivery_jobs j WHERE j.reference = r.reference AND j.updated_at >= $1) \
           AND NOT EXISTS (SELECT 1 FROM delivery_updates u WHERE u.reference = r.reference AND u.created_at >= $1) \
           AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.reference = r.reference AND f.created_at >= $1))) \
         ORDER BY r.created_at LIMIT $3",
    )
    .bind(&quiet_since)
    .bind(&too_old)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        // SQLite answers a comparison with an integer, PostgreSQL with a boolean
        let old = r
            .try_get::<bool, _>("too_old")
            .or_else(|_| r.try_get::<i64, _>("too_old").map(|v| v != 0))?;
        Ok((
            r.try_get("reference")?,
            if old { Reason::MaxAge } else { Reason::Retention },
        ))
    })
    .collect()
}

/// Purges every report due at `now` (see the module doc), in transactions of 200 reports, and counts what
/// it did. Safe to run from several replicas at once and while the victim withdraws a report.
///
/// Errors: the database's (what was committed before stays purged).
pub async fn purge_due(db: &Db, now: DateTime<Utc>, policy: Policy) -> Result<Counts, sqlx::Error> {
    let now_s = ts_ms(now);
    let mut counts = Counts::default();
    loop {
        let batch = due(db, now, policy, BATCH).await?;
        let mut purged_now = 0;
        let mut tx = db.pool.begin().await?;
        for (reference, reason) in &batch {
            if let Some(one) = purge_in(&mut tx, reference, *reason, &now_s).await? {
                purged_now += 1;
                match reason {
                    Reason::MaxAge => counts.max_age += 1,
                    _ => counts.retention += 1,
                }
                counts.texts += one.texts;
                counts.jobs_withdrawn += one.jobs;
                counts.followups_withdrawn += one.followups;
            }
        }
        tx.commit().await?;
        if (batch.len() as i64) < BATCH || purged_now == 0 {
            break;
        }
    }
    counts.kept =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reports WHERE purged_at IS NULL")
            .fetch_one(&db.pool)
            .await?
            .max(0) as u64;
    if counts.retention + counts.max_age > 0 {
        metrics::counter!("reports_purged_total", "reason" => "retention")
            .increment(counts.retention);
        metrics::counter!("reports_purged_total", "reason" => "max-age").increment(counts.max_age);
        tracing::info!(
            retention = counts.retention,
            max_age = counts.max_age,
            texts = counts.texts,
            jobs_withdrawn = counts.jobs_withdrawn,
            kept = counts.kept,
            "purged the personal fields of reports past their retention"
        );
    }
    Ok(counts)
}

/// The outcome of a withdrawal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Withdrawal {
    /// When the report was withdrawn (RFC 3339 UTC): now, or the first time.
    pub withdrawn_at: String,
    /// It was withdrawn before; nothing changed now.
    pub already: bool,
    /// Withdrawal notices queued now, one per recipient that received the report or was being sent it.
    pub notices: u64,
}

/// Withdraws report `reference` (already authenticated by its private code) at `now`: purges its personal
/// fields and queues a withdrawal notice for each recipient that received it or was being sent it, in one
/// transaction. A second withdrawal changes nothing (`already`). `None` for an unknown report.
///
/// Errors: the database's (then nothing changed).
pub async fn withdraw(
    db: &Db,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<Option<Withdrawal>, sqlx::Error> {
    let now_s = ts_ms(now);
    let mut tx = db.pool.begin().await?;
    let first = sqlx::query(
        "UPDATE reports SET withdrawn_at = $2 WHERE reference = $1 AND withdrawn_at IS NULL",
    )
    .bind(reference)
    .bind(&now_s)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if !first {
        drop(tx);
        let at: Option<Option<String>> =
            sqlx::query_scalar("SELECT withdrawn_at FROM reports WHERE reference = $1")
                .bind(reference)
                .fetch_optional(&db.pool)
                .await?;
        return Ok(at.map(|at| Withdrawal {
            withdrawn_at: at.unwrap_or_default(),
            already: true,
            notices: 0,
        }));
    }
    // who must be told: those that have it, and those a worker is sending it to right now
    let told: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM delivery_jobs WHERE reference = $1 AND (state IN ('sent', 'acknowledged') \
         OR (state = 'queued' AND locked_until IS NOT NULL AND locked_until >= $2)) ORDER BY position",
    )
    .bind(reference)
    .bind(&now_s)
    .fetch_all(&mut *tx)
    .await?;
    purge_in(&mut tx, reference, Reason::Withdrawn, &now_s).await?;
    let mut notices = 0;
    for job in &told {
        notices += sqlx::query(
            "INSERT INTO followups (id, job_id, reference, kind, via, state, attempts, next_attempt_at, created_at, updated_at) \
             VALUES ($1, $2, $3, 'withdrawal', 'status-page', 'queued', 0, $4, $4, $4) ON CONFLICT DO NOTHING",
        )
        .bind(followups::key(&["withdrawal", job]))
        .bind(job)
        .bind(reference)
        .bind(&now_s)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    tx.commit().await?;
    metrics::counter!("reports_purged_total", "reason" => "withdrawn").increment(1);
    tracing::info!(%reference, notices, "report withdrawn by the victim; personal fields purged");
    Ok(Some(Withdrawal {
        withdrawn_at: now_s,
        already: false,
        notices,
    }))
}

/// A report's purge state, for the status page: when it was purged and why, when it was withdrawn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PurgeState {
    /// RFC 3339 UTC.
    pub purged_at: Option<String>,
    /// `retention`, `max-age` or `withdrawn`.
    pub reason: Option<String>,
    /// RFC 3339 UTC.
    pub withdrawn_at: Option<String>,
}

/// The purge state of `reference` (all `None` for a report kept whole or an unknown one).
///
/// Errors: the database's.
pub async fn state(db: &Db, reference: &str) -> Result<PurgeState, sqlx::Error> {
    let row = sqlx::query(
        "SELECT purged_at, purge_reason, withdrawn_at FROM reports WHERE reference = $1",
    )
    .bind(reference)
    .fetch_optional(&db.pool)
    .await?;
    Ok(match row {
        Some(r) => PurgeState {
            purged_at: r.try_get("purged_at")?,
            reason: r.try_get("purge_reason")?,
            withdrawn_at: r.try_get("withdrawn_at")?,
        },
        None => PurgeState::default(),
    })
}

/// Runs [`purge_due`] every `every` until `shutdown` turns `true` (the first run at start). Errors are logged
/// and the next run tries again.
pub async fn run(
    db: Db,
    policy: Policy,
    every: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            break;
        }
        if let Err(e) = purge_due(&db, Utc::now(), policy).await {
            tracing::warn!(error = %e, "retention: the purge run failed; the next run tries again");
        }
        // expired inbox sessions and old sign-in links go too
        if let Err(e) = crate::server::inbox::sessions::sweep(&db, Utc::now()).await {
            tracing::warn!(error = %e, "retention: sweeping inbox sessions failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_keeps_what_routing_and_statistics_need_and_nothing_personal() {
        let input = ReportInput {
            country: "FI".into(),
            victim: "citizen".into(),
            incident: "phishing".into(),
            description: "My bank PIN 4711 was taken by +358401234567".into(),
            contact_email: "victim@example.fi".into(),
            contact_phone: "+358401234567".into(),
            amount: "1200".into(),
            money_lost: true,
            notify_updates: true,
            form_key: "k-123".into(),
            evidence: vec![crate::api::report::EvidenceItem {
                name: "statement.pdf".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let r = redact(&input);
        let json = serde_json::to_string(&r).unwrap();
        for secret in [
            "4711",
            "victim@example.fi",
            "358401234567",
            "1200",
            "statement.pdf",
            "k-123",
        ] {
            assert!(!json.contains(secret), "{secret} left in {json}");
        }
        assert_eq!(
            (r.country.as_str(), r.victim.as_str(), r.incident.as_str()),
            ("FI", "citizen", "phishing")
        );
        assert!(r.money_lost && !r.notify_updates);
    }

    #[test]
    fn the_maximum_age_is_never_shorter_than_the_retention_period() {
        let p = Policy::from_days(400, 30);
        assert_eq!(p.max_age, Duration::days(400));
        assert_eq!(Policy::default().after_finished, Duration::days(180));
        assert_eq!(Policy::default().max_age, Duration::days(730));
    }
}

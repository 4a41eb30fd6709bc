//! Report storage through sqlx on SQLite or PostgreSQL. A report, its recipients and one delivery job per
//! consented recipient (the outbox, see [`super::delivery`]) are written in one transaction; the form key's
//! hash is unique, so a re-sent form finds the first report instead of creating a second.

use crate::api::report::ReportInput;
use crate::server::db::{rfc3339_from_unix, Db};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// One recipient row to write.
#[derive(Clone, Debug)]
pub struct NewRecipient {
    /// Routing rule id (stable key for consent).
    pub step_key: String,
    /// Step kind id.
    pub kind: String,
    /// Directory contact id.
    pub contact_id: Option<String>,
    /// The victim agreed to send the report there.
    pub consented: bool,
    /// Legal deadline, if any.
    pub deadline_at: Option<DateTime<Utc>>,
}

/// A report to write.
#[derive(Clone, Debug)]
pub struct NewReport {
    /// Reference (`XXXX-XXXX-XX`).
    pub reference: String,
    /// SHA-256 of the form key (idempotency).
    pub form_key_hash: String,
    /// SHA-256 of the status token.
    pub token_hash: String,
    /// Language of the form.
    pub lang: String,
    /// ISO country code.
    pub country: String,
    /// RSIT `class/type`.
    pub rsit: String,
    /// Everything typed.
    pub input: ReportInput,
    /// When the victim became aware.
    pub aware_at: Option<DateTime<Utc>>,
    /// When the incident started, in UTC (converted from the victim's local time once, at validation).
    pub started_at: Option<DateTime<Utc>>,
    /// The routing answer as JSON ([`crate::server::routing::Routing`]), computed once when received.
    pub routing: Option<String>,
    /// Received at.
    pub created_at: DateTime<Utc>,
    /// Recipients in routing order.
    pub steps: Vec<NewRecipient>,
}

/// A stored recipient.
#[derive(Clone, Debug)]
pub struct StoredRecipient {
    /// Routing rule id.
    pub step_key: String,
    /// Consented.
    pub consented: bool,
    /// `not-sent`, or the delivery state: `queued`, `sent`, `acknowledged`, `failed`.
    pub state: String,
    /// Position in the report (joins the delivery job).
    pub position: i64,
}

/// A stored report.
#[derive(Clone, Debug)]
pub struct StoredReport {
    /// Reference.
    pub reference: String,
    /// SHA-256 of the status token.
    pub token_hash: String,
    /// Everything typed.
    pub input: ReportInput,
    /// RFC 3339.
    pub aware_at: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// The routing answer stored when the report was received (`None` for reports stored before it was kept).
    pub routing: Option<crate::server::routing::Routing>,
    /// Recipients.
    pub recipients: Vec<StoredRecipient>,
}

fn ts(t: DateTime<Utc>) -> String {
    rfc3339_from_unix(t.timestamp().max(0) as u64)
}

/// Inserts the report unless its form key was seen before. Returns the reference of the stored report and
/// whether it was created now. Retries once with a new reference on the (50-bit) collision.
pub async fn insert(db: &Db, r: &NewReport) -> Result<(String, bool), sqlx::Error> {
    if let Some(existing) = find_by_form_key(db, &r.form_key_hash).await? {
        return Ok((existing, false));
    }
    let mut reference = r.reference.clone();
    for attempt in 0..3 {
        let mut tx = db.pool.begin().await?;
        let res = sqlx::query(
            "INSERT INTO reports (reference, form_key_hash, token_hash, lang, country, victim, incident, rsit, \
             input_json, aware_at, created_at, started_at, routing_json) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(&reference)
        .bind(&r.form_key_hash)
        .bind(&r.token_hash)
        .bind(&r.lang)
        .bind(&r.country)
        .bind(&r.input.victim)
        .bind(&r.input.incident)
        .bind(&r.rsit)
        .bind(serde_json::to_string(&r.input).unwrap_or_default())
        .bind(r.aware_at.map(ts))
        .bind(ts(r.created_at))
        .bind(r.started_at.map(ts))
        .bind(r.routing.as_deref())
        .execute(&mut *tx)
        .await;
        match res {
            Ok(_) => {}
            Err(e) if is_unique_violation(&e) => {
                drop(tx);
                // Same form sent twice at once, or a reference collision.
                if let Some(existing) = find_by_form_key(db, &r.form_key_hash).await? {
                    return Ok((existing, false));
                }
                reference = super::reference::new_reference();
                tracing::warn!(attempt, "reference collision, retrying");
                continue;
            }
            Err(e) => return Err(e),
        }
        let now = ts(r.created_at);
        for (i, s) in r.steps.iter().enumerate() {
            sqlx::query(
                "INSERT INTO report_recipients (reference, position, step_key, kind, contact_id, consented, state, \
                 deadline_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(&reference)
            .bind(i as i64)
            .bind(&s.step_key)
            .bind(&s.kind)
            .bind(&s.contact_id)
            .bind(i64::from(s.consented))
            .bind(if s.consented { "queued" } else { "not-sent" })
            .bind(s.deadline_at.map(ts))
            .bind(&now)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            if let (true, Some(contact)) = (s.consented, &s.contact_id) {
                super::delivery::outbox::enqueue(
                    &mut tx,
                    &super::reference::new_form_key(),
                    &reference,
                    i as i64,
                    contact,
                    r.created_at,
                )
                .await?;
            }
        }
        tx.commit().await?;
        return Ok((reference, true));
    }
    Err(sqlx::Error::Protocol(
        "could not allocate a unique reference".into(),
    ))
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

async fn find_by_form_key(db: &Db, hash: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT reference FROM reports WHERE form_key_hash = $1")
        .bind(hash)
        .fetch_optional(&db.pool)
        .await
}

/// Loads a report and its recipients by reference.
pub async fn load(db: &Db, reference: &str) -> Result<Option<StoredReport>, sqlx::Error> {
    let Some(row) = sqlx::query("SELECT reference, token_hash, input_json, aware_at, created_at, routing_json FROM reports WHERE reference = $1")
        .bind(reference)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(None);
    };
    let input: ReportInput =
        serde_json::from_str(&row.try_get::<String, _>("input_json")?).unwrap_or_default();
    let recipients = sqlx::query("SELECT step_key, consented, state, position FROM report_recipients WHERE reference = $1 ORDER BY position")
        .bind(reference)
        .fetch_all(&db.pool)
        .await?
        .into_iter()
        .map(|r| -> Result<StoredRecipient, sqlx::Error> {
            Ok(StoredRecipient {
                step_key: r.try_get("step_key")?,
                consented: r.try_get::<i64, _>("consented")? != 0,
                state: r.try_get("state")?,
                position: r.try_get("position")?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(StoredReport {
        reference: row.try_get("reference")?,
        token_hash: row.try_get("token_hash")?,
        input,
        aware_at: row.try_get("aware_at")?,
        created_at: row.try_get("created_at")?,
        routing: row
            .try_get::<Option<String>, _>("routing_json")?
            .and_then(|j| serde_json::from_str(&j).ok()),
        recipients,
    }))
}

/// Number of stored reports (for tests and health).
pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reports")
        .fetch_one(&db.pool)
        .await
}

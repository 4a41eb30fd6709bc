//! The append-only audit log of the inbox: who did what, when, from which address, with what outcome. The
//! database refuses updates and deletes of its rows (triggers in the `inbox` migration); only
//! [`record`] writes it and `cyberhelp audit --contact <id>` reads it.

use crate::server::db::Db;
use crate::server::reports::delivery::outbox::ts_ms;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;

/// One entry.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// When (RFC 3339 UTC with milliseconds); filled by [`record`].
    pub at: String,
    /// The account, when one is known.
    pub account_id: Option<String>,
    /// Its e-mail address (or the address typed at a failed sign-in).
    pub email: Option<String>,
    /// The contact point the account works for.
    pub contact_id: Option<String>,
    /// What: `signin`, `signin-link`, `link-requested`, `signout`, `setup`, `list`, `view`, `export`, `update`,
    /// `question`, `invite`, `revoke`, `session-ended`.
    pub action: String,
    /// On what: a report reference, the filters of a list or an export, a format.
    pub target: Option<String>,
    /// `ok`, `denied` (refused: another contact point's report, a bad link, a wrong password…) or `failed`.
    pub outcome: String,
    /// The client's IP address (the rate limiter's view of it), or `cli` for the command line.
    pub address: Option<String>,
}

/// Appends `e` (its `at` is set to `now`). An audit entry that cannot be written is logged as an error with
/// everything it held, so that nothing is silently lost, and the caller's action still answers.
pub async fn record(db: &Db, mut e: Entry, now: DateTime<Utc>) {
    e.at = ts_ms(now);
    let r = sqlx::query(
        "INSERT INTO audit_log (at, account_id, email, contact_id, action, target, outcome, address) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&e.at)
    .bind(&e.account_id)
    .bind(&e.email)
    .bind(&e.contact_id)
    .bind(&e.action)
    .bind(&e.target)
    .bind(&e.outcome)
    .bind(&e.address)
    .execute(&db.pool)
    .await;
    if let Err(err) = r {
        tracing::error!(alert = "audit_write_failed", error = %err, entry = ?e, "could not write the audit log");
    }
}

/// The entries of `contact_id`, oldest first (at most `limit`).
pub async fn for_contact(db: &Db, contact_id: &str, limit: i64) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query(
        "SELECT at, account_id, email, contact_id, action, target, outcome, address FROM audit_log \
         WHERE contact_id = $1 ORDER BY id LIMIT $2",
    )
    .bind(contact_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Entry {
            at: r.try_get("at")?,
            account_id: r.try_get("account_id")?,
            email: r.try_get("email")?,
            contact_id: r.try_get("contact_id")?,
            action: r.try_get("action")?,
            target: r.try_get("target")?,
            outcome: r.try_get("outcome")?,
            address: r.try_get("address")?,
        })
    })
    .collect()
}

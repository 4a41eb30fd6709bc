//! Server-side sessions for the inbox: [`tower_sessions`] manages ids, cookies and expiry; this store keeps the
//! records in the shared database (table `inbox_sessions`, SQLite or PostgreSQL), so that every replica sees
//! the same sessions and a revoked account's sessions can be deleted at once. Only the SHA-256 of a session id
//! is stored: a copy of the table opens no session.

use super::accounts::sha256_hex;
use crate::server::db::Db;
use crate::server::reports::delivery::outbox::ts_ms;
use async_trait::async_trait;
use chrono::{DateTime, TimeZone, Utc};
use sqlx::Row;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// The session key holding the signed-in account's id.
pub const ACCOUNT: &str = "account";

/// The session store on the portal's database.
#[derive(Clone, Debug)]
pub struct DbStore {
    db: Db,
}

impl DbStore {
    /// A store on `db`.
    pub fn new(db: Db) -> Self {
        DbStore { db }
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn expiry(r: &Record) -> String {
    ts_ms(
        Utc.timestamp_opt(r.expiry_date.unix_timestamp(), 0)
            .single()
            .unwrap_or_else(Utc::now),
    )
}

fn account_of(r: &Record) -> Option<String> {
    r.data
        .get(ACCOUNT)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

#[async_trait]
impl SessionStore for DbStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data).map_err(backend)?;
        // a new id until it is free (a collision of 128-bit ids is practically impossible)
        loop {
            let n = sqlx::query(
                "INSERT INTO inbox_sessions (id_hash, account_id, data, expires_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (id_hash) DO NOTHING",
            )
            .bind(sha256_hex(&record.id.to_string()))
            .bind(account_of(record))
            .bind(&data)
            .bind(expiry(record))
            .execute(&self.db.pool)
            .await
            .map_err(backend)?
            .rows_affected();
            if n > 0 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        sqlx::query(
            "INSERT INTO inbox_sessions (id_hash, account_id, data, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id_hash) DO UPDATE SET account_id = excluded.account_id, data = excluded.data, \
             expires_at = excluded.expires_at",
        )
        .bind(sha256_hex(&record.id.to_string()))
        .bind(account_of(record))
        .bind(serde_json::to_string(&record.data).map_err(backend)?)
        .bind(expiry(record))
        .execute(&self.db.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row = sqlx::query(
            "SELECT data, expires_at FROM inbox_sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(sha256_hex(&id.to_string()))
        .bind(ts_ms(Utc::now()))
        .fetch_optional(&self.db.pool)
        .await
        .map_err(backend)?;
        let Some(r) = row else { return Ok(None) };
        let data: String = r.try_get("data").map_err(backend)?;
        let at: String = r.try_get("expires_at").map_err(backend)?;
        let at = DateTime::parse_from_rfc3339(&at).map_err(backend)?;
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(backend)?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(at.timestamp())
                .map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM inbox_sessions WHERE id_hash = $1")
            .bind(sha256_hex(&id.to_string()))
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// Deletes expired sessions and used or expired sign-in links older than a day; returns how many rows went.
pub async fn sweep(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let now_s = ts_ms(now);
    let a = sqlx::query("DELETE FROM inbox_sessions WHERE expires_at <= $1")
        .bind(&now_s)
        .execute(&db.pool)
        .await?
        .rows_affected();
    let b = sqlx::query("DELETE FROM inbox_links WHERE expires_at <= $1")
        .bind(ts_ms(now - chrono::Duration::days(1)))
        .execute(&db.pool)
        .await?
        .rows_affected();
    Ok(a + b)
}

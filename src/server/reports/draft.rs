//! Drafts of the report form, so that "show who will receive it" answers POST-redirect-GET: the preview is a
//! page at `/{lang}/report?draft=…#preview`, which the back button and reload show again without the
//! browser's "Confirm form resubmission", and which stays valid for [`DRAFT_TTL`].
//!
//! What the victim typed is sealed with ChaCha20-Poly1305 (RFC 8439) under a random 256-bit key that is part
//! of the link only (`draft=` is base64url of the 128-bit row id and the key, 64 characters); the database holds
//! the row id, the sealed text and its expiry. Without the link nobody, the operator included, can read a
//! draft. Expired drafts are deleted whenever a draft is saved. After sending, the draft is replaced by the
//! report's reference and status token (sealed the same way), so that the preview's link then says "already
//! sent" with a link to the receipt, instead of offering to send again.

use crate::api::report::ReportInput;
use crate::server::db::Db;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use chrono::{DateTime, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};

/// How long a draft is kept after its last preview.
pub const DRAFT_TTL: chrono::Duration = chrono::Duration::hours(2);

/// What a draft holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Draft {
    /// Not sent yet: the answers, and the action that saved them (`preview` or `keep`).
    Open {
        /// What was typed.
        input: Box<ReportInput>,
        /// `preview` (show the recipients) or `keep` (the same answers in another language, unchecked).
        action: String,
    },
    /// Sent (or kept as a record): where its receipt is.
    Sent {
        /// The report's reference.
        reference: String,
        /// Its status token.
        token: String,
    },
}

/// The `draft=` value: row id and key.
struct Link {
    id: [u8; 16],
    key: [u8; 32],
}

impl Link {
    fn new() -> Self {
        let mut rng = rand::rng();
        Link {
            id: rng.random(),
            key: rng.random(),
        }
    }

    fn encode(&self) -> String {
        let mut b = Vec::with_capacity(48);
        b.extend_from_slice(&self.id);
        b.extend_from_slice(&self.key);
        URL_SAFE_NO_PAD.encode(b)
    }

    /// `None` for anything but 64 base64url characters.
    fn decode(s: &str) -> Option<Self> {
        let s = s.trim();
        if s.len() != 64 {
            return None;
        }
        let b = URL_SAFE_NO_PAD.decode(s).ok()?;
        Some(Link {
            id: b.get(..16)?.try_into().ok()?,
            key: b.get(16..48)?.try_into().ok()?,
        })
    }

    fn row(&self) -> String {
        crate::server::encoding::hex(&self.id)
    }

    fn seal(&self, draft: &Draft) -> String {
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.key));
        let nonce: [u8; 12] = rand::rng().random();
        let plain = serde_json::to_vec(draft).unwrap_or_default();
        // encryption with a valid key and nonce cannot fail
        let ct = cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_slice())
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        URL_SAFE_NO_PAD.encode(out)
    }

    fn open(&self, sealed: &str) -> Option<Draft> {
        let b = URL_SAFE_NO_PAD.decode(sealed).ok()?;
        let (nonce, ct) = (b.get(..12)?, b.get(12..)?);
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.key));
        let plain = cipher.decrypt(Nonce::from_slice(nonce), ct).ok()?;
        serde_json::from_slice(&plain).ok()
    }
}

fn expiry(now: DateTime<Utc>) -> String {
    (now + DRAFT_TTL).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Saves `draft` at `now` and returns its `draft=` value. With `link` (the value the form came back with), the
/// same draft is updated and keeps its link; an unknown or malformed one gets a new link. Deletes expired drafts.
///
/// Errors: the database failed.
pub async fn save(
    db: &Db,
    link: Option<&str>,
    draft: &Draft,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let stamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    sqlx::query("DELETE FROM report_drafts WHERE expires_at < $1")
        .bind(&stamp)
        .execute(&db.pool)
        .await?;
    let link = link.and_then(Link::decode).unwrap_or_else(Link::new);
    sqlx::query(
        "INSERT INTO report_drafts (id, sealed, expires_at) VALUES ($1, $2, $3) \
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, expires_at = excluded.expires_at",
    )
    .bind(link.row())
    .bind(link.seal(draft))
    .bind(expiry(now))
    .execute(&db.pool)
    .await?;
    Ok(link.encode())
}

/// The draft behind a `draft=` value at `now`; `None` when the value is malformed, unknown, expired or does not
/// open (a wrong key).
///
/// Errors: the database failed.
pub async fn load(db: &Db, link: &str, now: DateTime<Utc>) -> Result<Option<Draft>, sqlx::Error> {
    let Some(link) = Link::decode(link) else {
        return Ok(None);
    };
    let stamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let sealed = sqlx::query_scalar::<_, String>(
        "SELECT sealed FROM report_drafts WHERE id = $1 AND expires_at >= $2",
    )
    .bind(link.row())
    .bind(&stamp)
    .fetch_optional(&db.pool)
    .await?;
    Ok(sealed.and_then(|s| link.open(&s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_opens_only_with_its_own_key() {
        let a = Link::new();
        let b = Link::new();
        let d = Draft::Sent {
            reference: "7K4M-9QXP-2D".into(),
            token: "t".into(),
        };
        let sealed = a.seal(&d);
        assert_eq!(a.open(&sealed), Some(d.clone()));
        assert_eq!(b.open(&sealed), None, "another key");
        let decoded = Link::decode(&a.encode()).unwrap();
        assert_eq!(decoded.open(&sealed), Some(d));
        // one flipped byte of the sealed text: refused, never garbage
        let mut raw = URL_SAFE_NO_PAD.decode(&sealed).unwrap();
        raw[20] ^= 1;
        assert_eq!(a.open(&URL_SAFE_NO_PAD.encode(raw)), None);
        assert!(Link::decode("short").is_none());
        assert!(Link::decode(&"!".repeat(64)).is_none());
        assert_eq!(a.encode().len(), 64);
    }
}

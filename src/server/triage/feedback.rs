//! "None of these fit": what the guided diagnosis did not recognise, for editors. Each submission stores the
//! question or result it came from, the reader's language and an optional short text (at most
//! [`MAX_TEXT`] characters, control characters removed); texts older than [`KEEP_TEXT_DAYS`] days are erased
//! on every write, counts remain. `cyberhelp triage-feedback` lists them.

use crate::server::db::Db;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// Longest free text kept, in characters.
pub const MAX_TEXT: usize = 500;
/// Days a free text is kept.
pub const KEEP_TEXT_DAYS: i64 = 90;

/// Stores one submission at `now` and erases texts older than [`KEEP_TEXT_DAYS`]. `text` is trimmed, control
/// characters (other than line breaks) are removed, and an empty text is stored as none.
pub async fn record(
    db: &Db,
    node: &str,
    lang: &str,
    text: Option<&str>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let clean = text
        .map(|t| {
            t.chars()
                .filter(|c| !c.is_control() || *c == '\n')
                .take(MAX_TEXT)
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .filter(|t| !t.is_empty());
    let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let cutoff = (now - chrono::Duration::days(KEEP_TEXT_DAYS))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO triage_feedback (node, lang, text, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(node)
    .bind(lang)
    .bind(clean)
    .bind(&at)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE triage_feedback SET text = NULL WHERE text IS NOT NULL AND created_at < $1",
    )
    .bind(&cutoff)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One line of the editors' list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Question or result id.
    pub node: String,
    /// Language.
    pub lang: String,
    /// Submissions.
    pub count: i64,
    /// The texts still kept, newest first.
    pub texts: Vec<String>,
}

/// Counts per node and language, most frequent first, with the kept texts.
pub async fn summary(db: &Db) -> anyhow::Result<Vec<Summary>> {
    let rows = sqlx::query(
        "SELECT node, lang, COUNT(*) AS n FROM triage_feedback GROUP BY node, lang ORDER BY n DESC, node, lang",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let node: String = r.try_get("node")?;
        let lang: String = r.try_get("lang")?;
        let count: i64 = r.try_get("n")?;
        let texts = sqlx::query_scalar::<_, String>(
            "SELECT text FROM triage_feedback WHERE node = $1 AND lang = $2 AND text IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 50",
        )
        .bind(&node)
        .bind(&lang)
        .fetch_all(&db.pool)
        .await?;
        out.push(Summary {
            node,
            lang,
            count,
            texts,
        });
    }
    Ok(out)
}

//! The inbox export: a contact point's reports as CSV (RFC 4180, UTF-8 with a byte-order mark so that
//! spreadsheet programs read it as UTF-8) or JSON (one array), streamed page by page ([`PAGE`] reports per
//! query) so that memory stays bounded however many reports there are.
//!
//! CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
//! return) get a leading `'` (OWASP, "CSV Injection").

use super::queries::{self, Filters, Item};
use crate::server::db::Db;
use axum::body::{Body, Bytes};

/// Reports per chunk of the streamed export.
pub const PAGE: usize = 500;

/// The export's columns, in order (also the JSON object's keys).
pub const COLUMNS: [&str; 22] = [
    "reference",
    "received_at",
    "country",
    "incident",
    "rsit",
    "victim",
    "state",
    "delivery",
    "deadline_at",
    "started_at",
    "aware_at",
    "ongoing",
    "money_lost",
    "amount",
    "currency",
    "personal_data",
    "description",
    "contact_email",
    "contact_phone",
    "evidence",
    "withdrawn_at",
    "purged_at",
];

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `text/csv`.
    Csv,
    /// `application/json`.
    Json,
}

fn values(i: &Item) -> [String; 22] {
    let b = |v: bool| if v { "true" } else { "false" }.to_owned();
    let evidence = i
        .input
        .evidence
        .iter()
        .map(|e| {
            if e.note.trim().is_empty() {
                e.name.trim().to_owned()
            } else {
                format!("{} ({})", e.name.trim(), e.note.trim())
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    [
        i.reference.clone(),
        i.received_at.clone(),
        i.country.clone(),
        i.incident.clone(),
        i.rsit.clone(),
        i.victim.clone(),
        i.state.to_owned(),
        i.delivery.clone(),
        i.deadline_at.clone().unwrap_or_default(),
        i.input.started_at.clone(),
        i.input.aware_at.clone(),
        b(i.input.ongoing),
        b(i.input.money_lost),
        i.input.amount.clone(),
        i.input.currency.clone(),
        b(i.input.personal_data),
        i.input.description.clone(),
        i.input.contact_email.clone(),
        i.input.contact_phone.clone(),
        evidence,
        i.withdrawn_at.clone().unwrap_or_default(),
        i.purged_at.clone().unwrap_or_default(),
    ]
}

/// Columns that hold `true` or `false` (JSON booleans in the JSON export).
const BOOLEANS: [&str; 3] = ["ongoing", "money_lost", "personal_data"];

/// A CSV cell made inert for spreadsheets.
pub fn inert(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn csv_rows(items: &[Item], header: bool) -> Bytes {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    if header {
        let _ = w.write_record(COLUMNS);
    }
    for i in items {
        let _ = w.write_record(values(i).iter().map(|c| inert(c)));
    }
    let mut out = if header {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    out.extend(w.into_inner().unwrap_or_default());
    Bytes::from(out)
}

fn json_rows(items: &[Item], first: bool) -> Bytes {
    let mut out = String::new();
    for (n, i) in items.iter().enumerate() {
        if !(first && n == 0) {
            out.push(',');
        }
        out.push('\n');
        let obj: serde_json::Map<String, serde_json::Value> = COLUMNS
            .iter()
            .zip(values(i))
            .map(|(k, v)| {
                let value = if BOOLEANS.contains(k) {
                    serde_json::Value::Bool(v == "true")
                } else {
                    serde_json::Value::String(v)
                };
                ((*k).to_owned(), value)
            })
            .collect();
        out.push_str(&serde_json::Value::Object(obj).to_string());
    }
    Bytes::from(out)
}

/// The export of `contact`'s reports matching `f` as a streamed body: one query whose rows are read as they
/// come (a cursor, not a result held in memory), written out [`PAGE`] reports at a time; at most two such
/// chunks wait for a slow client. A database error ends the stream early (the client sees a truncated file;
/// the error is logged).
pub fn stream(db: Db, contact: String, f: Filters, format: Format) -> Body {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    tokio::spawn(async move {
        use futures_util::StreamExt;
        let sql = queries::export_sql();
        let mut rows = queries::bind_filters(sqlx::query(&sql), &contact, &f).fetch(&db.pool);
        // CSV: the header goes with the first chunk; JSON: whether an item was written yet
        let mut first = true;
        if format == Format::Json && tx.send(Ok(Bytes::from_static(b"["))).await.is_err() {
            return;
        }
        let mut page: Vec<Item> = Vec::with_capacity(PAGE);
        loop {
            let next = rows.next().await;
            let done = next.is_none();
            match next.map(|r| r.and_then(|row| queries::item(&row))) {
                Some(Ok(i)) => page.push(i),
                Some(Err(e)) => {
                    tracing::error!(error = %e, %contact, "inbox export: reading reports failed; the export is cut short");
                    let _ = tx.send(Err(std::io::Error::other("database error"))).await;
                    return;
                }
                None => {}
            }
            if page.len() == PAGE || (done && (!page.is_empty() || first)) {
                let chunk = match format {
                    Format::Csv => csv_rows(&page, first),
                    Format::Json => json_rows(&page, first),
                };
                if format == Format::Csv || !page.is_empty() {
                    first = false;
                }
                page.clear();
                if !chunk.is_empty() && tx.send(Ok(chunk)).await.is_err() {
                    return; // the client went away
                }
            }
            if done {
                break;
            }
        }
        if format == Format::Json {
            let _ = tx.send(Ok(Bytes::from_static(b"\n]\n"))).await;
        }
    });
    Body::new(ChannelBody(rx))
}

/// A response body fed by a channel, one frame per message.
struct ChannelBody(tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>);

impl axum::body::HttpBody for ChannelBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, Self::Error>>> {
        self.0
            .poll_recv(cx)
            .map(|m| m.map(|r| r.map(hyper::body::Frame::data)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert_and_plain_text_is_kept() {
        assert_eq!(
            inert("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(inert("+31 6 1234"), "'+31 6 1234");
        assert_eq!(inert("-1"), "'-1");
        assert_eq!(inert("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert("Phishing e-mail"), "Phishing e-mail");
    }
}

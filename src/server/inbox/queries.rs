//! The reports of one contact point, as its inbox lists, shows and exports them. Every query is scoped by the
//! contact id of the signed-in account: a report delivered to another contact point is never returned.

use crate::api::report::ReportInput;
use crate::server::db::Db;
use chrono::NaiveDate;
use sqlx::Row;

/// Reports per list page.
pub const PAGE: i64 = 50;

/// A list filter, checked: every value is one the form offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The recipient's own state: `new` (nothing recorded yet), `received`, `in-progress`, `closed`.
    pub state: Option<String>,
    /// An incident type id of the content.
    pub incident: Option<String>,
    /// Received on or after this day (UTC).
    pub from: Option<NaiveDate>,
    /// Received on or before this day (UTC).
    pub to: Option<NaiveDate>,
    /// Page, from 1.
    pub page: i64,
}

/// The states a filter may name, in the order of their rank (0–3).
pub const STATES: [&str; 4] = ["new", "received", "in-progress", "closed"];

impl Filters {
    /// Reads a query's `state`, `incident`, `from`, `to`, `page`; `incidents` are the known incident type ids.
    ///
    /// Errors: the name of the first parameter whose value is not one the form offers (an unknown state or
    /// incident, a date that is not `YYYY-MM-DD`, a page that is not a number from 1 to 100 000).
    pub fn parse(
        q: &std::collections::HashMap<String, String>,
        incidents: &[String],
    ) -> Result<Self, &'static str> {
        let get = |k: &str| q.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let state = match get("state") {
            Some(s) if STATES.contains(&s) => Some(s.to_owned()),
            Some(_) => return Err("state"),
            None => None,
        };
        let incident = match get("incident") {
            Some(s) if incidents.iter().any(|i| i == s) => Some(s.to_owned()),
            Some(_) => return Err("incident"),
            None => None,
        };
        let date = |k: &'static str| -> Result<Option<NaiveDate>, &'static str> {
            get(k)
                .map(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| k))
                .transpose()
        };
        let page = match get("page") {
            Some(p) => p
                .parse::<i64>()
                .ok()
                .filter(|p| (1..=100_000).contains(p))
                .ok_or("page")?,
            None => 1,
        };
        Ok(Filters {
            state,
            incident,
            from: date("from")?,
            to: date("to")?,
            page,
        })
    }

    /// The filter as query pairs (for links and the audit log), without the page.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v = Vec::new();
        if let Some(s) = &self.state {
            v.push(("state", s.clone()));
        }
        if let Some(i) = &self.incident {
            v.push(("incident", i.clone()));
        }
        if let Some(d) = self.from {
            v.push(("from", d.to_string()));
        }
        if let Some(d) = self.to {
            v.push(("to", d.to_string()));
        }
        v
    }

    fn rank(&self) -> i64 {
        self.state
            .as_deref()
            .and_then(|s| STATES.iter().position(|x| *x == s))
            .map(|p| p as i64)
            .unwrap_or(-1)
    }
}

/// One report in the inbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The report's reference.
    pub reference: String,
    /// The delivery job (this contact point's copy).
    pub job_id: String,
    /// When the report was received (RFC 3339 UTC).
    pub received_at: String,
    /// Country code.
    pub country: String,
    /// Incident type id.
    pub incident: String,
    /// Who reported (`citizen`, `business`, …).
    pub victim: String,
    /// RSIT `class/type`.
    pub rsit: String,
    /// The delivery's state (`sent` or `acknowledged`).
    pub delivery: String,
    /// The contact point's own state, from [`STATES`].
    pub state: &'static str,
    /// The legal deadline of this notification, if any (RFC 3339 UTC).
    pub deadline_at: Option<String>,
    /// When the report's personal fields were purged, if they were.
    pub purged_at: Option<String>,
    /// When the victim withdrew it, if they did.
    pub withdrawn_at: Option<String>,
    /// Everything the victim typed (empty fields once purged).
    pub input: ReportInput,
}

const SELECT: &str = "SELECT r.reference, j.id AS job_id, r.created_at, r.country, r.incident, r.victim, r.rsit, \
     j.state AS delivery, j.recipient_rank, rr.deadline_at, r.purged_at, r.withdrawn_at, r.input_json \
     FROM delivery_jobs j JOIN reports r ON r.reference = j.reference \
     JOIN report_recipients rr ON rr.reference = j.reference AND rr.position = j.position \
     WHERE j.contact_id = $1 AND j.state IN ('sent', 'acknowledged')";

/// The filter's conditions, from parameter `$2` on: incident, from, to (exclusive), rank.
const WHERE: &str = " AND ($2 = '' OR r.incident = $2) AND ($3 = '' OR r.created_at >= $3) \
     AND ($4 = '' OR r.created_at < $4) AND ($5 < 0 OR j.recipient_rank = $5)";

/// A row of [`SELECT`] as an item.
pub fn item(r: &sqlx::any::AnyRow) -> Result<Item, sqlx::Error> {
    let rank: i64 = r.try_get("recipient_rank")?;
    Ok(Item {
        reference: r.try_get("reference")?,
        job_id: r.try_get("job_id")?,
        received_at: r.try_get("created_at")?,
        country: r.try_get("country")?,
        incident: r.try_get("incident")?,
        victim: r.try_get("victim")?,
        rsit: r.try_get("rsit")?,
        delivery: r.try_get("delivery")?,
        state: STATES[rank.clamp(0, 3) as usize],
        deadline_at: r.try_get("deadline_at")?,
        purged_at: r.try_get("purged_at")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
        input: serde_json::from_str(&r.try_get::<String, _>("input_json")?).unwrap_or_default(),
    })
}

/// Binds `contact` and the filter `f` (parameters `$1` to `$5`).
pub fn bind_filters<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    contact: &'q str,
    f: &Filters,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    q.bind(contact)
        .bind(f.incident.clone().unwrap_or_default())
        .bind(f.from.map(|d| format!("{d}T00:00:00")).unwrap_or_default())
        .bind(
            f.to.and_then(|d| d.succ_opt())
                .map(|d| format!("{d}T00:00:00"))
                .unwrap_or_default(),
        )
        .bind(f.rank())
}

/// One page of `contact`'s reports matching `f`, newest first, and whether there is a next page.
pub async fn list(db: &Db, contact: &str, f: &Filters) -> Result<(Vec<Item>, bool), sqlx::Error> {
    let sql =
        format!("{SELECT}{WHERE} ORDER BY r.created_at DESC, r.reference DESC LIMIT $6 OFFSET $7");
    let rows = bind_filters(sqlx::query(&sql), contact, f)
        .bind(PAGE + 1)
        .bind((f.page.max(1) - 1) * PAGE)
        .fetch_all(&db.pool)
        .await?;
    let more = rows.len() as i64 > PAGE;
    let items = rows
        .iter()
        .take(PAGE as usize)
        .map(item)
        .collect::<Result<_, _>>()?;
    Ok((items, more))
}

/// The SQL of an export of one contact point's reports matching a filter, oldest first (bind with [`bind`]).
pub fn export_sql() -> String {
    format!("{SELECT}{WHERE} ORDER BY r.created_at, r.reference")
}

/// Report `reference` as delivered to `contact`; `None` when it was not delivered to that contact point (another
/// contact point's report, an unknown reference, or one not sent yet: the same answer for all).
pub async fn one(db: &Db, contact: &str, reference: &str) -> Result<Option<Item>, sqlx::Error> {
    let sql = format!("{SELECT} AND r.reference = $2");
    sqlx::query(&sql)
        .bind(contact)
        .bind(reference)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(item)
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn q(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn filters_accept_only_what_the_form_offers() {
        let incidents = vec!["phishing".to_owned(), "ransomware".to_owned()];
        let f = Filters::parse(
            &q(&[
                ("state", "closed"),
                ("incident", "phishing"),
                ("from", "2026-01-31"),
                ("page", "2"),
            ]),
            &incidents,
        )
        .unwrap();
        assert_eq!(f.rank(), 3);
        assert_eq!(f.page, 2);
        assert_eq!(f.pairs().len(), 3);
        assert_eq!(Filters::parse(&q(&[]), &incidents).unwrap().rank(), -1);
        for (k, v) in [
            ("state", "closed' OR 1=1 --"),
            ("incident", "phishing'; DROP TABLE reports; --"),
            ("from", "2026-13-01"),
            ("to", "yesterday"),
            ("page", "0"),
            ("page", "-1"),
            ("page", "1e9"),
        ] {
            assert_eq!(Filters::parse(&q(&[(k, v)]), &incidents), Err(k), "{k}={v}");
        }
    }
}

//! Open statistics (`/{lang}/statistics`, `GET /api/v1/statistics`): reports per month by incident type,
//! country and victim type, and deliveries with acknowledgement times per recipient kind. Counts only, from
//! columns that hold no personal data (they survive the purge of a report's personal fields); every count from
//! 1 to 4 is withheld, and where a withheld count could be worked out from a published total, the next smallest
//! count of the same month is withheld too (see `server::stats`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Counts below this are withheld (shown as "fewer than 5").
pub const THRESHOLD: i64 = 5;

/// One row of a breakdown: a category and its count per month (`None` = withheld).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Category id: incident type id, ISO 3166-1 country code or victim type id.
    pub key: String,
    /// The category's name in the reader's language.
    pub label: String,
    /// One count per month of [`Statistics::months`]; `None` where withheld.
    pub counts: Vec<Option<i64>>,
}

/// Deliveries to one kind of recipient (all months together).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeliveryRow {
    /// Recipient kind: `csirt`, `police`, `dpa`, `bank`, `consumer`, `regulator`, `helpline`, `platform`, …
    pub kind: String,
    /// Its name in the reader's language.
    pub label: String,
    /// Reports sent to such recipients (delivered, whether confirmed or not); `None` where withheld.
    pub delivered: Option<i64>,
    /// Of those, confirmed by the recipient; `None` where withheld.
    pub acknowledged: Option<i64>,
    /// Deliveries that failed for good; `None` where withheld.
    pub failed: Option<i64>,
    /// Median time from sending to the recipient's confirmation, in hours (one decimal); `None` with fewer
    /// than [`THRESHOLD`] confirmations.
    pub median_ack_hours: Option<f64>,
}

/// The published statistics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Statistics {
    /// Counts from 1 to `threshold - 1` are withheld.
    pub threshold: i64,
    /// The months covered, oldest first (`YYYY-MM`, UTC), at most the last 12 with reports.
    pub months: Vec<String>,
    /// Reports received per month; `None` where withheld.
    pub totals: Vec<Option<i64>>,
    /// By incident type.
    pub by_incident: Vec<Row>,
    /// By country.
    pub by_country: Vec<Row>,
    /// By victim type.
    pub by_victim: Vec<Row>,
    /// Deliveries and acknowledgement times per recipient kind.
    pub deliveries: Vec<DeliveryRow>,
}

/// The statistics for a reader of `lang`.
#[server(endpoint = "stats")]
pub async fn get_statistics(lang: String) -> Result<Statistics, crate::api::error::ApiError> {
    let state = crate::api::error::state()?;
    let lang = crate::i18n::resolve_or_default(Some(&lang)).tag;
    crate::server::stats::statistics(&state.db, lang)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "computing the statistics failed");
            crate::api::error::ApiError::Unavailable.raise()
        })
}

//! Open statistics (see [`crate::api::stats`]): counts from the columns of `reports`, `report_recipients` and
//! `delivery_jobs` that hold no personal data (month, incident type, country, victim type, recipient kind,
//! delivery state and times), so they stay true after a report's personal fields are purged.
//!
//! Disclosure control: a count from 1 to `THRESHOLD - 1` is withheld (primary suppression; 0 is published, it
//! identifies nobody). Each breakdown adds up to the month's published total, so withheld counts are then
//! joined by the smallest published ones until no withheld count can be worked out from the total or from
//! its bounds (see [`suppress_column`]): complementary suppression, as statistical offices practise it for
//! tables with margins. A month whose total is withheld has all its counts withheld.

use crate::api::stats::{DeliveryRow, Row, Statistics, THRESHOLD};
use crate::i18n;
use crate::server::db::Db;
use sqlx::Row as _;
use std::collections::BTreeMap;

/// Months shown: the last 12 with reports.
pub const MONTHS: usize = 12;

/// Withholds the counts of one column (the same month in every row of a breakdown), in place: primary
/// suppression of 1..`THRESHOLD`; then, because the month's total is published and a withheld count is known
/// to be at least 1 (zeros are published), more counts (the smallest published non-zero ones first) until at
/// least two are withheld and together they make at least `THRESHOLD`, so that no withheld count can be worked
/// out from the total or from its bounds. `total_withheld` withholds the whole column.
pub fn suppress_column(column: &mut [Option<i64>], total_withheld: bool) {
    if total_withheld {
        column.iter_mut().for_each(|c| *c = None);
        return;
    }
    let raw: Vec<i64> = column.iter().map(|c| c.unwrap_or(0)).collect();
    for c in column.iter_mut() {
        if c.is_some_and(|n| n > 0 && n < THRESHOLD) {
            *c = None;
        }
    }
    loop {
        let withheld: Vec<usize> = (0..column.len()).filter(|i| column[*i].is_none()).collect();
        let sum: i64 = withheld.iter().map(|i| raw[*i]).sum();
        if withheld.is_empty() || (withheld.len() >= 2 && sum >= THRESHOLD) {
            return;
        }
        match (0..column.len())
            .filter(|i| column[*i].is_some_and(|n| n > 0))
            .min_by_key(|i| raw[*i])
        {
            Some(i) => column[i] = None,
            None => return,
        }
    }
}

/// A count published only from `THRESHOLD` on (0 stays 0).
fn shown(n: i64) -> Option<i64> {
    (n == 0 || n >= THRESHOLD).then_some(n)
}

/// The median of `values` (hours), one decimal; `None` with fewer than `THRESHOLD` values.
pub fn median_hours(values: &mut [f64]) -> Option<f64> {
    if (values.len() as i64) < THRESHOLD {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    let m = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    Some((m * 10.0).round() / 10.0)
}

/// Counts per (month, category) of `column` (`incident`, `country` or `victim`).
async fn counts(
    db: &Db,
    column: &'static str,
) -> Result<BTreeMap<(String, String), i64>, sqlx::Error> {
    let sql = format!(
        "SELECT substr(created_at, 1, 7) AS month, {column} AS k, COUNT(*) AS n FROM reports \
         GROUP BY substr(created_at, 1, 7), {column}"
    );
    let mut out = BTreeMap::new();
    for r in sqlx::query(&sql).fetch_all(&db.pool).await? {
        out.insert((r.try_get("month")?, r.try_get("k")?), r.try_get("n")?);
    }
    Ok(out)
}

/// One breakdown's rows over `months`, suppressed column by column; rows sorted by their published total,
/// largest first, then by key.
fn breakdown(
    raw: &BTreeMap<(String, String), i64>,
    months: &[String],
    totals_withheld: &[bool],
    label: impl Fn(&str) -> String,
) -> Vec<Row> {
    let mut keys: Vec<String> = raw
        .keys()
        .filter(|(m, _)| months.contains(m))
        .map(|(_, k)| k.clone())
        .collect();
    keys.sort();
    keys.dedup();
    let mut grid: Vec<Vec<Option<i64>>> = keys
        .iter()
        .map(|k| {
            months
                .iter()
                .map(|m| Some(raw.get(&(m.clone(), k.clone())).copied().unwrap_or(0)))
                .collect()
        })
        .collect();
    for (j, withheld) in totals_withheld.iter().enumerate() {
        let mut column: Vec<Option<i64>> = grid.iter().map(|row| row[j]).collect();
        suppress_column(&mut column, *withheld);
        for (row, c) in grid.iter_mut().zip(column) {
            row[j] = c;
        }
    }
    let mut rows: Vec<Row> = keys
        .into_iter()
        .zip(grid)
        .map(|(key, counts)| Row {
            label: label(&key),
            key,
            counts,
        })
        .collect();
    rows.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.counts.iter().flatten().sum::<i64>()),
            r.key.clone(),
        )
    });
    rows
}

/// The statistics, labelled for a reader of `lang`.
///
/// Errors: the database failed.
pub async fn statistics(db: &Db, lang: &str) -> Result<Statistics, sqlx::Error> {
    let by_incident = counts(db, "incident").await?;
    let by_country = counts(db, "country").await?;
    let by_victim = counts(db, "victim").await?;
    let mut per_month: BTreeMap<String, i64> = BTreeMap::new();
    for ((m, _), n) in &by_incident {
        *per_month.entry(m.clone()).or_default() += n;
    }
    let months: Vec<String> = per_month.keys().rev().take(MONTHS).rev().cloned().collect();
    let totals: Vec<Option<i64>> = months.iter().map(|m| shown(per_month[m])).collect();
    let withheld: Vec<bool> = totals.iter().map(Option::is_none).collect();
    let t = |id: String| i18n::t(lang, &id);
    let by_incident = breakdown(&by_incident, &months, &withheld, |k| {
        t(format!("incident-{k}"))
    });
    let by_country = breakdown(&by_country, &months, &withheld, |k| {
        crate::server::content::countries::name(lang, k)
            .map(str::to_owned)
            .unwrap_or_else(|| k.to_owned())
    });
    let by_victim = breakdown(&by_victim, &months, &withheld, |k| {
        crate::server::reports::short_label(lang, &format!("report-victim-{k}"))
    });

    // deliveries per recipient kind, all months together
    let mut kinds: BTreeMap<String, (i64, i64, i64, Vec<f64>)> = BTreeMap::new();
    for r in sqlx::query(
        "SELECT rr.kind AS kind, j.state AS state, COUNT(*) AS n FROM delivery_jobs j \
         JOIN report_recipients rr ON rr.reference = j.reference AND rr.position = j.position \
         GROUP BY rr.kind, j.state",
    )
    .fetch_all(&db.pool)
    .await?
    {
        let kind: String = r.try_get("kind")?;
        let state: String = r.try_get("state")?;
        let n: i64 = r.try_get("n")?;
        let e = kinds.entry(kind).or_default();
        match state.as_str() {
            "sent" => e.0 += n,
            "acknowledged" => {
                e.0 += n;
                e.1 += n;
            }
            "failed" => e.2 += n,
            _ => {}
        }
    }
    for r in sqlx::query(
        "SELECT rr.kind AS kind, j.sent_at AS sent_at, j.acknowledged_at AS acknowledged_at FROM delivery_jobs j \
         JOIN report_recipients rr ON rr.reference = j.reference AND rr.position = j.position \
         WHERE j.state = 'acknowledged' AND j.sent_at IS NOT NULL AND j.acknowledged_at IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await?
    {
        let kind: String = r.try_get("kind")?;
        let parse = |s: String| {
            chrono::DateTime::parse_from_rfc3339(&s)
                .ok()
                .map(|t| t.with_timezone(&chrono::Utc))
        };
        if let (Some(a), Some(b)) = (
            parse(r.try_get("sent_at")?),
            parse(r.try_get("acknowledged_at")?),
        ) {
            let hours = (b - a).num_milliseconds().max(0) as f64 / 3_600_000.0;
            kinds.entry(kind).or_default().3.push(hours);
        }
    }
    let deliveries = kinds
        .into_iter()
        .filter(|(_, (d, _, f, _))| *d + *f > 0)
        .map(|(kind, (d, a, f, mut times))| DeliveryRow {
            label: i18n::t(lang, &format!("report-step-{kind}")),
            delivered: shown(d),
            acknowledged: shown(a),
            failed: shown(f),
            median_ack_hours: median_hours(&mut times),
            kind,
        })
        .collect();
    Ok(Statistics {
        threshold: THRESHOLD,
        totals,
        months,
        by_incident,
        by_country,
        by_victim,
        deliveries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_withheld_and_a_lone_withheld_count_gets_a_companion() {
        // 33 = 30 + 1 + 1 + 1: three withheld ones would add up to 3, so each would be 1: the 30 goes too
        let mut c = vec![Some(30), Some(1), Some(1), Some(1)];
        suppress_column(&mut c, false);
        assert_eq!(c, vec![None, None, None, None]);
        // 12 = 7 + 3 + 2 + 0: two small counts withheld, their sum (5) cannot be split
        let mut c = vec![Some(7), Some(3), Some(2), Some(0)];
        suppress_column(&mut c, false);
        assert_eq!(c, vec![Some(7), None, None, Some(0)]);
        // 20 = 12 + 6 + 2: the 2 alone would be 20 - 12 - 6, so the 6 goes too
        let mut c = vec![Some(12), Some(6), Some(2)];
        suppress_column(&mut c, false);
        assert_eq!(c, vec![Some(12), None, None]);
        // nothing small: nothing withheld
        let mut c = vec![Some(5), Some(9), Some(0)];
        suppress_column(&mut c, false);
        assert_eq!(c, vec![Some(5), Some(9), Some(0)]);
        // the month's total withheld: everything
        let mut c = vec![Some(3), Some(0)];
        suppress_column(&mut c, true);
        assert_eq!(c, vec![None, None]);
    }

    #[test]
    fn a_withheld_count_cannot_be_recomputed_from_the_total() {
        // every column of every breakdown: the published counts never leave exactly one unknown
        for column in [
            vec![10, 4, 0, 0],
            vec![5, 5, 1],
            vec![30, 1, 1, 1],
            vec![6, 7, 8, 4],
        ] {
            let mut c: Vec<Option<i64>> = column.iter().copied().map(Some).collect();
            suppress_column(&mut c, false);
            let unknown: Vec<i64> = column
                .iter()
                .zip(&c)
                .filter(|(_, s)| s.is_none())
                .map(|(r, _)| *r)
                .collect();
            assert_ne!(unknown.len(), 1, "{column:?} -> {c:?}");
            if !unknown.is_empty() {
                assert!(
                    unknown.iter().sum::<i64>() >= THRESHOLD,
                    "bounds give nothing away: {column:?} -> {c:?}"
                );
            }
            for (raw, shown) in column.iter().zip(&c) {
                if (1..THRESHOLD).contains(raw) {
                    assert_eq!(*shown, None, "{column:?}");
                }
            }
        }
    }

    #[test]
    fn medians_need_five_values() {
        assert_eq!(median_hours(&mut [1.0, 2.0, 3.0, 4.0]), None);
        assert_eq!(median_hours(&mut [5.0, 1.0, 3.0, 2.0, 4.0]), Some(3.0));
        assert_eq!(
            median_hours(&mut [1.0, 2.0, 3.0, 4.0, 5.0, 6.25]),
            Some(3.5)
        );
    }
}

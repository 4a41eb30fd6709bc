//! Open statistics over HTTP, on SQLite and PostgreSQL: counts per month and category from seeded reports, small
//! counts withheld with their complements, a withheld month withheld everywhere, deliveries and median
//! acknowledgement times per recipient kind, the page (SVG chart and tables) and the JSON API.

mod common;
use common::{app_with, pg_schema, pg_url, text};

/// Inserts a report of `month` (`YYYY-MM`) with the given columns; `n` makes the reference unique.
async fn seed(
    db: &cyberhelp::server::db::Db,
    n: usize,
    month: &str,
    country: &str,
    victim: &str,
    incident: &str,
) -> String {
    let reference = format!("T{n:03}-0000-00");
    sqlx::query(
        "INSERT INTO reports (reference, form_key_hash, token_hash, lang, country, victim, incident, rsit, input_json, created_at) \
         VALUES ($1, $2, 'x', 'en', $3, $4, $5, 'fraud/phishing', '{}', $6)",
    )
    .bind(&reference)
    .bind(format!("fk{n}"))
    .bind(country)
    .bind(victim)
    .bind(incident)
    .bind(format!("{month}-15T10:00:00.000Z"))
    .execute(&db.pool)
    .await
    .unwrap();
    reference
}

/// A delivery of `reference` to a recipient of `kind` in `state`, acknowledged `ack_hours` after sending.
async fn job(
    db: &cyberhelp::server::db::Db,
    reference: &str,
    n: usize,
    kind: &str,
    state: &str,
    ack_hours: Option<i64>,
) {
    sqlx::query(
        "INSERT INTO report_recipients (reference, position, step_key, kind, contact_id, consented, state, created_at, updated_at) \
         VALUES ($1, 0, 'k', $2, 'c', 1, $3, '2026-11-15T10:00:00.000Z', '2026-11-15T10:00:00.000Z')",
    )
    .bind(reference)
    .bind(kind)
    .bind(state)
    .execute(&db.pool)
    .await
    .unwrap();
    let ack = ack_hours.map(|h| format!("2026-11-15T{:02}:00:00.000Z", 10 + h));
    sqlx::query(
        "INSERT INTO delivery_jobs (id, reference, position, contact_id, state, attempts, next_attempt_at, sent_at, acknowledged_at, created_at, updated_at) \
         VALUES ($1, $2, 0, 'c', $3, 1, '2026-11-15T10:00:00.000Z', $4, $5, '2026-11-15T10:00:00.000Z', '2026-11-15T10:00:00.000Z')",
    )
    .bind(format!("{n:032x}"))
    .bind(reference)
    .bind(state)
    .bind((state != "failed").then_some("2026-11-15T10:00:00.000Z"))
    .bind(ack)
    .execute(&db.pool)
    .await
    .unwrap();
}

async fn statistics(database_url: Option<String>) {
    let Some(url) = database_url else { return };
    let app = app_with(|c| {
        if !url.is_empty() {
            c.database_url = url;
        }
    })
    .await;
    let db = &app.state.db;
    // the empty state first
    let html = text(app.get("/en/statistics", &[]).await).await;
    assert!(
        html.contains(&cyberhelp::i18n::t("en", "stats-empty")),
        "{html}"
    );

    // November: 12 reports; December: 3 (a withheld month)
    let mut n = 0;
    let mut refs = vec![];
    for (count, country, victim, incident) in [
        (7, "FI", "business", "phishing"),
        (3, "DE", "business", "ransomware"),
        (2, "DE", "citizen", "phishing"),
    ] {
        for _ in 0..count {
            n += 1;
            refs.push(seed(db, n, "2026-11", country, victim, incident).await);
        }
    }
    for _ in 0..3 {
        n += 1;
        seed(db, n, "2026-12", "FR", "citizen", "phishing").await;
    }
    // six deliveries to CSIRTs confirmed after 1, 2, 2, 3, 4 and 6 hours; one failed delivery to the police
    for (i, h) in [1, 2, 2, 3, 4, 6].into_iter().enumerate() {
        job(db, &refs[i], i, "csirt", "acknowledged", Some(h)).await;
    }
    job(db, &refs[6], 6, "police", "failed", None).await;

    let res = app.get("/api/v1/statistics?lang=de", &[]).await;
    assert_eq!(res.status(), 200);
    let v: serde_json::Value = serde_json::from_str(&text(res).await).unwrap();
    assert_eq!(v["threshold"], 5);
    assert_eq!(v["months"], serde_json::json!(["2026-11", "2026-12"]));
    assert_eq!(
        v["totals"],
        serde_json::json!([12, null]),
        "3 reports in December: withheld"
    );
    let row = |by: &str, key: &str| {
        v[by]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .unwrap()["counts"]
            .clone()
    };
    // by incident: ransomware 3 is withheld, and phishing 9 with it (12 - 9 would give it back)
    assert_eq!(
        row("by_incident", "ransomware"),
        serde_json::json!([null, null])
    );
    assert_eq!(
        row("by_incident", "phishing"),
        serde_json::json!([null, null])
    );
    // by country: 7 and 5 are published; December is withheld whole (even its zeros would say where its
    // few reports came from)
    assert_eq!(row("by_country", "FI"), serde_json::json!([7, null]));
    assert_eq!(row("by_country", "DE"), serde_json::json!([5, null]));
    assert_eq!(row("by_country", "FR"), serde_json::json!([0, null]));
    assert_eq!(row("by_victim", "citizen"), serde_json::json!([null, null]));
    assert_eq!(
        row("by_victim", "business"),
        serde_json::json!([null, null])
    );
    // labels in the reader's language
    let fi = v["by_country"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "FI")
        .unwrap();
    assert_eq!(fi["label"], "Finnland");
    // deliveries: six to CSIRTs, all confirmed, median 2.5 h; the single failure is withheld
    let d = v["deliveries"].as_array().unwrap();
    let csirt = d.iter().find(|r| r["kind"] == "csirt").unwrap();
    assert_eq!(
        (
            csirt["delivered"].as_i64(),
            csirt["acknowledged"].as_i64(),
            csirt["median_ack_hours"].as_f64()
        ),
        (Some(6), Some(6), Some(2.5))
    );
    let police = d.iter().find(|r| r["kind"] == "police").unwrap();
    assert_eq!(
        (police["delivered"].as_i64(), police["failed"].clone()),
        (Some(0), serde_json::Value::Null)
    );

    // the page: a chart readable without JavaScript, the numbers as tables, the withheld word
    let html = text(app.get("/en/statistics", &[]).await).await;
    assert!(
        html.contains("class=\"chart\"") && html.contains("role=\"img\""),
        "{html}"
    );
    assert!(html.contains("<title>2026-11: 12</title>"), "{html}");
    assert!(html.contains("<caption id=\"incident-caption\">"));
    assert!(html.contains(&format!(
        "<td>{}</td>",
        cyberhelp::i18n::t("en", "stats-withheld")
    )));
    assert!(html.contains("<td>2.5 h</td>"), "{html}");
    // an unknown language falls back to English labels
    let res = app.get("/api/v1/statistics?lang=xx", &[]).await;
    assert_eq!(res.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statistics_withhold_small_counts_on_sqlite() {
    statistics(Some(String::new())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statistics_withhold_small_counts_on_postgres() {
    let Some(base) = pg_url() else { return };
    statistics(Some(
        pg_schema(&base, &format!("cyberhelp_stats_{}", std::process::id())).await,
    ))
    .await;
}

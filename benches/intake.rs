//! Intake benchmark: reports per second through the full intake path (`POST /api/v1/reports` on the axum
//! Router: JSON parsing, validation, routing, one transaction with the report and its recipients) beside a
//! plain loop inserting the same rows with sqlx, in the same run, on SQLite and on PostgreSQL.
//!
//! Run: `cargo bench --features ssr --bench intake` (PostgreSQL from `CYBERHELP_TEST_PG_URL`, default
//! `postgres://postgres@127.0.0.1:5432/test`; set `CYBERHELP_SKIP_PG=1` to skip it). `BENCH_REPORTS=N` sets
//! the number of reports per measurement (default 2000). The figure to read is the ratio column.

use axum::body::Body;
use axum::http::{header, Request};
use cyberhelp::server::{config::ServeConfig, router, AppState};
use sqlx::Connection;
use std::time::Instant;
use tower::ServiceExt;

fn body(i: usize) -> String {
    format!(
        r#"{{"country":"AT","victim":"citizen","incident":"online-fraud","description":"Paid a web shop abroad, nothing arrived (bench {i}).","money_lost":true,"cross_border":true,"form_key":"{i:032x}","consent":["police-money","consumer-cross-border"]}}"#
    )
}

async fn run(label: &str, url: String, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    let options = leptos::config::LeptosOptions::builder()
        .output_name("cyberhelp")
        .site_root(site.to_string_lossy().to_string())
        .build();
    let mut config = ServeConfig::for_tests(url);
    config.content_dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    config.report_burst = u32::MAX;
    config.max_body_bytes = 1 << 20;
    let state = AppState::new(config, options).await.expect("state");
    let app = router(state.clone()).layer(axum::Extension(axum::extract::ConnectInfo(
        std::net::SocketAddr::from(([127, 0, 0, 1], 1)),
    )));

    // full intake through the Router
    let t = Instant::now();
    for i in 0..n {
        let res = app
            .clone()
            .oneshot(
                Request::post("/api/v1/reports")
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from(body(i)))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
    }
    let intake = n as f64 / t.elapsed().as_secs_f64();

    // baseline: the same rows (one report + 5 recipient rows) inserted in a plain loop, one transaction each
    let t = Instant::now();
    for i in 0..n {
        let mut tx = state.db.pool.begin().await.unwrap();
        let reference = format!("B{i:011}");
        sqlx::query("INSERT INTO reports (reference, form_key_hash, token_hash, lang, country, victim, incident, rsit, input_json, aware_at, created_at) VALUES ($1, $2, $3, 'en', 'AT', 'citizen', 'online-fraud', 'fraud/masquerade', $4, '2026-11-29T00:00:00Z', '2026-11-29T00:00:00Z')")
            .bind(&reference).bind(format!("baseline-{i}")).bind("x".repeat(64)).bind(body(i))
            .execute(&mut *tx).await.unwrap();
        for p in 0..5i64 {
            sqlx::query("INSERT INTO report_recipients (reference, position, step_key, kind, contact_id, consented, state, deadline_at, created_at, updated_at) VALUES ($1, $2, 'k', 'police', 'at-x', 1, 'queued', NULL, '2026-11-29T00:00:00Z', '2026-11-29T00:00:00Z')")
                .bind(&reference).bind(p).execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
    let plain = n as f64 / t.elapsed().as_secs_f64();
    println!(
        "| {label:<10} | {n:>6} | {intake:>12.0} | {plain:>14.0} | {:>6.2} |",
        intake / plain
    );
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("BENCH_REPORTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    println!("| backend    | reports | intake rep/s | plain insert/s | ratio  |");
    println!("|------------|--------:|-------------:|---------------:|-------:|");
    let dir = tempfile::tempdir().unwrap();
    run(
        "SQLite",
        format!("sqlite:{}", dir.path().join("bench.sqlite3").display()),
        n,
    )
    .await;
    if std::env::var("CYBERHELP_SKIP_PG").as_deref() != Ok("1") {
        let base = std::env::var("CYBERHELP_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        let schema = format!("cyberhelp_bench_{}", std::process::id());
        let mut conn = sqlx::PgConnection::connect(&base)
            .await
            .expect("PostgreSQL");
        sqlx::query(&format!("CREATE SCHEMA {schema}"))
            .execute(&mut conn)
            .await
            .unwrap();
        run(
            "PostgreSQL",
            format!("{base}?options=-c%20search_path%3D{schema}"),
            n,
        )
        .await;
        sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
            .execute(&mut conn)
            .await
            .unwrap();
    }
}

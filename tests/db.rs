//! Storage on both backends: SQLite (a temporary file) and the real PostgreSQL server
//! (`CYBERHELP_TEST_PG_URL`, default `postgres://postgres@127.0.0.1:5432/test`), each test in its own schema.
//! Set `CYBERHELP_SKIP_PG=1` to run without PostgreSQL; the test command in README.md never does.

use cyberhelp::server::db::{self, Backend};
use sqlx::Connection;

fn pg_url() -> Option<String> {
    if std::env::var("CYBERHELP_SKIP_PG").as_deref() == Ok("1") {
        eprintln!("PostgreSQL tests skipped (CYBERHELP_SKIP_PG=1)");
        return None;
    }
    Some(
        std::env::var("CYBERHELP_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into()),
    )
}

/// Creates a fresh schema and returns a URL whose connections use it.
async fn pg_schema(base: &str, name: &str) -> String {
    let mut conn = sqlx::PgConnection::connect(base)
        .await
        .expect("PostgreSQL reachable (see tests/db.rs)");
    sqlx::query(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE SCHEMA {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{name}")
}

async fn roundtrip(url: &str, backend: Backend) {
    let db = db::connect(url, 2).await.expect("connect + migrate");
    assert_eq!(db.backend, backend);
    db.ping().await.unwrap();
    assert_eq!(db.meta_get("instance").await.unwrap(), None);
    db.meta_set("instance", "one").await.unwrap();
    db.meta_set("instance", "twö – ünïcode ✓").await.unwrap();
    assert_eq!(
        db.meta_get("instance").await.unwrap().as_deref(),
        Some("twö – ünïcode ✓")
    );
    drop(db);
    // A second start finds the migrations applied and the data still there.
    let again = db::connect(url, 2).await.expect("reconnect");
    assert_eq!(
        again.meta_get("instance").await.unwrap().as_deref(),
        Some("twö – ünïcode ✓")
    );
}

#[tokio::test]
async fn sqlite_is_created_on_first_start_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/cyberhelp.sqlite3");
    roundtrip(&format!("sqlite:{}", path.display()), Backend::Sqlite).await;
    assert!(path.is_file());
}

#[tokio::test]
async fn postgres_is_migrated_and_stores_data() {
    let Some(base) = pg_url() else { return };
    let schema = format!("cyberhelp_test_{}", std::process::id());
    let url = pg_schema(&base, &schema).await;
    roundtrip(&url, Backend::Postgres).await;
    let mut conn = sqlx::PgConnection::connect(&base).await.unwrap();
    sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
        .execute(&mut conn)
        .await
        .unwrap();
}

#[tokio::test]
async fn unreachable_or_unsupported_databases_are_clear_errors() {
    let err = db::connect("mysql://u:pw@localhost/x", 1)
        .await
        .unwrap_err();
    assert!(format!("{err:#}").contains("sqlite: or postgres://"));
    let err = db::connect("postgres://nobody:hunter2@127.0.0.1:1/none", 1)
        .await
        .unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("connecting to") && !msg.contains("hunter2"),
        "{msg}"
    );
}

//! Storage on both backends: SQLite (a temporary file) and the real PostgreSQL server
//! (`CYBERHELP_TEST_PG_URL`, default `postgres://postgres@127.0.0.1:5432/test`), each test in its own schema.
//! Set `CYBERHELP_SKIP_PG=1` to run without PostgreSQL; the test command in README.md never does.

mod common;
use common::{pg_schema, pg_url};
use cyberhelp::server::db::{self, Backend};
use sqlx::Connection;

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_is_created_on_first_start_and_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/cyberhelp.sqlite3");
    roundtrip(&format!("sqlite:{}", path.display()), Backend::Sqlite).await;
    assert!(path.is_file());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
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

async fn report_roundtrip(url: &str) {
    use cyberhelp::api::report::ReportInput;
    use cyberhelp::server::reports::store::{self, NewRecipient, NewReport};
    let db = db::connect(url, 4).await.expect("connect");
    let now = chrono::Utc::now();
    let input = ReportInput {
        country: "FI".into(),
        victim: "business".into(),
        incident: "data-breach".into(),
        description: "Customer database copied – ünïcode ✓ and a quote ' and <b>".into(),
        personal_data: true,
        ..Default::default()
    };
    let new = NewReport {
        reference: "ABCD-EFGH-JK".into(),
        form_key_hash: "f".repeat(64),
        token_hash: "t".repeat(64),
        lang: "fi".into(),
        country: "FI".into(),
        rsit: "information-content-security/data-leak".into(),
        input: input.clone(),
        aware_at: Some(now),
        started_at: Some(now),
        routing: Some(r#"{"country":"FI","covered":true,"steps":[]}"#.into()),
        created_at: now,
        steps: vec![
            NewRecipient {
                step_key: "gdpr-breach-notification".into(),
                kind: "dpa".into(),
                contact_id: Some("fi-dpa".into()),
                consented: true,
                deadline_at: Some(now),
            },
            NewRecipient {
                step_key: "police-crime".into(),
                kind: "police".into(),
                contact_id: None,
                consented: false,
                deadline_at: None,
            },
        ],
    };
    let (reference, created) = store::insert(&db, &new).await.unwrap();
    assert!(created);
    // the same form again: same report, nothing new
    let again = NewReport {
        reference: "ZZZZ-ZZZZ-ZZ".into(),
        ..new.clone()
    };
    assert_eq!(
        store::insert(&db, &again).await.unwrap(),
        (reference.clone(), false)
    );
    // concurrent re-sends of one new form create exactly one report
    let other = NewReport {
        reference: "QQQQ-QQQQ-QQ".into(),
        form_key_hash: "g".repeat(64),
        ..new.clone()
    };
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let (db, mut r) = (db.clone(), other.clone());
            r.reference = format!("QQQQ-QQQQ-{i:02}");
            tokio::spawn(async move { store::insert(&db, &r).await.unwrap() })
        })
        .collect();
    let mut refs = std::collections::HashSet::new();
    for t in tasks {
        refs.insert(t.await.unwrap().0);
    }
    assert_eq!(refs.len(), 1, "{refs:?}");
    assert_eq!(store::count(&db).await.unwrap(), 2);
    let stored = store::load(&db, &reference).await.unwrap().unwrap();
    // the routing answer computed when the report was received comes back typed
    let routing = stored
        .routing
        .clone()
        .expect("routing stored with the report");
    assert_eq!(
        (routing.country.as_deref(), routing.covered),
        (Some("FI"), true)
    );
    assert_eq!(stored.input, input, "stored as typed");
    assert_eq!(stored.recipients.len(), 2);
    assert!(stored.recipients[0].consented && stored.recipients[0].state == "queued");
    assert!(!stored.recipients[1].consented && stored.recipients[1].state == "not-sent");
    assert!(store::load(&db, "NOPE-NOPE-NO").await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_are_stored_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    report_roundtrip(&format!(
        "sqlite:{}",
        dir.path().join("r.sqlite3").display()
    ))
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_are_stored_on_postgres() {
    let Some(base) = pg_url() else { return };
    let schema = format!("cyberhelp_test_r{}", std::process::id());
    let url = pg_schema(&base, &schema).await;
    report_roundtrip(&url).await;
    let mut conn = sqlx::PgConnection::connect(&base).await.unwrap();
    sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
        .execute(&mut conn)
        .await
        .unwrap();
}

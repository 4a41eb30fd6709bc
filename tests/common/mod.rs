//! Shared helpers of the HTTP tests: a router on a fresh SQLite database and a throw-away site root.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, Response};
use axum::Router;
use cyberhelp::server::{config::ServeConfig, router, AppState};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use tower::ServiceExt;

/// A test server: the router plus the temporary directories it lives on.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// The app's temporary directory (its SQLite files are under `db/`).
    #[allow(dead_code)]
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }
}

/// Builds the full router on a new SQLite file and a site root holding a fake wasm bundle.
pub async fn app() -> TestApp {
    app_with(|_| {}).await
}

/// Like [`app`], with the configuration changed by `change` first.
pub async fn app_with(change: impl FnOnce(&mut ServeConfig)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    std::fs::write(site.join("pkg/cyberhelp.wasm"), vec![0u8; 64 * 1024]).unwrap();
    std::fs::write(
        site.join("pkg/cyberhelp.js"),
        "export default async function init() {}\n",
    )
    .unwrap();
    std::fs::write(
        site.join("pkg/cyberhelp.css"),
        "body { margin: 0 }\n".repeat(100),
    )
    .unwrap();
    // as scripts/start and scripts/test do after the build: hashed names, .br/.gz copies, manifest
    cyberhelp::server::assets::build(&site).expect("build-assets");
    std::fs::write(
        site.join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
    )
    .unwrap();
    let options = LeptosOptions::builder()
        .output_name("cyberhelp")
        .site_root(site.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .build();
    let mut config = ServeConfig::for_tests(format!(
        "sqlite:{}",
        dir.path().join("db/test.sqlite3").display()
    ));
    config.content_dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    change(&mut config);
    let state = AppState::new(config, options).await.expect("state");
    TestApp {
        // the rate limiter keys on the peer address, which `oneshot` does not provide: 127.0.0.1 unless the
        // test set a `ConnectInfo` extension on the request
        router: router(state.clone()).layer(axum::middleware::map_request(
            |mut req: Request<Body>| async move {
                let ext = req.extensions_mut();
                if ext
                    .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                    .is_none()
                {
                    ext.insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                        [127, 0, 0, 1],
                        40000,
                    ))));
                }
                req
            },
        )),
        state,
        _dir: dir,
    }
}

impl TestApp {
    /// Sends a request through the router.
    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(req).await.unwrap()
    }

    /// `GET path` with extra headers.
    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> Response<Body> {
        let mut b = Request::get(path);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        self.send(b.body(Body::empty()).unwrap()).await
    }
}

/// Reads a whole body as text.
pub async fn text(res: Response<Body>) -> String {
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The PostgreSQL server of the tests (`CYBERHELP_TEST_PG_URL`, default
/// `postgres://postgres@127.0.0.1:5432/test`); `None` when `CYBERHELP_SKIP_PG=1`.
pub fn pg_url() -> Option<String> {
    if std::env::var("CYBERHELP_SKIP_PG").as_deref() == Ok("1") {
        eprintln!("PostgreSQL tests skipped (CYBERHELP_SKIP_PG=1)");
        return None;
    }
    Some(
        std::env::var("CYBERHELP_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into()),
    )
}

/// Creates a fresh schema `name` on `base` and returns a URL whose connections use it.
pub async fn pg_schema(base: &str, name: &str) -> String {
    use sqlx::Connection;
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

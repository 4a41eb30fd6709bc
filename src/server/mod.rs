//! Everything that runs only on the server: configuration, database, routing of HTTP requests, middleware.
//!
//! [`router`] assembles the axum `Router` (used by [`run`] and by the HTTP tests); [`run`] binds the socket
//! and serves until SIGTERM/Ctrl-C, then lets in-flight requests finish.

pub mod cli;
pub mod client_ip;
pub mod config;
pub mod content;
pub mod cross_site;
pub mod db;
pub mod health;
pub mod http_api;
pub mod lang;
pub mod limits;
pub mod metrics;
pub mod reports;
pub mod routing;
pub mod search;
pub mod security;
pub mod serve;
pub mod triage;
pub mod triage_feedback;
pub mod triage_http;
pub mod triage_view;

use crate::app::{shell, App};
use axum::body::Body;
use axum::extract::{FromRef, Path, Request, State};
use axum::handler::Handler;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use config::ServeConfig;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use metrics_exporter_prometheus::PrometheusHandle;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

/// Shared state of one replica, handed to handlers and server functions. Cheap to clone.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// Leptos' options (site root, output name, address).
    pub leptos_options: LeptosOptions,
    /// The database pool.
    pub db: db::Db,
    /// Prometheus handle for `/metrics`.
    pub metrics: PrometheusHandle,
    /// The server configuration.
    pub config: std::sync::Arc<ServeConfig>,
    /// Advice, bulletins and incident types, swapped atomically on reload.
    pub content: content::ContentStore,
    /// Secret for report status tokens (from the database, shared by all replicas).
    pub token_secret: std::sync::Arc<Vec<u8>>,
    /// Report delivery: channels, transports, acknowledgement links.
    pub delivery: std::sync::Arc<reports::delivery::Delivery>,
    /// Bounds the searches running and waiting at once.
    pub search_gate: std::sync::Arc<search::SearchGate>,
}

/// Summary of loaded content for `/healthz`.
pub struct ContentStatus {
    /// Whether content is loaded and valid.
    pub ok: bool,
    /// Details for the JSON document.
    pub json: serde_json::Value,
}

impl AppState {
    /// Connects the database (applying migrations) and builds the state.
    ///
    /// Errors: invalid content (every problem listed), or a database that cannot be reached or migrated.
    pub async fn new(config: ServeConfig, leptos_options: LeptosOptions) -> anyhow::Result<Self> {
        let content = content::ContentStore::open(&config.content_dir).map_err(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::anyhow!(
                "content in {} is invalid ({} problems):\n  {}",
                config.content_dir.display(),
                list.len(),
                list.join("\n  ")
            )
        })?;
        let db = db::connect(&config.database_url, config.db_max_connections).await?;
        let secret = db
            .meta_init("status_token_secret", &reports::reference::new_secret())
            .await
            .map_err(|e| anyhow::anyhow!("reading the status-token secret: {e}"))?;
        let delivery = reports::delivery::Delivery::new(
            &config.delivery,
            &config.public_url,
            secret.clone().into_bytes(),
        )?;
        let search_gate = search::SearchGate::new(
            config.search_concurrency,
            config.search_queue,
            Duration::from_millis(config.search_queue_wait_ms),
        );
        Ok(AppState {
            search_gate: std::sync::Arc::new(search_gate),
            leptos_options,
            db,
            metrics: metrics::handle(),
            config: std::sync::Arc::new(config),
            content,
            token_secret: std::sync::Arc::new(secret.into_bytes()),
            delivery: std::sync::Arc::new(delivery),
        })
    }

    /// The content library serving right now.
    pub fn library(&self) -> std::sync::Arc<content::Library> {
        self.content.get()
    }

    /// Content status for `/healthz`: counts per kind and language, reload generation, last reload error.
    pub fn content_status(&self) -> ContentStatus {
        let lib = self.library();
        let per_lang = lib.counts_per_language();
        let last_error = self.content.last_error();
        ContentStatus {
            ok: !lib.advice.is_empty(),
            json: serde_json::json!({
                "status": if last_error.is_some() { "stale" } else { "ok" },
                "generation": self.content.generation(),
                "advice": lib.advice.len(),
                "bulletins": lib.bulletins.len(),
                "incident_types": lib.incident_types.len(),
                "per_language": per_lang.iter().map(|(l, (a, b))| (l.to_string(), serde_json::json!({"advice": a, "bulletins": b}))).collect::<serde_json::Map<_, _>>(),
                "last_reload_errors": last_error,
            }),
        }
    }
}

/// `GET /`: redirects to the best language for the visitor's `Accept-Language` (English by default).
async fn redirect_root(headers: axum::http::HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = lang::negotiate(accept);
    let mut res = Redirect::to(&format!("/{}/", locale.tag)).into_response();
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    res
}

/// `GET /{lang}`: a supported language without the trailing slash goes to its home page; anything else
/// (a static file such as `/favicon.svg`, or an unknown path) goes to the fallback.
async fn lang_root(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    req: Request,
) -> Response {
    match crate::i18n::locale(&segment) {
        Some(l) => Redirect::permanent(&format!("/{}/", l.tag)).into_response(),
        None => fallback(State(state), req).await,
    }
}

/// Static files from the site root (`/pkg/*` and the contents of `public/`), else the 404 page.
async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    if !matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    ) {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    // trailing slash on a page path: one canonical URL (`/en/advice/` → `/en/advice`); `/{lang}/` keeps it
    let path = req.uri().path();
    let segments = path.trim_matches('/').split('/').count();
    if path.len() > 1 && path.ends_with('/') && segments > 1 && path.len() < 2048 {
        let mut to = path.trim_end_matches('/').to_owned();
        if let Some(q) = req.uri().query() {
            to = format!("{to}?{q}");
        }
        return Redirect::permanent(&to).into_response();
    }
    let handler = leptos_axum::file_and_error_handler_with_context::<AppState, _>(
        {
            let s = state.clone();
            move || provide_context(s.clone())
        },
        shell,
    );
    let uri = req.uri().clone();
    // no file has a name this long; answer 404 without asking the file system
    let uri = if uri.path().len() > 1024 {
        axum::http::Uri::from_static("/_/not-found")
    } else {
        uri
    };
    handler(uri, State(state), req).await
}

/// Middleware: caching headers. `/pkg/*` (wasm, JS, CSS; names are not content-hashed) may be reused for an
/// hour and then revalidated with `Last-Modified`; other static files for a day; HTML pages and API answers
/// are always revalidated.
async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let is_pkg = path.starts_with("/pkg/");
    let is_asset = [
        ".svg",
        ".ico",
        ".png",
        ".css",
        ".js",
        ".txt",
        ".webmanifest",
        ".woff2",
    ]
    .iter()
    .any(|ext| path.ends_with(ext));
    let mut res = next.run(req).await;
    if res.headers().contains_key(header::CACHE_CONTROL) {
        return res;
    }
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    let value = if !res.status().is_success() || html {
        "no-cache"
    } else if is_pkg {
        "public, max-age=3600, must-revalidate"
    } else if is_asset {
        "public, max-age=86400"
    } else {
        // feeds, metrics and other generated answers: always revalidate
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// Turns a panic in a handler into a logged 500 with a generic body; the server keeps running.
fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let detail = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("non-string panic payload");
    tracing::error!(panic = detail, "handler panicked");
    let mut res = (
        StatusCode::INTERNAL_SERVER_ERROR,
        "500 Internal Server Error: please try again.",
    )
        .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Wraps a router with the middleware every response goes through (outermost first): panic catching,
/// security headers, tracing, metrics, compression, caching headers, body size limit.
pub fn with_layers(router: Router, max_body_bytes: usize) -> Router {
    router
        .layer(middleware::from_fn(server_fn_errors))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            body_limit(max_body_bytes, req, next)
        }))
        .layer(middleware::from_fn(readable_errors))
        .layer(middleware::from_fn(cache_headers))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(metrics::track))
        .layer(TraceLayer::new_for_http())
        .layer(middleware::from_fn(security::headers))
        .layer(CatchPanicLayer::custom(panic_response))
}

/// Middleware: bodies larger than `max` bytes get 413 (refused from `Content-Length` before reading, or
/// when the read passes the limit). The no-JavaScript report form may send up to
/// [`reports::http::FORM_RESCUE_FACTOR`] times as much, so that its too-large answer can show the typed
/// text again ([`reports::http::keep_typed`] refuses anything over `max` itself).
async fn body_limit(max: usize, req: Request, next: Next) -> Response {
    let limit = if reports::http::is_form_post(req.method(), req.uri().path()) {
        max.saturating_mul(reports::http::FORM_RESCUE_FACTOR)
    } else {
        max
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return (StatusCode::PAYLOAD_TOO_LARGE, "length limit exceeded").into_response();
    }
    let (parts, body) = req.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Per-client-IP limit on report submissions (`tower_governor`, GCRA): a burst of `burst` reports, then one
/// more every 12 seconds. Over the limit: 429 with `Retry-After`.
fn report_rate_limit(
    burst: u32,
    client_ip: client_ip::ClientIp,
) -> tower_governor::GovernorLayer<client_ip::ClientIp, governor::middleware::NoOpMiddleware, Body>
{
    let config = tower_governor::governor::GovernorConfigBuilder::default()
        .per_second(12)
        .burst_size(burst.max(1))
        .key_extractor(client_ip)
        .finish()
        .expect("non-zero period and burst");
    tower_governor::GovernorLayer::new(config)
}

/// The complete router of the portal.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let max_body = state.config.max_body_bytes;
    let request_timeout = Duration::from_secs(state.config.request_timeout_secs.max(1));
    let client_ip = client_ip::ClientIp::new(
        state.config.trust_proxy_headers,
        state.config.trusted_proxies.clone(),
    );
    let rate_limit = report_rate_limit(state.config.report_burst, client_ip.clone());
    let app = Router::new()
        .route("/", get(redirect_root))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(metrics::render))
        .route("/{lang}", get(lang_root))
        .route("/api/v1/advice", get(http_api::advice))
        .route("/api/v1/bulletins", get(http_api::bulletins))
        .route("/api/v1/search", get(http_api::search))
        .route("/{lang}/bulletins/feed.atom", get(http_api::atom))
        .route("/{lang}/bulletins/feed.json", get(http_api::json_feed))
        .route(
            "/{lang}/report",
            axum::routing::post(reports::http::post_form.layer(rate_limit.clone()).layer(
                middleware::from_fn_with_state(state.clone(), reports::http::keep_typed),
            )),
        )
        .route(
            "/{lang}/help/feedback",
            axum::routing::post(triage_http::post_feedback.layer(rate_limit.clone())),
        )
        .route("/api/v1/triage", get(triage_http::get_tree))
        .route(
            "/api/v1/reports",
            axum::routing::post(reports::http::post_json.layer(rate_limit)),
        )
        .route("/api/v1/reports/{reference}", get(reports::http::get_json))
        .route("/api/v1/route", get(reports::http::get_route))
        .route(
            "/api/v1/contact-points",
            get(reports::http::get_contact_points),
        )
        .route(
            "/api/v1/deliveries/{id}/ack",
            axum::routing::post(reports::delivery::http::post_webhook_ack),
        )
        .route(
            "/delivery/ack/{id}",
            get(reports::delivery::http::get_ack).post(reports::delivery::http::post_ack),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let s = state.clone();
                move || provide_context(s.clone())
            },
            {
                let o = state.leptos_options.clone();
                move || shell(o.clone())
            },
        )
        .fallback(fallback)
        .with_state(state.clone())
        .layer(middleware::from_fn_with_state(
            std::sync::Arc::new(cross_site::SameOrigin::new(&state.config.public_url)),
            cross_site::guard,
        ))
        .layer(middleware::from_fn(lang::canonical_lang_path))
        .layer(middleware::from_fn_with_state(
            std::sync::Arc::new(limits::RateLimits::new(
                client_ip,
                state.config.search_burst,
                state.config.status_burst,
            )),
            limits::limit,
        ));
    // the whole request, reading a slowly sent body included (408 when over)
    let app = app.layer(tower_http::timeout::TimeoutLayer::with_status_code(
        StatusCode::REQUEST_TIMEOUT,
        request_timeout,
    ));
    with_layers(app, max_body)
}

/// Serves the portal until SIGTERM or Ctrl-C, then drains in-flight requests for up to the configured
/// grace period.
pub async fn run(mut config: ServeConfig) -> anyhow::Result<()> {
    use anyhow::Context;
    let conf =
        get_configuration(None).context("reading Leptos configuration (LEPTOS_* variables)")?;
    let leptos_options = conf.leptos_options;
    let addr = leptos_options.site_addr;
    config.resolve_public_url(addr);
    let grace = Duration::from_secs(config.shutdown_grace_secs);
    tracing::info!(?config, "starting");
    let watch = config.watch_content;
    let state = AppState::new(config, leptos_options).await?;
    let _watcher = if watch {
        Some(
            state
                .content
                .watch()
                .context("watching the content directory")?,
        )
    } else {
        None
    };
    let (stop_worker, worker_rx) = tokio::sync::watch::channel(false);
    let worker = state.config.delivery.worker.then(|| {
        tokio::spawn(reports::delivery::worker::run(
            state.db.clone(),
            state.content.clone(),
            state.delivery.clone(),
            worker_rx,
        ))
    });
    let timeouts = serve::Timeouts {
        header_read: Duration::from_secs(state.config.header_read_timeout_secs.max(1)),
        idle: Duration::from_secs(state.config.idle_timeout_secs.max(1)),
    };
    let app = router(state);
    let listener = serve::bind(addr).with_context(|| format!("binding {addr}"))?;
    tracing::info!("serving at http://{addr}");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = serve::serve(listener, app, timeouts, async move {
        shutdown_signal().await;
        let _ = stop_worker.send(true);
        let _ = tx.send(());
    });
    let drain_limit = async move {
        let _ = rx.await;
        tracing::info!(
            grace_secs = grace.as_secs(),
            "shutting down, finishing in-flight requests"
        );
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        () = server => {}
        _ = drain_limit => tracing::warn!("grace period over, closing remaining connections"),
    }
    if let Some(w) = worker {
        // the worker's round in progress finishes (each send is bounded by the send timeout)
        if tokio::time::timeout(grace, w).await.is_err() {
            tracing::warn!("delivery worker still busy after the grace period; its jobs are retaken after their lease");
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// Runs only the delivery worker (`cyberhelp deliver`) until SIGTERM or Ctrl-C.
///
/// Errors: invalid content, unreachable database, invalid delivery configuration.
pub async fn run_worker(mut config: ServeConfig) -> anyhow::Result<()> {
    // links in e-mails point at the web replicas: the same default as `serve`
    let addr = std::env::var("LEPTOS_SITE_ADDR")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or(std::net::SocketAddr::from(([127, 0, 0, 1], 3000)));
    config.resolve_public_url(addr);
    tracing::info!(?config, "starting the delivery worker");
    let content = content::ContentStore::open(&config.content_dir).map_err(|errors| {
        anyhow::anyhow!(
            "content in {} is invalid ({} problems)",
            config.content_dir.display(),
            errors.len()
        )
    })?;
    let _watcher = if config.watch_content {
        Some(content.watch()?)
    } else {
        None
    };
    let db = db::connect(&config.database_url, config.db_max_connections).await?;
    let secret = db
        .meta_init("status_token_secret", &reports::reference::new_secret())
        .await
        .map_err(|e| anyhow::anyhow!("reading the status-token secret: {e}"))?;
    let delivery = std::sync::Arc::new(reports::delivery::Delivery::new(
        &config.delivery,
        &config.public_url,
        secret.into_bytes(),
    )?);
    let (stop, rx) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(reports::delivery::worker::run(db, content, delivery, rx));
    shutdown_signal().await;
    tracing::info!("stopping the delivery worker");
    let _ = stop.send(true);
    let grace = Duration::from_secs(config.shutdown_grace_secs);
    if tokio::time::timeout(grace, worker).await.is_err() {
        tracing::warn!("delivery worker still busy after the grace period");
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// Middleware for the server-function endpoints (`/api/...` except `/api/v1/`): Leptos answers malformed or
/// missing arguments with 500 and the decoder's message; those become a 400 with a generic JSON body. Other
/// server-function failures stay 500 but never echo internal detail.
async fn server_fn_errors(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if !path.starts_with("/api/") || path.starts_with("/api/v1/") {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let body = axum::body::to_bytes(res.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body);
    let client_fault = ["Args", "Deserialization", "MissingArg", "Request"]
        .iter()
        .any(|p| text.starts_with(&format!("{p}|")))
        || text.contains("missing field");
    let (status, code) = if client_fault {
        (StatusCode::BAD_REQUEST, "bad_request")
    } else {
        tracing::error!(error = %text, "server function failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "internal")
    };
    (status, axum::Json(serde_json::json!({ "error": code }))).into_response()
}

/// Middleware: answers from layers that know nothing about pages (body too large → 413, rate limit → 429)
/// become a short readable HTML page in the language of the path, with a way back.
async fn readable_errors(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    let status = res.status();
    let plain = !res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/json") || c.starts_with("text/html"));
    if path.starts_with("/api/") {
        // API clients get JSON for the answers of the extractors and layers (duplicate query fields, body
        // too large, rate limit), never their plain-text messages
        let mapped = matches!(
            status,
            StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE | StatusCode::TOO_MANY_REQUESTS
        );
        if plain && mapped {
            let code = match status {
                StatusCode::PAYLOAD_TOO_LARGE => "too_large",
                StatusCode::TOO_MANY_REQUESTS => "rate_limited",
                _ => "bad_request",
            };
            let mut out =
                (status, axum::Json(serde_json::json!({ "error": code }))).into_response();
            if let Some(retry) = res.headers().get(header::RETRY_AFTER) {
                out.headers_mut().insert(header::RETRY_AFTER, retry.clone());
            }
            return out;
        }
        return res;
    }
    if !(status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::TOO_MANY_REQUESTS) {
        return res;
    }
    let html_already = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("text/html"));
    if html_already {
        return res;
    }
    let lang = crate::i18n::locale_of_path(&path);
    let t = |id: &str| crate::i18n::t(lang.tag, id);
    let (title, body) = if status == StatusCode::PAYLOAD_TOO_LARGE {
        // bodies too large even for the report form's rescue (see `reports::http::keep_typed`): the
        // browser's Back button still has the typed text
        (
            t("error-too-large-title"),
            format!(
                "{} {}",
                t("report-error-description-long"),
                t("error-too-large-back")
            ),
        )
    } else if path.trim_matches('/').split('/').nth(1) == Some("report")
        && !path.contains("/report/")
    {
        (t("report-error-rate-limited"), String::new())
    } else {
        (t("error-rate-limited"), String::new())
    };
    let esc = crate::html::escape;
    let page = format!(
        "<!DOCTYPE html><html lang=\"{l}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – cyberhelp</title><link rel=\"stylesheet\" href=\"/pkg/cyberhelp.css\"></head><body><main id=\"main\" class=\"wrap\">\
         <h1>{title}</h1><p>{body}</p><p><a href=\"/{l}/report\">{back}</a></p><p><a href=\"/{l}/\">{home}</a></p></main></body></html>",
        l = lang.tag,
        title = esc(&title),
        body = esc(&body),
        back = esc(&t("report-title")),
        home = esc(&t("error-not-found-home")),
    );
    let mut out = (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ],
        page,
    )
        .into_response();
    if let Some(retry) = res.headers().get(header::RETRY_AFTER) {
        out.headers_mut().insert(header::RETRY_AFTER, retry.clone());
    }
    out
}

//! `GET /healthz`: liveness and readiness in one JSON document, and the operator's token check.
//!
//! Public answer: `{"status": "ok"|"degraded"}` only. With `Authorization: Bearer <CYBERHELP_ADMIN_TOKEN>`
//! the detailed document (it shows report volumes and the delivery set-up, which strangers should not see):
//! `{"status": "ok"|"degraded", "version": "0.1.0", "db": {"status", "backend"},
//! "content": {...}, "delivery": {"smtp", "worker", "jobs": {"queued"|"failed": n}, "waiting": {reason: n}, ...},
//! "index": {...}}`. Always 200 while the process serves; a load balancer should read
//! `status` (or use `/healthz?ready=1`, which answers 503 when degraded).

use super::AppState;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;
use serde_json::json;

/// Query of `/healthz`.
#[derive(Deserialize, Default)]
pub struct HealthQuery {
    /// When set, a degraded instance answers 503 instead of 200.
    #[serde(default)]
    ready: Option<String>,
}

/// Whether the request carries `Authorization: Bearer <token>` with the configured admin token (compared in
/// constant time). Always `false` when no token is configured.
pub fn is_admin(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(token) = state
        .config
        .admin_token
        .as_deref()
        .filter(|t| !t.is_empty())
    else {
        return false;
    };
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|given| {
            crate::server::reports::delivery::sign::constant_eq(
                given.trim().as_bytes(),
                token.as_bytes(),
            )
        })
}

/// The handler.
pub async fn healthz(
    State(state): State<AppState>,
    Query(query): Query<HealthQuery>,
    headers: HeaderMap,
) -> impl IntoResponse {
    let ready_check = query.ready.is_some();
    if !is_admin(&state, &headers) {
        let ok = state.db.ping().await.is_ok() && state.content_status().ok;
        let status = if ready_check && !ok {
            StatusCode::SERVICE_UNAVAILABLE
        } else {
            StatusCode::OK
        };
        return (
            status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(json!({ "status": if ok { "ok" } else { "degraded" } })),
        );
    }
    let db_ok = state.db.ping().await.is_ok();
    let mut delivery = state.delivery.status_json();
    delivery["worker"] = state.config.delivery.worker.into();
    if let Ok(jobs) = crate::server::reports::delivery::outbox::summary(&state.db).await {
        delivery["jobs"] = jobs["jobs"].clone();
        delivery["waiting"] = jobs["waiting"].clone();
    }
    let content = state.content_status();
    let search = state.content.search();
    let ok = db_ok && content.ok;
    let body = json!({
        "status": if ok { "ok" } else { "degraded" },
        "version": env!("CARGO_PKG_VERSION"),
        "db": {
            "status": if db_ok { "ok" } else { "unreachable" },
            "backend": format!("{:?}", state.db.backend).to_lowercase(),
        },
        "content": content.json,
        "delivery": delivery,
        "index": {
            "status": if search.is_empty() { "empty" } else { "ready" },
            "documents": search.len(),
            "per_language": search.docs_per_language(),
            "build_ms": (search.build_time().as_secs_f64() * 1000.0).round(),
        },
    });
    let status = if ready_check && !ok {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        StatusCode::OK
    };
    (status, [(header::CACHE_CONTROL, "no-store")], Json(body))
}

/// The health and metrics routes: `GET /healthz` (minimal, detailed with the admin token) and `GET /metrics`
/// (admin token).
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/healthz", axum::routing::get(healthz))
        .route("/metrics", axum::routing::get(super::metrics::render))
}

//! The complete router: each area's routes (content and search, reports, delivery, "What happened?", health),
//! the Leptos pages, and the request-level layers, merged in one place.

use super::state::AppState;
use super::{
    client_ip, cross_site, health, http_api, lang, limits, middleware as mw, reports, triage,
};
use crate::app::{shell, App};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use std::time::Duration;

/// The limit on posts that create something (reports, feedback), shared by their routes.
pub type PostLimit =
    tower_governor::GovernorLayer<client_ip::ClientIp, governor::middleware::NoOpMiddleware, Body>;

/// Per-client-IP limit on report submissions (`tower_governor`, GCRA): a burst of `burst` reports, then one
/// more every 12 seconds. Over the limit: 429 with `Retry-After`.
fn report_rate_limit(burst: u32, client_ip: client_ip::ClientIp) -> PostLimit {
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
    let max_body = state.config.max_body_bytes;
    let request_timeout = Duration::from_secs(state.config.request_timeout_secs.max(1));
    let client_ip = client_ip::ClientIp::new(
        state.config.trust_proxy_headers,
        state.config.trusted_proxies.clone(),
    );
    let post_limit = report_rate_limit(state.config.report_burst, client_ip.clone());
    let app = Router::new()
        .route("/", get(redirect_root))
        .route("/{lang}", get(lang_root))
        .merge(health::routes())
        // an unknown API path is a JSON 404, never the HTML page
        .route(
            "/api/v1/{*rest}",
            axum::routing::any(|| async { super::error::AppError::NotFound }),
        )
        .merge(super::editors::routes())
        .merge(super::csaf_http::routes())
        .merge(super::preview::routes())
        .merge(http_api::routes())
        .merge(reports::http::routes(&state, post_limit.clone()))
        .merge(reports::delivery::http::routes())
        .merge(reports::answers::routes(post_limit.clone()))
        .merge(reports::withdraw::routes(post_limit.clone()))
        .merge(super::inbox::routes(&state, post_limit.clone()))
        .merge(crate::server::tools::http::routes())
        .merge(triage::http::routes(post_limit))
        // the browser bundle: content-hashed names, precompressed copies (see assets.rs)
        .nest_service(
            "/pkg",
            super::assets::service(std::path::Path::new(&*state.leptos_options.site_root)),
        )
        .leptos_routes_with_context(
            &state,
            generate_route_list(App),
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
            Arc::new(super::pages::PageHeaders::new(&state.config.embed_origins)),
            super::pages::headers,
        ))
        .layer(middleware::from_fn_with_state(
            Arc::new(cross_site::SameOrigin::new(&state.config.public_url)),
            cross_site::guard,
        ))
        .layer(middleware::from_fn(lang::canonical_lang_path))
        .layer(middleware::from_fn_with_state(
            Arc::new(limits::RateLimits::new(
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
    mw::with_layers(app, max_body)
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

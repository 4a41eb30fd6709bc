//! Per-client rate limits on search and on report status lookups.
//!
//! The report form's limit is a `tower_governor` layer on its route. Search and status lookups are also
//! reached through Leptos' page routes and server functions, which cannot carry a layer of their own, so
//! this middleware classifies the path and asks a keyed GCRA limiter of the same `governor` crate, with the
//! same client key ([`ClientIp`]: the peer, or the right-most untrusted forwarded address; IPv6 per /64).
//! Over the limit: `429 Too Many Requests` with `Retry-After` (JSON under `/api/`, a translated page
//! elsewhere, see `readable_errors`).

use super::client_ip::ClientIp;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Which limit a request counts against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Search pages, suggestions and the search API.
    Search,
    /// Report status page, receipt, status server function and status API.
    Status,
}

/// The limit class of a request, if any.
pub fn classify(method: &Method, path: &str) -> Option<Kind> {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segs.as_slice() {
        ["api", "v1", "search"] | ["api", "search", _] | [_, "search"] => Some(Kind::Search),
        ["api", "report", "status"] | [_, "report", "status" | "receipt"] => Some(Kind::Status),
        ["api", "v1", "reports", _, ..] if method == Method::GET => Some(Kind::Status),
        _ => None,
    }
}

/// The limiters and how clients are told apart.
pub struct RateLimits {
    client_ip: ClientIp,
    search: DefaultKeyedRateLimiter<IpAddr>,
    status: DefaultKeyedRateLimiter<IpAddr>,
    checks: AtomicU64,
}

fn quota(burst: u32, every: Duration) -> Quota {
    Quota::with_period(every)
        .expect("non-zero period")
        .allow_burst(NonZeroU32::new(burst.max(1)).expect("at least 1"))
}

impl RateLimits {
    /// Search: a burst of `search_burst`, then one every 250 ms; status: `status_burst`, then one every 6 s.
    pub fn new(client_ip: ClientIp, search_burst: u32, status_burst: u32) -> Self {
        RateLimits {
            client_ip,
            search: DefaultKeyedRateLimiter::keyed(quota(search_burst, Duration::from_millis(250))),
            status: DefaultKeyedRateLimiter::keyed(quota(status_burst, Duration::from_secs(6))),
            checks: AtomicU64::new(0),
        }
    }

    /// `Ok` when the request may go on, else how long the client should wait.
    pub fn check(&self, kind: Kind, key: IpAddr) -> Result<(), Duration> {
        let limiter = match kind {
            Kind::Search => &self.search,
            Kind::Status => &self.status,
        };
        // forget clients whose bucket is full again, now and then, so the maps stay small
        if self.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
            for l in [&self.search, &self.status] {
                l.retain_recent();
                l.shrink_to_fit();
            }
        }
        limiter
            .check_key(&key)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

/// Middleware applying [`RateLimits`].
pub async fn limit(State(limits): State<Arc<RateLimits>>, req: Request, next: Next) -> Response {
    let Some(kind) = classify(req.method(), req.uri().path()) else {
        return next.run(req).await;
    };
    let Some(peer) = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return next.run(req).await;
    };
    let key = limits.client_ip.key(peer, req.headers());
    match limits.check(kind, key) {
        Ok(()) => next.run(req).await,
        Err(wait) => {
            metrics::counter!("rate_limited_total", "kind" => format!("{kind:?}").to_lowercase())
                .increment(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, wait.as_secs().max(1).to_string())],
                "Too many requests",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_classified() {
        let get = Method::GET;
        for (path, want) in [
            ("/en/search", Some(Kind::Search)),
            ("/de/search/", Some(Kind::Search)),
            ("/api/v1/search", Some(Kind::Search)),
            ("/api/search/page", Some(Kind::Search)),
            ("/api/search/suggest", Some(Kind::Search)),
            ("/en/report/status", Some(Kind::Status)),
            ("/en/report/receipt", Some(Kind::Status)),
            ("/api/report/status", Some(Kind::Status)),
            ("/api/v1/reports/ABCD-EFGH-JK", Some(Kind::Status)),
            ("/api/v1/reports/ABCD-EFGH-JK/download", Some(Kind::Status)),
            ("/en/report", None),
            ("/api/v1/reports", None),
            ("/en/advice/search", None),
            ("/en/", None),
        ] {
            assert_eq!(classify(&get, path), want, "{path}");
        }
        assert_eq!(classify(&Method::POST, "/api/v1/reports/X"), None);
    }

    #[test]
    fn each_client_has_its_own_bucket() {
        let l = RateLimits::new(ClientIp::new(false, vec![]), 3, 1);
        let a: IpAddr = "203.0.113.1".parse().unwrap();
        let b: IpAddr = "203.0.113.2".parse().unwrap();
        for _ in 0..3 {
            assert!(l.check(Kind::Search, a).is_ok());
        }
        let wait = l.check(Kind::Search, a).unwrap_err();
        assert!(wait <= Duration::from_millis(250), "{wait:?}");
        assert!(l.check(Kind::Search, b).is_ok());
        assert!(l.check(Kind::Status, a).is_ok(), "separate limits");
        assert!(l.check(Kind::Status, a).is_err());
    }
}

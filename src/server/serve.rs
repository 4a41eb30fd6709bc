//! The HTTP server loop: hyper (through hyper-util's HTTP/1 + HTTP/2 builder) with timeouts on the
//! connection itself, which `axum::serve` does not offer.
//!
//! - **Header read** ([`Timeouts::header_read`], `CYBERHELP_HEADER_READ_TIMEOUT_SECS`): a client must send a
//!   complete request head within this time, counted from the connection's start and, on a kept-alive
//!   HTTP/1 connection, from the end of the previous response (hyper's `header_read_timeout`). Slow-header
//!   clients ("slowloris") are disconnected.
//! - **Idle** ([`Timeouts::idle`], `CYBERHELP_IDLE_TIMEOUT_SECS`): a connection with no request in flight
//!   and no byte read or written for this long is closed (HTTP/1 and HTTP/2 alike).
//! - Slow request bodies are bounded by the request timeout layer (`CYBERHELP_REQUEST_TIMEOUT_SECS`, see
//!   [`crate::server::router`]): the whole request, body included, must be handled within it.
//!
//! Every request carries `ConnectInfo<SocketAddr>` (the TCP peer) like `axum::serve` provides it.
//!
//! [`bind`] opens the listening socket: bound to `[::]`, it is dual-stack (IPv4 clients arrive as
//! IPv4-mapped addresses) whatever the system's default (`net.ipv6.bindv6only`, BSD and Windows defaults).

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// Opens a listening socket on `addr`. The IPv6 unspecified address (`[::]`) also accepts IPv4 connections
/// (`IPV6_V6ONLY` off); any other address is bound as given.
pub fn bind(addr: std::net::SocketAddr) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let domain = if addr.is_ipv6() {
        Domain::IPV6
    } else {
        Domain::IPV4
    };
    let socket = Socket::new(domain, Type::STREAM, Some(Protocol::TCP))?;
    if let std::net::SocketAddr::V6(v6) = addr {
        if v6.ip().is_unspecified() {
            socket.set_only_v6(false)?;
        }
    }
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(1024)?;
    TcpListener::from_std(socket.into())
}

/// Connection timeouts (see the module documentation).
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// Longest time to receive a complete request head.
    pub header_read: Duration,
    /// Longest time a connection may sit without a request in flight and without traffic.
    pub idle: Duration,
}

/// When a connection last moved a byte, and how many of its requests are being handled.
#[derive(Debug)]
struct Activity {
    start: Instant,
    last_ms: AtomicU64,
    in_flight: AtomicUsize,
}

impl Activity {
    fn new() -> Self {
        Activity {
            start: Instant::now(),
            last_ms: AtomicU64::new(0),
            in_flight: AtomicUsize::new(0),
        }
    }

    fn touch(&self) {
        let ms = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(ms, Ordering::Relaxed);
    }

    fn quiet_for(&self) -> Duration {
        self.start
            .elapsed()
            .saturating_sub(Duration::from_millis(self.last_ms.load(Ordering::Relaxed)))
    }

    fn is_idle(&self, limit: Duration) -> bool {
        self.in_flight.load(Ordering::Acquire) == 0 && self.quiet_for() >= limit
    }
}

/// Counts a request as in flight until dropped.
struct InFlight(Arc<Activity>);

impl InFlight {
    fn new(a: Arc<Activity>) -> Self {
        a.in_flight.fetch_add(1, Ordering::AcqRel);
        InFlight(a)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A TCP stream that records traffic in its [`Activity`].
struct Tracked {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Tracked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let res = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(res, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        res
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let res = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(res, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        res
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let res = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(res, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        res
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then stops accepting and waits for open
/// connections to finish their requests (the caller bounds that wait).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    timeouts: Timeouts,
    shutdown: impl Future<Output = ()> + Send,
) {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.header_read);
    builder.http2().timer(TokioTimer::new());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // out of file descriptors and the like: wait instead of spinning
                    tracing::error!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // TCP_NODELAY: a static file goes out as headers then body; without it Nagle's algorithm holds the
        // body until the client's delayed ACK (about 40 ms per file on a kept-alive connection).
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(%e, "could not set TCP_NODELAY");
        }
        let activity = Arc::new(Activity::new());
        let io = TokioIo::new(Tracked {
            inner: stream,
            activity: activity.clone(),
        });
        let (app, act) = (app.clone(), activity.clone());
        let service =
            hyper::service::service_fn(move |req: http::Request<hyper::body::Incoming>| {
                let mut req = req.map(axum::body::Body::new);
                req.extensions_mut().insert(ConnectInfo(remote));
                let guard = InFlight::new(act.clone());
                let app = app.clone();
                async move {
                    let res = tower::ServiceExt::oneshot(app, req).await;
                    drop(guard);
                    res
                }
            });
        let conn = graceful.watch(
            builder
                .serve_connection_with_upgrades(io, service)
                .into_owned(),
        );
        let idle = timeouts.idle;
        tokio::spawn(async move {
            tokio::pin!(conn);
            loop {
                let wait = idle
                    .saturating_sub(activity.quiet_for())
                    .max(Duration::from_millis(10));
                tokio::select! {
                    _ = &mut conn => break,
                    () = tokio::time::sleep(wait) => {
                        if activity.is_idle(idle) {
                            tracing::debug!(%remote, "closing an idle connection");
                            break; // dropping the connection closes the socket
                        }
                    }
                }
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

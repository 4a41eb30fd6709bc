//! The error of every server function: bad arguments are the caller's fault (400) by construction.
//!
//! Leptos hands decoding failures (missing or malformed arguments) to [`FromServerFnError::from_server_fn_error`];
//! on the server that sets the response status through Leptos' `ResponseOptions`, so a malformed call is a 400
//! with `{"error": "bad_request"}` and never a 500 carrying the decoder's message. Failures inside a body use
//! [`ApiError::raise`], which sets their status the same way. Modelled on leptos `examples/server_fns_axum`
//! (`MyErrors`).

use leptos::prelude::{FromServerFnError, ServerFnErrorErr};
use leptos::server_fn::codec::JsonEncoding;
use serde::{Deserialize, Serialize};

/// What went wrong in a server function, as the caller sees it (JSON `{"error": "<code>"}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ApiError {
    /// 400: missing or undecodable arguments, or a request the server function cannot serve.
    BadRequest,
    /// 503: a dependency (the database) failed; the cause is logged on the server.
    Unavailable,
    /// 500: anything else (the server state missing, a serialisation failure).
    Internal,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ApiError::BadRequest => "bad request",
            ApiError::Unavailable => "temporarily unavailable",
            ApiError::Internal => "internal error",
        })
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// The HTTP status code of this error.
    pub fn status(self) -> u16 {
        match self {
            ApiError::BadRequest => 400,
            ApiError::Unavailable => 503,
            ApiError::Internal => 500,
        }
    }

    /// Returns this error after setting its status on the response being built (on the server; a no-op in the
    /// browser, where errors are only decoded).
    pub fn raise(self) -> Self {
        #[cfg(feature = "ssr")]
        if let Some(opts) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            if let Ok(s) = http::StatusCode::from_u16(self.status()) {
                opts.set_status(s);
            }
        }
        self
    }
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => ApiError::BadRequest.raise(),
            // on the client: the request or its answer failed on the way
            _ => ApiError::Internal.raise(),
        }
    }
}

/// The server's shared state inside a server function, or [`ApiError::Internal`] when it is missing (never
/// the case for routes the server registered).
#[cfg(feature = "ssr")]
pub fn state() -> Result<crate::server::AppState, ApiError> {
    leptos::prelude::use_context::<crate::server::AppState>().ok_or_else(|| {
        tracing::error!("server function called without the server state");
        ApiError::Internal.raise()
    })
}

/// The content library serving right now, or [`ApiError::Internal`] without the server state.
#[cfg(feature = "ssr")]
pub fn library() -> Result<std::sync::Arc<crate::server::content::Library>, ApiError> {
    Ok(state()?.library())
}

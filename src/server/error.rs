//! The server's error type and its mapping to HTTP: internal detail is logged, never sent.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Errors of the server layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is malformed; the message is safe to show (it never echoes input).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Nothing at this address.
    #[error("not found")]
    NotFound,
    /// A database failure.
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    /// A migration failed at start-up.
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Anything else; logged with its context chain.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Result with the server [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            Error::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            Error::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            Error::Db(_) | Error::Migrate(_) | Error::Other(_) => {
                tracing::error!(error = ?self, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        };
        (status, axum::Json(serde_json::json!({ "error": code }))).into_response()
    }
}

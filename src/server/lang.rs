//! Picking a default language from `Accept-Language` for visitors who land on `/`, and one spelling of the
//! language in paths (`/EN/` redirects to `/en/`).
//!
//! Parsing and ordering by quality is done by the `accept-language` crate, matching (`fr-BE` → `fr`) by
//! `fluent-langneg`. Hostile headers are trimmed first: at most 1 KiB and 32 entries are read, and entries
//! whose `q` is not a finite number in (0, 1] are dropped (RFC 9110 §12.5.4: `q=0` means "not acceptable").

use crate::i18n::{self, Locale, LOCALES};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

const MAX_HEADER_BYTES: usize = 1024;
const MAX_ENTRIES: usize = 32;

fn clean_entries(header: &str) -> String {
    let mut end = header.len().min(MAX_HEADER_BYTES);
    while !header.is_char_boundary(end) {
        end -= 1;
    }
    header[..end]
        .split(',')
        .take(MAX_ENTRIES)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty()
                || tag.len() > 35
                || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                return None;
            }
            let q = match parts.next() {
                None => 1.0,
                Some(p) => p.trim().strip_prefix("q=")?.trim().parse::<f32>().ok()?,
            };
            (q.is_finite() && q > 0.0 && q <= 1.0).then(|| format!("{tag};q={q}"))
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The best supported locale for an `Accept-Language` header; English when nothing matches or the header is
/// absent or garbage. Never panics.
pub fn negotiate(header: Option<&str>) -> &'static Locale {
    let Some(header) = header else {
        return i18n::default_locale();
    };
    let requested: Vec<LanguageIdentifier> = accept_language::parse(&clean_entries(header))
        .iter()
        .filter_map(|t| t.parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> =
        LOCALES.iter().filter_map(|l| l.tag.parse().ok()).collect();
    let default: LanguageIdentifier = i18n::DEFAULT_LANG.parse().expect("valid tag");
    negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    )
    .first()
    .and_then(|l| i18n::locale(l.language.as_str()))
    .unwrap_or_else(i18n::default_locale)
}

/// Middleware: a path whose first segment names a language in another spelling (`/EN/`, `/Fr/advice`) is
/// redirected (308) to the lowercase tag, query kept, so every page has one URL (caches, search engines,
/// `<link rel=alternate>`). Only `GET` and `HEAD`; other methods go on unchanged.
pub async fn canonical_lang_path(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let is_read = matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    );
    let path = req.uri().path();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if let Some(l) = is_read.then(|| i18n::locale(first)).flatten() {
        if l.tag != first && path.len() < 2048 {
            let rest = &path[1 + first.len()..];
            let rest = if rest.is_empty() { "/" } else { rest };
            let to = match req.uri().query() {
                Some(q) => format!("/{}{rest}?{q}", l.tag),
                None => format!("/{}{rest}", l.tag),
            };
            return axum::response::Redirect::permanent(&to).into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn picks_by_quality_and_region() {
        for (header, want) in [
            ("fr-BE,fr;q=0.9,en;q=0.5", "fr"),
            ("de-AT", "de"),
            ("en;q=0.1, pl;q=0.9", "pl"),
            ("ja, sv;q=0.5", "sv"),
            ("pt-BR", "pt"),
            ("ga-IE,en;q=0.8", "ga"),
        ] {
            assert_eq!(negotiate(Some(header)).tag, want, "{header}");
        }
    }

    #[test]
    fn hostile_headers_fall_back_to_english() {
        let long = "x".repeat(10_000);
        let many = "de;q=0.5,".repeat(2000);
        for header in [
            "",
            "*",
            "q=NaN",
            "fr;q=NaN",
            "fr;q=0",
            "fr;q=inf",
            "fr;q=-1",
            ";;;,,,",
            "\u{202e}ar",
            &long,
            "é,ü;q=0.5",
            "zz-ZZ-zz-ZZ",
            "en;q=1;q=0",
        ] {
            let got = negotiate(Some(header)).tag;
            assert!(
                got == "en" || header.starts_with("en"),
                "{header:?} -> {got}"
            );
        }
        assert_eq!(negotiate(Some(&many)).tag, "de");
        assert_eq!(negotiate(None).tag, "en");
    }
}

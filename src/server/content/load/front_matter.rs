//! Front matter: splitting `+++` TOML from the Markdown body, parsing it (TOML errors with their line),
//! the front-matter shapes of articles and bulletins, dates, and the per-file error context.

use super::ContentError;
use crate::server::content::markdown;
use crate::server::content::model::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::path::Path;
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ArticleFm {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) audience: Vec<Audience>,
    pub(super) incident_types: Vec<String>,
    pub(super) updated: toml::value::Datetime,
    pub(super) reviewed: toml::value::Datetime,
    /// Translations: the English `updated` date of the revision this translation was made from.
    #[serde(default)]
    pub(super) translated_from: Option<toml::value::Datetime>,
    pub(super) sources: Vec<Source>,
    #[serde(default)]
    pub(super) draft: bool,
    #[serde(default)]
    pub(super) publish_at: Option<toml::value::Datetime>,
    #[serde(default)]
    pub(super) weight: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BulletinFm {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) published: toml::value::Datetime,
    pub(super) updated: toml::value::Datetime,
    pub(super) severity: Severity,
    pub(super) tlp: String,
    pub(super) status: Status,
    #[serde(default)]
    pub(super) expires: Option<toml::value::Datetime>,
    pub(super) incident_types: Vec<String>,
    #[serde(default)]
    pub(super) affected: Vec<String>,
    #[serde(default)]
    pub(super) cves: Vec<String>,
    pub(super) sources: Vec<Source>,
    /// Translations: the English `updated` instant of the revision this translation was made from.
    #[serde(default)]
    pub(super) translated_from: Option<toml::value::Datetime>,
}

/// Fields every front matter has; lets articles and bulletins share their checks.
pub(super) trait CommonFm {
    fn common(&self) -> (&str, &str, &str, &[String], &[Source]);
}

impl CommonFm for ArticleFm {
    fn common(&self) -> (&str, &str, &str, &[String], &[Source]) {
        (
            &self.id,
            &self.title,
            &self.summary,
            &self.incident_types,
            &self.sources,
        )
    }
}

impl CommonFm for BulletinFm {
    fn common(&self) -> (&str, &str, &str, &[String], &[Source]) {
        (
            &self.id,
            &self.title,
            &self.summary,
            &self.incident_types,
            &self.sources,
        )
    }
}

/// Collects errors for one file.
pub(super) struct FileCtx<'a> {
    pub(super) file: String,
    pub(super) errors: &'a mut Vec<ContentError>,
    /// Line of the first front-matter line (after `+++`).
    pub(super) fm_line: usize,
    pub(super) fm_src: String,
}

impl FileCtx<'_> {
    pub(super) fn err(
        &mut self,
        line: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) {
        self.errors.push(ContentError {
            file: self.file.clone(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        });
    }

    /// Line of `field = ...` in the front matter, for messages.
    pub(super) fn field_line(&self, field: &str) -> Option<usize> {
        self.fm_src
            .lines()
            .position(|l| {
                l.trim_start()
                    .strip_prefix(field)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| self.fm_line + i)
    }

    pub(super) fn field_err(&mut self, field: &str, message: impl Into<String>) {
        let line = self.field_line(field);
        self.err(line, Some(field), message);
    }
}

/// Reads a file as UTF-8 text, tolerating a BOM and CRLF line ends.
pub(super) fn read_text(path: &Path, rel: &str, errors: &mut Vec<ContentError>) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            errors.push(ContentError {
                file: rel.into(),
                line: None,
                field: None,
                message: format!("cannot read: {e}"),
            });
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Some(s.trim_start_matches('\u{feff}').replace("\r\n", "\n")),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
            errors.push(ContentError {
                file: rel.into(),
                line: Some(line),
                field: None,
                message: format!("not valid UTF-8 (byte {at}); save the file as UTF-8"),
            });
            None
        }
    }
}

/// Splits `+++\n<toml>\n+++\n<body>`; returns (front matter, body, line where the body starts).
pub(super) fn split_front_matter(src: &str) -> Option<(&str, &str, usize)> {
    let rest = src.strip_prefix("+++\n")?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let fm = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + fm.lines().count() + 1;
            return Some((fm, body, body_line));
        }
        offset += line.len();
    }
    None
}

pub(super) fn to_date(dt: &toml::value::Datetime) -> Result<NaiveDate, String> {
    match (&dt.date, &dt.time) {
        (Some(d), None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .ok_or_else(|| "not a calendar date".to_owned())
        }
        _ => Err(format!("expected a date like 2026-11-29, got {dt}")),
    }
}

pub(super) fn to_instant(dt: &toml::value::Datetime) -> Result<DateTime<Utc>, String> {
    if dt.offset.is_none() || dt.time.is_none() {
        return Err(format!(
            "expected an RFC 3339 date-time with offset like 2026-11-29T08:00:00Z, got {dt}"
        ));
    }
    DateTime::parse_from_rfc3339(&dt.to_string())
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| e.to_string())
}

/// Whether `s` is a CVE id: `CVE-YYYY-NNNN` with four or more digits in the sequence part (CVE Program ID syntax).
pub fn is_cve(s: &str) -> bool {
    let mut parts = s.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("CVE"), Some(y), Some(n), None)
            if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && y >= "1999"
                && n.len() >= 4 && n.bytes().all(|b| b.is_ascii_digit())
    )
}

pub(super) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A parsed document before cross-file checks.
pub(super) struct Parsed<F> {
    pub(super) fm: F,
    pub(super) rendered: markdown::Rendered,
    pub(super) body_line: usize,
    pub(super) file: String,
    pub(super) fm_line: usize,
    pub(super) fm_src: String,
}

pub(super) fn parse_file<F: for<'de> Deserialize<'de>>(
    path: &Path,
    rel: &str,
    errors: &mut Vec<ContentError>,
) -> Option<Parsed<F>> {
    let src = read_text(path, rel, errors)?;
    let Some((fm_src, body, body_line)) = split_front_matter(&src) else {
        errors.push(ContentError {
            file: rel.into(),
            line: Some(1),
            field: None,
            message: "missing front matter: the file must start with a line `+++`, TOML fields, and a closing `+++`".into(),
        });
        return None;
    };
    let fm: F = match toml::from_str(fm_src) {
        Ok(fm) => fm,
        Err(e) => {
            let line = e
                .span()
                .map(|s| 2 + fm_src[..s.start.min(fm_src.len())].matches('\n').count());
            let msg = e.message().to_owned();
            let field = msg
                .split('`')
                .nth(1)
                .filter(|_| msg.contains("unknown field") || msg.contains("missing field"))
                .map(str::to_owned);
            errors.push(ContentError {
                file: rel.into(),
                line,
                field,
                message: msg,
            });
            return None;
        }
    };
    Some(Parsed {
        fm,
        rendered: markdown::render(body),
        body_line,
        file: rel.into(),
        fm_line: 2,
        fm_src: fm_src.to_owned(),
    })
}

/// Longest title, in characters (browser tabs and search results show far less).
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest summary, in characters (shown on cards, in feeds and as the search-result text).
pub const MAX_SUMMARY_CHARS: usize = 600;

/// Checks a title or summary: plain text on one line, not empty, at most `max` characters, without control
/// or invisible formatting characters (bidi overrides, zero-width) and without markup (`<`, `>`, or an HTML
/// character reference such as `&amp;`: such text is shown as written, never interpreted).
pub fn plain_line(value: &str, max: usize) -> Result<(), String> {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    if value.trim().is_empty() {
        return Err("must not be empty".into());
    }
    let n = value.chars().count();
    if n > max {
        return Err(format!("is {n} characters long; at most {max} are allowed"));
    }
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() || c.general_category() == GeneralCategory::Format)
    {
        return Err(format!(
            "contains the invisible or control character U+{:04X}; write plain text on one line",
            c as u32
        ));
    }
    if value.contains(['<', '>']) {
        return Err("contains `<` or `>`: titles and summaries are plain text, not HTML".into());
    }
    let entity = value.match_indices('&').any(|(i, _)| {
        let rest = &value[i + 1..];
        let name_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
            .count();
        name_len > 0 && rest.as_bytes().get(name_len) == Some(&b';')
    });
    if entity {
        return Err(
            "contains an HTML character reference (like `&amp;`); write the character itself"
                .into(),
        );
    }
    Ok(())
}

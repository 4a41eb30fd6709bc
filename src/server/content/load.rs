//! Reading a content directory into a [`Library`]: front matter, validation, rendering.
//!
//! Every problem becomes a [`ContentError`] naming the file, the line where known, and the field; loading goes
//! on to report all problems of a tree at once, and fails if there is any.

use super::markdown;
use super::model::*;
use crate::i18n;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in the content tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// File, relative to the content directory.
    pub file: String,
    /// 1-based line in the file, where known.
    pub line: Option<usize>,
    /// Front-matter field, where it concerns one.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}", self.file)?;
        }
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        if self.file.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, ": {}", self.message)
        }
    }
}

/// RSIT classes (ENISA RSIT Task Force, `working_copy/humanv1.md`, machine tag namespace `rsit`).
const RSIT_CLASSES: &[&str] = &[
    "abusive-content",
    "malicious-code",
    "information-gathering",
    "intrusion-attempts",
    "intrusions",
    "availability",
    "information-content-security",
    "fraud",
    "vulnerable",
    "other",
    "test",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentFile {
    types: Vec<IncidentType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleFm {
    id: String,
    title: String,
    summary: String,
    audience: Vec<Audience>,
    incident_types: Vec<String>,
    updated: toml::value::Datetime,
    reviewed: toml::value::Datetime,
    /// Translations: the English `updated` date of the revision this translation was made from.
    #[serde(default)]
    translated_from: Option<toml::value::Datetime>,
    sources: Vec<Source>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    publish_at: Option<toml::value::Datetime>,
    #[serde(default)]
    weight: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BulletinFm {
    id: String,
    title: String,
    summary: String,
    published: toml::value::Datetime,
    updated: toml::value::Datetime,
    severity: Severity,
    tlp: String,
    status: Status,
    #[serde(default)]
    expires: Option<toml::value::Datetime>,
    incident_types: Vec<String>,
    #[serde(default)]
    affected: Vec<String>,
    #[serde(default)]
    cves: Vec<String>,
    sources: Vec<Source>,
}

/// Fields every front matter has; lets articles and bulletins share their checks.
trait CommonFm {
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

/// Opens the error context of a parsed file, runs the shared checks, and records its links.
fn begin<'e, F: CommonFm>(
    p: &Parsed<F>,
    slug: &str,
    lang: &str,
    known: &HashSet<String>,
    errors: &'e mut Vec<ContentError>,
    links: &mut Vec<(String, usize, String)>,
) -> (FileCtx<'e>, Doc) {
    let mut ctx = FileCtx {
        file: p.file.clone(),
        errors,
        fm_line: p.fm_line,
        fm_src: p.fm_src.clone(),
    };
    let (id, title, summary, types, sources) = p.fm.common();
    let doc = common_checks(
        &mut ctx,
        slug,
        lang,
        id,
        title,
        summary,
        types,
        sources,
        known,
        &p.rendered,
    );
    if let Some((line, depth)) = p.rendered.too_deep {
        ctx.err(
            Some(p.body_line + line - 1),
            None,
            format!(
                "Markdown nested {depth} levels deep; at most {} levels (quotes, lists, HTML elements) are allowed",
                markdown::MAX_NESTING
            ),
        );
    }
    for id in &p.rendered.id_conflicts {
        ctx.err(
            None,
            None,
            format!("the id `{id}` is used twice on this page or is one of the page's own ids; choose another `{{#id}}`"),
        );
    }
    for (dest, line) in &p.rendered.links {
        links.push((p.file.clone(), p.body_line + line - 1, dest.clone()));
    }
    (ctx, doc)
}

/// Collects errors for one file.
struct FileCtx<'a> {
    file: String,
    errors: &'a mut Vec<ContentError>,
    /// Line of the first front-matter line (after `+++`).
    fm_line: usize,
    fm_src: String,
}

impl FileCtx<'_> {
    fn err(&mut self, line: Option<usize>, field: Option<&str>, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.clone(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        });
    }

    /// Line of `field = ...` in the front matter, for messages.
    fn field_line(&self, field: &str) -> Option<usize> {
        self.fm_src
            .lines()
            .position(|l| {
                l.trim_start()
                    .strip_prefix(field)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| self.fm_line + i)
    }

    fn field_err(&mut self, field: &str, message: impl Into<String>) {
        let line = self.field_line(field);
        self.err(line, Some(field), message);
    }
}

/// Reads a file as UTF-8 text, tolerating a BOM and CRLF line ends.
fn read_text(path: &Path, rel: &str, errors: &mut Vec<ContentError>) -> Option<String> {
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
fn split_front_matter(src: &str) -> Option<(&str, &str, usize)> {
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

fn to_date(dt: &toml::value::Datetime) -> Result<NaiveDate, String> {
    match (&dt.date, &dt.time) {
        (Some(d), None) => {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .ok_or_else(|| "not a calendar date".to_owned())
        }
        _ => Err(format!("expected a date like 2026-11-29, got {dt}")),
    }
}

fn to_instant(dt: &toml::value::Datetime) -> Result<DateTime<Utc>, String> {
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

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A parsed document before cross-file checks.
struct Parsed<F> {
    fm: F,
    rendered: markdown::Rendered,
    body_line: usize,
    file: String,
    fm_line: usize,
    fm_src: String,
}

fn parse_file<F: for<'de> Deserialize<'de>>(
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

/// Checks shared by articles and bulletins; returns the [`Doc`].
#[allow(clippy::too_many_arguments)]
fn common_checks(
    ctx: &mut FileCtx<'_>,
    slug: &str,
    lang: &str,
    id: &str,
    title: &str,
    summary: &str,
    incident_types: &[String],
    sources: &[Source],
    known_types: &HashSet<String>,
    rendered: &markdown::Rendered,
) -> Doc {
    if id != slug {
        ctx.field_err("id", format!("`{id}` must equal the folder name `{slug}`"));
    }
    for (field, value, max) in [
        ("title", title, MAX_TITLE_CHARS),
        ("summary", summary, MAX_SUMMARY_CHARS),
    ] {
        if let Err(e) = plain_line(value, max) {
            ctx.field_err(field, e);
        }
    }
    if incident_types.is_empty() {
        ctx.field_err("incident_types", "name at least one incident type");
    }
    for t in incident_types {
        if !known_types.contains(t) {
            ctx.field_err(
                "incident_types",
                format!("unknown incident type `{t}` (see incident-types.toml)"),
            );
        }
    }
    if sources.is_empty() {
        ctx.field_err(
            "sources",
            "cite at least one source ([[sources]] with title and url)",
        );
    }
    for s in sources {
        let ok = url::Url::parse(&s.url)
            .map(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !ok.unwrap_or(false) {
            ctx.field_err("url", format!("`{}` is not an http(s) URL", s.url));
        }
        if s.title.trim().is_empty() {
            ctx.field_err("title", format!("the source {} needs a title", s.url));
        }
    }
    Doc {
        id: id.to_owned(),
        lang: lang.to_owned(),
        title: title.trim().to_owned(),
        summary: summary.trim().to_owned(),
        incident_types: incident_types.to_vec(),
        sources: sources.to_vec(),
        html: rendered.html.clone(),
        text: rendered.text.clone(),
        file: ctx.file.clone(),
    }
}

/// Lists `<dir>/<slug>/<lang>.md` files: (slug, lang, path, relative name), sorted.
fn list_docs(
    root: &Path,
    kind: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<(String, String, PathBuf, String)> {
    let dir = root.join(kind);
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        errors.push(ContentError {
            file: kind.into(),
            line: None,
            field: None,
            message: "folder missing".into(),
        });
        return out;
    };
    let mut slugs: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    slugs.sort();
    for sdir in slugs {
        let slug = sdir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if slug.starts_with('.') {
            continue;
        }
        if !sdir.is_dir() {
            errors.push(ContentError {
                file: format!("{kind}/{slug}"),
                line: None,
                field: None,
                message: format!("expected a folder {kind}/<slug>/ holding <lang>.md files"),
            });
            continue;
        }
        if !is_slug(&slug) {
            errors.push(ContentError {
                file: format!("{kind}/{slug}"),
                line: None,
                field: None,
                message: "folder names (slugs) use only a-z, 0-9 and -".into(),
            });
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(&sdir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files {
            let name = f
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let rel = format!("{kind}/{slug}/{name}");
            if name.starts_with('.') {
                continue;
            }
            let Some(lang) = name.strip_suffix(".md") else {
                errors.push(ContentError {
                    file: rel,
                    line: None,
                    field: None,
                    message: "only <lang>.md files belong here".into(),
                });
                continue;
            };
            if i18n::locale(lang).map(|l| l.tag) != Some(lang) {
                errors.push(ContentError {
                    file: rel,
                    line: None,
                    field: None,
                    message: format!("`{lang}` is not one of the portal's languages (lowercase BCP 47 tags: bg, cs, ... sv)"),
                });
                continue;
            }
            out.push((slug.clone(), lang.to_owned(), f, rel));
        }
    }
    out
}

fn load_incident_types(root: &Path, errors: &mut Vec<ContentError>) -> Vec<IncidentType> {
    let rel = "incident-types.toml";
    let Some(src) = read_text(&root.join(rel), rel, errors) else {
        return Vec::new();
    };
    let file: IncidentFile = match toml::from_str(&src) {
        Ok(f) => f,
        Err(e) => {
            let line = super::toml_error_line(&src, &e);
            errors.push(ContentError {
                file: rel.into(),
                line,
                field: None,
                message: e.message().to_owned(),
            });
            return Vec::new();
        }
    };
    let mut seen = HashSet::new();
    for t in &file.types {
        if !is_slug(&t.id) || !seen.insert(t.id.clone()) {
            errors.push(ContentError {
                file: rel.into(),
                line: None,
                field: Some("id".into()),
                message: format!("`{}` is not a unique kebab-case id", t.id),
            });
        }
        if !RSIT_CLASSES.contains(&t.rsit_class.as_str()) {
            errors.push(ContentError {
                file: rel.into(),
                line: None,
                field: Some("rsit_class".into()),
                message: format!(
                    "`{}` (for `{}`) is not an ENISA RSIT class",
                    t.rsit_class, t.id
                ),
            });
        }
    }
    file.types
}

/// Loads and validates a content tree. On success the [`Library`]; otherwise every problem found.
pub fn load(root: &Path) -> Result<Library, Vec<ContentError>> {
    let mut errors = Vec::new();
    let incident_types = load_incident_types(root, &mut errors);
    let known: HashSet<String> = incident_types.iter().map(|t| t.id.clone()).collect();
    let mut lib = Library {
        incident_types,
        ..Default::default()
    };
    let mut links: Vec<(String, usize, String)> = Vec::new();

    for (slug, lang, path, rel) in list_docs(root, "advice", &mut errors) {
        let Some(p) = parse_file::<ArticleFm>(&path, &rel, &mut errors) else {
            continue;
        };
        let (mut ctx, doc) = begin(&p, &slug, &lang, &known, &mut errors, &mut links);
        let fm = &p.fm;
        if fm.audience.is_empty() {
            ctx.field_err(
                "audience",
                "name at least one of citizen, business, essential-entity, important-entity",
            );
        }
        let updated = to_date(&fm.updated)
            .map_err(|e| ctx.field_err("updated", e))
            .ok();
        let reviewed = to_date(&fm.reviewed)
            .map_err(|e| ctx.field_err("reviewed", e))
            .ok();
        let publish_at = match &fm.publish_at {
            Some(d) => to_instant(d)
                .map_err(|e| ctx.field_err("publish_at", e))
                .ok(),
            None => None,
        };
        let translated_from = match &fm.translated_from {
            Some(_) if lang == i18n::DEFAULT_LANG => {
                ctx.field_err(
                    "translated_from",
                    "only translations say which English revision they come from",
                );
                None
            }
            Some(d) => to_date(d)
                .map_err(|e| ctx.field_err("translated_from", e))
                .ok(),
            None => None,
        };
        if let (Some(updated), Some(reviewed)) = (updated, reviewed) {
            lib.advice.entry(slug).or_default().insert(
                lang,
                Article {
                    doc,
                    audience: fm.audience.clone(),
                    updated,
                    reviewed,
                    weight: fm.weight,
                    draft: fm.draft,
                    publish_at,
                    translated_from,
                },
            );
        }
    }

    for (slug, lang, path, rel) in list_docs(root, "bulletins", &mut errors) {
        let Some(p) = parse_file::<BulletinFm>(&path, &rel, &mut errors) else {
            continue;
        };
        let (mut ctx, doc) = begin(&p, &slug, &lang, &known, &mut errors, &mut links);
        let fm = &p.fm;
        if fm.tlp != "CLEAR" {
            ctx.field_err("tlp", format!("TLP:{} may not be published; only TLP:CLEAR bulletins are public (FIRST TLP 2.0)", fm.tlp));
        }
        for c in &fm.cves {
            if !is_cve(c) {
                ctx.field_err("cves", format!("`{c}` is not a CVE id (CVE-YYYY-NNNN)"));
            }
        }
        let published = to_instant(&fm.published)
            .map_err(|e| ctx.field_err("published", e))
            .ok();
        let updated = to_instant(&fm.updated)
            .map_err(|e| ctx.field_err("updated", e))
            .ok();
        let expires = match &fm.expires {
            Some(d) => to_instant(d).map_err(|e| ctx.field_err("expires", e)).ok(),
            None => None,
        };
        if let (Some(p1), Some(u)) = (published, updated) {
            if u < p1 {
                ctx.field_err("updated", "is before `published`");
            }
        }
        if let (Some(published), Some(updated), true) = (published, updated, fm.tlp == "CLEAR") {
            lib.bulletins.entry(slug).or_default().insert(
                lang,
                Bulletin {
                    doc,
                    published,
                    updated,
                    severity: fm.severity,
                    status: fm.status,
                    expires,
                    affected: fm.affected.clone(),
                    cves: fm.cves.clone(),
                },
            );
        }
    }

    let cp = root.join("contact-points");
    if cp.is_dir() {
        match crate::server::routing::directory::load(&cp) {
            Ok(d) => lib.directory = d,
            Err(es) => errors.extend(es.into_iter().map(|m| ContentError {
                file: String::new(),
                line: None,
                field: None,
                message: m,
            })),
        }
    }
    let rules = root.join("routing.toml");
    if rules.is_file() {
        let has = |id: &str| i18n::t(i18n::DEFAULT_LANG, id) != id;
        match crate::server::routing::rules::load_rules(&rules, &lib, has) {
            Ok(mut r) => {
                let laws_dir = root.join("laws");
                if laws_dir.is_dir() {
                    let incident_ok = |i: &str| lib.has_incident_type(i);
                    match crate::server::routing::laws::load(
                        &laws_dir,
                        chrono::Utc::now().date_naive(),
                        has,
                        incident_ok,
                    ) {
                        Ok(l) => r.laws = l,
                        Err(es) => errors.extend(es.into_iter().map(|m| ContentError {
                            file: String::new(),
                            line: None,
                            field: None,
                            message: m,
                        })),
                    }
                }
                lib.rules = Some(r)
            }
            Err(es) => errors.extend(es.into_iter().map(|m| ContentError {
                file: String::new(),
                line: None,
                field: None,
                message: m,
            })),
        }
    }

    let triage = root.join("triage");
    if triage.is_dir() && lib.rules.is_some() {
        let has = |id: &str| i18n::t(i18n::DEFAULT_LANG, id) != id;
        match crate::server::triage::load(&triage, &lib, has) {
            Ok(t) => lib.triage = t,
            Err(es) => errors.extend(es.into_iter().map(|m| ContentError {
                file: String::new(),
                line: None,
                field: None,
                message: m,
            })),
        }
    }

    load_synonyms(root, &known, &mut lib, &mut errors);
    check_translations(&lib.advice, "advice", &mut errors, |a| &a.doc);
    for tr in lib.advice.values() {
        let Some(en) = tr.get(i18n::DEFAULT_LANG) else {
            continue;
        };
        for a in tr.values() {
            if a.translated_from.is_some_and(|d| d > en.updated) {
                errors.push(ContentError {
                    file: a.doc.file.clone(),
                    line: None,
                    field: Some("translated_from".into()),
                    message: format!(
                        "names an English revision ({}) newer than the English text's `updated` ({})",
                        a.translated_from.unwrap_or_default(),
                        en.updated
                    ),
                });
            }
        }
    }
    check_translations(&lib.bulletins, "bulletins", &mut errors, |b| &b.doc);
    check_links(&lib, &links, &mut errors);

    if errors.is_empty() {
        Ok(lib)
    } else {
        Err(errors)
    }
}

/// Reads `search/synonyms/<lang>.toml`: the file name must be a supported language, every group needs at
/// least two terms, and `incident` must name a known incident type.
fn load_synonyms(
    root: &Path,
    known: &HashSet<String>,
    lib: &mut Library,
    errors: &mut Vec<ContentError>,
) {
    let dir = root.join("search").join("synonyms");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let rel = format!("search/synonyms/{name}");
        let Some(lang) = name.strip_suffix(".toml") else {
            errors.push(ContentError {
                file: rel,
                line: None,
                field: None,
                message: "only <lang>.toml files belong here".into(),
            });
            continue;
        };
        if !i18n::LOCALES.iter().any(|l| l.tag == lang) {
            errors.push(ContentError {
                file: rel,
                line: None,
                field: None,
                message: format!("`{lang}` is not a supported language tag"),
            });
            continue;
        }
        let Some(src) = read_text(&path, &rel, errors) else {
            continue;
        };
        let file: SynonymFile = match toml::from_str(&src) {
            Ok(f) => f,
            Err(e) => {
                let line = super::toml_error_line(&src, &e);
                errors.push(ContentError {
                    file: rel,
                    line,
                    field: None,
                    message: e.message().to_owned(),
                });
                continue;
            }
        };
        for (i, g) in file.group.iter().enumerate() {
            let at = |m: String| ContentError {
                file: rel.clone(),
                line: None,
                field: Some(format!("group {}", i + 1)),
                message: m,
            };
            if g.terms.iter().filter(|t| !t.trim().is_empty()).count() < 2 {
                errors.push(at("a group needs at least two non-empty terms".into()));
            }
            if let Some(inc) = &g.incident {
                if !known.contains(inc) {
                    errors.push(at(format!("`{inc}` is not an incident type id")));
                }
            }
        }
        lib.synonyms.insert(lang.to_owned(), file.group);
    }
}

fn check_translations<T>(
    docs: &BTreeMap<String, Translations<T>>,
    kind: &str,
    errors: &mut Vec<ContentError>,
    doc: impl Fn(&T) -> &Doc,
) {
    for (slug, tr) in docs {
        if !tr.contains_key(i18n::DEFAULT_LANG) {
            for t in tr.values() {
                errors.push(ContentError {
                    file: doc(t).file.clone(),
                    line: Some(2),
                    field: Some("id".into()),
                    message: format!(
                        "translation of `{slug}` has no English original ({kind}/{slug}/en.md)"
                    ),
                });
            }
        }
    }
}

fn check_links(lib: &Library, links: &[(String, usize, String)], errors: &mut Vec<ContentError>) {
    for (file, line, dest) in links {
        let path = dest.split(['#', '?']).next().unwrap_or("");
        let rest = path
            .strip_prefix("/{lang}/")
            .or_else(|| path.strip_prefix("/%7Blang%7D/"));
        let Some(rest) = rest else {
            if path.starts_with('/') {
                errors.push(ContentError {
                    file: file.clone(),
                    line: Some(*line),
                    field: None,
                    message: format!("internal link `{dest}` must start with /{{lang}}/ so it follows the reader's language"),
                });
            }
            continue;
        };
        let ok = match rest.trim_end_matches('/').split_once('/') {
            Some(("advice", slug)) => lib.advice.contains_key(slug),
            Some(("bulletins", slug)) => lib.bulletins.contains_key(slug),
            None => matches!(
                rest.trim_end_matches('/'),
                "" | "advice" | "bulletins" | "report" | "search"
            ),
            _ => false,
        };
        if !ok {
            errors.push(ContentError {
                file: file.clone(),
                line: Some(*line),
                field: None,
                message: format!("link `{dest}` leads nowhere"),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cve_ids() {
        for ok in ["CVE-2024-3400", "CVE-2024-21762", "CVE-2025-1234567"] {
            assert!(is_cve(ok), "{ok}");
        }
        for bad in [
            "CVE-24-3400",
            "cve-2024-3400",
            "CVE-2024-340",
            "CVE-2024-34a0",
            "CVE-2024-3400-1",
            "CVE-1998-0001",
            "",
        ] {
            assert!(!is_cve(bad), "{bad}");
        }
    }

    #[test]
    fn titles_and_summaries_are_plain_bounded_text() {
        assert_eq!(
            plain_line("Ivanti – Policy Secure & ZTA (CVE-2025-0282)", 200),
            Ok(())
        );
        assert_eq!(plain_line("Αναφορά στην αστυνομία", 200), Ok(()));
        for bad in [
            "",
            "  ",
            "T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "a <b>bold</b> title",
            "Tom &amp; Jerry",
            "&#60;script",
            "line\nbreak",
            "tab\there",
            "bidi \u{202E}txt.exe",
            "zero\u{200B}width",
            "nul\u{0}",
        ] {
            assert!(plain_line(bad, 200).is_err(), "{bad:?} accepted");
        }
        assert!(plain_line(&"x".repeat(201), 200).is_err());
        assert!(
            plain_line(&"é".repeat(200), 200).is_ok(),
            "characters, not bytes"
        );
        assert!(plain_line(&"x".repeat(5_000_000), 600)
            .unwrap_err()
            .contains("5000000"));
    }

    #[test]
    fn front_matter_split_with_body_line() {
        let (fm, body, line) =
            split_front_matter("+++\nid = \"x\"\ntitle = \"y\"\n+++\n\nBody\n").unwrap();
        assert_eq!(fm, "id = \"x\"\ntitle = \"y\"\n");
        assert_eq!(body, "\nBody\n");
        assert_eq!(line, 5);
        assert!(split_front_matter("no front matter").is_none());
        assert!(split_front_matter("+++\nunterminated\n").is_none());
    }
}

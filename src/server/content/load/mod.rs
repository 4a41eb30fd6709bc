//! Reading a content directory into a [`Library`]: front matter, validation, rendering.
//!
//! Every problem becomes a [`ContentError`] naming the file, the line where known, and the field; loading goes
//! on to report all problems of a tree at once, and fails if there is any.

use super::model::*;
use crate::i18n;
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

mod checks;
mod front_matter;
#[cfg(test)]
mod tests;

use checks::*;
use front_matter::*;
pub use front_matter::{is_cve, plain_line, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS};

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

/// Reads `<root>/<kind>/<slug>/<lang>.md` files with article front matter: advice articles (`advice`) and the
/// per-incident evidence pages (`evidence`). Problems go to `errors`; internal links to `links` for checking.
fn load_articles(
    root: &Path,
    kind: &str,
    known: &HashSet<String>,
    errors: &mut Vec<ContentError>,
    links: &mut Vec<(String, usize, String)>,
) -> std::collections::BTreeMap<String, Translations<Article>> {
    let mut out: std::collections::BTreeMap<String, Translations<Article>> = Default::default();
    for (slug, lang, path, rel) in list_docs(root, kind, errors) {
        let Some(p) = parse_file::<ArticleFm>(&path, &rel, errors) else {
            continue;
        };
        let (mut ctx, doc) = begin(&p, &slug, &lang, known, errors, links);
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
            None if lang != i18n::DEFAULT_LANG => {
                ctx.field_err(
                    "translated_from",
                    "a translation must say which English revision it was made from: add `translated_from` \
                     with the English file's `updated` value",
                );
                None
            }
            None => None,
        };
        if let (Some(updated), Some(reviewed)) = (updated, reviewed) {
            out.entry(slug).or_default().insert(
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

    out
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

    lib.advice = load_articles(root, "advice", &known, &mut errors, &mut links);
    if root.join("evidence").is_dir() {
        lib.evidence = load_articles(root, "evidence", &known, &mut errors, &mut links);
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
        let translated_from = match (&fm.translated_from, lang == i18n::DEFAULT_LANG) {
            (Some(_), true) => {
                ctx.field_err(
                    "translated_from",
                    "only translations say which English revision they come from",
                );
                None
            }
            (Some(d), false) => to_instant(d)
                .map_err(|e| ctx.field_err("translated_from", e))
                .ok(),
            (None, false) => {
                ctx.field_err(
                    "translated_from",
                    "a translation must say which English revision it was made from: add `translated_from` \
                     with the English file's `updated` value",
                );
                None
            }
            (None, true) => None,
        };
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
                    translated_from,
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

    match crate::server::tools::load(root, &lib.directory) {
        Ok(t) => lib.tools = t,
        Err(es) => errors.extend(es.into_iter().map(|m| ContentError {
            file: String::new(),
            line: None,
            field: None,
            message: m,
        })),
    }
    load_synonyms(root, &known, &mut lib, &mut errors);
    for (kind, docs) in [("advice", &lib.advice), ("evidence", &lib.evidence)] {
        check_translations(docs, kind, &mut errors, |a| &a.doc);
        check_revisions(
            docs,
            &mut errors,
            |a| &a.doc,
            |a| (a.translated_from, a.updated),
        );
    }
    check_translations(&lib.bulletins, "bulletins", &mut errors, |b| &b.doc);
    check_revisions(
        &lib.bulletins,
        &mut errors,
        |b| &b.doc,
        |b| (b.translated_from, b.updated),
    );
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

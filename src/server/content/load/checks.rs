//! Checks shared by articles and bulletins (ids, titles, incident types, sources, Markdown limits), and the
//! cross-checks that need the whole library (translations, internal links).

use super::front_matter::{
    plain_line, CommonFm, FileCtx, Parsed, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS,
};
use super::ContentError;
use crate::i18n;
use crate::server::content::markdown;
use crate::server::content::model::*;
use std::collections::{BTreeMap, HashSet};
/// Opens the error context of a parsed file, runs the shared checks, and records its links.
pub(super) fn begin<'e, F: CommonFm>(
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

/// Checks shared by articles and bulletins; returns the [`Doc`].
#[allow(clippy::too_many_arguments)]
pub(super) fn common_checks(
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

pub(super) fn check_translations<T>(
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

pub(super) fn check_links(
    lib: &Library,
    links: &[(String, usize, String)],
    errors: &mut Vec<ContentError>,
) {
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
            Some(("evidence", slug)) => lib.evidence.contains_key(slug),
            None => matches!(
                rest.trim_end_matches('/'),
                "" | "advice"
                    | "bulletins"
                    | "evidence"
                    | "report"
                    | "search"
                    | "check"
                    | "ransomware"
                    | "help"
                    | "contacts"
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

/// Refuses a translation whose `translated_from` names an English revision newer than the English text's
/// `updated`: `revision` gives (translated_from, updated) of a version, in a type that orders like time.
pub(super) fn check_revisions<T, R: PartialOrd + std::fmt::Display>(
    docs: &BTreeMap<String, Translations<T>>,
    errors: &mut Vec<ContentError>,
    doc: impl Fn(&T) -> &Doc,
    revision: impl Fn(&T) -> (Option<R>, R),
) {
    for tr in docs.values() {
        let Some(en) = tr.get(i18n::DEFAULT_LANG) else {
            continue;
        };
        let (_, en_updated) = revision(en);
        for t in tr.values() {
            if let (Some(from), _) = revision(t) {
                if from > en_updated {
                    errors.push(ContentError {
                        file: doc(t).file.clone(),
                        line: None,
                        field: Some("translated_from".into()),
                        message: format!(
                            "names an English revision ({from}) newer than the English text's `updated` ({en_updated})"
                        ),
                    });
                }
            }
        }
    }
}

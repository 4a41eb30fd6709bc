//! Loading the tree from `content/triage/tree.toml` and proving it sound: every path ends in a result within
//! [`super::MAX_ANSWERS`] answers and every incident type is reachable.

use super::*;
use crate::server::content::Library;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// Loads and proves `dir/tree.toml` sound against `lib` (articles, incident types) and the English messages
/// (`has_message`). Errors name the problem; `Ok(None)` when the folder has no tree.
pub fn load(
    dir: &Path,
    lib: &Library,
    has_message: impl Fn(&str) -> bool,
) -> Result<Option<Tree>, Vec<String>> {
    let path = dir.join("tree.toml");
    if !path.is_file() {
        return Ok(None);
    }
    let rel = "triage/tree.toml";
    let src = std::fs::read_to_string(&path).map_err(|e| vec![format!("{rel}: {e}")])?;
    let tree: Tree = toml::from_str(&src)
        .map_err(|e| vec![crate::server::content::toml_error(rel, &src, &e)])?;
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for q in tree.questions.iter().chain(tree.facts.iter()) {
        if !ids.insert(q.id.clone()) {
            errors.push(format!("{rel}: duplicate question id `{}`", q.id));
        }
        if !has_message(&format!("triage-q-{}", q.id)) {
            errors.push(format!("{rel}: message `triage-q-{}` missing", q.id));
        }
        for o in &q.options {
            let m = format!("triage-o-{}-{}", q.id, o.id);
            if !has_message(&m) {
                errors.push(format!("{rel}: message `{m}` missing"));
            }
        }
        if q.kind == Kind::Choice && q.options.is_empty() {
            errors.push(format!("{rel}: question `{}` has no options", q.id));
        }
    }
    for r in &tree.results {
        if !ids.insert(r.id.clone()) {
            errors.push(format!("{rel}: duplicate id `{}`", r.id));
        }
        if !has_message(&format!("triage-r-{}", r.id)) {
            errors.push(format!("{rel}: message `triage-r-{}` missing", r.id));
        }
        if !lib.has_incident_type(&r.incident) {
            errors.push(format!(
                "{rel}: result `{}`: unknown incident type `{}`",
                r.id, r.incident
            ));
        }
        for art in std::iter::once(&r.article).chain(r.article_citizen.iter()) {
            if !lib.advice.contains_key(art) {
                errors.push(format!(
                    "{rel}: result `{}`: no advice article `{art}`",
                    r.id
                ));
            }
        }
    }
    for f in &tree.facts {
        if f.options.iter().any(|o| o.next.is_some()) {
            errors.push(format!(
                "{rel}: fact `{}`: options of a fact question have no `next`",
                f.id
            ));
        }
    }
    // every `next` exists; no orphans; no cycles; depth of the diagnosis
    let target = |n: &str| tree.node(n).is_some() || tree.outcome(n).is_some();
    if tree.node(&tree.start).is_none() {
        errors.push(format!("{rel}: start `{}` is not a question", tree.start));
    }
    let mut reached = HashSet::new();
    let mut max_depth = 0;
    let mut stack = vec![(tree.start.clone(), 0usize, vec![tree.start.clone()])];
    while let Some((n, depth, path)) = stack.pop() {
        reached.insert(n.clone());
        if tree.outcome(&n).is_some() {
            max_depth = max_depth.max(depth);
            continue;
        }
        let Some(q) = tree.node(&n) else { continue };
        let nexts: Vec<String> = match q.kind {
            Kind::Choice => q.options.iter().filter_map(|o| o.next.clone()).collect(),
            _ => q.next.iter().cloned().collect(),
        };
        if q.kind == Kind::Choice && q.options.iter().any(|o| o.next.is_none()) {
            errors.push(format!(
                "{rel}: question `{}`: an option has no `next`",
                q.id
            ));
        }
        for nx in nexts {
            if !target(&nx) {
                errors.push(format!("{rel}: `{}` leads to unknown `{nx}`", q.id));
            } else if path.contains(&nx) {
                errors.push(format!("{rel}: cycle through `{nx}`"));
            } else {
                let mut p = path.clone();
                p.push(nx.clone());
                stack.push((nx, depth + 1, p));
            }
        }
    }
    for q in &tree.questions {
        if !reached.contains(&q.id) {
            errors.push(format!("{rel}: question `{}` is never reached", q.id));
        }
    }
    for r in &tree.results {
        if !reached.contains(&r.id) {
            errors.push(format!("{rel}: result `{}` is never reached", r.id));
        }
    }
    for t in &lib.incident_types {
        if !tree.results.iter().any(|r| r.incident == t.id) {
            errors.push(format!(
                "{rel}: incident type `{}` is not reachable from any result",
                t.id
            ));
        }
    }
    if errors.is_empty() {
        let longest = longest_path(&tree, lib);
        if longest > MAX_ANSWERS {
            errors.push(format!(
                "{rel}: a path needs {longest} answers; at most {MAX_ANSWERS} are allowed"
            ));
        }
    }
    let _ = max_depth;
    if errors.is_empty() {
        Ok(Some(tree))
    } else {
        Err(errors)
    }
}

/// Every path through the tree, as URL parameters, answering each question with each offered option (the
/// country question with three countries, to keep it small). Used by `check-content` and the tests.
pub fn all_paths(tree: &Tree, lib: &Library, countries: &[&str]) -> Vec<BTreeMap<String, String>> {
    let mut out = Vec::new();
    let mut stack = vec![BTreeMap::new()];
    while let Some(p) = stack.pop() {
        if out.len() + stack.len() > 200_000 {
            break;
        }
        let w = tree.walk(&p, lib);
        match w.question {
            None => out.push(p),
            Some(q) => {
                let values: Vec<String> = if q.kind == Kind::Country {
                    countries.iter().map(|c| (*c).to_owned()).collect()
                } else if q.kind == Kind::Sector {
                    // sectors differ only in the legal regime: one of each kind
                    ["energy", "health", "banking", "trust-services"]
                        .iter()
                        .map(|s| (*s).to_owned())
                        .collect()
                } else {
                    w.options.iter().map(|o| o.value.clone()).collect()
                };
                for v in values {
                    let mut np = p.clone();
                    np.insert(q.id.clone(), v);
                    stack.push(np);
                }
            }
        }
    }
    out
}

/// The largest number of answers any path needs.
pub fn longest_path(tree: &Tree, lib: &Library) -> usize {
    all_paths(tree, lib, &["DE"])
        .iter()
        .map(|p| tree.walk(p, lib).answered.len())
        .max()
        .unwrap_or(0)
}

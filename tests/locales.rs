//! Every locale defines exactly the messages English defines, every file parses, and no message id used in
//! the code is missing from English.

use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;
use std::path::Path;

fn ids(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        for e in res.body {
            match e {
                Entry::Message(m) => {
                    assert!(
                        out.insert(m.id.name.to_owned()),
                        "{}: duplicate {}",
                        path.display(),
                        m.id.name
                    )
                }
                Entry::Junk { content } => panic!("{}: unparsable: {content}", path.display()),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let en = ids("en");
    assert!(en.len() > 50);
    let mut problems = Vec::new();
    for l in cyberhelp::i18n::LOCALES {
        let got = ids(l.tag);
        let missing: Vec<_> = en.difference(&got).collect();
        let extra: Vec<_> = got.difference(&en).collect();
        if !missing.is_empty() || !extra.is_empty() {
            problems.push(format!(
                "{}: missing {missing:?}, not in English {extra:?}",
                l.tag
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_id_used_in_the_code_exists_in_english() {
    let en = ids("en");
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some("rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                // literal ids passed to the lookup helpers: tr("id"), t("id"), i18n::t(lang, "id"), t_args(lang, "id", ..)
                for call in ["tr(\"", " t(\"", "(t(\"", "i18n::t(", "t_args("] {
                    for (pos, _) in src.match_indices(call) {
                        let rest = &src[pos + call.len()..];
                        let rest = if call.ends_with('"') {
                            rest
                        } else {
                            match rest.find('"') {
                                Some(q) if q < 40 && !rest[..q].contains(')') => &rest[q + 1..],
                                _ => continue,
                            }
                        };
                        if let Some(end) = rest.find('"') {
                            let lit = &rest[..end];
                            if lit.contains('-')
                                && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            {
                                used.insert(lit.to_owned());
                            }
                        }
                    }
                }
            }
        }
    }
    let unknown: Vec<_> = used.iter().filter(|id| !en.contains(*id)).collect();
    assert!(
        unknown.is_empty(),
        "ids used in src/ but missing from locales/en: {unknown:?}"
    );
}

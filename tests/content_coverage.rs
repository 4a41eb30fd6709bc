//! Language coverage of the bundled advice (issue 15): every article in the eight main languages, the 14 listed in
//! `content/README.md` in all 24, and freshness that is computed from `translated_from`, never typed.

mod common;

use std::path::Path;

const MAIN: [&str; 8] = ["en", "de", "es", "fr", "it", "nl", "pl", "pt"];

fn content() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content"))
}

/// The slugs between the `coverage-24` markers of `content/README.md`.
fn listed() -> Vec<String> {
    let readme = std::fs::read_to_string(content().join("README.md")).unwrap();
    let start = readme.find("<!-- coverage-24 -->").expect("start marker");
    let end = readme.find("<!-- /coverage-24 -->").expect("end marker");
    readme[start..end]
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .map(|s| s.trim().to_owned())
        .collect()
}

#[test]
fn every_article_in_the_main_languages_and_the_listed_fourteen_in_all_24() {
    let lib = cyberhelp::server::content::load(content()).expect("bundled content is valid");
    for (slug, tr) in &lib.advice {
        for l in MAIN {
            assert!(tr.contains_key(l), "advice/{slug} has no {l} version");
        }
    }
    let list = listed();
    assert_eq!(list.len(), 14, "the README lists 14 articles");
    for slug in &list {
        let tr = lib
            .advice
            .get(slug)
            .unwrap_or_else(|| panic!("{slug} is not an article"));
        for l in cyberhelp::i18n::LOCALES {
            assert!(
                tr.contains_key(l.tag),
                "advice/{slug} has no {} version",
                l.tag
            );
        }
    }
}

#[test]
fn every_translation_names_its_english_revision_and_nothing_types_freshness() {
    for kind in ["advice", "bulletins"] {
        for dir in std::fs::read_dir(content().join(kind)).unwrap() {
            let dir = dir.unwrap().path();
            for f in std::fs::read_dir(&dir).unwrap() {
                let f = f.unwrap().path();
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                if !name.ends_with(".md") {
                    continue;
                }
                let text = std::fs::read_to_string(&f).unwrap();
                let fm = text.split("+++").nth(1).unwrap_or("");
                let keys: Vec<&str> = fm
                    .lines()
                    .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim()))
                    .collect();
                for typed in ["stale", "outdated", "out_of_date", "fresh"] {
                    assert!(!keys.contains(&typed), "{} types `{typed}`", f.display());
                }
                assert_eq!(
                    keys.contains(&"translated_from"),
                    name != "en.md",
                    "{}: translations (and only they) carry translated_from",
                    f.display()
                );
            }
        }
    }
}

#[test]
fn a_translation_without_translated_from_is_refused() {
    let tmp = std::env::temp_dir().join(format!("cyberhelp-cov-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let copy = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
    };
    copy(
        &content().join("incident-types.toml"),
        &tmp.join("incident-types.toml"),
    );
    let src = content().join("advice/phishing-citizen");
    copy(
        &src.join("en.md"),
        &tmp.join("advice/phishing-citizen/en.md"),
    );
    let fr = std::fs::read_to_string(src.join("fr.md")).unwrap();
    let without: String = fr
        .lines()
        .filter(|l| !l.starts_with("translated_from"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(tmp.join("advice/phishing-citizen/fr.md"), without).unwrap();
    let errors = cyberhelp::server::content::load(&tmp).expect_err("refused");
    assert!(
        errors
            .iter()
            .any(|e| e.field.as_deref() == Some("translated_from") && e.file.contains("fr.md")),
        "{errors:?}"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editors_see_missing_and_outdated_translations_on_a_page() {
    let app = common::app().await;
    let res = app.get("/editors/translations", &[]).await;
    assert_eq!(res.status(), axum::http::StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = common::text(res).await;
    // one row per language, with counts out of the English totals, and a missing item named
    for l in cyberhelp::i18n::LOCALES {
        assert!(
            html.contains(&format!("<th scope=\"row\" lang=\"{0}\">{0}</th>", l.tag)),
            "{}",
            l.tag
        );
    }
    assert!(
        html.contains("<code>advice/qr-code-phishing</code>"),
        "Swedish lacks it"
    );
    assert!(html.contains("noindex"));
}

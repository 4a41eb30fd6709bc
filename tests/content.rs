//! Content loading and validation on the bundled tree and on a deliberately broken fixture tree; visibility
//! rules (drafts, publish_at, expiry), fallback and stale translations, live reload.

use chrono::{TimeZone, Utc};
use cyberhelp::server::content::{self, views, ContentStore};
use std::path::{Path, PathBuf};

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

#[test]
fn bundled_content_is_valid_and_complete() {
    let lib = content::load(&bundled()).unwrap_or_else(|errs| {
        panic!(
            "{}",
            errs.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(lib.incident_types.len(), 18);
    // at least one English article per incident type
    for t in &lib.incident_types {
        assert!(
            lib.advice.values().any(|tr| tr
                .get("en")
                .is_some_and(|a| a.doc.incident_types.contains(&t.id))),
            "no advice for incident type {}",
            t.id
        );
    }
    // core articles in the seven other languages
    for slug in [
        "phishing-citizen",
        "account-takeover",
        "online-fraud",
        "ransomware",
        "sextortion",
        "data-breach-citizen",
        "business-email-compromise",
        "investment-scam",
    ] {
        for lang in ["en", "fr", "de", "es", "it", "nl", "pl", "pt"] {
            assert!(lib.advice[slug].contains_key(lang), "{slug} missing {lang}");
        }
    }
    assert!(lib.bulletins.len() >= 8);
    // every article has the four sections
    for (slug, tr) in &lib.advice {
        for (lang, a) in tr {
            let h2 = a.doc.html.matches("<h2").count();
            assert!(h2 >= 4, "{slug}/{lang}: {h2} sections");
        }
    }
    // every incident type has exactly one "what to keep" guide, in every language the portal speaks
    let now = Utc::now();
    for t in &lib.incident_types {
        let guides: Vec<&String> = lib
            .evidence
            .iter()
            .filter(|(_, tr)| tr["en"].doc.incident_types.contains(&t.id))
            .map(|(slug, _)| slug)
            .collect();
        assert_eq!(guides.len(), 1, "{}: guides {guides:?}", t.id);
        assert!(views::evidence_for(&lib, &t.id, now).is_some());
    }
    for (slug, tr) in &lib.evidence {
        assert_eq!(tr.len(), 24, "{slug}: {:?}", tr.keys().collect::<Vec<_>>());
    }
    // every article, in every language it is written in, links its evidence step to a guide
    for (slug, tr) in &lib.advice {
        for (lang, a) in tr {
            assert!(
                a.doc.html.contains("/%7Blang%7D/evidence/"),
                "{slug}/{lang} does not link to an evidence guide"
            );
        }
    }
}

#[test]
fn broken_fixture_reports_every_problem_with_file_line_and_field() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let errs = content::load(&dir).expect_err("fixture is broken");
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    let all = text.join("\n");
    let expect = [
        ("advice/bad-fields/en.md", "colour"), // unknown field refused
        ("advice/Bad_Slug", "a-z, 0-9"),       // bad slug
        ("advice/only-french/fr.md", "no English original"), // translation without English
        ("advice/crlf-bom/en.md:8", "invalid date"), // CRLF+BOM parsed; bad date found with its line
        ("advice/not-utf8/en.md", "UTF-8"),          // non-UTF-8 refused
        ("bulletins/amber/en.md", "TLP:AMBER"),      // only TLP:CLEAR
        ("bulletins/amber/en.md", "CVE-2026-1"),     // CVE syntax
        ("bulletins/amber/en.md", "javascript:alert(1)"), // source URL
        ("advice/good/en.md:17", "does-not-exist"),  // dead internal link, with its line
        ("search/synonyms/fr.toml", "at least two"), // one-word synonym group
        ("search/synonyms/fr.toml", "hacking-of-everything"), // unknown incident id
        ("search/synonyms/xx.toml", "not a supported language"),
        ("search/synonyms/de.toml:3", "colour"), // unknown key, with its line
    ];
    for (file, needle) in expect {
        assert!(
            text.iter().any(|l| l.contains(file) && l.contains(needle)),
            "expected an error in {file} mentioning {needle}; got:\n{all}"
        );
    }
    assert!(
        !all.contains("good/en.md: field"),
        "valid front matter flagged:\n{all}"
    );
}

fn tmp_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("advice/a")).unwrap();
    std::fs::create_dir_all(dir.path().join("bulletins/b")).unwrap();
    std::fs::copy(
        bundled().join("incident-types.toml"),
        dir.path().join("incident-types.toml"),
    )
    .unwrap();
    dir
}

fn article(id: &str, lang: &str, updated: &str, extra: &str) -> String {
    format!(
        "+++\nid = \"{id}\"\ntitle = \"{id} {lang}\"\nsummary = \"s\"\naudience = [\"citizen\"]\n\
         incident_types = [\"phishing\"]\nupdated = {updated}\nreviewed = {updated}\n{extra}\n\
         [[sources]]\ntitle = \"t\"\nurl = \"https://example.org/\"\n+++\n## One\n\nSee [b](/{{lang}}/advice/{id}).\n"
    )
}

#[test]
fn fallback_stale_draft_and_scheduled_articles() {
    let dir = tmp_tree();
    let p = dir.path();
    std::fs::write(
        p.join("advice/a/en.md"),
        article("a", "en", "2026-11-20", ""),
    )
    .unwrap();
    std::fs::write(
        p.join("advice/a/fr.md"),
        // translated from the English revision of 2026-10-01; English changed on 2026-11-20
        article("a", "fr", "2026-10-01", "translated_from = 2026-10-01"),
    )
    .unwrap();
    std::fs::create_dir_all(p.join("advice/draft")).unwrap();
    std::fs::write(
        p.join("advice/draft/en.md"),
        article("draft", "en", "2026-11-20", "draft = true"),
    )
    .unwrap();
    std::fs::create_dir_all(p.join("advice/later")).unwrap();
    std::fs::write(
        p.join("advice/later/en.md"),
        article(
            "later",
            "en",
            "2026-11-20",
            "publish_at = 2027-01-01T08:00:00Z",
        ),
    )
    .unwrap();
    std::fs::remove_dir(p.join("bulletins/b")).unwrap();
    let lib = content::load(p).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap();

    let fr = views::article(&lib, "fr", "a", now).unwrap();
    assert!(
        !fr.fallback && fr.stale,
        "older French translation must be flagged stale"
    );
    assert_eq!(fr.card.lang, "fr");
    assert!(
        fr.html.contains("/fr/advice/a"),
        "internal links follow the reader: {}",
        fr.html
    );

    let de = views::article(&lib, "de", "a", now).unwrap();
    assert!(de.fallback && !de.stale, "no German: English with notice");
    assert_eq!(de.card.lang, "en");
    assert!(de.html.contains("/de/advice/a"));

    assert!(views::article(&lib, "en", "draft", now).is_none());
    assert!(views::article(&lib, "en", "later", now).is_none());
    let after = Utc.with_ymd_and_hms(2027, 1, 2, 0, 0, 0).unwrap();
    assert!(
        views::article(&lib, "en", "later", after).is_some(),
        "publish_at passed"
    );
    let listed: Vec<_> = views::advice_list(&lib, "en", None, None, now)
        .items
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(listed, vec!["a"]);
}

#[test]
fn expired_bulletins_move_to_the_archive() {
    let lib = content::load(&bundled()).unwrap();
    let far_future = Utc.with_ymd_and_hms(2099, 1, 1, 0, 0, 0).unwrap();
    let list = views::bulletin_list(&lib, "en", None, None, far_future);
    let with_expiry = lib
        .bulletins
        .values()
        .filter(|tr| tr["en"].expires.is_some())
        .count();
    assert!(with_expiry > 0, "bundled content should exercise expiry");
    assert_eq!(list.archived.len(), with_expiry);
    assert!(list
        .archived
        .iter()
        .all(|c| c.status.as_deref() == Some("archived")));
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 0, 0, 0).unwrap();
    let active = views::bulletin_list(&lib, "en", None, Some("active"), now);
    assert!(active
        .items
        .iter()
        .all(|c| c.status.as_deref() == Some("active")));
    let crit = views::bulletin_list(&lib, "en", Some("critical"), None, now);
    assert!(
        !crit.items.is_empty()
            && crit
                .items
                .iter()
                .all(|c| c.severity.as_deref() == Some("critical"))
    );
}

#[tokio::test]
async fn live_reload_swaps_valid_content_and_keeps_serving_on_errors() {
    let dir = tmp_tree();
    let p = dir.path().to_owned();
    std::fs::remove_dir(p.join("bulletins/b")).unwrap();
    std::fs::write(
        p.join("advice/a/en.md"),
        article("a", "en", "2026-11-20", ""),
    )
    .unwrap();
    let store = ContentStore::open(&p).unwrap();
    let _w = store.watch().unwrap();
    assert_eq!(store.get().advice["a"]["en"].doc.title, "a en");

    // a valid edit is live within 2 s
    std::fs::write(
        p.join("advice/a/en.md"),
        article("a", "en", "2026-11-21", "").replace("title = \"a en\"", "title = \"edited\""),
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while store.get().advice["a"]["en"].doc.title != "edited" {
        assert!(
            std::time::Instant::now() < deadline,
            "edit not live within 2 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // an invalid edit is refused; the previous version keeps serving
    let generation = store.generation();
    std::fs::write(
        p.join("advice/a/en.md"),
        "+++\nid = \"a\"\nbogus = 1\n+++\n",
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while store.last_error().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "invalid edit not noticed"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(store.generation(), generation);
    assert_eq!(store.get().advice["a"]["en"].doc.title, "edited");
}

/// Issue 15: the coverage the project states (content/README.md) holds, and freshness is computed, never typed.
#[test]
fn language_coverage_and_freshness_are_computed_from_the_content() {
    let lib = cyberhelp::server::content::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
    )
    .expect("bundled content");
    let report = cyberhelp::server::cli::translation_report(&lib);
    let get = |l: &str| report.iter().find(|r| r.lang == l).unwrap();
    // every article exists in English; the five core languages carry the victims' most frequent situations
    assert_eq!(get("en").articles, get("en").articles_total);
    assert!(get("en").missing.is_empty());
    for l in ["de", "es", "fr", "it", "nl", "pl", "pt"] {
        for slug in [
            "phishing-citizen",
            "account-takeover",
            "online-fraud",
            "sextortion",
            "bank-impersonation-call",
            "unauthorised-payments",
        ] {
            assert!(
                lib.advice[slug].contains_key(l),
                "{slug} has no {l} translation"
            );
        }
    }
    // "may be out of date" is computed: a translation made from an older English revision is flagged,
    // one made from the current revision is not
    let tr = &lib.advice["phishing-citizen"];
    let (en, de) = (&tr["en"], &tr["de"]);
    assert!(!de.is_stale_against(en));
    let mut older = de.clone();
    older.translated_from = Some(en.updated - chrono::Duration::days(1));
    assert!(older.is_stale_against(en));
    // no language reports a translation whose English original is missing
    for r in &report {
        assert!(r.articles <= r.articles_total, "{}", r.lang);
    }
}

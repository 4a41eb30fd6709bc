//! Signed preview links (issue 15): a draft is visible only through a valid, unexpired link signed with the
//! instance secret; every other attempt is the same 404; preview pages are not indexed or cached.

mod common;

use axum::http::StatusCode;
use common::{app_with, text};
use cyberhelp::server::preview;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_is_seen_only_through_a_valid_signed_link() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    copy_dir(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content")),
        &content,
    );
    let en = std::fs::read_to_string(content.join("advice/ddos/en.md")).unwrap();
    let draft = en
        .replacen("id = \"ddos\"", "id = \"draft-preview-test\"", 1)
        .replacen("+++\n", "+++\ndraft = true\n", 1);
    std::fs::create_dir_all(content.join("advice/draft-preview-test")).unwrap();
    std::fs::write(content.join("advice/draft-preview-test/en.md"), draft).unwrap();
    let app = app_with(|c| c.content_dir = content.clone()).await;

    // not published: the normal page is a 404
    assert_eq!(
        app.get("/en/advice/draft-preview-test", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    let secret = app.state.token_secret.as_slice();
    let exp = chrono::Utc::now().timestamp() + 3600;
    let link = preview::link(secret, "en", "advice", "draft-preview-test", exp);
    let res = app.get(&link, &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["x-robots-tag"], "noindex, nofollow");
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = text(res).await;
    assert!(html.contains("Preview: not published"));
    assert!(html.contains("<article lang=\"en\">"));

    // tampered, expired, other item, other language, unknown kind: the same 404
    let expired = preview::link(secret, "en", "advice", "draft-preview-test", exp - 7200);
    let other_key = preview::link(b"another secret", "en", "advice", "draft-preview-test", exp);
    let bad = [
        link.replace("sig=", "sig=0"),
        expired,
        other_key,
        link.replace("draft-preview-test?", "ddos?"),
        link.replacen("/en/", "/fr/", 1),
        link.replace("/advice/", "/evil/"),
        "/en/preview/advice/draft-preview-test".to_owned(),
        "/en/preview/advice/draft-preview-test?exp=abc&sig=".to_owned(),
    ];
    for path in bad {
        assert_eq!(
            app.get(&path, &[]).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

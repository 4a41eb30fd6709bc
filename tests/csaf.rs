//! The bulletins as CSAF 2.0 over HTTP (issue 15): provider metadata, ROLIE feed, documents with a matching
//! `.sha512`, security.txt with the CSAF line. The documents themselves are checked by the BSI's validator
//! library in `.ci/run` (scripts/csaf/validate.mjs).

mod common;

use axum::http::StatusCode;
use common::{app, app_with, text};
use sha2::{Digest, Sha512};

async fn json(app: &common::TestApp, path: &str) -> serde_json::Value {
    let res = app.get(path, &[]).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    serde_json::from_str(&text(res).await).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_feed_documents_and_hashes() {
    let app = app().await;
    let meta = json(&app, "/.well-known/csaf/provider-metadata.json").await;
    assert_eq!(meta["role"], "csaf_provider");
    assert_eq!(meta["metadata_version"], "2.0");
    let feed_url = meta["distributions"][0]["rolie"]["feeds"][0]["url"]
        .as_str()
        .unwrap();
    assert!(feed_url.ends_with("/.well-known/csaf/white/feed-tlp-white.json"));
    let feed = json(&app, "/.well-known/csaf/white/feed-tlp-white.json").await;
    let entries = feed["feed"]["entry"].as_array().unwrap();
    let lib = cyberhelp::server::content::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content"
    )))
    .unwrap();
    assert_eq!(
        entries.len(),
        lib.bulletins.len(),
        "every bulletin is in the feed"
    );
    let mut security = 0;
    for e in entries {
        let src = e["content"]["src"].as_str().unwrap();
        let path = &src[src.find("/.well-known/").unwrap()..];
        let res = app.get(path, &[]).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 22)
            .await
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(doc["document"]["csaf_version"], "2.0");
        assert_eq!(doc["document"]["distribution"]["tlp"]["label"], "WHITE");
        assert_eq!(doc["document"]["tracking"]["id"], e["id"]);
        match doc["document"]["category"].as_str().unwrap() {
            "csaf_security_advisory" => {
                security += 1;
                // every product a vulnerability names is in the product tree
                let ids: Vec<&str> = doc["product_tree"]["branches"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|b| b["product"]["product_id"].as_str().unwrap())
                    .collect();
                for v in doc["vulnerabilities"].as_array().unwrap() {
                    assert!(v["cve"].as_str().unwrap().starts_with("CVE-"));
                    for p in v["product_status"]["known_affected"].as_array().unwrap() {
                        assert!(ids.contains(&p.as_str().unwrap()));
                    }
                }
            }
            "csaf_informational_advisory" => assert!(doc.get("vulnerabilities").is_none()),
            other => panic!("{other}"),
        }
        let sha = text(app.get(&format!("{path}.sha512"), &[]).await).await;
        let hex: String = Sha512::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(sha.starts_with(&format!("{hex}  ")), "{path}.sha512");
    }
    assert!(
        security >= 5,
        "the vendor bulletins are security advisories"
    );
    assert_eq!(
        app.get("/.well-known/csaf/white/2024/nope.json", &[])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_txt_names_the_contact_and_the_csaf_provider() {
    // no contact configured: no security.txt
    let app = app().await;
    assert_eq!(
        app.get("/.well-known/security.txt", &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    let app = app_with(|c| {
        c.security_contact = "security@example.eu".into();
        c.security_txt_expires = "2027-06-01T00:00:00Z".into();
    })
    .await;
    let res = app.get("/.well-known/security.txt", &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = text(res).await;
    assert!(
        body.contains("Contact: mailto:security@example.eu\n"),
        "{body}"
    );
    assert!(body.contains("Expires: 2027-06-01T00:00:00Z\n"), "{body}");
    assert!(
        body.contains("CSAF: ") && body.contains("/.well-known/csaf/provider-metadata.json"),
        "{body}"
    );
}

//! The bulletins as CSAF 2.0 documents, under a CSAF provider layout (OASIS "Common Security Advisory Framework
//! Version 2.0", 18 November 2022, https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html):
//!
//! - `/.well-known/csaf/provider-metadata.json` (section 7.1.7), role `csaf_provider`, one ROLIE distribution;
//! - `/.well-known/csaf/white/feed-tlp-white.json`, the ROLIE feed of every TLP:WHITE document (7.1.15);
//! - `/.well-known/csaf/white/<year of first release>/<file name>` per bulletin (file name rule 5.1: the
//!   tracking id in lower case, other characters than `+`, `-`, `a–z`, `0–9` as `_`, then `.json`), with its
//!   SHA-512 beside it as `<file name>.sha512` (7.1.18, `sha512sum` format);
//! - the `CSAF:` line of `/.well-known/security.txt` (7.1.8; RFC 9116 for the file).
//!
//! A bulletin with CVE ids is a `csaf_security_advisory` (product tree from its `affected` list, one vulnerability
//! per CVE with its product status); a scam wave is a `csaf_informational_advisory` (no vulnerabilities, 6.1.27.2).
//! The portal publishes only TLP:CLEAR, which CSAF 2.0 still calls TLP `WHITE` (its schema predates TLP 2.0).
//! Documents are built from the English original, the language CSAF consumers expect; the page links to every
//! translation.

use super::model::{Bulletin, Library};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

/// Path of the provider metadata.
pub const PROVIDER_METADATA: &str = "/.well-known/csaf/provider-metadata.json";
/// Path of the ROLIE feed of the TLP:WHITE documents.
pub const FEED: &str = "/.well-known/csaf/white/feed-tlp-white.json";
/// The CSAF 2.0 JSON schema (named in the feed's `format`).
const SCHEMA: &str = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The publisher object: the portal, named by its public URL (its namespace).
fn publisher(base: &str) -> Value {
    json!({ "category": "other", "name": "cyberhelp", "namespace": base })
}

/// The tracking id of a bulletin's document: `CYBERHELP-` and the bulletin id in upper case.
pub fn tracking_id(b: &Bulletin) -> String {
    format!("CYBERHELP-{}", b.doc.id.to_ascii_uppercase())
}

/// The file name of a document (CSAF 2.0 section 5.1).
pub fn file_name(tracking_id: &str) -> String {
    let stem: String = tracking_id
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if c == '+' || c == '-' || c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{stem}.json")
}

/// The path of a bulletin's document, e.g. `/.well-known/csaf/white/2024/cyberhelp-fortios-sslvpn-cve-2024-21762.json`.
pub fn document_path(b: &Bulletin) -> String {
    format!(
        "/.well-known/csaf/white/{}/{}",
        b.published.format("%Y"),
        file_name(&tracking_id(b))
    )
}

/// The published English bulletins that are documents, in path order.
pub fn documents(lib: &Library) -> Vec<&Bulletin> {
    let mut v: Vec<&Bulletin> = lib
        .bulletins
        .values()
        .filter_map(|tr| tr.get(crate::i18n::DEFAULT_LANG))
        .collect();
    v.sort_by_key(|b| document_path(b));
    v
}

/// The CSAF 2.0 document of the English bulletin `b`; `base` is the portal's public URL (no trailing slash).
pub fn document(b: &Bulletin, base: &str) -> Value {
    let security = !b.cves.is_empty();
    let mut revisions = vec![json!({
        "date": rfc3339(b.published),
        "number": "1",
        "summary": "First published.",
    })];
    if b.updated > b.published {
        revisions.push(json!({
            "date": rfc3339(b.updated),
            "number": "2",
            "summary": "Updated: see the bulletin's text and sources.",
        }));
    }
    let version = revisions.len().to_string();
    let mut references = vec![
        json!({"category": "self", "summary": "This CSAF document", "url": format!("{base}{}", document_path(b))}),
        json!({"category": "self", "summary": "The bulletin on cyberhelp", "url": format!("{base}/en/bulletins/{}", b.doc.id)}),
    ];
    references.extend(
        b.doc
            .sources
            .iter()
            .map(|s| json!({"category": "external", "summary": s.title, "url": s.url})),
    );
    let mut doc = json!({
        "document": {
            "category": if security { "csaf_security_advisory" } else { "csaf_informational_advisory" },
            "csaf_version": "2.0",
            "distribution": {
                "text": "TLP:CLEAR (FIRST TLP 2.0): may be shared without restriction. CSAF 2.0 calls it TLP:WHITE.",
                "tlp": { "label": "WHITE", "url": "https://www.first.org/tlp/" }
            },
            "lang": "en",
            "notes": [
                { "category": "summary", "title": "Summary", "text": b.doc.summary },
                { "category": "description", "title": "Bulletin", "text": b.doc.text },
                { "category": "legal_disclaimer", "title": "Licence",
                  "text": format!("cyberhelp's text is published under {} ({}).",
                      super::CONTENT_LICENCE, super::CONTENT_LICENCE_URL) },
            ],
            "publisher": publisher(base),
            "references": references,
            "title": b.doc.title,
            "tracking": {
                "current_release_date": rfc3339(b.updated),
                "generator": {
                    "date": rfc3339(b.updated),
                    "engine": { "name": "cyberhelp", "version": env!("CARGO_PKG_VERSION") }
                },
                "id": tracking_id(b),
                "initial_release_date": rfc3339(b.published),
                "revision_history": revisions,
                "status": "final",
                "version": version,
            }
        }
    });
    if security {
        let (tree, status) = products(b);
        doc["product_tree"] = tree;
        doc["vulnerabilities"] = Value::Array(
            b.cves
                .iter()
                .map(|cve| {
                    json!({
                        "cve": cve,
                        "notes": [{ "category": "summary", "title": "Summary", "text": b.doc.summary }],
                        "product_status": { "known_affected": status(cve) },
                    })
                })
                .collect(),
        );
    }
    doc
}

/// The product tree of a security bulletin (one product per `affected` entry, `CSAFPID-0001`, …) and, per CVE,
/// the products known to be affected: the entries that name the CVE; for a CVE no entry names, the entries that
/// name no CVE at all; failing those too, every entry.
#[allow(clippy::type_complexity)]
fn products(b: &Bulletin) -> (Value, Box<dyn Fn(&str) -> Vec<String> + '_>) {
    let mut entries: Vec<(String, String)> = b
        .affected
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("CSAFPID-{:04}", i + 1), a.clone()))
        .collect();
    if entries.is_empty() {
        entries.push((
            "CSAFPID-0001".into(),
            format!("Products named in: {}", b.doc.title),
        ));
    }
    let tree = json!({
        "branches": entries.iter().map(|(id, name)| json!({
            "category": "product_name",
            "name": name,
            "product": { "name": name, "product_id": id },
        })).collect::<Vec<_>>()
    });
    let cves = b.cves.clone();
    let status = move |cve: &str| -> Vec<String> {
        let naming: Vec<String> = entries
            .iter()
            .filter(|(_, n)| n.contains(cve))
            .map(|(id, _)| id.clone())
            .collect();
        if !naming.is_empty() {
            return naming;
        }
        let general: Vec<String> = entries
            .iter()
            .filter(|(_, n)| !cves.iter().any(|c| n.contains(c.as_str())))
            .map(|(id, _)| id.clone())
            .collect();
        if !general.is_empty() {
            return general;
        }
        entries.iter().map(|(id, _)| id.clone()).collect()
    };
    (tree, Box::new(status))
}

/// The provider metadata (section 7.1.7): role `csaf_provider`, the ROLIE feed, last updated at the newest
/// document (or `now` without documents).
pub fn provider_metadata(lib: &Library, base: &str, now: DateTime<Utc>) -> Value {
    let last = documents(lib)
        .iter()
        .map(|b| b.updated)
        .max()
        .unwrap_or(now);
    json!({
        "canonical_url": format!("{base}{PROVIDER_METADATA}"),
        "distributions": [{
            "rolie": { "feeds": [{
                "summary": "All cyberhelp bulletins (TLP:CLEAR, CSAF TLP:WHITE)",
                "tlp_label": "WHITE",
                "url": format!("{base}{FEED}"),
            }]}
        }],
        "last_updated": rfc3339(last),
        "list_on_CSAF_aggregators": true,
        "metadata_version": "2.0",
        "mirror_on_CSAF_aggregators": true,
        "publisher": publisher(base),
        "role": "csaf_provider",
    })
}

/// The ROLIE feed (RFC 8322, CSAF 2.0 section 7.1.15) listing every document with its hash link.
pub fn rolie_feed(lib: &Library, base: &str, now: DateTime<Utc>) -> Value {
    let docs = documents(lib);
    let updated = docs.iter().map(|b| b.updated).max().unwrap_or(now);
    json!({
        "feed": {
            "id": "cyberhelp-csaf-feed-tlp-white",
            "title": "cyberhelp CSAF feed (TLP:WHITE)",
            "link": [{ "rel": "self", "href": format!("{base}{FEED}") }],
            "category": [{ "scheme": "urn:ietf:params:rolie:category:information-type", "term": "csaf" }],
            "updated": rfc3339(updated),
            "entry": docs.iter().map(|b| {
                let url = format!("{base}{}", document_path(b));
                json!({
                    "id": tracking_id(b),
                    "title": b.doc.title,
                    "link": [
                        { "rel": "self", "href": url },
                        { "rel": "hash", "href": format!("{url}.sha512") },
                    ],
                    "published": rfc3339(b.published),
                    "updated": rfc3339(b.updated),
                    "summary": { "content": b.doc.summary },
                    "content": { "type": "application/json", "src": url },
                    "format": { "schema": SCHEMA, "version": "2.0" },
                })
            }).collect::<Vec<_>>(),
        }
    })
}

/// The bytes served for a document (pretty JSON, so the `.sha512` of these bytes is what a client checks).
pub fn document_bytes(b: &Bulletin, base: &str) -> Vec<u8> {
    serde_json::to_vec_pretty(&document(b, base)).unwrap_or_default()
}

/// The `.sha512` file of `bytes` named `file` (the `sha512sum` output format).
pub fn sha512_line(bytes: &[u8], file: &str) -> String {
    use sha2::{Digest, Sha512};
    let digest = Sha512::digest(bytes);
    format!("{}  {file}\n", crate::server::encoding::hex(&digest))
}

/// `/.well-known/security.txt` (RFC 9116): `Contact` (required; `contact` is an e-mail address or a URL),
/// `Expires` (required), `Canonical`, `Preferred-Languages` and the `CSAF:` line of CSAF 2.0 section 7.1.8.
pub fn security_txt(base: &str, contact: &str, expires: DateTime<Utc>) -> String {
    let contact = if contact.contains('@') && !contact.contains(':') {
        format!("mailto:{contact}")
    } else {
        contact.to_owned()
    };
    format!(
        "Contact: {contact}\nExpires: {}\nCanonical: {base}/.well-known/security.txt\nPreferred-Languages: en\nCSAF: {base}{PROVIDER_METADATA}\n",
        rfc3339(expires)
    )
}

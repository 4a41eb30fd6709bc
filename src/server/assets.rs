//! The browser bundle under `/pkg`: content-hashed file names, precompressed copies, and the manifest the
//! server reads at start to write those names into pages.
//!
//! `cargo leptos build` writes `target/site/pkg/{cyberhelp.js, cyberhelp.wasm, cyberhelp.css}` under fixed
//! names. [`build`] (run by `cyberhelp build-assets`, which `scripts/start` and `scripts/test` call right after
//! the build) adds, for each of them:
//! - a copy named after its content, `cyberhelp.<16 hex digits of its SHA-256>.css` (so a browser or a shared
//!   cache may keep it for a year: `Cache-Control: public, max-age=31536000, immutable`);
//! - `<hashed name>.br` (Brotli quality 11, window 2^24) and `<hashed name>.gz` (gzip level 9) beside it, which
//!   [`service`] serves to clients that accept them (tower-http `ServeDir::precompressed_br/gzip`), so nothing is
//!   compressed per request;
//! - `manifest.json`: `{"cyberhelp.css": "cyberhelp.<hash>.css", ...}`.
//!
//! Hashed files of earlier builds are kept: a page a shared cache still holds (pages may be served stale for a
//! day) keeps finding the bundle it names.
//!
//! Without a manifest (a debug build that was not post-processed) pages name the fixed files, which are
//! revalidated every hour.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The files of the bundle that get hashed names, as cargo-leptos writes them (`output-name = "cyberhelp"`):
/// logical name and the other names the same file may have (`wasm-bindgen` run by hand writes `_bg.wasm`).
pub const BUNDLE: [(&str, &[&str]); 3] = [
    ("cyberhelp.js", &[]),
    ("cyberhelp.wasm", &["cyberhelp_bg.wasm"]),
    ("cyberhelp.css", &[]),
];

/// Logical name → file name actually served under `/pkg/`.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    names: BTreeMap<String, String>,
}

impl Assets {
    /// Reads `<site_root>/pkg/manifest.json`; missing or unreadable → every name maps to itself (logged).
    pub fn load(site_root: &Path) -> Self {
        let path = site_root.join("pkg").join("manifest.json");
        match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<BTreeMap<String, String>>(&text) {
                Ok(names) => Assets { names },
                Err(e) => {
                    tracing::warn!(path = %path.display(), error = %e, "asset manifest unreadable; serving unhashed names");
                    Assets::default()
                }
            },
            Err(_) => {
                tracing::info!(path = %path.display(), "no asset manifest (run `cyberhelp build-assets`); serving unhashed names");
                Assets::default()
            }
        }
    }

    /// The URL path of a bundle file: `/pkg/cyberhelp.0123456789abcdef.css` (or `/pkg/cyberhelp.css` without a
    /// manifest).
    pub fn url(&self, logical: &str) -> String {
        format!(
            "/pkg/{}",
            self.names.get(logical).map_or(logical, String::as_str)
        )
    }

    /// Whether the names are content-hashed (a manifest was found).
    pub fn hashed(&self) -> bool {
        !self.names.is_empty()
    }
}

/// Whether `file_name` has the shape of a content-hashed bundle name (`stem.<16 lowercase hex>.ext`, optionally
/// followed by `.br`/`.gz`). Such names never change content, so they may be cached as immutable.
pub fn is_hashed_name(file_name: &str) -> bool {
    let base = file_name
        .strip_suffix(".br")
        .or_else(|| file_name.strip_suffix(".gz"))
        .unwrap_or(file_name);
    let mut parts = base.rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    parts.next().is_some()
        && hash.is_some_and(|h| {
            h.len() == 16
                && h.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// The hashed name of `name` whose bytes are `bytes`: `cyberhelp.wasm` → `cyberhelp.<hash>.wasm`.
fn hashed_name(name: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let hash = crate::server::encoding::hex(&digest[..8]);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// One file written by [`build`], for the report it prints.
#[derive(Debug)]
pub struct Built {
    /// The served name.
    pub name: String,
    /// Uncompressed size in bytes.
    pub raw: usize,
    /// Brotli size in bytes.
    pub br: usize,
    /// Gzip size in bytes.
    pub gz: usize,
}

/// Hashes and precompresses the bundle in `<site_root>/pkg` and writes the manifest (see the module docs).
///
/// Errors: a bundle file missing or a write failing (the message names the path).
pub fn build(site_root: &Path) -> anyhow::Result<Vec<Built>> {
    use anyhow::Context;
    let pkg = site_root.join("pkg");
    let mut names = BTreeMap::new();
    let mut built = Vec::new();
    for (logical, others) in BUNDLE {
        let src = std::iter::once(logical)
            .chain(others.iter().copied())
            .map(|n| pkg.join(n))
            .find(|p| p.exists())
            .unwrap_or_else(|| pkg.join(logical));
        let bytes = std::fs::read(&src).with_context(|| format!("reading {}", src.display()))?;
        let name = hashed_name(logical, &bytes);
        let dst = pkg.join(&name);
        write(&dst, &bytes)?;
        let br = brotli_bytes(&bytes)?;
        write(&append_ext(&dst, "br"), &br)?;
        let gz = gzip_bytes(&bytes)?;
        write(&append_ext(&dst, "gz"), &gz)?;
        built.push(Built {
            name: name.clone(),
            raw: bytes.len(),
            br: br.len(),
            gz: gz.len(),
        });
        names.insert(logical.to_owned(), name);
    }
    let manifest = serde_json::to_string_pretty(&names)?;
    write(&pkg.join("manifest.json"), manifest.as_bytes())?;
    Ok(built)
}

fn append_ext(path: &Path, ext: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    // write beside and rename, so a server reading the directory never sees half a file
    let tmp = append_ext(path, "tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("renaming to {}", path.display()))?;
    Ok(())
}

/// Brotli at the highest quality (11) with the largest standard window (2^24 bytes).
fn brotli_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 24);
        w.write_all(bytes)?;
        w.flush()?;
    }
    Ok(out)
}

/// Gzip at the highest level (9).
fn gzip_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(bytes)?;
    Ok(w.finish()?)
}

/// `/pkg/*`: the bundle from `<site_root>/pkg`, precompressed copies preferred (`.br`, then `.gz`) when the client
/// accepts them. Caching headers are set by the middleware (immutable for hashed names).
pub fn service(site_root: &Path) -> tower_http::services::ServeDir {
    tower_http::services::ServeDir::new(site_root.join("pkg"))
        .precompressed_br()
        .precompressed_gzip()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn hashed_names_are_recognised_and_plain_ones_are_not() {
        assert!(is_hashed_name("cyberhelp.0123456789abcdef.css"));
        assert!(is_hashed_name("cyberhelp.0123456789abcdef.wasm.br"));
        assert!(!is_hashed_name("cyberhelp.css"));
        assert!(!is_hashed_name("cyberhelp_bg.wasm"));
        assert!(!is_hashed_name("0123456789abcdef.css"));
        assert!(!is_hashed_name("cyberhelp.0123456789ABCDEF.css"));
        assert!(!is_hashed_name("cyberhelp.0123456789abcde.css"));
    }

    #[test]
    fn build_writes_hashed_precompressed_files_and_a_manifest_that_load_reads() {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("pkg");
        std::fs::create_dir_all(&pkg).unwrap();
        let css = "body { color: black; }\n".repeat(200);
        std::fs::write(pkg.join("cyberhelp.css"), &css).unwrap();
        std::fs::write(pkg.join("cyberhelp.js"), "export default 1;").unwrap();
        // the name wasm-bindgen gives when run by hand is found too
        std::fs::write(pkg.join("cyberhelp_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();

        let built = build(dir.path()).unwrap();
        assert_eq!(built.len(), 3);
        let assets = Assets::load(dir.path());
        assert!(assets.hashed());
        let url = assets.url("cyberhelp.css");
        let name = url.strip_prefix("/pkg/").unwrap();
        assert!(is_hashed_name(name), "{name}");
        assert_eq!(std::fs::read_to_string(pkg.join(name)).unwrap(), css);
        assert!(assets.url("cyberhelp.wasm").starts_with("/pkg/cyberhelp."));

        // the compressed copies decompress to the same bytes, and are smaller for text
        let br = std::fs::read(pkg.join(format!("{name}.br"))).unwrap();
        let mut out = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, css);
        assert!(br.len() < css.len() / 10, "{} of {}", br.len(), css.len());
        let gz = std::fs::read(pkg.join(format!("{name}.gz"))).unwrap();
        let mut out = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, css);

        // same content, same name; other content, another name
        let again = build(dir.path()).unwrap();
        assert_eq!(again[2].name, built[2].name);
        std::fs::write(pkg.join("cyberhelp.css"), "p{}").unwrap();
        let changed = build(dir.path()).unwrap();
        assert_ne!(changed[2].name, built[2].name);
        // the earlier build's file stays for pages still cached elsewhere
        assert!(pkg.join(name).exists());
    }

    #[test]
    fn without_a_manifest_names_are_unhashed() {
        let dir = tempfile::tempdir().unwrap();
        let assets = Assets::load(dir.path());
        assert!(!assets.hashed());
        assert_eq!(assets.url("cyberhelp.css"), "/pkg/cyberhelp.css");
    }
}

//! Content: load `content/` once into an immutable [`Library`], serve it to pages, feeds and the JSON API,
//! and swap in a new one atomically when files change (live reload). Invalid content is logged with every
//! error and the previous good version keeps serving.

pub mod countries;
pub mod csaf;
pub mod dates;
pub mod feeds;
pub mod load;
pub mod markdown;
pub mod model;
pub mod views;

use arc_swap::ArcSwap;
pub use load::{load, ContentError};
pub use model::Library;
use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::server::search::SearchIndex;

/// Builds the search index of `lib`; on a (tantivy-internal) failure logs it and serves an empty index.
fn index_of(lib: &Library) -> SearchIndex {
    match SearchIndex::from_library(lib) {
        Ok(ix) => {
            tracing::info!(
                docs = ix.len(),
                ms = ix.build_time().as_secs_f64() * 1000.0,
                "search index built"
            );
            ix
        }
        Err(e) => {
            tracing::error!(%e, "could not build the search index; search answers nothing until the next reload");
            SearchIndex::empty()
        }
    }
}

/// One consistent version of the content: the library and the search index built from it, swapped together.
pub struct Snapshot {
    /// Advice, bulletins, directory, rules, laws, triage.
    pub library: Arc<Library>,
    /// The search index of exactly this library.
    pub search: Arc<SearchIndex>,
}

/// The current content of one replica, swapped atomically on reload (library and index in one snapshot, so a
/// request never sees the index of another version). Cheap to clone.
#[derive(Clone)]
pub struct ContentStore {
    current: Arc<ArcSwap<Snapshot>>,
    dir: PathBuf,
    generation: Arc<std::sync::atomic::AtomicU64>,
    last_error: Arc<std::sync::Mutex<Option<Vec<String>>>>,
}

impl ContentStore {
    /// Loads `dir`; fails with every error if the content is invalid (the server refuses to start on it).
    pub fn open(dir: &Path) -> Result<Self, Vec<ContentError>> {
        let lib = load(dir)?;
        let search = index_of(&lib);
        Ok(ContentStore {
            current: Arc::new(ArcSwap::from_pointee(Snapshot {
                library: Arc::new(lib),
                search: Arc::new(search),
            })),
            dir: dir.to_owned(),
            generation: Arc::new(1.into()),
            last_error: Arc::default(),
        })
    }

    /// The library serving right now.
    pub fn get(&self) -> Arc<Library> {
        self.current.load().library.clone()
    }

    /// The search index of the library serving right now.
    pub fn search(&self) -> Arc<SearchIndex> {
        self.current.load().search.clone()
    }

    /// The library and its index, as one consistent pair.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Serves `index` instead of the one built from the content, until the next reload. For benchmarks
    /// that measure the server on synthetic corpora.
    pub fn set_search(&self, index: SearchIndex) {
        let library = self.get();
        self.current.store(Arc::new(Snapshot {
            library,
            search: Arc::new(index),
        }));
    }

    /// How many times content was (re)loaded successfully.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The errors of the last failed reload, if the last attempt failed.
    pub fn last_error(&self) -> Option<Vec<String>> {
        self.last_error.lock().map(|g| g.clone()).unwrap_or(None)
    }

    /// Re-reads the directory. On success swaps the new library in and returns `true`; on failure logs the
    /// errors, keeps serving the previous library and returns `false`.
    pub fn reload(&self) -> bool {
        match load(&self.dir) {
            Ok(lib) => {
                let (a, b) = (lib.advice.len(), lib.bulletins.len());
                let search = index_of(&lib);
                self.current.store(Arc::new(Snapshot {
                    library: Arc::new(lib),
                    search: Arc::new(search),
                }));
                self.generation
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if let Ok(mut e) = self.last_error.lock() {
                    *e = None;
                }
                // building the indexes freed a lot: hand it back (see `server::memory`)
                crate::server::memory::release_free_memory();
                tracing::info!(advice = a, bulletins = b, "content reloaded");
                true
            }
            Err(errors) => {
                for e in &errors {
                    tracing::error!(%e, "invalid content; still serving the previous version");
                }
                if let Ok(mut last) = self.last_error.lock() {
                    *last = Some(errors.iter().map(ToString::to_string).collect());
                }
                false
            }
        }
    }

    /// Watches the directory and reloads after changes settle (200 ms without further events), so an edit
    /// is live within about a second. The watcher lives as long as the returned guard.
    pub fn watch(&self) -> anyhow::Result<notify::RecommendedWatcher> {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<()>();
        let mut watcher =
            notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
                if let Ok(ev) = res {
                    if !matches!(ev.kind, notify::EventKind::Access(_)) {
                        let _ = tx.send(());
                    }
                }
            })?;
        watcher.watch(&self.dir, RecursiveMode::Recursive)?;
        let store = self.clone();
        tokio::spawn(async move {
            while rx.recv().await.is_some() {
                // debounce: wait until no event for 200 ms
                while let Ok(Some(())) =
                    tokio::time::timeout(Duration::from_millis(200), rx.recv()).await
                {
                }
                let s = store.clone();
                let _ = tokio::task::spawn_blocking(move || s.reload()).await;
            }
        });
        Ok(watcher)
    }
}

/// The licence of the portal's content (advice, bulletins, directory and laws data): Creative Commons
/// Attribution 4.0 International, SPDX id `CC-BY-4.0`. Stated in the footer, `content/README.md`, the feeds and
/// the JSON API. Third-party sources the content cites keep their own terms.
pub const CONTENT_LICENCE: &str = "CC-BY-4.0";
/// Where the licence is published.
pub const CONTENT_LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The 1-based line of a TOML parse error in `src`, when the parser knows where it is.
pub fn toml_error_line(src: &str, e: &toml::de::Error) -> Option<usize> {
    e.span()
        .map(|s| 1 + src[..s.start.min(src.len())].matches('\n').count())
}

/// A TOML parse error as `rel:line: message` (line 0 when unknown).
pub fn toml_error(rel: &str, src: &str, e: &toml::de::Error) -> String {
    format!(
        "{rel}:{}: {}",
        toml_error_line(src, e).unwrap_or(0),
        e.message()
    )
}

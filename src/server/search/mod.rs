//! Multilingual search over the loaded content: one in-RAM tantivy index per content language, rebuilt from
//! the [`Library`](crate::server::content::Library) on every content reload and swapped in atomically with it.
//!
//! How a query is answered (see [`SearchIndex::search`]):
//! 1. Any text is accepted. Control, zero-width and bidi-override characters are removed, the text is cut to
//!    500 characters, and it is never parsed as query syntax: quotes, `AND`, `-`, `*`, `:` are just words.
//! 2. The words are analyzed like the documents of the index searched ([`analyzer`]): lowercased, accents
//!    folded, stop words removed, stemmed (or truncated where no stemmer exists).
//! 3. Each word is looked up in the title (boost 3), summary (2), affected products (2) and body (1), also
//!    with typo tolerance scaled to word length (none below 4 characters, 1 edit up to 7, 2 from 8), and the
//!    last word as a prefix while typing. CVE ids match the bulletins' CVE field exactly.
//! 4. The editors' synonym groups of the reader's language (`content/search/synonyms/<lang>.toml`) add the
//!    group's other words, and rank advice of the group's incident type higher.
//! 5. Every document also carries a language-neutral *vocabulary* field: the translated labels and hints of
//!    its incident types in all 24 UI languages and all synonym groups of those types. This lets a query in
//!    any language find an English article.
//! 6. The reader's language and English are both searched (English without the originals of articles
//!    translated into the reader's language) and ranked together, English scores counting
//!    [`ENGLISH_FACTOR`] of their value: an article in the reader's language comes first unless an
//!    English-only one clearly matches better (an article that exists only in English). English hits are
//!    marked with `lang: "en"`.

pub mod analyzer;
mod index;

pub use index::{SearchDoc, SearchIndex, SearchRequest};

/// Weight of an English hit's score against the reader's-language hits (see step 6).
pub const ENGLISH_FACTOR: f32 = 0.7;

/// The search is over capacity: answer 503 with `Retry-After` (API) or the translated "busy" page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// Seconds a client is asked to wait (`Retry-After`) when search is busy.
pub const BUSY_RETRY_AFTER_SECS: u64 = 2;

/// Bounds the searches running at once. At most `concurrency` searches run (each on one core of tokio's
/// blocking pool); up to `queue` more wait, each for at most `wait`; anything beyond is refused with
/// [`Busy`] straight away. Memory and CPU of search are thus bounded however many clients ask, and the
/// async workers (health checks, pages) are never starved.
#[derive(Debug)]
pub struct SearchGate {
    permits: std::sync::Arc<tokio::sync::Semaphore>,
    waiting: std::sync::atomic::AtomicUsize,
    queue: usize,
    wait: std::time::Duration,
}

impl SearchGate {
    /// A gate; `concurrency` 0 means the number of cores.
    pub fn new(concurrency: usize, queue: usize, wait: std::time::Duration) -> Self {
        let concurrency = if concurrency == 0 {
            // one core stays free for the runtime (pages, /healthz, reports) while searches saturate the rest
            std::thread::available_parallelism()
                .map_or(1, |n| n.get().saturating_sub(1))
                .max(1)
        } else {
            concurrency
        };
        SearchGate {
            permits: std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency)),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            queue,
            wait,
        }
    }

    /// The semaphore behind the gate (tests hold its permits to simulate load).
    pub fn semaphore(&self) -> std::sync::Arc<tokio::sync::Semaphore> {
        self.permits.clone()
    }

    async fn permit(&self) -> Result<tokio::sync::OwnedSemaphorePermit, Busy> {
        use std::sync::atomic::Ordering;
        if let Ok(p) = self.permits.clone().try_acquire_owned() {
            return Ok(p);
        }
        /// Leaves the queue when dropped: also when the waiting request is cancelled (its client went away),
        /// which drops this future at the `.await` below. Without it, every cancelled wait would shrink the
        /// queue for good.
        struct Waiting<'a>(&'a std::sync::atomic::AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::AcqRel);
            }
        }
        let waiting = Waiting(&self.waiting);
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.queue {
            return Err(Busy);
        }
        let got = tokio::time::timeout(self.wait, self.permits.clone().acquire_owned()).await;
        drop(waiting);
        match got {
            Ok(Ok(p)) => Ok(p),
            _ => Err(Busy),
        }
    }

    /// Runs `f` on tokio's blocking pool once a slot is free. The slot is held by the blocking task, so a
    /// client that disconnects does not free it before the work is done.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        let permit = self.permit().await?;
        tokio::task::spawn_blocking(move || {
            let out = f();
            drop(permit);
            out
        })
        .await
        .map_err(|_| Busy)
    }
}

/// Runs [`SearchIndex::search`] through `gate` on tokio's blocking pool: fuzzy matching is CPU work, and a
/// burst of expensive queries must not stall the async workers (health checks, page rendering). A panic
/// inside the search (none is known) answers no hits.
pub async fn search_blocking(
    gate: &SearchGate,
    index: std::sync::Arc<SearchIndex>,
    req: &SearchRequest<'_>,
) -> Result<crate::api::search::SearchResults, Busy> {
    let own = |s: Option<&str>| s.map(str::to_owned);
    let (q, lang) = (req.q.to_owned(), req.lang.to_owned());
    let (kind, incident, audience) = (own(req.kind), own(req.incident), own(req.audience));
    let (limit, offset, prefix_last) = (req.limit, req.offset, req.prefix_last);
    let search = move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            index.search(&SearchRequest {
                q: &q,
                lang: &lang,
                limit,
                offset,
                kind: kind.as_deref(),
                incident: incident.as_deref(),
                audience: audience.as_deref(),
                prefix_last,
            })
        }))
        .unwrap_or_default()
    };
    gate.run(search).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn beyond_the_slots_and_the_queue_searches_are_refused_at_once() {
        let gate = std::sync::Arc::new(SearchGate::new(1, 1, Duration::from_secs(5)));
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let g = gate.clone();
        let running = tokio::spawn(async move {
            g.run(move || {
                let _ = wait.recv();
                1
            })
            .await
        });
        while gate.semaphore().available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        // one may wait ...
        let g = gate.clone();
        let queued = tokio::spawn(async move { g.run(|| 2).await });
        while gate.waiting.load(std::sync::atomic::Ordering::Acquire) == 0 {
            tokio::task::yield_now().await;
        }
        // ... the next is refused without waiting
        let t = std::time::Instant::now();
        assert_eq!(gate.run(|| 3).await, Err(Busy));
        assert!(t.elapsed() < Duration::from_millis(100));
        release.send(()).unwrap();
        assert_eq!(running.await.unwrap(), Ok(1));
        assert_eq!(queued.await.unwrap(), Ok(2));
        assert_eq!(gate.run(|| 4).await, Ok(4));
        // a queued search gives up after the wait
        let gate = SearchGate::new(1, 4, Duration::from_millis(50));
        let _held = gate.semaphore().try_acquire_owned().unwrap();
        assert_eq!(gate.run(|| 5).await, Err(Busy));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_cancelled_wait_leaves_the_queue() {
        use std::sync::atomic::Ordering;
        let gate = std::sync::Arc::new(SearchGate::new(1, 2, Duration::from_secs(30)));
        let held = gate.semaphore().try_acquire_owned().unwrap();
        // two clients queue, then go away (their requests are dropped mid-wait)
        for _ in 0..2 {
            let g = gate.clone();
            let waiting = tokio::spawn(async move { g.run(|| 0).await });
            while gate.waiting.load(Ordering::Acquire) == 0 {
                tokio::task::yield_now().await;
            }
            waiting.abort();
            let _ = waiting.await;
            assert_eq!(gate.waiting.load(Ordering::Acquire), 0);
        }
        // the queue still has room: a new search waits for the slot instead of being refused
        let g = gate.clone();
        let next = tokio::spawn(async move { g.run(|| 7).await });
        while gate.waiting.load(Ordering::Acquire) == 0 {
            tokio::task::yield_now().await;
        }
        drop(held);
        assert_eq!(next.await.unwrap(), Ok(7));
    }
}

//! Keeping resident memory near what is in use, on glibc (Linux). Measured on the bundled content (34 articles, up
//! to 24 languages, one search index per language): with glibc's defaults the idle server kept 173 MB resident,
//! most of it freed memory held by the per-thread malloc arenas that built the indexes; with at most two arenas it
//! kept 59 MB (`MALLOC_ARENA_MAX=2`). [`limit_arenas`] sets that limit before any thread starts, and
//! [`release_free_memory`] (run after a content load and every few seconds) hands free pages back to the system
//! with `malloc_trim`. Elsewhere (musl, macOS) both do nothing.

/// Limits glibc to two malloc arenas (`mallopt(M_ARENA_MAX, 2)`). Call first thing in `main`, before any thread.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before other threads exist.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Returns free heap pages of every arena to the system (`malloc_trim(0)`); cheap when there is nothing to return.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe and only releases memory the allocator does not use.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Runs [`release_free_memory`] every `every` until the process ends (spawned by `serve`).
pub async fn release_periodically(every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        release_free_memory();
    }
}

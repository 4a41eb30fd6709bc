//! cyberhelp: a self-hostable one-stop-shop for victims of cyber-attacks in the EU.
//!
//! The crate builds twice: with the `ssr` feature as the server binary (axum + Leptos SSR), and with the
//! `hydrate` feature as the wasm32 bundle of the few interactive parts (Leptos islands). Every page works
//! without JavaScript; a page without an island loads no script at all beyond a few bytes that check for one.

// Leptos views are deeply nested types; the report pages exceed the default limit in release wasm builds.
#![recursion_limit = "512"]

pub mod api;
pub mod app;
pub mod html;
pub mod i18n;

#[cfg(feature = "ssr")]
pub mod server;

/// Entry point of the wasm bundle, called by the page's island loader (see [`app::island_loader`]) before it
/// hydrates each `<leptos-island>`: sets up the reactive runtime for islands. Only the islands (`#[island]`
/// components: the search suggestions, the report form's live checks) are compiled into the bundle; every other
/// component is rendered on the server only.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

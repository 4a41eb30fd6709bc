//! cyberhelp: a self-hostable one-stop-shop for victims of cyber-attacks in the EU.
//!
//! The crate builds twice: with the `ssr` feature as the server binary (axum + Leptos SSR), and with the
//! `hydrate` feature as the wasm32 bundle that hydrates the server-rendered pages. Every page works without
//! JavaScript; hydration only enhances.

// Leptos views are deeply nested types; the report pages exceed the default limit in release wasm builds.
#![recursion_limit = "512"]

pub mod api;
pub mod app;
pub mod html;
pub mod i18n;

#[cfg(feature = "ssr")]
pub mod server;

/// Entry point of the wasm bundle: hydrates the server-rendered `<body>`.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // A marker for the end-to-end tests (and curious humans): the page is now interactive.
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &"__cyberhelpHydrated".into(),
        &true.into(),
    );
}

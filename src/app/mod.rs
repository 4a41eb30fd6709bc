//! The user interface, compiled for the server (SSR) and for the browser (hydration).
//!
//! Every route lives under `/{lang}/` (a BCP 47 tag from [`crate::i18n::LOCALES`]); [`LangLayout`] checks it,
//! sets `<html lang dir>`, and provides the [`Locale`] to the page as context. Routes render with
//! [`SsrMode::Async`] so the complete page is in the first response: nothing depends on JavaScript.

pub mod components;
pub mod pages;

use crate::i18n::{self, Locale};
use components::layout::PageFrame;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Link, Meta, MetaTags, Title};
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes},
    hooks::use_params_map,
    path, SsrMode,
};
use pages::{
    about::{AccessibilityPage, PrivacyPage},
    advice::{AdviceListPage, ArticlePage, EvidenceListPage, EvidencePage},
    bulletins::{BulletinListPage, BulletinPage},
    contacts::{CountryListPage, CountryPageView},
    help::{EmbedHelpPage, HelpPage},
    home::HomePage,
    not_found::NotFound,
    report::{ReceiptPage, ReportPage, StatusPage},
    search::SearchPage,
    statistics::StatisticsPage,
    tools::{CheckPage, RansomwarePage, VerifyPage},
};

/// The text of `<title>`: the page's title and the site name. On the server it is HTML-escaped here,
/// because `leptos_meta` writes the title into the document's head unescaped (a title holding
/// `</title><meta http-equiv=refresh ...>` would otherwise become markup); in the browser it is assigned to
/// `document.title`, which takes plain text.
pub fn page_title(title: String) -> String {
    let full = format!("{title} – cyberhelp");
    #[cfg(feature = "ssr")]
    let full = crate::html::escape(&full);
    full
}

/// The inline module script of every page: Escape closes an open language menu (focus back on its button);
/// if the page holds a `<leptos-island>`, it imports the wasm-bindgen
/// glue at `js`, instantiates the bundle at `wasm`, sets up the islands runtime (the crate's `hydrate`) and hydrates
/// each island by its `data-component` name; then sets `window.__cyberhelpHydrated` (a marker for the end-to-end
/// tests). A page without an island downloads nothing more. The text depends only on the two URLs, so its
/// SHA-256 is the same on every request and the page's CSP can allow it by hash (see `server::pages`).
pub fn island_loader(js: &str, wasm: &str) -> String {
    let js = serde_json::to_string(js).unwrap_or_default();
    let wasm = serde_json::to_string(wasm).unwrap_or_default();
    format!(
        "document.addEventListener(\"keydown\",e=>{{if(e.key==\"Escape\"){{\
         const d=document.querySelector(\"details.lang-switcher[open]\");\
         if(d){{d.open=false;d.querySelector(\"summary\").focus()}}}}}});\
         const i=document.querySelectorAll(\"leptos-island\");\
         if(i.length){{import({js}).then(m=>m.default({{module_or_path:{wasm}}}).then(()=>{{\
         m.hydrate();for(const e of i){{const f=m[e.dataset.component];if(f)f(e)}}\
         window.__cyberhelpHydrated=true}}))}}"
    )
}

/// The HTML document around the app, rendered on the server only.
///
/// Nothing in it varies per request: the Leptos nonce is removed (the page's CSP allows its inline scripts by
/// hash instead), and the bundle's names come from the asset manifest (content-hashed, see
/// `server::assets`). There is no full-page hydration: only islands are interactive.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let (css, loader) = {
        let _ = take_context::<leptos::nonce::Nonce>();
        // islands mode: nothing outside an island is hydrated, so resources are not serialised into the page
        // (as Leptos' own HydrationScripts does for islands)
        if let Some(sc) = Owner::current_shared_context() {
            sc.set_is_hydrating(false);
        }
        let assets = use_context::<crate::server::AppState>()
            .map(|s| s.assets.clone())
            .unwrap_or_default();
        (
            assets.url("cyberhelp.css"),
            island_loader(&assets.url("cyberhelp.js"), &assets.url("cyberhelp.wasm")),
        )
    };
    #[cfg(not(feature = "ssr"))]
    let (css, loader) = ("/pkg/cyberhelp.css".to_owned(), String::new());
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=css />
                <AutoReload options />
                <script type="module" inner_html=loader></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: meta context, stylesheet and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta name="color-scheme" content="light dark" />
        <Meta name="referrer" content="same-origin" />
        <Router>
            <Routes fallback=|| view! { <NotFound /> }>
                // Leptos turns a nested "/" child into "/{lang}" without the slash; the home page is
                // therefore a flat route so that axum serves "/{lang}/" (and "/{lang}" redirects to it).
                <Route path=path!("/:lang/") view=HomeRoute ssr=SsrMode::Async />
                <Route path=path!("/:lang/embed/help") view=EmbedHelpRoute ssr=SsrMode::Async />
                <ParentRoute path=path!("/:lang") view=LangLayout ssr=SsrMode::Async>
                    <Route path=path!("/advice") view=AdviceListPage ssr=SsrMode::Async />
                    <Route path=path!("/advice/:slug") view=ArticlePage ssr=SsrMode::Async />
                    <Route path=path!("/bulletins") view=BulletinListPage ssr=SsrMode::Async />
                    <Route path=path!("/bulletins/:slug") view=BulletinPage ssr=SsrMode::Async />
                    <Route path=path!("/evidence") view=EvidenceListPage ssr=SsrMode::Async />
                    <Route path=path!("/evidence/:slug") view=EvidencePage ssr=SsrMode::Async />
                    <Route path=path!("/report") view=ReportPage ssr=SsrMode::Async />
                    <Route path=path!("/report/receipt") view=ReceiptPage ssr=SsrMode::Async />
                    <Route path=path!("/report/status") view=StatusPage ssr=SsrMode::Async />
                    <Route path=path!("/search") view=SearchPage ssr=SsrMode::Async />
                    <Route path=path!("/check") view=CheckPage ssr=SsrMode::Async />
                    <Route path=path!("/ransomware") view=RansomwarePage ssr=SsrMode::Async />
                    <Route path=path!("/verify") view=VerifyPage ssr=SsrMode::Async />
                    <Route path=path!("/statistics") view=StatisticsPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/contacts") view=CountryListPage ssr=SsrMode::Async />
                    <Route path=path!("/help") view=HelpPage ssr=SsrMode::Async />
                    <Route path=path!("/contacts/:cc") view=CountryPageView ssr=SsrMode::Async />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Reads the current [`Locale`] provided by [`LangLayout`]; English outside it (e.g. on the 404 page).
pub fn use_locale() -> &'static Locale {
    use_context::<&'static Locale>().unwrap_or_else(i18n::default_locale)
}

/// Translates `id` into the current page's language. See [`i18n::t`].
pub fn tr(id: &str) -> String {
    i18n::t(use_locale().tag, id)
}

/// Validates the `:lang` segment of every route below it: a supported tag provides its [`Locale`] and renders
/// the child route inside the page frame; anything else renders the 404 page (with status 404).
#[component]
pub fn LangLayout() -> impl IntoView {
    with_locale(|| view! { <Outlet /> }.into_any())
}

/// `/{lang}/`: the home page inside the language check.
#[component]
fn HomeRoute() -> impl IntoView {
    with_locale(|| view! { <HomePage /> }.into_any())
}

/// `/{lang}/embed/help`: the diagnosis for partner sites, without the site's frame.
#[component]
fn EmbedHelpRoute() -> impl IntoView {
    with_locale_in(false, || view! { <EmbedHelpPage /> }.into_any())
}

fn with_locale(inner: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    with_locale_in(true, inner)
}

fn with_locale_in(
    framed: bool,
    inner: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let locale = Memo::new(move |_| params.read().get("lang").and_then(|l| i18n::locale(&l)));
    let inner = std::sync::Arc::new(inner);
    move || match locale.get() {
        Some(loc) => {
            provide_context(loc);
            let inner = inner.clone();
            view! {
                <Html {..} lang=loc.tag dir=loc.dir.as_str() />
                <Title formatter=page_title />
                {if framed {
                    view! { <PageFrame>{inner()}</PageFrame> }.into_any()
                } else {
                    inner()
                }}
            }
            .into_any()
        }
        None => view! { <NotFound /> }.into_any(),
    }
}

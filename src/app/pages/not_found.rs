//! The 404 page, for unknown paths and unknown language prefixes. Sets the HTTP status to 404 on the server.

use crate::app::components::layout::PageFrame;
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::hooks::use_location;

/// "Page not found", in the language of the path's first segment when that is a supported tag, else English.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.set_status(http::StatusCode::NOT_FOUND);
    }
    let path = use_location().pathname.get_untracked();
    let loc = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(i18n::locale)
        .unwrap_or_else(i18n::default_locale);
    provide_context(loc);
    let t = move |id: &str| i18n::t(loc.tag, id);
    view! {
        <Html {..} lang=loc.tag dir=loc.dir.as_str() />
        <Title text=format!("{} – cyberhelp", t("error-not-found-title")) />
        <PageFrame>
            <h1>{t("error-not-found-title")}</h1>
            <p>{t("error-not-found-body")}</p>
            <p>
                <a href=format!("/{}/", loc.tag)>{t("error-not-found-home")}</a>
            </p>
        </PageFrame>
    }
}

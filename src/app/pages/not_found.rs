//! The 404 page, for unknown paths, unknown language prefixes and unknown articles. Sets the HTTP status to
//! 404 on the server.

use crate::app::components::layout::PageFrame;
use crate::app::use_locale;
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::hooks::use_location;

fn set_404() {
    #[cfg(feature = "ssr")]
    if let Some(opts) = use_context::<leptos_axum::ResponseOptions>() {
        opts.set_status(http::StatusCode::NOT_FOUND);
    }
}

/// "Page not found" inside an existing page frame (e.g. an unknown article slug under a valid language).
#[component]
pub fn NotFoundBody() -> impl IntoView {
    set_404();
    let lang = use_locale().tag;
    let t = move |id: &str| i18n::t(lang, id);
    view! {
        <Title text=t("error-not-found-title") />
        <h1>{t("error-not-found-title")}</h1>
        <p>{t("error-not-found-body")}</p>
        <p>
            <a href=format!("/{lang}/")>{t("error-not-found-home")}</a>
        </p>
    }
}

/// The whole 404 page, in the language of the path's first segment when that is a supported tag, else
/// English.
#[component]
pub fn NotFound() -> impl IntoView {
    let loc = i18n::locale_of_path(&use_location().pathname.get_untracked());
    provide_context(loc);
    view! {
        <Html {..} lang=loc.tag dir=loc.dir.as_str() />
        <Title formatter=crate::app::page_title />
        <PageFrame>
            <NotFoundBody />
        </PageFrame>
    }
}

//! The frame around every page: skip link, header with navigation and language switcher, `<main>`, footer.

use crate::app::use_locale;
use crate::i18n::{self, LOCALES};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Wraps a page's content. Reads the [`crate::i18n::Locale`] from context.
#[component]
pub fn PageFrame(children: Children) -> impl IntoView {
    let loc = use_locale();
    let lang = loc.tag;
    let t = move |id: &str| i18n::t(lang, id);
    view! {
        <a class="skip-link" href="#main">{t("shell-skip-link")}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href=format!("/{lang}/")>
                    <span class="brand-name">{t("shell-site-name")}</span>
                    <span class="brand-tagline">{t("shell-tagline")}</span>
                </a>
                <LanguageSwitcher />
            </div>
            <nav class="wrap site-nav" aria-label=t("shell-nav-label")>
                <ul>
                    <li><a href=format!("/{lang}/")>{t("shell-nav-home")}</a></li>
                    <li><a href=format!("/{lang}/advice")>{t("shell-nav-advice")}</a></li>
                    <li><a href=format!("/{lang}/bulletins")>{t("shell-nav-bulletins")}</a></li>
                    <li><a href=format!("/{lang}/search")>{t("shell-nav-search")}</a></li>
                    <li><a class="nav-report" href=format!("/{lang}/report")>{t("shell-nav-report")}</a></li>
                </ul>
            </nav>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p class="emergency"><strong>{t("shell-footer-emergency")}</strong></p>
                <p>{t("shell-footer-never-ask")}</p>
                <p>{t("shell-footer-privacy")}</p>
                <p>{t("shell-footer-source")}</p>
                <p><a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">{t("shell-footer-licence")}</a></p>
                <p><a href=format!("/{lang}/contacts")>{t("contacts-index-title")}</a></p>
                <p><a href=format!("/{lang}/statistics")>{t("stats-title")}</a></p>
                <p><a href=format!("/{lang}/privacy")>{t("privacy-title")}</a>" · "<a href=format!("/{lang}/accessibility")>{t("a11y-title")}</a></p>
            </div>
        </footer>
    }
}

/// Replaces the language prefix of `path` (`/fr/advice` → `/de/advice`); paths without a valid prefix go to
/// the other language's home page.
pub fn switch_lang_path(path: &str, to: &str) -> String {
    let rest = path.trim_start_matches('/');
    match rest.split_once('/') {
        // a long tail (an absurd URL) is not repeated 24 times in the page
        Some((first, tail)) if i18n::locale(first).is_some() && tail.len() <= 200 => {
            format!("/{to}/{tail}")
        }
        None if i18n::locale(rest).is_some() => format!("/{to}/"),
        _ => format!("/{to}/"),
    }
}

/// The same page in language `to`: [`switch_lang_path`] with the query string kept (a search keeps its query, a
/// receipt its reference, a prefilled report form its answers). An absurdly long query (over
/// [`MAX_KEPT_QUERY`] bytes) is dropped rather than repeated 24 times in the page.
pub fn switch_lang_href(path: &str, query: &str, to: &str) -> String {
    let base = switch_lang_path(path, to);
    let query = query.trim_start_matches('?');
    if query.is_empty() || query.len() > MAX_KEPT_QUERY {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// Longest query string (bytes) the language switcher keeps.
pub const MAX_KEPT_QUERY: usize = 1000;

/// A `<details>` disclosure listing every language by its native name: works without JavaScript, keeps the
/// current page and its query string.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let loc = use_locale();
    let location = use_location();
    let (path, query) = (location.pathname, location.search);
    view! {
        <details class="lang-switcher">
            <summary>
                <span class="visually-hidden">{i18n::t(loc.tag, "shell-language-label")}": "</span>
                <span lang=loc.tag>{loc.native_name}</span>
            </summary>
            <ul>
                {LOCALES
                    .iter()
                    .map(|l| {
                        let current = (l.tag == loc.tag).then_some("page");
                        view! {
                            <li>
                                <a
                                    href=move || switch_lang_href(&path.get(), &query.get(), l.tag)
                                    hreflang=l.tag
                                    lang=l.tag
                                    aria-current=current
                                >
                                    {l.native_name}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::{switch_lang_href, switch_lang_path, MAX_KEPT_QUERY};

    #[test]
    fn switching_language_keeps_the_query_string() {
        assert_eq!(
            switch_lang_href("/fr/search", "q=compte+pirat%C3%A9&kind=advice", "de"),
            "/de/search?q=compte+pirat%C3%A9&kind=advice"
        );
        assert_eq!(
            switch_lang_href("/en/report/receipt", "?ref=AB12-CD34-EF&token=x", "pt"),
            "/pt/report/receipt?ref=AB12-CD34-EF&token=x"
        );
        assert_eq!(switch_lang_href("/en/advice", "", "pl"), "/pl/advice");
        let long = "q=".to_owned() + &"x".repeat(MAX_KEPT_QUERY);
        assert_eq!(switch_lang_href("/en/search", &long, "pl"), "/pl/search");
    }

    #[test]
    fn switching_language_keeps_the_rest_of_the_path() {
        let long = format!("/fr/{}", "x".repeat(300));
        for (path, to, want) in [
            ("/fr/advice/phishing", "de", "/de/advice/phishing"),
            ("/fr/", "de", "/de/"),
            ("/fr", "de", "/de/"),
            ("/", "pl", "/pl/"),
            ("/xx/advice", "pl", "/pl/"),
            ("", "en", "/en/"),
            (long.as_str(), "de", "/de/"),
        ] {
            assert_eq!(switch_lang_path(path, to), want, "{path}");
        }
    }
}

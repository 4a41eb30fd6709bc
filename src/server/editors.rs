//! Pages for content editors: `GET /editors/translations`, the table `cyberhelp translations` prints (per
//! language: articles and bulletins present, missing and translated from an older English revision), computed
//! from the content serving right now. Public (it shows nothing that is not published), not indexed, no script.

use super::cli::translation_report;
use super::error::html_page;
use super::state::AppState;
use crate::html::escape as esc;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

/// `GET /editors/translations`: an HTML table, one row per language, with the missing and out-of-date items
/// listed by `advice/<slug>` or `bulletins/<slug>`.
pub async fn translations(State(state): State<AppState>) -> Response {
    let lib = state.library();
    let report = translation_report(&lib);
    let mut rows = String::new();
    for r in &report {
        let list = |items: &[String]| -> String {
            if items.is_empty() {
                "–".to_owned()
            } else {
                items
                    .iter()
                    .map(|i| format!("<code>{}</code>", esc(i)))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        rows.push_str(&format!(
            "<tr><th scope=\"row\" lang=\"{l}\">{l}</th><td>{a}/{at}</td><td>{b}/{bt}</td><td>{o}</td><td>{m}</td></tr>",
            l = esc(r.lang),
            a = r.articles,
            at = r.articles_total,
            b = r.bulletins,
            bt = r.bulletins_total,
            o = list(&r.outdated),
            m = list(&r.missing),
        ));
    }
    let body = format!(
        "<p>Computed from the content serving now (generation {gen}). \"Out of date\": the English text changed after \
         the revision the translation records in <code>translated_from</code>. The same table: \
         <code>cyberhelp translations content</code>.</p>\
         <div class=\"table-wrap\"><table><caption>Translations per language</caption><thead><tr>\
         <th scope=\"col\">Language</th><th scope=\"col\">Advice</th><th scope=\"col\">Bulletins</th>\
         <th scope=\"col\">Out of date</th><th scope=\"col\">Missing</th></tr></thead><tbody>{rows}</tbody></table></div>",
        gen = state.content.generation(),
    );
    html_page(
        StatusCode::OK,
        crate::i18n::default_locale(),
        "Translations: what is missing or out of date",
        &body,
    )
}

/// The editors' routes.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/editors/translations", axum::routing::get(translations))
}

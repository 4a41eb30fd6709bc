//! `/{lang}/privacy` (the privacy notice, GDPR Art. 13) and `/{lang}/accessibility` (the accessibility
//! statement on the model of Commission Implementing Decision (EU) 2018/1523), both stating what the running
//! configuration makes true (see [`crate::api::about`]). Sources: `docs/sources/privacy-and-accessibility.md`.

use crate::api::about::{get_about, AboutFacts, ContactLink};
use crate::app::components::cards::AllAlternates;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The official text of the GDPR on EUR-Lex.
const GDPR_URL: &str = "https://eur-lex.europa.eu/eli/reg/2016/679";
/// The EDPB's list of its members, the national data protection authorities.
const EDPB_MEMBERS_URL: &str = "https://edpb.europa.eu/about-edpb/about-edpb/members_en";
/// Directive (EU) 2016/2102 on EUR-Lex.
const WAD_URL: &str = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L2102";
/// Implementing Decision (EU) 2018/1523 (the model accessibility statement) on EUR-Lex.
const MODEL_URL: &str = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32018D1523";

/// A configured contact as a link (or text when it is neither an address nor an https URL).
fn contact(c: ContactLink) -> AnyView {
    if c.href.is_empty() {
        view! { <span>{c.text}</span> }.into_any()
    } else {
        view! { <a href=c.href>{c.text}</a> }.into_any()
    }
}

fn privacy_body(f: AboutFacts) -> impl IntoView {
    let lang = use_locale().tag;
    let days = |id: &str| {
        i18n::t_args(
            lang,
            id,
            &[
                ("days", i64::from(f.retention_days).into()),
                ("max", i64::from(f.max_age_days).into()),
            ],
        )
    };
    view! {
        <section aria-labelledby="controller-title">
            <h2 id="controller-title">{tr("privacy-controller-title")}</h2>
            {if f.operator.is_empty() {
                view! { <p class="notice">{tr("privacy-controller-missing")}</p> }.into_any()
            } else {
                view! { <p>{i18n::t_args(lang, "privacy-controller", &[("operator", f.operator.clone().into())])}</p> }.into_any()
            }}
            {f.operator_contact.clone().map(|c| view! { <p>{tr("privacy-controller-contact")}" "{contact(c)}</p> })}
            {match f.dpo_contact.clone() {
                Some(c) => view! { <p>{tr("privacy-dpo")}" "{contact(c)}</p> }.into_any(),
                None => view! { <p>{tr("privacy-dpo-none")}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="stored-title">
            <h2 id="stored-title">{tr("privacy-stored-title")}</h2>
            <ul>
                <li>{tr("privacy-stored-report")}</li>
                <li>{tr("privacy-stored-followups")}</li>
                <li>{tr("privacy-stored-drafts")}</li>
                <li>{tr("privacy-stored-feedback")}</li>
                <li>{tr("privacy-stored-tools")}</li>
                <li>{tr("privacy-stored-logs")}</li>
                <li>{tr("privacy-stored-inbox")}</li>
            </ul>
        </section>
        <section aria-labelledby="basis-title">
            <h2 id="basis-title">{tr("privacy-basis-title")}</h2>
            <p>{tr("privacy-basis-consent")}</p>
            <p>{tr("privacy-basis-withdraw")}</p>
        </section>
        <section aria-labelledby="recipients-title">
            <h2 id="recipients-title">{tr("privacy-recipients-title")}</h2>
            <p>{tr("privacy-recipients")}</p>
            {if f.channels.is_empty() {
                view! { <p>{tr("privacy-channels-none")}</p> }.into_any()
            } else {
                view! {
                    <p>{tr("privacy-channels")}</p>
                    <ul>{f.channels.iter().map(|c| view! { <li>{tr(&format!("privacy-channel-{c}"))}</li> }).collect_view()}</ul>
                }.into_any()
            }}
            {f.smtp.then(|| view! { <p>{tr("privacy-notices")}</p> })}
        </section>
        <section aria-labelledby="retention-title">
            <h2 id="retention-title">{tr("privacy-retention-title")}</h2>
            <p class="retention">{days("privacy-retention")}</p>
            <p>{tr("privacy-retention-withdraw")}" "<a href=format!("/{lang}/report/status")>{tr("status-title")}</a></p>
            <p>{tr("privacy-retention-remains")}" "<a href=format!("/{lang}/statistics")>{tr("stats-title")}</a></p>
        </section>
        <section aria-labelledby="rights-title">
            <h2 id="rights-title">{tr("privacy-rights-title")}</h2>
            <p>{tr("privacy-rights")}</p>
            <p>{tr("privacy-rights-how")}</p>
            <p>{tr("privacy-complaint")}" "<a href=EDPB_MEMBERS_URL rel="noopener noreferrer">{tr("privacy-complaint-link")}</a></p>
        </section>
        <p class="hint">{tr("privacy-generated")}" "<a href=GDPR_URL rel="noopener noreferrer">{tr("privacy-source-gdpr")}</a></p>
    }
}

/// `/{lang}/privacy`.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(move || lang.to_owned(), get_about);
    view! {
        <Title text=tr("privacy-title") />
        <AllAlternates rest="/privacy".to_owned() />
        <h1>{tr("privacy-title")}</h1>
        <p class="lead">{tr("privacy-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(f) => privacy_body(f).into_any(),
                    Err(_) => view! { <p class="notice" role="alert">{tr("error-internal-body")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn accessibility_body(f: AboutFacts) -> impl IntoView {
    let lang = use_locale().tag;
    view! {
        <p>{if f.operator.is_empty() {
            tr("a11y-intro-unnamed")
        } else {
            i18n::t_args(lang, "a11y-intro", &[("operator", f.operator.clone().into())])
        }}</p>
        <section aria-labelledby="status-title">
            <h2 id="status-title">{tr("a11y-status-title")}</h2>
            <p>{tr("a11y-status")}</p>
        </section>
        <section aria-labelledby="gaps-title">
            <h2 id="gaps-title">{tr("a11y-gaps-title")}</h2>
            <p>{tr("a11y-gaps-lead")}</p>
            <ul>
                <li>{tr("a11y-gap-unaudited")}</li>
                <li>{tr("a11y-gap-chart")}</li>
            </ul>
            <p>{tr("a11y-out-of-scope")}</p>
        </section>
        <section aria-labelledby="prep-title">
            <h2 id="prep-title">{tr("a11y-prep-title")}</h2>
            <p>{i18n::t_args(lang, "a11y-prep", &[("date", f.reviewed.clone().into())])}</p>
            <p>{tr("a11y-method")}</p>
        </section>
        <section aria-labelledby="feedback-title">
            <h2 id="feedback-title">{tr("a11y-feedback-title")}</h2>
            {match f.accessibility_contact.clone() {
                Some(c) => view! { <p>{tr("a11y-feedback")}" "{contact(c)}</p> }.into_any(),
                None => view! { <p class="notice">{tr("a11y-feedback-none")}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="enforcement-title">
            <h2 id="enforcement-title">{tr("a11y-enforcement-title")}</h2>
            {match f.enforcement_url.clone() {
                Some(u) => view! { <p>{tr("a11y-enforcement")}" "<a href=u.clone() rel="noopener noreferrer">{u.clone()}</a></p> }.into_any(),
                None => view! { <p>{tr("a11y-enforcement-none")}</p> }.into_any(),
            }}
        </section>
        <p class="hint">
            {tr("a11y-sources")}" "
            <a href=WAD_URL rel="noopener noreferrer">{tr("a11y-source-wad")}</a>", "
            <a href=MODEL_URL rel="noopener noreferrer">{tr("a11y-source-model")}</a>
        </p>
    }
}

/// `/{lang}/accessibility`.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(move || lang.to_owned(), get_about);
    view! {
        <Title text=tr("a11y-title") />
        <AllAlternates rest="/accessibility".to_owned() />
        <h1>{tr("a11y-title")}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(f) => accessibility_body(f).into_any(),
                    Err(_) => view! { <p class="notice" role="alert">{tr("error-internal-body")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

//! `/{lang}/`: what the portal is for, the emergency number, "What happened?" (the guided diagnosis) first,
//! then search, the three main tasks, the incident types as
//! entry points and the active threat bulletins.

use crate::api::content::get_home;
use crate::app::components::cards::{AllAlternates, CardList};
use crate::app::{tr, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(move || lang.to_owned(), get_home);
    let task = |href: String, title: &str, desc: &str| {
        view! {
            <li class="task">
                <a href=href>
                    <span class="task-title">{tr(title)}</span>
                    <span class="task-desc">{tr(desc)}</span>
                </a>
            </li>
        }
    };
    view! {
        <Title text=tr("home-title") />
        <AllAlternates rest="/".to_owned() />
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{tr("home-title")}</h1>
            <p class="lead">{tr("home-lead")}</p>
            <p class="emergency" role="note">
                <strong>{tr("home-emergency")}</strong>
            </p>
            <p class="cta">
                <a class="button cta-help" href=format!("/{lang}/help")>{tr("triage-home-cta")}</a>
                <span class="cta-desc">{tr("triage-home-cta-desc")}</span>
            </p>
            <crate::app::pages::search::SearchBox value="" />
        </section>
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{tr("home-tasks-heading")}</h2>
            <ul class="tasks">
                {task(format!("/{lang}/advice"), "home-task-advice", "home-task-advice-desc")}
                {task(format!("/{lang}/bulletins"), "home-task-bulletins", "home-task-bulletins-desc")}
                {task(format!("/{lang}/report"), "home-task-report", "home-task-report-desc")}
            </ul>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let home = data.await.ok()?;
                Some(view! {
                    <section aria-labelledby="incidents-heading">
                        <h2 id="incidents-heading">{tr("home-incidents-heading")}</h2>
                        <ul class="tasks">
                            {home.incident_types.iter().map(|id| view! {
                                <li class="task">
                                    <a href=format!("/{lang}/advice?incident={id}")>
                                        <span class="task-title">{tr(&format!("incident-{id}"))}</span>
                                        <span class="task-desc">{tr(&format!("incident-{id}-hint"))}</span>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <section aria-labelledby="active-threats-heading">
                        <h2 id="active-threats-heading">{tr("home-bulletins-heading")}</h2>
                        {if home.bulletins.is_empty() && home.organisation_bulletins.is_empty() {
                            view! { <p>{tr("home-bulletins-empty")}</p> }.into_any()
                        } else {
                            view! {
                                {(!home.bulletins.is_empty()).then(|| view! {
                                    <h3>{tr("home-bulletins-people")}</h3>
                                    <CardList items=home.bulletins />
                                })}
                                {(!home.organisation_bulletins.is_empty()).then(|| view! {
                                    <h3>{tr("home-bulletins-organisations")}</h3>
                                    <CardList items=home.organisation_bulletins />
                                })}
                            }.into_any()
                        }}
                        <p><a href=format!("/{lang}/bulletins")>{tr("home-bulletins-all")}</a></p>
                    </section>
                })
            })}
        </Suspense>
    }
}

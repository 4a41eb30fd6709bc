//! `/{lang}/`: what the portal is for, the emergency number, and the three main tasks.

use crate::app::{tr, use_locale};
use leptos::prelude::*;
use leptos_meta::Title;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_locale().tag;
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
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{tr("home-title")}</h1>
            <p class="lead">{tr("home-lead")}</p>
            <p class="emergency" role="note">
                <strong>{tr("home-emergency")}</strong>
            </p>
        </section>
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{tr("home-tasks-heading")}</h2>
            <ul class="tasks">
                {task(format!("/{lang}/advice"), "home-task-advice", "home-task-advice-desc")}
                {task(format!("/{lang}/bulletins"), "home-task-bulletins", "home-task-bulletins-desc")}
                {task(format!("/{lang}/report"), "home-task-report", "home-task-report-desc")}
            </ul>
        </section>
    }
}

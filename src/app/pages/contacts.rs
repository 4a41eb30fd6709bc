//! `/{lang}/contacts` (the countries) and `/{lang}/contacts/{cc}` ("Who handles what"): every body of a
//! country, its services and their scope, the source and check date of every fact, the laws with deadlines,
//! what could not be confirmed, and a "report an error in this entry" link.

use crate::api::contacts::{get_country, list_countries, ContactEntry, CountryPage};
use crate::app::components::cards::AllAlternates;
use crate::app::pages::not_found::NotFoundBody;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The list of countries.
#[component]
pub fn CountryListPage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(|| (), move |_| list_countries(lang.to_owned()));
    view! {
        <Title text=tr("contacts-index-title") />
        <AllAlternates rest="/contacts".to_owned() />
        <h1>{tr("contacts-index-title")}</h1>
        <p class="lead">{tr("contacts-index-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = data.await.ok()?;
                Some(view! {
                    <ul class="country-list">
                        {list.into_iter().map(|(code, name)| view! {
                            <li><a href=format!("/{lang}/contacts/{}", code.to_lowercase())>{name}</a></li>
                        }).collect_view()}
                    </ul>
                })
            })}
        </Suspense>
    }
}

fn link(url: &str) -> impl IntoView {
    let (href, text) = (url.to_owned(), url.to_owned());
    view! { <a href=href rel="noopener noreferrer">{text}</a> }
}

fn contact_view(c: ContactEntry, lang: &'static str) -> impl IntoView {
    let unverified = c.unverified.clone();
    let flag = move |f: &str| {
        unverified.iter().any(|u| u == f).then(
            || view! { <span class="unverified">" ("{tr("report-contact-unverified")}")"</span> },
        )
    };
    view! {
        <article class="contact-entry" id=c.id.clone() aria-labelledby=format!("{}-name", c.id)>
            <h2 id=format!("{}-name", c.id) lang="und">{c.name.clone()}</h2>
            <p class="meta-line" lang="en">{c.role.clone()}</p>
            <ul class="channels">
                {c.report_url.clone().map(|u| view! { <li>{tr("report-contact-form")}": "{link(&u)}{flag("report_url")}</li> })}
                {c.report_email.clone().map(|e| view! { <li>{tr("report-contact-email")}": "<a href=format!("mailto:{e}")>{e.clone()}</a>{flag("report_email")}</li> })}
                {c.phone.clone().map(|p| view! { <li>{tr("report-contact-phone")}": "{p}{flag("phone")}</li> })}
                {c.website.clone().map(|u| view! { <li>{tr("report-contact-website")}": "{link(&u)}{flag("website")}</li> })}
            </ul>
            {(!c.services.is_empty()).then(|| view! {
                <h3>{tr("contacts-services")}</h3>
                <ul class="services">
                    {c.services.iter().map(|s| view! {
                        <li>
                            <strong>{tr(&format!("contacts-service-{}", s.service))}</strong>
                            {(!s.regions.is_empty()).then(|| view! { " – " {tr("contacts-regions")}": " <span lang="und">{s.regions.join(", ")}</span> })}
                            {s.hours.clone().map(|h| view! { " – " <span lang="und">{h}</span> })}
                            {s.note.clone().map(|n| view! { <br /><span class="meta-line" lang="en">{n}</span> })}
                            <br /><span class="meta-line">{tr("contacts-sources")}": "
                                {s.sources.iter().map(|u| view! { {link(u)}" " }).collect_view()}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <p class="meta-line">
                {match c.checked.clone() {
                    Some(d) => i18n::t_args(lang, "contacts-checked", &[("date", d.into())]),
                    None => tr("contacts-not-checked"),
                }}
            </p>
            <details>
                <summary>{tr("contacts-sources")}</summary>
                <ul>{c.sources.iter().map(|(u, k)| view! { <li>{link(u)}" (" <span lang="en">{k.clone()}</span> ")"</li> }).collect_view()}</ul>
            </details>
            {c.correction_link.clone().map(|l| view! { <p><a href=l>{tr("contacts-report-error")}</a></p> })}
        </article>
    }
}

fn country_view(p: CountryPage, lang: &'static str) -> AnyView {
    let title = i18n::t_args(
        lang,
        "contacts-title",
        &[("country", p.name.clone().into())],
    );
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{tr("contacts-lead")}</p>
        {p.checked.clone().map(|d| view! { <p class="meta-line">{i18n::t_args(lang, "contacts-checked", &[("date", d.into())])}</p> })}
        {(!p.laws.is_empty()).then(|| view! {
            <section aria-labelledby="laws-title">
                <h2 id="laws-title">{tr("contacts-laws-title")}</h2>
                <ul class="laws">
                    {p.laws.iter().map(|l| view! {
                        <li>
                            <strong lang="und">{l.act.clone().unwrap_or(l.id.clone())}</strong>
                            " – " {tr(&format!("contacts-law-status-{}", l.status))}
                            {l.in_force.clone().map(|d| view! { " (" {d} ")" })}
                            {(!l.duties.is_empty()).then(|| view! {
                                <ul lang="en">{l.duties.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}</ul>
                            })}
                            <br /><span class="meta-line">{tr("contacts-sources")}": "
                                {l.sources.iter().map(|u| view! { {link(u)}" " }).collect_view()}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {p.contacts.into_iter().map(|c| contact_view(c, lang)).collect_view()}
        {(!p.gaps.is_empty()).then(|| view! {
            <section aria-labelledby="gaps-title">
                <h2 id="gaps-title">{tr("contacts-gaps-title")}</h2>
                <ul lang="en">{p.gaps.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ul>
            </section>
        })}
    }
    .into_any()
}

/// One country's page.
#[component]
pub fn CountryPageView() -> impl IntoView {
    let lang = use_locale().tag;
    let params = use_params_map();
    let code = move || params.read().get("cc").unwrap_or_default();
    let data = Resource::new(
        move || (lang.to_owned(), code()),
        |(l, c)| get_country(l, c),
    );
    view! {
        <AllAlternates rest=format!("/contacts/{}", code()) />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(p)) => country_view(p, lang),
                    _ => view! { <NotFoundBody /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

//! `/{lang}/bulletins` (active first; filter by severity and status, a plain GET form) and
//! `/{lang}/bulletins/{slug}`.

use crate::api::content::{get_bulletin, list_bulletins};
use crate::app::components::cards::{AllAlternates, CardList};
use crate::app::pages::advice::DocBody;
use crate::app::pages::not_found::NotFoundBody;
use crate::app::{tr, use_locale};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

const SEVERITIES: [&str; 4] = ["critical", "high", "medium", "low"];
const STATUSES: [&str; 3] = ["active", "resolved", "archived"];

/// The bulletin list.
#[component]
pub fn BulletinListPage() -> impl IntoView {
    let lang = use_locale().tag;
    let query = use_query_map();
    let severity = move || query.read().get("severity").filter(|s| !s.is_empty());
    let status = move || query.read().get("status").filter(|s| !s.is_empty());
    let data = Resource::new(
        move || (lang.to_owned(), severity(), status()),
        |(l, s, t)| list_bulletins(l, s, t),
    );
    view! {
        <Title text=tr("bulletins-title") />
        <AllAlternates rest="/bulletins".to_owned() />
        <Link rel="alternate" type_="application/atom+xml" href=format!("/{lang}/bulletins/feed.atom") />
        <Link rel="alternate" type_="application/feed+json" href=format!("/{lang}/bulletins/feed.json") />
        <h1>{tr("bulletins-title")}</h1>
        <p class="lead">{tr("bulletins-lead")}</p>
        <p>
            {tr("bulletins-feeds-label")}" "
            <a href=format!("/{lang}/bulletins/feed.atom")>{tr("bulletins-feed-atom")}</a>" · "
            <a href=format!("/{lang}/bulletins/feed.json")>{tr("bulletins-feed-json")}</a>
        </p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = data.await.ok()?;
                let (sel_s, sel_t) = (severity().unwrap_or_default(), status().unwrap_or_default());
                Some(view! {
                    <form method="get" action=format!("/{lang}/bulletins")>
                        <fieldset class="filters">
                            <legend>{tr("bulletins-filter-legend")}</legend>
                            <label>
                                {tr("bulletins-filter-severity")}
                                <select name="severity">
                                    <option value="" selected=sel_s.is_empty()>{tr("bulletins-filter-all")}</option>
                                    {SEVERITIES.iter().map(|s| view! {
                                        <option value=*s selected=*s == sel_s>{tr(&format!("severity-{s}"))}</option>
                                    }).collect_view()}
                                </select>
                            </label>
                            <label>
                                {tr("bulletins-filter-status")}
                                <select name="status">
                                    <option value="" selected=sel_t.is_empty()>{tr("bulletins-filter-all")}</option>
                                    {STATUSES.iter().map(|s| view! {
                                        <option value=*s selected=*s == sel_t>{tr(&format!("status-{s}"))}</option>
                                    }).collect_view()}
                                </select>
                            </label>
                            <button type="submit">{tr("bulletins-filter-submit")}</button>
                        </fieldset>
                    </form>
                    {if list.items.is_empty() && list.archived.is_empty() {
                        view! { <p class="notice">{tr("bulletins-empty")}</p> }.into_any()
                    } else {
                        view! { <CardList items=list.items /> }.into_any()
                    }}
                    {(!list.archived.is_empty()).then(|| view! {
                        <section aria-labelledby="archive-heading">
                            <h2 id="archive-heading">{tr("bulletins-archive-heading")}</h2>
                            <p>{tr("bulletins-archive-lead")}</p>
                            <CardList items=list.archived.clone() />
                        </section>
                    })}
                })
            })}
        </Suspense>
    }
}

/// One bulletin.
#[component]
pub fn BulletinPage() -> impl IntoView {
    let lang = use_locale().tag;
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = Resource::new(
        move || (lang.to_owned(), slug()),
        |(l, s)| get_bulletin(l, s),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(page)) => view! {
                        <DocBody page bulletin=true />
                        <p class="meta-line">{tr("bulletin-tlp")}</p>
                    }.into_any(),
                    _ => view! { <NotFoundBody /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

//! `/{lang}/bulletins` (active first; filter by severity and status, a plain GET form) and
//! `/{lang}/bulletins/{slug}`.

use crate::api::content::list_bulletins;
use crate::app::components::cards::{AllAlternates, CardList, FilterSelect};
use crate::app::{tr, use_locale};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_query_map;

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
                            <FilterSelect label=tr("bulletins-filter-severity") name="severity"
                                all=tr("bulletins-filter-all") selected=sel_s.clone()
                                options=SEVERITIES.iter().map(|s| (s.to_string(), tr(&format!("severity-{s}")))).collect() />
                            <FilterSelect label=tr("bulletins-filter-status") name="status"
                                all=tr("bulletins-filter-all") selected=sel_t.clone()
                                options=STATUSES.iter().map(|s| (s.to_string(), tr(&format!("status-{s}")))).collect() />
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
    view! { <super::advice::DocRoute bulletin=true /> }
}

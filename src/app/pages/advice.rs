//! `/{lang}/advice` (browse by incident type and audience, a plain GET form) and `/{lang}/advice/{slug}`.

use crate::api::content::{get_article, get_evidence, list_advice, list_evidence, DocPage};
use crate::app::components::cards::{
    AllAlternates, CardList, DocAlternates, FilterSelect, TranslationNotice,
};
use crate::app::pages::not_found::NotFoundBody;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

const AUDIENCES: [&str; 4] = [
    "citizen",
    "business",
    "essential-entity",
    "important-entity",
];

/// The advice list with its filter form.
#[component]
pub fn AdviceListPage() -> impl IntoView {
    let lang = use_locale().tag;
    let query = use_query_map();
    let incident = move || query.read().get("incident").filter(|s| !s.is_empty());
    let audience = move || query.read().get("audience").filter(|s| !s.is_empty());
    let data = Resource::new(
        move || (lang.to_owned(), incident(), audience()),
        |(l, i, a)| list_advice(l, i, a),
    );
    view! {
        <Title text=tr("advice-title") />
        <AllAlternates rest="/advice".to_owned() />
        <h1>{tr("advice-title")}</h1>
        <p class="lead">{tr("advice-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = data.await.ok()?;
                let (sel_i, sel_a) = (incident().unwrap_or_default(), audience().unwrap_or_default());
                let count = list.items.len();
                Some(view! {
                    <form method="get" action=format!("/{lang}/advice") class="filters-form">
                        <fieldset class="filters">
                            <legend>{tr("advice-filter-legend")}</legend>
                            <FilterSelect label=tr("advice-filter-incident") name="incident"
                                all=tr("advice-filter-all") selected=sel_i.clone()
                                options=list.incident_types.iter().map(|id| (id.clone(), tr(&format!("incident-{id}")))).collect() />
                            <FilterSelect label=tr("advice-filter-audience") name="audience"
                                all=tr("advice-filter-all") selected=sel_a.clone()
                                options=AUDIENCES.iter().map(|a| (a.to_string(), tr(&format!("audience-{a}")))).collect() />
                            <button type="submit">{tr("advice-filter-submit")}</button>
                        </fieldset>
                    </form>
                    <p role="status">{i18n::t_args(lang, "advice-count", &[("count", count.into())])}</p>
                    {if list.items.is_empty() {
                        view! {
                            <p class="notice">{tr("advice-empty")}</p>
                            <p><a class="button" href=format!("/{lang}/report")>{tr("article-report-cta-button")}</a></p>
                        }.into_any()
                    } else {
                        view! { <CardList items=list.items /> }.into_any()
                    }}
                })
            })}
        </Suspense>
    }
}

/// Renders an article or bulletin body with its notices, meta lines, sources and related advice.
#[component]
pub fn DocBody(page: DocPage, #[prop(optional)] bulletin: bool) -> impl IntoView {
    let lang = use_locale().tag;
    let doc_lang = page.card.lang.clone();
    let title = page.card.title.clone();
    view! {
        <Title text=title.clone() />
        <DocAlternates alternates=page.alternates.clone() original=page.original_url.clone() />
        <article lang=doc_lang.clone()>
            <TranslationNotice fallback=page.fallback stale=page.stale original_url=page.original_url.clone() />
            <h1>{title}</h1>
            <p class="lead">{page.card.summary.clone()}</p>
            <p class="meta-line" lang=lang>
                {page.published.clone().map(|d| view! { <span>{i18n::t_args(lang, "bulletin-published", &[("date", d.into())])}" · "</span> })}
                <span>{i18n::t_args(lang, "article-updated", &[("date", page.updated.clone().into())])}</span>
                {page.reviewed.clone().map(|d| view! { <span>" · "{i18n::t_args(lang, "article-reviewed", &[("date", d.into())])}</span> })}
            </p>
            {bulletin.then(|| view! {
                <p lang=lang>
                    {page.card.severity.clone().map(|s| view! { <crate::app::components::cards::SeverityBadge severity=s /> })}
                    " "
                    {page.card.status.clone().map(|s| view! { <span class="badge">{tr(&format!("status-{s}"))}</span> })}
                    " "<span class="badge">"TLP:CLEAR"</span>
                </p>
            })}
            {(!page.cves.is_empty() || !page.affected.is_empty()).then(|| view! {
                <dl class="facts" lang=lang>
                    {(!page.cves.is_empty()).then(|| view! {
                        <dt>{tr("bulletin-cves")}</dt>
                        <dd>{page.cves.iter().map(|c| view! { <code>{c.clone()}</code>" " }).collect_view()}</dd>
                    })}
                    {(!page.affected.is_empty()).then(|| view! {
                        <dt>{tr("bulletin-affected")}</dt>
                        <dd><ul>{page.affected.iter().map(|a| view! { <li lang=doc_lang.clone()>{a.clone()}</li> }).collect_view()}</ul></dd>
                    })}
                </dl>
            })}
            <div class="prose" inner_html=page.html.clone()></div>
            <section aria-labelledby="sources-heading" lang=lang>
                <h2 id="sources-heading">{tr("article-sources")}</h2>
                <ul>
                    {page.sources.iter().map(|s| view! {
                        <li><a href=s.url.clone() rel="noopener noreferrer">{s.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        </article>
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{tr("article-report-cta-title")}</h2>
            <p>{tr("article-report-cta-body")}</p>
            <p><a class="button" href=format!("/{lang}/report?incident={}", page.card.incident_types.first().cloned().unwrap_or_default())>
                {tr("article-report-cta-button")}
            </a></p>
        </section>
        {(!page.related.is_empty()).then(|| view! {
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">{tr("article-related")}</h2>
                <CardList items=page.related.clone() />
            </section>
        })}
    }
}

/// The list of "what to keep as evidence" pages (`/{lang}/evidence`).
#[component]
pub fn EvidenceListPage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(move || lang.to_owned(), list_evidence);
    view! {
        <Title text=tr("evidence-title") />
        <AllAlternates rest="/evidence".to_owned() />
        <h1>{tr("evidence-title")}</h1>
        <p class="lead">{tr("evidence-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let items = data.await.ok()?;
                Some(if items.is_empty() {
                    view! { <p class="notice">{tr("evidence-empty")}</p> }.into_any()
                } else {
                    view! { <CardList items /> }.into_any()
                })
            })}
        </Suspense>
        <p><a class="button" href=format!("/{lang}/report")>{tr("article-report-cta-button")}</a></p>
    }
}

/// One "what to keep as evidence" page (`/{lang}/evidence/{slug}`).
#[component]
pub fn EvidencePage() -> impl IntoView {
    let lang = use_locale().tag;
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = Resource::new(
        move || (lang.to_owned(), slug()),
        |(l, s)| get_evidence(l, s),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(page)) => view! {
                        <p class="meta-line"><a href=format!("/{lang}/evidence")>{tr("evidence-all")}</a></p>
                        <DocBody page />
                    }.into_any(),
                    _ => view! { <NotFoundBody /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// One advice article (`bulletin = false`) or threat bulletin (`bulletin = true`), from the `:slug` of the URL.
#[component]
pub fn DocRoute(#[prop(optional)] bulletin: bool) -> impl IntoView {
    let lang = use_locale().tag;
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = Resource::new(
        move || (lang.to_owned(), slug()),
        move |(l, s)| async move {
            if bulletin {
                crate::api::content::get_bulletin(l, s).await
            } else {
                get_article(l, s).await
            }
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(page)) => view! {
                        <DocBody page bulletin />
                        {bulletin.then(|| view! { <p class="meta-line">{tr("bulletin-tlp")}</p> })}
                    }.into_any(),
                    _ => view! { <NotFoundBody /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// One advice article.
#[component]
pub fn ArticlePage() -> impl IntoView {
    view! { <DocRoute /> }
}

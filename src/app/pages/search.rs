//! `/{lang}/search?q=&kind=&incident=&audience=&page=`: a plain GET form and server-rendered results, so it
//! works without JavaScript. With JavaScript, up to five suggestions appear under the field as the reader
//! types (debounced 250 ms; the last word matches as a prefix).

use crate::api::search::{search_page, search_suggest, SearchHit, SearchParams, SearchResults};
use crate::app::components::cards::AllAlternates;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Incident types offered as entry points when nothing is found (the most common ones first).
const ENTRY_POINTS: [&str; 8] = [
    "phishing",
    "account-takeover",
    "online-fraud",
    "ransomware",
    "sextortion",
    "investment-scam",
    "malware",
    "data-breach",
];

fn params_from(q: &leptos_router::params::ParamsMap) -> SearchParams {
    let get = |k: &str| q.get(k).filter(|s| !s.trim().is_empty());
    SearchParams {
        q: get("q"),
        kind: get("kind"),
        incident: get("incident"),
        audience: get("audience"),
        page: get("page"),
    }
}

/// `/{lang}/search?...` with the given parameters changed (`None` removes one) and the page reset.
fn link(lang: &str, p: &SearchParams, change: &[(&str, Option<&str>)]) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let cur = [
        ("q", p.q.as_deref()),
        ("kind", p.kind.as_deref()),
        ("incident", p.incident.as_deref()),
        ("audience", p.audience.as_deref()),
    ];
    for (k, v) in cur {
        let v = change
            .iter()
            .find(|(ck, _)| *ck == k)
            .map_or(v, |(_, cv)| *cv);
        if let Some(v) = v {
            pairs.push((k, v.to_owned()));
        }
    }
    if let Some((_, Some(pg))) = change.iter().find(|(k, _)| *k == "page") {
        pairs.push(("page", (*pg).to_owned()));
    }
    let qs: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::html::encode_query_value(v)))
        .collect();
    format!("/{lang}/search?{}", qs.join("&"))
}

/// The translated texts of the search form, handed to the [`SearchForm`] island (islands carry no locale
/// tables: the server translates).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct SearchTexts {
    /// The field's label.
    pub label: String,
    /// The button.
    pub submit: String,
    /// The hint under the field.
    pub hint: String,
    /// The accessible name of the suggestions list.
    pub suggestions: String,
    /// What the status region announces for 0, 1, … 5 suggestions (`search-suggestions-count`, plural rules
    /// applied on the server).
    #[serde(default)]
    pub counts: Vec<String>,
}

/// The search form; with JavaScript it shows suggestions while typing (the [`SearchForm`] island).
#[component]
pub fn SearchBox(#[prop(into)] value: String, #[prop(optional)] autofocus: bool) -> impl IntoView {
    let texts = SearchTexts {
        label: tr("search-label"),
        submit: tr("search-submit"),
        hint: tr("search-hint"),
        suggestions: tr("search-suggestions"),
        counts: (0..=MAX_SUGGESTIONS)
            .map(|n| {
                crate::i18n::t_args(
                    use_locale().tag,
                    "search-suggestions-count",
                    &[("count", n.into())],
                )
            })
            .collect(),
    };
    view! { <SearchForm lang=use_locale().tag.to_owned() value autofocus texts /> }
}

/// The most suggestions `search_suggest` returns.
pub const MAX_SUGGESTIONS: usize = 5;

/// Island: the search form. Without JavaScript a plain GET form; with it, an ARIA 1.2 combobox: up to five
/// suggestions for what is typed, fetched from `search_suggest` 250 ms after the last keystroke (an older
/// answer arriving late never replaces a newer one), reached with the arrow keys (`aria-activedescendant`;
/// focus stays in the field), followed with Enter, closed with Escape. A separate status region announces
/// only how many suggestions there are, never the list itself.
#[island]
pub fn SearchForm(
    lang: String,
    value: String,
    autofocus: bool,
    texts: SearchTexts,
) -> impl IntoView {
    let (suggestions, set_suggestions) = signal(Vec::<SearchHit>::new());
    let (active, set_active) = signal(None::<usize>);
    let (announce, set_announce) = signal(String::new());
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let latest = StoredValue::new(0u64);
    let action = format!("/{lang}/search");
    let counts = StoredValue::new(texts.counts.clone());
    let show = move |hits: Vec<SearchHit>| {
        let n = hits.len();
        set_active.set(None);
        set_suggestions.set(hits);
        set_announce.set(counts.with_value(|c| c.get(n).cloned().unwrap_or_default()));
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let seq = latest.get_value() + 1;
        latest.set_value(seq);
        let lang = lang.clone();
        let h = leptos::leptos_dom::helpers::set_timeout_with_handle(
            move || {
                if v.trim().chars().count() < 2 {
                    set_active.set(None);
                    set_suggestions.set(Vec::new());
                    set_announce.set(String::new());
                    return;
                }
                leptos::task::spawn_local(async move {
                    let hits = search_suggest(lang, v).await.unwrap_or_default();
                    if latest.get_value() == seq {
                        show(hits);
                    }
                });
            },
            std::time::Duration::from_millis(250),
        )
        .ok();
        pending.set_value(h);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1).min(n - 1))));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = a.and_then(|i| i.checked_sub(1)));
            }
            "Enter" => {
                let url = active
                    .get()
                    .and_then(|i| suggestions.with(|s| s.get(i).map(|h| h.url.clone())));
                if let Some(url) = url {
                    ev.prevent_default();
                    let _ = window().location().set_href(&url);
                }
            }
            "Escape" if n > 0 => {
                ev.prevent_default();
                set_active.set(None);
                set_suggestions.set(Vec::new());
                set_announce.set(String::new());
            }
            _ => {}
        }
    };
    let list_name = texts.suggestions.clone();
    view! {
        <form method="get" action=action class="search-form" role="search">
            <label for="search-q">{texts.label}</label>
            <div class="search-row">
                <input id="search-q" type="search" name="q" value=value maxlength="500" autocomplete="off"
                    autofocus=autofocus aria-describedby="search-hint"
                    role="combobox" aria-autocomplete="list" aria-controls="search-suggestions"
                    aria-expanded=move || if suggestions.with(Vec::is_empty) { "false" } else { "true" }
                    aria-activedescendant=move || active.get().map(|i| format!("search-opt-{i}"))
                    on:input=on_input on:keydown=on_keydown />
                <button type="submit">{texts.submit}</button>
            </div>
            <p id="search-hint" class="hint">{texts.hint}</p>
            <ul id="search-suggestions" class="suggestions" role="listbox" aria-label=list_name
                hidden=move || suggestions.with(Vec::is_empty)>
                {move || suggestions.get().into_iter().enumerate().map(|(i, h)| {
                    // an option holds no link (ARIA: no interactive content inside an option): a click or Enter
                    // on it opens the page
                    let url = h.url.clone();
                    view! {
                        <li role="option" id=format!("search-opt-{i}") lang=h.lang.clone()
                            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                            class:active=move || active.get() == Some(i)
                            on:click=move |_| { let _ = window().location().set_href(&url); }>
                            {h.title.clone()}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="visually-hidden" role="status">{move || announce.get()}</p>
        </form>
    }
}

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_locale().tag;
    let query = use_query_map();
    let params = move || params_from(&query.read());
    let data = Resource::new(params, move |p| {
        search_page(lang.to_owned(), p.q, p.kind, p.incident, p.audience, p.page)
    });
    let initial = params().q;
    view! {
        <Title text=tr("search-title") />
        <AllAlternates rest="/search".to_owned() />
        <h1>{tr("search-title")}</h1>
        <SearchBox value=initial.clone().unwrap_or_default() autofocus=initial.is_none() />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let p = params();
                let res = data.await.unwrap_or_default();
                Some(view! {
                    {if res.busy {
                        view! { <p class="notice" role="alert">{tr("search-busy")}</p> }.into_any()
                    } else if p.q.is_none() {
                        view! { <EntryPoints /> }.into_any()
                    } else if res.total == 0 {
                        view! { <EmptyState query=res.query.clone() /> }.into_any()
                    } else {
                        view! { <Results res=res p=p /> }.into_any()
                    }}
                })
            })}
        </Suspense>
    }
}

#[component]
fn Results(res: SearchResults, p: SearchParams) -> impl IntoView {
    let lang = use_locale().tag;
    let pages = res.total.div_ceil(res.limit).clamp(1, 100);
    let page = res.offset / res.limit + 1;
    let facet = |root: &'static str, label: &str| {
        let counts = res.facets.get(root).cloned().unwrap_or_default();
        let selected = match root {
            "kind" => p.kind.clone(),
            "incident" => p.incident.clone(),
            _ => p.audience.clone(),
        };
        let p = p.clone();
        let label = label.to_owned();
        view! {
            <section class="facet">
                <h3>{tr(&label)}</h3>
                <ul>
                    {selected.clone().map(|_| view! {
                        <li><a href=link(lang, &p, &[(root, None)])>{tr("search-filter-all")}</a></li>
                    })}
                    {counts.into_iter().filter(|(_, n)| *n > 0).map(|(v, n)| {
                        let name = match root {
                            "kind" => tr(&format!("search-kind-{v}")),
                            "incident" => tr(&format!("incident-{v}")),
                            _ => tr(&format!("audience-{v}")),
                        };
                        let current = selected.as_deref() == Some(v.as_str());
                        view! {
                            <li>
                                <a href=link(lang, &p, &[(root, Some(v.as_str()))])
                                    aria-current=current.then_some("true")>{name}</a>
                                " "<span class="count">"("{n}")"</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    };
    view! {
        <p role="status">{i18n::t_args(lang, "search-count", &[("count", res.total.into()), ("query", res.query.clone().into())])}</p>
        <div class="search-layout">
            <ol class="results" start=(res.offset + 1).to_string()>
                {res.hits.iter().cloned().map(|h| view! { <Hit hit=h /> }).collect_view()}
            </ol>
            <aside class="facets" aria-label=tr("search-filters")>
                <h2>{tr("search-filters")}</h2>
                {facet("kind", "search-filter-kind")}
                {facet("incident", "search-filter-incident")}
                {facet("audience", "search-filter-audience")}
            </aside>
        </div>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=tr("search-pages")>
                {(page > 1).then(|| view! {
                    <a rel="prev" href=link(lang, &p, &[("page", Some(&(page - 1).to_string()))])>{tr("search-prev")}</a>
                })}
                " "<span>{i18n::t_args(lang, "search-page", &[("page", page.into()), ("pages", pages.into())])}</span>" "
                {(page < pages).then(|| view! {
                    <a rel="next" href=link(lang, &p, &[("page", Some(&(page + 1).to_string()))])>{tr("search-next")}</a>
                })}
            </nav>
        })}
    }
}

#[component]
fn Hit(hit: SearchHit) -> impl IntoView {
    let lang = use_locale().tag;
    let foreign = hit.lang != lang;
    view! {
        <li class="result">
            <h2><a href=hit.url.clone() lang=hit.lang.clone()>{hit.title.clone()}</a></h2>
            <p class="meta-line">
                <span class="badge">{tr(&format!("search-kind-{}", hit.kind))}</span>
                {hit.incident_types.iter().map(|i| view! { " "<span class="badge">{tr(&format!("incident-{i}"))}</span> }).collect_view()}
                {hit.audience.iter().map(|a| view! { " "<span class="tag">{tr(&format!("audience-{a}"))}</span> }).collect_view()}
                {foreign.then(|| view! { " "<span class="badge lang-badge">{tr("search-in-english")}</span> })}
            </p>
            <p class="snippet" lang=hit.lang.clone() inner_html=hit.snippet.clone()></p>
        </li>
    }
}

#[component]
fn EmptyState(query: String) -> impl IntoView {
    let lang = use_locale().tag;
    view! {
        <section class="notice empty-state" role="status">
            <h2>{i18n::t_args(lang, "search-empty-title", &[("query", query.into())])}</h2>
            <p>{tr("search-empty-body")}</p>
        </section>
        <EntryPoints />
    }
}

/// Links to the most common incident types and to the report form.
#[component]
fn EntryPoints() -> impl IntoView {
    let lang = use_locale().tag;
    view! {
        <section aria-labelledby="entry-heading">
            <h2 id="entry-heading">{tr("search-entry-title")}</h2>
            <ul class="entry-points">
                {ENTRY_POINTS.iter().map(|i| view! {
                    <li><a href=format!("/{lang}/advice?incident={i}")>{tr(&format!("incident-{i}"))}</a></li>
                }).collect_view()}
                <li><a href=format!("/{lang}/advice")>{tr("search-entry-all")}</a></li>
            </ul>
            <p><a class="button" href=format!("/{lang}/report")>{tr("search-entry-report")}</a></p>
        </section>
    }
}

//! Lists of articles and bulletins, badges and the translation notices.

use crate::api::content::{Alternate, Card};
use crate::app::{tr, use_locale};
use crate::i18n::{self, LOCALES};
use leptos::prelude::*;
use leptos_meta::Link;

/// A severity badge (`critical`, `high`, ...), text and colour.
#[component]
pub fn SeverityBadge(severity: String) -> impl IntoView {
    let class = format!("badge sev-{severity}");
    view! { <span class=class>{tr("severity-label")}": "{tr(&format!("severity-{severity}"))}</span> }
}

/// One card: linked title, summary, and a meta line.
#[component]
pub fn CardItem(card: Card) -> impl IntoView {
    let reader = use_locale().tag;
    let foreign = (card.lang != reader).then(|| card.lang.clone());
    let audience = card
        .audience
        .iter()
        .map(|a| tr(&format!("audience-{a}")))
        .collect::<Vec<_>>()
        .join(" · ");
    let severity = card.severity.clone();
    let status = card.status.clone().map(|s| tr(&format!("status-{s}")));
    view! {
        <li class="card">
            <a class="card-link" href=card.url.clone()>
                <span class="card-title" lang=foreign.clone()>{card.title.clone()}</span>
                {foreign.as_ref().map(|_| view! { <span class="card-meta">{tr("article-in-english")}</span> })}
                <span class="card-desc" lang=foreign.clone()>{card.summary.clone()}</span>
                <span class="card-meta">
                    {severity.map(|s| view! { <SeverityBadge severity=s /> " " })}
                    {status.map(|s| view! { <span>{s}" · "</span> })}
                    {(!audience.is_empty()).then(|| view! { <span>{audience.clone()}" · "</span> })}
                    <span>{card.date.clone()}</span>
                </span>
            </a>
        </li>
    }
}

/// A list of cards.
#[component]
pub fn CardList(items: Vec<Card>) -> impl IntoView {
    view! {
        <ul class="cards">
            {items.into_iter().map(|c| view! { <CardItem card=c /> }).collect_view()}
        </ul>
    }
}

/// `hreflang` alternates for a page that exists in every language (`rest` is the path after `/{lang}`).
#[component]
pub fn AllAlternates(rest: String) -> impl IntoView {
    LOCALES
        .iter()
        .map(|l| view! { <Link rel="alternate" hreflang=l.tag href=format!("/{}{rest}", l.tag) /> })
        .collect_view()
}

/// `hreflang` alternates for a document that exists in only some languages, plus `x-default` (English).
#[component]
pub fn DocAlternates(alternates: Vec<Alternate>, original: String) -> impl IntoView {
    view! {
        {alternates
            .into_iter()
            .map(|a| view! { <Link rel="alternate" hreflang=a.lang href=a.url /> })
            .collect_view()}
        <Link rel="alternate" hreflang="x-default" href=original />
    }
}

/// The notices above a document: shown in English because untranslated, or a possibly stale translation.
#[component]
pub fn TranslationNotice(fallback: bool, stale: bool, original_url: String) -> impl IntoView {
    let reader = use_locale().tag;
    view! {
        {fallback.then(|| view! {
            <p class="notice" role="note">{i18n::t(reader, "notice-missing-translation")}</p>
        })}
        {stale.then(|| view! {
            <p class="notice" role="note">
                {i18n::t(reader, "notice-stale-translation")}" "
                <a href=original_url.clone() hreflang="en" lang="en">{i18n::t(reader, "notice-read-original")}</a>
            </p>
        })}
    }
}

/// One `<select>` of a list page's filter form: `label` above it, a first "all" option (empty value), then one
/// option per `(value, label)` with `selected` (the value from the URL) preselected. Works without JavaScript
/// (the form is a plain GET).
#[component]
pub fn FilterSelect(
    /// The visible label.
    label: String,
    /// The query parameter name.
    name: &'static str,
    /// The label of the empty "all" option.
    all: String,
    /// `(value, label)` pairs in display order.
    options: Vec<(String, String)>,
    /// The currently selected value ("" for all).
    selected: String,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <select name=name>
                <option value="" selected=selected.is_empty()>{all}</option>
                {options.into_iter().map(|(value, text)| {
                    let sel = value == selected;
                    view! { <option value=value selected=sel>{text}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

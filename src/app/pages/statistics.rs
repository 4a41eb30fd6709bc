//! `/{lang}/statistics`: the open statistics (see [`crate::api::stats`]) as a server-rendered SVG bar chart of
//! reports per month with the numbers as a table beside it, then one table per breakdown and the deliveries per
//! recipient kind. No JavaScript; every table scrolls sideways on a narrow screen.

use crate::api::stats::{get_statistics, Row, Statistics};
use crate::app::components::cards::AllAlternates;
use crate::app::{tr, use_locale};
use crate::i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// A published count, or the word for a withheld one.
fn cell(n: Option<i64>) -> String {
    n.map(|n| n.to_string())
        .unwrap_or_else(|| tr("stats-withheld"))
}

/// The monthly totals as bars: 600 × 220 user units, each bar titled with its month and count; a withheld
/// month has no bar and is marked below the axis.
fn chart(s: &Statistics) -> impl IntoView {
    let max = s.totals.iter().flatten().copied().max().unwrap_or(0).max(1);
    let n = s.months.len().max(1);
    let slot = 560.0 / n as f64;
    let bar = (slot * 0.7).max(4.0);
    let bars = s
        .months
        .iter()
        .zip(&s.totals)
        .enumerate()
        .map(|(i, (m, t))| {
            let x = 30.0 + i as f64 * slot + (slot - bar) / 2.0;
            let label_x = x + bar / 2.0;
            let (h, text) = match t {
                Some(v) => (*v as f64 / max as f64 * 170.0, format!("{m}: {v}")),
                None => (0.0, format!("{m}: {}", tr("stats-withheld"))),
            };
            view! {
                <g>
                    <title>{text}</title>
                    <rect x=format!("{x:.1}") y=format!("{:.1}", 185.0 - h) width=format!("{bar:.1}") height=format!("{h:.1}") class="bar" />
                    <text x=format!("{label_x:.1}") y="200" text-anchor="middle" class="axis">{m.clone()}</text>
                    <text x=format!("{label_x:.1}") y=format!("{:.1}", 180.0 - h) text-anchor="middle" class="value">{t.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" viewBox="0 0 600 210" role="img" aria-labelledby="chart-title">
            <title id="chart-title">{tr("stats-chart-title")}</title>
            <line x1="28" y1="185" x2="592" y2="185" class="axis-line" />
            {bars}
        </svg>
    }
}

/// One breakdown as a table: a row per category, a column per month.
fn table(id: &'static str, title: String, months: &[String], rows: &[Row]) -> impl IntoView {
    let caption = format!("{id}-caption");
    let labelled_by = caption.clone();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table class="stats">
                <caption id=caption>{title}</caption>
                <thead><tr><th scope="col">{tr("stats-category")}</th>{months.iter().map(|m| view! { <th scope="col">{m.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.iter().map(|r| view! {
                        <tr><th scope="row">{r.label.clone()}</th>{r.counts.iter().map(|c| view! { <td>{cell(*c)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn body(s: Statistics) -> impl IntoView {
    let lang = use_locale().tag;
    view! {
        <h2>{tr("stats-per-month")}</h2>
        <figure class="stats-figure">
            {chart(&s)}
            <figcaption>{tr("stats-chart-caption")}</figcaption>
        </figure>
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="totals-caption">
            <table class="stats">
                <caption id="totals-caption">{tr("stats-per-month")}</caption>
                <thead><tr>{s.months.iter().map(|m| view! { <th scope="col">{m.clone()}</th> }).collect_view()}</tr></thead>
                <tbody><tr>{s.totals.iter().map(|c| view! { <td>{cell(*c)}</td> }).collect_view()}</tr></tbody>
            </table>
        </div>
        <h2>{tr("stats-breakdowns")}</h2>
        {table("incident", tr("stats-by-incident"), &s.months, &s.by_incident)}
        {table("country", tr("stats-by-country"), &s.months, &s.by_country)}
        {table("victim", tr("stats-by-victim"), &s.months, &s.by_victim)}
        <h2>{tr("stats-deliveries")}</h2>
        {if s.deliveries.is_empty() {
            view! { <p>{tr("stats-no-deliveries")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="deliveries-caption">
                    <table class="stats">
                        <caption id="deliveries-caption">{tr("stats-deliveries-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{tr("stats-recipient-kind")}</th>
                            <th scope="col">{tr("stats-delivered")}</th>
                            <th scope="col">{tr("stats-acknowledged")}</th>
                            <th scope="col">{tr("stats-failed")}</th>
                            <th scope="col">{tr("stats-median-ack")}</th>
                        </tr></thead>
                        <tbody>
                            {s.deliveries.iter().map(|d| view! {
                                <tr>
                                    <th scope="row">{d.label.clone()}</th>
                                    <td>{cell(d.delivered)}</td>
                                    <td>{cell(d.acknowledged)}</td>
                                    <td>{cell(d.failed)}</td>
                                    <td>{d.median_ack_hours.map(|h| i18n::t_args(lang, "stats-hours", &[("hours", h.into())])).unwrap_or_else(|| tr("stats-withheld"))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <p class="hint">{i18n::t_args(lang, "stats-method", &[("threshold", s.threshold.into())])}</p>
        <p class="hint"><a href=format!("/api/v1/statistics?lang={lang}")>{tr("stats-api")}</a></p>
    }
}

/// `/{lang}/statistics`.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let lang = use_locale().tag;
    let data = Resource::new(move || lang.to_owned(), get_statistics);
    view! {
        <Title text=tr("stats-title") />
        <AllAlternates rest="/statistics".to_owned() />
        <h1>{tr("stats-title")}</h1>
        <p class="lead">{tr("stats-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) if !s.months.is_empty() => body(s).into_any(),
                    Ok(_) => view! { <p class="notice" role="status">{tr("stats-empty")}</p> }.into_any(),
                    Err(_) => view! { <p class="notice" role="alert">{tr("stats-unavailable")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

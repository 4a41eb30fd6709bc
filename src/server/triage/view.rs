//! Builds one step of "What happened?" (`/{lang}/help`) for the page and the API: the answers so far with their
//! "change" links, the next question, or the diagnosis with the article's first steps, the routing answer and a
//! report link filled in with every answer.

use crate::api::triage::{HelpAnswer, HelpOption, HelpQuestion, HelpResult, HelpStep};
use crate::i18n;
use crate::server::content::Library;
use crate::server::routing::{self, Answers};
use crate::server::triage::{Kind, Tree, MAX_ANSWERS};
use std::collections::BTreeMap;

/// Longest value accepted for one answer; longer ones are dropped (with the notice).
const MAX_VALUE: usize = 64;
/// Most parameters read from one URL.
const MAX_PARAMS: usize = 24;

/// Parses the query string into answers: the first value of each known-shaped key, bounded. Returns the answers
/// and whether anything was dropped.
pub fn parse_query(query: &str) -> (BTreeMap<String, String>, bool) {
    let mut out = BTreeMap::new();
    let mut dropped = false;
    for (i, (k, v)) in url::form_urlencoded::parse(query.as_bytes()).enumerate() {
        if i >= MAX_PARAMS {
            dropped = true;
            break;
        }
        let ok = |s: &str| {
            !s.is_empty()
                && s.len() <= MAX_VALUE
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        if ok(&k) && ok(&v) {
            out.entry(k.into_owned()).or_insert_with(|| v.into_owned());
        } else {
            dropped = true;
        }
    }
    (out, dropped)
}

fn encode(pairs: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// The first section of an article's HTML (the "Do this now" steps), without its heading.
pub fn first_section(html: &str) -> String {
    let Some(start) = html.find("<h2") else {
        return String::new();
    };
    let after = &html[start..];
    let body_start = after.find("</h2>").map(|i| i + 5).unwrap_or(0);
    let body = &after[body_start..];
    let end = body.find("<h2").unwrap_or(body.len());
    body[..end].trim().to_owned()
}

/// The report form's URL filled in with the answers.
pub fn report_url(lang: &str, a: &Answers) -> String {
    let mut p: Vec<(String, String)> = vec![
        ("country".into(), a.country.clone()),
        ("victim".into(), a.victim.id().into()),
        ("incident".into(), a.incident.clone()),
    ];
    let mut flag = |name: &str, on: bool| {
        if on {
            p.push((name.into(), "on".into()))
        }
    };
    flag("money_lost", a.money_lost);
    flag("payment_recent", a.payment_recent);
    flag("self_approved", a.self_approved);
    flag("personal_data", a.personal_data);
    flag("minor", a.minor);
    flag("cross_border", a.cross_border);
    flag("device_encrypted", a.device_encrypted);
    if let Some(r) = &a.region {
        p.push(("region".into(), r.clone()));
    }
    if let Some(s) = a.sector {
        p.push(("sector".into(), s.id()));
    }
    if let Some(pay) = a.payment {
        p.push((
            "payment".into(),
            serde_json::to_value(pay)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
        ));
    }
    if a.personal_data {
        let role = serde_json::to_value(a.role)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        p.push(("role".into(), role));
    }
    format!("/{lang}/report?{}", encode(&p))
}

fn label(lang: &str, o: &crate::server::triage::Offered) -> String {
    use crate::server::content::countries;
    if o.literal {
        // a country (`PT`) or a region (`DE-BY`, labelled "Germany – Bayern"): the country in the reader's
        // language (CLDR), the region as the country writes it
        let (cc, region) = match o.value.split_once('-') {
            Some((cc, _)) => (cc, o.label.split_once(" – ").map(|(_, r)| r)),
            None => (o.value.as_str(), None),
        };
        match (cc.len() == 2, countries::name(lang, cc), region) {
            (true, Some(n), Some(r)) => format!("{n} – {r}"),
            (true, Some(n), None) if o.value.len() == 2 => n.to_owned(),
            _ => o.label.clone(),
        }
    } else {
        i18n::t(lang, &o.label)
    }
}

/// One step for the answers in `query`, in `lang` (any tag; unknown means English). `None` when the content
/// has no tree.
pub fn step(lib: &Library, lang: &str, query: &str) -> Option<HelpStep> {
    let lang = i18n::resolve_or_default(Some(lang)).tag;
    let tree = lib.triage.as_ref()?;
    let (mut params, dropped) = parse_query(query);
    let none_fit = params.remove("nofit").is_some();
    let thanks = params.remove("thanks").is_some();
    let walk = tree.walk(&params, lib);
    let base = format!("/{lang}/help");
    let mut answered = Vec::new();
    for (i, (qid, value)) in walk.answered.iter().enumerate() {
        let q = tree
            .questions
            .iter()
            .chain(tree.facts.iter())
            .find(|q| &q.id == qid);
        let answer = q
            .map(|_| {
                // labels of the value as offered on its own step
                let before: BTreeMap<String, String> = walk.answered[..i].iter().cloned().collect();
                let w = tree.walk(&before, lib);
                w.options
                    .iter()
                    .find(|o| &o.value == value)
                    .map(|o| label(lang, o))
                    .unwrap_or_else(|| value.clone())
            })
            .unwrap_or_default();
        let keep = &walk.answered[..i];
        answered.push(HelpAnswer {
            id: qid.clone(),
            question: i18n::t(lang, &format!("triage-q-{qid}")),
            answer,
            value: value.clone(),
            change_url: if keep.is_empty() {
                base.clone()
            } else {
                format!("{base}?{}", encode(keep))
            },
        });
    }
    let here = if walk.answered.is_empty() {
        base.clone()
    } else {
        format!("{base}?{}", encode(&walk.answered))
    };
    let sep = if walk.answered.is_empty() { '?' } else { '&' };
    let question = walk.question.as_ref().map(|q| HelpQuestion {
        id: q.id.clone(),
        text: i18n::t(lang, &format!("triage-q-{}", q.id)),
        options: walk
            .options
            .iter()
            .map(|o| HelpOption {
                value: o.value.clone(),
                label: label(lang, o),
                group: o.group.clone(),
            })
            .collect(),
        select: q.kind != Kind::Choice,
        number: walk.answered.len() + 1,
        max: MAX_ANSWERS,
    });
    let now = chrono::Utc::now();
    let result = match (&walk.outcome, &walk.question) {
        (Some(o), None) => {
            let a = &walk.answers;
            let slug = Tree::article_for(o, a);
            let doc = crate::server::content::views::article(lib, lang, slug, now);
            let rsit = lib
                .incident_types
                .iter()
                .find(|t| t.id == o.incident)
                .map(|t| format!("{}/{}", t.rsit_class, t.rsit_type))
                .unwrap_or_default();
            let routing = lib.rules.as_ref().map(|r| {
                if routing::check_answers(&lib.directory, a).is_ok() {
                    routing::route(r, &lib.directory, a)
                } else {
                    routing::Routing {
                        country: None,
                        covered: false,
                        steps: vec![],
                    }
                }
            });
            Some(HelpResult {
                id: o.id.clone(),
                diagnosis: i18n::t(lang, &format!("triage-r-{}", o.id)),
                rsit,
                article_title: doc
                    .as_ref()
                    .map(|d| d.card.title.clone())
                    .unwrap_or_default(),
                article_url: format!("/{lang}/advice/{slug}"),
                do_now_html: doc
                    .as_ref()
                    .map(|d| first_section(&d.html))
                    .unwrap_or_default(),
                do_now_lang: doc
                    .as_ref()
                    .map(|d| d.card.lang.clone())
                    .unwrap_or_else(|| lang.to_owned()),
                steps: routing
                    .as_ref()
                    .map(|r| crate::server::reports::step_views(r, lang, None, chrono_tz::UTC))
                    .unwrap_or_default(),
                covered: routing.as_ref().is_some_and(|r| r.covered),
                report_url: report_url(lang, a),
            })
        }
        _ => None,
    };
    let (general_html, general_lang) = if none_fit {
        crate::server::content::views::article(lib, lang, "other", now)
            .map(|d| (first_section(&d.html), d.card.lang.clone()))
            .unwrap_or_default()
    } else {
        (String::new(), String::new())
    };
    Some(HelpStep {
        notice: walk.notice || dropped,
        hidden: walk.answered.clone(),
        answered,
        question,
        result,
        none_fit_url: format!("{here}{sep}nofit=1"),
        none_fit,
        thanks,
        general_html,
        general_lang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_bounded_and_odd_values_dropped() {
        let (p, dropped) = parse_query("who=private&what=money&who=business");
        assert_eq!(p.get("who").map(String::as_str), Some("private"));
        assert!(!dropped);
        let long = "x".repeat(10_000);
        let (p, dropped) = parse_query(&format!("who={long}&what=%3Cscript%3E"));
        assert!(p.is_empty() && dropped);
    }

    #[test]
    fn the_first_section_of_an_article() {
        let html =
            "<p>intro</p><h2 id=\"a\">Do this now</h2><ol><li>x</li></ol><h2>Then</h2><p>y</p>";
        assert_eq!(first_section(html), "<ol><li>x</li></ol>");
        assert_eq!(first_section("<p>none</p>"), "");
    }
}

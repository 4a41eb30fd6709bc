//! The delivered document: one JSON [`Payload`] per report and recipient, documented by
//! `docs/delivery-payload.schema.json`, and its e-mail rendering (plain text + HTML, JSON attached).

use crate::api::report::ReportInput;
use crate::html::escape as esc;
use serde::{Deserialize, Serialize};

/// Version of the payload format (`schema_version`); bumped on incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// RSIT (Reference Security Incident Taxonomy) classification.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// Always `rsit`.
    pub taxonomy: String,
    /// RSIT class, e.g. `fraud`.
    pub class: String,
    /// RSIT type, e.g. `phishing`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// Who the payload is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recipient {
    /// Directory contact id, e.g. `fi-ncsc-fi`.
    pub contact_id: String,
    /// Name from the directory.
    pub name: Option<String>,
    /// Routing step kind (`csirt`, `police`, `dpa`, ...).
    pub kind: String,
    /// Routing rule that named this recipient.
    pub rule: String,
    /// Legal deadline (RFC 3339), when one applies.
    pub deadline_at: Option<String>,
}

/// What happened, as typed by the victim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// Portal incident type id (see `content/incident-types.toml`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Free text in the victim's words (language: `language`).
    pub description: String,
    /// When it started (RFC 3339 UTC; typed as local time in the reporting country).
    pub started_at: Option<String>,
    /// When the victim became aware (RFC 3339).
    pub aware_at: Option<String>,
    /// Still going on.
    pub ongoing: bool,
    /// Money lost or payment details given.
    pub money_lost: bool,
    /// Amount lost, decimal text.
    pub amount: Option<String>,
    /// ISO 4217 currency.
    pub currency: Option<String>,
    /// Other people's personal data affected.
    pub personal_data: bool,
    /// A minor is involved.
    pub minor: bool,
    /// Another country is involved.
    pub cross_border: bool,
    /// ISO 3166-2 region, when a service depends on it.
    pub region: Option<String>,
    /// NIS2 sector of the organisation (kebab-case), if given.
    pub sector: Option<String>,
    /// Role for personal data: `controller`, `processor` or `unsure` (`None` when not asked).
    pub role: Option<String>,
    /// A lost device was strongly encrypted and the key is safe.
    pub device_encrypted: bool,
    /// How money left: `card`, `transfer`, `instant`, `crypto`, `cash` or `none`, if said.
    pub payment: Option<String>,
    /// The payment left less than 24 hours before the report.
    pub payment_recent: bool,
    /// The victim approved the payment themselves.
    pub self_approved: bool,
}

/// The reporter's contact details: only when they did not ask to stay anonymous (the delivery itself exists
/// only because they consented to this recipient).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reporter {
    /// `citizen`, `business`, `public-body`, `essential-entity` or `important-entity`.
    pub victim_type: String,
    /// Asked not to be contacted.
    pub anonymous: bool,
    /// E-mail, if given and not anonymous.
    pub email: Option<String>,
    /// Phone, if given and not anonymous.
    pub phone: Option<String>,
}

/// One item of the victim's evidence list. The files are not delivered: the victim keeps them; `sha256`
/// lets the recipient check that a file handed over later is the one listed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// File name or what the item is, invisible formatting characters written as `<U+XXXX>`.
    pub name: String,
    /// The victim's note (same treatment), `None` when empty.
    pub note: Option<String>,
    /// Size in bytes, when the browser read the file.
    pub size: Option<u64>,
    /// SHA-256 of the file (64 lowercase hexadecimal digits), computed in the victim's browser.
    pub sha256: Option<String>,
    /// Last-modified time of the file as the browser reported it (RFC 3339, UTC).
    pub modified: Option<String>,
}

/// How the recipient confirms receipt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Acknowledge {
    /// Webhook callback: `POST` here, signed like the delivery (see README).
    pub callback_url: String,
    /// Page for people (e-mail link), signed.
    pub link: String,
}

/// One delivery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Stable per report and recipient; the same in every retry. Drop duplicates by it.
    pub idempotency_key: String,
    /// Report reference (`XXXX-XXXX-XX`), known to the victim.
    pub reference: String,
    /// When the portal received the report (RFC 3339).
    pub received_at: String,
    /// Traffic Light Protocol 2.0 marking, `TLP:AMBER` unless the operator configured otherwise.
    pub tlp: String,
    /// RSIT classification.
    pub classification: Classification,
    /// ISO 3166-1 alpha-2 country of the victim.
    pub country: String,
    /// Language the victim wrote in (BCP 47).
    pub language: String,
    /// The recipient.
    pub recipient: Recipient,
    /// The incident.
    pub incident: Incident,
    /// The reporter.
    pub reporter: Reporter,
    /// Confirmation of receipt.
    pub acknowledge: Acknowledge,
    /// The victim's evidence list (files kept by the victim, never delivered); absent when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// What the outbox knows about one job's report and recipient.
#[derive(Clone, Debug)]
pub struct JobReport {
    /// Job id = idempotency key.
    pub id: String,
    /// Reference.
    pub reference: String,
    /// Report language.
    pub lang: String,
    /// Country.
    pub country: String,
    /// `class/type`.
    pub rsit: String,
    /// Everything typed.
    pub input: ReportInput,
    /// RFC 3339.
    pub aware_at: Option<String>,
    /// When the incident started, RFC 3339 UTC, as converted at validation (`None` for older reports, whose
    /// typed local time is converted here).
    pub started_at: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// Routing rule.
    pub step_key: String,
    /// Step kind.
    pub kind: String,
    /// RFC 3339.
    pub deadline_at: Option<String>,
    /// Contact id.
    pub contact_id: String,
}

/// The victim's text with every invisible formatting character (Unicode category Cf: bidi embeddings,
/// overrides and isolates such as U+202E, zero-width spaces and joiners, the BOM, soft hyphens) written
/// visibly as `<U+XXXX>`. Such characters can make a recipient read something else than what is there
/// (`invoice` + U+202E + `fdp.exe` shows as "invoiceexe.pdf"); all other text stays exactly as typed.
pub fn visible_controls(s: &str) -> String {
    use std::fmt::Write;
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.general_category() == GeneralCategory::Format {
            let _ = write!(out, "<U+{:04X}>", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Builds the payload of a job. `public_url` is the portal's origin, `ack_sig` the link signature.
pub fn build(
    job: &JobReport,
    contact_name: Option<String>,
    tlp: &str,
    public_url: &str,
    ack_sig: &str,
) -> Payload {
    let (class, kind) = job
        .rsit
        .split_once('/')
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .unwrap_or_else(|| ("other".into(), "undetermined".into()));
    let i = &job.input;
    let anonymous = i.anonymous;
    Payload {
        schema_version: SCHEMA_VERSION,
        idempotency_key: job.id.clone(),
        reference: job.reference.clone(),
        received_at: job.created_at.clone(),
        tlp: tlp.to_owned(),
        classification: Classification {
            taxonomy: "rsit".into(),
            class,
            kind,
        },
        country: job.country.clone(),
        language: job.lang.clone(),
        recipient: Recipient {
            contact_id: job.contact_id.clone(),
            name: contact_name,
            kind: job.kind.clone(),
            rule: job.step_key.clone(),
            deadline_at: job.deadline_at.clone(),
        },
        incident: Incident {
            kind: i.incident.clone(),
            description: visible_controls(&i.description),
            // converted once at validation; reports stored before that are converted from the typed local time
            started_at: job.started_at.clone().or_else(|| {
                opt(&i.started_at).map(|t| {
                    crate::server::reports::validate::parse_when_in(
                        &t,
                        crate::server::reports::validate::country_zone(&job.country),
                    )
                    .map_or(t, |u| u.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                })
            }),
            aware_at: job.aware_at.clone(),
            ongoing: i.ongoing,
            money_lost: i.money_lost || !i.amount.trim().is_empty(),
            amount: opt(&i.amount),
            currency: opt(&i.currency),
            personal_data: i.personal_data,
            minor: i.minor,
            cross_border: i.cross_border,
            region: opt(&i.region),
            sector: opt(&i.sector),
            role: opt(&i.role),
            device_encrypted: i.device_encrypted,
            payment: opt(&i.payment),
            payment_recent: i.payment_recent,
            self_approved: i.self_approved,
        },
        reporter: Reporter {
            victim_type: i.victim.clone(),
            anonymous,
            email: (!anonymous).then(|| opt(&i.contact_email)).flatten(),
            phone: (!anonymous).then(|| opt(&i.contact_phone)).flatten(),
        },
        acknowledge: Acknowledge {
            callback_url: format!("{public_url}/api/v1/deliveries/{}/ack", job.id),
            link: format!("{public_url}/delivery/ack/{}?sig={ack_sig}", job.id),
        },
        evidence: i
            .evidence
            .iter()
            .filter(|x| !x.is_blank())
            .map(|x| Evidence {
                name: visible_controls(x.name.trim()),
                note: opt(&x.note).map(|n| visible_controls(&n)),
                size: x.size.trim().parse().ok(),
                sha256: opt(&x.sha256).map(|h| h.to_ascii_lowercase()),
                modified: opt(&x.modified),
            })
            .collect(),
    }
}

/// The portal's `/en/verify?ref=` page for this message's reference, on the same origin as its confirmation
/// link: where anyone can check that the portal really sent a message about the reference.
pub fn verify_link(p: &Payload) -> String {
    let origin = url::Url::parse(&p.acknowledge.link)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    format!("{origin}/en/verify?ref={}", p.reference)
}

/// The e-mail's subject, plain-text body and HTML body (English: the recipient's working language is not
/// known; the victim's own words are quoted as typed).
pub fn email_texts(p: &Payload) -> (String, String, String) {
    let subject = format!(
        "[{}] cyberhelp report {}: {}/{} ({})",
        p.tlp, p.reference, p.classification.class, p.classification.kind, p.country
    );
    let yes = |b: bool| if b { "yes" } else { "no" };
    let none = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    let rows: Vec<(&str, String)> = vec![
        ("Reference", p.reference.clone()),
        ("Received", p.received_at.clone()),
        (
            "Classification (RSIT)",
            format!("{}/{}", p.classification.class, p.classification.kind),
        ),
        ("Incident type", p.incident.kind.clone()),
        ("Country", p.country.clone()),
        ("Language of the report", p.language.clone()),
        ("Reporter", p.reporter.victim_type.clone()),
        (
            "Why you",
            format!("{} ({})", p.recipient.rule, p.recipient.kind),
        ),
        ("Legal deadline", none(&p.recipient.deadline_at)),
        ("Started", none(&p.incident.started_at)),
        ("Became aware", none(&p.incident.aware_at)),
        ("Ongoing", yes(p.incident.ongoing).into()),
        (
            "Money lost",
            match (&p.incident.amount, &p.incident.currency) {
                (Some(a), c) => format!("{a} {}", c.clone().unwrap_or_default()),
                _ => yes(p.incident.money_lost).into(),
            },
        ),
        (
            "Personal data affected",
            yes(p.incident.personal_data).into(),
        ),
        ("Minor involved", yes(p.incident.minor).into()),
        ("Cross-border", yes(p.incident.cross_border).into()),
        (
            "Reporter contact",
            if p.reporter.anonymous {
                "anonymous (asked not to be contacted)".into()
            } else {
                [&p.reporter.email, &p.reporter.phone]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ),
        ("Idempotency key", p.idempotency_key.clone()),
    ];
    let mut text = format!(
        "{tlp}\n\nA victim sent you this report through cyberhelp and consented to you receiving it.\n\n",
        tlp = p.tlp
    );
    for (k, v) in &rows {
        text.push_str(&format!("{k}: {v}\n"));
    }
    // one line per item: name, note, size, fingerprint, last change
    let evidence: Vec<String> = p
        .evidence
        .iter()
        .map(|x| {
            let mut parts = vec![x.name.clone()];
            parts.extend(x.note.clone());
            parts.extend(x.size.map(|n| format!("{n} bytes")));
            parts.extend(x.sha256.clone().map(|h| format!("SHA-256 {h}")));
            parts.extend(x.modified.clone().map(|m| format!("last changed {m}")));
            parts.join(" | ")
        })
        .collect();
    if !evidence.is_empty() {
        text.push_str(
            "\nEvidence the reporter keeps (files not attached; ask the reporter for them):\n",
        );
        for (n, line) in evidence.iter().enumerate() {
            text.push_str(&format!("{}. {line}\n", n + 1));
        }
    }
    text.push_str(&format!(
        "\nWhat happened (as written by the reporter):\n\n{}\n\nPlease confirm receipt, and tell the reporter where it stands or ask them a question (they see it on their status page and can answer there):\n{}\n\nThe same report is attached as JSON ({}). Retries of this message carry the same idempotency key and Message-ID.\n\nIs this message really from cyberhelp? Check its reference at {}\n",
        p.incident.description, p.acknowledge.link, "schema_version 1", verify_link(p)
    ));
    let mut html = format!(
        "<!DOCTYPE html><html><body><p><strong>{}</strong></p><p>A victim sent you this report through cyberhelp and consented to you receiving it.</p><table>",
        esc(&p.tlp)
    );
    for (k, v) in &rows {
        html.push_str(&format!(
            "<tr><th align=\"left\">{}</th><td>{}</td></tr>",
            esc(k),
            esc(v)
        ));
    }
    html.push_str("</table>");
    if !evidence.is_empty() {
        html.push_str("<h2>Evidence the reporter keeps</h2><p>Files not attached; ask the reporter for them.</p><ol>");
        for line in &evidence {
            html.push_str(&format!("<li>{}</li>", esc(line)));
        }
        html.push_str("</ol>");
    }
    html.push_str(&format!(
        "<h2>What happened</h2><p style=\"white-space:pre-wrap\">{}</p><p><a href=\"{}\">Confirm receipt, give an update or ask the reporter a question</a></p><p>Is this message really from cyberhelp? <a href=\"{}\">Check its reference</a>.</p></body></html>",
        esc(&p.incident.description),
        esc(&p.acknowledge.link),
        esc(&verify_link(p))
    ));
    (subject, text, html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(input: ReportInput) -> JobReport {
        JobReport {
            id: "0123456789abcdef0123456789abcdef".into(),
            reference: "ABCD-EFGH-JK".into(),
            lang: "fi".into(),
            country: "FI".into(),
            rsit: "fraud/phishing".into(),
            input,
            aware_at: Some("2026-11-28T09:00:00Z".into()),
            started_at: None,
            created_at: "2026-11-29T10:00:00Z".into(),
            step_key: "csirt-organisation".into(),
            kind: "csirt".into(),
            deadline_at: None,
            contact_id: "fi-ncsc-fi".into(),
        }
    }

    #[test]
    fn payload_carries_classification_tlp_and_contact_only_when_not_anonymous() {
        let input = ReportInput {
            victim: "citizen".into(),
            incident: "phishing".into(),
            description: "Fake bank SMS </td><script>alert(1)</script>".into(),
            contact_email: "me@example.org".into(),
            amount: "120".into(),
            currency: "EUR".into(),
            ..Default::default()
        };
        let p = build(
            &job(input.clone()),
            Some("NCSC-FI".into()),
            "TLP:AMBER",
            "https://portal.example",
            "sig",
        );
        assert_eq!(
            (
                p.classification.class.as_str(),
                p.classification.kind.as_str()
            ),
            ("fraud", "phishing")
        );
        assert_eq!(p.tlp, "TLP:AMBER");
        assert!(p.incident.money_lost, "an amount means money was lost");
        assert_eq!(p.reporter.email.as_deref(), Some("me@example.org"));
        assert_eq!(
            p.acknowledge.link,
            "https://portal.example/delivery/ack/0123456789abcdef0123456789abcdef?sig=sig"
        );
        let (subject, text, html) = email_texts(&p);
        assert!(subject.starts_with("[TLP:AMBER] cyberhelp report ABCD-EFGH-JK: fraud/phishing"));
        assert!(text.contains("<script>"), "plain text quotes as typed");
        assert!(
            !html.contains("<script>") && html.contains("&lt;script&gt;"),
            "HTML escapes the victim's text"
        );
        let anon = build(
            &job(ReportInput {
                anonymous: true,
                ..input
            }),
            None,
            "TLP:AMBER",
            "https://portal.example",
            "sig",
        );
        assert_eq!((anon.reporter.email, anon.reporter.phone), (None, None));
    }

    #[test]
    fn the_evidence_list_is_delivered_as_data_and_in_the_email_never_as_markup() {
        use crate::api::report::EvidenceItem;
        let input = ReportInput {
            evidence: vec![
                EvidenceItem {
                    name: "invoice\u{202E}fdp.exe".into(),
                    note: "<img src=x onerror=alert(1)>".into(),
                    size: "2048".into(),
                    sha256: "AB".repeat(32),
                    modified: "2026-12-01T10:00:00.000Z".into(),
                },
                EvidenceItem::default(),
            ],
            ..Default::default()
        };
        let p = build(
            &job(input),
            None,
            "TLP:AMBER",
            "https://portal.example",
            "sig",
        );
        assert_eq!(p.evidence.len(), 1, "blank rows are not delivered");
        let x = &p.evidence[0];
        assert_eq!(x.name, "invoice<U+202E>fdp.exe");
        assert_eq!(
            (x.size, x.sha256.as_deref()),
            (Some(2048), Some("ab".repeat(32).as_str()))
        );
        let (_, text, html) = email_texts(&p);
        assert!(text.contains(&format!(
            "1. invoice<U+202E>fdp.exe | <img src=x onerror=alert(1)> | 2048 bytes | SHA-256 {} | last changed 2026-12-01T10:00:00.000Z",
            "ab".repeat(32)
        )), "{text}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"));
        // no list, no section
        let (_, text, _) = email_texts(&build(
            &job(ReportInput::default()),
            None,
            "TLP:AMBER",
            "https://p",
            "s",
        ));
        assert!(!text.contains("Evidence the reporter keeps"));
        let json = serde_json::to_value(build(
            &job(ReportInput::default()),
            None,
            "TLP:AMBER",
            "https://p",
            "s",
        ))
        .unwrap();
        assert!(json.get("evidence").is_none(), "absent when empty");
    }

    #[test]
    fn bidi_and_zero_width_characters_are_delivered_visibly() {
        let input = ReportInput {
            description: "Mail with invoice\u{202E}fdp.exe and a zero\u{200B}width space; \
                          Ελληνικά, العربية and emoji 🙂 stay.\nNew line\tand tab."
                .into(),
            ..Default::default()
        };
        let p = build(
            &job(input),
            None,
            "TLP:AMBER",
            "https://portal.example",
            "sig",
        );
        assert_eq!(
            p.incident.description,
            "Mail with invoice<U+202E>fdp.exe and a zero<U+200B>width space; \
             Ελληνικά, العربية and emoji 🙂 stay.\nNew line\tand tab."
        );
        let (_, text, html) = email_texts(&p);
        assert!(!text.contains('\u{202E}') && text.contains("invoice<U+202E>fdp.exe"));
        assert!(!html.contains('\u{202E}') && html.contains("invoice&lt;U+202E&gt;fdp.exe"));
        for c in [
            '\u{202A}', '\u{202D}', '\u{2066}', '\u{2069}', '\u{200D}', '\u{FEFF}', '\u{AD}',
        ] {
            assert_eq!(
                visible_controls(&c.to_string()),
                format!("<U+{:04X}>", c as u32)
            );
        }
    }
}

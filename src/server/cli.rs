//! The command line: `cyberhelp` (serve), `cyberhelp serve`, `cyberhelp deliver`,
//! `cyberhelp check-content [DIR]`, `cyberhelp translations [DIR]`, `cyberhelp triage-feedback`,
//! `cyberhelp purge`.

use super::config::{Cli, Command, LogFormat, ServeConfig};
use clap::Parser;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn init_logs(config: &ServeConfig) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.log));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Parses arguments and runs the chosen command. Exit status 0 on success, 1 on failure, 2 on bad usage.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckContent { dir }) => check_content(&dir),
        Some(Command::Serve(config)) => serve(config).await,
        Some(Command::Deliver(config)) => deliver(config).await,
        Some(Command::TriageFeedback { database_url }) => triage_feedback(&database_url).await,
        Some(Command::Purge {
            dry_run,
            database_url,
            privacy,
        }) => purge(dry_run, &database_url, &privacy).await,
        Some(Command::Inbox { action }) => inbox(action).await,
        Some(Command::Audit {
            contact,
            limit,
            database_url,
        }) => audit(&contact, limit, &database_url).await,
        Some(Command::Translations { dir }) => translations(&dir),
        Some(Command::BuildAssets { site_root }) => build_assets(&site_root),
        Some(Command::CsafExport { dir, out, base_url }) => csaf_export(&dir, &out, &base_url),
        Some(Command::PreviewLink {
            item,
            lang,
            hours,
            public_url,
            database_url,
        }) => preview_link(&item, &lang, hours, &public_url, &database_url).await,
        None => serve(cli.serve).await,
    }
}

/// `cyberhelp build-assets [SITE_ROOT]`: see [`super::assets::build`]. Prints one line per file (raw, br and gzip
/// sizes in bytes).
fn build_assets(site_root: &std::path::Path) -> ExitCode {
    match super::assets::build(site_root) {
        Ok(files) => {
            for f in files {
                println!(
                    "{:<40} {:>9} bytes, br {:>8}, gzip {:>8}",
                    f.name, f.raw, f.br, f.gz
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("build-assets: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp translations DIR`: per language, how many articles and bulletins exist, which are missing, and
/// which are out of date (the English text changed after the revision translated). Exit 1 if the content does
/// not load.
pub fn translations(dir: &std::path::Path) -> ExitCode {
    let lib = match super::content::load(dir) {
        Ok(l) => l,
        Err(errors) => {
            eprintln!(
                "{}: {} problem(s); run check-content first",
                dir.display(),
                errors.len()
            );
            return ExitCode::FAILURE;
        }
    };
    let report = translation_report(&lib);
    println!(
        "{:<5} {:>8} {:>9} {:>10}  missing / out of date",
        "lang", "articles", "bulletins", "outdated"
    );
    for r in report {
        println!(
            "{:<5} {:>8} {:>9} {:>10}  {}",
            r.lang,
            format!("{}/{}", r.articles, r.articles_total),
            format!("{}/{}", r.bulletins, r.bulletins_total),
            r.outdated.len(),
            r.missing
                .iter()
                .map(|m| format!("-{m}"))
                .chain(r.outdated.iter().map(|m| format!("~{m}")))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
    ExitCode::SUCCESS
}

/// One language's translation status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationStatus {
    /// BCP 47 tag.
    pub lang: &'static str,
    /// Articles in this language.
    pub articles: usize,
    /// Articles in English.
    pub articles_total: usize,
    /// Bulletins in this language.
    pub bulletins: usize,
    /// Bulletins in English.
    pub bulletins_total: usize,
    /// Missing items (`advice/<slug>` or `bulletins/<slug>`).
    pub missing: Vec<String>,
    /// Items translated from an older English revision.
    pub outdated: Vec<String>,
}

/// The translation status of every supported language, computed from the content (never typed by hand).
pub fn translation_report(lib: &super::content::Library) -> Vec<TranslationStatus> {
    crate::i18n::LOCALES
        .iter()
        .map(|l| {
            let mut s = TranslationStatus {
                lang: l.tag,
                articles: 0,
                articles_total: lib.advice.len(),
                bulletins: 0,
                bulletins_total: lib.bulletins.len(),
                missing: vec![],
                outdated: vec![],
            };
            for (slug, tr) in &lib.advice {
                match (tr.get(l.tag), tr.get(crate::i18n::DEFAULT_LANG)) {
                    (Some(a), Some(en)) => {
                        s.articles += 1;
                        if l.tag != crate::i18n::DEFAULT_LANG && a.is_stale_against(en) {
                            s.outdated.push(format!("advice/{slug}"));
                        }
                    }
                    (Some(_), None) => s.articles += 1,
                    (None, _) => s.missing.push(format!("advice/{slug}")),
                }
            }
            for (slug, tr) in &lib.bulletins {
                match (tr.get(l.tag), tr.get(crate::i18n::DEFAULT_LANG)) {
                    (Some(b), Some(en)) => {
                        s.bulletins += 1;
                        if l.tag != crate::i18n::DEFAULT_LANG && b.is_stale_against(en) {
                            s.outdated.push(format!("bulletins/{slug}"));
                        }
                    }
                    (Some(_), None) => s.bulletins += 1,
                    (None, _) => s.missing.push(format!("bulletins/{slug}")),
                }
            }
            s
        })
        .collect()
}

/// `cyberhelp triage-feedback`: counts per question/result and language, most frequent first, each with the
/// texts still kept.
/// `cyberhelp purge [--dry-run]`: see [`super::reports::retention::purge_due`]. Prints the counts as one JSON
/// object (`{"retention", "max_age", "texts", "jobs_withdrawn", "followups_withdrawn", "kept"}`; with
/// `--dry-run`, `{"due_retention", "due_max_age"}`).
async fn purge(dry_run: bool, url: &str, privacy: &super::config::PrivacySettings) -> ExitCode {
    use super::reports::retention;
    let policy = privacy.policy();
    let run = async {
        let db = super::db::connect(url, 1).await?;
        let now = chrono::Utc::now();
        let out = if dry_run {
            let due = retention::due(&db, now, policy, i64::MAX).await?;
            let n = |r: retention::Reason| due.iter().filter(|(_, x)| *x == r).count();
            serde_json::json!({
                "due_retention": n(retention::Reason::Retention),
                "due_max_age": n(retention::Reason::MaxAge),
            })
        } else {
            serde_json::to_value(retention::purge_due(&db, now, policy).await?)?
        };
        anyhow::Ok(out)
    };
    match run.await {
        Ok(v) => {
            println!("{v}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp inbox invite|revoke`: see [`super::inbox::accounts`]. Every change is written to the audit log
/// (address `cli`).
async fn inbox(action: super::config::InboxAction) -> ExitCode {
    use super::config::InboxAction;
    use super::inbox::{accounts, audit};
    let now = chrono::Utc::now();
    let run = async {
        match action {
            InboxAction::Invite {
                contact_id,
                email,
                lang,
                config,
            } => {
                let mut config = *config;
                let addr = std::env::var("LEPTOS_SITE_ADDR")
                    .ok()
                    .and_then(|a| a.parse().ok())
                    .unwrap_or(std::net::SocketAddr::from(([127, 0, 0, 1], 3000)));
                config.resolve_public_url(addr);
                let lang = crate::i18n::locale(&lang)
                    .ok_or_else(|| anyhow::anyhow!("unknown language {lang:?}"))?
                    .tag;
                if !email.contains('@')
                    || email.chars().any(char::is_whitespace)
                    || email.len() > 254
                {
                    anyhow::bail!("not an e-mail address: {email:?}");
                }
                let core = super::state::bootstrap(&config).await?;
                let lib = core.content.get();
                if !lib
                    .directory
                    .countries
                    .values()
                    .any(|c| c.contacts.iter().any(|k| k.id == contact_id))
                {
                    anyhow::bail!("no contact point {contact_id:?} in the directory (see /api/v1/contact-points?country=..)");
                }
                let (account, created) =
                    match accounts::create(&core.db, &contact_id, &email, now).await? {
                        Ok(a) => a,
                        Err(other) => anyhow::bail!(
                            "{email} already has an account for {other}; revoke it first"
                        ),
                    };
                let token = accounts::issue_link(
                    &core.db,
                    &account.id,
                    "invite",
                    chrono::Duration::hours(accounts::INVITE_HOURS),
                    now,
                )
                .await?;
                let url = format!("{}/{lang}/inbox/link/{token}", config.public_url);
                let emailed = core.delivery.transports.has_smtp()
                    && super::inbox::send_link_email_with(
                        &core.delivery,
                        lang,
                        &account.email,
                        &url,
                        "inbox-invite-email",
                    )
                    .await;
                audit::record(
                    &core.db,
                    audit::Entry {
                        account_id: Some(account.id.clone()),
                        email: Some(account.email.clone()),
                        contact_id: Some(account.contact_id.clone()),
                        action: "invite".into(),
                        target: Some(if emailed { "e-mailed" } else { "printed" }.into()),
                        outcome: "ok".into(),
                        address: Some("cli".into()),
                        ..Default::default()
                    },
                    now,
                )
                .await;
                let what = if created { "created" } else { "exists" };
                if emailed {
                    println!(
                        "account {what}: {} for {}; invitation e-mailed (valid {} hours)",
                        account.email,
                        account.contact_id,
                        accounts::INVITE_HOURS
                    );
                } else {
                    println!("account {what}: {} for {}; SMTP is not configured or refused the e-mail, so here is the invitation link (valid {} hours, works once):", account.email, account.contact_id, accounts::INVITE_HOURS);
                    println!("{url}");
                }
            }
            InboxAction::Revoke {
                email,
                database_url,
            } => {
                let db = super::db::connect(&database_url, 1).await?;
                let Some(a) = accounts::revoke(&db, &email, now).await? else {
                    anyhow::bail!("no account for {email}");
                };
                audit::record(
                    &db,
                    audit::Entry {
                        account_id: Some(a.id.clone()),
                        email: Some(a.email.clone()),
                        contact_id: Some(a.contact_id.clone()),
                        action: "revoke".into(),
                        outcome: "ok".into(),
                        address: Some("cli".into()),
                        ..Default::default()
                    },
                    now,
                )
                .await;
                println!(
                    "revoked: {} ({}); its sessions ended",
                    a.email, a.contact_id
                );
            }
        }
        anyhow::Ok(())
    };
    match run.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp audit --contact ID`: the audit log of one contact point, one JSON object per line.
async fn audit(contact: &str, limit: i64, url: &str) -> ExitCode {
    let run = async {
        let db = super::db::connect(url, 1).await?;
        anyhow::Ok(super::inbox::audit::for_contact(&db, contact, limit.max(1)).await?)
    };
    match run.await {
        Ok(rows) => {
            if rows.is_empty() {
                eprintln!("no audit entries for contact point {contact:?} (check the id: see /api/v1/contact-points?country=..)");
            }
            for r in rows {
                println!("{}", serde_json::to_string(&r).unwrap_or_default());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn triage_feedback(url: &str) -> ExitCode {
    let run = async {
        let db = super::db::connect(url, 1).await?;
        super::triage::feedback::summary(&db).await
    };
    match run.await {
        Ok(rows) if rows.is_empty() => {
            println!("no \"none of these fit\" answers yet");
            ExitCode::SUCCESS
        }
        Ok(rows) => {
            println!(" count  question/result          lang");
            for r in rows {
                println!("{:>6}  {:<24} {}", r.count, r.node, r.lang);
                for t in r.texts {
                    println!("        - {}", t.replace('\n', " "));
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: ServeConfig) -> ExitCode {
    init_logs(&config);
    match super::run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn deliver(config: ServeConfig) -> ExitCode {
    init_logs(&config);
    match super::run_worker(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("cyberhelp: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp check-content DIR`: prints every problem as `file:line: field `x`: message` and a count per
/// language and kind when all is well. Exit status 1 on any problem.
pub fn check_content(dir: &std::path::Path) -> ExitCode {
    match super::content::load(dir) {
        Ok(lib) => {
            let per_lang = lib.counts_per_language();
            println!(
                "{}: ok: {} incident types, {} advice articles, {} bulletins, {} evidence guides",
                dir.display(),
                lib.incident_types.len(),
                lib.advice.len(),
                lib.bulletins.len(),
                lib.evidence.len()
            );
            println!(
                "{:<6} {:>7} {:>10} {:>9}",
                "lang", "advice", "bulletins", "evidence"
            );
            for (l, (a, b)) in per_lang {
                let e = lib.evidence.values().filter(|t| t.contains_key(&l)).count();
                println!("{l:<6} {a:>7} {b:>10} {e:>9}");
            }
            let warnings: Vec<&String> = lib
                .directory
                .warnings
                .iter()
                .chain(lib.rules.iter().flat_map(|r| r.laws.warnings.iter()))
                .collect();
            for w in &warnings {
                eprintln!("warning: {}/{w}", dir.display());
            }
            if !warnings.is_empty() {
                eprintln!("{}: {} warning(s)", dir.display(), warnings.len());
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{}/{e}", dir.display());
            }
            eprintln!("{}: {} problem(s) found", dir.display(), errors.len());
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp csaf-export DIR --out OUT --base-url URL`: the CSAF provider tree of the bulletins in DIR.
pub fn csaf_export(dir: &std::path::Path, out: &std::path::Path, base_url: &str) -> ExitCode {
    use super::content::csaf;
    let lib = match super::content::load(dir) {
        Ok(l) => l,
        Err(errors) => {
            eprintln!(
                "{}: {} problems; run check-content",
                dir.display(),
                errors.len()
            );
            return ExitCode::FAILURE;
        }
    };
    let base = base_url.trim_end_matches('/');
    let now = chrono::Utc::now();
    let write = |path: &str, bytes: &[u8]| -> std::io::Result<()> {
        let file = out.join(path.trim_start_matches("/.well-known/csaf/"));
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(file, bytes)
    };
    let json = |v: &serde_json::Value| serde_json::to_vec_pretty(v).unwrap_or_default();
    let mut result = write(
        csaf::PROVIDER_METADATA,
        &json(&csaf::provider_metadata(&lib, base, now)),
    )
    .and_then(|()| write(csaf::FEED, &json(&csaf::rolie_feed(&lib, base, now))));
    let docs = csaf::documents(&lib);
    for b in &docs {
        let path = csaf::document_path(b);
        let bytes = csaf::document_bytes(b, base);
        let name = csaf::file_name(&csaf::tracking_id(b));
        result = result.and_then(|()| write(&path, &bytes)).and_then(|()| {
            write(
                &format!("{path}.sha512"),
                csaf::sha512_line(&bytes, &name).as_bytes(),
            )
        });
    }
    match result {
        Ok(()) => {
            println!(
                "{}: {} CSAF documents, provider metadata and ROLIE feed",
                out.display(),
                docs.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("writing {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// `cyberhelp preview-link KIND/SLUG --lang L --hours H`: prints a signed preview URL (exit 2 on bad usage).
async fn preview_link(
    item: &str,
    lang: &str,
    hours: u32,
    public_url: &str,
    database_url: &str,
) -> ExitCode {
    let Some((kind, slug)) = item.split_once('/') else {
        eprintln!("cyberhelp: give advice/<slug> or bulletins/<slug>");
        return ExitCode::from(2);
    };
    let Some(locale) = crate::i18n::locale(lang) else {
        eprintln!("cyberhelp: {lang} is not a supported language");
        return ExitCode::from(2);
    };
    if !super::preview::KINDS.contains(&kind) || slug.is_empty() || hours == 0 || hours > 720 {
        eprintln!("cyberhelp: give advice/<slug> or bulletins/<slug> and 1 to 720 hours");
        return ExitCode::from(2);
    }
    let secret = match super::db::connect(database_url, 1).await {
        Ok(db) => db
            .meta_init(
                "status_token_secret",
                &super::reports::reference::new_secret(),
            )
            .await
            .map_err(anyhow::Error::from),
        Err(e) => Err(e),
    };
    match secret {
        Ok(secret) => {
            let exp = chrono::Utc::now().timestamp() + i64::from(hours) * 3600;
            let path = super::preview::link(secret.as_bytes(), locale.tag, kind, slug, exp);
            println!("{}{path}", public_url.trim_end_matches('/'));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cyberhelp: reading the instance secret: {e:#}");
            ExitCode::FAILURE
        }
    }
}

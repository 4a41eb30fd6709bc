//! The contact-point inbox (`/{lang}/inbox`): for a body without a ticketing system of its own, the reports
//! addressed to it, with the contact-point loop's mechanisms (updates with a message to the victim, questions),
//! and exports. Plain server-rendered HTML forms: it works without JavaScript.
//!
//! - **Accounts** are created by the operator only: `cyberhelp inbox invite <contact-id> <email>` e-mails (or,
//!   without SMTP, prints) a one-time invitation link ([`accounts`]). A person then signs in by an e-mailed
//!   one-time link or by password and authenticator code (TOTP), which they set up at `/{lang}/inbox/setup`.
//! - **Sessions** are server-side ([`sessions`], `tower-sessions` with our store on the portal's database):
//!   cookie `cyberhelp_inbox`, `Secure; HttpOnly; SameSite=Strict`, 8 hours of inactivity; the id changes at
//!   sign-in (no fixation). Every request re-reads the account, so a revoked account's session stops at once.
//! - **CSRF**: every form carries the session's token (`csrf`), checked on every POST (403 otherwise), on top of
//!   the portal's cross-origin check ([`crate::server::cross_site`]). Sign-in attempts are rate-limited per client
//!   address and locked per account after [`accounts::MAX_FAILURES`] failures.
//! - **Scope**: every query is scoped by the account's contact point ([`queries`]); another contact point's report
//!   is 404 whether asked by URL, export or form, and the attempt is audited ([`audit`]).
//! - **Audit**: every view, export and action, and every refusal, is appended to `audit_log`;
//!   `cyberhelp audit --contact <id>` prints it.
//!
//! Viewing a report in the inbox confirms its receipt (like the e-mail link's button).

pub mod accounts;
pub mod audit;
pub mod export;
pub mod queries;
pub mod sessions;

use crate::html::escape as esc;
use crate::i18n::{self, Locale};
use crate::server::error::{html_page, AppError};
use crate::server::reports::delivery::{self, followups, outbox, updates};
use crate::server::reports::validate;
use crate::server::AppState;
use accounts::Account;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use chrono::Utc;
use std::collections::HashMap;
use std::net::SocketAddr;
use tower_sessions::Session;

/// Name of the session cookie.
pub const COOKIE: &str = "cyberhelp_inbox";
const CSRF: &str = "csrf";
const PENDING_TOTP: &str = "pending_totp";
/// How long a signed-in session lasts without a request.
const SESSION_IDLE: time::Duration = time::Duration::hours(8);

type Peer = Option<Extension<ConnectInfo<SocketAddr>>>;

/// What every inbox handler knows about the request.
struct Ctx {
    locale: &'static Locale,
    lang: &'static str,
    address: String,
}

fn ctx(state: &AppState, lang: &str, peer: &Peer, headers: &HeaderMap) -> Option<Ctx> {
    let locale = i18n::locale(lang)?;
    let ip = peer.as_ref().map(|Extension(ConnectInfo(a))| a.ip());
    let address = ip
        .map(|ip| {
            crate::server::client_ip::ClientIp::new(
                state.config.trust_proxy_headers,
                state.config.trusted_proxies.clone(),
            )
            .client(ip, headers)
            .to_string()
        })
        .unwrap_or_default();
    Some(Ctx {
        locale,
        lang: locale.tag,
        address,
    })
}

fn t(lang: &str, k: &str) -> String {
    esc(&i18n::t(lang, k))
}

fn redirect(to: String) -> Response {
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, to),
            (header::CACHE_CONTROL, "no-store".into()),
        ],
    )
        .into_response()
}

fn unknown_lang() -> Response {
    AppError::NotFound.into_page(i18n::default_locale())
}

/// The session's CSRF token, created on first use.
async fn csrf(session: &Session) -> String {
    if let Ok(Some(t)) = session.get::<String>(CSRF).await {
        return t;
    }
    let token = accounts::new_token();
    // a session made only to hold this token (before sign-in) lasts 30 minutes, so that page views of the
    // sign-in page leave few rows behind; signing in gives the session its 8 hours
    if session
        .get::<String>(sessions::ACCOUNT)
        .await
        .ok()
        .flatten()
        .is_none()
    {
        session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
            time::Duration::minutes(30),
        )));
    }
    if let Err(e) = session.insert(CSRF, &token).await {
        tracing::warn!(error = %e, "inbox: could not store the CSRF token");
    }
    token
}

/// Whether `given` is the session's CSRF token.
async fn csrf_ok(session: &Session, given: &str) -> bool {
    match session.get::<String>(CSRF).await {
        Ok(Some(t)) => delivery::sign::constant_eq(t.as_bytes(), given.as_bytes()),
        _ => false,
    }
}

fn csrf_field(token: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        esc(token)
    )
}

/// An inbox page: the site's plain page with, when signed in, who is signed in and a sign-out button.
fn page(
    status: StatusCode,
    c: &Ctx,
    title: &str,
    who: Option<(&Account, &str)>,
    body: &str,
) -> Response {
    let nav = who
        .map(|(a, token)| {
            format!(
                "<nav class=\"inbox-nav\" aria-label=\"{label}\"><p>{signed} <strong>{email}</strong> ({contact}) · \
                 <a href=\"/{lang}/inbox\">{inbox}</a> · <a href=\"/{lang}/inbox/setup\">{setup}</a></p>\
                 <form method=\"post\" action=\"/{lang}/inbox/signout\">{csrf}<button type=\"submit\" class=\"secondary\">{out}</button></form></nav>",
                label = t(c.lang, "inbox-nav-label"),
                signed = t(c.lang, "inbox-signed-in-as"),
                email = esc(&a.email),
                contact = esc(&a.contact_id),
                lang = c.lang,
                inbox = t(c.lang, "inbox-title"),
                setup = t(c.lang, "inbox-setup-link"),
                csrf = csrf_field(token),
                out = t(c.lang, "inbox-signout"),
            )
        })
        .unwrap_or_default();
    html_page(status, c.locale, title, &format!("{nav}{body}"))
}

fn entry(
    c: &Ctx,
    account: Option<&Account>,
    action: &str,
    target: Option<String>,
    outcome: &str,
) -> audit::Entry {
    audit::Entry {
        account_id: account.map(|a| a.id.clone()),
        email: account.map(|a| a.email.clone()),
        contact_id: account.map(|a| a.contact_id.clone()),
        action: action.into(),
        target,
        outcome: outcome.into(),
        address: Some(c.address.clone()),
        ..Default::default()
    }
}

/// The signed-in account, checked against the database now; otherwise the response to give (the sign-in
/// page, or, for a revoked account, the sign-in page after ending the session and auditing it).
async fn signed_in(state: &AppState, c: &Ctx, session: &Session) -> Result<Account, Response> {
    let id = session
        .get::<String>(sessions::ACCOUNT)
        .await
        .ok()
        .flatten();
    let Some(id) = id else {
        return Err(redirect(format!("/{}/inbox/signin", c.lang)));
    };
    match accounts::by_id(&state.db, &id).await {
        Ok(Some(a)) if a.revoked_at.is_none() => Ok(a),
        Ok(a) => {
            let _ = session.flush().await;
            audit::record(
                &state.db,
                entry(
                    c,
                    a.as_ref(),
                    "session-ended",
                    Some("revoked".into()),
                    "denied",
                ),
                Utc::now(),
            )
            .await;
            Err(redirect(format!("/{}/inbox/signin?ended=1", c.lang)))
        }
        Err(e) => Err(AppError::from(e).into_page(c.locale)),
    }
}

/// The request's context and its signed-in account (see [`signed_in`]); otherwise the response to give.
async fn staff(
    state: &AppState,
    lang: &str,
    peer: &Peer,
    headers: &HeaderMap,
    session: &Session,
) -> Result<(Ctx, Account), Response> {
    let c = ctx(state, lang, peer, headers).ok_or_else(unknown_lang)?;
    let account = signed_in(state, &c, session).await?;
    Ok((c, account))
}

/// [`staff`] for a form post: `given` must be the session's CSRF token (otherwise 403, audited as `action`).
async fn staff_post(
    state: &AppState,
    lang: &str,
    peer: &Peer,
    headers: &HeaderMap,
    session: &Session,
    given: &str,
    action: &str,
) -> Result<(Ctx, Account), Response> {
    let (c, account) = staff(state, lang, peer, headers, session).await?;
    if !csrf_ok(session, given).await {
        return Err(csrf_refused(state, &c, Some(&account), action).await);
    }
    Ok((c, account))
}

/// The answer to a form whose CSRF token is missing or wrong: 403, audited.
async fn csrf_refused(
    state: &AppState,
    c: &Ctx,
    account: Option<&Account>,
    action: &str,
) -> Response {
    audit::record(
        &state.db,
        entry(c, account, action, Some("csrf".into()), "denied"),
        Utc::now(),
    )
    .await;
    html_page(
        StatusCode::FORBIDDEN,
        c.locale,
        &i18n::t(c.lang, "inbox-error-title"),
        &format!(
            "<p class=\"field-error\" role=\"alert\">{}</p><p><a href=\"/{}/inbox\">{}</a></p>",
            t(c.lang, "inbox-error-csrf"),
            c.lang,
            t(c.lang, "inbox-back")
        ),
    )
}

// ---------------------------------------------------------------------------------------------------------
// Signing in and out

fn field(id: &str, label: &str, kind: &str, extra: &str) -> String {
    format!(
        "<p><label for=\"{id}\">{label}</label><br><input type=\"{kind}\" id=\"{id}\" name=\"{id}\" {extra}></p>"
    )
}

async fn signin_page(
    state: &AppState,
    c: &Ctx,
    session: &Session,
    status: StatusCode,
    notice: Option<&str>,
) -> Response {
    let token = csrf(session).await;
    let l = c.lang;
    let link_form = if state.delivery.transports.has_smtp() {
        format!(
            "<h2>{title}</h2><form method=\"post\" action=\"/{l}/inbox/link\">{csrf}{email}<p><button type=\"submit\" class=\"secondary\">{button}</button></p></form>",
            title = t(l, "inbox-link-title"),
            csrf = csrf_field(&token),
            email = field("link-email", &t(l, "inbox-field-email"), "email", "name=\"email\" autocomplete=\"username\" required maxlength=\"254\""),
            button = t(l, "inbox-link-button"),
        )
        .replace("name=\"link-email\" name=\"email\"", "name=\"email\"")
    } else {
        format!("<p class=\"hint\">{}</p>", t(l, "inbox-link-no-smtp"))
    };
    let body = format!(
        "{notice}<p class=\"lead\">{lead}</p><form method=\"post\" action=\"/{l}/inbox/signin\">{csrf}{email}{password}{code}\
         <p><button type=\"submit\">{button}</button></p></form>{link_form}",
        notice = notice
            .map(|n| format!("<p class=\"notice\" role=\"alert\">{}</p>", t(l, n)))
            .unwrap_or_default(),
        lead = t(l, "inbox-signin-lead"),
        csrf = csrf_field(&token),
        email = field("email", &t(l, "inbox-field-email"), "email", "autocomplete=\"username\" required maxlength=\"254\""),
        password = field("password", &t(l, "inbox-field-password"), "password", "autocomplete=\"current-password\" required maxlength=\"128\""),
        code = field("code", &t(l, "inbox-field-code"), "text", "autocomplete=\"one-time-code\" inputmode=\"numeric\" pattern=\"[0-9 ]{6,7}\" required maxlength=\"7\""),
        button = t(l, "inbox-signin-button"),
    );
    page(status, c, &i18n::t(l, "inbox-signin-title"), None, &body)
}

/// `GET /{lang}/inbox/signin`.
pub async fn get_signin(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let Some(c) = ctx(&state, &lang, &peer, &headers) else {
        return unknown_lang();
    };
    let notice = if q.contains_key("ended") {
        Some("inbox-session-ended")
    } else if q.contains_key("out") {
        Some("inbox-signed-out")
    } else {
        None
    };
    signin_page(&state, &c, &session, StatusCode::OK, notice).await
}

/// The sign-in form.
#[derive(serde::Deserialize, Default)]
pub struct SigninForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

/// `POST /{lang}/inbox/signin`: e-mail, password and authenticator code.
pub async fn post_signin(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<SigninForm>,
) -> Response {
    let Some(c) = ctx(&state, &lang, &peer, &headers) else {
        return unknown_lang();
    };
    if !csrf_ok(&session, &f.csrf).await {
        return csrf_refused(&state, &c, None, "signin").await;
    }
    let now = Utc::now();
    match accounts::sign_in(&state.db, &f.email, &f.password, &f.code, now).await {
        Ok(Ok(a)) => start_session(&state, &c, &session, &a, "signin").await,
        Ok(Err((why, a))) => {
            let mut e = entry(&c, a.as_ref(), "signin", None, "denied");
            if a.is_none() {
                e.email = Some(f.email.trim().chars().take(254).collect());
            }
            e.target = Some(why.code().into());
            audit::record(&state.db, e, now).await;
            // the same answer whatever the reason: nobody learns which addresses have accounts
            let msg = "inbox-signin-refused";
            signin_page(&state, &c, &session, StatusCode::UNAUTHORIZED, Some(msg)).await
        }
        Err(e) => AppError::from(e).into_page(c.locale),
    }
}

/// Signs `a` in on this session: a new session id (no fixation), a new CSRF token, audited.
async fn start_session(
    state: &AppState,
    c: &Ctx,
    session: &Session,
    a: &Account,
    how: &str,
) -> Response {
    if let Err(e) = session.cycle_id().await {
        tracing::error!(error = %e, "inbox: could not renew the session id");
        return AppError::Internal(anyhow::anyhow!("inbox session: {e}")).into_page(c.locale);
    }
    let _ = session.remove::<String>(CSRF).await;
    let _ = session.remove::<String>(PENDING_TOTP).await;
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(SESSION_IDLE)));
    if let Err(e) = session.insert(sessions::ACCOUNT, &a.id).await {
        tracing::error!(error = %e, "inbox: could not store the session");
        return AppError::Internal(anyhow::anyhow!("inbox session: {e}")).into_page(c.locale);
    }
    audit::record(&state.db, entry(c, Some(a), how, None, "ok"), Utc::now()).await;
    let to = if a.has_password && a.has_totp {
        format!("/{}/inbox", c.lang)
    } else {
        format!("/{}/inbox/setup", c.lang)
    };
    redirect(to)
}

/// The form asking for a sign-in link.
#[derive(serde::Deserialize, Default)]
pub struct LinkRequest {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

/// `POST /{lang}/inbox/link`: e-mails a one-time sign-in link to an account's address. The answer is the same
/// whether or not the address has an account.
pub async fn post_link_request(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<LinkRequest>,
) -> Response {
    let Some(c) = ctx(&state, &lang, &peer, &headers) else {
        return unknown_lang();
    };
    if !csrf_ok(&session, &f.csrf).await {
        return csrf_refused(&state, &c, None, "link-requested").await;
    }
    let now = Utc::now();
    let account = match accounts::by_email(&state.db, &f.email).await {
        Ok(a) => a.filter(|a| a.revoked_at.is_none()),
        Err(e) => return AppError::from(e).into_page(c.locale),
    };
    let mut outcome = "denied";
    if let (Some(a), true) = (&account, state.delivery.transports.has_smtp()) {
        match accounts::issue_link(
            &state.db,
            &a.id,
            "signin",
            chrono::Duration::minutes(accounts::SIGNIN_LINK_MINUTES),
            now,
        )
        .await
        {
            Ok(token) => {
                let url = format!("{}/{}/inbox/link/{token}", state.config.public_url, c.lang);
                let sent =
                    send_link_email(&state, c.lang, &a.email, &url, "inbox-link-email").await;
                outcome = if sent { "ok" } else { "failed" };
            }
            Err(e) => return AppError::from(e).into_page(c.locale),
        }
    }
    let mut e = entry(&c, account.as_ref(), "link-requested", None, outcome);
    if account.is_none() {
        e.email = Some(f.email.trim().chars().take(254).collect());
    }
    audit::record(&state.db, e, now).await;
    page(
        StatusCode::OK,
        &c,
        &i18n::t(c.lang, "inbox-link-title"),
        None,
        &format!(
            "<p class=\"ok\" role=\"status\">{}</p>",
            t(c.lang, "inbox-link-sent")
        ),
    )
}

/// E-mails a sign-in or invitation link (`kind` names the message: `inbox-link-email` or
/// `inbox-invite-email`, with `-subject` and `-body`); `true` when the SMTP server took it.
pub async fn send_link_email(
    state: &AppState,
    lang: &str,
    to: &str,
    url: &str,
    kind: &str,
) -> bool {
    send_link_email_with(&state.delivery, lang, to, url, kind).await
}

/// [`send_link_email`] with the delivery settings only (the command line has no web state).
pub async fn send_link_email_with(
    d: &delivery::Delivery,
    lang: &str,
    to: &str,
    url: &str,
    kind: &str,
) -> bool {
    let args = [
        ("url", url.to_owned().into()),
        ("minutes", accounts::SIGNIN_LINK_MINUTES.into()),
        ("hours", accounts::INVITE_HOURS.into()),
    ];
    let subject = i18n::t_args(lang, &format!("{kind}-subject"), &args);
    let body = i18n::t_args(lang, &format!("{kind}-body"), &args);
    let id = accounts::sha256_hex(url)[..32].to_owned();
    matches!(
        d.transports.send_notice(to, &subject, &body, &id).await,
        delivery::transport::Outcome::Delivered | delivery::transport::Outcome::DeliveredAs(_)
    )
}

/// `GET /{lang}/inbox/link/{token}`: a button that uses the link (the link itself changes nothing, so that mail
/// scanners that open links cannot use it up).
pub async fn get_link(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let Some(c) = ctx(&state, &lang, &peer, &headers) else {
        return unknown_lang();
    };
    let csrf_token = csrf(&session).await;
    page(
        StatusCode::OK,
        &c,
        &i18n::t(c.lang, "inbox-signin-title"),
        None,
        &format!(
            "<p>{lead}</p><form method=\"post\" action=\"/{l}/inbox/link/{tok}\">{csrf}<p><button type=\"submit\">{button}</button></p></form>",
            lead = t(c.lang, "inbox-link-lead"),
            l = c.lang,
            tok = esc(&url_segment(&token)),
            csrf = csrf_field(&csrf_token),
            button = t(c.lang, "inbox-signin-button"),
        ),
    )
}

/// `token` as a path segment (anything but the base64url alphabet is percent-encoded).
fn url_segment(token: &str) -> String {
    crate::html::encode_query_value(token)
}

/// The form behind a link's button.
#[derive(serde::Deserialize, Default)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// `POST /{lang}/inbox/link/{token}`: uses a one-time link (invitation or e-mailed sign-in link).
pub async fn post_link(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<CsrfOnly>,
) -> Response {
    let Some(c) = ctx(&state, &lang, &peer, &headers) else {
        return unknown_lang();
    };
    if !csrf_ok(&session, &f.csrf).await {
        return csrf_refused(&state, &c, None, "signin-link").await;
    }
    let now = Utc::now();
    match accounts::use_link(&state.db, &token, now).await {
        Ok(Ok(a)) => start_session(&state, &c, &session, &a, "signin-link").await,
        Ok(Err((why, a))) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    a.as_ref(),
                    "signin-link",
                    Some(why.code().into()),
                    "denied",
                ),
                now,
            )
            .await;
            page(
                if why == accounts::LinkRefused::Unknown { StatusCode::NOT_FOUND } else { StatusCode::GONE },
                &c,
                &i18n::t(c.lang, "inbox-signin-title"),
                None,
                &format!(
                    "<p class=\"field-error\" role=\"alert\">{}</p><p><a href=\"/{}/inbox/signin\">{}</a></p>",
                    t(c.lang, "inbox-link-invalid"),
                    c.lang,
                    t(c.lang, "inbox-signin-title")
                ),
            )
        }
        Err(e) => AppError::from(e).into_page(c.locale),
    }
}

/// `POST /{lang}/inbox/signout`.
pub async fn post_signout(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<CsrfOnly>,
) -> Response {
    let (c, account) =
        match staff_post(&state, &lang, &peer, &headers, &session, &f.csrf, "signout").await {
            Ok(x) => x,
            Err(r) => return r,
        };
    let _ = session.flush().await;
    audit::record(
        &state.db,
        entry(&c, Some(&account), "signout", None, "ok"),
        Utc::now(),
    )
    .await;
    redirect(format!("/{}/inbox/signin?out=1", c.lang))
}

// ---------------------------------------------------------------------------------------------------------
// Password and authenticator

/// `GET /{lang}/inbox/setup`: set (or change) the password and the authenticator.
pub async fn get_setup(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let (c, account) = match staff(&state, &lang, &peer, &headers, &session).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    setup_page(&c, &session, &account, StatusCode::OK, None).await
}

async fn setup_page(
    c: &Ctx,
    session: &Session,
    a: &Account,
    status: StatusCode,
    error: Option<&str>,
) -> Response {
    let secret = match session.get::<String>(PENDING_TOTP).await {
        Ok(Some(s)) => s,
        _ => {
            let s = accounts::new_totp_secret();
            let _ = session.insert(PENDING_TOTP, &s).await;
            s
        }
    };
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let token = csrf(session).await;
    let l = c.lang;
    let body = format!(
        "{error}<p class=\"lead\">{lead}</p><h2>{a_title}</h2><p>{a_lead}</p><p><code class=\"totp-secret\">{grouped}</code></p>\
         <p class=\"hint\">{a_hint}</p><form method=\"post\" action=\"/{l}/inbox/setup\">{csrf}{current}{password}{repeat}{code}\
         <p><button type=\"submit\">{button}</button></p></form>",
        error = error
            .map(|e| format!("<p class=\"field-error\" role=\"alert\">{}</p>", t(l, e)))
            .unwrap_or_default(),
        lead = t(l, "inbox-setup-lead"),
        a_title = t(l, "inbox-setup-authenticator"),
        a_lead = t(l, "inbox-setup-authenticator-lead"),
        a_hint = t(l, "inbox-setup-authenticator-hint"),
        csrf = csrf_field(&token),
        current = if a.has_password {
            field("current", &t(l, "inbox-field-current-password"), "password", "autocomplete=\"current-password\" required maxlength=\"128\"")
        } else {
            String::new()
        },
        password = field("password", &t(l, "inbox-field-new-password"), "password", &format!("autocomplete=\"new-password\" required minlength=\"{}\" maxlength=\"{}\"", accounts::PASSWORD_CHARS.0, accounts::PASSWORD_CHARS.1)),
        repeat = field("repeat", &t(l, "inbox-field-repeat-password"), "password", "autocomplete=\"new-password\" required maxlength=\"128\""),
        code = field("code", &t(l, "inbox-field-code"), "text", "autocomplete=\"one-time-code\" inputmode=\"numeric\" pattern=\"[0-9 ]{6,7}\" required maxlength=\"7\""),
        button = t(l, "inbox-setup-button"),
    );
    page(
        status,
        c,
        &i18n::t(l, "inbox-setup-title"),
        Some((a, &token)),
        &body,
    )
}

/// The set-up form.
#[derive(serde::Deserialize, Default)]
pub struct SetupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
    #[serde(default)]
    code: String,
}

/// `POST /{lang}/inbox/setup`.
pub async fn post_setup(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<SetupForm>,
) -> Response {
    let (c, account) =
        match staff_post(&state, &lang, &peer, &headers, &session, &f.csrf, "setup").await {
            Ok(x) => x,
            Err(r) => return r,
        };
    let Ok(Some(secret)) = session.get::<String>(PENDING_TOTP).await else {
        return setup_page(
            &c,
            &session,
            &account,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("inbox-setup-error-code"),
        )
        .await;
    };
    let new = accounts::NewCredentials {
        current: &f.current,
        password: &f.password,
        repeat: &f.repeat,
        secret_b32: &secret,
        code: &f.code,
    };
    match accounts::set_up(&state.db, &account.id, &new, Utc::now()).await {
        Ok(Ok(())) => {
            let _ = session.remove::<String>(PENDING_TOTP).await;
            // every other session of this account ends: whoever held one must sign in with the new credentials
            let here = session.id().map(|id| accounts::sha256_hex(&id.to_string()));
            if let Err(e) =
                sqlx::query("DELETE FROM inbox_sessions WHERE account_id = $1 AND id_hash <> $2")
                    .bind(&account.id)
                    .bind(here.unwrap_or_default())
                    .execute(&state.db.pool)
                    .await
            {
                return AppError::from(e).into_page(c.locale);
            }
            audit::record(
                &state.db,
                entry(&c, Some(&account), "setup", None, "ok"),
                Utc::now(),
            )
            .await;
            redirect(format!("/{}/inbox?setup=1", c.lang))
        }
        Ok(Err(why)) => {
            setup_page(
                &c,
                &session,
                &account,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(why.message()),
            )
            .await
        }
        Err(e) => AppError::from(e).into_page(c.locale),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The list, a report, its forms, the export

/// The incident type ids of the content (`other`, "I don't know", is one of them).
fn incidents(state: &AppState) -> Vec<String> {
    state
        .library()
        .incident_types
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

fn incident_label(lang: &str, id: &str) -> String {
    if id == "other" {
        i18n::t(lang, "report-incident-unknown")
    } else {
        i18n::t(lang, &format!("incident-{id}"))
    }
}

fn when(lang: &str, country: &str, at: &str) -> String {
    validate::parse_when(at)
        .map(|t| {
            crate::server::content::dates::format_in_zone(t, lang, validate::country_zone(country))
        })
        .unwrap_or_default()
}

fn query_string(pairs: &[(&str, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
        .finish()
}

/// A filter the form does not offer: 422 with the filter form again.
fn bad_filter(c: &Ctx, who: (&Account, &str), name: &str) -> Response {
    page(
        StatusCode::UNPROCESSABLE_ENTITY,
        c,
        &i18n::t(c.lang, "inbox-title"),
        Some(who),
        &format!(
            "<p class=\"field-error\" role=\"alert\">{}</p><p><a href=\"/{}/inbox\">{}</a></p>",
            esc(&i18n::t_args(
                c.lang,
                "inbox-error-filter",
                &[("field", name.to_owned().into())]
            )),
            c.lang,
            t(c.lang, "inbox-back")
        ),
    )
}

/// `GET /{lang}/inbox`: the contact point's reports, newest first, with filters.
pub async fn get_inbox(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let (c, account) = match staff(&state, &lang, &peer, &headers, &session).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let token = csrf(&session).await;
    let known = incidents(&state);
    let f = match queries::Filters::parse(&q, &known) {
        Ok(f) => f,
        Err(name) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "list",
                    Some(format!("bad filter: {name}")),
                    "denied",
                ),
                Utc::now(),
            )
            .await;
            return bad_filter(&c, (&account, &token), name);
        }
    };
    let (items, more) = match queries::list(&state.db, &account.contact_id, &f).await {
        Ok(r) => r,
        Err(e) => return AppError::from(e).into_page(c.locale),
    };
    let pairs = f.pairs();
    audit::record(
        &state.db,
        entry(
            &c,
            Some(&account),
            "list",
            Some(
                format!("page={} {}", f.page, query_string(&pairs))
                    .trim()
                    .to_owned(),
            ),
            "ok",
        ),
        Utc::now(),
    )
    .await;
    let l = c.lang;
    let option = |value: &str, label: String, selected: bool| {
        format!(
            "<option value=\"{}\"{}>{}</option>",
            esc(value),
            if selected { " selected" } else { "" },
            esc(&label)
        )
    };
    let states: String = queries::STATES
        .iter()
        .map(|s| {
            option(
                s,
                i18n::t(l, &format!("inbox-state-{s}")),
                f.state.as_deref() == Some(*s),
            )
        })
        .collect();
    let incident_options: String = known
        .iter()
        .map(|i| {
            option(
                i,
                incident_label(l, i),
                f.incident.as_deref() == Some(i.as_str()),
            )
        })
        .collect();
    let filters = format!(
        "<form method=\"get\" action=\"/{l}/inbox\" class=\"filters\">\
         <label for=\"state\">{l_state}<select id=\"state\" name=\"state\"><option value=\"\">{all}</option>{states}</select></label>\
         <label for=\"incident\">{l_incident}<select id=\"incident\" name=\"incident\"><option value=\"\">{all}</option>{incident_options}</select></label>\
         <label for=\"from\">{l_from}<input type=\"date\" id=\"from\" name=\"from\" value=\"{from}\"></label>\
         <label for=\"to\">{l_to}<input type=\"date\" id=\"to\" name=\"to\" value=\"{to}\"></label>\
         <button type=\"submit\">{l_filter}</button></form>",
        l_state = t(l, "inbox-filter-state"),
        l_incident = t(l, "inbox-filter-incident"),
        l_from = t(l, "inbox-filter-from"),
        l_to = t(l, "inbox-filter-to"),
        l_filter = t(l, "inbox-filter-button"),
        all = t(l, "inbox-filter-all"),
        from = f.from.map(|d| d.to_string()).unwrap_or_default(),
        to = f.to.map(|d| d.to_string()).unwrap_or_default(),
    );
    let qs = query_string(&pairs);
    let filter_qs = if qs.is_empty() {
        String::new()
    } else {
        format!("&{qs}")
    };
    let exports = format!(
        "<p class=\"actions\">{label} <a href=\"/{l}/inbox/export?format=csv{qs}\">CSV</a> · <a href=\"/{l}/inbox/export?format=json{qs}\">JSON</a></p>",
        label = t(l, "inbox-export"),
        qs = esc(&filter_qs),
    );
    let table = if items.is_empty() {
        format!(
            "<p class=\"notice\">{}</p>",
            t(
                l,
                if pairs.is_empty() {
                    "inbox-empty"
                } else {
                    "inbox-empty-filtered"
                }
            )
        )
    } else {
        let rows: String = items
            .iter()
            .map(|i| {
                format!(
                    "<tr><th scope=\"row\"><a href=\"/{l}/inbox/report/{r}\">{r}</a>{new}</th><td>{received}</td><td>{incident}</td>\
                     <td>{victim}</td><td>{state}</td><td>{deadline}</td></tr>",
                    r = esc(&i.reference),
                    new = if i.delivery == "sent" { format!(" <strong class=\"badge\">{}</strong>", t(l, "inbox-new")) } else { String::new() },
                    received = esc(&when(l, &i.country, &i.received_at)),
                    incident = esc(&incident_label(l, &i.incident)),
                    victim = t(l, &format!("report-victim-{}", i.victim)),
                    state = if i.withdrawn_at.is_some() { t(l, "inbox-withdrawn") } else { t(l, &format!("inbox-state-{}", i.state)) },
                    deadline = i.deadline_at.as_deref().map(|d| esc(&when(l, &i.country, d))).unwrap_or_else(|| "–".into()),
                )
            })
            .collect();
        format!(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"inbox-caption\"><table class=\"stats inbox-table\">\
             <caption id=\"inbox-caption\">{caption}</caption><thead><tr><th scope=\"col\">{c_ref}</th><th scope=\"col\">{c_received}</th>\
             <th scope=\"col\">{c_incident}</th><th scope=\"col\">{c_victim}</th><th scope=\"col\">{c_state}</th><th scope=\"col\">{c_deadline}</th></tr></thead>\
             <tbody>{rows}</tbody></table></div>",
            caption = esc(&i18n::t_args(l, "inbox-caption", &[("contact", account.contact_id.clone().into()), ("page", f.page.into())])),
            c_ref = t(l, "inbox-col-reference"),
            c_received = t(l, "inbox-col-received"),
            c_incident = t(l, "inbox-col-incident"),
            c_victim = t(l, "inbox-col-victim"),
            c_state = t(l, "inbox-col-state"),
            c_deadline = t(l, "inbox-col-deadline"),
        )
    };
    let page_link = |n: i64, label: &str| {
        let mut p = pairs.clone();
        p.push(("page", n.to_string()));
        format!(
            "<a href=\"/{l}/inbox?{}\">{}</a>",
            esc(&query_string(&p)),
            t(l, label)
        )
    };
    let pager = format!(
        "<p class=\"pager\">{}{}{}</p>",
        if f.page > 1 {
            page_link(f.page - 1, "inbox-previous")
        } else {
            String::new()
        },
        if f.page > 1 && more { " · " } else { "" },
        if more {
            page_link(f.page + 1, "inbox-next")
        } else {
            String::new()
        },
    );
    let setup_notice = if q.contains_key("setup") {
        format!(
            "<p class=\"notice\" role=\"status\">{}</p>",
            t(l, "inbox-setup-done")
        )
    } else if !(account.has_password && account.has_totp) {
        format!(
            "<p class=\"hint\">{} <a href=\"/{l}/inbox/setup\">{}</a></p>",
            t(l, "inbox-setup-suggest"),
            t(l, "inbox-setup-link")
        )
    } else {
        String::new()
    };
    page(
        StatusCode::OK,
        &c,
        &i18n::t(l, "inbox-title"),
        Some((&account, &token)),
        &format!(
            "{setup_notice}<p class=\"lead\">{}</p>{filters}{exports}{table}{pager}",
            t(l, "inbox-lead")
        ),
    )
}

/// Report `reference` of the signed-in account's contact point, or the 404 page (audited as `denied`).
async fn own_report(
    state: &AppState,
    c: &Ctx,
    account: &Account,
    reference: &str,
    action: &str,
) -> Result<queries::Item, Response> {
    let r = crate::server::reports::reference::normalise_reference(reference);
    let found = match &r {
        Some(r) => queries::one(&state.db, &account.contact_id, r).await,
        None => Ok(None),
    };
    match found {
        Ok(Some(item)) => Ok(item),
        Ok(None) => {
            let target: String = reference.chars().take(40).collect();
            audit::record(
                &state.db,
                entry(c, Some(account), action, Some(target), "denied"),
                Utc::now(),
            )
            .await;
            Err(AppError::NotFound.into_page(c.locale))
        }
        Err(e) => Err(AppError::from(e).into_page(c.locale)),
    }
}

/// `GET /{lang}/inbox/report/{reference}`: one report, its timeline and questions, and the forms to update it
/// and ask the victim. Viewing confirms receipt.
pub async fn get_report(
    State(state): State<AppState>,
    Path((lang, reference)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let (c, account) = match staff(&state, &lang, &peer, &headers, &session).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let item = match own_report(&state, &c, &account, &reference, "view").await {
        Ok(i) => i,
        Err(r) => return r,
    };
    let now = Utc::now();
    if item.delivery == "sent" {
        if let Err(e) = outbox::acknowledge(&state.db, &item.job_id, now).await {
            return AppError::from(e).into_page(c.locale);
        }
        metrics::counter!("delivery_acknowledged_total", "via" => "inbox").increment(1);
    }
    audit::record(
        &state.db,
        entry(
            &c,
            Some(&account),
            "view",
            Some(item.reference.clone()),
            "ok",
        ),
        now,
    )
    .await;
    let token = csrf(&session).await;
    let notice = q.get("done").and_then(|d| match d.as_str() {
        "status" => Some("inbox-done-status"),
        "question" => Some("inbox-done-question"),
        _ => None,
    });
    report_page(
        &state,
        &c,
        &account,
        &token,
        &item,
        StatusCode::OK,
        notice.map(|n| (n, false)),
        "",
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn report_page(
    state: &AppState,
    c: &Ctx,
    account: &Account,
    token: &str,
    item: &queries::Item,
    status: StatusCode,
    notice: Option<(&str, bool)>,
    typed_question: &str,
) -> Response {
    let l = c.lang;
    let lib = state.library();
    let country_name = crate::server::content::countries::name(l, &item.country)
        .map(str::to_owned)
        .unwrap_or_else(|| item.country.clone());
    let facts: String = crate::server::reports::facts(&lib, l, &item.input, &country_name)
        .iter()
        .map(|(k, v)| format!("<dt>{}</dt><dd>{}</dd>", esc(k), esc(v)))
        .collect();
    let description = if item.purged_at.is_some() {
        String::new()
    } else {
        format!(
            "<dt>{}</dt><dd class=\"description\">{}</dd>",
            esc(&crate::server::reports::short_label(
                l,
                "report-field-description"
            )),
            esc(&delivery::payload::visible_controls(
                &item.input.description
            ))
        )
    };
    let flags: String = crate::server::reports::flags(l, &item.input)
        .iter()
        .map(|f| format!("<li>{}</li>", esc(f)))
        .collect();
    let zone = validate::country_zone(&item.country);
    let evidence: String = crate::server::reports::evidence_views(l, zone, &item.input)
        .iter()
        .map(|e| {
            format!(
                "<li><strong>{}</strong>{}{}</li>",
                esc(&e.name),
                if e.note.is_empty() {
                    String::new()
                } else {
                    format!(" – {}", esc(&e.note))
                },
                e.fingerprint
                    .as_deref()
                    .map(|f| format!("<br><code>{}</code>", esc(f)))
                    .unwrap_or_default()
            )
        })
        .collect();
    let updates = updates::for_report(&state.db, &item.reference)
        .await
        .unwrap_or_default();
    let timeline: String = updates
        .iter()
        .filter(|u| u.job_id == item.job_id)
        .map(|u| {
            format!(
                "<li><span class=\"hint\">{}</span> – {}{}{}</li>",
                esc(&when(l, &item.country, &u.created_at)),
                t(l, &format!("recipient-state-{}", u.state)),
                u.their_reference
                    .as_deref()
                    .map(|r| format!(" – {}", esc(r)))
                    .unwrap_or_default(),
                u.message
                    .as_deref()
                    .map(|m| format!("<p class=\"recipient-message\">{}</p>", esc(m)))
                    .unwrap_or_default(),
            )
        })
        .collect();
    let thread = followups::thread(&state.db, &item.reference)
        .await
        .unwrap_or_default();
    let questions: String = thread
        .iter()
        .filter(|q| q.job_id == item.job_id && q.kind == "question")
        .map(|q| {
            let answer = thread
                .iter()
                .find(|a| a.kind == "answer" && a.question_id.as_deref() == Some(&q.id));
            format!(
                "<li><p><span class=\"hint\">{}</span> {}</p>{}</li>",
                esc(&when(l, &item.country, &q.created_at)),
                esc(&delivery::payload::visible_controls(&q.body)),
                match answer {
                    Some(a) => format!(
                        "<p class=\"my-answer\"><strong>{}</strong> {}</p>",
                        t(l, "inbox-answer"),
                        esc(&delivery::payload::visible_controls(&a.body))
                    ),
                    None => format!("<p class=\"hint\">{}</p>", t(l, "inbox-no-answer")),
                }
            )
        })
        .collect();
    let hidden = [("csrf", token)];
    let forms = if item.withdrawn_at.is_some() {
        format!("<p class=\"notice\">{}</p>", t(l, "inbox-withdrawn-note"))
    } else {
        delivery::http::status_form(
            l,
            &format!("/{l}/inbox/report/{}/status", item.reference),
            &hidden,
        ) + &delivery::http::question_form(
            l,
            &format!("/{l}/inbox/report/{}/question", item.reference),
            &hidden,
            typed_question,
        )
    };
    let purged = item
        .purged_at
        .as_deref()
        .map(|d| {
            format!(
                "<p class=\"notice purged\">{}</p>",
                esc(&i18n::t_args(
                    l,
                    "inbox-purged",
                    &[("date", when(l, &item.country, d).into())]
                ))
            )
        })
        .unwrap_or_default();
    let body = format!(
        "{notice}<p><a href=\"/{l}/inbox\">{back}</a></p>{purged}\
         <p>{received}</p><p class=\"state\"><strong>{state}</strong>{deadline}</p>\
         <dl class=\"facts\">{facts}{description}</dl>{flags}{evidence}\
         <h2>{h_timeline}</h2>{timeline}<h2 id=\"questions\">{h_questions}</h2>{questions}{forms}",
        notice = notice
            .map(|(n, error)| if error {
                format!("<p class=\"field-error\" role=\"alert\">{}</p>", t(l, n))
            } else {
                format!("<p class=\"notice\" role=\"status\">{}</p>", t(l, n))
            })
            .unwrap_or_default(),
        back = t(l, "inbox-back"),
        received = esc(&i18n::t_args(
            l,
            "receipt-received",
            &[("date", when(l, &item.country, &item.received_at).into())]
        )),
        state = t(l, &format!("inbox-state-{}", item.state)),
        deadline = item
            .deadline_at
            .as_deref()
            .map(|d| format!(
                " · {}",
                esc(&i18n::t_args(
                    l,
                    "inbox-deadline",
                    &[("date", when(l, &item.country, d).into())]
                ))
            ))
            .unwrap_or_default(),
        flags = if flags.is_empty() {
            String::new()
        } else {
            format!("<ul class=\"flags\">{flags}</ul>")
        },
        evidence = if evidence.is_empty() {
            String::new()
        } else {
            format!(
                "<h2>{}</h2><ol class=\"evidence-receipt\">{evidence}</ol>",
                t(l, "receipt-evidence")
            )
        },
        h_timeline = t(l, "inbox-timeline"),
        timeline = if timeline.is_empty() {
            format!("<p>{}</p>", t(l, "inbox-no-updates"))
        } else {
            format!("<ol class=\"timeline\">{timeline}</ol>")
        },
        h_questions = t(l, "inbox-questions"),
        questions = if questions.is_empty() {
            String::new()
        } else {
            format!("<ol class=\"questions\">{questions}</ol>")
        },
    );
    page(
        status,
        c,
        &i18n::t_args(
            l,
            "inbox-report-title",
            &[("reference", item.reference.clone().into())],
        ),
        Some((account, token)),
        &body,
    )
}

/// The update form (as on the e-mail link's page) with the CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    outcome: String,
    #[serde(default)]
    message: String,
}

/// `POST /{lang}/inbox/report/{reference}/status`: the contact point's state, reference, outcome and message to
/// the victim (recorded as an update through the inbox).
pub async fn post_status(
    State(state): State<AppState>,
    Path((lang, reference)): Path<(String, String)>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<StatusForm>,
) -> Response {
    let (c, account) =
        match staff_post(&state, &lang, &peer, &headers, &session, &f.csrf, "update").await {
            Ok(x) => x,
            Err(r) => return r,
        };
    let item = match own_report(&state, &c, &account, &reference, "update").await {
        Ok(i) => i,
        Err(r) => return r,
    };
    let input = updates::UpdateInput {
        state: f.state,
        reference: Some(f.reference),
        outcome: Some(f.outcome),
        message: Some(f.message),
        update_id: None,
    };
    let now = Utc::now();
    let result = match updates::check(&input) {
        Ok(u) => updates::record(&state.db, &item.job_id, &u, "inbox", now)
            .await
            .map(|_| u.state),
        Err(e) => Err(e.into()),
    };
    let token = csrf(&session).await;
    match result {
        Ok(st) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "update",
                    Some(format!("{} {st}", item.reference)),
                    "ok",
                ),
                now,
            )
            .await;
            redirect(format!(
                "/{}/inbox/report/{}?done=status",
                c.lang, item.reference
            ))
        }
        Err(updates::RecordError::Refused(e)) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "update",
                    Some(format!("{} {}", item.reference, e.code())),
                    "denied",
                ),
                now,
            )
            .await;
            let msg = format!("delivery-status-error-{}", e.code().replace('_', "-"));
            report_page(
                &state,
                &c,
                &account,
                &token,
                &item,
                e.status(),
                Some((&msg, true)),
                "",
            )
            .await
        }
        Err(updates::RecordError::Storage(e)) => AppError::from(e).into_page(c.locale),
    }
}

/// The question form with the CSRF token.
#[derive(serde::Deserialize, Default)]
pub struct QuestionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    question: String,
}

/// `POST /{lang}/inbox/report/{reference}/question`: a question to the victim.
pub async fn post_question(
    State(state): State<AppState>,
    Path((lang, reference)): Path<(String, String)>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
    Form(f): Form<QuestionForm>,
) -> Response {
    let (c, account) = match staff_post(
        &state, &lang, &peer, &headers, &session, &f.csrf, "question",
    )
    .await
    {
        Ok(x) => x,
        Err(r) => return r,
    };
    let item = match own_report(&state, &c, &account, &reference, "question").await {
        Ok(i) => i,
        Err(r) => return r,
    };
    let now = Utc::now();
    let input = followups::QuestionInput {
        question: f.question.clone(),
        question_id: None,
    };
    let token = csrf(&session).await;
    match followups::ask(&state.db, &item.job_id, &input, "inbox", now).await {
        Ok((id, _)) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "question",
                    Some(format!("{} {id}", item.reference)),
                    "ok",
                ),
                now,
            )
            .await;
            redirect(format!(
                "/{}/inbox/report/{}?done=question#questions",
                c.lang, item.reference
            ))
        }
        Err(followups::FollowupStoreError::Refused(e)) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "question",
                    Some(format!("{} {}", item.reference, e.code())),
                    "denied",
                ),
                now,
            )
            .await;
            let msg = format!("followup-error-{}", e.code().replace('_', "-"));
            report_page(
                &state,
                &c,
                &account,
                &token,
                &item,
                e.status(),
                Some((&msg, true)),
                &f.question,
            )
            .await
        }
        Err(followups::FollowupStoreError::Storage(e)) => AppError::from(e).into_page(c.locale),
    }
}

/// `GET /{lang}/inbox/export?format=csv|json&state=&incident=&from=&to=`: the contact point's reports matching the
/// filters, streamed (see [`export`]).
pub async fn get_export(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    peer: Peer,
    headers: HeaderMap,
    session: Session,
) -> Response {
    let (c, account) = match staff(&state, &lang, &peer, &headers, &session).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let token = csrf(&session).await;
    let format = match q.get("format").map(String::as_str) {
        Some("csv") | None => export::Format::Csv,
        Some("json") => export::Format::Json,
        Some(_) => return bad_filter(&c, (&account, &token), "format"),
    };
    let f = match queries::Filters::parse(&q, &incidents(&state)) {
        Ok(f) => f,
        Err(name) => {
            audit::record(
                &state.db,
                entry(
                    &c,
                    Some(&account),
                    "export",
                    Some(format!("bad filter: {name}")),
                    "denied",
                ),
                Utc::now(),
            )
            .await;
            return bad_filter(&c, (&account, &token), name);
        }
    };
    let (ext, mime) = match format {
        export::Format::Csv => ("csv", "text/csv; charset=utf-8"),
        export::Format::Json => ("json", "application/json"),
    };
    audit::record(
        &state.db,
        entry(
            &c,
            Some(&account),
            "export",
            Some(
                format!("{ext} {}", query_string(&f.pairs()))
                    .trim()
                    .to_owned(),
            ),
            "ok",
        ),
        Utc::now(),
    )
    .await;
    let name = format!(
        "cyberhelp-{}-{}.{ext}",
        account
            .contact_id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>(),
        Utc::now().format("%Y%m%d")
    );
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (header::CACHE_CONTROL, "no-store".into()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        export::stream(state.db.clone(), account.contact_id.clone(), f, format),
    )
        .into_response()
}

/// The inbox's routes, with their session layer (the cookie exists only under `/{lang}/inbox`). `limit` rate-
/// limits the sign-in forms per client address.
pub fn routes(state: &AppState, limit: crate::server::router::PostLimit) -> axum::Router<AppState> {
    use axum::handler::Handler;
    use axum::routing::{get, post};
    use tower_sessions::cookie::SameSite;
    let layer = tower_sessions::SessionManagerLayer::new(sessions::DbStore::new(state.db.clone()))
        .with_name(COOKIE)
        .with_secure(true)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_path("/")
        .with_expiry(tower_sessions::Expiry::OnInactivity(SESSION_IDLE));
    axum::Router::new()
        .route("/{lang}/inbox", get(get_inbox))
        .route(
            "/{lang}/inbox/signin",
            get(get_signin).post(post_signin.layer(limit.clone())),
        )
        .route(
            "/{lang}/inbox/link",
            post(post_link_request.layer(limit.clone())),
        )
        .route(
            "/{lang}/inbox/link/{token}",
            get(get_link).post(post_link.layer(limit)),
        )
        .route("/{lang}/inbox/signout", post(post_signout))
        .route("/{lang}/inbox/setup", get(get_setup).post(post_setup))
        .route("/{lang}/inbox/report/{reference}", get(get_report))
        .route("/{lang}/inbox/report/{reference}/status", post(post_status))
        .route(
            "/{lang}/inbox/report/{reference}/question",
            post(post_question),
        )
        .route("/{lang}/inbox/export", get(get_export))
        .layer(layer)
}

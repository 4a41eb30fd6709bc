//! Accounts of people at a contact point, one-time sign-in links, passwords (Argon2id, RFC 9106) and a second
//! factor (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock skew; a code works once).
//!
//! Accounts are created by the operator only (`cyberhelp inbox invite <contact-id> <email>`); there is no
//! self-registration. A link token is 32 random bytes (base64url); only its SHA-256 is stored, it works once
//! and expires (an invitation after [`INVITE_HOURS`], an e-mailed sign-in link after [`SIGNIN_LINK_MINUTES`]).

use crate::server::db::Db;
use crate::server::reports::delivery::outbox::ts_ms;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// Hours an invitation link works.
pub const INVITE_HOURS: i64 = 72;
/// Minutes an e-mailed sign-in link works.
pub const SIGNIN_LINK_MINUTES: i64 = 15;
/// Failed sign-ins in a row before the account is locked for [`LOCK_MINUTES`].
pub const MAX_FAILURES: i64 = 5;
/// Minutes an account stays locked after [`MAX_FAILURES`] failed sign-ins.
pub const LOCK_MINUTES: i64 = 15;
/// Shortest and longest password, in characters.
pub const PASSWORD_CHARS: (usize, usize) = (12, 128);

/// A person's account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// Random id (32 hex digits).
    pub id: String,
    /// The directory contact point whose reports this person sees.
    pub contact_id: String,
    /// Lowercase e-mail address.
    pub email: String,
    /// A password is set.
    pub has_password: bool,
    /// An authenticator (TOTP) is set up.
    pub has_totp: bool,
    /// When it was revoked, if it was (RFC 3339 UTC).
    pub revoked_at: Option<String>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of `s`, hex: how link tokens and session ids are stored.
pub fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

/// A new random token: 32 bytes, base64url without padding.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

fn account_of(r: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    Ok(Account {
        id: r.try_get("id")?,
        contact_id: r.try_get("contact_id")?,
        email: r.try_get("email")?,
        has_password: r.try_get::<Option<String>, _>("password_hash")?.is_some(),
        has_totp: r.try_get::<Option<String>, _>("totp_secret")?.is_some(),
        revoked_at: r.try_get("revoked_at")?,
    })
}

const COLUMNS: &str = "id, contact_id, email, password_hash, totp_secret, revoked_at";

/// The account `id`, revoked or not.
pub async fn by_id(db: &Db, id: &str) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM inbox_accounts WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .as_ref()
    .map(account_of)
    .transpose()
}

/// The account of `email` (compared in lowercase), revoked or not.
pub async fn by_email(db: &Db, email: &str) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLUMNS} FROM inbox_accounts WHERE email = $1"
    ))
    .bind(email.trim().to_lowercase())
    .fetch_optional(&db.pool)
    .await?
    .as_ref()
    .map(account_of)
    .transpose()
}

/// Creates the account of `email` for `contact_id`, or returns the existing one (a revoked account is
/// restored only for the same contact point, without its old password and authenticator). Returns the account and whether it was created now.
///
/// Errors: the address belongs to another contact point's account (`Ok(Err(existing contact))`), or the
/// database's.
pub async fn create(
    db: &Db,
    contact_id: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Result<(Account, bool), String>, sqlx::Error> {
    let email = email.trim().to_lowercase();
    if let Some(a) = by_email(db, &email).await? {
        if a.contact_id != contact_id {
            return Ok(Err(a.contact_id));
        }
        if a.revoked_at.is_some() {
            // the old password and authenticator may be why it was revoked: the person sets new ones
            sqlx::query(
                "UPDATE inbox_accounts SET revoked_at = NULL, failed_signins = 0, locked_until = NULL, \
                 password_hash = NULL, totp_secret = NULL, totp_last_step = 0 WHERE id = $1",
            )
                .bind(&a.id)
                .execute(&db.pool)
                .await?;
        }
        return Ok(Ok((by_id(db, &a.id).await?.unwrap_or(a), false)));
    }
    let mut b = [0u8; 16];
    rand::rng().fill_bytes(&mut b);
    let id = hex(&b);
    sqlx::query(
        "INSERT INTO inbox_accounts (id, contact_id, email, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(contact_id)
    .bind(&email)
    .bind(ts_ms(now))
    .execute(&db.pool)
    .await?;
    Ok(Ok((
        by_id(db, &id).await?.expect("the account was just written"),
        true,
    )))
}

/// Revokes the account of `email`: no sign-in any more, its sessions are deleted and, since every request
/// checks the account, any session still held stops working at once. `None` when there is no such account.
pub async fn revoke(
    db: &Db,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<Account>, sqlx::Error> {
    let Some(a) = by_email(db, email).await? else {
        return Ok(None);
    };
    let mut tx = db.pool.begin().await?;
    sqlx::query("UPDATE inbox_accounts SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1")
        .bind(&a.id)
        .bind(ts_ms(now))
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM inbox_sessions WHERE account_id = $1")
        .bind(&a.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE inbox_links SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL")
        .bind(&a.id)
        .bind(ts_ms(now))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    by_id(db, &a.id).await
}

/// Issues a one-time link token for `account` (`purpose`: `invite` or `signin`), valid for `valid`.
pub async fn issue_link(
    db: &Db,
    account: &str,
    purpose: &str,
    valid: Duration,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO inbox_links (token_hash, account_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(sha256_hex(&token))
    .bind(account)
    .bind(purpose)
    .bind(ts_ms(now + valid))
    .bind(ts_ms(now))
    .execute(&db.pool)
    .await?;
    Ok(token)
}

/// Why a link did not sign anyone in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkRefused {
    /// No such token (forged, mistyped, or from another installation).
    Unknown,
    /// Used before.
    Used,
    /// Past its expiry.
    Expired,
    /// The account was revoked.
    Revoked,
}

impl LinkRefused {
    /// A stable code for the audit log.
    pub fn code(self) -> &'static str {
        match self {
            LinkRefused::Unknown => "unknown",
            LinkRefused::Used => "used",
            LinkRefused::Expired => "expired",
            LinkRefused::Revoked => "revoked",
        }
    }
}

/// Uses link `token` at `now`: marks it used (once: of two concurrent uses one wins) and returns its account.
pub async fn use_link(
    db: &Db,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Result<Account, (LinkRefused, Option<Account>)>, sqlx::Error> {
    if token.is_empty() || token.len() > 64 {
        return Ok(Err((LinkRefused::Unknown, None)));
    }
    let hash = sha256_hex(token);
    let Some(r) = sqlx::query(
        "SELECT account_id, expires_at, used_at FROM inbox_links WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(Err((LinkRefused::Unknown, None)));
    };
    let account = by_id(db, &r.try_get::<String, _>("account_id")?).await?;
    let Some(account) = account else {
        return Ok(Err((LinkRefused::Unknown, None)));
    };
    if account.revoked_at.is_some() {
        return Ok(Err((LinkRefused::Revoked, Some(account))));
    }
    if r.try_get::<Option<String>, _>("used_at")?.is_some() {
        return Ok(Err((LinkRefused::Used, Some(account))));
    }
    let now_s = ts_ms(now);
    if r.try_get::<String, _>("expires_at")? <= now_s {
        return Ok(Err((LinkRefused::Expired, Some(account))));
    }
    let won = sqlx::query(
        "UPDATE inbox_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL",
    )
    .bind(&hash)
    .bind(&now_s)
    .execute(&db.pool)
    .await?
    .rows_affected()
        > 0;
    Ok(if won {
        Ok(account)
    } else {
        Err((LinkRefused::Used, Some(account)))
    })
}

/// Why a password sign-in failed. The person is told the same thing whatever it was (so that nobody learns
/// which addresses have accounts); the audit log keeps the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigninRefused {
    /// No such account, a wrong password or code, or no password/authenticator set up.
    Wrong,
    /// Too many failures: locked for [`LOCK_MINUTES`].
    Locked,
    /// The account was revoked.
    Revoked,
}

impl SigninRefused {
    /// A stable code for the audit log.
    pub fn code(self) -> &'static str {
        match self {
            SigninRefused::Wrong => "wrong",
            SigninRefused::Locked => "locked",
            SigninRefused::Revoked => "revoked",
        }
    }
}

fn totp(secret_b32: &str) -> Option<totp_rs::TOTP> {
    let secret = totp_rs::Secret::Encoded(secret_b32.to_owned())
        .to_bytes()
        .ok()?;
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, secret).ok()
}

/// The 30-second time step whose code `code` is, within one step of `now`; `None` if it matches none.
pub fn totp_step(secret_b32: &str, code: &str, now: DateTime<Utc>) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_b32)?;
    let now = u64::try_from(now.timestamp()).ok()?;
    [now.saturating_sub(30), now, now + 30]
        .into_iter()
        .find(|at| {
            crate::server::reports::delivery::sign::constant_eq(
                t.generate(*at).as_bytes(),
                code.as_bytes(),
            )
        })
        .map(|at| at / 30)
}

/// The current code of `secret_b32` (for tests and the set-up page's check).
pub fn totp_code(secret_b32: &str, now: DateTime<Utc>) -> Option<String> {
    Some(totp(secret_b32)?.generate(u64::try_from(now.timestamp()).ok()?))
}

/// A new TOTP secret: 20 random bytes (160 bits, as RFC 4226 recommends), base32 without padding.
pub fn new_totp_secret() -> String {
    let mut b = [0u8; 20];
    rand::rng().fill_bytes(&mut b);
    totp_rs::Secret::Raw(b.to_vec()).to_encoded().to_string()
}

/// Checks `email`, `password` and `code` at `now`. Failures are counted per account; [`MAX_FAILURES`] in a row
/// lock it for [`LOCK_MINUTES`]. A code is accepted once (its time step must be newer than the last one used).
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Result<Account, (SigninRefused, Option<Account>)>, sqlx::Error> {
    let Some(r) = sqlx::query(
        "SELECT id, password_hash, totp_secret, totp_last_step, failed_signins, locked_until, revoked_at \
         FROM inbox_accounts WHERE email = $1",
    )
    .bind(email.trim().to_lowercase())
    .fetch_optional(&db.pool)
    .await?
    else {
        // the same work as for a real account, so that timing does not tell which addresses exist
        let _ = Argon2::default().verify_password(password.as_bytes(), &dummy_hash());
        return Ok(Err((SigninRefused::Wrong, None)));
    };
    let id: String = r.try_get("id")?;
    let account = by_id(db, &id).await?;
    let now_s = ts_ms(now);
    if r.try_get::<Option<String>, _>("locked_until")?
        .is_some_and(|l| l > now_s)
    {
        return Ok(Err((SigninRefused::Locked, account)));
    }
    let hash: Option<String> = r.try_get("password_hash")?;
    let secret: Option<String> = r.try_get("totp_secret")?;
    let last: i64 = r.try_get("totp_last_step")?;
    let password_ok = match &hash {
        Some(h) => PasswordHash::new(h)
            .map(|p| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &p)
                    .is_ok()
            })
            .unwrap_or(false),
        None => {
            let _ = Argon2::default().verify_password(password.as_bytes(), &dummy_hash());
            false
        }
    };
    let step = secret
        .as_deref()
        .and_then(|s| totp_step(s, code, now))
        .filter(|s| i64::try_from(*s).unwrap_or(i64::MAX) > last);
    if r.try_get::<Option<String>, _>("revoked_at")?.is_some() {
        return Ok(Err((SigninRefused::Revoked, account)));
    }
    if password_ok {
        if let Some(step) = step {
            // the step moves forward once: a replayed code loses this race
            let took = sqlx::query(
                "UPDATE inbox_accounts SET totp_last_step = $2, failed_signins = 0, locked_until = NULL \
                 WHERE id = $1 AND totp_last_step < $2",
            )
            .bind(&id)
            .bind(i64::try_from(step).unwrap_or(i64::MAX))
            .execute(&db.pool)
            .await?
            .rows_affected()
                > 0;
            if took {
                return Ok(Ok(account.expect("the account exists")));
            }
        }
    }
    let failures: i64 = r.try_get::<i64, _>("failed_signins")? + 1;
    let lock = (failures >= MAX_FAILURES).then(|| ts_ms(now + Duration::minutes(LOCK_MINUTES)));
    sqlx::query(
        "UPDATE inbox_accounts SET failed_signins = CASE WHEN $2 IS NULL THEN failed_signins + 1 ELSE 0 END, \
         locked_until = COALESCE($2, locked_until) WHERE id = $1",
    )
    .bind(&id)
    .bind(lock.clone())
    .execute(&db.pool)
    .await?;
    Ok(Err((
        if lock.is_some() {
            SigninRefused::Locked
        } else {
            SigninRefused::Wrong
        },
        account,
    )))
}

fn dummy_hash() -> PasswordHash<'static> {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let s = DUMMY.get_or_init(|| {
        Argon2::default()
            .hash_password(
                b"not a password of anyone",
                &SaltString::generate(&mut OsRng),
            )
            .map(|h| h.to_string())
            .unwrap_or_default()
    });
    PasswordHash::new(s).expect("a hash we made parses")
}

/// Why a password and authenticator could not be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupRefused {
    /// The account has a password and the current one given is wrong.
    CurrentPassword,
    /// Shorter than [`PASSWORD_CHARS`].0 or longer than [`PASSWORD_CHARS`].1 characters.
    PasswordLength,
    /// The two passwords differ.
    PasswordMismatch,
    /// The authenticator's code does not match the new secret.
    WrongCode,
}

impl SetupRefused {
    /// The message id that explains it.
    pub fn message(self) -> &'static str {
        match self {
            SetupRefused::CurrentPassword => "inbox-setup-error-current",
            SetupRefused::PasswordLength => "inbox-setup-error-length",
            SetupRefused::PasswordMismatch => "inbox-setup-error-mismatch",
            SetupRefused::WrongCode => "inbox-setup-error-code",
        }
    }
}

/// A new password and authenticator for an account.
pub struct NewCredentials<'a> {
    /// The current password (needed when the account has one).
    pub current: &'a str,
    /// The new password.
    pub password: &'a str,
    /// The new password again.
    pub repeat: &'a str,
    /// The new authenticator secret (base32).
    pub secret_b32: &'a str,
    /// The authenticator's current code for that secret.
    pub code: &'a str,
}

/// Sets `account`'s password (Argon2id) and authenticator secret, once the person proved the authenticator
/// works by typing its current code and, when the account has a password already, gave it. A password needs
/// 12 to 128 characters, not counting spaces at either end.
pub async fn set_up(
    db: &Db,
    account: &str,
    c: &NewCredentials<'_>,
    now: DateTime<Utc>,
) -> Result<Result<(), SetupRefused>, sqlx::Error> {
    let (password, repeat, secret_b32, code) = (c.password, c.repeat, c.secret_b32, c.code);
    let current: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM inbox_accounts WHERE id = $1")
            .bind(account)
            .fetch_optional(&db.pool)
            .await?
            .flatten();
    if let Some(h) = current {
        let ok = PasswordHash::new(&h)
            .map(|p| {
                Argon2::default()
                    .verify_password(c.current.as_bytes(), &p)
                    .is_ok()
            })
            .unwrap_or(false);
        if !ok {
            return Ok(Err(SetupRefused::CurrentPassword));
        }
    }
    let n = password.trim().chars().count();
    if n < PASSWORD_CHARS.0 || password.chars().count() > PASSWORD_CHARS.1 {
        return Ok(Err(SetupRefused::PasswordLength));
    }
    if password != repeat {
        return Ok(Err(SetupRefused::PasswordMismatch));
    }
    let Some(step) = totp_step(secret_b32, code, now) else {
        return Ok(Err(SetupRefused::WrongCode));
    };
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &SaltString::generate(&mut OsRng))
        .map_err(|e| sqlx::Error::Protocol(format!("hashing the password: {e}")))?
        .to_string();
    sqlx::query(
        "UPDATE inbox_accounts SET password_hash = $2, totp_secret = $3, totp_last_step = $4, failed_signins = 0 WHERE id = $1",
    )
    .bind(account)
    .bind(hash)
    .bind(secret_b32)
    .bind(i64::try_from(step).unwrap_or(0))
    .execute(&db.pool)
    .await?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_totp_code_matches_its_step_and_one_step_either_side_only() {
        let s = new_totp_secret();
        assert_eq!(s.len(), 32, "160 bits in base32: {s}");
        let now = Utc::now();
        let code = totp_code(&s, now).unwrap();
        let step = totp_step(&s, &code, now).unwrap();
        assert_eq!(step, now.timestamp() as u64 / 30);
        assert!(totp_step(&s, &code, now + Duration::seconds(25)).is_some());
        assert!(
            totp_step(&s, &code, now + Duration::seconds(95)).is_none(),
            "three steps later"
        );
        assert!(totp_step(&s, "12345", now).is_none());
        assert!(totp_step(&s, "abcdef", now).is_none());
        assert!(totp_step(&new_totp_secret(), &code, now).is_none() || code.len() == 6);
    }

    #[test]
    fn tokens_are_random_and_stored_only_as_their_hash() {
        let a = new_token();
        assert_ne!(a, new_token());
        assert_eq!(a.len(), 43);
        assert_eq!(sha256_hex(&a).len(), 64);
        assert_ne!(sha256_hex(&a), a);
    }
}

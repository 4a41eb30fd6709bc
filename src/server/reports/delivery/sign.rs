//! Pure helpers of delivery: webhook signatures, signed acknowledgement links and retry backoff.
//!
//! Webhook signature (version `v1`): `HMAC-SHA256(key, timestamp + "." + body)` in lowercase hex, sent as
//! `X-Cyberhelp-Signature: v1=<hex>` with `X-Cyberhelp-Timestamp: <unix seconds>`. Receivers recompute it over
//! the raw body, compare in constant time and refuse timestamps more than [`REPLAY_WINDOW_SECS`] away from
//! their clock; within the window, the `Idempotency-Key` header drops replays and retries.

use crate::server::encoding::hex;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::Duration;

/// Largest accepted distance between a signed timestamp and the receiver's clock, in seconds (5 minutes).
pub const REPLAY_WINDOW_SECS: i64 = 300;

/// Header carrying the Unix timestamp (seconds) that was signed.
pub const TIMESTAMP_HEADER: &str = "X-Cyberhelp-Timestamp";
/// Header carrying `v1=<hex>`.
pub const SIGNATURE_HEADER: &str = "X-Cyberhelp-Signature";
/// Header carrying the job's idempotency key (also in the payload).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

fn mac(key: &[u8]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// The `X-Cyberhelp-Signature` value for `body` sent at `timestamp` (Unix seconds): `v1=<64 hex digits>`.
pub fn sign(key: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut m = mac(key);
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    format!("v1={}", hex(&m.finalize().into_bytes()))
}

/// The signature a receiver puts on `POST /api/v1/deliveries/{id}/ack`: like [`sign`], but over
/// `timestamp + ".ack." + id + "." + body`, so a captured delivery (or another job's acknowledgement) cannot
/// be replayed as an acknowledgement.
pub fn sign_ack(key: &[u8], timestamp: i64, id: &str, body: &[u8]) -> String {
    sign(key, timestamp, &ack_message(id, body))
}

/// The message an acknowledgement signature covers after `timestamp + "."`.
pub fn ack_message(id: &str, body: &[u8]) -> Vec<u8> {
    callback_message("ack", id, body)
}

/// The message a status update's signature covers after `timestamp + "."`: `"status." + id + "." + body`
/// (`POST /api/v1/deliveries/{id}/status`), so an acknowledgement, a delivery or another job's update cannot
/// be replayed as an update.
pub fn status_message(id: &str, body: &[u8]) -> Vec<u8> {
    callback_message("status", id, body)
}

/// The signature a receiver puts on `POST /api/v1/deliveries/{id}/status`.
pub fn sign_status(key: &[u8], timestamp: i64, id: &str, body: &[u8]) -> String {
    sign(key, timestamp, &status_message(id, body))
}

/// The message a question's signature covers after `timestamp + "."`: `"question." + id + "." + body`
/// (`POST /api/v1/deliveries/{id}/questions`).
pub fn question_message(id: &str, body: &[u8]) -> Vec<u8> {
    callback_message("question", id, body)
}

/// The signature a receiver puts on `POST /api/v1/deliveries/{id}/questions`.
pub fn sign_question(key: &[u8], timestamp: i64, id: &str, body: &[u8]) -> String {
    sign(key, timestamp, &question_message(id, body))
}

fn callback_message(kind: &str, id: &str, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(body.len() + id.len() + kind.len() + 2);
    m.extend_from_slice(kind.as_bytes());
    m.push(b'.');
    m.extend_from_slice(id.as_bytes());
    m.push(b'.');
    m.extend_from_slice(body);
    m
}

/// Why a signed request was refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// Timestamp header missing or not an integer.
    #[error("missing or malformed timestamp")]
    BadTimestamp,
    /// Timestamp outside the replay window.
    #[error("timestamp outside the replay window")]
    Expired,
    /// Signature header missing, not `v1=`, or not matching.
    #[error("signature does not match")]
    Mismatch,
}

/// Checks a signed request: `timestamp` and `signature` are the header values, `now` the receiver's Unix time.
/// Accepts any of several `v1=` values separated by commas (key rotation).
pub fn verify(
    key: &[u8],
    timestamp: Option<&str>,
    signature: Option<&str>,
    body: &[u8],
    now: i64,
) -> Result<(), SignatureError> {
    let ts: i64 = timestamp
        .and_then(|t| t.trim().parse().ok())
        .ok_or(SignatureError::BadTimestamp)?;
    // `abs_diff` cannot overflow: `(now - ts).abs()` wrapped for timestamps near `i64::MIN`/`i64::MAX`
    // (accepted in release, a panic in debug before the signature was even checked)
    if now.abs_diff(ts) > REPLAY_WINDOW_SECS.unsigned_abs() {
        return Err(SignatureError::Expired);
    }
    let expected = sign(key, ts, body);
    let ok = signature
        .unwrap_or("")
        .split(',')
        .any(|s| constant_eq(s.trim().as_bytes(), expected.as_bytes()));
    if ok {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

/// Constant-time equality of two byte strings (length is not secret), with the `subtle` crate.
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.ct_eq(b).into()
}

/// The signature of an e-mail acknowledgement link for job `id`: HMAC-SHA256 under the instance secret (the
/// one behind status tokens), first 128 bits in hex.
pub fn ack_link_sig(secret: &[u8], id: &str) -> String {
    let mut m = mac(secret);
    m.update(b"cyberhelp-delivery-ack:");
    m.update(id.as_bytes());
    hex(&m.finalize().into_bytes()[..16])
}

/// Whether `sig` is the acknowledgement signature of job `id`.
pub fn ack_link_ok(secret: &[u8], id: &str, sig: &str) -> bool {
    constant_eq(ack_link_sig(secret, id).as_bytes(), sig.trim().as_bytes())
}

/// Delay before retry number `attempt` (1 = the first retry): `min(max, base * 2^(attempt-1))`, of which a
/// random half is taken off ("equal jitter": the result lies in `[d/2, d]`), so workers that failed together
/// do not retry together. `jitter` is a random number in `[0, 1)`.
pub fn backoff(attempt: u32, base: Duration, max: Duration, jitter: f64) -> Duration {
    let exp = attempt.saturating_sub(1).min(30);
    let d = base.saturating_mul(1u32 << exp).min(max);
    let half = d / 2;
    half + half.mul_f64(jitter.clamp(0.0, 1.0))
}

/// Whether an HTTP status means "do not retry": 4xx except 408 (timeout) and 429 (rate limited).
pub fn is_permanent_status(status: u16) -> bool {
    (400..500).contains(&status) && status != 408 && status != 429
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ack_signature_is_bound_to_its_job_and_is_not_a_delivery_signature() {
        let (k, ts, body) = (
            b"0123456789abcdef".as_slice(),
            1_700_000_000,
            b"{}".as_slice(),
        );
        let a = sign_ack(k, ts, "job1", body);
        assert_ne!(a, sign(k, ts, body));
        assert_ne!(a, sign_ack(k, ts, "job2", body));
        let ts_s = ts.to_string();
        assert!(verify(k, Some(&ts_s), Some(&a), &ack_message("job1", body), ts).is_ok());
        assert!(verify(k, Some(&ts_s), Some(&a), &ack_message("job2", body), ts).is_err());
    }

    #[test]
    fn signatures_verify_and_refuse_tampering_and_replays() {
        let key = b"whsec_test";
        let body = br#"{"reference":"ABCD-EFGH-JK"}"#;
        let sig = sign(key, 1_796_000_000, body);
        assert!(sig.starts_with("v1=") && sig.len() == 67, "{sig}");
        let ok = |ts: &str, s: &str, b: &[u8], now| verify(key, Some(ts), Some(s), b, now);
        assert_eq!(ok("1796000000", &sig, body, 1_796_000_100), Ok(()));
        assert_eq!(
            ok("1796000000", &format!("v1=00,{sig}"), body, 1_796_000_000),
            Ok(()),
            "rotation: any listed signature"
        );
        assert_eq!(
            ok("1796000000", &sig, b"{}", 1_796_000_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            ok("1796000001", &sig, body, 1_796_000_000),
            Err(SignatureError::Mismatch),
            "the timestamp is signed"
        );
        assert_eq!(
            ok("1796000000", &sig, body, 1_796_000_301),
            Err(SignatureError::Expired)
        );
        assert_eq!(
            verify(key, None, Some(&sig), body, 0),
            Err(SignatureError::BadTimestamp)
        );
        assert_eq!(
            verify(
                b"other",
                Some("1796000000"),
                Some(&sig),
                body,
                1_796_000_000
            ),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn extreme_timestamps_are_expired_not_wrapped() {
        let key = b"whsec_test";
        let body = b"{}";
        let now = 1_796_000_000_i64;
        for ts in [
            i64::MIN,
            i64::MIN + now,
            i64::MIN + now + 1,
            i64::MAX,
            i64::MAX - 1,
            0,
            -1,
            now + 10 * 365 * 86_400,
            now - REPLAY_WINDOW_SECS - 1,
            now + REPLAY_WINDOW_SECS + 1,
        ] {
            let sig = sign(key, ts, body);
            assert_eq!(
                verify(key, Some(&ts.to_string()), Some(&sig), body, now),
                Err(SignatureError::Expired),
                "timestamp {ts}"
            );
        }
        for ts in [now - REPLAY_WINDOW_SECS, now + REPLAY_WINDOW_SECS] {
            let sig = sign(key, ts, body);
            assert_eq!(
                verify(key, Some(&ts.to_string()), Some(&sig), body, now),
                Ok(()),
                "edge of the window {ts}"
            );
        }
        // a receiver whose clock is at an extreme does not panic either
        let sig = sign(key, 1, body);
        for (now, want) in [
            (i64::MIN, Err(SignatureError::Expired)),
            (i64::MAX, Err(SignatureError::Expired)),
            (0, Ok(())),
        ] {
            assert_eq!(
                verify(key, Some("1"), Some(&sig), body, now),
                want,
                "now {now}"
            );
        }
        assert_eq!(
            verify(key, Some("9223372036854775808"), Some("v1=00"), body, now),
            Err(SignatureError::BadTimestamp),
            "beyond i64 is malformed"
        );
    }

    #[test]
    fn known_signature_vector() {
        // HMAC-SHA256("key", "1.x"), checked with `printf 1.x | openssl dgst -sha256 -hmac key`
        assert_eq!(
            sign(b"key", 1, b"x"),
            "v1=fc4913c41a7bf793267e2a384f3261c9436ec2cd097bd745e7b0d99113f510ec"
        );
    }

    #[test]
    fn ack_links_are_bound_to_the_job_and_secret() {
        let s = ack_link_sig(b"secret", "job1");
        assert_eq!(s.len(), 32);
        assert!(ack_link_ok(b"secret", "job1", &s));
        assert!(!ack_link_ok(b"secret", "job2", &s));
        assert!(!ack_link_ok(b"other", "job1", &s));
        assert!(!ack_link_ok(b"secret", "job1", ""));
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let base = Duration::from_secs(30);
        let max = Duration::from_secs(3600);
        for (attempt, full) in [(1, 30), (2, 60), (3, 120), (4, 240), (8, 3600), (40, 3600)] {
            let lo = backoff(attempt, base, max, 0.0);
            let hi = backoff(attempt, base, max, 0.999_999);
            assert_eq!(lo, Duration::from_secs(full) / 2, "attempt {attempt}");
            assert!(
                hi <= Duration::from_secs(full) && hi > lo,
                "attempt {attempt}"
            );
        }
        assert_eq!(backoff(0, base, max, 1.0), base, "attempt 0 acts as 1");
    }

    #[test]
    fn permanent_statuses() {
        for s in [400, 401, 403, 404, 410, 413, 422] {
            assert!(is_permanent_status(s), "{s}");
        }
        for s in [200, 301, 408, 429, 500, 502, 503] {
            assert!(!is_permanent_status(s), "{s}");
        }
    }
}

//! Report references and status tokens.
//!
//! A reference is 10 symbols of Crockford's base32 alphabet (no I, L, O, U: nothing to confuse when read
//! aloud or typed), grouped `XXXX-XXXX-XX`: 50 random bits. It names the report; the separate status token
//! (128 bits) proves the right to see it. Only a SHA-256 hash of the token is stored.

use crate::server::encoding::hex;
use rand::Rng;
use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new random reference such as `7K4M-9QXP-2D`.
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let chars: Vec<u8> = (0..10).map(|_| ALPHABET[rng.random_range(0..32)]).collect();
    let s = String::from_utf8(chars).expect("ASCII");
    format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..])
}

/// Normalises a typed reference: uppercase, `O`→`0`, `I`/`L`→`1`, spaces and dashes ignored. `None` unless
/// it is 10 symbols of the alphabet.
pub fn normalise_reference(input: &str) -> Option<String> {
    let s: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    (s.len() == 10 && s.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| format!("{}-{}-{}", &s[..4], &s[4..8], &s[8..]))
}

/// A new random idempotency key for a form (hex, 128 bits).
pub fn new_form_key() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    hex(&bytes)
}

/// The status token belonging to a form key: HMAC-SHA256 (RFC 2104) of the key under the instance's secret
/// (kept in the database's `meta` table, shared by all replicas), first 128 bits in hex. Derived, so that
/// re-sending the same form shows the same receipt without the token ever being stored; unguessable without
/// the secret.
pub fn status_token(secret: &[u8], form_key: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(b"cyberhelp-status-token:");
    mac.update(form_key.as_bytes());
    hex(&mac.finalize().into_bytes()[..16])
}

/// A new random secret (256 bits, hex) for [`status_token`].
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex(&bytes)
}

/// SHA-256 hex of a token, as stored.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Shortest client idempotency key accepted.
pub const FORM_KEY_MIN: usize = 8;
/// Longest client idempotency key accepted.
pub const FORM_KEY_MAX: usize = 128;

/// Whether `s` is an acceptable idempotency key: 8 to 128 visible ASCII characters (`!` to `~`, no spaces),
/// so that API clients may use their own retry keys (UUIDs, `my-client-retry-key-0001`, uppercase hex).
/// The form's own keys ([`new_form_key`]) are of this kind. Keys are stored only as SHA-256 hashes
/// ([`token_hash`]) of the key scoped by its client kind (`form:…` or `api:…`, see
/// [`super::ClientKind`]); a request with any other non-empty key is refused (422 naming `form_key`), never given
/// a replacement key, which would silently turn a retry into a second report.
pub fn is_form_key(s: &str) -> bool {
    (FORM_KEY_MIN..=FORM_KEY_MAX).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_normalised() {
        let r = new_reference();
        assert_eq!(r.len(), 12);
        assert_eq!(normalise_reference(&r).as_deref(), Some(r.as_str()));
        assert_eq!(
            normalise_reference("7k4m 9qxp 2d").as_deref(),
            Some("7K4M-9QXP-2D")
        );
        assert_eq!(
            normalise_reference("7K4M-9QXP-2O").as_deref(),
            Some("7K4M-9QXP-20")
        );
        for bad in ["", "7K4M-9QXP", "7K4M-9QXP-2DX", "7K4M-9QXP-2U", "<script>"] {
            assert_eq!(normalise_reference(bad), None, "{bad}");
        }
        assert_ne!(new_reference(), new_reference());
    }

    #[test]
    fn tokens_derive_from_keys_and_are_hashed() {
        let k = new_form_key();
        assert!(is_form_key(&k));
        assert_eq!(status_token(b"s", &k), status_token(b"s", &k));
        assert_ne!(status_token(b"s", &k), status_token(b"s", &new_form_key()));
        assert_ne!(
            status_token(b"s", &k),
            status_token(b"other secret", &k),
            "the secret matters"
        );
        assert_eq!(token_hash("x").len(), 64);
        for ok in [
            "my-client-retry-key-0001",
            "0123456789ABCDEF0123456789ABCDEF",
            "12345678",
            "550e8400-e29b-41d4-a716-446655440000",
            "a!#$%&'()*+,./:;<=>?@[]^_`{|}~",
        ] {
            assert!(is_form_key(ok), "{ok}");
        }
        assert!(is_form_key(&"k".repeat(128)));
        for bad in [
            "",
            "ZZ",
            "1234567",
            "with space",
            "tab\tkey-123",
            "ümlaut-key",
            "nul\0-key-123",
        ] {
            assert!(!is_form_key(bad), "{bad:?}");
        }
        assert!(!is_form_key(&"k".repeat(129)));
    }
}

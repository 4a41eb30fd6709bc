//! Byte encodings shared by the server (hashes, signatures, tokens).

/// Lowercase hexadecimal of `bytes`, two digits a byte (`[0xab, 0x01]` → `"ab01"`).
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_is_lowercase_two_digits_a_byte() {
        assert_eq!(super::hex(&[0xab, 0x01, 0x00, 0xff]), "ab0100ff");
        assert_eq!(super::hex(&[]), "");
    }
}

//! Tests of content loading.

use super::*;

#[test]
fn cve_ids() {
    for ok in ["CVE-2024-3400", "CVE-2024-21762", "CVE-2025-1234567"] {
        assert!(is_cve(ok), "{ok}");
    }
    for bad in [
        "CVE-24-3400",
        "cve-2024-3400",
        "CVE-2024-340",
        "CVE-2024-34a0",
        "CVE-2024-3400-1",
        "CVE-1998-0001",
        "",
    ] {
        assert!(!is_cve(bad), "{bad}");
    }
}

#[test]
fn titles_and_summaries_are_plain_bounded_text() {
    assert_eq!(
        plain_line("Ivanti – Policy Secure & ZTA (CVE-2025-0282)", 200),
        Ok(())
    );
    assert_eq!(plain_line("Αναφορά στην αστυνομία", 200), Ok(()));
    for bad in [
        "",
        "  ",
        "T </title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "a <b>bold</b> title",
        "Tom &amp; Jerry",
        "&#60;script",
        "line\nbreak",
        "tab\there",
        "bidi \u{202E}txt.exe",
        "zero\u{200B}width",
        "nul\u{0}",
    ] {
        assert!(plain_line(bad, 200).is_err(), "{bad:?} accepted");
    }
    assert!(plain_line(&"x".repeat(201), 200).is_err());
    assert!(
        plain_line(&"é".repeat(200), 200).is_ok(),
        "characters, not bytes"
    );
    assert!(plain_line(&"x".repeat(5_000_000), 600)
        .unwrap_err()
        .contains("5000000"));
}

#[test]
fn front_matter_split_with_body_line() {
    let (fm, body, line) =
        split_front_matter("+++\nid = \"x\"\ntitle = \"y\"\n+++\n\nBody\n").unwrap();
    assert_eq!(fm, "id = \"x\"\ntitle = \"y\"\n");
    assert_eq!(body, "\nBody\n");
    assert_eq!(line, 5);
    assert!(split_front_matter("no front matter").is_none());
    assert!(split_front_matter("+++\nunterminated\n").is_none());
}

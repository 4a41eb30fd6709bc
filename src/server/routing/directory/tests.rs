//! Tests of the directory loader.

use super::load::{valid_email, valid_url};
use super::*;

#[test]
fn country_codes_are_normalised() {
    assert_eq!(normalise_country("el").as_deref(), Some("GR"));
    assert_eq!(normalise_country(" uk ").as_deref(), Some("GB"));
    assert_eq!(normalise_country("be").as_deref(), Some("BE"));
    for bad in ["", "B", "BEL", "1E", "é1", "B\u{0}"] {
        assert_eq!(normalise_country(bad), None, "{bad:?}");
    }
}

#[test]
fn emails_and_urls() {
    assert!(valid_email("suspicious@safeonweb.be"));
    for bad in ["a@b", "@x.be", "a@@x.be", "a b@x.be", "x.be"] {
        assert!(!valid_email(bad), "{bad}");
    }
    assert!(valid_url("https://ccb.belgium.be/en/cert"));
    assert!(
        !valid_url("javascript:alert(1)") && !valid_url("ftp://x.org") && !valid_url("https://")
    );
}

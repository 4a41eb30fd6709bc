//! Where each contact point's reports go: the operator's delivery config (`CYBERHELP_DELIVERY_CONFIG`, TOML)
//! over the public directory.
//!
//! ```toml
//! tlp = "TLP:AMBER"                      # marking of every payload (default TLP:AMBER)
//!
//! [default]                              # optional: contacts not listed below (else: e-mail from the directory)
//! transport = "webhook"
//! url = "https://intake.example.org/cyberhelp"
//! key_env = "CYBERHELP_WEBHOOK_KEY"      # name of the env variable holding the HMAC key (or `key = "..."`)
//!
//! [contacts.fi-ncsc-fi]
//! transport = "webhook"
//! url = "https://tickets.ncsc.example/api/cyberhelp"
//! key_env = "CYBERHELP_WEBHOOK_KEY_FI_NCSC"
//!
//! [contacts.fi-office-of-the-data-protection]
//! transport = "file"                     # one JSON file per report, for air-gapped teams
//! dir = "/srv/cyberhelp/drop/fi-dpa"
//!
//! [contacts.be-cert-be]
//! transport = "email"
//! to = "incident@ccb.belgium.be"         # optional: overrides the directory's report_email; without `to`,
//!                                        # the entry vouches for the directory's address even if unverified
//!
//! [contacts.de-polizei]
//! transport = "none"                     # never deliver; jobs wait with reason `no-channel`
//!
//! [contacts.at-cert-at]
//! transport = "rt"                       # Request Tracker / RTIR: a ticket through REST2
//! url = "https://rt.example.org"         # POST {url}/REST/2.0/ticket, `Authorization: token …`
//! queue = "Incident Reports"
//! key_env = "CYBERHELP_RT_TOKEN"         # an RT auth token (RT::Authen::Token)
//!
//! [contacts.lu-circl]
//! transport = "rt-email"                 # e-mail for an RT mail gateway: stable subject with our reference
//! to = "info@circl.lu"                   # optional, as for `email`
//! reply_to_victim = false                # RT takes the requester from Reply-To first: the victim only if true
//!
//! [contacts.be-cert-be]
//! transport = "misp"                     # an unpublished MISP event, distribution "your organisation only"
//! url = "https://misp.example.org"       # POST {url}/events/add, `Authorization: <key>`
//! key_env = "CYBERHELP_MISP_KEY"
//!
//! [contacts.nl-ncsc]
//! transport = "thehive"                  # a TheHive 5 alert
//! url = "https://thehive.example.org"    # POST {url}/api/v1/alert, `Authorization: Bearer <key>`
//! key_env = "CYBERHELP_THEHIVE_KEY"
//! ```
//!
//! Endpoints and keys live here, not in `content/`, so that CSIRTs' intake URLs and secrets stay private.

use crate::server::routing::Contact;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// A secret string (webhook key); never printed.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The secret's bytes, for signing.
    pub fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// One channel as written in the config file.
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "transport", rename_all = "kebab-case")]
pub enum ChannelSpec {
    /// E-mail through `CYBERHELP_SMTP_URL`; `to` overrides the directory's `report_email`.
    Email {
        /// Address to use instead of the directory's.
        #[serde(default)]
        to: Option<String>,
    },
    /// Signed JSON POST.
    Webhook {
        /// `https://` endpoint (`http://` only for loopback receivers).
        url: String,
        /// The HMAC key itself (prefer `key_env`).
        #[serde(default)]
        key: Option<Secret>,
        /// Name of an environment variable holding the HMAC key.
        #[serde(default)]
        key_env: Option<String>,
    },
    /// One JSON file per report and recipient in `dir`, written atomically.
    File {
        /// Existing directory (created if missing).
        dir: PathBuf,
    },
    /// Request Tracker (or RTIR): a ticket through the REST2 API.
    Rt {
        /// RT's base URL (`https://`; `http://` only for loopback); tickets go to `{url}/REST/2.0/ticket`.
        url: String,
        /// The queue's name.
        queue: String,
        /// The auth token itself (prefer `key_env`).
        #[serde(default)]
        key: Option<Secret>,
        /// Name of an environment variable holding the auth token.
        #[serde(default)]
        key_env: Option<String>,
    },
    /// E-mail for an RT mail gateway: like `email`, and the victim is the `Reply-To` only if
    /// `reply_to_victim` (RT makes the `Reply-To` address the ticket's requester).
    RtEmail {
        /// Address to use instead of the directory's.
        #[serde(default)]
        to: Option<String>,
        /// Put the victim's address (when given and not anonymous) in `Reply-To`.
        #[serde(default)]
        reply_to_victim: bool,
    },
    /// MISP: an unpublished event through `POST {url}/events/add`.
    Misp {
        /// MISP's base URL.
        url: String,
        /// The API key itself (prefer `key_env`).
        #[serde(default)]
        key: Option<Secret>,
        /// Name of an environment variable holding the API key.
        #[serde(default)]
        key_env: Option<String>,
    },
    /// TheHive 5: an alert through `POST {url}/api/v1/alert`.
    Thehive {
        /// TheHive's base URL.
        url: String,
        /// The API key itself (prefer `key_env`).
        #[serde(default)]
        key: Option<Secret>,
        /// Name of an environment variable holding the API key.
        #[serde(default)]
        key_env: Option<String>,
    },
    /// Kept in the portal for the contact point's inbox (`/{lang}/inbox`): nothing leaves the portal.
    Inbox,
    /// Do not deliver to this contact.
    None,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    tlp: Option<String>,
    #[serde(default)]
    default: Option<ChannelSpec>,
    #[serde(default)]
    contacts: BTreeMap<String, ChannelSpec>,
}

/// A resolved destination: the transport to use and its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Channel {
    /// E-mail to `to` through SMTP.
    Email {
        /// Recipient address.
        to: String,
        /// Put the victim's address (when given and not anonymous) in `Reply-To`.
        reply_to_victim: bool,
        /// Written for an RT mail gateway (`transport = "rt-email"`).
        rt: bool,
    },
    /// Request Tracker REST2 ticket.
    Rt {
        /// Base URL.
        url: String,
        /// Queue name.
        queue: String,
        /// Auth token.
        key: Secret,
    },
    /// MISP event.
    Misp {
        /// Base URL.
        url: String,
        /// API key.
        key: Secret,
    },
    /// TheHive alert.
    TheHive {
        /// Base URL.
        url: String,
        /// API key.
        key: Secret,
    },
    /// Signed webhook POST.
    Webhook {
        /// Endpoint.
        url: String,
        /// HMAC key.
        key: Secret,
    },
    /// JSON file in `dir`.
    File {
        /// Drop directory.
        dir: PathBuf,
    },
    /// Kept in the portal: the contact point reads it in its inbox (see [`crate::server::inbox`]).
    Inbox,
    /// Kept in memory ([`super::transport::MemorySink`]); for tests, never from a config file.
    Memory,
}

impl Channel {
    /// `email`, `rt-email`, `webhook`, `rt`, `misp`, `thehive`, `file` or `memory` (metric label,
    /// `delivery_jobs.transport`, the `via` of updates it brings).
    pub fn name(&self) -> &'static str {
        match self {
            Channel::Email { rt: true, .. } => "rt-email",
            Channel::Email { .. } => "email",
            Channel::Rt { .. } => "rt",
            Channel::Misp { .. } => "misp",
            Channel::TheHive { .. } => "thehive",
            Channel::Webhook { .. } => "webhook",
            Channel::File { .. } => "file",
            Channel::Inbox => "inbox",
            Channel::Memory => "memory",
        }
    }
}

/// Why a job has no channel right now (it waits, visibly, and is retried later without using up attempts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    /// Neither the config nor the directory gives a channel (e.g. only a web form).
    NoChannel,
    /// The channel is e-mail but `CYBERHELP_SMTP_URL` is unset.
    NoSmtp,
    /// The directory's e-mail address is not confirmed by an official source (`unverified` or
    /// `weak_sources` names `report_email`), and the operator has not listed the contact in the delivery
    /// config: a report is not sent to an address that may be wrong.
    UnverifiedAddress,
}

impl WaitReason {
    /// Stored code (`delivery_jobs.wait_reason`).
    pub fn code(self) -> &'static str {
        match self {
            WaitReason::NoChannel => "no-channel",
            WaitReason::NoSmtp => "no-smtp",
            WaitReason::UnverifiedAddress => "unverified-address",
        }
    }
}

/// The channel table of one process.
#[derive(Clone, Debug)]
pub struct Channels {
    /// TLP marking of payloads (`TLP:AMBER` unless configured).
    pub tlp: String,
    /// For contacts without an entry; `None`: e-mail from the directory.
    pub default: Option<Channel>,
    /// Per contact id; `None` = `transport = "none"`.
    pub contacts: BTreeMap<String, Option<Channel>>,
}

impl Default for Channels {
    fn default() -> Self {
        Channels {
            tlp: "TLP:AMBER".into(),
            default: None,
            contacts: BTreeMap::new(),
        }
    }
}

const TLPS: [&str; 5] = [
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
];

/// An `https://` URL (`http://` only for a loopback host, for tests and local receivers).
fn endpoint(url: &str, what: &str) -> anyhow::Result<String> {
    let parsed = url::Url::parse(url).map_err(|e| anyhow::anyhow!("{what}: url `{url}`: {e}"))?;
    let loopback = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    if parsed.scheme() != "https" && !(parsed.scheme() == "http" && loopback) {
        anyhow::bail!("{what}: url `{url}` must be https:// (http:// only for loopback)");
    }
    Ok(url.to_owned())
}

/// The secret from `key` or the environment variable `key_env` (exactly one), at least 16 characters.
fn secret(key: Option<Secret>, key_env: Option<String>, what: &str) -> anyhow::Result<Secret> {
    let key = match (key, key_env) {
        (Some(k), None) => k,
        (None, Some(var)) => Secret(std::env::var(&var).map_err(|_| {
            anyhow::anyhow!("{what}: environment variable {var} (key_env) is not set")
        })?),
        _ => anyhow::bail!("{what}: give exactly one of `key` and `key_env`"),
    };
    if key.0.len() < 16 {
        anyhow::bail!("{what}: the key must be at least 16 characters");
    }
    Ok(key)
}

fn resolve_spec(spec: ChannelSpec, what: &str) -> anyhow::Result<Option<Channel>> {
    Ok(match spec {
        ChannelSpec::None => None,
        ChannelSpec::Email { to } => Some(Channel::Email {
            to: to.unwrap_or_default(),
            reply_to_victim: true,
            rt: false,
        }),
        ChannelSpec::RtEmail {
            to,
            reply_to_victim,
        } => Some(Channel::Email {
            to: to.unwrap_or_default(),
            reply_to_victim,
            rt: true,
        }),
        ChannelSpec::File { dir } => Some(Channel::File { dir }),
        ChannelSpec::Inbox => Some(Channel::Inbox),
        ChannelSpec::Webhook { url, key, key_env } => Some(Channel::Webhook {
            url: endpoint(&url, what)?,
            key: secret(key, key_env, what)?,
        }),
        ChannelSpec::Rt {
            url,
            queue,
            key,
            key_env,
        } => {
            if queue.trim().is_empty() {
                anyhow::bail!("{what}: `queue` names the RT queue and may not be empty");
            }
            Some(Channel::Rt {
                url: endpoint(&url, what)?,
                queue,
                key: secret(key, key_env, what)?,
            })
        }
        ChannelSpec::Misp { url, key, key_env } => Some(Channel::Misp {
            url: endpoint(&url, what)?,
            key: secret(key, key_env, what)?,
        }),
        ChannelSpec::Thehive { url, key, key_env } => Some(Channel::TheHive {
            url: endpoint(&url, what)?,
            key: secret(key, key_env, what)?,
        }),
    })
}

impl Channels {
    /// Parses a config file's text; `source` names it in errors.
    ///
    /// Errors: TOML syntax or unknown fields, an unknown TLP, a webhook without key or with a non-https URL,
    /// a `key_env` naming an unset variable.
    pub fn parse(text: &str, source: &str) -> anyhow::Result<Self> {
        let f: ConfigFile = toml::from_str(text).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        let tlp = f.tlp.unwrap_or_else(|| "TLP:AMBER".into());
        if !TLPS.contains(&tlp.as_str()) {
            anyhow::bail!("{source}: tlp `{tlp}` is not one of {}", TLPS.join(", "));
        }
        let default = match f.default {
            Some(spec) => resolve_spec(spec, &format!("{source}: [default]"))?,
            None => None,
        };
        let mut contacts = BTreeMap::new();
        for (id, spec) in f.contacts {
            let ch = resolve_spec(spec, &format!("{source}: [contacts.{id}]"))?;
            contacts.insert(id, ch);
        }
        Ok(Channels {
            tlp,
            default,
            contacts,
        })
    }

    /// Reads the file at `path` (see [`Channels::parse`]).
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
        Self::parse(&text, &path.display().to_string())
    }

    /// The channel for a contact: its config entry, else `[default]`, else e-mail to the directory's
    /// `report_email` — only if that address is verified from an official source, unless the contact's own
    /// config entry vouches for it (`transport = "email"` without `to`). `smtp` says whether SMTP is
    /// configured.
    pub fn resolve(
        &self,
        contact_id: &str,
        contact: Option<&Contact>,
        smtp: bool,
    ) -> Result<Channel, WaitReason> {
        let (ch, explicit) = match self.contacts.get(contact_id) {
            Some(None) => return Err(WaitReason::NoChannel),
            Some(Some(c)) => (c.clone(), true),
            None => match &self.default {
                Some(c) => (c.clone(), false),
                None => (
                    Channel::Email {
                        to: String::new(),
                        reply_to_victim: true,
                        rt: false,
                    },
                    false,
                ),
            },
        };
        match ch {
            Channel::Email {
                to,
                reply_to_victim,
                rt,
            } => {
                let to = if to.is_empty() {
                    let c = contact.ok_or(WaitReason::NoChannel)?;
                    let address = c.report_email.clone().ok_or(WaitReason::NoChannel)?;
                    if !explicit && !c.is_verified("report_email") {
                        return Err(WaitReason::UnverifiedAddress);
                    }
                    address
                } else {
                    to
                };
                if smtp {
                    Ok(Channel::Email {
                        to,
                        reply_to_victim,
                        rt,
                    })
                } else {
                    Err(WaitReason::NoSmtp)
                }
            }
            other => Ok(other),
        }
    }

    /// The webhook key used for `contact_id` (to authenticate its acknowledgement callbacks), if its channel
    /// is a webhook.
    pub fn webhook_key(&self, contact_id: &str) -> Option<&Secret> {
        let ch = match self.contacts.get(contact_id) {
            Some(c) => c.as_ref(),
            None => self.default.as_ref(),
        };
        match ch {
            Some(Channel::Webhook { key, .. }) => Some(key),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
tlp = "TLP:AMBER"
[contacts.fi-ncsc-fi]
transport = "webhook"
url = "https://tickets.example/api"
key = "0123456789abcdef-secret"
[contacts.fi-dpa]
transport = "file"
dir = "/tmp/drop"
[contacts.be-cert-be]
transport = "email"
to = "incident@ccb.belgium.be"
[contacts.de-polizei]
transport = "none"
"#;

    #[test]
    fn config_resolves_channels_and_hides_keys() {
        let c = Channels::parse(SAMPLE, "delivery.toml").unwrap();
        assert_eq!(c.tlp, "TLP:AMBER");
        let dbg = format!("{c:?}");
        assert!(!dbg.contains("0123456789abcdef-secret"), "{dbg}");
        assert_eq!(
            c.resolve("fi-ncsc-fi", None, false).unwrap().name(),
            "webhook"
        );
        assert_eq!(
            c.resolve("fi-dpa", None, false),
            Ok(Channel::File {
                dir: "/tmp/drop".into()
            })
        );
        assert_eq!(
            c.resolve("be-cert-be", None, true),
            Ok(Channel::Email {
                to: "incident@ccb.belgium.be".into(),
                reply_to_victim: true,
                rt: false,
            })
        );
        assert_eq!(
            c.resolve("be-cert-be", None, false),
            Err(WaitReason::NoSmtp),
            "e-mail waits for SMTP"
        );
        assert_eq!(
            c.resolve("de-polizei", None, true),
            Err(WaitReason::NoChannel)
        );
        assert_eq!(
            c.resolve("xx-unknown", None, true),
            Err(WaitReason::NoChannel),
            "no directory e-mail"
        );
        assert!(c.webhook_key("fi-ncsc-fi").is_some() && c.webhook_key("fi-dpa").is_none());
    }

    fn contact(email: &str, weak: bool) -> Contact {
        toml::from_str(&format!(
            "id = \"xx-a\"\nkind = \"csirt\"\nname = \"A\"\nreport_email = \"{email}\"\nweak_sources = {}\n\
             [[sources]]\nurl = \"https://a.example\"\nkind = \"official\"\n",
            if weak { "[\"report_email\"]" } else { "[]" }
        ))
        .unwrap()
    }

    #[test]
    fn directory_addresses_are_used_only_when_verified_or_vouched_for() {
        let none = Channels::default();
        let ok = contact("cert@a.example", false);
        let weak = contact("maybe@a.example", true);
        assert_eq!(
            none.resolve("xx-a", Some(&ok), true),
            Ok(Channel::Email {
                to: "cert@a.example".into(),
                reply_to_victim: true,
                rt: false,
            })
        );
        assert_eq!(
            none.resolve("xx-a", Some(&weak), true),
            Err(WaitReason::UnverifiedAddress)
        );
        let vouched =
            Channels::parse("[contacts.xx-a]\ntransport = \"email\"\n", "d.toml").unwrap();
        assert_eq!(
            vouched.resolve("xx-a", Some(&weak), true),
            Ok(Channel::Email {
                to: "maybe@a.example".into(),
                reply_to_victim: true,
                rt: false,
            }),
            "the operator's entry vouches for the address"
        );
    }

    #[test]
    fn ticketing_systems_are_configured_per_contact() {
        let c = Channels::parse(
            r#"
[contacts.a]
transport = "rt"
url = "https://rt.example.org"
queue = "Incident Reports"
key = "rt-token-0123456789"
[contacts.b]
transport = "rt-email"
to = "rt@cert.example"
[contacts.c]
transport = "misp"
url = "https://misp.example.org"
key = "misp-key-0123456789"
[contacts.d]
transport = "thehive"
url = "http://127.0.0.1:9000"
key = "hive-key-0123456789"
"#,
            "delivery.toml",
        )
        .unwrap();
        let get = |id: &str| c.contacts[id].clone().unwrap();
        assert!(matches!(get("a"), Channel::Rt { ref queue, .. } if queue == "Incident Reports"));
        assert_eq!(
            get("b"),
            Channel::Email {
                to: "rt@cert.example".into(),
                reply_to_victim: false,
                rt: true
            },
            "the victim is RT's requester only when the operator says so"
        );
        assert_eq!(get("b").name(), "rt-email");
        assert_eq!(get("c").name(), "misp");
        assert_eq!(get("d").name(), "thehive");
        assert!(
            !format!("{c:?}").contains("0123456789"),
            "keys never printed"
        );
        for (text, needle) in [
            ("[contacts.a]\ntransport = \"rt\"\nurl = \"https://rt.example\"\nqueue = \" \"\nkey = \"rt-token-0123456789\"", "queue"),
            ("[contacts.a]\ntransport = \"misp\"\nurl = \"http://misp.example\"\nkey = \"misp-key-0123456789\"", "https://"),
            ("[contacts.a]\ntransport = \"thehive\"\nurl = \"https://h.example\"\nkey = \"short\"", "16 characters"),
        ] {
            let e = Channels::parse(text, "delivery.toml").unwrap_err().to_string();
            assert!(e.contains(needle), "{text}: {e}");
        }
    }

    #[test]
    fn bad_configs_are_clear_errors() {
        for (text, needle) in [
            ("tlp = \"TLP:PURPLE\"", "TLP:PURPLE"),
            ("[contacts.x]\ntransport = \"webhook\"\nurl = \"http://example.org/\"\nkey = \"0123456789abcdef\"", "https"),
            ("[contacts.x]\ntransport = \"webhook\"\nurl = \"https://example.org/\"", "key"),
            ("[contacts.x]\ntransport = \"webhook\"\nurl = \"https://example.org/\"\nkey = \"short\"", "16"),
            ("[contacts.x]\ntransport = \"webhook\"\nurl = \"https://example.org/\"\nkey_env = \"CYBERHELP_TEST_UNSET_VAR\"", "CYBERHELP_TEST_UNSET_VAR"),
            ("[contacts.x]\ntransport = \"pigeon\"", "pigeon"),
            ("colour = 1", "colour"),
        ] {
            let err = Channels::parse(text, "d.toml").unwrap_err().to_string();
            assert!(err.contains(needle) && err.contains("d.toml"), "{text}: {err}");
        }
    }
}

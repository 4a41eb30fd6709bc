//! "Is this message a scam?": the signs of a scam in a pasted text message, e-mail, chat message or link,
//! found entirely on this server (nothing is fetched, stored or logged).
//!
//! Two kinds of signs:
//! - **Links and sender addresses.** Each is parsed (`url`, IDNA to punycode) and reduced to its registrable domain
//!   with the Public Suffix List (`psl`). A domain an imitated organisation really uses (`content/tools/brands.toml`)
//!   or a body of the directory uses is never flagged. Any other is compared with those official domains: the same
//!   Unicode TS #39 skeleton (`paypa1.com`, Cyrillic `аmazon`), a small edit distance (`amazom.de`), the brand as
//!   a word of the host (`ctt-pt.entregas.com`, `dhl.delivery-fee.top`), an organisation named in the message
//!   while the link goes elsewhere; and links to a bare IP address, through a link shortener, with `xn--`
//!   (look-alike letters from other alphabets), or with `javascript:`/`data:` schemes.
//! - **Wording.** Phrases of the typical scam moves (urgency, threats, a fee to release a parcel, a "safe
//!   account", sharing a code, remote-access apps, gift cards or crypto, asking for credentials, prizes, "hi
//!   mum, new number", refunds) per language (`content/tools/signals/<lang>.toml`, with sources), matched on whole
//!   words after folding case and accents; a phrase ending in `*` matches any word starting with it. The text is
//!   read in the reader's language, the languages of the reporting country's services and English.
//!
//! Bounds: the first [`MAX_TEXT_CHARS`] characters are read (the answer says when more was pasted), at most
//! [`MAX_LINKS`] links and addresses are checked; invisible direction overrides and zero-width characters are
//! removed before reading and reported as a sign of their own.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// The most characters read from a paste.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// The most links and addresses checked in one paste.
pub const MAX_LINKS: usize = 100;

/// Public link shorteners: a link through them hides where it leads. (Their own home pages say what they are.)
const SHORTENERS: &[&str] = &[
    "bit.ly",
    "tinyurl.com",
    "t.co",
    "is.gd",
    "cutt.ly",
    "rebrand.ly",
    "ow.ly",
    "tiny.cc",
    "s.id",
    "shorturl.at",
    "rb.gy",
    "t.ly",
    "goo.gl",
    "bitly.com",
    "buff.ly",
    "shorte.st",
    "v.gd",
    "qrco.de",
    "lnkd.in",
    "surl.li",
    "urlz.fr",
    "tiny.one",
];

/// The sign ids of the wording, in display order; `content/tools/signals/<lang>.toml` uses them.
pub const WORDING_SIGNS: &[&str] = &[
    "safe-account",
    "code",
    "remote-access",
    "credentials",
    "fee",
    "gift-card-crypto",
    "new-number",
    "threat",
    "urgency",
    "refund",
    "prize",
];

/// An organisation scammers imitate (`content/tools/brands.toml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Id.
    pub id: String,
    /// Name as the organisation writes it.
    pub name: String,
    /// Kind (bank, parcel, tax, …).
    pub kind: String,
    /// Countries where it is imitated (`*`: everywhere).
    pub countries: Vec<String>,
    /// Registrable domains it really uses.
    pub domains: Vec<String>,
    /// Words a message uses to claim to be it (lowercase).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Sources of the domains and of the warnings.
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
struct BrandsFile {
    #[serde(default)]
    brands: Vec<Brand>,
    #[serde(default)]
    reserved: Vec<Reserved>,
}

/// A public suffix that only one kind of owner can register under (e.g. `gouv.fr`, the French State's sites):
/// every domain under it is official.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reserved {
    /// The suffix, e.g. `gouv.fr`.
    pub suffix: String,
    /// Who alone registers under it.
    pub owner: String,
    /// Sources.
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
struct SignalsFile {
    lang: String,
    #[serde(default)]
    sources: Vec<String>,
    signals: BTreeMap<String, Vec<String>>,
}

/// One phrase, folded into words; the last may be a prefix (`bloque*`).
#[derive(Clone, Debug)]
struct Phrase {
    sign: &'static str,
    words: Vec<String>,
    prefix_last: bool,
}

/// Who really uses an official domain.
#[derive(Clone, Debug)]
enum Owner {
    Brand(usize),
    Directory(String),
}

/// The check's data: organisations, their official domains, and the phrases per language.
#[derive(Clone, Debug, Default)]
pub struct CheckData {
    /// Organisations scammers imitate.
    pub brands: Vec<Brand>,
    official: HashMap<String, Owner>,
    /// The official domains with their label and its TS #39 skeleton, computed once, sorted by domain (so that
    /// every answer names the same organisation for the same link).
    labels: Vec<(String, String, String, Owner)>,
    reserved: Vec<Reserved>,
    phrases: HashMap<String, Vec<Phrase>>,
    /// Sources of the phrase lists, per language.
    pub sources: HashMap<String, Vec<String>>,
}

/// Loads `content/tools/brands.toml` and `content/tools/signals/*.toml`; `directory` gives the domains of the
/// directory's bodies (websites, forms, e-mail addresses), which are official too. A missing folder gives empty
/// data. Errors name the file and the problem (bad TOML, an unknown sign id, a brand without sources).
pub fn load(
    root: &Path,
    directory: &crate::server::routing::Directory,
) -> Result<CheckData, Vec<String>> {
    let mut errors = Vec::new();
    let mut data = CheckData::default();
    let brands = root.join("tools/brands.toml");
    if brands.is_file() {
        match read_toml::<BrandsFile>(&brands) {
            Ok(f) => {
                data.brands = f.brands;
                data.reserved = f.reserved;
            }
            Err(e) => errors.push(format!("tools/brands.toml: {e}")),
        }
    }
    for (i, b) in data.brands.iter().enumerate() {
        if b.sources.is_empty() {
            errors.push(format!("tools/brands.toml: `{}` has no source", b.id));
        }
        for d in &b.domains {
            let d = d.to_ascii_lowercase();
            // a public suffix (`gov.cz`) is no one's domain: list it under `[[reserved]]` instead
            if registrable(&d).as_deref() != Some(d.as_str()) {
                errors.push(format!(
                    "tools/brands.toml: `{}`: `{d}` is not a registrable domain (Public Suffix List)",
                    b.id
                ));
            }
            data.official.insert(d, Owner::Brand(i));
        }
    }
    for c in directory.countries.values() {
        for k in &c.contacts {
            let urls = [&k.website, &k.report_url].into_iter().flatten();
            let hosts = urls
                .filter_map(|u| url::Url::parse(u).ok())
                .filter_map(|u| u.host_str().map(str::to_owned))
                .chain(
                    k.report_email
                        .iter()
                        .filter_map(|e| e.rsplit_once('@').map(|(_, d)| d.to_owned())),
                );
            for h in hosts {
                if let Some(d) = registrable(&h) {
                    data.official
                        .entry(d)
                        .or_insert_with(|| Owner::Directory(k.name.clone()));
                }
            }
        }
    }
    let mut labels: Vec<(String, String, String, Owner)> = data
        .official
        .iter()
        .map(|(d, o)| {
            let l = label(d).to_owned();
            let sk = skeleton(&l);
            (d.clone(), l, sk, o.clone())
        })
        .filter(|(_, l, _, _)| l.chars().count() >= 3)
        .collect();
    labels.sort_by(|a, b| a.0.cmp(&b.0));
    data.labels = labels;
    let dir = root.join("tools/signals");
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut files: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        files.sort();
        for p in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        {
            let rel = format!(
                "tools/signals/{}",
                p.file_name().unwrap_or_default().to_string_lossy()
            );
            let f = match read_toml::<SignalsFile>(&p) {
                Ok(f) => f,
                Err(e) => {
                    errors.push(format!("{rel}: {e}"));
                    continue;
                }
            };
            let mut list = Vec::new();
            for (sign, phrases) in &f.signals {
                let Some(sign) = WORDING_SIGNS.iter().find(|s| **s == sign) else {
                    errors.push(format!("{rel}: unknown sign `{sign}`"));
                    continue;
                };
                for ph in phrases {
                    let prefix_last = ph.trim_end().ends_with('*');
                    let words = words(&fold(ph.trim_end().trim_end_matches('*')));
                    if !words.is_empty() {
                        list.push(Phrase {
                            sign,
                            words,
                            prefix_last,
                        });
                    }
                }
            }
            data.sources.insert(f.lang.clone(), f.sources);
            data.phrases.insert(f.lang, list);
        }
    }
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let s = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    toml::from_str(&s).map_err(|e| e.to_string())
}

/// One sign found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sign {
    /// `lookalike`, `brand-in-domain`, `name-in-domain`, `brand-elsewhere`, `link-ip`, `link-shortener`, `link-punycode`,
    /// `link-script`, `hidden-characters`, or a wording sign of [`WORDING_SIGNS`].
    pub id: String,
    /// What matched: a domain, or the words of the message (folded).
    pub detail: String,
    /// The organisation concerned, where there is one.
    pub brand: Option<String>,
    /// That organisation's real domain, where there is one.
    pub official: Option<String>,
}

/// One link or sender address read from the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    /// As written (cut to 200 characters).
    pub url: String,
    /// Its registrable domain (punycode), or the host for an IP address.
    pub domain: String,
    /// The organisation it imitates, if it is a look-alike.
    pub lookalike_of: Option<String>,
    /// The organisation or body that really uses it, if it is official.
    pub official_of: Option<String>,
}

/// Signs that are not enough alone: genuine messages use these words too (a real customs notice names a fee, a
/// real bank alert is urgent). One of them alone is shown as "worth checking", not as a scam.
pub const WEAK_SIGNS: &[&str] = &[
    "urgency",
    "threat",
    "fee",
    "refund",
    "prize",
    "link-shortener",
];

/// The answer.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Outcome {
    /// Signs found, strongest kinds first; empty when none was found (which never means "safe").
    pub signs: Vec<Sign>,
    /// Links and addresses read.
    pub links: Vec<Link>,
    /// More than [`MAX_TEXT_CHARS`] characters were pasted: only the start was read.
    pub truncated: bool,
    /// Links and addresses beyond [`MAX_LINKS`], not checked.
    pub unchecked_links: usize,
}

/// Lowercase, accents and marks removed, a few letters that do not decompose mapped (`ł`→`l`, `ß`→`ss`), and
/// typographic apostrophes made straight.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ħ' | 'Ħ' => out.push('h'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Words of folded text: runs of letters and digits (an apostrophe inside a word is kept: `c'est`).
fn words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Bidirectional overrides and isolates, zero-width characters and the BOM: invisible, used to disguise text.
fn is_hidden(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}')
}

/// The registrable domain (eTLD+1, Public Suffix List) of a host, lowercase punycode; `None` for an IP address,
/// a bare suffix or an unknown suffix.
pub fn registrable(host: &str) -> Option<String> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let ascii = url::Url::parse(&format!("http://{host}/"))
        .ok()?
        .host_str()?
        .to_owned();
    let d = psl::domain(ascii.as_bytes())?;
    if !d.suffix().is_known() {
        return None;
    }
    std::str::from_utf8(d.as_bytes()).ok().map(str::to_owned)
}

/// The label a registrable domain is named by: `ctt-pt.info` → `ctt-pt`, `amazon.co.uk` → `amazon`.
fn label(registrable: &str) -> &str {
    registrable.split('.').next().unwrap_or(registrable)
}

fn skeleton(s: &str) -> String {
    unicode_security::skeleton(s).collect()
}

/// Levenshtein distance, bounded: `None` when above `max`.
fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// Candidate links and addresses in a text: `http(s)://…`, `www.…`, `javascript:`/`data:` links, e-mail
/// addresses (their domain), and bare domains with a known public suffix (`ctt-pt.info/pay`).
fn candidates(text: &str) -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| c.is_whitespace() || "<>\"()[]{}|\\^".contains(c)) {
        let t = raw
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\''])
            .trim_start_matches('\'');
        if t.len() < 4 || t.len() > 2048 {
            continue;
        }
        let low = t.to_ascii_lowercase();
        if low.starts_with("javascript:")
            || low.starts_with("data:")
            || low.starts_with("vbscript:")
        {
            out.push((t.to_owned(), Kind::Script));
        } else if low.starts_with("http://") || low.starts_with("https://") {
            out.push((t.to_owned(), Kind::Url));
        } else if low.starts_with("www.") {
            out.push((format!("http://{t}"), Kind::Url));
        } else if let Some((local, domain)) = t.rsplit_once('@') {
            let local = local.rsplit(':').next().unwrap_or(local);
            if !local.is_empty() && domain.contains('.') && !domain.contains('/') {
                out.push((domain.trim_start_matches('@').to_owned(), Kind::Email));
            }
        } else if t.contains('.')
            && !t.contains("..")
            && t.chars().next().is_some_and(char::is_alphanumeric)
        {
            let host = t.split(['/', '?', '#']).next().unwrap_or(t);
            let tld = host.rsplit('.').next().unwrap_or("");
            if tld.len() >= 2 && tld.chars().all(char::is_alphabetic) && registrable(host).is_some()
            {
                out.push((format!("http://{t}"), Kind::Url));
            }
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Url,
    Email,
    Script,
}

impl Outcome {
    /// Whether the message looks like a scam: one strong sign, or two weak ones (see [`WEAK_SIGNS`]).
    pub fn suspicious(&self) -> bool {
        let weak = self
            .signs
            .iter()
            .filter(|s| WEAK_SIGNS.contains(&s.id.as_str()))
            .count();
        self.signs.len() > weak || weak >= 2
    }
}

impl CheckData {
    /// Who really uses `domain`: an imitated organisation, a body of the directory, or the owner of a reserved
    /// suffix it sits under.
    fn official_of(&self, domain: &str) -> Option<String> {
        self.official
            .get(domain)
            .map(|o| self.owner_name(o))
            .or_else(|| {
                self.reserved
                    .iter()
                    .find(|r| domain.ends_with(&format!(".{}", r.suffix)))
                    .map(|r| r.owner.clone())
            })
    }

    fn owner_name(&self, o: &Owner) -> String {
        match o {
            Owner::Brand(i) => self.brands[*i].name.clone(),
            Owner::Directory(n) => n.clone(),
        }
    }

    /// The organisations a message names (by keyword, whole words of the folded text).
    fn mentioned(&self, folded_words: &HashSet<&str>, joined: &str) -> Vec<usize> {
        self.brands
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                b.keywords.iter().any(|k| {
                    let k = fold(k);
                    if k.contains(' ') || k.contains('.') {
                        contains_phrase(joined, &k)
                    } else {
                        folded_words.contains(k.as_str())
                    }
                })
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Checks one pasted text for a reader of `lang` in `country` (ISO code, optional); `country_langs` are the
    /// languages the country's services work in (from the directory).
    pub fn check(&self, text: &str, lang: &str, country_langs: &[String]) -> Outcome {
        let mut out = Outcome::default();
        let mut hidden = false;
        let mut read = String::with_capacity(text.len().min(MAX_TEXT_CHARS * 4));
        for (n, c) in text.chars().enumerate() {
            if n >= MAX_TEXT_CHARS {
                out.truncated = true;
                break;
            }
            if is_hidden(c) {
                hidden = true;
                continue;
            }
            read.push(c);
        }
        // e-mail headers: a folded line continues the one before it
        let read = read
            .replace("\r\n ", " ")
            .replace("\r\n\t", " ")
            .replace("\n ", " ")
            .replace("\n\t", " ");
        let folded = fold(&read);
        let ws = words(&folded);
        let joined = format!(" {} ", ws.join(" "));
        let set: HashSet<&str> = ws.iter().map(String::as_str).collect();
        let mentioned = self.mentioned(&set, &joined);
        let mut signs: Vec<Sign> = Vec::new();
        let push = |s: Sign, signs: &mut Vec<Sign>| {
            if !signs.iter().any(|x| x.id == s.id && x.detail == s.detail) {
                signs.push(s);
            }
        };
        if hidden {
            push(
                Sign {
                    id: "hidden-characters".into(),
                    detail: String::new(),
                    brand: None,
                    official: None,
                },
                &mut signs,
            );
        }
        // the same link pasted many times is checked once
        let mut seen_links = HashSet::new();
        let cands: Vec<(String, Kind)> = candidates(&read)
            .into_iter()
            .filter(|(raw, _)| seen_links.insert(raw.clone()))
            .collect();
        out.unchecked_links = cands.len().saturating_sub(MAX_LINKS);
        for (raw, kind) in cands.into_iter().take(MAX_LINKS) {
            let shown: String = raw.chars().take(200).collect();
            if kind == Kind::Script {
                push(
                    Sign {
                        id: "link-script".into(),
                        detail: shown.chars().take(40).collect(),
                        brand: None,
                        official: None,
                    },
                    &mut signs,
                );
                continue;
            }
            let host = match kind {
                Kind::Email => raw.to_ascii_lowercase(),
                _ => match url::Url::parse(&raw) {
                    Ok(u) => match u.host() {
                        Some(url::Host::Domain(d)) => d.to_owned(),
                        Some(url::Host::Ipv4(ip)) => {
                            push(ip_sign(&ip.to_string()), &mut signs);
                            out.links.push(Link {
                                url: shown,
                                domain: ip.to_string(),
                                lookalike_of: None,
                                official_of: None,
                            });
                            continue;
                        }
                        Some(url::Host::Ipv6(ip)) => {
                            push(ip_sign(&ip.to_string()), &mut signs);
                            out.links.push(Link {
                                url: shown,
                                domain: ip.to_string(),
                                lookalike_of: None,
                                official_of: None,
                            });
                            continue;
                        }
                        None => continue,
                    },
                    Err(_) => continue,
                },
            };
            let Some(domain) = registrable(&host) else {
                continue;
            };
            let ascii_host = url::Url::parse(&format!("http://{host}/"))
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or(host.clone());
            let mut link = Link {
                url: shown,
                domain: domain.clone(),
                lookalike_of: None,
                official_of: self.official_of(&domain),
            };
            if link.official_of.is_some() {
                out.links.push(link);
                continue;
            }
            if SHORTENERS.contains(&domain.as_str()) || SHORTENERS.contains(&ascii_host.as_str()) {
                push(
                    Sign {
                        id: "link-shortener".into(),
                        detail: domain.clone(),
                        brand: None,
                        official: None,
                    },
                    &mut signs,
                );
            }
            if ascii_host.split('.').any(|l| l.starts_with("xn--")) {
                push(
                    Sign {
                        id: "link-punycode".into(),
                        detail: domain.clone(),
                        brand: None,
                        official: None,
                    },
                    &mut signs,
                );
            }
            if let Some((owner, official, how)) = self.lookalike(&domain, &ascii_host, &raw) {
                let name = self.owner_name(owner);
                link.lookalike_of = Some(name.clone());
                push(
                    Sign {
                        id: how.into(),
                        detail: domain.clone(),
                        brand: Some(name),
                        official: Some(official),
                    },
                    &mut signs,
                );
            } else if let Some(name) = borrowed_name(&ascii_host, &domain, &set) {
                push(
                    Sign {
                        id: "name-in-domain".into(),
                        detail: domain.clone(),
                        brand: Some(name),
                        official: None,
                    },
                    &mut signs,
                );
            } else if let Some(&b) = mentioned.first() {
                let brand = &self.brands[b];
                push(
                    Sign {
                        id: "brand-elsewhere".into(),
                        detail: domain.clone(),
                        brand: Some(brand.name.clone()),
                        official: brand.domains.first().cloned(),
                    },
                    &mut signs,
                );
            }
            out.links.push(link);
        }
        // wording: the reader's language, the country's service languages, English
        let mut langs: Vec<&str> = vec![lang];
        langs.extend(country_langs.iter().map(String::as_str));
        langs.push("en");
        let mut seen_langs = HashSet::new();
        for l in langs {
            if !seen_langs.insert(l) {
                continue;
            }
            let Some(list) = self.phrases.get(l) else {
                continue;
            };
            for p in list {
                if signs.iter().any(|s| s.id == p.sign) {
                    continue;
                }
                if phrase_in(&ws, p) {
                    push(
                        Sign {
                            id: p.sign.into(),
                            detail: format!(
                                "{}{}",
                                p.words.join(" "),
                                if p.prefix_last { "…" } else { "" }
                            ),
                            brand: None,
                            official: None,
                        },
                        &mut signs,
                    );
                }
            }
        }
        let rank = |id: &str| {
            [
                "lookalike",
                "brand-in-domain",
                "name-in-domain",
                "brand-elsewhere",
                "link-script",
                "link-punycode",
                "hidden-characters",
                "link-ip",
                "link-shortener",
            ]
            .iter()
            .chain(WORDING_SIGNS.iter())
            .position(|x| *x == id)
            .unwrap_or(usize::MAX)
        };
        signs.sort_by_key(|s| rank(&s.id));
        out.signs = signs;
        out
    }

    /// Whether `domain` imitates an official domain: (owner, its domain, `lookalike` or `brand-in-domain`).
    fn lookalike(
        &self,
        domain: &str,
        host: &str,
        raw: &str,
    ) -> Option<(&Owner, String, &'static str)> {
        let lab = label(domain);
        let unicode_lab = idna::domain_to_unicode(lab).0;
        let skel = skeleton(&unicode_lab);
        let host_words: Vec<&str> = host.split(['.', '-', '_']).collect();
        let path_words: Vec<String> = url::Url::parse(raw)
            .ok()
            .map(|u| {
                u.path()
                    .split(['/', '.', '-', '_'])
                    .map(str::to_ascii_lowercase)
                    .filter(|w| w.len() >= 4)
                    .collect()
            })
            .unwrap_or_default();
        let mut best: Option<(&Owner, String, &'static str)> = None;
        for (official, olab, oskel, owner) in &self.labels {
            let olab = olab.as_str();
            // a homoglyph: the same skeleton, different letters (`paypa1` for `paypal`); the same name on another
            // top-level domain is often the organisation itself in another country, so it is not a look-alike
            if *oskel == skel && olab != lab {
                return Some((owner, official.clone(), "lookalike"));
            }
            let n = olab.chars().count();
            let max = if n >= 8 {
                2
            } else if n >= 5 {
                1
            } else {
                0
            };
            if max > 0 && lab != olab && distance(lab, olab, max).is_some() {
                best.get_or_insert((owner, official.clone(), "lookalike"));
            }
            if matches!(owner, Owner::Brand(_))
                && (host_words.contains(&olab) || path_words.iter().any(|w| w == olab))
            {
                best.get_or_insert((owner, official.clone(), "brand-in-domain"));
            }
        }
        best
    }
}

/// Words of a host that are no one's name (`www.`, `secure-`, `login.`…), never taken as a borrowed name.
const HOST_WORDS: &[&str] = &[
    "www", "www2", "m", "mail", "email", "secure", "login", "signin", "my", "app", "apps", "web",
    "online", "account", "accounts", "pay", "payment", "id", "auth", "portal", "service",
    "services", "support", "help", "info", "home", "com", "net", "org", "eu", "de", "fr", "nl",
    "be", "es", "it", "pt", "pl", "ie", "at", "uk", "click", "link", "go", "get", "news", "shop",
    "store", "track", "tracking", "delivery", "parcel", "post", "bank", "the",
];

/// A name the message uses that a link borrows while sitting on another site: a word of the host's subdomains,
/// or a part of a hyphenated registrable name (`chronopost.suivi-relivraison.net`, `aib-ie.secure-review.com`),
/// that is also a word of the message (`Chronopost :`, `AIB:`), and not the registrable name itself (a genuine
/// `hse.ie` in a message signed HSE is not borrowed). At least 3 letters; generic host words never count.
fn borrowed_name(host: &str, domain: &str, message_words: &HashSet<&str>) -> Option<String> {
    let own = label(domain);
    let sub = host
        .strip_suffix(domain)
        .unwrap_or("")
        .trim_end_matches('.');
    let mut parts: Vec<&str> = sub.split(['.', '-']).collect();
    if own.contains('-') {
        parts.extend(own.split('-'));
    }
    parts
        .into_iter()
        .filter(|w| {
            w.len() >= 3
                && *w != own
                && !HOST_WORDS.contains(w)
                && w.chars().any(char::is_alphabetic)
        })
        .find(|w| message_words.contains(w))
        .map(str::to_owned)
}

fn ip_sign(ip: &str) -> Sign {
    Sign {
        id: "link-ip".into(),
        detail: ip.to_owned(),
        brand: None,
        official: None,
    }
}

fn contains_phrase(joined: &str, phrase: &str) -> bool {
    joined.contains(&format!(" {} ", words(phrase).join(" ")))
}

/// Whether the words `ws` contain the phrase (whole words; a prefix for a last word marked `*`).
fn phrase_in(ws: &[String], p: &Phrase) -> bool {
    let n = p.words.len();
    if n == 0 || ws.len() < n {
        return false;
    }
    (0..=ws.len() - n).any(|i| {
        p.words.iter().enumerate().all(|(j, w)| {
            if j == n - 1 && p.prefix_last {
                ws[i + j].starts_with(w.as_str())
            } else {
                ws[i + j] == *w
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> CheckData {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let dir = crate::server::routing::directory::load(&root.join("contact-points")).unwrap();
        load(&root, &dir).unwrap()
    }

    #[test]
    fn folding_and_words() {
        assert_eq!(fold("Łódź ÉTÉ Straße c’est"), "lodz ete strasse c'est");
        assert_eq!(words("maman, c'est moi!"), vec!["maman", "c'est", "moi"]);
    }

    #[test]
    fn registrable_domains_follow_the_public_suffix_list() {
        assert_eq!(
            registrable("www.amazon.co.uk").as_deref(),
            Some("amazon.co.uk")
        );
        assert_eq!(
            registrable("ctt-pt.entregas-pendentes.com").as_deref(),
            Some("entregas-pendentes.com")
        );
        assert_eq!(registrable("co.uk"), None);
        assert_eq!(
            registrable("xn--mazon-3ve.com").as_deref(),
            Some("xn--mazon-3ve.com")
        );
    }

    #[test]
    fn official_domains_are_never_flagged() {
        let d = data();
        for b in &d.brands {
            for dom in &b.domains {
                let text = format!("{}: see https://www.{dom}/account", b.name);
                let o = d.check(&text, "en", &[]);
                assert!(
                    o.signs.iter().all(|s| !matches!(
                        s.id.as_str(),
                        "lookalike" | "brand-in-domain" | "brand-elsewhere"
                    )),
                    "{dom} flagged: {:?}",
                    o.signs
                );
            }
        }
    }

    #[test]
    fn look_alike_links_are_found() {
        let d = data();
        let o = d.check(
            "PayPal: your account is limited, log in at https://paypa1.com/signin",
            "en",
            &[],
        );
        assert!(
            o.signs
                .iter()
                .any(|s| s.id == "lookalike" && s.detail == "paypa1.com"),
            "{:?}",
            o.signs
        );
        let o = d.check(
            "DHL: pay the customs fee at dhl.delivery-fee.top/pay",
            "en",
            &[],
        );
        assert!(
            o.signs.iter().any(|s| s.id == "brand-in-domain"),
            "{:?}",
            o.signs
        );
        // Cyrillic "а" in amazon
        let o = d.check("Amazon: https://\u{430}mazon.com/refund", "en", &[]);
        assert!(
            o.signs
                .iter()
                .any(|s| s.id == "lookalike" || s.id == "link-punycode"),
            "{:?}",
            o.signs
        );
    }

    #[test]
    fn tricky_input_is_bounded_and_never_panics() {
        let d = data();
        let many: String = (0..5000)
            .map(|i| format!("http://x{i}.example.com "))
            .collect();
        let o = d.check(&many, "en", &[]);
        assert!(o.unchecked_links > 0 && o.links.len() <= MAX_LINKS);
        let o = d.check(
            "\u{202e}moc.lapyap\u{202c} javascript:alert(1) data:text/html,<b>",
            "en",
            &[],
        );
        assert!(o.signs.iter().any(|s| s.id == "hidden-characters"));
        assert!(o.signs.iter().any(|s| s.id == "link-script"));
        let big = "a".repeat(MAX_TEXT_CHARS + 10);
        assert!(d.check(&big, "en", &[]).truncated);
        let o = d.check("http://192.168.1.1/login http://[::1]/x", "en", &[]);
        assert!(o.signs.iter().any(|s| s.id == "link-ip"));
    }

    #[test]
    fn wording_signs_in_the_readers_language() {
        let d = data();
        let o = d.check(
            "Olá mãe, este é o meu novo número, o meu telemóvel avariou.",
            "pt",
            &[],
        );
        assert!(
            o.signs.iter().any(|s| s.id == "new-number"),
            "{:?}",
            o.signs
        );
        let o = d.check(
            "O seu código é 123456. Nunca o partilhe com ninguém.",
            "pt",
            &[],
        );
        assert!(!o.suspicious(), "a genuine code message: {:?}", o.signs);
    }
}

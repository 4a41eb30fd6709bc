//! The loaded, validated and rendered content: advice articles, threat bulletins, incident types.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who an article is for. Organisations use the terms of the NIS2 Directive (EU) 2022/2555, Art. 3
/// (essential and important entities).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// A private person.
    Citizen,
    /// A business or other organisation outside NIS2.
    Business,
    /// An essential entity under NIS2 Art. 3(1).
    EssentialEntity,
    /// An important entity under NIS2 Art. 3(2).
    ImportantEntity,
}

impl Audience {
    /// All audiences, in display order.
    pub const ALL: [Audience; 4] = [
        Audience::Citizen,
        Audience::Business,
        Audience::EssentialEntity,
        Audience::ImportantEntity,
    ];

    /// The kebab-case id used in front matter, URLs and message ids (`audience-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Audience::Citizen => "citizen",
            Audience::Business => "business",
            Audience::EssentialEntity => "essential-entity",
            Audience::ImportantEntity => "important-entity",
        }
    }

    /// Parses an id as written in URLs.
    pub fn parse(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// Bulletin severity, as rated by the vendor or CSIRT advisory it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Critical.
    Critical,
}

impl Severity {
    /// All severities, most severe first.
    pub const ALL: [Severity; 4] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
    ];

    /// The lowercase id.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// Parses an id.
    pub fn parse(id: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Whether a bulletin's threat is still going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Still exploited or still circulating.
    Active,
    /// Fixed or over.
    Resolved,
}

impl Status {
    /// The lowercase id.
    pub fn id(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Resolved => "resolved",
        }
    }
}

/// A source an article or bulletin rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the authority's page.
    pub title: String,
    /// Its URL (http or https).
    pub url: String,
}

/// One victim-facing incident type with its ENISA RSIT classification (from `content/incident-types.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentType {
    /// Kebab-case id, e.g. `account-takeover`; labels are `incident-<id>` in the locales.
    pub id: String,
    /// RSIT class, e.g. `intrusions`.
    pub rsit_class: String,
    /// RSIT type within the class, e.g. `unprivileged-account-compromise`.
    pub rsit_type: String,
    /// Why this mapping, where RSIT has no exact value.
    #[serde(default)]
    pub note: Option<String>,
}

/// Fields every document (article or bulletin) has, after rendering.
#[derive(Clone, Debug)]
pub struct Doc {
    /// Language-independent id (equals the folder name).
    pub id: String,
    /// BCP 47 tag of the language this file is written in.
    pub lang: String,
    /// Title.
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Incident type ids.
    pub incident_types: Vec<String>,
    /// Sources.
    pub sources: Vec<Source>,
    /// Sanitised HTML of the body; internal links carry [`LANG_MARKER`] where the reader's language goes.
    pub html: String,
    /// Plain text of the body (for search and feeds).
    pub text: String,
    /// Relative path of the file, for messages.
    pub file: String,
}

/// Placeholder for the reader's language inside rendered links (`/{lang}/advice/...` in Markdown).
pub const LANG_MARKER: &str = "/%7Blang%7D/";

impl Doc {
    /// The body HTML with internal links pointing to `lang`.
    pub fn html_for(&self, lang: &str) -> String {
        self.html.replace(LANG_MARKER, &format!("/{lang}/"))
    }
}

/// One language version of an advice article.
#[derive(Clone, Debug)]
pub struct Article {
    /// Common fields.
    pub doc: Doc,
    /// Audiences.
    pub audience: Vec<Audience>,
    /// When the text last changed.
    pub updated: NaiveDate,
    /// When an editor last checked it against its sources.
    pub reviewed: NaiveDate,
    /// Sort order (lower first), then title.
    pub weight: i64,
    /// Never shown.
    pub draft: bool,
    /// Hidden until then.
    pub publish_at: Option<DateTime<Utc>>,
    /// Translations: the English `updated` date of the revision this translation was made from; "may be out of
    /// date" is computed from it (see [`Article::is_stale_against`]).
    pub translated_from: Option<NaiveDate>,
}

impl Article {
    /// Whether this translation is older than the English revision `en`: the English text changed after the
    /// revision the translation was made from (`translated_from`, or the translation's own `updated` date when
    /// the translation does not say). Never typed by hand.
    pub fn is_stale_against(&self, en: &Article) -> bool {
        en.updated > self.translated_from.unwrap_or(self.updated)
    }
}

/// One language version of a threat bulletin.
#[derive(Clone, Debug)]
pub struct Bulletin {
    /// Common fields.
    pub doc: Doc,
    /// First published (RFC 3339).
    pub published: DateTime<Utc>,
    /// Last updated (RFC 3339).
    pub updated: DateTime<Utc>,
    /// Severity.
    pub severity: Severity,
    /// Active or resolved.
    pub status: Status,
    /// After this instant the bulletin moves to the archive.
    pub expires: Option<DateTime<Utc>>,
    /// Affected products and services.
    pub affected: Vec<String>,
    /// CVE ids, validated `CVE-YYYY-NNNN+`.
    pub cves: Vec<String>,
    /// Translations: the English `updated` instant of the revision this translation was made from.
    pub translated_from: Option<DateTime<Utc>>,
}

impl Bulletin {
    /// Whether the bulletin is for organisations' IT rather than for everyone: it names vulnerabilities
    /// (CVE ids), which concern products that organisations run. Scams and campaigns against people name none.
    pub fn for_organisations(&self) -> bool {
        !self.cves.is_empty()
    }

    /// Whether the English original changed after the revision this translation was made from.
    pub fn is_stale_against(&self, en: &Bulletin) -> bool {
        en.updated > self.translated_from.unwrap_or(self.updated)
    }
}

/// The language versions of one article or bulletin, by BCP 47 tag; English is always present.
pub type Translations<T> = BTreeMap<String, T>;

/// Everything loaded from one content directory. Immutable; a reload builds a new one and swaps it in.
#[derive(Clone, Debug, Default)]
pub struct Library {
    /// Incident types in file order.
    pub incident_types: Vec<IncidentType>,
    /// Advice articles by slug.
    pub advice: BTreeMap<String, Translations<Article>>,
    /// Bulletins by slug.
    pub bulletins: BTreeMap<String, Translations<Bulletin>>,
    /// "What to keep as evidence" pages by slug (`content/evidence/<slug>/<lang>.md`, article front matter;
    /// each names the incident types it is for). Empty when the folder is absent.
    pub evidence: BTreeMap<String, Translations<Article>>,
    /// Contact points by country (`content/contact-points/`; empty if the folder is absent).
    pub directory: crate::server::routing::Directory,
    /// Routing rules (`content/routing.toml`; `None` if absent).
    pub rules: Option<crate::server::routing::RuleSet>,
    /// The guided diagnosis (`triage/tree.toml`), if the content has one.
    pub triage: Option<crate::server::triage::Tree>,
    /// The tools' data (`content/tools/`, `content/ransomware/`).
    pub tools: crate::server::tools::Tools,
    /// Victims' vocabulary for search by BCP 47 tag (`content/search/synonyms/<lang>.toml`; empty if absent).
    pub synonyms: BTreeMap<String, Vec<SynonymGroup>>,
}

/// One group of words that mean the same thing to a victim, from `content/search/synonyms/<lang>.toml`.
/// A query containing any term also searches the others; `incident` ranks advice of that type higher.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymGroup {
    /// Words or short phrases, as typed (case and accents do not matter).
    pub terms: Vec<String>,
    /// An incident type id from `incident-types.toml` this group clearly means.
    #[serde(default)]
    pub incident: Option<String>,
}

/// The shape of a synonyms file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymFile {
    /// The groups, in file order.
    #[serde(default)]
    pub group: Vec<SynonymGroup>,
}

impl Library {
    /// Number of (advice, bulletin) language versions per BCP 47 tag, ordered by tag.
    pub fn counts_per_language(&self) -> BTreeMap<String, (usize, usize)> {
        let mut out: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for l in self.advice.values().flat_map(|tr| tr.keys()) {
            out.entry(l.clone()).or_default().0 += 1;
        }
        for l in self.bulletins.values().flat_map(|tr| tr.keys()) {
            out.entry(l.clone()).or_default().1 += 1;
        }
        out
    }

    /// Whether `id` is a known incident type.
    pub fn has_incident_type(&self, id: &str) -> bool {
        self.incident_types.iter().any(|t| t.id == id)
    }
}

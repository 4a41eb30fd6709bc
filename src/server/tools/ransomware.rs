//! "Which ransomware is this?": likely families for what a victim sees (an encrypted file's extension, the ransom
//! note's file name, the note's text), from the MISP Project's ransomware galaxy as cleaned by
//! `scripts/misp-ransomware.py` into `content/ransomware/families.json` (CC0; source commit and version inside).
//!
//! Scoring (higher is stronger evidence; the weights order the kinds of evidence, they are not probabilities):
//! an e-mail, onion or Tox address from the note that a family's notes or sites use: 8 each; the note's file name
//! (exact or glob): 5; the extension: 5, divided by how many families share it (`.locked` is used by 47, so it
//! alone says little); the family's name or a synonym written in the note: 4; the note's wording (share of the
//! family's note words found in the pasted note, when at least 12 words): up to 3. A result is **ambiguous** when
//! the best two scores are within 20 % of each other.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// One family as `families.json` holds it.
#[derive(Clone, Debug, Deserialize)]
pub struct Family {
    /// Name, e.g. `LockBit`.
    pub name: String,
    /// MISP cluster UUID.
    pub uuid: String,
    /// Other names.
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Extensions, lowercase with one leading dot (`.akira`).
    #[serde(default)]
    pub extensions: Vec<String>,
    /// Note file names, lowercase, `*` for a variable part.
    #[serde(default)]
    pub note_files: Vec<String>,
    /// E-mail, onion and Tox addresses, lowercase (Tox ids uppercase hex).
    #[serde(default)]
    pub addresses: Vec<String>,
    /// Distinct words (3+ letters, lowercase) of the family's known notes.
    #[serde(default)]
    pub note_words: Vec<String>,
    /// Sources (id-ransomware, vendors' write-ups).
    #[serde(default)]
    pub refs: Vec<String>,
    /// MISP marks it "(Fake)": a fake ransomware that does not really encrypt.
    #[serde(default)]
    pub fake: bool,
}

/// The cleaned galaxy.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Families {
    /// MISP cluster version.
    #[serde(default)]
    pub version: Option<u64>,
    /// Source commit of MISP/misp-galaxy.
    #[serde(default)]
    pub commit: String,
    /// The families.
    pub families: Vec<Family>,
    /// Extension → how many families use it (built after loading).
    #[serde(skip)]
    ext_count: HashMap<String, usize>,
}

/// What the victim gave. Each part is optional; all empty gives no result.
#[derive(Clone, Debug, Default)]
pub struct Clues {
    /// The extension added to encrypted files (`.akira`, `akira`, `photo.jpg.akira`).
    pub extension: String,
    /// The ransom note's file name (`README.txt`).
    pub note_filename: String,
    /// The note's text.
    pub note: String,
}

/// Why a family matched.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// An address in the note.
    Address(String),
    /// The note's file name.
    NoteFile(String),
    /// The extension.
    Extension(String),
    /// Its name in the note.
    Name(String),
    /// The note's wording.
    Wording,
}

/// One candidate family.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Candidate {
    /// Family name.
    pub name: String,
    /// Score (see the module documentation).
    pub score: f32,
    /// What matched.
    pub evidence: Vec<Evidence>,
    /// Sources.
    pub refs: Vec<String>,
    /// A fake ransomware (MISP "(Fake)").
    pub fake: bool,
}

/// The answer: candidates best first (at most [`MAX_CANDIDATES`]), and whether the best is not clearly ahead.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Identification {
    /// Candidates, best first.
    pub families: Vec<Candidate>,
    /// The best two are within 20 % of each other, or the only evidence is an extension many families share.
    pub ambiguous: bool,
}

/// The most candidates returned.
pub const MAX_CANDIDATES: usize = 8;
/// The longest note read, in bytes (longer pastes are cut at a character boundary).
pub const MAX_NOTE_BYTES: usize = 64 * 1024;

impl Families {
    /// Parses `families.json` and indexes it. Errors: not the expected JSON.
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        let mut f: Families = serde_json::from_str(json)?;
        for fam in &f.families {
            for e in &fam.extensions {
                *f.ext_count.entry(e.clone()).or_default() += 1;
            }
        }
        Ok(f)
    }

    /// Likely families for `clues` (see the module documentation for the scoring).
    pub fn identify(&self, clues: &Clues) -> Identification {
        let ext = normalise_extension(&clues.extension);
        let file = clues.note_filename.trim().to_lowercase();
        let file = file.rsplit(['/', '\\']).next().unwrap_or("").to_owned();
        let note = cut(&clues.note, MAX_NOTE_BYTES);
        let note_low = note.to_lowercase();
        let found = addresses(note);
        let words: HashSet<String> = note_words(&note_low);
        let mut out: Vec<Candidate> = Vec::new();
        let mut ext_only = true;
        for f in &self.families {
            let mut score = 0.0f32;
            let mut ev = Vec::new();
            for a in &f.addresses {
                if found.contains(a) {
                    score += 8.0;
                    ev.push(Evidence::Address(a.clone()));
                }
            }
            if !file.is_empty() {
                if let Some(n) = f.note_files.iter().find(|g| glob_match(g, &file)) {
                    score += 5.0;
                    ev.push(Evidence::NoteFile(n.clone()));
                }
            }
            if let Some(e) = ext.as_deref() {
                if f.extensions.iter().any(|x| x == e) {
                    let shared = self.ext_count.get(e).copied().unwrap_or(1).max(1) as f32;
                    score += 5.0 / shared;
                    ev.push(Evidence::Extension(e.to_owned()));
                }
            }
            if !note_low.is_empty() {
                if let Some(n) = std::iter::once(&f.name)
                    .chain(f.synonyms.iter())
                    .map(|n| family_word(n))
                    .find(|n| n.chars().count() >= 4 && contains_word(&note_low, n))
                {
                    score += 4.0;
                    ev.push(Evidence::Name(n));
                }
                if words.len() >= 12 && f.note_words.len() >= 12 {
                    let hit = f.note_words.iter().filter(|w| words.contains(*w)).count();
                    let share = hit as f32 / f.note_words.len() as f32;
                    if share >= 0.35 {
                        score += 3.0 * share;
                        ev.push(Evidence::Wording);
                    }
                }
            }
            if score > 0.0 {
                if ev.iter().any(|e| !matches!(e, Evidence::Extension(_))) {
                    ext_only = false;
                }
                out.push(Candidate {
                    name: f.name.clone(),
                    score,
                    evidence: ev,
                    refs: f.refs.clone(),
                    fake: f.fake,
                });
            }
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.name.cmp(&b.name))
        });
        let ambiguous = match (out.first(), out.get(1)) {
            (Some(a), Some(b)) => b.score >= a.score * 0.8 || ext_only,
            _ => false,
        };
        out.truncate(MAX_CANDIDATES);
        Identification {
            families: out,
            ambiguous,
        }
    }
}

/// `photo.jpg.AKIRA`, `.akira`, `akira` → `.akira`; `None` when empty or not an extension (spaces, slashes,
/// more than 40 characters).
pub fn normalise_extension(s: &str) -> Option<String> {
    let s = s.trim().to_lowercase();
    let last = if s.matches('.').count() > 1 || (!s.starts_with('.') && s.contains('.')) {
        s.rsplit('.').next().unwrap_or("").to_owned()
    } else {
        s.trim_start_matches('.').to_owned()
    };
    let ok = !last.is_empty()
        && last.chars().count() <= 40
        && !last
            .chars()
            .any(|c| c.is_whitespace() || c == '/' || c == '\\');
    ok.then(|| format!(".{last}"))
}

fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// E-mail, onion and Tox addresses in a note, lowercase (Tox ids as written).
fn addresses(note: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for raw in note.split(|c: char| c.is_whitespace() || "<>()[]{}\"',;:".contains(c)) {
        let t = raw.trim_matches(|c: char| c == '.' || c == '/' || c == '!' || c == '?');
        let t = t
            .trim_start_matches("http://")
            .trim_start_matches("https://")
            .split('/')
            .next()
            .unwrap_or("");
        if (t.contains('@') && t.len() <= 254) || t.to_lowercase().ends_with(".onion") {
            out.insert(t.to_lowercase());
        } else if t.len() == 76 && t.chars().all(|c| c.is_ascii_hexdigit()) {
            out.insert(t.to_uppercase());
        }
    }
    out
}

fn note_words(low: &str) -> HashSet<String> {
    low.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_owned)
        .collect()
}

/// A family name as it would appear in a note: lowercase, without "ransomware" and "(fake)".
fn family_word(n: &str) -> String {
    n.to_lowercase()
        .replace("(fake)", "")
        .replace("ransomware", "")
        .trim()
        .to_owned()
}

fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `*` matches any run of characters; everything else literally (both lowercase).
fn glob_match(glob: &str, s: &str) -> bool {
    let parts: Vec<&str> = glob.split('*').collect();
    if parts.len() == 1 {
        return glob == s;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !s.starts_with(first)
        || !s[first.len()..].ends_with(last)
        || s.len() < first.len() + last.len()
    {
        return false;
    }
    let mut rest = &s[first.len()..s.len() - last.len()];
    for p in &parts[1..parts.len() - 1] {
        match rest.find(p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Families {
        Families::parse(include_str!("../../../content/ransomware/families.json")).unwrap()
    }

    #[test]
    fn extensions_are_normalised() {
        assert_eq!(
            normalise_extension("photo.jpg.AKIRA").as_deref(),
            Some(".akira")
        );
        assert_eq!(normalise_extension(" .akira ").as_deref(), Some(".akira"));
        assert_eq!(normalise_extension("akira").as_deref(), Some(".akira"));
        assert_eq!(normalise_extension(""), None);
        assert_eq!(normalise_extension("two words"), None);
    }

    #[test]
    fn globs_match_note_names() {
        assert!(glob_match("!recovery_*.txt", "!recovery_abc12.txt"));
        assert!(!glob_match("!recovery_*.txt", "recovery_abc12.txt"));
        assert!(glob_match("readme.txt", "readme.txt"));
        assert!(glob_match("a*b*c", "a--b--c"));
        assert!(!glob_match("a*b*c", "a--c"));
    }

    #[test]
    fn a_distinctive_extension_names_its_family() {
        let id = data().identify(&Clues {
            extension: "report.docx.akira".into(),
            ..Default::default()
        });
        assert_eq!(id.families[0].name, "Akira");
        assert!(
            !id.ambiguous,
            "{:?}",
            id.families
                .iter()
                .map(|c| (&c.name, c.score))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_shared_extension_alone_is_ambiguous() {
        let id = data().identify(&Clues {
            extension: ".locked".into(),
            ..Default::default()
        });
        assert!(id.families.len() > 1 && id.ambiguous);
    }

    #[test]
    fn the_note_name_and_the_name_in_the_note_agree() {
        let id = data().identify(&Clues {
            note_filename: "C:\\Users\\x\\Desktop\\Restore-My-Files.txt".into(),
            note: "All your important files are stolen and encrypted! LockBit 2.0 ...".into(),
            ..Default::default()
        });
        assert!(
            id.families[0].name.to_lowercase().starts_with("lockbit"),
            "{:?}",
            id.families[0]
        );
    }

    #[test]
    fn an_onion_address_from_the_note_is_strong_evidence() {
        let d = data();
        let akira = d.families.iter().find(|f| f.name == "Akira").unwrap();
        let onion = akira
            .addresses
            .iter()
            .find(|a| a.ends_with(".onion"))
            .unwrap()
            .clone();
        let id = d.identify(&Clues {
            note: format!("Whatever you do, contact us at https://{onion}/ with your code."),
            ..Default::default()
        });
        assert_eq!(id.families[0].name, "Akira");
        assert!(id.families[0].evidence.contains(&Evidence::Address(onion)));
    }

    #[test]
    fn nothing_given_or_nothing_known_finds_nothing() {
        let d = data();
        assert!(d.identify(&Clues::default()).families.is_empty());
        let id = d.identify(&Clues {
            extension: ".zz-not-a-ransomware-zz".into(),
            note: "Hello, this is a shopping list: milk, eggs.".into(),
            ..Default::default()
        });
        assert!(id.families.is_empty());
    }
}

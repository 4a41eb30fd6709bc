#!/usr/bin/env python3
"""Cleans the MISP Project's ransomware galaxy into content/ransomware/families.json for /{lang}/ransomware.

Usage: scripts/misp-ransomware.py [path/to/ransomware.json] [--commit SHA]
Default input: ../shared/data/misp-galaxy-ransomware.json (MISP/misp-galaxy clusters/ransomware.json). Drop a newer
copy in and run it again; the output records the cluster's version and the source commit.

What it keeps per family (every family: a note often names its family): name, synonyms, literal extensions (lowercase, one leading dot), ransom-note file names
(lowercase; a name with a placeholder such as "<id>" or "RANDOM" becomes a glob with "*"), e-mail, onion and Tox
addresses found in the notes and the family's listed onion links (leak and negotiation sites), a few words of each note (for a similarity score), up to 4 references, and whether
MISP marks it fake. Free-text values that are descriptions, not literals ("RANDOM 3 LETTERS ARE ADDED",
"no extension change"), are dropped; too-common extensions are kept but the matcher says they are ambiguous.

Licence of the data: CC0 1.0 or BSD-2-Clause (MISP/misp-galaxy LICENSE.md); content/ransomware/README.md says so.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ROOT.parent / "shared/data/misp-galaxy-ransomware.json"
commit = "9434ace4eb925c9a1c9b3bccf014a25f9d14f0b0"
if "--commit" in sys.argv:
    commit = sys.argv[sys.argv.index("--commit") + 1]

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")
ONION = re.compile(r"\b[a-z2-7]{16}(?:[a-z2-7]{40})?\.onion\b", re.I)
TOX = re.compile(r"\b[0-9A-F]{76}\b")
PLACEHOLDER = re.compile(r"<[^>]*>|\{[^}]*\}|\[[^\]]*\]|random|\bid\b|x{3,}|\*+|\?+", re.I)
WORD = re.compile(r"[^\W\d_]{3,}", re.U)


def clean_ext(e: str):
    e = e.strip().strip('"\'').strip()
    low = e.lower()
    if not e or " " in e.strip() and not e.startswith("."):
        return None  # a description ("RANDOM 3 LETTERS ARE ADDED"), not an extension
    if PLACEHOLDER.search(e):
        return None  # ".<7_random_letters>", ".id-XXXX.[mail]": not a literal we can match exactly
    if len(low) > 40 or any(c in low for c in "/\\"):
        return None
    low = "." + low.lstrip(".")
    return low if len(low) > 1 else None


def clean_note_name(n: str):
    n = n.strip().strip('"\'').strip()
    if not n or len(n) > 120:
        return None
    low = n.lower()
    glob = PLACEHOLDER.sub("*", low)
    glob = re.sub(r"\*+", "*", glob)
    core = re.sub(r"\.[a-z0-9]{2,5}$", "", glob).replace("*", "")
    if sum(c.isalnum() for c in core) < 4:
        return None  # "*.html", "*.txt": would match any file of that type
    return glob


def words(text: str):
    return sorted({w.lower() for w in WORD.findall(text)})


def main():
    data = json.loads(src.read_text(encoding="utf-8"))
    out = []
    for v in data["values"]:
        m = v.get("meta") or {}
        name = v["value"].strip()
        exts = sorted({x for x in (clean_ext(e) for e in m.get("extensions", []) + m.get("extension", [])) if x})
        notes = sorted({x for x in (clean_note_name(n) for n in m.get("ransomnotes-filenames", []) + m.get("ransomnotes-filesnames", [])) if x})
        texts = [t for t in m.get("ransomnotes", []) if isinstance(t, str)]
        blob = " ".join(texts)
        links = " ".join(l for l in m.get("links", []) if isinstance(l, str))
        addresses = sorted({a.lower() for a in EMAIL.findall(blob)} | {a.lower() for a in ONION.findall(blob + " " + links)}
                           | set(TOX.findall(blob)))
        note_words = words(blob)[:400]
        synonyms = sorted({s.strip() for s in m.get("synonyms", []) if s.strip() and s.strip() != name})
        refs = [r for r in m.get("refs", []) if r.startswith("https://") or r.startswith("http://")][:4]
        out.append({
            "name": name,
            "uuid": v["uuid"],
            "synonyms": synonyms,
            "extensions": exts,
            "note_files": notes,
            "addresses": addresses,
            "note_words": note_words,
            "refs": refs,
            "fake": "(fake)" in name.lower(),
        })
    out.sort(key=lambda f: f["name"].lower())
    doc = {
        "source": "MISP Project, misp-galaxy clusters/ransomware.json",
        "repository": "https://github.com/MISP/misp-galaxy",
        "commit": commit,
        "version": data.get("version"),
        "licence": "CC0 1.0 Universal or BSD-2-Clause (MISP/misp-galaxy LICENSE.md)",
        "families": out,
    }
    dest = ROOT / "content/ransomware/families.json"
    dest.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{dest.relative_to(ROOT)}: {len(out)} families (of {len(data['values'])}), "
          f"{sum(len(f['extensions']) for f in out)} extensions, {sum(len(f['note_files']) for f in out)} note names, "
          f"{sum(len(f['addresses']) for f in out)} addresses; version {data.get('version')}, commit {commit[:12]}")


if __name__ == "__main__":
    main()

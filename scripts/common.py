"""Helpers every gazetteer builder shares: paths, keys, folding, TSV writing, entity merging."""

import re
import sys
import unicodedata
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
DATA = SCRIPTS / "data"
OUT = ROOT / "gazetteers"
SHARED_VERBS = ROOT.parent / "shared" / "eval" / "quotes" / "fr-reporting-verbs" / "verbs.tsv"

# --------------------------------------------------------------------------- helpers


def version(package):
    from importlib.metadata import version as v

    return f"{package} {v(package)}"


def strip_accents(text):
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )


def slug(text):
    """A stable ascii key: "Thorbjørn Jagland" → "thorbjorn-jagland"."""
    text = strip_accents(text.replace("ø", "o").replace("Ø", "O").replace("œ", "oe"))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text.lower())
    return text.strip("-")


def fold(text):
    """What the loader compares: lower case, no accents, ’ → '."""
    return strip_accents(text.replace("’", "'").replace("œ", "oe").replace("Œ", "Oe")).lower()


def spelling_variants(name):
    """Other ways news text writes `name`: hyphens as spaces and back, ’ as '. Accents need no
    variant: the loader folds them away."""
    out = [name]
    if "-" in name:
        out.append(name.replace("-", " "))
    if "’" in name:
        out.append(name.replace("’", "'"))
    return out


def read_table(path):
    """Rows of a hand list in scripts/data/: tab-separated, `#` comments, no header."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([field.strip() for field in line.split("\t")])
    return rows


def write_tsv(name, comments, header, rows):
    path = OUT / name
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for comment in comments:
            f.write(f"# {comment}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            assert all("\t" not in c and "\n" not in c for c in row), row
            f.write("\t".join(row) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


class Entities:
    """Entity rows merged by key: a key seen twice gains the second row's forms."""

    def __init__(self):
        self.rows = {}

    def add(self, kind, canonical, aliases, key):
        key = key or slug(canonical)
        forms = []
        for alias in [canonical, *aliases]:
            for variant in spelling_variants(alias):
                if variant and variant not in forms:
                    forms.append(variant)
        if key in self.rows:
            row = self.rows[key]
            row["forms"] += [f for f in forms if f not in row["forms"]]
        else:
            self.rows[key] = {"kind": kind, "canonical": canonical, "forms": forms}

    def drop_forms(self, unwanted):
        """Removes forms whose folded text is in `unwanted` (common words)."""
        for row in self.rows.values():
            row["forms"] = [
                f for f in row["forms"] if fold(f) not in unwanted or f == row["canonical"]
            ]

    def tsv_rows(self):
        out = []
        for key, row in self.rows.items():
            aliases = []
            seen = {fold(row["canonical"])}
            for form in row["forms"]:
                if form == row["canonical"]:
                    continue
                # Forms that fold alike are one form to the loader; keep those that differ in
                # hyphens, spaces or case (an upper-case acronym is matched only as such).
                if fold(form) in seen and form.upper() != form:
                    continue
                seen.add(fold(form))
                aliases.append(form)
            out.append([row["kind"], row["canonical"], "|".join(aliases), key])
        return out

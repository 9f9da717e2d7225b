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


def capitals(text):
    """For each word of `text`, whether it starts with a capital: what the loader checks."""
    words = "".join(c if c.isalnum() else " " for c in text).split()
    return tuple(w[0].isupper() for w in words)


def covers(kept, form):
    """Whether `form` folds like `kept` and has a capital wherever `kept` has one."""
    a, b = capitals(kept), capitals(form)
    return fold(kept) == fold(form) and len(a) == len(b) and all(y or not x for x, y in zip(a, b))


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
            kept = [row["canonical"]]
            for form in row["forms"]:
                if form == row["canonical"]:
                    continue
                # The loader merges forms that fold alike and requires a capital only where
                # every one of them has it: a form adds nothing if one kept already folds alike
                # and capitalises no word it leaves in lower case ("Nations Unies" beside
                # "Nations unies"). One that lowers a capital is kept ("ministère de
                # l'Intérieur" beside "Ministère de l'Intérieur"), and so are forms that differ
                # in hyphens or spaces, or are upper case (an acronym is matched only as such).
                if form.upper() != form and any(covers(k, form) for k in kept):
                    continue
                kept.append(form)
                aliases.append(form)
            out.append([row["kind"], row["canonical"], "|".join(aliases), key])
        return out

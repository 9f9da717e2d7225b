"""Lists of office holders → people-parliament.tsv and people-offices.tsv.

The lists in scripts/data/people-*.tsv give each person as first name, surname, gender and the
names they were known by before (a deputy who changed surname). A person becomes one entity
whose forms are the full name and those former names, never a surname alone: "Didier Paris"
or "Sophie Blanc" must not turn every "Paris" or "blanc" into a deputy. A person already listed
in people.tsv, or earlier in the same run, is not repeated: a later list only adds the forms it
knows (the 16th legislature's "Benjamin Lucas" is the 17th's "Benjamin Lucas-Lundy").
"""

import sys

from common import DATA, OUT, Entities, fold, read_table, slug, write_tsv
from lexicons import entity_file

PARLIAMENT = ["people-assemblee-17.tsv", "people-assemblee-16.tsv", "people-senat.tsv"]
OFFICES = ["people-offices.tsv"]

def read_people(name):
    """Rows of a list: (first name, surname, gender, former names)."""
    rows = []
    for fields in read_table(DATA / name):
        fields += [""]
        first, last, gender, former = fields[0], fields[1], fields[2], fields[3]
        if not first or not last or gender not in ("m", "f"):
            raise SystemExit(f"{name}: {fields!r}: expected first name, surname, m or f")
        rows.append((first, last, gender, [f for f in former.split("|") if f]))
    return rows


def lexicon_words(path):
    """Folded first column of a lexicon gazetteer (first names, stop words)."""
    words = {}
    header_seen = False
    for line in open(OUT / path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.rstrip("\n").split("\t")
        words[fold(fields[0])] = fields[1] if len(fields) > 1 else ""
    return words


def listed_forms(paths):
    """Folded forms of every entity in the given gazetteer files."""
    forms = set()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4 and fields[0] in ("PER", "LOC", "ORG"):
                forms.update(fold(f) for f in [fields[1], *fields[2].split("|")] if f)
    return forms


def check_form(form, where, stops, places):
    """A person's form names that person only: a full name, not a lone word, place or body."""
    words = form.split()
    if len(words) < 2:
        raise SystemExit(f"{where}: {form!r}: a person's form needs a first name and a surname")
    if fold(form) in places:
        raise SystemExit(f"{where}: {form!r} is also a listed place or organisation")
    if all(fold(w) in stops for w in words):
        raise SystemExit(f"{where}: {form!r} is made of common words only")
    return form


class People:
    """The entities of one output file, with the forms every earlier file already owns."""

    def __init__(self, owned):
        self.entities = Entities()
        self.owned = owned
        self.owner = {}

    def add(self, canonical, aliases):
        forms = [canonical, *aliases]
        if fold(canonical) in self.owned:
            return
        # A name another entry of this file already has is that entry's person under another
        # name (a deputy who changed surname between two legislatures).
        key = next((self.owner[fold(f)] for f in forms if fold(f) in self.owner), slug(canonical))
        new = [f for f in forms if fold(f) not in self.owned and fold(f) not in self.owner]
        self.entities.add("PER", canonical, new, key)
        for form in new:
            self.owner[fold(form)] = key

    def write(self, name, comments):
        rows = self.entities.tsv_rows()
        write_tsv(name, comments, ["type", "canonical", "aliases", "key"], rows)
        self.owned |= {fold(f) for row in rows for f in [row[1], *row[2].split("|")] if f}
        return len(rows)


def build_people():
    stops = set(lexicon_words("stopwords.tsv"))
    first_names = lexicon_words("firstnames.tsv")
    places = listed_forms(sorted(OUT.glob("places*.tsv")) + [OUT / "organisations.tsv"])
    owned = {
        fold(f)
        for row in entity_file("people.tsv", "PER").tsv_rows()
        for f in [row[1], *row[2].split("|")]
        if f
    }
    mismatches = []
    written = ["people.tsv"]
    for output, lists, about in [
        (
            "people-parliament.tsv",
            PARLIAMENT,
            [
                "People: members of the Assemblée nationale (16th and 17th legislatures) and of",
                "the Sénat, as the Assemblée nationale and the Sénat publish them in their open",
                "data, Licence Ouverte / Etalab 2.0 (the sources of each list are named at the",
                "top of its file in scripts/data/).",
            ],
        ),
        (
            "people-offices.tsv",
            OFFICES,
            [
                "People: members of the governments of the Fifth Republic, heads of state and",
                "government of the Third and Fourth Republics, French members of the European",
                "Parliament, mayors of large communes and presidents of régions. Compiled by hand",
                "from the public record (appointment decrees in the Journal officiel, election",
                "results).",
            ],
        ),
    ]:
        people = People(owned)
        for name in lists:
            for first, last, gender, former in read_people(name):
                where = f"{name}: {first} {last}"
                canonical = check_form(f"{first} {last}", where, stops, places)
                aliases = [check_form(f, where, stops, places) for f in former]
                people.add(canonical, aliases)
                known = first_names.get(fold(first.split()[0]))
                if known in ("m", "f") and known != gender:
                    mismatches.append(f"{first} {last} ({gender})")
        generated = [
            "Generated by scripts/build_gazetteers.py from scripts/data/" + ", ".join(lists) + ";",
            "people already in " + " or ".join(written) + " are not repeated.",
        ]
        people.write(output, about + generated)
        written.append(output)
        owned = people.owned
    if mismatches:
        # Not an error: some first names are given to both sexes ("George Pau-Langevin").
        print("people: gender differs from the first-name lexicon: " + ", ".join(mismatches),
              file=sys.stderr)

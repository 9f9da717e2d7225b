"""Reporting verbs → cues.tsv: every form the quotation rules look for, with its infinitive.

Per verb: the infinitive; the present participle ("affirmant :", "en se prononçant pour"); the
past participle (m/f, sg/pl); the 3rd person singular and plural
of the présent, imparfait, passé simple, futur and conditionnel; those finite forms inverted
after a quotation ("ajoute-t-elle", "dit-il", "répondent-ils"). Compound tenses are left to the
rules, which read the auxiliary themselves; pronominal verbs keep their pronoun in every form
("se félicite", "s'est félicitée", "s'est-il félicité"), since their bare forms mean something
else ("engage", "amuse").
"""

import logging

from common import DATA, SHARED_VERBS, read_table, version, write_tsv

TENSES = [
    ("indicatif", "présent"),
    ("indicatif", "imparfait"),
    ("indicatif", "passé-simple"),
    ("indicatif", "futur-simple"),
    ("conditionnel", "présent"),
]
VOWELS = "aeiouyéèêëàâîïôûù"


def lemma_list():
    """Lemmas of the shared list (when present) plus and minus scripts/data/verbs.txt."""
    lemmas = []
    if SHARED_VERBS.exists():
        with open(SHARED_VERBS, encoding="utf-8") as f:
            next(f)
            lemmas = [line.split("\t")[0].strip() for line in f if line.strip()]
    else:
        print(f"note: {SHARED_VERBS} absent, using scripts/data/verbs.txt only")
    dropped = set()
    for (entry,) in read_table(DATA / "verbs.txt"):
        if entry.startswith("-"):
            dropped.add(entry[1:])
        elif entry not in lemmas:
            lemmas.append(entry)
    return [lemma for lemma in lemmas if lemma not in dropped]


def split_lemma(lemma):
    """("se ", "féliciter", "") for "se féliciter"; ("", "faire", " valoir") for "faire valoir"."""
    if lemma.startswith("s'"):
        return "se ", lemma[2:], ""
    if lemma.startswith("se "):
        return "se ", lemma[3:], ""
    head, _, rest = lemma.partition(" ")
    return "", head, (" " + rest) if rest else ""


class Conjugator:
    """verbecc, with verbs it does not know conjugated like "aimer" (every such news verb —
    tweeter, tacler — is a regular -er verb, and verbecc's guess is sometimes another model)."""

    def __init__(self):
        logging.disable(logging.CRITICAL)
        from verbecc import CompleteConjugator, LangCodeISO639_1

        self.cg = CompleteConjugator(lang=LangCodeISO639_1.fr)

    def forms(self, verb):
        data = self.cg.conjugate(verb).get_data()
        swap = None
        if data["verb"]["predicted"]:
            if not verb.endswith("er"):
                raise SystemExit(f"verbecc does not know {verb!r}: add it by hand")
            swap = verb[:-2]
            data = self.cg.conjugate("aimer").get_data()
        moods = data["moods"]

        def clean(text):
            text = text.split(" ")[-1]
            return swap + text[3:] if swap else text

        finite = {}
        for mood, tense in TENSES:
            for row in moods[mood][tense]:
                if row.get("pr") in ("il", "ils"):
                    finite[(tense if mood == "indicatif" else "conditionnel", row["pr"])] = [
                        clean(c) for c in row["c"]
                    ]
        participles = [clean(c) for row in moods["participe"]["participe-passé"] for c in row["c"]]
        present = [clean(c) for row in moods["participe"]["participe-présent"] for c in row["c"]]
        return finite, participles, present


def elide(pronoun, word):
    """"se " + "exclame" → "s'exclame"."""
    if pronoun == "se " and word[0].lower() in VOWELS + "h":
        return "s'" + word
    return pronoun + word


def inverted(form, plural):
    if plural:
        return [f"{form}-ils", f"{form}-elles"]
    glue = "-t-" if form[-1] in VOWELS else "-"
    return [f"{form}{glue}il", f"{form}{glue}elle", f"{form}{glue}on"]


def verb_rows(conj, lemma):
    pronoun, head, rest = split_lemma(lemma)
    finite, participles, present = conj.forms(head)
    forms = [elide(pronoun, head) + rest]
    forms += [elide(pronoun, p) + rest for p in present]
    if rest:
        # "fait valoir", "mis en garde": the participle before an infinitive or a phrase does
        # not agree, and "mise en garde" is mostly the noun.
        participles = participles[:1]
    if pronoun:
        # verbecc orders participles m sg, m pl, f sg, f pl.
        subjects = ["il", "ils", "elle", "elles"]
        for p, subject in zip(participles, subjects):
            plural = subject.endswith("s")
            aux, aux_past = ("se sont", "s'étaient") if plural else ("s'est", "s'était")
            inv = f"se sont-{subject}" if plural else f"s'est-{subject}"
            forms += [f"{aux} {p}{rest}", f"{aux_past} {p}{rest}", f"{inv} {p}{rest}"]
    else:
        forms += [p + rest for p in participles]
    for (_, person), written in sorted(finite.items()):
        for form in written:
            forms.append(elide(pronoun, form) + rest)
            for inv in inverted(form, person == "ils"):
                forms.append(elide(pronoun, inv) + rest)
    return forms


def build_cues():
    conj = Conjugator()
    seen = {}
    rows = []
    for lemma in lemma_list():
        for form in verb_rows(conj, lemma):
            # One form, one lemma: the first verb to claim a form keeps it (the shared list
            # comes first, most attested lemmas first).
            if form in seen:
                continue
            seen[form] = lemma
            rows.append([form, lemma])
    source = "the lemma list ../shared/eval/quotes/fr-reporting-verbs (a compilation of word "
    write_tsv(
        "cues.tsv",
        [
            "Reporting verbs: every form a quotation cue takes, with its infinitive.",
            source + "lists: Gender Gap Tracker, GenderedNews, textacy, EDS-NLP, fr-litbank),",
            "extended with news verbs and conjugated with " + version("verbecc") + ";",
            "irregular verbs checked by hand. Generated by scripts/build_gazetteers.py.",
        ],
        ["form", "lemma"],
        rows,
    )

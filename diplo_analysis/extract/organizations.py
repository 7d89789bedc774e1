"""Organizations: ministries, embassies, chambers, friendship societies,
foundations, parliaments, news agencies and international bodies.

Named bodies ("OSCE", "Milli Majlis", "Trend", "Heydar Aliyev Foundation")
come from ``data/organizations.csv`` and are found by the automaton shared with
the people extractor (:func:`diplo_analysis.extract.people.scan`). Bodies a
text names by pattern are read around their head word with anchored regexes:
"Ministry of X of Y" / "Y's Ministry of X" / "the X Ministry", "Embassy of X in
Y" / "the Kyrgyz Embassy", "Chamber of Commerce and Industry of X",
"X-Y Friendship Society", "X Foundation", "National Assembly of X". The key
is the canonical full name, with the country's short name
("Ministry of Foreign Affairs of Azerbaijan" for "Azerbaijan's Ministry of
Foreign Affairs"); the country is the state the name says (None for an
international body).

>>> from diplo_analysis.extract._base import Doc
>>> from diplo_analysis.extract.countries import find_countries
>>> doc = Doc("Azerbaijan's Ministry of Foreign Affairs thanked the OSCE.", [0], [57])
>>> doc.countries = find_countries(doc)
>>> [(r["surface"], r["key"], r["country"]) for r in find_organizations(doc)]
[("Azerbaijan's Ministry of Foreign Affairs", 'Ministry of Foreign Affairs of Azerbaijan', 'AZE'), ('OSCE', 'Organization for Security and Co-operation in Europe', None)]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

from ..errors import DiploError
from . import countries
from ._base import Doc
from .people import _CAPW, _SP, _UP, Scan, _read_csv, scan, trie_regex, vocab

__all__ = ["find_organizations", "org_surfaces", "org_types", "ORGANIZATIONS_PATH"]

ORGANIZATIONS_PATH = Path(__file__).resolve().parent.parent / "data" / "organizations.csv"
ORG_TYPES = ("company", "foundation", "government", "international", "news agency", "parliament", "university")


class OrganizationDataError(DiploError):
    """``data/organizations.csv`` is malformed."""


@lru_cache(maxsize=1)
def org_surfaces() -> dict[str, tuple[str, str | None]]:
    """Every written form of a named organization -> (canonical name, ISO3 or None).

    >>> org_surfaces()["UN"], org_surfaces()["Milli Majlis"]
    (('United Nations', None), ('Milli Majlis', 'AZE'))
    """
    out: dict[str, tuple[str, str | None]] = {}
    header = ["canonical", "surface", "country", "type", "source"]
    for lineno, (canonical, surface, iso3, kind, _src) in _read_csv(ORGANIZATIONS_PATH, header):
        if kind not in ORG_TYPES:
            raise OrganizationDataError(
                f"{ORGANIZATIONS_PATH}, line {lineno}: type {kind!r} is not one of {', '.join(ORG_TYPES)}")
        if iso3 and not re.fullmatch(r"[A-Z]{3}", iso3):
            raise OrganizationDataError(
                f"{ORGANIZATIONS_PATH}, line {lineno}: country must be an ISO3 code or empty, found {iso3!r}")
        if surface in out:
            raise OrganizationDataError(f"{ORGANIZATIONS_PATH}, line {lineno}: surface {surface!r} is listed twice")
        out[surface] = (canonical, iso3 or None)
    return out


@lru_cache(maxsize=1)
def org_types() -> dict[str, str]:
    """Every written form of a named organization -> its type ("parliament", ...).

    >>> org_types()["Milli Majlis"]
    'parliament'
    """
    org_surfaces()          # (checks the file)
    header = ["canonical", "surface", "country", "type", "source"]
    return {surface: kind for _, (_c, surface, _i, kind, _s) in _read_csv(ORGANIZATIONS_PATH, header)}


@lru_cache(maxsize=1)
def _res() -> dict:
    words = trie_regex(sorted(vocab().portfolio))
    w = rf"(?:{words})(?![\w'’-])"
    seq = rf"{w}(?:(?:[ \u00a0]*,[ \u00a0]*|{_SP}and{_SP}|{_SP}&{_SP}|{_SP}){w})*"
    return {
        "ministry_of": re.compile(rf"{_SP}(?:of|for){_SP}(?:the{_SP})?({seq})"),
        "port_before": re.compile(rf"(?<![\w'’-])({w}(?:(?:{_SP}and{_SP}|{_SP}){w})*){_SP}\Z"),
        "in_place": re.compile(rf"{_SP}in{_SP}(?:the{_SP})?({_UP}[\w'’-]*(?:{_SP}{_UP}[\w'’-]*){{0,2}})"),
        "pair_before": re.compile(rf"(?<![\w'’-])({_UP}[\w'’]*(?:[-–—]{_UP}[\w'’]*)+){_SP}\Z"),
        "caps_before": re.compile(
            rf"(?<![\w'’.-])((?:{_CAPW}{_SP}(?:(?:of|and|for|the){_SP})*){{1,5}})\Z"),
        "of": re.compile(rf"{_SP}of{_SP}(?:the{_SP})?"),
    }


def _country_before(text: str, s: Scan, pos: int) -> tuple[int, str] | None:
    """(start, ISO3) of "Azerbaijan's " / "Kyrgyz " / "the Kyrgyz Republic's " ending at ``pos``."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return None
    row = s.country_end.get(pos - 1)
    if row is None and text[pos - 3:pos - 1] in ("'s", "’s"):
        row = s.country_end.get(pos - 3)
    if row is None:
        return None
    return row["start"], row["key"]


_STATE_WORDS = re.compile(rf"(?:{_UP}[\w'’]*{_SP}(?:of{_SP}(?:the{_SP})?)?){{0,3}}")


# what may follow the first space of " of" / " of" or " for"
_OF_NEXT, _OF_FOR_NEXT = frozenset(" \u00a0o"), frozenset(" \u00a0of")
_SPACE_OR_T = frozenset(" \u00a0t")



def _country_after_of(text: str, s: Scan, pos: int) -> tuple[int, str] | None:
    """(end, ISO3) of " of Azerbaijan" / " of the Republic of Uzbekistan" at ``pos``."""
    if text.startswith(" of ", pos) and text[pos + 4:pos + 5] not in _SPACE_OR_T:
        lo = pos + 4                    # the usual " of X", read without the regex
    else:
        c = text[pos:pos + 1]
        if c != " " and c != "\u00a0" or text[pos + 1:pos + 2] not in _OF_NEXT:
            return None
        m = _res()["of"].match(text, pos)
        if m is None:
            return None
        lo = m.end()
    row = s.country_start.get(lo)
    if row is None:
        # "of the Republic of Uzbekistan": state words may precede the name
        hi = _STATE_WORDS.match(text, lo).end()
        starts = s.country_starts
        i = bisect_left(starts, lo)
        if i == len(starts) or starts[i] > hi:
            return None
        row = s.country_start[starts[i]]
    return row["end"], row["key"]


@lru_cache(maxsize=1024)
def _portfolio(port: str) -> str:
    v = vocab()
    out = []
    for w in re.findall(r"[\w'’-]+|&|,", port):
        if w == "&":
            w = "and"
        out.append(w if w in (",", "and") else v.portfolio.get(w) or v.portfolio.get(w.capitalize()) or w)
    p = " ".join(out).replace(" ,", ",")
    return "Foreign Affairs" if p == "Foreign" else p


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset:
    return frozenset(vocab().portfolio)


def _port_before(text: str, start: int):
    """``_res()["port_before"].search(text, max(0, start - 60), start)``, without
    the search when the word before the spaces is not a portfolio word.

    >>> _port_before("the Economy Ministry", 12).group(1), _port_before("the Heydar Ministry", 11)
    ('Economy', None)
    """
    q = start
    while q > 0 and text[q - 1] in " \u00a0":
        q -= 1
    if q == start:
        return None
    word = text[text.rfind(" ", 0, q) + 1:q]
    # the portfolio's last word is the whole run of letters before the spaces
    if word.isalpha() and word not in _portfolio_words():
        return None
    return _res()["port_before"].search(text, max(0, start - 60), start)


def _ministry(text: str, s: Scan, start: int, end: int, head: str):
    r = _res()
    port = None
    lo, hi = start, end
    if head == "MFA":
        port = "Foreign Affairs"
    else:
        c = text[end:end + 1]
        m = r["ministry_of"].match(text, end) if (c == " " or c == "\u00a0") \
            and text[end + 1:end + 2] in _OF_FOR_NEXT else None
        if m:
            port, hi = _portfolio(m.group(1)), m.end()
        else:
            m = _port_before(text, start)
            if m:
                port, lo = _portfolio(m.group(1)), m.start(1)
    if port is None:
        return None
    lo, hi, iso = _country_of(text, s, lo, hi)
    key = f"Ministry of {port}" + (f" of {countries.name_of(iso)}" if iso else "")
    return lo, hi, key, iso


def _mission(text: str, s: Scan, start: int, end: int, head: str):
    """Embassy / Consulate (General) of X in Y."""
    r = _res()
    lo, hi, iso = _country_of(text, s, start, end)
    if iso is None:
        return None
    head = "Consulate General" if head.startswith("Consulate") and len(head) > 9 else head
    key = f"{head} of {countries.name_of(iso)}"
    m = r["in_place"].match(text, hi)
    if m:
        place = s.country_start.get(m.start(1))
        if place is not None:
            key += f" in {countries.name_of(place['key'])}"
            hi = place["end"]
        else:
            key += f" in {m.group(1)}"
            hi = m.end(1)
    return lo, hi, key, iso


def _chamber(text: str, s: Scan, start: int, end: int, head: str):
    lo, hi, iso = _country_of(text, s, start, end)
    return lo, hi, head + (f" of {countries.name_of(iso)}" if iso else ""), iso


def _friendship(text: str, s: Scan, start: int, end: int, head: str):
    if start < 1 or text[start - 1] not in " \u00a0":
        return None
    q = start - 1
    while q > 0 and text[q - 1] in " \u00a0":
        q -= 1
    # the pair holds no space: search from the last space before it
    lo = max(0, start - 60, text.rfind(" ", 0, q) + 1)
    m = _res()["pair_before"].search(text, lo, start)
    if m is None:
        return None
    pair = m.group(1).replace("–", "-").replace("—", "-")
    return m.start(1), end, f"{pair} {head}", countries.lookup(pair.split("-")[0])


def _foundation(text: str, s: Scan, start: int, end: int, head: str):
    if start < 1 or text[start - 1] not in " \u00a0":       # every match ends with a space
        return None
    m = _res()["caps_before"].search(text, max(0, start - 80), start)
    if m is None:
        return None
    words = m.group(1).split()
    lo = m.start(1)
    stop = vocab().stop
    while words and (words[0] in ("The", "A", "An") or words[0] in stop and words[0] not in vocab().portfolio):
        lo = text.index(words[0], lo) + len(words[0])
        while text[lo] in " \u00a0":
            lo += 1
        words = words[1:]
    while words and words[0] in ("of", "and", "for", "the"):
        lo = text.index(words[0], lo) + len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    iso = None
    starts = s.country_starts            # the first country starting in text[lo:start]
    i = bisect_left(starts, lo)
    if i < len(starts) and starts[i] < start:
        iso = s.country_start[starts[i]]["key"]
    return lo, end, " ".join(text[lo:end].split()), iso


def _parliament(text: str, s: Scan, start: int, end: int, head: str):
    lo, hi, iso = _country_of(text, s, start, end)
    if iso is None:
        return None
    return lo, hi, f"{head} of {countries.name_of(iso)}", iso


def _country_of(text: str, s: Scan, start: int, end: int) -> tuple[int, int, str | None]:
    """The state of a body named at ``start:end``: "of X" after it, else "X's"/"X" before it.

    Returns the span widened to cover the country, and its ISO3 (None when neither is written).
    """
    after = _country_after_of(text, s, end)
    if after is not None:
        return start, after[0], after[1]
    before = _country_before(text, s, start)
    if before is not None:
        return before[0], end, before[1]
    return start, end, None


_HEADS = {
    "Ministry": _ministry, "MFA": _ministry,
    "Embassy": _mission, "Consulate": _mission, "Consulate General": _mission, "Consulate-General": _mission,
    "Chamber of Commerce": _chamber, "Chamber of Commerce and Industry": _chamber,
    "Friendship Society": _friendship, "Friendship Group": _friendship, "Friendship Association": _friendship,
    "Foundation": _foundation,
    "Parliament": _parliament, "National Assembly": _parliament, "Senate": _parliament,
}


def find_organizations(doc: Doc) -> list[dict]:
    """Organizations of ``doc`` as rows of the ``mentions`` table (without article_id).

    >>> from diplo_analysis.extract.countries import find_countries
    >>> doc = Doc("Staff of the Embassy of Kyrgyzstan in Azerbaijan and Trend attended.", [0], [68])
    >>> doc.countries = find_countries(doc)
    >>> [(r["key"], r["country"]) for r in find_organizations(doc)]
    [('Embassy of Kyrgyzstan in Azerbaijan', 'KGZ'), ('Trend', 'AZE')]
    """
    text = doc.text
    s = scan(doc)
    found = []
    for start, end, kind, payload in s.org_hits:
        if kind == "org":
            found.append((start, end, payload[0], payload[1]))
        elif kind == "orghead":
            got = _HEADS[payload](text, s, start, end, payload)
            if got is not None:
                found.append(got)
    if not found:
        return []
    found.sort(key=lambda r: (r[0], -r[1]))
    rows = []
    taken = -1
    sent_starts = doc.sent_starts
    for start, end, key, iso in found:
        if start < taken:
            continue
        taken = end
        sid = bisect_right(sent_starts, start) - 1
        rows.append({
            "sentence_id": sid if sid > 0 else 0, "start": start, "end": end,
            "surface": text[start:end], "kind": "organization", "key": key,
            "role": None, "country": iso,
        })
    return rows

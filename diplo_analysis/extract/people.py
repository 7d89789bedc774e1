"""People: a name, the office it holds and the state it represents.

Offices, honorifics, name particles and the words that never belong to a name
come from ``data/offices.csv``; international bodies, parliaments and news
agencies from ``data/organizations.csv``; known office holders, when the file
is there, from ``data/reference/officeholders.csv``. One case-sensitive Aho-Corasick
automaton finds every office word, honorific, organization and known name in
one pass (:func:`scan`, shared with the organizations extractor); anchored
regexes then read the name that follows an office ("Foreign Minister of
Türkiye Hakan Fidan") or stands before it ("Maksat Mamitkanov, the Kyrgyz
ambassador"). Later mentions by surname or initial ("Khalafov",
"M. Mamytkanov", "Mr. Osmonaliyev") take the key, office and country of the
full name.

>>> from diplo_analysis.extract._base import Doc
>>> from diplo_analysis.extract.countries import find_countries
>>> doc = Doc("Azerbaijani Deputy Foreign Minister Khalaf Khalafov met him. Khalafov said so.", [0, 61], [60, 78])
>>> doc.countries = find_countries(doc)
>>> [(r["surface"], r["key"], r["role"], r["country"]) for r in find_people(doc)]
[('Khalaf Khalafov', 'Khalaf Khalafov', 'Deputy Foreign Minister', 'AZE'), ('Khalafov', 'Khalaf Khalafov', 'Deputy Foreign Minister', 'AZE')]
"""
from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..errors import DiploError
from ._base import Doc
from ._scan import find_all, separator

__all__ = ["find_people", "scan", "normalize_office", "OFFICES_PATH", "OFFICEHOLDERS_PATH"]

DATA = Path(__file__).resolve().parent.parent / "data"
OFFICES_PATH = DATA / "offices.csv"
OFFICEHOLDERS_PATH = DATA / "reference" / "officeholders.csv"
#: the officials of international bodies: holders of no state (their iso3 is empty)
INTERNATIONAL_PATH = DATA / "reference" / "international_officials.csv"

OFFICE_KINDS = ("office", "descriptor", "honorific", "particle", "portfolio", "stop", "orghead", "plural")

# Offices that say less than another office of the same person ("Deputy Minister
# Khalaf Khalafov" after "Deputy Foreign Minister Khalaf Khalafov").
_VAGUE = frozenset({"Minister", "Deputy Minister", "Head", "Secretary", "Chancellor"})   # (a "Chancellor" may be a foreign minister: the Spanish "canciller")
# Small words kept in lower case when an office is written in title case.
_SMALL = frozenset({"of", "and", "to", "the", "for", "a.i.", "ad", "interim", "at", "large", "with"})
# Generic office keys: "Minister of <portfolio>".
_MINISTER_OF = {
    "minister of": "Minister", "minister for": "Minister",
    "deputy minister of": "Deputy Minister", "deputy minister for": "Deputy Minister",
    "first deputy minister of": "Deputy Minister", "vice minister of": "Deputy Minister",
    "vice minister for": "Deputy Minister",
    "ministers of": "Minister", "deputy ministers of": "Deputy Minister",
}
# Heads of organizations the organizations extractor expands ("Embassy of X in Y").
ORG_HEADS = (
    "Ministry", "Embassy", "Consulate", "Consulate General", "Consulate-General",
    "Chamber of Commerce", "Chamber of Commerce and Industry", "Friendship Society",
    "Friendship Group", "Friendship Association", "Foundation", "Parliament",
    "National Assembly", "Senate", "MFA",
)
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x530)) if c.isupper()}))


class OfficeDataError(DiploError):
    """A people data file (offices.csv, officeholders.csv) is malformed."""


class Vocab(NamedTuple):
    offices: dict          # lower-case surface -> canonical office
    descriptors: frozenset  # lower-case words that describe a person without an office ("poet")
    honorifics: tuple      # as written
    particles: frozenset
    portfolio: dict        # word as written -> canonical word
    stop: frozenset        # capitalised words that never belong to a name
    orgheads: frozenset
    plurals: dict          # lower-case plural surface -> canonical office ("deputies": Member of Parliament)


def _read_csv(path: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        found = next(reader, None)
        if found != header:
            raise OfficeDataError(f"{path}: the first line must be {','.join(header)!r}, found {found!r}")
        out = []
        for lineno, rec in enumerate(reader, start=2):
            if not rec or not "".join(rec).strip():
                continue
            if len(rec) != len(header):
                raise OfficeDataError(
                    f"{path}, line {lineno}: expected {len(header)} fields, found {len(rec)}: {rec!r}")
            out.append((lineno, [f.strip() for f in rec]))
        return out


# titles that are also given names ("Amir Hatami"): they stay words a name may have, and
# :func:`scan` reads them as the title only where a title stands ("the Amir", "Amir of")
_GIVEN_NAME_TITLES = frozenset({"Amir"})


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """The office vocabulary of ``data/offices.csv``.

    >>> v = vocab()
    >>> v.offices["ambassador extraordinary and plenipotentiary"], "Plenipotentiary" in v.stop
    ('Ambassador', True)
    """
    offices, portfolio, plurals = {}, {}, {}
    hons, parts, stop, heads, descr = [], set(), set(), set(), set()
    for lineno, (kind, surface, canonical, _src) in _read_csv(OFFICES_PATH, ["kind", "surface", "canonical", "source"]):
        if kind not in OFFICE_KINDS:
            raise OfficeDataError(
                f"{OFFICES_PATH}, line {lineno}: kind {kind!r} is not one of {', '.join(OFFICE_KINDS)}")
        if kind == "office":
            if not canonical:
                raise OfficeDataError(f"{OFFICES_PATH}, line {lineno}: an office needs a canonical name")
            offices[_norm(surface)] = canonical
        elif kind == "plural":
            # a plural that no office's singular spells ("deputies" of a parliament)
            if not canonical:
                raise OfficeDataError(f"{OFFICES_PATH}, line {lineno}: a plural needs a canonical name")
            plurals[_norm(surface)] = canonical
        elif kind == "descriptor":
            descr.add(_norm(surface))
        elif kind == "honorific":
            hons.append(surface)
            if "'" in surface:
                hons.append(surface.replace("'", "\u2019"))     # "Dato’" as pages type it
        elif kind == "particle":
            parts.add(surface)
        elif kind == "portfolio":
            portfolio[surface] = canonical or surface
        elif kind == "stop":
            stop.add(surface)
        else:
            heads.add(surface)
    # the words of a title are never a name's, unless a known holder's name has the word
    # and it is no title alone: "Yang" of "Yang di-Pertuan Agong" is also a surname ("Yang Jiechi")
    name_words = {w for name in officeholders() for w in name.split()}
    for s in list(offices) + list(descr) + list(plurals):
        for w in re.split(r"[\s-]+", s):
            if w not in _SMALL:
                w = w[:1].upper() + w[1:]
                if (w not in name_words or w.lower() in offices) and w not in _GIVEN_NAME_TITLES:
                    stop.add(w)
    for h in hons:
        stop.add(h.rstrip("."))
    stop |= set(portfolio) | heads
    return Vocab(offices, frozenset(descr), tuple(hons), frozenset(parts), portfolio, frozenset(stop), frozenset(heads), plurals)


def _norm(s: str) -> str:
    """Lower case, one space, straight apostrophe: the lookup form of an office."""
    return " ".join(s.replace("\u2019", "'").replace("\u00a0", " ").split()).lower()


def normalize_office(surface: str) -> str | None:
    """The canonical office of a written form, or None when it is none.

    >>> normalize_office("Ambassador Extraordinary and Plenipotentiary")
    'Ambassador'
    >>> normalize_office("Deputy Minister Foreign Minister"), normalize_office("minister of culture and tourism")
    ('Deputy Foreign Minister', 'Minister of Culture and Tourism')
    """
    v = vocab()
    s = _norm(surface)
    if s in v.offices:
        return v.offices[s]
    for key, base in _MINISTER_OF.items():
        if s.startswith(key + " "):
            m = _portfolio_re().fullmatch(surface, len(" ".join(surface.split()[:len(key.split())])))
            if m:
                return _minister_of(base, m.group(1))
    m = _portfolio_first_re().fullmatch(surface)
    if m:
        return _minister_of("Minister", m.group(1))
    return None


# -- regexes -----------------------------------------------------------------

def trie_regex(words) -> str:
    """A regex alternation of ``words`` factored as a trie, so that a match
    costs a few character tests whatever the number of words.

    >>> trie_regex(["Mr", "Mrs", "Ms"])
    'M(?:rs?|s)'
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            if len(alts) == 1 and len(body) == 1 + (body[0] == "\\"):
                return body + "?"
            return "(?:" + body + ")?"
        return body

    return build(trie)


_SP = r"[ \u00a0]+"
_UP = "[" + re.escape(UPPER) + "]"
_CAPW = _UP + r"[\w'’.&-]*+"


# initials before a name, not the abbreviations of honorifics ("Mr.", "H.E.")
_INITIALS = r"(?!(?:Mr|Ms|Dr|Jr|Sr|St|No|Mt|Ft|H\.E)\.)" + rf"(?:{_UP}[a-z]?\.){{1,4}}"


@lru_cache(maxsize=1)
def _caps_not_surnames() -> frozenset[str]:
    """Words in capitals that are no surname: the acronyms and agencies of the data files
    (organizations.csv, agencies.csv), the countries' codes and every office word."""
    from .. import parse
    from . import organizations

    out = {w.upper() for w in vocab().stop} | {w.upper() for w in vocab().honorifics} | set(parse._agencies())
    out.update(w for surface in organizations.org_surfaces() for w in surface.split() if w.isupper())
    import pycountry

    out |= {c.alpha_3 for c in pycountry.countries}
    return frozenset(w for w in out if w and w.isupper() and len(w) >= 4)


# title words that are also surnames (see :func:`_name_parts`)
_TITLE_SURNAMES = ("King", "Pope", "Bishop", "Prince", "Major", "Marshall")
# titles that stand inside a name, between its words (see _name_parts)
_INNER_TITLES = ("Tun", "Tengku", "Sheikh")


# a month and a day after a name are a date, not the name's last word: "Mevlut Cavusoglu Nov. 27"
_NOT_MONTH_DAY = (r"(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                  r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[ \u00a0]\d{1,2}(?!\d))")


def _name_parts() -> dict:
    v = vocab()

    def token(stop_words) -> str:
        # capitalised, not a stop word, not all capitals ("UN"), a possessive
        # "'s" left out; or an Arabic "al-" form; or an initial
        stop = trie_regex(sorted(stop_words))
        tok = (rf"(?={_UP})(?!(?:{stop})(?![\w'’-]))(?!{_UP}[{re.escape(UPPER)}0-9]+(?![\w'’-])){_NOT_MONTH_DAY}"
               rf"{_UP}(?:\w++|(?=['’]{_UP}))(?:['’-](?!s\b)\w++)*+")
        # initials: "S. Jaishankar", "A.K. Abdul Momen", "Ma. Teresita Daza", "Teodoro L Locsin";
        # glued to the name as Mongolian pages write the patronymic: "Kh.Battulga", "Ts.Munkh-Orgil"
        ini = _INITIALS
        return (rf"(?:{ini}{_UP}\w++(?:['’-]\w++)*+|{tok}|(?:al|el|ad|ash|as|az|ar|an|ul|ud)-{_UP}\w*+"
                rf"|{ini}(?={_SP}{_UP})|{_UP}(?={_SP}{_UP}\w)"
                # three initials, the last without its full stop: "U.G.C Abeyrathna"
                rf"|(?:{_UP}\.){{2,3}}{_UP}(?={_SP}(?!(?:{stop})(?![\w'’-])){_UP}[a-z])"
                # two initials without full stops, before a name's word: "AK Abdul Momen", "Retno LP Marsudi"
                rf"|(?!(?:{stop})(?![\w'’-])){_UP}{_UP}(?={_SP}(?!(?:{stop})(?![\w'’-])){_UP}[a-z]))")

    tok = token(v.stop)
    first = token(v.stop - v.orgheads)          # "Park Sung-min", but never "... Aliyev Park"
    # a surname in capitals, as Japanese, French and Mauritian official pages write it, beside
    # given names in title case: "SUZUKI Hiroshi", "Pravind Kumar JUGNAUTH" (not an acronym or
    # an agency's name: "TASS", "NATO")
    caps_stop = trie_regex(sorted(_caps_not_surnames()))
    stop_caps = trie_regex(sorted({w.upper() for w in v.stop if w.isalpha()} | set(_caps_not_surnames())))
    caps = rf"(?!(?:{caps_stop})(?![\w'’-])){_UP}{{4,}}(?![\w'’.-])"
    heads_ = trie_regex(sorted(v.orgheads))
    # a Korean surname in capitals before a given name of two syllables: "KIM Hak-hong"
    korean = rf"(?!(?:{stop_caps})(?![\w'’-])){_UP}{{2,4}}(?={_SP}{_UP}[a-z]+-[a-z]+(?![\w'’-]))"
    first = rf"(?:{first}|{caps}(?={_SP}(?!(?:{heads_})(?![\w'’-])){tok}(?![ \u00a0]{_UP}{{2}}))|{korean})"   # not "ACWA Power"
    # a title's word that is also a surname, last in a name and not before one: "Rhonda King,",
    # "Amy Pope made ..." (but "King of", "Pope Francis")
    titled = rf"(?:{'|'.join(_TITLE_SURNAMES)})(?=[,.;:)]|{_SP}(?!of(?![\w]))[a-z]|$)"
    # a title inside a name, after its given name, before another name's word: the father's
    # title of a Malay name ("Hishammuddin Tun Hussein", "Zafrul Tengku Abdul Aziz"), the Sheikh of
    # a Somali one ("Mohamed Mursal Sheikh Abdirahman"); a ruler's name after "bin" ("bin Sultan")
    inner = rf"(?:(?:{'|'.join(_INNER_TITLES)}){_SP}{tok}|(?<=bin )Sultan(?![\w'’-]))"
    tok_more = rf"(?:{tok}|{caps}|{titled}|{inner})"
    part = trie_regex(sorted(v.particles))
    # a nickname in quotes inside a name: Ferdinand "Bongbong" Marcos Jr.
    nick = rf"(?:[“\"]{_UP}\w+[ \u00a0]?[”\"]{_SP})?"
    more = rf"{_SP}{nick}(?:(?:{part}){_SP})*{tok_more}"
    # (and a Turkic patronymic's last word: "Nurlanbek Turgunbek uulu", "Jyldyz Taalaibek kyzy")
    suffix = (rf"(?:,?{_SP}(?:Jr\.|Sr\.|Jr|Sr|II|III|IV|VI|VII|VIII|IX|V|X)(?![\w])"
              rf"|{_SP}(?:uulu|kyzy|uly|qizi|kizi|ogly|oglu|o['’]g['’]li)(?![\w]))?")
    hon = trie_regex(sorted(v.honorifics))
    heads = trie_regex(sorted(v.orgheads))
    glued = rf"{_INITIALS}{_UP}\w++(?:['’-]\w++)*+"
    return {"tok": tok, "name": rf"{first}(?:{more}){{0,3}}{suffix}",
            "name2": rf"(?:{first}(?:{more}){{1,3}}|{glued}){suffix}",
            "hon": rf"(?:{hon})(?![\w])", "heads": heads,
            "end": rf"(?![\w-]|['’](?!s\b)\w|{_SP}(?:{heads})(?![\w]))"}


_NOT_HON = r"(?!(?:Dr|Mr|Ms|Prof|Hon|H\.[ \u00a0]?E|HE)\.?[ \u00a0])"
_SEG = (rf"{_SP}(?:of|to|in|at|for|on|with(?:{_SP}residence{_SP}in)?){_SP}(?:the{_SP})?"
        rf"(?:(?:our|the|this|that){_SP}country|(?:both|two){_SP}(?:countries|states|nations|sides)(?![\w-])"
        # a parliament's chambers: "Chairmen of both chambers of the Parliament X and Y"
        rf"|(?:(?:both|two){_SP})?(?:chambers|houses)(?![\w-])"
        rf"|(?:parliament|senate|government|cabinet|ministry)(?![\w-])"
        # (no honorific after "and": "President of the Comoros and Dr. X" names two people; but
        # "the High Commissioner of Britain and Mrs X" is X and his wife)
        rf"|{_CAPW}(?:(?:{_SP}|,{_SP}(?=(?:and{_SP})?{_UP}))(?:(?:and|&){_SP}(?:the{_SP})?{_NOT_HON})?{_CAPW})*?)"
        # an abbreviation or a gloss after the body's name: "Union of Turkic Municipalities (TDBB)",
        # "Speaker of the Seimas (Lithuanian Parliament), X"
        rf"(?:{_SP}\((?:[A-Za-z]{{2,10}}|{_UP}[\w'’-]+(?:{_SP}[\w'’-]+){{1,3}})\))?"
        # the kind of a place, in small letters: "Akim of Turkestan region", "Governor of Aceh province"
        rf"(?:{_SP}(?:region|province|oblast|district|governorate|prefecture|county|city"
        # ... or of a body: "Speaker of the Turkish parliament", "to the Geneva branch of the UN"
        rf"|parliament|senate|government|cabinet|ministry|branch|office|mission|delegation|embassy)(?![\w-]))?"
        # the formula of a permanent representative's complement: "to the UN and other international organizations"
        rf"(?:{_SP}and{_SP}other{_SP}international{_SP}organi[sz]ations)?")
#: between two offices of one person: "Assistant to the President of X, " + "Head of ..."
_CHAIN = re.compile(rf"(?:{_SEG})*[ \u00a0]*(?:,[ \u00a0]*(?:and{_SP})?|{_SP}(?:and|&){_SP}|{_SP}[–—-]{_SP}|/[ \u00a0]*)")


@lru_cache(maxsize=1)
def _right_re() -> re.Pattern:
    """What follows an office: "of X to Y", an optional comma, honorifics, the name."""
    p = _name_parts()
    return re.compile(
        # (a gloss in brackets after the office: "(TDBB)", "Akim (governor) of Akmola region")
        rf"(?P<comp>(?:{_SP}\([A-Za-z][\w&.' -]{{1,30}}\))?(?:{_SEG})*?)(?P<comma>[ \u00a0]*,|[ \u00a0]+[–—]|[ \u00a0]+-(?=[ \u00a0]))?{_SP}"
        # ("Minister of Health, the Hon. Dr. X": "the" before the honorifics)
        rf"(?P<hon>(?:(?:the{_SP})?{p['hon']}[ \u00a0]*)*)(?P<name>{p['name2']}){p['end']}")


@lru_cache(maxsize=1)
def _hons_re() -> re.Pattern:
    """Honorifics and nothing else, or nothing: "Mr. ", "H.E. Dr. ", ""."""
    return re.compile(rf"(?:{_name_parts()['hon']}[ \u00a0]*)*")


@lru_cache(maxsize=1)
def _single_re() -> re.Pattern:
    """A lone surname right after an office: "President Aliyev", "King Abdullah II"."""
    p = _name_parts()
    return re.compile(rf"{_SP}(?P<hon>(?:{p['hon']}[ \u00a0]*)*)(?P<name>{p['name']}){p['end']}")


@lru_cache(maxsize=1)
def _and_name_re() -> re.Pattern:
    """The next name after a plural office: "Presidents X and " + "Y", "Ministers X, " + "Y"."""
    p = _name_parts()
    # (a party's tag in brackets after a name, and honorifics before the next: "Reps. X (R-CA),
    # Y (D-NJ)", "Members of Parliament Ms X and Mr Y")
    return re.compile(rf"(?:[ \u00a0]*\([^()\n]{{1,15}}\))?[ \u00a0]*(?:,[ \u00a0]*(?:and{_SP})?|{_SP}and{_SP})"
                      rf"(?:{p['hon']}[ \u00a0]*)*(?P<name>{p['name2']}){p['end']}")


_AND_SEP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")


def _next_name(text: str, pos: int, single_re=None) -> tuple[int, int] | None:
    """The span of the next name of a list after ``pos`` (two words or more); with
    ``single_re`` (:func:`_single_re`), a surname may do ("Presidents Aliyev and " + "Japarov")."""
    if single_re is None:
        m = _and_name_re().match(text, pos)
        return m.span(1) if m is not None else None
    m = _AND_SEP.match(text, pos)
    if m is None or not text[m.end() - 1:m.end()].isspace():
        return None
    m = single_re.match(text, m.end() - 1)
    return m.span("name") if m is not None and not m.group("hon") else None


def _paren_state(text: str, s, end: int) -> tuple[str | None, int] | None:
    """(ISO3, end) of a state written in parentheses right after a name ending at
    ``end``: "Maria Rojas (Colombia)"."""
    if not text.startswith(" (", end):
        return None
    row = s.country_start.get(end + 2)
    if row is None or not text.startswith(")", row["end"]):
        m = _PAREN_REGION.match(text, end)
        if m is None:
            return None
        # "Jane Roe (Michigan)", "Jane Roe (R-Texas)": a region of one state, or the party
        # and state the U.S. Congress writes after its members' names
        iso = "USA" if m.group(1) else _region_state(m.group(2))
        return (iso, m.end()) if iso is not None else None
    return row["key"], row["end"] + 1


_PAREN_REGION = re.compile(r" \((?:([RDI]-)?([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}))\)")


@lru_cache(maxsize=1)
def _appos_tail_re() -> re.Pattern:
    """Between a name's comma and its office: ", the Kyrgyz " / ", Azerbaijan's " / ", a "."""
    # ("X, Kazakhstan’s new ambassador": an adjective after the state's possessive too)
    return re.compile(rf"[ \u00a0]*(?:(?:the|an?){_SP})?(?:{_ADJ}{_SP})*(?:{_CAPW}(?:['’]s)?{_SP}){{0,3}}"
                      rf"(?:(?<=['’]s[ \u00a0]){_ADJ}{_SP})?")


@lru_cache(maxsize=1)
def _descr_tail_re() -> re.Pattern:
    """Between a name's comma and a descriptor: ", the great Kazakh " / ", an American trade "."""
    return re.compile(rf"[ \u00a0]*(?:(?:the|an?){_SP})?(?:{_ADJ}{_SP})*(?:{_CAPW}(?:['’]s)?{_SP}){{0,3}}"
                      rf"(?:[a-z]+{_SP})?")


_ADJ = (r"(?:newly|new|appointed|newly-appointed|former|acting|current|then|incumbent|outgoing|incoming"
        r"|great|famous|renowned|prominent|outstanding|late|national|well-known|distinguished|eminent"
        r"|non-resident|resident)")
# the same words, as a set: they may stand between a state and its office ("Türkiye's new Ambassador")
_ADJ_WORDS = frozenset(_ADJ[3:-1].split("|"))


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern:
    return re.compile(_name_parts()["name"])


_UPPER_SET = frozenset(UPPER)


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The span of a name of two or more words ending at ``end``
    ("... met Maksat Mamitkanov" -> "Maksat Mamitkanov")."""
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    lo = max(0, end - 70)
    words = text[lo:end].replace("\n", " ").split(" ")      # a name never runs over a line break
    parts = vocab().particles
    k = len(words)
    while k > 0 and (words[k - 1][:1] in _UPPER_SET or words[k - 1] in parts
                     or words[k - 1].partition("-")[0] in parts):     # "Mohamed Yunus al-Menfi"
        k -= 1
    if k == 0 and lo > 0:
        k = 1                      # the window cut the first word
    name_re = _name_re()
    start = end - len(" ".join(words[k:]))
    while k < len(words) - 1:
        if words[k][:1] in _UPPER_SET and name_re.fullmatch(text, start, end):
            return start, end
        start += len(words[k]) + 1
        k += 1
    if "." in words[-1] and _INITIAL_JOINED.search(words[-1]) and name_re.fullmatch(text, start, end):
        return start, end       # "Z.Enkhbold": an initial written against the surname
    return None


@lru_cache(maxsize=1)
def _hon_name_re() -> re.Pattern:
    p = _name_parts()
    return re.compile(rf"(?:[ \u00a0]*{p['hon']})*{_SP}(?P<name>{p['name']}){p['end']}")


@lru_cache(maxsize=1)
def _portfolio_re() -> re.Pattern:
    words = trie_regex(sorted(set(vocab().portfolio) | {w.lower() for w in vocab().portfolio}))
    w = rf"(?:{words})(?![\w'’-])"
    # ("Culture, Youth, and Sports": a comma before "and" too)
    # ("Asia and the Pacific": "the" after "and")
    # ("Relations with Parliament": a portfolio of the government's dealings with the chamber)
    sep = rf"(?:[ \u00a0]*,[ \u00a0]*(?:and{_SP})?|{_SP}and{_SP}(?:the{_SP})?|{_SP}&{_SP}|{_SP}with{_SP}(?=Parliament)|{_SP})"
    joint = rf"(?:[ \u00a0]*,[ \u00a0]*(?:and{_SP})?|{_SP}and{_SP}(?:the{_SP})?|{_SP}&{_SP})"
    # "Agriculture and Livestock Development": a word outside the list may
    # follow "and" or a comma when a listed word closes the portfolio
    return re.compile(rf"{_SP}(?:the{_SP})?({w}(?:{sep}{w}|{joint}(?:{_CAPW}{_SP}){{1,2}}?{w})*)")


@lru_cache(maxsize=1)
def _portfolio_more_re() -> re.Pattern:
    """More portfolios after an office that ends in one, up to the comma before the name:
    "Minister of Foreign Affairs" + ", African Cooperation and Moroccan Expatriates" + ", Nasser Bourita"."""
    words = trie_regex(sorted(vocab().portfolio))
    w = rf"(?:{words})(?![\w'’-])"
    joint = rf"(?:[ \u00a0]*,[ \u00a0]*(?:and{_SP})?|{_SP}and{_SP}|{_SP}&{_SP})"
    return re.compile(rf"(?:{joint}(?:{_CAPW}{_SP}){{0,2}}?{w}(?:{_SP}{w})*+)+(?=[ \u00a0]*,|{_SP}{_UP}|{_SP}of{_SP})")


@lru_cache(maxsize=2)
def _portfolio_run_re(title: str) -> re.Pattern:
    """Portfolio words right before an office's title word: "Trade Minister" (``[Mm]inister``),
    "Trade Secretary" (``Secretary``)."""
    words = trie_regex(sorted(set(vocab().portfolio) | {w.lower() for w in vocab().portfolio}))
    w = rf"(?:{words})(?:['’]s)?(?![\w'’-])"      # "Foreign Affairs and Women’s Minister"
    return re.compile(rf"((?<![\w'’-]){w}(?:(?:{_SP}(?:and|&){_SP}|{_SP}){w})*){_SP}{title}\Z")


def _portfolio_first_re() -> re.Pattern:
    """Portfolio words right before "Minister": "Trade Minister", "Foreign Affairs Minister"."""
    return _portfolio_run_re("[Mm]inister")


@lru_cache(maxsize=1)
def _deputy_run_re() -> re.Pattern:
    """Portfolio words right before "Deputy Minister" or "Vice Minister": "Defence Vice Minister"."""
    return _portfolio_run_re(r"(?:Deputy|Vice)[ \u00a0-][Mm]inister")


_WORD = re.compile(r"[\w'’-]+")
# an office on its own line with nothing after it but a line break is a heading
_ON_ITS_LINE = re.compile(r"[ \u00a0]*(?:\n|$)")
_ABBR_AFTER = re.compile(r"[ \u00a0]*\([A-Z]{2,6}\)")     # an office's abbreviation: "Director General (DG) of X"
_AFTER_APPOS = re.compile(rf"(?:{_ABBR_AFTER.pattern})?"
                          r"(?:[ \u00a0]*(?:[,.;:)\n]|$)|[ \u00a0]+(?:of|to|in|at|for|from|and|on)\b)")
# an apposition whose closing comma the copy left out: "X, Nigeria's Vice-President has arrived ..."
# (an office in capitals, not after "the": "X, the minister said that ..." opens a new clause)
_AFTER_APPOS_VERB = re.compile(r"[ \u00a0]+(?:has|had|is|was|will|said|says|told|arrived|met|visited|received)\b")
_OF_PHRASE = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?(?:{_CAPW}{_SP}(?:of{_SP}(?:the{_SP})?)?){{0,3}}")
_BEFORE_WORD = re.compile(r"(?:^|[^\w'’.-])([\w'’.-]+)[ \u00a0]+$")


_PORTFOLIO_WORD = re.compile(r"[\w'’-]+|&|,")


@lru_cache(maxsize=1024)
def _minister_of(base: str, portfolio: str) -> str:
    v = vocab()
    words = _PORTFOLIO_WORD.findall(portfolio)
    out = []
    for w in words:
        if w == "&":
            w = "and"
        if w in (",", "and", "the", "with"):
            out.append(w)
            continue
        out.append(v.portfolio.get(w) or v.portfolio.get(w.capitalize()) or (w if w[0].isupper() else w.capitalize()))
    port = " ".join(out).replace(" ,", ",")
    if base == "Deputy Minister" and _REGIONS_ONLY.fullmatch(port):
        # "Deputy Minister for Europe and Latin America": a vice-minister of a foreign ministry's regions
        return "Deputy Foreign Minister"
    if _FOREIGN_PORTFOLIO.match(port):
        # "Minister of Foreign Affairs, African Cooperation and ...", "Minister for Europe and
        # Foreign Affairs", "Minister of Foreign and European Affairs and Trade": the foreign minister
        return "Foreign Minister" if base == "Minister" else "Deputy Foreign Minister"
    return f"{base} of {port}"


# a portfolio of world regions only: a foreign ministry's ("Europe and Latin America", "Africa")
_REGION = r"(?:Africa|Asia|Europe|Americas?|Latin America|North America|Caribbean|Pacific|Middle East|North Africa" \
          r"|South Asia|East Asia|Southeast Asia|West Africa|Eurasia)"
_REGIONS_ONLY = re.compile(rf"{_REGION}(?:(?:, | and ){_REGION})*")
# the portfolio of a foreign ministry, as states name it, alone or first of several
_FOREIGN_PORTFOLIO = re.compile(
    r"(?:Foreign(?: Affairs)?|(?:Europe|European) and Foreign Affairs|Foreign and European Affairs"
    r"|European and International Affairs|International Relations and Cooperation"
    # ... or later in the list: "Minister of African Integration and Foreign Affairs"
    r"|(?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?:, | and ))+Foreign Affairs)(?:$|,| and )")


# -- the shared scan ---------------------------------------------------------

# Characters that separate words; the scan sees each as a space. One
# str.replace per character present is far cheaper than a regex or translate.
_SEPARATORS = (
    "\n\r\t\u00a0\u2009\u202f-\u2010\u2011\u2013\u2014([{/\\|\"'\u201c\u201d\u2018\u2019"
    "\u00ab\u00bb,;:.!?*#@+&\u2026\u2022)]}"
)


#: every word separator replaced by a space (the length is kept): the shared byte-table method
_separate = separator(_SEPARATORS)


def _title(surface: str) -> str:
    out = []
    for w in surface.split(" "):
        if w in _SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def _plurals(surface: str) -> tuple[str, ...]:
    """"foreign minister" -> ("foreign ministers",): the plural's written forms; none for
    offices that are never written in the plural before two names."""
    for head in ("minister", "president", "ambassador", "prime minister", "senator", "governor",
                 "parliamentarian", "lawmaker", "legislator"):
        if surface == head or surface.endswith(" " + head):
            return (surface + "s",)
        if surface.startswith((head + " of ", head + " extraordinary")):
            return (head + "s" + surface[len(head):],)
    if surface.endswith("secretary"):
        return (surface[:-1] + "ies",)     # "cabinet secretaries"
    if surface == "rep.":
        return ("reps", "reps.")            # "Reps A, B and C", "Reps. A, B": the U.S. representatives
    if surface in ("congressman", "congresswoman", "chairman", "co-chairman"):
        return (surface[:-3] + "men",)      # "Congressmen A, B and C", "Co-Chairmen A and B"
    if surface in ("chair", "co-chair", "chairperson", "head"):
        return (surface + "s",)             # "Co-Chairs A and B", "the heads of both chambers A and B"
    if surface == "chairwoman":
        return ("chairwomen",)
    if surface in ("mp", "mna"):
        return (surface.upper() + "s",)     # "MPs Hermine X, Artashes Y", "MNAs X, Y and Z"
    if surface.startswith("member of "):
        return ("members" + surface[6:],)   # "Members of Parliament Ms X and Mr Y"
    return ()


def _case_forms(surface: str) -> set[str]:
    """"chargé d'affaires" -> itself, "Chargé d'affaires", "Chargé d'Affaires", "CHARGÉ d'Affaires"."""
    forms = {surface, surface[:1].upper() + surface[1:], _title(surface)}
    if "-" in surface:
        # short words inside a hyphenated word stay small: "Yang di-Pertuan Agong", "Commander-in-Chief"
        forms.add(" ".join(w if w in _SMALL else "-".join(p if len(p) <= 2 else p[:1].upper() + p[1:]
                                                            for p in w.split("-"))
                           for w in surface.split(" ")))
    if " " in surface:
        # a first word in small letters before a title in capitals: "deputy Prime Minister X",
        # "members of Parliament X and Y", "UK high Commissioner to Kenya, X"
        first, rest = surface.split(" ", 1)
        forms.add(first + " " + _title(rest))
    if "- " in surface:
        # a hyphen's line break left as a space: "High Commissioner- designate"
        forms.add(_title(surface).replace("- D", "- d"))
    for f in list(forms):
        if "d'a" in f or "d’a" in f:
            forms.add(f.replace("d'a", "d'A").replace("d’a", "d’A"))
    if len(surface) <= 3 and surface.isalpha():
        # a short office is an abbreviation, written in capitals: "MP Jane Roe"
        forms.add(surface.upper())
    head, _, abbr = surface.rpartition(" ")
    if head and len(abbr) <= 3 and abbr.isalpha() and abbr not in _SMALL:
        # ... and after a rank: "Deputy FM X", "deputy FM X"
        forms |= {f"{head} {abbr.upper()}", f"{_title(head)} {abbr.upper()}"}
    first, _, rest = _title(surface).partition(" ")
    if rest:
        # a lede's first word in capitals: "PRIME Minister James Marape welcomed ..."
        forms.add(first.upper() + " " + rest)
    return forms


class Officeholder(NamedTuple):
    name: str
    iso3: str | None
    office: str | None
    start_year: int | None
    end_year: int | None


@lru_cache(maxsize=1)
def officeholders() -> dict[str, list[Officeholder]]:
    """Full name -> terms, from ``data/reference/officeholders.csv`` and, with no state,
    ``data/reference/international_officials.csv`` (read after: a later term of a state's
    former leader at an international body, "António Guterres", comes last).

    Columns: name, iso3, office, start_year, end_year, source (more are
    ignored, and so are lines starting with "#"); the officials' file has
    ``body`` (the international body) for ``iso3``.

    >>> isinstance(officeholders(), dict)
    True
    >>> [t.iso3 for t in officeholders()["Jens Stoltenberg"]][-1] is None
    True
    """
    out: dict[str, list[Officeholder]] = {}
    _read_holders(OFFICEHOLDERS_PATH, out)
    _read_holders(INTERNATIONAL_PATH, out, international=True)
    return out


def _read_holders(path: Path, out: dict[str, list[Officeholder]], international: bool = False) -> None:
    """Add the terms of one table of office holders to ``out`` (name -> terms, in the table's
    order); an ``international`` table names a ``body`` where the other names an ``iso3``, and
    its holders serve no state."""
    if not path.exists():
        raise OfficeDataError(f"{path} is missing; the installation of diplo-analysis is incomplete")
    state = "body" if international else "iso3"
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        reader = csv.DictReader(lines)
        missing = {"name", state, "office", "start_year", "end_year"} - set(reader.fieldnames or ())
        if missing:
            raise OfficeDataError(f"{path}: the header lacks the column(s) {', '.join(sorted(missing))}")
        for rec in reader:
            name = " ".join((rec["name"] or "").split())
            if not name:
                continue
            start, end = (rec["start_year"] or "").strip(), (rec["end_year"] or "").strip()
            try:
                iso3 = None if international else (rec["iso3"] or "").strip() or None
                term = Officeholder(name, iso3, (rec["office"] or "").strip() or None,
                                    int(start) if start else None, int(end) if end else None)
            except ValueError:
                raise OfficeDataError(
                    f"{path}, line {reader.line_num}: start_year and end_year must be years, "
                    f"found {start!r} and {end!r}") from None
            out.setdefault(name, []).append(term)


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s        # (ASCII has no accents to strip, and normalizing leaves it as it is)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """"Recep Tayyip Erdoğan" -> "recep tayyip erdogan": the form names are compared in
    (the English spellings of the Arabic given name Muhammad taken as one).

    >>> _fold("Mohammed bin Nayef") == _fold("Muhammad bin Nayef")
    True
    """
    words = _strip_accents(name).casefold().replace("-", " ").split()
    return " ".join(_MUHAMMAD.get(w, w) for w in words)


# English spellings of the Arabic given name Muhammad on news pages (transliterations of
# one name, not other names): compared as one
_MUHAMMAD = dict.fromkeys(("mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "muhamad",
                           "mohammod", "muhammod"), "muhammad")


@lru_cache(maxsize=1)
def _holder_index() -> tuple[dict, dict, dict]:
    """(folded full name -> name, folded surname -> names, folded first name -> names)
    of the office holders."""
    full: dict[str, str] = {}
    last: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    spanish = _locale_states("es")
    paternal = []
    for name, terms in officeholders().items():
        full.setdefault(_fold(name), name)
        firsts.setdefault(_fold(name.split()[0]), []).append(name)
        core = _core(name.split())
        names = last.setdefault(_fold(core[-1]), [])
        if name not in names:
            names.append(name)
        if len(core) >= 3 and core[-2][:1].isupper() and any(t.iso3 in spanish for t in terms) \
                and core[-2] not in _given_names():     # ("María Fernanda Espinosa": two given names)
            paternal.append((name, core))
    # a Spanish name's paternal surname comes before the maternal one, and copy often writes the
    # first alone: "President Rodrigo Chaves" is Rodrigo Chaves Robles (where no holder's full
    # name or last surname is the same: "Obama" stays Barack Obama's)
    primary = set(last)
    for name, core in paternal:
        full.setdefault(_fold(" ".join(core[:-1])), name)
        surname = _fold(core[-2])
        if surname not in primary:
            names = last.setdefault(surname, [])
            if name not in names:
                names.append(name)
    return full, last, firsts


def _term(name: str, year: int | None) -> Officeholder | None:
    """The office holder's term in ``year`` (their last term when no year fits)."""
    holders = officeholders()
    if not holders:
        return None
    # one answer a name and year, as long as the table is the same (a test may swap it)
    if _TERMS[0] is not holders:
        _TERMS[:] = [holders, {}]
    cache = _TERMS[1]
    key = (name, year)
    if key not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = _find_term(holders, name, year)
    return cache[key]


def _term_as(name: str, year: int | None, office: str | None) -> Officeholder | None:
    """:func:`_term`, but on a page without a year, the holder's last term in ``office``
    (the office the text gives) when one is: "Foreign Minister Norov" is Uzbekistan's, not the
    secretary-general of a body he was later.

    >>> _term_as("Vladimir Norov", None, "Foreign Minister").iso3
    'UZB'
    """
    term = _term(name, year)
    if term is None or year is not None or office is None or term.office == office:
        return term
    return next((t for t in reversed(officeholders().get(term.name, ())) if t.office == office), term)


_TERMS: list = [None, {}]      # [the officeholders table, (name, year) -> term]


def _find_term(holders: dict, name: str, year: int | None) -> Officeholder | None:
    terms = holders.get(name)
    if not terms:
        known = _holder_index()[0].get(_fold(name))
        if known is None and name.count(" ") == 1:
            # the surname first, as English copy writes Japanese and Hungarian names more and
            # more: "Prime Minister Kishida Fumio" is the table's "Fumio Kishida"
            given, _, surname = name.partition(" ")
            known = _holder_index()[0].get(_fold(surname + " " + given))
        if known is None and (" " in name or "." in name):
            known = _holder_by_full_name(name, year)
        terms = officeholders().get(known) if known else None
    if not terms:
        return None
    if year is not None:
        for t in terms:
            if (t.start_year is None or t.start_year <= year) and (t.end_year is None or year <= t.end_year):
                return t
        # no term that year: the last one a state gave, before one at an international body
        # ("Foreign Minister Norov" after his years at the SCO)
        return next((t for t in reversed(terms) if t.iso3 is not None), terms[-1])
    return terms[-1]


def _one_office(name: str) -> bool:
    """Whether the office holder ``name`` names (written any way the table knows)
    held one office only, in every term.

    >>> _one_office("Sergey Lavrov"), _one_office("Recep Tayyip Erdoğan")
    (True, False)
    """
    term = _term(name, None)
    if term is None:
        return False
    return len({t.office for t in officeholders()[term.name]}) == 1


def _open_office(name: str) -> str | None:
    """The office the holder ``name`` holds still (a term with no end year), when it
    is the last one they took up: what a page with no date most likely means by a
    name written without an office.

    >>> _open_office("Kassym-Jomart Tokayev"), _open_office("Dmitry Medvedev")
    ('President', None)
    """
    term = _term(name, None)
    if term is None:
        return None
    terms = officeholders()[term.name]
    open_ = [t for t in terms if t.end_year is None and t.office]
    if len(open_) != 1 or open_[0].start_year is None:
        return None
    if any((t.start_year or 0) > open_[0].start_year for t in terms):
        return None
    return open_[0].office


def _holder_state(name: str, role: str | None, year: int | None) -> str | None:
    """The state of the office holder written ``name`` in full, when the table is sure of
    them: in office in ``year``, or holding the office ``role`` the text gives them.

    >>> _holder_state("Xi Jinping", "Prime Minister", 2020), _holder_state("Xi Jinping", "Ambassador", None)
    ('CHN', None)
    """
    holder = _holder_index()[0].get(_fold(name))
    exact = holder is not None
    if holder is None:
        # "President John Dramani Mahama" for "John Mahama": another written form of a
        # holder's name counts when the office and the year both agree
        # (only for a surname the table holds: the other spellings' search is slow)
        holder = _holder_by_full_name(name, year) if " " in name and (year is not None or role is not None) \
            and _may_be_holder(name) else None
        if holder is None:
            return None
    term = _term(holder, year)
    if term is None or term.iso3 is None:
        return None
    in_office = year is not None and (term.start_year or year) <= year <= (term.end_year or year)
    if not exact:
        # (on a page without a year, the office alone must agree: "President George Manneh Weah")
        return term.iso3 if (in_office or year is None) and role == term.office else None
    if in_office:
        return term.iso3
    return term.iso3 if role is not None and role == term.office else None


def _may_be_holder(name: str) -> bool:
    """Whether a name written in full may be another written form of a holder's: its surname,
    or the one before it ("Luis Arce Catacora"), is a holder's, or spelt by another
    transliteration ("Zhaparov"). A quick test: the search of other forms is slow."""
    words = name.split()
    index = _holder_index()[1]
    last = _fold(words[-1])
    return last in index or (len(words) >= 3 and _fold(words[-2]) in index) \
        or _translit(last) in _holders_by_translit()


def _regnal_state(first: str, role: str | None, year: int | None) -> str | None:
    """The state of the one monarch the table knows by the first name ``first`` in the
    royal office ``role``: in office in ``year``, or, with no year, in office still
    ("King Felipe" on a page with no date: Spain's).

    >>> _regnal_state("Felipe", "King", None), _regnal_state("Felipe", "President", None)
    ('ESP', None)
    """
    if role not in _REGNAL:
        return None
    name = _holder_by_regnal_name(first, role, year)
    if name is None and year is None:
        hits = [n for n in _holder_index()[2].get(_fold(first), ())
                if any(t.office == role and t.end_year is None for t in officeholders()[n])]
        name = hits[0] if len(hits) == 1 else None
    if name is None:
        return None
    return next((t.iso3 for t in officeholders()[name] if t.office == role), None)


def _surnames_by_prefix() -> dict[str, list[str]]:
    """The office holders by the first three letters of their folded surname, and by
    the same with any one of them left open ("k*m": "Komilov" is found from "Kamilov"),
    built again when the table is swapped, as a test may."""
    return _derived_index(_PREFIXES, _prefix_keys)


def _derived_index(cache: list, keys_of) -> dict[str, list[str]]:
    """The office holders by the keys ``keys_of`` gives their folded surname, kept in
    ``cache`` ([the surname index it was built from, key -> names]) and built again when
    the table is swapped, as a test may."""
    def build(index: dict) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for folded, names in index.items():
            for key in keys_of(folded):
                bucket = out.setdefault(key, [])
                bucket.extend(n for n in names if n not in bucket)
        return out

    return _with_index(cache, build)


def _with_index(cache: list, build):
    """``build(index)`` of the office holders' surname index, kept in ``cache`` ([the index it
    was built from, the result]) and built again when the table is swapped, as a test may."""
    index = _holder_index()[1]
    if cache[0] is not index:
        cache[:] = [index, build(index)]
    return cache[1]


def _prefix_keys(folded: str) -> tuple[str, ...]:
    """"kamilov" -> ("kam", "*am", "k*m", "ka*"): the keys a surname one letter apart
    in its first three may share."""
    p = folded[:3]
    return (p, "*" + p[1:], p[:1] + "*" + p[2:], p[:2] + "*")


def _near_surnames(last: str) -> list[str]:
    """The holders whose folded surname's first three letters are ``last``'s, or differ
    from them in one letter, and whose folded surname (:func:`_holder_folds`) may be one
    letter apart from ``last``: the two share a form less one letter (or none), as two
    words one letter apart do (the test of :func:`_within` still to make); each once."""
    folds, by_prefix = _holder_folds(), _surnames_by_prefix_size()
    keys = _prefix_keys(last)
    by_deletion = _surnames_by_deletion()
    found = dict.fromkeys(n for form in _deletions(last) for n in by_deletion.get(form, ()))
    return [n for n in found if any(n in by_prefix.get((key, len(folds[n][0])), ()) for key in keys)]


def _deletions(word: str) -> set[str]:
    """``word`` and its forms less one letter: "abc" -> {"abc", "bc", "ac", "ab"}."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _surnames_by_deletion() -> dict[str, list[str]]:
    """The office holders by each of :func:`_deletions` of their folded surname (built again
    when the table is swapped)."""
    def build(index: dict) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for n, (surname, _) in _holder_folds().items():
            for form in _deletions(surname):
                out.setdefault(form, []).append(n)
        return out

    return _with_index(_DELETIONS, build)


_DELETIONS: list = [None, {}]   # [the surname index, a folded surname less one letter (or none) -> names]


_PREFIXES: list = [None, {}]    # [the surname index, prefix -> names]


def _surnames_by_prefix_size() -> dict[tuple[str, int], list[str]]:
    """:func:`_surnames_by_prefix`, each prefix's names parted by the length of their folded
    surname: (prefix, length) -> names (built again when the table is swapped)."""
    def build(index: dict) -> dict[tuple[str, int], list[str]]:
        folds = _holder_folds()
        out: dict[tuple[str, int], list[str]] = {}
        for key, names in _surnames_by_prefix().items():
            for n in names:
                out.setdefault((key, len(folds[n][0])), []).append(n)
        return out

    return _with_index(_PREFIX_SIZES, build)


_PREFIX_SIZES: list = [None, {}]    # [the surname index, (prefix, length) -> names]


def _holder_folds() -> dict[str, tuple[str, str]]:
    """Each office holder's name -> (its folded surname, "Jr." left out; its folded first
    word), built again when the table is swapped, as a test may: the search of a surname
    in another transliteration compares them for dozens of holders each time."""
    def build(index: dict) -> dict[str, tuple[str, str]]:
        folds = {}
        for names in index.values():
            for n in names:
                if n not in folds:
                    words = n.split()
                    folds[n] = (_fold(_core(words)[-1]), _fold(words[0]))
        return folds

    return _with_index(_FOLDS, build)


_FOLDS: list = [None, {}]       # [the surname index, name -> (folded surname, folded first word)]

# letters that transliterations of Russian, Turkic and Persian names write differently
_TRANSLIT = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yu", "u"), ("ya", "a"), ("iy", "i"), ("ey", "e"), ("y", "i"))


def _translit(folded: str) -> str:
    """A folded name with the letters transliterations disagree on written alike.

    >>> _translit("zhaparov"), _translit("japarov"), _translit("jeyhun"), _translit("jahun")
    ('japarov', 'japarov', 'jehun', 'jahun')
    """
    for a, b in _TRANSLIT:
        if a in folded:
            folded = folded.replace(a, b)
    return folded


_TRANSLITS: list = [None, {}]   # [the surname index, transliteration key -> names]


def _holders_by_translit() -> dict[str, list[str]]:
    """The office holders by the transliteration key of their folded surname (built again
    when the table is swapped, as a test may)."""
    return _derived_index(_TRANSLITS, lambda folded: (_translit(folded),))


def _holder_by_full_name(name: str, year: int | None) -> str | None:
    """The office holder a full name written otherwise names: with a middle initial
    ("Antony J. Blinken"), a given name spelt otherwise ("Anthony Blinken"), given
    names shortened to initials ("S. Jaishankar", "Kh.Battulga") or one of them
    left out ("Javad Zarif"): the one holder of that surname whose given names
    take the written ones in order.

    >>> _holder_by_full_name("Antony J. Blinken", 2022), _holder_by_full_name("Anthony Blinken", 2022)
    ('Antony Blinken', 'Antony Blinken')
    >>> _holder_by_full_name("S. Jaishankar", 2022), _holder_by_full_name("Javad Zarif", 2019)
    ('Subrahmanyam Jaishankar', 'Mohammad Javad Zarif')
    >>> _holder_by_full_name("AK Abdul Momen", 2021)
    'Abul Kalam Abdul Momen'
    """
    # one answer a name and year, as long as the tables are the same (a test may swap them):
    # the same names come back on page after page, and the search of other spellings is slow
    holders, index = officeholders(), _holder_index()[1]
    if _FULL_NAMES[0] is not holders or _FULL_NAMES[1] is not index:
        _FULL_NAMES[:] = [holders, index, {}]
    cache = _FULL_NAMES[2]
    key = (name, year)
    if key not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = _find_holder_by_full_name(name, year)
    return cache[key]


_FULL_NAMES: list = [None, None, {}]    # [the officeholders table, the surname index, (name, year) -> holder]


def _find_holder_by_full_name(name: str, year: int | None) -> str | None:
    """:func:`_holder_by_full_name`, not kept."""
    # a nickname in quotes is a given name; "Jr." is no surname
    words = _core(_INITIAL_JOINED.sub(". ", name).translate(_QUOTES).split())
    if len(words) < 2:
        return None
    if "." in words[0] and len(words[0]) > 3:
        # "K.K. Tokayev": two initials written together
        words = [x for w in words for x in (_INITIAL.findall(w) if _INITIALS_RUN.fullmatch(w) else (w,))]
    elif len(words) >= 3 and _CAPS_INITIALS.fullmatch(words[0]):
        # "AK Abdul Momen": two or three initials written together without full stops
        words = [c + "." for c in words[0]] + words[1:]
    hit = _holder_index()[0].get(_fold(" ".join(w for w in words if not _is_initial(w))))
    if hit is not None:
        return hit
    cand = _holder_by_surname(words[-1], year)
    if cand is None and len(words) >= 3 and words[-2].casefold() in _PATRONYMIC:
        # an Arabic name without its house's name: "Faisal bin Farhan" for "Faisal bin
        # Farhan Al Saud", when one holder's name goes on so
        return _holder_by_lineage(_fold(" ".join(words)))
    if cand is None and len(words) >= 3 and not _is_initial(words[-2]) and words[-2].casefold() not in _PATRONYMIC:
        # a second surname after the holder's name, as Spanish and Portuguese names go on:
        # "Luis Arce Catacora" for "Luis Arce" (the same first given name)
        alt = _holder_by_full_name(" ".join(words[:-1]), year)
        if alt is not None and _fold(alt.split()[0]) == _fold(words[0]):
            return alt
    if cand is None:
        # another transliteration of a long name: "Meshal Al-Ahmad Al-Jaber Al-Sabah"
        # for "Mishal Al-Ahmad Al-Jaber Al-Sabah", one holder of that surname alone
        folded = _fold(name)
        if len(folded) < 12:
            return None
        near = [n for n in _holder_index()[1].get(_fold(words[-1]), ()) if _within(_fold(n), folded, 2)]
        if not near and not _is_initial(words[0]):
            # the surname in another transliteration ("Nikola Pashinian" for "Nikol
            # Pashinyan"): one letter apart, and the first given names alike
            last, first = _fold(words[-1]), _fold(words[0])
            folds = _holder_folds()
            # (only the one holder found counts: the order of the names is free)
            near = [n for n in _near_surnames(last)
                    if _within((f := folds[n])[0], last, 1) and (f[1][:3] == first[:3] or _within(f[1], first, 1))]
            if not near:
                # ... or spelt by another transliteration's letters ("Sadyr Zhaparov" for "Sadyr
                # Japarov", "Jahun Bayramov" for "Jeyhun Bayramov"): the same once "zh", "kh",
                # "y" ... are written alike
                t_first = _translit(first)
                near = [n for n in _holders_by_translit().get(_translit(last), ())
                        if _within(_translit(_fold(n.split()[0])), t_first, 1)]
        if len(near) != 1 or _second_given_differs([w for w in words[:-1] if not _is_initial(w)],
                                                   _fold(" ".join(_core(near[0].split())[:-1])).split()):
            return None
        return near[0]
    given = _fold(" ".join(_core(cand.split())[:-1])).split()
    first = [w for w in words[:-1] if not _is_initial(w)]
    if len(first) > 1 and first[1].casefold() in _PATRONYMIC and given and _fold(first[0]) != given[0]:
        return None                 # "Hamdan bin Mohammed bin Rashid" is the son of "Mohammed bin Rashid"
    if _second_given_differs(first, given):
        return None                 # "María Fernanda Araujo" is not "María Consuelo Araújo"
    if first and given and (_fold(first[0])[:2] == given[0][:2]
                            or _within(_translit(_fold(first[0])), _translit(given[0]), 1)):
        return cand                 # the first given name: "Anthony", "John Dramani", "Jahun" for "Jeyhun"
    if given and _in_order(given, [_fold(w) for w in first]):
        return cand                 # all the holder's given names, and more: "Ferdinand Bongbong Marcos"
    # else each given name written is one of the holder's, in order, or its initial
    i = matched = 0
    for w in words[:-1]:
        initial = _is_initial(w)
        f = _fold(w.rstrip("."))
        j = i
        while j < len(given) and not (given[j].startswith(f) if initial else given[j] == f):
            j += 1
        if j == len(given):
            if initial:
                continue            # a middle initial the table does not give
            return None
        i, matched = j + 1, matched + 1
    return cand if matched else None


def _second_given_differs(written: list[str], given: list[str]) -> bool:
    """Whether a name's second given name, written in full, is none of a holder's
    (``given``, folded): "María Fernanda" is not "María Consuelo".

    >>> _second_given_differs(["María", "Fernanda"], ["maria", "consuelo"])
    True
    >>> _second_given_differs(["John", "Dramani"], ["john"]), _second_given_differs(["Mohammad", "Javad"], ["mohammad", "javad"])
    (False, False)
    """
    if len(written) < 2 or len(given) < 2:
        return False
    second = _fold(written[1])
    # (a spelling that keeps the first letters may be the same name: "Prakash" for "Prasad")
    return not all(w in given for w in second.split()) and second[:3] != given[1][:3] \
        and not _within(second, given[1], 1)


def _holder_by_lineage(folded: str) -> str | None:
    """The one office holder whose name is ``folded`` (a given name, "bin" and the
    father's name) and then more: a house's name.

    >>> _holder_by_lineage("faisal bin farhan")
    'Faisal bin Farhan Al Saud'
    """
    index = _holder_index()[0]
    if _LINEAGES[0] is not index:
        out: dict[str, list[str]] = {}
        for full, name in index.items():
            toks = full.split()
            for i in range(1, len(toks) - 2):
                if toks[i] in _PATRONYMIC:
                    names = out.setdefault(" ".join(toks[:i + 2]), [])
                    if name not in names:
                        names.append(name)
        _LINEAGES[:] = [index, out]
    names = _LINEAGES[1].get(folded, ())
    return names[0] if len(names) == 1 else None


_LINEAGES: list = [None, {}]    # [the full-name index, "X bin Y" -> the names that go on]


_QUOTES = str.maketrans("", "", "“”\"")
# "Kh.Battulga": an initial written against the surname
_INITIAL_JOINED = re.compile(rf"(?<=\b[A-Z][a-z])\.(?={_UP})|(?<=\b[A-Z])\.(?={_UP}[^\W\d_])")


def _is_initial(word: str) -> bool:
    """"S.", "S", "Kh.", "Md.", "K.K.": a given name (or two) written short."""
    w = word.rstrip(".")
    if len(w) <= 2:
        return (word.endswith(".") or len(w) == 1) and w[:1].isupper()
    return _INITIALS_RUN.fullmatch(word) is not None


_CAPS_INITIALS = re.compile(r"[A-Z]{2,3}")
_INITIALS_RUN = re.compile(r"(?:[A-Z][a-z]?\.){2,3}")
_INITIAL = re.compile(r"[A-Z][a-z]?\.")


# offices whose holders the text names by their first name: "King Salman", "Emir Tamim"
_REGNAL = frozenset({"King", "Queen", "Emir", "Sultan", "Crown Prince"})
# the titles before a reigning or religious name ("Pope Francis", "Patriarch Kirill")
_REGNAL_TITLES = ("Pope ", "Emperor ", "Empress ", "Patriarch ", "Catholicos ", "King ", "Queen ", "Emir ", "Sultan ")


def _holder_by_regnal_name(first: str, office: str, year: int | None) -> str | None:
    """The one holder of a royal ``office`` whose first name is ``first``, in office
    in ``year`` ("King Salman" -> "Salman bin Abdulaziz Al Saud").

    >>> _holder_by_regnal_name("Salman", "King", 2020)
    'Salman bin Abdulaziz Al Saud'
    """
    if year is None:
        return None
    hits = [n for n in _holder_index()[2].get(_fold(first), ())
            if any(t.office == office and (t.start_year or year) <= year <= (t.end_year or year)
                   for t in officeholders()[n])]
    return hits[0] if len(hits) == 1 else None


def _initials_fit(given: list[str], holder: str) -> bool:
    """Whether the initials written before a surname ("G.", "Kh.") open the holder's given names.

    >>> _initials_fit(["G."], "Luvsanvandangiin Bold"), _initials_fit(["L."], "Luvsanvandangiin Bold")
    (False, True)
    """
    names = [_fold(w) for w in _core(holder.split())[:-1]]
    for w in given:
        if _is_initial(w) and not any(n.startswith(_fold(w.rstrip("."))) for n in names):
            return False
    return True


def _holder_by_surname(surname: str, year: int | None, office: str | None = None) -> str | None:
    """The one office holder of that surname (in office in ``year`` when there are several;
    holding ``office``, the one the text gives, when several were in office then).

    >>> _holder_by_surname("Harris", 2021, "Vice President")
    'Kamala Harris'
    """
    names = _holder_index()[1].get(_fold(surname), [])
    if len(names) == 1:
        return names[0]
    if year is not None:
        hits = [n for n in names if (t := _term(n, year)) is not None and t.start_year is not None
                and t.start_year <= year <= (t.end_year or year)]
        if len(hits) > 1 and office is not None:
            hits = [n for n in hits if _term(n, year).office == office]
        if len(hits) == 1:
            return hits[0]
    return None


# The scan runs on ahocorasick-rs, leftmost-longest: at each place the longest
# key that starts there wins, and the scan goes on after it.

class _Automata(NamedTuple):
    """The keys of the scan in one automaton pair, and what a match of each means."""
    text: object       # ahocorasick_rs.AhoCorasick over the keys
    ascii: object      # ahocorasick_rs.BytesAhoCorasick over the same keys, for ASCII text
    kinds: list        # key number -> kind ("office", "org", ...)
    payloads: list     # key number -> payload
    right: list        # key number -> whether the key ends in a letter or digit


@lru_cache(maxsize=1)
def _automaton() -> _Automata:
    import ahocorasick_rs

    from . import organizations

    v = vocab()
    entries: dict[str, tuple] = {}

    def add(key: str, value: tuple) -> None:
        # every key starts with a space, so the root has one child and the
        # automaton checks the left word boundary itself
        k = " " + _separate(key)
        if k not in entries:
            entries[k] = (value[0], value[1], key[-1].isalnum())

    # an office's payload: (canonical, plural, the one state whose title it is)
    states = _office_states()
    for surface, canonical in v.offices.items():
        for f in _case_forms(surface):
            add(f, ("office", (canonical, False, states.get(surface))))
    for surface, canonical in v.offices.items():
        for form in _plurals(surface):
            for f in _case_forms(form):
                add(f, ("office", (canonical, True, None)))
    for surface, canonical in v.plurals.items():
        for f in _case_forms(surface):
            add(f, ("office", (canonical, True, None)))
    for surface in v.descriptors:
        for f in _case_forms(surface):
            add(f, ("office", (None, False, states.get(surface))))
    for f in ("counterpart", "Counterpart", "colleague", "Colleague"):
        add(f, ("counterpart", (None, False, None)))
    for f in ("counterparts", "Counterparts", "colleagues", "Colleagues"):
        add(f, ("counterpart", (None, True, None)))
    for surface, base in _MINISTER_OF.items():
        for f in _case_forms(surface):
            add(f, ("office_of", (base, surface.split()[-2].endswith("s"), None)))
    for h in v.honorifics:
        add(h, ("hon", None))
    for surface, (canonical, iso3) in organizations.org_surfaces().items():
        add(surface, ("org", (canonical, iso3)))
    for head in ORG_HEADS:
        add(head, ("orghead", head))
    for name in officeholders():
        add(name, ("known", name))
        add(_strip_accents(name), ("known", name))
    for name in _historical_figures():
        add(name, ("known", name))
        add(_strip_accents(name), ("known", name))
    keys = list(entries)
    longest = ahocorasick_rs.MatchKind.LeftmostLongest
    # the contiguous NFA is as fast as the DFA alone and much smaller: beside
    # the other extractors' tables, the DFA's do not stay in the cache
    compact = ahocorasick_rs.Implementation.ContiguousNFA
    return _Automata(ahocorasick_rs.AhoCorasick(keys, matchkind=longest, implementation=compact),
                     ahocorasick_rs.BytesAhoCorasick([k.encode() for k in keys], matchkind=longest,
                                                     implementation=compact),
                     *(list(column) for column in zip(*(entries[k] for k in keys))))


def _hits(spaced: str) -> list[tuple]:
    """(start, end, kind, payload) of the keys in ``spaced`` that end a word;
    the offsets are those of ``spaced`` without its first character (the text's).

    >>> _hits(" the UN Secretary General ")
    [(4, 6, 'org', ('United Nations', None)), (7, 24, 'office', ('Secretary-General', False, None))]
    >>> _hits(" the Grand National Assembly in Ankara ")
    [(10, 27, 'orghead', 'National Assembly')]
    """
    auto = _automaton()
    found = find_all(auto[:2], spaced)
    # a key that ends in a letter or digit must end the word too;
    # spaced[i] is text[i - 1], so the key is text[start:end - 1]; a key that ends in a
    # space ("mr " of "Mr.") may take the closing one, past the text: it ends with the text
    kinds, payloads, right = auto.kinds, auto.payloads, auto.right
    last = len(spaced) - 2
    out = []
    hidden = []     # where a key of several words that does not end its word starts its second word
    for key, start, end in found:
        if not right[key] or spaced[end] == " ":
            out.append((start, min(end - 1, last), kinds[key], payloads[key]))
        elif (cut := spaced.find(" ", start + 1, end)) > 0:
            hidden.append((cut, end))
    for cut, end in hidden:
        # "US Congress" of "US Congressman" hid the keys that start inside it: read that stretch
        # again from its second word, and add what no hit covers
        window = spaced[cut:end + _HIDDEN_REACH]
        for key, start, stop in find_all(auto[:2], window):
            a, b = cut + start, cut + stop
            if a < end and (not right[key] or spaced[b] == " ") \
                    and not any(h[0] < min(b - 1, last) and a < h[1] for h in out):
                out.append((a, min(b - 1, last), kinds[key], payloads[key]))
    if hidden:
        out.sort()
    return out


_HIDDEN_REACH = 120     # the longest key read again past the end of the one that hid it


class Scan(NamedTuple):
    """What one pass of the shared automaton found in a document."""
    hits: list            # (start, end, kind, payload), sorted, non-overlapping
    person_hits: list     # those of them that are not organizations nor their head words
    org_hits: list        # those that are
    country_start: dict   # start -> country row
    country_end: dict     # end -> country row
    country_starts: list  # sorted starts of the country mentions
    country_ends: list    # their ends, in the same order
    org_end: dict         # end -> (canonical, iso3) of an organization from the data file
    org_starts: list      # sorted starts of those organizations
    org_isos: list        # their ISO3 (or None), in the same order
    org_spans: list       # (start, end) of the organizations and their head words ("Embassy")

    def country_at(self, start: int, end: int) -> dict | None:
        """The first country mention overlapping text[start:end], if any."""
        i = bisect_right(self.country_starts, start) - 1
        if i >= 0 and self.country_ends[i] > start:
            return self.country_start[self.country_starts[i]]
        i += 1
        if i < len(self.country_starts) and self.country_starts[i] < end:
            return self.country_start[self.country_starts[i]]
        return None


_tuple_new = tuple.__new__      # Scan(...) without the Python-level __new__


# what makes a title that is also a given name (_GIVEN_NAME_TITLES) a title: "the Amir", "HH Amir",
# "Kuwait's Amir"
_TITLE_BEFORE = re.compile(r"(?:\b(?:the|The|HH|Highness)|['’]s)[ \u00a0]+$")


def scan(doc: Doc) -> Scan:
    """Office words, honorifics, organizations and known names of ``doc``,
    found once and kept on the document for the other extractors.

    >>> s = scan(Doc("UN Secretary-General António Guterres", [0], [37]))
    >>> [(h[2], h[3]) for h in s.hits]
    [('org', ('United Nations', None)), ('office', ('Secretary-General', False, None)), ('known', 'António Guterres')]
    """
    cached = doc.kept("_people_scan", doc.countries)
    if cached is not None:
        return cached
    text = doc.text
    spaced = " " + _separate(text) + " "
    hits = _hits(spaced)
    if any(t in text for t in _GIVEN_NAME_TITLES):
        # "Amir Hatami": a given name; the title only as "the Amir", "HH Amir", "Amir of"
        hits = [h for h in hits if not (h[2] == "office" and text[h[0]:h[1]] in _GIVEN_NAME_TITLES
                                        and not _TITLE_BEFORE.search(text, max(0, h[0] - 16), h[0])
                                        and not text.startswith(" of ", h[1]))]
    person_hits = []
    org_hits = []
    org_end = {}
    org_starts = []
    org_isos = []
    org_spans = []
    for hit in hits:
        kind = hit[2]
        if kind == "org":
            org_hits.append(hit)
            org_end[hit[1]] = hit[3]
            org_starts.append(hit[0])
            org_isos.append(hit[3][1])
            org_spans.append(hit[:2])
        elif kind == "orghead":
            org_hits.append(hit)
            org_spans.append(hit[:2])
        else:
            person_hits.append(hit)
    rows = doc.countries
    cstart, cend = {}, {}
    for row in rows:
        cstart[row["start"]] = row
        cend[row["end"]] = row
    starts = sorted(cstart)
    result = _tuple_new(Scan, (hits, person_hits, org_hits, cstart, cend, starts,
                               [cstart[p]["end"] for p in starts], org_end, org_starts, org_isos, org_spans))
    doc.keep("_people_scan", result, rows)
    return result


# -- people ------------------------------------------------------------------

def _country_before(text: str, s: Scan, pos: int) -> tuple[bool, str | None]:
    """(found, iso3) of a country or organization written just before an
    office at ``pos``: "Azerbaijani " / "Türkiye's " / "UN " (found, None for
    an international body) / "Russian Foreign Ministry " / "... of the
    Republic of the Congo, "."""
    stop = None
    cend, oend = s.country_end, s.org_end
    for _ in range(4):
        if pos < 2 or text[pos - 1] not in " \u00a0":
            return False, None
        end = pos - 1
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2
        row = cend.get(end)
        if row is not None:
            return True, row["key"]
        org = oend.get(end)
        if org is not None:
            return True, org[1]
        if text[pos - 2] == ",":
            # "the head of the delegation of the Republic of the Congo, Deputy Minister ..."
            row = s.country_end.get(pos - 2)
            if row is not None and _OF_BEFORE.search(text, max(0, row["start"] - 12), row["start"]):
                return True, row["key"]
            return False, None
        # skip a word of an organization's name: "Russian Foreign Ministry " + "spokesperson"
        k = text.rfind(" ", max(0, pos - 30), pos - 1)
        word = text[k + 1:pos - 1]
        if stop is None:
            stop = vocab().stop
        if word not in stop and word != "and" and word not in _ADJ_WORDS \
                and not (word[:1] == "(" and word[-1:] == ")" and word[1:-1].isupper()):
            # (an abbreviation in parentheses is skipped: "Papua New Guinea (PNG) High Commissioner")
            return False, None
        pos = k + 1
    return False, None


_OF_BEFORE = re.compile(r"\bof[ \u00a0]+(?:the[ \u00a0]+)?$")


def _states_before(text: str, s: Scan, pos: int) -> list[str]:
    """The states of a list of adjectives just before ``pos``: "Iranian and Tajik " -> [IRN, TJK],
    "Iranian, Tajik and Uzbek " -> [IRN, TJK, UZB]."""
    out = []
    end = pos - 1
    if end <= 0 or text[end] != " ":
        return out
    while True:
        row = s.country_end.get(end)
        if row is None:
            break
        out.append(row["key"])
        m = _LIST_BEFORE.search(text, max(0, row["start"] - 8), row["start"])
        if m is None:
            break
        end = m.start()
    return out[::-1]


_LIST_BEFORE = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)\Z")


_SENT_TO_BODY = (" to the ", " at the ", " to ", " at ")


def _country_in(text: str, s: Scan, lo: int, hi: int) -> tuple[bool, str | None]:
    """The sending state named in an office's complement text[lo:hi]
    ("of Kyrgyzstan to Azerbaijan" -> KGZ; "to Azerbaijan" alone -> nothing)."""
    starts = s.country_starts
    dest_end = -1       # end of the last state led by "to": "to Egypt" + " and South Sudan"
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        pos = starts[i]
        if _led_by_to(text, lo, pos) or (dest_end >= 0 and _LIST_JOINT.fullmatch(text, dest_end, pos)) \
                or text.endswith((" with the ", " to the "), lo, pos):
            dest_end = s.country_start[pos]["end"]
            continue
        if _in_org(s, pos):
            continue                # "of the Organization of American States": the body's, below
        return True, s.country_start[pos]["key"]
    # the first organization of the data file there (the hits are sorted), not one the envoy
    # is sent to ("Saudi Ambassador to the European Union X": the body is where, not whose)
    ostarts = s.org_starts
    if ostarts:
        i = bisect_left(ostarts, lo)
        while i < len(ostarts) and ostarts[i] < hi and text.endswith(_SENT_TO_BODY, lo, ostarts[i]):
            i += 1
        if i < len(ostarts) and ostarts[i] < hi:
            return True, s.org_isos[i]
    # a state the country extractor left out here ("of Georgia Irakli ...")
    for m in _OF_NAME.finditer(text, max(lo, dest_end), hi):
        # (not inside the state the envoy is sent to: "to the Commonwealth of Australia")
        iso = _lookup(m.group(1))
        if iso is not None:
            return True, iso
    return False, None


def _sent_to(text: str, s: Scan, lo: int, hi: int) -> str | None:
    """The state an office's complement text[lo:hi] leads with "to" ("to Azerbaijan"), if any."""
    starts = s.country_starts
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        if _led_by_to(text, lo, starts[i]) or text.endswith(" to the ", lo, starts[i]):
            return s.country_start[starts[i]]["key"]   # ("to the Commonwealth of Australia")
    return None


def _in_org(s: Scan, pos: int) -> bool:
    """Whether ``pos`` falls inside the name of an organization of the data file."""
    for a, b in s.org_spans:            # sorted
        if a > pos:
            return False
        if pos < b:
            return True
    return False


_OF_NAME = re.compile(rf"(?<![\w-])of{_SP}(?:the{_SP})?({_UP}[\w'’-]*)")
_LIST_JOINT = re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*(?:and{_SP})?|{_SP}and{_SP})(?:the{_SP})?")


_SKIP_LAST = {"o": "to", "n": "in", "t": "at", "h": "with", "r": "for"}   # "Ambassador for Kyrgyzstan": where he is sent


def _led_by_to(text: str, lo: int, pos: int) -> bool:
    """Whether the word just before ``pos`` (across spaces, looking no further
    back than ``max(lo, pos - 12)``) is "to", "in", "at", "with" or "for": what
    ``_BEFORE_WORD.search(text, max(lo, pos - 12), pos)`` tells, without the search.

    >>> _led_by_to("Ambassador to Azerbaijan", 0, 14), _led_by_to("Ambassador of Azerbaijan", 0, 14)
    (True, False)
    """
    w0 = max(lo, pos - 12)
    e = pos - 1 if pos > w0 and text[pos - 1] == "\n" else pos   # "$" also stands before a last "\n"
    j = e
    while j > w0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == e or j == w0:
        return False
    w = _SKIP_LAST.get(text[j - 1])
    if w is None:
        return False
    g = j - len(w)
    if g < w0 or text[g:j] != w:
        return False
    if g == w0:
        return w0 == 0                     # "^" only at the start of the text
    c = text[g - 1]
    return not (c.isalnum() or c == "_" or c in "'’.-")


def _lookup(name: str) -> str | None:
    from .countries import lookup

    return lookup(name)


def _country_of_after(text: str, s: Scan, pos: int) -> tuple[bool, str | None]:
    """"... Minister of Türkiye" / "of the Milli Majlis" / "head of the regional
    office of the U.S. Trade and Development Agency": the state after ``pos``,
    up to the end of the clause."""
    if not _OF_PHRASE.match(text, pos) and not text.startswith((" for the ", " at the "), pos):
        return False, None      # "a spokesman for the Kazakh foreign ministry": also the state
    stop = _CLAUSE_END.search(text, pos, pos + 90)
    return _country_in(text, s, pos, stop.start() if stop else pos + 90)


_CLAUSE_END = re.compile(r"[,;:.!?()\n]")


def _strip_countries(text: str, s: Scan, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words of a name that are a country mention; None if nothing is left."""
    row = s.country_at(start, end)
    while row is not None:
        if row["start"] > start:
            return None
        start = row["end"]
        while start < end and text[start] in " \u00a0":
            start += 1
        if start >= end or text[start - 1] not in " \u00a0":
            return None
        row = s.country_at(start, end)
    return start, end


# post-nominal letters between a name and its office: ", CBS," ", OBE,"
_POSTNOMINAL = re.compile(r",[ \u00a0]*[A-Z]{2,5}\Z")
# offices of a city: "Governor of Istanbul", "Mayor of Tashkent"
_LOCAL_OFFICES = frozenset({"Governor", "Mayor", "Deputy Governor", "Deputy Mayor"})
# offices read for the state they give, then reported as none: the canonical offices have
# no deputy of a governor, mayor or rector (data/offices.csv)
_UNLISTED = frozenset({"Deputy Governor", "Deputy Mayor", "Deputy Rector", "Assistant Secretary"})
_OF_CITY = re.compile(rf"{_SP}of{_SP}{_CAPW}(?:{_SP}{_CAPW})?(?=[ \u00a0]*[,.;:)\n]|$)")
_CITY_OF = re.compile(rf"{_SP}of{_SP}({_CAPW}(?:{_SP}{_CAPW})?)\Z")


#: the kind of a place after its name: "of Aceh Province", "of Turkestan region"
_PLACE_KIND = re.compile(r"[ \u00a0]+(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Dd]istrict|[Gg]overnorate|[Pp]refecture"
                         r"|[Cc]ounty|(?:[Mm]etropolitan[ \u00a0]+)?[Mm]unicipality|[Cc]ity|(?:[Cc]ity|[Dd]istrict|"
                         r"[Mm]unicipal|[Cc]ounty)[ \u00a0]+[Cc]ouncil)\Z")


def _city_state(complement: str) -> str | None:
    """The state of the city or province a local office is of: " of Istanbul" -> TUR,
    " of California" -> USA (a province or state of one state, ISO 3166-2, before a
    city of that name); never "of the Central Bank" (a body, after "the"), nor a place
    neither table holds.

    >>> _city_state(" of Istanbul"), _city_state(" of California"), _city_state(" of the Bank")
    ('TUR', 'USA', None)
    """
    place = _place_of_complement(complement)
    if place is None or any(w in vocab().stop for w in place.split()):
        return None
    from ..parse import _iso2_to_iso3, city_country

    provinces = _subdivisions().get(place.casefold(), ())
    if len(provinces) == 1:
        return _iso2_to_iso3(next(iter(provinces)))
    return city_country(place)[1]


def _place_of_complement(complement: str) -> str | None:
    """The place an office's complement names, without the kind of place after it: " of
    Aceh province" -> "Aceh", " of the Central Bank" -> None."""
    m = _CITY_OF.match(_PLACE_KIND.sub("", complement.rstrip(" \u00a0")))
    return m.group(1) if m is not None else None


_CITY_BEFORE = re.compile(rf"(?:^|(?<=[^\w'’.-]))({_UP}[\w'’-]+(?:[ \u00a0]{_UP}[\w'’-]+)?)[ \u00a0]+\Z")


def _place_state(name: str) -> str | None:
    """The state of a city (GeoNames) or a province (ISO 3166-2) of that name, when all
    that bear it lie in one state."""
    from ..parse import _iso2_to_iso3, city_country

    states = {_iso2_to_iso3(c) for c in _subdivisions().get(name.casefold(), ())}
    states.add(city_country(name)[1])
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _city_before(text: str, ostart: int) -> str | None:
    """The state of the city named right before a local office: "Lima Mayor" -> PER;
    never a word of the title ("Deputy", "Vice") nor a place GeoNames does not hold.

    >>> _city_before("He met Yerevan Mayor Ara Sargsyan.", 15), _city_before("the Deputy Mayor", 11)
    ('ARM', None)
    >>> _city_before("Idaho Governor", 6), _city_before("Florida Governor", 8)
    ('USA', None)
    """
    m = _CITY_BEFORE.search(text, max(0, ostart - 30), ostart)
    if m is None or any(w in vocab().stop or w.casefold() in vocab().stop for w in m.group(1).split()):
        return None
    # a city (GeoNames) or a province or state (ISO 3166-2): only when all that bear
    # the name lie in one state ("Florida" is a US state, a Cuban town and a department
    # of Uruguay: none)
    return _place_state(m.group(1))


def _region_state(name: str) -> str | None:
    """The ISO3 of the state of the subdivision (ISO 3166-2) of that name, when all that bear
    it lie in one state; a possessive's "’s" left out.

    >>> _region_state("Québec’s"), _region_state("Ontario"), _region_state("Florida"), _region_state("Punjab")
    ('CAN', 'CAN', None, None)
    """
    from ..parse import _iso2_to_iso3

    if name.endswith(("’s", "'s")):
        name = name[:-2]
    if len(name) < 4 or name.isupper():
        return None     # "RA Minister": an abbreviation, not Fiji's province of Ra
    name = _REGION_KIND.sub("", name)
    states = _subdivisions().get(name.casefold()) or _subdivisions().get(_strip_accents(name).casefold())
    return _iso2_to_iso3(next(iter(states))) if states is not None and len(states) == 1 else None


def _region_before(text: str, ostart: int) -> str | None:
    """The state of the province or region named right before an office: "Ontario Premier"."""
    m = _CITY_BEFORE.search(text, max(0, ostart - 30), ostart)
    if m is None or any(w in vocab().stop for w in m.group(1).split()) or text.endswith("of ", 0, m.start()):
        return None     # (not a body's name: "University of Lima President X")
    return _region_state(m.group(1))


def _region_of(complement: str) -> str | None:
    """The state of the province or region an office is of: " of Québec" -> CAN."""
    place = _place_of_complement(complement)
    return _region_state(place) if place is not None else None


_REGION_WORDS = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zß-ÿ'’-]{3,}(?:[ \u00a0][A-ZÀ-Þ][a-zß-ÿ'’-]{3,})?")
_REGION_REACH = 300


def _near_region(doc: Doc, pos: int) -> str | None:
    """The ISO3 of the state of the subdivision (ISO 3166-2: a region, a province) of one state
    that the sentence at ``pos`` names nearest to it (within :data:`_REGION_REACH` characters), outside
    its country mentions ("Governor X of Plateau State", "Premier X of Saskatchewan"), else None.

    >>> d = Doc("Governor Roe left Arkansas for Seoul.", [0], [37]); d.countries = []
    >>> _near_region(d, 9)
    'USA'
    """
    best = None
    sid = bisect_right(doc.sent_starts, pos) - 1 if doc.sent_starts else 0
    lo = max(doc.sent_starts[sid] if doc.sent_starts else 0, pos - _REGION_REACH)
    hi = min(doc.sent_ends[sid] if doc.sent_ends else len(doc.text), pos + _REGION_REACH)
    for at, iso in _regions_in(doc, lo, hi):
        far = abs(at - pos)
        if best is None or far < best[0]:
            best = (far, iso)
    return best[1] if best else None


def _regions_in(doc: Doc, lo: int, hi: int):
    """(start, ISO3) of the names of subdivisions of one state in ``doc.text[lo:hi]``, outside
    its country mentions (see :func:`_region_state`): "Oklahoma’s partnerships" -> USA."""
    spans = [(r["start"], r["end"]) for r in doc.countries]
    stop = vocab().stop
    for m in _REGION_WORDS.finditer(doc.text, lo, hi):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        name = m.group()
        for cand in (name, name.split()[0]) if " " in name else (name,):
            iso = _region_state(cand) if cand not in stop else None
            if iso is not None:
                yield m.start(), iso
                break


# " as Ambassador of Norway", " as the new Consul": an office after "as" (not " as he marked ...")
_AS_OFFICE = re.compile(r" as (?:(?:the|a|an|its|his|her|their) )?(?:(?:new|acting|first|next|incoming) )?[A-Z]")
_PLACE_AFTER = re.compile(r"[ \u00a0]+(?:of|from)[ \u00a0]+[A-Z]")


def _page_region(doc: Doc, pos: int, end: int) -> str | None:
    """The state of the regions (ISO 3166-2 subdivisions) a page names outside its country
    mentions, when they all lie in one state, for a local official named at ``pos:end`` whose
    place is not written after the name and whose sentence names no sizeable city of another
    state: a governor's page that names Nebraska and Japan serves the United States (but not
    "Mayor X of Hanam", nor "Mayor X led a delegation from Matsuyama" on a page that names
    California).

    >>> d = Doc("Governor Roe is in Japan. The Nebraska trade mission left.", [0, 26], [25, 58])
    >>> d.countries = [{"start": 19, "end": 24}]
    >>> _page_region(d, 9, 12)
    'USA'
    """
    from ..parse import _sizeable_city, city_country

    text = doc.text
    if _PLACE_AFTER.match(text, end) is not None:
        return None
    stop = vocab().stop
    # (the page's regions are read once, for all its local officials)
    regions = doc.kept("_page_regions", doc.countries)
    if regions is None:
        regions = frozenset(iso for _, iso in _regions_in(doc, 0, len(text)))
        doc.keep("_page_regions", regions, doc.countries)
    if len(regions) != 1:
        return None
    iso = next(iter(regions))
    sid = bisect_right(doc.sent_starts, pos) - 1 if doc.sent_starts else 0
    lo = doc.sent_starts[sid] if doc.sent_starts else 0
    hi = doc.sent_ends[sid] if doc.sent_ends else len(text)
    for m in _REGION_WORDS.finditer(text, lo, hi):
        name = m.group()
        if name not in stop and _sizeable_city(name) and city_country(name)[1] not in (None, iso):
            return None
    return iso


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset]:
    """The names of ISO 3166-2 subdivisions (pycountry), folded -> ISO2 codes of their states.

    >>> sorted(_subdivisions()["florida"]), sorted(_subdivisions()["jharkhand"])
    (['US', 'UY'], ['IN'])
    """
    import pycountry

    out: dict[str, set] = {}
    stems = []
    for sub in pycountry.subdivisions:
        out.setdefault(sub.name.casefold(), set()).add(sub.country_code)
        # without its diacritics too, as English copy writes it: "Jhārkhand" is "Jharkhand"
        out.setdefault(_strip_accents(sub.name).casefold(), set()).add(sub.country_code)
        # and without the kind a Chinese name carries in pinyin: "Hebei Sheng" is "Hebei"
        # (not Taiwan's, which the country table holds as a state)
        short = _PINYIN_KIND.sub("", sub.name)
        if short != sub.name and sub.name != "Taiwan Sheng":
            out.setdefault(short.casefold(), set()).add(sub.country_code)
        # ... and a Russian region's adjective as English names it: "Kurganskaya oblast'" is the
        # Kurgan Region, "Chelyabinskaya oblast'" the Chelyabinsk Region
        m = _RUSSIAN_KIND.fullmatch(sub.name)
        if m is not None:
            stems += [(stem.casefold(), sub.country_code) for stem in (m.group(1), m.group(1) + "sk")]
    for stem, code in stems:
        if stem not in out:     # (never another's: "Samarskaya" is no "Samar", a Philippine province)
            out[stem] = {code}
    # the English names ISO 3166-2 does not give ("Akmola" for "Aqmola oblysy"): data/region_names.csv
    with open(DATA / "region_names.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(r for r in fh if not r.startswith("#")):
            out.setdefault(row["name"].casefold(), set()).add(row["iso2"])
    return {k: frozenset(v) for k, v in out.items()}


_RUSSIAN_KIND = re.compile(r"(\w+?)sk(?:aya|iy) (?:oblast'|kray)")
# the kind of region English copy writes after its name: "the Kurgan Region Governor X"
_REGION_KIND = re.compile(r"[ \u00a0]+(?:Region|Oblast|Province|Krai|Kray|Governorate|Prefecture)\Z")


_PINYIN_KIND = re.compile(r" (?:Sheng|Shi|(?:\w+ )?Zizhiqu)\Z")


_ABROAD = re.compile(r"[ \u00a0]+(?:Abroad|Expatriates|Diaspora|Living[ \u00a0]+Abroad)(?![\w-])")


def _nationals_abroad(text: str, s: Scan, ostart: int, oend: int) -> tuple[bool, str | None]:
    """The state whose citizens abroad a ministry's name serves: "Minister of
    Foreign Affairs, Cooperation and Mauritanians Abroad" -> MRT."""
    starts = s.country_starts
    for i in range(bisect_left(starts, ostart), bisect_left(starts, oend)):
        row = s.country_start[starts[i]]
        if _ABROAD.match(text, row["end"]):
            return True, row["key"]
    return False, None


# "the Azerbaijani delegation led by", "the delegation of Japan, headed by", "the Kazakh side led by"
_LED_BY = re.compile(r"\b(?:delegation|side|team|mission)\b([^.;:\n]{0,60}?),?[ \u00a0]+(?:(?:was|is|were)[ \u00a0]+)?"
                     r"(?:led|headed|chaired)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?$")


_LOWER_BEFORE = re.compile(r"[ \u00a0](?:[a-z][\w-]*[ \u00a0]){1,2}\Z")


def _led_by(text: str, s: Scan, pos: int) -> tuple[bool, str | None]:
    """The state of a delegation whose head's office starts at ``pos``.

    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc("They met the Uzbek delegation led by Deputy Minister Ali Karimov.", [0], [64])
    >>> d.countries = find_countries(d)
    >>> _led_by(d.text, scan(d), 37)
    (True, 'UZB')
    """
    m = _LED_BY.search(text, max(0, pos - 100), pos)
    if m is None:
        return False, None
    row = s.country_end.get(m.start() - 1)
    if row is None and text[m.start() - 2:m.start() - 1].islower():
        # "a British parliamentary delegation", "the Pakistani high-level delegation"
        a = _LOWER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        row = s.country_end.get(a.start()) if a is not None else None
    if row is not None:
        return True, row["key"]
    org = s.org_end.get(m.start() - 1)
    if org is not None and org[1] is not None:
        return True, org[1]     # "a House Foreign Affairs Committee delegation, led by": the body's state
    if m.group(1):
        # the last state named there, not one it goes to: "a delegation from Taiwan's
        # ally Eswatini led by" -> SWZ; "the delegation of Japan to Peru, led by" -> JPN
        starts = s.country_starts
        lo, hi = m.start(1), m.end(1)
        for i in range(bisect_left(starts, hi) - 1, bisect_left(starts, lo) - 1, -1):
            if not _led_by_to(text, lo, starts[i]):
                return True, s.country_start[starts[i]]["key"]
        return _country_in(text, s, lo, hi)
    return False, None


# "led by " and what may stand between it and the name: an office, honorifics, a
# comma ("led by Federal Minister for Energy, X"; "led by the recently elected speaker
# of their Parliament, Rt. Hon. X")
_LED_BY_NAME = re.compile(r"\b(?:led|headed|chaired)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
                          r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and|their|its|his|her|newly|recently|elected|"
                          r"appointed|new|acting|former|first|deputy|minister|speaker|chairman|head|governor|"
                          r"rector|president|ambassador)[ \u00a0]*,?[ \u00a0]*)*\Z")


def _head_of_delegation(text: str, s: Scan, pos: int) -> str | None:
    """The state of a delegation led by the person named at ``pos``, with an office or
    honorifics between ("a Nepali delegation led by their Speaker, Rt. Hon. X").

    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc("A Kenyan delegation led by State Minister for Trade, Ali Omar came.", [0], [66])
    >>> d.countries = find_countries(d)
    >>> _head_of_delegation(d.text, scan(d), 52)
    'KEN'
    """
    lo = max(0, pos - 110)
    if "by " not in text[lo:pos]:
        return None
    m = _LED_BY_NAME.search(text, lo, pos)
    if m is None:
        return None
    by = text.index("by", m.start()) + 3
    has, iso = _led_by(text, s, by + (text.startswith("the ", by) and 4))
    return iso if has else None


# between a name and the office it takes up: " as ", ", as the non-resident "
_AS_BEFORE = re.compile(rf",?{_SP}as{_SP}(?:(?:the|an?){_SP})?(?:{_ADJ}{_SP})*\Z")
# the heads of a chamber of parliament and their deputies: Speaker, Deputy Speaker
_CHAIRS = {"Chairman": "Speaker", "President": "Speaker", "Deputy Chairman": "Deputy Speaker",
           "Vice President": "Deputy Speaker", "Head": "Speaker"}
# chambers the data file does not name as parliaments
_CHAMBER_WORDS = ("Parliament", "National Assembly", "Verkhovna Rada", "Majlisi Milli", "Lower House", "Upper House",
                  "Majlisi Namoyandagon", "Legislative Chamber", "Legislative Assembly",
                  "House of Representatives", "Chamber of Deputies", "State Duma", "Federal Assembly",
                  "Supreme Council", "People's Assembly", "National Council", "Congress",
                  # ... and Nakhchivan's and Portugal's chambers; "of Georgian parliament"
                  "Supreme Assembly", "Assembly of the Republic", "Assembly of the Portuguese Republic",
                  "parliament")


def _chamber_names() -> str:
    """The chambers' names (:func:`_chamber_surfaces`) as one regex alternation."""
    return trie_regex(sorted(_chamber_surfaces()))


@lru_cache(maxsize=1)
def _chamber_surfaces() -> frozenset[str]:
    """The chambers' names: the chambers of data/organizations.csv and a few generic names;
    not a senate (a senate's chair stays Chairman, as the gold set's rules read it:
    tests/gold/README.md) nor a chamber's committee."""
    from . import organizations

    names = set(_CHAMBER_WORDS) | {surface for surface, kind in organizations.org_types().items()
                                   if kind == "parliament" and "Senate" not in surface
                                   and "Committee" not in surface}
    names |= {n.replace("'", "’") for n in names if "'" in n}    # "People’s Representative Council" as pages type it
    return frozenset(names)


@lru_cache(maxsize=1)
def _chamber_re() -> re.Pattern:
    """" of the Parliament of Georgia", " of The Verkhovna Rada": a complement that is a
    chamber (:func:`_chamber_names`), within two words of "of" (not " of the Foreign Affairs
    Committee of the Parliament")."""
    return re.compile(rf"{_SP}of{_SP}(?:the{_SP}|The{_SP})?(?:{_CHAMBER_PART}{_SP}of{_SP}(?:the{_SP})?)?"
                      rf"(?:{_CAPW}{_SP}){{0,2}}?(?:{_chamber_names()})(?![\w'’-])")


@lru_cache(maxsize=1)
def _chamber_lead_re() -> re.Pattern:
    """A chamber's name, or "Senate", and the space after it (see :func:`_right_name`)."""
    return re.compile(rf"(?:{_chamber_names()}|Senate)(?:{_SP}(?:Sardar|Syed|Mian|Raja|Malik)\.?)?{_SP}")


# what of a parliament its chair heads with the whole: "of both chambers of the Parliament", "of
# the Standing Committee of the National People's Congress" (China's and Viet Nam's chamber that
# sits between sessions, whose chair is the chamber's head)
_CHAMBER_PART = rf"(?:(?:both|the{_SP}two|the){_SP}(?:chambers|houses)|[Ss]tanding{_SP}[Cc]ommittee)"


# a senate's president (not its chairman, as the gold set's rules read "Chairman of the Senate"):
# "President of the Senate", "President of the Burundian Senate"
_SENATE_OF = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?(?:[A-Z][\w'’-]+{_SP})?Senate(?![\w'’-])")


@lru_cache(maxsize=1)
def _chamber_before_re() -> re.Pattern:
    """A chamber's name right before an office ("State Duma Chairman", "National Assembly
    President"), the chambers of :func:`_chamber_names`; searched up to the office's start."""
    return re.compile(rf"(?<![\w'’-])(?:{_chamber_names()})[ \u00a0]+$")


# "of (the) European Court of Human Rights", "of the US-based Council on Foreign Relations":
# the body a president heads is a court, council, institute ... (the real-page annotation
# writes its head Head); the chambers of a parliament are read before, and the presidents of
# the European Commission and the European Council stay President, as the gold set has them
_OF_BODY = re.compile(rf"{_SP}of{_SP}the{_SP}(?!European{_SP}(?:Council|Commission))(?:[\w-]+{_SP}){{0,3}}?"
                      rf"(?:Council|Court|Institute|Institutes|Foundation|Association|Committee|Society|Academy|Commission"
                      rf"|Center|Centre|Agency|Club)(?![\w'’-])"
                      rf"(?!{_SP}of{_SP}Ministers)")     # a President of the Council of Ministers heads a government
# "of (the) Baku State University": the body a president heads is a university
# "the university President", "University of Arizona President", "Sun Moon University (President X)"
_UNIVERSITY_BEFORE = re.compile(rf"[Uu]niversity(?:{_SP}of(?:{_SP}{_UP}[\w'’.-]*){{1,3}})?[ \u00a0]*\(?\Z")
_OF_UNIVERSITY = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?(?:{_CAPW}{_SP}){{0,4}}University(?![\w-])")
_FROM_AFTER = re.compile(rf"{_SP}from{_SP}(?:the{_SP})?")
# a foreign ministry's name right before a deputy's office
_FOREIGN_MINISTRY_BEFORE = re.compile(
    r"(?:(?:Ministry|Department)\s+(?:of|for)\s+Foreign\s+(?:Affairs|Relations)(?:\s+and\s+[A-Z][\w'’-]*)?"
    r"|Foreign\s+(?:Affairs\s+)?Ministry|MFA)\s*(?:\([A-Z]{2,6}\)\s*)?(?:['’]s\s+)?\Z")
# "X led the Argentine delegation": the state of the delegation a name leads
_LEADS_AFTER = re.compile(r"[ \u00a0\n]+(?:led|leads|headed|heads|chaired|chairs)[ \u00a0\n]+the[ \u00a0\n]+")
_DELEGATION = re.compile(r"[ \u00a0\n]+(?:delegation|side|team|mission)\b")


def _leads_after(text: str, s: Scan, ne: int) -> tuple[bool, str | None]:
    """The state of "the Argentine delegation" a name ending at ``ne`` leads.

    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc("Ana Ruiz headed the Chilean delegation.", [0], [39])
    >>> d.countries = find_countries(d)
    >>> _leads_after(d.text, scan(d), 8)
    (True, 'CHL')
    """
    m = _LEADS_AFTER.match(text, ne)
    row = s.country_start.get(m.end()) if m is not None else None
    if row is None or _DELEGATION.match(text, row["end"]) is None:
        return False, None
    return True, row["key"]


class _Mention(NamedTuple):
    """The layout of the plain tuples :func:`_anchored` returns."""
    start: int
    end: int
    role: str | None
    has_country: bool
    country: str | None
    elsewhere: str | None = None   # a state the person travels to, so not their own


def _office_span(text: str, start: int, end: int, kind: str, payload: str) -> tuple[int, int, str]:
    """Widen "minister of" to its portfolio and "Economy Minister" to its
    portfolio word; return (start, end, canonical office)."""
    if payload == "Deputy Minister" and kind == "office" and start > 1 and text[start - 1] in " \u00a0" \
            and (m := _deputy_run_re().search(text, max(0, start - 60), end)) is not None:
        # "Lithuanian Defence Vice Minister X": the deputy minister of that portfolio
        return m.start(1), end, _minister_of("Deputy Minister", m.group(1))
    if payload == "Foreign Minister" and kind == "office" and text.startswith(" for ", end) \
            and text[start:end].lower() == "secretary of state" \
            and (m := _portfolio_re().match(text, end + 4)) is not None \
            and _PORTFOLIO_GOES_ON.match(text, m.end()) is None:
        # the UK's "Secretary of State for Defence X": the minister of that portfolio
        # (for Foreign, Commonwealth and Development Affairs: the foreign minister)
        return start, m.end(), _minister_of("Minister", m.group(1))
    if kind == "office_of":
        m = _portfolio_re().match(text, end)
        if m:
            return start, m.end(), _minister_of(payload, m.group(1))
        if payload == "Minister" and text.startswith((" State for", " state for"), end):
            # "Minister of State for Development": the minister of that portfolio
            m = _portfolio_re().match(text, end + 10)
            if m:
                return start, m.end(), _minister_of(payload, m.group(1))
        # "Minister of State ..." : the office is the word before "of"
        cut = text.rfind(" ", start, end - 1)
        if cut > start and payload == "Minister" and text.endswith("inister", start, cut):
            # "the Trade Minister of Tajikistan": the portfolio before
            m = _portfolio_before(text, start, cut)
            if m:
                return m.start(1), cut, _minister_of("Minister", m.group(1))
        return start, cut if cut > start else end, payload
    if payload == "Secretary" and text.startswith(" of ", end):
        # "Secretary of the U.S. Department of Labor X", "Secretary of Human Rights X": a secretary
        # heading a portfolio's department is its minister (not "Secretary of the Security Council X")
        dept = _DEPARTMENT_OF.match(text, end + 3)
        m = _portfolio_re().match(text, dept.end() if dept is not None else end + 3)
        if m is not None and _SECRETARY_NAME_NEXT.match(text, m.end()) is not None:
            return _deputy_of(text, start, m.end(), m.group(1))
    if payload == "Secretary" and start > 1 and text[start - 1] in " \u00a0":
        # "Trade Secretary X", "Science and Technology Secretary Y": the minister of that portfolio
        m = _portfolio_run_re("Secretary").search(text, max(0, start - 60), end)
        if m:
            return m.start(1), end, _minister_of("Minister", m.group(1))
        return start, end, payload
    if payload == "Minister":
        if text.startswith(("Secretary of ", "secretary of "), start):
            # "U.S. Secretary of the Treasury": a U.S. secretary heads the department of that portfolio
            portfolio = text[start + 13:end]
            return _deputy_of(text, start, end, portfolio[4:] if portfolio.startswith("the ") else portfolio)
        m = _portfolio_before(text, start, end)
        if m:
            ps = m.start(1)
            deputy = _DEPUTY_BEFORE.search(text, max(0, ps - 14), ps)
            if deputy is not None:
                # "Turkish Deputy Trade Minister X": the deputy minister of that portfolio
                return deputy.start(), end, _minister_of("Deputy Minister", m.group(1))
            return ps, end, _minister_of("Minister", m.group(1))
    return start, end, payload


_DEPUTY_BEFORE = re.compile(r"(?<![\w-])(?:First[ \u00a0]+)?(?:Deputy|Vice)[ \u00a0-]$")


def _deputy_of(text: str, start: int, end: int, portfolio: str) -> tuple[int, int, str]:
    """A U.S. secretary's office of ``portfolio``, or its deputy's when "Deputy" stands before:
    "Deputy Secretary of Commerce X" is the Deputy Minister of Commerce."""
    deputy = _DEPUTY_BEFORE.search(text, max(0, start - 14), start)
    if deputy is not None:
        return deputy.start(), end, _minister_of("Deputy Minister", portfolio)
    return start, end, _minister_of("Minister", portfolio)


# "Secretary of the U.S. Department of Homeland Security": the secretary heads the department of a portfolio
_DEPARTMENT_OF = re.compile(r"[ \u00a0]the[ \u00a0]+(?:(?:U\.[ \u00a0]?S\.|US|United[ \u00a0]+States)[ \u00a0]+)?Department[ \u00a0]+of(?=[ \u00a0])")
# ... and then the name, not a body's noun: "Secretary of Human Rights Ana Ruiz", "..., Ana Ruiz"
_SECRETARY_NAME_NEXT = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+)(?!(?:Council|Committee|Commission|Board|Office|Division|Agency|Authority"
    r"|Department|Bureau|Unit|Service|Secretariat)\b)[A-Z]")


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset:
    words = set(vocab().portfolio) | {w.split()[-1] for w in vocab().portfolio}     # "Jal Shakti": "Shakti" too
    return frozenset(words | {w.lower() for w in words})


def _portfolio_before(text: str, start: int, end: int):
    """``_portfolio_first_re().search(text, max(0, start - 60), end)``, without
    the search when the word before "Minister" is not a portfolio word.

    >>> _portfolio_before("the Trade Minister", 10, 18).group(1), _portfolio_before("Prime Minister", 6, 14)
    ('Trade', None)
    """
    q = end - 8                         # where "Minister" starts
    if q < 1 or text[q - 1] not in " \u00a0":
        return None
    while q > 0 and text[q - 1] in " \u00a0":
        q -= 1
    word = text[text.rfind(" ", 0, q) + 1:q]
    # the portfolio's last word is the whole run of letters before the spaces
    if word.isalpha() and word not in _portfolio_words():
        return None
    return _portfolio_first_re().search(text, max(0, start - 60), end)


_COMP_STARTS = ("of ", "to ", "in ", "at ", "for ", "with ")
_THE_HON = ("the Hon", "the Rt", "the Right")     # "Minister of X the Hon. Y": a style, then the name


_CITY_SEG = re.compile(r"[ \u00a0]in[ \u00a0]+(?:the[ \u00a0]+)?\S+$")


def _right_name(text: str, s: Scan, oend: int, lower: bool = False, right_re=None,
                single_re=None) -> tuple[int, int, int] | None:
    """(name start, name end, end of the office's complement) of the name
    after an office ending at ``oend``: "of Kyrgyzstan to Azerbaijan Kairat
    Osmonaliyev", ", Maksat Mamitkanov", " Aliyev"."""
    # no name before "said", a full stop or a parenthesis; an office in lower
    # case ("the head of the delegation") takes one only right after it or
    # after a comma
    c = text[oend:oend + 1]
    if c.isupper() and text[oend - 1:oend] == " ":
        # an office whose key ends in a stop ("reps.") matched where the text has a space
        # ("Reps Ana Ruiz"): the office ends before that space
        oend -= 1
        c = " "
    comma_only = False      # "the ambassador to Baghdad, X": a name only after the comma
    if c != ",":
        if c != " " and c != "\u00a0":
            return None
        if text[oend + 1:oend + 2].islower() and not text.startswith(_THE_HON, oend + 1) and (
                (lower and not text.startswith("of ", oend + 1)) or not text.startswith(_COMP_STARTS, oend + 1)):
            if not (lower and text.startswith(("to ", "in ", "for "), oend + 1)):
                return None
            comma_only = True   # ("the Eritrean ambassador in Khartoum, X", "the spokesperson for MEA, X")
    if right_re is None:
        right_re = _right_re()
    pos = oend
    country_at = s.country_at if s.country_starts else None
    for _ in range(4):
        m = right_re.match(text, pos)
        if m is None:
            break
        ns, ne = m.span(4)                                  # name
        row = country_at(ns, ne) if country_at is not None else None
        if row is not None:
            # "of the United Arab Emirates Mohamed bin Zayed ...": the name
            # starts after the country, which belongs to the complement
            if row["end"] <= pos:
                return None
            pos = row["end"]
            continue
        comp_end = m.end(1)
        if comma_only and m.group("comma") is None and not m.group("hon"):
            return None         # (or an honorific before it: "ambassador to India Dr. X")
        if text[comp_end - 1] == "." and comp_end > oend and _SENTENCE_END.match(text, comp_end - 4):
            # "the High Commissioner of Botswana. Joanne X is ...": the complement
            # ends a sentence, and the name after it starts the next
            return None
        if comp_end > oend and text.count(" ", ns, ne) >= 2:
            w = text[ns:text.find(" ", ns)]
            if w in vocab().orgheads:
                # "of Caspian State University Elnur X": the body's head word ends the complement
                ns += len(w) + 1
        if text.count(" ", ns, ne) >= 2:
            # "Governor Punjab Muhammad Baligh Rehman": a province written after the office, no
            # "of" (Pakistani usage), then the name (not a given name that is also a state's
            # name: "Ambassador Victoria Nuland")
            words = text[ns:ne].split(" ")
            for k in (2, 1):
                head = " ".join(words[:k])
                if len(words) - k >= 2 and words[0] not in _given_names() \
                        and head.casefold() in _subdivisions():
                    ns += len(head) + 1
                    longer = _name_re().match(text, ns)     # (the name may run on past the words read)
                    if longer is not None and longer.end() > ne and s.country_at(ne, longer.end()) is None:
                        ne = longer.end()
                    break
        if comp_end > oend and text.count(" ", ns, ne) >= 2:
            # "of the North Atlantic Alliance Jens Stoltenberg": a body's last words, then a
            # given name: the name starts there
            words = text[ns:ne].split(" ")
            for k in range(len(words) - 2, 0, -1):
                if words[k] in _given_names() and any(w.lower() in _not_surnames() for w in words[:k]):
                    ns += sum(len(w) + 1 for w in words[:k])
                    break
        if comp_end > pos and m.start(2) < 0:
            comp = m.group(1)
            if "in" in comp and _CITY_SEG.search(comp):
                # "in Los Angeles Elshan Hajizade": a city of two words before a two-word name
                # (not "in Djibouti Abdifatah Saeed Ahmed": a name of three words after a state)
                from ..parse import city_country

                words = text[ns:ne].split(" ")
                place = comp.rsplit(None, 1)[-1]
                while len(words) > 2 and words[0][:1].isupper() and words[1][:1].isupper() \
                        and city_country(f"{place} {words[0]}")[1] is not None:
                    place = f"{place} {words[0]}"
                    ns += len(words[0]) + 1
                    words = words[1:]
        return ns, ne, comp_end
    if pos == oend:
        m = (single_re or _single_re()).match(text, oend)
        if m is not None:
            ns, ne = m.span(2)
            if s.country_at(ns, ne) is None and (text[ns:ne] not in vocab().orgheads or text[ns:ne] in vocab().stop) \
                    and not text.endswith(_ATTRIBUTIVE, ns, ne) \
                    and not (text.endswith(("Governor", "Chief Minister"), 0, oend)
                             and text[ns:ne].casefold() in _subdivisions()):    # (not "Governor Sindh said")
                # (not a body's head noun alone, "the Ambassadors Forum"; but "Ambassador Park")
                return ns, ne, oend
        if lower and text.startswith(" of the ", oend):
            # "the head of the international department of the university, Vadim X,": a
            # complement with words in lower case, then the name in apposition after its comma
            m = _LOWER_COMPLEMENT.match(text, oend)
            n = right_re.match(text, m.end()) if m is not None else None
            if n is not None and n.group("comma") and n.end(1) == m.end() \
                    and _APPOSITION_END.match(text, n.end(4)) and s.country_at(*n.span(4)) is None:
                return n.start(4), n.end(4), m.end()
    return None


# a portfolio that goes on in words the list lacks: "for Foreign" + " Business and Cooperation"
_PORTFOLIO_GOES_ON = re.compile(rf"{_SP}{_CAPW}{_SP}(?:and|&){_SP}")
# a name made an adjective: "the PM Modi-led government", "a Putin-era law"
_ATTRIBUTIVE = ("-led", "-based", "-era", "-backed", "-brokered", "-style")
# an office in apposition after a name: "Sir X Y, the Speaker ..."
_APPOSITIVE_THE = re.compile(r"[^\W\d_],[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _office_after_comma(text: str, s: Scan, lo: int, hi: int) -> bool:
    """Whether an office the scan found starts right after a comma in ``text[lo:hi]``."""
    starts = {h[0] for h in s.person_hits if h[2] in ("office", "office_of") and lo < h[0] < hi}
    c = text.find(",", lo, hi)
    while c >= 0:
        j = c + 1
        while j < hi and text[j] in " \u00a0":
            j += 1
        if j in starts:
            return True
        c = text.find(",", c + 1, hi)
    return False


# a complement of words without punctuation up to a comma, and the end of a name in apposition
# (no pronoun in it: "the vice president of the republic spoke with his counterpart, X")
_LOWER_COMPLEMENT = re.compile(r"[ \u00a0]of(?:[ \u00a0]+(?!(?:his|her|its|their|with)[ \u00a0,])[\w'’-]+){1,10}(?=[ \u00a0]*,)")
_APPOSITION_END = re.compile(r"[ \u00a0]*(?:[,.;:)]|\(|and[ \u00a0]|$)")


# "X is the new ambassador of Y", "X is the new British ambassador to Z": a name, a verb of
# being, the office (a state's adjective or possessive may stand before it)
_COPULA = re.compile(r"(?<=[a-z]) (?:is|was) (?:the |a )?(?:new |\d{1,3}(?:st|nd|rd|th) )?"
                     r"(?:[A-Z][\w’'-]+(?:['’]s)? ){0,2}(?:(?<=s )new )?$")   # "is Guyana's new Ambassador"
# ("the 18th Ambassador of Bangladesh": an ordinal of the office's holders)
_COPULA_TAILS = ("is ", "was ", "the ", " a ", "new ", "st ", "nd ", "rd ", "th ")
_COPULA_REACH = 50


_DASH_APPOS = re.compile(r"(?<=[^\W\d_]) [–—] (?:the )?(?:[A-Z][\w’'-]+(?:['’]s)? ){1,2}$")


def _dash_before(text: str, pos: int) -> int | None:
    """Where the dash after a name stands when only a state's adjective or possessive parts it
    from the office at ``pos``: "Jane Roe – Danish ambassador" (a name, a dash, "Danish ")."""
    if "–" not in text[max(0, pos - 30):pos] and "—" not in text[max(0, pos - 30):pos]:
        return None
    m = _DASH_APPOS.search(text, max(0, pos - 30), pos)
    return m.start() + 1 if m is not None else None


def _copula_before(text: str, pos: int) -> int | None:
    """Where " is (the) (new) " or " was ..." ends a name right before ``pos``."""
    window = text[max(0, pos - _COPULA_REACH):pos]
    if " is " not in window and " was " not in window:
        return None
    m = _COPULA.search(text, max(0, pos - _COPULA_REACH), pos)
    return m.start() if m is not None else None


_SENTENCE_END = re.compile(r"[a-z]{3}\.")
_TO = re.compile(rf"{_SP}(?:to|in){_SP}(?:the{_SP})?")
_TO_NEXT = frozenset(" \u00a0ti")     # what follows the first space of a _TO match


def _destination(text: str, s: Scan, pos: int) -> str | None:
    """The state right after a name: "visit of President Ilham Aliyev" + " to Kyrgyzstan"."""
    c = text[pos:pos + 1]
    if c != " " and c != "\u00a0" or text[pos + 1:pos + 2] not in _TO_NEXT:
        return None
    m = _TO.match(text, pos)
    if m is None:
        return None
    row = s.country_start.get(m.end())
    return row["key"] if row is not None else None


# a name that starts with the given name "Sultan" ("Sultan bin Saad Al Muraikhi")
_SULTAN_NAME = re.compile(rf"Sultan(?:{_SP}(?:bin|ibn|bint)|{_SP}{_UP}[\w'’-]+){{1,5}}")


_WORD_AFTER = re.compile(rf"{_SP}({_UP}[\w'’-]+)")


_OF_THE = re.compile(r" of (?:the )?")


def _of_international_body(doc: Doc, spans, key: str) -> bool:
    """Whether a name of ``key`` is followed by " of (the) " and an international body's name
    (data/organizations.csv, type "international"): "Toivo Klaar of the European Union".

    >>> d = Doc("He met Ana Roe of the European Union.", [0], [37])
    >>> d.organizations = [{"start": 22, "surface": "European Union"}]
    >>> _of_international_body(d, [(7, 14, "Ana Roe")], "Ana Roe")
    True
    """
    if not doc.organizations or " of " not in doc.text:
        return False
    from .organizations import org_types

    bodies = {o["start"]: o["surface"] for o in doc.organizations}
    for _, b, k in spans:
        if k == key and (m := _OF_THE.match(doc.text, b)) is not None \
                and org_types().get(bodies.get(m.end(), "")) == "international":
            return True
    return False


def _turkic_after_sultan(text: str, end: int) -> bool:
    """Whether the word after "Sultan" ends as the surnames of the South Caucasus and Central
    Asia do (data/surname_endings.txt): "Sultan Raev" is a given name and a surname, as no
    ruler's name is.

    >>> _turkic_after_sultan("Sultan Raev, Secretary General", 6), _turkic_after_sultan("Sultan Qaboos met", 6)
    (True, False)
    """
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1).endswith(_surname_endings())


def _anchored(doc: Doc, s: Scan) -> tuple[list[tuple], set[int]]:
    """Names read next to an office, after an honorific, or known by name:
    sorted (start, end, role, has_country, country, elsewhere) tuples (see
    :class:`_Mention`), and the starts of those named someone's "counterpart"."""
    text = doc.text
    right_re, single_re = _right_re(), _single_re()
    found: dict[tuple[int, int], tuple] = {}
    taken = -1
    # the last office that had no name yet: "Crown Prince and" + "Prime Minister X"
    pending = None          # (office end, role, office start, the state its title names)
    appos_end = -1          # the end of the latest office read in apposition to the name before it
    last_role = None        # the latest office given to a name ("his Kyrgyz counterpart")
    known_at = None         # start -> end of the known names, when first needed
    # offices in the singular ("Cabinet of Ministers X" is not a minister's name)
    office_ends = None      # end -> start of the offices in the singular, when first needed
    office_starts = None    # the starts of the offices, when first needed
    counterparts = set()    # starts of the names after "counterpart"

    for start, end, kind, payload in s.person_hits:      # (organizations take no name)
        if start < taken:
            continue
        if kind == "office" and payload[0] == "Sultan" and (text.startswith("Sultan bin ", start)
                                                             or _turkic_after_sultan(text, end)):
            # "Sultan bin Saad Al Muraikhi", "Sultan Raev": a given name, not the title
            m = _SULTAN_NAME.match(text, start)
            if m is not None:
                _put(found, start, m.end(), *_pending_office(text, s, pending, start))
                pending = None
                taken = m.end()
                continue
        if kind == "office" or kind == "office_of" or kind == "counterpart":
            if kind == "counterpart":
                # the office of the person whose counterpart this is, read once the
                # later mentions are known (find_people); the latest office until then
                ostart, oend, role = start, end, last_role
            else:
                ostart, oend, role = _office_span(text, start, end, kind, payload[0])
                if role == "Secretary" and text.startswith(" to the ", oend):
                    continue    # "Secretary to the President X": the office after it reads the name
                if role == "Secretary" and text.startswith((" at the Ministry", " in the Ministry"), oend) \
                        and text.startswith("Secretary ", ostart) and (ostart < 2 or not text[ostart - 2].isalpha()):
                    role = "Permanent Secretary"    # "Secretary at the Ministry of Finance X": its civil head
                if role in _SERVED:
                    row = s.country_end.get(ostart - 1)
                    owner = row is None and text.endswith(("'s ", "’s "), 0, ostart) \
                        and (row := s.country_end.get(ostart - 3)) is not None
                    before = ostart if row is None else row["start"]   # "of the Uzbek President X"
                    if not (_the_before(text, before) or owner and text.endswith((" of ", " to "), 0, before)):
                        pass
                    elif pending is not None and pending[1] is not None \
                            and text[pending[0]:before] in (" of the ", " to the ", " of ", " to "):
                        # "Press Secretary of the Uzbek President X", "Adviser to the President X":
                        # the office before, that serves the President, is X's
                        role = pending[1]
                    elif _HEAD_OF_BEFORE.search(text, max(0, before - 50), before):
                        # "Chief of the Chancellery of the President X", "Secretary to the President X":
                        # X heads an office that serves the President
                        role = "Head"
                if text.startswith("-", oend):
                    # "Ambassador-at-Large", "President-elect": the office runs over its hyphens
                    m = _HYPHEN_TAIL.match(text, oend)
                    if m is not None:
                        oend = m.end()
                if text.startswith((",", " and ", " & "), oend) \
                        and text[text.rfind(" ", ostart, oend) + 1:oend] in _portfolio_words():
                    m = _portfolio_more_re().match(text, oend)
                    if m is not None:
                        oend = m.end()
            lead_at = ostart        # where "led by" would end
            if role == "President" and ("niversity" in text[max(0, ostart - 40):ostart]
                                        and _UNIVERSITY_BEFORE.search(text, max(0, ostart - 40), ostart)
                                        or _OF_UNIVERSITY.match(text, oend) is not None):
                role = "Rector"     # "Sun Moon University (President X)", "President of Baku State University"
            elif role in _CHAIRS and text.startswith(" of ", oend) and _chamber_re().match(text, oend) is not None:
                role = _CHAIRS[role]    # "Chairman of the Parliament of Georgia": the chamber's head is Speaker
            elif role in ("President", "Vice President") and (_SENATE_OF.match(text, oend) is not None
                                                            or text.endswith("Senate ", 0, ostart)):
                # "The President of the Senate, Senator X", "Senate President X": the chamber's head is Speaker
                role = _CHAIRS[role]
            elif role in _CHAIRS and role != "Head" and ostart > 1 and text[ostart - 1] == " " \
                    and _chamber_before_re().search(text, max(0, ostart - 50), ostart) is not None:
                role = _CHAIRS[role]    # "State Duma Chairman X": the same, the chamber named first
            elif role == "Rector" and text.startswith("Vice", ostart) and "niversity" not in text[max(0, ostart - 40):ostart] and (
                    (ostart - 1) in s.country_end or (text.startswith(" of ", oend) and (oend + 4) in s.country_start)):
                role = "Deputy Prime Minister"  # "German Vice-Chancellor X": the deputy head of a government
            elif role == "President" and _OF_BODY.match(text, oend) is not None:
                role = "Head"           # "president of the Council on Foreign Relations": a body's head, no state's
            if role == "Deputy Minister":
                # "Foreign Ministry Undersecretary X", "Department of Foreign Affairs Vice Minister X"
                m = _FOREIGN_MINISTRY_BEFORE.search(text, max(0, ostart - 70), ostart)
                if m is not None:
                    role, lead_at = "Deputy Foreign Minister", m.start()
            if kind == "office" and payload[1] and "respectively" in text[oend:oend + 24]:
                # "the Lithuanian and Latvian foreign ministers, respectively, X and Y":
                # each name takes the state in its place, when as many are written
                names = _respectively(text, s, oend)
                if names:
                    isos = _states_before(text, s, ostart)
                    for (a, b), iso in zip(names, isos if len(isos) == len(names) else [None] * len(names)):
                        _put(found, a, b, role, iso is not None, iso, None)
                    taken, pending, last_role = names[-1][1], None, role or last_role
                    continue
            if kind == "office" and payload[1] and text.startswith(",", oend) \
                    and (ostart - 1) in s.country_end:
                # "A B, C D and E F, Greek, Cypriot and Armenian foreign ministers,": the
                # names before, each of the state in its place
                names = _names_before_states(text, s, ostart)
                if names:
                    for (a, b), iso in names:
                        _put(found, a, b, role, True, iso, None)
                    pending, last_role = None, role or last_role
                    continue
            name_at = oend
            if (role in _CHAIRS or role in ("Speaker", "Deputy Speaker")) and text.startswith(" ", oend) \
                    and (lead := _chamber_lead_re().match(text, oend + 1)) is not None:
                # "Speaker National Assembly X", "Chairman Senate Y" (Pakistani usage): the chamber
                # written after the office, no "of", then the name
                name_at = lead.end() - 1
            if role in _ENVOYS and text.startswith(" from ", oend):
                # "the Ambassador from Denmark, Her Excellency X": the state is the complement's
                m = _FROM_AFTER.match(text, oend)
                row = s.country_start.get(m.end()) if m is not None else None
                if row is not None:
                    name_at = row["end"]
            got = _right_name(text, s, name_at, text[ostart].islower(), right_re, single_re)
            # (where the office stands after a name, in apposition, or ends a chain whose first
            # office does: "X, President of Malawi and Chairperson of SADC")
            if got is not None and ("," in text[name_at:got[2]]
                                    and (m := _APPOSITIVE_THE.search(text, max(0, ostart - 8), ostart)) is not None
                                    and any(b == m.start() + 1 for _, b in found)
                                    and _office_after_comma(text, s, name_at, got[2])
                                    or appos_end > 0 and _chained(text, appos_end, ostart)
                                    and text.find(",", got[2], got[0]) >= 0):
                # "Sir X Y, the Speaker of the House of Commons, Minister of State for Asia Z": the
                # office stands after a name, and the name after it is the next office's holder's;
                # "X, President of Malawi and Chairperson of SADC, H.E. Y, ...": the list's next item
                got = None
            if got is not None and _body_word_last(text, got[0], got[1]):
                got = None          # "FM - Miadhu News": a body's name, no person's
            if got is not None:
                # a known holder's name that goes on past the name read ("President Hassan
                # Sheikh Mohamud": an honorific's word inside a name) is read whole
                if known_at is None:
                    known_at = {h[0]: h[1] for h in s.person_hits if h[2] == "known"}
                e = known_at.get(got[0])
                if e is not None and e > got[1]:
                    got = (got[0], e, got[2])
            if got is not None and role and text.endswith(_COPULA_TAILS, 0, ostart) \
                    and _copula_before(text, ostart) is not None:
                # "X is the new ambassador of Y and Z W is ...": the office is X's,
                # and the name after its complement starts another clause
                if _name_before(text, _copula_before(text, ostart)) is not None:
                    got = None
            if got is None:
                # a known name the name patterns refuse ("Prime Minister, Theresa May")
                p = oend + 1 if text.startswith(",", oend) else oend
                if text[p:p + 1] == " " and text[p + 1:p + 2].isupper():
                    if known_at is None:
                        known_at = {h[0]: h[1] for h in s.person_hits if h[2] == "known"}
                    e = known_at.get(p + 1)
                    if e is not None:
                        got = (p + 1, e, oend)
            elif got[0] > oend + 8 and got[0] - 1 not in s.country_end:
                # "Adviser to President X": the name belongs to the office right before
                # it, inside the complement (not "Envoy of the President of X Y")
                if office_ends is None:
                    office_ends = {h[1]: h[0] for h in s.person_hits if h[2] == "office" and not h[3][1]}
                a = office_ends.get(got[0] - 1)
                if a is not None and a > oend and not text.endswith("the ", 0, a):
                    got = None
            if got is not None and ", and " in text[oend:got[0]]:
                j = text.rfind(", and ", oend, got[0])
                if office_starts is None:
                    office_starts = {h[0] for h in s.person_hits if h[2] in ("office", "office_of")}
                if _hons_re().fullmatch(text, j + 6, got[0]) is not None or (j + 6) in office_starts:
                    # "Mr. A, Ambassador of Peru, and Mr. B", "..., and Deputy Rector B": the name
                    # after the conjunction is another person's (not "Minister of Culture, Youth,
                    # and Sports, X")
                    got = None
            if got is not None and text.startswith(" as ", got[1]) and _AS_OFFICE.match(text, got[1]) is not None:
                # "High Commissioner of Kenya, Dr. Jan Berg as Ambassador of Norway": the
                # name belongs to the office after "as"
                got = None
            if got is not None and text.startswith(", ", got[1]) and text.endswith(", ", 0, ostart) \
                    and ("," in text[oend:got[0]] or " and " in text[oend:got[0]]) and (
                        any(k[1] == ostart - 2 and v[2] is None for k, v in found.items())
                        # ... or a name of two or more words without an honorific: "attended by
                        # Juan Rojas, Ambassador of Peru to Chile, Luis Soto, Ambassador of ..."
                        or (_name_before(text, ostart - 2) is not None
                            and s.country_at(*_name_before(text, ostart - 2)) is None)):
                # "Mr. A, Foreign Minister of Peru, Mr. B, Foreign Minister of Chile": between two
                # names that each have an apposition, the office is the first one's (when that
                # one has no office before it: not "Minister X, Minister Y, Minister Z")
                if office_starts is None:
                    office_starts = {h[0] for h in s.person_hits if h[2] in ("office", "office_of")}
                if got[1] + 2 in office_starts:
                    got = None
            if got is not None:
                ns, ne, comp_end = got
                if role == "President" and text.startswith(" of ", ne) and _OF_UNIVERSITY.match(text, ne):
                    role = "Rector"     # "President X of Hanoi University"
                has, iso = _country_in(text, s, oend, comp_end) if comp_end > oend else (False, None)
                if not has and (text.startswith(" of ", ne) or text.startswith(", of ", ne)):
                    # "Amb. Pavel Hrmo of Slovak Republic", "President X, of Kazakhstan": the state
                    # after the name
                    m = _OF_STATE.match(text, ne + (text[ne] == ","))
                    row = s.country_start.get(m.end()) if m is not None else None
                    if row is not None:
                        has, iso = True, row["key"]
                paren = _paren_state(text, s, ne) if text.startswith(" (", ne) else None
                if not has and paren is not None:
                    has, iso = True, paren[0]     # "Ambassador X (Colombia)"
                if not has:
                    has, iso = _country_before(text, s, ostart)
                if not has and payload[2] is not None:
                    has, iso = True, payload[2]
                if not has and oend - ostart > 30:
                    has, iso = _nationals_abroad(text, s, ostart, oend)
                if not has and text.endswith("by ", max(0, lead_at - 7), lead_at):
                    has, iso = _led_by(text, s, lead_at)
                if not has and text.startswith((" led", " head", "\nled", " chair"), ne):
                    has, iso = _leads_after(text, s, ne)
                if not has and role in _LOCAL_OFFICES and comp_end > oend:
                    iso = _city_state(text[oend:comp_end])
                    has = iso is not None
                if not has and role in _LOCAL_OFFICES and text[ostart - 2:ostart - 1].isalpha():
                    iso = _city_before(text, ostart)      # "Lima Mayor X", "Makkah Gov. X"
                    has = iso is not None
                if not has:
                    # "Ontario Premier X", "Québec’s Premier X", "the Premier of Québec, X",
                    # "Odisha Chief Minister X": a province's premier, minister or chief serves the
                    # province's state
                    iso = _region_before(text, ostart) if text[ostart - 2:ostart - 1].isalpha() else None
                    if iso is None and text.startswith(" of ", oend) and comp_end > oend:
                        iso = _region_of(text[oend:comp_end])
                    has = iso is not None
                if _joined(text, s, pending, ostart, role):
                    # two offices joined, or one title before another ("Deputy Foreign
                    # Minister Ambassador X"): the first one counts, and its country
                    role = pending[1]
                    has0, iso0 = _country_in(text, s, pending[0], ostart)
                    if not has0 and not has:
                        # "Kuwait's Assistant Minister of Foreign Affairs, Ambassador X"
                        has0, iso0 = _country_before(text, s, pending[2])
                        if not has0:
                            iso0 = pending[3]
                            has0 = iso0 is not None
                    if has0:
                        has, iso = has0, iso0
                if kind == "counterpart" and payload[1]:
                    # "his Iranian and Tajik counterparts, X and Y": each takes the
                    # state in its place, when as many states as names are written
                    names = [(ns, ne)]
                    m = _and_name_re().match(text, ne)
                    while m is not None and s.country_at(m.start(1), m.end(1)) is None:
                        names.append(m.span(1))
                        m = _and_name_re().match(text, m.end(1))
                    isos = _states_before(text, s, ostart)
                    for (a, b), iso in zip(names, isos if len(isos) == len(names) else [None] * len(names)):
                        _put(found, a, b, role, iso is not None, iso, None)
                        counterparts.add(a)
                    ne = names[-1][1]
                else:
                    away = None
                    if not has:
                        # "Ambassador to Azerbaijan X": the state the envoy is sent to is not theirs
                        away = _destination(text, s, ne) or (
                            _sent_to(text, s, oend, comp_end) if role in _ENVOYS and comp_end > oend else None)
                    _put(found, ns, ne, role, has, iso, away)
                if kind == "counterpart":
                    counterparts.add(ns)
                taken = ne
                pending = None
                last_role = role or last_role
                if kind != "counterpart" and payload[1]:      # "Presidents X, Y and Z"
                    # surnames after a surname: "Presidents Nazarbayev and Putin"
                    single = " " not in text[ns:ne]
                    if paren is not None:
                        taken = paren[1]            # "Ambassadors X (Colombia), Y (Angola) and Z"
                    span = _next_name(text, taken, single_re if single else None)
                    listed = []
                    while span is not None and s.country_at(*span) is None:
                        paren = _paren_state(text, s, span[1]) if text.startswith(" (", span[1]) else None
                        _put(found, span[0], span[1], role, paren is not None, paren and paren[0], None)
                        if paren is None:
                            listed.append(span)
                        taken = paren[1] if paren is not None else span[1]
                        span = _next_name(text, taken, single_re if single else None)
                    if listed and not has and paren is None and text.startswith(" of ", taken):
                        # "Senators X and Y of the United States": the state after the
                        # last name is the whole list's
                        m = _OF_STATE.match(text, taken)
                        row = s.country_start.get(m.end())
                        if row is not None:
                            for a, b in [(ns, ne)] + listed:
                                _put(found, a, b, role, True, row["key"], None)
                    # "Ambassadors of X Name1, Y Name2 and the Z Name3": each name after its state
                    while True:
                        m = _LIST_STATE.match(text, taken)
                        row = _state_at(text, s, m.end()) if m is not None else None
                        if row is None:
                            break
                        # "Ambassadors of Mali, X; Chad, Y and Niger, Z": a comma may stand after the state
                        m = _hon_name_re().match(text, row["end"] + text.startswith(",", row["end"]))
                        if m is None or s.country_at(m.start(1), m.end(1)) is not None:
                            break
                        _put(found, m.start(1), m.end(1), role, True, row["key"], None)
                        taken = m.end(1)
                continue
            if kind == "counterpart":
                continue
            if _joined(text, s, pending, ostart, role):
                # "Deputy Prime Minister, Minister of Defense and Minister of Interior X":
                # the first office of the chain counts
                pending = (oend, pending[1], pending[2], pending[3])
            else:
                pending = (oend, role, ostart, payload[2])
            # no name after the office: look for "Name, the Kyrgyz ambassador"
            if role and not _AFTER_APPOS.match(text, oend) and not _OF_PHRASE.match(text, oend) \
                    and not (text[ostart].isupper() and not _the_before(text, ostart)
                             and _AFTER_APPOS_VERB.match(text, oend)):
                continue
            if text.startswith(("(", " ("), oend) and (m := _ABBR_AFTER.match(text, oend)) is not None:
                oend = m.end()      # "X, the Director General (DG) of DIRCO": the complement after it
            if role and ostart > 1 and text[ostart - 1] == "\n" and _ON_ITS_LINE.match(text, oend) is None:
                # a list of envoys, a name on its line and the office on the next:
                # "Mr. X Y\n\nAmbassador-designate of Z"
                line_end = len(text[:ostart].rstrip())
                line_start = text.rfind("\n", 0, line_end) + 1
                m = _hon_name_re().fullmatch(text, line_start, line_end) if line_end - line_start < 60 else None
                if m is not None and " " in m.group("name") and s.country_at(m.start(1), m.end(1)) is None:
                    has, iso = _country_of_after(text, s, oend)
                    if not has and payload[2] is not None:
                        has, iso = True, payload[2]
                    _put(found, m.start(1), m.end(1), role, has, iso, None)
                    pending = None
                    continue
            if kind == "office" and payload[1]:
                continue    # an office in the plural is no one name's: "X, heads of the consulates"
            comma = text.rfind(",", max(0, ostart - 60), ostart)
            if role and " as " in text[max(0, ostart - 40):ostart] \
                    and (m := _AS_BEFORE.search(text, max(0, ostart - 40), ostart)) is not None \
                    and text[m.start() - 1:m.start()].isalpha():
                comma = m.start()           # "Dr. John Kvistad as Ambassador of Norway", "X, as the new ..."
            elif role and text.endswith((" – ", " — ", " - "), max(0, ostart - 3), ostart) \
                    and text[ostart - 4:ostart - 3].isalpha():
                comma = ostart - 2          # "Ms. Aiko Mori – Parliamentary Vice Minister for ..."
            elif role and (dash := _dash_before(text, ostart)) is not None:
                comma = dash                # "Jane Roe – Danish ambassador, and ...": the state's adjective between
            elif comma > 1 and text[comma - 1] == ")" and (p := text.rfind(" (", max(0, comma - 40), comma)) > 0 \
                    and text[p - 1].isalpha() and role \
                    and _appos_tail_re().fullmatch(text, comma + 1, ostart):
                comma = p                   # "Ana Ruiz (residence in Lima), the new Ambassador of ..."
            elif comma < 1 or comma in s.country_end or not text[comma - 1].isalpha() \
                    or not (_appos_tail_re() if role else _descr_tail_re()).fullmatch(text, comma + 1, ostart):
                copula = _copula_before(text, ostart) if role else None
                if copula is None:
                    if not (role and _bare_apposition(text, s, ostart, oend)):
                        continue
                    copula = ostart - 1     # "H.E. X Y Ambassador of the Republic of Z to W met ..."
                comma = copula              # "Joanne X is the new ambassador of the Netherlands"
            m = _POSTNOMINAL.search(text, max(0, comma - 12), comma) if text[comma - 1].isupper() else None
            if m is not None:
                comma = m.start()       # "Amb. X Y, CBS, Principal Secretary": letters after the name
            span = _name_before(text, comma)
            if span is not None:
                span = _strip_countries(text, s, span[0], span[1])
            if (span is None or " " not in text[span[0]:span[1]]) and (whole := next(
                    ((a, b) for a, b in found if b == (comma if span is None else span[1])
                     and (span is None or a < span[0])), None)) is not None:
                span = whole        # "Sultan Raev, Secretary General of ...": a name read whole before
            if span is None or (" " not in text[span[0]:span[1]] and "\u00a0" not in text[span[0]:span[1]]
                                and not _INITIAL_JOINED.search(text, span[0], span[1])):
                # one word is no name, but "Z.Enkhbold" (an initial against the surname) is
                continue
            has, iso = _country_in(text, s, comma, ostart)
            if not has:
                has, iso = _country_of_after(text, s, oend)
            if not has and payload[2] is not None:
                has, iso = True, payload[2]
            if not has and text.endswith("by ", max(0, span[0] - 3), span[0]):
                # "a delegation from Malawi led by X Y, minister of ...": the delegation's state
                has, iso = _led_by(text, s, span[0])
            if not has and role in _LOCAL_OFFICES:
                m = _OF_CITY.match(text, oend)
                iso = _city_state(m.group(0)) if m is not None else None
                has = iso is not None
            if not has and text[ostart - 2:ostart - 1].isalpha():
                iso = _region_before(text, ostart)     # "Jean Roe, Québec’s Premier"
                has = iso is not None
            if not has and text.startswith(" of ", oend):
                m = _OF_CITY.match(text, oend)          # "X, the President of the Generalitat of Catalonia"
                iso = _region_of(m.group(0)) if m is not None else None
                has = iso is not None
            for a, b in found:
                if b == span[1] and a > span[0]:
                    # "Mayor of Beyoğlu X Y, Secretary General ...": the name the office before read
                    span = (a, b)
                    break
            _put(found, span[0], span[1], role, has, iso, None)
            pending = None
            appos_end = oend
            last_role = role or last_role
        elif kind == "hon":
            # a key written with a full stop also matches the word without one: the hit
            # "Mr " of "Mr Ian Roe" ends after the space the name's pattern starts with
            m = _hon_name_re().match(text, end - 1 if text[end - 1].isspace() else end)
            if m is None:
                # "Mr Sultan Hajiyev", "H E Sultan bin Saad": after an honorific, a given name
                m = _SULTAN_NAME.match(text, end) if text.startswith("Sultan ", end) else None
                if m is not None:
                    _put(found, end, m.end(), *_pending_office(text, s, pending, start))
                    pending = None
                    taken = m.end()
                continue
            span = _strip_countries(text, s, m.start(1), m.end(1))
            if span is not None and not _body_word_last(text, *span):    # not "General Motors"
                _put(found, span[0], span[1], *_pending_office(text, s, pending, start))
                pending = None
                taken = span[1]
        elif kind == "known":
            m = _WORD.search(text, end, end + 40)
            if m is None or m.group(0) not in vocab().orgheads:      # not "Heydar Aliyev Palace"
                _put(found, start, end, None, False, None, None)
                taken = end
                # "the talks between Hakan Fidan and " + "Javad Zarif"
                m = _and_name_re().match(text, end)
                if m is not None and s.country_at(m.start(1), m.end(1)) is None \
                        and not text.startswith((",", " ,"), end):
                    _put(found, m.start(1), m.end(1), None, False, None, None)
                    taken = m.end(1)
    # "Brazil's Carlos Alberto Franca": a full name right after a state's possessive
    by_state = []           # (start, end) of the names read by their state alone
    stop_words = vocab().stop
    for row in doc.countries:
        e = row["end"]
        if text.startswith(("’s ", "'s "), e):
            m = _possessive_name_re().match(text, e + 3)
            if m is None:
                continue
            ns, ne = m.span(1)
            if s.country_at(ns, ne) is None and not any(a < ne and ns < b for a, b in found) \
                    and not _title_case_line(text, ns) and not _body_word_last(text, ns, ne):
                _put(found, ns, ne, None, True, row["key"], None)
                by_state.append((ns, ne))
            continue
        # "Ana Ruiz from Cuba", "Ana Ruiz of the Republic of Cuba", "Ana Ruiz (Cuba)": a full
        # name right before the state it comes from, the state ending its phrase
        a = row["start"]
        if text[a - 2:a] == ", " and _LINE_CLOSE.match(text, e):
            # "Ambassador X, Republic of Korea" on a line of its own, or closing a list's
            # item ("...; Ana Ruiz, Republic of Chile;"): the state of the name before
            old = next((k for k in found if k[1] == a - 2), None)
            if old is not None:
                if not found[old][3]:
                    _put(found, old[0], old[1], None, True, row["key"], None)
                continue
            # "...; Ana Ruiz, Republic of Chile; Bo Lind, Kingdom of Sweden;": an item of a
            # list of names by their states, the name opening it
            span = _name_before(text, a - 2)
            if span is not None and _ITEM_OPEN.search(text, max(0, span[0] - 8), span[0]) \
                    and not any(c.isdigit() for c in text[span[0]:span[1]]) \
                    and s.country_at(*span) is None \
                    and not any(x < span[1] and span[0] < y for x, y in found) \
                    and _place_state(text[span[0]:span[1]]) is None:       # not "Port Louis, Mauritius"
                _put(found, span[0], span[1], None, True, row["key"], None)
                by_state.append(span)
            continue
        if not text.endswith(_FROM_TAILS, 0, a) or a < 6:
            continue
        after = text[e:e + 2]
        if after[:1] not in _PHRASE_END and not (after[:1] == " " and after[1:2].islower()):
            continue        # "of Kazakhstan Airways", "(Georgia) Ltd" ... are no person's state
        if text[a - 1] == "(":
            if after[:1] != ")" or text[a - 2] not in " \u00a0":
                continue
            cut = a - 2
        else:
            cut = _from_cut(text, a)
            if cut is None:
                continue
        # the last word before must be a name's: capitalised, no stop word
        # ("President of Azerbaijan", "Ministry of Foreign Affairs of Kenya" are not)
        k = text.rfind(" ", max(0, cut - 30), cut)
        last = text[k + 1:cut]
        if not last[:1].isupper() or last in stop_words:
            if last not in _LONG_FORM_WORDS:
                continue
            # "X of the Republic of Poland": the long form of the state's name
            m = _FROM_STATE.search(text, max(0, a - 48), a)
            if m is None:
                continue
            cut = m.start()
            k = text.rfind(" ", max(0, cut - 30), cut)
            last = text[k + 1:cut]
            if not last[:1].isupper() or last in stop_words:
                continue
        span = _name_before(text, cut)
        if span is None or text[span[1]:cut].strip() or s.country_at(*span) is not None \
                or _title_case_line(text, span[0]):
            continue
        old = next((k for k in found if k[1] == span[1]), None)
        if old is not None:
            if not found[old][3]:
                # a name read after its honorific alone ("Mrs Ana Ruiz from Cuba") is an item
                # of the list of names by their states too
                if found[old][2] is None:
                    by_state.append(old)
                _put(found, old[0], old[1], None, True, row["key"], None)
            continue
        m = _BEFORE_WORD.search(text, max(0, span[0] - 30), span[0])
        if m is not None and m.group(1)[:1].isupper() and m.group(1) not in _honorific_words():
            continue        # the end of a longer name or title: "G L Peiris", "Great Mongol Empire"
        if not any(x < span[1] and span[0] < y for x, y in found):
            _put(found, span[0], span[1], None, True, row["key"], None)
            by_state.append(span)
    if by_state:
        _list_offices(doc, s, found, by_state)
    # the apposition after a name that has no state yet names its state: "Ambassador X, U.S.
    # Chief Negotiator for ...", "X, Assistant Minister for Cooperation of the Republic of
    # Serbia", "X, First Secretary at the Namibian Embassy" (a title the office table lacks)
    starts = None
    for k, v in list(found.items()):
        if v[3] or not text.startswith(", ", v[1]):
            continue
        iso = _apposition_state(text, s, v[1] + 2)
        if iso is None:
            continue
        # not the next item of a list: "X, Mauritanian Foreign Minister Y"
        if starts is None:
            starts = sorted(a for a, _ in found)
        m = _CLAUSE_END.search(text, v[1] + 2)
        i = bisect_left(starts, v[1] + 2)
        if i < len(starts) and starts[i] < (m.start() if m else len(text)):
            continue
        found[k] = (v[0], v[1], v[2], True, iso, v[5])
    return sorted(found.values()), counterparts


# offices an office of its own may serve ("Secretary to the President"), and such offices
_SERVED = frozenset({"President", "Prime Minister", "Vice President"})


def _the_before(text: str, pos: int) -> bool:
    """Whether "the" and spaces end ``text[:pos]`` (as they end every :data:`_HEAD_OF_BEFORE`
    match): the search is not worth making otherwise.

    >>> _the_before("Secretary to the President", 17), _the_before("Chief of staff President", 15)
    (True, False)
    """
    j = pos
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return j < pos and text.endswith("the", 0, j)


_HEAD_OF_BEFORE = re.compile(r"\b(?:Chief|Head|Secretary|Director|Chancellery|Administration)"
                             r"(?:[ \u00a0][A-Za-z]+){0,3}[ \u00a0]+(?:of|to)[ \u00a0]+the[ \u00a0]+\Z")


def _pending_office(text: str, s: Scan, pending, start: int) -> tuple:
    """(role, has_country, country, elsewhere) for a name at ``start`` that an honorific
    or the given name Sultan opens, from the office ``pending`` (as kept by _anchored)
    written right before it: "Minister of State for Foreign Affairs H E Sultan bin Saad";
    nothing when words stand between."""
    if pending is None:
        return None, False, None, None
    gap = text[pending[0]:start]
    if not gap.isspace() and not all(w in _honorific_parts() for w in gap.replace(".", " ").split()):
        return None, False, None, None
    has, iso = _country_before(text, s, pending[2])
    if not has and pending[3] is not None:
        has, iso = True, pending[3]
    return pending[1], has, iso, None


@lru_cache(maxsize=1)
def _honorific_parts() -> frozenset:
    """Every word of the honorifics, full stops taken for spaces ("H.E." -> "H", "E")."""
    return frozenset(w for h in vocab().honorifics for w in h.replace(".", " ").split())


def _bare_apposition(text: str, s: Scan, ostart: int, oend: int) -> bool:
    """Whether the office at text[ostart:oend] follows a name with no comma between and
    names the state it serves: "H.E. Ali Rahimov Ambassador of the Republic of Tajikistan
    to Malaysia met ...", the way some ministries' press releases write it.

    >>> t = "On May 3 Ali Rahimov Ambassador of Tajikistan met the rector."
    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc(t, [0], [len(t)]); d.countries = find_countries(d)
    >>> _bare_apposition(t, scan(d), 21, 31), _bare_apposition(t, scan(d), 0, 0)
    (True, False)
    """
    if ostart < 3 or text[ostart - 1] != " " or not text[ostart - 2].isalpha() \
            or (ostart - 1) in s.country_end or text.endswith(("'s ", "’s "), 0, ostart):
        return False                # "Azerbaijan's Speaker of ...", "the Kazakh Ambassador of ..."
    k = text.rfind(" ", max(0, ostart - 40), ostart - 1)
    if k < 0 or text[k + 1:k + 2] not in _UPPER_SET or text[ostart - 2].isupper():
        return False                # the word before is a name's last, not an abbreviation
    if not _OF_PHRASE.match(text, oend):
        return False
    has, iso = _country_of_after(text, s, oend)
    return has and iso is not None


_APPOS_LEAD = re.compile(r"(?:the[ \u00a0]+)?[A-Z]")
_APPOS_SMALL = frozenset(["of", "the", "for", "and", "at", "in", "to", "on", "with", "de", "du", "des", "la", "a.i."])


def _apposition_state(text: str, s: Scan, a: int) -> str | None:
    """The state an apposition starting at ``a`` names as its holder's: the one that opens
    it, or the last one after "of (the)" or written as an adjective before a capitalised
    word, up to the end of its clause; never one the holder is sent to ("to", "in").

    >>> from diplo_analysis.extract.countries import find_countries
    >>> t = "Ana Ruiz, Counsellor at the Chilean Embassy in Lima, spoke. Bo Li, Envoy to Peru, too."
    >>> d = Doc(t, [0], [len(t)]); d.countries = find_countries(d)
    >>> _apposition_state(t, scan(d), 10), _apposition_state(t, scan(d), 66)
    ('CHL', None)
    """
    if not _APPOS_LEAD.match(text, a):
        return None
    m = _CLAUSE_END.search(text, a)
    b = m.start() if m else len(text)
    if b - a > 120:
        return None
    starts = s.country_starts
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    if lo == hi or any(w not in _APPOS_SMALL for w in _LOWER_WORD.findall(text, a, starts[lo])):
        return None         # a clause, not a title: "X, Ana Ruiz was received by the ..."
    got = None
    for i in range(lo, hi):
        row = s.country_start[starts[i]]
        c = row["start"]
        if text.endswith((" to ", " to the ", " in ", " in the ", " with "), 0, c):
            continue
        if text.endswith((" of ", " of the "), 0, c) \
                or (text.startswith(" ", row["end"]) and text[row["end"] + 1:row["end"] + 2].isupper()):
            got = row["key"]
    return got


# the lower-case words a list of envoys may hold between its names
_LIST_WORDS = frozenset(["and", "from", "of", "the", "to", "in", "with", "residence", "resident", "based",
                         "accredited", "new",
                         "is", "are", "was", "were"])
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _list_offices(doc: Doc, s: Scan, found: dict, spans: list[tuple[int, int]]) -> None:
    """Names read by their state alone in a list after a plural office take
    that office: "the new ambassadors are Ana Ruiz from Cuba; Egypt's Omar Said and ...";
    and so do the names of a list that the next sentences open ("He received five
    envoys. They were X of Korea, ... Others are Y of Peru")."""
    text, sent_starts = doc.text, doc.sent_starts
    plural = [(h[0], h[1], h[3][0]) for h in s.person_hits
              if h[2] == "office" and h[3][1] and h[3][0]]
    if "envoys" in text or "diplomats" in text:
        plural += [(m.start(), m.end(), "Ambassador") for m in _ENVOYS_WORD.finditer(text)]
        plural.sort()
    if not plural:
        return
    parts = vocab().particles

    def last_office(lo: int, hi: int):
        got = None
        for a, b, role in plural:
            if lo <= a and b <= hi:
                got = (b, role)
        return got

    for ns, ne in spans:
        old = found.get((ns, ne))
        if old is None or old[2] is not None:
            continue
        sid = bisect_right(sent_starts, ns) - 1
        lo = sent_starts[sid] if sid >= 0 else 0
        office = last_office(lo, ns)
        if office is not None:
            b, role = office
        elif (block := _bullet_block(text, ns)) is not None:
            # "... nine new ambassadors ... the following:\n- X, from Mexico;\n- Y, from Peru"
            office = last_office(max(0, block - 400), block)
            if office is None:
                continue
            b, role = ns, office[1]
        else:
            m = _LIST_OPENER.match(text, lo)
            if m is None:
                continue
            for back in (1, 2):         # the sentence before, or the one before it
                if sid - back < 0:
                    break
                office = last_office(sent_starts[sid - back], sent_starts[sid - back + 1])
                if office is not None:
                    break
            if office is None:
                continue
            b, role = m.end(), office[1]
        # only names, states and the small words of a list in between, after a short
        # clause that opens the list: "The ambassadors who presented their credentials
        # include X of Somalia, Y of Canada"
        intro = None
        for intro in _LIST_INTRO.finditer(text, b, ns):
            pass
        if intro is not None and len(_LOWER_WORD.findall(text, b, intro.start())) <= _LIST_INTRO_WORDS:
            b = intro.end()
        if any(w not in _LIST_WORDS and w not in parts for w in _LOWER_WORD.findall(text, b, ns)):
            continue
        if any(h[2] in ("office", "office_of") and b <= h[0] < ns and h[3][0] != role for h in s.person_hits):
            continue
        found[(ns, ne)] = (ns, ne, role) + old[3:]


_BULLETS = ("- ", "• ", "* ", "– ")


def _bullet_block(text: str, pos: int) -> int | None:
    r"""Where the list of bulleted lines holding ``pos`` starts, when the line before
    it ends with a colon ("... the following:\n- X\n- Y"); else None.

    >>> _bullet_block("They are:\n- Ana Ruiz;\n\n- Jorge Paz.", 26)
    10
    """
    lo = text.rfind("\n", 0, pos) + 1
    if not text.startswith(_BULLETS, lo):
        return None
    first = lo
    while lo > 1:
        prev = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev:lo].strip()
        if text.startswith(_BULLETS, prev):
            first = prev
        elif line:                      # (blank lines between the items are skipped)
            return first if line.endswith(":") else None
        lo = prev
    return None


_ENVOYS_WORD = re.compile(r"\b(?:envoys|diplomats)\b")     # ("The diplomats included X (Poland), ...")
# what opens a list after a plural office and a short clause about them
_LIST_INTRO = re.compile(r"\b(?:include[sd]?|including|are|were|namely)\b|:")
_LIST_INTRO_WORDS = 8
# a sentence that goes on with a list of the sentence before: "They were ...", "Others are ..."
_LIST_OPENER = re.compile(r"(?:They|Others|The[ \u00a0]+others|The[ \u00a0]+rest)[ \u00a0]+"
                          r"(?:are|were|include|included)[ \u00a0]+")


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset:
    """The last words of the honorifics, as written ("Mrs", "Dr.", "Excellency")."""
    return frozenset(h.split()[-1] for h in vocab().honorifics)


@lru_cache(maxsize=1)
def _honorific_set() -> frozenset:
    """The honorifics, as written, as a set (the vocabulary keeps them in a tuple)."""
    return frozenset(vocab().honorifics)


def _word_before(text: str, end: int) -> tuple[int, str]:
    """(start, word) of the word that ends at ``end`` (a space after it)."""
    k = text.rfind(" ", max(0, end - 20), end)
    return k + 1, text[k + 1:end]


def _from_cut(text: str, a: int) -> int | None:
    """Where a name would end before the state at ``a``: "X from ", "X, from ", "X is from ",
    "X of ", "X from the ", "X of the "; None when no such word stands before it.

    >>> t = "Ana Ruiz, from the Netherlands"
    >>> _from_cut(t, 19), _from_cut("Ana Ruiz is from Peru", 17), _from_cut("met in Peru", 7)
    (8, 8, None)
    """
    if a < 2 or text[a - 1] != " ":
        return None
    start, word = _word_before(text, a - 1)
    if word == "the" and start > 1 and text[start - 1] == " ":
        start, word = _word_before(text, start - 1)
    if word == "of":
        return start - 1 if start > 0 and text[start - 1] == " " else None
    if word != "from" or start < 2 or text[start - 1] != " ":
        return None
    if text[start - 2] == ",":
        return start - 2                    # "X, from Mexico"
    s2, w2 = _word_before(text, start - 1)
    if (w2 == "is" or w2 == "was") and s2 > 0 and text[s2 - 1] == " ":
        return s2 - 1                       # "X is from Saudi Arabia"
    return start - 1


# the words of a state's long form that may end the words before its name ("of the Republic of")
_LONG_FORM_WORDS = frozenset(["Republic", "Kingdom", "Federation", "Confederation", "Commonwealth",
                              "Sultanate", "Principality", "Duchy", "State", "States", "Union", "Emirates",
                              # and the missions of a state: "X from the Embassy of Azerbaijan"
                              "Embassy", "Consulate", "Government", "Mission"])
# what a state a name comes from stands after (most states stand after other words: no search)
_FROM_TAILS = (" from ", " of ", " the ", "(")
# what may follow a state that ends a phrase: "Ana Ruiz from Cuba." / "(Cuba)" / "from Cuba, and"
_PHRASE_END = frozenset(",.;:)\n")
# what opens an item of a list: a line's start, a semicolon (and "and"), a colon
_ITEM_OPEN = re.compile(r"(?:^|\n|[;:][ \u00a0]+(?:and[ \u00a0]+)?)\Z")
# what may follow a state that closes a line or a list's item: "X, Republic of Korea\n"
_LINE_CLOSE = re.compile(r"[ \u00a0]*(?:[;\n]|\.?[ \u00a0]*(?:\n|\Z)|\Z)")
# between a name and the state it comes from: " from ", " is from ", " of the Republic of "
_FROM_STATE = re.compile(rf"(?:,?{_SP}from|{_SP}(?:is|was){_SP}from|{_SP}of){_SP}(?:the{_SP})?(?:(?:{_UP}[a-z]+{_SP}){{1,3}}of{_SP}(?:the{_SP})?)?\Z")


_NAME_SEP_BEFORE = re.compile(r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)\Z")


def _names_before_states(text: str, s: Scan, ostart: int) -> list[tuple[tuple[int, int], str]]:
    """((start, end), ISO3) of the names listed before ", Greek, Cypriot and Armenian
    foreign ministers" (the plural office at ``ostart``), as many as the states, in order.

    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc("Ali Karimov and Jan Berg, Uzbek and Danish ministers, met.", [0], [58])
    >>> d.countries = find_countries(d)
    >>> _names_before_states(d.text, scan(d), 43)
    [((0, 11), 'UZB'), ((16, 24), 'DNK')]
    """
    isos = _states_before(text, s, ostart)
    if len(isos) < 2:
        return []
    i = bisect_left(s.country_ends, ostart - 1)
    first = s.country_starts[i - len(isos) + 1] if i - len(isos) + 1 >= 0 else -1
    if first < 2 or not text.startswith(", ", first - 2):
        return []
    names, end = [], first - 2
    while len(names) < len(isos):
        span = _name_before(text, end)
        if span is None or text[span[1]:end].strip() or s.country_at(*span) is not None:
            return []
        names.append(span)
        if len(names) == len(isos):
            break
        m = _NAME_SEP_BEFORE.search(text, max(0, span[0] - 8), span[0])
        if m is None:
            return []
        end = m.start()
    return list(zip(names[::-1], isos))


_RESPECTIVELY = re.compile(r"[ \u00a0]*(?:[,–—-][ \u00a0]*)?respectively[ \u00a0]*[,:–—-]?[ \u00a0]*")


def _respectively(text: str, s: Scan, oend: int) -> list[tuple[int, int]]:
    """The names of a list after a plural office and "respectively": "foreign
    ministers – respectively, " + "A B, C D and E F".

    >>> _respectively("the two ministers, respectively, Ali Karimov and Jan Berg.", scan(Doc("", [], [])), 17)
    [(33, 44), (49, 57)]
    """
    m = _RESPECTIVELY.match(text, oend)
    if m is None:
        return []
    m = _possessive_name_re().match(text, m.end())
    if m is None or s.country_at(*m.span(1)) is not None:
        return []
    names = [m.span(1)]
    m = _and_name_re().match(text, names[-1][1])
    while m is not None and s.country_at(*m.span(1)) is None:
        names.append(m.span(1))
        m = _and_name_re().match(text, m.end(1))
    return names


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in title case, as headlines are
    ("Kazakhstan's Strategic Shift in Central Asia")."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[lo:hi if hi >= 0 else len(text)]
    if len(line) > 150 or line.endswith(".") or line.lstrip().startswith(("- ", "• ", "* ", "– ")):
        return False            # a paragraph or an item of a list, not a headline
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


@lru_cache(maxsize=1)
def _possessive_name_re() -> re.Pattern:
    p = _name_parts()
    return re.compile(rf"(?:{p['hon']}[ \u00a0]*)*(?P<name>{p['name2']}){p['end']}")


# offices no one holds together: "The President and Chancellor X agreed" names two people
_NEVER_ONE_HOLDER = frozenset((a, b) for a in ("President",)
                              for b in ("Prime Minister", "Chancellor", "Vice President"))


def _joined(text: str, s: Scan, pending, ostart: int, role) -> bool:
    """Whether the office ``role`` at ``ostart`` goes on the office ``pending`` (as kept by
    _anchored) of one person: joined to it ("Crown Prince and Prime Minister X"), a title after
    it ("Deputy Foreign Minister Ambassador X"), or its state's office after an international
    body's ("IGAD Chairperson and Ethiopian Prime Minister X"); never two offices no one holds
    together ("The President and Chancellor X")."""
    return pending is not None and (pending[1], role) not in _NEVER_ONE_HOLDER \
        and (_chained(text, pending[0], ostart) or _stacked(text, pending[0], ostart, role)
             or _chained_over_state(text, s, pending[0], ostart, pending[2]))


def _chained(text: str, lo: int, hi: int) -> bool:
    """``_CHAIN.fullmatch(text, lo, hi)``, refused at once when text[lo:hi]
    does not end with a comma or "and" (and spaces), as every match does.

    >>> _chained("Crown Prince and Prime Minister", 12, 17), _chained("Crown Prince met Prime", 12, 17)
    (True, False)
    """
    j = hi
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    if j > lo and text[j - 1] in ",–—-/&" or j - 3 >= lo and text[j - 3:j] == "and":
        return _CHAIN.fullmatch(text, lo, hi) is not None
    return False


def _chained_over_state(text: str, s: Scan, lo: int, hi: int, first: int) -> bool:
    """A chain of two offices, the first an international body's (starting at ``first``)
    and the second naming its state: "IGAD Chairperson and Ethiopian Prime Minister X",
    "CARICOM chairman and Barbados Prime Minister X" (not "the Kazakh President and
    Russian Prime Minister X", two people)."""
    row = s.country_end.get(hi - 1)
    return row is not None and row["start"] > lo and _chained(text, lo, row["start"]) \
        and _country_before(text, s, first) == (True, None)


def _stacked(text: str, lo: int, hi: int, role) -> bool:
    """Whether an office ending at ``lo`` stands right before a rank written as a
    title (``role``) starting at ``hi``, its complement between: "Deputy Foreign
    Minister" + "Ambassador X", "Yang di-Pertuan Agong" + "Sultan X", "Assistant
    Minister" + " for Asian Affairs " + "Ambassador X".

    >>> _stacked("Deputy Foreign Minister Ambassador", 23, 24, "Ambassador")
    True
    >>> _stacked("Assistant Minister for Asian Affairs Ambassador", 18, 37, "Ambassador")
    True
    """
    if role not in _RANK_TITLES or hi <= lo or text[hi - 1] not in " \u00a0":
        return False
    return hi == lo + 1 or (hi - lo < 60 and _SEG_RUN.fullmatch(text, lo, hi) is not None)


_SEG_RUN = re.compile(rf"(?:{_SEG})+[ \u00a0]")


# ranks written before a name as a title, after the office the person holds
_RANK_TITLES = frozenset({"Ambassador", "Sultan"})


_LEGISLATORS = frozenset(["Senator", "Member of Parliament"])
_CABINET = frozenset(["President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
                      "Minister"])


def _put(found: dict, start: int, end: int, role, has: bool, iso, elsewhere) -> None:
    """Record a mention; a second reading of the same span adds what the first lacked."""
    old = found.get((start, end))
    if old is None:
        found[(start, end)] = (start, end, role, has, iso, elsewhere)
    else:
        # the more specific office: "Minister" read first gives way to "Minister of Tolerance"
        # and a rank written as a title ("Amb. X, CBS, Principal Secretary") gives way to the office
        r = role if old[2] is None or (role is not None and (
            (old[2] in _VAGUE and role not in _VAGUE) or (old[2] == "Ambassador" and role != "Ambassador")
            # "Senator the Honourable X, Minister of Foreign Affairs": a legislator's title, then the office
            or (old[2] in _LEGISLATORS and (role in _CABINET or role.startswith("Minister of"))))) \
            else old[2]
        found[(start, end)] = (start, end, r, old[3] or has, old[4] if old[3] else iso, old[5] or elsewhere)


def _edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _within(a: str, b: str, k: int) -> bool:
    """Whether the Levenshtein distance of ``a`` and ``b`` is at most ``k`` (a small ``k``).

    >>> _within("Mamitkanov", "Mamytkanov", 1), _within("Saud", "Salman", 2)
    (True, False)
    """
    la, lb = len(a), len(b)
    if la - lb > k or lb - la > k:
        return False
    i, n = 0, min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    n -= i
    while j < n and a[la - 1 - j] == b[lb - 1 - j]:
        j += 1
    if i or j:
        a, b = a[i:la - j], b[i:lb - j]
    if not a or not b:
        return True            # the rest is as long as the difference in length, at most k
    if k == 0:
        return False
    if k == 1:
        # the three reads below with no edit left: each is an equality
        return a[1:] == b[1:] or a[1:] == b or a == b[1:]
    k -= 1
    return _within(a[1:], b[1:], k) or _within(a[1:], b, k) or _within(a, b[1:], k)


def _tokens(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


# "son of", "daughter of": the name after it is the father's, not a surname
_PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben", "ould"})
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _core(tokens: list[str]) -> list[str]:
    """A name's words without "Jr." or a regnal numeral."""
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    if tokens and tokens[-1].endswith(","):
        tokens = tokens[:-1] + [tokens[-1][:-1]]
    return tokens


@lru_cache(maxsize=4096)
def _key_words(key: str) -> tuple[str, ...]:
    """The words of a person's key without "Jr." or a regnal numeral."""
    return tuple(_core(key.split()))


def _same_person(short: list[str], full: list[str]) -> bool:
    """"M. Mamytkanov" / "Maksat Mamytkanov" / "Mamitkanov" against "Maksat Mamitkanov";
    never "Salman" against "Mohammed bin Salman", whose last name is his father's."""
    if len(short) == 2 and len(full) >= 2 and short[0] == full[0] and short[-1].endswith(_PATRONYMIC_ENDS) \
            and short[-1] != full[-1]:
        # "Dear Shavkat Miromonovich": a given name and the father's name, as Russian letters
        # address "Shavkat Miromonovich Mirziyoyev" ("Emomali Sharipovich" for "Emomali Rahmon")
        return True
    if short[-1][:1] != full[-1][:1] and short[-1] not in _SUFFIXES and full[-1] not in _SUFFIXES:
        a, b = _without_article(short[-1]), _without_article(full[-1])
        if a == b:
            # "Sisi" for "Abdel Fattah al-Sisi": the surname without its Arabic article
            return _same_person_rest(tuple(short[:-1]) + (b,), tuple(full[:-1]) + (b,))
        # the surnames start differently: the usual case, decided at once; but the
        # family name may be left out after a father's name ("Mohammad Bin Rashid"
        # for "Mohammad Bin Rashid Al Maktoum")
        return len(short) >= 3 and short[-2].casefold() in _PATRONYMIC and full[:len(short)] == short
    return _same_person_rest(tuple(short), tuple(full))


_PATRONYMIC_ENDS = ("ovich", "evich", "ovna", "evna")


def _without_article(word: str) -> str:
    """A surname without the Arabic article joined to it: "al-Sisi" -> "Sisi".

    >>> _without_article("al-Sisi"), _without_article("El-Sisi"), _without_article("Aliyev")
    ('Sisi', 'Sisi', 'Aliyev')
    """
    return word[3:] if len(word) > 4 and word[2] == "-" and word[:2].casefold() in ("al", "el") else word


@lru_cache(maxsize=16384)
def _same_person_rest(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """:func:`_same_person` of two names whose surnames start alike (or that end in a suffix),
    kept for the pairs compared again: the same people come back article after article."""
    short, full = _core(list(short)), _core(list(full))
    if len(full) < 2:
        return False
    last, flast = short[-1], full[-1]
    if last != flast:
        if last[:1] != flast[:1] or not _within(last, flast, 2 if len(flast) > 6 else 1):
            return False
        if len(short) == 1 and _fold(last) != _fold(flast):
            # a bare variant spelling needs the first initial to agree; the same
            # surname with other accents ("Karinš" for "Kariņš") is no variant
            return False
    if len(short) == 1:
        return not (len(full) >= 3 and full[-2].casefold() in _PATRONYMIC)
    first = short[0]
    if len(first) == 2 and first.endswith("."):
        return full[0][:1] == first[0]
    if first == full[0]:
        # "Sabah Al-Khaled Al-Hamad Al-Sabah" is not "Sabah Al-Ahmad Al-Jaber Al-Sabah":
        # middle names written must be the full name's
        return len(short) < 3 or _in_order([w for w in short[1:-1] if not w.endswith(".")], full[1:-1])
    # a given name left out: "Shehbaz Sharif" for "Muhammad Shehbaz Sharif",
    # "Sissoco Embaló" for "Umaro Sissoco Embaló"
    i = 1
    for w in short[:-1]:
        while i < len(full) - 1 and full[i] != w:
            i += 1
        if i >= len(full) - 1:
            return False
        i += 1
    return True


_NICKNAME_IN = re.compile(r"[“\"‘']([A-Z][\w-]+)[ \u00a0]*[”\"’']")
_NICKNAME_AFTER = re.compile(r"[ \u00a0]*\(([A-Z][a-z][\w-]+)\)")


def _nicknames(text: str, fulls: list[tuple[int, str]]) -> dict[str, str]:
    """Nickname -> key of the full names written with one: in quotes inside the name
    ("Joko “Jokowi” Widodo") or in parentheses right after it ("Joko Widodo (Jokowi)").

    >>> t = "President Joko Widodo (Jokowi) spoke."
    >>> _nicknames(t, [(10, "Joko Widodo")])
    {'Jokowi': 'Joko Widodo'}
    """
    out: dict[str, str] = {}
    for start, key in fulls:
        m = _NICKNAME_IN.search(key)
        if m is not None:
            out.setdefault(m.group(1), key)
        end = text.find(key, start, start + len(key) + 4)
        m = _NICKNAME_AFTER.match(text, start + len(key)) if end == start else None
        if m is not None:
            out.setdefault(m.group(1), key)
    return out


def _longer_form(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``short`` written at more length: with a given name more
    ("Muhammad Shehbaz Sharif") or the lineage going on ("Tamim bin Hamad Al Thani",
    "Mohammed bin Salman bin Abdulaziz Al Saud"); never a son's name that holds the
    father's ("Hamdan bin Mohammed bin Rashid" is not "Mohammed bin Rashid").

    >>> _longer_form("Tamim bin Hamad".split(), "Tamim bin Hamad Al Thani".split())
    True
    >>> _longer_form("Mohammed bin Rashid".split(), "Hamdan bin Mohammed bin Rashid".split())
    False
    """
    if len(short) >= 3 and short[-2].casefold() in _PATRONYMIC and full[:len(short)] == short:
        return True
    if len(full) > 2 and full[1].casefold() in _PATRONYMIC and full[0] != short[0]:
        return False
    return _same_person(short, full)


def _in_order(words: list[str], among: list[str]) -> bool:
    """Whether ``words`` all stand in ``among``, in that order.

    >>> _in_order(["Ali", "Reza"], ["Ali", "Hassan", "Reza"]), _in_order(["Reza", "Ali"], ["Ali", "Reza"])
    (True, False)
    """
    it = iter(among)
    return all(w in it for w in words)


# a lower-case letter against a capital inside a word, after at least three letters
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
# a capitalised word a scraper glued to the end of a name: "Sebastián PiñeraHe said"
_GLUED_TAIL = re.compile(r"(?<=[^\W\d_A-Z]{3})[A-Z][a-z]+\Z")


@lru_cache(maxsize=8192)
def _unglued(name: str) -> str:
    """``name`` without a word a scraper glued to its end: "Sebastián PiñeraHe" -> "Sebastián
    Piñera"; "Xi Jinpingwhich" -> "Xi Jinping" when that is a known holder's name. (Kept for
    the names read again: the same people come back article after article.)

    >>> _unglued("Ana RuizPhoto"), _unglued("Xi Jinpingwhich"), _unglued("Ana Ruizwhich")
    ('Ana Ruiz', 'Xi Jinping', 'Ana Ruizwhich')
    >>> _unglued("Volodymyr Zelenskyy")
    'Volodymyr Zelenskyy'
    """
    last = name.rfind(" ") + 1
    # (the glued word's capital stands three letters or more into the last word)
    m = None if name[last + 3:].islower() else _GLUED_TAIL.search(name, last)
    if m is not None:
        return name[:m.start()]
    if _fold(name) in _holder_index()[0]:
        return name
    full = _holder_index()[0]
    # a glued word of three letters or more ("which", "next"), not a spelling's last letter
    # ("Zelenskyy" is no "Zelensky" + "y")
    if not name[-3:].isalpha() or not name[-3:].islower():
        return name
    for end in range(len(name) - 3, last + 2, -1):
        if not name[end].islower():
            break
        if _fold(name[:end]) in full:
            return name[:end]
    return name


@lru_cache(maxsize=1)
def _glued_honorific() -> re.Pattern:
    """An honorific of letters only glued to the name after it: "ShriVinay", "SmtMeena"."""
    hons = sorted((h for h in vocab().honorifics if h.isalpha() and h[0].isupper()), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(hons)})(?={_UP}[a-z])")


def _surname_letter(toks: list[str]) -> str | None:
    """The first letter of the surname of a name's words, when two names whose letters
    differ can be neither :func:`_same_person` nor :func:`_longer_form` of each other
    (either way round); None when they still can: a "Jr." or a regnal numeral last, or
    a father's name before the last word ("Mohammad Bin Rashid").

    >>> _surname_letter(["Maksat", "Mamitkanov"]), _surname_letter(["Martin", "Luther", "Jr."])
    ('M', None)
    >>> _surname_letter(["Mohammad", "Bin", "Rashid"]) is None
    True
    """
    last = toks[-1]
    if last in _SUFFIXES or (len(toks) >= 3 and toks[-2].casefold() in _PATRONYMIC) \
            or (len(toks) == 2 and last.endswith(_PATRONYMIC_ENDS)):
        return None     # (or a given name and the father's: "Emomali Sharipovich" for "Emomali Rahmon")
    return last[:1]


def _resolve(mentions: list[tuple], text: str, year: int | None) -> tuple[list, list]:
    """Give every mention the key (full name) of the person it names."""
    fulls: list[tuple[int, str]] = []            # (start, key) of mentions of two or more words
    keys: dict[str, list[str]] = {}              # key -> its words
    letters: dict[str, str | None] = {}          # key -> _surname_letter of its words
    seen: dict[str, str] = {}                    # name as written -> key
    out = []
    for m in mentions:
        name = text[m[0]:m[1]]
        if "\u00a0" in name or "  " in name:
            name = " ".join(_tokens(name))
        if not name.istitle() and _GLUED.search(name):
            # "JeyhunBayramov": two names a scraper glued, when they are a known holder's
            apart = _GLUED.sub(" ", name)
            if _fold(apart) in _holder_index()[0]:
                name = apart
        if not name.istitle() and (h := _glued_honorific().match(name)) is not None:
            name = name[h.end():]       # "ShriVinay Kumar": an honorific a scraper glued to the name
        if " " in name and len(name) - name.rfind(" ") > 6:
            name = _unglued(name)
        key = seen.get(name)
        if key is None:
            # "A.Ažubalis": an initial written against the surname is a short form
            toks = (_INITIAL_JOINED.sub(". ", name) if "." in name else name).split()
            if len(toks) >= 2 and not (len(toks[0]) == 2 and toks[0][1] == "."):
                # only the keys whose surname could be this one's (see _surname_letter)
                letter = _surname_letter(toks)
                maybe = [(k, ktoks) for k, ktoks in keys.items()
                         if letter is None or letters[k] is None or letters[k] == letter] if keys else ()
                for k, ktoks in maybe:
                    if _same_person(toks, ktoks):
                        key = k
                        break
                if key is None and maybe:
                    # a longer form after a shorter one ("Shehbaz Sharif", then "Muhammad Shehbaz
                    # Sharif"; "Tamim bin Hamad", then "Tamim bin Hamad Al Thani"): the name as
                    # first written stays the key
                    # (and a lineage cut short after the full one: "Mohammed bin Salman")
                    key = next((k for k, ktoks in maybe
                                if _longer_form(ktoks, toks) or _longer_form(toks, ktoks)), None)
                if key is None:
                    key = name
                    keys[name] = toks
                    letters[name] = letter
                seen[name] = key
        if key is not None:
            fulls.append((m[0], key))
        out.append([m, name, key])
    # surname or initial forms: the nearest full name before, else after
    nicknames = None
    roles = None        # key -> the offices its full mentions are written with, when first needed
    for item in out:
        m, name, key = item
        if key is not None:
            continue
        toks = (_INITIAL_JOINED.sub(". ", name) if "." in name else name).split()
        best = None
        for start, k in fulls:
            if (best is None or start < m[0]) and _same_person(toks, keys[k]):
                if start > m[0] and m[2] is not None and m[2] not in _VAGUE and m[2] not in _RANK_TITLES:
                    if roles is None:
                        roles = {}
                        for fm, _, fk in out:
                            if fk is not None and fm[2] is not None:
                                roles.setdefault(fk, set()).add(fm[2])
                    if roles.get(k) and m[2] not in roles[k] and roles[k].isdisjoint(_VAGUE) \
                            and roles[k].isdisjoint(_RANK_TITLES):
                        # "Prime Minister Browne ... Minister for Housing Maria Browne": a full name
                        # after the surname, in another office, is another person's
                        continue
                best = k
        if best is None and len(toks) == 1:
            # "President Jokowi" after "Joko “Jokowi” Widodo" or "Joko Widodo (Jokowi)": a nickname
            if nicknames is None:
                nicknames = _nicknames(text, fulls)
            best = nicknames.get(toks[0])
        if best is None and len(toks) == 1:
            # "Ambassador Park" for "Park Sung-min": a family name written first
            for start, k in fulls:
                if keys[k][0] == toks[0]:
                    best = k
                    break
        if best is None and m[2] in _REGNAL:
            best = _holder_by_regnal_name(toks[0], m[2], year)
        if best is None and not (len(toks) == 1 and text.endswith(_REGNAL_TITLES, 0, m[0])):
            # (a single name after "Pope" or "Emperor" is a reigning name, not a surname:
            # "Pope Francis" is no minister Francis)
            best = _holder_by_surname(_core(toks)[-1], year, m[2])
            if best is not None and len(toks) == 1 and not _same_person(toks, best.split()):
                best = None     # "King Salman" is not "Mohammed bin Salman"
            elif best is not None and not _initials_fit(_core(toks)[:-1], best):
                best = None     # "G.Bold" is not "Luvsanvandangiin Bold"
        item[2] = best or name
    return [(m[0], m[1], key) for m, _, key in out], out


_DOT_SPACE = re.compile(r"\.[ ]")


def _cover(taken: bytearray, a: int, b: int) -> None:
    """Mark ``text[a:b]`` taken in ``taken`` (a byte a character of the text)."""
    taken[a:b] = b"\x01" * (b - a)


def _later(text: str, s: Scan, spans: list[tuple[int, int, str]], keys=None) -> list[tuple[int, int, str]]:
    """Bare surnames and initial forms of people already named in full
    (``keys``: the keys of ``spans`` in text order, when the caller has them).

    >>> _later("Maksat Mamitkanov came. Mamitkanov and M. Mamytkanov spoke.", scan(Doc("", [], [])),
    ...        [(0, 17, "Maksat Mamitkanov")])
    [(24, 34, 'Maksat Mamitkanov'), (39, 52, 'Maksat Mamitkanov')]
    """
    people = []
    for key in (dict.fromkeys(key for _, _, key in spans) if keys is None else keys):
        toks = _key_words(key)
        if len(toks) >= 2:
            people.append((key, toks))
    if not people:
        return []
    ends = {b: a for a, b, _ in reversed(spans)}
    # the characters the names read cover, a byte each (a position is tested, not every span)
    taken = bytearray(len(text))
    for a, b, _ in spans:
        _cover(taken, a, b)
    org_spans = s.org_spans         # sorted, none overlapping: found by bisection
    org_starts = [a for a, _ in org_spans]
    v = vocab()
    stop, orgheads = v.stop, v.orgheads
    n = len(text)
    out = []
    initials = None         # letter -> where it stands before ". "
    for key, toks in people:
        if len(toks) >= 3 and toks[-2].casefold() in _PATRONYMIC:
            continue        # "Salman" alone is not "Mohammed bin Salman"
        surname = toks[-1]
        size = len(surname)
        pos = text.find(surname)
        while pos >= 0:
            end = pos + size
            nxt = text.find(surname, pos + 1)
            if (end in ends and ends[end] <= pos) or (pos and (text[pos - 1].isalnum() or text[pos - 1] in "-'’")) \
                    or (end < n and (text[end].isalnum() or text[end] == "-")) \
                    or taken[pos] \
                    or ((i := bisect_right(org_starts, pos) - 1) >= 0 and org_spans[i][1] > pos):
                pos = nxt
                continue
            start = pos
            # the word just before, across one space: the first name, or another person's
            if pos >= 2 and text[pos - 1] == " ":
                k = text.rfind(" ", max(0, pos - 30), pos - 1)
                word = text[k + 1:pos - 1] if k >= 0 or pos <= 30 else ""   # "" when it is too long
                if word == toks[0] or (len(word) == 2 and word == toks[0][0] + "."):
                    start = k + 1
                elif word[:1].isupper() and not (word.endswith(".") and len(word) > 2) \
                        and word not in stop and s.country_at(k + 1, pos) is None:
                    pos = nxt               # another person of the same surname
                    continue
            m = _WORD.search(text, end, end + 40)
            if m is None or m.group(0) not in orgheads:       # not "Aliyev Foundation"
                out.append((start, end, key))
                _cover(taken, start, end)
            pos = nxt
        # initial forms with a variant spelling: "M. Mamytkanov" for "Maksat Mamitkanov"
        first = toks[0][0]
        initial = first + "."
        if first == "." or first == " ":
            places = []
            pos = text.find(initial + " ")
            while pos >= 0:
                places.append(pos)
                pos = text.find(initial + " ", pos + 1)
        else:
            if initials is None:
                initials = {}
                for m in _DOT_SPACE.finditer(text):
                    p = m.start() - 1
                    if p >= 0:
                        initials.setdefault(text[p], []).append(p)
            places = initials.get(first, ())
        for pos in places:
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ".-'’")) and not taken[pos]:
                m = _WORD.match(text, pos + 3)
                if m and _same_person([initial, m.group(0)], toks):
                    out.append((pos, m.end(), key))
                    _cover(taken, pos, m.end())
    return out


# the states whose foreign minister is the "canciller" ("chanceler"), which English copy often
# writes "Chancellor": Spanish- and Portuguese-speaking America (Real Academia Española,
# "canciller": minister of foreign affairs in many American countries)
_CANCILLER_STATES = frozenset(["ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "GTM", "HND", "MEX",
                               "NIC", "PAN", "PER", "PRY", "SLV", "URY", "VEN"])


# offices that serve a state (not an international body, a company or a university);
# directors, heads and advisers count too: a body of an international organization or a
# company is named beside them ("Director of the IAEA"), and then its state is read first
_NATIONAL_OFFICES = frozenset([
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Deputy Foreign Minister", "Minister", "Deputy Minister", "Speaker", "Deputy Speaker", "King",
    "Queen", "Emir", "Sultan", "Crown Prince", "Chancellor", "Senator", "Member of Parliament",
    "Permanent Secretary", "First Lady", "Assistant to the President", "Spokesperson",
    "Director", "Head", "Adviser", "Governor", "Mayor", "Chief of General Staff", "Commander",
    "Deputy Governor", "Deputy Mayor",
])


# offices a state has one of: two of them in one enumeration serve two states
# ("Secretary of State X and Foreign Minister Y")
_ONE_PER_STATE = frozenset([
    "President", "Vice President", "Prime Minister", "Foreign Minister", "King", "Queen", "Emir",
    "Sultan", "Crown Prince", "Chancellor", "First Lady", "Speaker",
])


# offices that serve a state abroad: the next office of a list is not theirs
# ("Consul General of X Y, Deputy Governor of Istanbul Z")
_ENVOYS = frozenset(["Ambassador", "Consul General", "Chargé d'affaires", "Special Envoy",
                     "Special Representative"])


_OF_STATE = re.compile(r" of[ \u00a0]+(?:the[ \u00a0]+)?")
_LIST_STATE = re.compile(r"[ \u00a0]*(?:[,;][ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:of[ \u00a0]+)?(?:the[ \u00a0]+)?")
# the words of a state's long form before its short name: "Republic of ", "Confederation of the "
_LONG_FORM = re.compile(rf"(?:{_UP}[a-z]+{_SP}){{1,3}}of{_SP}(?:the{_SP})?")
_HYPHEN_TAIL = re.compile(r"(?:-[A-Za-z]+){1,2}(?![\w-])")


# between two people of one enumeration: a comma or "and", then an office in capitals
_ENUMERATION = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                          r"(?:(?:the|of|for|and)[ \u00a0]+|[A-Z][\w'’-]*,?[ \u00a0]+){0,7}[A-Za-z][\w'’-]*\.?,?[ \u00a0]+")


@lru_cache(maxsize=1)
def _office_states() -> dict[str, str]:
    """``data/office_states.csv``: offices whose title only one state uses -> its ISO3.

    >>> _office_states()["assistant secretary of state"]
    'USA'
    """
    with open(DATA / "office_states.csv", encoding="utf-8", newline="") as fh:
        return {_norm(r["office"]): r["iso3"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _historical_figures() -> dict[str, str]:
    """``data/historical_figures.csv``: founders, statesmen and poets of a state's
    history that diplomatic news names ("Mao Zedong", "Nizami Ganjavi") -> ISO3.

    >>> _historical_figures()["Ho Chi Minh"]
    'VNM'
    """
    with open(DATA / "historical_figures.csv", encoding="utf-8", newline="") as fh:
        return {" ".join(r["name"].split()): r["iso3"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _ruling_houses() -> dict[str, str]:
    """``data/ruling_houses.csv``: family names of reigning houses -> ISO3."""
    with open(DATA / "ruling_houses.csv", encoding="utf-8") as fh:
        return {r["house"].casefold(): r["iso3"] for r in csv.DictReader(fh)}


def _ruling_house(key: str) -> str | None:
    """The state of a member of a reigning house, by the house's name at the end of the name.

    >>> _ruling_house("Mohammed bin Zayed Al Nahyan"), _ruling_house("Sabah Al-Khaled Al-Hamad Al-Sabah")
    ('ARE', 'KWT')
    >>> _ruling_house("Jefri Bolkiah"), _ruling_house("Ali Nahyan")
    ('BRN', None)
    """
    toks = key.replace("-", " ").split()
    if len(toks) < 2:
        return None
    houses = _ruling_houses()
    if len(toks) >= 3 and " ".join(toks[-2:]).casefold() in houses:
        return houses[" ".join(toks[-2:]).casefold()]
    return houses.get(toks[-1].casefold())      # a house of one word: "Jefri Bolkiah"


# an envoy, a credentials ceremony, and then "to (the) " a state: "Ambassador of Peru to Ghana",
# "envoys accredited to Kenya", "presented his credentials to the President of Chile"
_ENVOY_TO = re.compile(r"(?:[Aa]mbassador|[Ee]nvoys?|High[ \u00a0]+Commissioner|[Cc]harg[ée][ \u00a0]+d.[Aa]ffaires"
                       r"|accredited|[Cc]redentials|[Cc]redence)\b[^.;:\n]{0,80}?[ \u00a0]to[ \u00a0]+(?:the[ \u00a0]+)?\Z")


def _host_state(text: str, countries: list[dict]) -> str | None:
    """The one state that the envoys of the page are sent to, if there is one.

    >>> from diplo_analysis.extract.countries import find_countries
    >>> t = "Ana Ruiz, the Ambassador of Peru to Ghana, met President Kofi Mensah."
    >>> _host_state(t, find_countries(Doc(t, [0], [len(t)])))
    'GHA'
    """
    found = set()
    for row in countries:
        a = row["start"]
        if text.endswith(("to ", "to the ", "to\u00a0"), 0, a) and _ENVOY_TO.search(text, max(0, a - 110), a):
            found.add(row["key"])
            if len(found) > 1:
                return None
    return found.pop() if found else None


# a group of a state's people and the list of them that follows
_INCLUDING = re.compile(
    r"\b(?:officials|members|representatives|leaders|ministers|dignitaries|guests|delegates|diplomats"
    r"|figures|businessmen|executives|deputies|lawmakers|parliamentarians)\b(?P<of>[^.;:\n]{0,60}?),?[ \u00a0]+"
    r"(?:including|such[ \u00a0]+as|among[ \u00a0]+them|among[ \u00a0]+whom"
    # "a delegation of deputies of the Jogorku Kenesh of the Kyrgyz Republic consisting of ..."
    r"|consisting[ \u00a0]+of|composed[ \u00a0]+of|comprising|made[ \u00a0]+up[ \u00a0]+of)[ \u00a0]")


def _group_state(doc: Doc, s: Scan, pos: int) -> str | None:
    """The state of a group whose list, in the same sentence, holds the name at ``pos``:
    "Japanese officials, including X" / "officials of the Government of Japan, among them X".

    >>> from diplo_analysis.extract.countries import find_countries
    >>> d = Doc("He met officials of the Chilean Government, including Ana Ruiz.", [0], [62])
    >>> d.countries = find_countries(d)
    >>> _group_state(d, scan(d), 54)
    'CHL'
    """
    text = doc.text
    sid = bisect_right(doc.sent_starts, pos) - 1
    lo = max(doc.sent_starts[sid] if sid >= 0 else 0, pos - 300)
    if "including" not in text[lo:pos] and " as " not in text[lo:pos] and "among" not in text[lo:pos] \
            and "consist" not in text[lo:pos] and "compos" not in text[lo:pos] and "compris" not in text[lo:pos] \
            and "made up" not in text[lo:pos]:
        return None
    last = None
    for last in _INCLUDING.finditer(text, lo, pos):
        pass
    if last is None:
        return None
    row = s.country_end.get(last.start() - 1)
    if row is not None:
        return row["key"]
    if last.group("of"):
        has, iso = _country_in(text, s, last.start("of"), last.end("of"))
        if has:
            return iso
    return None


# a state's bodies named without the state once the text has named it: the same body
# written in other words takes the same group ("the Foreign Ministry", "the MFA")
_BODIES = {
    "foreign ministry": "mfa", "ministry of foreign affairs": "mfa", "foreign affairs ministry": "mfa",
    "mfa": "mfa", "ministry of external affairs": "mfa", "ministry of foreign relations": "mfa",
    "embassy": "embassy", "chancellery": "embassy", "chancery": "embassy", "presidential office": "presidency", "office of the president": "presidency",
    "high commission": "embassy",   # a Commonwealth state's embassy in another: "Bangladesh High Commission"
    "presidential administration": "presidency", "defence ministry": "mod", "defense ministry": "mod",
    "ministry of defence": "mod", "ministry of defense": "mod",
}
_BODY_RE = re.compile(r"(?i:" + "|".join(sorted((re.escape(b) for b in _BODIES), key=len, reverse=True))
                      + r")(?![\w-])")


def _body_group(written: str) -> str | None:
    """The group of :data:`_BODIES` a body's name as written belongs to, else None: the
    pattern ignores case, so it also matches the Turkish dotless and dotted i
    ("MINISTRY" written "Mınıstry"), whose case-folded form is no key.

    >>> _body_group("Foreign Ministry"), _body_group("Mınıstry of Defence")
    ('mfa', None)
    """
    return _BODIES.get(written.casefold())


# office words between a body and the name it gives an office to: "Embassy spokesperson X"
_BODY_GAP = re.compile(r"(?:['’]s)?(?:[ \u00a0]+(?:[A-Z][\w-]*|spokes(?:person|man|woman)|deputy|press|secretary"
                       r"|director|head|chief|official|counsellor|attach[ée]))+,?[ \u00a0]+\Z")
# between a name and the body its appositive office belongs to: ", the Deputy Spokesperson of the "
_BODY_APPOS = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w-]*[ \u00a0]+){1,4}(?:of|at|for)[ \u00a0]+the[ \u00a0]+")


def _body_state(text: str, s: Scan, span: tuple[int, int]) -> str | None:
    """The state of the body whose office the name at ``span`` holds, when the body is
    named without its state ("Embassy spokesperson X", "X, the Deputy Spokesperson of the
    Ministry of Foreign Affairs") but an earlier mention of it gives one ("the Embassy
    of Turkmenistan", "the Indonesian Foreign Ministry").

    >>> from diplo_analysis.extract.countries import find_countries
    >>> t = "The Embassy of Chile hosted a fair. Embassy spokesperson Ana Ruiz spoke."
    >>> d = Doc(t, [0], [len(t)]); d.countries = find_countries(d)
    >>> _body_state(t, scan(d), (57, 65))
    'CHL'
    """
    start, end = span
    group = None
    for m in _BODY_RE.finditer(text, max(0, start - 60), start):
        if (_BODY_GAP.fullmatch(text, m.end(), start) or (text[m.end():start].isspace() and m.end() < start)) \
                and (g := _body_group(m.group(0))) is not None:
            group, at = g, m.start()
    if group is None:
        m = _BODY_APPOS.match(text, end)
        b = _BODY_RE.match(text, m.end()) if m is not None else None
        if b is None or (group := _body_group(b.group(0))) is None:
            return None
        at = start
    found = None
    for m in _BODY_RE.finditer(text, 0, at):
        if _body_group(m.group(0)) != group:
            continue
        row = s.country_end.get(m.start() - 1)          # "the Indonesian Foreign Ministry"
        if row is None and text.startswith(("’s ", "'s "), m.start() - 3):
            row = s.country_end.get(m.start() - 3)      # "Turkmenistan's Embassy"
        if row is None:
            o = _OF_BEFORE_STATE.match(text, m.end())   # "the Embassy of Turkmenistan"
            row = s.country_start.get(o.end()) if o is not None else None
        if row is not None:
            found = row["key"]
    return found


def _embassy_state(text: str, s: Scan) -> str | None:
    """The state of the embassies the text names with a state, when they are all of one
    state ("The Embassy of Chile ...", "the Chilean Embassy", "Chile's embassy").

    >>> from diplo_analysis.extract.countries import find_countries
    >>> t = "The Embassy of Chile in Rome held a reception. Ambassador Ana Ruiz spoke."
    >>> d = Doc(t, [0], [len(t)]); d.countries = find_countries(d)
    >>> _embassy_state(t, scan(d))
    'CHL'
    """
    found = set()
    for m in _BODY_RE.finditer(text):
        if _body_group(m.group(0)) != "embassy":
            continue
        row = s.country_end.get(m.start() - 1)
        if row is None and text.startswith(("’s ", "'s "), m.start() - 3):
            row = s.country_end.get(m.start() - 3)
        if row is None:
            o = _OF_BEFORE_STATE.match(text, m.end())
            row = s.country_start.get(o.end()) if o is not None else None
        if row is not None:
            found.add(row["key"])
    return found.pop() if len(found) == 1 else None


_OF_BEFORE_STATE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")


_IN_STATE = re.compile(r"(?:In|in)[ \u00a0]+(?:the[ \u00a0]+)?")


# a meeting between the person named before and the one named after
_MEETS = re.compile(r"\b(?:with|met|meets|received|receives|welcomed|welcomes|hosted|hosts|called on)\b")


def _companion_state(doc: Doc, pos: int, resolved: list, country: dict) -> str | None:
    """The state of the person a sentence says the one named at ``pos`` accompanies: the
    nearest person with a state named before "accompanied by" in the same sentence (in full,
    or by the surname of a person named before).

    >>> d = Doc("President Ana Ruiz will be accompanied by Jan Berg, Minister of Health.", [0], [70])
    >>> _companion_state(d, 41, [((10, 18), None, "Ana Ruiz")], {"Ana Ruiz": "PER"})
    'PER'
    """
    text = doc.text
    sid = bisect_right(doc.sent_starts, pos) - 1 if doc.sent_starts else 0
    lo = doc.sent_starts[sid] if doc.sent_starts and sid >= 0 else 0
    by = text.rfind("ccompanied by", lo, pos)
    if by < 0:
        return None
    best = None
    for m, _, k in resolved:
        if lo <= m[0] < by and country.get(k):
            best = country[k]
    if best is None:
        # "Geingob will be accompanied by ...": a person named before by the surname alone
        before = text[lo:by]
        for _, _, k in resolved:
            last = k.rsplit(" ", 1)[-1]
            if " " in k and country.get(k) and len(last) > 2 and _whole_word_in(last, before):
                best = country[k]
    return best


def _whole_word_in(word: str, text: str) -> bool:
    r"""Whether ``word`` stands in ``text`` with no word character nor hyphen against it
    (the search of ``(?<![\w-])word(?![\w-])``, without compiling a regex for each word).

    >>> _whole_word_in("Roe", "Ana Roe-Li and Jo Roe came"), _whole_word_in("Roe", "Ana Roes")
    (True, False)
    """
    size = len(word)
    i = text.find(word)
    while i >= 0:
        before, after = text[i - 1:i], text[i + size:i + size + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (after and (after.isalnum() or after in "_-")):
            return True
        i = text.find(word, i + 1)
    return False


def _sentence_setting(doc: Doc, s: Scan, pos: int) -> str | None:
    """The state a sentence opens in ("In Nauru, ..."), for the person named at ``pos``."""
    sid = bisect_right(doc.sent_starts, pos) - 1
    start = doc.sent_starts[sid] if sid >= 0 else 0
    m = _IN_STATE.match(doc.text, start)
    if m is None:
        return None
    row = s.country_start.get(m.end())
    if row is None or not doc.text.startswith(",", row["end"]):
        return None
    return row["key"]


def _counterpart_offices(spans: list[tuple], resolved: list, counterparts: set, role: dict) -> None:
    """"Lavrov held talks with his Azerbaijani counterpart Elmar Mammadyarov": the
    counterpart holds the office of the person named last before, by full name or
    surname (``spans``, sorted); else the office last given before (read by
    :func:`_anchored`)."""
    for m, _, key in resolved:
        if m[0] not in counterparts or (role.get(key) is not None and role[key] not in _VAGUE):
            continue
        got = None
        for a, _, k in reversed(spans[:bisect_left(spans, (m[0],))]):
            if k != key and role.get(k) is not None:
                got = role[k]
                break
        got = got or m[2]
        if got is not None:
            role[key] = got


# presenting credentials, and the words that may stand between the envoy's name and it
_CREDENTIALS = re.compile(r"\b(?:present(?:ed|s|ing)?|handed[ \u00a0]+over|submitted)[ \u00a0]+(?:(?:his|her|their)[ \u00a0]+)?"
                          r"(?:copies[ \u00a0]+of[ \u00a0]+(?:(?:his|her|their)[ \u00a0]+)?)?"
                          r"(?:letters?[ \u00a0]+of[ \u00a0]+credence|credentials|credence)\b")
_BEFORE_CREDENTIALS = frozenset(["and", "from", "of", "the", "who", "also", "has", "have", "had", "was", "were",
                                 "next", "first", "last", "among", "to", "then", "formally", "officially",
                                 "today", "yesterday", "two", "three", "four", "five", "six", "seven", "eight"])


# the host's side of the ceremony, before the envoy's name: "received the credentials of",
# "accepted letters of credence from", "received from" (then the name and "Letters of Credence")
_CREDENTIALS_OF = re.compile(r"\b(?:receiv|accept)(?:ed|es|e|ing)[ \u00a0]+(?:(?:the|his|her)[ \u00a0]+)?"
                             r"(?:copies[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)?"
                             r"(?:(?:letters?[ \u00a0]+of[ \u00a0]+credence|credentials|credence)[ \u00a0]+)?"
                             r"(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?", re.IGNORECASE)
_CREDENCE_AFTER = re.compile(r",?[ \u00a0]+(?:(?:the|his|her)[ \u00a0]+)?(?:letters?[ \u00a0]+of[ \u00a0]+credence|credentials)\b",
                             re.IGNORECASE)


def _credentials_received(text: str, start: int, end: int) -> bool:
    """Whether the host receives credentials from the name at ``start:end``: "the President
    received the credentials of Mr. X", "received from His Excellency X, Letters of Credence"."""
    m = None
    for m in _CREDENTIALS_OF.finditer(text, max(0, start - 90), start):
        pass
    if m is None:
        return False
    # only honorifics between the words and the name
    if _hons_re().fullmatch(text, m.end(), start) is None:
        return False
    if "credence" in m.group(0).casefold() or "credentials" in m.group(0).casefold():
        return True
    return _CREDENCE_AFTER.match(text, end) is not None      # "received from X, Letters of Credence"


def _credentials(text: str, s: Scan, spans: list[tuple[int, int, str]], role: dict) -> None:
    """"Ana Ruiz from Peru presented her credentials", "X, Y and Z presented their letters
    of credence", "the President received the credentials of X": a person without an office
    who presents credentials is an Ambassador."""
    for start, end, key in spans:
        if role.get(key) is not None:
            continue
        if _credentials_received(text, start, end):
            role[key] = "Ambassador"
            continue
        m = _CREDENTIALS.search(text, end, end + 160)
        if m is None:
            continue
        # between the name and the verb: other names, states and a few small words only
        gap = text[end:m.start()]
        for a, b, _ in spans:
            if end <= a and b <= m.start():
                gap = gap[:a - end] + " " * (b - a) + gap[b - end:]
        for i in range(bisect_left(s.country_starts, end), bisect_left(s.country_starts, m.start())):
            row = s.country_start[s.country_starts[i]]
            if row["end"] <= m.start():
                a, b = row["start"] - end, row["end"] - end
                gap = gap[:a] + " " * (b - a) + gap[b:]
        words = _WORD.findall(gap)
        if all(w.casefold() in _BEFORE_CREDENTIALS or w[:1].isupper() and w in _LONG_FORM_WORDS for w in words) \
                and not any(c in gap for c in ".:\n"):
            role[key] = "Ambassador"


# "the Saudi envoy, Prince X": the word envoy, small, and the honorifics after it
_ENVOY_BEFORE = re.compile(r"(?<![\w-])envoy,?[ \u00a0]+(?:(?:[A-Z][a-z]{0,5}\.?|H\.[ \u00a0]?E\.?)[ \u00a0]+){0,3}\Z")


def _envoys_of_credentials(text: str, spans: list[tuple[int, int, str]], role: dict, country: dict) -> None:
    """On a page about credentials, "the Saudi envoy X" is an Ambassador, not a Special Envoy
    (a state's envoy: "UN envoy X" stays one)."""
    for start, _, key in spans:
        if role.get(key) == "Special Envoy" and country.get(key) is not None \
                and _ENVOY_BEFORE.search(text, max(0, start - 40), start):
            role[key] = "Ambassador"


# "X, Ministry of Foreign Affairs’ spokesperson", "X, the ministry's spokesman"
_SPOKESPERSON_AFTER = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,6}?[\w-]+['’]s?[ \u00a0]+"
                                 r"spokes(?:person|man|woman)\b")


def _offices_after_names(text: str, s: Scan, spans: list[tuple[int, int, str]], role: dict) -> None:
    """An office written after a name that has none: in brackets ("Mr. X (Consul General of
    Indonesia in Toronto)") or as a body's spokesperson ("X, Ministry of Foreign Affairs’
    spokesperson")."""
    offices = None
    for _, end, key in spans:
        if role.get(key) is not None:
            continue
        if text.startswith(" (", end):
            if offices is None:
                offices = {h[0]: (h[3][0], h[1]) for h in s.person_hits if h[2] == "office" and h[3][0]}
            hit = offices.get(end + 2)
            if hit is not None and text.startswith((" of ", " to ", " in "), hit[1]):
                role[key] = hit[0]      # (an office with its complement, not an embassy's rank: "X (Minister)")
        elif text.startswith(",", end) and _SPOKESPERSON_AFTER.match(text, end) is not None:
            role[key] = "Spokesperson"


# the party and the state of a member of the U.S. Congress after the name: "X (D-NY)", "Y (R-Texas)"
_US_PARTY_TAG = re.compile(r"[ \u00a0]\([DRI][-–][A-Z][A-Za-z.]{1,13}\)")


def _us_party_tags(text: str, spans: list[tuple[int, int, str]], role: dict, country: dict) -> None:
    """A name with a U.S. party's letter and a state in brackets after it is a member of
    Congress: of the United States, and a Member of Parliament unless read as a senator or
    written after "Sen." ("Representatives X (D-NY), chairman of the House Committee on Foreign Affairs; Y (R-TX)";
    the annotators give the chair of a committee the member's office too)."""
    for start, end, key in spans:
        if _US_PARTY_TAG.match(text, end) is not None:
            country[key] = "USA"
            if text.endswith(("Sen. ", "Sen.\u00a0"), 0, start) or text.find("Senate ", max(0, start - 40), start) >= 0:
                # ("Sen." or "Senate Majority Whip" before: a U.S. senator; "Sen." alone is a style elsewhere)
                role[key] = "Senator"
            elif role.get(key) not in ("Senator", "Speaker", "Deputy Speaker"):
                role[key] = "Member of Parliament"


_PAIR_DASH = re.compile(r"[ \u00a0]+(?:[-–—][ \u00a0]+)?$")
_AMBASSADORS = re.compile(r"\b(?:Ambassadors|ambassadors|[Hh]eads[ \u00a0]+of[ \u00a0]+[Mm]ission|[Hh]igh[ \u00a0]+[Cc]ommissioners)\b")
_POSTED_TO = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*|[ \u00a0]for[ \u00a0]+(?:the[ \u00a0]+)?)")


def _state_at(text: str, s: Scan, pos: int) -> dict | None:
    """The country mention starting at ``pos``, or the one a state's long form that the
    country table does not hold whole leads to ("Republic of Chad", "Confederation of
    Switzerland": the mention of "Chad" after it); else None."""
    row = s.country_start.get(pos)
    if row is None:
        i = bisect_left(s.country_starts, pos)
        if i < len(s.country_starts) and _LONG_FORM.fullmatch(text, pos, s.country_starts[i]):
            row = s.country_start[s.country_starts[i]]
    return row


_FROM_OF = re.compile(r"(?:,?[ \u00a0]+from|[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?")
# a list's item: after a comma, a semicolon, a colon, "and" or a line's start; before a comma, a semicolon or "and"
_ITEM_BEFORE = re.compile(r"(?:[,;:][ \u00a0]*|[ \u00a0]and[ \u00a0]+|\n[ \u00a0]*)\Z")
_ITEM_AFTER = re.compile(r"[ \u00a0]*(?:[,;]|and[ \u00a0])")

# envoys the page's state sends out: appointed, commissioned, sworn in, posted
_SENT_OUT = re.compile(r"\b(?:commissioned|appointed|sworn[ \u00a0-]in|deployed|newly[ \u00a0]+posted)\b")


# what parts one item of a list of envoys from the next: a comma or a semicolon, "and", a
# bracket's end, a new line, the item's hour ("2:15 p.m. –") or number, honorifics
_ITEM_GAP = re.compile(r"[ \u00a0]*\)?[ \u00a0]*[,;]?\s*(?:and\s+)?(?:\d{1,2}(?:[:.]\d{2})?[ \u00a0]*"
                       r"(?:[ap]\.?[ \u00a0]?m\.?)?[ \u00a0]*[-–—.)][ \u00a0]*)?")
_ITEM_CUTS = re.compile(r"[;\n]")


def _next_item(text: str, listed: int, start: int) -> bool:
    """Whether the name at ``start`` opens the list's next item, the last one having ended at
    ``listed``: only separators, an hour or a number, and honorifics between
    ("...; 2:15 p.m. – X, from Qatar", "... (Chad); Mr. Y (Gabon)")."""
    if start - listed > 200:
        return False
    # (an item between whose name was not read: short, on its line or up to its semicolon)
    cut = max(text.rfind(";", listed, start), text.rfind("\n", listed, start))
    if cut >= 0 and (start - cut > 60 or any(len(item) > 80 for item in _ITEM_CUTS.split(text[listed:cut]))):
        return False
    m = _ITEM_GAP.match(text, cut + 1 if cut >= 0 else listed, start)
    return _hons_re().fullmatch(text, m.end(), start) is not None


def _state_name_pairs(text: str, s: Scan, spans: list[tuple[int, int, str]], role: dict, country: dict,
                      home: str | None = None) -> None:
    """On a page about credentials or envoys, a list after the envoys named in the plural:
    "Ambassadors ... of the United States of America - X, Turkey - Y and the Republic of Cuba
    Z": each name right after a state (and a dash) is that state's Ambassador; "heads of
    mission ... They are X (Botswana), Y (Russia)", "new ambassadors are X for Ghana": each name
    before a state in brackets or after "for" is an Ambassador; after "for", the state it is
    posted to, of the state that sends them: the page's dateline's (``home``), when that is not
    where they go (in brackets the state may be either: it stays as read)."""
    listed = -1     # where the list's item last read as an envoy's ends (after its state)
    for start, end, key in spans:
        if role.get(key) not in (None, "Ambassador", "Head"):
            continue        # ("heads of mission X (Botswana), ...": the envoys' heads)
        lo = max(0, start - 600)
        head = text.rfind(". ", lo, start)
        chained = listed >= 0 and _next_item(text, listed, start)
        same = chained or _AMBASSADORS.search(text, head + 1 if head >= 0 else lo, start) is not None
        if not same:
            # ("... were commissioned. They are X (Y)": the sentence before names them)
            before = text.rfind(". ", lo, head) if head > lo else -2
            if before == -2 or _AMBASSADORS.search(text, max(lo, before + 1), start) is None:
                continue
        dash = _PAIR_DASH.search(text, max(0, start - 4), start)
        row = s.country_end.get(dash.start()) if dash is not None and same else None
        if row is not None and not _led_by_to(text, max(0, row["start"] - 12), row["start"]) \
                and not text.endswith(" to the ", 0, row["start"]):
            # (not the state they are sent to: "of Pakistan to the Kyrgyz Republic X")
            role[key], country[key] = "Ambassador", row["key"]
            continue
        posted = _POSTED_TO.match(text, end)
        if posted is None or posted.end() not in s.country_start:
            m = _FROM_OF.match(text, end)
            row = _state_at(text, s, m.end()) if m is not None else None
            if row is not None and (chained or _ITEM_BEFORE.search(text, max(0, start - 8), start)
                                    or _ITEM_AFTER.match(text, row["end"])):
                # "... ambassadors of six countries. X from the Maldives, Y from Denmark and ...":
                # an item of the list, the envoy of the state after "from" or "of"
                role[key], country[key] = "Ambassador", row["key"]
                listed = row["end"]
                continue
        if posted is not None and posted.end() in s.country_start:
            role[key] = "Ambassador"
            there = s.country_start[posted.end()]["key"]
            listed = s.country_start[posted.end()]["end"]
            if posted.group().endswith("("):
                # "X (Hungary)": sent from there, or posted there; the state stays as read, unless
                # the list is of envoys the page's state sends out ("Fourteen heads of mission were
                # commissioned. They are X (Botswana), ...")
                if home is not None and home != there and _SENT_OUT.search(text, max(0, start - 600), start):
                    country[key] = home
                continue
            if home is not None and home != there:
                country[key] = home
            elif country.get(key) == there:
                del country[key]    # (the state it is posted to is not its own)


def _envoy_list(doc: Doc, s: Scan, spans: list[tuple[int, int, str]], role: dict) -> None:
    """A list of envoys, its items parted by semicolons: an item that gives a name and a
    state alone ("X, Republic of Y", "X from Y", "Y's X") is one more Ambassador when
    another item of the sentence names one ("..., Ambassador of Peru; Ana Ruiz, Republic
    of Chile; and Li Wei from China presented their credentials")."""
    text, sent_starts = doc.text, doc.sent_starts
    by_sentence: dict[int, list] = {}
    for start, end, key in spans:
        by_sentence.setdefault(bisect_right(sent_starts, start) - 1, []).append((start, end, key))
    parts = vocab().particles
    for sid, items in by_sentence.items():
        if not any(role.get(k) == "Ambassador" for _, _, k in items):
            continue
        lo = sent_starts[sid] if sid >= 0 else 0
        hi = sent_starts[sid + 1] if sid + 1 < len(sent_starts) else len(text)
        if text.count(";", lo, hi) < 2:
            continue
        for start, end, key in items:
            if role.get(key) is not None:
                continue
            a = max(text.rfind(";", lo, start), text.rfind(":", lo, start), lo - 1) + 1
            b = text.find(";", end, hi)
            b = hi if b < 0 else b
            i = bisect_left(s.country_starts, a)
            if i == len(s.country_starts) or s.country_starts[i] >= b:
                continue            # no state in the item
            # the item ends with the first state after the name (the list's verb may follow it)
            j = bisect_left(s.country_starts, end)
            if j < len(s.country_starts) and s.country_starts[j] < b:
                b = s.country_start[s.country_starts[j]]["end"]
            words = _LOWER_WORD.findall(text, a, start) + _LOWER_WORD.findall(text, end, b)
            if all(w in _LIST_WORDS or w in parts for w in words):
                role[key] = "Ambassador"


def first_pass(doc: Doc) -> None:
    """Read the names next to an office, after an honorific or known by name
    (:func:`_anchored`) now, and keep them on ``doc`` for its :func:`find_people`.
    extract_docs runs this over a batch of articles before find_people runs over it, so
    that each keeps its many patterns in the processor's caches (the people stage over
    batches of 200 seed-sized pages ~298 -> ~279 µs an article)."""
    doc.keep("_anchored", _anchored(doc, scan(doc)), doc.countries)


def _anchored_of(doc: Doc, s: Scan) -> tuple[list[tuple], set[int]]:
    """:func:`_anchored` of ``doc``: what :func:`first_pass` kept (taken, so read once),
    else read now."""
    kept = doc.kept("_anchored", doc.countries, pop=True)
    return kept if kept is not None else _anchored(doc, s)


def find_people(doc: Doc) -> list[dict]:
    """People of ``doc`` as rows of the ``mentions`` table (without article_id).

    >>> from diplo_analysis.extract.countries import find_countries
    >>> doc = Doc("Maksat Mamitkanov, the Kyrgyz ambassador, met Mr. Ivan Petrov.", [0], [62])
    >>> doc.countries = find_countries(doc)
    >>> [(r["key"], r["role"], r["country"]) for r in find_people(doc)]
    [('Maksat Mamitkanov', 'Ambassador', 'KGZ'), ('Ivan Petrov', None, 'KGZ')]
    """
    text = doc.text
    s = scan(doc)
    mentions, counterparts = _anchored_of(doc, s)
    if mentions:
        # a "name" that is an office's title whole ("Sultan and Yang Di-Pertuan of Brunei") is none
        titles = {(h[0], h[1]) for h in s.person_hits if h[2] == "office"}
        mentions = [m for m in mentions if (m[0], m[1]) not in titles]
    plain = _plain_names(doc, s, mentions)
    bare = _bare_surnames(doc, s, mentions + plain)
    if bare:
        # known holders named by their surname alone ("... so that Putin does not win")
        plain += bare
    if plain:
        # names written with no office nor honorific, known by their given name
        mentions = sorted(mentions + plain)
    if not mentions:
        return []
    spans, resolved = _resolve(mentions, text, doc.year)
    words = _triggers(text)     # which of the words that call for a pass of their own the text holds
    # one office and one country per person: the most specific office, the
    # first country the text states, else the known office holder's
    role: dict[str, str | None] = {}
    country: dict[str, str | None] = {}      # key -> ISO3, or None for an international body
    elsewhere: dict[str, set] = {}
    for m, _, key in resolved:
        r = m[2]
        # the more specific office: any over none, any other over a vague one
        if r is not None and m[0] not in counterparts:
            old = role.get(key)
            if old is None or (old in _VAGUE and r not in _VAGUE):
                role[key] = r
        if m[3] and key not in country:
            country[key] = m[4]
        if m[5]:
            elsewhere.setdefault(key, set()).add(m[5])
    # a known office holder's state, when the text gives none, before the enumerations
    for m, _, key in resolved:
        if key not in country:
            term = _term_as(key, doc.year, role.get(key))
            if term is not None:
                country[key] = term.iso3
            elif " " not in key and (held := _regnal_state(key, role.get(key), doc.year)) is not None:
                country[key] = held
        elif country[key] is not None:
            held = _holder_state(key, role.get(key), doc.year) if " " in key \
                else _regnal_state(key, role.get(key), doc.year)
            if held is not None:
                # "President Serdar Berdimuhamedov received the Ambassador of Japan": the
                # holder's own state over one read next to the name
                country[key] = held
    # "President Biden and First Lady Jill Biden": a first lady named without her state is of
    # the state of the known holder who shares her surname
    for m, _, key in resolved:
        if key not in country and role.get(key) == "First Lady" and " " in key:
            tail = " " + key.rsplit(" ", 1)[1]
            for _, _, other in resolved:
                term = _term(other, doc.year) if other != key and other.endswith(tail) else None
                if term is not None:
                    country[key] = term.iso3
                    break
    # one office after another in one enumeration takes the state of the one
    # before: "President of Mongolia X, Parliament Speaker Y and Prime Minister Z"
    prev = None
    for m, _, key in resolved:
        if prev is not None and not m[3] and key not in country and m[2] is not None:
            pm, pkey = prev
            if pkey in country and country[pkey] and not (m[2] == pm[2] and m[2] in _ONE_PER_STATE) \
                    and pm[2] not in _ENVOYS and m[2] not in _ENVOYS \
                    and (_ENUMERATION.fullmatch(text, pm[1], m[0])
                         # "Deputy Foreign Ministers X and Y": the names of one plural office
                         or (m[2] == pm[2] and _AND_SEP.fullmatch(text, pm[1], m[0]))) \
                    and bisect_left(s.country_starts, pm[1]) == bisect_left(s.country_starts, m[0]):
                # (no other state named in between: "..., South Korea's Party Leader X")
                country[key] = country[pkey]
        prev = (m, key)
    states = None
    host = False            # the state the envoys are sent to, when first needed
    # in text order: two people may share a surname ("Antonio Guterres" and a later
    # "António Guterres"), and the first named takes the bare surnames first
    keys = dict.fromkeys(k for _, _, k in spans)
    for key in keys:
        if role.get(key) is None or role[key] in _VAGUE:
            # a known holder named without an office, or with a vague one ("Minister
            # Sikorski", "Head of State Tokayev"): the office held in the article's year
            term = _term(key, doc.year)
            if term is None:
                pass
            elif doc.year is not None:
                if term.start_year is not None and term.start_year <= doc.year <= (term.end_year or doc.year):
                    role[key] = term.office
            elif role.get(key) is None and _one_office(key):
                # an article without a date, a name without an office: the office of
                # a holder who held no other (a vague one written stays: "Minister X"
                # may have held another ministry)
                role[key] = term.office
            elif role.get(key) is None:
                # ... or the one office a holder of several holds still
                role[key] = _open_office(key)
        if key in country:
            continue
        term = _term(key, doc.year)
        if term is not None:
            country[key] = term.iso3
        elif key in _historical_figures():
            country[key] = _historical_figures()[key]
        elif key in elsewhere and role.get(key):
            # "the state visit of President Ilham Aliyev to Kyrgyzstan" in an
            # article about Azerbaijan and Kyrgyzstan: the other state
            if states is None:
                states = {r["key"] for r in doc.countries}
            left = states - elsewhere[key]
            if len(left) == 1:
                country[key] = left.pop()
        if key not in country and "ccompanied by" in words:
            # "President X will be accompanied by Hon. Y, Minister of ...; Hon. Z, ...": who goes
            # with someone serves their state
            with_whom = _companion_state(doc, next(a for a, _, k in spans if k == key), resolved, country)
            if with_whom is not None:
                country[key] = with_whom
        if key not in country:
            house = _ruling_house(key)
            group = None if house is not None else \
                _group_state(doc, s, next(a for a, _, k in spans if k == key))
            if house is None and group is None:
                group = _head_of_delegation(text, s, next(a for a, _, k in spans if k == key))
            if house is None and group is None and role.get(key) is not None:
                group = _body_state(text, s, next((a, b) for a, b, k in spans if k == key))
            if house is None and group is None and role.get(key) == "Ambassador" and "mbass" in words:
                # "the Embassy of Canada held a reception ... Ambassador X": the one state
                # whose embassy the page names
                group = _embassy_state(text, s)
            if house is not None:
                country[key] = house
            elif group is not None:
                # "senior officials of the Japanese Government, including Mr. X": the group's state
                country[key] = group
            elif role.get(key) in _LOCAL_OFFICES and \
                    (region := _near_region(doc, next(a for a, _, k in spans if k == key))
                     or _page_region(doc, *next((a, b) for a, b, k in spans if k == key))) is not None:
                # "Governor X departs for Mexico ... the State of Arkansas": a governor or a mayor
                # serves the state of the nearest region of one state the page names
                country[key] = region
            elif role.get(key) in _NATIONAL_OFFICES or (role.get(key) or "").startswith(("Minister of", "Deputy Minister of")):
                # a state's office in an article that names that state alone (not the one
                # the person is sent to: "The Ambassador to Japan X presented ...")
                if states is None:
                    states = {r["key"] for r in doc.countries}
                if len(states) == 1 and not states <= elsewhere.get(key, set()):
                    country[key] = next(iter(states))
                else:
                    # "In Nauru, he will meet President X": the state the sentence is set in
                    setting = _sentence_setting(doc, s, next(a for a, _, k in spans if k == key))
                    # (each of these readings gives way to a name surely of another state of the
                    # page, and of none of the one read: see _origin_over)
                    if setting is not None:
                        country[key] = _origin_over(key, setting, doc, elsewhere)
                    elif doc.home in states:
                        # "KUWAIT: ... Assistant Foreign Minister X": the state of the dateline
                        country[key] = _origin_over(key, doc.home, doc, elsewhere)
                    elif role[key] not in _ENVOYS:
                        # "the new Ambassador of Peru to Ghana presented his credentials to
                        # President X": the one state the page's envoys are sent to
                        if host is False:
                            host = _host_state(text, doc.countries)
                            if host is None:
                                # "the Japanese Ambassador X held a reception ... Minister of Police
                                # Y": on a page of two states, the one the envoys do not serve
                                sent = {m[4] for m, _, k in resolved if m[3] and m[4] and role.get(k) in _ENVOYS}
                                if states is None:
                                    states = {r["key"] for r in doc.countries}
                                if len(sent) == 1 and len(states) == 2 and sent < states:
                                    host = next(iter(states - sent))
                        if host is not None:
                            country[key] = _origin_over(key, host, doc, elsewhere)
            if key not in country and role.get(key) is None and _of_international_body(doc, spans, key):
                country[key] = None     # "Toivo Klaar of the European Union": a body's, no state's
            if key not in country and role.get(key) not in _ENVOYS:
                # the one state the person's sentence names ("professors of the Georgian
                # Technical University, Tamar X and Nino Y"; not for an envoy, whom a sentence
                # names beside the state that receives them)
                at = next(a for a, _, k in spans if k == key)
                sid = bisect_right(doc.sent_starts, at) - 1 if doc.sent_starts else 0
                lo = doc.sent_starts[sid] if doc.sent_starts else 0
                hi = doc.sent_ends[sid] if doc.sent_ends else len(text)
                cs = s.country_starts
                named = {s.country_start[c]["key"] for c in cs[bisect_left(cs, lo):bisect_left(cs, hi)]}
                if len(named) == 1:
                    one = named.pop()
                    if any(m[3] and m[4] == one and k != key and at < m[0] < hi
                           and _MEETS.search(text, at, m[0]) is not None for m, _, k in resolved):
                        # "Vice President X held talks with the Deputy Prime Minister of Sweden, Y":
                        # the state is Y's, the other side's; X serves the other state the page names
                        if states is None:
                            states = {r["key"] for r in doc.countries}
                        if len(states) == 2 and one in states:
                            country[key] = next(iter(states - {one}))
                    else:
                        # ... unless the name is of another state the page names, surely enough,
                        # and of none of the sentence's ("Le Thi Thu Hang" beside Kazakhstan
                        # alone, on a page of Kazakhstan and Viet Nam)
                        country[key] = _origin_over(key, one, doc, elsewhere)
                elif len(named) == 2:
                    # "Minister X and Bulgarian Energy Minister Y ... between Egypt and Bulgaria",
                    # "Cuban Health Minister Y ... was received by his counterpart, X": a sentence
                    # of two states whose other people serve one of them; X serves the other
                    # (the two sides: a pair "between A and B", a counterpart, or a meeting between
                    # them; not "Rector X and the Uzbek Minister Y visited the Polish university")
                    others = [m for m, _, k in resolved if m[3] and k != key and lo <= m[0] < hi]
                    sides = {m[4] for m in others}
                    if len(sides) == 1 and sides < named and (
                            " between " in text[lo:hi] or at in counterparts
                            or any(_MEETS.search(text, min(at, m[0]), max(at, m[0])) for m in others)):
                        country[key] = next(iter(named - sides))
            if key not in country:
                away = elsewhere.get(key, ())      # (never the state the person is sent to)
                if doc.home is not None and doc.home not in away:
                    # "AMMAN, April 2 (Petra) -- Ambassador X presented ...": a person the page
                    # gives no state serves the state of its dateline, where the page is written
                    # (unless the name is surely of another state of the page: _origin_over)
                    country[key] = _origin_over(key, doc.home, doc, elsewhere)
                else:
                    # without a dateline, the state the page names first (in its headline, most
                    # often): "SVG widens its diplomatic reach ... Minister of Foreign Affairs X"
                    pool = list(dict.fromkeys(r["key"] for r in doc.countries if r["key"] not in away))
                    # ... unless the name itself is of one of the page's states and of no other
                    # ("Kamran Bayramov" on a page of Switzerland and Azerbaijan)
                    first = (_name_origin(key, pool) if len(pool) > 1 else None) or (pool[0] if pool else None)
                    if first is not None:
                        country[key] = first
    if "headed by " in words:
        for start, _, key in spans:
            if role.get(key) is None and text.endswith("headed by ", max(0, start - 10), start):
                role[key] = "Head"      # "the representative office of Rossotrudnichestvo headed by X"
    if " (" in words or "spokes" in words:
        _offices_after_names(text, s, spans, role)
    if "(D-" in words or "(R-" in words or "(I-" in words:
        _us_party_tags(text, spans, role, country)
    if "creden" in words or "Creden" in words:
        _credentials(text, s, spans, role)
        _envoys_of_credentials(text, spans, role, country)
    if "mbassadors" in words or "of mission" in words or "ommissioners" in words:
        _state_name_pairs(text, s, spans, role, country, doc.home)
    if text.count(";") >= 2:
        _envoy_list(doc, s, spans, role)
    if "MP" in words:
        _member_letters(text, spans, role)
    if "embers" in words or any(w in words for w in _LAWMAKER_WORDS):
        _members_lists(text, spans, role)
    spans += _later(text, s, spans, keys)
    spans.sort()
    if spans and spans[-1][1] >= len(text.rstrip()):
        # a name the page's end cuts ("... with President Emomali Rah"): the person named
        # before whose name it begins
        a, b, key = spans[-1]
        whole = next((k for k in keys if k != key and k.startswith(key) and len(k) > len(key)), None)
        if whole is not None:
            spans[-1] = (a, b, whole)
    if counterparts:
        _counterpart_offices(spans, resolved, counterparts, role)
    if not _UNLISTED.isdisjoint(role.values()):
        # read for the state they give, reported with no office
        role = {k: None if r in _UNLISTED else r for k, r in role.items()}
    if "Chancellor" in role.values():
        for key, r in role.items():
            if r == "Chancellor" and country.get(key) in _CANCILLER_STATES:
                role[key] = "Foreign Minister"      # "the Chancellor of Colombia, X": the canciller
    rows = []
    sent_starts = doc.sent_starts
    for start, end, key in spans:
        sid = bisect_right(sent_starts, start) - 1
        rows.append({
            "sentence_id": sid if sid > 0 else 0, "start": start, "end": end,
            "surface": text[start:end], "kind": "person", "key": key,
            "role": role.get(key), "country": country.get(key),
        })
    return rows


# the letters a member of parliament writes after the name: "Mrs Ana Ruiz MP", "Mr Omar Said, MP"
_MEMBER_LETTERS = re.compile(r",?[ \u00a0]+M\.?P\.?(?![\w-])")


def _member_letters(text: str, spans: list, role: dict) -> None:
    """Give people named with the letters "MP" after their name, and no other office,
    the office Member of Parliament.

    >>> role = {"Ana Ruiz": None}
    >>> _member_letters("Ana Ruiz MP spoke.", [(0, 8, "Ana Ruiz")], role)
    >>> role
    {'Ana Ruiz': 'Member of Parliament'}
    """
    for _, end, key in spans:
        if role.get(key) is None and _MEMBER_LETTERS.match(text, end):
            role[key] = "Member of Parliament"


@lru_cache(maxsize=1)
def _members_re() -> re.Pattern:
    """The members of a chamber written before a list of names: "members of the Azerbaijani
    Parliament", "Milli Majlis members", "House Foreign Committee members"."""
    chamber = rf"(?:{_chamber_names()}|Congress|Senate|House(?:{_SP}[A-Z][\w-]+){{0,2}}{_SP}Committee)"
    # ("Members of the (Parliamentary) Friendship Group X, Y": a chamber's group)
    group = rf"(?:[Pp]arliamentary{_SP})?[Ff]riendship{_SP}[Gg]roup"
    return re.compile(rf"(?:[Mm]embers{_SP}of{_SP}(?:the{_SP})?(?:{_CAPW}{_SP}){{0,2}}?(?:{chamber}|{group})"
                      rf"|{chamber}{_SP}members)(?![\w'’-])[ \u00a0]*[,:]?")


@lru_cache(maxsize=1)
def _members_lead() -> tuple[re.Pattern, re.Pattern]:
    """What :func:`_members_heads` reads around each "members": a run of the characters a
    chamber's name and the spaces after it are written with (read backwards, over the text
    reversed), and the letters a chamber's name may start with."""
    chars = {c for name in _chamber_surfaces() for c in name if not (c.isalnum() or c == "_")}
    run = re.compile(rf"[\w \u00a0{re.escape(''.join(sorted(chars | {'-'})))}]*")
    firsts = {name[0] for name in _chamber_surfaces()} | {"C", "S", "H"}    # (Congress, Senate, House)
    return run, re.compile(f"[{re.escape(''.join(sorted(firsts)))}]")


def _members_heads(text: str) -> list[re.Match]:
    """The matches of :func:`_members_re` in ``text``, the very ones its ``finditer`` finds,
    without running the regex over the whole text (a regex that starts with a choice of
    words is tried at every character): each match holds "embers", and starts at the "M"
    of "Members of ..." or at a chamber's first letter within the run of its name's
    characters right before "members". The regex is tried at those places alone, in order."""
    run, firsts = _members_lead()
    starts = set()
    back = None                 # the text reversed, when first needed
    p = text.find("embers", 1)
    while p >= 0:
        if text[p - 1] in "Mm":
            starts.add(p - 1)
        if text[p - 1] == "m" and p >= 2:
            # "House Foreign Committee members": the run before "members" reaches back to its chamber
            if back is None:
                back = text[::-1]
            r = len(text) - p + 1   # where text[p - 2] is in the reversed text
            lo = p - 1 - (run.match(back, r).end() - r)
            starts.update(m.start() for m in firsts.finditer(text, lo, p - 1))
        p = text.find("embers", p + 1)
    return _matches_from(_members_re(), text, starts)


def _lawmakers_heads(text: str) -> list[re.Match]:
    """The matches of :data:`_LAWMAKERS` in ``text``, the very ones its ``finditer`` finds:
    each starts at the letter right before one of :data:`_LAWMAKER_WORDS` ("P" + "arliamentarians"),
    where the regex is tried alone."""
    starts = set()
    for w in _LAWMAKER_WORDS:
        p = text.find(w, 1)
        while p >= 0:
            starts.add(p - 1)
            p = text.find(w, p + 1)
    return _matches_from(_LAWMAKERS, text, starts)


def _matches_from(rx: re.Pattern, text: str, starts: set[int]) -> list[re.Match]:
    """The matches ``rx.finditer(text)`` finds, ``starts`` holding every place where one may
    start (and ``rx`` matching no empty string): ``rx`` is tried at those places alone, in
    order, each match's end the first place of the next one, as ``finditer`` goes on."""
    out, pos = [], 0
    for q in sorted(starts):
        if q >= pos and (m := rx.match(text, q)) is not None:
            out.append(m)
            pos = m.end()
    return out


# "Parliamentarians in attendance included X, Y and Z", "lawmakers were X and Y" (a pattern of its
# own, tried only on the pages that hold one of its words)
_LAWMAKERS = re.compile(rf"(?:[Pp]arliamentarians|[Ll]awmakers|[Ll]egislators)(?:{_SP}in{_SP}attendance)?{_SP}"
                        rf"(?:included|were|are)(?![\w'’-])[ \u00a0]*[,:]?")
_LAWMAKER_WORDS = ("arliamentarians", "awmakers", "egislators")


# the words whose presence in a page calls for a pass of find_people's own (a person
# "accompanied by" another, "(D-" after a senator's name, "credentials" presented, ...)
_TRIGGERS = ("ccompanied by", "mbass", "headed by ", " (", "spokes", "(D-", "(R-", "(I-", "creden", "Creden",
             "mbassadors", "of mission", "ommissioners", "MP", "embers") + _LAWMAKER_WORDS


@lru_cache(maxsize=1)
def _trigger_automata():
    """Automata of :data:`_TRIGGERS`, over text and over the bytes of ASCII text, that report
    every match (overlapping ones too: "mbass" inside "mbassadors")."""
    import ahocorasick_rs

    standard = ahocorasick_rs.MatchKind.Standard
    return (ahocorasick_rs.AhoCorasick(_TRIGGERS, matchkind=standard),
            ahocorasick_rs.BytesAhoCorasick([w.encode() for w in _TRIGGERS], matchkind=standard))


def _triggers(text: str) -> set[str]:
    """The words of :data:`_TRIGGERS` that ``text`` holds, in one scan (a test ``w in text``
    each reads the whole text when the word is not there, as most are not).

    >>> sorted(_triggers("The ambassadors (five) came."))
    [' (', 'mbass', 'mbassadors']
    """
    auto, auto_ascii = _trigger_automata()
    try:
        if text.isascii():
            found = auto_ascii.find_matches_as_indexes(text.encode("ascii"), overlapping=True)
        else:
            found = auto.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:
        # (a lone surrogate cannot cross into the scanner; a stand-in could make a word)
        return {w for w in _TRIGGERS if w in text}
    return {_TRIGGERS[i] for i, _, _ in found}


_ITEM_ASIDE = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")
_SPACES = re.compile(r"[ \u00a0]*")
# a list's item of capitalised words, up to its comma, "and" or bracket: a name the scan may not have read
_UNREAD_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,4}(?=[ \u00a0]*(?:,|and[ \u00a0]|\(|$))")


def _members_lists(text: str, spans: list, role: dict) -> None:
    """People listed right after the members of a chamber, and with no other office, are its
    members: Members of Parliament (a senate's: Senators).

    >>> role = {"Ana Ruiz": None, "Bo Lind": None}
    >>> _members_lists("He met members of the Azerbaijani Parliament Ana Ruiz and Bo Lind.",
    ...                [(45, 53, "Ana Ruiz"), (58, 65, "Bo Lind")], role)
    >>> role
    {'Ana Ruiz': 'Member of Parliament', 'Bo Lind': 'Member of Parliament'}
    """
    starts = {a: (b, key) for a, b, key in spans}

    def item_at(pos: int) -> int:
        """Where the next item's name starts, past an aside in brackets ("X (president), Y",
        "X ("Alliance"), Y"), a comma or "and" and honorifics ("Lord X")."""
        aside = _ITEM_ASIDE.match(text, pos)
        if aside is not None:
            pos = aside.end()
        pos = (_AND_SEP.match(text, pos) or _SPACES.match(text, pos)).end()
        return pos if pos in starts else _hons_re().match(text, pos).end()

    def name_at(pos: int) -> int:
        """Where the item at ``pos`` has a name read: at once, after given names the scan did
        not take ("Liris" of "Liris Sol Velásquez"), or in the next item when this one's
        name was not read at all ("Mirza Ikhtiar Baig, Latif Khosa")."""
        for _ in range(3):
            if pos in starts:
                return pos
            m = _UNREAD_ITEM.match(text, pos)
            if m is None:
                return pos
            inner = next((a for a in range(pos + 1, m.end()) if a in starts), None)
            if inner is not None:
                return inner
            pos = item_at(m.end())
        return pos

    heads = _members_heads(text) if "embers" in text else []
    if any(w in text for w in _LAWMAKER_WORDS):
        heads += _lawmakers_heads(text)
    for m in heads:
        office = "Senator" if "Senate" in m.group() else "Member of Parliament"
        pos = name_at(item_at(m.end()))
        while pos in starts:
            end, key = starts[pos]
            if role.get(key) is None:
                role[key] = office
            pos = name_at(item_at(end))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names of every region: the first words of the names in the reference of office
    holders (data/reference/officeholders.csv) and of the historical figures
    (data/historical_figures.csv), and the first names Faker lists for its 80-odd locales;
    in title case and three letters at least. A first name that is also a word of a state's
    name ("Jordan", "Georgia"), a title or a word of data/not_given_names.txt ("Golden",
    "Peace") is left out of Faker's.

    >>> {"Ilham", "Kassym-Jomart", "Antonio", "Umut", "Sari"} <= _given_names()
    True
    >>> {"Jordan", "Golden", "Prince"} & _given_names()
    set()
    """
    def plain(first: str) -> bool:
        return len(first) >= 3 and all(part[:1].isupper() and part[1:].islower() for part in first.split("-"))

    names = {name.split()[0] for name in list(officeholders()) + list(_historical_figures())}
    names = {first for first in names if plain(first)}
    not_given = _faker_not_given()
    names |= {first for first in _faker_first_names()
              if plain(first) and first.replace("-", "").isalpha() and first not in not_given}
    return frozenset(names)


@lru_cache(maxsize=1)
def _faker_people() -> tuple[tuple[str, dict], ...]:
    """(locale, the attributes of its person provider) for every locale of Faker (a registry
    package that lists names, with its sources, for making test data)."""
    import importlib
    import pkgutil

    import faker.providers.person as persons

    out = []
    for mod in pkgutil.iter_modules(persons.__path__):
        provider = getattr(importlib.import_module(f"{persons.__name__}.{mod.name}"), "Provider", None) \
            if mod.ispkg else None
        if provider is not None:
            out.append((mod.name, vars(provider)))
    return tuple(out)


def _faker_first_names() -> set[str]:
    """The first names of every locale's person provider in Faker."""
    out: set[str] = set()
    for _, attrs in _faker_people():
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = attrs.get(attr)
            if isinstance(names, (list, tuple, dict)):
                out.update(n for n in names if isinstance(n, str))
    return out


def _faker_not_given() -> set[str]:
    """The words Faker's first names may not bring in: the words of the states' names
    (the gazetteer's: pycountry and data/country_aliases.csv), the titles and other words that are never a
    name's (vocab().stop), months and weekdays, and data/not_given_names.txt."""
    import calendar

    from ..gazetteer import iter_country_names

    words = {w for surface, _, _ in iter_country_names() for w in surface.split()}
    words |= set(vocab().stop) | set(calendar.month_name[1:]) | set(calendar.day_name)
    words |= {w.capitalize() for w in _data_words(DATA / "not_given_names.txt")}
    return words


@lru_cache(maxsize=1)
def _given_automaton():
    """Automata of the given names, each with the space after it ("David "): over text, and
    over the bytes of ASCII text (faster)."""
    import ahocorasick_rs

    keys = [g + " " for g in sorted(_given_names())]
    # (a contiguous NFA: for these 25,000 names a DFA would hold some 200 MB, for a scan
    # hardly faster)
    longest, nfa = ahocorasick_rs.MatchKind.LeftmostLongest, ahocorasick_rs.Implementation.ContiguousNFA
    return (ahocorasick_rs.AhoCorasick(keys, matchkind=longest, implementation=nfa),
            ahocorasick_rs.BytesAhoCorasick([k.encode() for k in keys], matchkind=longest, implementation=nfa))


_LONGEST_SPAN = 200     # no name, office, body or country read runs longer
# the page's credits before a name: "Written by: ", "Edited by ", "Photo by "
_CREDIT_WORDS = frozenset(["written", "edited", "reported", "compiled", "translated", "photo", "photos",
                           "photograph", "photographs", "text", "editor", "reporter", "author", "source",
                           "credit", "credits", "courtesy"])      # "Photo Credit: ", "Photo courtesy of "


def _credited(text: str, at: int) -> bool:
    """Whether a page's credit stands right before ``at``: "Written by: ", "Photo by ", "Source: ".

    >>> t = "Written by: Ana Ruiz"
    >>> _credited(t, t.index("Ana")), _credited("He met Ana Ruiz", 7)
    (True, False)
    """
    words = text[max(0, at - 30):at].replace(":", " ").lower().split()
    if words and words[-1] in ("by", "of"):
        words.pop()
    return bool(words) and words[-1] in _CREDIT_WORDS


@lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    """data/surname_endings.txt, as a tuple for ``str.endswith``."""
    return tuple(_data_words(DATA / "surname_endings.txt"))


_WORD_ENDS = " ,.;:)'’\n"


@lru_cache(maxsize=1)
def _ending_automaton():
    """Automata of the surname endings, each followed by what may end a word: over text, and
    over the bytes of ASCII text."""
    import ahocorasick_rs

    keys = [e + c for e in _surname_endings() for c in _WORD_ENDS]
    longest, dfa = ahocorasick_rs.MatchKind.LeftmostLongest, ahocorasick_rs.Implementation.DFA
    # (the DFA of so few short keys is small, and twice as fast as the NFA here)
    return (ahocorasick_rs.AhoCorasick(keys, matchkind=longest, implementation=dfa),
            ahocorasick_rs.BytesAhoCorasick([k.encode() for k in keys], matchkind=longest, implementation=dfa))


def _ending_names(text: str, found: list | None = None) -> list[tuple]:
    """(-1, start, end) of "Given Surname" pairs whose surname has a known ending
    (:func:`_surname_endings`), for :func:`_plain_names` to read: the given name any
    capitalised word that is no office, stop word or honorific. ``found``: the matches of
    :func:`_ending_automaton` in ``text``, when :func:`prescan` found them.

    >>> t = "Activists Loghman Mammadov and Deputy Aliyev came."
    >>> [t[a:b] for _, a, b in _ending_names(t)]
    ['Loghman Mammadov']
    """
    if found is None:
        found = find_all(_ending_automaton(), text)
    out = []
    v = vocab()
    for _, _, end in found:
        end -= 1                                    # the character after the surname
        start = text.rfind(" ", 0, end) + 1         # the surname's first letter
        if end - start < 4 or not text[start:start + 1].isupper() or not text[start + 1:end].isalpha():
            continue
        g_end = start - 1
        g_start = text.rfind(" ", 0, g_end) + 1
        given = text[g_start:g_end]
        if len(given) < 3 or not (given[0].isupper() and given[1:].isalpha() and given[1:].islower()) \
                or given.lower() in _not_surnames() or given in v.stop or given in _honorific_set():
            continue
        if g_start and (text[g_start - 1].isalnum() or text[g_start - 1] in "'’.-"):
            continue
        out.append((-1, g_start, end))
    return out


class _Taken:
    """The spans of the names, offices, bodies and countries a document's reading has found,
    sorted when first asked: whether a new name would fall inside or across one of them."""

    __slots__ = ("doc", "scan", "mentions", "spans", "starts")

    def __init__(self, doc: Doc, scan_: Scan, mentions: list[tuple]):
        self.doc, self.scan, self.mentions, self.spans, self.starts = doc, scan_, mentions, None, None

    def across(self, a: int, b: int) -> bool:
        if self.spans is None:
            self.spans = sorted([(x[0], x[1]) for x in self.mentions] + [(h[0], h[1]) for h in self.scan.hits]
                                + [(r["start"], r["end"]) for r in self.doc.countries])
            self.starts = [x for x, _ in self.spans]
        spans = self.spans
        i = bisect_left(self.starts, b) - 1
        while i >= 0 and spans[i][0] > a - _LONGEST_SPAN and spans[i][1] <= a:
            i -= 1
        return i >= 0 and spans[i][0] > a - _LONGEST_SPAN


@lru_cache(maxsize=1)
def _bare_automaton():
    """Automata of the surnames that name one office holder alone (reference/officeholders.csv),
    each with the space before it (" Putin"), over text and over the bytes of ASCII text (faster),
    and what each stands for: (surname, full name).
    Left out: surnames of four letters or fewer, given names (:func:`_given_names`), the words of
    data/not_surnames.txt and the names of cities and states ("Montenegro", "Lagos")."""
    import ahocorasick_rs

    from ..parse import city_country, country_code

    given = {g.casefold() for g in _given_names()}
    v = vocab()
    words = []
    for folded, names in _holder_index()[1].items():
        if len(names) != 1 or " " in folded or len(folded) < 5 or folded in given or folded in _not_surnames():
            continue
        core = _core(names[0].split())
        if len(core) < 2:
            continue
        surname = core[-1]
        if _fold(surname) != folded or not surname[:1].isupper() or surname in v.stop or surname in v.orgheads \
                or city_country(surname)[1] is not None or country_code(surname) is not None:
            continue
        words.append((surname, names[0]))
    words.sort()
    keys = [" " + w for w, _ in words]
    # (a contiguous NFA: the same matches as a DFA, and in the pipeline faster, ~15 -> ~11 µs a
    # real page: its smaller tables stay in the processor's caches beside the other scans')
    longest, nfa = ahocorasick_rs.MatchKind.LeftmostLongest, ahocorasick_rs.Implementation.ContiguousNFA
    return (ahocorasick_rs.AhoCorasick(keys, matchkind=longest, implementation=nfa),
            ahocorasick_rs.BytesAhoCorasick([k.encode() for k in keys], matchkind=longest, implementation=nfa),
            words)


@lru_cache(maxsize=1)
def _common_word_surnames() -> frozenset[str]:
    """data/common_words_surnames.txt: English words that are also a holder's surname."""
    return frozenset(_data_words(DATA / "common_words_surnames.txt"))


def _bare_surnames(doc: Doc, s: Scan, mentions: list[tuple]) -> list[tuple]:
    """Known holders named by their surname alone, with no office, honorific or given name
    ("Stoltenberg urged the allies to ensure that Putin does not win"), as :func:`_anchored`'s
    tuples: a surname of :func:`_bare_automaton`, between words that are not capitalised (so
    not a part of a longer name or a body's name), outside every name, office, body and
    country read, not after a particle ("bin Tarik"), not an English word as well ("Young",
    "English": data/common_words_surnames.txt), and not a word of a name read in full (that
    one's later mentions are read as such).

    >>> from diplo_analysis.extract.countries import find_countries
    >>> doc = Doc("The allies must ensure that Putin does not win.", [0], [47])
    >>> doc.countries = find_countries(doc)
    >>> [doc.text[a:b] for a, b, *_ in _bare_surnames(doc, scan(doc), [])]
    ['Putin']
    """
    text = doc.text
    words = _bare_automaton()[2]
    found = _prescanned(doc, "bare")
    if not found:
        return []
    out = []
    taken = _Taken(doc, s, mentions)
    parts = vocab().particles
    written = None
    for k, a, b in found:
        a += 1                              # the key's space
        if b < len(text) and (text[b].isalnum() or text[b] in "-"):
            continue                        # inside a longer word ("Putinism")
        after = text[b:b + 2]
        if after[:1] == " " and after[1:].isupper():
            continue                        # "Young Leaders", "Nova Scotia"
        w = text[text.rfind(" ", max(0, a - 40), a - 1) + 1:a - 1].rpartition("\n")[2]   # the word before
        if w and (w[-1].isalnum() or w[-1] in "'’.-"):
            if w[:1].isupper() and not w.endswith("."):
                continue                    # "Andrew Young", "Minister Lavrov" (read before)
            if w in parts:
                continue                    # "bin Tarik"
        if words[k][0].casefold() in _common_word_surnames():
            continue                        # "to study English"
        if written is None:
            written = {word for x in mentions for word in text[x[0]:x[1]].split()}
        if words[k][0] in written:
            continue                        # a later mention of a name read in full: read as such
        if taken.across(a, b):
            continue                        # inside a name, an office, a body or a country
        out.append((a, b, None, False, None, None))
    return out


def _body_word_last(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` ends in a word of data/not_surnames.txt: a body's,
    a place's or an event's name ("Pakistan's Ideas Expo", "General Motors"); a name of one
    word only when it is such a word in the plural ("Ambassador Park" is a surname).

    >>> _body_word_last("General Motors", 8, 14), _body_word_last("Ana Street", 0, 10)
    (True, True)
    >>> _body_word_last("Ambassador Park", 11, 15)
    False
    """
    words = text[start:end].split()
    last = words[-1].lower() if words else ""
    return last in _not_surnames() and (len(words) > 1 or last.endswith("s"))


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """data/not_surnames.txt: words that after a given name make a place's, a body's or a
    day's name ("Alexandra Street", "Nur Otan Party"), not a person's."""
    return frozenset(_data_words(DATA / "not_surnames.txt"))


@lru_cache(maxsize=8192)
def _fold_name(word: str) -> str:
    """A word of a name as a loose key of ASCII letters, the same however a script or a
    transliteration writes it: "Ткачёв", "Tkachev" and "Tkachyov" -> "tkacev"; "Məmmədov"
    and "Mammadov" -> "mamadov"; "Lê" -> "le" (anyascii spells other scripts in ASCII).

    >>> {_fold_name(w) for w in ("Ткачёв", "Tkachev", "Tkachyov")}, _fold_name("Məmmədov") == _fold_name("Mammadov")
    ({'tkacev'}, True)
    """
    from anyascii import anyascii

    key = anyascii(word.replace("ə", "a").replace("Ə", "A")).lower()
    for a, b in _LOOSE_LETTERS:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key)


_AZ_IN_ENGLISH = str.maketrans({"C": "J", "c": "j", "X": "Kh", "x": "kh", "Q": "G", "q": "g"})
# spellings that transliterations of one name differ by, each made one
_LOOSE_LETTERS = (("yo", "e"), ("ye", "e"), ("y", "i"), ("j", "i"), ("kh", "h"), ("zh", "j"), ("ts", "c"),
                  ("sh", "s"), ("ch", "c"))
_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1)
def _name_locales() -> dict[str, frozenset[str]]:
    """The Faker locales whose person provider lists each word of a name (first, middle and
    last names, their romanized forms), the word folded (:func:`_fold_name`); and the
    languages data/name_origins.csv gives the words it lists.

    >>> "vi_VN" in _name_locales()[_fold_name("Nguyen")] and "az_AZ" in _name_locales()[_fold_name("Bayramov")]
    True
    """
    found: dict[str, set[str]] = {}
    folded_of: dict[str, str] = {}
    for locale, attrs in _faker_people():
        for attr, names in attrs.items():
            if not attr.startswith(("first_name", "last_name", "middle_name", "first_romanized", "last_romanized")) \
                    or not isinstance(names, (list, tuple, dict)):
                continue
            for name in names:
                for word in re.split(r"[\s-]+", name) if isinstance(name, str) else ():
                    folded = folded_of.get(word)
                    if folded is None:
                        folded = folded_of[word] = _fold_name(word)
                    forms = [folded]
                    if locale == "az_AZ" and (english := word.translate(_AZ_IN_ENGLISH)) != word:
                        # as English copy spells Azerbaijani names: "Cəfərov" Jafarov, "Xəlilov"
                        # Khalilov, "Quliyev" Guliyev
                        forms.append(_fold_name(english))
                    for form in forms:
                        if len(form) > 1 and form.isalpha():
                            found.setdefault(form, set()).add(locale)
                            # a surname's other gender: "Cəfərova" and "Cəfərov", "Ivanov" and "Ivanova"
                            other = form[:-1] if form.endswith(("ova", "eva")) else \
                                form + "a" if form.endswith(("ov", "ev")) else None
                            if other is not None:
                                found.setdefault(other, set()).add(locale)
    # ... and the words of data/name_origins.csv, of the languages whose names Faker writes in
    # another script only or has no locale for (Arabic, Korean, Burmese), as a bare language code
    with open(DATA / "name_origins.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            found.setdefault(_fold_name(row["word"]), set()).add(row["language"])
    shared: dict[frozenset, frozenset] = {}      # (one set for the many words of the same locales)
    return {w: shared.setdefault(frozenset(locs), frozenset(locs)) for w, locs in found.items()}


@lru_cache(maxsize=None)
def _locale_states(locale: str) -> frozenset[str]:
    """The states (ISO3) whose names a Faker locale lists: its territory's, and those where its
    language is official (CLDR, through babel), unless data/name_locales_own.txt says its names
    are the territory's own ("en_IN").

    >>> {"MEX", "HND", "ESP"} <= _locale_states("es_MX"), _locale_states("en_IN")
    (True, frozenset({'IND'}))
    """
    import pycountry

    lang, _, territory = locale.partition("_")
    place = pycountry.countries.get(alpha_2=territory) if len(territory) == 2 else None
    states = {place.alpha_3} if place is not None else set()
    if place is None or locale not in _own_locales():
        states |= _language_states().get(lang, set())
    return frozenset(states)


@lru_cache(maxsize=4096)
def _locale_counts(locales: frozenset[str]) -> dict[str, int]:
    """State (ISO3) -> how many of ``locales`` list its names (:func:`_locale_states`), for
    :func:`_name_origin`, which asks it of a word's locales for each state of the page."""
    counts: dict[str, int] = {}
    for loc in locales:
        for state in _locale_states(loc):
            counts[state] = counts.get(state, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _own_locales() -> frozenset[str]:
    return frozenset(_data_words(DATA / "name_locales_own.txt"))


@lru_cache(maxsize=1)
def _language_states() -> dict[str, set[str]]:
    """Language code -> the states (ISO3) where it is official, in law or in fact (CLDR)."""
    import pycountry
    from babel.languages import get_official_languages

    out: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for lang in get_official_languages(c.alpha_2, de_facto=True):
            out.setdefault(lang, set()).add(c.alpha_3)
    return out


def _origin_over(key: str, chosen: str, doc: Doc, elsewhere: dict) -> str:
    """``chosen`` (a state read from the text around a person, weakly), or the other state of
    the page (``doc``) that the person's name is of, surely enough, when the name is of no
    state ``chosen``'s languages name (see :func:`_name_origin`)."""
    pool = sorted({r["key"] for r in doc.countries} - elsewhere.get(key, set()))
    origin = _name_origin(key, pool, _ORIGIN_OVER_SENTENCE) if len(pool) > 1 else None
    if origin is not None and origin != chosen and _name_origin(key, [chosen]) is None:
        return origin
    return chosen


# how sure a name's origin must be to outweigh a state read weakly from the text: a quarter of
# one word's locales at least (not "Ana", which Polish lists among many others)
_ORIGIN_OVER_SENTENCE = 0.25


_NAME_SPLIT = re.compile(r"[\s.]+")


def _name_origin(name: str, states: list[str], least: float = 0.0) -> str | None:
    """The one state of ``states`` whose names the words of ``name`` are most (Faker's person
    locales, see :func:`_locale_states`), or None when no word is known, two states tie or the
    best counts no more than ``least``. Each word counts for the share of the locales listing
    it that belong to a state.

    >>> _name_origin("Kamran Bayramov", ["CHE", "AZE"]), _name_origin("Le Thi Thu Hang", ["KAZ", "VNM"])
    ('AZE', 'VNM')
    >>> _name_origin("Ana Ruiz", ["MEX", "HND"]) is None       # both Spanish-speaking
    True
    """
    known = _name_locales()
    score = dict.fromkeys(states, 0.0)
    words = []
    # ("Ts.Munkh-Orgil": an initial glued to the name, and a name the lists hold hyphenated whole)
    for word in _NAME_SPLIT.split(name):
        if "-" in word and _fold_name(word.strip(",'’")) not in known:
            words += word.split("-")
        else:
            words.append(word)
    for word in words:
        locales = known.get(_fold_name(word.strip(".,'’"))) or _ending_locales(word)
        if not locales:
            continue
        counts = _locale_counts(locales)
        for state in states:
            score[state] += counts.get(state, 0) / len(locales)
    ranked = sorted(score.values(), reverse=True)
    if not ranked or ranked[0] <= least or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(score, key=score.get)


@lru_cache(maxsize=1)
def _surname_origins() -> tuple[tuple[str, frozenset[str]], ...]:
    """data/surname_origins.csv: (ending, its languages), the longest endings first."""
    by_ending: dict[str, set[str]] = {}
    with open(DATA / "surname_origins.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            by_ending.setdefault(row["ending"], set()).add(row["language"])
    return tuple(sorted(((e, frozenset(langs)) for e, langs in by_ending.items()), key=lambda x: -len(x[0])))


def _ending_locales(word: str) -> frozenset[str] | None:
    """The languages whose family names end as ``word`` does, for a word no list of names
    holds: "Mkrtchyan" Armenian, "Kobakhidze" Georgian, "Sharifzoda" Tajik.

    >>> sorted(_ending_locales("Mkrtchyan")), _ending_locales("Yan")
    (['hy'], None)
    """
    # (the word as written, without accents: "-yan", not the folded "-ian" of "Kazemian")
    low = _strip_accents(word.strip(".,'’")).lower()
    for ending, langs in _surname_origins():
        if low.endswith(ending) and len(low) >= len(ending) + 3:
            return langs
    return None


def _data_words(path: Path) -> list[str]:
    return [w.strip() for w in path.read_text("utf-8").splitlines() if w.strip() and not w.startswith("#")]


# a given name, then one or two more capitalised words (perhaps after a particle)
_PLAIN_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)((?:\s(?:bin |al-|Al |de |da |van |von |)"
                         r"[A-Z][a-zçğışöüéáíóúñ'’]+(?:-[A-Z][a-z]+)?){1,2})(?![\w'’-])")


# the scans of the text by the names' automata that find_people makes, by name
_NAME_SCANS = {"given": lambda: _given_automaton(), "ending": lambda: _ending_automaton(),
               "bare": lambda: _bare_automaton()[:2]}


def prescan(doc: Doc, kind: str) -> None:
    """Scan ``doc`` now with one of the automata of :data:`_NAME_SCANS` and keep the matches
    on it for :func:`find_people`. extract_docs runs each scan over a batch of documents in
    a row, so that its automaton stays in the processor's caches: inside find_people,
    between its other work, the three scans took about twice as long."""
    scans = doc.kept("_name_scans")
    if scans is None:
        scans = {}
        doc.keep("_name_scans", scans)
    scans[kind] = find_all(_NAME_SCANS[kind](), doc.text)


def _prescanned(doc: Doc, kind: str) -> list:
    """The matches of one of :data:`_NAME_SCANS` in ``doc``: those :func:`prescan` kept,
    else found now."""
    scans = doc.kept("_name_scans")
    if scans is not None and kind in scans:
        return scans[kind]
    return find_all(_NAME_SCANS[kind](), doc.text)


def _plain_names(doc: Doc, s: Scan, mentions: list[tuple]) -> list[tuple]:
    """Names written with no office nor honorific, as :func:`_anchored`'s tuples (no office,
    no state): a given name :func:`_given_names` knows, then one or two capitalised words,
    outside every name, office, organization and country already read, and not the name of
    a place, a body or a day (data/not_surnames.txt, the city table).

    >>> from diplo_analysis.extract.countries import find_countries
    >>> doc = Doc("David Gurgenidze congratulated the envoy on Alexandra Street.", [0], [61])
    >>> doc.countries = find_countries(doc)
    >>> [doc.text[a:b] for a, b, *_ in _plain_names(doc, scan(doc), [])]
    ['David Gurgenidze']
    """
    text = doc.text
    out = []
    taken = _Taken(doc, s, mentions)
    found = _prescanned(doc, "given")
    seen = 0
    stop = vocab().stop
    more = _ending_names(text, _prescanned(doc, "ending"))
    if more:
        found = sorted(list(found) + more, key=lambda f: f[1])
    for _, a, _ in found:
        if a < seen or (a and (text[a - 1].isalnum() or text[a - 1] in "'’.-")):
            continue        # inside a name read before, or inside a word ("McDavid ")
        m = _PLAIN_NAME.match(text, a)
        if m is None:
            continue
        b = seen = m.end()
        if text[b:b + 1] == " " and text[b + 1:b + 2].isupper():
            continue        # a longer capitalised run: a body's or a place's name
        if text.startswith(("’s", "'s"), b - 2):
            b -= 2          # "Mary Jane Roe's"
        # (the tests below only drop a name, so their order is free: the one that drops
        # nearly every name comes first)
        if taken.across(a, b):
            continue        # inside or across a name, an office, a body or a country already read
        if _credited(text, a):
            continue        # "Written by: Jane Roe": the page's credit, not a person of the story
        last = text[a:b].rsplit(None, 1)[-1].lower()
        if last in _not_surnames():
            continue
        if not stop.isdisjoint(text[a:b].split()[1:]):
            continue        # "Davis Gives Briefing": a headline's words in capitals, no surname
        from ..parse import city_country
        if city_country(text[a:b])[1] is not None:
            continue        # "Abu Dhabi"
        paren = _paren_state(text, s, b) if text.startswith(" (", b) else None
        if paren is not None:
            out.append((a, b, None, True, paren[0], None))      # "Jane Roe (Michigan)"
        else:
            out.append((a, b, None, False, None, None))
    return out

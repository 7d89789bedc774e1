"""Anniversaries: "the 30th anniversary of diplomatic relations between A and B" -> a row.

A row is written for an ordinal followed by *anniversary* or *jubilee*
("30th", "thirtieth", "25-year", "65 th", "32-nd", "golden jubilee"), for a
word that is an anniversary by itself ("centenary", "bicentennial"), and for
"30 years of/since <diplomatic relations | independence | ...>". A bare
"30-year path" is not an anniversary.

``subject`` is normalized ("diplomatic relations", "independence",
"strategic partnership", "friendship treaty", "birth of <Name>", otherwise the
first words of the of-phrase). ``parties`` are the countries named in the
phrase; when it names none ("between the two countries") they are the
article's main pair. ``implied_start_year`` is the anniversary's year minus
the ordinal; the anniversary's year is the publication year unless the
sentence says otherwise ("next year", "last year", "in 2018").

>>> from diplo_analysis.extract._base import Doc
>>> t = "They marked the 30th anniversary of diplomatic relations between the two countries."
>>> d = Doc(t, [0], [len(t)], year=2023)
>>> d.countries = [{"key": "AZE", "start": 0}, {"key": "KGZ", "start": 1}]
>>> [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"])
...  for r in find_anniversaries(d)]
[(30, 'diplomatic relations', ('AZE', 'KGZ'), 1993)]
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ._base import Doc

__all__ = ["find_anniversaries", "ordinal_value"]

# Subjects recognized by name; bilateral ones get a country pair as parties.
_SUBJECTS = [
    ("diplomatic relations",
     r"(?:establish(?:ment|ing)\s+of\s+(?:the\s+)?)?"
     r"(?:(?:diplomatic|bilateral|interstate|friendly)\s+)?(?:relations|ties)\b"),
    ("independence", r"(?:(?:state|national)\s+)?independence\b"),
    ("strategic partnership", r"strategic\s+partnership\b"),
    ("friendship treaty",
     r"(?:treaty|agreement)\s+(?:of|on)\s+(?:eternal\s+|mutual\s+)?friendship\b"
     r"(?:\s+and\s+(?:\w+\s+){0,2}?(?:cooperation|partnership|assistance)\b)?"
     r"|friendship\s+treaty\b"),
    ("birth", r"birth\s+of\b"),
]
_BILATERAL = {"diplomatic relations", "strategic partnership", "friendship treaty"}
_PAIR_WORDS = re.compile(
    r"\b(?:two|both|our|the\s+two)\s+(?:countries|states|nations|republics|peoples)\b|\bbilateral\b",
    re.I)
# Where the phrase of an anniversary ends (for the countries that belong to it).
_CLAUSE_END = re.compile(
    r"[,;:.!?()\[\]\n]|\s(?:which|that|who|whom|where|when|was|were|is|are|will|would|"
    r"has|have|had|as\s+well\s+as|marked|marks|celebrated|celebrates|held|took|takes)\b",
    re.I)
# Words before a number that make "30 years of relations" a duration, not a jubilee.
_DURATION = re.compile(
    r"\b(?:over|more\s+than|for|during|throughout|past|last|almost|nearly|about|around|"
    r"within|after|in|some|than)\s+(?:the\s+)?$", re.I)
_YEAR_REF = re.compile(
    r"\b(next|last|previous|past|this|current|coming)\s+year\b|(?<![\d.,])(1[89]\d\d|2[01]\d\d)(?![\d])",
    re.I)
# A year preceded by these is when something began, not when it is celebrated.
_START_WORDS = re.compile(
    r"\b(?:since|establish\w*|found\w*|sign\w*|adopt\w*|from|born|gain\w*|proclaim\w*|"
    r"declar\w*|restor\w*|set\s+up|launch\w*|creat\w*|conclud\w*|until|till)\b[^.;]{0,25}$",
    re.I)
_RELATIVE = {"next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1,
             "this": 0, "current": 0}
_CONNECTORS = {"of", "the", "and", "for", "on", "de"}
_FUNCTION_WORDS = {"of", "the", "and", "in", "a", "an", "to", "for", "between", "with",
                   "on", "by", "at", "from", "its", "their", "our"}
_PREFIX = re.compile(
    r"(?:the\s+)?(?:(?:establishment|founding|foundation|creation|formation|signing|"
    r"adoption|opening)\s+of\s+(?:the\s+)?)?", re.I)
_TOKEN = re.compile(r"[\w'’.-]*\w")


def _data_rows(name: str) -> list[dict]:
    text = resources.files("diplo_analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=None)
def _words() -> dict[str, tuple[int, str]]:
    """Number word -> (value, kind) from data/ordinals.csv."""
    return {r["word"]: (int(r["value"]), r["kind"]) for r in _data_rows("ordinals.csv")}


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    words = _words()
    by_kind: dict[str, list[str]] = {}
    for w, (_, kind) in words.items():
        by_kind.setdefault(kind, []).append(w)
    units = [w for w, (v, k) in words.items() if v < 10 and k in ("ordinal", "cardinal")]
    number_words = by_kind["ordinal"] + by_kind["cardinal"] + by_kind["tens"]
    # the ordinal that ends right before "anniversary"/"jubilee" (searched at the window's end)
    ordinal = (
        r"(?:(?<![\w.,])(?P<num>\d{1,3})(?:\s?-?\s?(?:st|nd|rd|th))?"
        r"|(?<![\w-])(?P<words>(?:" + _alt(by_kind["tens"]) + r")[\s-](?:" + _alt(units) + r")"
        r"|(?:" + _alt(number_words) + r"))"
        r"|(?<![\w-])(?P<named>" + _alt(by_kind["jubilee"]) + r"))"
        r"(?P<yr>\s?-?\s?years?)?(?:\s+|\s*-\s*)$"
    )
    count = (
        r"(?:(?<![\w.,])(?P<num>\d{1,3})|(?<![\w-])(?P<words>(?:" + _alt(by_kind["tens"])
        + r")[\s-](?:" + _alt(units) + r")|(?:" + _alt(by_kind["cardinal"] + by_kind["tens"])
        + r")))[\s-]+$"
    )
    return {
        "anchor": re.compile(
            r"anniversar(?:y|ies)|jubilee|(?:bi|ter|tri|quin|sesqui|semi)?cent(?:enary|ennial)"
            r"|years\s+(?:of|since)\s", re.I),
        "ordinal": re.compile(ordinal, re.I),
        "count": re.compile(count, re.I),
        "subject": re.compile(
            "|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(_SUBJECTS)), re.I),
    }


def ordinal_value(text: str) -> int | None:
    """The number an ordinal, cardinal or anniversary word stands for.

    >>> ordinal_value("65 th"), ordinal_value("32-nd"), ordinal_value("twenty-fifth")
    (65, 32, 25)
    >>> ordinal_value("centenary"), ordinal_value("golden"), ordinal_value("path")
    (100, 50, None)
    """
    t = text.strip().lower()
    m = re.match(r"\d+", t)
    if m:
        return int(m.group())
    words = _words()
    total = 0
    for part in re.split(r"[\s-]+", t):
        if part in ("year", "years", ""):
            continue
        if part not in words:
            return None
        total += words[part][0]
    return total or None


def _main_pair(doc: Doc) -> tuple[list[str], Counter]:
    """Countries by number of mentions (ties: first mention first)."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for row in doc.countries:
        key = row.get("key")
        if key:
            counts[key] += 1
            first.setdefault(key, row.get("start", 0))
    order = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return order, counts


def _subject_in(text: str, start: int, limit: int):
    """The first named subject in ``text[start:limit]`` -> (name, match) or None."""
    m = _patterns()["subject"].search(text, start, limit)
    if not m:
        return None
    return _SUBJECTS[int(m.lastgroup[1:])][0], m


def _words_before(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _birth_name(doc: Doc, start: int, limit: int) -> tuple[str, int] | None:
    """The person whose birth is celebrated: a people row, else a run of capitals."""
    for row in doc.people:
        if start <= row.get("start", -1) < limit and row.get("key"):
            return row["key"], row["end"]
    names = []
    end = None
    skipped = 0
    for m in _TOKEN.finditer(doc.text, start, limit):
        w = m.group()
        if w[0].isupper():
            names.append(w)
            end = m.end()
        elif names or skipped >= 4:
            break
        else:
            skipped += 1
    return (" ".join(names), end) if names else None


def _generic_subject(doc: Doc, start: int, limit: int, mentions) -> tuple[str, int] | None:
    """First words of an of-phrase, lowercased except proper names."""
    text = doc.text
    p = _PREFIX.match(text, start, limit)
    pos = p.end() if p else start
    toks = []
    for m in _TOKEN.finditer(text, pos, limit):
        w = m.group()
        # five words, or a few more to finish a name ("the Great Patriotic War")
        if len(toks) >= 5 and not (len(toks) < 8 and w[:1].isupper() and toks[-1][0][:1].isupper()):
            break
        toks.append((w, m.start(), m.end()))
    while toks and toks[-1][0].lower() in _FUNCTION_WORDS:
        toks.pop()
    if not toks:
        return None

    def cap(i):
        return 0 <= i < len(toks) and toks[i][0][:1].isupper()

    out = []
    for i, (w, s, e) in enumerate(toks):
        proper = w[:1].isupper() and (
            (w.isupper() and len(w) > 1)
            or any(ms <= s < me for ms, me in mentions)
            or cap(i - 1) or cap(i + 1)
            or (i >= 2 and toks[i - 1][0].lower() in _CONNECTORS and cap(i - 2))
            or (toks[i + 1][0].lower() in _CONNECTORS and cap(i + 2) if i + 2 < len(toks) else False)
        )
        out.append(w if proper else w.lower())
    return " ".join(out), toks[-1][2]


def _anniversary_year(doc: Doc, start: int, end: int, ordinal: int) -> int | None:
    """The year the anniversary falls in, read from its sentence, else ``doc.year``."""
    text = doc.text
    if doc.sent_starts:
        sid = doc.sentence_id(start)
        s0, s1 = doc.sentence_span(sid)
    else:
        s0, s1 = 0, len(text)
    best = None
    for m in _YEAR_REF.finditer(text, s0, s1):
        if start <= m.start() < end:
            continue
        if m.group(2):
            y = int(m.group(2))
            if _START_WORDS.search(text, max(s0, m.start() - 40), m.start()):
                continue
            if doc.year is not None and (y == doc.year - ordinal or y < doc.year - 10):
                continue
            value = y
        else:
            if doc.year is None:
                continue
            value = doc.year + _RELATIVE[m.group(1).lower()]
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else doc.year


def find_anniversaries(doc: Doc) -> list[dict]:
    """Anniversary rows of one article (see the module docstring).

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "Kyrgyzstan marks the 33rd anniversary of the independence of the Kyrgyz Republic."
    >>> d = Doc(t, [0], [len(t)], year=2024)
    >>> d.countries = [{"key": "KGZ", "start": 0}, {"key": "KGZ", "start": 62}]
    >>> r = find_anniversaries(d)[0]
    >>> r["ordinal"], r["subject"], r["parties"], r["implied_start_year"], t[r["start"]:r["end"]]
    (33, 'independence', ('KGZ',), 1991, '33rd anniversary of the independence')
    """
    text = doc.text
    pats = _patterns()
    anchors = list(pats["anchor"].finditer(text))
    if not anchors:
        return []
    words = _words()
    order, _ = _main_pair(doc)
    mentions = [(r.get("start", 0), r.get("end", 0)) for r in doc.countries]
    found = []  # (start, anchor_end, ordinal, tail_start, is_count)
    last_end = -1
    for a in anchors:
        a_start, a_end = a.start(), a.end()
        if a_start < last_end:
            continue
        word = a.group().lower()
        if word.startswith("years"):
            m = pats["count"].search(text, max(0, a_start - 30), a_start)
            if not m or _DURATION.search(text, max(0, m.start() - 20), m.start()):
                continue
            value = int(m["num"]) if m["num"] else ordinal_value(m["words"])
            found.append((m.start(), a_start + 5, value, a_start + 5, True))
            last_end = a_end
            continue
        # whole word, for "bicentenary" found through "centenary"
        ws = a_start
        while ws > 0 and text[ws - 1].isalpha():
            ws -= 1
        we = a_end
        while we < len(text) and text[we].isalpha():
            we += 1
        whole = text[ws:we].lower()
        if whole in words and words[whole][1] == "anniversary":
            found.append((ws, we, words[whole][0], we, False))
            last_end = we
            continue
        if ws != a_start:
            continue
        m = pats["ordinal"].search(text, max(0, a_start - 40), a_start)
        if not m:
            continue
        if m["num"]:
            value = int(m["num"])
        elif m["named"]:
            value = words[m["named"].lower()][0]
        else:
            value = ordinal_value(m["words"])
            last = re.split(r"[\s-]+", m["words"].lower())[-1]
            if words.get(last, (0, ""))[1] != "ordinal" and not m["yr"]:
                continue  # "thirty anniversary" is not how English counts
        if not value:
            continue
        found.append((m.start(), we, value, we, False))
        last_end = we

    rows = []
    for i, (start, a_end, ordinal, tail, is_count) in enumerate(found):
        limit = found[i + 1][0] if i + 1 < len(found) else len(text)
        stop = _CLAUSE_END.search(text, tail, limit)
        clause_end = stop.start() if stop else limit
        of = re.match(r"\s*(?:of|since)\s+", text[tail:clause_end], re.I)
        subject, end, person_country = None, a_end, None
        if of:
            ph = tail + of.end()
            hit = _subject_in(text, ph, clause_end)
            if hit and _words_before(text, ph, hit[1].start()) > 6:
                hit = None
            if hit:
                subject, sm = hit
                end = sm.end()
                if subject == "birth":
                    name = _birth_name(doc, sm.end(), clause_end)
                    if name:
                        subject, end = f"birth of {name[0]}", name[1]
                        for row in doc.people:
                            if row.get("key") == name[0] and row.get("country"):
                                person_country = row["country"]
                                break
                    else:
                        subject = None
            if subject is None and not is_count:
                gen = _generic_subject(doc, ph, clause_end, mentions)
                if gen:
                    subject, end = gen
        if subject is None and is_count:
            continue  # "30 years of cooperation" is a duration, not a jubilee
        if subject is None:
            sid = doc.sentence_id(start)
            s0, s1 = doc.sentence_span(sid) if doc.sent_starts else (0, len(text))
            hit = _subject_in(text, s0, s1)
            if hit and hit[0] != "birth":
                subject = hit[0]
        scope_end = max(clause_end, end)
        named = {r["key"] for r in doc.countries
                 if r.get("key") and start <= r.get("start", -1) < scope_end}
        for r in doc.countries:  # "Azerbaijan's 30th anniversary"
            e = r.get("end", -1)
            if r.get("key") and e <= start and start - e <= 4 and \
                    re.fullmatch(r"['’]s\s+(?:the\s+)?", text[e:start]):
                named.add(r["key"])
        pair_word = bool(_PAIR_WORDS.search(text, start, scope_end))
        if subject == "independence":
            parties = named or set(order[:1])
        elif subject and subject.startswith("birth of"):
            parties = {person_country} if person_country else (named or set(order[:1]))
        elif len(named) >= 2:
            parties = named
        elif len(named) == 1 and (subject in _BILATERAL or pair_word):
            other = [k for k in order if k not in named][:1]
            parties = named | set(other)
        elif named:
            parties = named
        else:
            parties = set(order[:2])
        when = _anniversary_year(doc, start, end, ordinal)
        rows.append({
            "sentence_id": doc.sentence_id(start),
            "start": start,
            "end": end,
            "ordinal": ordinal,
            "subject": subject,
            "parties": tuple(sorted(parties)),
            "year": doc.year,
            "implied_start_year": when - ordinal if when is not None else None,
            "reference_start": None,
            "agrees": None,
        })
    return rows

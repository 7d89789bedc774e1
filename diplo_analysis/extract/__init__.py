"""Extraction: from a parsed article to rows of mentions, anniversaries, events, spheres.

One module per kind of thing (``countries``, ``organizations``, ``people``,
``anniversaries``, ``events``, ``spheres``), each with a function that takes a
:class:`Doc` and returns rows: dicts keyed by the table's columns, without
``article_id``. Later extractors read what earlier ones found (``doc.countries``,
``doc.people``), so the order below matters.

>>> found = extract_all("Azerbaijani and Kyrgyz diplomats met.", [(0, 37)], year=2023)
>>> sorted(r["key"] for r in found["mentions"] if r["kind"] == "country")
['AZE', 'KGZ']
"""
from __future__ import annotations

from functools import lru_cache

from ._base import Doc

__all__ = ["Doc", "extract_all", "extract_docs"]


def extract_all(text: str, spans: list[tuple[int, int]], *, year: int | None = None,
                article_id: str = "", home: str | None = None) -> dict[str, list[dict]]:
    """Run every extractor on one article; return rows by table name.

    ``home`` is the ISO3 of the article's dateline, if it has one: the state
    whose officials the text names without saying whose they are.
    """
    doc = Doc(text, [s for s, _ in spans], [e for _, e in spans], year=year, article_id=article_id, home=home)
    (found,) = extract_docs([doc])
    if isinstance(found, Exception):
        raise found
    return found


def extract_docs(docs: list[Doc]) -> list[dict[str, list[dict]] | Exception]:
    """Run every extractor on many articles: for each, rows by table name as
    :func:`extract_all` gives them, or the exception that stopped its extraction
    (the other articles go on).

    Each extractor runs over all the articles before the next one starts, so
    its code and word tables stay in the processor's caches; the word scan that
    the last three share (anniversaries, events, spheres) runs over all of them
    first, each article keeping its hits (:func:`._scan.prescan`).

    >>> found = extract_docs([Doc("Kazakh envoys met.", [0], [18]), Doc("Uzbek envoys met.", [0], [17])])
    >>> [[r["key"] for r in f["mentions"]] for f in found]
    [['KAZ'], ['UZB']]
    """
    anniversaries, countries, events, organizations, people, spheres, word_scan = _extractors()
    orgs: dict[int, list[dict]] = {}
    out: list = [None] * len(docs)

    def find_countries(i, doc):
        doc.countries = countries.find_countries(doc)

    def find_organizations(i, doc):
        orgs[i] = doc.organizations = organizations.find_organizations(doc)

    def scan_given_names(i, doc):
        people.prescan(doc, "given")

    def scan_surname_endings(i, doc):
        people.prescan(doc, "ending")

    def scan_bare_surnames(i, doc):
        people.prescan(doc, "bare")

    def read_anchored_names(i, doc):
        people.first_pass(doc)

    def find_people(i, doc):
        doc.people = people.find_people(doc)

    def scan_words(i, doc):
        word_scan.prescan(doc)

    def find_anniversaries(i, doc):
        out[i] = {"mentions": doc.countries + doc.people + orgs[i],
                  "anniversaries": anniversaries.find_anniversaries(doc)}

    def find_events(i, doc):
        out[i]["events"] = events.find_events(doc)

    def find_spheres(i, doc):
        out[i]["spheres"] = spheres.find_spheres(doc)

    # later extractors read what earlier ones found, so the order matters; find_people's
    # scans by the names' automata and its first pass run first, each over all the articles
    # (see people.prescan, people.first_pass), and so does the word scan of the last three
    for step in (find_countries, find_organizations, scan_given_names, scan_surname_endings,
                 scan_bare_surnames, read_anchored_names, find_people, scan_words,
                 find_anniversaries, find_events, find_spheres):
        for i, doc in enumerate(docs):
            if not isinstance(out[i], Exception):
                try:
                    step(i, doc)
                except Exception as exc:    # a fault on this article: its extraction stops here
                    out[i] = exc
    return out


@lru_cache(maxsize=1)
def _extractors() -> tuple:
    """The extractor modules and the word scan they share, imported on first use (an import
    statement in :func:`extract_all` would cost more than a cached call, once per article)."""
    from . import _scan, anniversaries, countries, events, organizations, people, spheres

    return anniversaries, countries, events, organizations, people, spheres, _scan

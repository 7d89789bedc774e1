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

__all__ = ["Doc", "extract_all"]


def extract_all(text: str, spans: list[tuple[int, int]], *, year: int | None = None,
                article_id: str = "", home: str | None = None) -> dict[str, list[dict]]:
    """Run every extractor on one article; return rows by table name.

    ``home`` is the ISO3 of the article's dateline, if it has one: the state
    whose officials the text names without saying whose they are.
    """
    anniversaries, countries, events, organizations, people, spheres = _extractors()
    doc = Doc(text, [s for s, _ in spans], [e for _, e in spans], year=year, article_id=article_id, home=home)
    doc.countries = countries.find_countries(doc)
    orgs = organizations.find_organizations(doc)
    doc.people = people.find_people(doc)
    return {
        "mentions": doc.countries + doc.people + orgs,
        "anniversaries": anniversaries.find_anniversaries(doc),
        "events": events.find_events(doc),
        "spheres": spheres.find_spheres(doc),
    }


@lru_cache(maxsize=1)
def _extractors() -> tuple:
    """The extractor modules, imported on first use (an import statement in
    :func:`extract_all` would cost more than a cached call, once per article)."""
    from . import anniversaries, countries, events, organizations, people, spheres

    return anniversaries, countries, events, organizations, people, spheres

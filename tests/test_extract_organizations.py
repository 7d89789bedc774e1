"""Tests of diplo_analysis.extract.organizations: named bodies, generic patterns, data file."""
from __future__ import annotations

import csv
from collections import defaultdict

import pycountry
import pytest

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract.countries import find_countries
from diplo_analysis.extract.organizations import (
    ORG_TYPES,
    ORGANIZATIONS_PATH,
    find_organizations,
    org_surfaces,
)
from extract_helpers import MENTION_COLUMNS, make_doc, seed_body

COLUMNS = MENTION_COLUMNS


def rows_of(text: str) -> list[dict]:
    doc = make_doc(text)
    rows = find_organizations(doc)
    for r in rows:
        assert list(r) == COLUMNS
        assert text[r["start"]:r["end"]] == r["surface"]
        assert r["kind"] == "organization" and r["role"] is None
        assert r["sentence_id"] == doc.sentence_id(r["start"])
    return rows


def found(text: str) -> list[tuple]:
    return [(r["surface"], r["key"], r["country"]) for r in rows_of(text)]




def test_seed_article_organizations():
    assert found(seed_body()) == [
        ("Azerbaijan's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Azerbaijan", "AZE"),
        ("Trend", "Trend", "AZE"),
        ("Ministry of Foreign Affairs of Azerbaijan", "Ministry of Foreign Affairs of Azerbaijan", "AZE"),
        ("Embassy of Kyrgyzstan in Azerbaijan", "Embassy of Kyrgyzstan in Azerbaijan", "KGZ"),
        ("Chamber of Commerce and Industry of Kyrgyzstan", "Chamber of Commerce and Industry of Kyrgyzstan", "KGZ"),
        ("Kyrgyzstan-Azerbaijan Friendship Society", "Kyrgyzstan-Azerbaijan Friendship Society", "KGZ"),
    ]


@pytest.mark.parametrize("text, expected", [
    # ministries
    ("Azerbaijan's Ministry of Foreign Affairs said so.",
     ("Azerbaijan's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Azerbaijan", "AZE")),
    ("The Ministry of Foreign Affairs of the Republic of Kazakhstan said so.",
     ("Ministry of Foreign Affairs of the Republic of Kazakhstan", "Ministry of Foreign Affairs of Kazakhstan", "KAZ")),
    ("The Kazakh Foreign Ministry said so.",
     ("Kazakh Foreign Ministry", "Ministry of Foreign Affairs of Kazakhstan", "KAZ")),
    ("the Foreign Ministry said so.", ("Foreign Ministry", "Ministry of Foreign Affairs", None)),
    ("The Ministry of Agriculture of the Republic of Azerbaijan said so.",
     ("Ministry of Agriculture of the Republic of Azerbaijan", "Ministry of Agriculture of Azerbaijan", "AZE")),
    ("The Russian Defence Ministry said so.", ("Russian Defence Ministry", "Ministry of Defense of Russia", "RUS")),
    ("The Turkish MFA said so.", ("Turkish MFA", "Ministry of Foreign Affairs of Türkiye", "TUR")),
    # embassies and consulates
    ("The Embassy of Kyrgyzstan in Azerbaijan said so.",
     ("Embassy of Kyrgyzstan in Azerbaijan", "Embassy of Kyrgyzstan in Azerbaijan", "KGZ")),
    ("The Kyrgyz Embassy said so.", ("Kyrgyz Embassy", "Embassy of Kyrgyzstan", "KGZ")),
    ("The Chinese Embassy in Astana said so.", ("Chinese Embassy in Astana", "Embassy of China in Astana", "CHN")),
    ("The Embassy of the Republic of Azerbaijan in Pakistan said so.",
     ("Embassy of the Republic of Azerbaijan in Pakistan", "Embassy of Azerbaijan in Pakistan", "AZE")),
    ("The Consulate General of Azerbaijan in Los Angeles said so.",
     ("Consulate General of Azerbaijan in Los Angeles", "Consulate General of Azerbaijan in Los Angeles", "AZE")),
    # chambers, societies, foundations
    ("The Chamber of Commerce and Industry of Kyrgyzstan said so.",
     ("Chamber of Commerce and Industry of Kyrgyzstan", "Chamber of Commerce and Industry of Kyrgyzstan", "KGZ")),
    ("The Azerbaijan–Kyrgyzstan Friendship Society met.",
     ("Azerbaijan–Kyrgyzstan Friendship Society", "Azerbaijan-Kyrgyzstan Friendship Society", "AZE")),
    ("The Heydar Aliyev Foundation said so.", ("Heydar Aliyev Foundation", "Heydar Aliyev Foundation", "AZE")),
    ("The Turkic Culture and Heritage Foundation met.",
     ("Turkic Culture and Heritage Foundation", "Turkic Culture and Heritage Foundation", None)),
    ("The Kazakh Friendly Hands Foundation met.",
     ("Kazakh Friendly Hands Foundation", "Kazakh Friendly Hands Foundation", "KAZ")),
    # parliaments
    ("The Milli Majlis met.", ("Milli Majlis", "Milli Majlis", "AZE")),
    ("The Jogorku Kenesh met.", ("Jogorku Kenesh", "Jogorku Kenesh", "KGZ")),
    ("The State Duma met.", ("State Duma", "State Duma", "RUS")),
    ("The National Assembly of Bulgaria met.", ("National Assembly of Bulgaria", "National Assembly of Bulgaria", "BGR")),
    ("The Georgian Parliament met.", ("Georgian Parliament", "Parliament of Georgia", "GEO")),
])
def test_organization_key_and_country(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("surface, key, country", [
    ("Trend", "Trend", "AZE"), ("AZERTAG", "AZERTAG", "AZE"), ("Xinhua", "Xinhua", "CHN"),
    ("Kabar", "Kabar", "KGZ"), ("Anadolu Agency", "Anadolu Agency", "TUR"), ("TASS", "TASS", "RUS"),
    ("Kazinform", "Kazinform", "KAZ"), ("UzA", "UzA", "UZB"), ("Reuters", "Reuters", "GBR"),
    ("AP", "Associated Press", "USA"), ("AFP", "Agence France-Presse", "FRA"),
    ("UN", "United Nations", None), ("United Nations", "United Nations", None),
    ("UN General Assembly", "United Nations General Assembly", None),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", None),
    ("OSCE", "Organization for Security and Co-operation in Europe", None),
    ("CIS", "Commonwealth of Independent States", None), ("SCO", "Shanghai Cooperation Organization", None),
    ("CSTO", "Collective Security Treaty Organization", None), ("EU", "European Union", None),
    ("European Union", "European Union", None), ("NATO", "North Atlantic Treaty Organization", None),
    ("OIC", "Organisation of Islamic Cooperation", None),
    ("Organization of Turkic States", "Organization of Turkic States", None),
    ("TURKSOY", "International Organization of Turkic Culture", None),
    ("ECO", "Economic Cooperation Organization", None),
    ("CICA", "Conference on Interaction and Confidence Building Measures in Asia", None),
    ("BRICS", "BRICS", None), ("ASEAN", "Association of Southeast Asian Nations", None),
    ("African Union", "African Union", None), ("Non-Aligned Movement", "Non-Aligned Movement", None),
    ("World Bank", "World Bank", None), ("IMF", "International Monetary Fund", None),
    ("WTO", "World Trade Organization", None),
])
def test_named_bodies(surface, key, country):
    assert found(f"Officials of the {surface} attended.") == [(surface, key, country)]


def test_word_boundaries_and_case():
    assert found("UNESCO and the UN met; economic ties, a trend of growth, an eco-friendly plan.") == [
        ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", None),
        ("UN", "United Nations", None)]
    assert rows_of("The ministry said the embassy and the foundation would help.") == []


def test_longest_name_wins_and_rows_do_not_overlap():
    rows = rows_of("The UN General Assembly and the Heydar Aliyev Foundation met in the OSCE Minsk Group.")
    assert [r["key"] for r in rows] == [
        "United Nations General Assembly", "Heydar Aliyev Foundation", "OSCE Minsk Group"]
    assert all(a["end"] <= b["start"] for a, b in zip(rows, rows[1:]))


def test_organizations_data_file():
    with open(ORGANIZATIONS_PATH, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["canonical", "surface", "country", "type", "source"]
    body = rows[1:]
    keys = [(r[0].lower(), r[1].lower(), r[1]) for r in body]
    assert keys == sorted(keys)
    assert len({r[1] for r in body}) == len(body)
    iso3 = {c.alpha_3 for c in pycountry.countries}
    per_name = defaultdict(set)
    for canonical, surface, country, kind, source in body:
        assert kind in ORG_TYPES and source
        assert country == "" or country in iso3
        per_name[canonical].add((country, kind))
        assert any(r[0] == canonical and r[1] == canonical for r in body), canonical
    assert all(len(v) == 1 for v in per_name.values())
    assert all(per_name[n] == {("", "international")} for n in ("United Nations", "OSCE Minsk Group", "BRICS"))
    assert org_surfaces()["Milli Majlis"] == ("Milli Majlis", "AZE")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["Ministry", "of", "Foreign", "Affairs", "Azerbaijan's", "Kyrgyz", "Embassy", "in", "the", "Baku",
          "Chamber", "Commerce", "and", "Industry", "Kyrgyzstan-Azerbaijan", "Friendship", "Society", "Heydar",
          "Aliyev", "Foundation", "UN", "UNESCO", "National", "Assembly", "Parliament", "Trend", "MFA", ",", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_any_text_gives_well_formed_rows(words):
    rows = rows_of(" ".join(words))
    assert all(a["end"] <= b["start"] for a, b in zip(rows, rows[1:]))
    assert all(r["key"] and (r["country"] is None or len(r["country"]) == 3) for r in rows)


# ---------------------------------------------------------------- fast paths agree with their reference

_PIECES = ["Ministry", "Embassy", "Friendship Society", "Foundation", " ", "  ", "\u00a0", "\n", ",", ".", "-", "–",
           "of", "the", "for", "Foreign", "Affairs", "Economy", "economy", "and", "&", "Kyrgyzstan", "Azerbaijan's",
           "Kyrgyz", "Uzbek-Kazakh", "é", "’", "Heydar Aliyev", "in", "Baku", "(", "/"]


def _organizations_doc(text: str) -> Doc:
    doc = Doc(text, [0], [len(text)], year=2023)
    doc.countries = find_countries(doc)
    return doc


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_backward_searches_are_their_regexes(pieces):
    from diplo_analysis.extract import organizations as o

    text = "".join(pieces)
    for start in range(len(text) + 1):
        want = o._res()["port_before"].search(text, max(0, start - 60), start)
        got = o._port_before(text, start)
        assert (got and got.span(1)) == (want and want.span(1))
    doc = _organizations_doc(text + " Friendship Society")
    start = len(text) + 1
    want = o._res()["pair_before"].search(doc.text, max(0, start - 60), start)
    got = o._friendship(doc.text, o.scan(doc), start, len(doc.text), "Friendship Society")
    assert (got and got[0]) == (want and want.start(1))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_country_after_of_reads_as_the_regex(pieces):
    from diplo_analysis.extract import organizations as o

    doc = _organizations_doc("".join(pieces))
    s = o.scan(doc)
    for pos in range(len(doc.text) + 1):
        m = o._res()["of"].match(doc.text, pos)
        got = o._country_after_of(doc.text, s, pos)
        if m is None:
            assert got is None
        elif m.end() in s.country_start:
            row = s.country_start[m.end()]
            assert got == (row["end"], row["key"])


def test_portfolio_before_ministry_examples():
    from diplo_analysis.extract import organizations as o

    for text, portfolio in [("the Economy Ministry", "Economy"), ("(Economy Ministry", "Economy"),
                            ("Oil and Gas Ministry", "Oil and Gas"), ("the economy Ministry", None),
                            ("Economy-Ministry", None), ("Economy Ministry", "Economy")]:
        m = o._port_before(text, text.index("Ministry"))
        assert (m and m.group(1)) == portfolio
    assert found("Azerbaijan's Economy Ministry and the (Economy Ministry") == [
        ("Azerbaijan's Economy Ministry", "Ministry of Economy of Azerbaijan", "AZE"),
        ("Economy Ministry", "Ministry of Economy", None)]

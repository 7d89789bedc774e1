"""Schema and coverage checks for the sourced reference tables.

The tables live in diplo_analysis/data/reference/ and are described in the
README there. These tests read the csv files directly, so they hold whatever
code later loads them.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pycountry
import pytest

REFERENCE = Path(__file__).resolve().parents[1] / "diplo_analysis" / "data" / "reference"
RELATIONS_CSV = REFERENCE / "diplomatic_relations.csv"
OFFICEHOLDERS_CSV = REFERENCE / "officeholders.csv"

# Codes in use that pycountry may not carry (Kosovo is user-assigned).
EXTRA_CODES = {"XKX", "PSE", "TWN"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES

CORE = ["AZE", "CHN", "GEO", "KAZ", "KGZ", "RUS", "TJK", "TKM", "TUR", "USA", "UZB"]
CORE_PAIRS = set(itertools.combinations(sorted(CORE), 2))

# Core pairs whose exact day the compilers were not sure of; the README lists
# the same ones. Filling a gap means removing it here and there.
KNOWN_GAPS = {
    ("GEO", "KAZ"), ("GEO", "KGZ"), ("GEO", "TJK"), ("GEO", "TKM"),
    ("GEO", "USA"), ("GEO", "UZB"), ("KGZ", "TKM"), ("RUS", "USA"),
    ("TJK", "TKM"), ("TJK", "TUR"), ("TJK", "USA"), ("TJK", "UZB"),
    ("TKM", "UZB"), ("TUR", "USA"),
}
# The project aims at 40 partners each; these floors are what the table holds
# today with sure dates only, and guard against losing rows.
MIN_PARTNERS = {"AZE": 16, "KGZ": 10}

OFFICES = {
    "President", "Prime Minister", "Chancellor", "Foreign Minister",
    "King", "Queen", "Emir", "Crown Prince",
}
COMPILED_YEAR = 2026


@pytest.fixture(scope="module")
def relations() -> pd.DataFrame:
    return pd.read_csv(RELATIONS_CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def officeholders() -> pd.DataFrame:
    return pd.read_csv(OFFICEHOLDERS_CSV, dtype=str, keep_default_na=False)


def _partners(relations: pd.DataFrame, iso3: str) -> set[str]:
    a = relations.loc[relations.country_a == iso3, "country_b"]
    b = relations.loc[relations.country_b == iso3, "country_a"]
    return set(a) | set(b)


# --- diplomatic_relations.csv ------------------------------------------------


def test_relations_columns(relations):
    assert list(relations.columns) == ["country_a", "country_b", "established", "source", "note"]


def test_relations_codes_are_iso3(relations):
    codes = set(relations.country_a) | set(relations.country_b)
    assert codes - ISO3 == set()


def test_relations_dates_parse(relations):
    dates = pd.to_datetime(relations.established, format="%Y-%m-%d", errors="coerce")
    assert dates.notna().all(), relations.loc[dates.isna(), "established"].tolist()
    assert dates.min() >= pd.Timestamp("1800-01-01")
    assert dates.max() <= pd.Timestamp("2026-11-28")


def test_relations_pairs_ordered_and_unique(relations):
    assert (relations.country_a < relations.country_b).all()
    assert not relations.duplicated(["country_a", "country_b"]).any()


def test_relations_sorted(relations):
    ordered = relations.sort_values(["country_a", "country_b"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(relations, ordered)


def test_relations_every_row_has_source(relations):
    assert (relations.source.str.strip() != "").all()


def test_relations_core_pairs_covered_except_known_gaps(relations):
    present = set(zip(relations.country_a, relations.country_b))
    assert len(CORE_PAIRS) == 55
    missing = CORE_PAIRS - present
    # Exact equality: a gap filled without updating KNOWN_GAPS fails too.
    assert missing == KNOWN_GAPS
    assert len(CORE_PAIRS & present) == 41


@pytest.mark.parametrize("iso3", sorted(MIN_PARTNERS))
def test_relations_partner_floor(relations, iso3):
    partners = _partners(relations, iso3)
    assert iso3 not in partners
    assert len(partners) >= MIN_PARTNERS[iso3]


def test_relations_azerbaijan_kyrgyzstan(relations):
    row = relations[(relations.country_a == "AZE") & (relations.country_b == "KGZ")]
    assert row.established.tolist() == ["1993-01-19"]
    # The seed article (2023) speaks of the 30th anniversary.
    assert 2023 - int(row.established.iloc[0][:4]) == 30


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        ("AZE", "TUR", "1992-01-14"),
        ("CHN", "KAZ", "1992-01-03"),
        ("CHN", "RUS", "1949-10-02"),
        ("CHN", "USA", "1979-01-01"),
        ("KAZ", "USA", "1991-12-26"),
        ("KGZ", "USA", "1991-12-27"),
        ("KAZ", "RUS", "1992-10-22"),
    ],
)
def test_relations_known_dates(relations, a, b, day):
    row = relations[(relations.country_a == a) & (relations.country_b == b)]
    assert row.established.tolist() == [day]


def test_relations_notes_mark_predecessor_states(relations):
    notes = relations.set_index(["country_a", "country_b"]).note
    assert "USSR" in notes[("CHN", "RUS")]
    assert "RSFSR" in notes[("RUS", "TUR")]
    assert notes[("AZE", "KGZ")] == ""


# --- officeholders.csv -------------------------------------------------------


def test_officeholders_columns(officeholders):
    assert list(officeholders.columns) == ["name", "iso3", "office", "start_year", "end_year", "source"]


def test_officeholders_codes_and_offices(officeholders):
    assert set(officeholders.iso3) - ISO3 == set()
    assert set(officeholders.office) <= OFFICES
    assert set(CORE) <= set(officeholders.iso3)
    assert officeholders.iso3.nunique() >= 30


def test_officeholders_names_and_sources_present(officeholders):
    assert (officeholders.name.str.strip() != "").all()
    assert (officeholders.source.str.strip() != "").all()
    assert not officeholders.duplicated(["name", "iso3", "office", "start_year"]).any()


def test_officeholders_years_valid(officeholders):
    assert officeholders.start_year.str.fullmatch(r"\d{4}").all()
    ended = officeholders[officeholders.end_year != ""]
    assert ended.end_year.str.fullmatch(r"\d{4}").all()
    start = officeholders.start_year.astype(int)
    end = ended.end_year.astype(int)
    assert start.between(1950, COMPILED_YEAR).all()
    assert end.between(2000, COMPILED_YEAR).all()  # every tenure reaches into 2000-2026
    assert (ended.start_year.astype(int) <= end).all()


def test_officeholders_sorted(officeholders):
    key = officeholders.assign(start=officeholders.start_year.astype(int))
    ordered = key.sort_values(["iso3", "office", "start"], kind="stable")
    assert ordered.index.tolist() == key.index.tolist()


def test_officeholders_terms_do_not_overlap(officeholders):
    for (iso3, office), group in officeholders.groupby(["iso3", "office"], sort=False):
        ends = group.end_year.tolist()
        starts = group.start_year.astype(int).tolist()
        assert ends[:-1].count("") == 0, (iso3, office, "open-ended term before the last")
        for previous_end, start in zip(ends[:-1], starts[1:]):
            assert start >= int(previous_end), (iso3, office, start)


@pytest.mark.parametrize(
    ("name", "iso3", "office", "start", "end"),
    [
        ("Ilham Aliyev", "AZE", "President", "2003", ""),
        ("Jeyhun Bayramov", "AZE", "Foreign Minister", "2020", ""),
        ("Sadyr Japarov", "KGZ", "President", "2021", ""),
        ("Jeenbek Kulubaev", "KGZ", "Foreign Minister", "2022", ""),
        ("Kassym-Jomart Tokayev", "KAZ", "President", "2019", ""),
        ("Murat Nurtleu", "KAZ", "Foreign Minister", "2023", ""),
        ("Shavkat Mirziyoyev", "UZB", "President", "2016", ""),
        ("Bakhtiyor Saidov", "UZB", "Foreign Minister", "2022", ""),
        ("Emomali Rahmon", "TJK", "President", "1994", ""),
        ("Serdar Berdimuhamedov", "TKM", "President", "2022", ""),
        ("Recep Tayyip Erdoğan", "TUR", "Prime Minister", "2003", "2014"),
        ("Recep Tayyip Erdoğan", "TUR", "President", "2014", ""),
        ("Mevlüt Çavuşoğlu", "TUR", "Foreign Minister", "2014", "2015"),
        ("Mevlüt Çavuşoğlu", "TUR", "Foreign Minister", "2015", "2023"),
        ("Hakan Fidan", "TUR", "Foreign Minister", "2023", ""),
        ("Sergey Lavrov", "RUS", "Foreign Minister", "2004", ""),
        ("Vladimir Putin", "RUS", "President", "2012", ""),
        ("Xi Jinping", "CHN", "President", "2013", ""),
        ("Wang Yi", "CHN", "Foreign Minister", "2023", ""),
    ],
)
def test_officeholders_named_rows(officeholders, name, iso3, office, start, end):
    row = officeholders[
        (officeholders.name == name) & (officeholders.iso3 == iso3)
        & (officeholders.office == office) & (officeholders.start_year == start)
    ]
    assert row.end_year.tolist() == [end]


def test_officeholders_one_sitting_president_per_core_state(officeholders):
    sitting = officeholders[(officeholders.office == "President") & (officeholders.end_year == "")]
    counts = sitting.groupby("iso3").size()
    assert counts.reindex(CORE).fillna(0).astype(int).tolist() == [1] * len(CORE)

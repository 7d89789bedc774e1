"""Anniversaries against the reference: fill_reference, check_anniversaries, upcoming_anniversaries."""
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.analysis import reference as refmod
from diplo_analysis.analysis import check_anniversaries, fill_reference, load_reference, upcoming_anniversaries
from diplo_analysis.errors import DiploError, SchemaError

REFERENCE = """# test reference: dates as published by the foreign ministries; LEAP is made up
country_a,country_b,established,source
AZE,KGZ,1993-01-19,MFA of Azerbaijan
TUR,AZE,1992-01-14,MFA of Türkiye
AZE,GEO,1992-11-18,MFA of Georgia
KAZ,KGZ,1992-10-15,MFA of Kazakhstan
AZE,UZB,1992-02-29,made-up leap day
"""


@pytest.fixture
def ref_file(tmp_path) -> Path:
    path = tmp_path / "diplomatic_relations.csv"
    path.write_text(REFERENCE, encoding="utf-8")
    return path


@pytest.fixture
def ref_path(ref_file) -> pd.DataFrame:
    """The test reference alone (not extending the packaged table), so the tests know every row."""
    return load_reference(ref_file, extend=False)


def anniversary(aid, ordinal, parties, implied, subject="diplomatic relations", year=2023):
    return {"article_id": aid, "sentence_id": 0, "start": 0, "end": 10, "ordinal": ordinal,
            "subject": subject, "parties": parties, "year": year, "implied_start_year": implied}


def corpus() -> da.Corpus:
    return da.Corpus(anniversaries=pd.DataFrame([
        anniversary("a1", 30, ("AZE", "KGZ"), 1993),                  # agrees
        anniversary("a2", 31, ("AZE", "KGZ"), 1992),                  # disagrees
        anniversary("a3", 30, ("KGZ", "TUR"), 1993),                  # no reference row
        anniversary("a4", 32, ("AZE",), 1991, subject="independence"),  # not a pair
        anniversary("a5", 30, ("AZE", "TUR"), None),                  # no implied year
    ]))


def test_load_reference_sorts_pairs_and_parses_dates(ref_path):
    ref = load_reference(ref_path)
    assert list(ref.columns) == ["country_a", "country_b", "established", "source", "confidence", "note"]
    assert set(ref["confidence"]) == {"single"}                    # no confidence column: one source each
    tur = ref[ref["country_b"] == "TUR"].iloc[0]
    assert (tur["country_a"], tur["established"]) == ("AZE", pd.Timestamp("1992-01-14"))
    assert len(ref) == 5 and str(ref["established"].dtype) == "datetime64[ns]"


def test_load_reference_explains_bad_input(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("country_a,country_b,established,source\nAZE,KGZ,19.01.1993,x\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"bad.csv: line 2, column established: '19.01.1993' is not a date "
                                          "written YYYY-MM-DD"):
        load_reference(bad)
    short = tmp_path / "short.csv"
    short.write_text("country_a,country_b\nAZE,KGZ\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="missing column"):
        load_reference(short)
    with pytest.raises(DiploError, match="no such reference file"):
        load_reference(tmp_path / "nothing.csv")


def test_default_reference_is_read_from_the_package(tmp_path, monkeypatch):
    # The packaged csv is found through importlib.resources under data/reference/.
    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "data" / "reference" / "diplomatic_relations.csv").write_text(REFERENCE, encoding="utf-8")
    asked = []

    def files(package):
        asked.append(package)
        return tmp_path

    refmod._packaged.cache_clear()
    monkeypatch.setattr(refmod, "resources", SimpleNamespace(files=files))
    try:
        ref = load_reference()
        up = upcoming_anniversaries("AZE", start="2026-01-01", years=5)
    finally:
        refmod._packaged.cache_clear()
    assert asked == ["diplo_analysis"]
    assert len(ref) == 5 and load_reference(ref).equals(ref)
    assert ("KGZ", pd.Timestamp("2028-01-19"), 35) in set(zip(up["partner"], up["date"], up["ordinal"]))


def test_fill_reference_only_for_two_party_diplomatic_relations(ref_path):
    filled = fill_reference(corpus().anniversaries, reference=ref_path)
    assert filled["reference_start"].tolist()[:2] == [pd.Timestamp("1993-01-19")] * 2
    assert filled["reference_start"].isna().tolist() == [False, False, True, True, False]
    assert filled["agrees"].tolist() == [True, False, pd.NA, pd.NA, pd.NA]
    assert str(filled["agrees"].dtype) == "boolean"


def test_fill_reference_returns_a_new_frame(ref_path):
    frame = corpus().anniversaries
    before = frame.copy()
    fill_reference(frame, reference=ref_path)
    pd.testing.assert_frame_equal(frame, before)


def test_check_anniversaries_notes(ref_path):
    checked = check_anniversaries(corpus(), reference=ref_path)
    notes = checked["note"].tolist()
    assert notes[0] is pd.NA
    assert notes[1] == "article implies 1992, reference says 1993-01-19 (MFA of Azerbaijan)"
    assert notes[2] == "no reference date known for KGZ-TUR"
    assert notes[3].startswith("not checked") and "independence" in notes[3]
    assert notes[4] == "article gives no start year; reference says 1992-01-14 (MFA of Türkiye)"
    assert checked["reference_source"].tolist()[:2] == ["MFA of Azerbaijan"] * 2
    assert checked["agrees"].tolist() == [True, False, pd.NA, pd.NA, pd.NA]


def test_check_anniversaries_accepts_a_dataframe_reference(ref_file):
    ref = pd.read_csv(ref_file, comment="#")
    checked = check_anniversaries(corpus().anniversaries, reference=ref)
    assert checked["agrees"].tolist()[:2] == [True, False]


def test_upcoming_anniversaries_of_azerbaijan(ref_path):
    up = upcoming_anniversaries("AZE", start="2026-01-01", years=5, reference=ref_path)
    assert list(up.columns) == ["partner", "partner_name", "established", "date", "ordinal", "source",
                                "confidence"]
    rows = list(zip(up["partner"], up["date"].dt.strftime("%Y-%m-%d"), up["ordinal"]))
    # 1992 -> 35th in 2027; 1993 -> 35th in 2028; the leap day falls on Feb 28
    assert rows == [
        ("TUR", "2027-01-14", 35),
        ("UZB", "2027-02-28", 35),
        ("GEO", "2027-11-18", 35),
        ("KGZ", "2028-01-19", 35),
    ]
    kgz = up[up["partner"] == "KGZ"].iloc[0]
    assert kgz["partner_name"] == "Kyrgyzstan"
    assert kgz["established"] == pd.Timestamp("1993-01-19")
    assert kgz["source"] == "MFA of Azerbaijan"


def test_upcoming_anniversaries_accepts_names_and_window_is_half_open(ref_path):
    up = upcoming_anniversaries("Kyrgyzstan", start="2028-01-19", years=1, reference=ref_path)
    assert up["partner"].tolist() == ["AZE"]
    up = upcoming_anniversaries("KGZ", start="2027-01-19", years=1, reference=ref_path)
    assert up["partner"].tolist() == ["KAZ"]        # 2028-01-19 is outside [start, start + 1y)


def test_upcoming_anniversaries_milestones(ref_path):
    every_year = upcoming_anniversaries("AZE", start="2026-01-01", years=3, milestones=(1, 2, ...),
                                        reference=ref_path)
    assert sorted(every_year[every_year["partner"] == "KGZ"]["ordinal"]) == [33, 34, 35]
    fixed = upcoming_anniversaries("AZE", start="2000-01-01", years=50, milestones=(10, 25),
                                   reference=ref_path)
    assert fixed[fixed["partner"] == "KGZ"]["date"].dt.year.tolist() == [2003, 2018]
    endless = upcoming_anniversaries("AZE", start="2040-01-01", years=20, reference=ref_path)
    assert endless[endless["partner"] == "KGZ"]["ordinal"].tolist() == [50, 55, 60, 65]


@pytest.mark.parametrize("kwargs, message", [
    ({"country": "Atlantis"}, "unknown country 'Atlantis'"),
    ({"start": "not a date"}, "start: expected a date"),
    ({"years": 0}, "years must be greater than 0"),
    ({"years": -2}, "years must be greater than 0"),
    ({"years": 1.5}, "whole number"),
    ({"milestones": (5, ..., 10)}, "may stand only at the end"),
])
def test_upcoming_anniversaries_errors(ref_path, kwargs, message):
    args = {"country": "AZE", "start": "2026-01-01", "years": 5, "reference": ref_path} | kwargs
    with pytest.raises(DiploError, match=message):
        upcoming_anniversaries(**args)


def test_packaged_reference_gives_the_35th_with_kyrgyzstan():
    up = upcoming_anniversaries("AZE", start="2026-01-01", years=5)
    kgz = up[up["partner"] == "KGZ"]
    assert kgz[["date", "ordinal"]].values.tolist() == [[pd.Timestamp("2028-01-19"), 35]]
    assert up["date"].is_monotonic_increasing
    assert up["date"].between(pd.Timestamp("2026-01-01"), pd.Timestamp("2030-12-31")).all()
    checked = check_anniversaries(corpus())
    assert checked["agrees"].tolist()[:2] == [True, False]
    assert checked["reference_start"].iloc[0] == pd.Timestamp("1993-01-19")

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


# -- the user's own reference extends the packaged one ------------------------
def test_a_users_reference_extends_the_packaged_table_and_wins(ref_file):
    shipped = load_reference()
    mine = load_reference(ref_file)                 # extend=True by default
    shipped_keys = set(zip(shipped["country_a"], shipped["country_b"]))
    mine_keys = set(zip(mine["country_a"], mine["country_b"]))
    assert shipped_keys <= mine_keys and ("AZE", "UZB") in mine_keys
    aze_kgz = mine[(mine["country_a"] == "AZE") & (mine["country_b"] == "KGZ")].iloc[0]
    assert aze_kgz["source"] == "MFA of Azerbaijan" and aze_kgz["confidence"] == "single"
    others = shipped[~shipped.set_index(["country_a", "country_b"]).index.isin(
        list(zip(*[load_reference(ref_file, extend=False)[c] for c in ("country_a", "country_b")])))]
    kept = mine.merge(others[["country_a", "country_b", "source"]], on=["country_a", "country_b"],
                      suffixes=("", "_shipped"))
    assert len(kept) == len(others) and (kept["source"] == kept["source_shipped"]).all()
    # a table load_reference returned is used as it is, not extended again
    alone = load_reference(ref_file, extend=False)
    assert len(load_reference(alone)) == 5
    up = upcoming_anniversaries("AZE", start="2026-01-01", years=5, reference=ref_file)
    assert len(up) > 4 and up.loc[up["partner"] == "UZB", "source"].tolist() == ["made-up leap day"]


@pytest.mark.parametrize("text, message", [
    ("country_a,country_b,established,source\nAZE,KGZ,1993-01-19,x\nAZE,AZX,1992-01-01,y\n",
     r"line 3, column country_b: 'AZX' is not an ISO 3166-1 alpha-3 code"),
    ("# my notes\ncountry_a,country_b,established,source\n\nKGZ,KGZ,1993-01-19,x\n",
     r"line 4, column country_b: 'KGZ' is the same country as country_a"),
    ("country_a,country_b,established,source\nAZE,KGZ,1993-02-30,x\n",
     r"line 2, column established: '1993-02-30' is not a real day"),
    ("country_a,country_b,established,source,confidence\nAZE,KGZ,1993-01-19,x,sure\n",
     r"line 2, column confidence: 'sure' is not one of confirmed, single, disputed"),
    ("country_a,country_b,established,source\nAZE,KGZ,1993-01-19,MFA, Baku\n",
     r"line 2: 5 fields where the header has 4"),
    ("country_a,country_b,day,source\nAZE,KGZ,1993-01-19,x\n", r"missing column\(s\) established"),
    ("", r"empty; expected a header line"),
])
def test_a_malformed_reference_file_names_the_line_and_the_column(tmp_path, text, message):
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match=f"mine.csv: {message}" if "line" in message else message):
        load_reference(path)


def test_a_malformed_reference_frame_names_the_row():
    frame = pd.DataFrame({"country_a": ["AZE", "AZE"], "country_b": ["KGZ", "TUR"],
                          "established": ["1993-01-19", "14.01.1992"], "source": ["x", "y"]})
    with pytest.raises(SchemaError, match=r"the reference DataFrame: row 2, column established"):
        load_reference(frame)


# -- disputed pairs ----------------------------------------------------------
DISPUTED = pd.DataFrame({
    "country_a": ["KGZ"], "country_b": ["TUR"], "established": ["1992-01-29"],
    "source": ["MFA of Türkiye <https://mfa.example/kg>"], "confidence": ["disputed"],
    "note": ["sources differ: 1992-01-29 (MFA of Türkiye); 1991-12-24 (MFA of Kyrgyzstan <https://kg.example/"
             "2019-01-01>); 1991-12-23 (Wikipedia). Kept 1992-01-29: no source outweighs the others."]})


def test_a_disputed_pair_reaches_the_note():
    ref = load_reference(DISPUTED, extend=False)
    rows = pd.DataFrame([anniversary("b1", 30, ("KGZ", "TUR"), 1992, year=2022),
                         anniversary("b2", 31, ("KGZ", "TUR"), 1991, year=2022),
                         anniversary("b3", 20, ("KGZ", "TUR"), 2002, year=2022),
                         anniversary("b4", 30, ("KGZ", "TUR"), None, year=None)])
    checked = check_anniversaries(rows, reference=ref)
    keep = "reference keeps 1992-01-29 (MFA of Türkiye <https://mfa.example/kg>)"
    assert checked["note"].tolist() == [
        f"article implies 1992: of the dates the sources give, it matches 1992-01-29, not 1991-12-23, 1991-12-24; {keep}",
        f"article implies 1991: of the dates the sources give, it matches 1991-12-23, 1991-12-24, not 1992-01-29; {keep}",
        f"article implies 2002: of the dates the sources give, it matches none of 1991-12-23, 1991-12-24, 1992-01-29; {keep}",
        f"article gives no start year; the sources give 1991-12-23, 1991-12-24, 1992-01-29; {keep}",
    ]
    # agrees compares with the day the reference keeps, as for every row
    assert checked["agrees"].tolist() == [True, False, False, pd.NA]
    assert checked["reference_confidence"].tolist() == ["disputed"] * 4


def test_the_packaged_disputed_pairs_reach_the_note():
    from diplo_analysis.analysis.reference import note_dates

    shipped = load_reference()
    disputed = shipped[shipped["confidence"] == "disputed"]
    assert len(disputed) > 0
    rows = []
    for r in disputed.itertuples():
        other = next(d for d in note_dates(r.note) if d[:4] != f"{r.established:%Y}") \
            if any(d[:4] != f"{r.established:%Y}" for d in note_dates(r.note)) else None
        if other:
            rows.append((r.country_a, r.country_b, int(other[:4]), other))
    assert rows, "no packaged disputed pair has dates in two different years"
    frame = pd.DataFrame([anniversary(f"p{i}", 10, (a, b), year - 10, year=year)
                          for i, (a, b, year, _) in enumerate(rows)])
    frame["implied_start_year"] = [year for _, _, year, _ in rows]
    checked = check_anniversaries(frame)
    for note, (_, _, _, day) in zip(checked["note"], rows):
        assert "of the dates the sources give, it matches" in note and day in note.split("; reference keeps")[0]


def test_confidence_is_in_the_output():
    checked = check_anniversaries(corpus())
    assert checked.loc[0, "reference_confidence"] == "confirmed"          # AZE-KGZ in the packaged table
    assert checked["reference_confidence"].isna().tolist()[3]             # not a pair


# -- start years implied by the news -----------------------------------------
def _news_corpus():
    arts = pd.DataFrame({"article_id": ["n1", "n2", "n3", "n4", "n5"], "source": "s", "n_words": 5, "text": "t",
                         "outlet": ["Trend", "APA", "Trend", None, "Kabar"]})
    ann = pd.DataFrame([
        anniversary("n1", 30, ("ATA", "AZE"), 1992, year=2022),
        anniversary("n1", 30, ("ATA", "AZE"), 1992, year=2022),     # the same article twice counts once
        anniversary("n2", 30, ("ATA", "AZE"), 1992, year=2022),
        anniversary("n3", 31, ("ATA", "AZE"), 1991, year=2022),
        anniversary("n4", 30, ("ATA", "AZE"), 1992, year=2022),     # no outlet
        anniversary("n5", 30, ("AZE", "KGZ"), 1993, year=2023),     # the reference has it
        anniversary("n5", 30, ("AZE",), 1991, subject="independence"),
        anniversary("n5", 30, ("ATA", "KGZ"), None),                 # no implied year
    ])
    return da.Corpus(articles=arts, anniversaries=ann)


def test_reference_candidates_from_the_news():
    cands = da.reference_candidates(_news_corpus())
    assert list(cands.columns) == ["country_a", "country_b", "year", "n_articles", "n_outlets", "n_disagree",
                                   "article_ids", "basis"]
    assert cands.drop(columns="basis").values.tolist() == [
        ["ATA", "AZE", 1992, 3, 2, 1, ("n1", "n2", "n4")],
        ["ATA", "AZE", 1991, 1, 1, 3, ("n3",)],
    ]
    assert set(cands["basis"]) == {"implied by news articles; not a sourced date"}


def test_reference_candidates_leave_out_what_a_users_reference_holds():
    mine = pd.DataFrame({"country_a": ["ATA"], "country_b": ["AZE"], "established": ["1992-05-05"],
                         "source": ["my notes"]})
    assert len(da.reference_candidates(_news_corpus(), reference=mine)) == 0
    assert len(da.reference_candidates(da.Corpus())) == 0
    with pytest.raises(DiploError, match="expects a diplo_analysis.Corpus"):
        da.reference_candidates(_news_corpus().anniversaries)

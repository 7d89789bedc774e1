"""Schema and coverage checks for the sourced reference tables.

The tables live in diplo_analysis/data/reference/ (data/reference links to it)
and are described in the README there. These tests read the csv files
directly, so they hold whatever code later loads them. diplomatic_relations.csv
is built from relations_sources.csv by tools/build_reference.py; the tests
check that the committed files are what the build gives, and count the
coverage from the built file.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import re
from pathlib import Path

import pandas as pd
import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "diplo_analysis" / "data" / "reference"
RELATIONS_CSV = REFERENCE / "diplomatic_relations.csv"
SOURCES_CSV = REFERENCE / "relations_sources.csv"
OFFICEHOLDERS_CSV = REFERENCE / "officeholders.csv"
README = REFERENCE / "README.md"
MANIFEST = ROOT / "benchmarks" / "realpages" / "manifest.jsonl"

# Codes in use that pycountry may not carry (Kosovo is user-assigned).
EXTRA_CODES = {"XKX", "PSE", "TWN"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES

CORE = ["AZE", "CHN", "GEO", "KAZ", "KGZ", "RUS", "TJK", "TKM", "TUR", "USA", "UZB"]
CORE_PAIRS = set(itertools.combinations(sorted(CORE), 2))

# Pairs with no sourced day yet; the README's coverage section lists the same
# ones (the build writes it). Filling a gap means removing it here, so that a
# row gained or lost is always seen.
KNOWN_CORE_GAPS: set[tuple[str, str]] = set()
KNOWN_REALPAGE_GAPS: set[tuple[str, str]] = {
    ("MDV", "MYS"),     # relations since 1968: no source gives the day
    # the pages of the ninth session's parts: a source gave only the year (ARM-BGR 1992, IND-KWT
    # June 1962, IND-MUS 1948, LAO-THA 1950, MDV-VNM 1975, North Macedonia's six 1994), none the
    # day (AZE-KEN, IDN-TJK, IND-TZA), or a page too doubtful to keep (ROU-TKM)
    ("ARM", "BGR"), ("AZE", "KEN"), ("CZE", "MKD"), ("EGY", "MKD"), ("IDN", "TJK"), ("IND", "KWT"), ("IND", "MUS"),
    ("IND", "TZA"), ("IRL", "MKD"), ("LAO", "THA"), ("LIE", "MKD"), ("LUX", "MKD"), ("MDV", "VNM"), ("MKD", "UZB"),
    ("ROU", "TKM"),
    # the pairs the later rounds of the ninth session's pages mark (parts CH to CY): sourced in the
    # eleventh session but for these, where a source gave only the year (ARM-AUS 1992, AUS-IDN 1949,
    # CAN-HUN 1964, KAZ-THA 1992, and Turkmenistan's 1992 with Bangladesh, Canada, Switzerland, Cuba,
    # Denmark, North Korea and Sweden), and FJI-XKX, not looked up
    ("ARM", "AUS"), ("AUS", "IDN"), ("BGD", "TKM"), ("CAN", "HUN"), ("CAN", "TKM"), ("CHE", "TKM"), ("CUB", "TKM"),
    ("DNK", "TKM"), ("FJI", "XKX"), ("KAZ", "THA"), ("PRK", "TKM"), ("SWE", "TKM"),
    # the pairs the tenth session's pages mark (parts CZ to DQ) for which a source gave only the year
    # (AUS-LKA 1947, AZE-QAT 1994, CAN-LTU 1937, CAN-PAK 1947, KAZ-PAK 1992, LKA-OMN 1981, NAM-RUS 1990, and
    # Jamaica's 1962 with Belgium, Switzerland, Germany, Israel and the Netherlands)
    ("AUS", "LKA"), ("AZE", "QAT"), ("BEL", "JAM"), ("CAN", "LTU"), ("CHE", "JAM"), ("DEU", "JAM"), ("ISR", "JAM"),
    ("JAM", "NLD"), ("KAZ", "PAK"), ("LKA", "OMN"), ("NAM", "RUS"), ("CAN", "PAK"),
    # the eleventh session's pages (parts DR to DW): no source gave a day or a year for the
    # relations of Luxembourg and Latvia (restored about 1992, a centenary marked in 2023)
    ("LUX", "LVA"),
    # ... and of parts DX to EC: a source gave only the year (IND-QAT 1973), or only the day relations
    # were restored (JPN-ROU, 1959; the pages count from 1921)
    ("IND", "QAT"), ("JPN", "ROU"),
    # the twelfth session's pages (parts ED to FG): a source gave only the year (BHR-PAK 1971,
    # BLR-ZWE 1992; BRN-SAU 1987 or 1992, as two ambassadors say; CHL-USA 1823, the day found being
    # the United States' recognition), or no day of the relations (BHR-JOR: only the day Jordan's
    # embassy opened)
    ("BHR", "PAK"), ("BLR", "ZWE"), ("BRN", "SAU"), ("BHR", "JOR"), ("CHL", "USA"),
    # the thirteenth session's pages (parts FH to GE): a source gave only the year (LUX-SVN 1992;
    # MDV-PHL 1975, or 1974 on another page; FIN-PHL 1955; JPN-LKA 1952, the month Japan's mission
    # opened), or only the day one state recognized the other (BGD-LKA, 4 March 1972)
    ("LUX", "SVN"), ("MDV", "PHL"), ("BGD", "LKA"), ("FIN", "PHL"), ("JPN", "LKA"),
    # the fourteenth session's pages (parts GF to GK): a source gave only the year (BHS-KWT 1994,
    # BTN-THA 1989) or the month (KOR-SVK, January 1993)
    ("BHS", "KWT"), ("BTN", "THA"), ("KOR", "SVK"),
    # ... and of parts GL to GQ: a source gave only the year (AUT-LVA 1921, BHS-KNA 1992, KOR-SLV 1962,
    # NLD-TTO 1962)
    ("AUT", "LVA"), ("BHS", "KNA"), ("KOR", "SLV"), ("NLD", "TTO"),
    # ... and of parts GR to GW: a source gave only the year (CAN-JPN 1928, or 1950 in other copies of
    # the same article; MDV-RUS 1966; BLR-ETH 1994, the day only as "today" on a 30th anniversary's page)
    ("CAN", "JPN"), ("MDV", "RUS"), ("BLR", "ETH"),
    # ... and of parts HJ to HO: India's and Portugal's ministries give only the year (IND-PRT 1949)
    ("IND", "PRT"),
    # ... and of parts HP to HU: KAZ-OMN 1992, the year alone
    ("KAZ", "OMN"),
    # ... and of parts IA to IE: SGP-TLS May 2002, the month alone
    ("SGP", "TLS"),
}
# The project aims at 60 partners each; these floors are what the sourced table
# holds, and guard against losing rows (the README states the counts).
MIN_PARTNERS = {"AZE": 60, "KGZ": 185}

OFFICES = {
    "President", "Prime Minister", "Chancellor", "Foreign Minister",
    "King", "Queen", "Emir", "Sultan", "Crown Prince", "Vice President",
}
COMPILED_YEAR = 2026


def _build_tool():
    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "tools" / "build_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _build_tool()


@pytest.fixture(scope="module")
def relations() -> pd.DataFrame:
    return pd.read_csv(RELATIONS_CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    return pd.read_csv(SOURCES_CSV, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def officeholders() -> pd.DataFrame:
    return pd.read_csv(OFFICEHOLDERS_CSV, dtype=str, keep_default_na=False)


def _partners(relations: pd.DataFrame, iso3: str) -> set[str]:
    a = relations.loc[relations.country_a == iso3, "country_b"]
    b = relations.loc[relations.country_b == iso3, "country_a"]
    return set(a) | set(b)


def _realpage_pairs() -> set[tuple[str, str]]:
    """Pairs whose anniversary of diplomatic relations a page of the real-page set names."""
    pairs = set()
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        for ann in json.loads(line).get("anniversaries") or []:
            parties = ann.get("parties") or []
            if ann.get("subject") == "diplomatic relations" and len(parties) == 2:
                pairs.add(tuple(sorted(parties)))
    return pairs


def _readme_missing(heading: str) -> set[tuple[str, str]]:
    """The pairs the README's coverage section lists as missing under a heading."""
    text = README.read_text(encoding="utf-8")
    m = re.search(re.escape(f"**{heading}**") + r": \d+ of \d+ present\. Missing \((\d+)\):\n\n(.*)\n", text)
    assert m, heading
    listed = set() if m.group(2) == "none" else {tuple(p.split("\u2013")) for p in m.group(2).split(", ")}
    assert len(listed) == int(m.group(1))
    return listed


# --- the build: evidence -> diplomatic_relations.csv ---------------------------


def test_committed_files_are_what_the_build_gives(tool):
    rows, report = tool.merge_evidence([SOURCES_CSV])
    assert [line for line in report if not line.startswith("note:")] == []
    for path, text in tool.outputs(rows).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run python tools/build_reference.py"


def test_build_checks_and_fixes_evidence(tool, tmp_path):
    bad = tmp_path / "evidence.csv"
    bad.write_text(
        "country_a,country_b,established,publisher,url,kind,note\n"
        "KGZ,AZE,1993-01-19,Some Paper,https://paper.example/1,news,\n"          # swapped: fixed
        "AZE,AZX,1993-01-19,Some Paper,https://paper.example/2,news,\n"          # bad code
        "AZE,KGZ,1993-02-30,Some Paper,https://paper.example/3,news,\n"          # no such day
        "AZE,KGZ,1993-01-19,Some Paper,,news,\n"                                 # no address
        "AZE,KGZ,1993-01-19,Some Paper,https://paper.example/4,blog,\n"          # unknown kind
        "AZE,KGZ,1993-01-19,Some Paper,https://paper.example/1,news,again\n",    # the same page again
        encoding="utf-8")
    rows, report = tool.merge_evidence([bad])
    assert [(r["country_a"], r["country_b"], r["url"]) for r in rows] == [("AZE", "KGZ", "https://paper.example/1")]
    assert report[0] == "evidence.csv line 2: fixed: pair put in order as AZE-KGZ"
    assert "country_b 'AZX' is not an ISO 3166-1 alpha-3 code" in report[1]
    assert "'1993-02-30' is not a real day" in report[2]
    assert "url '' is not an http(s) address" in report[3]
    assert "kind 'blog'" in report[4]
    assert "the same pair, address and day as evidence.csv line 2" in report[5]


def test_build_confidence_and_the_day_a_disputed_pair_keeps(tool):
    def src(a, b, day, publisher, kind, n):
        return {"country_a": a, "country_b": b, "established": day, "publisher": publisher,
                "url": f"https://x.example/{n}", "kind": kind, "note": ""}
    rules = tool.read_origins()
    built = tool.build([
        # two copies of Wikipedia are one source: single
        src("AZE", "KGZ", "1993-01-19", "Wikipedia", "encyclopedia", 1),
        src("AZE", "KGZ", "1993-01-19", "WikiMili (Wikipedia mirror)", "encyclopedia", 2),
        # two publishers: confirmed
        src("AZE", "TUR", "1992-01-14", "Trend News Agency", "news", 3),
        src("AZE", "TUR", "1992-01-14", "Wikipedia", "encyclopedia", 4),
        # the two ministries agree against two papers: their day is kept
        src("KGZ", "TUR", "1992-01-29", "Ministry of Foreign Affairs of the Republic of Türkiye", "ministry", 5),
        src("KGZ", "TUR", "1992-01-29", "Embassy of the Kyrgyz Republic in Türkiye", "embassy", 6),
        src("KGZ", "TUR", "1991-12-24", "Paper One", "news", 7),
        src("KGZ", "TUR", "1991-12-24", "Paper Two", "news", 8),
    ], rules)
    by_pair = {(r["country_a"], r["country_b"]): r for r in built}
    assert by_pair[("AZE", "KGZ")]["confidence"] == "single"
    assert by_pair[("AZE", "TUR")]["confidence"] == "confirmed"
    assert by_pair[("AZE", "TUR")]["source"] == ("Trend News Agency <https://x.example/3>; "
                                                  "Wikipedia <https://x.example/4>")
    kgz_tur = by_pair[("KGZ", "TUR")]
    assert (kgz_tur["confidence"], kgz_tur["established"]) == ("disputed", "1992-01-29")
    assert kgz_tur["note"] == ("sources differ: 1992-01-29 (Ministry of Foreign Affairs of the Republic of Türkiye, "
                               "Embassy of the Kyrgyz Republic in Türkiye); 1991-12-24 (Paper One, Paper Two). "
                               "Kept 1992-01-29: both states' foreign ministries give it.")


def test_origins_group_copies_and_foreign_services(tool):
    rules = tool.read_origins()
    assert tool.origin_of("Obastan (mirror of Azerbaijani Wikipedia)", "encyclopedia", rules) == ("Wikipedia", None)
    assert tool.origin_of("Today.az (Azernews)", "news", rules) == ("Azernews", None)
    assert tool.origin_of("Embassy of the Republic of Azerbaijan in France", "embassy", rules) == \
        ("foreign service of AZE", "AZE")
    assert tool.origin_of("Ministry of Foreign Affairs of the PRC", "ministry", rules) == ("foreign service of CHN", "CHN")
    assert tool.origin_of("U.S. Department of State, Office of the Historian", "ministry", rules) == \
        ("foreign service of USA", "USA")
    assert tool.origin_of("Trend News Agency", "news", rules) == ("Trend News Agency", None)


def test_data_reference_is_the_packaged_folder():
    # one copy of the tables: data/reference links to what the package ships
    assert (ROOT / "data" / "reference").resolve() == REFERENCE.resolve()
    for name in ("diplomatic_relations.csv", "relations_sources.csv", "publisher_origins.csv", "wanted_pairs.csv"):
        assert (ROOT / "data" / "reference" / name).read_bytes() == (REFERENCE / name).read_bytes()


def test_evidence_columns_and_rows(sources):
    assert list(sources.columns) == ["country_a", "country_b", "established", "publisher", "url", "kind", "note"]
    assert (sources.country_a < sources.country_b).all()
    assert sources.url.str.match(r"https?://\S+$").all()
    assert (sources.publisher.str.strip() != "").all()
    assert set(sources.kind) <= {"ministry", "embassy", "government", "encyclopedia", "news"}
    assert not sources.duplicated(["country_a", "country_b", "url", "established"]).any()


# --- diplomatic_relations.csv ------------------------------------------------


def test_relations_columns(relations):
    assert list(relations.columns) == ["country_a", "country_b", "established", "source", "confidence", "note"]


def test_relations_codes_are_iso3(relations):
    codes = set(relations.country_a) | set(relations.country_b)
    assert codes - ISO3 == set()


def test_relations_dates_parse(relations):
    dates = pd.to_datetime(relations.established, format="%Y-%m-%d", errors="coerce")
    assert dates.notna().all(), relations.loc[dates.isna(), "established"].tolist()
    assert dates.min() >= pd.Timestamp("1700-01-01")
    assert dates.max() <= pd.Timestamp(dt.date.today())


def test_relations_pairs_ordered_and_unique(relations):
    assert (relations.country_a < relations.country_b).all()
    assert not relations.duplicated(["country_a", "country_b"]).any()


def test_relations_sorted(relations):
    ordered = relations.sort_values(["country_a", "country_b"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(relations, ordered)


def test_relations_every_row_has_a_source_with_an_address_and_a_confidence(relations, sources):
    assert set(relations.confidence) <= {"confirmed", "single", "disputed"}
    for row in relations.itertuples():
        cited = re.findall(r"<(https?://[^>]+)>", row.source)
        assert cited, (row.country_a, row.country_b)
        theirs = sources[(sources.country_a == row.country_a) & (sources.country_b == row.country_b)
                         & (sources.established == row.established)]
        assert set(cited) == set(theirs.url), (row.country_a, row.country_b)


def test_relations_disputed_rows_name_every_date(relations, sources):
    from diplo_analysis.analysis.reference import note_dates

    disputed = relations[relations.confidence == "disputed"]
    assert len(disputed) > 0
    for row in relations.itertuples():
        days = set(sources[(sources.country_a == row.country_a) & (sources.country_b == row.country_b)].established)
        if row.confidence == "disputed":
            assert set(note_dates(row.note)) == days and len(days) > 1, (row.country_a, row.country_b)
        else:
            assert days == {row.established} and row.note == ""


def test_relations_core_pairs_covered_except_known_gaps(relations):
    present = set(zip(relations.country_a, relations.country_b))
    assert len(CORE_PAIRS) == 55
    missing = CORE_PAIRS - present
    # Exact equality: a gap filled without updating KNOWN_CORE_GAPS fails too.
    assert missing == KNOWN_CORE_GAPS
    assert _readme_missing("Core pairs (the eleven states of the project)") == KNOWN_CORE_GAPS
    assert len(CORE_PAIRS & present) == 55 - len(KNOWN_CORE_GAPS)


def test_relations_cover_the_real_page_anniversaries_except_known_gaps(relations):
    present = set(zip(relations.country_a, relations.country_b))
    wanted = _realpage_pairs()
    assert len(wanted) >= 20 and ("AZE", "KGZ") in wanted
    assert wanted - present == KNOWN_REALPAGE_GAPS
    # (the README lists a pair under the first reason it was wanted for: BLR-RUS and KOR-UZB under
    # the table written from memory)
    earlier = _readme_missing("Pairs of the table of 2026-11-28, written from memory, without a source yet")
    assert _readme_missing("Pairs whose anniversary of diplomatic relations the real-page set names") == \
        KNOWN_REALPAGE_GAPS - earlier


def test_wanted_pairs_hold_the_core_and_the_real_page_pairs():
    wanted = pd.read_csv(REFERENCE / "wanted_pairs.csv", dtype=str, keep_default_na=False)
    listed = set(zip(wanted.country_a, wanted.country_b))
    assert CORE_PAIRS | _realpage_pairs() <= listed
    assert (wanted.country_a < wanted.country_b).all() and (wanted.why != "").all()


@pytest.mark.parametrize("iso3", sorted(MIN_PARTNERS))
def test_relations_partner_floor(relations, iso3):
    partners = _partners(relations, iso3)
    assert iso3 not in partners
    assert len(partners) >= MIN_PARTNERS[iso3]
    assert f"({iso3}) has {len(partners)} partners in the table" in README.read_text(encoding="utf-8")


def test_relations_azerbaijan_kyrgyzstan(relations):
    row = relations[(relations.country_a == "AZE") & (relations.country_b == "KGZ")]
    assert row.established.tolist() == ["1993-01-19"]
    assert row.confidence.tolist() == ["confirmed"]
    # The seed article (2023) speaks of the 30th anniversary.
    assert 2023 - int(row.established.iloc[0][:4]) == 30


@pytest.mark.parametrize(
    ("a", "b", "day"),
    [
        ("AZE", "CHN", "1992-04-02"),
        ("CHN", "KAZ", "1992-01-03"),
        ("CHN", "KGZ", "1992-01-05"),
        ("KGZ", "USA", "1991-12-27"),
        ("AZE", "RUS", "1992-04-04"),
        ("CHN", "MNG", "1949-10-16"),
        ("CHN", "WSM", "1975-11-06"),
    ],
)
def test_relations_known_dates(relations, a, b, day):
    row = relations[(relations.country_a == a) & (relations.country_b == b)]
    assert row.established.tolist() == [day]


def test_evidence_notes_mark_predecessor_states(sources):
    china_russia = sources[(sources.country_a == "CHN") & (sources.country_b == "RUS")]
    assert china_russia.note.str.contains("USSR").any()


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
        ("Murat Nurtleu", "KAZ", "Foreign Minister", "2023", "2025"),
        ("Yermek Kosherbayev", "KAZ", "Foreign Minister", "2025", ""),
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


# --- international_officials.csv ----------------------------------------------


def test_international_officials_are_well_formed():
    table = pd.read_csv(REFERENCE / "international_officials.csv", dtype=str, keep_default_na=False)
    assert list(table.columns) == ["name", "body", "office", "start_year", "end_year", "source"]
    assert (table.name.str.strip() != "").all() and (table.body.str.strip() != "").all()
    assert (table.source.str.strip() != "").all()
    assert set(table.office) <= {"Secretary-General", "Deputy Secretary-General", "Director", "Head",
                                 "President", "Chairman"}
    assert table.start_year.str.fullmatch(r"\d{4}").all()
    ended = table[table.end_year != ""]
    assert (ended.start_year.astype(int) <= ended.end_year.astype(int)).all()
    assert table.start_year.astype(int).between(1950, COMPILED_YEAR).all()
    # one holder at a time of each office of a body
    for (body, office), group in table.groupby(["body", "office"]):
        group = group.sort_values("start_year")
        ends = group.end_year.tolist()
        assert ends[:-1].count("") == 0, (body, office)
        for previous_end, start in zip(ends[:-1], group.start_year.astype(int).tolist()[1:]):
            assert start >= int(previous_end), (body, office, start)

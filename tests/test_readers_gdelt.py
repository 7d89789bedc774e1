"""Tests of diplo_analysis.readers.gdelt: the real rows in ../shared/peers/gdelt and larger generated files."""
import csv
import io
import random
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.readers.gdelt import cameo_to_iso3, fips_to_iso3, gdelt_columns

PEERS = Path(__file__).resolve().parent.parent.parent / "shared" / "peers" / "gdelt"
needs_peers = pytest.mark.skipif(not PEERS.exists(), reason=f"the GDELT peer rows are not at {PEERS}")


def _peer_rows(name):
    with open(PEERS / name, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@needs_peers
def test_real_events_rows():
    rows = _peer_rows("20170701234500.export.CSV")
    c = da.read_corpus(PEERS / "20170701234500.export.CSV")
    assert len(c.errors) == 0
    assert len(c.events) == len(rows) == 50
    ev = c.events.set_index("event_id")
    for r in rows:
        got = ev.loc[r[0]]
        assert got["code"] == r[26]
        assert got["quad_class"] == int(r[29])
        assert got["goldstein"] == pytest.approx(float(r[30]))
        expected = {cameo_to_iso3(r[7]), cameo_to_iso3(r[17])} - {None}
        assert set(got["actors"]) == expected
    # one article for each source URL, dated when GDELT added the events
    assert set(c.articles["url"]) == {r[60] for r in rows}
    assert (c.articles["published"] == pd.Timestamp("2017-07-01 23:45:00")).all()
    # actors with a country are country mentions: timeline and co-mentions work unchanged
    assert set(c.mentions["key"]) >= {"USA", "TCD", "SAU", "EGY"}
    frame = da.timeline(c, freq="D", by="country")
    assert frame.loc[frame["group"] == "USA", "articles"].sum() == len({r[60] for r in rows if "USA" in (r[7], r[17])})


@needs_peers
def test_real_mentions_rows():
    rows = _peer_rows("20170701234500.mentions.CSV")
    c = da.read_corpus(PEERS / "20170701234500.mentions.CSV")
    assert len(c.errors) == 0 and len(c.events) == 50
    # rows come grouped by the reporting article; each keeps its event, sentence and offset
    got = sorted(zip(c.events["event_id"], c.events["sentence_id"], c.events["start"]))
    assert got == sorted((r[0], int(r[6]) - 1, int(r[9])) for r in rows)
    by_url = c.articles.set_index("url")
    for r in rows:
        assert by_url.loc[r[5], "outlet"] == r[4]
        assert by_url.loc[r[5], "tone"] == pytest.approx(float(r[13]))


@needs_peers
def test_real_gkg_records():
    rows = _peer_rows("20170701234500.gkg.csv")
    c = da.read_corpus(PEERS / "20170701234500.gkg.csv")
    assert len(c.errors) == 0
    assert len(c.articles) == 50
    assert sorted(c.articles["gkg_id"]) == sorted(r[0] for r in rows)
    first = c.articles.set_index("gkg_id").loc["20170701234500-0"]
    assert first["outlet"] == "ign.com"
    assert first["tone"] == pytest.approx(-0.57471264367816)
    m = c.mentions[c.mentions["article_id"] == first["article_id"]]
    assert ("Miranda Sanchez", 887, 887 + len("Miranda Sanchez")) in set(zip(m["surface"], m["start"], m["end"]))
    assert ("Japan", "JPN", 690) in set(zip(m["surface"], m["key"], m["start"]))
    # FIPS codes that are not ISO: Kyrgyzstan KG, Serbia RI, Turkey TU, Bulgaria BU
    assert {"KGZ", "SRB", "TUR", "BGR"} <= set(c.mentions.loc[c.mentions["kind"] == "country", "key"])
    assert set(c.mentions["kind"]) == {"country", "person", "organization"}


def test_code_tables():
    assert [fips_to_iso3(c) for c in ("UK", "CH", "RS", "KG", "AJ", "XX")] == ["GBR", "CHN", "RUS", "KGZ", "AZE", None]
    assert [cameo_to_iso3(c) for c in ("AZE", "KGZ", "EUR", "WST")] == ["AZE", "KGZ", None, None]
    assert {k: len(v) for k, v in gdelt_columns().items()} == {"events": 61, "mentions": 16, "gkg": 27}


# -- generated files in GDELT's format ------------------------------------------------
COUNTRIES = ["USA", "AZE", "KGZ", "TUR", "RUS", "CHN", "EUR", ""]


def _event_line(i: int, rng: random.Random) -> str:
    f = [""] * 61
    root = rng.choice(["01", "04", "05", "07", "10", "14", "19"])
    code = root + rng.choice(["0", "2", "6"])
    f[0], f[1] = str(1000000 + i), "20240305"
    f[5], f[6], f[7] = "X", "ACTOR ONE", rng.choice(COUNTRIES)
    f[15], f[16], f[17] = "Y", "ACTOR TWO", rng.choice(COUNTRIES)
    f[26], f[27], f[28] = code, code, root
    f[29] = str({"01": 1, "04": 1, "05": 1, "07": 2, "10": 3, "14": 4, "19": 4}[root])
    f[30] = f"{rng.uniform(-10, 10):.1f}"
    f[59], f[60] = "20240305101500", f"https://news.example.org/{i // 3}"
    return "\t".join(f)


def _gkg_line(i: int, rng: random.Random) -> str:
    f = [""] * 27
    f[0], f[1], f[2], f[3], f[4] = f"20240305101500-{i}", "20240305101500", "1", "example.org", f"https://example.org/{i}"
    f[10] = ";".join(f"1#{n}#{c}#{c}##0#0#{c}#{10 * k}" for k, (n, c) in
                     enumerate(rng.sample([("Azerbaijan", "AJ"), ("Kyrgyzstan", "KG"), ("Turkey", "TU")], 2)))
    f[12] = f"Ilham Aliyev,{rng.randrange(500)};Sadyr Japarov,{rng.randrange(500)}"
    f[14] = f"United Nations,{rng.randrange(500)}"
    f[15] = f"{rng.uniform(-5, 5):.3f},1,1,2,10,0,300"
    return "\t".join(f)


def test_a_large_generated_events_file_with_bad_lines(tmp_path):
    rng = random.Random(7)
    lines = [_event_line(i, rng) for i in range(3000)]
    lines[10] = lines[10] + "\textra"                  # 62 columns
    lines[2000] = "\t".join(lines[2000].split("\t")[:40])   # cut short
    path = tmp_path / "20240305101500.export.CSV"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = da.read_corpus(path)
    assert len(c.events) == 2998
    assert list(c.errors["source"]) == [f"{path}:11", f"{path}:2001"]
    assert list(c.errors["error"]) == ["line 11 has 62 columns; a GDELT 2.0 Events line has 61",
                                       "line 2001 has 40 columns; a GDELT 2.0 Events line has 61"]
    assert len(c.articles) == 1000              # three events a source URL
    assert set(c.events["quad_class"]) == {1, 2, 3, 4}
    assert set().union(*c.events["actors"]) == {"USA", "AZE", "KGZ", "TUR", "RUS", "CHN"}


def test_a_zipped_gkg_file_and_a_cut_zip(tmp_path):
    rng = random.Random(3)
    text = "\n".join(_gkg_line(i, rng) for i in range(2000)) + "\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("20240305101500.gkg.csv", text)
    (tmp_path / "20240305101500.gkg.csv.zip").write_bytes(buf.getvalue())
    (tmp_path / "20240305103000.gkg.csv.zip").write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    c = da.read_corpus(tmp_path)
    assert len(c.articles) == 2000
    assert len(c.errors) == 1 and "not a readable zip archive" in c.errors.loc[0, "error"]
    assert c.mentions.groupby("kind", observed=True).size().to_dict() == {
        "country": 4000, "person": 4000, "organization": 2000}
    pairs = da.comentions(c, kind="country", level="article")
    assert len(pairs) == 3


def test_a_gdelt_file_of_another_version_is_one_error(tmp_path):
    v1 = tmp_path / "20130401.export.CSV"
    v1.write_text("\n".join("\t".join(["1"] * 57) for _ in range(5)), encoding="utf-8")
    c = da.read_corpus(v1)
    assert len(c.articles) == 0
    assert list(c.errors["error"]) == [
        "looks like a GDELT 1.0 Events file (before April 2013); the reader reads GDELT 2.0 Events "
        "(61 columns), Mentions (16) and GKG 2.1 (27)"]


def test_a_gdelt_file_found_by_its_shape(tmp_path):
    rng = random.Random(1)
    (tmp_path / "batch.tsv").write_text("\n".join(_event_line(i, rng) for i in range(6)), encoding="utf-8")
    c = da.read_corpus(tmp_path)
    assert len(c.events) == 6 and len(c.errors) == 0

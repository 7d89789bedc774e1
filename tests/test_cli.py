"""The command line, run as a user runs it."""
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from diplo_analysis.cli import main

ROOT = Path(__file__).parents[1]
TABLES = ["articles", "sentences", "mentions", "anniversaries", "events", "spheres", "errors"]


def test_parse_writes_every_table_as_a_partitioned_dataset(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["parse", str(ROOT / "data" / "articles"), str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES + ["country_pairs", "_manifest.json"])
    assert all([p.name for p in (out / t).iterdir()] == ["part-00000.parquet"] for t in TABLES)
    articles = pd.read_parquet(out / "articles")
    assert list(articles["article_id"]) == ["trend-2023-02-27-azerbaijan-kyrgyzstan"]
    assert articles.loc[0, "outlet"] == "Trend"
    errors = pd.read_parquet(out / "errors")
    assert errors["error"].tolist() == ["the file is empty"]


def test_parse_again_resumes_and_other_inputs_are_refused(tmp_path, capsys):
    out = tmp_path / "out"
    demo = [str(ROOT / "data" / "demo" / f"demo-{i:04d}.txt") for i in range(1, 41)]
    assert main(["parse", *demo, "--out", str(out), "--partition-mb", "0.01"]) == 0
    first = re.search(r"wrote (\d+) of (\d+) partitions", capsys.readouterr().out)
    n = int(first.group(2))
    assert n > 1 and first.group(1) == first.group(2)      # a small partition size splits the 40 pages
    assert main(["parse", *demo, "--out", str(out), "--partition-mb", "0.01"]) == 0
    said = capsys.readouterr().out
    assert f"wrote 0 of {n} partitions" in said and f"{n} already there" in said
    assert main(["parse", *demo[:-1], "--out", str(out), "--partition-mb", "0.01"]) == 2
    assert "holds a dataset of other inputs" in capsys.readouterr().err
    assert main(["parse", *demo[:-1], "--out", str(out), "--partition-mb", "0.01", "--overwrite", "--quiet"]) == 0
    assert len(pd.read_parquet(out / "articles")) == 39


def test_parse_csv_joins_tuples_and_writes_iso_dates(tmp_path):
    out = tmp_path / "csv"
    assert main(["parse", str(ROOT / "data" / "articles"), "--out", str(out), "--format", "csv", "--quiet"]) == 0
    articles = pd.read_csv(out / "articles.csv")
    assert articles.loc[0, "published"] == "2023-02-27T16:23:00"
    ann = pd.read_csv(out / "anniversaries.csv")
    assert set(ann["parties"]) == {"AZE|KGZ"}
    assert pd.read_csv(out / "errors.csv").empty


def test_parse_fails_only_when_output_cannot_be_written(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["parse", str(tmp_path / "missing.txt"), "--out", str(blocker / "sub"), "--quiet"])
    assert code == 1
    assert "could not write the tables" in capsys.readouterr().err


def test_parse_reports_unreadable_inputs_but_succeeds(tmp_path, capsys):
    code = main(["parse", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    assert code == 0
    captured = capsys.readouterr()
    assert "errors 1" in captured.out
    assert "missing.txt: no such file or folder" in captured.err


def test_help_explains_every_option():
    text = subprocess.run([sys.executable, "-m", "diplo_analysis.cli", "parse", "--help"],
                          capture_output=True, text=True, check=True).stdout
    for option in ["--out", "--format", "--engine", "--text-column", "--no-extract", "--quiet"]:
        assert option in text
    assert "every table, even when empty" in " ".join(text.split())


def test_anniversaries_calendar_table_and_csv(capsys):
    assert main(["anniversaries", "--country", "AZE", "--years", "5", "--start", "2026-01-01"]) == 0
    table = capsys.readouterr().out
    line = next(ln for ln in table.splitlines() if "KGZ" in ln)
    assert line.split()[:3] == ["2028-01-19", "35", "KGZ"]
    assert main(["anniversaries", "--country", "Kyrgyzstan", "--start", "2026-01-01", "--format", "csv"]) == 0
    frame = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    row = frame[frame["partner"] == "AZE"].iloc[0]
    assert (row["date"], row["ordinal"], row["established"]) == ("2028-01-19", 35, "1993-01-19")


def test_anniversaries_unknown_country_is_a_clear_error(capsys):
    assert main(["anniversaries", "--country", "Narnia"]) == 2
    assert "unknown country 'Narnia'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["parse"], ["anniversaries"]])
def test_missing_arguments_exit_with_usage(argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


MY_REFERENCE = ("# my own dates\ncountry_a,country_b,established,source\n"
                "AZE,KGZ,1992-01-19,my notes <https://notes.example/aze-kgz>\n"
                "ATA,AZE,1996-03-03,my notes\n")


def test_anniversaries_with_my_reference_extends_the_packaged_one(tmp_path, capsys):
    mine = tmp_path / "mine.csv"
    mine.write_text(MY_REFERENCE, encoding="utf-8")
    args = ["anniversaries", "--country", "AZE", "--start", "2026-01-01", "--format", "csv"]
    assert main(args + ["--reference", str(mine)]) == 0
    frame = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert frame.loc[frame["partner"] == "KGZ", ["date", "source"]].values.tolist() == \
        [["2027-01-19", "my notes <https://notes.example/aze-kgz>"]]           # my row wins
    assert frame.loc[frame["partner"] == "ATA", "date"].tolist() == ["2026-03-03"]   # my new pair
    assert "TUR" in set(frame["partner"])                                        # the packaged rows stay


def test_parse_with_my_reference_fills_the_anniversaries_from_it(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(MY_REFERENCE, encoding="utf-8")
    out = tmp_path / "csv"
    argv = ["parse", str(ROOT / "data" / "articles"), "--out", str(out), "--format", "csv", "--quiet"]
    assert main(argv + ["--reference", str(mine)]) == 0
    ann = pd.read_csv(out / "anniversaries.csv")
    assert {d[:10] for d in ann["reference_start"]} == {"1992-01-19"} and not ann["agrees"].any()
    assert main(argv) == 0
    assert {d[:10] for d in pd.read_csv(out / "anniversaries.csv")["reference_start"]} == {"1993-01-19"}


@pytest.mark.parametrize("command", [
    ["anniversaries", "--country", "AZE"], ["parse", "data/articles", "--out", "never-written"],
    ["report", "--out", "never-written"],
])
def test_a_malformed_reference_file_is_a_clear_error(tmp_path, capsys, command):
    bad = tmp_path / "bad.csv"
    bad.write_text("country_a,country_b,established,source\nAZE,KGZ,1993-01-19,x\nAZE,XXX,1993-01-19,y\n",
                   encoding="utf-8")
    assert main(command + ["--reference", str(bad)]) == 2
    assert "bad.csv: line 3, column country_b: 'XXX' is not an ISO 3166-1 alpha-3 code" in capsys.readouterr().err
    assert not Path("never-written").exists()

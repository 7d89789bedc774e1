"""The partitioned parquet dataset: writing, resuming, the dask engine, and the analyses over DuckDB."""
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import diplo_analysis as da
from diplo_analysis import dataset as dsmod
from diplo_analysis.cli import main
from diplo_analysis.tables import TABLES

ROOT = Path(__file__).parents[1]
DEMO = [ROOT / "data" / "articles", ROOT / "data" / "demo"]
#: small partitions, so that the demo corpus (280 kB) makes six of them
SMALL = 0.05


def part_tables(folder: Path) -> dict:
    """{(table, part file): Arrow table} of every part file of a dataset."""
    return {(t, p.name): pq.read_table(p) for t in dsmod.ALL_TABLES
            for p in sorted((folder / t).glob("part-*.parquet"))}


def manifest_of(folder: Path) -> dict:
    found = json.loads((folder / "_manifest.json").read_text("utf-8"))
    for p in found["partitions"]:
        p.pop("seconds", None)
    return found


@pytest.fixture(scope="module")
def demo_dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "ds"
    da.write_dataset(DEMO, out, partition_mb=SMALL, progress=False)
    return out


@pytest.fixture(scope="module")
def demo_corpus():
    return da.read_corpus(DEMO, progress=False)


@pytest.fixture()
def ds(demo_dataset):
    with da.open_dataset(demo_dataset) as opened:
        yield opened


# -- writing ------------------------------------------------------------------------------------
def test_the_dataset_holds_the_tables_read_corpus_gives(demo_dataset, demo_corpus):
    assert len(json.loads((demo_dataset / "_manifest.json").read_text())["partitions"]) == 6
    with da.open_dataset(demo_dataset) as ds:
        back = ds.to_corpus()
    for name, frame in demo_corpus.tables().items():
        pd.testing.assert_frame_equal(back.tables()[name], frame, obj=name)
    # read_corpus reads such a folder back whole too
    pd.testing.assert_frame_equal(da.read_corpus(demo_dataset).mentions, demo_corpus.mentions)


def test_an_interrupted_parse_resumed_gives_the_same_dataset(tmp_path, monkeypatch):
    whole = tmp_path / "whole"
    da.write_dataset(DEMO, whole, partition_mb=SMALL, progress=False)

    cut = tmp_path / "cut"
    real_write = dsmod.pq.write_table
    calls = {"n": 0}

    def dies_in_partition_3(table, where, *args, **kwargs):
        # partitions 0-2 write their 8 tables; partition 3 dies after its second file
        calls["n"] += 1
        if calls["n"] == 3 * len(dsmod.ALL_TABLES) + 3:
            raise KeyboardInterrupt("the machine went down")
        return real_write(table, where, *args, **kwargs)

    monkeypatch.setattr(dsmod.pq, "write_table", dies_in_partition_3)
    with pytest.raises(KeyboardInterrupt):
        da.write_dataset(DEMO, cut, partition_mb=SMALL, progress=False)
    monkeypatch.setattr(dsmod.pq, "write_table", real_write)
    state = json.loads((cut / "_manifest.json").read_text())
    assert [p["done"] for p in state["partitions"]] == [True, True, True, False, False, False]
    assert not state["complete"]
    with pytest.raises(da.DatasetError, match="not finished"):
        da.open_dataset(cut)

    summary = da.write_dataset(DEMO, cut, partition_mb=SMALL, progress=False)
    assert (summary.skipped, summary.written, summary.articles) == (3, 3, 301)
    first, again = part_tables(whole), part_tables(cut)
    assert sorted(first) == sorted(again)
    for key, table in first.items():
        assert again[key].equals(table), key
    assert manifest_of(cut) == manifest_of(whole)
    assert not list(cut.glob("*/.part-*"))      # no half-written file is left behind


def test_a_rerun_skips_every_written_partition(demo_dataset):
    before = {p: p.stat().st_mtime_ns for p in demo_dataset.glob("*/part-*.parquet")}
    summary = da.write_dataset(DEMO, demo_dataset, partition_mb=SMALL, progress=False)
    assert (summary.written, summary.skipped, summary.articles) == (0, 6, 301)
    assert {p: p.stat().st_mtime_ns for p in demo_dataset.glob("*/part-*.parquet")} == before


def test_a_dataset_written_in_steps_is_the_dataset_written_at_once(tmp_path, demo_dataset):
    steps = [da.write_dataset(DEMO, tmp_path / "ds", partition_mb=SMALL, max_partitions=4, progress=False)
             for _ in range(2)]
    assert [(s.written, s.skipped) for s in steps] == [(4, 0), (2, 4)]
    first, other = part_tables(demo_dataset), part_tables(tmp_path / "ds")
    assert sorted(first) == sorted(other) and all(other[k].equals(t) for k, t in first.items())


def test_other_inputs_or_options_are_refused_unless_overwrite(tmp_path):
    out = tmp_path / "ds"
    da.write_dataset(ROOT / "data" / "articles", out, progress=False)
    with pytest.raises(da.DatasetError, match="other inputs"):
        da.write_dataset(ROOT / "data" / "demo" / "demo-0001.txt", out, progress=False)
    with pytest.raises(da.DatasetError, match="other options"):
        da.write_dataset(ROOT / "data" / "articles", out, extract=False, progress=False)
    summary = da.write_dataset(ROOT / "data" / "demo" / "demo-0001.txt", out, overwrite=True, progress=False)
    assert summary.articles == 1
    assert pd.read_parquet(out / "articles")["article_id"].tolist() == ["demo-0001"]


def test_every_input_becomes_an_article_or_an_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    summary = da.write_dataset([ROOT / "data" / "articles", tmp_path / "in", tmp_path / "missing.txt"],
                               tmp_path / "ds", partition_mb=0.001, progress=False)
    assert (summary.partitions, summary.articles, summary.errors) == (2, 1, 3)
    with da.open_dataset(tmp_path / "ds") as ds:
        errors = ds.sql("SELECT error FROM errors ORDER BY source")["error"].tolist()
    assert errors == ["looks like a binary file (it contains NUL bytes); expected text, HTML, JSON Lines, CSV, a feed, a WARC or a GDELT file",
                      "the file is empty", "no such file or folder"]


def test_an_id_met_again_in_a_later_partition_gets_a_suffix_as_read_corpus_gives(tmp_path):
    text = (ROOT / "data" / "demo" / "demo-0001.txt").read_text("utf-8")
    for folder in ("a", "b", "c"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "same.txt").write_text(text.replace("Demo", f"Demo {folder}"), "utf-8")
    summary = da.write_dataset(tmp_path / "in", tmp_path / "ds", partition_mb=0.0001, progress=False)
    assert (summary.partitions, summary.renamed) == (3, 2)
    with da.open_dataset(tmp_path / "ds") as ds:
        back = ds.to_corpus()
    expected = da.read_corpus(tmp_path / "in", progress=False)
    assert back.articles["article_id"].tolist() == ["same", "same-2", "same-3"]
    for name in ("articles", "sentences", "mentions", "events"):
        pd.testing.assert_frame_equal(back.tables()[name], expected.tables()[name], obj=name)


def test_a_dataframe_is_not_a_dataset_input(tmp_path):
    with pytest.raises(da.DatasetError, match="for a DataFrame use"):
        da.write_dataset(pd.DataFrame({"text": ["x"]}), tmp_path / "ds", progress=False)


def test_the_dask_engine_on_a_cluster_of_two_workers_writes_the_same_tables(tmp_path, demo_dataset):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = da.write_dataset(DEMO, tmp_path / "ds", engine="dask", client=client,
                                   partition_mb=SMALL, progress=False)
        workers = {w for w in client.run(lambda: __import__("os").getpid()).values()}
        # the command line reaches the same cluster by its scheduler's address
        code = main(["parse", *map(str, DEMO), "--out", str(tmp_path / "cli"), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--partition-mb", str(SMALL), "--quiet"])
    assert (summary.written, summary.articles) == (6, 301) and len(workers) == 2 and code == 0
    first = part_tables(demo_dataset)
    for other in (part_tables(tmp_path / "ds"), part_tables(tmp_path / "cli")):
        assert sorted(first) == sorted(other)
        for key, table in first.items():
            assert other[key].equals(table), key


# -- reading through DuckDB -------------------------------------------------------------------------
def test_sql_and_to_pandas_read_only_what_is_asked(ds, demo_corpus):
    per_kind = ds.sql("SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY kind")
    expected = demo_corpus.mentions.groupby("kind", observed=True).size()
    assert dict(zip(per_kind["kind"], per_kind["n"])) == {k: int(v) for k, v in expected.items()}
    people = ds.to_pandas("mentions", where="kind = 'person' AND country = $c", params={"c": "KGZ"})
    mask = (demo_corpus.mentions["kind"] == "person") & (demo_corpus.mentions["country"] == "KGZ")
    pd.testing.assert_frame_equal(people, demo_corpus.mentions[mask].reset_index(drop=True))
    events = ds.to_pandas("events", columns=["article_id", "actors"], where="len(actors) = 2")
    assert all(isinstance(a, tuple) and len(a) == 2 for a in events["actors"])
    assert len(ds) == 301 and "articles=301" in repr(ds)
    with pytest.raises(da.DatasetError, match="unknown table"):
        ds.to_pandas("people")
    with pytest.raises(da.DatasetError, match="the query failed"):
        ds.sql("SELECT nothing FROM articles")


def test_subset_gives_the_rows_of_some_articles(ds, demo_corpus):
    ids = ["demo-0007", "demo-0100"]
    part = ds.subset(ids)
    for name in ("articles", "sentences", "mentions", "anniversaries", "events", "spheres"):
        frame = demo_corpus.tables()[name]
        pd.testing.assert_frame_equal(part.tables()[name], frame[frame["article_id"].isin(ids)].reset_index(drop=True))


@pytest.mark.parametrize("by", ["country", "pair", "event_type", "person", "organization", "sphere"])
@pytest.mark.parametrize("freq", ["M", "W", "Q", "Y", "2M"])
def test_timeline_over_the_dataset_is_the_pandas_timeline(ds, demo_corpus, by, freq):
    on_disk, in_memory = da.timeline(ds, freq=freq, by=by), da.timeline(demo_corpus, freq=freq, by=by)
    pd.testing.assert_frame_equal(on_disk, in_memory)
    assert on_disk.attrs == in_memory.attrs


def test_timeline_windows_groups_and_top_over_the_dataset(ds, demo_corpus):
    for kwargs in ({"by": "pair", "groups": [("KGZ", "AZE")], "start": "2020-03-05", "end": "2024-02-01"},
                   {"by": "country", "top": 3, "freq": "Q"},
                   {"by": "country", "groups": ["Azerbaijan", "NOR"], "freq": "Y"}):
        pd.testing.assert_frame_equal(da.timeline(ds, **kwargs), da.timeline(demo_corpus, **kwargs))
    pd.testing.assert_frame_equal(da.analysis.timeline_units(ds, "pair"),
                                  da.analysis.timeline_units(demo_corpus, "pair"))


@pytest.mark.parametrize("kind", ["country", "person", "organization"])
@pytest.mark.parametrize("level", ["sentence", "article"])
def test_comentions_over_the_dataset_are_the_pandas_comentions(ds, demo_corpus, kind, level):
    on_disk, in_memory = da.comentions(ds, kind, level), da.comentions(demo_corpus, kind, level)
    pd.testing.assert_frame_equal(on_disk, in_memory)
    assert on_disk.attrs == in_memory.attrs and len(on_disk) > 0
    pd.testing.assert_frame_equal(da.comentions(ds, kind, level, min_weight=3),
                                  da.comentions(demo_corpus, kind, level, min_weight=3))


def test_the_comention_graph_of_the_dataset(ds, demo_corpus):
    on_disk, in_memory = da.comention_graph(ds), da.comention_graph(demo_corpus)
    assert dict(on_disk.nodes(data=True)) == dict(in_memory.nodes(data=True))
    assert list(on_disk.edges(data=True)) == list(in_memory.edges(data=True))


@pytest.mark.parametrize("pair", [("AZE", "KGZ"), ("Kyrgyzstan", "TJK"), ("TUR", "AZE")])
def test_bilateral_over_the_dataset_is_the_pandas_dossier(ds, demo_corpus, pair):
    on_disk, in_memory = da.bilateral(ds, *pair), da.bilateral(demo_corpus, *pair)
    assert len(in_memory.articles) > 0
    for name, frame in in_memory.to_frames().items():
        pd.testing.assert_frame_equal(on_disk.to_frames()[name], frame, obj=name)
    assert (on_disk.established, on_disk.reference_source) == (in_memory.established, in_memory.reference_source)


def test_check_anniversaries_over_the_dataset_is_the_pandas_check(ds, demo_corpus):
    on_disk, in_memory = da.check_anniversaries(ds), da.check_anniversaries(demo_corpus)
    pd.testing.assert_frame_equal(on_disk, in_memory)
    assert on_disk["agrees"].eq(True).any() and on_disk["note"].notna().any()
    # a reference that disagrees, and pairs it does not know
    ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"], "established": ["1990-01-01"], "source": ["x"]})
    ref = da.load_reference(ref, extend=False)      # this row alone, not the packaged table extended
    on_disk = da.check_anniversaries(ds, reference=ref)
    pd.testing.assert_frame_equal(on_disk, da.check_anniversaries(demo_corpus, reference=ref))
    assert on_disk["agrees"].eq(False).any() and on_disk["note"].str.startswith("no reference date").any()


def test_tables_load_on_first_use(ds, demo_corpus):
    pd.testing.assert_frame_equal(ds.spheres, demo_corpus.spheres)
    assert "spheres" in ds._loaded and "sentences" not in ds._loaded


# -- the notebooks on a dataset ---------------------------------------------------------------
def _texts(cell) -> str:
    """The text outputs nbval compares, with what varies between runs masked as tests/sanitize.cfg does."""
    import re

    parts = []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            parts.append(out["text"])
        elif "data" in out and "text/plain" in out["data"]:
            parts.append(out["data"]["text/plain"])
    text = "".join("".join(p) if isinstance(p, list) else p for p in parts)
    text = re.sub(r"0x[0-9a-fA-F]{6,16}", "0xADDRESS", text)
    return re.sub(r"/tmp/[^\s'\"]+", "TMPPATH", text)


def test_the_notebooks_run_on_a_dataset_and_show_what_they_show_for_the_corpus(tmp_path, demo_dataset, monkeypatch):
    import tempfile

    import nbformat
    import papermill

    from diplo_analysis.report import local_kernels

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))      # where the kernels' sockets go
    checked = 0
    with local_kernels() as manager:
        for name in ("01_quickstart", "02_anniversaries", "03_bilateral_relations"):
            stored = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
            ran = papermill.execute_notebook(
                str(ROOT / "notebooks" / f"{name}.ipynb"), str(tmp_path / f"{name}.ipynb"),
                parameters={"corpus_path": str(demo_dataset)}, progress_bar=False,
                cwd=str(ROOT / "notebooks"), kernel_manager_class=manager)
            by_source = {c.source: c for c in ran.cells if c.cell_type == "code"}
            for cell in stored.cells:
                if cell.cell_type != "code" or "parameters" in cell.metadata.get("tags", []) \
                        or "nbval-ignore-output" in cell.metadata.get("tags", []):
                    continue
                if "da.open_dataset(corpus_path)" in cell.source:
                    assert _texts(by_source[cell.source]).startswith("Dataset(")
                    continue
                assert _texts(by_source[cell.source]) == _texts(cell), (name, cell.source)
                checked += 1
    assert checked > 40

"""Reading inputs: shapes of source, formats, encodings, and nothing dropped silently."""
import codecs
import json

import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.errors import ReadError
from diplo_analysis.io import read_corpus
from diplo_analysis.readers import decode, expand

ARTICLE = "ANKARA – Turkish and Georgian ministers met on Friday. They discussed energy."
RUSSIAN = ("МОСКВА – Министр иностранных дел России провёл переговоры с коллегой из Казахстана. "
           "Стороны обсудили сотрудничество в области энергетики и транспорта, а также культурные связи.")


def read(source, **kw):
    return read_corpus(source, extract=False, **kw)


def test_folder_is_read_recursively_and_readme_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "README.md").write_text("# about this folder", "utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, "utf-8")
    c = read(tmp_path)
    assert sorted(c.articles["article_id"]) == ["a", "b"]
    assert c.articles.loc[0, "dateline_city"] == "Ankara"
    assert len(c.errors) == 0
    assert set(c.sentences["article_id"]) == {"a", "b"}


def test_glob_and_list(tmp_path):
    for name in ("x.txt", "y.txt", "z.md"):
        (tmp_path / name).write_text(ARTICLE, "utf-8")
    assert sorted(read(str(tmp_path / "*.txt")).articles["article_id"]) == ["x", "y"]
    c = read([tmp_path / "x.txt", tmp_path / "z.md"])
    assert list(c.articles["article_id"]) == ["x", "z"]


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path):
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(ARTICLE, "utf-8")
    c = read(tmp_path)
    assert list(c.articles["article_id"]) == ["news", "news-2"]
    assert sorted(set(c.sentences["article_id"])) == ["news", "news-2"]


def test_json_lines_keeps_metadata_and_reports_bad_records(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "w1", "text": ARTICLE, "outlet": "Wire One", "url": "https://example.org/1",
                    "published": "2024-04-01T10:00:00"}),
        json.dumps({"id": "w2", "title": "no body here"}),
        "{not json",
        json.dumps({"text": ARTICLE}),
    ]
    path.write_text("\n".join(lines), "utf-8")
    c = read(path)
    assert list(c.articles["article_id"]) == ["w1", "feed-4"]
    first = c.articles.iloc[0]
    assert first["outlet"] == "Wire One"  # metadata wins over the text
    assert first["url"] == "https://example.org/1"  # other fields are kept as columns
    assert first["published"] == pd.Timestamp("2024-04-01 10:00")
    assert sorted(c.errors["error"]) == ["line 3 is not valid JSON (Expecting property name enclosed in double quotes)",
                                          "record has no 'text' field"]
    assert len(c.articles) + len(c.errors) == 4


def test_json_array(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": ARTICLE}, {"text": ARTICLE, "article_id": "second"}]), "utf-8")
    assert list(read(path).articles["article_id"]) == ["items-1", "second"]


def test_csv_with_text_column_and_without(tmp_path):
    good = tmp_path / "good.csv"
    pd.DataFrame({"text": [ARTICLE, ""], "outlet": ["Daily", "Daily"]}).to_csv(good, index=False)
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"body": [ARTICLE]}).to_csv(bad, index=False)
    c = read([good, bad])
    assert list(c.articles["outlet"]) == ["Daily"]
    assert list(c.errors["source"]) == [f"{good}:3", str(bad)]
    assert "has no 'text' column (columns: body)" in c.errors["error"].iloc[1]


@pytest.mark.parametrize("encoder, expected", [
    (lambda s: s.encode("utf-8"), "utf-8"),
    (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
    (lambda s: s.encode("utf-16"), "utf-16"),
    (lambda s: s.encode("cp1251"), "cp1251"),
])
def test_encodings_are_decoded_and_recorded(tmp_path, encoder, expected):
    path = tmp_path / "ru.txt"
    path.write_bytes(encoder(RUSSIAN))
    c = read(path)
    assert c.articles.loc[0, "encoding"] == expected
    assert "Министр иностранных дел России" in c.articles.loc[0, "text"]


def test_bad_files_become_errors_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", "utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "only_clutter.txt").write_text("Share on Facebook\nFollow us on Twitter\n", "utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, "utf-8")
    missing = tmp_path / "missing.txt"
    c = read([tmp_path, missing])
    reasons = dict(zip(c.errors["source"].map(lambda s: s.rsplit("/", 1)[-1]), c.errors["error"]))
    assert reasons == {
        "blank.txt": "the file holds only whitespace",
        "empty.txt": "the file is empty",
        "image.txt": "looks like a binary file (it contains NUL bytes); expected text, HTML, JSON Lines, CSV, a feed, a WARC or a GDELT file",
        "only_clutter.txt": "no article text is left after removing the header, dateline, byline and page clutter",
        "missing.txt": "no such file or folder",
    }
    assert list(c.articles["article_id"]) == ["ok"]
    assert len(c.articles) + len(c.errors) == 6  # inputs = articles + errors


def test_errors_raise_mode(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ReadError, match="empty.txt: the file is empty"):
        read(tmp_path, errors="raise")


def test_dataframe_input_columns_win_and_are_kept():
    frame = pd.DataFrame({
        "text": [ARTICLE, None, "ISTANBUL (AA) – Talks."],
        "published": ["2024-05-01", "2024-05-02", None],
        "url": ["u1", "u2", "u3"],
    })
    c = da.read_corpus(frame, extract=False)
    assert len(c.articles) == 2 and len(c.errors) == 1
    assert c.errors.loc[0, "source"] == "DataFrame row 1"
    assert list(c.articles["url"]) == ["u1", "u3"]
    assert c.articles.loc[0, "published"] == pd.Timestamp("2024-05-01")
    assert c.articles.loc[1, "outlet"] == "Anadolu Agency"
    assert c.articles["article_id"].str.len().eq(16).all()  # a content hash


def test_dataframe_without_text_column_raises():
    with pytest.raises(ReadError, match="has no 'text' column"):
        read(pd.DataFrame({"body": ["x"]}))


def test_unsupported_source_type():
    with pytest.raises(ReadError, match="give a path"):
        expand(42)


def test_decode_rejects_binary():
    with pytest.raises(ReadError, match="binary"):
        decode(b"abc\x00def")


def test_corpus_round_trips_through_parquet_and_csv(tmp_path):
    frame = pd.DataFrame({"text": [ARTICLE, ARTICLE.replace("Friday", "Monday")]})
    c = read(frame)
    c.to_parquet(tmp_path / "pq")
    back = da.Corpus.from_parquet(tmp_path / "pq")
    pd.testing.assert_frame_equal(back.articles, c.articles)
    pd.testing.assert_frame_equal(back.sentences, c.sentences)
    c.to_csv(tmp_path / "csv")
    back = da.Corpus.from_csv(tmp_path / "csv")
    assert list(back.articles["article_id"]) == list(c.articles["article_id"])
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        f"{t}.csv" for t in ["articles", "sentences", "mentions", "anniversaries", "events", "spheres", "errors"])


def test_dask_engine_gives_the_same_tables_as_local(tmp_path):
    for i in range(6):
        sub = tmp_path / f"f{i % 2}"
        sub.mkdir(exist_ok=True)
        (sub / f"n{i // 2}.txt").write_text(ARTICLE.replace("Friday", f"day {i}"), "utf-8")
    (tmp_path / "f0" / "empty.txt").write_bytes(b"")
    local = read(tmp_path)
    distributed = read(tmp_path, engine="dask", npartitions=3)
    pd.testing.assert_frame_equal(distributed.articles, local.articles)
    pd.testing.assert_frame_equal(distributed.sentences, local.sentences)
    pd.testing.assert_frame_equal(distributed.errors, local.errors)
    assert len(local.articles) == 6 and len(local.errors) == 1


def test_a_folder_of_parquet_tables_is_read_back_as_a_corpus(tmp_path):
    c = read(pd.DataFrame({"text": [ARTICLE]}))
    c.to_parquet(tmp_path / "tables")
    back = da.read_corpus(tmp_path / "tables")
    pd.testing.assert_frame_equal(back.articles, c.articles)
    assert len(back.errors) == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_cycle_collector_as_it_found_it(tmp_path, enabled):
    import gc

    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (gc.enable if enabled else gc.disable)()
    try:
        assert len(read_corpus(tmp_path, progress=False).articles) == 1
        assert gc.isenabled() is enabled
        # also when the build stops on an error
        (tmp_path / "b.txt").write_bytes(b"")
        with pytest.raises(ReadError):
            read_corpus(tmp_path, errors="raise", progress=False)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_flushing_rows_in_chunks_changes_no_table(monkeypatch):
    from pathlib import Path

    from diplo_analysis.build import Rows

    gold = Path(__file__).parent / "gold" / "articles"
    whole = read_corpus(gold, progress=False)
    monkeypatch.setattr(Rows, "FLUSH_EVERY", 3)   # many chunks, the last one partial
    chunked = read_corpus(gold, progress=False)
    for name, frame in whole.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(chunked, name), obj=name)
    assert len(whole.mentions) > 500 and len(whole.anniversaries) > 10


def test_processing_documents_in_batches_changes_no_table(monkeypatch, tmp_path):
    # each step runs over a batch of documents before the next; one at a time, with a
    # file that cannot be read and a page left empty between them, the tables are the same
    from pathlib import Path

    from diplo_analysis.build import Rows

    gold = sorted((Path(__file__).parent / "gold" / "articles").glob("*.txt"))
    inputs = gold[:20] + [tmp_path / "missing.txt", tmp_path / "blank.txt"] + gold[20:]
    (tmp_path / "blank.txt").write_text("Share on Facebook\n", "utf-8")
    monkeypatch.setattr(Rows, "BATCH", 7)       # batches end anywhere, the last one partial
    batched = read_corpus(inputs, progress=False)
    monkeypatch.setattr(Rows, "BATCH", 1)
    alone = read_corpus(inputs, progress=False)
    for name, frame in alone.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(batched, name), obj=name)
    assert batched.errors["stage"].tolist() == ["read", "parse"]
    assert len(batched.articles) == len(gold) and len(batched.mentions) > 500


def test_a_file_of_many_records_is_processed_a_batch_at_a_time(monkeypatch, tmp_path):
    # a JSON Lines file of 30 articles: no batch holds more than Rows.BATCH of them, and the
    # tables are those of one article at a time
    import json
    from pathlib import Path

    from diplo_analysis import build

    gold = sorted((Path(__file__).parent / "gold" / "articles").glob("*.txt"))[:30]
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": p.read_text("utf-8")}) + "\n" for p in gold), "utf-8")
    sizes = []
    real = build._process_batch

    def counted(queued, rows):
        sizes.append(len(queued))
        real(queued, rows)

    monkeypatch.setattr(build, "_process_batch", counted)
    monkeypatch.setattr(build.Rows, "BATCH", 8)
    batched = read_corpus(path, progress=False)
    assert sizes == [8, 8, 8, 6]        # three whole batches as the file is read, the rest at the end
    monkeypatch.setattr(build.Rows, "BATCH", 1)
    alone = read_corpus(path, progress=False)
    for name, frame in alone.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(batched, name), obj=name)
    assert len(batched.articles) == 30


def test_renaming_reaches_flushed_and_pending_rows():
    from diplo_analysis.build import Rows, parse_article, process_document
    from diplo_analysis.readers import RawDocument

    rows = Rows()
    process_document(RawDocument("a", "<a>", ARTICLE, None, None), rows)
    rows.flush()
    process_document(RawDocument("b", "<b>", ARTICLE, None, None), rows)
    rows.rename({"a": "a-2", "b": "b-2"})
    corpus = rows.corpus()
    for name in ("articles", "sentences", "mentions", "events"):
        assert set(getattr(corpus, name)["article_id"]) == {"a-2", "b-2"}, name
    assert parse_article(ARTICLE).mentions["key"].tolist() == corpus.mentions["key"].tolist()[:len(corpus.mentions) // 2]


def test_articles_parsed_from_several_threads_give_the_sequential_tables():
    # the extractors keep small caches (the last text scanned); they must not mix articles up
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from diplo_analysis.build import parse_article

    texts = [p.read_text("utf-8") for p in sorted((Path(__file__).parent / "gold" / "articles").glob("*.txt"))][:24]

    def tables(text):
        c = parse_article(text)
        return c.mentions, c.anniversaries, c.events, c.spheres

    alone = [tables(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(tables, texts * 2))
    for i, frames in enumerate(together):
        for got, expected in zip(frames, alone[i % len(texts)]):
            pd.testing.assert_frame_equal(got, expected)


def test_every_table_is_the_same_under_other_hash_seeds():
    # set and dict orders of strings change with PYTHONHASHSEED; no table may
    from pathlib import Path

    from extract_helpers import outputs_under_hash_seeds

    code = (
        "import hashlib, sys\n"
        "import diplo_analysis as da\n"
        "c = da.read_corpus(sys.argv[1], progress=False)\n"
        "h = hashlib.sha256()\n"
        "for name, t in c.tables().items():\n"
        "    h.update(name.encode() + t.astype(str).to_csv().encode())\n"
        "print(h.hexdigest())\n"
    )
    digests = outputs_under_hash_seeds(code, str(Path(__file__).parent / "gold" / "articles"))
    assert len(digests) == 1


def test_a_fault_on_one_text_is_an_errors_row_and_the_rest_is_read(tmp_path, monkeypatch):
    # a fault of the extractors on one article: that article keeps its row, its extracted
    # rows are lost and an errors row says so; the next file is read as usual
    from diplo_analysis.extract import countries

    real = countries.find_countries

    def flaky(doc):
        if "faulty" in doc.text:
            raise IndexError("string index out of range")
        return real(doc)

    monkeypatch.setattr(countries, "find_countries", flaky)
    (tmp_path / "a.txt").write_text("BAKU – The faulty page names Azerbaijan and Georgia.", "utf-8")
    (tmp_path / "b.txt").write_text("BAKU – The good page names Azerbaijan and Georgia.", "utf-8")
    corpus = read_corpus(tmp_path, progress=False)
    assert sorted(corpus.articles.article_id) == ["a", "b"]
    assert set(corpus.mentions.article_id) == {"b"}
    (err,) = corpus.errors.itertuples()
    assert err.stage == "extract" and "IndexError" in err.error and err.source.endswith("a.txt")

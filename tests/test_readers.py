"""Tests of diplo_analysis.readers: choosing a reader, compressed inputs, text and JSON."""
import gzip
import io
import json
import zipfile

import pytest

import diplo_analysis as da
from diplo_analysis.readers import choose_format, gunzip, read_bytes, read_path


def test_a_txt_file_starting_with_a_bracket_is_text(tmp_path):
    # found on a real page: an ANI dateline opens with the country in brackets
    body = "[India], Dec.6 (ANI): India and Bhutan held talks on trade in New Delhi on Monday."
    (tmp_path / "ani.txt").write_text(body, encoding="utf-8")
    c = da.read_corpus(tmp_path)
    assert len(c.errors) == 0
    assert len(c.articles) == 1
    assert "Bhutan" in c.articles.loc[0, "text"]
    assert set(c.mentions["key"]) >= {"IND", "BTN"}


def test_a_txt_file_holding_json_lines_is_json(tmp_path):
    lines = [json.dumps({"text": f"BAKU, March {d}. Talks held with Kyrgyzstan.", "id": f"r{d}"}) for d in (1, 2)]
    (tmp_path / "dump.txt").write_text("\n".join(lines), encoding="utf-8")
    c = da.read_corpus(tmp_path)
    assert sorted(c.articles["article_id"]) == ["r1", "r2"]


def test_a_txt_file_of_broken_json_lines_is_text(tmp_path):
    (tmp_path / "notes.txt").write_text('{"text": "a"}\n[draft] not json', encoding="utf-8")
    docs, failures = read_path(str(tmp_path / "notes.txt"))
    assert failures == [] and docs[0].text.startswith('{"text"')


def test_a_json_suffix_keeps_its_reader_and_reports_bad_lines(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "Talks."}\n[India] not json\n', encoding="utf-8")
    docs, failures = read_path(str(tmp_path / "a.jsonl"))
    assert len(docs) == 1
    assert failures[0].error.startswith("line 2 is not valid JSON")


@pytest.mark.parametrize("name, head, fmt", [
    ("page.html", b"<p>hello", "html"),
    ("saved", b"<!-- saved from url -->\n<!DOCTYPE html>", "html"),
    ("notes.txt", b"<html><body>x", "html"),
    ("feed.xml", b"<?xml version='1.0'?><rss>", "feed"),
    ("download", b"<?xml version='1.0'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("crawl.warc", b"", "warc"),
    ("whatever.bin", b"WARC/1.1\r\n", "warc"),
    ("20170701234500.gkg.csv", b"", "gdelt"),
    ("events.csv", b"1\t" * 60 + b"x\n", "gdelt"),
    ("articles.csv", b"id,text\n", "table"),
    ("a.txt", b"Less than <b>bold</b>", "text"),
])
def test_choose_format(name, head, fmt):
    assert choose_format(name, head) == fmt


def test_gzip_and_zip_are_opened(tmp_path):
    text = b"ANKARA, May 4. Turkish and Azerbaijani ministers met."
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(text))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("b.txt", text)
        z.writestr("c.txt", text.replace(b"May 4", b"May 5"))
    (tmp_path / "bc.zip").write_bytes(buf.getvalue())
    c = da.read_corpus(tmp_path)
    assert len(c.errors) == 0
    assert sorted(c.articles["source"].str.rsplit("/", n=1).str[-1]) == ["a.txt.gz", "bc.zip!b.txt", "bc.zip!c.txt"]


def test_truncated_gzip_and_zip_become_errors(tmp_path):
    words = [f"word{i * 7919 % 10007}" for i in range(3000)]     # text that does not compress to nothing
    text = ("ANKARA, May 4. Turkish and Azerbaijani ministers met. " + " ".join(words)).encode()
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(text)[:200])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("b.txt", text)
    (tmp_path / "b.zip").write_bytes(buf.getvalue()[:150])
    (tmp_path / "ok.txt").write_bytes(text[:200])
    c = da.read_corpus(tmp_path)
    assert list(c.articles["article_id"]) == ["ok"]
    reasons = dict(zip(c.errors["source"].str.rsplit("/", n=1).str[-1], c.errors["error"]))
    assert reasons["a.txt.gz"] == "the gzip stream is cut short (the file is truncated)"
    assert "is not a readable zip archive" in reasons["b.zip"]


def test_gunzip_reads_every_member():
    assert gunzip(gzip.compress(b"ab") + gzip.compress(b"cd")) == (b"abcd", None)


def test_read_bytes_names_the_input_in_failures():
    docs, failures = read_bytes("mem/x.txt", b"   \n")
    assert docs == [] and failures[0].source == "mem/x.txt"

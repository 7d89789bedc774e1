"""Tests of diplo_analysis.readers.warc and .feed on archives and feeds of our own making."""
import gzip
import zlib

import diplo_analysis as da

PAGE = ("<html><head><title>{title}</title>"
        "<meta property='article:published_time' content='{date}'></head><body><nav>Home | News</nav>"
        "<article><p>{body}</p></article></body></html>")


def _record(kind: str, uri: str, block: bytes, ctype: str = "application/http; msgtype=response") -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-06T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{zlib.crc32((kind + uri).encode()):010d}>\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def _response(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    return _record("response", uri, f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n\r\n".encode() + body)


def _page(i: int) -> bytes:
    return PAGE.format(title=f"Talks {i}", date=f"2024-03-0{i}T10:00:00+04:00",
                       body=f"BAKU, March {i}. The foreign ministers of Azerbaijan and Kyrgyzstan met "
                            "and discussed trade, transport and cultural ties between the two countries.").encode()


def _archive() -> bytes:
    return b"".join([
        _record("warcinfo", "", b"software: test\r\n", "application/warc-fields"),
        _record("request", "https://news.example/1", b"GET /1 HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
        _response("https://news.example/1", _page(1)),
        _response("https://news.example/logo.png", b"\x89PNG....", ctype="image/png"),
        _response("https://news.example/old", b"", status="301 Moved Permanently"),
        _response("https://news.example/2", _page(2)),
        _record("metadata", "https://news.example/2", b"outlinks: x\r\n", "application/warc-fields"),
    ])


def test_each_html_response_is_an_article_with_url_and_crawl_time(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_archive())
    c = da.read_corpus(tmp_path)
    assert list(c.articles["url"]) == ["https://news.example/1", "https://news.example/2"]
    assert list(c.articles["crawled"]) == ["2024-03-06T08:00:00"] * 2
    assert [str(p) for p in c.articles["published"]] == ["2024-03-01 10:00:00", "2024-03-02 10:00:00"]
    assert list(c.articles["title"]) == ["Talks 1", "Talks 2"]
    assert set(c.mentions["key"]) >= {"AZE", "KGZ"}
    skipped = c.errors[c.errors["stage"] == "skipped"]
    assert list(skipped["error"]) == ["5 of 7 records skipped as not HTML responses (metadata 1, request 1, "
                                      "response 200 image/png 1, response 301 text/html 1, warcinfo 1)"]


def test_a_gzipped_archive_and_one_cut_short(tmp_path):
    members = [gzip.compress(r) for r in (_archive(),)]
    (tmp_path / "whole.warc.gz").write_bytes(b"".join(members))
    per_record = b"".join(gzip.compress(_response(f"https://news.example/{i}", _page(i)), mtime=0) for i in (1, 2, 3))
    (tmp_path / "cut.warc.gz").write_bytes(per_record[:-60])
    c = da.read_corpus(tmp_path, extract=False)
    cut = c.articles[c.articles["source"].str.contains("cut.warc.gz")]
    whole = c.articles[c.articles["source"].str.contains("whole.warc.gz")]
    assert len(whole) == 2
    assert list(cut["url"]) == ["https://news.example/1", "https://news.example/2"]   # before the cut
    reasons = list(c.errors.loc[c.errors["source"].str.contains("cut.warc.gz"), "error"])
    assert reasons == ["the record of https://news.example/3 is cut short: 236 of 330 bytes (the archive is truncated)"]


def test_an_archive_without_a_warc_suffix_is_found_by_its_first_bytes(tmp_path):
    (tmp_path / "crawl-00001").write_bytes(_archive())
    (tmp_path / "crawl-00002.gz").write_bytes(gzip.compress(_archive()))
    c = da.read_corpus(tmp_path, extract=False)
    assert len(c.articles) == 4
    assert list(c.errors["stage"]) == ["skipped", "skipped"]


def test_a_file_that_is_not_an_archive(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a web archive at all\n" * 5)
    c = da.read_corpus(tmp_path)
    assert len(c.articles) == 0 and len(c.errors) == 1
    assert c.errors.loc[0, "error"].startswith("the archive could not be read")


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ministry of Foreign Affairs</title>
<item><title>Ministers meet in Baku</title><link>https://mfa.example/news/1</link>
<guid>mfa-1</guid><author>press@mfa.example (Press Service)</author>
<pubDate>Tue, 05 Mar 2024 10:30:00 +0400</pubDate>
<description><![CDATA[<p>The foreign ministers of Azerbaijan and Kyrgyzstan met in Baku.</p><p>They signed an agreement.</p>]]></description>
</item>
<item><title>Photo of the day</title><link>https://mfa.example/news/2</link><guid>mfa-2</guid></item>
<item><title>Statement</title><link>https://mfa.example/news/3</link><guid>mfa-3</guid>
<pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description>Turkey welcomed the talks.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Embassy news</title>
<entry><title>Reception</title><id>tag:embassy.example,2024:1</id>
<link href="https://embassy.example/1"/><published>2024-05-28T18:00:00+04:00</published>
<updated>2024-05-29T08:00:00+04:00</updated><author><name>Embassy</name></author>
<content type="html">&lt;p&gt;The embassy of Azerbaijan held a reception on Independence Day.&lt;/p&gt;</content>
<summary>short</summary></entry>
</feed>"""


def test_rss_and_atom_entries_become_articles(tmp_path):
    (tmp_path / "mfa.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "embassy.xml").write_text(ATOM, encoding="utf-8")
    c = da.read_corpus(tmp_path)
    arts = c.articles.set_index("url")
    assert sorted(arts.index) == ["https://embassy.example/1", "https://mfa.example/news/1", "https://mfa.example/news/3"]
    one = arts.loc["https://mfa.example/news/1"]
    assert one["title"] == "Ministers meet in Baku"
    assert str(one["published"]) == "2024-03-05 10:30:00"
    assert one["outlet"] == "Ministry of Foreign Affairs"
    assert one["text"] == "The foreign ministers of Azerbaijan and Kyrgyzstan met in Baku.\n\nThey signed an agreement."
    atom = arts.loc["https://embassy.example/1"]
    assert atom["text"] == "The embassy of Azerbaijan held a reception on Independence Day."   # content over summary
    assert str(atom["published"]) == "2024-05-28 18:00:00"
    assert atom["author"] == "Embassy"
    assert list(c.errors["error"]) == ["entry 2 (Photo of the day) has neither content nor a summary"]
    assert c.errors.loc[0, "source"].endswith("mfa.rss#2")


def test_a_feed_without_entries(tmp_path):
    (tmp_path / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                                       "</channel></rss>", encoding="utf-8")
    c = da.read_corpus(tmp_path)
    assert list(c.errors["error"]) == ["the feed has no entries"]


def test_skipped_records_never_raise(tmp_path):
    (tmp_path / "crawl.warc").write_bytes(_archive())
    c = da.read_corpus(tmp_path, errors="raise", extract=False)
    assert len(c.articles) == 2 and list(c.errors["stage"]) == ["skipped"]

"""Tests of diplo_analysis.readers.html: pages of our own making, then the 200 real pages in ../shared/peers."""
import json
from pathlib import Path

import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.readers.html import (iso_date, place_zone, read_html, script_dates, site_zone, url_date,
                                        visible_date)

PEERS = Path(__file__).resolve().parent.parent.parent / "shared" / "peers" / "htmldate-mediacloud-2020"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Azerbaijan and Kyrgyzstan sign agreements | Caspian Daily</title>
<meta property="og:site_name" content="Caspian Daily">
<link rel="canonical" href="https://caspian.example.az/politics/2024/03/05/talks">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Caspian Daily"},
  {"@type": "NewsArticle", "headline": "Azerbaijan and Kyrgyzstan sign agreements",
   "datePublished": "2024-03-05T10:30:00+04:00", "dateModified": "2024-03-06T08:00:00+04:00",
   "author": [{"@type": "Person", "name": "Leyla Mammadova"}]}]}
</script></head>
<body>
<nav><ul><li>Home</li><li>Politics</li><li>Economy</li><li>Subscribe now</li></ul></nav>
<article>
<h1>Azerbaijan and Kyrgyzstan sign agreements</h1>
<p>BAKU, March 5. The foreign ministers of Azerbaijan and Kyrgyzstan met in Baku on Tuesday and
signed three agreements on trade, transport and culture, the ministry said.</p>
<p>The sides also discussed preparations for the thirtieth anniversary of diplomatic relations
between the two countries, which falls this year, and agreed to meet again in Bishkek.</p>
</article>
<footer>Copyright 2024 Caspian Daily. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>
"""


def test_a_page_becomes_an_article_with_its_metadata(tmp_path):
    (tmp_path / "talks.html").write_text(PAGE, encoding="utf-8")
    c = da.read_corpus(tmp_path)
    assert len(c.errors) == 0
    art = c.articles.iloc[0]
    assert art["article_id"] == "talks"
    assert str(art["published"]) == "2024-03-05 10:30:00"
    assert str(art["updated"]) == "2024-03-06 08:00:00"
    assert art["title"] == "Azerbaijan and Kyrgyzstan sign agreements"   # the headline, not <title>
    assert art["author"] == "Leyla Mammadova"
    assert art["outlet"] == "Caspian Daily"
    assert art["url"] == "https://caspian.example.az/politics/2024/03/05/talks"
    assert art["dateline_city"] == "Baku"
    assert "Subscribe" not in art["text"] and "Cookie" not in art["text"]
    assert art["text"].startswith("The foreign ministers")
    assert {"AZE", "KGZ"} <= set(c.mentions["key"])
    assert len(c.anniversaries) == 1


def test_a_page_without_metadata_dates_gets_the_date_it_shows(tmp_path):
    page = ("<html lang='ro'><body><div class='date'>duminică, 20 septembrie 2020 16:20</div>"
            "<article><p>" + "Ministrul de externe a avut o întâlnire la Chișinău cu omologul său. " * 4
            + "</p></article></body></html>")
    docs, failures = read_html("ro.html", page.encode("utf-8"))
    assert failures == []
    assert docs[0].hints["published"][-1] == "2020-09-20T16:20:00"
    c = da.read_corpus([str(_write(tmp_path, "ro.html", page))], extract=False)
    assert str(c.articles.loc[0, "published"]) == "2020-09-20 16:20:00"


def test_a_wiki_revision_is_dated_when_that_revision_was_saved():
    # a MediaWiki page's schema says when the wiki's page was created; a revision or diff view
    # (index.php?...&oldid=...) shows one revision, saved at the schema's dateModified
    page = ('<html><head><script type="application/ld+json">{"@type": "Article", "headline": "Lake Issyk-Kul", '
            '"datePublished": "2006-02-11T09:00:00-07:00", "dateModified": "2021-09-30T14:05:00-07:00"}</script>'
            '</head><body class="mediawiki ltr action-view"><div id="content"><p>'
            + "Lake Issyk-Kul lies in the north-east of Kyrgyzstan, between two ranges of the Tian Shan. " * 3
            + "</p></div></body></html>").encode("utf-8")
    revision = "https://wiki.example.org/index.php?title=Lake_Issyk-Kul&diff=4411&oldid=4409"
    docs, _ = read_html("rev.html", page, meta={"url": revision})
    assert docs[0].meta["published"] == "2021-09-30T14:05:00"
    # the same page at its own address is the wiki's page: it was published when it was created
    docs, _ = read_html("page.html", page, meta={"url": "https://wiki.example.org/wiki/Lake_Issyk-Kul"})
    assert docs[0].meta["published"] == "2006-02-11T09:00:00"


def test_an_english_stamp_in_the_page_is_read_by_the_parser(tmp_path):
    page = ("<html><body><header>Menu</header><p class='meta'>Posted: February 27, 2023 18:05</p>"
            "<article><p>" + "Officials of the two states held talks on energy and transport. " * 4
            + "</p></article></body></html>")
    c = da.read_corpus([str(_write(tmp_path, "en.html", page))], extract=False)
    assert str(c.articles.loc[0, "published"]) == "2023-02-27 18:05:00"


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("page, reason", [
    ("<html><head><title>x</title></head><body>   </body></html>", "the page has no body text"),
    ("<html><head><script src='/challenge.js'></script></head></html>", "the page has no body text"),
])
def test_pages_without_a_body_become_errors(tmp_path, page, reason):
    _write(tmp_path, "bad.html", page)
    _write(tmp_path, "good.html", PAGE)
    c = da.read_corpus(tmp_path, extract=False)
    assert list(c.articles["article_id"]) == ["good"]
    assert c.errors.loc[0, "error"].startswith(reason)


def test_a_page_in_another_encoding_is_decoded_by_its_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><p>'
            + "Министры иностранных дел Азербайджана и Киргизии провели переговоры в Баку. " * 3
            + "</p></body></html>")
    (tmp_path / "ru.html").write_bytes(page.encode("cp1251"))
    c = da.read_corpus(tmp_path, extract=False)
    assert c.articles.loc[0, "title"] == "Переговоры"
    assert "Министры" in c.articles.loc[0, "text"]
    assert c.articles.loc[0, "encoding"] == "cp1251"


def test_dates_in_metadata_urls_and_visible_lines():
    assert iso_date("2020-12-05T23:15:0Z", zone=site_zone("https://www.example.it/a")) == "2020-12-06T00:15:00"
    assert iso_date("2020-12-05T23:15:00+01:00", zone="Asia/Tokyo") == "2020-12-05T23:15:00"
    assert iso_date("1890-01-01") is None
    assert url_date("https://example.org/2020/02/17/story") == "2020-02-17T00:00:00"
    assert url_date("https://example.org/story-20200217.html") == "2020-02-17T00:00:00"
    assert visible_date(["2020年07月12日 | ニュース"], "ja") == "2020-07-12T00:00:00"
    assert visible_date(["(2020/7/11) JRA", "9 oktober 2020 11:12"], None) == "2020-10-09T11:12:00"
    assert visible_date(["03/04/2021"], "en-US") == "2021-03-04T00:00:00"
    assert visible_date(["03/04/2021"], "fr") == "2021-04-03T00:00:00"
    assert visible_date(["© 2020 Example"], "en") is None


BODY = ("<article><p>" + "The foreign ministers of the two states met and signed agreements on trade and transit. " * 3
        + "</p></article>")


def _published(tmp_path, name, page, url=None):
    """The day and time the reader and the parser give a page (read as a crawl gives it, with its address)."""
    from diplo_analysis.build import Rows, process_document

    docs, failures = read_html(name, page.encode("utf-8"), meta={"url": url} if url else None)
    assert failures == []
    rows = Rows()
    process_document(docs[0], rows, extract=False)
    return pd.Timestamp(rows.articles[0]["published"]).isoformat()


def test_a_json_ld_block_with_junk_after_its_object_is_still_read(tmp_path):
    # an extra closing brace after the object: the object it opens with holds the date
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2020-10-26T18:10:00+01:00",\n "headline": "Talks\n resumed"}}\n</script></head>'
            '<body>' + BODY + '</body></html>')
    assert _published(tmp_path, "ld.html", page) == "2020-10-26T18:10:00"


def test_metadata_dates_written_out_are_read_as_written():
    # the page's own zone abbreviation: its wall time is kept, as for an offset
    assert iso_date("Tue, Sep 15 2020 22:01:41 EDT") == "2020-09-15T22:01:41"
    assert iso_date("September 15, 2020 10:00 PM") == "2020-09-15T22:00:00"
    assert iso_date("15.09.2020") == "2020-09-15T00:00:00"
    # GMT is UTC: moved to the outlet's zone when its domain tells it
    assert iso_date("Sun, 28 Jun 2020 21:16:15 GMT", zone="Europe/Moscow") == "2020-06-29T00:16:15"
    # what does not name day, month and year, or reads two ways, is no date
    assert iso_date("September 2020") is None
    assert iso_date("03/04/2021") is None
    assert iso_date("updated 5 hours ago") is None


def test_a_written_out_json_ld_date_gives_the_page_its_day(tmp_path):
    page = ('<html><head><script type="application/ld+json">{"@type": "Article", '
            '"datePublished": "Tue, Sep 15 2020 23:01:41 EDT"}</script></head><body>' + BODY + '</body></html>')
    assert _published(tmp_path, "written.html", page, "https://news.example.com/luxury-140141502.html") \
        == "2020-09-15T23:01:41"


def test_places_of_datelines_have_time_zones():
    assert place_zone("New York City", "USA") == "America/New_York"
    assert place_zone("Los Angeles", "USA") == "America/Los_Angeles"
    assert place_zone("Moscow") == "Europe/Moscow"          # the most populous Moscow
    assert place_zone("Unknown Town", "KGZ") == "Asia/Bishkek"   # one zone for the whole country
    assert place_zone("Unknown Town", "USA") is None          # several: no guess
    assert place_zone(None) is None


def _utc_page(dateline: str) -> str:
    return ('<html><head><meta property="article:published_time" content="2020-05-02T02:54:29.000Z"></head>'
            '<body><article><p>' + dateline + "Penn Station will close overnight for cleaning of the station "
            "and its trains, the transit authority said, starting on Sunday night and every night after. "
            "</p><p>Commuters were told to plan their trips ahead and to expect buses to replace some trains "
            "during the closure.</p></article></body></html>")


def test_a_utc_stamp_of_an_outlet_of_unknown_zone_is_placed_by_its_dateline(tmp_path):
    url = "https://tv.example.com/traffic/penn-station-cleaning/6144149/"
    # 02:54 UTC on 2 May was 22:54 on 1 May in New York, where the story was filed
    assert _published(tmp_path, "ny.html", _utc_page("NEW YORK CITY (WABC) -- "), url) == "2020-05-01T22:54:29"
    assert _published(tmp_path, "la.html", _utc_page("LOS ANGELES -- "), url) == "2020-05-01T19:54:29"
    # without a dateline the stamp stays in UTC: nothing says where the outlet is
    assert _published(tmp_path, "none.html", _utc_page(""), url) == "2020-05-02T02:54:29"
    # the outlet's domain names its country: that zone, whatever the dateline
    assert _published(tmp_path, "it.html", _utc_page("NEW YORK CITY -- "), "https://www.example.it/esteri/1") \
        == "2020-05-02T04:54:29"
    # the address's date settles it first
    assert _published(tmp_path, "dated.html", _utc_page("LOS ANGELES -- "),
                      "https://tv.example.com/2020/05/01/penn-station/") == "2020-05-01T00:00:00"


def test_a_stamp_that_a_script_writes_on_the_page_is_its_date(tmp_path):
    page = ('<html><body><table><tr><td><script>showDate("2020/04/17 01:43:09 01:43:09")</script> views 7</td></tr>'
            '</table>' + BODY + '</body></html>')
    assert _published(tmp_path, "script.html", page) == "2020-04-17T01:43:09"
    # long scripts carry the site's data (other stories, schedules), not the page's stamp
    from selectolax.lexbor import LexborHTMLParser

    data = '<body><script>var feed = {"items": [' + ', '.join(['{"date": "2020-03-0%d"}' % d for d in range(1, 9)] * 3) \
        + ']};</script><script src="/ads.js"></script></body>'
    assert script_dates(LexborHTMLParser(data)) == []
    # a page's visible date comes before what its scripts write
    page = ('<html><body><p class="date">Posted 3 March 2021 10:15</p><script>f("2019-01-01")</script>'
            + BODY + '</body></html>')
    assert _published(tmp_path, "both.html", page) == "2021-03-03T10:15:00"


@pytest.mark.skipif(not PEERS.exists(), reason=f"the peer page set is not at {PEERS}")
def test_the_real_pages_of_the_htmldate_evaluation_set():
    expected = {json.loads(line)["file"]: json.loads(line)["date"]
                for line in (PEERS / "expected.jsonl").read_text("utf-8").splitlines()}
    c = da.read_corpus(PEERS / "pages", extract=False, progress=False)
    assert len(c.articles) + len(c.errors) == len(expected) == 200
    # three pages hold nothing but a bot check or a frame: they are errors with a reason
    assert len(c.errors) == 3
    assert c.errors["error"].str.match(r"the page has no (body|readable) text").all()
    # where the main-content heuristics keep two words of a news page (24tv.ua), its paragraphs are taken
    words = c.articles.set_index("article_id")["n_words"]
    assert words["1716869064"] > 100
    got = {a: (None if p is None or str(p) == "NaT" else str(p)[:10])
           for a, p in zip(c.articles["article_id"], c.articles["published"])}
    right = sum(got.get(f[:-5]) == d for f, d in expected.items())
    # bench_html.py prints the figure beside htmldate's; this keeps it from sliding back
    # (without the page's address, which the benchmark passes as a crawl would)
    assert right / len(expected) >= 0.93

"""The bilateral dossier on a corpus built by hand."""
import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.analysis import Dossier, bilateral
from diplo_analysis.errors import DiploError

T = pd.Timestamp
REFERENCE = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"], "established": ["1993-01-19"],
                          "source": ["MFA <Azerbaijan> & partners"]})


def mention(aid, sid, kind, key, country=None, role=None):
    return {"article_id": aid, "sentence_id": sid, "start": 0, "end": 1, "surface": key,
            "kind": kind, "key": key, "role": role, "country": country or (key if kind == "country" else None)}


def make_corpus() -> da.Corpus:
    articles = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a4"], "source": "test",
        "published": [T("2023-02-27"), T("2023-01-10"), T("2023-03-01"), T("2023-04-15")],
        "title": ["30 years of <relations> & friendship", "Kyrgyz envoy in Ankara", "Baku and Bishkek", None],
        "outlet": ["Trend", "AzerNews", "Trend", "Xinhua"], "n_words": 10, "text": "x",
    })
    mentions = pd.DataFrame([
        mention("a1", 0, "country", "AZE"), mention("a1", 0, "country", "KGZ"),
        mention("a1", 2, "country", "TUR"), mention("a1", 3, "country", "KGZ"),
        mention("a1", 2, "person", "Khalaf Khalafov", "AZE", "Deputy Foreign Minister"),
        mention("a1", 3, "person", "Khalaf Khalafov", "AZE", None),
        mention("a1", 4, "person", "Kairat Osmonaliyev", "KGZ", "Ambassador"),
        mention("a1", 5, "person", "Recep Tayyip Erdogan", "TUR", "President"),
        mention("a2", 0, "country", "KGZ"), mention("a2", 0, "country", "TUR"),   # not the pair
        mention("a2", 1, "person", "Kairat Osmonaliyev", "KGZ", "Ambassador"),
        mention("a3", 0, "country", "KGZ"), mention("a3", 1, "country", "AZE"),
        mention("a3", 1, "country", "TUR"), mention("a3", 1, "country", "RUS"),
        mention("a3", 2, "person", "Ilham Aliyev", "AZE", "President"),
        mention("a3", 3, "person", "Kairat Osmonaliyev", "KGZ", "Ambassador"),
        mention("a4", 0, "country", "AZE"), mention("a4", 0, "country", "KGZ"),
    ])
    events = pd.DataFrame({
        "article_id": ["a1", "a1", "a3", "a3", "a2"], "sentence_id": [0, 4, 0, 1, 0], "start": 0, "end": 1,
        "event_type": ["exhibition", "congratulation", "visit", "exhibition", "meeting"],
        "code": ["", "018", "042", "", "040"], "actors": [("AZE", "KGZ")] * 5,
    })
    spheres = pd.DataFrame({"article_id": ["a1", "a1", "a1", "a3", "a2"], "sentence_id": [6, 6, 6, 2, 0],
                            "start": 0, "end": 1, "sphere": ["political", "trade", "political", "trade", "military"]})
    anniversaries = pd.DataFrame({
        "article_id": ["a1", "a4", "a2"], "sentence_id": 0, "start": 0, "end": 1, "ordinal": [30, 31, 30],
        "subject": "diplomatic relations", "parties": [("AZE", "KGZ"), ("AZE", "KGZ"), ("KGZ", "TUR")],
        "year": 2023, "implied_start_year": [1993, 1992, 1993],
    })
    return da.Corpus(articles=articles, mentions=mentions, events=events, spheres=spheres,
                     anniversaries=anniversaries)


@pytest.fixture
def dossier() -> Dossier:
    return bilateral(make_corpus(), "Kyrgyzstan", "AZE", reference=REFERENCE)


def test_pair_is_sorted_and_articles_are_in_time_order(dossier):
    assert (dossier.a, dossier.b, dossier.pair) == ("AZE", "KGZ", "AZE-KGZ")
    assert list(dossier.articles.columns) == ["article_id", "published", "title", "outlet"]
    assert dossier.articles["article_id"].tolist() == ["a1", "a3", "a4"]
    assert dossier.established == T("1993-01-19")


def test_people_of_each_side(dossier):
    people = dossier.people
    assert list(people.columns) == ["country", "person", "role", "mentions", "articles"]
    assert people[["country", "person", "role", "mentions", "articles"]].values.tolist() == [
        ["AZE", "Khalaf Khalafov", "Deputy Foreign Minister", 2, 1],
        ["AZE", "Ilham Aliyev", "President", 1, 1],
        ["KGZ", "Kairat Osmonaliyev", "Ambassador", 2, 2],
    ]


def test_events_spheres_and_third_countries(dossier):
    assert dossier.events[["event_type", "events", "articles"]].values.tolist() == [
        ["exhibition", 2, 2], ["congratulation", 1, 1], ["visit", 1, 1]]
    assert dossier.events.set_index("event_type").loc["visit", "code"] == "042"
    assert dossier.spheres.values.tolist() == [["trade", 2, 2], ["political", 2, 1]]
    assert dossier.third_countries.values.tolist() == [["TUR", "Türkiye", 2, 2], ["RUS", "Russia", 1, 1]]


def test_anniversaries_are_checked(dossier):
    ann = dossier.anniversaries
    assert ann["article_id"].tolist() == ["a1", "a4"]
    assert ann["agrees"].tolist() == [True, False]
    assert ann["note"].iloc[1] == "article implies 1992, reference says 1993-01-19 (MFA <Azerbaijan> & partners)"


def test_timeline_of_the_pair(dossier):
    t = dossier.timeline
    assert t["group"].unique().tolist() == ["AZE-KGZ"]
    assert t["articles"].tolist() == [1, 1, 1]          # February, March, April
    assert t["period"].iloc[0] == T("2023-02-01")


def test_to_frames_and_html(dossier):
    frames = dossier.to_frames()
    assert list(frames) == ["articles", "people", "events", "spheres", "third_countries",
                            "anniversaries", "timeline"]
    assert frames["people"].equals(dossier.people) and frames["people"] is not dossier.people
    page = dossier._repr_html_()
    assert "<h3>Azerbaijan \u2013 Kyrgyzstan (AZE-KGZ)</h3>" in page
    assert "<h4>People</h4>" in page and "Kairat Osmonaliyev" in page
    assert "30 years of &lt;relations&gt; &amp; friendship" in page
    assert "<relations>" not in page and "<Azerbaijan>" not in page
    assert "3 articles name both countries, from 2023-02-27 to 2023-04-15." in page
    assert "Dossier(AZE-KGZ: articles=3" in repr(dossier)
    assert "&lt;NA&gt;" not in page and "<td></td>" in page          # a4 has no title


def test_a_pair_never_mentioned_gives_empty_tables():
    only = da.load_reference(REFERENCE, extend=False)      # the packaged table would know AZE-GEO
    d = bilateral(make_corpus(), "AZE", "GEO", reference=only)
    assert all(len(f) == 0 for name, f in d.to_frames().items() if name != "timeline")
    assert d.established is None
    assert "No reference date" in d._repr_html_()


def test_bad_countries():
    with pytest.raises(DiploError, match="two different countries"):
        bilateral(make_corpus(), "AZE", "Azerbaijan", reference=REFERENCE)
    with pytest.raises(DiploError, match="unknown country"):
        bilateral(make_corpus(), "AZE", "Narnia", reference=REFERENCE)

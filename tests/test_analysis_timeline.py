"""Timelines from a corpus built by hand."""
import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.analysis import timeline
from diplo_analysis.errors import DiploError

T = pd.Timestamp


def make_corpus() -> da.Corpus:
    # a1, a2 in March; nothing in April; a4 in May; a3 has no date
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"], "source": "test",
                             "published": [T("2023-03-05 10:00"), T("2023-03-20"), None, T("2023-05-02")],
                             "n_words": 10, "text": "x"})
    rows = [("a1", 0, "AZE"), ("a1", 0, "KGZ"), ("a1", 1, "AZE"), ("a1", 1, "KGZ"), ("a1", 2, "TUR"),
            ("a2", 0, "KGZ"), ("a2", 0, "TUR"), ("a2", 1, "KGZ"),
            ("a3", 0, "AZE"), ("a3", 0, "KGZ"),
            ("a4", 0, "AZE"), ("a4", 1, "AZE")]
    mentions = pd.DataFrame([{"article_id": a, "sentence_id": s, "start": 0, "end": 3, "surface": k,
                              "kind": "country", "key": k, "country": k} for a, s, k in rows]
                            + [{"article_id": "a2", "sentence_id": 0, "start": 5, "end": 9,
                                "surface": "Kairat Osmonaliyev", "kind": "person",
                                "key": "Kairat Osmonaliyev", "role": "Ambassador", "country": "KGZ"}])
    events = pd.DataFrame({"article_id": ["a1", "a1", "a4"], "sentence_id": [0, 3, 0], "start": 0,
                           "end": 4, "event_type": ["exhibition", "congratulation", "visit"],
                           "code": ["", "", ""], "actors": [("AZE", "KGZ")] * 3})
    return da.Corpus(articles=articles, mentions=mentions, events=events)


def rows(frame):
    return [(p.strftime("%Y-%m-%d"), g, a, m) for p, g, a, m in
            frame[["period", "group", "articles", "mentions"]].itertuples(index=False)]


def test_march_april_may_by_country():
    t = timeline(make_corpus(), freq="M", by="country")
    assert list(t.columns) == ["period", "group", "articles", "mentions"]
    assert str(t["period"].dtype) == "datetime64[ns]"
    assert rows(t) == [
        ("2023-03-01", "AZE", 1, 2), ("2023-03-01", "KGZ", 2, 4), ("2023-03-01", "TUR", 2, 2),
        ("2023-04-01", "AZE", 0, 0), ("2023-04-01", "KGZ", 0, 0), ("2023-04-01", "TUR", 0, 0),
        ("2023-05-01", "AZE", 1, 2), ("2023-05-01", "KGZ", 0, 0), ("2023-05-01", "TUR", 0, 0),
    ]
    assert t.attrs["undated_articles"] == 1
    assert (t.attrs["freq"], t.attrs["by"]) == ("M", "country")


def test_pairs_count_articles_and_shared_sentences():
    t = timeline(make_corpus(), by="pair")
    march = {g: (a, m) for p, g, a, m in t[["period", "group", "articles", "mentions"]].itertuples(index=False)
             if p == T("2023-03-01")}
    # a1 names AZE and KGZ together in two sentences and TUR in another sentence
    assert march == {"AZE-KGZ": (1, 2), "AZE-TUR": (1, 0), "KGZ-TUR": (2, 1)}
    assert sorted(t["period"].unique()) == [T("2023-03-01")]  # a4 names one country only
    assert t.attrs["undated_articles"] == 1


def test_event_types_and_people():
    t = timeline(make_corpus(), by="event_type", freq="Q")
    assert rows(t) == [("2023-01-01", "congratulation", 1, 1), ("2023-01-01", "exhibition", 1, 1),
                       ("2023-01-01", "visit", 0, 0),
                       ("2023-04-01", "congratulation", 0, 0), ("2023-04-01", "exhibition", 0, 0),
                       ("2023-04-01", "visit", 1, 1)]
    people = timeline(make_corpus(), by="person")
    assert rows(people) == [("2023-03-01", "Kairat Osmonaliyev", 1, 1)]


def test_start_end_groups_and_top():
    t = timeline(make_corpus(), start="2023-02-01", end="2023-03-31", groups=["Azerbaijan", "GEO"])
    assert rows(t) == [("2023-02-01", "AZE", 0, 0), ("2023-02-01", "GEO", 0, 0),
                       ("2023-03-01", "AZE", 1, 2), ("2023-03-01", "GEO", 0, 0)]
    # end is inclusive of its whole day
    t = timeline(make_corpus(), start="2023-03-05", end="2023-03-05")
    assert rows(t) == [("2023-03-01", "AZE", 1, 2), ("2023-03-01", "KGZ", 1, 2), ("2023-03-01", "TUR", 1, 1)]
    # AZE, KGZ and TUR are in two dated articles each; mentions, then the name break the tie
    assert set(timeline(make_corpus(), top=2)["group"]) == {"AZE", "KGZ"}
    assert set(timeline(make_corpus(), top=1)["group"]) == {"AZE"}
    pair = timeline(make_corpus(), by="pair", groups=("KGZ", "AZE"))
    assert set(pair["group"]) == {"AZE-KGZ"}


def test_weekly_periods_start_on_monday():
    t = timeline(make_corpus(), freq="W", groups="AZE")
    assert t["period"].iloc[0] == T("2023-02-27")
    assert t["period"].dt.day_of_week.eq(0).all()
    assert len(t) == 10 and t["articles"].sum() == 2


def test_empty_corpus():
    t = timeline(da.Corpus())
    assert t.empty and list(t.columns) == ["period", "group", "articles", "mentions"]
    assert t.attrs["undated_articles"] == 0


@pytest.mark.parametrize("kwargs, message", [
    ({"by": "city"}, "by must be one of"),
    ({"freq": "fortnight"}, "freq 'fortnight'"),
    ({"start": "soon"}, "start: expected a date"),
    ({"start": "2023-05-01", "end": "2023-03-01"}, "is after end"),
    ({"top": 0}, "top must be"),
    ({"groups": ["Atlantis"]}, "unknown country"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(DiploError, match=message):
        timeline(make_corpus(), **kwargs)

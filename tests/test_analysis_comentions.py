"""Co-mention pairs, matrix and graph on a corpus built by hand."""
import numpy as np
import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis.analysis import comention_graph, comention_matrix, comentions, pairs_to_matrix
from diplo_analysis.errors import DiploError

ARTICLES = [
    ("a1", "2023-03-05"), ("a2", "2023-03-20"), ("a3", None), ("a4", "2023-05-02"),
]
# article, sentence, kind, key, country
MENTIONS = [
    ("a1", 0, "country", "AZE", "AZE"), ("a1", 0, "country", "KGZ", "KGZ"),
    ("a1", 0, "country", "AZE", "AZE"),                      # twice in one sentence counts once
    ("a1", 1, "country", "AZE", "AZE"), ("a1", 1, "country", "KGZ", "KGZ"),
    ("a1", 2, "country", "TUR", "TUR"),
    ("a1", 1, "person", "Khalaf Khalafov", "AZE"),
    ("a1", 3, "person", "Khalaf Khalafov", "AZE"), ("a1", 3, "person", "Kairat Osmonaliyev", "KGZ"),
    ("a1", 0, "organization", "Ministry of Foreign Affairs of Azerbaijan", "AZE"),
    ("a2", 0, "country", "KGZ", "KGZ"), ("a2", 0, "country", "TUR", "TUR"),
    ("a2", 1, "country", "KGZ", "KGZ"),
    ("a2", 1, "person", "Kairat Osmonaliyev", "KGZ"),
    ("a3", 0, "country", "AZE", "AZE"), ("a3", 0, "country", "KGZ", "KGZ"),
    ("a4", 0, "country", "AZE", "AZE"), ("a4", 0, "country", "TUR", "TUR"),
    ("a4", 0, "country", "KGZ", "KGZ"), ("a4", 1, "country", "AZE", "AZE"),
    ("a4", 1, "person", "Ilham Aliyev", "AZE"), ("a4", 1, "person", "Khalaf Khalafov", "AZE"),
]


def make_corpus() -> da.Corpus:
    articles = pd.DataFrame({"article_id": [a for a, _ in ARTICLES], "source": "test",
                             "published": [d for _, d in ARTICLES], "n_words": 10, "text": "x"})
    mentions = pd.DataFrame([
        {"article_id": a, "sentence_id": s, "start": i, "end": i + 1, "surface": k,
         "kind": kind, "key": k, "country": c}
        for i, (a, s, kind, k, c) in enumerate(MENTIONS)
    ])
    return da.Corpus(articles=articles, mentions=mentions)


def as_rows(pairs):
    return {(a, b): (w, n) for a, b, w, n in pairs[["a", "b", "weight", "articles"]].itertuples(index=False)}


def test_sentence_level_weights_equal_hand_counts():
    pairs = comentions(make_corpus(), kind="country", level="sentence")
    assert list(pairs.columns) == ["a", "b", "weight", "articles", "first", "last"]
    # AZE-KGZ: a1 s0, a1 s1, a3 s0, a4 s0; KGZ-TUR: a2 s0, a4 s0; AZE-TUR: a4 s0
    assert as_rows(pairs) == {("AZE", "KGZ"): (4, 3), ("KGZ", "TUR"): (2, 2), ("AZE", "TUR"): (1, 1)}
    assert pairs[["a", "b"]].values.tolist() == [["AZE", "KGZ"], ["KGZ", "TUR"], ["AZE", "TUR"]]
    aze_kgz = pairs.iloc[0]
    # a3 has no date: it counts in the weight but not in first/last
    assert (aze_kgz["first"], aze_kgz["last"]) == (pd.Timestamp("2023-03-05"), pd.Timestamp("2023-05-02"))
    assert pairs.attrs["mentions"] == {"AZE": 6, "KGZ": 6, "TUR": 3}


def test_article_level_weights_equal_hand_counts():
    pairs = comentions(make_corpus(), kind="country", level="article")
    assert as_rows(pairs) == {("AZE", "KGZ"): (3, 3), ("KGZ", "TUR"): (3, 3), ("AZE", "TUR"): (2, 2)}
    kgz_tur = pairs[(pairs["a"] == "KGZ") & (pairs["b"] == "TUR")].iloc[0]
    assert kgz_tur["first"] == pd.Timestamp("2023-03-05")


def test_people_and_min_weight():
    people = comentions(make_corpus(), kind="person", level="sentence")
    assert as_rows(people) == {("Kairat Osmonaliyev", "Khalaf Khalafov"): (1, 1),
                               ("Ilham Aliyev", "Khalaf Khalafov"): (1, 1)}
    assert len(comentions(make_corpus(), kind="country", min_weight=2)) == 2
    assert comentions(make_corpus(), kind="organization").empty


def test_matches_a_plain_python_count_on_random_data():
    rng = np.random.default_rng(7)
    n = 400
    mentions = pd.DataFrame({
        "article_id": [f"x{i}" for i in rng.integers(0, 40, n)], "sentence_id": rng.integers(0, 4, n),
        "start": 0, "end": 1, "surface": "s", "kind": "country",
        "key": rng.choice(["AZE", "KGZ", "TUR", "GEO", "RUS"], n),
    })
    corpus = da.Corpus(mentions=mentions)
    for level, unit in (("sentence", ["article_id", "sentence_id"]), ("article", ["article_id"])):
        expected = {}
        for _, group in mentions.groupby(unit):
            keys = sorted(set(group["key"]))
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    expected[(a, b)] = expected.get((a, b), 0) + 1
        got = {k: w for k, (w, _) in as_rows(comentions(corpus, level=level)).items()}
        assert got == expected


def test_matrix_is_square_and_symmetric():
    matrix = comention_matrix(make_corpus(), kind="country", level="sentence")
    assert list(matrix.index) == list(matrix.columns) == ["AZE", "KGZ", "TUR"]
    assert matrix.to_numpy().tolist() == [[0, 4, 1], [4, 0, 2], [1, 2, 0]]
    again = pairs_to_matrix(comentions(make_corpus(), level="article"))
    assert again.loc["TUR", "KGZ"] == again.loc["KGZ", "TUR"] == 3


def test_graph_has_weights_and_mentions():
    graph = comention_graph(make_corpus(), kind="country", level="sentence")
    assert sorted(graph.nodes) == ["AZE", "KGZ", "TUR"]
    assert graph.nodes["AZE"]["mentions"] == 6 and graph.nodes["KGZ"]["label"] == "Kyrgyzstan"
    assert graph.edges["KGZ", "AZE"]["weight"] == 4
    assert graph.edges["KGZ", "TUR"]["articles"] == 2
    assert graph.number_of_edges() == 3


def test_empty_corpus_gives_empty_pairs():
    pairs = comentions(da.Corpus())
    assert pairs.empty and list(pairs.columns) == ["a", "b", "weight", "articles", "first", "last"]
    assert comention_matrix(da.Corpus()).shape == (0, 0)


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "city"}, "kind must be one of"),
    ({"level": "paragraph"}, "level must be one of"),
    ({"min_weight": 0}, "min_weight"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(DiploError, match=message):
        comentions(make_corpus(), **kwargs)
    with pytest.raises(DiploError, match="expects a diplo_analysis.Corpus"):
        comentions(pd.DataFrame())

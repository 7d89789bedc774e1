"""Co-mentions: which entities appear together in the same sentence or article.

Pairs are derived from the ``mentions`` table by grouping (a self-merge on
the de-duplicated units), never stored twice.

>>> import pandas as pd, diplo_analysis as da
>>> m = pd.DataFrame({"article_id": ["x", "x", "x"], "sentence_id": [0, 0, 1],
...     "start": [0, 9, 20], "end": [3, 12, 23], "surface": ["AZE", "KGZ", "TUR"],
...     "kind": "country", "key": ["AZE", "KGZ", "TUR"]})
>>> comentions(da.Corpus(mentions=m))[["a", "b", "weight"]].values.tolist()
[['AZE', 'KGZ', 1]]
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..pairs import pair_codes
from ..tables import MENTION_KINDS
from ._common import AnalysisError, check_choice, check_corpus, name_of, on_disk, published_of

LEVELS = ("sentence", "article")
PAIR_COLUMNS = {"a": "string", "b": "string", "weight": "int64", "articles": "int64",
                "first": "datetime64[ns]", "last": "datetime64[ns]"}


def _units(mentions: pd.DataFrame, kind: str) -> pd.DataFrame:
    rows = mentions[(mentions["kind"] == kind) & mentions["key"].notna()]
    return rows[["article_id", "sentence_id", "key"]]


def comentions(corpus, kind: str = "country", level: str = "sentence", min_weight: int = 1) -> pd.DataFrame:
    """Pairs of entities mentioned together, with how often and when.

    Returns one row per pair: ``a`` < ``b`` (keys: ISO3 for countries,
    canonical names otherwise), ``weight`` (number of sentences, or articles
    when ``level="article"``, in which both appear), ``articles`` (distinct
    articles), ``first``/``last`` (earliest/latest ``published`` of those
    articles). Sorted by weight (descending), then a, b. ``frame.attrs``
    holds ``kind``, ``level`` and ``mentions`` (mention count of each key).

    >>> import pandas as pd, diplo_analysis as da
    >>> m = pd.DataFrame({"article_id": ["x", "x", "y", "y"], "sentence_id": [0, 0, 0, 3],
    ...     "start": 0, "end": 1, "surface": "s", "kind": "country",
    ...     "key": ["KGZ", "AZE", "AZE", "KGZ"]})
    >>> comentions(da.Corpus(mentions=m), level="article")[["a", "b", "weight"]].values.tolist()
    [['AZE', 'KGZ', 2]]
    """
    corpus = check_corpus(corpus, "comentions")
    check_choice(kind, MENTION_KINDS, "kind")
    check_choice(level, LEVELS, "level")
    if isinstance(min_weight, bool) or not isinstance(min_weight, (int, np.integer)) or min_weight < 1:
        raise AnalysisError(f"min_weight must be a whole number >= 1; got {min_weight!r}")

    if on_disk(corpus):
        from . import _sql

        out, counts = _sql.comention_pairs(corpus, kind, level, min_weight)
        out = out[list(PAIR_COLUMNS)].astype(PAIR_COLUMNS)
    else:
        out, counts = _pairs(corpus, kind, level, min_weight)
    out = out.sort_values(["weight", "a", "b"], ascending=[False, True, True], kind="stable")
    out = out.reset_index(drop=True)
    present = pd.unique(np.concatenate([out["a"].to_numpy(object), out["b"].to_numpy(object)]))
    out.attrs.update(kind=kind, level=level,
                     mentions={k: int(counts.get(k, 0)) for k in sorted(present)})
    return out


def _pairs(corpus, kind: str, level: str, min_weight: int) -> tuple[pd.DataFrame, pd.Series]:
    """The pairs of an in-memory corpus (unsorted) and the mention count of each key."""
    units = _units(corpus.mentions, kind)
    key_codes, keys = pd.factorize(units["key"], sort=True)
    art_codes, art_ids = pd.factorize(units["article_id"])
    art_codes = art_codes.astype(np.int64)
    if level == "sentence":
        sentence = units["sentence_id"].to_numpy(np.int64)
        span = int(sentence.max()) + 1 if len(sentence) else 1
        unit_codes = art_codes * span + sentence
    else:
        span, unit_codes = 1, art_codes
    n_keys = max(len(keys), 1)
    per_article = pair_codes(unit_codes, key_codes, n_keys, per_article=span)

    published = published_of(corpus.articles, art_ids)
    per_article["published"] = published[per_article["article"].to_numpy()]
    grouped = per_article.groupby("pair", sort=False)
    stats = grouped.agg(weight=("units", "sum"), articles=("article", "size"),
                        first=("published", "min"), last=("published", "max"))
    stats = stats[stats["weight"] >= min_weight]
    codes = stats.index.to_numpy(np.int64)
    key_values = np.asarray(keys, dtype=object)
    out = pd.DataFrame({
        "a": key_values[codes // n_keys] if len(codes) else [],
        "b": key_values[codes % n_keys] if len(codes) else [],
        "weight": stats["weight"].to_numpy(),
        "articles": stats["articles"].to_numpy(),
        "first": stats["first"].to_numpy(),
        "last": stats["last"].to_numpy(),
    }).astype(PAIR_COLUMNS)
    return out, units["key"].value_counts()


def pairs_to_matrix(pairs: pd.DataFrame, value: str = "weight") -> pd.DataFrame:
    """The square symmetric form of a pairs frame (zeros on the diagonal).

    >>> import pandas as pd
    >>> p = pd.DataFrame({"a": ["AZE"], "b": ["KGZ"], "weight": [3]})
    >>> int(pairs_to_matrix(p).loc["KGZ", "AZE"])
    3
    """
    missing = [c for c in ("a", "b", value) if c not in pairs.columns]
    if missing:
        raise AnalysisError(f"a pairs frame needs columns a, b, {value}; missing {', '.join(missing)}")
    keys = sorted(set(pairs["a"].astype(str)) | set(pairs["b"].astype(str)))
    both = pd.concat([
        pairs[["a", "b", value]].astype({"a": str, "b": str}),
        pairs[["b", "a", value]].rename(columns={"b": "a", "a": "b"}).astype({"a": str, "b": str}),
    ], ignore_index=True)
    matrix = both.pivot_table(index="a", columns="b", values=value, aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(index=keys, columns=keys, fill_value=0).astype("int64")
    matrix.index.name = None
    matrix.columns.name = None
    return matrix


def comention_matrix(corpus, kind: str = "country", level: str = "sentence", min_weight: int = 1) -> pd.DataFrame:
    """Co-mention weights as a square symmetric DataFrame (index = columns = keys).

    ``corpus`` may also be a pairs frame from :func:`comentions`.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"a": ["AZE", "AZE"], "b": ["KGZ", "TUR"], "weight": [2, 1]})
    >>> comention_matrix(p).to_numpy().tolist()
    [[0, 2, 1], [2, 0, 0], [1, 0, 0]]
    """
    if isinstance(corpus, pd.DataFrame):
        pairs = corpus[corpus["weight"] >= min_weight]
    else:
        pairs = comentions(corpus, kind=kind, level=level, min_weight=min_weight)
    matrix = pairs_to_matrix(pairs)
    matrix.attrs.update({k: v for k, v in pairs.attrs.items() if k in ("kind", "level")})
    return matrix


def comention_graph(corpus, kind: str = "country", level: str = "sentence", min_weight: int = 1):
    """A networkx Graph of co-mentions.

    Nodes are every key of that kind mentioned in the corpus, with attributes
    ``mentions`` (mention rows) and ``label`` (a country's name, else the key);
    edges carry ``weight``, ``articles``, ``first`` and ``last``.

    >>> import pandas as pd, diplo_analysis as da
    >>> m = pd.DataFrame({"article_id": ["x", "x"], "sentence_id": [0, 0], "start": 0,
    ...     "end": 1, "surface": "s", "kind": "country", "key": ["AZE", "KGZ"]})
    >>> g = comention_graph(da.Corpus(mentions=m))
    >>> g.edges["AZE", "KGZ"]["weight"], g.nodes["AZE"]["mentions"]
    (1, 1)
    """
    import networkx as nx

    pairs = comentions(corpus, kind=kind, level=level, min_weight=min_weight)
    if on_disk(corpus):
        from . import _sql

        counts = pd.Series(_sql.key_counts(corpus, kind), dtype="int64")
    else:
        counts = _units(corpus.mentions, kind)["key"].value_counts()
    graph = nx.Graph(kind=kind, level=level)
    for key in sorted(counts.index):
        label = name_of(key) if kind == "country" else key
        graph.add_node(key, mentions=int(counts[key]), label=label)
    for a, b, weight, articles, first, last in pairs.itertuples(index=False):
        graph.add_edge(a, b, weight=int(weight), articles=int(articles), first=first, last=last)
    return graph

"""Pairs of countries named together: the integer codes the analyses and the dataset share.

Derived from the ``mentions`` table; the analyses (``timeline(by="pair")``,
``comentions``) compute them in memory, and a dataset written by
``write_dataset`` keeps them as its ``country_pairs`` index.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def pair_codes(unit: np.ndarray, key: np.ndarray, n_keys: int, per_article: int = 1) -> pd.DataFrame:
    """Every pair of distinct keys sharing a unit, as integer codes.

    ``unit`` and ``key`` are integer codes of the same length (one row per
    mention); a unit's article is ``unit // per_article``. Returns a frame
    with columns ``article``, ``pair`` (``a * n_keys + b`` with a < b) and
    ``units`` (how many units of that article hold both), one row per
    article and pair.
    """
    unit = np.asarray(unit, dtype=np.int64)
    key = np.asarray(key, dtype=np.int64)
    if len(unit) and (int(unit.max()) + 1) * n_keys < 2 ** 62:
        # one int64 per (unit, key) de-duplicates faster than two columns
        code = pd.unique(unit * n_keys + key)
        base = pd.DataFrame({"unit": code // n_keys, "key": code % n_keys})
    else:
        base = pd.DataFrame({"unit": unit, "key": key}).drop_duplicates()
    merged = base.merge(base, on="unit", suffixes=("", "_b"))
    left = merged["key"].to_numpy(np.int64)
    right = merged["key_b"].to_numpy(np.int64)
    keep = left < right
    pair = left[keep] * n_keys + right[keep]
    article = merged["unit"].to_numpy(np.int64)[keep] // per_article
    if per_article == 1:
        return pd.DataFrame({"article": article, "pair": pair, "units": np.ones(len(pair), np.int64)})
    n_pairs = n_keys * n_keys
    if (int(article.max()) + 1 if len(article) else 1) * n_pairs < 2 ** 62:
        counted = pd.Series(article * n_pairs + pair).value_counts(sort=False)
        combined = counted.index.to_numpy(np.int64)
        return pd.DataFrame({"article": combined // n_pairs, "pair": combined % n_pairs,
                             "units": counted.to_numpy(np.int64)})
    counted = pd.DataFrame({"article": article, "pair": pair}).groupby(["article", "pair"], sort=False).size()
    return pd.DataFrame({"article": counted.index.get_level_values(0).to_numpy(np.int64),
                         "pair": counted.index.get_level_values(1).to_numpy(np.int64),
                         "units": counted.to_numpy(np.int64)})


def pair_units(mentions: pd.DataFrame) -> pd.DataFrame:
    """Each article's pairs of countries: ``article_id``, ``group`` ("AZE-KGZ") and
    ``mentions`` (how many of its sentences name both), sorted."""
    rows = mentions[(mentions["kind"] == "country") & mentions["key"].notna()]
    key_codes, keys = pd.factorize(rows["key"], sort=True)
    art_codes, art_ids = pd.factorize(rows["article_id"])
    art_codes = art_codes.astype(np.int64)
    n_keys = max(len(keys), 1)
    in_article = pair_codes(art_codes, key_codes, n_keys)
    sentence = rows["sentence_id"].to_numpy(np.int64)
    span = int(sentence.max()) + 1 if len(sentence) else 1
    in_sentence = pair_codes(art_codes * span + sentence, key_codes, n_keys, per_article=span)
    both = in_article[["article", "pair"]].merge(in_sentence, on=["article", "pair"], how="left")
    keys = np.asarray(keys, dtype=object)
    pair = both["pair"].to_numpy(np.int64)
    names = pd.Series(keys[pair // n_keys] if len(pair) else [], dtype=object) + "-" + \
        pd.Series(keys[pair % n_keys] if len(pair) else [], dtype=object)
    out = pd.DataFrame({
        "article_id": np.asarray(art_ids, dtype=object)[both["article"].to_numpy(np.int64)] if len(both) else [],
        "group": names.to_numpy(object),
        "mentions": both["units"].fillna(0).to_numpy(np.int64),
    })
    out = out.astype({"article_id": "string", "group": "string", "mentions": "int64"})
    return out.sort_values(["article_id", "group"]).reset_index(drop=True)

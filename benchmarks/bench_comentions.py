"""How long comentions() takes on a corpus-sized mentions table.

A synthetic mentions table: 100,000 articles, about 10 country mentions each
spread over about 5 sentences, 40 countries, fixed numpy seed. Prints the
seconds for level="sentence" and level="article" (target: under 2 s each on
one core).

Run: .venv/bin/python benchmarks/bench_comentions.py [--articles N]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

import diplo_analysis as da
from diplo_analysis.analysis.comentions import comentions

COUNTRIES = ["AFG", "ARM", "AUT", "AZE", "BEL", "BGR", "BLR", "CAN", "CHE", "CHN",
             "CZE", "DEU", "EGY", "ESP", "EST", "FIN", "FRA", "GBR", "GEO", "GRC",
             "HUN", "IND", "IRN", "ISR", "ITA", "JPN", "KAZ", "KGZ", "KOR", "LTU",
             "LVA", "MDA", "PAK", "POL", "QAT", "ROU", "RUS", "TJK", "TUR", "UZB"]


def synthetic_corpus(n_articles: int = 100_000, per_article: int = 10, sentences: int = 5,
                     seed: int = 20230227) -> da.Corpus:
    """A Corpus with only articles (ids, dates) and country mentions filled."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(per_article, n_articles).clip(1)
    total = int(counts.sum())
    article = np.repeat(np.arange(n_articles), counts)
    n_sent = rng.poisson(sentences, n_articles).clip(1)
    sentence = (rng.random(total) * np.repeat(n_sent, counts)).astype(np.int64)
    # a few countries are much more frequent than others, as in real news
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1)
    key = rng.choice(np.array(COUNTRIES, dtype=object), size=total, p=weights / weights.sum())
    ids = np.array([f"a{i:06d}" for i in range(n_articles)], dtype=object)
    mentions = pd.DataFrame({
        "article_id": ids[article], "sentence_id": sentence, "start": 0, "end": 3,
        "surface": key, "kind": "country", "key": key, "role": None, "country": key,
    })
    days = rng.integers(0, 3650, n_articles)
    articles = pd.DataFrame({
        "article_id": ids, "source": "synthetic", "n_words": 500, "text": "",
        "published": pd.Timestamp("2015-01-01") + pd.to_timedelta(days, unit="D"),
    })
    return da.Corpus(articles=articles, mentions=mentions)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args(argv)
    corpus = synthetic_corpus(args.articles)
    print(f"{len(corpus.articles):,} articles, {len(corpus.mentions):,} country mentions")
    for level in ("sentence", "article"):
        began, cpu = time.perf_counter(), time.process_time()
        pairs = comentions(corpus, kind="country", level=level)
        took, used = time.perf_counter() - began, time.process_time() - cpu
        # cpu time is the fairer figure on a machine shared with other work
        print(f"comentions(level={level!r}): {took:.2f} s wall, {used:.2f} s cpu, "
              f"{len(pairs):,} pairs, total weight {int(pairs['weight'].sum()):,}")


if __name__ == "__main__":
    main()

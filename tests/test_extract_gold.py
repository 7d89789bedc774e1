"""Extraction scored on the hand-written gold set (tests/gold), with the issue's thresholds."""
from pathlib import Path

import pytest

import diplo_analysis as da
from diplo_analysis.evaluate import load_gold, score

GOLD = Path(__file__).parent / "gold"

THRESHOLDS = {
    "country F1": 0.98,
    "person F1": 0.92,
    "office accuracy": 0.90,
    "person-country accuracy": 0.85,
    "anniversary F1": 0.95,
    "implied year exact": 0.95,
    "sphere F1": 0.90,
}


@pytest.fixture(scope="module")
def scores():
    gold = load_gold(GOLD / "gold.jsonl")
    corpus = da.read_corpus(GOLD / "articles")
    assert len(corpus.errors) == 0, corpus.errors
    assert len(gold) >= 60 and len(corpus.articles) == len(gold)
    return score(corpus, gold).set_index("measure")


@pytest.mark.parametrize("measure", list(THRESHOLDS))
def test_gold_score(scores, measure):
    row = scores.loc[measure]
    assert row["value"] >= THRESHOLDS[measure], f"{measure} = {row['value']} (n={row['n']}): {row['errors']}"

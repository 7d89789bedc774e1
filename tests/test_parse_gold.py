"""Parsing checked on every page of the gold set against its expected metadata."""
import json
from pathlib import Path

import pandas as pd
import pytest

from diplo_analysis.parse import parse_text

GOLD = Path(__file__).parent / "gold"
RECORDS = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text("utf-8").splitlines() if line.strip()]
FIELDS = ["dateline_city", "dateline_country", "outlet", "via", "title", "author"]


def test_every_shape_is_in_the_gold_set():
    shapes = pd.Series([r["shape"] for r in RECORDS]).value_counts()
    assert set(shapes.index) == {"header_line", "xinhua", "anadolu", "trend_ru", "menafn", "city_line", "press_release"}
    assert shapes.min() >= 5


@pytest.mark.parametrize("record", RECORDS, ids=[r["file"] for r in RECORDS])
def test_gold_page_metadata(record):
    art = parse_text((GOLD / "articles" / record["file"]).read_text("utf-8"))
    assert {k: art[k] for k in FIELDS} == {k: record.get(k) for k in FIELDS}
    expected = None if record["published"] is None else pd.Timestamp(record["published"])
    assert (None if art["published"] is None else pd.Timestamp(art["published"])) == expected
    assert (art["updated"] is not None) == record["updated"]
    assert art["text"].startswith(record["body_starts_with"])

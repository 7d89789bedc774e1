"""What the extractor tests share: a Doc built as the pipeline builds it, and the seed's body."""
from __future__ import annotations

import re
from pathlib import Path

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract.countries import find_countries
from diplo_analysis.parse import parse_text, split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "trend-2023-02-27-azerbaijan-kyrgyzstan.txt"
MENTION_COLUMNS = ["sentence_id", "start", "end", "surface", "kind", "key", "role", "country"]


def make_doc(text: str, year: int | None = 2023, people=(), *, countries: bool = True) -> Doc:
    """A Doc with the parser's sentences and, unless told not to, the countries found in it.

    ``people`` are ``(name, ISO3)`` pairs written into ``doc.people`` by hand at
    every place the name occurs, for extractors that read people.
    """
    spans = split_sentences(text)
    doc = Doc(text, [s for s, _ in spans], [e for _, e in spans], year=year)
    if countries:
        doc.countries = find_countries(doc)
    for name, country in people:
        for m in re.finditer(re.escape(name), text):
            doc.people.append({"sentence_id": doc.sentence_id(m.start()), "start": m.start(),
                               "end": m.end(), "surface": name, "kind": "person", "key": name,
                               "role": None, "country": country})
    return doc


def parsed_seed_body() -> str:
    """The seed article's body as the parser gives it (``articles.text``)."""
    return parse_text(SEED.read_text(encoding="utf-8"))["text"]


def seed_body() -> str:
    """The seed article's text from its first sentence on (header line and dateline left out)."""
    raw = SEED.read_text(encoding="utf-8")
    return raw[raw.index("Azerbaijan's Ministry"):]


def outputs_under_hash_seeds(code: str, arg: str, seeds=("0", "1", "2")) -> set[str]:
    """What ``python -c code arg`` prints under each PYTHONHASHSEED: one output when
    nothing depends on the order of a set or dict of strings."""
    import os
    import subprocess
    import sys

    return {
        subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in seeds
    }

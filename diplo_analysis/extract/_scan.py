"""The one word scan that the events, spheres and anniversaries extractors share.

Event triggers (``data/event_triggers.csv``), sphere words
(``data/spheres.csv``) and anniversary words (``data/ordinals.csv`` and a few
fixed ones) go into one automaton, so an article is scanned once for the
three extractors: :func:`word_hits` keeps the result for the last text.

>>> hits = word_hits("They met at the 30th anniversary of trade ties.")
>>> hits["event"], hits["sphere"], hits["anniversary"]
([(5, 8, ('meeting', '040', 2))], [(36, 41, 'trade')], [(21, 32, None)])
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import ahocorasick

__all__ = ["lowered", "word_hits"]


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    """Event triggers, sphere words and anniversary words -> (length, kind, payload)."""
    files = resources.files("diplo_analysis").joinpath("data")
    auto = ahocorasick.Automaton()
    text = files.joinpath("event_triggers.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        phrase = row["trigger"].lower()
        auto.add_word(phrase, (len(phrase), "event",
                               (row["event_type"], row["code"], int(row["priority"]))))
    text = files.joinpath("spheres.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        word = row["word"].lower()
        if word in auto:
            raise ValueError(f"{word!r} is both an event trigger and a sphere word")
        auto.add_word(word, (len(word), "sphere", row["sphere"]))
    # anniversaries: the nouns an ordinal goes with, the nouns that carry their own
    # number ("centenary" -> 100), and "years of/since" (payload "years")
    words = ["anniversary", "anniversaries", "jubilee", "jubilees", "years of", "years since"]
    text = files.joinpath("ordinals.csv").read_text("utf-8")
    numbered = {row["word"]: int(row["value"]) for row in csv.DictReader(text.splitlines())
                if row["kind"] == "anniversary"}
    for word in words + sorted(numbered):
        payload = numbered.get(word, "years" if word.startswith("years") else None)
        auto.add_word(word, (len(word), "anniversary", payload))
    auto.make_automaton()
    return auto


def lowered(text: str) -> str:
    """``text`` in lower case with the same length, line breaks as spaces.

    >>> lowered("İstanbul\\nTalks")
    'istanbul talks'
    """
    global _LOWERED
    cached = _LOWERED  # one read: another thread may replace it
    if cached[0] is text:
        return cached[1]
    low = text.lower()
    if len(low) != len(text):  # a few letters lower to two characters ("İ")
        low = "".join(c.lower()[0] for c in text)
    for c in "\n\t\r\xa0":
        if c in low:
            low = low.replace(c, " ")
    _LOWERED = (text, low)
    return low


_LOWERED: tuple = (None, "")
_HITS: tuple = (None, {})


def word_hits(text: str) -> dict[str, list[tuple[int, int, object]]]:
    """Whole-word triggers, sphere and anniversary words: kind -> [(start, end, payload)].

    Leftmost-longest matches, case-insensitive. The result for the last text
    is kept, so the three extractors scan an article once.

    >>> word_hits("They met and signed trade deals.")["event"]
    [(5, 8, ('meeting', '040', 2)), (13, 19, ('agreement', '057', 2))]
    """
    global _HITS
    cached = _HITS
    if cached[0] is text:
        return cached[1]
    low = lowered(text)
    n = len(low)
    hits: dict[str, list] = {"event": [], "sphere": [], "anniversary": []}
    for end, (length, kind, payload) in _automaton().iter_long(low):
        start = end - length + 1
        end += 1
        # whole words only ("met" is not in "metal"; a hyphen is a boundary)
        if (start and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
            continue
        hits[kind].append((start, end, payload))
    _HITS = (text, hits)
    return hits

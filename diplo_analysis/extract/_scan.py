"""The one word scan that the events, spheres and anniversaries extractors share.

Event triggers (``data/event_triggers.csv``), sphere words (``data/spheres.csv``,
with ``data/not_spheres.csv``: phrases that hide one) and anniversary words
(``data/anniversary_nouns.csv``, ``data/ordinals.csv``) go into one automaton, so
an article is scanned once for the three extractors: :func:`word_hits` keeps the
result for the last text.

The scan runs on ahocorasick-rs, leftmost-longest: at each place the longest
word that starts there wins, and the scan goes on after it.

>>> hits = word_hits("They met at the 30th anniversary of trade ties.")
>>> hits["event"], hits["sphere"], hits["anniversary"]
([(5, 8, ('meeting', '040', 2))], [(36, 41, 'trade')], [(21, 32, None)])
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import re

import ahocorasick_rs

__all__ = ["YEARS", "doc_hits", "doc_lowered", "find_all", "lowered", "prescan", "separator", "word_hits"]

_KINDS = ("event", "sphere", "anniversary")
_HIDDEN = len(_KINDS)  # the kind of a phrase that only hides the words inside it
YEARS = "years"  # marks the payload of "years of", "decades since" ... among the anniversary words


@lru_cache(maxsize=None)
def _words() -> dict[str, tuple[int, object]]:
    """Event triggers, sphere words and anniversary words -> (kind number, payload).

    ``kind number`` indexes :data:`_KINDS`; a later word list wins over an
    earlier one, except that a word may not be both a trigger and a sphere word.
    """
    files = resources.files("diplo_analysis").joinpath("data")
    words: dict[str, tuple[int, object]] = {}
    text = files.joinpath("event_triggers.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        words[row["trigger"].lower()] = (0, (row["event_type"], row["code"], int(row["priority"])))
    text = files.joinpath("spheres.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        word = row["word"].lower()
        if word in words:
            raise ValueError(f"{word!r} is both an event trigger and a sphere word")
        words[word] = (1, row["sphere"])
    # phrases that hold a sphere word but name no sphere ("oil and gas fields", "blue
    # economy"): the longer match hides the word, and its kind (_HIDDEN) is no list's
    text = files.joinpath("not_spheres.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        word = row["phrase"].lower()
        if word in words:
            raise ValueError(f"{word!r} is both a sphere or trigger word and a phrase of no sphere")
        words[word] = (_HIDDEN, None)
    # anniversaries (data/anniversary_nouns.csv): the nouns an ordinal goes with (payload
    # None, or the subject the noun names: "birthday" -> "birth"), counts of years
    # ("years of", payload (YEARS, years a unit, False, False); "the 30th year of", counted by
    # an ordinal: (YEARS, 1, True, False); "half a century of", which carries its own count:
    # (YEARS, 50, False, True)); and from data/ordinals.csv the nouns that carry their
    # own number ("centenary" -> 100)
    text = files.joinpath("anniversary_nouns.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        payload = (YEARS, int(row["count"]), row["ordinal"] == "yes", row["ordinal"] == "own") \
            if row["count"] else \
            row["subject"] or None
        words[row["word"].lower()] = (2, payload)
    text = files.joinpath("ordinals.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        if row["kind"] == "anniversary":
            words[row["word"]] = (2, int(row["value"]))
    return words


@lru_cache(maxsize=None)
def _automata():
    """(str automaton, bytes automaton for ASCII text, (kind number, payload) by pattern number)."""
    words = _words()
    patterns = list(words)
    kind = ahocorasick_rs.MatchKind.LeftmostLongest
    dfa = ahocorasick_rs.Implementation.DFA
    return (ahocorasick_rs.AhoCorasick(patterns, matchkind=kind, implementation=dfa),
            ahocorasick_rs.BytesAhoCorasick([p.encode() for p in patterns], matchkind=kind,
                                            implementation=dfa),
            [words[p] for p in patterns])


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

    Leftmost-longest matches, case-insensitive; a match that is not a whole
    word is dropped (and what it covered is not scanned again). The result for
    the last text is kept, so the three extractors scan an article once.

    >>> word_hits("They met and signed trade deals.")["event"]
    [(5, 8, ('meeting', '040', 2)), (13, 19, ('agreement', '057', 2))]
    """
    global _HITS
    cached = _HITS
    if cached[0] is text:
        return cached[1]
    hits = dict(zip(_KINDS, _hits(lowered(text))))
    _HITS = (text, hits)
    return hits


def prescan(doc) -> None:
    """Scan ``doc``'s text now (:func:`word_hits`) and keep the hits and the lowered text on
    it for :func:`doc_hits` and :func:`doc_lowered`, so that extract_docs may run the scan
    over a batch of articles, and then each extractor that reads it over the batch (each
    keeps its code and tables in the processor's caches)."""
    doc.keep("_word_scan", (lowered(doc.text), word_hits(doc.text)))


def doc_hits(doc) -> dict[str, list[tuple[int, int, object]]]:
    """:func:`word_hits` of ``doc.text``: those :func:`prescan` kept, else found now."""
    kept = doc.kept("_word_scan")
    return kept[1] if kept is not None else word_hits(doc.text)


def doc_lowered(doc) -> str:
    """:func:`lowered` of ``doc.text``: the one :func:`prescan` kept, else made now."""
    kept = doc.kept("_word_scan")
    return kept[0] if kept is not None else lowered(doc.text)


def separator(chars: str):
    """A function that replaces each of ``chars`` in a text by a space (the length is kept).

    Latin-1 text (most pages) goes through one ``bytes.translate``; other text
    gets one ``str.replace`` for each of ``chars`` that it holds.

    >>> spaced = separator(".,’")
    >>> spaced("H.E. Mr. Smith’s"), spaced("Bakı, Türkiye")
    ('H E  Mr  Smith s', 'Bakı  Türkiye')
    """
    wide = "".join(c for c in chars if ord(c) > 0xFF)
    table = bytes(0x20 if chr(i) in chars else i for i in range(256))

    def separate(s: str) -> str:
        if s.isascii():
            return s.encode("ascii").translate(table).decode("ascii")
        for ch in wide:
            if ch in s:
                s = s.replace(ch, " ")
        try:
            b = s.encode("latin-1")
        except UnicodeEncodeError:             # letters beyond Latin-1 ("ğ", "ə")
            for ch in chars:
                if ch in s:
                    s = s.replace(ch, " ")
            return s
        return b.translate(table).decode("latin-1")

    return separate


_SURROGATE = re.compile("[\ud800-\udfff]")


def find_all(automata: tuple, s: str, *, overlapping: bool = False) -> list[tuple[int, int, int]]:
    """``(pattern number, start, end)`` of the matches of an automaton pair in ``s``.

    ``automata`` is ``(AhoCorasick, BytesAhoCorasick)`` built from the same
    patterns; ASCII text goes through the bytes one (its byte offsets are
    character offsets, and it is faster).

    >>> pair = (ahocorasick_rs.AhoCorasick(["ab"]), ahocorasick_rs.BytesAhoCorasick([b"ab"]))
    >>> find_all(pair, "xab é ab")
    [(0, 1, 3), (0, 6, 8)]
    """
    if s.isascii():
        return automata[1].find_matches_as_indexes(s.encode("ascii"), overlapping=overlapping)
    try:
        return automata[0].find_matches_as_indexes(s, overlapping=overlapping)
    except UnicodeEncodeError:
        # a lone surrogate cannot cross into the scanner: a space of the same length stands in
        return automata[0].find_matches_as_indexes(_SURROGATE.sub(" ", s), overlapping=overlapping)


def _hits(low: str) -> tuple[list, list, list]:
    """Whole-word hits by kind (``low`` is :func:`lowered` text)."""
    by_str, by_bytes, entries = _automata()
    found = find_all((by_str, by_bytes), low)
    n = len(low)
    lists = ([], [], [], [])  # (the last one, of hidden phrases, is dropped)
    for i, start, end in found:
        # whole words only ("met" is not in "metal"; a hyphen is a boundary)
        if (start and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
            continue
        kind, payload = entries[i]
        lists[kind].append((start, end, payload))
    return lists[:_HIDDEN]

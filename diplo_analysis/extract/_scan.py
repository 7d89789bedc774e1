"""The one word scan that the events, spheres and anniversaries extractors share.

Event triggers (``data/event_triggers.csv``), sphere words
(``data/spheres.csv``) and anniversary words (``data/ordinals.csv`` and a few
fixed ones) go into one automaton, so an article is scanned once for the
three extractors: :func:`word_hits` keeps the result for the last text.

The scan runs on ahocorasick-rs (leftmost-longest) when it is installed, and
on pyahocorasick's ``iter_long`` otherwise. The two find the same matches
except where a word lies inside the trie path of a longer one that has no
word at its start (``"visit"`` in ``"on a visit"``, on the way to ``"on a
visit to"``): there ``iter_long`` has quirks of its own. Such paths are listed
once (:func:`_risky_paths`); a text where a leftmost-longest match starts
inside one of them is scanned again with pyahocorasick.

>>> hits = word_hits("They met at the 30th anniversary of trade ties.")
>>> hits["event"], hits["sphere"], hits["anniversary"]
([(5, 8, ('meeting', '040', 2))], [(36, 41, 'trade')], [(21, 32, None)])
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import ahocorasick

try:
    import ahocorasick_rs
except ImportError:  # pyahocorasick finds the same hits, about three times slower
    ahocorasick_rs = None

__all__ = ["lowered", "word_hits"]

_KINDS = ("event", "sphere", "anniversary")


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
    # anniversaries: the nouns an ordinal goes with, the nouns that carry their own
    # number ("centenary" -> 100), and "years of/since" (payload "years")
    fixed = ["anniversary", "anniversaries", "jubilee", "jubilees", "years of", "years since"]
    text = files.joinpath("ordinals.csv").read_text("utf-8")
    numbered = {row["word"]: int(row["value"]) for row in csv.DictReader(text.splitlines())
                if row["kind"] == "anniversary"}
    for word in fixed + sorted(numbered):
        words[word] = (2, numbered.get(word, "years" if word.startswith("years") else None))
    return words


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    """pyahocorasick automaton of :func:`_words`: word -> (length, (kind number, payload))."""
    auto = ahocorasick.Automaton()
    for word, entry in _words().items():
        auto.add_word(word, (len(word), entry))
    auto.make_automaton()
    return auto


def _risky_paths(words) -> dict[str, int]:
    """The trie paths on which leftmost-longest and pyahocorasick's ``iter_long`` may differ.

    ``iter_long`` walks the trie from a start; when the walk dies before a word
    ends, a word that began after the start and ended inside the walk may be
    missed (or found by its fallback). That takes a path ``v[:k + len(u)]`` of
    a word ``v`` holding a word ``u`` at ``k > 0``, and no word at its own
    start. Returns path -> the largest such ``k``: where no leftmost-longest
    match starts at an offset in ``1..k`` of such a path, the scans agree.

    >>> _risky_paths(["on a visit to", "visit", "arrived on a visit"])
    {'on a visit': 5}
    """
    found: dict[str, int] = {}
    for v in words:
        for u in words:
            k = v.find(u, 1)
            while k > 0:
                path = v[:k + len(u)]
                if not any(path.startswith(w) for w in words):
                    found[path] = max(found.get(path, 0), k)
                k = v.find(u, k + 1)
    return dict(sorted(found.items()))


@lru_cache(maxsize=None)
def _rs_automata():
    """(str automaton, bytes automaton, entries by pattern number), or None.

    An entry is ``(kind number, payload, risks)``; ``risks`` are the
    ``(path, offset)`` of the risky paths inside which the pattern can start
    (see :func:`_risky_paths`; the pattern and the rest of the path agree).
    """
    if ahocorasick_rs is None:
        return None
    words = _words()
    patterns = list(words)
    paths = _risky_paths(patterns)
    entries = []
    for p in patterns:
        risks = tuple((path, k) for path, last in paths.items() for k in range(1, last + 1)
                      if p.startswith(path[k:]) or path[k:].startswith(p))
        entries.append((*words[p], risks))
    kind = ahocorasick_rs.MatchKind.LeftmostLongest
    dfa = ahocorasick_rs.Implementation.DFA
    return (ahocorasick_rs.AhoCorasick(patterns, matchkind=kind, implementation=dfa),
            ahocorasick_rs.BytesAhoCorasick([p.encode() for p in patterns], matchkind=kind,
                                            implementation=dfa),
            entries)


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
    low = lowered(text)
    lists = _rs_hits(low)
    if lists is None:
        lists = _py_hits(low)
    hits = dict(zip(_KINDS, lists))
    _HITS = (text, hits)
    return hits


def _py_hits(low: str) -> tuple[list, list, list]:
    """Whole-word hits by kind from pyahocorasick (``low`` is :func:`lowered` text)."""
    n = len(low)
    lists = ([], [], [])
    for end, (length, (kind, payload)) in _automaton().iter_long(low):
        start = end - length + 1
        end += 1
        # whole words only ("met" is not in "metal"; a hyphen is a boundary)
        if (start and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
            continue
        lists[kind].append((start, end, payload))
    return lists


def _rs_hits(low: str) -> tuple[list, list, list] | None:
    """Whole-word hits by kind from ahocorasick-rs, or None where it may differ from pyahocorasick."""
    automata = _rs_automata()
    if automata is None:
        return None
    by_str, by_bytes, entries = automata
    if low.isascii():
        found = by_bytes.find_matches_as_indexes(low.encode("ascii"))
    else:
        try:
            found = by_str.find_matches_as_indexes(low)
        except UnicodeEncodeError:  # a lone surrogate
            return None
    n = len(low)
    lists = ([], [], [])
    for i, start, end in found:
        kind, payload, risks = entries[i]
        if risks:
            for path, k in risks:
                if start >= k and low.startswith(path, start - k):
                    return None
        if (start and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
            continue
        lists[kind].append((start, end, payload))
    return lists

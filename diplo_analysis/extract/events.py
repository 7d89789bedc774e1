"""Events: visits, meetings, receptions, agreements, congratulations, ... with a CAMEO code.

Trigger phrases, their event type and CAMEO code (Schrodt, *Conflict and
Mediation Event Observations codebook* v1.1b3) are in
``data/event_triggers.csv``; its ``note`` column says why a code was chosen:
visit 042, reception/hosting 043, meeting and talks 040 (044 on the sidelines
of a third party's event), invitation 036, negotiation 046, phone call 041,
agreement 057, congratulation 051, condolence 018, statement 010 (also
"expressed confidence"), exhibition and ceremony 017 (CAMEO has no code for
them; a commemorative act is a symbolic act), presentation of credentials 032
(the sending state's intent to conduct diplomatic relations; the envoy is
resident, so it is not a visit).

One row per trigger, except that the triggers of one event type in one
sentence make one row (the one with the smallest ``priority``, then the
first). ``actors`` are the ISO3 codes of the sentence's country mentions and
of the countries of the people mentioned in it.

This module also holds the one word scan that the events, spheres and
anniversaries extractors share (:func:`word_hits`).

>>> from diplo_analysis.extract._base import Doc
>>> t = "The ambassador said that President Aliyev paid a state visit to Kyrgyzstan."
>>> d = Doc(t, [0], [len(t)])
>>> d.countries = [{"sentence_id": 0, "key": "KGZ"}]
>>> d.people = [{"sentence_id": 0, "key": "Ilham Aliyev", "country": "AZE"}]
>>> [(r["event_type"], r["code"], r["actors"], t[r["start"]:r["end"]]) for r in find_events(d)]
[('statement', '010', ('AZE', 'KGZ'), 'said'), ('visit', '042', ('AZE', 'KGZ'), 'state visit')]
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import ahocorasick

from ._base import Doc

__all__ = ["find_events", "lowered", "word_hits"]


@lru_cache(maxsize=None)
def _automaton() -> ahocorasick.Automaton:
    """Event triggers, sphere words and anniversary words -> (length, kind, payload).

    One automaton for the three word lists, so that the events, spheres and
    anniversaries extractors share a single pass over an article (see
    :func:`word_hits`).
    """
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


def _actors(doc: Doc, sids: set) -> dict[int, tuple[str, ...]]:
    """Sentence id -> sorted ISO3 of its countries and of its people's countries."""
    by_sentence: dict[int, set] = {sid: set() for sid in sids}
    for rows, field in ((doc.countries, "key"), (doc.people, "country")):
        for row in rows:
            found = by_sentence.get(row["sentence_id"])
            if found is not None and row.get(field):
                found.add(row[field])
    return {sid: tuple(sorted(keys)) for sid, keys in by_sentence.items()}


def find_events(doc: Doc) -> list[dict]:
    """Event rows of one article (see the module docstring).

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "They met on the sidelines of the summit and held talks."
    >>> [(r["event_type"], r["code"]) for r in find_events(Doc(t, [0], [len(t)]))]
    [('meeting', '044')]
    """
    if not doc.text:
        return []
    best: dict[tuple[int, str], tuple] = {}
    for start, end, (etype, code, prio) in word_hits(doc.text)["event"]:
        key = (doc.sentence_id(start), etype)
        old = best.get(key)
        if old is None or prio < old[0]:
            best[key] = (prio, start, end, code)
    if not best:
        return []
    actors = _actors(doc, {sid for sid, _ in best})
    rows = [
        {"sentence_id": sid, "start": start, "end": end, "event_type": etype, "code": code,
         "actors": actors.get(sid, ())}
        for (sid, etype), (_, start, end, code) in best.items()
    ]
    rows.sort(key=lambda r: r["start"])
    return rows

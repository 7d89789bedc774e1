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

The triggers are found by the word scan shared with the spheres and
anniversaries extractors (:func:`._scan.word_hits`).

>>> from diplo_analysis.extract._base import Doc
>>> t = "The ambassador said that President Aliyev paid a state visit to Kyrgyzstan."
>>> d = Doc(t, [0], [len(t)])
>>> d.countries = [{"sentence_id": 0, "key": "KGZ"}]
>>> d.people = [{"sentence_id": 0, "key": "Ilham Aliyev", "country": "AZE"}]
>>> [(r["event_type"], r["code"], r["actors"], t[r["start"]:r["end"]]) for r in find_events(d)]
[('statement', '010', ('AZE', 'KGZ'), 'said'), ('visit', '042', ('AZE', 'KGZ'), 'state visit')]
"""
from __future__ import annotations

from ._base import Doc
from ._scan import doc_hits

__all__ = ["find_events"]


def _actors(doc: Doc) -> dict[int, set]:
    """Sentence id -> the ISO3 of its countries and of its people's countries."""
    by_sentence: dict[int, set] = {}
    for rows, field in ((doc.countries, "key"), (doc.people, "country")):
        for row in rows:
            key = row.get(field)
            if key:
                sid = row["sentence_id"]
                if sid in by_sentence:
                    by_sentence[sid].add(key)
                else:
                    by_sentence[sid] = {key}
    return by_sentence


def find_events(doc: Doc) -> list[dict]:
    """Event rows of one article (see the module docstring).

    >>> from diplo_analysis.extract._base import Doc
    >>> t = "They met on the sidelines of the summit and held talks."
    >>> [(r["event_type"], r["code"]) for r in find_events(Doc(t, [0], [len(t)]))]
    [('meeting', '044')]
    """
    if not doc.text:
        return []
    hits = doc_hits(doc)["event"]
    if not hits:
        return []
    # the hits come in text order: walk the sentence starts along with them
    starts = doc.sent_starts
    n_sent = len(starts)
    sid = 0
    best: dict[tuple[int, str], tuple] = {}
    for start, end, (etype, code, prio) in hits:
        while sid + 1 < n_sent and starts[sid + 1] <= start:
            sid += 1
        key = (sid, etype)
        old = best.get(key)
        if old is None or prio < old[0]:
            best[key] = (prio, start, end, code, sid, etype)
    chosen = sorted([(start, end, code, sid, etype) for _, start, end, code, sid, etype in best.values()])
    keys = _actors(doc)
    actors = {}
    for _, _, _, sid, _ in chosen:
        if sid not in actors:
            found = keys.get(sid)
            actors[sid] = tuple(sorted(found)) if found else ()
    return [
        {"sentence_id": sid, "start": start, "end": end, "event_type": etype, "code": code,
         "actors": actors[sid]}
        for start, end, code, sid, etype in chosen
    ]

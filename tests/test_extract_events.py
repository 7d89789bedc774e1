"""Events: trigger phrases, event types, CAMEO codes, actors."""
import csv
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract import _scan
from diplo_analysis.extract._scan import lowered, word_hits
from diplo_analysis.extract.events import find_events
from diplo_analysis.parse import split_sentences
from extract_helpers import make_doc, parsed_seed_body

SEED_PEOPLE = [("Khalaf Khalafov", "AZE"), ("Kairat Osmonaliyev", "KGZ"), ("Ilham Aliyev", "AZE")]




def events(text, **kw):
    doc = make_doc(text, **kw)
    return [(r["event_type"], r["code"], doc.text[r["start"]:r["end"]]) for r in find_events(doc)]


# -- the seed article ----------------------------------------------------------------

def test_seed_events():
    doc = make_doc(parsed_seed_body(), people=SEED_PEOPLE)
    rows = find_events(doc)
    got = [(r["sentence_id"], r["event_type"], r["code"], doc.text[r["start"]:r["end"]], r["actors"])
           for r in rows]
    sid = {name: doc.sentence_id(doc.text.index(probe)) for name, probe in [
        ("opening", "held an event and exhibition"), ("path", "talked about"),
        ("roots", "He noted that the roots"), ("role", "Speaking about the special role"),
        ("confidence", "expressed confidence"), ("congrats", "congratulated everyone"),
        ("since", "He noted that since"), ("spheres", "He also said"),
        ("visit", "state visit"), ("last", "got acquainted"),
    ]}
    assert got == [
        (sid["opening"], "exhibition", "017", "exhibition", ("AZE", "KGZ")),
        (sid["path"], "statement", "010", "talked about", ("AZE", "KGZ")),
        (sid["roots"], "statement", "010", "noted", ("AZE", "KGZ")),
        (sid["role"], "statement", "010", "noted", ("AZE", "KGZ")),
        (sid["confidence"], "statement", "010", "expressed confidence", ("AZE", "KGZ")),
        (sid["congrats"], "congratulation", "051", "congratulated", ("AZE", "KGZ")),
        (sid["since"], "statement", "010", "noted", ("AZE", "KGZ")),
        (sid["spheres"], "statement", "010", "said", ()),
        (sid["visit"], "statement", "010", "said", ("AZE", "KGZ")),
        (sid["visit"], "visit", "042", "state visit", ("AZE", "KGZ")),
        (sid["visit"], "agreement", "057", "signed documents", ("AZE", "KGZ")),
        (sid["last"], "exhibition", "017", "exhibition", ("AZE", "KGZ")),
    ]
    for r in rows:
        assert r["end"] > r["start"]
        assert doc.sentence_id(r["start"]) == r["sentence_id"]


# -- each kind of event ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("President Aliyev paid an official visit to Kyrgyzstan.",
     [("visit", "042", "official visit")]),
    ("The minister visited Bishkek.", [("visit", "042", "visited")]),
    ("The delegation arrived in Baku on a working visit.", [("visit", "042", "arrived in")]),
    ("The President received the Ambassador of Hungary.", [("reception", "043", "received")]),
    ("The embassy hosted a reception for the guests.", [("reception", "043", "hosted")]),
    ("The ministers met with business leaders.", [("meeting", "040", "met with")]),
    ("The two ministers held talks in Ankara.", [("meeting", "040", "held talks")]),
    ("They met on the sidelines of the UN General Assembly.",
     [("meeting", "044", "on the sidelines of")]),
    ("He invited his counterpart to Baku.", [("invitation", "036", "invited")]),
    ("The sides signed a memorandum of understanding on education.",
     [("agreement", "057", "signed")]),
    ("A memorandum of understanding on tourism is ready.",
     [("agreement", "057", "memorandum of understanding")]),
    ("The President sent a congratulatory letter to his counterpart.",
     [("congratulation", "051", "congratulatory letter")]),
    ("He congratulated the people of Kyrgyzstan.", [("congratulation", "051", "congratulated")]),
    ("A photo exhibition opened in Tashkent.", [("exhibition", "017", "photo exhibition")]),
    ("The ambassador laid a wreath at the monument.", [("ceremony", "017", "laid a wreath")]),
    ("The presidents held a telephone conversation.",
     [("phone_call", "041", "telephone conversation")]),
    ("The ministers held phone talks.", [("phone_call", "041", "phone talks")]),
    ("The new ambassador presented his credentials to the President.",
     [("credentials", "032", "presented his credentials")]),
    ("She presented a copy of her credentials to the Deputy Minister.",
     [("credentials", "032", "copy of her credentials")]),
    ("The minister stated that ties are strong.", [("statement", "010", "stated")]),
    ("He expressed confidence in the future.", [("statement", "010", "expressed confidence")]),
    ("The sides began negotiations on the border.", [("negotiation", "046", "negotiations")]),
])
def test_event_types_and_codes(text, expected):
    assert events(text) == expected


def test_duplicates_of_one_type_in_a_sentence_collapse():
    assert events("He said the talks were good, noted progress and stated his hope.") == [
        ("statement", "010", "said"), ("meeting", "040", "talks")]
    # the more specific code wins within a sentence
    assert events("They met on the sidelines of the summit and held talks.") == [
        ("meeting", "044", "on the sidelines of")]
    # one row per sentence
    assert events("He said one thing. He said another.") == [
        ("statement", "010", "said"), ("statement", "010", "said")]


def test_whole_words_only():
    assert events("The visitors admired the metal sculpture and unsaid things.") == []


def test_actors_are_sentence_countries_and_people_countries():
    doc = make_doc("Ambassador Kairat Osmonaliyev met Turkish officials. Nobody else spoke.",
                   people=[("Kairat Osmonaliyev", "KGZ")])
    doc.people.append({"sentence_id": 0, "start": 0, "end": 0, "key": "Nobody", "country": None})
    [row] = find_events(doc)
    assert (row["event_type"], row["actors"]) == ("meeting", ("KGZ", "TUR"))
    assert find_events(Doc("", [], [])) == []


def test_lowered_keeps_offsets():
    text = "İZMİR\nTalks\xa0held"
    low = lowered(text)
    assert len(low) == len(text) and low == "izmir talks held"
    hits = word_hits(text)["event"]
    assert [(text[s:e], payload[0]) for s, e, payload in hits] == [("Talks", "meeting")]


def test_scan_finds_trade_and_energy_as_spheres():
    text = "Talks were held in Baku on trade and energy."
    assert [text[s:e] for s, e, _ in word_hits(text)["sphere"]] == ["trade", "energy"]


def test_scan_finds_a_word_at_the_end_of_a_longer_words_path():
    # "on a visit" is on the way to the trigger "on a visit to"; "visit" is still found
    text = "Baku hosted the minister on a visit"
    assert [text[s:e] for s, e, _ in word_hits(text)["event"]] == ["hosted", "visit"]


def test_scan_survives_a_lone_surrogate():
    text = "x\ud800 met"
    assert [(s, e) for s, e, _ in word_hits(text)["event"]] == [(3, 6)]


_WORDS = sorted(_scan._words())
_PIECES = sorted({w[i:j] for w in _WORDS for i in range(len(w)) for j in (i + 1, len(w))})


def _leftmost_longest(low: str) -> tuple[list, list, list]:
    """The scan's definition, written the slow obvious way: at each place the longest
    word starting there; then on after it; whole words kept (a phrase of no sphere,
    data/not_spheres.csv, hides its words and is no hit)."""
    words = _scan._words()
    longest = max(map(len, words))
    lists, i, n = ([], [], [], []), 0, len(low)
    while i < n:
        hit = next((low[i:j] for j in range(min(n, i + longest), i, -1) if low[i:j] in words), None)
        if hit is None:
            i += 1
            continue
        end = i + len(hit)
        if not ((i and low[i - 1].isalnum()) or (end < n and low[end].isalnum())):
            kind, payload = words[hit]
            lists[kind].append((i, end, payload))
        i = end
    return lists[:3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES + _WORDS),
                          st.sampled_from(["", " ", "s ", "-", ", ", "é ", "\n"])), max_size=8))
def test_scan_is_leftmost_longest_whole_words(parts):
    low = lowered("".join(a + b for a, b in parts))
    assert _scan._hits(low) == _leftmost_longest(low)


def test_trigger_table():
    text = resources.files("diplo_analysis").joinpath("data", "event_triggers.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["trigger"] for r in rows] == sorted(r["trigger"] for r in rows)
    assert all(re.fullmatch(r"\d{3}", r["code"]) for r in rows)
    assert all(r["source"].startswith("CAMEO codebook v1.1b3") for r in rows)
    codes = {}
    for r in rows:
        codes.setdefault(r["event_type"], set()).add(r["code"])
    assert codes["visit"] == {"042"} and codes["reception"] == {"043"}
    assert codes["meeting"] == {"040", "044"} and codes["agreement"] == {"057"}
    assert codes["congratulation"] == {"051"} and codes["phone_call"] == {"041"}
    assert codes["exhibition"] == {"017"} and codes["credentials"] == {"032"}
    assert codes["statement"] == {"010"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "met", "with", "the", "President", "received", "visited", "Baku", "said", "noted", "signed",
    "memorandum", "of", "understanding", "phone", "call", "talks", "held", "credentials",
    "Kyrgyzstan", "metal", "visitors", "İstanbul", ",", ".", "\n", "on", "sidelines"]), max_size=40))
def test_rows_are_the_trigger_words(words):
    text = " ".join(words)
    spans = split_sentences(text)
    doc = Doc(text, [s for s, _ in spans], [e for _, e in spans])
    triggers = {r["trigger"] for r in csv.DictReader(resources.files("diplo_analysis").joinpath(
        "data", "event_triggers.csv").read_text("utf-8").splitlines())}
    seen = set()
    for row in find_events(doc):
        assert " ".join(text[row["start"]:row["end"]].lower().split()) in triggers
        assert (row["sentence_id"], row["event_type"]) not in seen
        seen.add((row["sentence_id"], row["event_type"]))

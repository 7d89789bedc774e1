"""Spheres of cooperation: list-like contexts only, normalized names."""
import csv
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract.spheres import find_spheres, sphere_of
from diplo_analysis.parse import parse_text, split_sentences

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / \
    "trend-2023-02-27-azerbaijan-kyrgyzstan.txt"


def make_doc(text):
    spans = split_sentences(text)
    return Doc(text, [s for s, _ in spans], [e for _, e in spans], year=2023)


def spheres(text):
    doc = make_doc(text)
    return [(r["sphere"], text[r["start"]:r["end"]]) for r in find_spheres(doc)]


def test_seed_gives_six_spheres_once_each():
    text = parse_text(SEED.read_text("utf-8"))["text"]
    doc = make_doc(text)
    rows = find_spheres(doc)
    assert [r["sphere"] for r in rows] == \
        ["political", "trade", "economic", "scientific", "technical", "cultural"]
    sid = doc.sentence_id(text.index("He also said"))
    assert {r["sentence_id"] for r in rows} == {sid}
    assert [text[r["start"]:r["end"]] for r in rows] == \
        ["political", "trade", "economic", "scientific", "technical", "cultural"]
    # "political and cultural unity" and "cultural values" are not spheres
    unity = text.index("political and cultural unity")
    values = text.index("cultural values")
    assert all(r["start"] not in (unity, values, unity + 14) for r in rows)


@pytest.mark.parametrize("text, expected", [
    ("They developed trade-economic relations.", ["trade", "economic"]),
    ("Cooperation in the cultural-humanitarian sphere grows.", ["cultural", "humanitarian"]),
    ("They discussed military-technical cooperation.", ["military-technical"]),
    ("They agreed to expand cooperation in defense, energy and agriculture.",
     ["defense", "energy", "agriculture"]),
    ("Prospects for cooperation in the fields of transportation, education and tourism were "
     "discussed.", ["transport", "education", "tourism"]),
    ("The sides see potential in such areas as investment, healthcare and ICT.",
     ["investment", "health", "digital"]),
    ("The ties cover all areas of cooperation, from energy and transport to education and "
     "culture.", ["energy", "transport", "education", "cultural"]),
    ("They will expand cooperation in digital technologies and health.", ["digital", "health"]),
    ("Ankara and Seoul aim to expand cooperation in defense industry, energy and trade.",
     ["defense", "energy", "trade"]),
    ("They agreed on cooperation in renewable energy, petrochemicals and investment.",
     ["energy", "investment"]),
    ("Cooperation in science and culture grows.", ["scientific", "cultural"]),
    ("The environmental and sports sectors also grow.", ["environment", "sports"]),
    ("Economy, politics and security were the fields discussed.", []),
    ("They stressed security cooperation.", ["security"]),
    ("Cultural and educational exchanges continue.", ["cultural", "education"]),
])
def test_list_contexts(text, expected):
    assert [s for s, _ in spheres(text)] == expected


def test_not_spheres():
    for text in (
        "The goal is political and cultural unity of the Turkic world.",
        "They share common historical and cultural values.",
        "Bilateral trade has reached a historic high.",
        "The Ministry of Energy and the World Trade Organization were mentioned in cooperation.",
        "They discussed cooperation in infrastructure and water management.",
        "He stressed the energy security of his country.",
    ):
        assert spheres(text) == [], text


def test_a_clause_does_not_join_a_list():
    assert [s for s, _ in spheres(
        "Cooperation grows in energy and transport, and that bilateral trade has grown.")] == \
        ["energy", "transport"]


def test_offsets_are_the_word_as_written():
    # a capital inside a sentence makes a name ("Trade" of the World Trade Organization),
    # except in an acronym
    assert spheres("Cooperation in Trade-Economic and ICT spheres.") == [("digital", "ICT")]
    assert spheres("Trade and energy cooperation grew.") == [("trade", "Trade"), ("energy", "energy")]


def test_normalization_table():
    assert sphere_of("Politics") == "political"
    assert sphere_of("culture") == "cultural"
    assert sphere_of("transportation") == "transport"
    assert sphere_of("economy") == "economic"
    assert sphere_of("science") == "scientific"
    assert sphere_of("educational") == "education"
    assert sphere_of("healthcare") == "health"
    assert sphere_of("ICT") == "digital"
    assert sphere_of("infrastructure") is None
    text = resources.files("diplo_analysis").joinpath("data", "spheres.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["word"] for r in rows] == sorted(r["word"] for r in rows)
    assert {r["sphere"] for r in rows} == {
        "political", "trade", "economic", "scientific", "technical", "cultural", "humanitarian",
        "energy", "transport", "education", "tourism", "agriculture", "defense", "security",
        "investment", "health", "digital", "environment", "sports", "military-technical"}


def test_empty():
    assert find_spheres(Doc("", [], [])) == []
    assert find_spheres(Doc("No spheres here.", [0], [16])) == []


def test_a_list_does_not_run_over_a_line_break():
    assert [s for s, _ in spheres("Cooperation grows in energy\nTrade fair opens")] == ["energy"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "cooperation", "in", "the", "fields", "of", "energy", "Trade", "trade-economic", "culture",
    "and", "other", "spheres", "unity", "political", "ICT", ",", ".", "\n", "such", "areas", "as",
    "renewable", "that", "military-technical"]), max_size=40))
def test_rows_are_sphere_words(words):
    text = " ".join(words)
    for row in find_spheres(make_doc(text)):
        assert sphere_of(text[row["start"]:row["end"]]) == row["sphere"]

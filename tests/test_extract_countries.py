"""Tests of diplo_analysis.extract.countries: mentions, traps, lookup, name_of, data file."""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract.countries import (
    ALIAS_TYPES,
    ALIASES_PATH,
    CountryDataError,
    find_countries,
    iter_country_names,
    load_aliases,
    lookup,
    name_of,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [ROOT / "data" / "articles"]
COLUMNS = ["sentence_id", "start", "end", "surface", "kind", "key", "role", "country"]


def make_doc(text: str, year: int | None = 2023) -> Doc:
    """A Doc whose sentences are the pieces of ``text`` between ". "."""
    starts, ends, pos = [], [], 0
    for part in text.split(". "):
        starts.append(pos)
        ends.append(pos + len(part))
        pos += len(part) + 2
    return Doc(text, starts, ends, year=year)


def rows_of(text: str) -> list[dict]:
    rows = find_countries(make_doc(text))
    for r in rows:
        assert text[r["start"]:r["end"]] == r["surface"]
    return rows


def found(text: str) -> list[tuple[str, str]]:
    return [(r["surface"], r["key"]) for r in rows_of(text)]


def keys(text: str) -> list[str]:
    return [r["key"] for r in rows_of(text)]


def seed_body() -> str:
    for folder in SEED_DIRS:
        files = sorted(folder.glob("trend-2023-02-27-*.txt"))
        if files:
            raw = files[0].read_text(encoding="utf-8")
            body = raw.split("\n", 1)[1].strip()          # drop the header line
            return re.sub(r"^[A-Z]+, [^,]+, \w+ \d+\.\s*", "", body)   # and the dateline
    raise AssertionError(f"the seed article is in none of {SEED_DIRS}")


# ---------------------------------------------------------------- rows


def test_row_shape_and_offsets():
    text = "Talks were held in Baku. Azerbaijan's minister met his Kyrgyz colleague."
    rows = rows_of(text)
    assert [list(r) for r in rows] == [COLUMNS, COLUMNS]
    assert rows[0] == {"sentence_id": 1, "start": 25, "end": 35, "surface": "Azerbaijan",
                       "kind": "country", "key": "AZE", "role": None, "country": "AZE"}
    assert rows[1] == {"sentence_id": 1, "start": 55, "end": 61, "surface": "Kyrgyz",
                       "kind": "country", "key": "KGZ", "role": None, "country": "KGZ"}


def test_seed_article_gives_exactly_azerbaijan_and_kyrgyzstan():
    body = seed_body()
    doc = make_doc(body)
    rows = find_countries(doc)
    assert {r["key"] for r in rows} == {"AZE", "KGZ"}
    assert Counter(r["key"] for r in rows) == {"AZE": 13, "KGZ": 12}
    assert Counter(r["surface"] for r in rows) == {"Azerbaijan": 12, "Kyrgyzstan": 12, "Azerbaijani": 1}
    for r in rows:
        assert body[r["start"]:r["end"]] == r["surface"]
        assert r["sentence_id"] == doc.sentence_id(r["start"])
    # "Azerbaijan's Ministry ..." opens the body; the possessive is not in the surface
    assert (rows[0]["start"], rows[0]["end"], rows[0]["surface"]) == (0, 10, "Azerbaijan")
    # organisations that carry a country's name are still mentions of it
    embassy = body.index("Embassy of Kyrgyzstan") + len("Embassy of ")
    assert any(r["start"] == embassy and r["key"] == "KGZ" for r in rows)
    society = body.index("Kyrgyzstan-Azerbaijan Friendship Society")
    assert [(r["start"] - society, r["key"]) for r in rows if society <= r["start"] < society + 30] == [
        (0, "KGZ"), (11, "AZE")]


def test_rows_are_ordered_and_do_not_overlap():
    rows = rows_of("Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea signed. "
                   "The Democratic Republic of the Congo and the Republic of the Congo agreed.")
    assert [r["key"] for r in rows] == ["PNG", "GNB", "GNQ", "GIN", "COD", "COG"]
    ends = [r["end"] for r in rows]
    assert all(a <= r["start"] for a, r in zip(ends, rows[1:]))


def test_no_mention_gives_an_empty_list():
    assert find_countries(make_doc("")) == []
    assert find_countries(make_doc("The two countries signed three documents.")) == []


# ---------------------------------------------------------------- names and forms


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyz Republic", [("Kyrgyz Republic", "KGZ")]),
    ("the People's Republic of China", [("People's Republic of China", "CHN")]),
    ("the People’s Republic of China", [("People’s Republic of China", "CHN")]),
    ("the Republic of Korea", [("Republic of Korea", "KOR")]),
    ("the Republic of Azerbaijan", [("Republic of Azerbaijan", "AZE")]),
    ("the Islamic Republic of Iran", [("Islamic Republic of Iran", "IRN")]),
    ("the Kingdom of Saudi Arabia", [("Kingdom of Saudi Arabia", "SAU")]),
    ("Türkiye, Turkiye and Turkey", [("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR")]),
    ("Kirghizia and Burma", [("Kirghizia", "KGZ"), ("Burma", "MMR")]),
    ("Kirgizstan", [("Kirgizstan", "KGZ")]),
    ("Ivory Coast, Côte d'Ivoire, Cote d'Ivoire, Cote D'Ivoire",
     [("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Cote D'Ivoire", "CIV")]),
    ("PNG and its neighbours, not a PNG file", [("PNG", "PNG")]),
    ("DPRK and UAE", [("DPRK", "PRK"), ("UAE", "ARE")]),
    ("U.S., US, USA and the United States of America",
     [("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("United States of America", "USA")]),
    ("America's allies", [("America", "USA")]),
    ("the UK, Britain and Great Britain", [("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR")]),
    ("the Russian Federation and Russia", [("Russian Federation", "RUS"), ("Russia", "RUS")]),
    ("Czech Republic or Czechia", [("Czech Republic", "CZE"), ("Czechia", "CZE")]),
    ("Holland", [("Holland", "NLD")]),
    ("Holy See and the Vatican", [("Holy See", "VAT"), ("Vatican", "VAT")]),
    ("Palestinian and Palestine", [("Palestinian", "PSE"), ("Palestine", "PSE")]),
    ("Kosovo and Taiwan", [("Kosovo", "XKX"), ("Taiwan", "TWN")]),
    ("Chinese Taipei", [("Chinese Taipei", "TWN")]),
    ("Macedonia and North Macedonia", [("Macedonia", "MKD"), ("North Macedonia", "MKD")]),
    ("Swaziland is now Eswatini", [("Swaziland", "SWZ"), ("Eswatini", "SWZ")]),
    ("Turkish Airlines", [("Turkish", "TUR")]),
    ("St. Lucia and Saint Lucia", [("St. Lucia", "LCA"), ("Saint Lucia", "LCA")]),
    ("Americans and Azerbaijanis", [("Americans", "USA"), ("Azerbaijanis", "AZE")]),
    ("BAKU, AZERBAIJAN", [("AZERBAIJAN", "AZE")]),
])
def test_names_variants_and_former_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("word, iso3", [
    ("Azerbaijani", "AZE"), ("Azeri", "AZE"), ("Kyrgyz", "KGZ"), ("Kyrgyzstani", "KGZ"),
    ("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"), ("Uzbek", "UZB"), ("Tajik", "TJK"),
    ("Turkmen", "TKM"), ("Turkish", "TUR"), ("Chinese", "CHN"), ("British", "GBR"),
    ("Emirati", "ARE"), ("Filipino", "PHL"), ("American", "USA"), ("Russian", "RUS"),
    ("Georgian", "GEO"), ("Iranian", "IRN"), ("Pakistani", "PAK"), ("Saudi", "SAU"),
    ("South Korean", "KOR"), ("North Korean", "PRK"), ("Nigerien", "NER"), ("Ivorian", "CIV"),
    ("Swiss", "CHE"), ("Dutch", "NLD"), ("Kosovar", "XKX"), ("Taiwanese", "TWN"),
])
def test_demonyms(word, iso3):
    assert found(f"The {word} delegation arrived.") == [(word, iso3)]


def test_hyphen_is_a_word_boundary():
    assert found("the Kyrgyzstan-Azerbaijan Friendship Society") == [
        ("Kyrgyzstan", "KGZ"), ("Azerbaijan", "AZE")]
    assert found("Azerbaijani-Kyrgyz relations") == [("Azerbaijani", "AZE"), ("Kyrgyz", "KGZ")]


def test_possessive_is_left_out_of_the_surface():
    rows = rows_of("Azerbaijan's and Kyrgyzstan’s envoys")
    assert [(r["surface"], r["start"], r["end"]) for r in rows] == [
        ("Azerbaijan", 0, 10), ("Kyrgyzstan", 17, 27)]


def test_abbreviations_only_in_capitals():
    assert found("Let us go to the uk, said Us Weekly.") == []
    assert keys("US and UK officials") == ["USA", "GBR"]
    assert found("It cost US$5 million in the US.") == [("US", "USA")]


def test_brackets_quotes_and_punctuation_are_boundaries():
    assert keys('(Azerbaijan) "Kyrgyzstan" U.S.-Kazakh [Uzbekistan]/Tajikistan') == [
        "AZE", "KGZ", "USA", "KAZ", "UZB", "TJK"]


# ---------------------------------------------------------------- traps


@pytest.mark.parametrize("text, expected", [
    ("Papua New Guinea", ["PNG"]),
    ("Guinea", ["GIN"]),
    ("Guinea-Bissau", ["GNB"]),
    ("Equatorial Guinea", ["GNQ"]),
    ("New Guinea island", []),
    ("Niger", ["NER"]),
    ("Nigeria and a Nigerian", ["NGA", "NGA"]),
    ("Dominica", ["DMA"]),
    ("the Dominican Republic", ["DOM"]),
    ("the Indian Ocean", []),
    ("Central Asian states of Central Asia", []),
    ("the Turkic world", []),
    ("Latin American and Latin Americans", []),
    ("South American and North American leaders", []),
    ("the African Union", []),
    ("Perugia", []),
    ("the two countries", []),
    ("Baku, Bishkek and Washington", []),
    ("New Mexico, New Jersey and New Guinea", []),
    ("the Korean Peninsula", []),
    ("Lake Chad", []),
])
def test_traps(text, expected):
    assert keys(text) == expected


def test_korea():
    assert found("Korea") == [("Korea", "KOR")]
    assert found("North Korea and South Korea") == [("North Korea", "PRK"), ("South Korea", "KOR")]
    assert keys("DPRK, North Korean, Democratic People's Republic of Korea") == ["PRK", "PRK", "PRK"]
    assert keys("a South Korean firm in the Republic of Korea") == ["KOR", "KOR"]


def test_the_two_congos():
    for text in ("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"):
        assert found(text) == [(text, "COD")]
    for text in ("Republic of the Congo", "Congo-Brazzaville", "Congo"):
        assert found(text) == [(text, "COG")]


@pytest.mark.parametrize("text, expected", [
    ("He grew up in Atlanta, Georgia.", []),
    ("She studied in Athens, Georgia, for a year.", []),
    ("a plant in Georgia, USA", [("USA", "USA")]),
    ("the state of Georgia", []),
    ("the U.S. state of Georgia", [("U.S.", "USA")]),
    ("Georgia Governor Brian Kemp", []),
    ("Georgia and Armenia signed", [("Georgia", "GEO"), ("Armenia", "ARM")]),
    ("The talks in Tbilisi, Georgia, ended.", [("Georgia", "GEO")]),
    ("Georgia's Prime Minister", [("Georgia", "GEO")]),
    ("Georgia Foreign Minister Ilia Darchiashvili", [("Georgia", "GEO")]),
])
def test_georgia_state_or_country(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fans cheered Michael Jordan on Friday.", []),
    ("Michael Jordan scored.", []),
    ("Chad Smith played drums.", []),
    ("Jordan Peterson said so.", []),
    ("He thanked Mr. Jordan.", []),
    ("Jordan's King Abdullah met Aliyev.", [("Jordan", "JOR")]),
    ("In Jordan, the minister spoke.", [("Jordan", "JOR")]),
    ("Neighbouring Chad is poor.", [("Chad", "TCD")]),
    ("Talks between Egypt and Jordan continued.", [("Egypt", "EGY"), ("Jordan", "JOR")]),
    ("Chad President Mahamat Deby", [("Chad", "TCD")]),
    ("He visited Jordan Tuesday.", [("Jordan", "JOR")]),
    ("Troops left Egypt. Jordan closed its border.", [("Egypt", "EGY"), ("Jordan", "JOR")]),
])
def test_jordan_and_chad_as_names(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- lookup and name_of


@pytest.mark.parametrize("surface, iso3", [
    ("Azerbaijan", "AZE"), ("Republic of Azerbaijan", "AZE"), ("Azeri", "AZE"),
    ("Kyrgyz Republic", "KGZ"), ("Kirghizia", "KGZ"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("Korea, Republic of", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("U.S.", "USA"), ("US", "USA"), ("Emirati", "ARE"), ("Holy See", "VAT"),
    ("Kosovo", "XKX"), ("Taiwan", "TWN"), ("Congo", "COG"), ("DR Congo", "COD"),
    ("Azerbaijan's", "AZE"), ("the Netherlands", "NLD"), ("  Kyrgyz   Republic ", "KGZ"),
    ("azerbaijani", "AZE"), ("KYRGYZSTAN", "KGZ"), ("AZE", "AZE"),
])
def test_lookup(surface, iso3):
    assert lookup(surface) == iso3


@pytest.mark.parametrize("surface", ["Baku", "Bishkek", "Latin American", "Indian Ocean",
                                     "us", "uk", "", "the two countries", "Turkic", "Antarctica"])
def test_lookup_misses(surface):
    assert lookup(surface) is None


@pytest.mark.parametrize("iso3, name", [
    ("TUR", "Türkiye"), ("KGZ", "Kyrgyzstan"), ("AZE", "Azerbaijan"), ("RUS", "Russia"),
    ("KOR", "South Korea"), ("PRK", "North Korea"), ("IRN", "Iran"), ("VAT", "Holy See"),
    ("PSE", "Palestine"), ("XKX", "Kosovo"), ("TWN", "Taiwan"), ("COD", "DR Congo"),
    ("COG", "Congo"), ("USA", "United States"), ("GBR", "United Kingdom"), ("VNM", "Vietnam"),
    ("MDA", "Moldova"), ("BRN", "Brunei"), ("FSM", "Micronesia"),
])
def test_name_of(iso3, name):
    assert name_of(iso3) == name


def test_name_of_round_trips_through_lookup():
    # (not Antarctica, no state; nor Hong Kong and Macao, read as places of China)
    for c in pycountry.countries:
        if c.alpha_3 not in ("ATA", "HKG", "MAC"):
            assert lookup(name_of(c.alpha_3)) == c.alpha_3, c.alpha_3


def test_hong_kong_and_macao_are_places_of_china_not_countries():
    doc = Doc("The consuls in Hong Kong and Macao met envoys of China and Peru.", [0], [63])
    assert [r["key"] for r in find_countries(doc)] == ["CHN", "PER"]


def test_name_of_unknown_code():
    with pytest.raises(KeyError, match="ZZZ"):
        name_of("ZZZ")


def test_iter_country_names():
    names = set(iter_country_names())
    assert ("Azerbaijan", "AZE", "name") in names
    assert ("Kirghizia", "KGZ", "former") in names
    assert ("Azeri", "AZE", "demonym") in names
    assert not any(iso is None for _, iso, _ in names)
    assert not any(s == "Latin American" for s, _, _ in names)


# ---------------------------------------------------------------- the data file


def test_alias_file_is_sorted_typed_and_valid():
    with open(ALIASES_PATH, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["alias", "iso3", "type"]
    body = rows[1:]
    assert body == sorted(body, key=lambda r: (r[1], r[2], r[0].casefold(), r[0]))
    assert len({r[0] for r in body}) == len(body)
    known = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for alias, iso3, kind in body:
        assert kind in ALIAS_TYPES
        assert (iso3 == "") == (kind == "blocked"), alias
        assert iso3 == "" or iso3 in known, alias
        assert alias == alias.strip() and alias


def test_every_state_has_a_demonym():
    with_demonym = {iso for _, iso, kind in load_aliases() if kind == "demonym"}
    assert len(with_demonym) >= 195
    # sovereign states checked by hand; Dominica shares "Dominican" with DOM,
    # and "Congolese" goes to COG, so those two have none of their own
    sample = {"AFG", "AZE", "BTN", "CPV", "FSM", "KGZ", "KIR", "LSO", "MHL", "NRU", "PLW",
              "SMR", "STP", "SWZ", "TLS", "TUV", "VUT", "XKX", "ZWE", "PSE", "TWN"}
    assert sample <= with_demonym


def test_bad_alias_file_is_reported(tmp_path):
    bad = tmp_path / "aliases.csv"
    bad.write_text("alias,iso3,type\nAzeri,AZE,nickname\n", encoding="utf-8")
    with pytest.raises(CountryDataError, match="line 2.*nickname"):
        load_aliases(bad)
    bad.write_text("alias,iso3,type\nAzeri,AZE,demonym\nAzeri,AZE,demonym\n", encoding="utf-8")
    with pytest.raises(CountryDataError, match="line 3.*already given on line 2"):
        load_aliases(bad)
    bad.write_text("alias,iso3,type\nAzeri,aze,demonym\n", encoding="utf-8")
    with pytest.raises(CountryDataError, match="three capital letters"):
        load_aliases(bad)


# ---------------------------------------------------------------- properties

WORDS = ["Azerbaijan", "Kyrgyzstan", "Azerbaijani", "Guinea", "Papua", "New", "Niger", "Nigeria",
         "Latin", "American", "US", "us", "U.S.", "Georgia", "Atlanta", "Jordan", "Michael",
         "Korea", "North", "Congo", "the", "and", "of", "Republic", "'s", "-", ", ", ". ", " ", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_rows_point_into_the_text(text):
    rows = find_countries(make_doc(text))
    previous_end = 0
    for r in rows:
        assert text[r["start"]:r["end"]] == r["surface"]
        assert r["start"] >= previous_end
        previous_end = r["end"]
        assert lookup(r["surface"]) == r["key"] == r["country"]
        assert r["start"] == 0 or not text[r["start"] - 1].isalnum()
        assert r["end"] == len(text) or not text[r["end"]].isalnum()


def test_a_lone_surrogate_does_not_stop_the_country_scan():
    # a broken page may hold half of a surrogate pair; the rest is still read
    rows = find_countries(make_doc("Kyrgyz \ud800 and Turkish envoys met in Türkiye."))
    assert [(r["surface"], r["key"]) for r in rows] == [("Kyrgyz", "KGZ"), ("Turkish", "TUR"), ("Türkiye", "TUR")]


def test_a_currency_is_no_country_and_mexico_has_a_long_name():
    from diplo_analysis.extract.countries import find_countries
    from extract_helpers import make_doc
    doc = make_doc("Trade reached 41 billion US dollars, the ambassador of the United States of Mexico said.")
    assert [r["key"] for r in find_countries(doc)] == ["MEX"]


@pytest.mark.parametrize("text", [
    "The GUAM foreign ministers met in Kyiv.",                 # the organization, in capitals
    "The ministers spoke about the Korean peninsula.",         # a region, in lower case too
    "A museum tells of the East India Company's ships.",       # a company of the past
])
def test_phrases_that_hold_a_country_word_but_name_no_country(text):
    keys = {r["key"] for r in find_countries(make_doc(text))}
    assert not keys & {"GUM", "KOR", "PRK", "IND"}
    assert "GUM" in {r["key"] for r in find_countries(make_doc("The island of Guam hosted the talks."))}


@pytest.mark.parametrize("text, keys", [
    ("Sino-Russian ties were discussed.", {"CHN", "RUS"}),                 # the Latin prefix of China
    ("A reading of Ibn Sino in the hall; a party in Congo Town.", set()),   # a scholar's name, a town's
    ("The Ibero-American summit; the West India company; British North America.", set()),   # regions, not states
    ("The Turkish Cypriot leader met the Greek Cypriot leader.", {"CYP"}),  # Cyprus, not Türkiye or Greece
    ("Guinea pigs were studied.", set()),
    ("Serbia thanked the Sovereign Order of Malta for its aid.", {"SRB"}),   # a religious order, not Malta
    ("The President of the Turkish Republic of Northern Cyprus was an observer.", set()),   # no state the set counts
    ("The summit of Portuguese-speaking countries met in Luanda.", set()),   # a language, not Portugal
])
def test_more_country_words(text, keys):
    assert {r["key"] for r in find_countries(make_doc(text))} == keys


def test_us_in_a_sites_menu_is_the_word_us():
    doc = Doc("Follow US | Contact US\nThe US and Peru signed a deal.", [0, 23], [22, 53])
    assert [(r["key"], r["start"]) for r in find_countries(doc)] == [("USA", 27), ("PER", 34)]

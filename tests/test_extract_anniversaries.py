"""Anniversaries: ordinals, subjects, parties and implied start years."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_analysis import parse_article
from diplo_analysis.extract._base import Doc
from diplo_analysis.extract import anniversaries
from diplo_analysis.extract.anniversaries import _number_before, find_anniversaries, ordinal_value
from extract_helpers import SEED, make_doc
from extract_helpers import parsed_seed_body as seed_body







def one(text, **kw):
    rows = find_anniversaries(make_doc(text, **kw))
    assert len(rows) == 1, rows
    return rows[0]


def spans(doc, rows):
    return [doc.text[r["start"]:r["end"]] for r in rows]


# -- the seed article ----------------------------------------------------------

def test_seed_gives_three_rows_on_the_right_sentences():
    doc = make_doc(seed_body(), year=2023)
    rows = find_anniversaries(doc)
    assert len(rows) == 3
    paragraphs = doc.text.split("\n\n")
    first, fifth, last = paragraphs[0], paragraphs[4], paragraphs[-1]
    expected_sids = [doc.sentence_id(doc.text.index(p)) for p in (first, fifth, last)]
    # the row's sentence is inside its paragraph
    for row, para in zip(rows, (first, fifth, last)):
        p0 = doc.text.index(para)
        assert p0 <= row["start"] < p0 + len(para)
    assert [r["sentence_id"] for r in rows] == expected_sids
    for r in rows:
        assert r["ordinal"] == 30
        assert r["subject"] == "diplomatic relations"
        assert r["parties"] == ("AZE", "KGZ")
        assert r["year"] == 2023
        assert r["implied_start_year"] == 1993
        assert r["reference_start"] is None and r["agrees"] is None
    assert spans(doc, rows) == [
        "30th anniversary of diplomatic relations",
        "30th anniversary of the establishment of diplomatic relations",
        "30th anniversary of the diplomatic relations",
    ]


def test_seed_thirty_year_path_is_not_an_anniversary():
    doc = make_doc(seed_body())
    path_at = doc.text.index("30-year path")
    assert all(not (r["start"] <= path_at < r["end"]) for r in find_anniversaries(doc))
    assert find_anniversaries(make_doc(
        "He talked about the 30-year path of development of relations between "
        "Azerbaijan and Kyrgyzstan.")) == []


# -- ordinals as written ---------------------------------------------------------

@pytest.mark.parametrize("phrase, value", [
    ("the 30th anniversary", 30), ("the 33rd anniversary", 33), ("the 1st anniversary", 1),
    ("the thirtieth anniversary", 30), ("the twenty-fifth anniversary", 25),
    ("the Twenty Fifth Anniversary", 25), ("the 65 th anniversary", 65),
    ("the 111st anniversary", 111), ("the 32-nd anniversary", 32),
    ("the 25-year anniversary", 25), ("the 30 years anniversary", 30),
    ("the thirty-year anniversary", 30), ("the 30th jubilee", 30),
    ("the golden jubilee", 50), ("the centenary", 100), ("the centennial", 100),
    ("the bicentenary", 200), ("the bicentennial", 200), ("the tercentenary", 300),
])
def test_ordinal_forms(phrase, value):
    row = one(f"Kyrgyzstan and Azerbaijan celebrated {phrase} of diplomatic relations.")
    assert row["ordinal"] == value
    assert row["subject"] == "diplomatic relations"


def test_ordinal_value_helper():
    assert ordinal_value("65 th") == 65
    assert ordinal_value("thirty-third") == 33
    assert ordinal_value("sesquicentennial") == 150
    assert ordinal_value("path") is None


def test_numbers_that_are_not_anniversary_ordinals():
    assert find_anniversaries(make_doc("The 2023 anniversary programme was published.")) == []
    assert find_anniversaries(make_doc("The anniversary of the treaty was marked.")) == []
    assert find_anniversaries(make_doc("Thirty anniversary guests came.")) == []


# -- "N years of ..." --------------------------------------------------------------

def test_years_of_relations_counts():
    row = one("Azerbaijan and Kyrgyzstan celebrate 30 years of diplomatic relations.")
    assert (row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]) == \
        (30, "diplomatic relations", ("AZE", "KGZ"), 1993)
    row = one("Kazakhstan marks thirty years of independence.", year=2021)
    assert (row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]) == \
        (30, "independence", ("KAZ",), 1991)
    row = one("It is 30 years since the establishment of diplomatic ties between "
              "Azerbaijan and Kyrgyzstan.")
    assert (row["ordinal"], row["subject"]) == (30, "diplomatic relations")


def test_years_as_a_duration_do_not_count():
    for text in ("Over 30 years of diplomatic relations, Azerbaijan and Kyrgyzstan grew close.",
                 "During 30 years of independence Kyrgyzstan changed.",
                 "They shared 30 years of cooperation.",
                 "The past 30 years of diplomatic relations were fruitful."):
        assert find_anniversaries(make_doc(text)) == [], text


# -- subjects ------------------------------------------------------------------------

def test_independence_of_the_kyrgyz_republic():
    doc = make_doc("Azerbaijan congratulated Bishkek on the 33rd anniversary of the "
                   "independence of the Kyrgyz Republic. Azerbaijan sent a letter.", year=2024)
    [row] = find_anniversaries(doc)
    assert (row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]) == \
        (33, "independence", ("KGZ",), 1991)
    assert spans(doc, [row]) == ["33rd anniversary of the independence"]


def test_independence_without_a_country_is_the_most_mentioned_country():
    doc = make_doc("Uzbekistan held a concert. Uzbekistan and Türkiye spoke. "
                   "Guests marked the 32nd anniversary of independence.", year=2023)
    [row] = find_anniversaries(doc)
    assert (row["subject"], row["parties"], row["implied_start_year"]) == \
        ("independence", ("UZB",), 1991)


def test_birth_of_a_person():
    text = ("Azerbaijan's embassy in Hungary marked the 100th anniversary of the birth of "
            "national leader Heydar Aliyev.")
    row = one(text, people=[("Heydar Aliyev", "AZE")])
    assert (row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]) == \
        (100, "birth of Heydar Aliyev", ("AZE",), 1923)
    assert text[row["start"]:row["end"]] == \
        "100th anniversary of the birth of national leader Heydar Aliyev"
    # without a people row the name is the run of capitalized words
    row = one(text)
    assert row["subject"] == "birth of Heydar Aliyev"


def test_named_and_generic_subjects():
    row = one("Türkiye and Azerbaijan marked the 10th anniversary of the strategic partnership.")
    assert (row["subject"], row["parties"]) == ("strategic partnership", ("AZE", "TUR"))
    row = one("Uzbekistan and Kazakhstan marked the 25th anniversary of the Treaty on "
              "Eternal Friendship.")
    assert (row["subject"], row["parties"]) == ("friendship treaty", ("KAZ", "UZB"))
    row = one("Veterans marked the 75th anniversary of the Victory in the Great Patriotic War.",
              year=2020)
    assert (row["subject"], row["implied_start_year"]) == \
        ("victory in the Great Patriotic War", 1945)
    row = one("China celebrated the 70th anniversary of the founding of the People's "
              "Republic of China.", year=2019)
    assert (row["subject"], row["parties"]) == ("People's Republic of China", ("CHN",))


def test_subject_from_the_sentence_when_there_is_no_of_phrase():
    row = one("Diplomatic relations between Azerbaijan and Hungary reach their 30th jubilee.")
    assert (row["ordinal"], row["subject"], row["parties"]) == \
        (30, "diplomatic relations", ("AZE", "HUN"))
    row = one("The embassy celebrated its 30th anniversary.")
    assert row["subject"] is None


# -- parties ------------------------------------------------------------------------

def test_parties_from_the_phrase():
    row = one("They marked the 30th anniversary of Azerbaijan-Kyrgyzstan diplomatic relations.")
    assert (row["subject"], row["parties"]) == ("diplomatic relations", ("AZE", "KGZ"))
    row = one("Türkiye hosted guests. The 30th anniversary of diplomatic relations between "
              "Azerbaijan and Kyrgyzstan was marked in Türkiye.")
    assert row["parties"] == ("AZE", "KGZ")


def test_parties_from_the_main_pair():
    text = ("Kazakhstan and Uzbekistan met. Hungary then spoke. Uzbekistan and Kazakhstan "
            "agreed. They marked the 30th anniversary of diplomatic relations between the "
            "two countries.")
    assert one(text)["parties"] == ("KAZ", "UZB")
    # a tie on counts goes to the first mentioned
    text = ("Hungary, China and Türkiye met. The 30th anniversary of bilateral relations "
            "was marked.")
    assert one(text)["parties"] == ("CHN", "HUN")


def test_one_named_country_in_a_bilateral_subject_gets_a_partner():
    text = ("Azerbaijan's ministry held an event. Azerbaijan and its guests marked the 30th "
            "anniversary of diplomatic relations with Hungary.")
    assert one(text)["parties"] == ("AZE", "HUN")


def test_possessive_country_before_the_ordinal():
    row = one("Guests from China came to mark Kazakhstan's 30th anniversary of independence.",
              year=2021)
    assert (row["subject"], row["parties"]) == ("independence", ("KAZ",))


# -- the year it falls in --------------------------------------------------------------

@pytest.mark.parametrize("text, year, implied", [
    ("Next year we will celebrate the 30th anniversary of diplomatic relations.", 2023, 1994),
    ("Last year marked the 30th anniversary of diplomatic relations.", 2023, 1992),
    ("This year marks the 30th anniversary of diplomatic relations.", 2023, 1993),
    ("In 2018 we marked the 25th anniversary of diplomatic relations.", 2023, 1993),
    ("2018 marked the 25th anniversary of diplomatic relations.", 2023, 1993),
    ("The 25th anniversary of diplomatic relations was marked in 2018.", 2023, 1993),
    ("The 30th anniversary of diplomatic relations established in 1993 was marked.", 2023, 1993),
    ("The 30th anniversary of diplomatic relations was marked.", None, None),
    ("In 2018 we marked the 25th anniversary of diplomatic relations.", None, 1993),
    ("Next year is the 30th anniversary of diplomatic relations.", None, None),
])
def test_implied_start_year(text, year, implied):
    row = one(text, year=year)
    assert row["year"] == year
    assert row["implied_start_year"] == implied


def test_two_anniversaries_in_one_sentence():
    doc = make_doc("Kyrgyzstan marks the 32nd anniversary of independence and the 30th "
                   "anniversary of diplomatic relations with Azerbaijan.", year=2023)
    rows = find_anniversaries(doc)
    assert [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"]) for r in rows] == [
        (32, "independence", ("KGZ",), 1991),
        (30, "diplomatic relations", ("AZE", "KGZ"), 1993),
    ]
    assert all(r["sentence_id"] == 0 for r in rows)


def test_rows_without_countries_or_sentences():
    doc = Doc("The 10th anniversary of the forum.", [], [], year=2020)
    [row] = find_anniversaries(doc)
    assert (row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]) == \
        (10, "forum", (), 2010)
    assert find_anniversaries(Doc("", [], [])) == []


def test_a_year_belongs_to_the_anniversary_of_its_clause():
    doc = make_doc("Azerbaijan and Kyrgyzstan met. The ministers recalled that last month the two "
                   "countries celebrated the 32nd anniversary of diplomatic relations, and that "
                   "next year will mark the 35th anniversary of the independence of Kyrgyzstan.",
                   year=2025)
    rows = find_anniversaries(doc)
    assert [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"]) for r in rows] == [
        (32, "diplomatic relations", ("AZE", "KGZ"), 1993),
        (35, "independence", ("KGZ",), 1991),
    ]


def test_a_national_day_belongs_to_one_state():
    doc = make_doc("The Consulate General of Azerbaijan in Istanbul hosted an event marking the "
                   "30th anniversary of National Salvation Day. Azerbaijan's consul spoke. Turkish "
                   "officials attended.", year=2023)
    [row] = find_anniversaries(doc)
    assert (row["subject"], row["parties"], row["implied_start_year"]) == \
        ("National Salvation Day", ("AZE",), 1993)
    # a subject between two sides keeps the main pair
    doc = make_doc("Azerbaijan and Türkiye met. Azerbaijan hosted the 10th anniversary of "
                   "military cooperation.", year=2023)
    [row] = find_anniversaries(doc)
    assert (row["subject"], row["parties"]) == ("military cooperation", ("AZE", "TUR"))


def test_seed_through_the_pipeline():
    import diplo_analysis as da

    corpus = da.parse_article(SEED.read_text("utf-8"))
    ann = corpus.anniversaries
    assert ann["ordinal"].tolist() == [30, 30, 30]
    assert ann["subject"].tolist() == ["diplomatic relations"] * 3
    assert ann["parties"].tolist() == [("AZE", "KGZ")] * 3
    assert ann["year"].tolist() == [2023] * 3
    assert ann["implied_start_year"].tolist() == [1993] * 3
    text = corpus.articles["text"].iloc[0]
    paragraphs = text.split("\n\n")
    sentences = corpus.sentences
    expected = []
    for para in (paragraphs[0], paragraphs[4], paragraphs[-1]):
        at = text.index(para)
        expected.append(int(sentences[(sentences["start"] <= at) & (at < sentences["end"])]
                            ["sentence_id"].iloc[0]))
    assert ann["sentence_id"].tolist() == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "the", "30th", "65 th", "thirtieth", "twenty-fifth", "centenary", "anniversary", "jubilee",
    "of", "diplomatic", "relations", "between", "Azerbaijan", "and", "Kyrgyzstan", "years",
    "independence", "next", "year", "in", "2018", "birth", "Heydar", "Aliyev", ",", ".",
    "-", "path", "over", "since", "birthday", "his", "'s", "National", "Day", "Independence",
    "decades", "hundred", "one", "have", "passed", "its", "celebrates", "Astana", "this",
    "Great", "Leader", "(", "1993", "2023", "established", "which", "will", "be", "marked"]),
    max_size=40))
def test_rows_point_into_the_text(words):
    text = " ".join(words)
    doc = make_doc(text, year=2023)
    for row in find_anniversaries(doc):
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert row["ordinal"] > 0
        assert 0 <= row["sentence_id"] < max(1, len(doc.sent_starts))
        assert list(row["parties"]) == sorted(set(row["parties"]))
        assert row["implied_start_year"] is None or row["implied_start_year"] < 2100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab _.,-1٣", max_size=4),
       st.text(alphabet="0123456789", min_size=1, max_size=5),
       st.sampled_from(["th", "st", "nd", "rd", "h", "-th", " th"]))
def test_number_before_reads_ordinals_as_the_regex_does(before, digits, suffix):
    """The "30th " shortcut gives what the regular expressions give without it."""
    low = before + digits + suffix + " "
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(anniversaries, "_ASCII_DIGITS", frozenset())  # no shortcut
        expected = _number_before(low, len(low))
    assert _number_before(low, len(low)) == expected
    assert _number_before("the 30th ", 9) == (4, 30, False, "digits")
    assert _number_before("1,000th ", 8) is None and _number_before("x30th ", 6) is None


# -- real-page shapes (issue 9): birthdays, counted days, owners, years --------------------------

def _facts(row):
    return row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]


def test_a_birthday_is_the_birth_of_the_person_it_belongs_to():
    people = [("Kassym-Jomart Tokayev", "KAZ")]
    row = one("Kassym-Jomart Tokayev, the head of state, turns seventy today, and messages on "
              "his 70th birthday came from Baku.", year=2023, people=people)
    assert _facts(row) == (70, "birth of Kassym-Jomart Tokayev", ("KAZ",), 1953)
    row = one("Messages arrived for Kassym-Jomart Tokayev's 70th birthday.", year=2023, people=people)
    assert _facts(row) == (70, "birth of Kassym-Jomart Tokayev", ("KAZ",), 1953)
    # "his" points back to the last person named, in this sentence or the one before
    row = one("Guests praised Kassym-Jomart Tokayev. They then toasted his 70th birthday.",
              year=2023, people=people)
    assert row["subject"] == "birth of Kassym-Jomart Tokayev"
    # an anniversary of a person is a birthday too
    row = one("The Azerbaijani envoy greeted Kassym-Jomart Tokayev on his 70th anniversary.",
              year=2023, people=people)
    assert _facts(row) == (70, "birth of Kassym-Jomart Tokayev", ("KAZ",), 1953)
    # a celebrant the text names by no name: a birth all the same, of someone unnamed
    row = one("The minister called his colleague on the official's 60th birthday.", year=2023)
    assert (row["ordinal"], row["subject"], row["implied_start_year"]) == (60, "birth", 1963)


def test_a_birth_anniversary_and_a_person_as_the_subject():
    people = [("Heydar Aliyev", "AZE")]
    row = one("Tashkent hosted an evening for the 100th birth anniversary of Heydar Aliyev.",
              year=2023, people=people)
    assert _facts(row) == (100, "birth of Heydar Aliyev", ("AZE",), 1923)
    row = one("Uzbekistan hosted an evening for the 100th anniversary of national leader "
              "Heydar Aliyev.", year=2023, people=people)
    assert _facts(row) == (100, "birth of Heydar Aliyev", ("AZE",), 1923)
    row = one("Uzbekistan marked Heydar Aliyev's 100th anniversary with a concert.",
              year=2023, people=people)
    assert _facts(row) == (100, "birth of Heydar Aliyev", ("AZE",), 1923)
    # no person to point to: no person is made up, the subject is a birth of someone unnamed
    row = one("The concert celebrated his 100th birthday.", year=2023)
    assert row["subject"] == "birth"


def test_counted_national_and_independence_days():
    row = one("Bishkek's diplomats gathered for the 33rd Independence Day of the Kyrgyz "
              "Republic.", year=2024)
    assert _facts(row) == (33, "independence", ("KGZ",), 1991)
    row = one("Residents of Astana enjoyed Kazakhstan's 33rd Independence Day.", year=2024)
    assert _facts(row) == (33, "independence", ("KAZ",), 1991)
    row = one("A reception in Baku marked the 52nd UAE National Day.", year=2023)
    assert _facts(row) == (52, "National Day", ("ARE",), 1971)
    # "National Day of <country>": the country is a party, not part of the subject
    row = one("Hanoi greeted Beijing on the 75th anniversary of the National Day of the "
              "People's Republic of China.", year=2024)
    assert _facts(row) == (75, "National Day", ("CHN",), 1949)
    # a day without an ordinal is no anniversary row
    assert find_anniversaries(make_doc("Uzbekistan's Independence Day was marked in Baku.")) == []


def test_the_owner_of_an_anniversary():
    row = one("Officials from Russia came because Astana celebrates its 20th anniversary in "
              "the summer.", year=2018)
    assert _facts(row) == (20, "Astana", ("KAZ",), 1998)
    row = one("Guests from Russia praised Astana's 20th anniversary.", year=2018)
    assert (row["subject"], row["parties"]) == ("Astana", ("KAZ",))
    # a country as the owner stays a party, as before
    row = one("Guests from China came to mark Kazakhstan's 30th anniversary of independence.",
              year=2021)
    assert (row["subject"], row["parties"]) == ("independence", ("KAZ",))


def test_relationship_and_pointing_back():
    row = one("Britain and Kuwait mark the 120th anniversary of their relationship.", year=2019)
    assert _facts(row) == (120, "relations", ("GBR", "KWT"), 1899)
    # "this event" points back to something not read: no subject is made of it
    row = one("Baku hosted a gala. Next year is the 100th anniversary of this remarkable event.",
              year=2017)
    assert row["subject"] is None


@pytest.mark.parametrize("phrase, value", [
    ("the one hundredth anniversary", 100), ("the two hundredth anniversary", 200),
    ("the one hundred and fifth anniversary", 105), ("the hundred and twentieth anniversary", 120),
    ("three decades", 30), ("thirty years", 30),
])
def test_ordinals_with_hundreds_and_decades(phrase, value):
    of = " of" if "anniversary" in phrase else " since the establishment of"
    row = one(f"Kyrgyzstan and Azerbaijan marked {phrase}{of} diplomatic relations.")
    assert (row["ordinal"], row["subject"]) == (value, "diplomatic relations")


def test_counts_of_years_in_more_words():
    row = one("Twenty-five years have passed since Azerbaijan and Hungary opened diplomatic "
              "relations.", year=2017)
    assert _facts(row) == (25, "diplomatic relations", ("AZE", "HUN"), 1992)
    row = one("Kazakhstan and China marked 20 years of the Shanghai Cooperation Organisation "
              "at a forum.", year=2021)
    assert (row["ordinal"], row["subject"]) == (20, "Shanghai Cooperation Organisation")
    for text in ("Over three decades of diplomatic relations, Azerbaijan and Hungary built trust.",
                 "They marked 30 years of Azerbaijani diplomacy.",
                 "They shared 30 years of fruitful work."):
        assert find_anniversaries(make_doc(text)) == [], text


@pytest.mark.parametrize("text, year, implied", [
    # two years the ordinal apart: the start and the year it is marked
    ("Hanoi sent greetings on the 75th anniversary of the National Day of China "
     "(1 October 1949 - 1 October 2024).", None, 1949),
    ("The 60th anniversary of relations (1964-2024) was marked.", 2025, 1964),
    # a page without a year: the start the sentence states
    ("Azerbaijan and Kyrgyzstan, which set up diplomatic relations on 19 January 1993, "
     "celebrate the 30th anniversary.", None, 1993),
    ("We congratulate you on the 25th anniversary of diplomatic relations, dated "
     "28 February 1992.", None, 1992),
    # ... but not one in another sentence
    ("They marked the 30th anniversary of diplomatic relations. Relations were "
     "established in 1993.", None, None),
    # a clause that says when it is marked
    ("They spoke of the 35th anniversary of diplomatic relations, which will be celebrated "
     "next year.", 2024, 1990),
])
def test_implied_start_year_on_real_page_shapes(text, year, implied):
    rows = find_anniversaries(make_doc(text, year=year))
    assert rows and rows[0]["implied_start_year"] == implied


def test_mentions_of_one_anniversary_share_what_one_of_them_says():
    doc = make_doc("Kyrgyzstan marked the 30th anniversary of diplomatic relations with "
                   "Azerbaijan, established on 19 January 1993. Concerts for the 30th "
                   "anniversary were held in Bishkek.", year=None)
    rows = find_anniversaries(doc)
    assert [_facts(r) for r in rows] == [(30, "diplomatic relations", ("AZE", "KGZ"), 1993)] * 2


def test_a_header_with_the_month_only_gives_the_year():
    import diplo_analysis as da

    corpus = da.parse_article(" date 2022-05 Azerbaijan and Italy marked the 30th anniversary of "
                              "diplomatic relations at a concert in Baku.")
    assert corpus.articles["published"].isna().all()
    ann = corpus.anniversaries
    assert ann["year"].tolist() == [2022] and ann["implied_start_year"].tolist() == [1992]


def test_a_generic_subject_ends_before_its_parties_a_place_or_a_date():
    row = one("Diplomats marked the 60th anniversary of the Elysee Treaty between France and "
              "Germany.", year=2023)
    assert (row["subject"], row["parties"]) == ("Elysee Treaty", ("DEU", "FRA"))
    row = one("Kazakhstan celebrated the 25th anniversary of the capital on July 6.", year=2023)
    assert row["subject"] == "capital"
    row = one("Kuwait and Britain marked the 70th anniversary of its investment office in London.",
              year=2023)
    assert row["subject"] == "investment office"  # a possessive is no part of the subject
    # a name after "in" is kept when it is no place
    row = one("Veterans marked the 75th anniversary of the Victory in the Great Patriotic War.",
              year=2020)
    assert row["subject"] == "victory in the Great Patriotic War"


def test_a_start_word_inside_the_phrase_does_not_make_the_year_after_it_a_start():
    row = one("Azerbaijan and Kyrgyzstan will mark the 25th anniversary of the establishment of "
              "diplomatic relations in 2018.", year=2017)
    assert row["implied_start_year"] == 1993


def test_the_years_since_as_a_duration():
    assert find_anniversaries(make_doc(
        "He said the three decades since the establishment of diplomatic relations between "
        "Azerbaijan and Kyrgyzstan have brought trust.")) == []
    row = one("Azerbaijan and Kyrgyzstan are marking the 30 years of diplomatic relations.")
    assert (row["ordinal"], row["subject"]) == (30, "diplomatic relations")


def test_years_since_takes_a_whole_clause():
    row = one("This year marks 30 years since Kazakhstan and the Republic of Korea opened "
              "diplomatic relations.", year=2022)
    assert _facts(row) == (30, "diplomatic relations", ("KAZ", "KOR"), 1992)


def test_an_epithet_stands_for_the_person_of_the_country_the_article_names():
    row = one("A diplomat arrived in Azerbaijan in the year of the 100th anniversary of the "
              "Great Leader.", year=2023)
    assert _facts(row) == (100, "birth of Heydar Aliyev", ("AZE",), 1923)
    # the same epithet, another country: the one the article names
    row = one("Ashgabat honoured the 65th anniversary of the National Leader of Turkmenistan.",
              year=2022)
    assert row["subject"] == "birth of Gurbanguly Berdimuhamedov"
    # no country of the epithet's person named: it is read as words
    row = one("Guests from Italy attended the 100th anniversary of the great leader of the party.",
              year=2023)
    assert row["subject"] == "great leader of the party"


def test_a_treaty_named_after_relations_is_a_treaty():
    row = one("Kazakhstan and Uzbekistan marked the 25th anniversary of the Treaty on "
              "Good-Neighbourly Relations, Friendship and Cooperation.", year=2023)
    assert (row["subject"], row["parties"]) == ("Treaty on Good-Neighbourly Relations", ("KAZ", "UZB"))


def test_his_birthday_before_the_name():
    row = one("On his 70th birthday, Kassym-Jomart Tokayev received letters from Baku.",
              year=2023, people=[("Kassym-Jomart Tokayev", "KAZ")])
    assert _facts(row) == (70, "birth of Kassym-Jomart Tokayev", ("KAZ",), 1953)


@pytest.mark.parametrize("text, year, implied", [
    ("In 1993, Azerbaijan and Kyrgyzstan established diplomatic relations, and they now mark "
     "the 30th anniversary.", None, 1993),
    ("In 1993, Azerbaijan and Kyrgyzstan established diplomatic relations, and they now mark "
     "the 30th anniversary.", 2024, 1994),
    ("In 2018, we marked the 25th anniversary of the establishment of diplomatic relations.",
     None, 1993),
])
def test_a_year_before_a_start_verb_is_a_start(text, year, implied):
    assert one(text, year=year)["implied_start_year"] == implied


def test_other_verbs_do_not_give_a_start_on_a_page_without_a_year():
    row = one("In 2023, Kazakhstan signed a deal and marked the 30th anniversary of independence.",
              year=None)
    assert row["implied_start_year"] == 1993
    row = one("Since 2015 the forum has met yearly; it marked the 30th anniversary of "
              "diplomatic relations.", year=None)
    assert row["implied_start_year"] is None


def test_a_name_runs_on_over_its_small_words():
    row = one("Kazakhstan and China marked the 30th anniversary of the Conference on Interaction "
              "and Confidence Building Measures in Asia.", year=2022)
    assert row["subject"].casefold() == \
        "conference on interaction and confidence building measures in asia"
    # "in" and a city of a country the article names ends it
    row = one("Kuwait and Britain marked the 70th anniversary of the Kuwait Investment Office "
              "in London.", year=2023)
    assert row["subject"] == "Kuwait Investment Office"


# -- phrasings of other outlets (issue 9) ---------------------------------------

def _facts4(row):
    return row["ordinal"], row["subject"], row["parties"], row["implied_start_year"]


@pytest.mark.parametrize("text, facts", [
    ("The foreign ministers noted the 30th independence anniversary of Turkmenistan.",
     (30, "independence", ("TKM",), 1993)),
    ("Guests came to the embassy for Kazakhstan's 32nd Independence Anniversary.",
     (32, "independence", ("KAZ",), 1991)),
    ("A concert opened the 25th diplomatic anniversary of Mongolia and Kazakhstan.",
     (25, "diplomatic relations", ("KAZ", "MNG"), 1998)),
    ("Armenia and Greece hosted a forum on the 30th diplomatic relations anniversary.",
     (30, "diplomatic relations", ("ARM", "GRC"), 1993)),
])
def test_a_subject_written_before_the_noun(text, facts):
    assert _facts4(one(text, year=2023)) == facts


def test_a_founding_anniversary_takes_its_subject_like_an_anniversary():
    row = one("Members gathered for the 20th founding anniversary of the Collective Security "
              "Treaty Organization.", year=2022)
    assert (row["ordinal"], row["subject"], row["implied_start_year"]) == \
        (20, "Collective Security Treaty Organization", 2002)


@pytest.mark.parametrize("text, year, facts", [
    ("This is the 25th year of diplomatic relations between Japan and Mongolia.", 2024,
     (25, "diplomatic relations", ("JPN", "MNG"), 1999)),
    ("In its thirtieth year of independence, Kyrgyzstan held a parade.", 2021,
     (30, "independence", ("KGZ",), 1991)),
    ("Korea and Uzbekistan enter the 31st year since the establishment of diplomatic ties.", 2023,
     (31, "diplomatic relations", ("KOR", "UZB"), 1992)),
])
def test_the_nth_year_of_a_subject(text, year, facts):
    assert _facts4(one(text, year=year)) == facts


@pytest.mark.parametrize("text", [
    "In the second year of his term, the president of Kyrgyzstan toured Europe.",
    "It was the first year of diplomatic relations between Georgia and Estonia.",
    "Kazakhstan reported growth in the fifth year of the programme.",
    "The 30 year of relations was a typo in the draft.",
])
def test_an_nth_year_without_a_subject_or_below_two_is_none(text):
    assert find_anniversaries(make_doc(text, year=2023)) == []


def test_decades_have_passed_since():
    row = one("Three decades have passed since Hungary and Azerbaijan established diplomatic "
              "relations.", year=2022)
    assert _facts4(row) == (30, "diplomatic relations", ("AZE", "HUN"), 1992)


def test_a_possessive_before_a_generic_subject_is_left_out():
    row = one("Turkmenistan celebrates the 28th anniversary of its permanent neutrality.", year=2023)
    assert (row["subject"], row["parties"], row["implied_start_year"]) == \
        ("permanent neutrality", ("TKM",), 1995)


def test_an_ordinal_suffix_in_superscript_letters():
    row = one("Laos and Vietnam will mark the 61\u1d57\u02b0 anniversary of diplomatic relations.",
              year=2023)
    assert (row["ordinal"], row["subject"]) == (61, "diplomatic relations")
    assert _number_before("the 52\u207f\u1d48 ", 9)[1] == 52


@pytest.mark.parametrize("text, subject", [
    ("Belgrade marked the 19th Statehood Day of Montenegro.", "Statehood Day"),
    ("Ashgabat celebrated the 28th Neutrality Day with a concert.", "neutrality"),
    ("The embassy in Tashkent marked the 52nd Eid Al Etihad of the United Arab Emirates.", "Eid Al Etihad"),
    ("Abu Dhabi hosted events on the 51st Union Day.", "Union Day"),
])
def test_counted_days_of_other_states(text, subject):
    assert one(text, year=2023)["subject"] == subject


@pytest.mark.parametrize("text", [
    "In its 30 years of independence, Kazakhstan built a new capital.",
    "During their 30 years of diplomatic relations, Azerbaijan and Kyrgyzstan signed many documents.",
    "Our first 30 years of independence brought Uzbekistan many changes.",
])
def test_a_possessive_after_a_duration_word_keeps_the_count_a_duration(text):
    assert find_anniversaries(make_doc(text, year=2023)) == []


def test_a_possessive_count_that_is_celebrated_is_an_anniversary():
    row = one("Kyrgyzstan is celebrating its 30 years of independence.", year=2021)
    assert _facts4(row) == (30, "independence", ("KGZ",), 1991)


@pytest.mark.parametrize("text, year, facts", [
    ("Armenia and Greece mark 30 years since 1992, when they established diplomatic relations.",
     2022, (30, "diplomatic relations", ("ARM", "GRC"), 1992)),
    # on a page without a year, the year after "since" is the start the page states
    ("Georgia and Lithuania marked 30 years since 1992, when diplomatic relations were set up.",
     None, (30, "diplomatic relations", ("GEO", "LTU"), 1992)),
    ("Tajikistan celebrated 30 years since 1991, the year it gained independence.",
     None, (30, "independence", ("TJK",), 1991)),
])
def test_years_since_a_year_take_the_subject_the_sentence_names_then(text, year, facts):
    assert _facts4(one(text, year=year)) == facts


def test_years_since_a_year_with_no_subject_near_it_is_a_duration():
    text = ("Kazakhstan marks 30 years since 1991, and people say its ties with the neighbours "
            "of the region are good.")
    assert find_anniversaries(make_doc(text, year=2021)) == []
    assert find_anniversaries(make_doc("It grew a lot in 30 years since 1991.", year=2021)) == []


# -- counts that carry their own number, counts since a start, names of dates ------------

@pytest.mark.parametrize("text, facts", [
    ("Guests marked a quarter of a century of diplomatic relations between Chile and Vietnam.",
     (25, "diplomatic relations", ("CHL", "VNM"), 1998)),
    ("Peru and Japan observed half a century of diplomatic relations at a gala in Lima.",
     (50, "diplomatic relations", ("JPN", "PER"), 1973)),
    ("Namibia celebrates a quarter century of independence with a parade.",
     (25, "independence", ("NAM",), 1998)),
    ("Mongolia and Austria noted a decade since the establishment of their strategic partnership.",
     (10, "strategic partnership", ("AUT", "MNG"), 2013)),
])
def test_a_count_in_words_that_carries_its_own_number(text, facts):
    assert _facts4(one(text, year=2023)) == facts


@pytest.mark.parametrize("text", [
    "Over half a century of diplomatic relations, Peru and Japan signed forty agreements.",
    "For a quarter of a century of independence, Namibia kept its borders open.",
    "The two sides spoke of half a century of cooperation in fishing.",
])
def test_a_count_in_words_after_a_duration_word_or_without_a_subject_is_no_anniversary(text):
    assert find_anniversaries(make_doc(text, year=2023)) == []


@pytest.mark.parametrize("text, facts", [
    ("Over the past 30 years since the establishment of diplomatic relations, Armenia and India "
     "have grown closer.", (30, "diplomatic relations", ("ARM", "IND"), 1993)),
    ("In the last 35 years since independence, Moldova has built its own army.",
     (35, "independence", ("MDA",), 1988)),
])
def test_the_past_years_since_a_start_of_the_table_count_from_it(text, facts):
    assert _facts4(one(text, year=2023)) == facts


@pytest.mark.parametrize("text", [
    # what follows "since" is no subject of the table: a duration
    "In the past two decades since the new party took power, the economy of Serbia doubled.",
    # a subject of the table, but far into the clause
    "Over the past 20 years since the party of the prime minister won the first free vote in "
    "the country, its foreign relations changed.",
    # a count that is no jubilee (not round) says how long it has lasted
    "Over the past 33 years since the establishment of diplomatic relations, Peru and Chile "
    "signed many agreements.",
])
def test_the_past_years_since_something_else_stay_a_duration(text):
    assert find_anniversaries(make_doc(text, year=2023)) == []


@pytest.mark.parametrize("text", [
    "Guests from abroad joined the Double Tenth National Day parade in Taipei.",
    "The Double Ninth festival honours the elderly.",
])
def test_a_day_named_double_and_an_ordinal_is_a_date_not_a_count(text):
    assert find_anniversaries(make_doc(text, year=2023)) == []


@pytest.mark.parametrize("text, subject", [
    ("Events marking 20 years of the Collective Security Treaty Organization opened in Minsk.",
     "Collective Security Treaty Organization"),
    ("The 30th anniversary of the Visegrad Group started with a concert in Prague.",
     "Visegrad Group"),
])
def test_a_verb_after_a_named_subject_ends_it(text, subject):
    assert one(text, year=2023)["subject"] == subject


@pytest.mark.parametrize("text, facts", [
    ("The 33rd anniversary celebrations of the independence of Moldova drew crowds.",
     (33, "independence", ("MDA",), 1990)),
    ("Guests came to the 30th anniversary events of diplomatic relations between Peru and Korea.",
     (30, "diplomatic relations", ("KOR", "PER"), 1993)),
])
def test_a_noun_of_festivities_between_anniversary_and_its_of_phrase(text, facts):
    assert _facts4(one(text, year=2023)) == facts


@pytest.mark.parametrize("text, facts", [
    ("Morocco celebrates the 24th Throne Day with a speech of the King.",
     (24, "Throne Day", ("MAR",), 1999)),
    ("The embassy of Azerbaijan marked the 105th Armed Forces Day in Ankara.",
     (105, "Armed Forces Day", ("AZE",), 1918)),
    ("Saudi Arabia observed its second Founding Day with fireworks.",
     (2, "Founding Day", ("SAU",), 2021)),
    ("The semicentenary of diplomatic relations between Australia and China was marked.",
     (50, "diplomatic relations", ("AUS", "CHN"), 1973)),
])
def test_more_counted_days_and_anniversary_words(text, facts):
    assert _facts4(one(text, year=2023)) == facts


@pytest.mark.parametrize("text, parties", [
    ("The Kyrgyz side congratulated Uzbekistan on the 32nd anniversary of its independence.", ("UZB",)),
    ("Turkey's president congratulated Azerbaijan on its 33rd Independence Day.", ("AZE",)),
    # the state where it is marked is not the one "its" points back to
    ("Kazakhstan's embassy in Japan marked the 32nd anniversary of its independence.", ("KAZ",)),
])
def test_its_independence_belongs_to_the_nearest_state_before_it(text, parties):
    assert one(text, year=2023)["parties"] == parties


@pytest.mark.parametrize("text, facts", [
    ("Crowds in Honiara joined the 45th Independence celebration of the Solomon Islands.",
     (45, "independence", ("SLB",), 1978)),
    ("The embassy hosted the 61st independence celebrations of Jamaica in London.",
     (61, "independence", ("JAM",), 1962)),
])
def test_an_independence_celebration_counts_the_years_of_independence(text, facts):
    assert _facts4(one(text, year=2023)) == facts


@pytest.mark.parametrize("text", [
    "Guests gathered for the 40<sup>th</sup> anniversary of diplomatic relations between Peru and Chile.",
    "Guests gathered for the 40th</sup> anniversary of diplomatic relations between Peru and Chile.",
    # a page stored as a JSON string keeps the slash of a closing tag escaped
    "Guests gathered for the 40th <\\/sup>Anniversary of diplomatic relations between Peru and Chile.",
])
def test_superscript_markup_around_an_ordinal_suffix_is_read_through(text):
    row = one(text, year=2023)
    assert _facts4(row) == (40, "diplomatic relations", ("CHL", "PER"), 1983)
    assert text[row["start"]:row["start"] + 2] == "40"


@pytest.mark.parametrize("text, start", [
    # a page without a year: "this year" is the year of the date its event is given
    ("On 14 March 2021, the new envoy of Estonia handed his letters to the king of Thailand. "
     "This year marks the 30th anniversary of diplomatic relations between Estonia and Thailand.", 1991),
    ("The forum opened in Minsk on June 3, 2019. Next year marks the 25th anniversary of "
     "diplomatic relations between Belarus and Vietnam.", 1995),
    # a date that is a start is not the year of the page
    ("Relations were established on 2 March 1992. This year marks the 30th anniversary of "
     "diplomatic relations between Latvia and Georgia.", None),
    # no date on the page: no year
    ("This year marks the 30th anniversary of diplomatic relations between Latvia and Georgia.", None),
])
def test_this_year_on_a_page_without_a_year_is_the_year_of_its_event_date(text, start):
    assert one(text, year=None)["implied_start_year"] == start


def test_this_year_on_a_dated_page_is_the_page_year_not_an_earlier_date():
    text = ("On 14 March 2019, the envoy of Estonia arrived. This year marks the 30th anniversary "
            "of diplomatic relations between Estonia and Thailand.")
    assert one(text, year=2021)["implied_start_year"] == 1991


@pytest.mark.parametrize("text, start", [
    # the page counts back from its own year: eleven years ago, in 2012, so it speaks from 2023
    ("The treaty was signed eleven years ago, on 5 May 2012. Mongolia and Laos marked the 20th "
     "anniversary of their strategic partnership.", 2003),
    ("The charter was adopted 12 years ago in 2010. Oman celebrates the 50th anniversary of its "
     "independence.", 1972),
    # no count, no year
    ("The charter was adopted many years ago in 2010. Oman celebrates the 50th anniversary of its "
     "independence.", None),
])
def test_a_page_without_a_year_that_counts_back_from_a_date(text, start):
    rows = find_anniversaries(make_doc(text, year=None))
    assert [r["implied_start_year"] for r in rows] == [start]


@pytest.mark.parametrize("text, subject", [
    ("The 40th anniversary of the Lome Convention falls this year.", "Lome Convention"),
    ("The 25th anniversary of the Asuncion Treaty coincided with a summit in Montevideo.", "Asuncion Treaty"),
])
def test_a_verb_of_when_it_falls_ends_the_subject(text, subject):
    assert one(text, year=2015)["subject"] == subject


def test_an_anniversary_without_a_subject_takes_what_the_sentence_before_says_began():
    text = ("Bhutan and Nepal established diplomatic relations in 1983. This month marks the "
            "40th anniversary.")
    row = one(text, year=2023)
    assert _facts4(row) == (40, "diplomatic relations", ("BTN", "NPL"), 1983)
    # a sentence before that says nothing began gives no subject
    text = "Bhutan and Nepal have good diplomatic relations. This month marks the 40th anniversary."
    assert one(text, year=2023)["subject"] is None


@pytest.mark.parametrize("text, facts", [
    # "the city" points back to the town named before it; a four-digit ordinal with its suffix
    ("Uzbekistan invited guests to Samarkand. The town prepares for the 2750th anniversary of the city.",
     (2750, "Samarkand", ("UZB",), -727)),
    ("Kazakhstan held a concert in Astana for the 25th anniversary of the capital.",
     (25, "Astana", ("KAZ",), 1998)),
])
def test_an_anniversary_of_the_city_is_the_town_named_before_it(text, facts):
    assert _facts4(one(text, year=2023)) == facts


def test_a_year_alone_is_no_four_digit_ordinal():
    assert find_anniversaries(make_doc("Ghana marked the 2023 anniversary of its independence.")) == []


def test_independence_that_a_state_celebrates_is_that_states():
    text = ("Ministers of Peru and Chile met in Lima. Chile and Peru spoke of trade with Chile. "
            "Jamaica celebrates 60 years of independence this month, Chile said.")
    assert one(text, year=2022)["parties"] == ("JAM",)


def test_mentions_of_one_anniversary_share_the_parties_one_of_them_names():
    text = ("In the year her country marks 60 years of independence, the leader of Samoa went to "
            "Wellington to see New Zealand leaders. New Zealand and New Zealand. Samoa celebrates "
            "60 years of independence this year.")
    rows = find_anniversaries(make_doc(text, year=2022))
    assert [(r["ordinal"], r["subject"], r["parties"]) for r in rows] == [
        (60, "independence", ("WSM",)), (60, "independence", ("WSM",))]


def test_a_birthday_of_a_title_without_a_name():
    row = one("Guests toasted the King of Tonga's 65th birthday in Nukualofa.", year=2024)
    assert (row["ordinal"], row["subject"], row["parties"]) == (65, "birth of King of Tonga", ("TON",))


def test_the_anniversary_of_the_event_points_back_like_this_event():
    text = ("Oman and Malta marked the 50th anniversary of diplomatic relations. To mark the 50th "
            "anniversary of the event, a concert was held.")
    rows = find_anniversaries(make_doc(text, year=2023))
    assert [(r["ordinal"], r["subject"]) for r in rows] == [(50, "diplomatic relations")] * 2


def test_a_state_that_the_country_takes_up_after_to():
    text = ("Chile sent a message to Ghana as the country celebrates its 66th Independence "
            "anniversary. Chile and Chile.")
    assert one(text, year=2023)["parties"] == ("GHA",)


def test_mentions_of_one_anniversary_share_the_start_their_sentence_states():
    text = ("Peru and Chile met to mark 30 years of diplomatic relations. As 2025 marks 30 years of "
            "diplomatic relations between Peru and Chile, they signed a plan.")
    rows = find_anniversaries(make_doc(text, year=2024))
    assert [r["implied_start_year"] for r in rows] == [1995, 1995]


# -- the year an anniversary is marked, from outside its own sentence -----------------

def test_an_undated_page_takes_the_nearest_event_date_before_the_anniversary():
    text = ("The ministers of Peru and Chile met in Lima on 3 May 2021 for their yearly talks. "
            "Both noted 40 years of diplomatic relations between Peru and Chile.")
    assert one(text, year=None)["implied_start_year"] == 1981


def test_a_day_range_after_from_is_no_start():
    text = ("The envoy of Chile was in Lima from 8-11 June 2018. The stay of the envoy honoured "
            "the 25th anniversary of diplomatic relations between Peru and Chile.")
    assert one(text, year=None)["implied_start_year"] == 1993


def test_a_date_counted_back_to_is_not_the_year_the_page_speaks_from():
    text = ("Ten years ago, on 4 March 2001, the United Nations recognized the neutrality of Chile. "
            "Chile marks the 10th anniversary of its neutrality.")
    assert one(text, year=None)["implied_start_year"] == 2001


def test_a_date_the_page_calls_today_holds_for_the_whole_page():
    text = ("Chile sent greetings to Peru as Peru marks its 70th Independence anniversary. "
            "In a note issued today, Friday, 2 June 2023, Chile wished Peru well.")
    assert one(text, year=None)["implied_start_year"] == 1953


def test_the_year_a_review_speaks_of():
    text = ("The year 2015 saw Chile widen its ties abroad. In May, the visit of the leader of Peru "
            "marked the 45th anniversary of diplomatic relations between Peru and Chile.")
    assert one(text, year=None)["implied_start_year"] == 1970


def test_a_start_before_an_undated_anniversary_is_not_the_year_it_is_marked():
    text = ("Peru and Chile established diplomatic relations on 2 April 1980. The ministers spoke "
            "of 40 years of diplomatic relations.")
    assert one(text, year=None)["implied_start_year"] is None


def test_a_sentence_that_points_back_takes_the_year_of_the_one_before():
    text = ("A show of textiles from Peru will open in Santiago in 2026. This show will be held in "
            "honour of the 40th anniversary of diplomatic relations between Peru and Chile.")
    assert one(text, year=2025)["implied_start_year"] == 1986


def test_a_sentence_that_points_back_to_a_start_keeps_the_page_year():
    text = ("Peru and Chile established diplomatic relations in 1985. This anniversary, the 40th "
            "anniversary of diplomatic relations, was marked in Lima.")
    assert one(text, year=2025)["implied_start_year"] == 1985


def test_a_plural_noun_with_counts_after_its_subject_gives_a_row_a_count():
    text = ("In 2025 Peru and Chile mark anniversaries of their constitutions: 20 and 45 years, "
            "respectively.")
    rows = find_anniversaries(make_doc(text, year=2025))
    assert [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"]) for r in rows] == [
        (20, "constitutions", ("PER",), 2005), (45, "constitutions", ("CHL",), 1980)]


def test_a_plural_noun_with_counts_of_something_else_is_no_anniversary():
    text = "Peru listed its anniversaries of the year, and 20 and 45 guests came."
    assert find_anniversaries(make_doc(text, year=2025)) == []


def test_a_state_after_the_phrase_is_not_the_one_its_points_back_to():
    row = one("Peru celebrated the 200th anniversary of its independence with Chile's envoy present.",
              year=2021)
    assert (row["subject"], row["parties"]) == ("independence", ("PER",))


def test_its_in_a_one_sided_subject_points_back_to_the_nearest_state():
    row = one("Chile congratulated Peru on the 30th anniversary of the adoption of its Constitution.",
              year=2023)
    assert (row["subject"], row["parties"], row["implied_start_year"]) == ("constitution", ("PER",), 1993)


@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile toasted 30 fruitful years of diplomatic relations.", [(30, "diplomatic relations")]),
    ("Lima hailed twenty-five productive years of strategic partnership with Chile.",
     [(25, "strategic partnership")]),
    # a duration word before the count keeps it a duration, as without the adjective
    ("After 30 fruitful years of diplomatic relations, Peru and Chile met.", []),
    # an adjective that is no such form is not read through
    ("Peru and Chile recalled 30 hard years of diplomatic relations.", []),
])
def test_an_adjective_between_the_count_and_years_of(text, expected):
    rows = find_anniversaries(make_doc(text, year=2024))
    assert [(r["ordinal"], r["subject"]) for r in rows] == expected


@pytest.mark.parametrize("text, expected", [
    ("Envoys of Peru and Chile planned the 30th anniversary of diplomatic relations, due in 2027.", 1997),
    ("Peru and Chile plan the 30th anniversary of diplomatic relations, to be celebrated in 2027.", 1997),
    # a year after a comma that says nothing of when it is marked is not its year
    ("Peru and Chile marked the 30th anniversary of diplomatic relations, and in 2027 they meet again.", 1994),
])
def test_a_clause_after_a_comma_that_says_when_it_is_marked(text, expected):
    assert one(text, year=2024)["implied_start_year"] == expected


@pytest.mark.parametrize("text, expected", [
    # a state that owns an anniversary without naming its subject: its independence
    ("Guests flew to Lima for Peru's 200th anniversary.", (200, "independence", ("PER",))),
    # "that country's" is the state named last before it, here in the sentence before
    ("Peru and Chile held talks in Lima. The envoy of Chile asked the hosts to the celebration "
     "of that country's 50th anniversary.", (50, "independence", ("CHL",))),
    # a city that owns one is still the subject
    ("Astana celebrates its 20th anniversary.", (20, "Astana", ("KAZ",))),
])
def test_a_state_that_owns_an_anniversary_without_a_subject(text, expected):
    row = one(text, year=2021)
    assert (row["ordinal"], row["subject"], row["parties"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Guests in Lima marked Peru's 200th birthday with music.", (200, "independence", ("PER",))),
    ("Chile sent a gift for the nation's 60th birthday.", (60, "independence", ("CHL",))),
    # a title that owns a birthday is a person's
    ("Guests toasted the King of Tonga's 65th birthday in Nukualofa.", (65, "birth of King of Tonga", ("TON",))),
])
def test_a_birthday_a_state_owns_is_its_independence(text, expected):
    row = one(text, year=2021)
    assert (row["ordinal"], row["subject"], row["parties"]) == expected


@pytest.mark.parametrize("text, year, expected", [
    # a year long before the page's, right after the phrase, is when it was marked
    ("Chile recalled that only the 50th anniversary of its Constitution in 1975 was marked.", 2010, 1925),
    # ... unless it is the start the count gives (give or take a year)
    ("Peru marked the 75th anniversary of the victory in 1945 with a parade.", 2021, 1946),
])
def test_a_year_long_past_right_after_the_phrase(text, year, expected):
    assert one(text, year=year)["implied_start_year"] == expected


@pytest.mark.parametrize("text, expected", [
    # "for" before a name reads as "of"
    ("Peru and Chile marked the 30th anniversary for the Treaty of Lima.", "Treaty of Lima"),
    # ... not before other words
    ("Peru held a reception on the 30th anniversary for the guests from Chile.", None),
])
def test_the_anniversary_for_a_name(text, expected):
    assert one(text, year=2024)["subject"] == expected


@pytest.mark.parametrize("text, expected", [
    # a style, the office it stands before, a comma, the name: the name's birthday
    ("The embassy held a reception for the 58th birthday of His Royal Highness the Crown Prince of Denmark, "
     "Frederik, in Ankara.", "birth of Frederik"),
    # a style before the name itself keeps working as before
    ("The embassy held a reception for the 70th birthday of His Majesty King Harald V of Norway.",
     "birth of Harald V"),
])
def test_a_birthday_of_a_styled_person(text, expected):
    assert one(text, year=2026)["subject"] == expected


def test_diplomatic_relationships_are_diplomatic_relations():
    row = one("The ministers spoke of the 30th anniversary of the establishment of Peru-Chile diplomatic "
              "relationships.", year=2024)
    assert (row["subject"], row["parties"]) == ("diplomatic relations", ("CHL", "PER"))


def test_the_other_side_of_relations_from_the_pages_people():
    # the page names one state; its people serve two: "our countries" are theirs
    text = ("Foreign Minister Ana Roe met the Ambassador of Chile, Luis Soto. This year marks the 30th "
            "anniversary of diplomatic relations between our countries, the ministry said.")
    row = one(text, year=2024, people=[("Ana Roe", "PER"), ("Luis Soto", "CHL")])
    assert row["parties"] == ("CHL", "PER")


@pytest.mark.parametrize("text", [
    "The embassy hosted a reception for the 52nd Independence and National Day of Peru.",
    "The embassy celebrated the 52nd National and Independence Day of Peru.",
])
def test_a_day_with_two_names_joined_is_independence(text):
    row = one(text, year=2023)
    assert (row["ordinal"], row["subject"], row["parties"]) == (52, "independence", ("PER",))


def test_the_place_its_stands_for():
    row = one("The image of Cusco, which marks its 500th anniversary, is a key to the whole country.", year=2024)
    assert (row["ordinal"], row["subject"]) == (500, "Cusco")
    row = one("The minister met the board of the Peruvian-Chilean Friendship Society, who this year is "
              "celebrating its 40th anniversary.", year=2024)
    assert (row["ordinal"], row["subject"]) == (40, "Peruvian-Chilean Friendship Society")


def test_capitals_standing_for_their_states():
    row = one("This year, Lima and Santiago celebrate the 30th anniversary of establishing diplomatic "
              "relations between our countries.", year=2024)
    assert row["parties"] == ("CHL", "PER")


@pytest.mark.parametrize("text, expected", [
    # an ordinal right before "Independence" counts its years
    ("The Embassy of Peru marked the country's 62nd Independence in Lima on Monday.", (62, "independence")),
    # a day's name in quotes after its count
    ('The 60th "Africa Day" reception was held at the ministry.', (60, "Africa Day")),
])
def test_more_counted_days_and_independence(text, expected):
    row = one(text, year=2023)
    assert (row["ordinal"], row["subject"]) == expected


def test_the_same_anniversary_named_again_as_the_countries_friendship():
    text = ("The reception marked the 30th anniversary of diplomatic relations between Peru and Chile. "
            "Photographs of the 30th anniversary of the two countries' friendship were shown.")
    got = find_anniversaries(make_doc(text, year=2024))
    assert {(r["ordinal"], r["subject"], r["parties"]) for r in got} == {(30, "diplomatic relations", ("CHL", "PER"))}


@pytest.mark.parametrize("text, expected", [
    # "of his country": the state named before it, and its independence
    ("The Ambassador of Peru hosted a reception to celebrate the 200th anniversary of his country at a hotel.",
     (200, "independence", ("PER",))),
    # a state's name alone after "of"
    ("The embassy marked the 30th anniversary of Kazakhstan in Lima.", (30, "independence", ("KAZ",))),
    # two nouns of the festivities before "of"
    ("Within the 25th anniversary celebration events of Lima University, students met.",
     (25, "Lima University", ())),
])
def test_a_states_own_jubilee_and_festivities_before_of(text, expected):
    row = one(text, year=2021)
    assert (row["ordinal"], row["subject"], row["parties"]) == expected


def test_twinned_towns_and_initials_before_a_hyphen():
    row = one("The delegation will mark the 30th anniversary of the sister city relationship between the "
              "two towns.", year=2024)
    assert (row["ordinal"], row["subject"]) == (30, "sister city relationship")
    row = one("Students will join the 70th anniversary of U.S.-Indonesia relations next month.", year=2023)
    assert (row["ordinal"], row["subject"], row["parties"]) == (70, "diplomatic relations", ("IDN", "USA"))


def test_a_states_possessive_jubilee_and_its_of_phrase_are_one_anniversary():
    rows = find_anniversaries(make_doc("China's 72nd anniversary was marked in Abuja. The president congratulated "
                                       "the people on the 72nd anniversary of the founding of the People's "
                                       "Republic of China.", year=2021))
    assert {r["subject"] for r in rows} == {"People's Republic of China"}


def test_the_kingdoms_national_day_is_the_state_named_before_it():
    c = parse_article("The Saudi Arabian embassy in Nigeria, on Monday, celebrated the kingdom’s 93rd National Day. "
                      "Officials of Nigeria and envoys accredited to Nigeria attended the event in Abuja.",
                      published="2023-09-26")
    row = c.anniversaries.iloc[0]
    assert (row["ordinal"], row["parties"], row["implied_start_year"]) == (93, ("SAU",), 1930)


def test_the_round_count_of_years_of_relations_is_an_anniversary_but_another_count_a_duration():
    c = parse_article("He said the 90 years of solid diplomatic relations between Guatemala and Peru were founded "
                      "on trust.", published="2023-05-01")
    assert c.anniversaries[["ordinal", "subject", "parties"]].values.tolist() == \
        [[90, "diplomatic relations", ("GTM", "PER")]]
    c = parse_article("The 32 years of diplomatic relations between Peru and Chile have been fruitful.",
                      published="2023-05-01")
    assert c.anniversaries.empty


def test_sister_states_and_councils_are_twinnings_of_their_own():
    c = parse_article("To celebrate the 30-year anniversary of WA’s sister state relationship with Hyogo Prefecture, "
                      "the government gave a gift.", published="2023-05-01")
    assert c.anniversaries[["ordinal", "subject"]].values.tolist() == [[30, "sister state relationship"]]


def test_a_mention_cut_by_the_pages_end_takes_the_whole_subject():
    rows = find_anniversaries(make_doc(
        "The embassy marked the 60th anniversary of the establishment of diplomatic relations between India and "
        "Kuwait. We thank the hosts for the celebration of the 60th anniversary of dip", year=2022))
    assert [(r["ordinal"], r["subject"], r["parties"]) for r in rows] == [
        (60, "diplomatic relations", ("IND", "KWT"))] * 2


def test_a_mention_cut_inside_the_subjects_word_takes_the_whole_one():
    rows = find_anniversaries(make_doc(
        "In honour of the 34th anniversary of Turkmenistan's independence, the ministry sent a message. The capital "
        "hosted celebrations to mark the 34th anniversary of Turkmenistan's indepen", year=2025))
    assert [(r["ordinal"], r["subject"], r["parties"]) for r in rows] == [(34, "independence", ("TKM",))] * 2


def test_a_celebration_of_independence_and_a_year_milestone_count_like_anniversaries():
    r = one("The envoy wished the guests well on their 105th celebration of Independence.", year=2022)
    assert (r["ordinal"], r["subject"], r["implied_start_year"]) == (105, "independence", 1917)
    r = one("Having passed the 30-year milestone of diplomatic relations, Kazakhstan and Pakistan "
            "plan new projects.", year=2022)
    assert (r["ordinal"], r["subject"], r["implied_start_year"]) == (30, "diplomatic relations", 1992)


def test_a_states_body_owning_an_anniversary_is_its_subject_not_the_relations():
    doc = make_doc("At a ceremony marking Peruvian Foreign Affairs Ministry's 197th foundation anniversary, "
                   "the minister spoke of ties with China.", year=2018)
    from diplo_analysis.extract.countries import find_countries
    doc.countries = find_countries(doc)
    rows = find_anniversaries(doc)
    assert [(r["ordinal"], r["subject"], r["parties"]) for r in rows] == \
        [(197, "Peruvian Foreign Affairs Ministry", ("PER",))]


def test_years_since_a_state_became_independent_count_its_independence():
    doc = make_doc("The reception marked 99 years since Azerbaijan became an independent state in 1918.", year=2017)
    from diplo_analysis.extract.countries import find_countries
    doc.countries = find_countries(doc)
    rows = find_anniversaries(doc)
    assert [(r["ordinal"], r["subject"], r["parties"], r["implied_start_year"]) for r in rows] == \
        [(99, "independence", ("AZE",), 1918)]


def test_a_day_of_a_month_before_anniversary_is_no_count():
    # "the Feb. 3 anniversary": the day the relations began, not a third anniversary
    doc = make_doc("Uruguay and China marked 30 years of diplomatic ties. The envoy spoke of the Feb. 3 "
                   "anniversary, and of the September 12 anniversary of the treaty.", year=2018)
    rows = find_anniversaries(doc)
    assert [r["ordinal"] for r in rows] == [30]
    # ... but a count after a month that opens a clause still is: "In May 30 years of ties ..."
    assert [r["ordinal"] for r in find_anniversaries(make_doc("In May 30 years of ties between Uruguay and China "
                                                             "were marked.", year=2018))] == [30]


def test_an_international_bodys_own_jubilee_is_its_subject_with_no_state():
    # the body named before and taken up by a noun ("the bloc's", "the military alliance ... its"),
    # or named as the one that marks it
    from diplo_analysis.extract.countries import find_countries
    from diplo_analysis.extract.organizations import find_organizations

    def rows(text):
        doc = make_doc(text, year=2019)
        doc.countries = find_countries(doc)
        doc.organizations = find_organizations(doc)
        return [(r["ordinal"], r["subject"], r["parties"]) for r in find_anniversaries(doc)]

    assert rows("Envoys of ASEAN met in Kyiv with Vietnam and Ukraine. They raised the flag for the bloc's 48th "
                "founding anniversary.") == [(48, "ASEAN", ())]
    assert rows("Speakers of the NATO members met Turkey. As the military alliance commemorates its 75th "
                "anniversary, they spoke.") == [(75, "NATO", ())]
    assert rows("Poland and Lithuania met. As the Eastern Partnership marks the 10th anniversary this year, "
                "they spoke.") == [(10, "Eastern Partnership", ())]
    # ... not a state's body, nor a person
    assert rows("The President of Kazakhstan marks the 30th anniversary.")[0][1] != "President"


def test_on_a_page_without_a_year_the_day_a_count_began_is_not_the_year_it_is_marked():
    # "Today ... the centenary ... On 9 July 1921, Germany recognised Estonia": 1921 began the count
    doc = make_doc("Today, Estonia and Germany are celebrating the centenary of their diplomatic relations. On "
                   "9 July 1921, Germany recognised the independence of Estonia de jure.", year=None)
    assert [r["implied_start_year"] for r in find_anniversaries(doc)] == [None]


def test_a_titles_birthday_is_the_birth_of_the_one_person_with_that_title():
    # "the King's 50th birthday" on a page that names King Mswati III: his birth
    text = "King Mswati III received the envoys. The guests attended the King's 50th birthday in Mbabane."
    doc = make_doc(text, year=2018)
    from diplo_analysis.extract.people import find_people
    doc.people = find_people(doc)
    rows = find_anniversaries(doc)
    assert [(r["ordinal"], r["subject"]) for r in rows] == [(50, "birth of Mswati III")]
    # ... and with no such person named, the title stays the subject
    assert one("The guests attended the King's 50th birthday in Mbabane.", year=2018)["subject"] == "birth of King"

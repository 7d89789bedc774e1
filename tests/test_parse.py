"""Parsing of page shapes into article columns, and sentence splitting."""
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplo_analysis.parse import _word_count, city_country, parse_text, split_sentences

TEXTS = Path(__file__).parent / "texts"
SEED = Path(__file__).parents[1] / "data" / "articles" / "trend-2023-02-27-azerbaijan-kyrgyzstan.txt"


def parse(name):
    return parse_text((TEXTS / name).read_text("utf-8"))


def test_seed_article():
    art = parse_text(SEED.read_text("utf-8"))
    assert art["published"] == pd.Timestamp("2023-02-27 16:23")
    assert art["updated"] == pd.Timestamp("2023-02-27")
    assert art["dateline_city"] == "Baku"
    assert art["dateline_country"] == "AZE"
    assert art["outlet"] == "Trend"
    assert art["via"] == "the ministry"
    assert art["title"] is None
    assert art["text"].startswith("Azerbaijan's Ministry of Foreign Affairs held")
    assert "date 2023" not in art["text"] and "BAKU" not in art["text"]
    assert art["text"].endswith("between Azerbaijan and Kyrgyzstan.")


def test_header_line_with_details_added_and_clutter():
    art = parse("header_line.txt")
    assert art["published"] == pd.Timestamp("2024-05-10 09:41")
    assert art["updated"] == pd.Timestamp("2024-05-10")
    assert (art["dateline_city"], art["dateline_country"]) == ("Bishkek", "KGZ")
    assert art["outlet"] == "Kabar"
    assert art["via"] == "the press service of the ministry"
    assert "Share on Facebook" not in art["text"] and "Twitter" not in art["text"]
    assert art["text"].startswith("Kyrgyz Foreign Minister Jeenbek Kulubaev")


def test_header_line_without_update():
    art = parse_text(" date 2022-01-05 (first published: 07:02)\n\nANKARA – Talks began.")
    assert art["published"] == pd.Timestamp("2022-01-05 07:02")
    assert art["updated"] is None


def test_xinhua_dateline_headline_and_timestamp():
    art = parse("xinhua.txt")
    assert art["title"] == "China, Kazakhstan vow to deepen cooperation"
    assert art["published"] == pd.Timestamp("2024-03-02 18:05:11")
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == ("Beijing", "CHN", "Xinhua")
    assert art["text"].startswith("Chinese and Kazakh officials met here")
    assert "Read more" not in art["text"]


def test_anadolu_ankara_dash_and_utc_stamp():
    art = parse("anadolu_ankara.txt")
    assert art["published"] == pd.Timestamp("2024-08-31 19:19")
    assert (art["dateline_city"], art["dateline_country"]) == ("Ankara", "TUR")
    assert art["title"] == "Turkish, Azerbaijani ministers meet in capital"
    assert art["text"].startswith("Turkish Foreign Minister Hakan Fidan")


def test_anadolu_istanbul_agency_in_parentheses_and_updated_stamp():
    art = parse("anadolu_istanbul.txt")
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == ("Istanbul", "TUR", "Anadolu Agency")
    assert art["updated"] == pd.Timestamp("2024-08-31")
    assert art["published"] == pd.Timestamp("2024-08-31")  # the only date the page shows
    assert art["text"].startswith("Energy ministers from Türkiye")


def test_trend_russian_style_dateline_and_today_az_stamp():
    art = parse("trend_ru.txt")
    assert (art["dateline_city"], art["dateline_country"]) == ("Baku", "AZE")
    assert art["outlet"] == "Trend"
    assert art["published"] == pd.Timestamp("2025-02-12 14:20")
    assert art["text"] == ("Azerbaijan and Uzbekistan signed a memorandum on education.\n\n"
                           "The document was signed in Baku.")


def test_menafn_wrapper_byline_outlet_and_citing():
    art = parse("menafn.txt")
    assert art["outlet"] == "AzerNews"
    assert art["via"] == "AZERTAG"
    assert art["author"] == "Leyla Mammadova"
    assert art["text"].startswith("Azerbaijan and Kyrgyzstan discussed")
    assert art["published"] is None


def test_city_alone_all_caps_headline_and_posted():
    art = parse("city_line.txt")
    assert art["title"] == "UZBEKISTAN AND KOREA SIGN TRADE ROADMAP"
    assert (art["dateline_city"], art["dateline_country"]) == ("Tashkent", "UZB")
    assert art["published"] == pd.Timestamp("2022-06-14")
    assert art["text"].startswith("Uzbekistan and the Republic of Korea")


def test_press_release_title_case_and_news_az_credit():
    art = parse("press_release.txt")
    assert art["title"] == "Georgian Delegation Visits Baku"
    assert art["outlet"] == "News.az"
    assert art["dateline_city"] is None
    assert art["text"].startswith("A Georgian delegation arrived")


def test_dateline_without_year_leaves_published_empty():
    art = parse("no_year.txt")
    assert art["published"] is None
    assert art["dateline_city"] == "Baku"


def test_metadata_wins_over_parsing():
    art = parse_text((TEXTS / "xinhua.txt").read_text("utf-8"), meta={"outlet": "Wire X", "published": "2020-01-01"})
    assert art["outlet"] == "Wire X" and art["published"] == "2020-01-01"


def test_city_country_from_geonames():
    assert city_country("BISHKEK") == ("Bishkek", "KGZ")
    assert city_country("Tashkent") == ("Tashkent", "UZB")
    assert city_country("Atlantis Prime")[1] is None
    assert city_country("MALÉ")[1] == "MDV"            # an accented form GeoNames keeps as an alternate
    assert city_country("Calcutta") == ("Calcutta", "IND")   # a big city's other name beats a village's name


@pytest.mark.parametrize("text, expected", [
    ("H.E. Mr. Smith met M. Mamytkanov. They talked.",
     ["H.E. Mr. Smith met M. Mamytkanov.", "They talked."]),
    ("Dr. Ali arrived from the U.S. on Monday. Talks began.",
     ["Dr. Ali arrived from the U.S. on Monday.", "Talks began."]),
    ("First paragraph without stop\n\nSecond one! Third? Yes.",
     ["First paragraph without stop", "Second one!", "Third?", "Yes."]),
    ('He said: "We agree." Then he left.', ['He said: "We agree."', "Then he left."]),
])
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_sentence_offsets_cover_seed_text():
    text = parse_text(SEED.read_text("utf-8"))["text"]
    spans = split_sentences(text)
    assert len(spans) == 12
    assert text[spans[0][0]:spans[0][1]].endswith("Trend reports via the ministry.")
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert [b for b in spans[1:]] == sorted(spans[1:])


@given(st.text(min_size=1))
def test_word_count_is_that_of_str_split(paragraph):
    assert _word_count(paragraph) == len(paragraph.split())


# -- shapes of real pages (issue 9), each in our own wording ----------------------

@pytest.mark.parametrize("raw, published, city, country, outlet, body", [
    # the page's first line follows the scraper header on the same line
    (" date 2024-01-11 (MENAFN- AzerNews) Latvia's envoy met officials in Baku.",
     "2024-01-11", None, None, "AzerNews", "Latvia's envoy met"),
    (" date 2023-12-06 (MENAFN- Trend News Agency) BAKU, Azerbaijan, December 6. The two ministers met.",
     "2023-12-06", "Baku", "AZE", "Trend News Agency", "The two ministers met."),
    (" date 2017-10-31 ASTANA.KAZINFORM The foreign minister of Kazakhstan received a guest.",
     "2017-10-31", "Astana", "KAZ", "Kazinform", "The foreign minister"),
    (" date 2025-09-11 The president accepted the credentials of six envoys.",
     "2025-09-11", None, None, None, "The president accepted"),
    (" date 2023-02-28 + ↺ − 16 px\n\nThe two ministers met in Baku on Tuesday, News.Az reports.",
     "2023-02-28", None, None, "News.Az", "The two ministers met"),
    # datelines with agency credits in several shapes
    ("ASTANA, July 5. /TASS/. The president received the new ambassador.",
     None, "Astana", "KAZ", "TASS", "The president received"),
    ("Bishkek, April 9, 2025. /Kabar/. The minister held talks in New York.",
     "2025-04-09", "Bishkek", "KGZ", "Kabar", "The minister held talks"),
    ("Abu Dhabi: The minister received a phone call from his counterpart.",
     None, "Abu Dhabi", "ARE", None, "The minister received"),
    ("TASHKENT (Sputnik) - Uzbekistan is ready for a closer dialogue.",
     None, "Tashkent", "UZB", "Sputnik", "Uzbekistan is ready"),
    ("TAJIKISTAN, October 23 - The president accepted credentials today.",
     None, None, "TJK", None, "The president accepted"),
    # site furniture and a second headline above the dateline
    (" date 2023-03-14 Go to the main site\n    Leader receives two envoys\n\n    14 March 2023, 16:02\n\n"
     "    ASTANA. KAZINFORM – The head of state received two ambassadors.",
     "2023-03-14", "Astana", "KAZ", "Kazinform", "The head of state received"),
])
def test_real_page_heads(raw, published, city, country, outlet, body):
    art = parse_text(raw)
    assert (None if art["published"] is None else art["published"].strftime("%Y-%m-%d")) == published
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == (city, country, outlet)
    assert art["text"].startswith(body)


@pytest.mark.parametrize("raw", [
    "Baku hosted talks on transport.",             # a city opening a sentence is no dateline
    "Washington - Tbilisi flights resume in May.",
    "Sheikh Mohammed: the talks went well.",
    "Addis Ababa - Nairobi corridor talks resume",       # a dash in a short headline
    "Baku - Tbilisi - Kars railway carried more freight this year than last year, and the partners "
    "agreed to expand the capacity of the line in the coming years, the operator said.",
])
def test_no_dateline_in_plain_sentences(raw):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (None, None)
    assert art["text"] == raw


@pytest.mark.parametrize("head, published", [
    ("12:11, 19 March 2014 | GMT +5", "2014-03-19 12:11"),
    ("21:38, 28 May 2025", "2025-05-28 21:38"),
    ("21:30 16.03.2022 2828", "2022-03-16 21:30"),
    ("May 13, 2022, 16:37 Two ministers discuss cooperation", "2022-05-13 16:37"),
    ("Date: 11:18, 21-06-2018.", "2018-06-21 11:18"),
    ("Saturday, 14 April 2018 00:00", "2018-04-14 00:00"),
    ("Jane Reporter - 18 March 2016 10:43 WIB", "2016-03-18 10:43"),
    ("2019-10-02 | Politics", "2019-10-02 00:00"),
    ("2019-10-02T08:30:00+04:00", "2019-10-02 08:30"),
    ("2019/10/02 08:30", "2019-10-02 08:30"),
    ("Press release 2 October 2019", "2019-10-02 00:00"),
    ("BY JANE DOE Senior staff reporter jane@example.com  Wednesday, October 02, 2019", "2019-10-02 00:00"),
    ("03/27/2023 | Press release | Distributed by a wire on 03/28/2023 04:32", "2023-03-27 00:00"),
    ("Thu. Sep 19th, 2024", "2024-09-19 00:00"),
    ("A Writer 2 minutes ago Thu 02nd April 2020 | 12:15 PM", "2020-04-02 12:15"),
    ("Friday 5th of June 2020", "2020-06-05 00:00"),
    ("Posted 05-Jun-2020 09:10", "2020-06-05 09:10"),
    ("Friday, 5 June 2020 Two ministers discuss cooperation", "2020-06-05 00:00"),   # stamp glued to a headline
    ("Gallery5 June 2020 - 09:10", "2020-06-05 09:10"),   # a section label glued to the day
    ("5 June 2020Share", "2020-06-05 00:00"),             # a button's word glued to the year
    ("Vol. 3, No. 12 June 5, 2020", "2020-06-05 00:00"),  # a newsletter's issue line
    ("Countries > Kenya > 05.06.2020 >", "2020-06-05 00:00"),   # a breadcrumb
    ("05 июня 2020", "2020-06-05 00:00"),                 # a month in the language of the region's sites
    ("5 Haziran 2020 Cuma", "2020-06-05 00:00"),
    ("Mon, 06/22/2020 - 17:41", "2020-06-22 17:41"),      # a weekday, not a town named Mon
    ("Τρίτη, 5 Ιουνίου 2020", "2020-06-05 00:00"),        # a month in any language CLDR knows
    ("Leaders meet at the lakeside palaceJune 05, 2020 15:34", "2020-06-05 15:34"),   # glued to its headline
    ("Two ministers discuss trade | News | Wire | 05.06.2020", "2020-06-05 00:00"),   # a title line's last part
])
def test_timestamp_lines_of_real_pages(head, published):
    art = parse_text(f"Ministers meet in the capital\n\n{head}\n\nThe two ministers met on Monday to talk.")
    assert art["published"] == pd.Timestamp(published)
    assert art["text"] == "The two ministers met on Monday to talk."


def test_a_dateline_below_a_summary():
    summary = ("The two presidents agreed to open a new border crossing and to double trade within five years, "
               "officials said after talks that lasted for most of the day. ") * 2 + "Ministers will meet in May."
    body = "The president of the neighbouring state arrived on Monday for a three-day state visit, his first in years."
    stand = "The deal follows a year of talks on trade."
    art = parse_text("Presidents agree on crossing\n\n" + stand + "\n\n" + summary
                     + "\n\nLUSAKA, March 3 (Wire) - " + body)
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == ("Lusaka", "ZMB", "Wire")
    assert art["text"] == stand + "\n\n" + summary + "\n\n" + body
    # a sentence that opens with a city's name is no dateline
    art = parse_text("Presidents agree on crossing\n\n" + summary + "\n\nLusaka hosted the talks. " + body)
    assert art["dateline_city"] is None


def test_a_date_in_the_sites_language_above_the_headline_is_its_date_bar():
    raw = "05 июня 2020, пятница\n\nMinisters meet in the capital\n\nThe two ministers met on Monday to talk."
    assert parse_text(raw)["published"] is None


def test_a_script_line_and_a_comment_form_are_no_text():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy."
    raw = ("ym[0]=1*new Date(); for (var j = 0; j < document.scripts.length; j++) {k=1;}\n\n"
           "Ministers meet in the capital\n\n" + "\n\n".join([body] * 4) + "\n\nAdd comment\n\nName: *\n\nText: *")
    art = parse_text(raw)
    assert art["text"].startswith(body) and "document" not in art["text"]
    assert art["dateline_city"] is None


def test_a_byline_with_an_agencys_initials_names_no_place():
    art = parse_text("Leaders meet\n\nBy Jane Roe, PA\n\nThe two presidents met on Thursday in the capital to talk.")
    assert (art["author"], art["dateline_city"]) == ("Jane Roe", None)


def test_a_date_signed_above_the_sites_footer():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    foot = "\n\n".join(["October 04, 2011", "To leave a comment please sign up", "Home page   Back   Go to top",
                         "Catalogue", "Marketplace", "What news would you like to read?"])
    assert parse_text(body + "\n\n" + foot)["published"] == pd.Timestamp("2011-10-04")


def test_a_stamp_with_the_body_glued_to_its_time():
    art = parse_text("Mayor receives envoy\nCity news | Wire | March 3, 2012 20:57The mayor received the envoy "
                     "of a friendly state and talked about ties between the two capitals.")
    assert art["published"] == pd.Timestamp("2012-03-03 20:57")
    assert art["text"].startswith("The mayor received the envoy")


def test_a_dated_paragraph_below_the_lead():
    lead = "The minister met the commissioner on Monday in the capital."
    rest = ("The minister was pleased to resume contact with the commissioner early, and said the main aim "
            "was to prepare the next round of the energy dialogue.")
    art = parse_text("Minister holds talks\n\n" + lead + "\n\n19/01/2005 :: " + rest)
    assert art["published"] == pd.Timestamp("2005-01-19")
    assert rest in art["text"] and "::" not in art["text"]


def test_a_stamp_below_a_lead_above_letters():
    lead = "The two states established relations on 1 August 1973. To mark the day, the leaders exchanged letters. " * 2
    letter = "\n\n".join(["Letter from the President", "1 August 2013", "Dear President,",
                           "I send my warmest wishes to you and the people of your country on this day. " * 3,
                           "Letter from the Prime Minister", "Dear Prime Minister,", "I send my wishes too. " * 10])
    art = parse_text("Messages on the anniversary\n\n" + lead + "\n\n. . . . .\n\n1 AUGUST 2013\n\n" + letter)
    assert art["published"] == pd.Timestamp("2013-08-01")


def test_a_stamp_below_a_standfirst():
    stand = "“The two states are close partners,” the minister said at the start of a three-day trip. " * 3
    raw = ("The minister's statement in the capital\n" + stand + "\n2 min reading time\n- Statement\n"
           "- Sunday, 15 September 2024\nThe minister spoke to the press after the talks on Sunday.")
    assert parse_text(raw)["published"] == pd.Timestamp("2024-09-15")


def test_dated_teasers_above_the_story_give_no_publication_date():
    # a site's list of other stories, each headline with its date, above this page's own
    art = parse_text("Ministers meet in the capital\n\nFloods close the northern road\nMay 3, 2021\n"
                     "Museum opens a new hall\nMay 9, 2021\n\nTBILISI – The two ministers met on Monday "
                     "to talk about trade and transit, and agreed to meet again in the spring.")
    assert art["published"] is None
    assert art["dateline_city"] == "Tbilisi"
    # a stamp and an update stamp are no such list
    art = parse_text("Ministers meet\n\nMay 3, 2021\nUpdated: May 9, 2021\n\nThe two ministers met on Monday.")
    assert art["published"] == pd.Timestamp("2021-05-03")


def test_a_date_in_a_headline_is_no_publication_date():
    art = parse_text("Leaders to meet on 5 May 2024 in the capital for talks on energy\n\nThe leaders will meet.")
    assert art["published"] is None


@pytest.mark.parametrize("raw, published, city, country", [
    ("DUSHANBE, 22.05.2024 /NIAT Khovar/. The minister held a meeting.", "2024-05-22", "Dushanbe", "TJK"),
    ("YEREVAN, MAY 13, ARMENPRESS. The minister met his counterpart.", None, "Yerevan", "ARM"),
    (" date 2024-02-02 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 2 (KUNA) -- The minister said.",
     "2024-02-02", "Kuwait City", "KWT"),
    ("Washington, DC (Wire) The secretary met the ministers.", None, "Washington", "USA"),
    ("Jakarta, MINA – The minister said that talks were requested.", None, "Jakarta", "IDN"),
    ("Tbilisi/05/06/21/Wire: The minister met his counterpart.", None, "Tbilisi", "GEO"),   # numeric day unsure: no date
    ("Tbilisi/06/25/21/Wire: The minister met his counterpart.", "2021-06-25", "Tbilisi", "GEO"),
    ("USA: The two ministers met in Washington.", None, None, None),   # a country alone, undated: no dateline
    ("Nairobi March 3/2021 The minister received the envoy.", "2021-03-03", "Nairobi", "KEN"),
    ("Nairobi /KNA/ March 3/2021 The minister received the envoy.", "2021-03-03", "Nairobi", "KEN"),
    ("AMMAN - 4 March 2021: The minister received the envoy.", "2021-03-04", "Amman", "JOR"),
    ("Muscat, 4th March, 2021 (Wire) -- The minister received the envoy.", "2021-03-04", "Muscat", "OMN"),
    ("Osh, 4 March 2021, news.kg - The minister received the envoy.", "2021-03-04", "Osh", "KGZ"),
    ("LIMA, Peru, March 4 (Wire) -- The minister received the envoy.", None, "Lima", "PER"),
    ("Lviv • Wire The minister received the envoy.", None, "Lviv", "UKR"),
    ("Lviv, 4 March 2021, 14:30 (Wire) The minister received the envoy.", "2021-03-04", "Lviv", "UKR"),
    ("Antalya, 4 March 2021, AB - The minister received the envoy.", "2021-03-04", "Antalya", "TUR"),
    ("Calgary, Alberta, March 4, 2021 – The minister received the envoy.", "2021-03-04", "Calgary", "CAN"),
    ("Seville, 4 Mar (Wire).- The minister received the envoy.", None, "Seville", "ESP"),
    ("Sidon - WIRE - The minister received the envoy.", None, "Sidon", "LBN"),
    ("Osh, Mar. 4 - Wire. The minister received the envoy.", None, "Osh", "KGZ"),
    ("Ghent, 16/03/2021 - The minister received the envoy.", "2021-03-16", "Ghent", "BEL"),
    ("Ghent, 4/03/2021 - The minister received the envoy.", None, "Ghent", "BEL"),   # 4 March or April 3
    ("Tashkent. May 4. Steppenews - The two ministers met.", None, "Tashkent", "UZB"),
    ("Yerevan. 9 June. NEWS.AM/ The delegation arrived.", None, "Yerevan", "ARM"),
    ("Georgia, Tbilisi / Wire , A.Writer / The minister met the ambassador.", None, "Tbilisi", "GEO"),
    ("(Wire) – Madrid, April 2 – The minister received the ambassador.", None, "Madrid", "ESP"),
    ("HÀ NỘI — Việt Nam and its neighbour agreed to expand trade.", None, "Hanoi", "VNM"),
    ("KAZAN/MINSK – The two delegations met to discuss trade.", None, "Kazan", "RUS"),   # the first of two cities
    ("LUSAKA-- Zambia's minister met the envoy at the ministry on Monday.", None, "Lusaka", "ZMB"),   # dashes glued
    ("Siem Reap (AB), Jan. 8 – The minister met the envoy.", None, "Siem Reap", "KHM"),   # the credit before the date
    ("Male', 3 May 2021 - The speaker received the envoy.", "2021-05-03", "Male", "MDV"),   # the city's apostrophe
    ("Gitega, Burundi |  The minister received the envoy of the neighbouring state on Monday to talk.",
     None, "Gitega", "BDI"),                                                             # a bar after the country
    ("Presidential Palace, Bissau, Monday 3 May 2021 – The president received the envoy.",
     "2021-05-03", "Bissau", "GNB"),                                                     # a building, a weekday
    ("Government House, Kano - The governor received the envoy of the neighbouring state on Monday.",
     None, "Kano", "NGA"),
    ("TOPEKA − The governor will lead a trade mission to two European states next week, his office said.",
     None, "Topeka", "USA"),                                                             # a minus sign for a dash
    ("Mombasa, Kenya, Tue 4th May 2021 | The governor received the envoy of the neighbouring state on a visit.",
     "2021-05-04", "Mombasa", "KEN"),   # read loosely (the date by _dated_line: a place and a weekday before it)
    ("FEDERAL Member for the district welcomed the prime minister of a neighbouring state to the town yesterday.",
     None, None, None),                                                                  # a word in capitals, a small town's name
    ("AB, Kigali – On Friday the foreign minister received the envoy of a neighbouring state for talks on trade.",
     None, "Kigali", "RWA"),                                                             # an agency's initials first
    ("DAVOS – The president met the prime minister of a neighbouring state at the forum on Tuesday.",
     None, "Davos", "CHE"),                                                              # a small town (GeoNames 5,000+)
    ("Cholpon-Ata, May 3 (Wire) – The presidents met on the shore of the lake.", None, "Cholpon-Ata", "KGZ"),
    ("Gabala, Azerbaijan – The presidents met at the resort on Tuesday.", None, "Gabala", "AZE"),   # GeoNames' Qabala
    ("Avaza, Turkmenistan – The presidents met at the resort on Tuesday.", None, "Avaza", "TKM"),   # the country vouches
    ("Zambia: Miners return to work after talks with the government end in a deal on pay and hours of work",
     None, None, None),                                                                  # a country heading a headline
    ("Singapore: The minister met his counterpart on Monday to talk about trade and the region.",
     None, "Singapore", "SGP"),                                                          # a city-state
    ("25/06/2021 (Wire) – The minister met his counterpart on Monday to talk about trade.",
     "2021-06-25", None, None),                                                          # a date and a credit
    ("Rio de Janeiro | Wire Digital – The minister received the envoy.", None, "Rio de Janeiro", "BRA"),
    ("Mombasa - The minister received the new envoy of the neighbouring state at the port.", None, "Mombasa", "KEN"),
    ("Ghent - Antwerp motorway closed for works", None, None, None),     # places in a headline, no sentence
    ("Notes from the visit\n\n9 May 2021\nCalgary, Alberta\nThe minister received the envoy.",
     "2021-05-09", "Calgary", "CAN"),      # a place line below the stamp
    ("Notes from the visit\n\n9 May 2021\nCalgary, Lima\nThe minister received the envoy.",
     "2021-05-09", None, None),            # two places: no place line
    ("Wire\n\nNotes from the visit\n\n10:15 | Quito, May 9.\n\nThe minister received the envoy.",
     None, "Quito", "ECU"),                # a time and a bar before the dateline
    ("?Manila: The secretary met his counterpart.", None, "Manila", "PHL"),
    ("Ministers meet\n\nIMG alt=”” src=”” IMG class=x alt=”A photo” src=”” (Wire) – Lisbon, May 2 – The minister met.",
     None, "Lisbon", "PRT"),
    ("Amman - " + "The foreign minister received the visiting delegation and discussed regional matters, "
     "trade, investment and the situation in the neighbouring states, the ministry said.", None, "Amman", "JOR"),
])
def test_more_datelines_of_real_pages(raw, published, city, country):
    art = parse_text(raw)
    assert (None if art["published"] is None else art["published"].strftime("%Y-%m-%d")) == published
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    raw = ("BAKU, Azerbaijan, December 6. The foreign minister of the country has met with\n"
           "the visiting envoy of a partner state, the ministry said on Wednesday in a\n"
           "statement.\nThe sides discussed the agenda of bilateral cooperation.\n")
    art = parse_text(raw)
    assert art["text"] == ("The foreign minister of the country has met with the visiting envoy of a partner "
                           "state, the ministry said on Wednesday in a statement.\n\n"
                           "The sides discussed the agenda of bilateral cooperation.")


def test_a_lone_city_line_in_title_case_above_a_stamp():
    art = parse_text("Ministers talk trade\n\nNew Delhi\n\n07 January 2022 09:44 IST\n\nThe minister held talks.")
    assert (art["dateline_city"], art["dateline_country"]) == ("New Delhi", "IND")
    assert art["published"] == pd.Timestamp("2022-01-07 09:44")
    assert art["text"] == "The minister held talks."


def test_furniture_of_several_lines_above_a_dateline_is_head():
    furniture = "\n\n".join(["MARKETS TODAY", "Ministers hold talks", "A summary of the talks in one line.",
                              "Published: 14th February 2022 11:37 AM", "A photo caption (Photo | Wire)", "By Wire"])
    art = parse_text(furniture + "\n\nMANILA: The minister held talks on Monday.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Manila", "PHL")
    assert art["text"] == "The minister held talks on Monday."


def test_a_stamp_line_below_a_long_headline_is_not_joined_to_it():
    raw = ("The portal of the state\nOn the official visit of the President to the neighbouring state\n"
           "2019-10-02 | Politics\nOn October 3, the President will pay an official visit.")
    art = parse_text(raw)
    assert art["published"] == pd.Timestamp("2019-10-02")
    assert "Politics" not in art["text"]


def test_a_cookie_notice_is_clutter():
    raw = ("This website uses cookies to give you the best service. By using it you agree to the "
           "processing of your data by electronic means as described in our policy, which you can read.\n\n"
           "Ministers talk\n\n14.12.2023\n\nOn Thursday the minister met his counterparts.")
    art = parse_text(raw)
    assert art["published"] == pd.Timestamp("2023-12-14")
    assert art["text"] == "On Thursday the minister met his counterparts."


def test_a_date_signed_at_the_foot_of_a_release():
    raw = ("The two foreign ministers exchanged messages on the anniversary of relations.\n\n"
           "Ministry of Foreign Affairs\n\nKathmandu\n\n15 March 2021")
    art = parse_text(raw)
    assert art["published"] == pd.Timestamp("2021-03-15")
    assert "15 March 2021" not in art["text"]
    # related posts at the foot, each with its date, give none
    raw = ("The two foreign ministers exchanged messages on the anniversary of relations. " * 3 + "\n"
           "Recent Posts\nA match was won\nMarch 12, 2021\nA cup was lifted\nMarch 12, 2021")
    assert parse_text(raw)["published"] is None
    # below a dateline with a month and day, a foot date of the same day gives the year
    lead = "OSH, Mar. 15 (Wire) - " + "The two foreign ministers exchanged messages on the anniversary of relations. " * 3
    assert parse_text(lead + "\n\n15 March 2021")["published"] == pd.Timestamp("2021-03-15")
    assert parse_text(lead + "\n\n14 March 2021")["published"] is None


def test_the_sites_lists_of_other_stories_end_the_text():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    raw = body + "\n\nRelated posts\n\nAnother state signs a deal with a third one\n\nMore text of other stories."
    art = parse_text(raw)
    assert art["text"] == body.strip()
    # before any body text, such a line is only a line of clutter
    art = parse_text("Recent News\n\n" + body)
    assert art["text"] == body.strip()


def test_a_run_of_headlines_at_the_foot_is_another_list_of_stories():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    foot = ["A state and its neighbour discuss water sharing plans", "March 3, 2021",
            "The premier opens a new railway line in the north", "Ministers of the region meet in the capital",
            "A delegation of the parliament visits a partner state"]
    art = parse_text(body + "\n\n" + "\n\n".join(foot))
    assert art["text"] == body.strip()
    # a short bulleted list closing an article stays
    items = "\n\n".join(["• trade", "• technical cooperation", "• border patrols", "• culture and sports"])
    assert "technical cooperation" in parse_text(body + "\n\n" + items)["text"]


@pytest.mark.parametrize("raw, city, country, outlet, month_day", [
    # the country in brackets after the city (or alone), as a wire service writes it
    ("Riga [Latvia], March 3 (WIRE): The two ministers met to talk about the port.", "Riga", "LVA", "WIRE", (3, 3)),
    ("[Nepal], Feb.9 (WIRE): Envoys of three states called on the minister.", None, "NPL", "WIRE", (2, 9)),
    ("Oslo [Norway], June 1 : A delegation arrived for talks on fisheries.", "Oslo", "NOR", None, (6, 1)),
])
def test_a_country_in_brackets_in_the_dateline(raw, city, country, outlet, month_day):
    art = parse_text("A headline about a visit\n\n" + raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    if outlet:
        assert art["outlet"] == outlet
    assert art["text"][:3] in raw and not art["text"].startswith(("[", "Riga", "Oslo"))
    # a bracketed word that is no country opens no dateline
    assert parse_text("[Update] The two ministers met on Monday.")["dateline_country"] is None


@pytest.mark.parametrize("head, published", [
    # page furniture beside the stamp: a view count, print and download buttons
    ("912 March 4, 2019 Print Download (PDF 31 Kb)", "2019-03-04"),
    # a byline that carries the first publication and the update
    ("By Desk Staff Published: Tue 3 May 2022, 6:05 PM Last updated: Tue 3 May 2022, 6:15 PM", "2022-05-03 18:05"),
])
def test_stamps_among_page_furniture(head, published):
    raw = "A minister visits a partner state\n\n" + head + "\n\nThe minister arrived on a visit to hold talks on trade."
    assert parse_text(raw)["published"] == pd.Timestamp(published)


def test_a_foot_date_whose_day_and_month_can_be_mistaken_is_no_stamp():
    body = "The prime minister received the visiting foreign minister and discussed trade and transit. " * 3
    # an exchange-rate widget closing the page, dated in an order that cannot be told
    assert parse_text(body + "\n\nOne euro trades at 4.31 units\n\n08/04/2025")["published"] is None
    # a day above twelve tells the order
    assert parse_text(body + "\n\nPress office\n\n18/04/2025")["published"] == pd.Timestamp("2025-04-18")


def test_related_articles_ends_the_text_and_read_also_does_not():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    teaser = "Leaders of five other states issued a joint statement on a third country."
    art = parse_text(body + "\n\nRelated articles\n\nEditor's choice\n\n" + teaser)
    assert art["text"] == body.strip()
    # "Read also" stands inside an article, before a link: only that line goes
    more = "The ministers also agreed to meet again in the autumn to review the plan."
    art = parse_text(body + "\n\nRead also\n\n" + more)
    assert art["text"] == body.strip() + "\n\n" + more


def test_check_also_opens_a_list_of_other_stories():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    art = parse_text(body + "\n\nCheck Also\n\nA leader of a third state plots a change of the law")
    assert art["text"] == body.strip()


def test_a_related_content_line_is_clutter():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    art = parse_text(body + "\n\nRELATED CONTENT: A third state signs a deal\n\nRelated to this, they met again.")
    assert "RELATED" not in art["text"] and art["text"].endswith("Related to this, they met again.")


def test_an_agencys_initials_glued_to_the_city_and_the_country_in_brackets():
    art = parse_text("APA-Dakar (Senegal) The president received the new envoy of Mali on Monday in the capital.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Dakar", "SEN")
    assert art["text"].startswith("The president received")
    # ... not two states' initials before a bracket
    assert parse_text("US-China (Talks) Members met in Geneva on Monday.")["dateline_city"] is None


def test_a_reprints_state_and_day_line_then_the_storys_own_dateline():
    # EIN Presswire's "VIETNAM, April 18 -" on its line, then the story's "HÀ NỘI —"
    art = parse_text("VIETNAM, April 18 -\n\nJAKARTA — The foreign minister paid a courtesy call to the president on "
                     "Tuesday in Jakarta.")
    assert (art["published"], art["dateline_city"], art["dateline_country"]) == (None, "Jakarta", "IDN")
    assert art["text"].startswith("The foreign minister paid")


def test_the_stamp_in_a_byline_line_with_the_outlet():
    art = parse_text("Home / China / Xi's Moments\n\nChina, Russia vow to bolster ties\n\nBy Zhang Wei | Daily Wire | "
                     "Updated: 2024-10-03 07:43\n\nShare\n\nAs Wednesday marked the 75th anniversary of relations, "
                     "the two presidents exchanged messages of congratulations on the day.")
    assert art["published"].isoformat() == "2024-10-03T07:43:00"


def test_a_dash_glued_to_a_title_case_city_before_a_short_line():
    # the page broke the first sentence after a few words: "London- President X has held\n\nbilateral talks"
    art = parse_text("PRESIDENT MEETS KING\n\nLondon- President Hakainde Hichilema has held\n\nbilateral talks with "
                     "the King at the palace here in London.")
    assert (art["dateline_city"], art["dateline_country"]) == ("London", "GBR")
    assert parse_text("Baku- Tbilisi\n\nThe railway opened on Monday after long delays.")["dateline_city"] is None


def test_of_two_stamps_above_the_story_the_one_of_the_datelines_day():
    # "24 Nov 2024" is the site's day; the story's stamp and its dateline say 11 December
    art = parse_text("24 Nov 2024\nWednesday 11 December 2013 - 11:00\nStory Code : 70720\n\nSpokeswoman on ties\n\n"
                     "Tehran, Dec 11, IRNA Foreign Ministry spokeswoman said the two states enjoy high capacities.")
    assert art["published"].date().isoformat() == "2013-12-11"
    assert (art["dateline_city"], art["dateline_country"]) == ("Tehran", "IRN")


def test_a_bureaus_and_a_news_desks_credit_lines_give_the_city():
    art = parse_text("Minister to visit Moscow\n\nThe Daily Bureau NEW DELHI\n\nOctober 27, 2022 22:34 IST\n\n"
                     "The External Affairs Minister will visit Moscow next week for talks with his counterpart.")
    assert (art["dateline_city"], art["dateline_country"]) == ("New Delhi", "IND")
    art = parse_text("Two states mark ties\n\nNews Portal News Desk | Beijing | Updated: 01-04-2025 15:53 IST\n\n"
                     "India and China marked the 75th anniversary of their diplomatic relations on Tuesday.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Beijing", "CHN")


def test_a_japanese_date_alone_on_its_line():
    art = parse_text("Welcoming speech by the Ambassador\n\n平成30年12月26日\n\nLadies and gentlemen. Thank you for "
                     "coming to today's reception to celebrate the birthday of His Majesty.")
    assert art["published"].date().isoformat() == "2018-12-26"


def test_the_public_wires_stamp_puts_the_month_first():
    art = parse_text("Office of the President\n\n10/05/2022 | Press release | Distributed by Public on 10/05/2022 21:50\n\n"
                     "The President welcomed the visiting president and his delegation at the palace on Wednesday.")
    assert art["published"].date().isoformat() == "2022-10-05"


def test_the_outlets_name_and_the_day_each_with_a_colon():
    art = parse_text("Island Telegraph: 10 May 2021:\n\nThree days ago the minister met the new envoy in the capital "
                     "for talks on trade and investment.")
    assert (art["published"].date().isoformat(), art["dateline_city"], art["outlet"]) == \
        ("2021-05-10", None, "Island Telegraph")
    assert art["text"].startswith("Three days ago")


def test_a_reprinters_wrapper_then_the_wires_dateline():
    # UrduPoint's "(UrduPoint / Pakistan Point News / WAM - 18th Jan, 2025)" before WAM's own dateline
    art = parse_text("Two ministers discuss ties\n\n(UrduPoint / Pakistan Point News / WAM - 18th Jan, 2025) ABU DHABI, "
                     "18th January, 2025 (WAM) – The foreign minister discussed ties with his counterpart by phone.")
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == ("Abu Dhabi", "ARE", "WAM")
    assert art["text"].startswith("The foreign minister")


def test_the_day_first_then_the_city_and_a_colon():
    art = parse_text(" date 2017-08-16 16 August, Kathmandu: The visiting vice premier called on the prime minister "
                     "at his office on Wednesday.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Kathmandu", "NPL")
    assert art["text"].startswith("The visiting vice premier")


def test_a_city_and_an_agency_joined_by_an_equals_sign():
    # the Korean service's credit, translated: "(SEOUL=Yonhap News)", "(Seoul = Yonhap News) Reporter X ="
    art = parse_text("Agency to follow up visit\n\n(SEOUL=Yonhap News) The trade agency will set up a task force after "
                     "the president's visit to the Middle East.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Seoul", "KOR")
    assert art["text"].startswith("The trade agency")
    art = parse_text("(Seoul = Yonhap News) Reporter Kim Min-ji = The president said on the 2nd that the summit "
                     "restores the relations of the two states.")
    assert art["dateline_city"] == "Seoul" and art["text"].startswith("The president said")


def test_an_aggregators_tag_and_topic_labels_are_clutter():
    # an aggregator's labels between the headline and the dateline ("Tagged:", "Related Topics")
    art = parse_text("12 March 2019\n\nState News Agency (Addis Ababa)\n\nEthiopia: Two States Keen to Widen Ties\n\n"
                     "Tagged:\n\nRelated Topics\n\nAddis Ababa — Ethiopia and Kenya have expressed their wish to widen "
                     "their trade and transport ties, the ministry said.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Addis Ababa", "ETH")
    assert "Tagged" not in art["text"] and "Related Topics" not in art["text"]


def test_a_language_switch_line_is_clutter():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy."
    art = parse_text("Ministers meet\n\nRussian version\n\n" + body + "\n\nThe full version of the plan is due.")
    assert art["text"] == body + "\n\nThe full version of the plan is due."


def test_an_also_read_line_is_clutter():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    art = parse_text(body + "\n\nALSO READ A leader of a third state plots a change of the law\n\n" + body)
    assert "ALSO READ" not in art["text"] and art["text"].count("foreign ministers") == 4


def test_previous_and_next_article_links_end_the_text():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    art = parse_text(body + "\n\nPrevious articleA leader of a third state plots a change of the law\n"
                     "Next articleFloods close the northern road for a week")
    assert art["text"] == body.strip()


@pytest.mark.parametrize("head, published", [
    # the weekday tells which of two numbers is the day: 8 March 2023 was a Wednesday
    ("Wed, 03/08/2023 - 14:35", "2023-03-08 14:35"),
    ("Wed, 08/03/2023 - 14:35", "2023-03-08 14:35"),
    # reading time and comment counts beside the stamp
    ("March 12, 2023 Reading time: 3 min", "2023-03-12"),
    ("5 min read | 12 March 2023", "2023-03-12"),
])
def test_more_stamps_of_news_sites(head, published):
    raw = "A minister meets a delegation\n\n" + head + "\n\nThe foreign minister received the visiting delegation."
    assert parse_text(raw)["published"] == pd.Timestamp(published)


LEAD = ("the governor of the province received the visiting ambassador and the two spoke about trade, "
        "tourism and the ties between the two kingdoms, which both sides called strong and growing.")


@pytest.mark.parametrize("raw, published, updated, city", [
    # an update stamp after the site's name, with no other date
    ("Other languages Contact\n\nMinisters hold talks\n\nministry.example| Updated: 2021-05-13\n\n"
     "On May 11 the ministers met. " + LEAD, "2021-05-13", "2021-05-13", None),
    # no space after the comma of the date; an agency after the stamp
    ("Ministers meet on ties\n\nUpdated: May 24,2016 9:32 AM     Wire\n\nTASHKENT — " + LEAD,
     "2016-05-24 09:32", "2016-05-24 09:32", "Tashkent"),
    # a clutter line ("Source: ...") that carries the stamp
    ("Leaders exchange messages\n\nSource: Wire | 2022-04-02\n\nBEIJING, April 2 (Wire) -- " + LEAD,
     "2022-04-02", None, "Beijing"),
    # a dateline of a date alone, on a hard-wrapped page
    ("Two states hold consultations\n20 February 2014 – The two states held consultations in the capital\n"
     "yesterday, February 19, led by their deputy ministers.", "2014-02-20", None, None),
    # a big city and a comma before a paragraph
    ("Governor receives ambassador\n\nManama, His Highness " + LEAD, None, None, "Manama"),
    # empty parentheses where the agency's name was lost
    ("A summit is held\n\nJeddah () – On July 19 " + LEAD, None, None, "Jeddah"),
])
def test_shapes_of_official_pages(raw, published, updated, city):
    art = parse_text(raw)
    assert art["published"] == (pd.Timestamp(published) if published else None)
    assert art["updated"] == (pd.Timestamp(updated) if updated else None)
    assert art["dateline_city"] == city


@pytest.mark.parametrize("raw", [
    "Baku, Tbilisi and Ankara agreed on Monday to " + LEAD,        # places, not a dateline
    "Tokyo, Japan's capital, will host the talks where " + LEAD,   # a city and its country
    "Manama, His Highness received the ambassador.",               # too short for a paragraph
])
def test_a_city_and_a_comma_that_open_no_dateline(raw):
    art = parse_text(raw)
    assert art["dateline_city"] is None and art["text"] == raw


@pytest.mark.parametrize("head", [
    "Home > News > Politics\n\nMinister receives delegation\n\n12 March 2023, 14:35\n\n",
    "Minister receives delegation\n\nPolitics\n\n12 March 2023\n\nShare\n\n",
    "Breaking News\n\nMinister receives delegation\n\nJane Roe\n\n12 March 2023\n\n",
    "Minister receives delegation\n\nJane Roe, Staff Reporter\n\nPublished: 12 March 2023 | Updated: 13 March 2023\n\n",
    "Minister receives delegation\n\nWritten by Jane Roe\n\nSunday, 12 March 2023 14:35\n\n",
    "Minister receives delegation\n\n1234 views\n\n12 March 2023\n\n",
    "Minister receives delegation\n\nPosted By: Jane Roe on: March 12, 2023 In: Politics\n\n",
])
def test_furniture_above_a_stamp_is_head(head):
    body = ("The foreign minister received the visiting delegation and discussed trade, energy and transport "
            "cooperation between the two states on Sunday.")
    art = parse_text(head + body)
    assert art["published"].date() == pd.Timestamp("2023-03-12").date()
    assert art["text"] == body


@pytest.mark.parametrize("stamp, published", [
    # the date's part of a long line cut by bars
    ("By John Doe | Staff Reporter at the Capital Bureau | Published: 12 March 2023 14:35 | "
     "Updated: 13 March 2023 09:00 | 3 min read | Politics, World, Diplomacy", "2023-03-12 14:35"),
    # a breadcrumb ending with the date
    ("Home » World » Asia » Central Asia » Minister receives delegation » 12 March 2023", "2023-03-12"),
    # an author after the date, a publisher or a label before it
    ("March 12, 2023 by Jane Roe Leave a Comment", "2023-03-12"),
    ("Trend News Agency, 12 March 2023", "2023-03-12"),
    ("Statement by the Ministry, 12.03.2023", "2023-03-12"),
    ("Date of publication: 12 March 2023", "2023-03-12"),
    ("English edition. 12 March 2023. Sunday", "2023-03-12"),
])
def test_stamps_inside_page_furniture(stamp, published):
    body = ("The foreign minister received the visiting delegation and discussed trade, energy and "
            "transport cooperation between the two states at length on Sunday.")
    art = parse_text("Minister receives delegation\n\n" + stamp + "\n\n" + body)
    assert art["published"] == pd.Timestamp(published)
    assert art["text"] == body


def test_a_city_in_capitals_that_lost_its_dash():
    body = ("The foreign minister received the visiting delegation and discussed trade, energy and "
            "transport cooperation on Sunday.")
    art = parse_text("Minister receives delegation\n\nASTANA " + body)
    assert (art["dateline_city"], art["dateline_country"], art["text"]) == ("Astana", "KAZ", body)
    # an organization in capitals, or a short line, opens no dateline
    assert parse_text("NATO " + body)["dateline_city"] is None
    assert parse_text("ASTANA The minister met him.")["dateline_city"] is None


def test_st_petersburg_in_a_dateline_is_the_russian_city():
    art = parse_text("ST. PETERSBURG, June 16 (Wire) - The ministers met at the economic forum.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Saint Petersburg", "RUS")


def test_a_gap_then_headlines_one_a_line_is_the_sites_list_of_other_stories():
    body = "The foreign ministers of the two states met on Monday and discussed trade, transport and energy. " * 2
    foot = ("A statement of two ministries on the thirtieth anniversary of their relations\n"
            "A new envoy presents copies of his credentials in the capital\n"
            "The assembly adopts a resolution on a year of legal literacy\n"
            "Two states discuss cooperation in the energy sector")
    assert parse_text(body + "\n\n\n\n\n" + foot)["text"] == body.strip()
    # without the gap, or with lines that end sentences, the lines stay
    lines = "\n".join(["The sides agreed to meet again in the spring to review the plan of work."] * 4)
    assert "review the plan" in parse_text(body + "\n\n\n\n\n" + lines)["text"]


@pytest.mark.parametrize("foot", ["This article was published on 12 March 2023",
                                  "Issued on 12 March 2023 by the Press Office"])
def test_a_release_that_says_when_it_was_issued(foot):
    body = ("The foreign minister received the visiting delegation and discussed trade, energy and transport "
            "cooperation between the two states at length on Sunday.\n\nThe sides agreed to meet again.")
    assert parse_text("Minister receives delegation\n\n" + body + "\n\n" + foot)["published"] == pd.Timestamp("2023-03-12")


# shapes of pages from outlets new to the set (session of 2026-12-07), in our own wording
@pytest.mark.parametrize("raw, published, city, country, text_start", [
    # the date in brackets after the dateline's dash, glued or spaced
    ("Leaders meet\n\nBridgetown, Barbados—(May 4, 2022) The Prime Minister said the visit of her "
     "counterpart from Guyana would open new routes for trade.\n", "2022-05-04", "Bridgetown", "BRB", "The Prime"),
    ("Leaders meet\n\nBridgetown, Barbados – (4 May 2022) – The Prime Minister said the visit of her "
     "counterpart from Guyana would open new routes for trade.\n", "2022-05-04", "Bridgetown", "BRB", "The Prime"),
    # an event line of a speech: date; time; venue
    ("Remarks by the Ambassador at a trade fair\n\nMay 4, 2022; 1900 hrs; Grand Hall of the Chamber\n\n"
     "Dear friends, it is an honour to open the fair that brings our two nations closer in trade and culture.\n",
     "2022-05-04", None, None, "Dear friends"),
    # a post's meta line that repeats the headline, with its categories before the date
    ("Ministers of Chile and Peru meet in Lima on trade\nAmericas, World, News May 4, 2022 Comments Off on "
     "Ministers of Chile and Peru meet in Lima on trade3 minute read\nThe foreign ministers of Chile and Peru "
     "met in Lima on Wednesday to discuss trade.\n", "2022-05-04", None, None, "The foreign"),
    # a place line with a month and a year only: the city, no date
    ("Courtesy call\n\n\nLisbon, May 2022\n\nAt the ministry, the director of the Department of Africa "
     "received the new Ambassador of Angola for a courtesy call and talks on trade.\n", None, "Lisbon", "PRT", "At the"),
    # the reporter's city in capitals after the byline's name
    ("By: Jane Roe NAIROBI\n\nThe President of Kenya received a delegation from the parliament of Tanzania "
     "at State House on Tuesday morning.\n", None, "Nairobi", "KEN", "The President"),
    # Washington D.C. without its comma, before a sentence that opens with a people's name
    ("Washington D.C. – Armenian and Azerbaijani leaders signed a peace agreement at the White House on "
     "Friday, after talks brokered by the host.\n", None, "Washington", "USA", "Armenian"),
    # a month, a day and a year set one a line above the headline
    ("may\n\n4\n\n2022\n\nKenya and Uganda open a border post\n\nThe ministers of Kenya and Uganda opened a "
     "border post on the road to Busia on Wednesday, and spoke of trade and of the railway.\n",
     "2022-05-04", None, None, "The ministers"),
    # a place no table knows before a whole date: the date is the page's, the place no dateline
    ("Region, 4 May 2022(KNA): The ministers of Kenya and Uganda opened a border post on the road "
     "to Busia.\n", "2022-05-04", None, None, "The ministers"),
    ("Lakeside Hall, Wednesday, May 4, 2022 – The ministers of Kenya and Uganda opened a border post "
     "on the road to Busia.\n", "2022-05-04", None, None, "The ministers"),
    # ... and with its comma, the date and an agency's initials after it
    ("Washington D.C., 3 June 2024 (KNA): The deputy foreign minister of Kenya held talks at the State "
     "Department on trade and security.\n", "2024-06-03", "Washington", "USA", "The deputy"),
    # a label and a headline above a standfirst, then notes and a date line of its own
    ("Agenda\n\nSummit of the Turkic States\n\nThe Summit of the Organization of Turkic States was held on "
     "6 May 2022 in Bursa under the theme of peace, and three decisions of the member states were signed "
     "there by the heads of state of the organization.\nSummit image\nRecently Added:\nbadge icon\n\n"
     "This article was translated automatically from another language.\n\nArticle\n\nMay 7, 2022\n\n"
     "The Summit of the Organization of Turkic States, a meeting of the heads of the member states, was held "
     "in Bursa and hosted by the President of Turkey. The heads of state discussed transport links, trade "
     "and energy, and agreed on the next summit.\n\nThe summit also admitted an observer state, and the "
     "secretary general of the organization reported on the work of its bodies since the last meeting. "
     "A joint declaration closed the day.\n",
     "2022-05-07", None, None, "Agenda"),
])
def test_shapes_of_new_outlets(raw, published, city, country, text_start):
    art = parse_text(raw)
    assert (None if art["published"] is None else str(art["published"].date())) == published
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    assert art["text"].startswith(text_start)


def test_a_place_before_a_dash_still_names_no_dateline():
    # "Baku - Tbilisi - Kars": places, not a city and its story
    art = parse_text("Baku - Tbilisi - Kars railway to carry more freight this year, the ministers of the three "
                     "countries said in a statement on Friday after their talks.\n")
    assert art["dateline_city"] is None


@pytest.mark.parametrize("stamp", [
    "Published 2 years ago on May 4, 2022",             # how long ago, then the date
    "Details Category: News Published: 04 May 2022",    # a content system's labels run together
    "Jane Roe - May 4, 2022",                           # an author and a dash before the date
])
def test_more_stamp_lines_of_themes(stamp):
    body = ("The foreign ministers of Chile and Peru met on Tuesday to discuss trade, ports and energy. "
            "They agreed to meet again next year in Lima, the ministry said.\n\nBoth sides praised the talks.\n")
    for raw in (f"Chile and Peru ministers discuss ports\n\n{stamp}\n\n{body}", f"{stamp}\nChile and Peru ministers discuss ports\n\n{body}"):
        assert str(parse_text(raw)["published"].date()) == "2022-05-04"
    # a sentence with a dash and a date is still no stamp
    assert parse_text(f"Chile and Peru ministers discuss ports\n\nThe talks went well - May 4, 2022 was the day\n\n{body}")["published"] is None


def test_a_long_menu_above_the_headline_and_dateline():
    menu = "\n".join(["Home", "News", "Politics", "Economy", "Society", "Sport", "Culture", "Opinion", "Video",
                      "Photo", "Contacts", "Search"])
    art = parse_text(menu + "\nChile and Peru ministers discuss ports\n\nLIMA, May 4 (Wire) – The foreign ministers "
                     "of Chile and Peru met on Tuesday to discuss trade and ports.\n\nThey will meet again.\n")
    assert (art["dateline_city"], art["dateline_country"]) == ("Lima", "PER")
    assert art["title"] == "Chile and Peru ministers discuss ports"     # not the menu's first item
    assert art["text"].startswith("The foreign ministers")


def test_a_breadcrumb_set_out_as_a_numbered_list_is_clutter():
    raw = ("1. Home\n  2. »\n  3. News\n  4. »\n  5. Ambassador presents her credentials to the...\n\n"
           "Ambassador presents her credentials to the President of Palau\n\n"
           "The new Ambassador of Chile presented her credentials to the President of Palau in Koror.\n\n"
           "1. The first point of the talks was trade.\n")
    art = parse_text(raw)
    assert art["title"] == "Ambassador presents her credentials to the President of Palau"
    assert art["text"].startswith("The new Ambassador")
    assert art["text"].endswith("1. The first point of the talks was trade.")    # a numbered paragraph stays


def test_a_place_line_with_its_date_below_a_standfirst():
    raw = ("Chile is an important partner of Peru\n\n"
           "The first day of the state visit of the President of Chile to Peru brought a full programme of talks "
           "on trade, ports and energy, and a meeting with the business communities of the two countries in the "
           "capital.\n\nLima, Republic of Peru, 31 Mar 2025\n\nNews\n\n"
           "After a welcome with military honours, the two presidents met for talks on the ports of the coast, and "
           "agreed to open a new line of credit for the exporters of both countries. They also spoke of the road "
           "that links the two states, and of the power line planned along it.\n\nIn the evening the President "
           "of Peru gave a dinner for the guests, and the two delegations went on with talks on health and schools.\n")
    art = parse_text(raw)
    assert str(art["published"].date()) == "2025-03-31"
    # a sentence with a date is no such line
    assert parse_text(raw.replace("Lima, Republic of Peru, 31 Mar 2025", "Talks went on, 31 Mar 2025"))["published"] is None


def test_a_chinese_sites_stamp_line():
    raw = ("Governor meets guests from Peru\n\n来源:本站 发布时间:2019年12月13日 字体:大 中 小\n\n"
           "On the afternoon of July 4, the governor of the province met the mayor of Lima and his delegation, "
           "and the two sides agreed to open direct flights and to work together in trade and culture.\n")
    assert str(parse_text(raw)["published"].date()) == "2019-12-13"


BODY_JKL = ("The foreign ministers of Chile and Peru met on Tuesday to discuss trade, ports and energy, and agreed to "
            "meet again next year in Lima, the ministry said in a statement after the talks.\n\nBoth sides praised "
            "the level of political dialogue between the two countries and the work of their embassies, and they "
            "agreed to open a new air route between the two capitals before the end of the year.\n")


@pytest.mark.parametrize("raw, published", [
    # a release line right below a rule, then the headline without a blank line
    ("THE MINISTRY\nOffice of the Spokesperson\n______________________________\nFor Immediate Release"
     "            May 4, 2022\nReadout of the call between the two ministers of Chile and Peru\n" + BODY_JKL,
     "2022-05-04"),
    # a date in the site's own language above the headline, which writes the same date in English
    ("Peru\n\n4. Oktober 2022\n\nREMARKS BY THE MINISTER AT THE MONTHLY MEDIA BRIEFING, LIMA, 4 OCTOBER 2022\n\n" + BODY_JKL,
     "2022-10-04"),
    # ... and without it, the site's date bar (as before)
    ("Peru\n\n4. Oktober 2022\n\nREMARKS BY THE MINISTER AT THE MONTHLY MEDIA BRIEFING IN LIMA\n\n" + BODY_JKL, None),
    # a stamp written on two lines: month and day, then time and year
    ("Chile and Peru ministers discuss ports\nMay 04\n16:06 2022\nLIMA: " + BODY_JKL, "2022-05-04"),
])
def test_stamps_of_official_pages_and_split_stamps(raw, published):
    got = parse_text(raw)["published"]
    assert (None if got is None else str(got.date())) == published


@pytest.mark.parametrize("raw, published, city", [
    # a place line with its date right below the headline: where and when
    ("Senate ratifies appointments\n\nLima, April 21, 2016\n\n" + BODY_JKL, "2016-04-21", "Lima"),
    # ... not a weekday with a date ("Mon" is also a town)
    ("Mon, 04/22/2024 - 17:41\n\nSenate ratifies appointments\n\n" + BODY_JKL, "2024-04-22", None),
    # day, month and a two-digit year with dots after the city
    ("Deputy minister receives envoy\n\nHarare, 06.06.23. " + BODY_JKL, "2023-06-06", "Harare"),
    # a city alone with its colon below a caption, the share buttons above
    ("Envoy bids farewell\n\nFacebook\nTwitter\nWhatsApp\n\nThe prime minister thanked the envoy.\n\nDhaka:\n\n"
     + BODY_JKL, None, "Dhaka"),
])
def test_datelines_of_official_and_news_pages(raw, published, city):
    art = parse_text(raw)
    assert (None if art["published"] is None else str(art["published"].date())) == published
    assert art["dateline_city"] == city
    assert "Facebook" not in art["text"]


@pytest.mark.parametrize("raw", [
    # a sentence that opens with "From" and a date ("From" is also a town)
    "Envoy visits the region\n\nThe envoy met the community council.\n\nFrom January 25 to January 27, "
    "the envoy will continue his working visit and travel to the capital for talks.\n",
    # an agency's credit in brackets, then a sentence ("Vice" is also a town)
    "Leaders call on the consul\n\n(QNO) - Vice chairman of the provincial committee met the new "
    "consul general of Chile on May 4.\n",
])
def test_words_that_are_also_towns_open_no_dateline(raw):
    assert parse_text(raw)["dateline_city"] is None


def test_a_paragraph_that_names_the_headlines_subject_is_no_meta_line():
    raw = ("Japan's new Development Cooperation Charter\n\nOn 10th February 2015, Japan's new Development Cooperation "
           "Charter was approved by the Cabinet. On the same day a presentation of the Charter was given to the "
           "diplomatic corps by the deputy press secretary of the ministry, and the envoys of Fiji attended.\n")
    art = parse_text(raw)
    assert art["text"].startswith("On 10th February 2015")
    assert art["published"] is None


@pytest.mark.parametrize("raw, published, city, country", [
    # the month and day first, then the city and the agency
    ("July 31, Lima (PNA): " + BODY_JKL, None, "Lima", "PER"),
    # a weekday before the date and its dash
    ("President receives envoy\n\nMonday, October 24, 2016 - " + BODY_JKL, "2016-10-24", None, None),
    # a country's name alone above the story is a section, not the village of that name
    ("BANGLADESH\n\nMission hosts reception\n\n" + BODY_JKL, None, None, None),
    # a place with a photo's credit is a caption, not a dateline
    ("Lima, Peru (Jane Roe, Shutterstock)\n\n" + BODY_JKL, None, None, None),
    # the usual English name of a capital whose dateline spells it otherwise
    ("Ministers meet\n\nADDIS ABEBA – " + BODY_JKL, None, "Addis Ababa", "ETH"),
    # a city, its region and the date on a line of their own
    ("Governor receives envoy\n\nMombasa, Coast Region, March 3, 2022\n\n" + BODY_JKL, "2022-03-03", "Mombasa",
     "KEN"),
    # a country's name and a colon before a whole sentence: a dateline without a city
    ("Premier greets envoy\n\nGrenada: The Premier of Grenada welcomed the new envoy of Cuba at his office "
     "on Tuesday, and the two spoke of trade.", None, None, "GRD"),
    # ... but before a headline's words it heads the headline
    ("Grenada: Premier greets new envoy of Cuba\n\n" + BODY_JKL, None, None, None),
    # a city alone above a headline is the site's section
    ("Lima\n\nMinisters meet in the capital\n\n" + BODY_JKL, None, None, None),
    # a place and a date on a line of their own: a town and its region, the date in brackets
    ("Premier hosts the diplomatic corps\n\nCharlestown Nevis (June 2, 2010)\n" + BODY_JKL, "2010-06-02",
     "Charlestown", "KNA"),
    # a city, the office that wrote the release, a month and day without a year
    ("Minister meets envoy\n\nCastries, Press Unit, May 4\n\n" + BODY_JKL, None, "Castries", "LCA"),
    # an image's alternative text above it
    ("Minister meets envoy\n\nfeatured image\n\nLima, Press & Media Dept., May 4\n\n" + BODY_JKL, None, "Lima",
     "PER"),
    # a place, a stamp's label and the stamp, below a standfirst and an author
    (" date 2021-06-03   • Facebook\n    Ministers to meet in Lima\n\n    The two ministers will meet next week.\n\n"
     "    Desk Team\n    Lima, First Published Jun 3, 2021, 9:15 AM PET\n" + BODY_JKL, "2021-06-03", "Lima", "PER"),
    # a city in capitals whose colon lost its space
    ("Ministers meet\n\nLIMA:" + BODY_JKL, None, "Lima", "PER"),
    # ... a title-case city whose dash lost its spaces, before a people's name
    ("Ministers meet\n\nLima–Chilean and Peruvian ministers met on Tuesday to discuss trade, ports and energy.\n",
     None, "Lima", "PER"),
    # a city joined to the site's address
    ("Ministers meet\n\nLima-minrel.gob.pe " + BODY_JKL, None, "Lima", "PER"),
    # a reporter's bracketed credit and place, below a standfirst and a photo's credit
    ("Envoys visit the port city.\n\n(Photo by reporter Jane Roe)\n\n[Reporter Jane Roe/Kaohsiung Report] "
     + BODY_JKL, None, "Kaohsiung", "TWN"),
    # a caption glued before a city in capitals and its dash
    ("Ministers meet\n\n2PMs 12mar2018LIMA - " + BODY_JKL, None, "Lima", "PER"),
    # a city alone above the story's first paragraph, with no headline above it
    ("Lima\n\n\n\n" + BODY_JKL, None, "Lima", "PER"),
    # a country of several words with "and" after the city
    ("PM holds talks\n\nBasseterre, St Kitts and Nevis: " + BODY_JKL, None, "Basseterre", "KNA"),
    # a stamp glued to the first word of the text
    ("Ministers meet\n\n24-11-2022" + BODY_JKL, "2022-11-24", None, None),
    # the site's address in brackets before an update stamp with no space after its colon
    ("Home > News\n\nNews of the month\n\n(mofa.example.gov.pe) Updated:2022-02-28\n\n" + BODY_JKL, "2022-02-28",
     None, None),
    # a venue, a spaced colon and a dotted date
    ("Ministers meet\n\nGovernment Palace : 08.03.2013\n\n" + BODY_JKL, "2013-03-08", None, None),
    # an agency's credit, then the date with a dot before its year
    ("Ministers meet\n\nLIMA (Wire) May 25.2016. " + BODY_JKL, "2016-05-25", "Lima", "PER"),
    # a place and a date signed after the last sentence of a one-paragraph release
    (BODY_JKL.split("\n")[0] + " Lima, 5th December, 2018", "2018-12-05", None, None),
    # a stamp between full-width brackets, with the site's font-size links after it
    ("Rector meets envoy\n\n【By: News Desk | Updated:2015-01-08 】 【Large Medium Small】\n" + BODY_JKL, "2015-01-08",
     None, None),
    # a date and a full stop before the first sentence
    ("Ministers meet\n\n23 August, 2011. " + BODY_JKL, "2011-08-23", None, None),
    # a year-first date with a one-digit day
    ("Leaders meet at the summit\n\nPresident's News - 2022.11.4\n\n" + BODY_JKL, "2022-11-04", None, None),
    # "Today:" labels the site's date bar, the day the page was read
    ("Today: April 04, 2009\n\nMinisters meet\n\n" + BODY_JKL, None, None, None),
    # two cities joined by a slash, then the date and a dash
    ("Envoy visits\n\nLima/Santiago, 30 May 2025 – " + BODY_JKL, "2025-05-30", "Lima", "PER"),
    # a big city and a full stop before the story's first sentence
    ("Deals signed\n\nLima. " + BODY_JKL, None, "Lima", "PER"),
    # the last resort: a sizeable city and a comma before a capital open the story
    ("Santiago, Peru and Chile have pledged to deepen their relations and to expand cooperation in trade, "
     "the ministries said on Monday.", None, "Santiago", "CHL"),
    # ... not a city that a sentence is about
    ("Santiago, the capital of Chile, hosted the ministers of Peru and Chile for two days of talks on trade "
     "and ports.", None, None, None),
])
def test_more_datelines_of_new_outlets(raw, published, city, country):
    art = parse_text(raw)
    assert (None if art["published"] is None else str(art["published"].date())) == published
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)


@pytest.mark.parametrize("raw, published, city", [
    # the dateline's dash glued to the first word of the body
    ("Envoy meets leaders\n\nBy Jane Roe, in Cusco\n\nCusco, Peru, September 13, 2024—The ambassador met "
     "local leaders and partners in the region.\n\n" + BODY_JKL, "2024-09-13", "Cusco"),
    # two cities with a slash and a colon, in title case: the first is the dateline's
    ("Forum in June\n\nby Jane Roe 25 May 2023, 10:58 am\n\nLima/New Delhi: While the world moves on, Peru "
     "opens a new forum.\n\n" + BODY_JKL, "2023-05-25", "Lima"),
    # a stamp in Bengali script and digits, below its label
    ("Ministers meet in Colombo\n\nUpdate : বৃহস্পতিবার, ৩১ মার্চ, ২০২২\n\n" + BODY_JKL, "2022-03-31", None),
])
def test_dashes_glued_slashed_cities_and_a_bengali_stamp(raw, published, city):
    art = parse_text(raw)
    assert (None if art["published"] is None else str(art["published"].date())) == published
    assert art["dateline_city"] == city


@pytest.mark.parametrize("raw, published", [
    # the site's date bar above the headline, the story's stamp below it: the stamp
    ("Monday, 25 Nov, 2024\n\nNational\n\nPM to brief media on the visit\n\nNews Desk | site.com\nUpdate: "
     "2024-07-13 14:17:56\n\n" + BODY_JKL, "2024-07-13"),
    # two dated headlines one after the other are still a list of other stories
    ("Ministers meet in Lima\n\n12 May 2024\n\nPresident visits Chile\n\n13 May 2024\n\n" + BODY_JKL, None),
    # a time glued to a body in Cyrillic
    ("Поздравление\nJune 30, 2021, 06:27Экс-Президент направила поздравление Генеральному секретарю.\n",
     "2021-06-30"),
    # a writer's label and the date in brackets
    ("Vice Governor Meets Consul-General\n\nWrite: Jane Roe [2011-05-20]\n\n" + BODY_JKL, "2011-05-20"),
])
def test_a_date_bar_then_the_stamp_and_other_stamp_lines(raw, published):
    got = parse_text(raw)["published"]
    assert (None if got is None else str(got.date())) == published


@pytest.mark.parametrize("raw, title, text_start", [
    # two paragraphs of a story above a later dateline: the dateline is a second story's
    ("Peru and Chile discuss ties\nThe minister made the remarks in a phone call with his counterpart on "
     "Tuesday afternoon, the ministry of the two states said.\nDuring the call, the two sides discussed and "
     "exchanged opinions on their bilateral relations and on the visits of the two presidents.\nLIMA, Nov. 20 "
     "(Wire) – The President said that his country will go on supporting its friends in the region.\n",
     "Peru and Chile discuss ties", "The minister made the remarks"),
    # a first line in which a sentence ends is a lead, not a headline
    ("This year, Lima and Santiago celebrate the 30th anniversary of establishing diplomatic relations "
     "between our countries. How did it all start and where are we today?\nIn 1993, Chile became one of "
     "the first countries to open an embassy in the new building in Lima.\n",
     None, "This year, Lima and Santiago"),
])
def test_leads_and_stories_are_kept_in_the_text(raw, title, text_start):
    art = parse_text(raw)
    assert art["dateline_city"] is None
    assert art["title"] == title
    assert art["text"].startswith(text_start)


def test_a_stamp_line_after_a_repeated_headline_is_not_wrapped_into_it():
    raw = ("Smaller letters Bigger letters RSS\n\nMinister in Lima: Regional integration is important for both\n"
           "Minister in Lima: Regional integration is important for both\nPublished date: 09.11.2017 00:00 | "
           "Author: MFA\n\nPrint\n\n" + BODY_JKL)
    assert str(parse_text(raw)["published"].date()) == "2017-11-09"


@pytest.mark.parametrize("raw, published, city, country, outlet", [
    ("(Andina News / Lima, 07.06.2025).- According to a statement of the ministry, the minister met the envoy.\n",
     "2025-06-07", "Lima", "PER", "Andina News"),
    ("Friday, November 14, 2014\n\nNational Day and anniversary\n\nNovember 14, 2014 (Embassy of Peru, Santiago) "
     "In honor of the National Day of Peru, the ambassador held a reception for the diplomatic corps.\n",
     "2014-11-14", "Santiago", "CHL", "Embassy of Peru"),
])
def test_datelines_in_brackets(raw, published, city, country, outlet):
    art = parse_text(raw)
    assert str(art["published"].date()) == published
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == (city, country, outlet)


@pytest.mark.parametrize("raw, city, country, text_start", [
    ("Ministers to meet before the forum\n\nchile diplomacy\n\nMinister of Foreign Affairs Ana Roe (Photo: AFP), "
     "Lima: Prior to the forum on March 22-23, the foreign minister of Peru is to meet her Chilean counterpart.\n",
     "Lima", "PER", "Prior to the forum"),
    (" date 2021-09-11 The Prime Minister received the Foreign Minister of Chile in Lima on September 11. — Wire "
     "Photo Juan Soto LIMA — Peru attaches importance to developing ties with Chile, the Prime Minister said.\n",
     "Lima", "PER", "Peru attaches"),
])
def test_a_photo_caption_glued_before_the_dateline(raw, city, country, text_start):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    assert art["text"].startswith(text_start)


def test_a_scrapers_double_spaces_inside_a_line_are_one():
    art = parse_text("Ministers meet\n\nThe Ambassador Extraordinary  and Plenipotentiary of Peru met the minister.  "
                     "They spoke of trade.\n")
    assert art["text"] == ("The Ambassador Extraordinary and Plenipotentiary of Peru met the minister. "
                           "They spoke of trade.")


@pytest.mark.parametrize("raw, text", [
    ("Ministers meet\n\nThe envoys were Mr.Omar Said, Jane Roe of Chile,Ana Ruiz of Peru and Li Wei(China).\n",
     "The envoys were Mr. Omar Said, Jane Roe of Chile, Ana Ruiz of Peru and Li Wei (China)."),
    # numbers, initials, abbreviations and addresses keep their marks
    ("Ministers meet\n\nTrade grew 1,500 tons (U.S.) at www.gov.Example by Dr. A.B. Roe, i.e.Fine.\n",
     "Trade grew 1,500 tons (U.S.) at www.gov.Example by Dr. A.B. Roe, i.e.Fine."),
])
def test_a_scrapers_lost_space_after_an_honorific_a_comma_or_before_a_parenthesis(raw, text):
    assert parse_text(raw)["text"] == text


@pytest.mark.parametrize("raw, country, text_start", [
    (" date 2025-09-19 Saint Lucia: Prime Minister Jane Roe welcomed three foreign delegations at the "
     "Government House on Thursday.", "LCA", "Prime Minister Jane Roe"),
    # a headline's label before a few words is no dateline
    ("Kazakhstan: a new chapter\n\nThe president met the envoy in Astana on Monday and spoke of trade.",
     None, "The president met"),
])
def test_a_states_name_and_a_colon_before_the_story(raw, country, text_start):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (None, country)
    assert art["text"].startswith(text_start)


def test_a_reporters_name_and_city_without_by_in_the_head():
    art = parse_text(" date 2017-06-26 Jane Roe, Abuja\n\nThe Acting President met the President of Ghana.")
    assert (art["author"], art["dateline_city"], art["dateline_country"]) == ("Jane Roe", "Abuja", "NGA")
    assert art["text"] == "The Acting President met the President of Ghana."
    # a desk's name is no reporter's, and a city alone before the comma is no name
    art = parse_text(" date 2017-06-26 Press Service, Abuja\n\nThe Acting President met the President of Ghana.")
    assert art["author"] is None


@pytest.mark.parametrize("raw, city, country, text_start", [
    ("Talks on trade\n\nLIMA \ufffd The minister left on Monday for a five-day mission to Chile and Peru.",
     "Lima", "PER", "The minister left"),                      # a dash a broken encoding lost
    ("Talks on trade\n\nOhio \u2013 On the first day of the governor's trade mission to Asia, a memorandum was signed.",
     None, "USA", "On the first day"),                          # a federation's state, then a sentence
    ("Talks on trade\n[19/11/2019 05:43]\nLIMA-ANDINA\nThe minister met the envoy of Chile on Tuesday in the city.",
     "Lima", "PER", "The minister met"),                        # the city and the agency glued on a line
    ("Talks on trade\n\nLima-Jan-23-AND:The minister met the envoy of Chile on Tuesday in the city for talks.",
     "Lima", "PER", "The minister met"),                        # city, month, day and agency by hyphens
])
def test_datelines_of_broken_and_glued_shapes(raw, city, country, text_start):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    assert art["text"].startswith(text_start)


def test_a_paragraph_far_longer_than_the_headline_above_it_is_not_its_wrapped_line():
    raw = ("Minister of Energy has received the Ambassador of Chile\n"
           "Minister of Energy Jane Roe received Omar Said, the Ambassador Extraordinary and Plenipotentiary "
           "of Chile to Peru, at the ministry in Lima on Monday.\n"
           "The sides discussed trade.\n")
    paras = parse_text(raw)["text"].split("\n\n")
    assert paras[0].startswith("Minister of Energy Jane Roe received") or paras[1].startswith(
        "Minister of Energy Jane Roe received")
    # a hard-wrapped paragraph of even lines stays one
    raw = ("Talks\n\nThe minister of energy met the ambassador of Chile in Lima on Monday and\n"
           "they discussed the supply of gas and the building of a new line between the\n"
           "two countries.\n")
    assert parse_text(raw)["text"].split("\n\n")[-1] == (
        "The minister of energy met the ambassador of Chile in Lima on Monday and they discussed the supply "
        "of gas and the building of a new line between the two countries.")


def test_a_menus_item_is_no_headline():
    art = parse_text("- Main page\n- News\nThe minister received the ambassador of Chile in Lima on Monday "
                     "and they spoke of the supply of gas and of trade between the two countries.")
    assert art["title"] != "- Main page"


def test_the_place_and_day_in_brackets_before_the_story():
    art = parse_text("Premier discussed issues\n\n(Cockburn Town, Turks and Caicos Islands –  Wednesday, 24 November "
                     "2021) Ministers and elected leaders gathered in London for the council.")
    assert (art["published"].date().isoformat(), art["dateline_city"], art["dateline_country"]) == \
        ("2021-11-24", "Cockburn Town", "TCA")
    assert art["text"].startswith("Ministers and elected leaders")
    # ... the day without its year: the place is the dateline, the page stays undated
    art = parse_text("Trade office at talks\n\n(Brasilia, May 15) - The trade secretary met his counterpart today.")
    assert (art["published"], art["dateline_city"], art["dateline_country"]) == (None, "Brasília", "BRA")
    assert art["text"] == "The trade secretary met his counterpart today."


def test_a_sites_machine_translation_notice_is_clutter():
    art = parse_text("Google Translate Disclaimer\n\nWhere an official translation is not available, Google™ "
                     "Translate can be used on this site.\n\nPremier meets envoys\n\nReleased on February 7, 2025\n\n"
                     "The premier met the envoys of Mexico and Chile in Regina on Friday for talks on trade.")
    assert art["published"].date().isoformat() == "2025-02-07"
    assert "Google" not in art["text"]


@pytest.mark.parametrize("raw, published, city", [
    ("Press release of the Embassy of Peru in India April 12, 2019, New Delhi\n\nOn April 12, the Ambassador "
     "met the Director General of the Council.", "2019-04-12", "New Delhi"),
    ("Remarks by the Ambassador at the opening of the photo exhibition Ankara, 13 August 2020\n\nDistinguished "
     "guests, it is a pleasure to welcome you all to the exhibition tonight.", "2020-08-13", "Ankara"),
])
def test_a_headline_that_ends_with_the_day_and_the_place(raw, published, city):
    art = parse_text(raw)
    assert (art["published"].date().isoformat(), art["dateline_city"]) == (published, city)
    assert art["title"] is not None and art["title"].endswith(city) or art["title"].endswith("2020")


@pytest.mark.parametrize("raw, city, country", [
    ("Visit\n\nApril 19, 2024\n\nPeru—From April 5 to 12, the President of Chile made a state visit to the "
     "Republic of Peru and met its President.", None, "PER"),                # an em dash glued to the sentence
    ("Summit\n\nThe second Russia–Central Asia Summit brought together the presidents of five states on "
     "Thursday.", None, None),                                              # an en dash joins names
    ("Okay.ng\nReading: The President sends a goodwill message to the President of China on the 72nd "
     "anniversary of the republic.\n\nThe President sent a message.", None, None),   # a site's label
])
def test_glued_em_dashes_and_labels_before_the_story(raw, city, country):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)


def test_a_hashtag_for_the_place_then_the_date():
    art = parse_text("Briefing\n\n#SaintLucia, June 28, 2022 – During the briefing upon his return from the summit, "
                     "the Prime Minister spoke of the talks.")
    assert (art["published"].date().isoformat(), art["dateline_city"], art["dateline_country"]) == \
        ("2022-06-28", None, "LCA")
    assert art["text"].startswith("During the briefing")


def test_a_stamp_below_a_menu_of_many_short_lines():
    # a site's menu of forty short items above the stamp and the story: the stamp still counts
    menu = "\n".join(f"  • Section {k}" for k in range(40))
    raw = (f"Accept\n{menu}\nBy Staff Writer\nPublished: October 1, 2021\nShare\n\n"
           + "The President sent a message of goodwill to his counterpart on the national day of the republic, "
             "and praised the ties of trade and culture between the two states. " * 3)
    assert parse_text(raw)["published"].date().isoformat() == "2021-10-01"
    # ... but a date deep among short lines with no story below it (a list of links) is no stamp
    links = "\n".join(f"Section {k}" for k in range(30))
    more = "\n".join(f"Link {k}" for k in range(10))
    assert parse_text(f"{links}\nOctober 1, 2021\n{more}")["published"] is None


def test_styled_letters_of_social_media_posts_read_plain():
    art = parse_text("𝐄𝐍𝐕𝐎𝐘 𝐏𝐑𝐄𝐒𝐄𝐍𝐓𝐒 𝐂𝐑𝐄𝐃𝐄𝐍𝐓𝐈𝐀𝐋𝐒\n\n𝐃𝐀𝐊𝐀𝐑, 𝟑𝐫𝐝 𝐌𝐚𝐫𝐜𝐡 𝟐𝟎𝟐𝟒: The Ambassador of Ghana "
                     "presented his letters of credence to the President of Senegal at the palace. 🙂")
    assert (art["published"].date().isoformat(), art["dateline_city"], art["dateline_country"]) == \
        ("2024-03-03", "Dakar", "SEN")
    assert art["title"] == "ENVOY PRESENTS CREDENTIALS" and art["text"].endswith("🙂")


def test_a_date_bars_label_an_empty_credits_stamp_and_a_date_glued_to_the_headline():
    # "Current Date:" on its own line above the date: the site's bar, not the page's stamp
    art = parse_text("Current Date:\n\nWednesday, 07 March 2018\n\nMinister meets envoys\n\nKhartoum - The Minister "
                     "for Foreign Affairs on Sunday received the copies of the credentials of three ambassadors.")
    assert art["published"] is None and art["title"] == "Minister meets envoys"
    # a content system's empty labels after the stamp
    art = parse_text("News\n\nRector visits universities\n\nTime:December 14, 2011  Author:  Editor:  Source:   "
                     "Photo:\n\nDuring the week the rector visited universities in South-east Asia for talks on exchanges.")
    assert art["published"].date().isoformat() == "2011-12-14"
    # an ISO date glued to the end of the headline
    art = parse_text("News | Members\n\nGovernor of Hunan Province Visits the Province of Peru2024-06-05\n\nOn June 3, a "
                     "delegation of officials from the province visited Lima for talks.")
    assert art["published"].date().isoformat() == "2024-06-05"


@pytest.mark.parametrize("raw, city, country, published", [
    ("Delegation returns\n\n(Washington D.C.) – This week, a delegation of the committee returned from Lisbon.",
     "Washington", "USA", None),
    ("Envoys received\n\nHargeisa-22-04-2019-The President today met the ambassadors of Denmark and Sweden.",
     "Hargeisa", "SOM", "2019-04-22"),
    # day and month that can be mistaken for each other: the place only
    ("Envoys received\n\nHargeisa-02-04-2019-The President today met the ambassadors of Denmark and Sweden.",
     "Hargeisa", "SOM", None),
    ("Governor abroad\n\nAZERBAIJAN (KSWO) - The Governor is abroad this week, working to expand partnerships.",
     None, "AZE", None),
    ("Talks\n\n(ANSA) – Rome, March 11 – The minister met the envoy of Peru in the capital.", "Rome", "ITA", None),
])
def test_a_city_in_brackets_hyphens_with_a_numeric_date_and_a_state_with_a_stations_credit(raw, city, country,
                                                                                          published):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    assert (art["published"].date().isoformat() if art["published"] is not None else None) == published
    assert art["text"][:1].isupper()


def test_a_themes_date_bar_beside_the_weather_is_no_stamp():
    art = parse_text("Sunday, July 7, 2024\n24.3 C\nBandar Seri Begawan\n\nSultan on state visit to Malaysia\n\n"
                     "The Sultan began a state visit to Malaysia on Friday at the invitation of the King.")
    assert art["published"] is None
    # a date line with no theme's furniture beside it stays the stamp
    art = parse_text("Sunday, July 7, 2024\n\nSultan on state visit to Malaysia\n\n"
                     "The Sultan began a state visit to Malaysia on Friday at the invitation of the King.")
    assert art["published"].date().isoformat() == "2024-07-07"


def test_a_semicolon_between_the_city_and_the_date():
    art = parse_text("Delegation calls on Speaker\n\nNew Delhi; 31 January : An eight-member delegation from Nepal "
                     "called on the Speaker at Parliament House today.")
    assert (art["dateline_city"], art["dateline_country"]) == ("New Delhi", "IND")
    assert art["text"].startswith("An eight-member")


def test_a_dateline_below_a_summarys_bullets():
    art = parse_text("Ministers gather in Barcelona\n\n- Representatives of the 43 member states took part in the ninth "
                     "regional forum to discuss the situation in the region and the reform.\n\n- The forum was chaired "
                     "by the High Representative and the Deputy Prime Minister of Jordan, who spoke first.\n\n"
                     "Barcelona, 28 October 2024. The ninth forum of the union gathered the foreign ministers of the "
                     "member states in the city.")
    assert (art["published"].date().isoformat(), art["dateline_city"]) == ("2024-10-28", "Barcelona")


@pytest.mark.parametrize("raw, city, country, published", [
    # the date first, then the city and its state, then a colon or a dash
    ("Envoy calls on the forum\n\nThursday, 10 February 2022, Suva Fiji: The secretariat welcomed the envoy of "
     "Japan, who paid a courtesy call on the head of the forum.", "Suva", "FJI", "2022-02-10"),
    ("Envoy calls on the forum\n\nFebruary 10, 2022, Nairobi, Kenya - The secretariat welcomed the envoy of Japan, "
     "who paid a courtesy call on the head of the forum.", "Nairobi", "KEN", "2022-02-10"),
    ("Envoy calls on the forum\n\n10 February 2022, New Delhi: The secretariat welcomed the envoy of Japan, who paid "
     "a courtesy call on the head of the forum.", "New Delhi", "IND", "2022-02-10"),
    # a comma after the dateline's year
    ("King writes to the President\n\nMoroni, August 28, 2023, The King spoke by telephone with the President of "
     "the Comoros about the ties of the two states.", "Moroni", "COM", "2023-08-28"),
    # a state's initials as dateline, its colon glued to the story; an event's days above are no stamp
    ("6 - 17 November 2017\n\nMedia Release\n\nFiji Day marked\n\nPNG, 04 October 2011:The women of the community "
     "celebrated Fiji Day in Port Moresby on Tuesday.", None, "PNG", "2011-10-04"),
    # a release's line of day, place and issuer
    ("Minister to travel to France\n\nMarch 3, 2025 – Ottawa, Ontario - Global Affairs Canada\n\nThe Minister of "
     "Foreign Affairs today announced that she will travel to France and Germany.", "Ottawa", "CAN", "2025-03-03"),
    # ... below the site's own stamp, which stays the page's date
    ("Saturday, March 8, 2025\n\nMinister to travel to France\n\nMarch 3, 2025 – Ottawa, Ontario - Global Affairs "
     "Canada\n\nThe Minister of Foreign Affairs today announced that she will travel.", "Ottawa", "CAN", "2025-03-08"),
    # a slash after the dateline's year
    ("Envoy accredited\n\nVICTORIA, Seychelles, November 1, 2023/ — The new High Commissioner presented his "
     "credentials to the President at State House.", "Victoria", "SYC", "2023-11-01"),
    # a foreign ministry's headline closed by "(Paris, 9 July 2018)": the date, and no dateline
    ("Meetings of the minister with the Dutch Minister of Foreign Affairs (Paris, 9 July 2018)\n\nThe Minister for "
     "Europe and Foreign Affairs will receive the Dutch minister today.", None, None, "2018-07-09"),
    # a ministry's office between dashes after the place; a lone city whose name has particles
    ("Minister holds phone call with counterpart\n\nDoha - Information Office - March 16\n\nThe Minister of "
     "Foreign Affairs held today a phone call with the Secretary of State of Peru.", "Doha", "QAT", None),
    ("14 April 2012\nCartagena de Indias, Colombia\nThe Prime Minister met the Prime Minister of Trinidad and "
     "Tobago on the margins of the summit of the Americas.", "Cartagena", "COL", "2012-04-14"),   # (its usual name)
])
def test_a_dated_place_before_the_story(raw, city, country, published):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"]) == (city, country)
    day = art["published"].date().isoformat() if art["published"] is not None else None
    assert day == published
    assert art["text"].startswith("The ")


def test_a_date_before_words_that_are_no_place_is_no_dateline():
    art = parse_text("Envoy calls on the forum\n\n10 February 2022, Foreign Ministers: The secretariat welcomed the "
                     "envoy of Japan, who paid a courtesy call on the head of the forum.")
    assert (art["dateline_city"], art["dateline_country"]) == (None, None)


def test_an_acute_accent_between_letters_is_an_apostrophe():
    art = parse_text("Talks in Tegucigalpa\n\nThe Chargé d´Affaires of the U.S. Embassy, Ana Ruiz, met the People´s "
                     "Party. The grade was marked ´A´ in quotes.")
    assert "d’Affaires" in art["text"] and "People’s" in art["text"] and "´A´" in art["text"]


def test_a_byline_with_a_dash_before_the_agency():
    art = parse_text("Ministers meet\n\nTbilisi, Georgia, Sept.24\nBy Ana Kirtava - Trend:\n\nThe Foreign Minister "
                     "of Georgia continues to hold bilateral meetings as part of the session in New York.")
    assert art["author"] == "Ana Kirtava"
    assert art["text"].startswith("The Foreign Minister")


def test_a_stamp_that_cannot_be_mistaken_settles_a_slashed_one_of_the_same_day():
    raw = ("Government of the Republic of Tuvalu\n\n08/03/2021 | Press release | Distributed by Wire on 08/03/2021 "
           "15:06\n\nPM hosts a farewell visit by the envoy\n\nPublished on: Aug 3, 2021 9:15 AM Author: Office of "
           "the Prime Minister\n\nThe Prime Minister hosted today a farewell visit by the Ambassador of Japan.")
    assert parse_text(raw)["published"].isoformat() == "2021-08-03T09:15:00"
    # two days that are not one day written in two orders: the head's dates are teasers, none is taken
    assert parse_text(raw.replace("08/03/2021", "08/04/2021"))["published"] is None


def test_a_date_beside_a_clock_of_cities_is_the_sites_bar():
    art = parse_text("28 February 2017\nMoscow: 15:16\nLondon: 12:16\n\nBriefing by the spokesperson\n\nThe Foreign "
                     "Minister of Mongolia will pay a working visit to Russia at the invitation of the Russian side.")
    assert art["published"] is None


@pytest.mark.parametrize("raw, city, published, outlet", [
    ("Ministers pledge cooperation\n\n    Podgorica, Montenegro (17 July 2015) — The Prime Minister hosted earlier "
     "today a farewell visit by the Ambassador of Russia.", "Podgorica", "2015-07-17", None),
    ("Minister meets envoys\n\nBaku/27.10.22Turan: On October 26 the Foreign Minister met the heads of the missions "
     "of the member states of the union.", "Baku", "2022-10-27", "Turan"),
    # spaces around the slashes, and the month first where the second number is no month
    ("Call between ministers\n\nBaku / 04.29.23 / Turan: On Saturday, April 29, the Foreign Minister spoke by "
     "phone with his counterpart.", "Baku", "2023-04-29", "Turan"),
])
def test_a_datelines_day_in_brackets_or_glued_to_the_agency(raw, city, published, outlet):
    art = parse_text(raw)
    assert (art["dateline_city"], art["published"].date().isoformat(), art["outlet"]) == (city, published, outlet)


def test_an_agency_alone_over_the_story_and_a_pacific_pages_day_first_stamp():
    # "PINA" is the Pacific Islands News Association, not a town in Cuba; a clock east of Greenwich
    # is no American page's, so "10/07/2018" is the day first; a login form is no headline
    art = parse_text("Username Password\nPINA\nState visit reinforces partnership\n11:42 pm GMT+12, 10/07/2018, "
                     "Vanuatu\n\nPrime Minister Charlot Salwai has reaffirmed the ties with Australia.")
    assert (art["published"].isoformat(), art["dateline_city"], art["title"]) == (
        "2018-07-10T23:42:00", None, "State visit reinforces partnership")
    # ... while an American clock keeps the month first
    art = parse_text("Talks held\n11:42 pm EDT, 10/07/2018\n\nThe Secretary of State met the minister of Peru.")
    assert art["published"].date().isoformat() == "2018-10-07"


def test_an_events_days_alone_are_no_stamp_and_a_glued_dateline_leaves_the_story_whole():
    assert parse_text("6 - 17 November 2017\n\nThe ministers met in Suva to talk about trade.")["published"] is None
    art = parse_text("Fiji Day marked\n\nPNG, 04 October 2011:Fiji Day was celebrated in Port Moresby on Tuesday "
                     "by the women of the community.")
    assert art["text"].startswith("Fiji Day was celebrated")


def test_a_themes_weather_and_town_above_the_date_are_no_headline_dateline_or_stamp():
    art = parse_text("34 C\nHua Hin\nTuesday, February 27, 2024\n\nTalks stress cooperation\n\nThe Deputy Prime "
                     "Minister met the Foreign Minister of China on the sidelines of the meeting in Bagan.")
    assert (art["published"], art["dateline_city"], art["title"]) == (None, None, "Talks stress cooperation")


@pytest.mark.parametrize("raw, published", [
    # a release's credit and its date in brackets
    ("(MFA&FT: July 18, 2023)\nThe Minister of Foreign Affairs has dismissed recent reports of a row between the "
     "two states over the envoys' privileges.", "2023-07-18"),
    # a newsroom's byline beside the date
    ("Chamber hosts envoys' dinner\n\nThe Newspaper's Staff Reporter Published September 19, 2025\n\nLAHORE: The "
     "chamber hosted a dinner for ambassadors from forty countries to deepen ties.", "2025-09-19"),
    # the date in figures before the place, the day first
    ("Georgia expands its presence\n\n12.03.2019, Tbilisi - Georgia will open embassies in the United Arab "
     "Emirates and Vietnam, the Foreign Minister announced.", "2019-03-12"),
])
def test_a_bracketed_credit_a_newsroom_byline_and_a_dotted_date_before_the_place(raw, published):
    assert parse_text(raw)["published"].date().isoformat() == published


def test_a_date_above_a_weather_widget_in_degrees_is_the_sites_bar():
    art = parse_text("2025.02.17 (Mon)\n\n  • Seoul 2.3℃\n  • Busan 6.0℃\n\nMinister meets envoy\n\nThe Foreign "
                     "Minister met the Ambassador of Japan on Monday to discuss the visit of the Prime Minister.")
    assert art["published"] is None


def test_a_long_lead_ending_in_a_quote_is_no_headline():
    art = parse_text("In his address to a ceremony marking 30 years of diplomatic relations between Georgia and the "
                     "U.S., the Prime Minister has said “the relationship is as strong as ever.”\n\n“Ever since "
                     "that day, the United States has stood with us,” he said.")
    assert art["title"] is None and art["text"].startswith("In his address")


def test_the_headline_printed_again_is_no_wrapped_line_of_the_story():
    art = parse_text("The President receives the Foreign Minister of Turkey\n\nviews 472\n"
                     "The President receives the Foreign Minister of Turkey\n"
                     "President Ana Ruiz of Peru received the Foreign Minister of Turkey, Jan Berg, on Monday.")
    assert "Turkey President" not in art["text"]
    assert "President Ana Ruiz of Peru received" in art["text"]


def test_a_date_with_the_months_name_between_slashes_and_a_day_after_the_credit_in_brackets():
    art = parse_text("Crown Prince receives envoy\n\nOman Thursday 31/October/2024 18:16 PM\nBy: ONA\n\nKuwait: The Crown "
                     "Prince received at the palace today the Foreign Minister of Oman.")
    assert art["published"].isoformat() == "2024-10-31T18:16:00"
    art = parse_text("Bishkek, (APP - Wire News - 19th May, 2025) The Speaker met the Chairman of the State Duma in "
                     "Moscow to discuss the work of the two parliaments.")
    assert (art["published"].date().isoformat(), art["dateline_city"], art["outlet"]) == (
        "2025-05-19", "Bishkek", "APP - Wire News")


@pytest.mark.parametrize("raw, city, country, outlet", [
    ("Commission meets\n\nBotswana, Maun: The Foreign Affairs Ministry organized a meeting of the senior officials of "
     "the commission.", "Maun", "BWA", None),
    (" date 2025-07-04 Trinidad and Tobago: The Prime Minister of India arrived at the airport yesterday to a "
     "ceremonial welcome.", None, "TTO", None),
    ("AKIPRESS.COM - The Foreign Ministers of Turkmenistan and Türkiye met in Ashgabat on an official visit.",
     None, None, "AKIPRESS.COM"),
])
def test_a_state_and_its_city_a_state_of_several_words_and_a_sites_address_before_the_story(raw, city, country,
                                                                                             outlet):
    art = parse_text(raw)
    assert (art["dateline_city"], art["dateline_country"], art["outlet"]) == (city, country, outlet)
    assert art["text"].startswith("The ")


def test_a_comments_notice_below_the_foot_stamp_is_clutter():
    art = parse_text("The dean of the diplomatic corps held a farewell lunch for three outgoing ambassadors at his "
                     "residence.\n\nThe new dean is said to be the ambassador of Kazakhstan.\n\nPublished in Wire, "
                     "February 15th, 2016\n\nDear visitor, the comments section is undergoing an overhaul and will "
                     "return soon.")
    assert art["published"].date().isoformat() == "2016-02-15"
    assert "Dear visitor" not in art["text"]


def test_datelines_of_a_capital_spelt_otherwise_and_of_a_small_seat_of_government():
    assert city_country("Prishtina") == ("Pristina", "XKX")
    assert city_country("Ulan Bator") == ("Ulaanbaatar", "MNG")
    assert [city_country(c)[1] for c in ("Gabala", "Awaza", "Cholpon-Ata")] == ["AZE", "TKM", "KGZ"]
    art = parse_text("King speaks\n\nEZULWINI: The King was speaking on Thursday through his representative at the "
                     "celebration of the national day.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Ezulwini", "SWZ")


STORY = ("The foreign ministers of the two states met in the capital on Monday and spoke of trade, "
         "transport and energy, and of the visit of the president planned for the autumn. ")


def test_a_lone_stamp_below_the_headline_when_the_head_gives_no_date():
    # a site's menu of odd furniture first, then the headline and its stamp on a line of its own
    raw = "Menu\nArray ( [0] => x )\nAll News\n\nMinisters meet in the capital\n\n14.03.2022 09:40\n\n" + STORY * 2
    art = parse_text(raw)
    assert art["published"] == pd.Timestamp("2022-03-14 09:40")
    assert "14.03.2022" not in art["text"]
    # a label and the stamp at the foot
    assert parse_text(STORY * 2 + "\n\nDate\n\n2022.03.14 / 09:40\n\nAuthor\n\nJane Roe")["published"] \
        == pd.Timestamp("2022-03-14 09:40")
    # two lone dates (other stories, each dated) give none; so does an embedded post's date
    assert parse_text(STORY * 2 + "\n\nAnother story\n\n12.03.2022\n\nA third story\n\n13.03.2022")["published"] is None
    assert parse_text(STORY * 2 + "\n\n" + STORY * 2 + "\n\n— Jane Roe (@janeroe)\n\nMarch 14, 2022\n\n"
                      + STORY)["published"] is None


def test_a_datelines_month_and_day_take_the_year_a_short_line_gives_them():
    raw = "LIMA, May 2 (Wire) - " + STORY * 2 + "\n\nPublished: 2/5/2021"
    assert parse_text(raw)["published"] == pd.Timestamp("2021-05-02")
    # a sentence of the story dates the event, not the page
    raw = "LIMA, May 2 (Wire) - " + STORY + "The second round was held in the capital on May 2, 2021, " + STORY
    assert parse_text(raw)["published"] is None


def test_a_loose_dateline_before_a_states_possessive():
    art = parse_text("Ministers meet\n\nThe Daily (Lagos)\n\nAbuja — Nigeria's Minister of Foreign Affairs "
                     "received the Secretary of State of a friendly state at the airport on Tuesday. " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Abuja", "NGA")


def test_a_print_credit_with_its_date_and_a_lone_two_digit_year():
    art = parse_text(STORY * 2 + "\n\nPublished in The Morning Star daily on 25 December 2024.\n\nNo comments:")
    assert art["published"] == pd.Timestamp("2024-12-25")
    assert parse_text("07.13.23\nSenator meets the ambassador\n" + STORY)["published"] == pd.Timestamp("2023-07-13")
    # an order that can be mistaken gives none
    assert parse_text("07.08.23\nSenator meets the ambassador\n" + STORY)["published"] is None


def test_a_stamp_with_its_place_after_the_date_below_the_menus():
    art = parse_text("View settings\n\nFont size:\n\nOfficial website\n\nDocument /\n\nMeeting with the President\n\n"
                     "September 15, 2022, Samarkand\n\n" + STORY * 2)
    assert (art["published"], art["dateline_city"], art["dateline_country"]) == \
        (pd.Timestamp("2022-09-15"), "Samarkand", "UZB")


def test_dates_of_more_head_shapes():
    # a dotted date with a two-digit year glued before the headline
    art = parse_text("16.03.07. 90th Anniversary of the Treaty between Two States\n\n" + STORY * 2)
    assert art["published"] == pd.Timestamp("2007-03-16")
    assert art["title"] == "90th Anniversary of the Treaty between Two States"
    # a section's word, the stamp and the headline on one line, below a currency widget's date
    art = parse_text("Currency rates from 15/01/2025\n$1 – 12971.00\nSearch\n"
                     "Politics 19/05/2022 Deputy minister holds talks with a visiting delegation\n\n" + STORY * 2)
    assert art["published"] == pd.Timestamp("2022-05-19")
    # a city, a dotted date with a two-digit year and the agency between slashes
    art = parse_text("Baku/11.09.21/Wire: The two capitals will become sister cities. " + STORY)
    assert (art["published"], art["dateline_city"]) == (pd.Timestamp("2021-09-11"), "Baku")


def test_a_datelines_month_and_day_say_the_order_of_a_slashed_stamp():
    art = parse_text("Wire\n\nPresident meets counterpart\n\n19:28 | Lima, Jul. 6.\n\n" + STORY + "\n\n" + STORY
                     + "\n\nPublished: 7/6/2017")
    assert art["published"] == pd.Timestamp("2017-07-06")


def test_datelines_after_a_date_and_a_bar_or_inside_an_agencys_brackets():
    art = parse_text("7 August 2017 | Manila, Philippines\n\n" + STORY * 2)
    assert (art["published"], art["dateline_city"], art["dateline_country"]) == \
        (pd.Timestamp("2017-08-07"), "Manila", "PHL")
    art = parse_text("Ministers meet\n\nWIRE (KATHMANDU, 29 March 2022) – " + STORY * 2)
    assert (art["published"], art["dateline_city"], art["dateline_country"]) == \
        (pd.Timestamp("2022-03-29"), "Kathmandu", "NPL")
    assert art["text"].startswith("The foreign ministers")


def test_an_agency_between_slashes_ends_a_loose_dateline_and_a_section_glued_before_a_city():
    art = parse_text("Addis Ababa January 10/ 2023 /WIRE/ Prime Minister Ana Berg received the Foreign Minister "
                     "of a friendly state at her office. " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Addis Ababa", "ETH")
    assert art["published"] == pd.Timestamp("2023-01-10")      # the day and the year the dateline gives
    assert art["text"].startswith("Prime Minister Ana Berg")
    art = parse_text("President meets envoys\nPoliticsUlaanbaatar /WIRE/\nFollowing the summit, " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Ulaanbaatar", "MNG")


def test_a_city_and_its_state_on_a_line_of_their_own_below_a_byline():
    art = parse_text(" date 2022-07-12 Advertise with us\n\nBY JANE ROE\n\nSuva, Fiji\n\n" + STORY * 2)
    assert (art["dateline_city"], art["dateline_country"]) == ("Suva", "FJI")
    assert "Suva, Fiji" not in art["text"]


def test_a_press_release_wires_credit_between_dashes_below_a_standfirst():
    art = parse_text("Embassy marks the national day\nMay 3, 2019\nThe embassy held a reception for friends of the "
                     "country from the government and the diplomatic corps.\nNAIROBI, Kenya, May 3, 2019,-/Press "
                     "Wire (PW)/- At the reception, the Ambassador said so. " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Nairobi", "KEN")
    assert art["text"].startswith("At the reception")


def test_a_stamp_with_the_year_first_and_the_months_name():
    # "2022 Nov. 17": a briefing room's item stamp, year, month's name, day
    art = parse_text("Briefing Room\n\n2022 Nov. 17\n\nPresident meets envoy\n\n" + STORY)
    assert art["published"] == pd.Timestamp("2022-11-17")


def test_a_headline_that_ends_with_its_day_in_brackets():
    art = parse_text("Kazakhstan – Telephone conversation between the two foreign ministers (28 April 2021)\n\n"
                     + STORY)
    assert art["published"] == pd.Timestamp("2021-04-28")
    assert art["title"].endswith("(28 April 2021)")


def test_the_items_of_a_dashed_list_stay_on_their_own_lines():
    # lines of 40 characters and more without a full stop are taken for a wrapped paragraph, but
    # not when a dash or a bullet opens the next one: "– Mr. X, Ambassador of Y"
    art = parse_text("Envoys present their credentials\n\nThe following ambassadors handed the King their Letters:\n"
                     "– Mr. Omar Haddad, Ambassador of the State of Kuwait\n– Ms. Ana Vidal, Ambassador of the "
                     "Republic of Costa Rica\n– Mr. Timur Rahimov, Ambassador of the Republic of Uzbekistan\n\n"
                     + STORY)
    assert "Kuwait\n\n– Ms. Ana Vidal" in art["text"]


def test_a_headline_that_ends_with_its_outlet_and_day_after_a_browsers_notice():
    art = parse_text("java script is required for this page\n\nMaldives ready to welcome the Prime Minister - "
                     "Island News, 20 Jan 2016\n\n" + STORY)
    assert art["published"] == pd.Timestamp("2016-01-20")
    assert art["title"].startswith("Maldives ready")


def test_a_state_in_capitals_on_a_line_of_its_own_is_a_dateline_of_the_state_only():
    art = parse_text("Premier leads a trade mission abroad\n\nBy Wire | International Published on 4 September 2023\n\n"
                     "Read News\n\nINDONESIA:\n\n" + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == (None, "IDN")
    assert art["text"].startswith("The foreign ministers")


def test_an_agencys_credit_line_with_its_city_and_a_glued_outlet_between_hyphens():
    art = parse_text(" date 2020-11-04 Left Menu\nEnvoy meets the foreign secretary on trade and transit matters "
                     "in the capital\n\nANI | Kathmandu | Updated: 04-11-2020 10:57 IST | Created: 04-11-2020 10:57 "
                     "IST\n\n" + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Kathmandu", "NPL")
    art = parse_text("LILONGWE-(Lake Post)-President Ana Banda on Tuesday received the credentials of seven envoys "
                     "at the palace. " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Lilongwe", "MWI")
    assert art["text"].startswith("President Ana Banda")


def test_a_date_line_of_the_head_that_no_stamp_rule_knows():
    # a place, a name or an office's credit and a weekday before the date, or the date opening
    # a story's first line: the page's own date when nothing else gave one
    for head, day in [("Government House, Tuesday, November 18, 2014", "2014-11-18"),
                      ("Jane Roe in Geneva , Wednesday 12 Jul 2023", "2023-07-12"),
                      ("Agency of Protocol Affairs 28.02.2022", "2022-02-28")]:
        art = parse_text("Envoys meet in the capital\n\n" + head + "\n\n" + STORY)
        assert art["published"] == pd.Timestamp(day), head
    art = parse_text("Forum welcomes a visiting envoy\n\nThursday, 10 February 2022, Suva Fiji:\u00c2 The Forum's "
                     "secretariat today welcomed the non-resident ambassador. " + STORY)
    assert art["published"] == pd.Timestamp("2022-02-10")
    # a date a sentence leads to, a range's last day and a head line of prose are no page date
    for head in ["Talks will be held on Tuesday, November 18, 2014 in the capital", "Exhibition 6 - 17 November 2017",
                 "The two ministers met in the capital and signed the plan 28.02.2022 for the two states."]:
        assert parse_text("Envoys meet in the capital\n\n" + head + "\n\n" + STORY)["published"] is None, head


def test_the_stories_first_paragraph_below_a_long_menu_opens_with_its_dateline():
    menu = "".join(f"  • Section {n}\n" for n in range(12))
    art = parse_text(menu + "\nEnvoys hear of trade plans\n\nAbuja, Nov. 1, 2023: President Ana Banda has assured the "
                     "foreign envoys of the capital that trade between their states will grow this year.")
    assert (art["dateline_city"], art["dateline_country"]) == ("Abuja", "NGA")


def test_a_reporters_name_and_the_city_filed_from_on_a_line_of_their_own():
    for line, city, cc in [("Jane Roe - ISLAMABAD", "Islamabad", "PAK"), ("Jane Roe (Abu Dhabi)", "Abu Dhabi", "ARE"),
                           ("(Phnom Penh)", "Phnom Penh", "KHM")]:
        art = parse_text("Ministers agree to deepen ties\n\nPhoto: the ministers\n\n" + line + "\n\n" + STORY)
        assert (art["dateline_city"], art["dateline_country"]) == (city, cc), line


def test_a_known_city_after_the_date_that_opens_a_line_is_the_dateline():
    art = parse_text("Forum welcomes a visiting envoy\n\nThursday, 10 February 2022, Suva Fiji: The Forum's secretariat "
                     "today welcomed the non-resident ambassador. " + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Suva", "FJI")
    art = parse_text("Remarks of the President\n24 April 2019, Nur-Sultan (capital)\n\n" + STORY)
    assert (art["published"], art["dateline_city"]) == (pd.Timestamp("2019-04-24"), "Nur-Sultan")


def test_a_city_in_capitals_alone_on_its_line_with_the_headline_again_below_it():
    art = parse_text("Ministers hold a call\n\nMinisters hold a call\n\nANKARA\nMinisters hold a call\n\n" + STORY)
    assert (art["dateline_city"], art["dateline_country"]) == ("Ankara", "TUR")
    assert "ANKARA" not in art["text"]


def test_month_and_weekday_names_with_the_turkish_dotless_or_dotted_i_are_read_not_a_failure():
    # the month and weekday patterns ignore case, so they match "Aprıl", "FRİDAY"
    art = parse_text("Ministers meet\n\nFrıday, 12 Aprıl 2024\n\n" + STORY)
    assert art["published"] == pd.Timestamp("2024-04-12")
    art = parse_text("MINISTERS MEET\n\nFRİDAY, 12 APRİL 2024\n\n" + STORY.upper())
    assert art["published"] == pd.Timestamp("2024-04-12")

"""plot.show_article: escaped HTML with mentions highlighted by kind."""
import re

import pandas as pd
import pytest

import diplo_analysis as da
from diplo_analysis import plot
from diplo_analysis.errors import DiploError
from diplo_analysis.plot._base import KIND_COLORS

TEXT = ("Azerbaijan & Kyrgyzstan <script>alert(1)</script> marked 30 years. "
        "Deputy Minister Khalaf Khalafov spoke at the Ministry of Foreign Affairs of Azerbaijan.")


def span(word, nth=0):
    start = [m.start() for m in re.finditer(re.escape(word), TEXT)][nth]
    return start, start + len(word)


def make_corpus() -> da.Corpus:
    articles = pd.DataFrame({"article_id": ["seed"], "source": "test", "published": [pd.Timestamp("2023-02-27")],
                             "title": ["30 years <b>&</b> more"], "outlet": ["Trend"], "n_words": 20,
                             "text": [TEXT]})
    rows = []
    for word, kind, key, role, country, nth in [
        ("Azerbaijan", "country", "AZE", None, "AZE", 0),
        ("Kyrgyzstan", "country", "KGZ", None, "KGZ", 0),
        ("Khalaf Khalafov", "person", "Khalaf Khalafov", "Deputy Foreign Minister", "AZE", 0),
        ("Ministry of Foreign Affairs of Azerbaijan", "organization",
         "Ministry of Foreign Affairs of Azerbaijan", None, "AZE", 0),
        ("Azerbaijan", "country", "AZE", None, "AZE", 1),      # nested inside the ministry
        ("Kyrgyzstan & x", "country", "XXX", None, None, 0),   # a crossing span: left out
    ]:
        if word not in TEXT:
            start, end = 5, 15                                 # crosses "Azerbaijan" and "Kyrgyzstan"
        else:
            start, end = span(word, nth)
        rows.append({"article_id": "seed", "sentence_id": 0, "start": start, "end": end, "surface": word,
                     "kind": kind, "key": key, "role": role, "country": country})
    return da.Corpus(articles=articles, mentions=pd.DataFrame(rows))


def test_text_is_escaped_and_mentions_are_marked():
    view = plot.show_article(make_corpus(), "seed")
    page = view.html
    assert view._repr_html_() == page and str(view) == page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Azerbaijan</span>" not in page
    assert " &amp; " in page
    assert "<h3>30 years &lt;b&gt;&amp;&lt;/b&gt; more</h3>" in page
    assert "2023-02-27 · Trend · id seed" in page
    assert page.count('<mark class="diplo-country"') == 3
    assert page.count('<mark class="diplo-person"') == 1
    assert page.count('<mark class="diplo-organization"') == 1
    assert (view.shown, view.skipped) == (5, 1)


def test_marks_wrap_exactly_the_mentioned_text_and_nest():
    page = plot.show_article(make_corpus(), "seed").html
    person = re.search(r'<mark class="diplo-person"[^>]*>(.*?)<span', page)
    assert person.group(1) == "Khalaf Khalafov"
    assert 'title="person: Khalaf Khalafov (Deputy Foreign Minister, AZE)"' in page
    org = re.search(r'<mark class="diplo-organization"[^>]*>(.*?)<span[^>]*>ORG</span></mark>', page)
    assert org.group(1).startswith("Ministry of Foreign Affairs of <mark class=\"diplo-country\"")
    # stripping the tags and the kind labels gives back the text, escaped
    plain = re.sub(r"<span[^>]*>(COUNTRY|PERSON|ORG)</span>", "", page)
    body = re.search(r'<div style="white-space: pre-wrap; line-height: 1.7;">(.*)</div></div>', plain).group(1)
    assert re.sub(r"<[^>]+>", "", body) == TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_legend_has_the_kind_colors():
    page = plot.show_article(make_corpus(), "seed").html
    legend = re.search(r'<p class="diplo-legend"[^>]*>(.*?)</p>', page).group(1)
    for kind, color in KIND_COLORS.items():
        assert kind in legend and color in legend


def test_kinds_can_be_chosen():
    view = plot.show_article(make_corpus(), "seed", kinds=("person",))
    assert view.html.count("<mark") == 1 and view.shown == 1


def test_errors():
    with pytest.raises(DiploError, match="'nope' is not in the corpus"):
        plot.show_article(make_corpus(), "nope")
    with pytest.raises(DiploError, match="kinds must be among"):
        plot.show_article(make_corpus(), "seed", kinds=("city",))
    with pytest.raises(DiploError, match="expects a diplo_analysis.Corpus"):
        plot.show_article(pd.DataFrame(), "seed")

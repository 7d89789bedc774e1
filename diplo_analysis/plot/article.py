"""One article as HTML with its mentions highlighted by kind (in the manner of displaCy).

>>> import pandas as pd, diplo_analysis as da
>>> arts = pd.DataFrame({"article_id": ["x"], "source": "s", "n_words": 2, "text": ["Baku & Bishkek"]})
>>> m = pd.DataFrame({"article_id": ["x"], "sentence_id": 0, "start": 7, "end": 14,
...     "surface": "Bishkek", "kind": "country", "key": "KGZ"})
>>> "Baku &amp; <mark" in show_article(da.Corpus(articles=arts, mentions=m), "x").html
True
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from ..corpus import Corpus
from ._base import KIND_COLORS, PlotError

KIND_TAGS = {"country": "COUNTRY", "person": "PERSON", "organization": "ORG"}


@dataclass
class ArticleView:
    """An article rendered as HTML; Jupyter shows it through ``_repr_html_``."""

    article_id: str
    html: str
    #: mentions drawn, and mentions left out because their span crossed another one's
    shown: int = 0
    skipped: int = 0

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _tooltip(row) -> str:
    bits = [f"{row.kind}: {row.key}"]
    extra = [v for v in (getattr(row, "role", None), getattr(row, "country", None))
             if isinstance(v, str) and v and v != row.key]
    if extra:
        bits.append(f"({', '.join(extra)})")
    return " ".join(bits)


def _mark(row) -> str:
    color = KIND_COLORS[row.kind]
    return (f'<mark class="diplo-{row.kind}" title="{html.escape(_tooltip(row), quote=True)}" '
            f'style="background: {color}33; border-bottom: 2px solid {color}; padding: 0.1em 0.25em; '
            f'border-radius: 0.25em; line-height: 1.9;">')


def _tag(kind: str) -> str:
    return (f'<span style="font-size: 0.65em; font-weight: bold; margin-left: 0.35em; '
            f'color: {KIND_COLORS[kind]}; vertical-align: middle;">{KIND_TAGS[kind]}</span></mark>')


def _render(text: str, rows: pd.DataFrame) -> tuple[str, int, int]:
    """The text, escaped, with nested <mark>s; spans that cross another are left out."""
    out, stack, pos, shown, skipped = [], [], 0, 0, 0
    ordered = rows.sort_values(["start", "end"], ascending=[True, False], kind="stable")
    for row in ordered.itertuples(index=False):
        start, end = int(row.start), int(row.end)
        if not (0 <= start < end <= len(text)):
            skipped += 1
            continue
        while stack and stack[-1][0] <= start:
            close, kind = stack.pop()
            out.append(html.escape(text[pos:close]))
            out.append(_tag(kind))
            pos = close
        if stack and end > stack[-1][0]:
            skipped += 1
            continue
        out.append(html.escape(text[pos:start]))
        out.append(_mark(row))
        stack.append((end, row.kind))
        pos = start
        shown += 1
    while stack:
        close, kind = stack.pop()
        out.append(html.escape(text[pos:close]))
        out.append(_tag(kind))
        pos = close
    out.append(html.escape(text[pos:]))
    return "".join(out), shown, skipped


def show_article(corpus: Corpus, article_id: str, *, kinds=("country", "person", "organization")) -> ArticleView:
    """An article's text as HTML with its mentions highlighted by kind, and a legend.

    Every piece of text from the corpus is HTML-escaped; hovering a mark
    shows its key (and a person's role and country).

    >>> import pandas as pd, diplo_analysis as da
    >>> arts = pd.DataFrame({"article_id": ["x"], "source": "s", "n_words": 1, "text": ["<b>Baku</b>"]})
    >>> "&lt;b&gt;Baku&lt;/b&gt;" in show_article(da.Corpus(articles=arts), "x").html
    True
    """
    if not isinstance(corpus, Corpus):
        raise PlotError(f"show_article() expects a diplo_analysis.Corpus; got {type(corpus).__name__}")
    unknown = [k for k in kinds if k not in KIND_COLORS]
    if unknown:
        raise PlotError(f"kinds must be among {', '.join(KIND_COLORS)}; got {', '.join(map(repr, unknown))}")
    found = corpus.articles[corpus.articles["article_id"] == article_id]
    if found.empty:
        raise PlotError(f"article {article_id!r} is not in the corpus ({len(corpus.articles)} articles; "
                        "see corpus.articles.article_id)")
    article = found.iloc[0]
    text = article["text"] if isinstance(article["text"], str) else ""
    mentions = corpus.mentions
    rows = mentions[(mentions["article_id"] == article_id) & mentions["kind"].isin(list(kinds))]
    body, shown, skipped = _render(text, rows)

    title = article["title"] if isinstance(article["title"], str) else article_id
    meta = [f"{article['published']:%Y-%m-%d}" if pd.notna(article["published"]) else None,
            article["outlet"] if isinstance(article["outlet"], str) else None, f"id {article_id}"]
    legend = " ".join(
        f'<span style="background: {KIND_COLORS[k]}33; border-bottom: 2px solid {KIND_COLORS[k]}; '
        f'padding: 0.1em 0.4em; border-radius: 0.25em; margin-right: 0.5em;">{html.escape(k)}</span>'
        for k in kinds)
    page = (
        f'<div class="diplo-article" style="font-family: sans-serif; max-width: 50em;">'
        f"<h3>{html.escape(title)}</h3>"
        f'<p style="color: #666; margin: 0 0 0.6em 0;">{html.escape(" · ".join(m for m in meta if m))}</p>'
        f'<p class="diplo-legend" style="font-size: 0.85em;">{legend}</p>'
        f'<div style="white-space: pre-wrap; line-height: 1.7;">{body}</div>'
        f"</div>"
    )
    return ArticleView(str(article_id), page, shown=shown, skipped=skipped)

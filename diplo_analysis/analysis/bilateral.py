"""The bilateral dossier: everything a corpus says about one pair of countries.

>>> import pandas as pd, diplo_analysis as da
>>> m = pd.DataFrame({"article_id": ["x", "x"], "sentence_id": 0, "start": 0, "end": 3,
...     "surface": "s", "kind": "country", "key": ["AZE", "KGZ"]})
>>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
...     "established": ["1993-01-19"], "source": ["MFA"]})
>>> bilateral(da.Corpus(mentions=m), "Azerbaijan", "KGZ", reference=ref).articles["article_id"].tolist()
['x']
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

from ._common import AnalysisError, check_corpus, name_of, on_disk, resolve_country
from .reference import check_anniversaries, load_reference
from .timeline import timeline

FRAMES = ("articles", "people", "events", "spheres", "third_countries", "anniversaries", "timeline")


@dataclass
class Dossier:
    """The tables about one pair of countries (see :func:`bilateral`).

    In a notebook it shows as an HTML summary; :meth:`to_frames` gives the
    tables by name.
    """

    a: str
    b: str
    articles: pd.DataFrame
    people: pd.DataFrame
    events: pd.DataFrame
    spheres: pd.DataFrame
    third_countries: pd.DataFrame
    anniversaries: pd.DataFrame
    timeline: pd.DataFrame
    established: pd.Timestamp | None = None
    reference_source: str | None = None
    names: dict = field(default_factory=dict)

    @property
    def pair(self) -> str:
        return f"{self.a}-{self.b}"

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The dossier's tables by name (copies)."""
        return {name: getattr(self, name).copy() for name in FRAMES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in FRAMES)
        return f"Dossier({self.pair}: {sizes})"

    def _repr_html_(self, max_rows: int = 10) -> str:
        esc = html.escape
        a_name, b_name = self.names.get(self.a, self.a), self.names.get(self.b, self.b)
        parts = ['<div class="diplo-dossier">',
                 f"<h3>{esc(a_name)} \u2013 {esc(b_name)} ({esc(self.pair)})</h3>"]
        dates = self.articles["published"].dropna()
        n = len(self.articles)
        summary = f"{n} article{'s name' if n != 1 else ' names'} both countries"
        if len(dates):
            summary += f", from {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
        summary += "."
        if self.established is not None:
            summary += f" Diplomatic relations established {self.established:%Y-%m-%d}"
            summary += f" ({self.reference_source})." if self.reference_source else "."
        else:
            summary += " No reference date for diplomatic relations."
        parts.append(f"<p>{esc(summary)}</p>")
        sections = [("Articles", self.articles), ("People", self.people),
                    ("Events", self.events), ("Spheres of cooperation", self.spheres),
                    ("Other countries in these articles", self.third_countries),
                    ("Anniversaries", self.anniversaries[[c for c in _ANNIVERSARY_SHOWN
                                                          if c in self.anniversaries.columns]])]
        for heading, frame in sections:
            parts.append(f"<h4>{esc(heading)}</h4>")
            parts.append(_small_table(frame, max_rows))
        parts.append("</div>")
        return "\n".join(parts)


_ANNIVERSARY_SHOWN = ["article_id", "ordinal", "subject", "year", "implied_start_year",
                      "reference_start", "agrees", "note"]


def _small_table(frame: pd.DataFrame, max_rows: int) -> str:
    if len(frame) == 0:
        return "<p><em>none</em></p>"
    head = frame.head(max_rows).astype(object)
    shown = head.where(head.notna(), "").to_html(index=False, escape=True, border=0)
    if len(frame) > max_rows:
        shown += f"<p><em>\u2026 and {len(frame) - max_rows} more</em></p>"
    return shown


def bilateral(corpus, a: str, b: str, freq: str = "M", reference=None) -> Dossier:
    """A :class:`Dossier` of the articles that name both ``a`` and ``b``.

    ``a`` and ``b`` are ISO3 codes or names; the pair is stored sorted.
    Tables: ``articles`` (article_id, published, title, outlet), ``people``
    (country, person, role, mentions, articles; people of either side),
    ``events`` (event_type, code, events, articles), ``spheres`` (sphere,
    mentions, articles), ``third_countries`` (country, name, mentions,
    articles), ``anniversaries`` (the pair's, checked against the
    reference) and ``timeline`` (the pair per ``freq`` period).

    >>> import pandas as pd, diplo_analysis as da
    >>> m = pd.DataFrame({"article_id": ["x", "x", "x"], "sentence_id": 0, "start": 0,
    ...     "end": 3, "surface": "s", "kind": "country", "key": ["AZE", "KGZ", "TUR"]})
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> bilateral(da.Corpus(mentions=m), "KGZ", "AZE", reference=ref).third_countries["country"].tolist()
    ['TUR']
    """
    corpus = check_corpus(corpus, "bilateral")
    first, second = sorted((resolve_country(a), resolve_country(b)))
    if first == second:
        raise AnalysisError(f"bilateral() needs two different countries; {a!r} and {b!r} are both {first}")
    pair = {first, second}

    if on_disk(corpus):
        from . import _sql

        parts = _sql.dossier_parts(corpus, first, second)
        articles = _sorted_articles(parts["articles"].astype(
            {"article_id": "string", "published": "datetime64[ns]", "title": "string", "outlet": "string"}))
        people = _sorted_people(parts["people"], [first, second])
        events = _sorted_events(parts["events"])
        spheres = _sorted_counts(parts["spheres"], "sphere")
        third_countries = _sorted_counts(parts["third_countries"], "country")
        pair_ann = parts["anniversaries"]
    else:
        mentions = corpus.mentions
        countries = mentions[(mentions["kind"] == "country") & mentions["key"].notna()]
        sides = countries[countries["key"].isin(pair)]
        per_article = sides.groupby("article_id", observed=True)["key"].nunique()
        ids = set(per_article[per_article == 2].index)

        articles = _pair_articles(corpus.articles, ids)
        in_pair = mentions[mentions["article_id"].isin(ids)]
        people = _people(in_pair, [first, second])
        events = _events(corpus.events[corpus.events["article_id"].isin(ids)])
        spheres = _counted(corpus.spheres[corpus.spheres["article_id"].isin(ids)], "sphere")
        thirds = in_pair[(in_pair["kind"] == "country") & in_pair["key"].notna() & ~in_pair["key"].isin(pair)]
        third_countries = _counted(thirds[["article_id", "key"]].rename(columns={"key": "country"}), "country")
        ann = corpus.anniversaries
        mask = [isinstance(p, (tuple, list)) and pair <= set(p) for p in ann["parties"]]
        pair_ann = ann[pd.Series(mask, index=ann.index, dtype=bool)].reset_index(drop=True)
    third_countries.insert(1, "name", third_countries["country"].map(name_of).astype("string"))

    ref = load_reference(reference)
    anniversaries = check_anniversaries(pair_ann, reference=ref)
    found = ref[(ref["country_a"] == first) & (ref["country_b"] == second)]
    established = found["established"].iloc[0] if len(found) else None
    source = str(found["source"].iloc[0]) if len(found) and pd.notna(found["source"].iloc[0]) else None

    pair_timeline = timeline(corpus, freq=freq, by="pair", groups=[f"{first}-{second}"])
    return Dossier(first, second, articles, people, events, spheres, third_countries, anniversaries,
                   pair_timeline, established=established, reference_source=source,
                   names={first: name_of(first), second: name_of(second)})


def _pair_articles(articles: pd.DataFrame, ids: set) -> pd.DataFrame:
    chosen = pd.DataFrame({"article_id": sorted(ids)}).astype({"article_id": "string"})
    info = articles.drop_duplicates("article_id")[["article_id", "published", "title", "outlet"]]
    return _sorted_articles(chosen.merge(info, on="article_id", how="left"))


def _sorted_articles(out: pd.DataFrame) -> pd.DataFrame:
    return out.sort_values(["published", "article_id"], kind="stable", na_position="last").reset_index(drop=True)


_PEOPLE = {"country": "string", "person": "string", "role": "string", "mentions": "int64", "articles": "int64"}
_EVENTS = {"event_type": "string", "code": "string", "events": "int64", "articles": "int64"}


def _people(mentions: pd.DataFrame, sides: list[str]) -> pd.DataFrame:
    rows = mentions[(mentions["kind"] == "person") & mentions["key"].notna() & mentions["country"].isin(sides)]
    columns = _PEOPLE
    if len(rows) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    grouped = rows.groupby(["country", "key"], observed=True)
    out = grouped.agg(mentions=("article_id", "size"), articles=("article_id", "nunique")).reset_index()
    roles = (rows.dropna(subset=["role"]).groupby(["country", "key", "role"], observed=True).size()
             .reset_index(name="n").sort_values(["n", "role"], ascending=[False, True], kind="stable")
             .drop_duplicates(["country", "key"]))
    out = out.merge(roles[["country", "key", "role"]], on=["country", "key"], how="left")
    return _sorted_people(out.rename(columns={"key": "person"}), sides)


def _sorted_people(out: pd.DataFrame, sides: list[str]) -> pd.DataFrame:
    if len(out) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _PEOPLE.items()})
    out = out[list(_PEOPLE)].astype(_PEOPLE)
    out["side"] = out["country"].map({s: i for i, s in enumerate(sides)})
    out = out.sort_values(["side", "mentions", "person"], ascending=[True, False, True], kind="stable")
    return out.drop(columns="side").reset_index(drop=True)


def _events(events: pd.DataFrame) -> pd.DataFrame:
    columns = _EVENTS
    rows = events[events["event_type"].notna()]
    if len(rows) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    out = rows.groupby("event_type").agg(
        code=("code", lambda c: c.dropna().mode().iloc[0] if c.notna().any() else pd.NA),
        events=("article_id", "size"), articles=("article_id", "nunique")).reset_index()
    return _sorted_events(out)


def _sorted_events(out: pd.DataFrame) -> pd.DataFrame:
    if len(out) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _EVENTS.items()})
    out = out[list(_EVENTS)].astype(_EVENTS)
    return out.sort_values(["events", "event_type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _counted(rows: pd.DataFrame, column: str) -> pd.DataFrame:
    columns = {column: "string", "mentions": "int64", "articles": "int64"}
    rows = rows[rows[column].notna()]
    if len(rows) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    out = rows.groupby(column, observed=True).agg(mentions=("article_id", "size"),
                                                   articles=("article_id", "nunique")).reset_index()
    return _sorted_counts(out, column)


def _sorted_counts(out: pd.DataFrame, column: str) -> pd.DataFrame:
    columns = {column: "string", "mentions": "int64", "articles": "int64"}
    if len(out) == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    out = out[list(columns)].astype(columns)
    return out.sort_values(["articles", "mentions", column], ascending=[False, False, True],
                           kind="stable").reset_index(drop=True)

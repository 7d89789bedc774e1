"""Timelines: how many articles (and mentions) per period for each group.

>>> import pandas as pd, diplo_analysis as da
>>> arts = pd.DataFrame({"article_id": ["x", "y"], "source": "s", "n_words": 1, "text": "",
...     "published": ["2023-03-02", "2023-05-09"]})
>>> m = pd.DataFrame({"article_id": ["x", "y"], "sentence_id": 0, "start": 0, "end": 3,
...     "surface": "AZE", "kind": "country", "key": "AZE"})
>>> timeline(da.Corpus(articles=arts, mentions=m))["articles"].tolist()
[1, 0, 1]
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..pairs import pair_units
from ._common import (AnalysisError, check_choice, check_corpus, on_disk, published_of, resolve_country,
                      to_timestamp)

BY = ("country", "pair", "event_type", "person", "organization", "sphere")
TIMELINE_COLUMNS = {"period": "datetime64[ns]", "group": "string", "articles": "int64", "mentions": "int64"}

#: pandas offset aliases a user may know -> the Period alias that means the same period
_FREQ_ALIASES = {"ME": "M", "MS": "M", "QE": "Q", "QS": "Q", "YE": "Y", "YS": "Y",
                 "A": "Y", "AS": "Y", "A-DEC": "Y", "Y-DEC": "Y", "W-SUN": "W"}


def _period_freq(freq: str) -> str:
    if not isinstance(freq, str):
        raise AnalysisError(f"freq must be a string such as 'M', 'W', 'Q' or 'Y'; got {freq!r}")
    alias = _FREQ_ALIASES.get(freq.upper(), freq)
    try:
        pd.Period("2000-01-01", freq=alias)
    except (ValueError, TypeError) as exc:
        raise AnalysisError(f"freq {freq!r} is not a period pandas knows; use 'D', 'W', 'M', 'Q' or 'Y'") from exc
    return alias


def timeline_units(corpus, by: str = "country") -> pd.DataFrame:
    """One row per article and group: article_id, group, mentions (how many).

    The rows a timeline counts before dates are attached. For ``by="pair"``
    a group is two ISO3 codes mentioned in the same article ("AZE-KGZ") and
    ``mentions`` is the number of sentences that name both.
    """
    corpus = check_corpus(corpus, "timeline")
    check_choice(by, BY, "by")
    if on_disk(corpus):
        from . import _sql

        return _sql.timeline_units(corpus, by)
    if by in ("country", "person", "organization"):
        rows = corpus.mentions[(corpus.mentions["kind"] == by) & corpus.mentions["key"].notna()]
        counted = rows.groupby(["article_id", "key"], sort=True, observed=True).size()
    elif by == "event_type":
        rows = corpus.events[corpus.events["event_type"].notna()]
        counted = rows.groupby(["article_id", "event_type"], sort=True, observed=True).size()
    elif by == "sphere":
        rows = corpus.spheres[corpus.spheres["sphere"].notna()]
        counted = rows.groupby(["article_id", "sphere"], sort=True, observed=True).size()
    else:
        return pair_units(corpus.mentions)
    out = pd.DataFrame({"article_id": counted.index.get_level_values(0),
                        "group": counted.index.get_level_values(1),
                        "mentions": counted.to_numpy()})
    return out.astype({"article_id": "string", "group": "string", "mentions": "int64"})


def _normalize_groups(groups, by: str) -> list[str]:
    if isinstance(groups, str):
        groups = [groups]
    elif by == "pair" and isinstance(groups, tuple) and len(groups) == 2 and \
            all(isinstance(g, str) and "-" not in g for g in groups):
        groups = [groups]
    else:
        groups = list(groups)
    out = []
    for g in groups:
        if by == "country":
            out.append(resolve_country(g))
        elif by == "pair":
            parts = tuple(g) if isinstance(g, (tuple, list)) else tuple(str(g).split("-"))
            if len(parts) != 2:
                raise AnalysisError(f"a pair is two countries such as 'AZE-KGZ' or ('AZE', 'KGZ'); got {g!r}")
            out.append("-".join(sorted(resolve_country(p) for p in parts)))
        else:
            out.append(str(g))
    return list(dict.fromkeys(out))


def timeline(corpus, freq: str = "M", by: str = "country", start=None, end=None,
             groups=None, top: int | None = None) -> pd.DataFrame:
    """Articles and mentions per period for each group, empty periods filled with zeros.

    ``by`` is "country", "pair" (two ISO3 codes in the same article,
    "AZE-KGZ"), "event_type", "person", "organization" or "sphere". Returns
    a tidy frame: ``period`` (start of the period), ``group``, ``articles``
    (distinct articles), ``mentions`` (rows counted; for pairs, sentences
    naming both). Articles without a date are left out and counted in
    ``frame.attrs["undated_articles"]``. ``start``/``end`` keep articles
    published in that range (``end``'s whole day) and widen the periods
    shown to it; ``groups`` keeps (and always shows) those groups; ``top``
    keeps the groups with the most articles.

    >>> import pandas as pd, diplo_analysis as da
    >>> arts = pd.DataFrame({"article_id": ["x", "y"], "source": "s", "n_words": 1,
    ...     "text": "", "published": ["2023-03-02", "2023-03-20"]})
    >>> m = pd.DataFrame({"article_id": ["x", "y"], "sentence_id": 0, "start": 0,
    ...     "end": 3, "surface": "AZE", "kind": "country", "key": "AZE"})
    >>> t = timeline(da.Corpus(articles=arts, mentions=m), end="2023-04-30")
    >>> t[["articles", "mentions"]].values.tolist()
    [[2, 2], [0, 0]]
    """
    corpus = check_corpus(corpus, "timeline")
    check_choice(by, BY, "by")
    period_freq = _period_freq(freq)
    if top is not None and (isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1):
        raise AnalysisError(f"top must be a whole number >= 1 or None; got {top!r}")
    begin = to_timestamp(start, "start") if start is not None else None
    finish = to_timestamp(end, "end") if end is not None else None
    if finish is not None and finish == finish.normalize():
        finish = finish + pd.Timedelta(days=1) - pd.Timedelta(1, unit="ns")
    if begin is not None and finish is not None and begin > finish:
        raise AnalysisError(f"start {start!r} is after end {end!r}")

    wanted = _normalize_groups(groups, by) if groups is not None else None
    if on_disk(corpus):
        from . import _sql

        counted, undated = _sql.timeline_counts(corpus, by, period_freq, wanted, begin, finish)
    else:
        counted, undated = _counted(corpus, by, period_freq, wanted, begin, finish)
    periods = counted.index.get_level_values("period")

    names = list(wanted) if wanted is not None else sorted(counted.index.get_level_values("group").unique())
    if top is not None:
        totals = counted.groupby(level="group").sum().reindex(names, fill_value=0)
        totals = totals.reset_index().sort_values(["articles", "mentions", "group"],
                                                  ascending=[False, False, True], kind="stable")
        names = totals["group"].head(top).tolist()

    first = [p for p in (begin.to_period(period_freq) if begin is not None else None,
                         periods.min() if len(periods) else None) if p is not None]
    last = [p for p in (finish.to_period(period_freq) if finish is not None else None,
                        periods.max() if len(periods) else None) if p is not None]
    if not first or not last or not names:
        out = pd.DataFrame({c: pd.Series(dtype=t) for c, t in TIMELINE_COLUMNS.items()})
    else:
        lo = begin.to_period(period_freq) if begin is not None else min(first)
        hi = finish.to_period(period_freq) if finish is not None else max(last)
        full = pd.MultiIndex.from_product([pd.period_range(lo, hi, freq=period_freq), names],
                                          names=["period", "group"])
        filled = counted.reindex(full, fill_value=0).reset_index()
        filled["period"] = filled["period"].dt.start_time
        out = filled[list(TIMELINE_COLUMNS)].astype(TIMELINE_COLUMNS)
    out = out.sort_values(["period", "group"], kind="stable").reset_index(drop=True)
    out.attrs.update(freq=period_freq, by=by, undated_articles=int(undated))
    return out


def _counted(corpus, by, period_freq, wanted, begin, finish) -> tuple[pd.DataFrame, int]:
    """Articles and mentions per (period, group) of an in-memory corpus, and the undated articles."""
    units = timeline_units(corpus, by)
    if wanted is not None:
        units = units[units["group"].isin(wanted)]
    published = pd.Series(published_of(corpus.articles, units["article_id"]), index=units.index)
    undated = units.loc[published.isna(), "article_id"].nunique()
    keep = published.notna()
    if begin is not None:
        keep &= published >= begin
    if finish is not None:
        keep &= published <= finish
    units, published = units[keep], published[keep]
    periods = published.dt.to_period(period_freq)
    counted = (units.assign(period=periods)
               .groupby(["period", "group"], sort=True, observed=True)
               .agg(articles=("article_id", "nunique"), mentions=("mentions", "sum")))
    return counted, int(undated)

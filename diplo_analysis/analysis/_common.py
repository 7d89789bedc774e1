"""Helpers shared by the analysis modules: errors, country names, dates.

>>> resolve_country("Kyrgyzstan"), resolve_country("aze")
('KGZ', 'AZE')
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..corpus import Corpus
from ..errors import DiploError
from ..extract import countries


class AnalysisError(DiploError, ValueError):
    """An analysis was asked something it cannot answer (unknown country, bad date...)."""


def resolve_country(value: str) -> str:
    """ISO3 code of a country given as ISO3 or as a name ("Kyrgyz Republic").

    Uses ``diplo_analysis.gazetteer.lookup`` (the same names the
    extractor knows) and falls back to pycountry (alpha-2 and numeric codes).
    """
    if not isinstance(value, str) or not value.strip():
        raise AnalysisError(f"expected a country as an ISO3 code or a name, got {value!r}")
    text = value.strip()
    found = countries.lookup(text)
    if found is None and len(text) == 3:
        found = countries.lookup(text.upper())
    if found is None:
        found = _pycountry_lookup(text)
    if found is None:
        raise AnalysisError(
            f"unknown country {value!r}; give an ISO 3166-1 alpha-3 code such as 'AZE' "
            "or an English name such as 'Azerbaijan'"
        )
    return found


def _pycountry_lookup(text: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def name_of(iso3: str) -> str:
    """Common short English name of an ISO3 code ("KGZ" -> "Kyrgyzstan"); the code itself if unknown."""
    try:
        return countries.name_of(iso3)
    except KeyError:
        return iso3


def to_timestamp(value, what: str) -> pd.Timestamp:
    """A Timestamp from a date-like value, or an AnalysisError naming ``what``."""
    if value is None:
        raise AnalysisError(f"{what}: expected a date such as '2026-01-01', got None")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise AnalysisError(f"{what}: expected a date such as '2026-01-01', got {value!r}") from exc
    if pd.isna(stamp):
        raise AnalysisError(f"{what}: expected a date such as '2026-01-01', got {value!r}")
    return stamp


def published_of(articles: pd.DataFrame, ids) -> np.ndarray:
    """``published`` of each article id in ``ids`` (NaT when unknown), as datetime64[ns]."""
    dates = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    dates.index = dates.index.astype(object)
    looked = dates.reindex(pd.Index(np.asarray(ids, dtype=object), dtype=object))
    return looked.to_numpy(dtype="datetime64[ns]")


def check_corpus(corpus, function: str) -> Corpus:
    """``corpus`` when it is a Corpus or a dataset opened with ``da.open_dataset``, else an AnalysisError."""
    if not (isinstance(corpus, Corpus) or on_disk(corpus)):
        raise AnalysisError(
            f"{function}() expects a diplo_analysis.Corpus (e.g. from da.read_corpus) or a dataset "
            f"from da.open_dataset, got {type(corpus).__name__}"
        )
    return corpus


def on_disk(corpus) -> bool:
    """True for a dataset whose tables stay on disk (the analyses then run as SQL).

    Read from the dataset's class (``duck.Dataset.on_disk``), so that the
    analyses need not import the dataset layer, which builds corpora itself.
    """
    return getattr(type(corpus), "on_disk", False) is True


def check_choice(value, choices, what: str):
    if value not in choices:
        raise AnalysisError(f"{what} must be one of {', '.join(map(repr, choices))}; got {value!r}")
    return value

"""Anniversaries against the reference table of diplomatic relations.

The reference (``diplo_analysis/data/reference/diplomatic_relations.csv``)
has one row per pair of countries: ``country_a, country_b`` (ISO3, sorted),
``established`` (YYYY-MM-DD) and ``source``.

>>> up = upcoming_anniversaries("AZE", start="2026-01-01", years=5)
>>> up.loc[up["partner"] == "KGZ", ["date", "ordinal"]].astype(str).values.tolist()
[['2028-01-19', '35']]
"""
from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .. import tables
from ..corpus import Corpus
from ..errors import SchemaError
from ._common import AnalysisError, name_of, on_disk, resolve_country, to_timestamp

REFERENCE_COLUMNS = ["country_a", "country_b", "established", "source"]
DIPLOMATIC = "diplomatic relations"

#: round anniversaries: 5, 10, 15, ... (the ``...`` continues with the last step)
DEFAULT_MILESTONES = (5, 10, 15, 20, 25, 30, 35, 40, ...)


# -- the reference table ---------------------------------------------------
def load_reference(reference=None) -> pd.DataFrame:
    """The reference of established diplomatic relations as a DataFrame.

    ``reference`` is None (the packaged csv), a path to a csv with the same
    columns, or a DataFrame. Pairs are returned sorted (country_a < country_b),
    ``established`` as datetime64; a pair listed twice keeps its earliest date.

    >>> import pandas as pd
    >>> ref = load_reference(pd.DataFrame({"country_a": ["KGZ"], "country_b": ["AZE"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]}))
    >>> ref.loc[0, ["country_a", "country_b"]].tolist()
    ['AZE', 'KGZ']
    """
    if reference is None:
        return _packaged().copy()
    if isinstance(reference, pd.DataFrame):
        return _clean(reference, "the reference DataFrame")
    if isinstance(reference, (str, Path)):
        path = Path(reference)
        if not path.is_file():
            raise AnalysisError(f"{path}: no such reference file; expected a csv with columns "
                                + ", ".join(REFERENCE_COLUMNS))
        return _clean(_read_csv(path.read_text(encoding="utf-8")), str(path))
    raise AnalysisError(
        f"reference must be None, a path to a csv or a DataFrame; got {type(reference).__name__}"
    )


@lru_cache(maxsize=1)
def _packaged() -> pd.DataFrame:
    where = "diplo_analysis/data/reference/diplomatic_relations.csv"
    resource = resources.files("diplo_analysis").joinpath("data", "reference", "diplomatic_relations.csv")
    if not resource.is_file():
        raise AnalysisError(f"{where} is missing from the installed package; reinstall diplo-analysis "
                            "or pass reference= a csv with columns " + ", ".join(REFERENCE_COLUMNS))
    return _clean(_read_csv(resource.read_text(encoding="utf-8")), where)


def _read_csv(text: str) -> pd.DataFrame:
    # A line starting with "#" is a note about the data; "#" inside a source URL is not.
    kept = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return pd.read_csv(io.StringIO(kept), dtype=str, keep_default_na=False)


def _clean(frame: pd.DataFrame, where: str) -> pd.DataFrame:
    missing = [c for c in REFERENCE_COLUMNS if c not in frame.columns]
    if missing:
        raise SchemaError(f"{where}: missing column(s) {', '.join(missing)}; "
                          f"expected {', '.join(REFERENCE_COLUMNS)}")
    out = frame[REFERENCE_COLUMNS].copy()
    for col in ("country_a", "country_b"):
        out[col] = out[col].astype("string").str.strip().str.upper()
    dates = pd.to_datetime(out["established"], format="%Y-%m-%d", errors="coerce")
    bad = dates.isna()
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise SchemaError(f"{where}: row {row + 1}: established {out['established'].iloc[row]!r} "
                          "is not a date written YYYY-MM-DD")
    out["established"] = dates.astype("datetime64[ns]")
    out["source"] = out["source"].astype("string")
    swap = out["country_a"] > out["country_b"]
    out.loc[swap, ["country_a", "country_b"]] = out.loc[swap, ["country_b", "country_a"]].to_numpy()
    out = (out.sort_values(["country_a", "country_b", "established"], kind="stable")
              .drop_duplicates(["country_a", "country_b"], keep="first")
              .reset_index(drop=True))
    return out


# -- the anniversaries table against the reference -------------------------
def _is_pair(parties) -> bool:
    return isinstance(parties, (tuple, list)) and len(parties) == 2


def fill_reference(anniversaries: pd.DataFrame, reference=None) -> pd.DataFrame:
    """A copy of an anniversaries table with ``reference_start`` and ``agrees`` filled.

    Only rows whose subject is "diplomatic relations" between two parties are
    looked up; ``agrees`` is True/False when both the implied start year and a
    reference date are known, NA otherwise.

    >>> import pandas as pd
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> rows = pd.DataFrame({"subject": ["diplomatic relations"], "parties": [("AZE", "KGZ")],
    ...     "ordinal": [30], "year": [2023], "implied_start_year": [1993]})
    >>> fill_reference(rows, reference=ref)["agrees"].tolist()
    [True]
    """
    out = anniversaries.copy()
    ref = load_reference(reference)
    starts = _lookup_starts(out, ref)
    out["reference_start"] = pd.Series(starts.to_numpy(), index=out.index).astype("datetime64[ns]")
    implied = _implied(out)
    ref_year = out["reference_start"].dt.year.astype("Int64")
    agrees = (implied == ref_year).astype("boolean")
    agrees[implied.isna() | ref_year.isna()] = pd.NA
    out["agrees"] = agrees
    return out


def _implied(frame: pd.DataFrame) -> pd.Series:
    if "implied_start_year" not in frame.columns:
        return pd.Series(pd.NA, index=frame.index, dtype="Int64")
    return pd.to_numeric(frame["implied_start_year"], errors="coerce").astype("Int64")


def _pair_keys(frame: pd.DataFrame) -> pd.Series:
    """'AZE-KGZ' for diplomatic-relation rows with two parties, NA otherwise."""
    if len(frame) == 0 or "parties" not in frame.columns:
        return pd.Series(pd.NA, index=frame.index, dtype="string")
    subject = frame["subject"].astype("string").str.strip().str.lower() if "subject" in frame.columns \
        else pd.Series(pd.NA, index=frame.index, dtype="string")
    keys = [("-".join(sorted(p)) if _is_pair(p) else None) for p in frame["parties"]]
    keys = pd.Series(keys, index=frame.index, dtype="string")
    keys[~subject.eq(DIPLOMATIC).fillna(False)] = pd.NA
    return keys


def _lookup_starts(frame: pd.DataFrame, ref: pd.DataFrame) -> pd.Series:
    keys = _pair_keys(frame)
    ref_keys = ref["country_a"] + "-" + ref["country_b"]
    dates = pd.Series(ref["established"].to_numpy(), index=ref_keys.to_numpy())
    return keys.map(dates).astype("datetime64[ns]")


def check_anniversaries(corpus, reference=None) -> pd.DataFrame:
    """The corpus's anniversaries joined to the reference, with a ``note`` on each doubt.

    Returns a new frame: the anniversaries columns with ``reference_start``
    and ``agrees`` filled, plus ``reference_source`` and ``note`` (a sentence
    when the article and the reference disagree, or when nothing can be
    checked; NA when they agree).

    >>> import pandas as pd, diplo_analysis as da
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> c = da.Corpus(anniversaries=pd.DataFrame({"article_id": ["a"], "sentence_id": [0],
    ...     "start": [0], "end": [4], "ordinal": [31], "subject": ["diplomatic relations"],
    ...     "parties": [("AZE", "KGZ")], "year": [2023], "implied_start_year": [1992]}))
    >>> check_anniversaries(c, reference=ref)["note"].iloc[0]
    'article implies 1992, reference says 1993-01-19 (MFA)'
    """
    if on_disk(corpus):
        return _checked_on_disk(corpus, load_reference(reference))
    if isinstance(corpus, Corpus):
        frame = corpus.anniversaries
    elif isinstance(corpus, pd.DataFrame):
        frame = tables.conform("anniversaries", corpus)
    else:
        raise AnalysisError("check_anniversaries() expects a Corpus, a dataset from da.open_dataset "
                            "or an anniversaries DataFrame, "
                            f"got {type(corpus).__name__}")
    ref = load_reference(reference)
    out = fill_reference(frame, reference=ref)
    keys = _pair_keys(out)
    ref_keys = ref["country_a"] + "-" + ref["country_b"]
    sources = pd.Series(ref["source"].to_numpy(), index=ref_keys.to_numpy())
    out["reference_source"] = keys.map(sources).astype("string")
    implied = _implied(out)
    notes = []
    for key, imp, start, src, subject, agrees in zip(
            keys, implied, out["reference_start"], out["reference_source"],
            out["subject"] if "subject" in out.columns else [None] * len(out), out["agrees"]):
        notes.append(_note(key, imp, start, src, subject, agrees))
    out["note"] = pd.Series(notes, index=out.index, dtype="string")
    return out


def _checked_on_disk(ds, ref: pd.DataFrame) -> pd.DataFrame:
    """check_anniversaries for a dataset: the join to the reference runs in SQL, the notes here."""
    from . import _sql

    found = _sql.checked_anniversaries(ds, ref)
    is_pair = found.pop("_is_pair").astype(bool).to_numpy()
    found = found.drop(columns="_row")
    source = found.pop("reference_source")
    out = tables.conform("anniversaries", tables.tuples_from_lists("anniversaries", found))
    out["reference_source"] = source.astype("string")
    keys = pd.Series([("-".join(sorted(p)) if pair else None) for p, pair in zip(out["parties"], is_pair)],
                     index=out.index, dtype="string")
    out["note"] = pd.Series([_note(*row) for row in zip(keys, _implied(out), out["reference_start"],
                                                          out["reference_source"], out["subject"], out["agrees"])],
                            index=out.index, dtype="string")
    return out


def _note(key, implied, start, source, subject, agrees) -> str | None:
    if key is None or key is pd.NA:
        what = subject if isinstance(subject, str) and subject else "this anniversary"
        return f"not checked: the reference holds only diplomatic relations between two countries, not {what}"
    if pd.isna(start):
        return f"no reference date known for {key}"
    said = f"reference says {start:%Y-%m-%d}" + (f" ({source})" if isinstance(source, str) and source else "")
    if implied is pd.NA or pd.isna(implied):
        return f"article gives no start year; {said}"
    if agrees is True or (agrees is not pd.NA and bool(agrees)):
        return None
    return f"article implies {int(implied)}, {said}"


# -- upcoming round anniversaries ------------------------------------------
def _milestone_test(milestones):
    """A function ordinal -> bool for a tuple of ints, optionally ending with ``...``."""
    items = list(milestones)
    endless = bool(items) and items[-1] is Ellipsis
    numbers = [m for m in items if m is not Ellipsis]
    if not numbers or any(not isinstance(m, int) or isinstance(m, bool) or m <= 0 for m in numbers):
        raise AnalysisError("milestones must be positive whole numbers, e.g. (5, 10, 15, ...); "
                            f"got {milestones!r}")
    if Ellipsis in items[:-1]:
        raise AnalysisError("milestones: '...' may stand only at the end, e.g. (5, 10, 15, ...)")
    fixed = set(numbers)
    if not endless:
        return lambda n: n in fixed
    last = max(numbers)
    step = last - sorted(numbers)[-2] if len(numbers) > 1 else last
    return lambda n: n in fixed or (n > last and (n - last) % step == 0)


UPCOMING_COLUMNS = {"partner": "string", "partner_name": "string", "established": "datetime64[ns]",
                    "date": "datetime64[ns]", "ordinal": "int64", "source": "string"}


def upcoming_anniversaries(country: str, start="today", years: int = 5,
                           milestones=DEFAULT_MILESTONES, reference=None) -> pd.DataFrame:
    """Round anniversaries of a country's diplomatic relations in [start, start + years).

    ``country`` is an ISO3 code or a name. ``milestones`` are the ordinals to
    list; a trailing ``...`` continues with the last step (5, 10, 15, ...).
    Returns partner, partner_name, established, date, ordinal, source, sorted
    by date.

    >>> import pandas as pd
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> up = upcoming_anniversaries("Azerbaijan", start="2026-01-01", years=5, reference=ref)
    >>> up[["partner", "date", "ordinal"]].astype(str).values.tolist()
    [['KGZ', '2028-01-19', '35']]
    """
    iso = resolve_country(country)
    begin = to_timestamp(pd.Timestamp.today().normalize() if start == "today" else start, "start")
    if isinstance(years, bool) or not isinstance(years, (int, float)) or years != int(years):
        raise AnalysisError(f"years must be a whole number of years greater than 0; got {years!r}")
    if years <= 0:
        raise AnalysisError(f"years must be greater than 0; got {years!r}")
    stop = begin + pd.DateOffset(years=int(years))
    wanted = _milestone_test(milestones)

    ref = load_reference(reference)
    mine = ref[(ref["country_a"] == iso) | (ref["country_b"] == iso)]
    rows = []
    for a, b, established, source in mine[REFERENCE_COLUMNS].itertuples(index=False):
        partner = b if a == iso else a
        for n in range(max(begin.year - established.year, 1), stop.year - established.year + 1):
            if not wanted(n):
                continue
            date = established + pd.DateOffset(years=n)
            if begin <= date < stop:
                rows.append((partner, name_of(partner), established, date, n, source))
    out = pd.DataFrame(rows, columns=list(UPCOMING_COLUMNS))
    out = out.astype(UPCOMING_COLUMNS)
    out = out.sort_values(["date", "partner"], kind="stable").reset_index(drop=True)
    out.attrs.update(country=iso, start=begin, end=stop)
    return out

"""Anniversaries against the reference table of diplomatic relations.

The reference (``diplo_analysis/data/reference/diplomatic_relations.csv``,
built by ``tools/build_reference.py`` from the sourced evidence in
``relations_sources.csv``) has one row per pair of countries: ``country_a,
country_b`` (ISO3, sorted), ``established`` (YYYY-MM-DD), ``source`` (the
publishers and addresses), ``confidence`` (confirmed, single or disputed) and
``note`` (for a disputed pair, every date the sources give and who gives it).

>>> up = upcoming_anniversaries("AZE", start="2026-01-01", years=5)
>>> up.loc[up["partner"] == "KGZ", ["date", "ordinal"]].astype(str).values.tolist()
[['2028-01-19', '35']]
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .. import tables
from ..corpus import Corpus
from ..errors import SchemaError
from ._common import AnalysisError, check_corpus, name_of, on_disk, resolve_country, to_timestamp

#: the columns a reference must have; ``confidence`` and ``note`` may be left out
REFERENCE_COLUMNS = ["country_a", "country_b", "established", "source"]
#: every column of a loaded reference, in order
TABLE_COLUMNS = REFERENCE_COLUMNS + ["confidence", "note"]
#: confirmed: two independent sources give the day; single: one source; disputed: sources differ
CONFIDENCE = ("confirmed", "single", "disputed")
#: codes in use that ISO 3166-1 does not assign (Kosovo's user-assigned code)
EXTRA_ISO3 = frozenset({"XKX"})
DIPLOMATIC = "diplomatic relations"
#: a loaded reference carries this in ``attrs``; passed back, it is used as it is (not extended again)
COMPLETE = "diplo_reference"

#: round anniversaries: 5, 10, 15, ... (the ``...`` continues with the last step)
DEFAULT_MILESTONES = (5, 10, 15, 20, 25, 30, 35, 40, ...)


# -- checking one row ------------------------------------------------------
@lru_cache(maxsize=1)
def iso3_codes() -> frozenset:
    """Every ISO 3166-1 alpha-3 code pycountry knows, plus :data:`EXTRA_ISO3`.

    >>> "KGZ" in iso3_codes(), "XKX" in iso3_codes(), "SUN" in iso3_codes()
    (True, True, False)
    """
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_ISO3


def day_problem(text) -> str | None:
    """Why ``text`` is not a day written YYYY-MM-DD (between 1600 and today), or None.

    >>> day_problem("1993-01-19") is None, day_problem("1993-02-30"), day_problem("19.01.1993")
    (True, "'1993-02-30' is not a real day", "'19.01.1993' is not a date written YYYY-MM-DD")
    """
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        return f"{text!r} is not a date written YYYY-MM-DD"
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return f"{text!r} is not a real day"
    if not dt.date(1600, 1, 1) <= day <= dt.date.today():
        return f"{text!r} is outside 1600 to today"
    return None


def pair_problems(a, b) -> list[tuple[str, str]]:
    """(column, problem) for each thing wrong with a pair of ISO3 codes; [] when fine.

    >>> pair_problems("AZE", "KGZ"), pair_problems("AZE", "AZE"), pair_problems("AZ", "KGZ")
    ([], [('country_b', "'AZE' is the same country as country_a")], [('country_a', "'AZ' is not an ISO 3166-1 alpha-3 code")])
    """
    out = []
    for column, code in (("country_a", a), ("country_b", b)):
        if not isinstance(code, str) or code.strip().upper() not in iso3_codes():
            out.append((column, f"{code!r} is not an ISO 3166-1 alpha-3 code"))
    if not out and a.strip().upper() == b.strip().upper():
        out.append(("country_b", f"{b!r} is the same country as country_a"))
    return out


def note_dates(note) -> list[str]:
    """The days (YYYY-MM-DD) a note names, outside addresses written in ``<...>``; sorted, unique.

    A disputed row's note names every date the sources give; this reads them back.

    >>> note_dates("sources differ: 1992-01-29 (MFA <https://x.org/2020-01-01>); 1991-12-24 (MFA)")
    ['1991-12-24', '1992-01-29']
    """
    if not isinstance(note, str):
        return []
    text = re.sub(r"<[^>]*>", " ", note)
    return sorted({d for d in re.findall(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])", text) if day_problem(d) is None})


# -- the reference table ---------------------------------------------------
def load_reference(reference=None, *, extend: bool = True) -> pd.DataFrame:
    """The reference of established diplomatic relations as a DataFrame.

    ``reference`` is None (the packaged table), a path to a csv or a
    DataFrame with at least the columns ``country_a, country_b, established,
    source`` (``confidence``, one of confirmed/single/disputed, and ``note``
    may be added; a row without a confidence counts as ``single``). By
    default (``extend=True``) these rows extend the packaged table, and a
    pair in both takes the given row; ``extend=False`` uses them alone.

    Returns the columns ``country_a, country_b, established, source,
    confidence, note``; pairs sorted (country_a < country_b), ``established``
    as datetime64; a pair listed twice keeps its earliest date. A frame
    returned here, passed back as ``reference``, is used as it is.

    A malformed csv raises :class:`~diplo_analysis.SchemaError` naming the
    line and the column; a malformed DataFrame names the row.

    >>> import pandas as pd
    >>> mine = pd.DataFrame({"country_a": ["KGZ"], "country_b": ["AZE"],
    ...     "established": ["1993-01-19"], "source": ["my notes"]})
    >>> ref = load_reference(mine, extend=False)
    >>> ref.loc[0, ["country_a", "country_b", "confidence"]].tolist()
    ['AZE', 'KGZ', 'single']
    >>> full = load_reference(mine)                     # the packaged table, with my row
    >>> full.loc[(full["country_a"] == "AZE") & (full["country_b"] == "KGZ"), "source"].tolist()
    ['my notes']
    >>> len(full) == len(load_reference())
    True
    """
    if reference is None:
        return _packaged().copy()
    if isinstance(reference, pd.DataFrame) and reference.attrs.get(COMPLETE):
        return reference.copy()
    if isinstance(reference, pd.DataFrame):
        mine = _clean(reference, "the reference DataFrame", [f"row {i + 1}" for i in range(len(reference))])
    elif isinstance(reference, (str, Path)):
        path = Path(reference)
        if not path.is_file():
            raise AnalysisError(f"{path}: no such reference file; expected a csv with columns "
                                + ", ".join(REFERENCE_COLUMNS))
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SchemaError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                              "save the reference as UTF-8 csv") from None
        frame, lines = _read_csv(text, str(path))
        mine = _clean(frame, str(path), lines)
    else:
        raise AnalysisError(
            f"reference must be None, a path to a csv or a DataFrame; got {type(reference).__name__}"
        )
    if extend:
        shipped = _packaged()
        keys = set(zip(mine["country_a"], mine["country_b"]))
        kept = [(a, b) not in keys for a, b in zip(shipped["country_a"], shipped["country_b"])]
        mine = _finish(pd.concat([mine, shipped[kept]], ignore_index=True))
    return mine


@lru_cache(maxsize=1)
def _packaged() -> pd.DataFrame:
    where = "diplo_analysis/data/reference/diplomatic_relations.csv"
    resource = resources.files("diplo_analysis").joinpath("data", "reference", "diplomatic_relations.csv")
    if not resource.is_file():
        raise AnalysisError(f"{where} is missing from the installed package; reinstall diplo-analysis "
                            "or pass reference= a csv with columns " + ", ".join(REFERENCE_COLUMNS))
    frame, lines = _read_csv(resource.read_text(encoding="utf-8"), where)
    return _clean(frame, where, lines)


def _read_csv(text: str, where: str) -> tuple[pd.DataFrame, list[str]]:
    """The rows of a csv as strings, and "line N" for each (comment lines skipped, counted)."""
    # A line starting with "#" is a note about the data; "#" inside a source URL is not.
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise SchemaError(f"{where}: empty; expected a header line with columns " + ", ".join(REFERENCE_COLUMNS))
    reader = csv.reader(line for _, line in numbered)
    try:
        header = [h.strip() for h in next(reader)]
        rows, lines = [], []
        for record in reader:
            line = numbered[reader.line_num - 1][0]
            if len(record) != len(header):
                raise SchemaError(f"{where}: line {line}: {len(record)} fields where the header has "
                                  f"{len(header)} ({', '.join(header)}); quote a field that holds a comma")
            rows.append(record)
            lines.append(f"line {line}")
    except csv.Error as exc:
        raise SchemaError(f"{where}: line {numbered[reader.line_num - 1][0]}: {exc}") from None
    return pd.DataFrame(rows, columns=header, dtype=object), lines


def _clean(frame: pd.DataFrame, where: str, lines: list[str]) -> pd.DataFrame:
    missing = [c for c in REFERENCE_COLUMNS if c not in frame.columns]
    if missing:
        raise SchemaError(f"{where}: missing column(s) {', '.join(missing)}; "
                          f"expected {', '.join(REFERENCE_COLUMNS)} (and optionally confidence, note)")
    out = pd.DataFrame(index=frame.index)
    for col in TABLE_COLUMNS:
        values = frame[col] if col in frame.columns else pd.Series("", index=frame.index)
        out[col] = [v.strip() if isinstance(v, str) else ("" if v is None or v is pd.NA or
                    (isinstance(v, float) and pd.isna(v)) else v) for v in values]
    for col in ("country_a", "country_b"):
        out[col] = [v.upper() if isinstance(v, str) else v for v in out[col]]
    out["established"] = [v.strftime("%Y-%m-%d") if isinstance(v, (pd.Timestamp, dt.date)) else v
                          for v in out["established"]]
    for i, (a, b, day, conf) in enumerate(zip(out["country_a"], out["country_b"], out["established"],
                                              out["confidence"])):
        problems = pair_problems(a, b)
        if day_problem(day):
            problems.append(("established", day_problem(day)))
        if conf not in ("",) + CONFIDENCE:
            problems.append(("confidence", f"{conf!r} is not one of {', '.join(CONFIDENCE)} (or empty)"))
        if problems:
            column, problem = problems[0]
            raise SchemaError(f"{where}: {lines[i]}, column {column}: {problem}")
    out["confidence"] = out["confidence"].replace("", "single")
    out["established"] = pd.to_datetime(out["established"], format="%Y-%m-%d").astype("datetime64[ns]")
    return _finish(out)


def _finish(out: pd.DataFrame) -> pd.DataFrame:
    out = out[TABLE_COLUMNS].copy()
    swap = out["country_a"] > out["country_b"]
    out.loc[swap, ["country_a", "country_b"]] = out.loc[swap, ["country_b", "country_a"]].to_numpy()
    out = (out.sort_values(["country_a", "country_b", "established"], kind="stable")
              .drop_duplicates(["country_a", "country_b"], keep="first")
              .reset_index(drop=True))
    out = out.astype({"country_a": "string", "country_b": "string", "source": "string",
                      "confidence": "string", "note": "string", "established": "datetime64[ns]"})
    out.attrs[COMPLETE] = True
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
    and ``agrees`` filled (``agrees`` compares the implied start year with
    ``reference_start``), plus ``reference_source``, ``reference_confidence``
    (confirmed, single or disputed) and ``note``: a sentence when the
    article and the reference disagree, when nothing can be checked, or when
    the sources of a disputed pair differ (then it says which of their dates
    the implied year matches); NA when a confirmed or single row agrees.
    ``reference`` extends the packaged table as in :func:`load_reference`.

    >>> import pandas as pd, diplo_analysis as da
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> c = da.Corpus(anniversaries=pd.DataFrame({"article_id": ["a"], "sentence_id": [0],
    ...     "start": [0], "end": [4], "ordinal": [31], "subject": ["diplomatic relations"],
    ...     "parties": [("AZE", "KGZ")], "year": [2023], "implied_start_year": [1992]}))
    >>> check_anniversaries(c, reference=ref)["note"].iloc[0]
    'article implies 1992, reference says 1993-01-19 (MFA)'
    >>> ref["confidence"], ref["note"] = "disputed", "sources differ: 1993-01-19 (MFA A); 1992-12-30 (MFA B)"
    >>> check_anniversaries(c, reference=ref)["note"].iloc[0]
    'article implies 1992: of the dates the sources give, it matches 1992-12-30, not 1993-01-19; reference keeps 1993-01-19 (MFA)'
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
    ref_keys = (ref["country_a"] + "-" + ref["country_b"]).to_numpy()
    for column, name in (("source", "reference_source"), ("confidence", "reference_confidence")):
        out[name] = keys.map(pd.Series(ref[column].to_numpy(), index=ref_keys)).astype("string")
    disputed_dates = pd.Series([note_dates(n) for n in ref["note"]], index=ref_keys, dtype=object)
    implied = _implied(out)
    notes = []
    for key, imp, start, src, conf, subject, agrees in zip(
            keys, implied, out["reference_start"], out["reference_source"], out["reference_confidence"],
            out["subject"] if "subject" in out.columns else [None] * len(out), out["agrees"]):
        dates = disputed_dates.get(key, []) if isinstance(conf, str) and conf == "disputed" else []
        notes.append(_note(key, imp, start, src, subject, agrees, dates))
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
    ref_keys = (ref["country_a"] + "-" + ref["country_b"]).to_numpy()
    out["reference_confidence"] = keys.map(pd.Series(ref["confidence"].to_numpy(), index=ref_keys)).astype("string")
    disputed_dates = pd.Series([note_dates(n) for n in ref["note"]], index=ref_keys, dtype=object)
    notes = []
    for key, imp, start, src, conf, subject, agrees in zip(
            keys, _implied(out), out["reference_start"], out["reference_source"], out["reference_confidence"],
            out["subject"], out["agrees"]):
        dates = disputed_dates.get(key, []) if isinstance(conf, str) and conf == "disputed" else []
        notes.append(_note(key, imp, start, src, subject, agrees, dates))
    out["note"] = pd.Series(notes, index=out.index, dtype="string")
    return out


def _note(key, implied, start, source, subject, agrees, disputed=()) -> str | None:
    if key is None or key is pd.NA:
        what = subject if isinstance(subject, str) and subject else "this anniversary"
        return f"not checked: the reference holds only diplomatic relations between two countries, not {what}"
    if pd.isna(start):
        return f"no reference date known for {key}"
    said = f"{start:%Y-%m-%d}" + (f" ({source})" if isinstance(source, str) and source else "")
    dates = sorted(set(disputed) | {f"{start:%Y-%m-%d}"})
    if implied is pd.NA or pd.isna(implied):
        if len(dates) > 1:
            return f"article gives no start year; the sources give {', '.join(dates)}; reference keeps {said}"
        return f"article gives no start year; reference says {said}"
    if len(dates) > 1:
        hits = [d for d in dates if int(d[:4]) == int(implied)]
        misses = [d for d in dates if d not in hits]
        found = (f"it matches {', '.join(hits)}" + (f", not {', '.join(misses)}" if misses else "")
                 if hits else f"it matches none of {', '.join(dates)}")
        return f"article implies {int(implied)}: of the dates the sources give, {found}; reference keeps {said}"
    if agrees is True or (agrees is not pd.NA and bool(agrees)):
        return None
    return f"article implies {int(implied)}, reference says {said}"


# -- start years suggested by the news -------------------------------------
CANDIDATE_COLUMNS = {"country_a": "string", "country_b": "string", "year": "Int64", "n_articles": "int64",
                     "n_outlets": "int64", "n_disagree": "int64", "article_ids": "object", "basis": "string"}
#: the ``basis`` of every candidate: a year the articles imply, not a date a source gives
NEWS_BASIS = "implied by news articles; not a sourced date"


def reference_candidates(corpus, reference=None) -> pd.DataFrame:
    """Start years of diplomatic relations that the news implies, for pairs the reference lacks.

    From the corpus's anniversaries of diplomatic relations between two
    countries with an implied start year (publication year minus the
    ordinal), one row per pair and year: ``country_a, country_b, year,
    n_articles`` (articles implying that year), ``n_outlets`` (their distinct
    outlets), ``n_disagree`` (articles on the pair implying another year),
    ``article_ids`` (a sorted tuple) and ``basis``, which says that the year
    comes from news articles, not from a source: check it against the two
    states' ministries before adding it to a reference. Pairs that the
    reference (``reference`` extends the packaged table as in
    :func:`load_reference`) already holds are left out. Sorted by pair, then
    most articles first.

    >>> import pandas as pd, diplo_analysis as da
    >>> ann = pd.DataFrame({"article_id": ["a", "b", "c"], "sentence_id": 0, "start": 0, "end": 4,
    ...     "ordinal": [30, 30, 31], "subject": "diplomatic relations", "parties": [("ATA", "AZE")] * 3,
    ...     "year": 2022, "implied_start_year": [1992, 1992, 1991]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "source": "s", "n_words": 9, "text": "t",
    ...     "outlet": ["Trend", "Trend", "APA"]})
    >>> cands = reference_candidates(da.Corpus(articles=arts, anniversaries=ann))
    >>> cands[["country_a", "country_b", "year", "n_articles", "n_outlets", "n_disagree"]].values.tolist()
    [['ATA', 'AZE', 1992, 2, 1, 1], ['ATA', 'AZE', 1991, 1, 1, 2]]
    >>> cands.loc[0, "article_ids"], cands.loc[0, "basis"]
    (('a', 'b'), 'implied by news articles; not a sourced date')
    """
    corpus = check_corpus(corpus, "reference_candidates")
    ann = corpus.anniversaries
    keys = _pair_keys(ann)
    implied = _implied(ann)
    ref = load_reference(reference)
    known = set(ref["country_a"] + "-" + ref["country_b"])
    use = keys.notna() & implied.notna()
    use &= ~keys.isin(known).fillna(False).astype(bool)
    rows = pd.DataFrame({"pair": keys[use].astype(str), "year": implied[use].astype(int),
                         "article_id": ann.loc[use, "article_id"].astype(str)}).drop_duplicates()
    outlets = corpus.articles.drop_duplicates("article_id").set_index("article_id")["outlet"] \
        if "outlet" in corpus.articles.columns else pd.Series(dtype="string")
    outlets.index = outlets.index.astype(str)
    out = []
    for (pair, year), group in rows.groupby(["pair", "year"], sort=True):
        ids = tuple(sorted(group["article_id"].unique()))
        said_by = outlets.reindex(list(ids)).dropna()
        a, b = pair.split("-")
        others = set(rows.loc[(rows["pair"] == pair) & (rows["year"] != year), "article_id"]) - set(ids)
        out.append((a, b, year, len(ids), said_by.nunique(), len(others), ids, NEWS_BASIS))
    frame = pd.DataFrame(out, columns=list(CANDIDATE_COLUMNS))
    frame = frame.astype({k: v for k, v in CANDIDATE_COLUMNS.items() if v != "object"})
    frame = frame.sort_values(["country_a", "country_b", "n_articles", "year"], ascending=[True, True, False, True],
                              kind="stable").reset_index(drop=True)
    frame.attrs["basis"] = NEWS_BASIS
    return frame


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
                    "date": "datetime64[ns]", "ordinal": "int64", "source": "string",
                    "confidence": "string"}


def upcoming_anniversaries(country: str, start="today", years: int = 5,
                           milestones=DEFAULT_MILESTONES, reference=None) -> pd.DataFrame:
    """Round anniversaries of a country's diplomatic relations in [start, start + years).

    ``country`` is an ISO3 code or a name. ``milestones`` are the ordinals to
    list; a trailing ``...`` continues with the last step (5, 10, 15, ...).
    Returns partner, partner_name, established, date, ordinal, source,
    confidence, sorted by date. ``reference`` extends the packaged table as
    in :func:`load_reference`.

    >>> import pandas as pd
    >>> ref = pd.DataFrame({"country_a": ["AZE"], "country_b": ["KGZ"],
    ...     "established": ["1993-01-19"], "source": ["MFA"]})
    >>> only = load_reference(ref, extend=False)      # this row alone, not the packaged table
    >>> up = upcoming_anniversaries("Azerbaijan", start="2026-01-01", years=5, reference=only)
    >>> up[["partner", "date", "ordinal", "confidence"]].astype(str).values.tolist()
    [['KGZ', '2028-01-19', '35', 'single']]
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
    for a, b, established, source, confidence in mine[REFERENCE_COLUMNS + ["confidence"]].itertuples(index=False):
        partner = b if a == iso else a
        for n in range(max(begin.year - established.year, 1), stop.year - established.year + 1):
            if not wanted(n):
                continue
            date = established + pd.DateOffset(years=n)
            if begin <= date < stop:
                rows.append((partner, name_of(partner), established, date, n, source, confidence))
    out = pd.DataFrame(rows, columns=list(UPCOMING_COLUMNS))
    out = out.astype(UPCOMING_COLUMNS)
    out = out.sort_values(["date", "partner"], kind="stable").reset_index(drop=True)
    out.attrs.update(country=iso, start=begin, end=stop)
    return out

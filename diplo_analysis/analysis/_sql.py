"""The analyses as DuckDB SQL over a :class:`~diplo_analysis.duck.Dataset`'s parquet files.

Each function here gives what the pandas code of the same analysis computes
from an in-memory Corpus, so the public functions (``timeline``,
``comentions``, ``bilateral``, ``check_anniversaries``) return the same
frames for a dataset and for the corpus it was written from; the tests
compare the two on the demo corpus. Only aggregated rows come back into
pandas.
"""
from __future__ import annotations

import pandas as pd

#: DuckDB's date_trunc part for the pandas period aliases it can bucket by
_TRUNC = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def units_query(by: str) -> tuple[str, list]:
    """SQL giving one row per article and group (article_id, group, mentions), as ``timeline_units``."""
    if by in ("country", "person", "organization"):
        return ('SELECT article_id, key AS "group", count(*) AS mentions FROM mentions '
                'WHERE kind = ? AND key IS NOT NULL GROUP BY article_id, key'), [by]
    if by in ("event_type", "sphere"):
        table = "events" if by == "event_type" else "spheres"
        return (f'SELECT article_id, {by} AS "group", count(*) AS mentions FROM {table} '
                f'WHERE {by} IS NOT NULL GROUP BY article_id, {by}'), []
    # pairs: two countries in one article; mentions = the sentences naming both. The dataset
    # keeps these rows (country_pairs, made from mentions as it was written).
    return 'SELECT article_id, a || \'-\' || b AS "group", sentences AS mentions FROM country_pairs', []


def timeline_units(ds, by: str) -> pd.DataFrame:
    query, params = units_query(by)
    out = ds.sql(f'SELECT * FROM ({query}) ORDER BY article_id, "group"', params)
    return out.astype({"article_id": "string", "group": "string", "mentions": "int64"})


def timeline_counts(ds, by: str, period_freq: str, wanted, begin, finish) -> tuple[pd.DataFrame, int]:
    """(articles and mentions per period and group as the pandas timeline counts them, undated articles).

    The counting is done in SQL on buckets of a day, week, month, quarter or
    year (other periods: each distinct time), which pandas then turns into
    its periods: a unit (one article and group) falls in one bucket, so
    counting units there counts distinct articles.
    """
    units, params = units_query(by)
    ds.con.register("_groups", pd.DataFrame({"g": list(wanted or [])}, dtype=object))
    try:
        pick = 'WHERE "group" IN (SELECT g FROM _groups)' if wanted is not None else ""
        # article ids are unique in a dataset: the units take their article's date by a plain join
        ds.con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _units AS
            SELECT u.*, articles.published FROM (SELECT * FROM ({units}) {pick}) u
            LEFT JOIN articles USING (article_id)""", params)
        undated = ds.sql("SELECT count(DISTINCT article_id) AS n FROM _units WHERE published IS NULL")["n"].iloc[0]
        cond, extra = ["published IS NOT NULL"], []
        if begin is not None:
            cond.append("published >= CAST(? AS TIMESTAMP_NS)")
            extra.append(begin.isoformat())
        if finish is not None:
            cond.append("published <= CAST(? AS TIMESTAMP_NS)")
            extra.append(finish.isoformat())
        trunc = _TRUNC.get(period_freq)
        bucket = f"date_trunc('{trunc}', published)" if trunc else "published"
        counted = ds.sql(f"""
            SELECT {bucket} AS bucket, "group", count(*) AS articles, CAST(sum(mentions) AS BIGINT) AS mentions
            FROM _units WHERE {' AND '.join(cond)} GROUP BY ALL""", extra)
    finally:
        ds.con.execute("DROP TABLE IF EXISTS _units")
        ds.con.unregister("_groups")
    counted["period"] = pd.to_datetime(counted["bucket"]).astype("datetime64[ns]").dt.to_period(period_freq)
    counted = counted.astype({"group": "string", "articles": "int64", "mentions": "int64"})
    out = counted.groupby(["period", "group"], sort=True, observed=True)[["articles", "mentions"]].sum()
    return out, int(undated)


def comention_pairs(ds, kind: str, level: str, min_weight: int) -> tuple[pd.DataFrame, dict]:
    """The pairs frame of ``comentions`` (unsorted) and the mention count of every key of ``kind``."""
    if kind == "country":
        # the dataset's country_pairs: a row per article and pair, with the sentences naming both
        if level == "sentence":
            per_article, units = "SELECT * FROM country_pairs WHERE sentences > 0", "sentences"
        else:
            per_article, units = "SELECT * FROM country_pairs", "1"
        pairs = ds.sql(f"""
            SELECT a, b, CAST(sum({units}) AS BIGINT) AS weight, count(*) AS articles,
                   min(published) AS "first", max(published) AS "last"
            FROM ({per_article}) LEFT JOIN articles USING (article_id)
            GROUP BY a, b HAVING sum({units}) >= ?""", [min_weight])
        return pairs, key_counts(ds, kind)
    unit = "sentence_id" if level == "sentence" else "0"
    pairs = ds.sql(f"""
        WITH u AS (SELECT DISTINCT article_id, {unit} AS unit, key FROM mentions
                   WHERE kind = ? AND key IS NOT NULL),
             pa AS (SELECT x.article_id, x.key AS a, y.key AS b, count(*) AS units FROM u x JOIN u y
                    ON x.article_id = y.article_id AND x.unit = y.unit AND x.key < y.key GROUP BY ALL)
        SELECT a, b, CAST(sum(units) AS BIGINT) AS weight, count(*) AS articles,
               min(published) AS "first", max(published) AS "last"
        FROM pa LEFT JOIN articles USING (article_id) GROUP BY a, b HAVING sum(units) >= ?""", [kind, min_weight])
    counts = key_counts(ds, kind)
    return pairs, counts


def key_counts(ds, kind: str) -> dict:
    """{key: mention rows} of every key of ``kind``."""
    rows = ds.sql("SELECT key, count(*) AS n FROM mentions WHERE kind = ? AND key IS NOT NULL GROUP BY key",
                  [kind])
    return dict(zip(rows["key"], rows["n"].astype(int)))


# -- the bilateral dossier -------------------------------------------------------------------
#: the articles naming both countries ($a < $b)
_IDS = """ids AS (SELECT article_id FROM country_pairs WHERE a = $a AND b = $b)"""


def dossier_parts(ds, first: str, second: str) -> dict[str, pd.DataFrame]:
    """The rows of a bilateral dossier, aggregated in SQL (sorting and dtypes are left to bilateral)."""
    p = {"a": first, "b": second}
    parts = {}
    parts["articles"] = ds.sql(f"""WITH {_IDS}
        SELECT article_id, min(published) AS published, first(title) AS title, first(outlet) AS outlet
        FROM articles WHERE article_id IN (SELECT article_id FROM ids) GROUP BY article_id""", p)
    parts["people"] = ds.sql(f"""WITH {_IDS},
        r AS (SELECT * FROM mentions WHERE kind = 'person' AND key IS NOT NULL AND country IN ($a, $b)
              AND article_id IN (SELECT article_id FROM ids)),
        g AS (SELECT country, key, count(*) AS mentions, count(DISTINCT article_id) AS articles
              FROM r GROUP BY country, key),
        roles AS (SELECT country, key, role FROM (
                    SELECT country, key, role, row_number() OVER (PARTITION BY country, key
                                                                   ORDER BY count(*) DESC, role) AS rank
                    FROM r WHERE role IS NOT NULL GROUP BY country, key, role) WHERE rank = 1)
        SELECT g.country, g.key AS person, roles.role, g.mentions, g.articles
        FROM g LEFT JOIN roles USING (country, key)""", p)
    parts["events"] = ds.sql(f"""WITH {_IDS},
        r AS (SELECT * FROM events WHERE event_type IS NOT NULL AND article_id IN (SELECT article_id FROM ids)),
        codes AS (SELECT event_type, code FROM (
                    SELECT event_type, code, row_number() OVER (PARTITION BY event_type
                                                                ORDER BY count(*) DESC, code) AS rank
                    FROM r WHERE code IS NOT NULL GROUP BY event_type, code) WHERE rank = 1)
        SELECT event_type, codes.code, count(*) AS events, count(DISTINCT article_id) AS articles
        FROM r LEFT JOIN codes USING (event_type) GROUP BY event_type, codes.code""", p)
    parts["spheres"] = ds.sql(f"""WITH {_IDS}
        SELECT sphere, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM spheres
        WHERE sphere IS NOT NULL AND article_id IN (SELECT article_id FROM ids) GROUP BY sphere""", p)
    parts["third_countries"] = ds.sql(f"""WITH {_IDS}
        SELECT key AS country, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions
        WHERE kind = 'country' AND key IS NOT NULL AND key NOT IN ($a, $b)
          AND article_id IN (SELECT article_id FROM ids) GROUP BY key""", p)
    parts["anniversaries"] = pair_anniversaries(ds, first, second)
    return parts


def pair_anniversaries(ds, first: str, second: str) -> pd.DataFrame:
    """The anniversaries whose parties include both countries, typed as a Corpus's table."""
    return ds.to_pandas("anniversaries", "list_contains(parties, $a) AND list_contains(parties, $b)",
                        params={"a": first, "b": second})


# -- anniversaries against the reference --------------------------------------------------------
def checked_anniversaries(ds, reference: pd.DataFrame) -> pd.DataFrame:
    """The anniversaries table joined to the reference in SQL: reference_start, agrees, reference_source."""
    ds.con.register("_reference", reference[["country_a", "country_b", "established", "source"]]
                    .astype({"country_a": object, "country_b": object, "source": object}))
    try:
        frame = ds.sql("""
            WITH an AS (SELECT *, row_number() OVER () AS _row,
                        CASE WHEN lower(trim(subject)) = 'diplomatic relations' AND len(parties) = 2
                             THEN list_sort(parties) END AS _pair FROM anniversaries)
            SELECT an.* EXCLUDE (reference_start, agrees, _pair),
                   r.established AS reference_start,
                   CASE WHEN an.implied_start_year IS NULL OR r.established IS NULL THEN NULL
                        ELSE an.implied_start_year = year(r.established) END AS agrees,
                   r.source AS reference_source,
                   an._pair IS NOT NULL AS _is_pair
            FROM an LEFT JOIN _reference r ON an._pair[1] = r.country_a AND an._pair[2] = r.country_b
            ORDER BY an._row""")
    finally:
        ds.con.unregister("_reference")
    return frame

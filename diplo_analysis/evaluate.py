"""Scoring extraction against a hand-annotated gold set.

A gold set is a folder of article files plus a JSON Lines file with one object
per article: ``file`` (or ``id``, the file's stem), ``published`` (ISO date, or
null when the page gives none), ``dateline_city`` and ``dateline_country``,
``countries`` (ISO3), ``people`` (``name``, ``office``, ``country``),
``anniversaries`` (``ordinal``, ``subject``, ``parties``,
``implied_start_year``) and ``spheres``. :func:`score` compares a corpus with
it and returns one row per measure.

>>> import pandas as pd
>>> from diplo_analysis.evaluate import f1
>>> f1({("a", "AZE"), ("a", "KGZ")}, {("a", "AZE")})
(1.0, 0.5, 0.6666666666666666)
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd


def f1(gold: set, predicted: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of two sets (1.0 each when both are empty)."""
    tp = len(gold & predicted)
    precision = tp / len(predicted) if predicted else float(not gold)
    recall = tp / len(gold) if gold else float(not predicted)
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f


def _norm(name) -> str:
    """A name or subject as it is compared: folded, without accents, hyphens or double spaces.

    >>> _norm("People’s Republic of Côte d'Ivoire") == _norm("people's republic of cote d’ivoire")
    True
    """
    if not isinstance(name, str):
        return ""  # a missing subject or name
    # (a typographic apostrophe is the typewriter's: "People’s Republic" is "People's Republic")
    flat = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'")).encode("ascii", "ignore").decode()
    return " ".join(flat.casefold().replace("-", " ").split())


def load_gold(path: str | Path) -> list[dict]:
    """The gold records of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(corpus, gold: list[dict], *, max_errors: int | None = 8) -> pd.DataFrame:
    """Scores of ``corpus`` against ``gold``: columns measure, value, n, errors.

    ``errors`` lists the misses and false hits of each measure, for reading
    (``max_errors`` of them; all with None).
    """
    ids = {g["id"] if "id" in g else Path(g["file"]).stem: g for g in gold}
    m = corpus.mentions[corpus.mentions["article_id"].isin(ids)]
    rows = []

    def add(measure, value, n, errs):
        rows.append({"measure": measure, "value": round(float(value), 4), "n": n, "errors": "; ".join(errs[:max_errors])})

    _score_page(corpus.articles[corpus.articles["article_id"].isin(ids)], ids, add)

    # countries, article level
    g_c = {(a, c) for a, g in ids.items() for c in g["countries"]}
    p_c = set(zip(m.loc[m["kind"] == "country", "article_id"], m.loc[m["kind"] == "country", "key"]))
    p, r, f = f1(g_c, p_c)
    add("country precision", p, len(p_c), [f"extra {x}" for x in sorted(p_c - g_c)])
    add("country recall", r, len(g_c), [f"missed {x}" for x in sorted(g_c - p_c)])
    add("country F1", f, len(g_c), [])

    # people: name match, then office and country among the matched
    people = m[m["kind"] == "person"]
    predicted = {}
    for aid, key, role, country in people[["article_id", "key", "role", "country"]].itertuples(index=False):
        predicted.setdefault((aid, _norm(key)), (key, _na(role), _na(country)))
    g_p = {(a, _norm(p["name"])): p for a, g in ids.items() for p in g["people"]}
    predicted = _same_people(g_p, predicted)
    p, r, f = f1(set(g_p), set(predicted))
    add("person precision", p, len(predicted), [f"extra {a}: {predicted[(a, k)][0]}" for a, k in sorted(set(predicted) - set(g_p))])
    add("person recall", r, len(g_p), [f"missed {a}: {g_p[(a, k)]['name']}" for a, k in sorted(set(g_p) - set(predicted))])
    add("person F1", f, len(g_p), [])
    matched = sorted(set(g_p) & set(predicted))
    office_ok = [k for k in matched if predicted[k][1] == g_p[k].get("office")]
    country_ok = [k for k in matched if predicted[k][2] == g_p[k].get("country")]
    add("office accuracy", len(office_ok) / len(matched) if matched else 1.0, len(matched),
        [f"{a}: {g_p[(a, k)]['name']} {predicted[(a, k)][1]!r} != {g_p[(a, k)].get('office')!r}"
         for a, k in matched if (a, k) not in office_ok])
    add("person-country accuracy", len(country_ok) / len(matched) if matched else 1.0, len(matched),
        [f"{a}: {g_p[(a, k)]['name']} {predicted[(a, k)][2]!r} != {g_p[(a, k)].get('country')!r}"
         for a, k in matched if (a, k) not in country_ok])

    # anniversaries: (article, ordinal, subject); implied year among the matched
    ann = corpus.anniversaries[corpus.anniversaries["article_id"].isin(ids)]
    p_a = {}
    for aid, ordinal, subject, parties, implied in ann[["article_id", "ordinal", "subject", "parties", "implied_start_year"]].itertuples(index=False):
        p_a.setdefault((aid, int(ordinal), _norm(subject)), (tuple(parties), _na(implied)))
    g_a = {(a, int(x["ordinal"]), _norm(x["subject"])): x for a, g in ids.items() for x in g["anniversaries"]}
    p_a = _same_anniversaries(g_a, p_a)
    p, r, f = f1(set(g_a), set(p_a))
    add("anniversary precision", p, len(p_a), [f"extra {x}" for x in sorted(set(p_a) - set(g_a))])
    add("anniversary recall", r, len(g_a), [f"missed {x}" for x in sorted(set(g_a) - set(p_a))])
    add("anniversary F1", f, len(g_a), [])
    both = sorted(set(g_a) & set(p_a))
    year_ok = [k for k in both if p_a[k][1] == g_a[k].get("implied_start_year")]
    parties_ok = [k for k in both if p_a[k][0] == tuple(sorted(g_a[k].get("parties", [])))]
    add("implied year exact", len(year_ok) / len(both) if both else 1.0, len(both),
        [f"{k}: {p_a[k][1]} != {g_a[k].get('implied_start_year')}" for k in both if k not in year_ok])
    add("anniversary parties exact", len(parties_ok) / len(both) if both else 1.0, len(both),
        [f"{k}: {p_a[k][0]} != {g_a[k].get('parties')}" for k in both if k not in parties_ok])

    # spheres, article level
    sph = corpus.spheres[corpus.spheres["article_id"].isin(ids)]
    g_s = {(a, s) for a, g in ids.items() for s in g["spheres"]}
    p_s = set(zip(sph["article_id"], sph["sphere"]))
    p, r, f = f1(g_s, p_s)
    add("sphere precision", p, len(p_s), [f"extra {x}" for x in sorted(p_s - g_s)])
    add("sphere recall", r, len(g_s), [f"missed {x}" for x in sorted(g_s - p_s)])
    add("sphere F1", f, len(g_s), [])
    return pd.DataFrame(rows)


def _same_person(gold: str, found: str) -> bool:
    """Whether two normalized names of one article name the same person.

    The surname agrees, and the given names agree as far as both write them:
    "macron" and "emmanuel macron", "s jaishankar" and "subrahmanyam jaishankar"
    ("S." is an initial of the given name), not "ali aliyev" and "ilham aliyev".

    >>> _same_person("s jaishankar", "subrahmanyam jaishankar"), _same_person("ali aliyev", "ilham aliyev")
    (True, False)
    >>> _same_person("sheikh mujibur rahman", "mujibur rahman")   # honorifics left out
    True
    """
    g, p = _bare(gold.replace(".", " ").split()), _bare(found.replace(".", " ").split())
    if not g or not p or g[-1] != p[-1]:
        return False
    if len(g) == 1 or len(p) == 1:
        return True
    a, b = g[0], p[0]
    return a == b or (len(a) <= 2 and b.startswith(a)) or (len(b) <= 2 and a.startswith(b))


def _bare(words: list[str]) -> list[str]:
    """A name's words without the honorifics before it ("sheikh mujibur rahman") and a
    generation after it ("surangel whipps jr" is "surangel whipps").

    >>> _bare(["surangel", "whipps", "jr"]), _bare(["sheikh", "mujibur", "rahman"])
    (['surangel', 'whipps'], ['mujibur', 'rahman'])
    """
    hon = _honorifics()                     # the extractor's own list of honorifics
    k = 0
    while k < len(words) - 1 and words[k] in hon:
        k += 1
    end = len(words)
    while end - k > 1 and words[end - 1].rstrip(",") in _GENERATIONS:
        end -= 1
    return words[k:end]


_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


@lru_cache(maxsize=1)
def _honorifics() -> frozenset:
    from .extract.people import vocab
    return frozenset(w for h in vocab().honorifics for w in _norm(h).replace(".", " ").split())


def _rekeyed(gold: dict, predicted: dict, same) -> dict:
    """``predicted`` re-keyed by the gold key it stands for: its own key when the gold
    set has it, else the one free gold key for which ``same(gold_key, key)`` holds."""
    out = {k: v for k, v in predicted.items() if k in gold}
    free = {k for k in gold if k not in predicted}
    for key, value in predicted.items():
        if key in gold:
            continue
        hits = [k for k in free if same(k, key)]
        if len(hits) == 1:
            out[hits[0]] = value
            free.discard(hits[0])
        else:
            out[key] = value
    return out


def _same_people(gold: dict, predicted: dict) -> dict:
    """``predicted`` re-keyed by the gold name where both name the same person in one article.

    The gold set writes a name as the page first writes it ("Macron", "S. Jaishankar");
    the extractor may give the full name it resolved from the reference of
    office holders. A predicted name that matches no gold name exactly is taken
    for the one gold name of its article that it matches by :func:`_same_person`.
    """
    return _rekeyed(gold, predicted, lambda g, p: g[0] == p[0] and _same_person(g[1], p[1]))


def _same_subject(gold: str, found: str) -> bool:
    """Whether two normalized subjects of one ordinal name the same thing: the words of
    one are all in the other ("neutrality" and "state neutrality", "friendship treaty"
    and "nepal uk friendship treaty"); an empty subject names nothing.

    >>> _same_subject("neutrality", "state neutrality"), _same_subject("independence", "diplomatic relations")
    (True, False)
    """
    g, p = set(_WORDS.findall(gold)), set(_WORDS.findall(found))
    return bool(g) and bool(p) and (g <= p or p <= g)


_WORDS = re.compile(r"[^\W_]+")    # a subject's words, without its commas ("treaty of commerce, navigation and ...")


def _same_anniversaries(gold: dict, predicted: dict) -> dict:
    """``predicted`` re-keyed by the gold key where both give one anniversary of a page:
    the same ordinal, and subjects worded alike (:func:`_same_subject`)."""
    return _rekeyed(gold, predicted, lambda g, p: g[:2] == p[:2] and _same_subject(g[2], p[2]))


def _score_page(articles: pd.DataFrame, ids: dict, add) -> None:
    """Publication date and dateline: right among the pages that show one, invented among the rest."""
    found = {
        aid: (None if pd.isna(pub) else pub.strftime("%Y-%m-%d"), _na(city), _na(country))
        for aid, pub, city, country in articles[
            ["article_id", "published", "dateline_city", "dateline_country"]].itertuples(index=False)
    }
    for measure, field, col, norm in (
        ("date", "published", 0, lambda v: v[:10]),
        ("dateline city", "dateline_city", 1, _city),
        ("dateline country", "dateline_country", 2, str),
    ):
        shown = {a: norm(g[field]) for a, g in ids.items() if a in found and g.get(field)}
        got = {a: None if found[a][col] is None else norm(found[a][col]) for a in found}
        right = [a for a, v in shown.items() if got[a] == v]
        add(f"{measure} right", len(right) / len(shown) if shown else 1.0, len(shown),
            [f"{a}: {got[a]} != {v}" for a, v in sorted(shown.items()) if got[a] != v])
        blank = [a for a in got if a not in shown]
        invented = [a for a in blank if got[a] is not None]
        add(f"{measure} where none", len(invented) / len(blank) if blank else 0.0, len(blank),
            [f"{a}: {got[a]}" for a in sorted(invented)])


@lru_cache(maxsize=4096)
def _city(name: str) -> str:
    """A dateline city as it is compared: by the city a name is of, so that two English
    spellings of one city agree ("Ulan Bator" is Ulaanbaatar, a "KUWAIT" dateline Kuwait City).

    >>> _city("Ulan Bator") == _city("ULAANBAATAR"), _city("Kuwait") == _city("Kuwait City")
    (True, True)
    """
    from .parse import city_country

    return _norm(city_country(name)[0])


def _na(value):
    if value is None or value is pd.NA:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return int(value) if isinstance(value, float) and value.is_integer() else value

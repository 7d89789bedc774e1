"""Build the reference of diplomatic relations from its sourced evidence.

The evidence is ``data/reference/relations_sources.csv``: one row per pair of
states and source (country_a, country_b, established, publisher, url, kind,
note). From it this script writes ``data/reference/diplomatic_relations.csv``
(one row per pair: country_a, country_b, established, source, confidence,
note) and the coverage section of ``data/reference/README.md``. ``data/reference``
is a link to ``diplo_analysis/data/reference``, so the package ships the same
files. Running it again on the same evidence changes nothing::

    python tools/build_reference.py                       # rebuild from relations_sources.csv
    python tools/build_reference.py --evidence A.csv B.csv  # check A and B, make them the evidence, rebuild
    python tools/build_reference.py --check               # exit 1 when a committed file is not what a build gives

With ``--evidence`` the rows of the files given are checked (ISO3 codes, real
days, an address, a known kind); a row with a swapped pair is put in order, a
bad row is left out, and each is reported. Give the committed evidence file as
one of them to keep its rows.

How a pair's row is made (data/reference/README.md says the same for readers):

- sources are grouped by the independent source behind them
  (``publisher_origins.csv``: copies and mirrors of one encyclopedia are one
  source; a ministry of foreign affairs and that state's embassies are one);
- one day from two or more independent sources: ``confirmed``; from one:
  ``single``; different days: ``disputed``, and ``note`` names every day and
  who gives it;
- a disputed pair keeps the day both states' foreign ministries give; else
  the day given by more of the two states' ministries, then by more
  independent sources, then by more official sources; then the earliest.
  ``note`` says which rule decided.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:          # run as a script from a checkout
    sys.path.insert(0, str(REPO))

from diplo_analysis.analysis.reference import day_problem, pair_problems  # noqa: E402
from diplo_analysis.extract import countries  # noqa: E402

REFERENCE = REPO / "diplo_analysis" / "data" / "reference"
SOURCES = REFERENCE / "relations_sources.csv"
RELATIONS = REFERENCE / "diplomatic_relations.csv"
ORIGINS = REFERENCE / "publisher_origins.csv"
WANTED = REFERENCE / "wanted_pairs.csv"
README = REFERENCE / "README.md"

EVIDENCE_COLUMNS = ["country_a", "country_b", "established", "publisher", "url", "kind", "note"]
RELATION_COLUMNS = ["country_a", "country_b", "established", "source", "confidence", "note"]
KINDS = ("ministry", "embassy", "government", "encyclopedia", "news")
OFFICIAL_KINDS = ("ministry", "embassy", "government")
#: the states whose partners the project counts, and how many it aims at
PARTNER_TARGETS = {"AZE": 60, "KGZ": 60}
BEGIN = "<!-- coverage: written by tools/build_reference.py; do not edit by hand -->"
END = "<!-- end of coverage -->"

# "Ministry of Foreign Affairs of the Kyrgyz Republic", "Embassy of Japan in Azerbaijan"
_FOREIGN_SERVICE = re.compile(
    r"^(?:Ministry of Foreign Affairs|Foreign Ministry|MFA|Embassy|Consulate(?:[- ]General)?|"
    r"Permanent Mission) of (?:the )?(?P<state>.+?)(?: (?:in|to|at) .+)?$")


class EvidenceError(Exception):
    """An evidence file cannot be read at all (missing, no header, missing columns)."""


# -- reading and checking evidence ------------------------------------------
def read_evidence(path: Path) -> tuple[list[dict], list[str]]:
    """The checked rows of one evidence file, and one line of report per row fixed or left out."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise EvidenceError(f"{path}: {exc.strerror or exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in EVIDENCE_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise EvidenceError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(EVIDENCE_COLUMNS)}")
    rows, report = [], []
    for record in reader:
        where = f"{Path(path).name} line {reader.line_num}"
        if None in record or any(record.get(c) is None for c in EVIDENCE_COLUMNS):
            report.append(f"{where}: left out: the row has {'more' if None in record else 'fewer'} fields "
                          "than the header")
            continue
        row = {c: " ".join(record[c].split()) for c in EVIDENCE_COLUMNS}
        row["country_a"], row["country_b"] = row["country_a"].upper(), row["country_b"].upper()
        row["kind"] = row["kind"].lower()
        problems = [f"{col} {msg}" for col, msg in pair_problems(row["country_a"], row["country_b"])]
        if day_problem(row["established"]):
            problems.append(f"established {day_problem(row['established'])}")
        if not re.fullmatch(r"https?://\S+\.\S+", row["url"]):
            problems.append(f"url {row['url']!r} is not an http(s) address")
        if not row["publisher"]:
            problems.append("publisher is empty")
        if row["kind"] not in KINDS:
            problems.append(f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if problems:
            report.append(f"{where}: left out: " + "; ".join(problems))
            continue
        if row["country_a"] > row["country_b"]:
            row["country_a"], row["country_b"] = row["country_b"], row["country_a"]
            report.append(f"{where}: fixed: pair put in order as {row['country_a']}-{row['country_b']}")
        row["_where"] = where
        rows.append(row)
    return rows, report


def merge_evidence(paths) -> tuple[list[dict], list[str]]:
    """The checked rows of every file, one row per pair, address and day (the first kept), sorted."""
    seen, rows, report = {}, [], []
    for path in paths:
        got, said = read_evidence(path)
        report += said
        for row in got:
            key = (row["country_a"], row["country_b"], row["url"], row["established"])
            if key in seen:
                report.append(f"{row['_where']}: left out: the same pair, address and day as {seen[key]}")
                continue
            seen[key] = row["_where"]
            rows.append({c: row[c] for c in EVIDENCE_COLUMNS})
    by_address = Counter((r["country_a"], r["country_b"], r["url"]) for r in rows)
    for (a, b, url), n in sorted(by_address.items()):
        if n > 1:
            report.append(f"note: {a}-{b}: one address gives {n} different days ({url}); the pair is disputed")
    rows.sort(key=lambda r: (r["country_a"], r["country_b"], r["established"], r["publisher"], r["url"]))
    return rows, report


# -- independent sources ----------------------------------------------------
def read_origins(path: Path = ORIGINS) -> list[dict]:
    """The rules of publisher_origins.csv, in order: contains, origin, state, why."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def origin_of(publisher: str, kind: str, rules: list[dict]) -> tuple[str, str | None]:
    """(the independent source behind a publisher, the state it speaks for or None).

    >>> origin_of("WikiMili (Wikipedia mirror)", "encyclopedia", read_origins())
    ('Wikipedia', None)
    >>> origin_of("Embassy of the Kyrgyz Republic in the USA", "embassy", read_origins())
    ('foreign service of KGZ', 'KGZ')
    """
    low = publisher.casefold()
    for rule in rules:
        if rule["contains"].casefold() in low:
            return rule["origin"], (rule["state"] or None)
    m = _FOREIGN_SERVICE.match(publisher)
    if m and kind in ("ministry", "embassy"):
        state = countries.lookup(m.group("state")) or countries.lookup("the " + m.group("state"))
        if state:
            return f"foreign service of {state}", state
    return publisher, None


# -- one row per pair ---------------------------------------------------------
def _cite(rows: list[dict]) -> str:
    return "; ".join(f"{r['publisher']} <{r['url']}>" for r in rows)


def build(sources: list[dict], rules: list[dict]) -> list[dict]:
    """The rows of diplomatic_relations.csv from the evidence rows (sorted by pair)."""
    pairs: dict[tuple[str, str], list[dict]] = {}
    for row in sources:
        pairs.setdefault((row["country_a"], row["country_b"]), []).append(row)
    out = []
    for (a, b), rows in sorted(pairs.items()):
        days: dict[str, dict] = {}
        for r in rows:
            origin, state = origin_of(r["publisher"], r["kind"], rules)
            d = days.setdefault(r["established"], {"rows": [], "origins": set(), "states": set(), "official": 0})
            d["rows"].append(r)
            d["origins"].add(origin)
            if state in (a, b):
                d["states"].add(state)
            d["official"] += r["kind"] in OFFICIAL_KINDS
        if len(days) == 1:
            (day, d), = days.items()
            confidence = "confirmed" if len(d["origins"]) >= 2 else "single"
            out.append({"country_a": a, "country_b": b, "established": day, "source": _cite(d["rows"]),
                        "confidence": confidence, "note": ""})
            continue
        day, reason = choose(days, a, b)
        order = [day] + sorted(x for x in days if x != day)
        given = "; ".join(f"{x} ({', '.join(dict.fromkeys(r['publisher'] for r in days[x]['rows']))})"
                          for x in order)
        out.append({"country_a": a, "country_b": b, "established": day, "source": _cite(days[day]["rows"]),
                    "confidence": "disputed",
                    "note": f"sources differ: {given}. Kept {day}: {reason}."})
    return out


def choose(days: dict[str, dict], a: str, b: str) -> tuple[str, str]:
    """The day a disputed pair keeps, and why (see the module's docstring)."""
    both = [x for x, d in days.items() if d["states"] == {a, b}]
    if len(both) == 1:
        return both[0], "both states' foreign ministries give it"

    def score(x):
        d = days[x]
        return (len(d["states"]), len(d["origins"]), d["official"])

    ranked = sorted(days, key=lambda x: (tuple(-v for v in score(x)), x))
    best, runner = ranked[0], ranked[1]
    why = ["given by the foreign ministry of " + " and ".join(countries.name_of(s) for s in sorted(days[best]["states"])),
           f"given by the most independent sources ({len(days[best]['origins'])})",
           "given by the most official sources (ministries, embassies, state bodies)"]
    for i, (mine, theirs) in enumerate(zip(score(best), score(runner))):
        if mine != theirs:
            return best, why[i]
    return best, "no source outweighs the others, so the earliest day is kept"


# -- coverage -----------------------------------------------------------------
def read_wanted(path: Path = WANTED) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def partners(relations: list[dict], iso3: str) -> set[str]:
    return ({r["country_b"] for r in relations if r["country_a"] == iso3}
            | {r["country_a"] for r in relations if r["country_b"] == iso3})


def coverage(relations: list[dict], sources: list[dict], wanted: list[dict]) -> str:
    """The README's coverage section (markdown) for these rows."""
    present = {(r["country_a"], r["country_b"]) for r in relations}
    counts = Counter(r["confidence"] for r in relations)
    lines = [BEGIN, "",
             f"Coverage: {len(relations)} pairs from {len(sources)} sources "
             f"({counts['confirmed']} confirmed, {counts['single']} single, {counts['disputed']} disputed)."]
    for iso3, target in PARTNER_TARGETS.items():
        n = len(partners(relations, iso3))
        lines.append(f"{countries.name_of(iso3)} ({iso3}) has {n} partners in the table "
                     f"(the project aims at {target}).")
    groups: dict[str, list[tuple[str, str]]] = {}
    for w in wanted:
        for why in w["why"].split(";"):
            groups.setdefault(why.strip(), []).append((w["country_a"], w["country_b"]))
    for why, pairs in groups.items():
        have = sorted(p for p in set(pairs) if p in present)
        gaps = sorted(p for p in set(pairs) if p not in present)
        lines += ["", f"**{why}**: {len(have)} of {len(set(pairs))} present. Missing ({len(gaps)}):", ""]
        lines.append(", ".join(f"{a}–{b}" for a, b in gaps) if gaps else "none")
    disputed = [r for r in relations if r["confidence"] == "disputed"]
    lines += ["", f"**Disputed pairs** ({len(disputed)}): the day kept, and every day the sources give "
              "(their addresses are in `relations_sources.csv`):", ""]
    lines += [f"- {r['country_a']}–{r['country_b']}: {r['established']}. {r['note']}" for r in disputed] or ["none"]
    lines += ["", END]
    return "\n".join(lines)


def with_coverage(readme: str, section: str) -> str:
    """``readme`` with its coverage section replaced by ``section``."""
    if BEGIN not in readme or END not in readme:
        raise EvidenceError(f"{README}: no coverage section (between {BEGIN!r} and {END!r}) to replace")
    head, rest = readme.split(BEGIN, 1)
    return head + section + rest.split(END, 1)[1]


# -- writing ------------------------------------------------------------------
def to_csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def outputs(sources: list[dict]) -> dict[Path, str]:
    """Every file a build writes, with its text, from the evidence rows."""
    relations = build(sources, read_origins())
    readme = with_coverage(README.read_text(encoding="utf-8"), coverage(relations, sources, read_wanted()))
    return {SOURCES: to_csv(sources, EVIDENCE_COLUMNS), RELATIONS: to_csv(relations, RELATION_COLUMNS),
            README: readme}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evidence", nargs="+", type=Path, metavar="CSV",
                        help="evidence files to check and make the evidence (default: the committed "
                             "relations_sources.csv)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a committed file differs from what a build gives")
    args = parser.parse_args(argv)
    try:
        sources, report = merge_evidence(args.evidence or [SOURCES])
    except EvidenceError as exc:
        print(f"build_reference: {exc}", file=sys.stderr)
        return 2
    for line in report:
        print(line, file=sys.stderr)
    if not args.evidence and any(not line.startswith("note:") for line in report):
        print(f"build_reference: {SOURCES.name} itself has rows to fix (above)", file=sys.stderr)
        return 1
    stale = []
    for path, text in outputs(sources).items():
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    relations = build(sources, read_origins())
    counts = Counter(r["confidence"] for r in relations)
    print(f"{len(sources)} sources, {len(relations)} pairs ({dict(sorted(counts.items()))}); "
          + ", ".join(f"{iso3} {len(partners(relations, iso3))} partners" for iso3 in PARTNER_TARGETS))
    present = {(r["country_a"], r["country_b"]) for r in relations}
    for why in sorted({w.strip() for r in read_wanted() for w in r["why"].split(";")}):
        gaps = sorted((r["country_a"], r["country_b"]) for r in read_wanted()
                      if why in r["why"] and (r["country_a"], r["country_b"]) not in present)
        print(f"missing, {why}: {{{', '.join(repr(g) for g in gaps)}}}")
    for path in stale:
        print(f"{'differs' if args.check else 'wrote'}: {path.relative_to(REPO)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

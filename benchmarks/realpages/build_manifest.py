"""Build ``manifest.jsonl`` from the annotators' parts and the page texts.

    python benchmarks/realpages/build_manifest.py

Reads ``pages/part_*.jsonl`` (one annotation a line, written while reading the
pages) and ``pages/<id>.txt``, checks every annotation (ISO3 codes, canonical
spheres, dates, a text for every id), drops a URL seen twice, records the
sha256 and length of each text, and gives each outlet a half: the parity of
the sha256 of its name, a rule fixed before any page was read. An outlet
already in the manifest keeps its half. Pages of the manifest whose part file
is not here stay as they are.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from importlib import resources
from pathlib import Path

import pycountry

HERE = Path(__file__).parent
PAGES = HERE / "pages"
MANIFEST = HERE / "manifest.jsonl"

FIELDS = ["id", "url", "outlet", "region", "half", "sha256", "length", "published", "published_time",
          "dateline_city", "dateline_country", "countries", "people", "organizations",
          "anniversaries", "spheres", "spheres_other", "notes"]
# the canonical spheres are those of the package's word table
SPHERES = {row["sphere"] for row in csv.DictReader(
    resources.files("diplo_analysis").joinpath("data", "spheres.csv").read_text("utf-8").splitlines())}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def outlet_key(outlet: str) -> str:
    return re.sub(r"[^a-z0-9]", "", outlet.casefold().removeprefix("the "))


def check(rec: dict) -> list[str]:
    problems = []
    codes = list(rec["countries"]) + [rec["dateline_country"]] + [p["country"] for p in rec["people"]]
    codes += [c for a in rec["anniversaries"] for c in a["parties"]]
    problems += [f"not ISO3: {c}" for c in codes if c is not None and c not in ISO3]
    problems += [f"not a canonical sphere: {s}" for s in rec["spheres"] if s not in SPHERES]
    problems += [f"ordinal not a number: {a['ordinal']!r}" for a in rec["anniversaries"]
                 if not isinstance(a["ordinal"], int)]
    if rec["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"]):
        problems.append(f"published not YYYY-MM-DD: {rec['published']}")
    return problems


def main() -> int:
    old = {}
    if MANIFEST.exists():
        old = {r["id"]: r for r in map(json.loads, MANIFEST.read_text("utf-8").splitlines()) if r}
    halves = {outlet_key(r["outlet"]): r["half"] for r in old.values()}
    records, seen, bad = [], set(), 0
    for part in sorted(PAGES.glob("part_*.jsonl")):
        for n, line in enumerate(part.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{part.name}:{n}: not JSON ({exc})"); bad += 1; continue
            text_path = PAGES / f"{rec['id']}.txt"
            if not text_path.exists():
                print(f"{part.name}:{n}: no text {text_path.name}"); bad += 1; continue
            if rec["url"] in seen:
                print(f"{part.name}:{n}: {rec['url']} seen before, dropped"); continue
            seen.add(rec["url"])
            rec.setdefault("spheres_other", [])
            rec.setdefault("organizations", [])
            rec.setdefault("notes", "")
            for p in check(rec):
                print(f"{part.name}:{n} ({rec['id']}): {p}"); bad += 1
            text = text_path.read_text("utf-8")
            rec["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            rec["length"] = len(text)
            records.append(rec)
    # the split: by outlet, fixed before any page was read (the parity of the
    # sha256 of the outlet's name), so that no tuning can choose it
    for rec in records:
        k = outlet_key(rec["outlet"])
        halves.setdefault(k, ("dev", "test")[int(hashlib.sha256(k.encode()).hexdigest(), 16) % 2])
    for rec in records:
        rec["half"] = halves[outlet_key(rec["outlet"])]
    # a page of the manifest whose part is not here (its text lost with a machine,
    # say) keeps its annotations: they are in git, and the text may come back
    built = {r["id"] for r in records}
    records += [r for i, r in old.items() if i not in built and r["url"] not in seen]
    records.sort(key=lambda r: r["id"])
    with MANIFEST.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
    outlets = {outlet_key(r["outlet"]) for r in records}
    for half in ("dev", "test"):
        rs = [r for r in records if r["half"] == half]
        print(f"{half}: {len(rs)} pages, {len({outlet_key(r['outlet']) for r in rs})} outlets, "
              f"{sum(r['region'] == 'caucasus_central_asia' for r in rs)} from the South Caucasus and Central Asia")
    print(f"{len(records)} pages from {len(outlets)} outlets; {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

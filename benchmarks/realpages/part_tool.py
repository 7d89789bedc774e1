"""Tools for the annotators of the real-page set (see ANNOTATING.md).

    python benchmarks/realpages/part_tool.py save FILE.json    # write pages/<id>.txt from a search excerpt
    python benchmarks/realpages/part_tool.py check PART        # check pages/part_<PART>.jsonl

``save`` reads ``{"id": "BP001", "excerpt": "<the excerpt as the JSON string the search
tool returned>"}`` and writes the text byte for byte (UTF-8, no newline added), then
prints its length and the start of its sha256. ``check`` runs the checks of
build_manifest.py on one part, and says which keys are missing, which texts are absent
and which urls the manifest holds already.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from build_manifest import MANIFEST, PAGES, check

KEYS = ["id", "url", "outlet", "region", "published", "published_time", "dateline_city", "dateline_country",
        "countries", "people", "organizations", "anniversaries", "spheres", "spheres_other", "notes"]


def save(path: str) -> int:
    rec = json.loads(Path(path).read_text("utf-8"))
    text = rec["excerpt"]
    out = PAGES / f"{rec['id']}.txt"
    PAGES.mkdir(exist_ok=True)
    out.write_text(text, "utf-8", newline="")
    print(out.name, len(text), hashlib.sha256(text.encode("utf-8")).hexdigest()[:12])
    return 0


def check_part(part: str) -> int:
    known = {r["url"]: r["id"] for r in map(json.loads, MANIFEST.read_text("utf-8").splitlines()) if r}
    bad = n = 0
    for n, line in enumerate((PAGES / f"part_{part}.jsonl").read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        problems = [f"missing key {k}" for k in KEYS if k not in rec]
        if not problems:
            problems = check(rec)
        if not (PAGES / f"{rec.get('id')}.txt").exists():
            problems.append("no text file")
        if known.get(rec.get("url"), rec.get("id")) != rec.get("id"):
            problems.append(f"url already in the manifest as {known[rec['url']]}")
        if rec.get("region") not in ("caucasus_central_asia", "other"):
            problems.append("region is neither caucasus_central_asia nor other")
        problems += [f"person keys {p}" for p in rec.get("people", []) if set(p) != {"name", "office", "country"}]
        problems += [f"anniversary keys {a}" for a in rec.get("anniversaries", [])
                     if set(a) != {"ordinal", "subject", "parties", "implied_start_year"}]
        for p in problems:
            print(f"line {n} ({rec.get('id')}): {p}")
        bad += len(problems)
    print(f"{n} lines, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "check"):
        sys.exit(__doc__)
    sys.exit(save(sys.argv[2]) if sys.argv[1] == "save" else check_part(sys.argv[2]))

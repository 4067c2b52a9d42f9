#!/usr/bin/env python3
"""Checks that an annotated corpus directory has the layout the batch extractor and the scorer read.

Usage: python3 geodata/tools/check_corpus.py geodata/demo [--min-words 80 --max-words 250]

Checks: every .txt has a .json (and the reverse) whose id matches the file name and whose
"published" is an ISO date; ids are unique; gold/events.tsv and gold/control.tsv have the
expected header and column count on every row (toponyms.tsv too, when present, whose
surfaces must occur in their document), known event types, factions and date
precisions, valid dates, coordinates in range, and doc ids that exist; an event is not dated
after its document's publication date. Prints a summary and exits non-zero on any problem.
"""
import argparse
import datetime
import json
import pathlib
import sys

EVENT_COLUMNS = ["doc_id", "date", "date_precision", "type", "actor", "place", "lat", "lon", "origin", "note"]
CONTROL_COLUMNS = ["place", "lat", "lon", "date", "controller", "doc_id", "note"]
TOPONYM_COLUMNS = ["doc_id", "surface", "geonameid", "lat", "lon", "name", "kind"]
KINDS = {"city", "village", "admin1", "country", "region", "feature", "facility"}
TYPES = {"capture", "withdrawal", "advance", "deployment", "attack"}
PRECISIONS = {"day", "week", "month", "year"}
FACTIONS = {"isis", "iraqi-government", "peshmerga", "pmf", "iran", "us-coalition", "turkey", "pkk", "ypg",
            "syria-government", "russia", "hezbollah-lebanon", "sunni-tribes", "turkmen"}


def iso(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def coordinate_problem(lat, lon):
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        return f"non-numeric coordinates {lat},{lon}"
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return f"coordinates out of range {lat},{lon}"
    return None


def read_tsv(path, columns, problems):
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    if lines[0].split("\t") != columns:
        problems.append(f"{path}: header is {lines[0]!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            problems.append(f"{path}:{number}: {len(cells)} columns, expected {len(columns)}")
            continue
        rows.append((number, dict(zip(columns, cells))))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--min-words", type=int, default=0)
    parser.add_argument("--max-words", type=int, default=0)
    args = parser.parse_args()
    root = pathlib.Path(args.corpus)
    problems = []
    published = {}
    texts = {p.stem: p for p in (root / "docs").glob("*.txt")}
    metas = {p.stem: p for p in (root / "docs").glob("*.json")}
    for stem in sorted(set(texts) ^ set(metas)):
        problems.append(f"{stem}: .txt and .json do not pair up")
    for stem, path in sorted(metas.items()):
        meta = json.loads(path.read_text(encoding="utf-8"))
        if set(meta) != {"id", "title", "source", "url", "published"}:
            problems.append(f"{path}: keys {sorted(meta)}")
        if meta.get("id") != stem:
            problems.append(f"{path}: id {meta.get('id')!r} differs from file name")
        if meta.get("id") in published:
            problems.append(f"{path}: duplicate id")
        date = iso(str(meta.get("published")))
        if date is None:
            problems.append(f"{path}: published {meta.get('published')!r} is not YYYY-MM-DD")
        published[meta.get("id")] = date
        if stem in texts:
            words = len(texts[stem].read_text(encoding="utf-8").split())
            if args.min_words and words < args.min_words or args.max_words and words > args.max_words:
                problems.append(f"{texts[stem]}: {words} words")
    events = read_tsv(root / "gold" / "events.tsv", EVENT_COLUMNS, problems)
    for number, row in events:
        where = f"events.tsv:{number}"
        date = iso(row["date"])
        if row["doc_id"] not in published:
            problems.append(f"{where}: unknown doc {row['doc_id']}")
        if date is None:
            problems.append(f"{where}: bad date {row['date']}")
        elif published.get(row["doc_id"]) and date > published[row["doc_id"]]:
            problems.append(f"{where}: dated after its document's publication")
        if row["date_precision"] not in PRECISIONS:
            problems.append(f"{where}: precision {row['date_precision']}")
        if row["type"] not in TYPES:
            problems.append(f"{where}: type {row['type']}")
        if row["actor"] not in FACTIONS:
            problems.append(f"{where}: actor {row['actor']}")
        if row["origin"] and row["type"] != "deployment":
            problems.append(f"{where}: origin on a {row['type']}")
        problem = coordinate_problem(row["lat"], row["lon"])
        if problem:
            problems.append(f"{where}: {problem}")
    controls = read_tsv(root / "gold" / "control.tsv", CONTROL_COLUMNS, problems)
    for number, row in controls:
        where = f"control.tsv:{number}"
        if row["doc_id"] not in published:
            problems.append(f"{where}: unknown doc {row['doc_id']}")
        if iso(row["date"]) is None:
            problems.append(f"{where}: bad date {row['date']}")
        if row["controller"] not in FACTIONS:
            problems.append(f"{where}: controller {row['controller']}")
        problem = coordinate_problem(row["lat"], row["lon"])
        if problem:
            problems.append(f"{where}: {problem}")
    toponyms = []
    if (root / "gold" / "toponyms.tsv").exists():
        toponyms = read_tsv(root / "gold" / "toponyms.tsv", TOPONYM_COLUMNS, problems)
    for number, row in toponyms:
        where = f"toponyms.tsv:{number}"
        if row["doc_id"] not in published:
            problems.append(f"{where}: unknown doc {row['doc_id']}")
        elif row["surface"] not in texts[row["doc_id"]].read_text(encoding="utf-8"):
            problems.append(f"{where}: surface {row['surface']!r} not in the text")
        if row["kind"] not in KINDS:
            problems.append(f"{where}: kind {row['kind']}")
        if row["geonameid"] and not row["geonameid"].isdigit():
            problems.append(f"{where}: geonameid {row['geonameid']}")
        problem = coordinate_problem(row["lat"], row["lon"])
        if problem:
            problems.append(f"{where}: {problem}")
    dates = [d for d in published.values() if d]
    print(f"{len(published)} documents ({min(dates)} to {max(dates)}), "
          f"{len(toponyms)} toponym rows, {len(events)} event rows, {len(controls)} control rows")
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

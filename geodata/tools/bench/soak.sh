#!/usr/bin/env bash
# Soak benchmark (issue 7): mixed feed reads at full speed from wrk plus a steady stream of article
# ingests, for a bounded time, on loopback; then errors, throughput, latency and the heap trend.
#
# usage: geodata/tools/bench/soak.sh [SECONDS]           (default 600)
# env:   PG_URL=jdbc:postgresql://127.0.0.1:5432/db?user=u   run on PostGIS (else a fresh H2GIS store)
#        CONNECTIONS=32  INGEST_RATE=2 (articles/s)  PORT=18090  HEAP=1g  WORK=/tmp/conflictmap-soak
# Needs wrk (Debian package wrk), python3 and the built jar (./mvnw package -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/geodata/tools/bench"
seconds="${1:-600}"
port="${PORT:-18090}"
work="${WORK:-/tmp/conflictmap-soak}"
token="soak-$RANDOM$RANDOM"
rm -rf "$work" && mkdir -p "$work"

store_args=(--conflictmap.data-dir="$work/data")
if [ -n "${PG_URL:-}" ]; then
  store_args+=(--spring.profiles.active=postgis --spring.datasource.url="$PG_URL"
               --spring.datasource.username= --spring.datasource.password=)
fi
CONFLICTMAP_ADMIN_TOKEN="$token" java -Xmx"${HEAP:-1g}" -Xlog:gc:file="$work/gc.log" \
  -jar "$root/target/conflict-map.jar" --server.port="$port" "${store_args[@]}" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "server did not start, see $work/server.log"; exit 1; }
# The demo corpus loads in the background on a fresh store; wait for it so reads have data.
for _ in $(seq 1 180); do
  done_count=$(curl -fs "$base/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total",0))' 2>/dev/null || echo 0)
  [ "$done_count" -ge 60 ] && break
  sleep 1
done
echo "soak: ${seconds}s, ${CONNECTIONS:-32} connections of reads, ${INGEST_RATE:-2} ingests/s, store $([ -n "${PG_URL:-}" ] && echo PostGIS || echo H2GIS), load average $(cut -d' ' -f1-3 /proc/loadavg)"

python3 "$here/soak_ingest.py" "$base" "$token" "$root/geodata/demo" "$seconds" "${INGEST_RATE:-2}" >"$work/ingest.out" 2>"$work/ingest.err" &
ingest=$!
wrk -t2 -c"${CONNECTIONS:-32}" -d"${seconds}s" --timeout 10s --latency -s "$here/soak-reads.lua" "$base" >"$work/wrk.out" 2>"$work/wrk.err"
wait $ingest
grep -E "Requests/sec|Latency|50%|99%|requests in|Non-2xx|Socket errors" "$work/wrk.out" | sed 's/^/reads: /'
cat "$work/ingest.out"
head -5 "$work/ingest.err" "$work/wrk.err" 2>/dev/null | grep -v '^==>' | grep . || true
sleep 20
curl -fs "$base/actuator/health" >/dev/null && echo "server: healthy after the run" || echo "server: NOT healthy after the run"
curl -fs "$base/api/articles?limit=1" | python3 -c 'import json,sys; print("articles stored:", json.load(sys.stdin).get("total"))'
grep -c " ERROR " "$work/server.log" | sed 's/^/server log ERROR lines: /' || true
python3 "$here/gc_trend.py" "$work/gc.log"

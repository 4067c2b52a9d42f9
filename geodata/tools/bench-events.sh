#!/usr/bin/env bash
# Events query benchmark (README, "Feed speed"): events of a month in a 10 x 10 degree box, on a store
# filled by the `generate` batch command (give one; see bench-feeds.sh). Starts the service on
# loopback and runs wrk (Debian) with --latency, asking for gzip like a browser, three times:
#   repeated  one URL (2015-06 in the box 10,40,20,50, as bench-feeds.sh asks), again and again;
#   varied    50 different months and boxes (2010-2019, inside the generated area), cycled through
#             (after the first round they come from the response cache, as for a map's users);
#   uncached  20,000 different months and boxes, none asked twice in the run (every request
#             queries the store, writes JSON and compresses it).
# Each run is preceded by a warm-up of the same kind: 3 s, or as long as the run itself for the
# uncached one (other URLs), whose query, JSON and gzip code the cached runs leave unwarmed. Prints requests/s, p50, p99, errors and
# the CPU time the server process used per request (which depends much less than the rates on what
# else the machine runs).
#
# usage: geodata/tools/bench-events.sh --label NAME [--jar target/conflict-map.jar] [--port 18490]
#                                      [--duration 15s] [--connections 64] -- SERVICE_OPTIONS...
#   e.g. -- --conflictmap.data-dir=/tmp/store/h2
#        -- --spring.profiles.active=postgis --spring.datasource.url=jdbc:postgresql://... \
#           --spring.datasource.username=postgres
# Needs java 17+, wrk and curl. Listens on 127.0.0.1 only.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
lua="$root/geodata/tools/bench-events.lua"
export BENCH_REPORT="$root/geodata/tools/bench-feeds-report.lua"
jar="$root/target/conflict-map.jar"
label=run port=18490 duration=15s connections=64 threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --label) label=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --) shift; break ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
done
for tool in java wrk curl; do
  command -v "$tool" >/dev/null || { echo "bench-events: $tool is missing (apt-get install wrk curl)" >&2; exit 2; }
done

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

base="/ogc/collections/events/items"
repeated="$base?datetime=2015-06-01/2015-06-30&bbox=10,40,20,50&limit=1000&f=json"
for i in $(seq 0 49); do # months and boxes spread over the generated period and area
  m=$(( (i * 37) % 120 )) year=$(( 2010 + m / 12 )) month=$(( 1 + m % 12 ))
  last=$(date -d "$(printf '%d-%02d-01' "$year" "$month") +1 month -1 day" +%d)
  lon=$(( -10 + (i * 13) % 41 )) lat=$(( 30 + (i * 7) % 21 ))
  printf '%s?datetime=%d-%02d-01/%d-%02d-%s&bbox=%d,%d,%d,%d&limit=1000&f=json\n' "$base" "$year" "$month" \
    "$year" "$month" "$last" "$lon" "$lat" $((lon + 10)) $((lat + 10))
done >"$work/paths.txt"
awk -v base="$base" 'BEGIN { # 20,000 months and boxes with 0.01-degree corners, from a fixed linear congruential sequence
  x = 12345; split("31 28 31 30 31 30 31 31 30 31 30 31", days, " ")
  for (i = 0; i < 20000; i++) {
    x = (x * 69069 + 1) % 4294967296; m = x % 120
    x = (x * 69069 + 1) % 4294967296; lon = -10 + (x % 4001) / 100
    x = (x * 69069 + 1) % 4294967296; lat = 30 + (x % 2001) / 100
    year = 2010 + int(m / 12); month = 1 + m % 12
    last = days[month] + (month == 2 && year % 4 == 0 ? 1 : 0)
    printf "%s?datetime=%d-%02d-01/%d-%02d-%02d&bbox=%.2f,%.2f,%.2f,%.2f&limit=1000&f=json\n", base, year, month,
      year, month, last, lon, lat, lon + 10, lat + 10
  } }' >"$work/uncached.txt"

java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --conflictmap.demo.enabled=false \
  --conflictmap.admin-token="bench-events-$$" "$@" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done

ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
run() { # kind, paths file or "", first line of the warm-up, its duration
  local kind=$1 paths=$2 before after result
  BENCH_START=${3:-0} BENCH_PATHS=$paths wrk -t$threads -c"$connections" -d"${4:-3s}" -s "$lua" "http://127.0.0.1:$port$repeated" >/dev/null 2>&1 || true
  before=$(ticks)
  result=$(BENCH_PATHS=$paths wrk -t$threads -c"$connections" -d"$duration" --latency -s "$lua" \
    "http://127.0.0.1:$port$repeated" | sed -n 's/^RESULT //p')
  after=$(ticks)
  echo "$result" | awk -v label="$label" -v kind="$kind" -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '{ printf "%-14s %-9s %9.1f %8.2f %8.2f %6d %8d %7.3f\n", label, kind, $1, $2, $3, $4, $5, ($5 > 0 ? ticks * 1000 / hz / $5 : 0) }'
}
first=$(curl -sf -o "$work/first.json" -w '%{time_total}' "http://127.0.0.1:$port$repeated")
matched=$(grep -o '"numberMatched":[0-9]*' "$work/first.json" | cut -d: -f2)
echo "first request of the repeated URL: ${first}s, $matched events, $(stat -c %s "$work/first.json") bytes;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$threads -c$connections -d$duration --latency"
printf '%-14s %-9s %9s %8s %8s %6s %8s %7s\n' label kind 'req/s' 'p50 ms' 'p99 ms' errors requests 'CPU ms'
run repeated ""
run varied "$work/paths.txt"
run uncached "$work/uncached.txt" 15000 "$duration"

#!/usr/bin/env bash
# Feed load benchmark (README, "Feed speed"). Fills a store with synthetic data once (the `generate`
# batch command: 1,000,000 events, 20,000 places, 10 years; reused on later runs), starts the service
# on loopback, and runs wrk (Debian) with --latency, asking for gzip like a browser, against:
#   territory at a day, control at a day (one page of up to 10,000 points, as the map asks),
#   events of a month in a 10 x 10 degree box.
# Each response body (the same gzip bytes) is then served as a static file by nginx (Debian,
# gzip_static, loopback) and measured with the same wrk command in the same run.
# Prints: endpoint, store, body size, first (cold) response time, requests/s, p50, p99, CPU time per
# request, the same for nginx, and the ratios; with the load average before and after (the rates
# depend on what else the machine runs; the CPU time per request much less).
#
# usage: geodata/tools/bench-feeds.sh [--store DIR] [--postgis JDBC_URL] [--pg-user U] [--pg-password P]
#                                     [--duration 15s] [--warmup 10s] [--connections 64]
#                                     [--jar target/conflict-map.jar] [--skip-h2]
# --warmup: wrk load before each measured run (the JVM compiles the hot paths meanwhile; nginx needs none).
# Needs java 17+, wrk, nginx and curl (apt-get install wrk nginx-light curl). Listens on 127.0.0.1
# ports 18480 (service) and 18481 (nginx) only. PostGIS: give an empty database (it is filled once)
# or one filled by an earlier run.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
lua="$root/geodata/tools/bench-feeds-report.lua"
jar="$root/target/conflict-map.jar"
store="$root/target/bench-feeds"
postgis="" pg_user="" pg_password=""
duration=15s warmup=10s connections=64 threads=2 skip_h2=0
port=18480 nginx_port=18481
day=2015-06-01 month=2015-06-01/2015-06-30 bbox=10,40,20,50

while [ $# -gt 0 ]; do
  case "$1" in
    --store) store=$2; shift 2 ;;
    --postgis) postgis=$2; shift 2 ;;
    --pg-user) pg_user=$2; shift 2 ;;
    --pg-password) pg_password=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --skip-h2) skip_h2=1; shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
done
for tool in java wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench-feeds: $tool is missing (apt-get install wrk nginx-light curl)" >&2; exit 2; }
done
[ -f "$jar" ] || (cd "$root" && ./mvnw -q package -DskipTests)
if [ -n "$postgis" ] && [ -z "$pg_user" ]; then
  pg_user=$(printf '%s' "$postgis" | sed -n 's/.*[?&]user=\([^&]*\).*/\1/p')
fi

work=$(mktemp -d)
chmod 755 "$work"
mkdir -p "$work/www" "$store"
server_pid="" nginx_pid=""
stop() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
cleanup() {
  stop
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- nginx serving the captured bodies, as gzip_static files ---------------------------------------
cat > "$work/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip off;
  gzip_static on;
  types { }
  default_type application/geo+json;
  client_body_temp_path $work/tmp-body;
  proxy_temp_path $work/tmp-proxy;
  fastcgi_temp_path $work/tmp-fastcgi;
  uwsgi_temp_path $work/tmp-uwsgi;
  scgi_temp_path $work/tmp-scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { add_header Cache-Control "public, max-age=60"; add_header Vary "Accept, Accept-Encoding"; }
  }
}
EOF
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!

cpu_ticks() { # CPU time (clock ticks) used so far by the given processes and their threads
  local total=0 pid
  for pid in "$@"; do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# url, then the server's pids -> "req/s p50 p99 errors cpu_ms_per_request"; the CPU time per request
# does not depend on what else the machine runs, unlike the rates and latencies
measure() {
  local url=$1; shift
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$lua" "$url" >/dev/null 2>&1 || true
  local before after result
  before=$(cpu_ticks "$@")
  result=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$url" | sed -n 's/^RESULT //p')
  after=$(cpu_ticks "$@")
  echo "$result" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '{ printf "%s %s %s %s %.3f\n", $1, $2, $3, $4, ($5 > 0 ? ticks * 1000 / hz / $5 : 0) }'
}

generate() { # jdbc url, user, password
  local out
  if out=$(java -jar "$jar" generate --url "$1" --user "$2" --password "$3" 2>&1); then
    echo "$out" | tail -n 1
  elif echo "$out" | grep -q "already holds articles"; then
    echo "reusing the store at $1"
  else
    echo "$out" >&2; exit 1
  fi
}

results="$work/results.txt"
bench() { # store name, then the service's options
  local name=$1; shift
  java -jar "$jar" --server.address=127.0.0.1 --server.port=$port --conflictmap.demo.enabled=false \
    --conflictmap.admin-token=bench-feeds-$$ "$@" >"$work/server-$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$name.log" >&2; exit 1; }
    sleep 1
  done
  local base="http://127.0.0.1:$port/ogc/collections"
  local endpoint url file first ours theirs size
  for endpoint in territory control events; do
    case $endpoint in
      territory) url="$base/territory/items?datetime=$day&limit=10000&f=json" ;;
      control) url="$base/control/items?datetime=$day&limit=10000&f=json" ;;
      events) url="$base/events/items?datetime=$month&bbox=$bbox&limit=1000&f=json" ;;
    esac
    file="$name-$endpoint.json"
    local ticks_before ticks_after
    ticks_before=$(cpu_ticks "$server_pid")
    first=$(curl -sf -o "$work/www/$file" -w '%{time_total}' "$url")
    ticks_after=$(cpu_ticks "$server_pid")
    first="$first/$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')"
    curl -sf -H 'Accept-Encoding: gzip' -o "$work/www/$file.gz" "$url"
    size="$(stat -c %s "$work/www/$file")/$(stat -c %s "$work/www/$file.gz")"
    ours=$(measure "$url" "$server_pid")
    theirs=$(measure "http://127.0.0.1:$nginx_port/$file" "$nginx_pid" $(pgrep -P "$nginx_pid"))
    echo "$endpoint $name $size $first $ours $theirs" >>"$results"
  done
  stop
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$skip_h2" = 0 ]; then
  generate "jdbc:h2:file:$store/h2/conflictmap" sa ""
  bench h2gis --conflictmap.data-dir="$store/h2"
fi
if [ -n "$postgis" ]; then
  generate "$postgis" "$pg_user" "$pg_password"
  bench postgis --conflictmap.data-dir="$store/postgis" --spring.profiles.active=postgis \
    --spring.datasource.url="$postgis" --spring.datasource.username="$pg_user" \
    --spring.datasource.password="$pg_password"
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "wrk -t$threads -c$connections -d$duration --latency (after $warmup of warm-up), Accept-Encoding: gzip, loopback; $(nproc) cores;" \
  "load average before: $load_before, after: $load_after"
printf '%-10s %-8s %-17s %16s %9s %8s %8s %6s %7s | %9s %8s %7s | %6s %6s\n' endpoint store 'bytes plain/gzip' \
  'first ms/CPU s' 'req/s' 'p50 ms' 'p99 ms' errors 'CPU ms' 'nginx r/s' 'p99 ms' 'CPU ms' 'r/s' 'CPU'
awk '{ split($4, f, "/"); printf "%-10s %-8s %-17s %9.0f/%-6s %9.1f %8.2f %8.2f %6d %7.3f | %9.1f %8.2f %7.3f | %6.2f %6.2f\n", $1, $2, $3, f[1] * 1000, f[2], $5, $6, $7, $8, $9, $10, $12, $14, ($10 > 0 ? $5 / $10 : 0), ($9 > 0 ? $14 / $9 : 0) }' "$results"
echo "first: the first (cold) response's time and the server CPU it took (whole process, all threads)."
echo "CPU ms: CPU time the server (or nginx) used per request during the run; the last two columns are"
echo "ours / nginx for requests/s and nginx / ours for CPU per request (1.00 = as cheap as nginx)."

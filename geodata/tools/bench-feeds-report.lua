-- wrk script for bench-feeds.sh: asks for gzip like a browser and prints one machine-readable line,
-- "RESULT requests/s p50_ms p99_ms errors requests", where errors counts socket errors and non-2xx/3xx
-- replies.
wrk.headers["Accept-Encoding"] = "gzip"

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end

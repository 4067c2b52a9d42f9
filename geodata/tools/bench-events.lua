-- wrk script for bench-events.sh: asks for gzip like a browser; with the environment variable
-- BENCH_PATHS naming a file of request paths (one a line), each thread cycles through them, the
-- second thread starting half-way down the list and both moved on by BENCH_START lines (so a
-- warm-up run can ask for other paths than the measured run); else it asks for the URL given to wrk.
-- Prints one line, "RESULT requests/s p50_ms p99_ms errors requests"; errors counts socket errors and non-2xx/3xx replies.
wrk.headers["Accept-Encoding"] = "gzip"

local paths = {}
local next_path = 1
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("index", threads - 1)
end

init = function(args)
  local file = os.getenv("BENCH_PATHS")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    local start = tonumber(os.getenv("BENCH_START") or "0") or 0
    next_path = (index * math.floor(#paths / 2) + start) % #paths + 1
  end
end

request = function()
  if #paths == 0 then
    return wrk.format(nil, nil)
  end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end

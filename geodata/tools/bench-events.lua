-- wrk script for bench-events.sh: asks for gzip like a browser; with the environment variable
-- BENCH_PATHS naming a file of request paths (one a line), each thread cycles through them, the
-- second thread starting half-way down the list and both moved on by BENCH_START lines (so a
-- warm-up run can ask for other paths than the measured run); else it asks for the URL given to wrk.
-- The gzip header and the "RESULT ..." line come from bench-feeds-report.lua (BENCH_REPORT names it).
dofile(os.getenv("BENCH_REPORT"))

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

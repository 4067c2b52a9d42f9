-- wrk script for the soak benchmark: a mix of the reads the map and embedders make, on random days.
-- FIRST_DAY / DAYS (env) give the day range; BBOXES a few boxes around the theatre.
local first = os.time{year=tonumber(os.getenv("FIRST_YEAR") or "2014"), month=1, day=1, hour=12}
local days = tonumber(os.getenv("DAYS") or "1461")
local boxes = {"38,32,45,38", "42,33,45,37", "40,30,48,37.5", "35,32,42,37"}
local counter = 0

local function day(offset)
  return os.date("!%Y-%m-%d", first + offset * 86400)
end

request = function()
  counter = counter + 1
  local d = math.random(0, days - 1)
  local kind = counter % 10
  local path
  if kind < 3 then
    path = "/ogc/collections/control/items?datetime=" .. day(d) .. "&limit=1000"
  elseif kind < 5 then
    path = "/ogc/collections/territory/items?datetime=" .. day(d)
  elseif kind < 7 then
    path = "/ogc/collections/events/items?datetime=" .. day(d) .. "/" .. day(d + 30)
        .. "&bbox=" .. boxes[math.random(#boxes)] .. "&limit=500"
  elseif kind < 8 then
    path = "/ogc/collections/movements/items?datetime=" .. day(d) .. "/" .. day(d + 30)
  elseif kind < 9 then
    path = "/api/timeline"
  else
    path = "/ogc/collections/places/items?limit=100&bbox=" .. boxes[math.random(#boxes)]
  end
  return wrk.format("GET", path, {["Accept-Encoding"] = "gzip"})
end

local failures = 0
response = function(status, headers, body)
  if status >= 400 then
    failures = failures + 1
    if failures <= 5 then
      io.stderr:write("HTTP " .. status .. "\n")
    end
  end
end

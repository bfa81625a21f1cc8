-- wrk script of the benchmark harness (src/bench/run.sh).
--
--   wrk -t1 -c32 -d20s -s src/bench/report.lua http://127.0.0.1:18080/v1/clinics/x -- <scenario> <expected status>
--
-- Counts every response whose status is not the expected one (a 304 scenario that gets a 200 is as
-- wrong as a 500) and prints one machine-readable line when the run is done:
--
--   bench-result scenario=clinic-by-slug rps=1234.5 p50_ms=1.2 p90_ms=2.3 p99_ms=4.5 p999_ms=9.1
--     requests=24690 non_2xx_3xx=0 unexpected_status=0 socket_errors=0 duration_s=20.01
--   (one line in the output)
--
-- With BENCH_PATHS_FILE set (one request path per line), requests cycle through those paths
-- instead of the URL's own: the way to measure many distinct resources (a cold cache).
-- Defining request() makes wrk build every request in Lua, so it is only defined when needed.

-- Globals, so that done() (in wrk's main Lua state) can read them from each thread's state.
scenario = "unnamed"
expected = 200
unexpected = 0
first_unexpected = ""
local threads = {}

local paths_file = os.getenv("BENCH_PATHS_FILE")
if paths_file and paths_file ~= "" then
  local paths = {}
  for line in io.lines(paths_file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- The warm-up pass walks the paths from the first, the measured pass from the last: with more
  -- paths than both passes send, the measured requests are ones the warm-up never made (cold).
  -- BENCH_PATHS_SKIP starts the warm-up walk that many paths in, so that successive warm-up runs
  -- over one file reach paths an earlier run did not (searches the service has not ranked yet).
  local backwards = os.getenv("BENCH_PASS") == "measure"
  local i = backwards and 0 or (tonumber(os.getenv("BENCH_PATHS_SKIP") or "0") % #paths)
  request = function()
    i = i % #paths + 1
    return wrk.format(nil, paths[backwards and (#paths - i + 1) or i])
  end
end

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  scenario = args[1] or scenario
  expected = tonumber(args[2]) or expected
end

function response(status, headers, body)
  if status ~= expected then
    if unexpected == 0 then first_unexpected = tostring(status) end
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local unexpected_total, first = 0, ""
  for _, thread in ipairs(threads) do
    unexpected_total = unexpected_total + (thread:get("unexpected") or 0)
    if first == "" then first = thread:get("first_unexpected") or "" end
    scenario = thread:get("scenario") or scenario
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local function ms(p) return string.format("%.3f", latency:percentile(p) / 1000) end
  io.write(string.format(
    "bench-result scenario=%s rps=%.1f p50_ms=%s p90_ms=%s p99_ms=%s p999_ms=%s requests=%d "
      .. "non_2xx_3xx=%d unexpected_status=%d first_unexpected=%s socket_errors=%d duration_s=%.2f\n",
    scenario, summary.requests / seconds, ms(50), ms(90), ms(99), ms(99.9), summary.requests,
    e.status, unexpected_total, first ~= "" and first or "-",
    e.connect + e.read + e.write + e.timeout, seconds))
end

-- wrk: one request per line of the file named by BENCH_REQUESTS ("METHOD<TAB>content type<TAB>body file"),
-- taken round-robin, starting at a different line in each thread; answers are counted by status in done().
local requests = {}
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

local function load()
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local method, content_type, body_file = line:match("^(%S+)\t([^\t]+)\t(.+)$")
    local handle = assert(io.open(body_file, "rb"))
    local body = handle:read("*a")
    handle:close()
    table.insert(requests, wrk.format(method, nil, {["Content-Type"] = content_type, ["Cookie"] = os.getenv("BENCH_COOKIE")}, body))
  end
end

function init(args)
  load()
  counter = offset or 0
  statuses = {}
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests_made)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("STATUS %d %d\n", status, count))
  end
end

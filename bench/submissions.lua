-- wrk: online submissions in two steps, as a citizen makes them: the form's POST (a line of the file named by
-- BENCH_REQUESTS, as in requests.lua), answered 302 to its check page with the draft's session cookie, then
-- "Nộp hồ sơ" there, answered 302 to the confirmation. A check page waiting to be confirmed is sent before the next
-- new form, by whichever connection is free. done() prints the answers by status and the confirmations (ACCEPTED).
local forms = {}
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
    table.insert(forms, wrk.format(method, nil, {["Content-Type"] = content_type, ["Cookie"] = os.getenv("BENCH_COOKIE")}, body))
  end
end

function init(args)
  load()
  counter = offset or 0
  statuses = {}
  accepted = 0
  pending = {}
  confirm_body = "csrfmiddlewaretoken=" .. os.getenv("BENCH_CSRF")
end

function request()
  local check = table.remove(pending, 1)
  if check then
    local headers = {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = os.getenv("BENCH_COOKIE") .. "; " .. check.session,
    }
    return wrk.format("POST", check.path, headers, confirm_body)
  end
  counter = counter + 1
  return forms[(counter % #forms) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local location = headers["Location"] or ""
  if status == 302 and location:find("/kiem%-tra/$") then
    local session = (headers["Set-Cookie"] or ""):match("(sessionid=[^;]+)")
    if session then
      table.insert(pending, {path = location:gsub("^https?://[^/]+", ""), session = session})
    end
  elseif status == 302 and location:find("/xac%-nhan/$") then
    accepted = accepted + 1
  end
end

function done(summary, latency, requests_made)
  local totals, confirmed = {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
    confirmed = confirmed + thread:get("accepted")
  end
  for status, count in pairs(totals) do
    io.write(string.format("STATUS %d %d\n", status, count))
  end
  io.write(string.format("ACCEPTED %d\n", confirmed))
end

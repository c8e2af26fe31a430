-- wrk script for bench/search.sh: each request is the GraphQL search query (search-query.graphql) with a query taken at random
-- from the list, sent with a token taken in turn from the token file (users of the roles measured).
-- A response that is not 200 or carries GraphQL errors counts as an error (and is reported at the end).
--   wrk -t2 -c16 -d60s --latency -s bench/search.lua http://127.0.0.1:18080/graphql -- QUERIES TOKENS

-- the GraphQL document (SEARCH_DOCUMENT may name another, e.g. a trivial one to measure the stack alone)
local document = io.open(os.getenv('SEARCH_DOCUMENT') or 'bench/search-query.graphql'):read('*a')
-- THINK_MS: each client waits on average this long between an answer and its next request (a person
-- typing), drawn from an exponential distribution so that the clients do not fall into step; 0 by default
local think = tonumber(os.getenv('THINK_MS') or '0')

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function json(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n') .. '"'
end

function init(args)
  queries, tokens = {}, {}
  for line in io.lines(args[1]) do
    if line ~= '' and line:sub(1, 1) ~= '#' then table.insert(queries, line) end
  end
  for line in io.lines(args[2]) do table.insert(tokens, line) end
  math.randomseed(os.time() + (tonumber(tostring({}):match('0x(%x+)'), 16) or 0))
  sent, failed, hits = 0, 0, 0
  first_error = nil
end

function request()
  sent = sent + 1
  local body = '{"operationName":"Search","query":' .. json(document)
    .. ',"variables":{"query":' .. json(queries[math.random(#queries)]) .. '}}'
  local headers = { ['Content-Type'] = 'application/json',
                    ['Authorization'] = 'Bearer ' .. tokens[(sent % #tokens) + 1] }
  return wrk.format('POST', nil, headers, body)
end

function delay()
  if think == 0 then return 0 end
  return math.floor(-think * math.log(1 - math.random()))
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    failed = failed + 1
    if not first_error then first_error = status .. ' ' .. body:sub(1, 300) end
  else
    local _, n = body:gsub('"highlightedTitle"', '')
    hits = hits + n
  end
end

function done(summary, latency, requests)
  local errors, answered, found, sample = 0, 0, 0, nil
  for _, thread in ipairs(threads) do
    errors = errors + thread:get('failed')
    found = found + thread:get('hits')
    sample = sample or thread:get('first_error')
  end
  local seconds = summary.duration / 1e6
  local ok = summary.requests - errors
  io.write(string.format('requests %d ok, %d errors in %.1f s: %.1f requests/s, %.1f hits per answer\n',
    ok, errors + summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    seconds, summary.requests / seconds, ok > 0 and found / ok or 0))
  io.write(string.format('latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f\n',
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  if sample then io.write('error: ' .. sample .. '\n') end
end

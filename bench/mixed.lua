-- Mixed traffic for bench/soak: anonymous pages, the catalog search, public lookups, a citizen's
-- and a desk's signed-in pages, and new drafts (writes), in fixed shares.
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local citizen = { Authorization = "Bearer " .. os.getenv("CITIZEN") }
local desk = { Authorization = "Bearer " .. os.getenv("DESK") }
local draft = { Authorization = citizen.Authorization, ["Content-Type"] = "application/json" }
local only_drafts = os.getenv("ONLY_DRAFTS") == "1"  -- bench/soak's warm-up
math.randomseed(7)
request = function()
  local r = only_drafts and 100 or math.random(100)
  if r <= 15 then return wrk.format("GET", "/") end
  if r <= 30 then return wrk.format("GET", "/thu-tuc/1.001193") end
  if r <= 40 then return wrk.format("GET", "/api/v1/procedures?q=dang+ky") end
  if r <= 65 then return wrk.format("GET", "/api/v1/lookup/" .. codes[math.random(#codes)]) end
  if r <= 80 then return wrk.format("GET", "/ho-so", citizen) end
  if r <= 90 then return wrk.format("GET", "/ho-so/" .. codes[math.random(#codes)], citizen) end
  if r <= 98 then return wrk.format("GET", "/mot-cua?hang-doi=received", desk) end
  return wrk.format("POST", "/api/v1/dossiers", draft, '{"procedure_code":"1.001193","form":{}}')
end

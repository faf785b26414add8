-- Mixed traffic for bench/soak: anonymous pages, the catalog search, public lookups, a citizen's
-- and a desk's signed-in pages, and new drafts (writes), in fixed shares.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
local random_code = dofile(here .. "codes.lua")(os.getenv("CODES"))
local citizen = { Authorization = "Bearer " .. os.getenv("CITIZEN") }
local desk = { Authorization = "Bearer " .. os.getenv("DESK") }
local draft = { Authorization = citizen.Authorization, ["Content-Type"] = "application/json" }
-- bench/soak's warm-up: drafts only, each by the next of the citizens named in WARMUP_TOKENS
-- (one token a line), so that no one account ends up with them all.
local only_drafts = os.getenv("ONLY_DRAFTS") == "1"
local owners = {}
if only_drafts and os.getenv("WARMUP_TOKENS") then
  for line in io.lines(os.getenv("WARMUP_TOKENS")) do owners[#owners + 1] = line end
end
local next_owner = 0
local function warmup_draft()
  if #owners == 0 then return draft end
  next_owner = next_owner % #owners + 1
  return { Authorization = "Bearer " .. owners[next_owner], ["Content-Type"] = "application/json" }
end
dofile(here .. "thread_seed.lua")(7)
request = function()
  if only_drafts then
    return wrk.format("POST", "/api/v1/dossiers", warmup_draft(), '{"procedure_code":"1.001193","form":{}}')
  end
  local r = math.random(100)
  if r <= 15 then return wrk.format("GET", "/") end
  if r <= 30 then return wrk.format("GET", "/thu-tuc/1.001193") end
  if r <= 40 then return wrk.format("GET", "/api/v1/procedures?q=dang+ky") end
  if r <= 65 then return wrk.format("GET", "/api/v1/lookup/" .. random_code()) end
  if r <= 80 then return wrk.format("GET", "/ho-so", citizen) end
  if r <= 90 then return wrk.format("GET", "/ho-so/" .. random_code(), citizen) end
  if r <= 98 then return wrk.format("GET", "/mot-cua?hang-doi=received", desk) end
  return wrk.format("POST", "/api/v1/dossiers", draft, '{"procedure_code":"1.001193","form":{}}')
end

-- Public lookup of random known dossier codes (one code per line in the file named by CODES).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
local random_code = dofile(here .. "codes.lua")(os.getenv("CODES"))
local prefix = os.getenv("LOOKUP_PREFIX") or "/api/v1/lookup/"
dofile(here .. "thread_seed.lua")(42)
request = function()
  return wrk.format("GET", prefix .. random_code())
end

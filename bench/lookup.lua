-- Public lookup of random known dossier codes (one code per line in the file named by CODES).
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local prefix = os.getenv("LOOKUP_PREFIX") or "/api/v1/lookup/"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "thread_seed.lua")(42)
request = function()
  return wrk.format("GET", prefix .. codes[math.random(#codes)])
end

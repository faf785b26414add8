-- Random dossier codes for wrk's scripts, from a file of one code a line:
--   local random_code = dofile(<this file>)(path)
-- The codes stay in one string rather than a table of a million strings, which LuaJIT's collector
-- would walk in each of its cycles. And the collector runs without pause: with 20 MB of codes
-- alive it would otherwise wait for 20 MB of requests' strings before a cycle, then stop wrk's
-- thread to sweep them, and the requests in flight would count that stop as their latency (p99
-- 13–43 ms against the bare hello-world with a million codes, 3.6–4.6 ms without pause).
return function(path)
  local file = assert(io.open(path, "rb"))
  local codes = file:read("*a")
  file:close()
  if codes:sub(-1) ~= "\n" then codes = codes .. "\n" end
  local width = codes:find("\n", 1, true)
  -- Codes of one length are read by their place; others from a random byte to the next line,
  -- nearly uniform when their lengths differ little.
  local function every_line_as_wide()
    if #codes % width ~= 0 or select(2, codes:gsub("\n", "")) ~= #codes / width then return false end
    for at = width, #codes, width do
      if codes:byte(at) ~= 10 then return false end
    end
    return true
  end
  local fixed = every_line_as_wide()
  local count = math.floor(#codes / width)
  collectgarbage("setpause", 100)
  return function()
    if fixed then
      local start = (math.random(count) - 1) * width + 1
      return codes:sub(start, start + width - 2)
    end
    local start = codes:find("\n", math.random(#codes), true) % #codes + 1
    return codes:sub(start, codes:find("\n", start, true) - 1)
  end
end

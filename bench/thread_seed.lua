-- Each wrk thread runs its own copy of a script: seeded alike, they would ask for the same codes in
-- the same order, and every second request would find the page the first one had just kept.
--   dofile(<this file>)(seed)   defines wrk's setup and init so each thread has its own sequence
return function(seed)
  local threads = 0
  function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
  end
  function init(args)
    math.randomseed(seed + (id or 0))
  end
end

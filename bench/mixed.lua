-- wrk script of the shared warm-up: every read case of the run in turn, so the JIT compiles the
-- paths they share (HTTP, JSON, Hibernate, the driver) and each case's own before any is measured.
-- Environment: BENCH_PATHS, the cases' paths and queries separated by spaces.

local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/api/v1", "%S+") do
    paths[#paths + 1] = path
end
local next_path = 0

request = function()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

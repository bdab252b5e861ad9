-- wrk script of the write case: creates a regulatory event, then deletes it, over and over.
-- Each created event's id (from Location) is queued; the next request a connection sends deletes
-- the oldest queued event (If-Match "0", its first version), otherwise it creates one. So every
-- request is a real write, and the database ends the run with what it started with, apart from
-- the few events still queued when the run stops.
-- Environment: BENCH_PRODUCT (the product the events belong to), BENCH_TOKEN (optional bearer
-- token, sent as Authorization on every request).

local product = os.getenv("BENCH_PRODUCT")
local token = os.getenv("BENCH_TOKEN")
local queue = {}
local first, last = 1, 0
local created = 0

local body = string.format([[{"productId":"%s","agency":"EMA","type":"MAA_SUBMITTED",
"outcome":"NOT_APPLICABLE","date":"2024-03-01","datePrecision":"DAY","expected":false,
"description":"Benchmark write: marketing authorisation application submitted"}]], product)

local function headers(extra)
    local h = extra or {}
    if token ~= nil and token ~= "" then
        h["Authorization"] = "Bearer " .. token
    end
    return h
end

request = function()
    if first <= last then
        local id = queue[first]
        queue[first] = nil
        first = first + 1
        return wrk.format("DELETE", "/api/v1/regulatory-events/" .. id, headers({["If-Match"] = '"0"'}))
    end
    return wrk.format("POST", "/api/v1/regulatory-events",
        headers({["Content-Type"] = "application/json"}), body)
end

response = function(status, headers, body)
    if status == 201 then
        local location = headers["Location"] or headers["location"]
        if location ~= nil then
            last = last + 1
            queue[last] = location:match("([^/]+)$")
            created = created + 1
        end
    end
end

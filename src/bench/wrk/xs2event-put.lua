-- wrk script: PUT an XS2event guest-data body (the file given after '--') with the default API key.
--   wrk -t2 -c32 -d10s -s src/bench/wrk/xs2event-put.lua http://127.0.0.1:18083/v1/bookingorders/<id>_bor/guestdata -- src/bench/payloads/xs2event-put.json
-- Prints one "RESULT ..." line in the format of the shared harness's soap.lua.

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a")
  f:close()
  wrk.method = "PUT"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  wrk.headers["X-Api-Key"] = args[2] or "test"
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
    summary.requests, secs, summary.requests / secs, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end

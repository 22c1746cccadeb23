-- Shared by the wrk scripts of src/bench: at the end of a run, one machine-readable "RESULT ..." line
-- (the fields the shared harness's soap.lua prints that the scripts here read).
function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.3f rps=%.1f p99_us=%d err_status=%d err_timeout=%d\n",
    summary.requests, secs, summary.requests / secs, latency:percentile(99), e.status, e.timeout))
end

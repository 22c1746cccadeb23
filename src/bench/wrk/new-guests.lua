-- wrk script: UpdateGuestInfo calls of 200 guests each, every guest new (ids from a per-thread counter), in one event.
--   wrk -t2 -c16 -d60s -s src/bench/wrk/new-guests.lua http://127.0.0.1:18083/soap/V200611.ASMX -- SESSION_TOKEN RUN
-- Ids are R<run>-T<thread>-<n>: give each wrk run of a series its own RUN, or it rewrites the guests of the last.
-- Each guest carries the attributes a typical sync job sends (names, e-mail, company, city, two custom fields).
-- Prints one "RESULT ..." line; guests stored = 200 x the requests answered 200.

local counter = 0
thread_id = 0 -- set per thread by setup() (a global: thread:set writes globals)
local token = "session"
local run = "0"
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  token = args[1] or token
  run = args[2] or run
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
  wrk.headers["SOAPAction"] = '"http://api.cvent.com/2006-11/UpdateGuestInfo"'
end

local function guest(n)
  return string.format('<Guest Id="R%s-T%d-%010d" FirstName="First%d" LastName="Last%d" Email="guest%d@example.com" '
    .. 'Company="Company %d" City="Austin" State="TX" Participant="true">'
    .. '<CustomFieldDetail xmlns="http://schemas.cvent.com/api/2006-11" FieldId="F1" FieldName="Dietary Restrictions" FieldValue="None"/>'
    .. '<CustomFieldDetail xmlns="http://schemas.cvent.com/api/2006-11" FieldId="F2" FieldName="Session Track" FieldValue="Cloud"/>'
    .. '</Guest>', run, thread_id, n, n % 997, n % 991, n, n % 101)
end

function request()
  local parts = {}
  for i = 1, 200 do
    counter = counter + 1
    parts[i] = guest(counter)
  end
  local body = '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
    .. '<soap:Header><CventSessionHeader xmlns="http://api.cvent.com/2006-11"><CventSessionValue>' .. token
    .. '</CventSessionValue></CventSessionHeader></soap:Header><soap:Body><UpdateGuestInfo xmlns="http://api.cvent.com/2006-11">'
    .. '<EventId>EVT-SOAK</EventId><Guests>' .. table.concat(parts) .. '</Guests></UpdateGuestInfo></soap:Body></soap:Envelope>'
  return wrk.format(nil, nil, nil, body)
end

-- done(): the RESULT line, from result.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

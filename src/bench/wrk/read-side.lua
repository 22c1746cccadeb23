-- wrk script: the read side over the guests src/bench/bench.sh seeds (ids G0000000…, 10 events of 10,000 guests).
--   wrk -t2 -c8 -d10s -s src/bench/wrk/read-side.lua http://127.0.0.1:18083/soap/V200611.ASMX -- SESSION MODE
-- MODE: "search"   a Search over all 100,000 guests (LastName Equals, no event filter: a full scan, ~100 found);
--       "retrieve" a Retrieve of 200 guests;
--       "update"   an UpdateGuestInfo of the same 200 guests (the figure Retrieve is compared with).
-- Prints one "RESULT ..." line.

local function envelope(token, body)
  return '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
    .. '<soap:Header><CventSessionHeader xmlns="http://api.cvent.com/2006-11"><CventSessionValue>' .. token
    .. '</CventSessionValue></CventSessionHeader></soap:Header><soap:Body>' .. body .. '</soap:Body></soap:Envelope>'
end

function init(args)
  local token = args[1] or "session"
  local mode = args[2] or "search"
  local body
  if mode == "search" then
    body = '<Search xmlns="http://api.cvent.com/2006-11"><ObjectType>Guest</ObjectType>'
      .. '<CvSearchObject SearchType="AndSearch" xmlns="http://schemas.cvent.com/api/2006-11">'
      .. '<Filter><Field>LastName</Field><Operator>Equals</Operator><Value>Last77</Value></Filter>'
      .. '</CvSearchObject></Search>'
  elseif mode == "retrieve" then
    local ids = {}
    for i = 0, 199 do ids[#ids + 1] = string.format('<Id>G%07d</Id>', i) end
    body = '<Retrieve xmlns="http://api.cvent.com/2006-11"><ObjectType>Guest</ObjectType>'
      .. '<Ids xmlns="http://schemas.cvent.com/api/2006-11">' .. table.concat(ids) .. '</Ids></Retrieve>'
  else
    local guests = {}
    for i = 0, 199 do
      guests[#guests + 1] = string.format('<Guest Id="G%07d" FirstName="First%d" LastName="Last%d" '
        .. 'Email="guest%d@example.com" Company="Company %d" City="Austin"/>', i, i, i % 997, i, i % 101)
    end
    body = '<UpdateGuestInfo xmlns="http://api.cvent.com/2006-11"><EventId>BENCH-EVENT-0</EventId><Guests>'
      .. table.concat(guests) .. '</Guests></UpdateGuestInfo>'
  end
  local actions = {search = "Search", retrieve = "Retrieve", update = "UpdateGuestInfo"}
  wrk.method = "POST"
  wrk.body = envelope(token, body)
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
  wrk.headers["SOAPAction"] = '"http://api.cvent.com/2006-11/' .. actions[mode] .. '"'
end

-- done(): the RESULT line, from result.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

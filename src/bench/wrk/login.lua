-- wrk script: a client that logs in before every call (Login only), with the default account.
--   wrk -t2 -c32 -d10s -s src/bench/wrk/login.lua http://127.0.0.1:18083/soap/V200611.ASMX
-- Prints one "RESULT ..." line in the format of the shared harness's soap.lua.

function init(args)
  wrk.method = "POST"
  wrk.body = '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
    .. '<soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber>'
    .. '<UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>'
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
  wrk.headers["SOAPAction"] = '"http://api.cvent.com/2006-11/Login"'
end

-- done(): the RESULT line, from result.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

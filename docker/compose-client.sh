#!/usr/bin/env bash
# The client container of docker/compose.test.yaml: Login and ?WSDL against http://cvent-mock:8080 over bash's
# /dev/tcp, printing the ServerURL and the WSDL's address the emulator gives a client on this network.
set -euo pipefail
body='<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>'
exec 3<>/dev/tcp/cvent-mock/8080
printf 'POST /soap/V200611.ASMX HTTP/1.0\r\nHost: cvent-mock:8080\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: "http://api.cvent.com/2006-11/Login"\r\nContent-Length: %d\r\n\r\n%s' "${#body}" "$body" >&3
login=$(cat <&3)
echo "client: ServerURL $(echo "$login" | sed -n 's/.*ServerURL="\([^"]*\)".*/\1/p')"
exec 4<>/dev/tcp/cvent-mock/8080
printf 'GET /soap/V200611.ASMX?WSDL HTTP/1.0\r\nHost: cvent-mock:8080\r\n\r\n' >&4
wsdl=$(cat <&4)
echo "client: WSDL address $(echo "$wsdl" | sed -n 's/.*soap:address location="\([^"]*\)".*/\1/p' | head -n 1)"

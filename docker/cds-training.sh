#!/usr/bin/env bash
# Run once at image build: starts the server with -XX:ArchiveClassesAtExit, makes the calls a client's first
# minute makes (?WSDL, Login, UpdateGuestInfo, Retrieve, Search), stops it, and so leaves in ARCHIVE the classes
# they loaded, parsed and verified, for the image's JVM to map at every start instead of loading them again
# (an AppCDS archive; the JVM ignores it, with a warning, if it does not match).
#   cds-training.sh JAR ARCHIVE
set -euo pipefail
JAR="$1" ARCHIVE="$2" PORT=18765
java -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" --port "$PORT" > /tmp/cds-training.log 2>&1 &
pid=$!
http() { # method, path, soap action, body: prints the answer
  exec 3<>/dev/tcp/127.0.0.1/"$PORT"
  printf '%s %s HTTP/1.0\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: "http://api.cvent.com/2006-11/%s"\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "$3" "${#4}" "$4" >&3
  cat <&3
  exec 3>&-
}
for _ in $(seq 1 300); do
  (http GET "/soap/V200611.ASMX?WSDL" "" "" | head -n 1 | grep -q " 200 ") 2>/dev/null && break
  sleep 0.1
done
envelope() { # header value, body
  printf '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><CventSessionHeader xmlns="http://api.cvent.com/2006-11"><CventSessionValue>%s</CventSessionValue></CventSessionHeader></soap:Header><soap:Body>%s</soap:Body></soap:Envelope>' "$1" "$2"
}
login='<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>'
token=$(http POST /soap/V200611.ASMX Login "$login" | sed -n 's/.*CventSessionHeader="\([^"]*\)".*/\1/p')
[ -n "$token" ] || { cat /tmp/cds-training.log; echo "cds-training.sh: Login failed" >&2; exit 1; }
http POST /soap/V200611.ASMX UpdateGuestInfo "$(envelope "$token" '<UpdateGuestInfo xmlns="http://api.cvent.com/2006-11"><EventId>E</EventId><Guests><Guest Id="G1" FirstName="A" LastName="B" Email="a@b.example"/></Guests></UpdateGuestInfo>')" \
  | grep -q 'Success="true"' || { echo "cds-training.sh: UpdateGuestInfo failed" >&2; exit 1; }
http POST /soap/V200611.ASMX Retrieve "$(envelope "$token" '<Retrieve xmlns="http://api.cvent.com/2006-11"><ObjectType>Guest</ObjectType><Ids xmlns="http://schemas.cvent.com/api/2006-11"><Id>G1</Id></Ids></Retrieve>')" > /dev/null
http POST /soap/V200611.ASMX Search "$(envelope "$token" '<Search xmlns="http://api.cvent.com/2006-11"><ObjectType>Guest</ObjectType><CvSearchObject SearchType="AndSearch"/></Search>')" > /dev/null
kill -TERM "$pid"
wait "$pid" || true
[ -s "$ARCHIVE" ] || { cat /tmp/cds-training.log; echo "cds-training.sh: no archive written" >&2; exit 1; }
rm -f /tmp/cds-training.log

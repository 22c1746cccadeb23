package dev.cventmock.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Requests too large or too repetitive to commit as files, built from a case's "generate: KIND N" line. */
final class Generated {
    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap="
            + "\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\">"
            + "<EventId>EVT-H</EventId><Guests>";
    private static final String ENVELOPE_END = "</Guests></UpdateGuestInfo></soap:Body></soap:Envelope>";

    private static final String READ_START = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap="
            + "\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">"
            + "<CventSessionValue>" + HostileRequestsTest.VALID_SESSION + "</CventSessionValue></CventSessionHeader></soap:Header><soap:Body>";
    private static final String SEARCH_START = READ_START + "<Search xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Guest"
            + "</ObjectType><CvSearchObject SearchType=\"AndSearch\" xmlns=\"http://schemas.cvent.com/api/2006-11\">";
    private static final String SEARCH_END = "</CvSearchObject></Search></soap:Body></soap:Envelope>";

    private Generated() {
    }

    static byte[] request(String spec, StringBuilder head) {
        String[] parts = spec.split("\\s+");
        int n = Integer.parseInt(parts[1]);
        String body;
        switch (parts[0]) {
            case "deep" -> body = ENVELOPE_START + "<Guest Id=\"G1\">" + "<x>".repeat(n) + "</x>".repeat(n) + "</Guest>" + ENVELOPE_END;
            case "attributes" -> {
                StringBuilder g = new StringBuilder("<Guest Id=\"G1\"");
                for (int i = 0; i < n; i++) {
                    g.append(" a").append(i).append("=\"").append(i).append('"');
                }
                body = ENVELOPE_START + g + "/>" + ENVELOPE_END;
            }
            case "long-attribute" -> body = ENVELOPE_START + "<Guest Id=\"G1\" FirstName=\"" + "x".repeat(n) + "\"/>" + ENVELOPE_END;
            case "long-name" -> body = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><"
                    + "a".repeat(n) + "/></soap:Body></soap:Envelope>";
            case "large" -> {
                // declares the whole length, sends only the start: the size is refused from the header alone
                head.append("Content-Length: ").append(n).append("\r\nConnection: close\r\n\r\n");
                return HostileRequestsTest.concat(head.toString().getBytes(StandardCharsets.ISO_8859_1),
                        (ENVELOPE_START + "x".repeat(1000)).getBytes(StandardCharsets.UTF_8));
            }
            case "chunked" -> {
                head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
                ByteArrayOutputStream out = new ByteArrayOutputStream(n + 1024);
                byte[] chunk = ("<!--" + "x".repeat(8185) + "-->").getBytes(StandardCharsets.UTF_8);
                out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                for (int sent = 0; sent < n; sent += chunk.length) {
                    out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.writeBytes(chunk);
                    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                return out.toByteArray();
            }
            case "big-header" -> {
                head.append("X-Padding: ").append("a".repeat(n)).append("\r\n");
                body = "";
            }
            case "search-filters" -> body = SEARCH_START
                    + "<Filter><Field>LastName</Field><Operator>Equals</Operator><Value>x</Value></Filter>".repeat(n) + SEARCH_END;
            case "search-values" -> {
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    values.append("<Value>v").append(i).append("</Value>");
                }
                body = SEARCH_START + "<Filter><Field>LastName</Field><Operator>Includes</Operator><ValueArray>" + values
                        + "</ValueArray></Filter>" + SEARCH_END;
            }
            case "search-deep" -> body = SEARCH_START + "<Filter><Field>LastName</Field><Operator>Equals</Operator><Value>"
                    + "<x>".repeat(n) + "</x>".repeat(n) + "</Value></Filter>" + SEARCH_END;
            case "retrieve-ids" -> body = READ_START + "<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Guest"
                    + "</ObjectType><Ids xmlns=\"http://schemas.cvent.com/api/2006-11\">" + "<Id>1</Id>".repeat(n)
                    + "</Ids></Retrieve></soap:Body></soap:Envelope>";
            case "rest-large" -> body = "{\"items\": [{\"ticket_id\": \"" + "t".repeat(n) + "\", \"guests\": []}]}";
            default -> throw new IllegalArgumentException("unknown generator " + parts[0]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        return HostileRequestsTest.concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), bytes);
    }

    static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = indexOf(body, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

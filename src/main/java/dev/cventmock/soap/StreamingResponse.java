package dev.cventmock.soap;

import dev.cventmock.cvent.guests.GuestError;
import dev.cventmock.cvent.guests.GuestResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Login and UpdateGuestInfo answers written straight to bytes, in the vendor's shape: the envelope prefix
 * ASMX uses, default namespaces on the operation and result elements, the session header echoed as sent.
 */
final class StreamingResponse {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private StreamingResponse() {
    }

    static byte[] login(SoapVersion version, V200611Operations.LoginAnswer answer) {
        StringBuilder b = open(version, 256, null);
        b.append("<LoginResponse xmlns=\"").append(SoapOperation.API_NAMESPACE).append("\"><LoginResult xmlns=\"")
                .append(SoapOperation.SCHEMA_NAMESPACE).append("\" LoginSuccess=\"").append(answer.success()).append('"');
        attribute(b, "ServerURL", answer.serverUrl());
        attribute(b, "CventSessionHeader", answer.token());
        attribute(b, "ErrorMessage", answer.errorMessage());
        b.append("/></LoginResponse>");
        return close(version, b);
    }

    static byte[] updateGuestInfo(SoapVersion version, StreamingRequest.SessionHeader header, List<GuestResult> results) {
        StringBuilder b = open(version, 320 + 96 * results.size(), header);
        b.append("<UpdateGuestInfoResponse xmlns=\"").append(SoapOperation.API_NAMESPACE)
                .append("\"><UpdateGuestInfoResult xmlns=\"").append(SoapOperation.SCHEMA_NAMESPACE).append("\">");
        for (GuestResult r : results) {
            b.append("<UpdateGuestResult");
            attribute(b, "Id", r.id());
            attribute(b, "ReferenceId", r.referenceId());
            b.append(" Success=\"").append(r.success()).append('"');
            if (r.success()) {
                b.append("/>");
                continue;
            }
            b.append("><Errors>");
            for (GuestError e : r.errors()) {
                b.append("<Error");
                attribute(b, "Code", e.code());
                attribute(b, "Description", e.description());
                b.append("/>");
            }
            b.append("</Errors></UpdateGuestResult>");
        }
        b.append("</UpdateGuestInfoResult></UpdateGuestInfoResponse>");
        return close(version, b);
    }

    private static StringBuilder open(SoapVersion version, int capacity, StreamingRequest.SessionHeader header) {
        String p = prefix(version);
        StringBuilder b = new StringBuilder(capacity).append(DECLARATION).append('<').append(p).append(":Envelope xmlns:")
                .append(p).append("=\"").append(version.envelopeNamespace()).append("\">");
        if (header != null) {
            b.append('<').append(p).append(":Header><CventSessionHeader xmlns=\"").append(SoapOperation.API_NAMESPACE).append('"');
            int n = 0;
            for (String[] a : header.attributes()) {
                if (a[0].isEmpty()) {
                    attribute(b, a[1], a[2]);
                } else {
                    String ap = "a" + n++;
                    b.append(" xmlns:").append(ap).append("=\"");
                    escape(b, a[0]);
                    b.append('"');
                    attribute(b, ap + ":" + a[1], a[2]);
                }
            }
            b.append('>');
            if (header.value() != null) {
                b.append("<CventSessionValue>");
                escape(b, header.value());
                b.append("</CventSessionValue>");
            }
            b.append("</CventSessionHeader></").append(p).append(":Header>");
        }
        return b.append('<').append(p).append(":Body>");
    }

    private static byte[] close(SoapVersion version, StringBuilder b) {
        String p = prefix(version);
        b.append("</").append(p).append(":Body></").append(p).append(":Envelope>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String prefix(SoapVersion version) {
        return version == SoapVersion.SOAP_11 ? "soap" : "soap12";
    }

    private static void attribute(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(' ').append(name).append("=\"");
            escape(b, value);
            b.append('"');
        }
    }

    /** Escapes for attribute values and text; tab, newline and return as references so they survive parsing. */
    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
    }
}

package dev.cventmock.soap;

import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestError;
import dev.cventmock.cvent.guests.GuestResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;

/**
 * Login, UpdateGuestInfo and Retrieve answers written straight to bytes, in the vendor's shape: the envelope prefix
 * ASMX uses, default namespaces on the operation and result elements, the session header echoed as sent.
 */
final class StreamingResponse {
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

    private static final EventField[] EVENT_FIELDS = EventField.values();

    /**
     * Retrieve's answer: a {@code CvObject} per object with its {@code xsi:type}, Id first, then the attributes that have
     * a value in the WSDL's order (empty strings kept), then its custom fields.
     */
    static byte[] retrieve(SoapVersion version, StreamingRequest.SessionHeader header, List<Object> objects) {
        StringBuilder b = open(version, 512 + 640 * objects.size(), header);
        b.append("<RetrieveResponse xmlns=\"").append(SoapOperation.API_NAMESPACE).append("\"><RetrieveResult xmlns=\"")
                .append(SoapOperation.SCHEMA_NAMESPACE).append("\" xmlns:xsi=\"").append(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
                .append("\">");
        for (Object o : objects) {
            List<CustomField> custom;
            if (o instanceof Guest g) {
                b.append("<CvObject xsi:type=\"Guest\"");
                attribute(b, "Id", g.id());
                g.forEachText((f, text) -> attribute(b, f.wireName(), text)); // copied from where it is stored
                custom = g.customFields();
            } else {
                CventEvent e = (CventEvent) o;
                b.append("<CvObject xsi:type=\"Event\"");
                attribute(b, "Id", e.id());
                for (EventField f : EVENT_FIELDS) {
                    attribute(b, f.wireName(), e.get(f));
                }
                custom = e.customFields();
            }
            if (custom.isEmpty()) {
                b.append("/>");
                continue;
            }
            b.append('>');
            for (CustomField c : custom) {
                b.append("<CustomFieldDetail");
                attribute(b, "FieldName", c.fieldName());
                attribute(b, "FieldType", c.fieldType());
                attribute(b, "FieldValue", c.fieldValue());
                attribute(b, "FieldId", c.fieldId());
                b.append("/>");
            }
            b.append("</CvObject>");
        }
        b.append("</RetrieveResult></RetrieveResponse>");
        return close(version, b);
    }

    private static StringBuilder open(SoapVersion version, int capacity, StreamingRequest.SessionHeader header) {
        StringBuilder b = SoapEnvelopeText.open(version, capacity);
        if (header != null) {
            String p = SoapEnvelopeText.prefix(version);
            b.append('<').append(p).append(":Header><CventSessionHeader xmlns=\"").append(SoapOperation.API_NAMESPACE).append('"');
            int n = 0;
            for (String[] a : header.attributes()) {
                if (a[0].isEmpty()) {
                    attribute(b, a[1], a[2]);
                } else {
                    String ap = "a" + n++;
                    b.append(" xmlns:").append(ap).append("=\"");
                    XmlText.appendEscaped(b, a[0]);
                    b.append('"');
                    attribute(b, ap + ":" + a[1], a[2]);
                }
            }
            b.append('>');
            if (header.value() != null) {
                b.append("<CventSessionValue>");
                XmlText.appendEscaped(b, header.value());
                b.append("</CventSessionValue>");
            }
            b.append("</CventSessionHeader></").append(p).append(":Header>");
        }
        return SoapEnvelopeText.body(version, b);
    }

    private static byte[] close(SoapVersion version, StringBuilder b) {
        return SoapEnvelopeText.closeBody(version, b).getBytes(StandardCharsets.UTF_8);
    }

    private static void attribute(StringBuilder b, String name, CharSequence value) {
        if (value != null) {
            b.append(' ').append(name).append("=\"");
            XmlText.appendEscaped(b, value);
            b.append('"');
        }
    }
}

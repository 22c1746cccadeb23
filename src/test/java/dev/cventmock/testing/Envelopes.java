package dev.cventmock.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request envelopes in the shape of the vendor's samples (same prefixes, namespaces and layout). */
public final class Envelopes {
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final String OPEN_11 = "<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n";
    private static final String OPEN_12 = "<soap12:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap12=\"http://www.w3.org/2003/05/soap-envelope\">\n";

    private Envelopes() {
    }

    public static String login11(String account, String user, String password) {
        return wrap("soap", null, loginBody(account, user, password));
    }

    public static String login12(String account, String user, String password) {
        return wrap("soap12", null, loginBody(account, user, password));
    }

    /** UpdateGuestInfo over SOAP 1.1; token null = no header at all. */
    public static String update11(String token, String eventId, String... guests) {
        return wrap("soap", header(token), updateBody(eventId, guests));
    }

    public static String update12(String token, String eventId, String... guests) {
        return wrap("soap12", header(token), updateBody(eventId, guests));
    }

    /** A Guest element; attributes given as name, value pairs, in order. */
    public static String guest(String... attributes) {
        return guest(pairs(attributes));
    }

    public static String guest(Map<String, String> attributes, String... customFields) {
        StringBuilder b = new StringBuilder("        <Guest");
        attributes.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (customFields.length == 0) {
            return b.append(" />\n").toString();
        }
        b.append(">\n");
        for (String f : customFields) {
            b.append(f);
        }
        return b.append("        </Guest>\n").toString();
    }

    /** A CustomFieldDetail element; null members are left out. */
    public static String customField(String fieldId, String fieldName, String fieldType, String fieldValue) {
        StringBuilder b = new StringBuilder("          <CustomFieldDetail");
        if (fieldName != null) {
            b.append(" FieldName=\"").append(escape(fieldName)).append('"');
        }
        if (fieldType != null) {
            b.append(" FieldType=\"").append(escape(fieldType)).append('"');
        }
        if (fieldValue != null) {
            b.append(" FieldValue=\"").append(escape(fieldValue)).append('"');
        }
        if (fieldId != null) {
            b.append(" FieldId=\"").append(escape(fieldId)).append('"');
        }
        return b.append(" xmlns=\"http://schemas.cvent.com/api/2006-11\" />\n").toString();
    }

    public static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** A SOAP 1.1 call of any operation: the session header (none when {@code token} is null) and this Body content. */
    public static String call11(String token, String body) {
        return wrap("soap", header(token), body);
    }

    public static String call12(String token, String body) {
        return wrap("soap12", header(token), body);
    }

    /** A Search body; {@code searchType} null leaves the attribute out, {@code filters} from {@link #filter}. */
    public static String search(String objectType, String searchType, String... filters) {
        StringBuilder b = new StringBuilder("    <Search xmlns=\"http://api.cvent.com/2006-11\">\n      <ObjectType>")
                .append(escape(objectType)).append("</ObjectType>\n      <CvSearchObject")
                .append(searchType == null ? "" : " SearchType=\"" + escape(searchType) + "\"")
                .append(" xmlns=\"http://schemas.cvent.com/api/2006-11\">\n");
        for (String f : filters) {
            b.append(f);
        }
        return b.append("      </CvSearchObject>\n    </Search>\n").toString();
    }

    /** A Filter with a Value. */
    public static String filter(String field, String operator, String value) {
        return "        <Filter><Field>" + escape(field) + "</Field><Operator>" + escape(operator) + "</Operator>"
                + (value == null ? "" : "<Value>" + escape(value) + "</Value>") + "</Filter>\n";
    }

    /** A Filter with a ValueArray. */
    public static String filterArray(String field, String operator, String... values) {
        StringBuilder b = new StringBuilder("        <Filter><Field>").append(escape(field)).append("</Field><Operator>")
                .append(escape(operator)).append("</Operator><ValueArray>");
        for (String v : values) {
            b.append("<Value>").append(escape(v)).append("</Value>");
        }
        return b.append("</ValueArray></Filter>\n").toString();
    }

    public static String retrieve(String objectType, String... ids) {
        StringBuilder b = new StringBuilder("    <Retrieve xmlns=\"http://api.cvent.com/2006-11\">\n      <ObjectType>")
                .append(escape(objectType)).append("</ObjectType>\n      <Ids xmlns=\"http://schemas.cvent.com/api/2006-11\">");
        for (String id : ids) {
            b.append("<Id>").append(escape(id)).append("</Id>");
        }
        return b.append("</Ids>\n    </Retrieve>\n").toString();
    }

    /** GetUpdated or GetDeleted ({@code operation}). */
    public static String changes(String operation, String objectType, String start, String end) {
        return "    <" + operation + " xmlns=\"http://api.cvent.com/2006-11\">\n      <ObjectType>" + escape(objectType)
                + "</ObjectType>\n      <StartDate>" + escape(start) + "</StartDate>\n      <EndDate>" + escape(end)
                + "</EndDate>\n    </" + operation + ">\n";
    }

    public static String describeGlobal() {
        return "    <DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />\n";
    }

    public static String describeCvObject(String... types) {
        StringBuilder b = new StringBuilder("    <DescribeCvObject xmlns=\"http://api.cvent.com/2006-11\">\n      "
                + "<ObjectTypes xmlns=\"http://schemas.cvent.com/api/2006-11\">");
        for (String t : types) {
            b.append("<CvObjectType>").append(escape(t)).append("</CvObjectType>");
        }
        return b.append("</ObjectTypes>\n    </DescribeCvObject>\n").toString();
    }

    private static String header(String token) {
        if (token == null) {
            return null;
        }
        return "    <CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">\n"
                + "      <CventSessionValue>" + escape(token) + "</CventSessionValue>\n"
                + "    </CventSessionHeader>\n";
    }

    private static String loginBody(String account, String user, String password) {
        return "    <Login xmlns=\"http://api.cvent.com/2006-11\">\n"
                + "      <AccountNumber>" + escape(account) + "</AccountNumber>\n"
                + "      <UserName>" + escape(user) + "</UserName>\n"
                + "      <Password>" + escape(password) + "</Password>\n"
                + "    </Login>\n";
    }

    private static String updateBody(String eventId, String... guests) {
        StringBuilder b = new StringBuilder("    <UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\">\n");
        if (eventId != null) {
            b.append("      <EventId>").append(escape(eventId)).append("</EventId>\n");
        }
        b.append("      <Guests>\n");
        for (String g : guests) {
            b.append(g);
        }
        return b.append("      </Guests>\n    </UpdateGuestInfo>\n").toString();
    }

    private static String wrap(String prefix, String header, String body) {
        StringBuilder b = new StringBuilder(DECL).append(prefix.equals("soap") ? OPEN_11 : OPEN_12);
        if (header != null) {
            b.append("  <").append(prefix).append(":Header>\n").append(header).append("  </").append(prefix).append(":Header>\n");
        }
        return b.append("  <").append(prefix).append(":Body>\n").append(body).append("  </").append(prefix)
                .append(":Body>\n</").append(prefix).append(":Envelope>\n").toString();
    }
}

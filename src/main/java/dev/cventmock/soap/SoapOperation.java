package dev.cventmock.soap;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The operations of the V200611 contract this emulator implements, with their body element and soapAction, and
 * whether the streaming engine serves them (the hot ones); Metro's endpoint serves them all.
 */
public enum SoapOperation {
    LOGIN("Login", true),
    UPDATE_GUEST_INFO("UpdateGuestInfo", true),
    SEARCH("Search", false),
    RETRIEVE("Retrieve", true),
    GET_UPDATED("GetUpdated", false),
    GET_DELETED("GetDeleted", false),
    DESCRIBE_GLOBAL("DescribeGlobal", false),
    DESCRIBE_CV_OBJECT("DescribeCvObject", false);

    public static final String API_NAMESPACE = "http://api.cvent.com/2006-11";
    public static final String SCHEMA_NAMESPACE = "http://schemas.cvent.com/api/2006-11";

    private final String wireName;
    private final String action;
    private final boolean streamed;

    SoapOperation(String wireName, boolean streamed) {
        this.wireName = wireName;
        this.action = API_NAMESPACE + "/" + wireName;
        this.streamed = streamed;
    }

    /** True when the streaming engine answers this operation itself; the others always go to Metro. */
    boolean streamed() {
        return streamed;
    }

    public String wireName() {
        return wireName;
    }

    /** e.g. {@code http://api.cvent.com/2006-11/Login}. */
    public String action() {
        return action;
    }

    /** The operation whose request element this is, or null. */
    public static SoapOperation ofElement(String namespace, String localName) {
        if (!API_NAMESPACE.equals(namespace)) {
            return null;
        }
        for (SoapOperation op : values()) {
            if (op.wireName.equals(localName)) {
                return op;
            }
        }
        return null;
    }

    /** The operation a SOAPAction value (quoted or not) names, or null. */
    public static SoapOperation ofAction(String action) {
        String a = unquote(action);
        for (SoapOperation op : values()) {
            if (op.action.equals(a)) {
                return op;
            }
        }
        return null;
    }

    static String unquote(String action) {
        String a = action.strip();
        if (a.length() >= 2 && a.startsWith("\"") && a.endsWith("\"")) {
            a = a.substring(1, a.length() - 1);
        }
        return a;
    }

    /** SOAP 1.1: the SOAPAction header; SOAP 1.2: the media type's action parameter. Null when absent. */
    static String actionOf(SoapVersion version, String soapActionHeader, String contentType) {
        if (version == SoapVersion.SOAP_11) {
            return soapActionHeader;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "action=", 0, 7)) {
                return p.substring(7);
            }
        }
        return null;
    }

    /** True when the action is absent or empty (it is optional) or names this operation. */
    static boolean actionAgrees(String action, SoapOperation operation) {
        return action == null || unquote(action).isEmpty() || ofAction(action) == operation;
    }

    /** "Login, UpdateGuestInfo, Search, …": for messages that name what is supported. */
    public static String supportedList() {
        return Arrays.stream(values()).map(SoapOperation::wireName).collect(Collectors.joining(", "));
    }
}

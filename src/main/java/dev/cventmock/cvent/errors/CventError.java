package dev.cventmock.cvent.errors;

/**
 * The Cvent error codes the emulator answers with: the code, the symbolic name Cvent puts in a fault's
 * faultstring, and the message of Cvent's published error table (used as a per-guest error Description).
 */
public enum CventError {
    UNKNOWN_EXCEPTION("CV10000", "Unknown exception"),
    INVALID_SOAP_REQUEST("CV10001", "Server exception - transaction cancelled"),
    INVALID_CVENT_HEADER_VALUE("CV10104", "Invalid Cvent header value"),
    SESSION_EXPIRED("CV10105", "Session expired"),
    INVALID_SEARCH_FILTER("CV20010", "Invalid search filter"),
    /** A filter's date that does not parse: Cvent's table has no code of its own for it, so the filter family's. */
    INVALID_DATE_VALUE("CV20010", "Invalid date value"),
    TOO_MANY_RESULTS("CV20012", "Too many IDs returned"),
    INVALID_DATE_RANGE("CV20013", "Invalid date range"),
    INVALID_SEARCH_OPERATOR("CV20015", "Invalid search operator"),
    NO_ID_PROVIDED("CV20018", "No ID provided"),
    TOO_MANY_IDS_PROVIDED("CV20021", "Too many IDs provided"),
    EXCEED_API_CALL_LIMIT("CV30100", "Exceed API call limit"),
    INVALID_EMAIL("CV40102", "Invalid format for email address"),
    ID_REQUIRED("CV40113", "ID is required"),
    DUPLICATE_CUSTOM_FIELD_ID("CV40116", "Duplicated Custom Field Detail object - FieldId(s) are not unique"),
    DUPLICATE_ID("CV40118", "Duplicate ID"),
    INVALID_CC_EMAIL("CV40119", "Invalid format for cc email-address"),
    ID_DOES_NOT_EXIST("CV50103", "ID does not exist in this account"),
    INVALID_EVENT_ID("CV70109", "Invalid event ID");

    private final String code;
    private final String message;

    CventError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** e.g. {@code CV10104}. */
    public String code() {
        return code;
    }

    /** The UPPER_SNAKE name Cvent uses as faultstring, e.g. {@code INVALID_CVENT_HEADER_VALUE}. */
    public String symbol() {
        return name();
    }

    /** The message of Cvent's error table. */
    public String message() {
        return message;
    }

    /** True when the caller is at fault (a SOAP 1.2 Sender fault), false for the server's own failures. */
    public boolean isClientError() {
        return this != UNKNOWN_EXCEPTION;
    }
}

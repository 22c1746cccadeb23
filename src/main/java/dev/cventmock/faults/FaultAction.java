package dev.cventmock.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a matched rule does instead of (or before) the normal answer. In a JVM, make one with the factories
 * ({@link #soapFault}, {@link #delay}, ...); the admin API's JSON fills the members by name.
 *
 * @param code        soapFault / guestError: the Cvent code, e.g. CV10000
 * @param string      soapFault: the faultstring, e.g. UNKNOWN_EXCEPTION
 * @param description guestError: the error's Description
 * @param ms          delay: milliseconds to wait before answering normally
 * @param status      httpStatus: the HTTP status
 * @param body        httpStatus: the response body (may be empty)
 */
public record FaultAction(Type type, String code, String string, String description, Long ms, Integer status, String body) {
    public static final long MAX_DELAY_MS = 120_000;

    public enum Type {
        SOAP_FAULT("soapFault"),
        GUEST_ERROR("guestError"),
        DELAY("delay"),
        HTTP_STATUS("httpStatus"),
        DROP_CONNECTION("dropConnection"),
        MALFORMED_RESPONSE("malformedResponse");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Type of(String name) {
            for (Type t : values()) {
                if (t.wireName.equalsIgnoreCase(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown action type '" + name + "'; one of "
                    + Arrays.stream(values()).map(Type::wireName).toList());
        }
    }

    /** Checks the members the type needs; throws IllegalArgumentException naming what is missing or wrong. */
    public FaultAction {
        if (type == null) {
            throw new IllegalArgumentException("action.type is required");
        }
        switch (type) {
            case SOAP_FAULT -> {
                require(code, "action.code");
                require(string, "action.string");
            }
            case GUEST_ERROR -> {
                require(code, "action.code");
                require(description, "action.description");
            }
            case DELAY -> {
                if (ms == null || ms < 0 || ms > MAX_DELAY_MS) {
                    throw new IllegalArgumentException("action.ms must be 0.." + MAX_DELAY_MS);
                }
            }
            case HTTP_STATUS -> {
                if (status == null || status < 100 || status > 599) {
                    throw new IllegalArgumentException("action.status must be an HTTP status (100..599)");
                }
            }
            default -> {
                // nothing to configure
            }
        }
        if (code != null && !code.matches("[A-Za-z0-9_.-]{1,32}")) {
            throw new IllegalArgumentException("action.code must be 1-32 letters, digits, '_', '.', '-': " + code);
        }
        code = code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** A SOAP fault in Cvent's format: {@code soapFault("CV10000", "UNKNOWN_EXCEPTION")}; nothing is stored. */
    public static FaultAction soapFault(String code, String faultString) {
        return new FaultAction(Type.SOAP_FAULT, code, faultString, null, null, null, null);
    }

    /** The guests a rule names fail with this error; the call's other guests are applied. */
    public static FaultAction guestError(String code, String description) {
        return new FaultAction(Type.GUEST_ERROR, code, null, description, null, null, null);
    }

    /** Waits, then answers normally (at most {@link #MAX_DELAY_MS}). */
    public static FaultAction delay(Duration delay) {
        return new FaultAction(Type.DELAY, null, null, null, delay.toMillis(), null, null);
    }

    /** That HTTP answer instead of the call's. */
    public static FaultAction httpStatus(int status, String body) {
        return new FaultAction(Type.HTTP_STATUS, null, null, null, null, status, body);
    }

    /** Closes the connection without an answer. */
    public static FaultAction dropConnection() {
        return new FaultAction(Type.DROP_CONNECTION, null, null, null, null, null, null);
    }

    /** HTTP 200 with an envelope cut off in the middle. */
    public static FaultAction malformedResponse() {
        return new FaultAction(Type.MALFORMED_RESPONSE, null, null, null, null, null, null);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required for this action type");
        }
    }
}

package dev.cventmock.journal;

import java.util.Locale;

/**
 * How a call ended, as the console and {@code GET /__admin/requests?outcome=} sort calls: a client looking for what
 * went wrong wants the per-guest errors and the refused logins apart from faults and HTTP errors.
 */
public enum Outcome {
    /** Answered in full: every guest applied, every id found or not, a login granted. */
    OK,
    /** Answered with 200, but one or more guests of an UpdateGuestInfo came back with an error. */
    GUEST_ERROR,
    /** A Login answered LoginSuccess=false (wrong password, locked out). */
    DENIED,
    /** A SOAP fault. */
    FAULT,
    /** Any other HTTP error: a refused request, an XS2event error, an injected status, a dropped connection. */
    HTTP_ERROR;

    /** The name on the wire: ok, guest-error, denied, fault, http-error. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome a wire name names, or null. */
    public static Outcome fromWireName(String name) {
        for (Outcome o : values()) {
            if (o.wireName().equalsIgnoreCase(name)) {
                return o;
            }
        }
        return null;
    }
}

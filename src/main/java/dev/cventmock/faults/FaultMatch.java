package dev.cventmock.faults;

import dev.cventmock.journal.CallContext;

/**
 * Which calls a fault rule applies to; every criterion is optional (null matches anything). Ids are compared
 * without regard to case. {@code operation} is the SOAP operation or REST route name; {@code eventId} the
 * Cvent event or XS2event booking order.
 */
public record FaultMatch(String operation, String eventId, String guestId, String messageId) {
    public static final FaultMatch ANY = new FaultMatch(null, null, null, null);

    /** True when matching needs what is inside the request body, not only its operation. */
    public boolean needsBody() {
        return eventId != null || guestId != null || messageId != null;
    }

    public boolean matches(CallContext call) {
        if (operation != null && !operation.equalsIgnoreCase(call.operation())) {
            return false;
        }
        if (eventId != null && !eventId.equalsIgnoreCase(call.eventId())) {
            return false;
        }
        if (guestId != null && call.guestIds().stream().noneMatch(guestId::equalsIgnoreCase)) {
            return false;
        }
        return messageId == null || call.messageIds().stream().anyMatch(messageId::equals);
    }

    /** For guest errors: whether this guest of a matched call is one the rule means. */
    public boolean matchesGuest(String id, String guestMessageId) {
        return (guestId == null || guestId.equalsIgnoreCase(id))
                && (messageId == null || messageId.equals(guestMessageId));
    }
}

package dev.cventmock.cvent.reads;

import java.util.List;

/**
 * The object types the read side serves, and the names of every type V200611 defines (so that a valid type the
 * emulator does not hold gets its own, clear fault rather than "unknown type").
 */
public enum CvObjectKind {
    GUEST("Guest"),
    EVENT("Event");

    /** The values of the contract's CvObjectType enumeration (as served in the WSDL). */
    public static final List<String> CONTRACT_TYPES = List.of("Budget", "BudgetItem", "Contact", "ContactGroup", "Event",
            "EventDetail", "EventEmailHistory", "EventQuestion", "Guest", "Invitee", "MeetingRequest",
            "MeetingRequestUser", "Proposal", "RateHistory", "Registration", "Respondent", "Response", "RFP", "Supplier",
            "SupplierProposal", "SupplierRFP", "Survey", "SurveyAnswer", "SurveyEmailHistory", "Transaction", "Travel",
            "User", "UserGroup", "UserRole");

    private final String wireName;

    CvObjectKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The kind with exactly this name (the enumeration is case-sensitive on the wire), or null. */
    public static CvObjectKind of(String name) {
        for (CvObjectKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}

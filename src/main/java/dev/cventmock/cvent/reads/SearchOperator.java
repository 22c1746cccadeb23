package dev.cventmock.cvent.reads;

/** Cvent's search operators, by the exact strings of the contract's CvSearchOperatorType. */
public enum SearchOperator {
    EQUALS("Equals"),
    NOT_EQUAL_TO("Not Equal to"),
    LESS_THAN("Less than"),
    GREATER_THAN("Greater than"),
    LESS_THAN_OR_EQUAL_TO("Less than or Equal to"),
    GREATER_THAN_OR_EQUAL_TO("Greater than or Equal to"),
    CONTAINS("Contains"),
    DOES_NOT_CONTAIN("Does not Contain"),
    STARTS_WITH("Starts with"),
    INCLUDES("Includes"),
    EXCLUDES("Excludes");

    private final String wireName;

    SearchOperator(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The operator with exactly this name, or null. */
    public static SearchOperator of(String name) {
        for (SearchOperator o : values()) {
            if (o.wireName.equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** Operators over a set of values (ValueArray). */
    boolean takesValueArray() {
        return this == INCLUDES || this == EXCLUDES;
    }

    /** Operators that only make sense on text. */
    boolean isTextual() {
        return this == CONTAINS || this == DOES_NOT_CONTAIN || this == STARTS_WITH;
    }

    /** Operators that order values. */
    boolean isOrdering() {
        return this == LESS_THAN || this == GREATER_THAN || this == LESS_THAN_OR_EQUAL_TO || this == GREATER_THAN_OR_EQUAL_TO;
    }
}

package dev.cventmock.xs2event.bookings;

import java.util.List;
import java.util.Locale;

/**
 * A ticket's guest-data requirement: these fields, for every person or only the lead guest, needed before
 * checkout or before the tickets can be downloaded.
 */
public record Requirement(List<String> fields, Scope scope, Condition condition) {
    public Requirement {
        fields = List.copyOf(fields);
        for (String f : fields) {
            if (!GuestFields.isField(f)) {
                throw new IllegalArgumentException("requirement names an unknown guest field '" + f + "'");
            }
        }
    }

    public enum Scope {
        ALL_PERSONS, LEAD_GUEST;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Scope of(String s) {
            for (Scope v : values()) {
                if (v.wireName().equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("scope must be all_persons or lead_guest: '" + s + "'");
        }
    }

    public enum Condition {
        PRE_CHECKOUT, PRE_DOWNLOAD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Condition of(String s) {
            for (Condition v : values()) {
                if (v.wireName().equals(s)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("condition must be pre_checkout or pre_download: '" + s + "'");
        }
    }

    /** Whether this requirement asks anything of this guest. */
    boolean appliesTo(GuestRecord guest) {
        return scope == Scope.ALL_PERSONS || guest.isLeadGuest();
    }
}

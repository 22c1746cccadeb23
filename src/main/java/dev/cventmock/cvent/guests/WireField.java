package dev.cventmock.cvent.guests;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An attribute of a Cvent object (Guest, Event): its name on the wire and the kind of its values. */
public interface WireField {
    /** The attribute name exactly as the contract spells it. */
    String wireName();

    FieldKind kind();

    /** The fields by wire name without regard to case, for {@link #find}. */
    static <F extends WireField> Map<String, F> index(F[] fields) {
        Map<String, F> byName = new HashMap<>();
        for (F f : fields) {
            byName.put(f.wireName().toLowerCase(Locale.ROOT), f);
        }
        return byName;
    }

    /** The field of {@code index} with that wire name (case-insensitive), or null. */
    static <F extends WireField> F find(Map<String, F> index, String name) {
        return name == null ? null : index.get(name.toLowerCase(Locale.ROOT));
    }
}

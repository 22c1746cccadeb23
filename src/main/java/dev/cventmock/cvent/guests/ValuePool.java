package dev.cventmock.cvent.guests;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct short value (event titles, companies, cities, custom-field names…), so a
 * value repeated by thousands of guests is held once. Bounded in value length and in entries: past the
 * bound, values are simply not shared.
 */
final class ValuePool {
    static final int MAX_LENGTH = 64;
    static final int MAX_ENTRIES = 262_144;

    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    String share(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return value;
        }
        String shared = values.get(value);
        if (shared != null) {
            return shared;
        }
        if (values.size() >= MAX_ENTRIES) {
            return value;
        }
        shared = values.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    CustomField share(CustomField f) {
        return new CustomField(share(f.fieldId()), share(f.fieldName()), share(f.fieldType()), share(f.fieldValue()));
    }

    void clear() {
        values.clear();
    }
}

package dev.cventmock.cvent.guests;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct short value (event titles, companies, cities, custom-field names…) and per
 * distinct custom field (the same answer to the same question, given by many guests), so a value repeated by
 * thousands of guests is held once. Bounded in value length and in entries: past the bound, values are simply not
 * shared.
 */
final class ValuePool {
    static final int MAX_LENGTH = 64;
    static final int MAX_ENTRIES = 262_144;
    static final int MAX_SHARED_LIST = 8;

    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<CustomField, CustomField> fields = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<CustomField>, List<CustomField>> lists = new ConcurrentHashMap<>();

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
        CustomField shared = fields.get(f);
        if (shared != null) {
            return shared;
        }
        CustomField made = new CustomField(share(f.fieldId()), share(f.fieldName()), share(f.fieldType()), share(f.fieldValue()));
        if (fields.size() >= MAX_ENTRIES || !poolable(f.fieldId()) || !poolable(f.fieldName()) || !poolable(f.fieldType())
                || !poolable(f.fieldValue())) {
            return made;
        }
        shared = fields.putIfAbsent(made, made);
        return shared == null ? made : shared;
    }

    /**
     * One list per distinct short set of shared custom fields (guests who gave the same answers), so a guest holds a
     * reference, not a list of its own. Longer lists, or lists with an unshared field, are kept as they are.
     */
    List<CustomField> share(List<CustomField> list) {
        if (list.isEmpty() || list.size() > MAX_SHARED_LIST) {
            return list;
        }
        List<CustomField> shared = lists.get(list);
        if (shared != null) {
            return shared;
        }
        for (CustomField f : list) {
            if (fields.get(f) != f) {
                return list;
            }
        }
        if (lists.size() >= MAX_ENTRIES) {
            return list;
        }
        List<CustomField> copy = List.copyOf(list);
        shared = lists.putIfAbsent(copy, copy);
        return shared == null ? copy : shared;
    }

    private static boolean poolable(String value) {
        return value == null || value.length() <= MAX_LENGTH;
    }

    void clear() {
        values.clear();
        fields.clear();
        lists.clear();
    }
}

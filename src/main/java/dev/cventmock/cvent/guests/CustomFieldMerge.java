package dev.cventmock.cvent.guests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays a client's custom-field updates over a guest's stored entries, each update merged into the first entry it
 * denotes ({@link CustomField#sameFieldAs}) or appended. Scanning the entries for every update costs stored × sent
 * comparisons, which a single request with many custom fields made quadratic (100,000 entries: 47 s of a core); past
 * a few entries the entries are found through hash indexes instead, so the merge is linear in what it reads.
 */
final class CustomFieldMerge {
    /** Below this many comparisons a plain scan is cheaper than building indexes (the usual 1-5 custom fields). */
    static final int SCAN_BELOW = 64;

    private CustomFieldMerge() {
    }

    static List<CustomField> merge(List<CustomField> stored, List<CustomField> updates) {
        if (updates.isEmpty()) {
            return stored;
        }
        long comparisons = (long) (stored.size() + updates.size()) * updates.size();
        return comparisons < SCAN_BELOW ? byScan(stored, updates) : byIndex(stored, updates);
    }

    /** The definition itself: every update compared with every entry, first match wins. */
    static List<CustomField> byScan(List<CustomField> stored, List<CustomField> updates) {
        List<CustomField> merged = new ArrayList<>(stored);
        for (CustomField update : updates) {
            int at = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (update.sameFieldAs(merged.get(i))) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                merged.set(at, merged.get(at).mergedWith(update));
            } else {
                merged.add(update);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * The same result through two indexes: FieldId to the first entry with it (ids never change in a merge), and
     * FieldName to the positions of every entry with it, ordered, since an update matched by id may rename an entry
     * and the first entry of a name must then be found again.
     */
    static List<CustomField> byIndex(List<CustomField> stored, List<CustomField> updates) {
        List<CustomField> merged = new ArrayList<>(stored.size() + updates.size());
        Map<String, Integer> byId = new HashMap<>();
        Map<String, TreeSet<Integer>> byName = new HashMap<>();
        for (CustomField entry : stored) {
            add(merged, byId, byName, entry);
        }
        for (CustomField update : updates) {
            Integer at = null;
            if (update.fieldId() != null) {
                at = byId.get(fold(update.fieldId()));
            } else if (update.fieldName() != null) {
                TreeSet<Integer> named = byName.get(fold(update.fieldName()));
                at = named == null ? null : named.first();
            }
            if (at == null) {
                add(merged, byId, byName, update);
                continue;
            }
            CustomField before = merged.get(at);
            CustomField after = before.mergedWith(update);
            merged.set(at, after);
            if (!sameName(before.fieldName(), after.fieldName())) {
                unindexName(byName, before.fieldName(), at);
                indexName(byName, after.fieldName(), at);
            }
        }
        return List.copyOf(merged);
    }

    private static void add(List<CustomField> merged, Map<String, Integer> byId, Map<String, TreeSet<Integer>> byName,
                            CustomField entry) {
        int at = merged.size();
        merged.add(entry);
        if (entry.fieldId() != null) {
            byId.putIfAbsent(fold(entry.fieldId()), at);
        }
        indexName(byName, entry.fieldName(), at);
    }

    private static void indexName(Map<String, TreeSet<Integer>> byName, String name, int at) {
        if (name != null) {
            byName.computeIfAbsent(fold(name), k -> new TreeSet<>()).add(at);
        }
    }

    private static void unindexName(Map<String, TreeSet<Integer>> byName, String name, int at) {
        if (name != null) {
            String key = fold(name);
            TreeSet<Integer> named = byName.get(key);
            named.remove(at);
            if (named.isEmpty()) {
                byName.remove(key);
            }
        }
    }

    private static boolean sameName(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    /** A key equal for two strings exactly when {@link String#equalsIgnoreCase} says they are equal. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }
}

package dev.cventmock.xs2event.bookings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problems found in a request, by the path of the bad value ({@code items[0].guests[1].date_of_birth}). */
public final class ValidationErrors {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String path, String message) {
        errors.putIfAbsent(path, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(errors);
    }
}

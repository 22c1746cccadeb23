package dev.cventmock.cvent.reads;

import dev.cventmock.cvent.guests.FieldKind;
import java.util.function.Function;

/**
 * One field of an object type as DescribeCvObject reports it and Search reads it.
 *
 * @param location  DescribeCvObject's ObjectLocation, e.g. {@code /Guest} or {@code /Guest/CustomFieldDetail}
 * @param dataType  the observed vocabulary: {@code string}, {@code GUID}, {@code Date Time}, {@code Boolean}, {@code Integer}
 * @param maxLength for strings and GUIDs, else null
 * @param value     reads the field of an object; null for a field Search cannot read (custom-field members)
 */
public record ObjectField<T>(String name, String location, FieldKind kind, String dataType, Integer maxLength,
                             boolean searchable, boolean required, boolean readOnly, Function<T, String> value) {

    static <T> ObjectField<T> of(String name, String location, FieldKind kind, boolean guid, Integer maxLength,
                                 boolean searchable, boolean required, boolean readOnly, Function<T, String> value) {
        String dataType = switch (kind) {
            case TEXT -> guid ? "GUID" : "string";
            case DATE_TIME -> "Date Time";
            case BOOLEAN -> "Boolean";
            case INTEGER -> "Integer";
        };
        return new ObjectField<>(name, location, kind, dataType, kind == FieldKind.TEXT ? maxLength : null, searchable,
                required, readOnly, value);
    }

    /** True for a GUID: compared as text, without regard to case, like every text. */
    boolean isGuid() {
        return dataType.equals("GUID");
    }
}

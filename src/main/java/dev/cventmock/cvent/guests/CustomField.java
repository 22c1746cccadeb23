package dev.cventmock.cvent.guests;

/**
 * One CustomFieldDetail of a guest. Any member may be null (not sent). Entries are identified by
 * {@code fieldId}, or by {@code fieldName} when they carry no id.
 */
public record CustomField(String fieldId, String fieldName, String fieldType, String fieldValue) {

    /** True when both denote the same custom field: same FieldId, or, lacking ids, the same FieldName. */
    public boolean sameFieldAs(CustomField other) {
        if (fieldId != null && other.fieldId != null) {
            return fieldId.equalsIgnoreCase(other.fieldId);
        }
        if (fieldId == null && fieldName != null) {
            return fieldName.equalsIgnoreCase(other.fieldName);
        }
        return false;
    }

    /**
     * This entry with every member {@code update} sent laid over it; the member that identified the entry
     * (FieldId, or FieldName when matched by name) keeps its stored spelling.
     */
    public CustomField mergedWith(CustomField update) {
        boolean matchedByName = update.fieldId == null;
        return new CustomField(
                fieldId != null ? fieldId : update.fieldId,
                update.fieldName != null && !(matchedByName && fieldName != null) ? update.fieldName : fieldName,
                update.fieldType != null ? update.fieldType : fieldType,
                update.fieldValue != null ? update.fieldValue : fieldValue);
    }
}

package dev.cventmock.cvent.guests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes of a Cvent guest, in the contract's order, each with its wire name and value kind.
 * The order matters: it is the order in which guests are written back out.
 */
public enum GuestField implements WireField {
    EVENT_ID("EventID", FieldKind.TEXT),
    CONTACT_ID("ContactID", FieldKind.TEXT),
    EVENT_TITLE("EventTitle", FieldKind.TEXT),
    EVENT_CODE("EventCode", FieldKind.TEXT),
    GUEST_CONFIRMATION_NUMBER("GuestConfirmationNumber", FieldKind.TEXT),
    REGISTRATION_ID("RegistrationID", FieldKind.TEXT),
    FIRST_NAME("FirstName", FieldKind.TEXT),
    MIDDLE_NAME("MiddleName", FieldKind.TEXT),
    LAST_NAME("LastName", FieldKind.TEXT),
    NICKNAME("Nickname", FieldKind.TEXT),
    GENDER("Gender", FieldKind.TEXT),
    DATE_OF_BIRTH("DateOfBirth", FieldKind.DATE_TIME),
    SOCIAL_SECURITY_NUMBER("SocialSecurityNumber", FieldKind.TEXT),
    NATIONAL_IDENTIFICATION_NUMBER("NationalIdentificationNumber", FieldKind.TEXT),
    PASSPORT_NUMBER("PassportNumber", FieldKind.TEXT),
    PASSPORT_COUNTRY("PassportCountry", FieldKind.TEXT),
    COMPANY("Company", FieldKind.TEXT),
    DESIGNATION("Designation", FieldKind.TEXT),
    TITLE("Title", FieldKind.TEXT),
    PHONE("Phone", FieldKind.TEXT),
    MOBILE("Mobile", FieldKind.TEXT),
    EMAIL("Email", FieldKind.TEXT),
    CC_EMAIL("CCEmail", FieldKind.TEXT),
    ADDRESS_1("Address1", FieldKind.TEXT),
    ADDRESS_2("Address2", FieldKind.TEXT),
    ADDRESS_3("Address3", FieldKind.TEXT),
    CITY("City", FieldKind.TEXT),
    STATE("State", FieldKind.TEXT),
    REGISTRATION_DATE("RegistrationDate", FieldKind.DATE_TIME),
    CREATED_DATE("CreatedDate", FieldKind.DATE_TIME),
    CREATED_BY("CreatedBy", FieldKind.TEXT),
    LAST_MODIFIED_DATE("LastModifiedDate", FieldKind.DATE_TIME),
    LAST_MODIFIED_BY("LastModifiedBy", FieldKind.TEXT),
    LAST_OPT_OUT_DATE("LastOptOutDate", FieldKind.DATE_TIME),
    OPTED_OUT("OptedOut", FieldKind.BOOLEAN),
    PARTICIPANT("Participant", FieldKind.BOOLEAN),
    STATUS("Status", FieldKind.TEXT),
    COUNTRY("Country", FieldKind.TEXT),
    COUNTRY_CODE("CountryCode", FieldKind.TEXT),
    POSTAL_CODE("PostalCode", FieldKind.TEXT),
    IS_OBFUSCATED("IsObfuscated", FieldKind.BOOLEAN),
    NATIONAL_PROVIDER_IDENTIFIER("NationalProviderIdentifier", FieldKind.TEXT);

    private static final GuestField[] ALL = values();
    private static final Map<String, GuestField> BY_WIRE_NAME = WireField.index(ALL);
    private static final Map<String, GuestField> BY_EXACT_NAME = new HashMap<>();

    static {
        for (GuestField f : ALL) {
            BY_EXACT_NAME.put(f.wireName, f);
        }
    }

    private final String wireName;
    private final FieldKind kind;

    GuestField(String wireName, FieldKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    /**
     * Whether values of this field repeat across guests and are worth sharing; identity-like fields (ids,
     * confirmation numbers, personal numbers, e-mail and phones) are unique per guest and are not pooled.
     */
    boolean isShared() {
        return switch (this) {
            case CONTACT_ID, GUEST_CONFIRMATION_NUMBER, REGISTRATION_ID, SOCIAL_SECURITY_NUMBER,
                    NATIONAL_IDENTIFICATION_NUMBER, PASSPORT_NUMBER, EMAIL, PHONE, MOBILE, NATIONAL_PROVIDER_IDENTIFIER -> false;
            default -> true;
        };
    }

    /** Values the emulator keeps itself; whatever a client sends for these is ignored. */
    public boolean isServerManaged() {
        return this == CREATED_DATE || this == CREATED_BY || this == LAST_MODIFIED_DATE || this == LAST_MODIFIED_BY;
    }

    /** The field with exactly that wire name (XML names are case-sensitive), or null. */
    public static GuestField exactly(String name) {
        return BY_EXACT_NAME.get(name);
    }

    /** The field with that wire name (case-insensitive), or null. */
    public static GuestField byWireName(String name) {
        return WireField.find(BY_WIRE_NAME, name);
    }

    /** Every field, in the WSDL's attribute order. */
    public static List<GuestField> list() {
        return List.of(ALL);
    }

    static GuestField[] all() {
        return ALL;
    }

    static int count() {
        return ALL.length;
    }
}

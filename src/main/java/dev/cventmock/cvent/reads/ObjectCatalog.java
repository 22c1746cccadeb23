package dev.cventmock.cvent.reads;

import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.FieldKind;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the emulator tells of Guest and Event: every field with its data type, length, and whether Search reads it
 * ({@code DescribeCvObject}), the object's flags, and the field lookup Search uses (names matched without regard
 * to case or surrounding blanks, so {@code EventId} and {@code EventID} are one field).
 */
public final class ObjectCatalog<T> {
    /** Guest fields Cvent documents as searchable. */
    private static final Set<String> GUEST_SEARCHABLE = Set.of("Id", "EventID", "ContactID", "EventTitle", "EventCode",
            "GuestConfirmationNumber", "RegistrationID", "FirstName", "MiddleName", "LastName", "Nickname", "Company",
            "Designation", "City", "RegistrationDate", "CreatedDate", "CreatedBy", "LastModifiedDate", "LastModifiedBy",
            "LastOptOutDate", "OptedOut", "Participant", "IsObfuscated");
    private static final Set<String> GUEST_GUIDS = Set.of("EventID", "ContactID", "RegistrationID");
    /** Lengths from the same-meaning fields of Cvent's Contact description; the rest are the emulator's choice. */
    private static final Map<String, Integer> GUEST_LENGTHS = Map.ofEntries(
            Map.entry("EventID", 36), Map.entry("ContactID", 36), Map.entry("RegistrationID", 36),
            Map.entry("EventTitle", 300), Map.entry("EventCode", 18), Map.entry("GuestConfirmationNumber", 30),
            Map.entry("FirstName", 30), Map.entry("MiddleName", 30), Map.entry("Nickname", 30), Map.entry("LastName", 50),
            Map.entry("Company", 100), Map.entry("Designation", 30), Map.entry("Title", 100), Map.entry("Phone", 30),
            Map.entry("Mobile", 30), Map.entry("Email", 80), Map.entry("CCEmail", 80), Map.entry("Address1", 40),
            Map.entry("Address2", 40), Map.entry("Address3", 40), Map.entry("City", 40), Map.entry("State", 50),
            Map.entry("PassportNumber", 100), Map.entry("PassportCountry", 100), Map.entry("SocialSecurityNumber", 11),
            Map.entry("NationalIdentificationNumber", 25), Map.entry("Gender", 50), Map.entry("CreatedBy", 50),
            Map.entry("LastModifiedBy", 50), Map.entry("Status", 30), Map.entry("Country", 100),
            Map.entry("CountryCode", 10), Map.entry("PostalCode", 20), Map.entry("NationalProviderIdentifier", 10));
    /** Guest fields a client cannot set: kept by the emulator, or taken from the event. */
    private static final Set<String> GUEST_READ_ONLY = Set.of("GuestConfirmationNumber", "CreatedDate", "CreatedBy",
            "LastModifiedDate", "LastModifiedBy");
    /** Event fields Search reads (the emulator's choice: Cvent documents none for Event in V200611's pages). */
    private static final Set<String> EVENT_SEARCHABLE = Set.of("Id", "EventTitle", "EventCode", "EventStartDate",
            "EventEndDate", "EventLaunchDate", "EventStatus", "Capacity", "Category", "Currency", "PlanningStatus",
            "Hidden", "Location", "City", "State", "StateCode", "Country", "CountryCode", "PostalCode",
            "PlannerFirstName", "PlannerLastName", "PlannerEmailAddress", "LastModifiedDate", "CreatedBy");
    private static final Map<String, Integer> EVENT_LENGTHS = Map.of("EventTitle", 300, "EventCode", 18,
            "EventDescription", 4000, "InternalNote", 4000, "CountryCode", 10, "StateCode", 10, "Currency", 10);

    public static final ObjectCatalog<Guest> GUEST = guest();
    public static final ObjectCatalog<CventEvent> EVENT = event();

    private final String name;
    private final Flags flags;
    private final List<ObjectField<T>> fields;
    private final Map<String, ObjectField<T>> byName = new HashMap<>();

    /** DescribeCvObject's object flags. */
    public record Flags(boolean creatable, boolean updateable, boolean deletable, boolean replicateable,
                        boolean retrieveable, boolean searchable) {
    }

    /** Id first, then {@code attributes} in the contract's order, then the custom-field members. */
    private ObjectCatalog(String name, Flags flags, Function<T, String> id, List<ObjectField<T>> attributes) {
        this.name = name;
        this.flags = flags;
        String at = "/" + name;
        List<ObjectField<T>> all = new ArrayList<>();
        all.add(ObjectField.of("Id", at, FieldKind.TEXT, true, 36, true, true, true, id));
        all.addAll(attributes);
        customFieldMembers(at + "/CustomFieldDetail", all);
        this.fields = List.copyOf(all);
        for (ObjectField<T> f : all) {
            if (f.value() != null) {
                byName.put(normalise(f.name()), f);
            }
        }
    }

    public String name() {
        return name;
    }

    public Flags flags() {
        return flags;
    }

    /** Every field, in the contract's order: Id, the attributes, then the custom-field members. */
    public List<ObjectField<T>> fields() {
        return fields;
    }

    /** The attribute a Search filter names, or null when there is none by that name. */
    ObjectField<T> field(String name) {
        return name == null ? null : byName.get(normalise(name));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static ObjectCatalog<Guest> guest() {
        String at = "/Guest";
        List<ObjectField<Guest>> fields = new ArrayList<>();
        for (GuestField f : GuestField.values()) {
            String n = f.wireName();
            fields.add(ObjectField.of(n, at, f.kind(), GUEST_GUIDS.contains(n), GUEST_LENGTHS.get(n),
                    GUEST_SEARCHABLE.contains(n), false, GUEST_READ_ONLY.contains(n), g -> g.get(f)));
        }
        return new ObjectCatalog<>("Guest", new Flags(false, true, false, true, true, true), Guest::id, fields);
    }

    private static ObjectCatalog<CventEvent> event() {
        String at = "/Event";
        List<ObjectField<CventEvent>> fields = new ArrayList<>();
        for (EventField f : EventField.values()) {
            String n = f.wireName();
            fields.add(ObjectField.of(n, at, f.kind(), n.equals("MerchantAccountId"), EVENT_LENGTHS.getOrDefault(n, 100),
                    EVENT_SEARCHABLE.contains(n), false, true, e -> e.get(f)));
        }
        return new ObjectCatalog<>("Event", new Flags(false, false, false, true, true, true), CventEvent::id, fields);
    }

    /** CustomFieldDetail's members, described under {@code <object>/CustomFieldDetail}; Search does not read them. */
    private static <T> void customFieldMembers(String location, List<ObjectField<T>> fields) {
        fields.add(ObjectField.of("FieldName", location, FieldKind.TEXT, false, 50, false, false, false, null));
        fields.add(ObjectField.of("FieldType", location, FieldKind.TEXT, false, 30, false, false, false, null));
        fields.add(ObjectField.of("FieldValue", location, FieldKind.TEXT, false, 300, false, false, false, null));
        fields.add(ObjectField.of("FieldId", location, FieldKind.TEXT, true, 36, false, false, false, null));
    }
}

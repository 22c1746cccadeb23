package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.junit.MutableClock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored guest keeps its unique values in one Latin-1 array, and reads, updates and compares them as before. */
class PackedValuesTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    final GuestStore store = new GuestStore();
    final GuestService service = new GuestService(store, MutableClock.at("2026-11-21T10:00:00Z"), UpdatePolicy.lenient());

    Guest update(GuestChange.Builder change) {
        GuestResult r = service.update(EVENT, List.of(change.build()), "api_user").get(0);
        assertTrue(r.success(), r.toString());
        return store.find(EVENT, r.id());
    }

    static GuestChange.Builder guest() {
        return GuestChange.builder().id("G1");
    }

    @Test
    void uniqueValuesAreHeldInOneArrayNotAsStringsOfTheirOwn() {
        Guest g = update(guest().set(GuestField.EMAIL, "ann@example.com").set(GuestField.PHONE, "+1 555 0100")
                .set(GuestField.CONTACT_ID, "C-1").set(GuestField.FIRST_NAME, "Ann"));

        String[] unpacked = g.valuesCopy();
        assertNull(unpacked[GuestField.EMAIL.ordinal()]);
        assertNull(unpacked[GuestField.PHONE.ordinal()]);
        assertNull(unpacked[GuestField.GUEST_CONFIRMATION_NUMBER.ordinal()]);
        assertNotNull(g.packed());
        assertEquals("Ann", unpacked[GuestField.FIRST_NAME.ordinal()]); // a shared value stays the pool's String
        assertEquals("ann@example.com", g.get(GuestField.EMAIL));
        assertEquals("+1 555 0100", g.get(GuestField.PHONE));
        assertEquals("C-1", g.get(GuestField.CONTACT_ID));
        assertEquals(11, g.get(GuestField.GUEST_CONFIRMATION_NUMBER).length());
        assertNull(g.get(GuestField.MOBILE));
        Map<GuestField, String> texts = new HashMap<>();
        g.forEachText((f, text) -> texts.put(f, text == null ? null : text.toString()));
        assertEquals(GuestField.values().length, texts.size());
        for (GuestField f : GuestField.values()) {
            assertEquals(g.get(f), texts.get(f), f.wireName());
        }
    }

    @Test
    void latin1EmptyLongAndOtherCharactersReadBackAsSent() {
        String latin1 = "José Müller ÿ";
        String chinese = "王小明";
        String longValue = "x".repeat(70_000);
        Guest g = update(guest().set(GuestField.REGISTRATION_ID, latin1).set(GuestField.PHONE, "").set(GuestField.MOBILE, chinese)
                .set(GuestField.PASSPORT_NUMBER, longValue));

        assertEquals(latin1, g.get(GuestField.REGISTRATION_ID));
        assertEquals("", g.get(GuestField.PHONE));
        assertEquals(chinese, g.get(GuestField.MOBILE));
        assertEquals(longValue, g.get(GuestField.PASSPORT_NUMBER));
        assertEquals(chinese, g.valuesCopy()[GuestField.MOBILE.ordinal()]); // not Latin-1: kept as a String
        assertEquals(longValue, g.valuesCopy()[GuestField.PASSPORT_NUMBER.ordinal()]); // past two length bytes
        Map<GuestField, String> parts = new HashMap<>();
        g.forEachText((f, text) -> {
            if (f == GuestField.REGISTRATION_ID) {
                parts.put(f, text.subSequence(5, 7).toString());
            }
        });
        assertEquals("Mü", parts.get(GuestField.REGISTRATION_ID));
    }

    @Test
    void anUpdateThatResendsTheStoredValuesKeepsTheArrayAndOneThatChangesAValueKeepsTheOthers() {
        Guest first = update(guest().set(GuestField.EMAIL, "ann@example.com").set(GuestField.PHONE, "1"));
        Guest same = update(guest().set(GuestField.EMAIL, "ann@example.com").set(GuestField.PHONE, "1"));
        assertSame(first.packed(), same.packed());

        Guest changed = update(guest().set(GuestField.PHONE, "2"));
        assertNotSame(first.packed(), changed.packed());
        assertEquals("ann@example.com", changed.get(GuestField.EMAIL));
        assertEquals("2", changed.get(GuestField.PHONE));
        assertEquals(first.get(GuestField.GUEST_CONFIRMATION_NUMBER), changed.get(GuestField.GUEST_CONFIRMATION_NUMBER));

        Guest wide = update(guest().set(GuestField.PHONE, "電話"));
        assertEquals("電話", wide.get(GuestField.PHONE)); // a stored packed entry gives way to a String
        assertEquals("ann@example.com", wide.get(GuestField.EMAIL));
        Guest back = update(guest().set(GuestField.PHONE, "3"));
        assertEquals("3", back.get(GuestField.PHONE));
        assertNull(back.valuesCopy()[GuestField.PHONE.ordinal()]);
    }

    @Test
    void theConfirmationNumberStaysReadOnlyWhenPacked() {
        Guest first = update(guest().set(GuestField.GUEST_CONFIRMATION_NUMBER, "ABC123"));
        Guest again = update(guest().set(GuestField.GUEST_CONFIRMATION_NUMBER, "XYZ999"));
        assertEquals("ABC123", first.get(GuestField.GUEST_CONFIRMATION_NUMBER));
        assertEquals("ABC123", again.get(GuestField.GUEST_CONFIRMATION_NUMBER));
    }

    @Test
    void guestsCompareByTheirValuesWhicheverWayTheyAreHeld() {
        Guest stored = update(guest().set(GuestField.EMAIL, "ann@example.com").set(GuestField.FIRST_NAME, "Ann"));
        Guest seeded = Guest.of("G1", stored.fields(), stored.customFields());
        assertEquals(stored, seeded);
        assertEquals(stored.hashCode(), seeded.hashCode());
        assertEquals(stored.fields(), seeded.fields());
        assertTrue(Arrays.asList(GuestField.values()).stream().allMatch(f -> java.util.Objects.equals(stored.get(f), seeded.get(f))));
    }

    @Test
    void guestsWithTheSameCustomFieldAnswersShareOneList() {
        CustomField diet = new CustomField("F1", "Diet", "Choice", "Vegetarian");
        CustomField shirt = new CustomField("F2", "Shirt", "Choice", "M");
        Guest a = update(GuestChange.builder().id("G1").customField(diet).customField(shirt));
        Guest b = update(GuestChange.builder().id("G2").customField(diet).customField(shirt));
        assertSame(a.customFields(), b.customFields());
        assertEquals(List.of(diet, shirt), a.customFields());

        Guest changed = update(GuestChange.builder().id("G2").customField(new CustomField("F2", "Shirt", "Choice", "L")));
        assertEquals("L", changed.customFields().get(1).fieldValue());
        assertEquals("M", store.find(EVENT, "G1").customFields().get(1).fieldValue());
    }
}

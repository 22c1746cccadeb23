package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.junit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuestServiceTest {
    static final String EVENT = "6C3B5E5A-2F4D-4B8E-9C1A-7D2E8F0A1B3C";
    final MutableClock clock = MutableClock.at("2026-11-21T10:00:00Z");
    final GuestStore store = new GuestStore();
    final GuestService service = new GuestService(store, clock, UpdatePolicy.lenient());

    static GuestChange.Builder guest(String id) {
        return GuestChange.builder().id(id);
    }

    List<GuestResult> update(GuestChange... changes) {
        return service.update(EVENT, Arrays.asList(changes), "api_user");
    }

    @Nested
    class CustomFieldLimit {
        private GuestChange.Builder withCustomFields(GuestChange.Builder b, int from, int count) {
            for (int i = from; i < from + count; i++) {
                b.customField(new CustomField("F" + i, "Field " + i, "Text", "v" + i));
            }
            return b;
        }

        @Test
        void aGuestMayCarryAsManyCustomFieldsAsTheLimit() {
            List<GuestResult> r = update(withCustomFields(guest("G1"), 0, Guest.MAX_CUSTOM_FIELDS).build());
            assertTrue(r.get(0).success(), r.toString());
            assertEquals(Guest.MAX_CUSTOM_FIELDS, store.find(EVENT, "G1").customFields().size());
        }

        @Test
        void oneMoreFailsThatGuestOnlyAndKeepsWhatWasStored() {
            update(guest("G1").set(GuestField.FIRST_NAME, "Ann").build());
            Guest before = store.find(EVENT, "G1");
            List<GuestResult> r = update(withCustomFields(guest("G1"), 0, 100_000).build(), guest("G2").build());

            assertEquals(CventError.INVALID_SOAP_REQUEST.code(), r.get(0).errors().get(0).code());
            assertTrue(r.get(0).errors().get(0).description().contains("at most " + Guest.MAX_CUSTOM_FIELDS), r.toString());
            assertTrue(r.get(1).success());
            assertSame(before, store.find(EVENT, "G1"));
        }

        @Test
        void updatesThatWouldGrowAStoredGuestPastTheLimitFail() {
            update(withCustomFields(guest("G1"), 0, Guest.MAX_CUSTOM_FIELDS - 1).build());
            List<GuestResult> r = update(withCustomFields(guest("G1"), 5_000, 2).build());
            assertFalse(r.get(0).success());
            assertEquals(Guest.MAX_CUSTOM_FIELDS - 1, store.find(EVENT, "G1").customFields().size());

            List<GuestResult> overwrite = update(withCustomFields(guest("G1"), 0, 10).build()); // same ids: no growth
            assertTrue(overwrite.get(0).success());
        }

        @Test
        void changesKeepOnlyOneMoreThanTheLimitInMemory() {
            GuestChange c = withCustomFields(guest("G1"), 0, 50_000).build();
            assertEquals(50_000, c.customFieldsSent());
            assertEquals(Guest.MAX_CUSTOM_FIELDS + 1, c.customFields().size());
        }

        @Test
        void seedingAGuestWithTooManyIsRefused() {
            List<CustomField> many = new ArrayList<>();
            for (int i = 0; i <= Guest.MAX_CUSTOM_FIELDS; i++) {
                many.add(new CustomField("F" + i, null, null, null));
            }
            assertThrows(IllegalArgumentException.class, () -> Guest.of("G1", Map.of(GuestField.EVENT_ID, EVENT), many));
        }
    }

    @Nested
    class Merging {
        @Test
        void anUpdateWritesWhatWasSentAndKeepsTheRest() {
            update(guest("G1").set(GuestField.FIRST_NAME, "Ann").set(GuestField.LAST_NAME, "Lee").set(GuestField.CITY, "Austin").build());
            update(guest("G1").set(GuestField.CITY, "Boston").build());

            Guest g = store.find(EVENT, "G1");
            assertEquals("Ann", g.get(GuestField.FIRST_NAME));
            assertEquals("Lee", g.get(GuestField.LAST_NAME));
            assertEquals("Boston", g.get(GuestField.CITY));
        }

        @Test
        void anEmptyStringIsAValueAndClearsTheAttribute() {
            update(guest("G1").set(GuestField.MOBILE, "+1 555").build());
            update(guest("G1").set(GuestField.MOBILE, "").build());
            assertEquals("", store.find(EVENT, "G1").get(GuestField.MOBILE));
        }

        @Test
        void customFieldsMergeByFieldIdKeepingMembersNotSent() {
            update(guest("G1")
                    .customField(new CustomField("F1", "Diet", "Choice", "None"))
                    .customField(new CustomField("F2", "Track", "Choice", "Data"))
                    .build());
            update(guest("G1").customField(new CustomField("f1", null, null, "Vegan")).build());

            List<CustomField> fields = store.find(EVENT, "G1").customFields();
            assertEquals(List.of(new CustomField("F1", "Diet", "Choice", "Vegan"), new CustomField("F2", "Track", "Choice", "Data")), fields);
        }

        @Test
        void customFieldsWithoutIdMergeByFieldName() {
            update(guest("G1").customField(new CustomField(null, "T-Shirt", "Text", "M")).build());
            update(guest("G1").customField(new CustomField(null, "t-shirt", null, "L"))
                    .customField(new CustomField(null, "Hotel", null, "Yes")).build());

            assertEquals(List.of(new CustomField(null, "T-Shirt", "Text", "L"), new CustomField(null, "Hotel", null, "Yes")),
                    store.find(EVENT, "G1").customFields());
        }

        @Test
        void theServerManagesCreatedAndModifiedStampsAndIgnoresClientValues() {
            update(guest("G1").set(GuestField.CREATED_BY, "mallory").set(GuestField.CREATED_DATE, "1999-01-01T00:00:00")
                    .set(GuestField.LAST_MODIFIED_BY, "mallory").build());
            Guest created = store.find(EVENT, "G1");
            assertEquals("api_user", created.get(GuestField.CREATED_BY));
            assertEquals("2026-11-21T10:00:00", created.get(GuestField.CREATED_DATE));
            assertEquals("api_user", created.get(GuestField.LAST_MODIFIED_BY));
            assertEquals("2026-11-21T10:00:00", created.get(GuestField.LAST_MODIFIED_DATE));

            clock.advance(Duration.ofMinutes(5));
            service.update(EVENT, List.of(guest("G1").set(GuestField.CITY, "Paris").build()), "other_user");
            Guest updated = store.find(EVENT, "G1");
            assertEquals("api_user", updated.get(GuestField.CREATED_BY));
            assertEquals("2026-11-21T10:00:00", updated.get(GuestField.CREATED_DATE));
            assertEquals("other_user", updated.get(GuestField.LAST_MODIFIED_BY));
            assertEquals("2026-11-21T10:05:00", updated.get(GuestField.LAST_MODIFIED_DATE));
        }

        @Test
        void stampsAreWholeSecondsOfTheClockAndGuestsOfOneSecondShareOne() {
            clock.advance(Duration.ofMillis(999));
            update(guest("G1").build());
            clock.advance(Duration.ofMillis(1)); // the next second begins
            update(guest("G2").build());
            update(guest("G3").build());
            assertEquals("2026-11-21T10:00:00", store.find(EVENT, "G1").get(GuestField.LAST_MODIFIED_DATE));
            assertEquals("2026-11-21T10:00:01", store.find(EVENT, "G2").get(GuestField.LAST_MODIFIED_DATE));
            assertSame(store.find(EVENT, "G2").get(GuestField.LAST_MODIFIED_DATE),
                    store.find(EVENT, "G3").get(GuestField.LAST_MODIFIED_DATE));
            clock.advance(Duration.ofHours(-1)); // a clock set back is followed
            update(guest("G4").build());
            assertEquals("2026-11-21T09:00:01", store.find(EVENT, "G4").get(GuestField.LAST_MODIFIED_DATE));
        }

        @Test
        void theConfirmationNumberIsKeptFromCreationAndReadOnlyAfterwards() {
            update(guest("G1").set(GuestField.GUEST_CONFIRMATION_NUMBER, "3LY22RRRV2L").build());
            update(guest("G1").set(GuestField.GUEST_CONFIRMATION_NUMBER, "CHANGED").build());
            assertEquals("3LY22RRRV2L", store.find(EVENT, "G1").get(GuestField.GUEST_CONFIRMATION_NUMBER));
        }

        @Test
        void aGuestCreatedWithoutConfirmationNumberGetsOne() {
            update(guest("G1").build());
            assertTrue(store.find(EVENT, "G1").get(GuestField.GUEST_CONFIRMATION_NUMBER).matches("[A-Z0-9]{11}"));
        }

        @Test
        void idsAreMatchedWithoutRegardToCaseAndKeepTheirFirstSpelling() {
            update(guest("abc-1").set(GuestField.CITY, "A").build());
            List<GuestResult> r = update(guest("ABC-1").set(GuestField.CITY, "B").build());
            assertEquals("abc-1", r.get(0).id());
            assertEquals(1, store.size());
            assertEquals("B", store.find(EVENT, "Abc-1").get(GuestField.CITY));
        }

        @Test
        void booleansAreStoredCanonically() {
            update(guest("G1").set(GuestField.OPTED_OUT, "1").set(GuestField.PARTICIPANT, "false").build());
            assertEquals("true", store.find(EVENT, "G1").get(GuestField.OPTED_OUT));
            assertEquals("false", store.find(EVENT, "G1").get(GuestField.PARTICIPANT));
        }
    }

    @Nested
    class LenientMode {
        @Test
        void anUnknownIdIsCreated() {
            List<GuestResult> r = update(guest("NEW-ID").messageId("m1").set(GuestField.FIRST_NAME, "Bo").build());
            assertEquals(new GuestResult("NEW-ID", "m1", List.of()), r.get(0));
            assertEquals("Bo", store.find(EVENT, "NEW-ID").get(GuestField.FIRST_NAME));
            assertEquals(EVENT, store.find(EVENT, "NEW-ID").eventId());
        }

        @Test
        void aGuestWithoutIdIsCreatedWithANewUppercaseGuid() {
            GuestResult r = update(guest(null).set(GuestField.FIRST_NAME, "Cy").build()).get(0);
            assertTrue(r.success());
            assertTrue(r.id().matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"), r.id());
            assertEquals("Cy", store.find(EVENT, r.id()).get(GuestField.FIRST_NAME));
        }

        @Test
        void aGuestWithoutIdIsMatchedByConfirmationNumber() {
            update(guest("G1").set(GuestField.GUEST_CONFIRMATION_NUMBER, "CONF123").set(GuestField.CITY, "A").build());
            GuestResult r = update(guest(null).set(GuestField.GUEST_CONFIRMATION_NUMBER, "conf123").set(GuestField.CITY, "B").build()).get(0);
            assertEquals("G1", r.id());
            assertEquals(1, store.size());
            assertEquals("B", store.find(EVENT, "G1").get(GuestField.CITY));
        }

        @Test
        void twoIdlessGuestsWithOneNewConfirmationNumberBecomeOneGuest() {
            List<GuestResult> r = update(
                    guest(null).set(GuestField.GUEST_CONFIRMATION_NUMBER, "NEWCONF").set(GuestField.CITY, "A").build(),
                    guest(null).set(GuestField.GUEST_CONFIRMATION_NUMBER, "NEWCONF").set(GuestField.STATE, "TX").build());
            assertEquals(r.get(0).id(), r.get(1).id());
            Guest g = store.find(EVENT, r.get(0).id());
            assertEquals("A", g.get(GuestField.CITY));
            assertEquals("TX", g.get(GuestField.STATE));
        }

        @Test
        void guestsLivePerEvent() {
            update(guest("G1").set(GuestField.CITY, "A").build());
            service.update("OTHER-EVENT", List.of(guest("G1").set(GuestField.CITY, "B").build()), "u");
            assertEquals("A", store.find(EVENT, "G1").get(GuestField.CITY));
            assertEquals("B", store.find("OTHER-EVENT", "G1").get(GuestField.CITY));
        }
    }

    @Nested
    class StrictMode {
        final GuestService strict = new GuestService(store, clock, new UpdatePolicy(true, 200));

        @Test
        void aGuestWithoutIdFailsWithIdRequired() {
            GuestResult r = strict.update(EVENT, List.of(guest(null).messageId("m").build()), "u").get(0);
            assertEquals(List.of(new GuestError("CV40113", "ID is required")), r.errors());
            assertEquals(0, store.size());
        }

        @Test
        void anUnknownIdFailsWithIdDoesNotExist() {
            GuestResult r = strict.update(EVENT, List.of(guest("NOPE").build()), "u").get(0);
            assertEquals(List.of(new GuestError("CV50103", "ID does not exist in this account")), r.errors());
            assertNull(store.find(EVENT, "NOPE"));
        }

        @Test
        void aKnownIdIsUpdated() {
            update(guest("G1").set(GuestField.CITY, "A").build());
            GuestResult r = strict.update(EVENT, List.of(guest("G1").set(GuestField.CITY, "B").build()), "u").get(0);
            assertTrue(r.success());
            assertEquals("B", store.find(EVENT, "G1").get(GuestField.CITY));
        }
    }

    @Nested
    class PerGuestValidation {
        @Test
        void aGuestOfAnotherEventFailsWhileTheOthersAreApplied() {
            List<GuestResult> r = update(
                    guest("G1").set(GuestField.EVENT_ID, "SOME-OTHER-EVENT").set(GuestField.CITY, "X").build(),
                    guest("G2").set(GuestField.EVENT_ID, EVENT.toLowerCase()).set(GuestField.CITY, "Y").build());
            assertEquals(List.of(new GuestError("CV70109", "Invalid event ID")), r.get(0).errors());
            assertTrue(r.get(1).success());
            assertNull(store.find(EVENT, "G1"));
            assertEquals("Y", store.find(EVENT, "G2").get(GuestField.CITY));
        }

        @Test
        void repeatsOfAnIdInOneCallFailAndTheFirstIsApplied() {
            List<GuestResult> r = update(
                    guest("G1").set(GuestField.CITY, "first").build(),
                    guest("g1").set(GuestField.CITY, "second").build(),
                    guest("G1").set(GuestField.CITY, "third").build());
            assertTrue(r.get(0).success());
            assertEquals("CV40118", r.get(1).errors().get(0).code());
            assertEquals("CV40118", r.get(2).errors().get(0).code());
            assertEquals("first", store.find(EVENT, "G1").get(GuestField.CITY));
        }

        @Test
        void duplicateCustomFieldIdsWithinAGuestFail() {
            GuestResult r = update(guest("G1")
                    .customField(new CustomField("F1", "A", null, "1"))
                    .customField(new CustomField("f1", "B", null, "2")).build()).get(0);
            assertEquals("CV40116", r.errors().get(0).code());
            assertNull(store.find(EVENT, "G1"));
        }

        @Test
        void malformedEmailAndCcEmailFailWithTheirOwnCodes() {
            GuestResult r = update(guest("G1").set(GuestField.EMAIL, "not-an-email").set(GuestField.CC_EMAIL, "a@b").build()).get(0);
            assertEquals(List.of("CV40102", "CV40119"), r.errors().stream().map(GuestError::code).toList());
            assertEquals("Invalid format for email address", r.errors().get(0).description());
        }

        @Test
        void wellFormedAddressesPass() {
            GuestResult r = update(guest("G1").set(GuestField.EMAIL, "james.okafor@northwind.example.com")
                    .set(GuestField.CC_EMAIL, "a@x.example; b+tag@y.example").build()).get(0);
            assertTrue(r.success(), r.toString());
        }

        @Test
        void aNilGuestFailsWithIdRequired() {
            List<GuestChange> changes = new ArrayList<>();
            changes.add(null);
            GuestResult r = service.update(EVENT, changes, "u").get(0);
            assertEquals("CV40113", r.errors().get(0).code());
        }
    }

    @Nested
    class WholeCallErrors {
        @Test
        void aMissingOrBlankEventIdIsRefused() {
            for (String eventId : new String[] {null, "", "  "}) {
                CventException e = assertThrows(CventException.class,
                        () -> service.update(eventId, List.of(guest("G1").build()), "u"));
                assertEquals(CventError.NO_ID_PROVIDED, e.error());
            }
        }

        @Test
        void moreGuestsThanTheLimitAreRefusedWhole() {
            GuestService limited = new GuestService(store, clock, new UpdatePolicy(false, 2));
            List<GuestChange> three = List.of(guest("A").build(), guest("B").build(), guest("C").build());
            CventException e = assertThrows(CventException.class, () -> limited.update(EVENT, three, "u"));
            assertEquals(CventError.TOO_MANY_IDS_PROVIDED, e.error());
            assertEquals(0, store.size());
            assertEquals(2, limited.update(EVENT, three.subList(0, 2), "u").size());
        }
    }

    @Test
    void aValueNotOfItsKindIsRejectedNamingAttributeAndValue() {
        InvalidFieldValueException e = assertThrows(InvalidFieldValueException.class,
                () -> guest("G1").set(GuestField.DATE_OF_BIRTH, "yesterday"));
        assertEquals("DateOfBirth", e.attribute());
        assertEquals("yesterday", e.value());
        assertTrue(e.getMessage().contains("xs:dateTime"));
        assertThrows(InvalidFieldValueException.class, () -> guest("G1").set(GuestField.OPTED_OUT, "yes"));
    }

    @Test
    void seededGuestsAreStoredAsGiven() {
        Guest seeded = Guest.of("S1", Map.of(GuestField.EVENT_ID, EVENT, GuestField.FIRST_NAME, "Seed"), List.of());
        store.put(seeded);
        assertEquals(seeded, store.find(EVENT, "s1"));
        assertNotNull(store.eventGuestCounts().get(EVENT));
        assertFalse(store.guests(EVENT).isEmpty());
    }
}

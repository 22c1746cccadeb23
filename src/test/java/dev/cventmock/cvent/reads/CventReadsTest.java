package dev.cventmock.cvent.reads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.EventField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.GuestStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read side's rules on the model alone: operators by field kind, unset attributes, dates, limits. */
class CventReadsTest {
    final GuestStore store = new GuestStore();
    final CventReads reads = new CventReads(store, new ReadLimits(3, 4, 2, 5));

    CventReadsTest() {
        store.put(guest("G1", "E1", GuestField.LAST_NAME, "Smith", GuestField.OPTED_OUT, "true",
                GuestField.LAST_MODIFIED_DATE, "2026-01-01T10:00:59"));
        store.put(guest("G2", "E1", GuestField.LAST_NAME, "Jones", GuestField.REGISTRATION_DATE, "2026-02-03T23:59:59Z",
                GuestField.LAST_MODIFIED_DATE, "2026-01-01T10:01:00"));
        store.put(guest("G3", "E2", GuestField.LAST_MODIFIED_DATE, "2026-01-01T10:02:30"));
        store.putEvent(CventEvent.of("E1", Map.of(EventField.CAPACITY, "250", EventField.EVENT_CODE, "SPR"), List.of()));
    }

    static Guest guest(String id, String event, Object... kv) {
        Map<GuestField, String> m = new java.util.EnumMap<>(GuestField.class);
        m.put(GuestField.EVENT_ID, event);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((GuestField) kv[i], (String) kv[i + 1]);
        }
        return Guest.of(id, m, List.of());
    }

    List<String> guests(SearchFilter... filters) {
        return reads.search(CvObjectKind.GUEST, false, Arrays.asList(filters));
    }

    static SearchFilter f(String field, String operator, String value) {
        return new SearchFilter(field, operator, value, null);
    }

    @Test
    void unsetAttributesReadAsEmptyTextAndMatchNoDateOrBoolean() {
        assertEquals(List.of("G3"), guests(f("LastName", "Equals", "")));
        assertEquals(List.of("G2", "G3"), guests(f("OptedOut", "Not Equal to", "1")));
        assertEquals(List.of("G2"), guests(f("RegistrationDate", "Greater than", "01/01/2000")));
        assertEquals(List.of("G1", "G3"), guests(new SearchFilter("RegistrationDate", "Excludes", null, List.of("2026-02-03"))));
    }

    @Test
    void aDateWithoutTimeIsItsWholeGmtDay() {
        assertEquals(List.of("G2"), guests(f("RegistrationDate", "Equals", "2026-02-03")));
        assertEquals(List.of(), guests(f("RegistrationDate", "Greater than", "02/03/2026")));
        assertEquals(List.of("G2"), guests(f("RegistrationDate", "Less than", "2026-02-04 00:00:00")));
    }

    @Test
    void guestsReportTheirEventsCode() {
        assertEquals(List.of("G1", "G2"), guests(f("EventCode", "Equals", "spr")));
        assertEquals(List.of("E1"), reads.search(CvObjectKind.EVENT, false, List.of(f("Capacity", "Greater than or Equal to", "250"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LastName         |                          | x     | CV20015 | has no Operator
            LastName         | equals                   | x     | CV20015 | is not a search operator
            OptedOut         | Less than                | true  | CV20015 | does not apply to OptedOut
            RegistrationDate | Contains                 | 2026  | CV20015 | does not apply
            OptedOut         | Equals                   | yes   | CV20010 | is not a boolean
            RegistrationDate | Equals                   | 2026-13-01 | CV20010 | is not a date
            Email            | Equals                   | x     | CV20010 | not a searchable field
            Shoe             | Equals                   | x     | CV20010 | not a field
                             | Equals                   | x     | CV20010 | names no Field
            LastName         | Equals                   |       | CV20010 | needs a Value
            """)
    void badFiltersAreFaultsNamingWhatIsWrong(String field, String operator, String value, String code, String says) {
        CventException e = assertThrows(CventException.class, () -> guests(f(field, operator, value)));
        assertEquals(code, e.error().code());
        assertTrue(e.detail().contains(says), e.detail());
    }

    @Test
    void limitsAndWindows() {
        assertEquals(CventError.INVALID_SEARCH_FILTER, assertThrows(CventException.class, () -> guests(
                f("Id", "Not Equal to", "a"), f("Id", "Not Equal to", "b"), f("Id", "Not Equal to", "c"),
                f("Id", "Not Equal to", "d"), f("Id", "Not Equal to", "e"), f("Id", "Not Equal to", "f"))).error());
        assertEquals(CventError.TOO_MANY_IDS_PROVIDED, assertThrows(CventException.class,
                () -> reads.retrieve(CvObjectKind.GUEST, List.of("a", "b", "c", "d"))).error());
        // seconds are ignored: 10:00:59 and 10:01:00 are in the window [10:00, 10:01]; 10:02:30 is not
        assertEquals(List.of("G1", "G2"), reads.updated(CvObjectKind.GUEST, "2026-01-01T10:00:00", "2026-01-01T10:01:45"));
        assertEquals(CventError.TOO_MANY_RESULTS, assertThrows(CventException.class,
                () -> reads.updated(CvObjectKind.GUEST, "2026-01-01T00:00:00", "2026-01-02T00:00:00")).error());
        assertEquals(CventError.INVALID_DATE_RANGE, assertThrows(CventException.class,
                () -> reads.updated(CvObjectKind.GUEST, "2026-01-02T00:00:00", "2026-01-01T00:00:00")).error());
        store.remove("E1", "G1");
        assertEquals(List.of("G1"), reads.deleted(CvObjectKind.GUEST, "2000-01-01T00:00:00", "2999-01-01T00:00:00"));
    }
}

package dev.cventmock.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.admin.GuestJson;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.testing.Backends;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.FieldKind;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.bookings.GuestRecord;
import dev.cventmock.xs2event.bookings.Requirement;
import dev.cventmock.xs2event.bookings.Ticket;
import dev.cventmock.xs2event.rest.BookingOrderJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durability writes its own record format (2), still reads the format before it (1), and refuses a newer one. */
class RecordFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CventBackend backend() {
        return Backends.inMemory();
    }

    /** A guest with every attribute set (booleans, dateTimes with their own precision, an empty string). */
    static Guest everyAttribute() {
        Map<GuestField, String> values = new EnumMap<>(GuestField.class);
        for (GuestField f : GuestField.values()) {
            values.put(f, f.kind() == FieldKind.BOOLEAN ? "true" : f.kind() == FieldKind.DATE_TIME ? "2026-11-30T10:00:00.5+01:00"
                    : f == GuestField.MIDDLE_NAME ? "" : f.wireName() + " välue");
        }
        values.put(GuestField.EVENT_ID, "E1");
        return Guest.of("G-1", values, List.of(new CustomField("F1", "Diet", "Choice", "None"),
                new CustomField(null, "Note", null, "x & <y>")));
    }

    static BookingOrder anOrder() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("first_name", "Ann");
        fields.put("lead_guest", true);
        fields.put("city", null);
        return new BookingOrder("o1_bor", null, "confirmed",
                List.of(new Ticket("t1_tck", 2, List.of(new Requirement(List.of("first_name", "last_name"),
                        Requirement.Scope.ALL_PERSONS, Requirement.Condition.PRE_CHECKOUT)))),
                List.of(new GuestRecord("g1_gst", "t1_tck", fields)));
    }

    @Test
    void guestsAndBookingOrdersComeBackExactlyAsStored() {
        Guest g = everyAttribute();
        ObjectNode guestRecord = RecordFormat.guest(JSON.createObjectNode(), g);
        assertEquals(g, RecordFormat.guest(guestRecord));
        assertFalse(guestRecord.has("guest"), "not the admin API's JSON: " + guestRecord);
        assertEquals("true", guestRecord.get("values").get("OptedOut").asText(), "values as stored, not as the API types them");

        BookingOrder o = anOrder();
        assertEquals(o, RecordFormat.booking(RecordFormat.booking(JSON.createObjectNode(), o)));
    }

    @Test
    void aDataDirectoryWrittenInTheFormatBeforeIsStillRead() throws IOException {
        Guest g = everyAttribute();
        try (WriteAheadLog log = new WriteAheadLog(dir.resolve("changes.log"))) {
            log.open(p -> { });
            ObjectNode guest = JSON.createObjectNode().put("t", "guest");
            guest.set("guest", GuestJson.toJson(g));
            log.append(JSON.writeValueAsBytes(guest));
            ObjectNode booking = JSON.createObjectNode().put("t", "booking");
            booking.set("order", BookingOrderJson.toJson(anOrder()));
            log.append(JSON.writeValueAsBytes(booking));
            log.sync();
        }
        CventBackend cvent = backend();
        BookingOrders orders = new BookingOrders(Clock.systemUTC(), false);
        DurableState state = DurableState.open(dir, 1 << 20, cvent, orders).state();
        try {
            assertEquals(g, cvent.store().find("E1", "G-1"));
            // as the code before read it back (format 1 was the API's JSON, which writes every field, null or not)
            assertEquals(BookingOrderJson.fromJson(BookingOrderJson.toJson(anOrder()), null), orders.find("o1_bor"));
        } finally {
            state.close();
        }
    }

    @Test
    void aRecordOfANewerFormatStopsTheStartWithAClearMessage() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir.resolve("changes.log"))) {
            log.open(p -> { });
            log.append("{\"v\": 99, \"t\": \"guest\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            log.sync();
        }
        IOException e = assertThrows(IOException.class,
                () -> DurableState.open(dir, 1 << 20, backend(), new BookingOrders(Clock.systemUTC(), false)));
        assertTrue(e.getMessage().contains("format 99") && e.getMessage().contains("newer cvent-mock"), e.getMessage());
        DurableState.open(dir.resolve("other"), 1 << 20, backend(), new BookingOrders(Clock.systemUTC(), false)).state().close();
        assertTrue(Arrays.asList(dir.toFile().list()).contains("lock"), "the lock was taken and given back");
    }
}

package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guests found by id alone (Retrieve), whatever event holds them, through every way a guest comes and goes. */
class GuestStoreTest {
    static Guest guest(String event, String id, String firstName) {
        return Guest.of(id, Map.of(GuestField.EVENT_ID, event, GuestField.FIRST_NAME, firstName), List.of());
    }

    @Test
    void aGuestIsFoundByIdInWhicheverEventHoldsIt() {
        GuestStore store = new GuestStore();
        store.put(guest("E-B", "G-1", "in B"));
        assertEquals("in B", store.findAnywhere("g-1").get(GuestField.FIRST_NAME));
        store.put(guest("E-A", "G-1", "in A"));
        assertEquals("in A", store.findAnywhere("G-1").get(GuestField.FIRST_NAME), "two holders: the first event by id");
        store.remove("E-A", "G-1");
        assertEquals("in B", store.findAnywhere("G-1").get(GuestField.FIRST_NAME), "the other holder remains");
        store.put(guest("E-A", "G-1", "back in A"));
        store.removeEvent("E-B");
        assertEquals("back in A", store.findAnywhere("G-1").get(GuestField.FIRST_NAME));
        store.removeEvent("E-A");
        assertNull(store.findAnywhere("G-1"));
        assertNull(store.findAnywhere("NEVER"));
    }

    @Test
    void writesReportedToAListenerKeepTheIndexToo() {
        GuestStore store = new GuestStore();
        store.changes(new GuestStore.Changes() {
        });
        store.put(guest("E-1", "G-1", "Ann"));
        store.put(guest("E-1", "G-1", "Ann again"));
        assertEquals("Ann again", store.findAnywhere("G-1").get(GuestField.FIRST_NAME));
        store.remove("E-1", "G-1");
        assertNull(store.findAnywhere("G-1"));
        store.put(guest("E-1", "G-2", "Bo"));
        store.clear();
        assertNull(store.findAnywhere("G-2"));
    }
}

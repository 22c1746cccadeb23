package dev.cventmock.soap;

import dev.cventmock.testing.TestEngine;
import static dev.cventmock.testing.Envelopes.customField;
import static dev.cventmock.testing.Envelopes.guest;
import static dev.cventmock.testing.Envelopes.pairs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.server.CventMockServer;
import dev.cventmock.testing.Envelopes;
import dev.cventmock.testing.SoapClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Many clients updating overlapping guests at once: every guest ends up with all its fields from one single
 * write (no interleaving), and every acknowledged custom field is there (no lost update).
 */
class ConcurrentUpdatesTest {
    static final String EVENT = "EVT-CONCURRENCY";
    static final int THREADS = 8;
    static final int CALLS_PER_THREAD = 40;
    static final int GUEST_POOL = 6;

    @Test
    void overlappingWritersNeitherInterleaveNorLoseUpdates() throws Exception {
        try (CventMockServer server = TestEngine.builder().build().start()) {
            assertConsistent(server, writeConcurrently(server));
        }
    }

    @Test
    void withADataDirectoryNoAcknowledgedUpdateIsLostAcrossARestart(@TempDir Path data) throws Exception {
        Acknowledged acknowledged;
        try (CventMockServer server = TestEngine.builder().dataDir(data).build().start()) {
            acknowledged = writeConcurrently(server);
            assertConsistent(server, acknowledged);
        }
        try (CventMockServer restarted = TestEngine.builder().dataDir(data).build().start()) {
            assertConsistent(restarted, acknowledged);
        }
    }

    /** What the writers were told had succeeded: custom fields per guest, and the tags of their writes. */
    record Acknowledged(Map<String, Set<String>> fields, Set<String> tags) {
    }

    private static Acknowledged writeConcurrently(CventMockServer server) throws Exception {
        SoapClient soap = new SoapClient(server.soapUrl());
        String token = soap.login();
        Map<String, Set<String>> acknowledgedFields = new ConcurrentHashMap<>();
        Set<String> acknowledgedTags = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int n = 0; n < CALLS_PER_THREAD; n++) {
                    String tag = "t" + thread + "-" + n;
                    List<String> ids = new ArrayList<>();
                    List<String> guests = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        String id = "G-" + ((thread + n + k * 2) % GUEST_POOL);
                        if (ids.contains(id)) {
                            continue;
                        }
                        ids.add(id);
                        guests.add(guest(pairs("Id", id, "FirstName", tag, "LastName", tag, "City", tag, "Company", tag),
                                customField(tag, "Field " + tag, "Text", tag)));
                    }
                    SoapClient.Response r = soap.post11("UpdateGuestInfo",
                            Envelopes.update11(token, EVENT, guests.toArray(String[]::new)));
                    assertEquals(200, r.status(), r.body());
                    List<Element> results = r.xml().elements("//s1:UpdateGuestResult");
                    for (int i = 0; i < results.size(); i++) {
                        assertEquals("true", results.get(i).getAttribute("Success"), r.body());
                        acknowledgedFields.computeIfAbsent(ids.get(i), k -> ConcurrentHashMap.newKeySet()).add(tag);
                    }
                    acknowledgedTags.add(tag);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new Acknowledged(acknowledgedFields, acknowledgedTags);
    }

    private static void assertConsistent(CventMockServer server, Acknowledged acknowledged) {
        Set<String> acknowledgedTags = acknowledged.tags();
        Map<String, Set<String>> acknowledgedFields = acknowledged.fields();
        assertEquals(GUEST_POOL, server.guestStore().guests(EVENT).size());
        for (Guest g : server.guestStore().guests(EVENT)) {
            String tag = g.get(GuestField.FIRST_NAME);
            assertTrue(acknowledgedTags.contains(tag), g.toString());
            assertEquals(tag, g.get(GuestField.LAST_NAME), "fields of one write stay together: " + g);
            assertEquals(tag, g.get(GuestField.CITY), "fields of one write stay together: " + g);
            assertEquals(tag, g.get(GuestField.COMPANY), "fields of one write stay together: " + g);
            Set<String> stored = g.customFields().stream().map(CustomField::fieldId).collect(Collectors.toSet());
            assertEquals(acknowledgedFields.get(g.id()), stored, "every acknowledged custom field of " + g.id() + " is kept");
            assertTrue(acknowledgedFields.get(g.id()).contains(tag), "the last write of " + g.id() + " was acknowledged");
        }
    }
}

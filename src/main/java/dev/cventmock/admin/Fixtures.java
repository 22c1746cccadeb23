package dev.cventmock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.rest.BookingOrderJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Start-up data: accounts, sessions, events and guests, in the admin API's JSON shapes. A fixture file is
 * <pre>{"accounts": [{"AccountNumber", "UserName", "Password"}],
 *  "sessions": [{"AccountNumber", "UserName", "token"}],
 *  "events":   [{"EventId": "…", "EventTitle": "…", …, "guests": [{"Id": "…", "FirstName": "…", …}]}],
 *  "bookingorders": [{"bookingorder_id": "…_bor", "tickets": [...], "items": [...]}]}</pre>
 * (every key optional; an event's own attributes, as the admin API's, beside its guests); a folder holds such files, read in name order. Parsed once; reset re-applies them.
 */
public final class Fixtures {
    private static final Set<String> TOP_LEVEL = Set.of("accounts", "sessions", "events", "bookingorders");

    private final List<Account> accounts = new ArrayList<>();
    private final List<SessionSeed> sessions = new ArrayList<>();
    private final List<Guest> guests = new ArrayList<>();
    private final List<CventEvent> events = new ArrayList<>();
    private final List<BookingOrder> bookingOrders = new ArrayList<>();

    record SessionSeed(String accountNumber, String userName, String token) {
    }

    public static Fixtures none() {
        return new Fixtures();
    }

    /** Reads a fixture file or a folder of them; IOException names the file and the problem. */
    public static Fixtures load(Path path) throws IOException {
        Fixtures f = new Fixtures();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    f.read(file);
                }
            }
        } else if (Files.isRegularFile(path)) {
            f.read(path);
        } else {
            throw new IOException("fixtures not found: " + path.toAbsolutePath());
        }
        return f;
    }

    private void read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            parse(root, file.getFileName().toString());
        } catch (AdminException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    private void parse(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw AdminException.badRequest("a fixture is a JSON object with accounts, sessions and events");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_LEVEL.contains(key)) {
                throw AdminException.badRequest("unknown key '" + key + "' (expected " + TOP_LEVEL + ")");
            }
        }
        for (JsonNode a : array(root, "accounts")) {
            accounts.add(AdminJson.account(a, "accounts"));
        }
        for (JsonNode s : array(root, "sessions")) {
            String token = GuestJson.text(s.get("token"), "sessions.token");
            sessions.add(new SessionSeed(AdminJson.required(s, "AccountNumber", "sessions"),
                    AdminJson.required(s, "UserName", "sessions"), token));
        }
        for (JsonNode b : array(root, "bookingorders")) {
            try {
                bookingOrders.add(BookingOrderJson.fromJson(b, null));
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest("bookingorders: " + e.getMessage());
            }
        }
        for (JsonNode e : array(root, "events")) {
            String eventId = AdminJson.required(e, "EventId", "events");
            CventEvent event = EventJson.fromJson(e, eventId, Set.of("EventId", "guests"), "events[" + eventId + "]");
            if (!event.isBare()) {
                events.add(event);
            }
            JsonNode list = e.get("guests");
            if (list != null && !list.isArray()) {
                throw AdminException.badRequest("events[" + eventId + "].guests must be an array");
            }
            for (int i = 0; list != null && i < list.size(); i++) {
                guests.add(GuestJson.fromJson(list.get(i), eventId, null, "events[" + eventId + "].guests[" + i + "]"));
            }
        }
    }

    private static List<JsonNode> array(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw AdminException.badRequest("'" + key + "' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    public List<Account> accounts() {
        return List.copyOf(accounts);
    }

    /** Stores the fixture's events, guests and sessions (accounts are added by whoever builds the account list). */
    public void applyTo(CventBackend cvent) {
        events.forEach(cvent.guests()::putEvent);
        guests.forEach(cvent.store()::put);
        for (SessionSeed s : sessions) {
            if (s.token() == null) {
                cvent.sessions().create(s.accountNumber(), s.userName());
            } else {
                cvent.sessions().create(s.accountNumber(), s.userName(), s.token());
            }
        }
    }

    /** Stores the fixture's XS2event booking orders. */
    public void applyTo(BookingOrders orders) {
        bookingOrders.forEach(orders::put);
    }
}

package dev.cventmock.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cventmock.admin.GuestJson;
import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.accounts.Account;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.cvent.accounts.SessionRegistry;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.xs2event.bookings.BookingOrder;
import dev.cventmock.xs2event.bookings.BookingOrders;
import dev.cventmock.xs2event.rest.BookingOrderJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores made durable in a data directory: every change (guests, sessions, accounts, booking orders) is
 * appended to a write-ahead log as it is applied, {@link #sync()} makes a call's changes durable before its
 * answer leaves, and when the log grows past a threshold the whole state is written as a snapshot and the
 * log starts again. Start-up replays the snapshot, then the log.
 */
public final class DurableState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DurableState.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DirectoryLock directory;
    private final Path snapshot;
    private final WriteAheadLog log;
    private final long compactAfterBytes;
    private final CventBackend cvent;
    private final BookingOrders orders;
    // every store write (its change applied and appended) holds the read lock, a snapshot takes the write lock:
    // it sees each change either published and logged or not at all, never logged but not yet in the stores
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private DurableState(DirectoryLock directory, Path dir, long compactAfterBytes, CventBackend cvent, BookingOrders orders) {
        this.directory = directory;
        this.snapshot = dir.resolve("snapshot.dat");
        this.log = new WriteAheadLog(dir.resolve("changes.log"));
        this.compactAfterBytes = compactAfterBytes;
        this.cvent = cvent;
        this.orders = orders;
    }

    /**
     * Takes the directory (exclusively: a second server on it is refused), recovers what it holds into the (empty)
     * stores and starts recording their changes.
     *
     * @return the durable state, and whether anything was recovered (a first start has nothing)
     * @throws DirectoryLock.InUse when another server holds the directory
     */
    public static Opened open(Path dir, long compactAfterBytes, CventBackend cvent, BookingOrders orders) throws IOException {
        Files.createDirectories(dir);
        DirectoryLock directory = DirectoryLock.acquire(dir);
        DurableState state = new DurableState(directory, dir, compactAfterBytes, cvent, orders);
        int[] records = new int[1];
        try {
            if (Files.exists(state.snapshot)) {
                try (WriteAheadLog snap = new WriteAheadLog(state.snapshot)) {
                    snap.open(payload -> records[0] += state.apply(payload));
                }
            }
            state.log.open(payload -> records[0] += state.apply(payload));
        } catch (NewerFormat e) {
            state.close();
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            state.close();
            throw e;
        }
        state.attach();
        LOG.info("data directory {}: {} change(s) recovered", dir.toAbsolutePath(), records[0]);
        return new Opened(state, records[0] > 0);
    }

    /** The result of {@link #open}. */
    public record Opened(DurableState state, boolean recovered) {
    }

    /** Makes every change appended so far durable; compacts when the log has grown large. */
    public void sync() {
        log.sync();
        if (log.size() > compactAfterBytes) {
            compact();
        }
    }

    private void compact() {
        lock.writeLock().lock();
        try {
            if (log.size() <= compactAfterBytes) {
                return;
            }
            Path tmp = snapshot.resolveSibling("snapshot.tmp");
            Files.deleteIfExists(tmp);
            try (WriteAheadLog out = new WriteAheadLog(tmp)) {
                out.open(payload -> { });
                cvent.logins().accountList().forEach(a -> out.append(bytes(account(a))));
                cvent.sessions().list().forEach(s -> out.append(bytes(session(s))));
                cvent.store().events().stream().filter(e -> !e.isBare())
                        .forEach(e -> out.append(bytes(RecordFormat.event(record("event"), e))));
                cvent.store().all().forEach(g -> out.append(bytes(guest(g))));
                orders.list().forEach(o -> out.append(bytes(booking(o))));
                out.sync();
            }
            Files.move(tmp, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.reset();
            LOG.info("data log compacted into {}", snapshot);
        } catch (IOException e) {
            LOG.error("cannot compact the data log; it keeps growing", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    // --- changes, as they happen --------------------------------------------------------------------------

    private void attach() {
        cvent.store().changes(new GuestStore.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return whole(write);
            }

            @Override
            public void stored(Guest guest) {
                append(guest(guest));
            }

            @Override
            public void removed(String eventId, String guestId) {
                append(record("guest-del").put("event", eventId).put("id", guestId));
            }

            @Override
            public void eventRemoved(String eventId) {
                append(record("event-del").put("event", eventId));
            }

            @Override
            public void eventStored(CventEvent event) {
                append(RecordFormat.event(record("event"), event));
            }

            @Override
            public void cleared() {
                append(record("guests-clear"));
            }
        });
        cvent.sessions().changes(new SessionRegistry.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return whole(write);
            }

            @Override
            public void stored(Session session) {
                append(session(session));
            }

            @Override
            public void removed(String token) {
                append(record("session-del").put("token", token));
            }

            @Override
            public void cleared() {
                append(record("sessions-clear"));
            }
        });
        cvent.logins().changes(new LoginService.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return whole(write);
            }

            @Override
            public void accountAdded(Account account) {
                append(account(account));
            }

            @Override
            public void accountsCleared() {
                append(record("accounts-clear"));
            }
        });
        orders.changes(new BookingOrders.Changes() {
            @Override
            public <T> T write(Supplier<T> write) {
                return whole(write);
            }

            @Override
            public void stored(BookingOrder order) {
                append(booking(order));
            }

            @Override
            public void removed(String id) {
                append(record("booking-del").put("id", id));
            }

            @Override
            public void cleared() {
                append(record("bookings-clear"));
            }
        });
    }

    /** Runs one store write with compaction kept out until it is both applied and appended. */
    private <T> T whole(Supplier<T> write) {
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Appends a change's record; called by the stores inside {@link #whole}, which keeps compaction out. */
    private void append(ObjectNode record) {
        log.append(bytes(record));
    }

    private static byte[] bytes(ObjectNode record) {
        try {
            return JSON.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- records --------------------------------------------------------------------------------------------

    private static ObjectNode record(String type) {
        return JSON.createObjectNode().put("v", RecordFormat.VERSION).put("t", type);
    }

    private static ObjectNode guest(Guest g) {
        return RecordFormat.guest(record("guest"), g);
    }

    private static ObjectNode session(Session s) {
        return record("session").put("token", s.token()).put("account", s.accountNumber()).put("user", s.userName())
                .put("created", s.created().toString()).put("expires", s.expires().toString());
    }

    private static ObjectNode account(Account a) {
        return record("account").put("AccountNumber", a.accountNumber()).put("UserName", a.userName()).put("Password", a.password());
    }

    private static ObjectNode booking(BookingOrder o) {
        return RecordFormat.booking(record("booking"), o);
    }

    /** A record of a format newer than this code writes: the directory is not this version's to read. */
    static final class NewerFormat extends RuntimeException {
        NewerFormat(int version) {
            super("the data directory holds records of format " + version + ", written by a newer cvent-mock; this one "
                    + "reads formats 1 to " + RecordFormat.VERSION, null, false, false);
        }
    }

    /** Applies one recovered record to the stores (not re-logged: listeners are attached after recovery). */
    private int apply(byte[] payload) {
        try {
            JsonNode r = JSON.readTree(payload);
            int version = r.path("v").asInt(1); // format 1 (the APIs' JSON) carried no version
            if (version > RecordFormat.VERSION) {
                throw new NewerFormat(version);
            }
            switch (r.path("t").asText()) {
                case "guest" -> {
                    if (version == 1) {
                        JsonNode g = r.get("guest");
                        cvent.store().put(GuestJson.fromJson(g, g.path(GuestField.EVENT_ID.wireName()).asText(), null, "recovered guest"));
                    } else {
                        cvent.store().put(RecordFormat.guest(r));
                    }
                }
                case "guest-del" -> cvent.store().remove(r.get("event").asText(), r.get("id").asText());
                case "event-del" -> cvent.store().removeEvent(r.get("event").asText());
                case "event" -> cvent.store().putEvent(RecordFormat.event(r));
                case "session" -> cvent.sessions().restore(new Session(r.get("token").asText(), r.get("account").asText(),
                        r.get("user").asText(), Instant.parse(r.get("created").asText()), Instant.parse(r.get("expires").asText())));
                case "session-del" -> cvent.sessions().remove(r.get("token").asText());
                case "account" -> cvent.logins().addAccount(new Account(r.get("AccountNumber").asText(), r.get("UserName").asText(),
                        r.get("Password").asText()));
                case "accounts-clear" -> cvent.logins().clearAccounts();
                case "booking" -> orders.put(version == 1 ? BookingOrderJson.fromJson(r.get("order"), null) : RecordFormat.booking(r));
                case "booking-del" -> orders.remove(r.get("id").asText());
                case "guests-clear" -> cvent.store().clear();
                case "sessions-clear" -> cvent.sessions().clear();
                case "bookings-clear" -> orders.clear();
                default -> LOG.warn("skipped a data record of unknown type: {}", r.path("t").asText());
            }
            return 1;
        } catch (NewerFormat e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipped a data record that cannot be applied: {}", e.getMessage());
            return 0;
        }
    }

    /** Closes the log and gives up the directory; safe to call more than once. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            log.close();
        } finally {
            directory.close();
        }
    }
}

package dev.cventmock.cvent.guests;

import dev.cventmock.state.Capacity;
import dev.cventmock.state.StoreChanges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Guests per event, in memory. Event and guest ids are matched case-insensitively (they are GUIDs, which
 * Cvent treats without regard to case); the id a guest was created with is the one it keeps. Every write
 * of one guest is atomic: concurrent writers to the same guest are serialised, never interleaved.
 */
public final class GuestStore {
    private final ConcurrentHashMap<String, EventGuests> events = new ConcurrentHashMap<>();
    /**
     * Which event holds each guest id: Retrieve names guests by id alone, and a scan of every event per id would cost
     * ids × events. The value is the event, or (for an id two events hold) a set of them.
     */
    private final ConcurrentHashMap<String, Object> holders = new ConcurrentHashMap<>();
    private final ValuePool pool = new ValuePool();
    private final Capacity guestRoom;
    private final Capacity eventRoom;
    private final DeletionLog deletions;
    private volatile Changes changes = Changes.NONE;

    /** A store without bounds. */
    public GuestStore() {
        this(new Capacity("guests", "max guests", Long.MAX_VALUE), new Capacity("events", "max events", Long.MAX_VALUE),
                Clock.systemUTC());
    }

    /** A store holding at most {@code guests} guests in at most {@code events} events; deletions timed by {@code clock}. */
    public GuestStore(Capacity guests, Capacity events, Clock clock) {
        this.guestRoom = guests;
        this.eventRoom = events;
        this.deletions = new DeletionLog(clock);
    }

    /** When guests and events were deleted. */
    public DeletionLog deletions() {
        return deletions;
    }

    /** How many guests it holds, and may. */
    public Capacity guestCapacity() {
        return guestRoom;
    }

    /** How many events it holds, and may. */
    public Capacity eventCapacity() {
        return eventRoom;
    }

    /** Where the store reports each change as it is applied (persistence); no-op by default. */
    public interface Changes extends StoreChanges {
        Changes NONE = new Changes() {
        };

        /** Called while the guest's write is still atomic, so reports of one guest come in apply order. */
        default void stored(Guest guest) {
        }

        default void removed(String eventId, String guestId) {
        }

        default void eventRemoved(String eventId) {
        }

        /** An event's own attributes were stored (the event is created when it was unknown). */
        default void eventStored(CventEvent event) {
        }

        default void cleared() {
        }
    }

    public void changes(Changes listener) {
        this.changes = listener;
    }

    /** The listener in place (to wrap it). */
    public Changes changes() {
        return changes;
    }

    /** The guest, or null. */
    public Guest find(String eventId, String guestId) {
        EventGuests event = events.get(key(eventId));
        return event == null ? null : event.byId.get(key(guestId));
    }

    /**
     * Atomically replaces the guest with {@code update.apply(current)} ({@code current} null when absent);
     * an update that returns null leaves the store as it was. Returns what is stored afterwards.
     * {@code update} may be called more than once (it must have no effects beyond its result): without a
     * change listener, writes are optimistic — computed outside any lock and retried when another write to
     * the same guest came first — so many clients writing one guest never queue on a lock (a blocked
     * writer on a contended lock spins, and on a busy machine that spinning took most of the CPU).
     * With a listener, each guest's writes run under its lock, so they are reported in apply order.
     */
    public Guest compute(String eventId, String guestId, UnaryOperator<Guest> update) {
        EventGuests event = events.get(key(eventId));
        if (event == null) {
            if (update.apply(null) == null) {
                return null; // nothing to store: an unknown event is not created (nor counted) for a refused write
            }
            event = eventFor(eventId);
        }
        String key = key(guestId);
        Changes listener = changes;
        if (listener != Changes.NONE) {
            return computeReported(event, key, update, listener);
        }
        while (true) {
            Guest current = event.byId.get(key);
            Guest next = update.apply(current);
            if (next == null) {
                return current;
            }
            if (current == null) {
                guestRoom.take();
                if (event.byId.putIfAbsent(key, next) == null) {
                    event.index(next);
                    held(key, event);
                    return next;
                }
                guestRoom.give(1); // another write created it first: try again as an update
            } else if (event.byId.replace(key, current, next)) {
                event.index(next);
                return next;
            }
        }
    }

    private Guest computeReported(EventGuests event, String key, UnaryOperator<Guest> update, Changes listener) {
        return listener.write(() -> {
            Guest[] replaced = new Guest[1];
            Guest stored = event.byId.compute(key, (k, current) -> {
                Guest next = update.apply(current);
                if (next == null) {
                    return current;
                }
                if (current == null) {
                    guestRoom.take(); // before the report: a refused guest is neither stored nor logged
                    held(k, event);
                }
                replaced[0] = next;
                listener.stored(next);
                return next;
            });
            if (replaced[0] != null) {
                event.index(replaced[0]);
            }
            return stored;
        });
    }

    /** Stores (or replaces) a whole guest; its EventID attribute names the event. */
    public Guest put(Guest guest) {
        String eventId = guest.eventId();
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("a stored guest needs an EventID");
        }
        return compute(eventId, guest.id(), current -> guest);
    }

    /**
     * The id of the guest with this confirmation number in the event; when there is none, reserves the
     * number for a guest with the id {@code newId} supplies (so two concurrent creations agree) and returns it.
     */
    public String idForConfirmationNumber(String eventId, String confirmationNumber, Supplier<String> newId) {
        EventGuests event = eventFor(eventId);
        return event.idByConfirmation.computeIfAbsent(key(confirmationNumber), k -> newId.get());
    }

    public boolean remove(String eventId, String guestId) {
        EventGuests event = events.get(key(eventId));
        if (event == null) {
            return false;
        }
        Guest[] removed = new Guest[1];
        Changes listener = changes;
        listener.write(() -> event.byId.computeIfPresent(key(guestId), (k, g) -> {
            removed[0] = g;
            listener.removed(eventId, guestId);
            return null;
        }));
        if (removed[0] != null) {
            guestRoom.give(1);
            event.unindex(removed[0]);
            released(key(guestId), event, false);
            deletions.record("Guest", removed[0].id());
        }
        return removed[0] != null;
    }

    /** Drops the event with all its guests; returns how many guests it had, or -1 when it was unknown. */
    public int removeEvent(String eventId) {
        Changes listener = changes;
        EventGuests removed = listener.write(() -> {
            EventGuests gone = events.remove(key(eventId));
            if (gone != null) {
                listener.eventRemoved(eventId);
                eventRoom.give(1);
                guestRoom.give(gone.byId.size());
            }
            return gone;
        });
        if (removed == null) {
            return -1;
        }
        removed.byId.forEach((k, g) -> {
            released(k, removed, true);
            deletions.record("Guest", g.id());
        });
        deletions.record("Event", removed.eventId);
        return removed.byId.size();
    }

    /** The event (bare when it holds nothing but its id), or null when the store does not know it. */
    public CventEvent event(String eventId) {
        EventGuests event = events.get(key(eventId));
        return event == null ? null : event.details();
    }

    /**
     * Stores the event's own attributes, replacing what it had (its guests stay); creates the event when unknown.
     * The id it was first written with is kept. Returns what is stored.
     */
    public CventEvent putEvent(CventEvent details) {
        EventGuests event = eventFor(details.id());
        Changes listener = changes;
        return listener.write(() -> {
            CventEvent stored = details.id().equals(event.eventId) ? details : CventEvent.of(event.eventId,
                    details.fields(), details.customFields());
            event.details = stored;
            listener.eventStored(stored);
            return stored;
        });
    }

    /** Every event, ordered by id. */
    public List<CventEvent> events() {
        return events.values().stream()
                .sorted(Comparator.comparing(e -> e.eventId, String.CASE_INSENSITIVE_ORDER))
                .map(EventGuests::details)
                .toList();
    }

    public boolean hasEvent(String eventId) {
        return events.containsKey(key(eventId));
    }

    /**
     * The guest with this id in whichever event holds it (the first event by id, should two hold the same id), or
     * null, in one look-up. Cvent's Retrieve names guests by id alone; guest ids are GUIDs, unique across events in practice.
     */
    public Guest findAnywhere(String guestId) {
        String key = key(guestId);
        Object held = holders.get(key);
        if (held instanceof EventGuests event) {
            return event.byId.get(key);
        }
        if (held == null) {
            return null;
        }
        EventGuests first = null;
        for (Object o : (Set<?>) held) {
            EventGuests e = (EventGuests) o;
            if (e.byId.containsKey(key) && (first == null || String.CASE_INSENSITIVE_ORDER.compare(e.eventId, first.eventId) < 0)) {
                first = e;
            }
        }
        return first == null ? null : first.byId.get(key);
    }

    /** Records that {@code event} now holds the guest {@code key}. */
    private void held(String key, EventGuests event) {
        holders.compute(key, (k, v) -> {
            if (v == null || v == event) {
                return event;
            }
            Set<EventGuests> set = v instanceof EventGuests single ? new HashSet<>(Set.of(single)) : copy(v);
            set.add(event);
            return set;
        });
    }

    /**
     * Records that {@code event} no longer holds the guest {@code key} — unless it holds it again already (a write that
     * re-created it between the removal and this), or the whole event is gone.
     */
    private void released(String key, EventGuests event, boolean eventGone) {
        if (!eventGone && event.byId.containsKey(key)) {
            return;
        }
        holders.computeIfPresent(key, (k, v) -> {
            if (!eventGone && event.byId.containsKey(k)) {
                return v;
            }
            if (v == event) {
                return null;
            }
            if (v instanceof EventGuests) {
                return v;
            }
            Set<EventGuests> set = copy(v);
            set.remove(event);
            return set.size() == 1 ? set.iterator().next() : set;
        });
    }

    @SuppressWarnings("unchecked")
    private static Set<EventGuests> copy(Object set) {
        return new HashSet<>((Set<EventGuests>) set); // values are replaced, never changed in place: readers see whole sets
    }

    /** Each of the event's guests, in no particular order (a scan that sorts only what it keeps). */
    public void forEachGuest(String eventId, java.util.function.Consumer<Guest> action) {
        EventGuests event = events.get(key(eventId));
        if (event != null) {
            event.byId.values().forEach(action);
        }
    }

    /** The event's guests ordered by id; empty for an unknown event. */
    public List<Guest> guests(String eventId) {
        EventGuests event = events.get(key(eventId));
        if (event == null) {
            return List.of();
        }
        List<Guest> out = new ArrayList<>(event.byId.values());
        out.sort(Comparator.comparing(Guest::id, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Every event id (as first written) with its number of guests, ordered by id. */
    public Map<String, Integer> eventGuestCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        events.values().stream()
                .sorted(Comparator.comparing(e -> e.eventId, String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> out.put(e.eventId, e.byId.size()));
        return out;
    }

    /** How many guests the event holds (0 for an unknown event), without listing them. */
    public int guestCount(String eventId) {
        EventGuests event = events.get(key(eventId));
        return event == null ? 0 : event.byId.size();
    }

    public int size() {
        return events.values().stream().mapToInt(e -> e.byId.size()).sum();
    }

    public void clear() {
        Changes listener = changes;
        listener.write(() -> {
            events.clear();
            holders.clear();
            pool.clear();
            guestRoom.reset();
            eventRoom.reset();
            deletions.clear();
            listener.cleared();
        });
    }

    /** Every stored guest (for snapshots). */
    public java.util.stream.Stream<Guest> all() {
        return events.values().stream().flatMap(e -> e.byId.values().stream());
    }

    ValuePool pool() {
        return pool;
    }

    private EventGuests eventFor(String eventId) {
        return events.computeIfAbsent(key(eventId), k -> {
            eventRoom.take();
            return new EventGuests(eventId);
        });
    }

    static String key(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    private static final class EventGuests {
        final String eventId;
        final ConcurrentHashMap<String, Guest> byId = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, String> idByConfirmation = new ConcurrentHashMap<>();
        /** The event's own attributes; null until some were stored. */
        volatile CventEvent details;

        EventGuests(String eventId) {
            this.eventId = eventId;
        }

        CventEvent details() {
            CventEvent d = details;
            return d != null ? d : CventEvent.bare(eventId);
        }

        void index(Guest guest) {
            String confirmation = guest.get(GuestField.GUEST_CONFIRMATION_NUMBER);
            if (confirmation != null && !confirmation.isEmpty()) {
                idByConfirmation.put(key(confirmation), guest.id());
            }
        }

        void unindex(Guest guest) {
            String confirmation = guest.get(GuestField.GUEST_CONFIRMATION_NUMBER);
            if (confirmation != null) {
                idByConfirmation.remove(key(confirmation), guest.id());
            }
        }
    }
}

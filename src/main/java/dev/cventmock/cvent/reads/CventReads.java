package dev.cventmock.cvent.reads;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.guests.CventEvent;
import dev.cventmock.cvent.guests.DeletionLog;
import dev.cventmock.cvent.guests.Guest;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.GuestStore;
import dev.cventmock.cvent.guests.EventField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cvent's read side over the guest store: Search, Retrieve, GetUpdated, GetDeleted and what DescribeCvObject tells.
 * Knows nothing of SOAP; every refusal is a {@link CventException} (a whole-call fault on the wire).
 * <p>
 * Results come in a stable order: events by id, and guests by event id, then guest id (Cvent leaves it unspecified).
 */
public final class CventReads {
    private final GuestStore store;
    private final ReadLimits limits;

    public CventReads(GuestStore store, ReadLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * The object type a request names: a fault for a value outside the contract's enumeration, and another, saying
     * what the emulator holds, for a valid type it does not hold (never an empty success that would mislead a test).
     */
    public static CvObjectKind kind(String objectType) {
        String name = objectType == null ? null : objectType.strip();
        CvObjectKind kind = CvObjectKind.of(name);
        if (kind != null) {
            return kind;
        }
        if (name == null || name.isEmpty()) {
            throw new CventException(CventError.INVALID_SOAP_REQUEST, "ObjectType is missing or empty");
        }
        if (CvObjectKind.CONTRACT_TYPES.contains(name)) {
            throw new CventException(CventError.INVALID_SOAP_REQUEST, "the emulator holds Guest and Event objects only; "
                    + "'" + name + "' is a Cvent object type it does not emulate");
        }
        throw new CventException(CventError.INVALID_SOAP_REQUEST, "'" + name + "' is not a CvObjectType");
    }

    /** Ids of the objects that match all ({@code orSearch} false) or any of the filters; all objects without one. */
    public List<String> search(CvObjectKind kind, boolean orSearch, List<SearchFilter> filters) {
        if (filters.size() > limits.maxFilters()) {
            throw new CventException(CventError.INVALID_SEARCH_FILTER, filters.size() + " filters; a search takes at most "
                    + limits.maxFilters());
        }
        return switch (kind) {
            case GUEST -> searchGuests(compile(ObjectCatalog.GUEST, filters), orSearch);
            case EVENT -> searchEvents(compile(ObjectCatalog.EVENT, filters), orSearch);
        };
    }

    private static <T> List<Criterion<T>> compile(ObjectCatalog<T> catalog, List<SearchFilter> filters) {
        List<Criterion<T>> out = new ArrayList<>(filters.size());
        for (int i = 0; i < filters.size(); i++) {
            out.add(Criterion.compile(catalog, filters.get(i), i + 1));
        }
        return out;
    }

    private List<String> searchEvents(List<Criterion<CventEvent>> criteria, boolean orSearch) {
        Predicate<CventEvent> match = combine(criteria, orSearch);
        Results found = new Results(limits.maxRecordSet());
        for (CventEvent e : store.events()) {
            if (match.test(e)) {
                found.add(e.id());
            }
        }
        return found.ids;
    }

    private List<String> searchGuests(List<Criterion<Guest>> criteria, boolean orSearch) {
        Predicate<Guest> match = combine(criteria, orSearch);
        Results found = new Results(limits.maxRecordSet());
        Set<String> ids = orSearch ? null : narrowing(criteria, "Id");
        if (ids != null) { // an AND search naming its guests: a look-up per id, not a scan
            List<Guest> named = new ArrayList<>();
            for (String id : ids) {
                Guest g = store.findAnywhere(id);
                if (g != null) {
                    named.add(g);
                }
            }
            named.sort(GUEST_ORDER);
            named.forEach(g -> test(g.reportedIn(store.event(g.eventId())), match, found));
            return found.ids;
        }
        Set<String> events = orSearch ? null : narrowing(criteria, "EventID");
        for (CventEvent event : store.events()) {
            if (events == null || events.contains(event.id().toLowerCase(Locale.ROOT))) {
                List<Guest> kept = new ArrayList<>();
                store.forEachGuest(event.id(), g -> {
                    Guest reported = g.reportedIn(event);
                    if (match.test(reported)) {
                        kept.add(reported);
                    }
                });
                kept.sort(GUEST_ORDER); // only what matched is sorted, not the whole event
                kept.forEach(g -> found.add(g.id()));
            }
        }
        return found.ids;
    }

    private static final Comparator<Guest> GUEST_ORDER = Comparator
            .comparing((Guest g) -> g.eventId(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Guest::id, String.CASE_INSENSITIVE_ORDER);

    private static void test(Guest reported, Predicate<Guest> match, Results found) {
        if (match.test(reported)) {
            found.add(reported.id());
        }
    }

    /** The values an Equals/Includes criterion on {@code field} pins the results to (lower-cased), or null. */
    private static <T> Set<String> narrowing(List<Criterion<T>> criteria, String field) {
        for (Criterion<T> c : criteria) {
            if (c.field().name().equals(field)
                    && (c.operator() == SearchOperator.EQUALS || c.operator() == SearchOperator.INCLUDES)) {
                return c.texts();
            }
        }
        return null;
    }

    private static <T> Predicate<T> combine(List<Criterion<T>> criteria, boolean orSearch) {
        if (criteria.isEmpty()) {
            return o -> true;
        }
        return orSearch
                ? o -> criteria.stream().anyMatch(c -> c.test(o))
                : o -> criteria.stream().allMatch(c -> c.test(o));
    }

    /**
     * The objects with these ids, in request order, each once; unknown ids are skipped. Guests come as Cvent reports
     * them (with their event's EventTitle and EventCode), events as stored.
     */
    public List<Object> retrieve(CvObjectKind kind, List<String> ids) {
        if (ids.isEmpty()) {
            throw new CventException(CventError.NO_ID_PROVIDED, "Ids holds no Id");
        }
        if (ids.size() > limits.maxBatchSize()) {
            throw new CventException(CventError.TOO_MANY_IDS_PROVIDED, ids.size() + " Ids in one Retrieve; at most "
                    + limits.maxBatchSize() + " (DescribeGlobal's MaxBatchSize)");
        }
        Map<String, Object> found = new LinkedHashMap<>();
        for (String raw : ids) {
            String id = raw == null ? "" : raw.strip();
            String key = id.toLowerCase(Locale.ROOT);
            if (id.isEmpty() || found.containsKey(key)) {
                continue;
            }
            Object o = switch (kind) {
                case GUEST -> {
                    Guest g = store.findAnywhere(id);
                    yield g == null ? null : g.reportedIn(store.event(g.eventId()));
                }
                case EVENT -> store.event(id);
            };
            if (o != null) {
                found.put(key, o);
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Ids of the objects created or changed between start and end, both inclusive, GMT when no offset is given. As
     * Cvent documents, seconds are ignored: both bounds and the objects' LastModifiedDate count in whole minutes.
     */
    public List<String> updated(CvObjectKind kind, String start, String end) {
        Window window = Window.of(start, end);
        Results found = new Results(limits.maxChanges());
        for (CventEvent event : store.events()) {
            if (kind == CvObjectKind.EVENT) {
                window.addIfChanged(found, event.id(), event.get(EventField.LAST_MODIFIED_DATE));
            } else {
                for (Guest g : store.guests(event.id())) {
                    window.addIfChanged(found, g.id(), g.get(GuestField.LAST_MODIFIED_DATE));
                }
            }
        }
        return found.ids;
    }

    /** Ids of the objects deleted (through the admin API) between start and end, as {@link #updated}. */
    public List<String> deleted(CvObjectKind kind, String start, String end) {
        Window window = Window.of(start, end);
        Results found = new Results(limits.maxChanges());
        Set<String> seen = new LinkedHashSet<>();
        for (DeletionLog.Deletion d : store.deletions().matching(d -> d.objectType().equals(kind.wireName())
                && window.contains(d.at()))) {
            if (seen.add(d.id().toLowerCase(Locale.ROOT))) {
                found.add(d.id());
            }
        }
        return found.ids;
    }

    /** The catalogs of the named types, in request order (a type named twice is described twice). */
    public List<ObjectCatalog<?>> describe(List<String> types) {
        if (types.isEmpty()) {
            throw new CventException(CventError.INVALID_SOAP_REQUEST, "ObjectTypes names no CvObjectType");
        }
        if (types.size() > limits.maxBatchSize()) {
            throw new CventException(CventError.TOO_MANY_IDS_PROVIDED, types.size() + " object types in one call; at most "
                    + limits.maxBatchSize());
        }
        List<ObjectCatalog<?>> out = new ArrayList<>();
        for (String t : types) {
            out.add(switch (kind(t)) {
                case GUEST -> ObjectCatalog.GUEST;
                case EVENT -> ObjectCatalog.EVENT;
            });
        }
        return out;
    }

    /** GetUpdated's and GetDeleted's window: whole minutes, both ends included, as Cvent ignores seconds. */
    private record Window(Instant from, Instant to) {
        static Window of(String start, String end) {
            Instant from = bound("StartDate", start);
            Instant to = bound("EndDate", end);
            if (from.isAfter(to)) {
                throw new CventException(CventError.INVALID_DATE_RANGE, "StartDate " + start.strip() + " is after EndDate "
                        + end.strip());
            }
            return new Window(from, to);
        }

        private static Instant bound(String name, String value) {
            if (value == null || value.isBlank()) {
                throw new CventException(CventError.INVALID_DATE_VALUE, name + " is missing");
            }
            SearchDates.Span span = SearchDates.span(value);
            if (span == null) {
                throw new CventException(CventError.INVALID_DATE_VALUE, name + " '" + value.strip() + "' is not a date and time");
            }
            return span.first().truncatedTo(ChronoUnit.MINUTES);
        }

        boolean contains(Instant at) {
            Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
            return !minute.isBefore(from) && !minute.isAfter(to);
        }

        /** Adds {@code id} when its stamp (a stored dateTime, or null) falls in the window. */
        void addIfChanged(Results found, String id, String stamp) {
            Instant at = stamp == null ? null : SearchDates.instant(stamp);
            if (at != null && contains(at)) {
                found.add(id);
            }
        }
    }

    /** Ids found so far, refused as a whole once there are more than the cap. */
    private static final class Results {
        final List<String> ids = new ArrayList<>();
        final int cap;

        Results(int cap) {
            this.cap = cap;
        }

        void add(String id) {
            if (ids.size() == cap) {
                throw new CventException(CventError.TOO_MANY_RESULTS, "more than " + cap
                        + " objects match; narrow the request (DescribeGlobal's MaxRecordSet)");
            }
            ids.add(id);
        }
    }
}

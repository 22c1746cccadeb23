package dev.cventmock.cvent.guests;

import dev.cventmock.state.Capacity;
import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Cvent's UpdateGuestInfo rules over the {@link GuestStore}: whole-call checks, per-guest validation (a
 * failing guest does not stop the others), lenient or strict handling of unknown guests, and the merge of
 * what a client sent into what is stored.
 */
public final class GuestService {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final char[] CONFIRMATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final GuestStore store;
    private final Clock clock;
    private volatile Stamp lastStamp = new Stamp(Long.MIN_VALUE, "");
    private volatile UpdatePolicy policy;

    public GuestService(GuestStore store, Clock clock, UpdatePolicy policy) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
    }

    public UpdatePolicy policy() {
        return policy;
    }

    public void policy(UpdatePolicy policy) {
        this.policy = policy;
    }

    /**
     * Applies one UpdateGuestInfo call. {@code changes} may hold nulls (nil Guest elements).
     *
     * @param modifiedBy the logged-in user, recorded as LastModifiedBy (and CreatedBy on creation)
     * @return one result per change, in input order
     * @throws CventException when the call as a whole is refused (no EventId, too many guests)
     */
    public List<GuestResult> update(String eventId, List<GuestChange> changes, String modifiedBy) {
        return update(eventId, changes, modifiedBy, change -> null);
    }

    /**
     * As {@link #update(String, List, String)}, with errors forced on chosen guests (fault injection):
     * a guest for which {@code forcedError} answers an error fails with it and is not applied.
     */
    public List<GuestResult> update(String eventId, List<GuestChange> changes, String modifiedBy,
                                    Function<GuestChange, GuestError> forcedError) {
        UpdatePolicy rules = this.policy;
        if (eventId == null || eventId.isBlank()) {
            throw new CventException(CventError.NO_ID_PROVIDED, "EventId is missing or empty");
        }
        if (changes.size() > rules.maxGuestsPerCall()) {
            throw new CventException(CventError.TOO_MANY_IDS_PROVIDED,
                    changes.size() + " guests in one call; at most " + rules.maxGuestsPerCall() + " are allowed");
        }
        String event = eventId.strip();
        requireRoom(event, changes);
        String now = now();
        Set<String> idsInCall = new HashSet<>();
        List<GuestResult> results = new ArrayList<>(changes.size());
        for (GuestChange change : changes) {
            GuestError forced = change == null ? null : forcedError.apply(change);
            results.add(forced != null
                    ? new GuestResult(change.id(), change.messageId(), List.of(forced))
                    : apply(event, change, idsInCall, rules, now, modifiedBy));
        }
        return results;
    }

    /**
     * Refuses the whole call, before anything is applied, when the guests it would create (or its event) do not fit:
     * a fault naming the limit, rather than some guests stored and the rest failed. (Calls running at the same time
     * may still fill the room between this check and a guest's write: that guest alone then fails.)
     */
    private void requireRoom(String eventId, List<GuestChange> changes) {
        if (!store.hasEvent(eventId) && store.eventCapacity().free() == 0) {
            throw new CventException(CventError.UNKNOWN_EXCEPTION, store.eventCapacity().full().getMessage());
        }
        Capacity room = store.guestCapacity();
        if (room.free() >= changes.size()) {
            return; // the usual case, settled without a look-up per guest
        }
        Set<String> adding = new HashSet<>();
        int unnamed = 0;
        for (GuestChange c : changes) {
            if (c != null && c.id() == null) {
                unnamed++; // created unless its confirmation number finds a guest: counted as new
            } else if (c != null && store.find(eventId, c.id()) == null) {
                adding.add(GuestStore.key(c.id()));
            }
        }
        long needed = adding.size() + unnamed;
        if (needed > room.free()) {
            throw new CventException(CventError.UNKNOWN_EXCEPTION, room.full().getMessage() + " (the call would add "
                    + needed + ", " + room.free() + " more fit)");
        }
    }

    private GuestResult apply(String eventId, GuestChange change, Set<String> idsInCall, UpdatePolicy rules,
                              String now, String modifiedBy) {
        if (change == null) {
            return new GuestResult(null, null, List.of(GuestError.of(CventError.ID_REQUIRED)));
        }
        String id = change.id();
        if (id != null && !idsInCall.add(GuestStore.key(id))) {
            return new GuestResult(id, change.messageId(), List.of(GuestError.of(CventError.DUPLICATE_ID)));
        }
        List<GuestError> errors = validate(eventId, change);
        if (rules.strict()) {
            if (id == null) {
                errors.add(GuestError.of(CventError.ID_REQUIRED));
            } else if (errors.isEmpty() && store.find(eventId, id) == null) {
                errors.add(GuestError.of(CventError.ID_DOES_NOT_EXIST));
            }
        }
        if (!errors.isEmpty()) {
            return new GuestResult(id, change.messageId(), errors);
        }
        String targetId = id != null ? id : idForNewOrMatching(eventId, change);
        GuestError[] refused = new GuestError[1];
        Guest stored;
        try {
            stored = store.compute(eventId, targetId, current -> {
                refused[0] = null; // the update may run again when another write came first
                if (current == null && rules.strict()) {
                    refused[0] = GuestError.of(CventError.ID_DOES_NOT_EXIST); // deleted since the check above
                    return null;
                }
                Guest next = merge(store.pool(), current, targetId, eventId, change, now, modifiedBy);
                if (next.customFields().size() > Guest.MAX_CUSTOM_FIELDS) {
                    refused[0] = tooManyCustomFields(next.customFields().size());
                    return null;
                }
                return next;
            });
        } catch (Capacity.Full full) {
            refused[0] = new GuestError(CventError.UNKNOWN_EXCEPTION.code(), full.getMessage());
            stored = null;
        }
        if (refused[0] != null) {
            return new GuestResult(id, change.messageId(), List.of(refused[0]));
        }
        return new GuestResult(stored.id(), change.messageId(), List.of());
    }

    private static List<GuestError> validate(String eventId, GuestChange change) {
        List<GuestError> errors = new ArrayList<>(0);
        String guestEvent = change.get(GuestField.EVENT_ID);
        if (guestEvent != null && !guestEvent.strip().equalsIgnoreCase(eventId)) {
            errors.add(GuestError.of(CventError.INVALID_EVENT_ID));
        }
        if (change.customFieldsSent() > Guest.MAX_CUSTOM_FIELDS) {
            errors.add(tooManyCustomFields(change.customFieldsSent()));
        } else if (hasDuplicateFieldIds(change.customFields())) {
            errors.add(GuestError.of(CventError.DUPLICATE_CUSTOM_FIELD_ID));
        }
        String email = change.get(GuestField.EMAIL);
        if (email != null && !email.isBlank() && !EmailAddresses.isAddress(email.strip())) {
            errors.add(GuestError.of(CventError.INVALID_EMAIL));
        }
        String ccEmail = change.get(GuestField.CC_EMAIL);
        if (ccEmail != null && !ccEmail.isBlank() && !EmailAddresses.isList(ccEmail.strip())) {
            errors.add(GuestError.of(CventError.INVALID_CC_EMAIL));
        }
        return errors;
    }

    /** The emulator's own bound, reported as Cvent reports a cancelled transaction, with the limit in the text. */
    private static GuestError tooManyCustomFields(int count) {
        return new GuestError(CventError.INVALID_SOAP_REQUEST.code(), CventError.INVALID_SOAP_REQUEST.message()
                + ": " + count + " custom fields for one guest; at most " + Guest.MAX_CUSTOM_FIELDS + " are allowed");
    }

    private static boolean hasDuplicateFieldIds(List<CustomField> fields) {
        if (fields.size() < 2) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (CustomField f : fields) {
            if (f.fieldId() != null && !seen.add(GuestStore.key(f.fieldId()))) {
                return true;
            }
        }
        return false;
    }

    /** Lenient mode, no Id: the guest with the same confirmation number, else a new uppercase GUID. */
    private String idForNewOrMatching(String eventId, GuestChange change) {
        String confirmation = change.get(GuestField.GUEST_CONFIRMATION_NUMBER);
        if (confirmation == null || confirmation.isBlank()) {
            return newGuestId();
        }
        return store.idForConfirmationNumber(eventId, confirmation.strip(), GuestService::newGuestId);
    }

    private static Guest merge(ValuePool pool, Guest current, String id, String eventId, GuestChange change, String now,
                               String modifiedBy) {
        String[] values = current == null ? new String[GuestField.count()] : current.valuesCopy();
        String[] sent = change.values();
        for (GuestField f : GuestField.all()) {
            String v = sent[f.ordinal()];
            if (v == null || f.isServerManaged()) {
                continue;
            }
            if (f == GuestField.GUEST_CONFIRMATION_NUMBER && current != null && current.get(f) != null) {
                continue; // read-only once assigned, as Cvent ignores writes to read-only fields
            }
            if (PackedText.packs(f)) {
                values[f.ordinal()] = v; // kept packed as it is when it is the value held: compared in place
            } else { // the value it holds when resent (a sync job resends whole guests): no hashing of the new String
                String held = values[f.ordinal()];
                values[f.ordinal()] = v.equals(held) ? held : pool.share(v);
            }
        }
        values[GuestField.EVENT_ID.ordinal()] = current == null ? eventId : current.eventId();
        if (current == null) {
            values[GuestField.CREATED_DATE.ordinal()] = now;
            values[GuestField.CREATED_BY.ordinal()] = modifiedBy;
            if (values[GuestField.GUEST_CONFIRMATION_NUMBER.ordinal()] == null) {
                values[GuestField.GUEST_CONFIRMATION_NUMBER.ordinal()] = newConfirmationNumber();
            }
        }
        values[GuestField.LAST_MODIFIED_DATE.ordinal()] = now;
        values[GuestField.LAST_MODIFIED_BY.ordinal()] = pool.share(modifiedBy);
        values[GuestField.EVENT_ID.ordinal()] = pool.share(values[GuestField.EVENT_ID.ordinal()]);
        if (current == null) {
            values[GuestField.CREATED_DATE.ordinal()] = values[GuestField.LAST_MODIFIED_DATE.ordinal()];
            values[GuestField.CREATED_BY.ordinal()] = values[GuestField.LAST_MODIFIED_BY.ordinal()];
        }
        byte[] packed = PackedText.pack(values, current == null ? null : current.packed());
        List<CustomField> sentFields = change.customFields();
        List<CustomField> shared = new ArrayList<>(sentFields.size());
        for (CustomField f : sentFields) {
            shared.add(pool.share(f));
        }
        List<CustomField> stored = current == null ? List.of() : current.customFields();
        return new Guest(current == null ? id : current.id(), values, packed, pool.share(CustomFieldMerge.merge(stored, shared)));
    }

    /** A formatted second, reused by every call within it. */
    private record Stamp(long second, String text) {
    }

    /**
     * The current second as Cvent writes it, one String per second: guests stamped in the same second share it,
     * without the value pool, which a new entry every second would slowly fill (it stops sharing when full).
     */
    private String now() {
        Instant instant = clock.instant();
        long second = instant.getEpochSecond();
        Stamp last = lastStamp;
        if (last.second() == second) {
            return last.text();
        }
        String text = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC).format(TIMESTAMP);
        lastStamp = new Stamp(second, text);
        return text;
    }

    /**
     * Stores an event's own attributes (the admin API, fixtures, the in-process API), stamping LastModifiedDate as
     * guests are stamped, so GetUpdated finds it. Its guests stay.
     */
    public CventEvent putEvent(CventEvent event) {
        return store.putEvent(event.with(EventField.LAST_MODIFIED_DATE, now()));
    }

    static String newGuestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static String newConfirmationNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[11];
        for (int i = 0; i < out.length; i++) {
            out[i] = CONFIRMATION_ALPHABET[random.nextInt(CONFIRMATION_ALPHABET.length)];
        }
        return new String(out);
    }
}

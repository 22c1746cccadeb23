package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.accounts.LoginOutcome;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.cvent.accounts.SessionCheck;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestError;
import dev.cventmock.cvent.guests.GuestResult;
import dev.cventmock.cvent.reads.CvObjectKind;
import dev.cventmock.cvent.reads.CventReads;
import dev.cventmock.cvent.reads.ObjectCatalog;
import dev.cventmock.cvent.reads.ReadLimits;
import dev.cventmock.cvent.reads.SearchFilter;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What each V200611 operation does, whichever engine read the request: Metro's JAX-WS endpoint or the
 * streaming reader. Both call these, so the emulator's rules exist once. Nothing here depends on the servlet
 * API: the caller passes the call's context, its endpoint URL and any fault rule.
 */
final class V200611Operations {
    /** Cvent's documented daily limit, reported by DescribeGlobal when the emulator runs without one. */
    static final long CVENT_DAILY_LIMIT = 10_000;

    private final CventBackend cvent;
    private final CventReads reads;
    V200611Operations(CventBackend cvent) {
        this.cvent = cvent;
        this.reads = new CventReads(cvent.store(), ReadLimits.CVENT);
    }

    /** A Login's answer: success with session and ServerURL, or Cvent's message. */
    record LoginAnswer(boolean success, String serverUrl, String token, String errorMessage) {
    }

    LoginAnswer login(CallContext call, String endpointUrl, String accountNumber, String userName, String password) {
        LoginOutcome outcome = cvent.logins().login(accountNumber, userName, password);
        if (outcome.success()) {
            call.outcome("ok user=" + outcome.session().userName());
            return new LoginAnswer(true, endpointUrl, outcome.session().token(), null);
        }
        call.outcome(Outcome.DENIED, "denied (" + outcome.errorMessage() + ")");
        return new LoginAnswer(false, null, null, outcome.errorMessage());
    }

    /**
     * UpdateGuestInfo on already-read guests.
     *
     * @param token          the CventSessionValue sent, or null when there was no header
     * @param guestErrorRule a guestError fault rule that fired for this call, or null
     * @throws CventException when the call is refused whole (a fault on the wire)
     */
    List<GuestResult> updateGuestInfo(CallContext call, String eventId, List<GuestChange> changes, String token,
                                      FaultRule guestErrorRule) {
        call.subject(eventId, changes.size());
        Session session = admit(token);
        for (GuestChange c : changes) {
            if (c != null) {
                call.guest(c.id(), c.messageId());
            }
        }
        List<GuestResult> results = cvent.guests().update(eventId, changes, session.userName(), forcedErrors(guestErrorRule));
        int applied = 0;
        for (GuestResult r : results) {
            if (r.success()) {
                applied++;
            }
        }
        call.outcome(applied == results.size() ? Outcome.OK : Outcome.GUEST_ERROR,
                "ok " + applied + "/" + results.size() + " applied");
        return results;
    }

    /** Search: the ids of the matching objects. {@code searchType} null means AndSearch, as clients rely on. */
    List<String> search(CallContext call, String token, String objectType, String searchType, List<SearchFilter> filters) {
        for (SearchFilter f : filters) { // the journal's event: the one an EventId filter names
            if (f.field() != null && f.field().strip().equalsIgnoreCase("EventId") && "Equals".equals(f.operator())) {
                call.subject(f.value(), -1); // no guest count: a Search carries none
            }
        }
        admit(token);
        CvObjectKind kind = CventReads.kind(objectType);
        boolean or = orSearch(searchType);
        List<String> ids = reads.search(kind, or, filters);
        call.outcome("ok " + ids.size() + " " + kind.wireName() + " found by " + filters.size() + " filter(s)");
        return ids;
    }

    /** Retrieve: the stored objects (model types), in request order. */
    List<Object> retrieve(CallContext call, String token, String objectType, List<String> ids) {
        call.subject(null, ids.size());
        for (int i = 0; i < Math.min(ids.size(), reads.limits().maxBatchSize()); i++) {
            call.guest(ids.get(i), null);
        }
        admit(token);
        CvObjectKind kind = CventReads.kind(objectType);
        List<Object> found = reads.retrieve(kind, ids);
        call.outcome("ok " + found.size() + "/" + ids.size() + " " + kind.wireName() + " found");
        return found;
    }

    /** GetUpdated (or GetDeleted when {@code deleted}): ids changed in the window. */
    List<String> changed(CallContext call, String token, String objectType, String start, String end, boolean deleted) {
        admit(token);
        CvObjectKind kind = CventReads.kind(objectType);
        List<String> ids = deleted ? reads.deleted(kind, start, end) : reads.updated(kind, start, end);
        call.outcome("ok " + ids.size() + " " + kind.wireName() + (deleted ? " deleted" : " updated"));
        return ids;
    }

    /** DescribeGlobal's numbers: the daily limit (10,000 when the emulator has none) and today's count, this call included. */
    record Global(long maxApiCalls, long currentApiCalls, ReadLimits limits, List<String> objectTypes) {
    }

    Global describeGlobal(CallContext call, String token) {
        Session session = admit(token);
        long limit = cvent.quota().limit();
        call.outcome("ok");
        return new Global(limit == 0 ? CVENT_DAILY_LIMIT : limit, cvent.quota().usedToday(session.accountNumber()),
                reads.limits(), Arrays.stream(CvObjectKind.values()).map(CvObjectKind::wireName).toList());
    }

    List<ObjectCatalog<?>> describeCvObject(CallContext call, String token, List<String> types) {
        admit(token);
        List<ObjectCatalog<?>> described = reads.describe(types);
        call.outcome("ok " + described.size() + " described");
        return described;
    }

    private static boolean orSearch(String searchType) {
        String t = searchType == null ? "" : searchType.strip();
        if (t.isEmpty() || t.equals("AndSearch")) {
            return false;
        }
        if (t.equals("OrSearch")) {
            return true;
        }
        throw new CventException(CventError.INVALID_SOAP_REQUEST, "SearchType '" + searchType + "' is neither AndSearch nor OrSearch");
    }

    /** The session the token names, with one call counted against its account's daily quota; a fault otherwise. */
    private Session admit(String token) {
        Session session = requireSession(token);
        if (!cvent.quota().tryAcquire(session.accountNumber())) {
            throw new CventException(CventError.EXCEED_API_CALL_LIMIT, "the daily limit of " + cvent.quota().limit()
                    + " API calls of account " + session.accountNumber() + " is spent");
        }
        return session;
    }

    private Session requireSession(String token) {
        if (token == null || token.isBlank()) {
            throw new CventException(CventError.INVALID_CVENT_HEADER_VALUE, "the CventSessionHeader is missing or empty");
        }
        SessionCheck check = cvent.sessions().check(token.strip());
        if (check instanceof SessionCheck.Valid valid) {
            return valid.session();
        }
        if (check instanceof SessionCheck.Expired) {
            throw new CventException(CventError.SESSION_EXPIRED, "the session has expired; call Login again");
        }
        throw new CventException(CventError.INVALID_CVENT_HEADER_VALUE, "the CventSessionValue is not a session this server issued");
    }

    /** The errors a guestError fault rule forces on the guests it names (none without such a rule). */
    private static Function<GuestChange, GuestError> forcedErrors(FaultRule rule) {
        if (rule == null) {
            return change -> null;
        }
        GuestError error = new GuestError(rule.action().code(), rule.action().description());
        return change -> rule.match().matchesGuest(change.id(), change.messageId()) ? error : null;
    }
}

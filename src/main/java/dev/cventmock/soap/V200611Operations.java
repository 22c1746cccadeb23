package dev.cventmock.soap;

import dev.cventmock.cvent.CventBackend;
import dev.cventmock.cvent.CventError;
import dev.cventmock.cvent.CventException;
import dev.cventmock.cvent.accounts.LoginOutcome;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.cvent.accounts.SessionCheck;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestError;
import dev.cventmock.cvent.guests.GuestResult;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.journal.CallContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;

/**
 * What Login and UpdateGuestInfo do, whichever engine read the request: Metro's JAX-WS endpoint or the
 * streaming reader. Both call these, so the emulator's rules exist once. Nothing here depends on the servlet
 * API: the caller passes the call's context, its endpoint URL and any fault rule.
 */
final class V200611Operations {
    /** Request attribute: a guestError fault rule that fired for this call. */
    static final String GUEST_ERROR_RULE = V200611Operations.class.getName() + ".guestErrorRule";

    private final CventBackend cvent;
    private final EndpointAddress address;

    V200611Operations(CventBackend cvent, EndpointAddress address) {
        this.cvent = cvent;
        this.address = address;
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
        call.outcome("denied (" + outcome.errorMessage() + ")");
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
        Session session = requireSession(token);
        if (!cvent.quota().tryAcquire(session.accountNumber())) {
            throw new CventException(CventError.EXCEED_API_CALL_LIMIT, "the daily limit of " + cvent.quota().limit()
                    + " API calls of account " + session.accountNumber() + " is spent");
        }
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
        call.outcome("ok " + applied + "/" + results.size() + " applied");
        return results;
    }

    String endpointUrl(HttpServletRequest request) {
        return address.endpointUrl(request);
    }

    /** The guestError rule the front servlet stored on the request, if one fired. */
    static FaultRule guestErrorRule(HttpServletRequest request) {
        return request.getAttribute(GUEST_ERROR_RULE) instanceof FaultRule rule ? rule : null;
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

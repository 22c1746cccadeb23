package dev.cventmock.soap;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.LoginResult;
import com.cvent.schemas.api._2006_11.UpdateGuestResultArray;
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
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The V200611 port implementation Metro dispatches to: translates between the generated types and the
 * Cvent model. One instance per SOAP version, so faults are built in the port's own version.
 */
@WebService(endpointInterface = "com.cvent.api._2006_11.V200611Soap", serviceName = "V200611",
        targetNamespace = SoapOperation.API_NAMESPACE)
public class V200611Endpoint implements V200611Soap {
    /** Request attribute: a guestError fault rule that fired for this call. */
    static final String GUEST_ERROR_RULE = V200611Endpoint.class.getName() + ".guestErrorRule";
    private static final Logger LOG = LoggerFactory.getLogger(V200611Endpoint.class);

    @Resource
    private WebServiceContext context;

    private final SoapVersion version;
    private final CventBackend cvent;
    private final EndpointAddress address;

    V200611Endpoint(SoapVersion version, CventBackend cvent, EndpointAddress address) {
        this.version = version;
        this.cvent = cvent;
        this.address = address;
    }

    @Override
    public LoginResult login(String accountNumber, String userName, String password) {
        HttpServletRequest request = request();
        try {
            return login(request, accountNumber, userName, password);
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    private LoginResult login(HttpServletRequest request, String accountNumber, String userName, String password) {
        LoginOutcome outcome = cvent.logins().login(accountNumber, userName, password);
        LoginResult result = new LoginResult();
        result.setLoginSuccess(Boolean.toString(outcome.success()));
        if (outcome.success()) {
            result.setServerURL(address.endpointUrl(request));
            result.setCventSessionHeader(outcome.session().token());
            CallContext.of(request).outcome("ok user=" + outcome.session().userName());
        } else {
            result.setErrorMessage(outcome.errorMessage());
            CallContext.of(request).outcome("denied (" + outcome.errorMessage() + ")");
        }
        return result;
    }

    @Override
    public UpdateGuestResultArray updateGuestInfo(String eventId, ArrayOfGuest guestArray,
                                                  Holder<CventSessionHeader> sessionHeader) {
        HttpServletRequest request = request();
        CallContext call = CallContext.of(request);
        call.subject(eventId, guestArray == null ? 0 : guestArray.getGuest().size());
        try {
            Session session = requireSession(sessionHeader == null ? null : sessionHeader.value);
            if (!cvent.quota().tryAcquire(session.accountNumber())) {
                throw new CventException(CventError.EXCEED_API_CALL_LIMIT, "the daily limit of " + cvent.quota().limit()
                        + " API calls of account " + session.accountNumber() + " is spent");
            }
            List<GuestChange> changes = GuestWireMapping.toChanges(guestArray);
            for (GuestChange c : changes) {
                if (c != null) {
                    call.guest(c.id(), c.messageId());
                }
            }
            List<GuestResult> results = cvent.guests().update(eventId, changes, session.userName(), forcedErrors(request));
            long applied = results.stream().filter(GuestResult::success).count();
            call.outcome("ok " + applied + "/" + results.size() + " applied");
            return GuestWireMapping.toWire(results);
        } catch (CventException e) {
            throw fault(request, CventFaults.Fault.of(e.error(), e.detail()));
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    /** The errors a guestError fault rule forces on the guests it names (none without such a rule). */
    private static Function<GuestChange, GuestError> forcedErrors(HttpServletRequest request) {
        if (!(request.getAttribute(GUEST_ERROR_RULE) instanceof FaultRule rule)) {
            return change -> null;
        }
        GuestError error = new GuestError(rule.action().code(), rule.action().description());
        return change -> rule.match().matchesGuest(change.id(), change.messageId()) ? error : null;
    }

    private Session requireSession(CventSessionHeader header) {
        String token = header == null ? null : header.getCventSessionValue();
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

    private SOAPFaultException fault(HttpServletRequest request, CventFaults.Fault fault) {
        CallContext.of(request).outcome(fault.outcome());
        return CventFaults.exception(version, fault, address.endpointUrl(request));
    }

    /** A bug of ours must still look like Cvent to the client: CV10000, no stack trace; the log has the cause. */
    private SOAPFaultException unexpected(HttpServletRequest request, RuntimeException e) {
        LOG.error("unexpected failure in {}", version.label(), e);
        return fault(request, CventFaults.Fault.of(CventError.UNKNOWN_EXCEPTION, "the emulator failed to process the call"));
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    }
}

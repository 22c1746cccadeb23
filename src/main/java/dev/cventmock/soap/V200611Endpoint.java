package dev.cventmock.soap;

import com.cvent.api._2006_11.ArrayOfGuest;
import com.cvent.api._2006_11.CventSessionHeader;
import com.cvent.api._2006_11.V200611Soap;
import com.cvent.schemas.api._2006_11.LoginResult;
import com.cvent.schemas.api._2006_11.UpdateGuestResultArray;
import dev.cventmock.cvent.CventError;
import dev.cventmock.cvent.CventException;
import dev.cventmock.cvent.accounts.LoginOutcome;
import dev.cventmock.cvent.accounts.LoginService;
import dev.cventmock.cvent.accounts.Session;
import dev.cventmock.cvent.accounts.SessionCheck;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestResult;
import dev.cventmock.cvent.guests.GuestService;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The V200611 port implementation Metro dispatches to: translates between the generated types and the
 * Cvent model. One instance per SOAP version, so faults are built in the port's own version.
 */
@WebService(endpointInterface = "com.cvent.api._2006_11.V200611Soap", serviceName = "V200611",
        targetNamespace = SoapOperation.API_NAMESPACE)
public class V200611Endpoint implements V200611Soap {
    private static final Logger LOG = LoggerFactory.getLogger(V200611Endpoint.class);
    @Resource
    private WebServiceContext context;

    private final SoapVersion version;
    private final LoginService logins;
    private final GuestService guests;
    private final EndpointAddress address;

    V200611Endpoint(SoapVersion version, LoginService logins, GuestService guests, EndpointAddress address) {
        this.version = version;
        this.logins = logins;
        this.guests = guests;
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
        LoginOutcome outcome = logins.login(accountNumber, userName, password);
        LoginResult result = new LoginResult();
        result.setLoginSuccess(Boolean.toString(outcome.success()));
        if (outcome.success()) {
            result.setServerURL(address.endpointUrl(request));
            result.setCventSessionHeader(outcome.session().token());
            SoapCall.of(request).outcome("ok user=" + outcome.session().userName());
        } else {
            result.setErrorMessage(outcome.errorMessage());
            SoapCall.of(request).outcome("denied (" + outcome.errorMessage() + ")");
        }
        return result;
    }

    @Override
    public UpdateGuestResultArray updateGuestInfo(String eventId, ArrayOfGuest guestArray,
                                                  Holder<CventSessionHeader> sessionHeader) {
        HttpServletRequest request = request();
        SoapCall call = SoapCall.of(request);
        call.event(eventId, guestArray == null ? 0 : guestArray.getGuest().size());
        try {
            Session session = requireSession(sessionHeader == null ? null : sessionHeader.value);
            List<GuestChange> changes = GuestWireMapping.toChanges(guestArray);
            List<GuestResult> results = guests.update(eventId, changes, session.userName());
            long applied = results.stream().filter(GuestResult::success).count();
            call.outcome("ok " + applied + "/" + results.size() + " applied");
            return GuestWireMapping.toWire(results);
        } catch (CventException e) {
            throw fault(request, CventFaults.Fault.of(e.error(), e.detail()));
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    private SOAPFaultException fault(HttpServletRequest request, CventFaults.Fault fault) {
        SoapCall.of(request).fault(fault);
        return CventFaults.exception(version, fault, address.endpointUrl(request));
    }

    /** A bug of ours must still look like Cvent to the client: CV10000, no stack trace; the log has the cause. */
    private SOAPFaultException unexpected(HttpServletRequest request, RuntimeException e) {
        LOG.error("unexpected failure in {}", version.label(), e);
        return fault(request, CventFaults.Fault.of(CventError.UNKNOWN_EXCEPTION, "the emulator failed to process the call"));
    }

    private Session requireSession(CventSessionHeader header) {
        String token = header == null ? null : header.getCventSessionValue();
        if (token == null || token.isBlank()) {
            throw new CventException(CventError.INVALID_CVENT_HEADER_VALUE, "the CventSessionHeader is missing or empty");
        }
        SessionCheck check = logins.sessions().check(token.strip());
        if (check instanceof SessionCheck.Valid valid) {
            return valid.session();
        }
        if (check instanceof SessionCheck.Expired) {
            throw new CventException(CventError.SESSION_EXPIRED, "the session has expired; call Login again");
        }
        throw new CventException(CventError.INVALID_CVENT_HEADER_VALUE, "the CventSessionValue is not a session this server issued");
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    }
}

package dev.cventmock.soap;

import dev.cventmock.wsdl.api.ArrayOfGuest;
import dev.cventmock.wsdl.api.CventSessionHeader;
import dev.cventmock.wsdl.api.V200611Soap;
import dev.cventmock.wsdl.schemas.LoginResult;
import dev.cventmock.wsdl.schemas.UpdateGuestResultArray;
import dev.cventmock.cvent.CventError;
import dev.cventmock.cvent.CventException;
import dev.cventmock.journal.CallContext;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The V200611 port implementation Metro dispatches to: translates between the generated types and
 * {@link V200611Operations}. One instance per SOAP version, so faults are built in the port's own version.
 */
@WebService(endpointInterface = "dev.cventmock.wsdl.api.V200611Soap", serviceName = "V200611",
        targetNamespace = SoapOperation.API_NAMESPACE)
public class V200611Endpoint implements V200611Soap {
    private static final Logger LOG = LoggerFactory.getLogger(V200611Endpoint.class);

    @Resource
    private WebServiceContext context;

    private final SoapVersion version;
    private final V200611Operations operations;

    V200611Endpoint(SoapVersion version, V200611Operations operations) {
        this.version = version;
        this.operations = operations;
    }

    @Override
    public LoginResult login(String accountNumber, String userName, String password) {
        HttpServletRequest request = request();
        try {
            V200611Operations.LoginAnswer answer = operations.login(CallContext.of(request), operations.endpointUrl(request),
                    accountNumber, userName, password);
            LoginResult result = new LoginResult();
            result.setLoginSuccess(Boolean.toString(answer.success()));
            result.setServerURL(answer.serverUrl());
            result.setCventSessionHeader(answer.token());
            result.setErrorMessage(answer.errorMessage());
            return result;
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    @Override
    public UpdateGuestResultArray updateGuestInfo(String eventId, ArrayOfGuest guestArray,
                                                  Holder<CventSessionHeader> sessionHeader) {
        HttpServletRequest request = request();
        CallContext.of(request).subject(eventId, guestArray == null ? 0 : guestArray.getGuest().size());
        try {
            CventSessionHeader header = sessionHeader == null ? null : sessionHeader.value;
            return GuestWireMapping.toWire(operations.updateGuestInfo(CallContext.of(request), eventId,
                    GuestWireMapping.toChanges(guestArray), header == null ? null : header.getCventSessionValue(),
                    V200611Operations.guestErrorRule(request)));
        } catch (CventException e) {
            throw fault(request, CventFaults.Fault.of(e.error(), e.detail()));
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    private SOAPFaultException fault(HttpServletRequest request, CventFaults.Fault fault) {
        CallContext.of(request).outcome(fault.outcome());
        return CventFaults.exception(version, fault, operations.endpointUrl(request));
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

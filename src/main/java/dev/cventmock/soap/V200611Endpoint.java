package dev.cventmock.soap;

import dev.cventmock.wsdl.api.ArrayOfGuest;
import dev.cventmock.wsdl.api.CventSessionHeader;
import dev.cventmock.wsdl.api.V200611Soap;
import dev.cventmock.cvent.reads.ObjectCatalog;
import dev.cventmock.wsdl.schemas.ArrayOfLookUp;
import dev.cventmock.wsdl.schemas.CvObjectTypeArray;
import dev.cventmock.wsdl.schemas.CvSearch;
import dev.cventmock.wsdl.schemas.DescribeCvObjectResults;
import dev.cventmock.wsdl.schemas.DescribeGlobalResult;
import dev.cventmock.wsdl.schemas.GetDeletedResult;
import dev.cventmock.wsdl.schemas.GetUpdatedResult;
import dev.cventmock.wsdl.schemas.IdArray;
import dev.cventmock.wsdl.schemas.LoginResult;
import dev.cventmock.wsdl.schemas.RetrieveResult;
import dev.cventmock.wsdl.schemas.SearchResult;
import dev.cventmock.wsdl.schemas.UpdateGuestResultArray;
import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.journal.CallContext;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The V200611 port implementation Metro dispatches to: translates between the generated types and
 * {@link V200611Operations}. One instance per SOAP version. Faults are not built here: the SOAP front writes them.
 */
@WebService(endpointInterface = "dev.cventmock.wsdl.api.V200611Soap", serviceName = "V200611",
        targetNamespace = SoapOperation.API_NAMESPACE)
public class V200611Endpoint implements V200611Soap {
    private static final Logger LOG = LoggerFactory.getLogger(V200611Endpoint.class);

    private final SoapVersion version;
    private final V200611Operations operations;
    private final XMLInputFactory xml;

    V200611Endpoint(SoapVersion version, V200611Operations operations, XMLInputFactory xml) {
        this.version = version;
        this.operations = operations;
        this.xml = xml;
    }

    @Override
    public LoginResult login(String accountNumber, String userName, String password) {
        return call((request, token) -> {
            V200611Operations.LoginAnswer answer = operations.login(request.call, request.endpointUrl,
                    accountNumber, userName, password);
            LoginResult result = new LoginResult();
            result.setLoginSuccess(Boolean.toString(answer.success()));
            result.setServerURL(answer.serverUrl());
            result.setCventSessionHeader(answer.token());
            result.setErrorMessage(answer.errorMessage());
            return result;
        }, null);
    }

    @Override
    public UpdateGuestResultArray updateGuestInfo(String eventId, ArrayOfGuest guestArray,
                                                  Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> {
            // the call's subject first: the journal names the event even when a guest's value is refused
            request.call.subject(eventId, guestArray == null ? 0 : guestArray.getGuest().size());
            return GuestWireMapping.toWire(operations.updateGuestInfo(request.call, eventId,
                    GuestWireMapping.toChanges(guestArray), token, request.guestErrorRule));
        }, sessionHeader);
    }

    @Override
    public SearchResult search(String objectType, CvSearch search, Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> {
            SearchResult result = new SearchResult();
            result.getId().addAll(operations.search(request.call, token, objectType,
                    search == null ? null : search.getSearchType(), ReadWireMapping.filters(search)));
            return result;
        }, sessionHeader);
    }

    @Override
    public RetrieveResult retrieve(String objectType, IdArray ids, Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> {
            List<String> wanted = ids == null ? List.of() : ids.getId();
            if (wanted.isEmpty() && request.body != null) {
                wanted = BareIds.of(xml, request.body);
            }
            RetrieveResult result = new RetrieveResult();
            for (Object stored : operations.retrieve(request.call, token, objectType, wanted)) {
                result.getCvObject().add(ReadWireMapping.toWire(stored));
            }
            return result;
        }, sessionHeader);
    }

    @Override
    public GetUpdatedResult getUpdated(String objectType, String startDate, String endDate,
                                       Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> changed(new GetUpdatedResult(), GetUpdatedResult::getId, request, token, objectType,
                startDate, endDate, false), sessionHeader);
    }

    @Override
    public GetDeletedResult getDeleted(String objectType, String startDate, String endDate,
                                       Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> changed(new GetDeletedResult(), GetDeletedResult::getId, request, token, objectType,
                startDate, endDate, true), sessionHeader);
    }

    @Override
    public DescribeGlobalResult describeGlobal(Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> {
            V200611Operations.Global global = operations.describeGlobal(request.call, token);
            DescribeGlobalResult result = new DescribeGlobalResult();
            result.setMaxAPICalls(clamp(global.maxApiCalls()));
            result.setCurrentAPICalls(clamp(global.currentApiCalls()));
            result.setMaxBatchSize(global.limits().maxBatchSize());
            result.setMaxRecordSet(global.limits().maxRecordSet());
            result.getCvObjectTypes().addAll(global.objectTypes());
            result.setLookUps(new ArrayOfLookUp());
            return result;
        }, sessionHeader);
    }

    @Override
    public DescribeCvObjectResults describeCvObject(CvObjectTypeArray objectTypes, Holder<CventSessionHeader> sessionHeader) {
        return call((request, token) -> {
            List<String> types = objectTypes == null ? List.of() : objectTypes.getCvObjectType();
            DescribeCvObjectResults result = new DescribeCvObjectResults();
            for (ObjectCatalog<?> catalog : operations.describeCvObject(request.call, token, types)) {
                result.getDescribeCvObjectResult().add(ReadWireMapping.describe(catalog));
            }
            return result;
        }, sessionHeader);
    }

    /** GetUpdated's or GetDeleted's result ({@code ids} is its list), filled with the ids changed in the window. */
    private <R> R changed(R result, java.util.function.Function<R, List<String>> ids, MetroCall request, String token,
                          String objectType, String start, String end, boolean deleted) {
        ids.apply(result).addAll(operations.changed(request.call, token, objectType, start, end, deleted));
        return result;
    }

    /** An operation's body, given the call Metro is serving and the session value sent (null without a header). */
    private interface Operation<T> {
        T run(MetroCall request, String token);
    }

    /** Runs an operation: its refusals become Cvent faults, a bug of ours CV10000; the session header is echoed. */
    private <T> T call(Operation<T> operation, Holder<CventSessionHeader> sessionHeader) {
        MetroCall request = request();
        try {
            CventSessionHeader header = sessionHeader == null ? null : sessionHeader.value;
            return operation.run(request, header == null ? null : header.getCventSessionValue());
        } catch (CventException e) {
            throw fault(request, CventFaults.Fault.of(e.error(), e.detail()));
        } catch (RuntimeException e) {
            throw unexpected(request, e);
        }
    }

    private static int clamp(long n) {
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /**
     * A Cvent fault: noted on the request for the SOAP front, which writes it with the one fault writer in place of
     * what Metro writes for the exception thrown here (which only ends the call inside Metro).
     */
    private SOAPFaultException fault(MetroCall request, CventFaults.Fault fault) {
        request.call.outcome(fault.outcome());
        request.fault = fault;
        return placeholder();
    }

    /**
     * What ends the call inside Metro, which writes it and the front discards: a SOAPFaultException, the one exception
     * Metro takes as an answer rather than logging it as an error. Its content is never sent.
     */
    private SOAPFaultException placeholder() {
        try {
            return new SOAPFaultException(SOAPFactory.newInstance(version.saajProtocol()).createFault());
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot end the call inside Metro", e);
        }
    }

    /** A bug of ours must still look like Cvent to the client: CV10000, no stack trace; the log has the cause. */
    private SOAPFaultException unexpected(MetroCall request, RuntimeException e) {
        LOG.error("unexpected failure in {}", version.label(), e);
        return fault(request, CventFaults.Fault.of(CventError.UNKNOWN_EXCEPTION, "the emulator failed to process the call"));
    }

    private static MetroCall request() {
        return MetroCall.current();
    }
}

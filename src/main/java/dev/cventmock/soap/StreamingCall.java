package dev.cventmock.soap;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.faults.FaultRule;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A streamed request's operation run and its answer (result or fault) rendered, for both ways in. */
final class StreamingCall {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingCall.class);

    private StreamingCall() {
    }

    static Answer answer(V200611Operations operations, SoapVersion version, SoapOperation operation, StreamingRequest in,
                         CallContext call, String endpointUrl, FaultRule guestErrorRule) {
        try {
            byte[] out;
            if (operation == SoapOperation.LOGIN) {
                out = StreamingResponse.login(version, operations.login(call, endpointUrl, in.accountNumber, in.userName, in.password));
            } else if (operation == SoapOperation.RETRIEVE) {
                String token = in.header == null ? null : in.header.value();
                out = StreamingResponse.retrieve(version, in.header, operations.retrieve(call, token, in.objectType, in.ids));
            } else {
                String token = in.header == null ? null : in.header.value();
                out = StreamingResponse.updateGuestInfo(version, in.header,
                        operations.updateGuestInfo(call, in.eventId, in.guests, token, guestErrorRule));
            }
            return new Answer(200, version.contentType(), out);
        } catch (CventException e) {
            return CventFaults.answer(version, call, endpointUrl, e.error(), e.detail());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure in {} {}", version.label(), operation.wireName(), e);
            return CventFaults.answer(version, call, endpointUrl, CventError.UNKNOWN_EXCEPTION, "the emulator failed to process the call");
        }
    }
}

package dev.cventmock.soap;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;
import java.nio.charset.StandardCharsets;

/**
 * SOAP faults in the format captured from the real service: {@code faultcode} {@code q0:CVnnnnn} with
 * {@code q0} bound to the Cvent schema namespace, an UPPER_SNAKE {@code faultstring}, the endpoint as
 * {@code faultactor}, and {@code detail/Main-Exception/Exception-Detail} carrying the explanation. On SOAP 1.2
 * the same facts sit in Code (Sender or Receiver) / Subcode (the CV code) / Reason / Role / Detail, since
 * JAX-WS clients reject a non-standard top-level Code.
 * Every fault is written here, as text, whichever engine ran the call (Metro's endpoint leaves its faults to the SOAP
 * front): one writer, so both engines' faults are the same bytes.
 */
public final class CventFaults {
    static final String CODE_PREFIX = "q0";
    /** What precedes the CV code in faultcode or Subcode/Value: the q0 binding, then the prefix. */
    private static final String CODE_START = " xmlns:" + CODE_PREFIX + "=\"" + SoapOperation.SCHEMA_NAMESPACE + "\">" + CODE_PREFIX + ":";

    private CventFaults() {
    }

    /** What a fault says, independent of SOAP version. */
    public record Fault(String code, String string, boolean clientError, String detail) {
        /** Text from requests can reach a fault: what XML cannot carry is replaced, so the fault stays well-formed. */
        public Fault {
            code = XmlText.clean(code);
            string = XmlText.clean(string);
            detail = XmlText.clean(detail);
        }

        public static Fault of(CventError error, String detail) {
            return new Fault(error.code(), error.symbol(), error.isClientError(), detail);
        }

        /** How the call's log line and journal describe this fault. */
        public String outcome() {
            return "fault " + code + " " + string + (detail == null ? "" : " (" + detail + ")");
        }
    }

    /** A whole-call fault as an HTTP answer (500), its outcome noted on the call. */
    static Answer answer(SoapVersion version, CallContext call, String actor, CventError error, String detail) {
        Fault fault = Fault.of(error, detail);
        call.outcome(fault.outcome());
        return new Answer(500, version.contentType(), envelope(version, fault, actor));
    }

    /** A whole fault envelope, for answers given before or instead of Metro. */
    public static byte[] envelope(SoapVersion version, Fault fault, String actor) {
        String p = SoapEnvelopeText.prefix(version);
        StringBuilder b = SoapEnvelopeText.openBody(version, 640).append('<').append(p).append(":Fault>");
        if (version == SoapVersion.SOAP_11) {
            b.append("<faultcode").append(CODE_START).append(fault.code()).append("</faultcode>");
            element(b, "faultstring", "", fault.string());
            if (actor != null) {
                element(b, "faultactor", "", actor);
            }
            b.append("<detail>");
        } else {
            b.append('<').append(p).append(":Code><").append(p).append(":Value>").append(p)
                    .append(fault.clientError() ? ":Sender" : ":Receiver").append("</").append(p).append(":Value><")
                    .append(p).append(":Subcode><").append(p).append(":Value").append(CODE_START).append(fault.code())
                    .append("</").append(p).append(":Value></").append(p).append(":Subcode></").append(p).append(":Code>");
            b.append('<').append(p).append(":Reason>");
            element(b, p + ":Text", " xml:lang=\"en\"", fault.string());
            b.append("</").append(p).append(":Reason>");
            if (actor != null) {
                element(b, p + ":Role", "", actor);
            }
            b.append('<').append(p).append(":Detail>");
        }
        b.append("<Main-Exception xmlns=\"").append(SoapOperation.SCHEMA_NAMESPACE).append("\">");
        if (fault.detail() == null) {
            b.append("<Exception-Detail/>");
        } else {
            element(b, "Exception-Detail", "", fault.detail());
        }
        b.append("</Main-Exception><Secondary-Exception xmlns=\"").append(SoapOperation.SCHEMA_NAMESPACE).append("\"/>");
        b.append(version == SoapVersion.SOAP_11 ? "</detail>" : "</" + p + ":Detail>");
        return close(version, b);
    }

    /** The VersionMismatch fault of SOAP itself: the envelope's namespace is not the version's. */
    static byte[] versionMismatch(SoapVersion version, String explanation) {
        String p = SoapEnvelopeText.prefix(version);
        StringBuilder b = SoapEnvelopeText.openBody(version, 512).append('<').append(p).append(":Fault>");
        String text = XmlText.clean(explanation);
        if (version == SoapVersion.SOAP_11) {
            b.append("<faultcode>").append(p).append(":VersionMismatch</faultcode>");
            element(b, "faultstring", " xml:lang=\"en\"", text);
        } else {
            b.append('<').append(p).append(":Code><").append(p).append(":Value>").append(p).append(":VersionMismatch</")
                    .append(p).append(":Value></").append(p).append(":Code><").append(p).append(":Reason>");
            element(b, p + ":Text", " xml:lang=\"en\"", text);
            b.append("</").append(p).append(":Reason>");
        }
        return close(version, b);
    }

    private static void element(StringBuilder b, String name, String attributes, String text) {
        b.append('<').append(name).append(attributes).append('>');
        XmlText.appendEscaped(b, text);
        b.append("</").append(name).append('>');
    }

    private static byte[] close(SoapVersion version, StringBuilder b) {
        b.append("</").append(SoapEnvelopeText.prefix(version)).append(":Fault>");
        return SoapEnvelopeText.closeBody(version, b).getBytes(StandardCharsets.UTF_8);
    }
}

package dev.cventmock.soap;

import dev.cventmock.cvent.CventError;
import dev.cventmock.http.DirectCallHandler.Answer;
import dev.cventmock.journal.CallContext;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * SOAP faults in the format captured from the real service: {@code faultcode} {@code q0:CVnnnnn} with
 * {@code q0} bound to the Cvent schema namespace, an UPPER_SNAKE {@code faultstring}, the endpoint as
 * {@code faultactor}, and {@code detail/Main-Exception/Exception-Detail} carrying the explanation. On SOAP 1.2
 * the same facts sit in Code (Sender or Receiver) / Subcode (the CV code) / Reason / Role / Detail, since
 * JAX-WS clients reject a non-standard top-level Code.
 */
public final class CventFaults {
    static final String CODE_PREFIX = "q0";
    private static final Map<SoapVersion, SOAPFactory> FACTORIES = new EnumMap<>(SoapVersion.class);
    private static final Map<SoapVersion, MessageFactory> MESSAGES = new EnumMap<>(SoapVersion.class);

    static {
        try {
            for (SoapVersion v : SoapVersion.values()) {
                FACTORIES.put(v, SOAPFactory.newInstance(v.saajProtocol()));
                MESSAGES.put(v, MessageFactory.newInstance(v.saajProtocol()));
            }
        } catch (SOAPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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

    /** For the Metro endpoint to throw; Metro writes it in the port's SOAP version. */
    static SOAPFaultException exception(SoapVersion version, Fault fault, String actor) {
        try {
            SOAPFault f = FACTORIES.get(version).createFault();
            fill(f, version, fault, actor);
            return new SOAPFaultException(f);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }

    /** A whole fault envelope, for answers given before a request reaches Metro. */
    /** A whole-call fault as an HTTP answer (500), its outcome noted on the call. */
    static Answer answer(SoapVersion version, CallContext call, String actor, CventError error, String detail) {
        Fault fault = Fault.of(error, detail);
        call.outcome(fault.outcome());
        return new Answer(500, version.contentType(), envelope(version, fault, actor));
    }

    public static byte[] envelope(SoapVersion version, Fault fault, String actor) {
        try {
            SOAPMessage message = newMessage(version);
            fill(message.getSOAPBody().addFault(), version, fault, actor);
            return write(message);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }

    /** The VersionMismatch fault of SOAP itself: the envelope's namespace is not the version's. */
    static byte[] versionMismatch(SoapVersion version, String explanation) {
        try {
            SOAPMessage message = newMessage(version);
            SOAPFault f = message.getSOAPBody().addFault();
            if (version == SoapVersion.SOAP_11) {
                f.setFaultCode(new QName(version.envelopeNamespace(), "VersionMismatch", "soap"));
            } else {
                f.setFaultCode(SOAPConstants.SOAP_VERSIONMISMATCH_FAULT);
            }
            f.setFaultString(XmlText.clean(explanation), Locale.ENGLISH);
            return write(message);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }

    private static void fill(SOAPFault f, SoapVersion version, Fault fault, String actor) throws SOAPException {
        QName cventCode = new QName(SoapOperation.SCHEMA_NAMESPACE, fault.code(), CODE_PREFIX);
        if (version == SoapVersion.SOAP_11) {
            f.setFaultCode(cventCode);
            f.setFaultString(fault.string());
            f.setFaultActor(actor);
        } else {
            f.setFaultCode(fault.clientError() ? SOAPConstants.SOAP_SENDER_FAULT : SOAPConstants.SOAP_RECEIVER_FAULT);
            f.appendFaultSubcode(cventCode);
            f.setFaultString(fault.string(), Locale.ENGLISH);
            f.setFaultRole(actor);
        }
        Detail detail = f.addDetail();
        SOAPElement main = detail.addDetailEntry(new QName(SoapOperation.SCHEMA_NAMESPACE, "Main-Exception", ""));
        SOAPElement text = main.addChildElement(new QName(SoapOperation.SCHEMA_NAMESPACE, "Exception-Detail", ""));
        if (fault.detail() != null) {
            text.addTextNode(fault.detail());
        }
        detail.addDetailEntry(new QName(SoapOperation.SCHEMA_NAMESPACE, "Secondary-Exception", ""));
    }

    private static SOAPMessage newMessage(SoapVersion version) throws SOAPException {
        SOAPMessage message = MESSAGES.get(version).createMessage();
        SOAPEnvelope envelope = message.getSOAPPart().getEnvelope();
        // the prefixes ASMX uses; clients must not care, but people reading captures do
        String prefix = version == SoapVersion.SOAP_11 ? "soap" : "soap12";
        String old = envelope.getPrefix();
        envelope.removeNamespaceDeclaration(old);
        envelope.addNamespaceDeclaration(prefix, version.envelopeNamespace());
        envelope.setPrefix(prefix);
        envelope.getHeader().detachNode();
        envelope.getBody().setPrefix(prefix);
        message.setProperty(SOAPMessage.WRITE_XML_DECLARATION, "true");
        message.setProperty(SOAPMessage.CHARACTER_SET_ENCODING, "utf-8");
        return message;
    }

    private static byte[] write(SOAPMessage message) throws SOAPException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            message.getSOAPBody().getFault().setPrefix(message.getSOAPPart().getEnvelope().getPrefix());
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

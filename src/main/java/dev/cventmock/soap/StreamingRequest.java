package dev.cventmock.soap;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.guests.CustomField;
import dev.cventmock.cvent.guests.GuestChange;
import dev.cventmock.cvent.guests.GuestField;
import dev.cventmock.cvent.guests.InvalidFieldValueException;
import dev.cventmock.xml.PlainXmlReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Login or UpdateGuestInfo request read in one streaming pass, straight into the model's types. It reads
 * what JAXB would bind (elements by exact name and namespace, unknown elements and attributes ignored) and
 * gives up ({@link Unsupported}) on anything it does not fully understand, so the call can go to Metro.
 */
final class StreamingRequest {
    private static final String TNS = SoapOperation.API_NAMESPACE;
    private static final String S1 = SoapOperation.SCHEMA_NAMESPACE;

    /** The request holds something only the full JAX-WS stack handles (e.g. a mustUnderstand header). */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** Given by the caller, or (when the caller passes null) the one the Body holds. */
    SoapOperation operation;
    /** The CventSessionHeader as sent, or null when there was none. */
    SessionHeader header;
    String accountNumber;
    String userName;
    String password;
    String eventId;
    final List<GuestChange> guests = new ArrayList<>();
    /** Retrieve's ObjectType and Ids (Id children, or else the Ids element's own text, as a Go client sends it). */
    String objectType;
    final List<String> ids = new ArrayList<>();

    /** The session header's value and any attributes it carried (echoed back as sent). */
    record SessionHeader(String value, List<String[]> attributes) {
    }

    private StreamingRequest(SoapOperation operation) {
        this.operation = operation;
    }

    /**
     * @param operation the operation routing found, or null to take the one the Body holds (then this one pass
     *                  is all the reading a call needs; anything unexpected is {@link Unsupported})
     * @throws Unsupported   when Metro should take the call instead
     * @throws CventException INVALID_SOAP_REQUEST for a guest attribute that is not of its type, or a malformed
     *                        Envelope (two Bodies or Headers)
     */
    static StreamingRequest read(XmlInput xml, RequestXml body, SoapVersion version, SoapOperation operation)
            throws Unsupported {
        XMLStreamReader plain = body.openPlain(xml.limits());
        if (plain != null) {
            try {
                return read(plain, version, operation);
            } catch (PlainXmlReader.NotPlain e) {
                // read again, from the start, by the full parser: it reads the rest, or says what is wrong
            }
        }
        try {
            return read(body.open(xml.factory()), version, operation);
        } catch (XMLStreamException e) {
            throw new Unsupported("not readable in one pass: " + e.getMessage());
        }
    }

    /** Nothing is kept from a read that ends in NotPlain: the request is read into a fresh object each time. */
    private static StreamingRequest read(XMLStreamReader r, SoapVersion version, SoapOperation operation)
            throws Unsupported, PlainXmlReader.NotPlain {
        StreamingRequest request = new StreamingRequest(operation);
        try {
            r.nextTag();
            if (!r.getLocalName().equals("Envelope") || !version.envelopeNamespace().equals(r.getNamespaceURI())) {
                throw new Unsupported("the root is not a " + version.label() + " Envelope");
            }
            boolean bodySeen = false;
            EnvelopeShape shape = new EnvelopeShape(version.envelopeNamespace());
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                String malformed = shape.child(ns, name);
                if (malformed != null) {
                    throw new CventException(CventError.INVALID_SOAP_REQUEST, malformed);
                }
                if (!version.envelopeNamespace().equals(ns)) {
                    throw new Unsupported("unexpected element " + name + " in the Envelope");
                }
                if (name.equals("Header") && !bodySeen) {
                    request.readHeader(r, version);
                } else if (name.equals("Body") && !bodySeen) {
                    request.readBody(r);
                    bodySeen = true;
                } else {
                    throw new Unsupported("unexpected element " + name + " in the Envelope");
                }
            }
            if (!bodySeen) {
                throw new Unsupported("no Body");
            }
            while (r.hasNext()) {
                r.next(); // to the end of the document: anything after the Envelope must still be well-formed
            }
            if (request.invalidValue != null) {
                throw request.invalidValue; // only now: a document that is not well-formed is refused for that first
            }
            return request;
        } catch (PlainXmlReader.NotPlain e) {
            throw e;
        } catch (XMLStreamException e) {
            throw new Unsupported("not readable in one pass: " + e.getMessage());
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held beyond the byte array
            }
        }
    }

    private void readHeader(XMLStreamReader r, SoapVersion version) throws XMLStreamException, Unsupported {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("CventSessionHeader")) {
                List<String[]> attributes = new ArrayList<>(0);
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String ans = r.getAttributeNamespace(i);
                    if (version.envelopeNamespace().equals(ans)) {
                        continue; // SOAP's own attributes (mustUnderstand, actor/role) are not the header's data
                    }
                    attributes.add(new String[] {ans == null ? "" : ans, r.getAttributeLocalName(i), r.getAttributeValue(i)});
                }
                String value = null;
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("CventSessionValue")) {
                        value = r.getElementText();
                    } else {
                        skip(r);
                    }
                }
                header = new SessionHeader(value, attributes);
            } else {
                if (mustUnderstand(r, version)) {
                    throw new Unsupported("a mustUnderstand header");
                }
                skip(r);
            }
        }
    }

    private void readBody(XMLStreamReader r) throws XMLStreamException, Unsupported {
        if (r.nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw new Unsupported("an empty Body");
        }
        SoapOperation found = SoapOperation.ofElement(r.getNamespaceURI(), r.getLocalName());
        if (found == null || (operation != null && found != operation)) {
            throw new Unsupported("the Body does not start with " + (operation == null ? "a known operation" : operation.wireName()));
        }
        if (!found.streamed()) {
            throw new Unsupported(found.wireName() + " is served by Metro");
        }
        operation = found;
        switch (operation) {
            case LOGIN -> readLogin(r);
            case RETRIEVE -> readRetrieve(r);
            default -> readUpdate(r);
        }
        if (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            throw new Unsupported("more than one element in the Body");
        }
    }

    private void readLogin(XMLStreamReader r) throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!TNS.equals(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "AccountNumber" -> accountNumber = r.getElementText();
                case "UserName" -> userName = r.getElementText();
                case "Password" -> password = r.getElementText();
                default -> skip(r);
            }
        }
    }

    /** As JAXB reads it: the last ObjectType and the last Ids count; elements of other names or namespaces are ignored. */
    private void readRetrieve(XMLStreamReader r) throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("ObjectType")) {
                objectType = r.getElementText();
            } else if (S1.equals(r.getNamespaceURI()) && r.getLocalName().equals("Ids")) {
                ids.clear();
                StringBuilder bare = new StringBuilder();
                int e;
                while ((e = r.next()) != XMLStreamConstants.END_ELEMENT) {
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        if (S1.equals(r.getNamespaceURI()) && r.getLocalName().equals("Id")) {
                            ids.add(r.getElementText());
                        } else {
                            skip(r);
                        }
                    } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                        bare.append(r.getText());
                    }
                }
                if (ids.isEmpty()) {
                    ids.addAll(BareIds.split(bare));
                }
            } else {
                skip(r);
            }
        }
    }

    private void readUpdate(XMLStreamReader r) throws XMLStreamException, Unsupported {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("EventId")) {
                eventId = r.getElementText();
            } else if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("Guests")) {
                guests.clear(); // as JAXB: a repeated Guests element replaces the earlier one
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (TNS.equals(r.getNamespaceURI()) && r.getLocalName().equals("Guest")) {
                        guests.add(readGuest(r, guests.size() + 1));
                    } else {
                        skip(r);
                    }
                }
            } else {
                skip(r);
            }
        }
    }

    /** The first guest attribute that was not of its type: the call's fault, once the whole document has been read. */
    private CventException invalidValue;

    private GuestChange readGuest(XMLStreamReader r, int index) throws XMLStreamException, Unsupported {
        if ("true".equals(r.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"))) {
            skip(r);
            return null;
        }
        GuestChange.Builder b = GuestChange.builder();
        try {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ans = r.getAttributeNamespace(i);
                if (ans != null && !ans.isEmpty()) {
                    continue;
                }
                String name = r.getAttributeLocalName(i);
                String value = r.getAttributeValue(i);
                switch (name) {
                    case "Id" -> b.id(value);
                    case "MessageId" -> b.messageId(value);
                    case "TransactionID" -> { /* a CvObject attribute the emulator does not keep */ }
                    default -> {
                        GuestField f = GuestField.exactly(name);
                        if (f != null) {
                            b.set(f, value);
                        }
                    }
                }
            }
        } catch (InvalidFieldValueException e) {
            if (invalidValue == null) {
                invalidValue = GuestWireMapping.invalidValue(index, e);
            }
        }
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (S1.equals(r.getNamespaceURI()) && r.getLocalName().equals("CustomFieldDetail")) {
                b.customField(new CustomField(r.getAttributeValue(null, "FieldId"), r.getAttributeValue(null, "FieldName"),
                        r.getAttributeValue(null, "FieldType"), r.getAttributeValue(null, "FieldValue")));
            }
            skip(r);
        }
        return b.build();
    }

    private static boolean mustUnderstand(XMLStreamReader r, SoapVersion version) {
        String v = r.getAttributeValue(version.envelopeNamespace(), "mustUnderstand");
        return v != null && (v.strip().equals("1") || v.strip().equals("true"));
    }

    /** Skips the current element and everything in it; leaves the reader on its end tag. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

}

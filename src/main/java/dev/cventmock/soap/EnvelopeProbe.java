package dev.cventmock.soap;

import dev.cventmock.journal.CallContext;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads just enough of a request to route it: the envelope's namespace and the first element in the Body.
 * DTDs are refused outright, so no entity is ever expanded or fetched.
 */
final class EnvelopeProbe {
    /** What the probe found: {@code envelopeNamespace} of the root, and the Body's first child (may be null). */
    record Result(String envelopeNamespace, String operationNamespace, String operationName) {
    }

    static final class NotSoapException extends Exception {
        NotSoapException(String message) {
            super(message, null, false, false);
        }
    }

    private EnvelopeProbe() {
    }

    static Result probe(XMLInputFactory factory, RequestXml body) throws NotSoapException {
        if (body.size() == 0) {
            throw new NotSoapException("the request body is empty");
        }
        XMLStreamReader r = null;
        try {
            r = body.open(factory);
            int depth = 0;
            String envelopeNs = null;
            boolean inBody = false;
            while (r.hasNext()) {
                int event = next(r);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        if (!"Envelope".equals(r.getLocalName())) {
                            throw new NotSoapException("the root element is " + r.getLocalName() + ", not a SOAP Envelope");
                        }
                        envelopeNs = r.getNamespaceURI();
                        if (SoapVersion.ofEnvelopeNamespace(envelopeNs) == null) {
                            return new Result(envelopeNs, null, null);
                        }
                    } else if (depth == 2 && "Body".equals(r.getLocalName()) && envelopeNs.equals(r.getNamespaceURI())) {
                        inBody = true;
                    } else if (depth == 3 && inBody) {
                        return new Result(envelopeNs, r.getNamespaceURI(), r.getLocalName());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && inBody) {
                        return new Result(envelopeNs, null, null); // empty Body
                    }
                    depth--;
                }
            }
            throw new NotSoapException(envelopeNs == null ? "the request body has no root element" : "the Envelope has no Body");
        } catch (XMLStreamException e) {
            throw new NotSoapException("the request body is not well-formed XML: " + describe(e));
        } finally {
            close(r);
        }
    }

    /** The reader's next event; a DOCTYPE, wherever it is, makes the message not SOAP. */
    private static int next(XMLStreamReader r) throws XMLStreamException, NotSoapException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
            throw new NotSoapException("a DOCTYPE is not allowed in a SOAP message");
        }
        return event;
    }

    /**
     * Fills the call's event and guest ids from an UpdateGuestInfo body, or the ids of a Retrieve (for fault rules that
     * match on them, before Metro has parsed it). A body it cannot read leaves the call as it was.
     */
    static void scanGuests(XMLInputFactory factory, RequestXml body, CallContext call) {
        XMLStreamReader r = null;
        try {
            r = body.open(factory);
            String eventId = null;
            java.util.List<String[]> guests = new java.util.ArrayList<>();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("EventId") && SoapOperation.API_NAMESPACE.equals(r.getNamespaceURI())) {
                    eventId = r.getElementText().strip();
                } else if (name.equals("Guest") && SoapOperation.API_NAMESPACE.equals(r.getNamespaceURI())) {
                    guests.add(new String[] {r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "MessageId")});
                } else if (name.equals("Id") && SoapOperation.SCHEMA_NAMESPACE.equals(r.getNamespaceURI())) {
                    guests.add(new String[] {r.getElementText().strip(), null});
                }
            }
            call.subject(eventId, guests.size());
            for (String[] g : guests) {
                call.guest(g[0], g[1]);
            }
        } catch (XMLStreamException e) {
            // not readable: rules that need ids simply do not match; Metro reports the real problem
        } finally {
            close(r);
        }
    }

    /**
     * Reads the whole document once, so the parser's limits, well-formedness and the Envelope's shape hold for
     * all of it before it is handed to Metro (which parses with its own settings, and takes the first of two Bodies).
     */
    static void scanToEnd(XMLInputFactory factory, RequestXml body) throws NotSoapException {
        XMLStreamReader r = null;
        try {
            r = body.open(factory);
            int depth = 0;
            EnvelopeShape shape = null;
            while (r.hasNext()) {
                int event = next(r);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        shape = new EnvelopeShape(r.getNamespaceURI());
                    } else if (depth == 2) {
                        String malformed = shape.child(r.getNamespaceURI(), r.getLocalName());
                        if (malformed != null) {
                            throw new NotSoapException(malformed);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new NotSoapException("the request body is not acceptable XML: " + describe(e));
        } finally {
            close(r);
        }
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage();
        int at = message == null ? -1 : message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + 9) : String.valueOf(message);
        int where = text.indexOf("\n at [");
        if (where >= 0) {
            text = text.substring(0, where);
        }
        if (e.getLocation() != null) {
            text += " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
        }
        return text.strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the byte array
            }
        }
    }

}

package dev.cventmock.soap;

/**
 * SOAP's rule for the children of an Envelope, decided in one place for every pass that reads a whole request: at
 * most one Header, and it comes first; exactly one Body. A second Body or Header is a malformed envelope (which of
 * two Bodies would be the call?), refused before anything is applied; other elements are left to the reader.
 */
final class EnvelopeShape {
    private final String envelopeNamespace;
    private boolean header;
    private boolean body;

    EnvelopeShape(String envelopeNamespace) {
        this.envelopeNamespace = envelopeNamespace;
    }

    /** Takes the next child of the Envelope; returns why the envelope is malformed, or null. */
    String child(String namespace, String localName) {
        if (!envelopeNamespace.equals(namespace)) {
            return null;
        }
        if (localName.equals("Header")) {
            if (header) {
                return "the Envelope has more than one Header";
            }
            if (body) {
                return "the Envelope's Header comes after its Body";
            }
            header = true;
        } else if (localName.equals("Body")) {
            if (body) {
                return "the Envelope has more than one Body";
            }
            body = true;
        }
        return null;
    }
}

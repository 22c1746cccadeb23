package dev.cventmock.soap;

/** The frame of the envelopes written as text: declaration, envelope and body in the prefixes ASMX uses. */
final class SoapEnvelopeText {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private SoapEnvelopeText() {
    }

    static String prefix(SoapVersion version) {
        return version == SoapVersion.SOAP_11 ? "soap" : "soap12";
    }

    /** Declaration and the open Envelope element; a Header may follow before {@link #body}. */
    static StringBuilder open(SoapVersion version, int capacity) {
        String p = prefix(version);
        return new StringBuilder(capacity).append(DECLARATION).append('<').append(p).append(":Envelope xmlns:")
                .append(p).append("=\"").append(version.envelopeNamespace()).append("\">");
    }

    static StringBuilder body(SoapVersion version, StringBuilder b) {
        return b.append('<').append(prefix(version)).append(":Body>");
    }

    static StringBuilder openBody(SoapVersion version, int capacity) {
        return body(version, open(version, capacity));
    }

    static String closeBody(SoapVersion version, StringBuilder b) {
        String p = prefix(version);
        return b.append("</").append(p).append(":Body></").append(p).append(":Envelope>").toString();
    }
}

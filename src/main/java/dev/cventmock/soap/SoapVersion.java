package dev.cventmock.soap;

import jakarta.xml.soap.SOAPConstants;

/** The two SOAP versions served on the one address, told apart by the request's media type. */
public enum SoapVersion {
    SOAP_11("SOAP 1.1", "text/xml", SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, SOAPConstants.SOAP_1_1_PROTOCOL),
    SOAP_12("SOAP 1.2", "application/soap+xml", SOAPConstants.URI_NS_SOAP_1_2_ENVELOPE, SOAPConstants.SOAP_1_2_PROTOCOL);

    private final String label;
    private final String mediaType;
    private final String envelopeNamespace;
    private final String saajProtocol;

    SoapVersion(String label, String mediaType, String envelopeNamespace, String saajProtocol) {
        this.label = label;
        this.mediaType = mediaType;
        this.envelopeNamespace = envelopeNamespace;
        this.saajProtocol = saajProtocol;
    }

    public String label() {
        return label;
    }

    public String envelopeNamespace() {
        return envelopeNamespace;
    }

    String saajProtocol() {
        return saajProtocol;
    }

    /** The Content-Type of this version's responses. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The version a request's Content-Type asks for, or null when it is not a SOAP media type. Read in place
     * (no copies): it runs on every SOAP call, twice on the direct path.
     */
    public static SoapVersion ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int end = contentType.indexOf(';');
        end = end < 0 ? contentType.length() : end;
        int start = 0;
        while (start < end && Character.isWhitespace(contentType.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(contentType.charAt(end - 1))) {
            end--;
        }
        if (SOAP_11.isMediaType(contentType, start, end)) {
            return SOAP_11;
        }
        return SOAP_12.isMediaType(contentType, start, end) ? SOAP_12 : null;
    }

    /** ASCII letters in either case; any other character as it is (so no Unicode case folding sneaks in a match). */
    private boolean isMediaType(String s, int start, int end) {
        if (end - start != mediaType.length()) {
            return false;
        }
        for (int i = 0; i < mediaType.length(); i++) {
            char c = s.charAt(start + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != mediaType.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The version whose envelope namespace this is, or null. */
    public static SoapVersion ofEnvelopeNamespace(String namespace) {
        for (SoapVersion v : values()) {
            if (v.envelopeNamespace.equals(namespace)) {
                return v;
            }
        }
        return null;
    }
}

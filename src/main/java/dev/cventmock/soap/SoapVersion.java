package dev.cventmock.soap;

import jakarta.xml.soap.SOAPConstants;
import java.util.Locale;

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

    /** The version a request's Content-Type asks for, or null when it is not a SOAP media type. */
    public static SoapVersion ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String media = contentType;
        int semicolon = media.indexOf(';');
        if (semicolon >= 0) {
            media = media.substring(0, semicolon);
        }
        media = media.strip().toLowerCase(Locale.ROOT);
        if (media.equals(SOAP_11.mediaType)) {
            return SOAP_11;
        }
        if (media.equals(SOAP_12.mediaType)) {
            return SOAP_12;
        }
        return null;
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

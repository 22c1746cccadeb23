package dev.cventmock.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The contract as served at {@code ?WSDL}: the WSDL from {@code wsdl/}, read once, with both
 * {@code soap:address} and {@code soap12:address} locations set to the endpoint URL of each request.
 */
public final class WsdlDocument {
    static final String RESOURCE = "/wsdl/V200611.wsdl";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    private static final String LOCATION_ATTRIBUTE = "location=\"";

    private final String[] parts;

    private WsdlDocument(String text) {
        // split around every address location value so rendering is a concatenation, not a parse
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(LOCATION_ATTRIBUTE, from)) >= 0) {
            int valueStart = at + LOCATION_ATTRIBUTE.length();
            pieces.add(text.substring(from, valueStart));
            from = text.indexOf('"', valueStart);
        }
        pieces.add(text.substring(from));
        if (pieces.size() != 3) {
            throw new IllegalStateException("the WSDL must have exactly two address locations, found " + (pieces.size() - 1));
        }
        this.parts = pieces.toArray(String[]::new);
    }

    public static WsdlDocument load() {
        try (InputStream in = WsdlDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new WsdlDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ?WSDL} in any letter case, or {@code ?wsdl=...} as some tools ask for an imported part. */
    static boolean isWsdlQuery(String query) {
        return query != null && (query.equalsIgnoreCase("wsdl") || query.regionMatches(true, 0, "wsdl=", 0, 5));
    }

    static URL url() {
        return WsdlDocument.class.getResource(RESOURCE);
    }

    public byte[] render(String endpointUrl) {
        String location = XmlText.escape(endpointUrl);
        return (parts[0] + location + parts[1] + location + parts[2]).getBytes(StandardCharsets.UTF_8);
    }
}

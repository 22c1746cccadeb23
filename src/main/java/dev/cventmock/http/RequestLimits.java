package dev.cventmock.http;

/**
 * How much a request may be: body bytes (refused from Content-Length before reading, and while reading when
 * there is none), and for XML bodies element depth, attributes per element, attribute and text length.
 */
public record RequestLimits(long maxBodyBytes, int maxXmlDepth, int maxXmlAttributes, int maxXmlAttributeLength,
                            int maxXmlTextLength) {
    public static final RequestLimits DEFAULTS = new RequestLimits(10L * 1024 * 1024, 100, 200, 65_536, 1_048_576);

    public RequestLimits {
        if (maxBodyBytes < 1 || maxXmlDepth < 4 || maxXmlAttributes < 50 || maxXmlAttributeLength < 256 || maxXmlTextLength < 256) {
            throw new IllegalArgumentException("request limits too small to carry a valid request: " + this);
        }
    }
}

package dev.cventmock.http;

/**
 * How much a request may be: body bytes (refused from Content-Length before reading, and while reading when
 * there is none), and for XML bodies element depth, attributes per element, attribute and text length.
 */
public record RequestLimits(long maxBodyBytes, int maxXmlDepth, int maxXmlAttributes, int maxXmlAttributeLength,
                            int maxXmlTextLength) {
    public static final RequestLimits DEFAULTS = new RequestLimits(10L * 1024 * 1024, 100, 200, 65_536, 1_048_576);
    /** The smallest limits that still let a valid request through (the command line's ranges start here too). */
    public static final long MIN_BODY_BYTES = 1;
    public static final int MIN_XML_DEPTH = 4;
    public static final int MIN_XML_ATTRIBUTES = 50;
    public static final int MIN_XML_ATTRIBUTE_LENGTH = 256;
    public static final int MIN_XML_TEXT_LENGTH = 256;

    public RequestLimits {
        atLeast("maxBodyBytes", maxBodyBytes, MIN_BODY_BYTES);
        atLeast("maxXmlDepth", maxXmlDepth, MIN_XML_DEPTH);
        atLeast("maxXmlAttributes", maxXmlAttributes, MIN_XML_ATTRIBUTES);
        atLeast("maxXmlAttributeLength", maxXmlAttributeLength, MIN_XML_ATTRIBUTE_LENGTH);
        atLeast("maxXmlTextLength", maxXmlTextLength, MIN_XML_TEXT_LENGTH);
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " is " + value + "; at least " + min + " is needed to carry a valid request");
        }
    }
}

package dev.cventmock.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.testing.SoapClient;
import dev.cventmock.testing.Xml;
import org.w3c.dom.Element;

/** Checks a response is a Cvent-format fault: code in the Cvent schema namespace, symbol, actor, detail. */
public final class FaultAssertions {
    private FaultAssertions() {
    }

    /** @return the Exception-Detail text */
    public static String assertCventFault(SoapClient.Response r, boolean soap12, String code, String symbol) {
        assertEquals(500, r.status(), r.body());
        Xml xml = r.xml();
        String detailText;
        if (!soap12) {
            assertTrue(r.contentType().startsWith("text/xml"), r.contentType());
            Element faultcode = xml.element("/soap:Envelope/soap:Body/soap:Fault/faultcode");
            assertQName(faultcode, code);
            assertEquals(symbol, xml.text("/soap:Envelope/soap:Body/soap:Fault/faultstring"));
            assertTrue(xml.text("/soap:Envelope/soap:Body/soap:Fault/faultactor").endsWith("/soap/V200611.ASMX"));
            detailText = xml.text("/soap:Envelope/soap:Body/soap:Fault/detail/s1:Main-Exception/s1:Exception-Detail");
            assertEquals(1, xml.count("/soap:Envelope/soap:Body/soap:Fault/detail/s1:Secondary-Exception"));
        } else {
            assertTrue(r.contentType().startsWith("application/soap+xml"), r.contentType());
            String fault = "/soap12:Envelope/soap12:Body/soap12:Fault";
            Element value = xml.element(fault + "/soap12:Code/soap12:Value");
            String top = value.getTextContent().strip();
            assertEquals(Xml.SOAP12, value.lookupNamespaceURI(top.substring(0, top.indexOf(':'))));
            assertEquals(code.equals("CV10000") ? "Receiver" : "Sender", top.substring(top.indexOf(':') + 1));
            assertQName(xml.element(fault + "/soap12:Code/soap12:Subcode/soap12:Value"), code);
            assertEquals(symbol, xml.text(fault + "/soap12:Reason/soap12:Text"));
            assertTrue(xml.text(fault + "/soap12:Role").endsWith("/soap/V200611.ASMX"));
            detailText = xml.text(fault + "/soap12:Detail/s1:Main-Exception/s1:Exception-Detail");
        }
        assertNoInternals(r.body());
        return detailText;
    }

    /** The element's text is prefix:code with the prefix bound, on that element, to the Cvent schema namespace. */
    static void assertQName(Element e, String code) {
        String text = e.getTextContent().strip();
        int colon = text.indexOf(':');
        assertTrue(colon > 0, "qualified code expected: " + text);
        assertEquals(code, text.substring(colon + 1));
        assertEquals(Xml.S1, e.lookupNamespaceURI(text.substring(0, colon)));
        assertEquals("q0", text.substring(0, colon), "the prefix Cvent uses");
    }

    /** What would betray internals in an answer: stack frames, exception and class names, source files. */
    public static final String[] INTERNALS = {"Exception:", "at com.", "at java.", "at org.", "dev.cventmock", "com.sun.", ".java:"};

    public static void assertNoInternals(String body) {
        for (String leak : INTERNALS) {
            assertTrue(!body.contains(leak), "response leaks internals (" + leak + "): " + body);
        }
    }
}

package dev.cventmock.soap;

import java.io.StringWriter;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Node;

/** Serialises a DOM node back to text, for sub-document assertions. */
final class SoapXml {
    private SoapXml() {
    }

    static String serialize(Node node) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

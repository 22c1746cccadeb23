package dev.cventmock.testing;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An answer's XML in a form two engines must agree on: element and attribute names by namespace (prefixes and
 * namespace declarations aside, attributes sorted), QName-valued text and xsi:type resolved, and the values each server
 * makes its own (sessions, addresses, confirmation numbers) masked.
 */
public final class CanonicalXml {
    private CanonicalXml() {
    }

    /** Element names and attributes by namespace, QName-valued text resolved, volatile values masked. */
    public static String of(Element e) {
        StringBuilder b = new StringBuilder();
        canonical(e, b, 0);
        return b.toString();
    }

    private static void canonical(Element e, StringBuilder b, int depth) {
        b.append("  ".repeat(depth)).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
        NamedNodeMap attributes = e.getAttributes();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                continue;
            }
            String value = a.getValue();
            if (a.getLocalName().equals("CventSessionHeader") || a.getLocalName().equals("ServerURL")
                    || a.getLocalName().equals("GuestConfirmationNumber")) {
                value = value.isEmpty() ? "" : "<masked>"; // a session, an address, a random number: each server its own
            }
            if (a.getLocalName().equals("type") && "http://www.w3.org/2001/XMLSchema-instance".equals(a.getNamespaceURI())) {
                int colon = value.indexOf(':'); // a QName: compared by namespace, whatever the prefix
                value = "{" + e.lookupNamespaceURI(colon < 0 ? null : value.substring(0, colon)) + "}" + value.substring(colon + 1);
            }
            list.add("{" + a.getNamespaceURI() + "}" + a.getLocalName() + "=" + value);
        }
        list.sort(String::compareTo);
        b.append(' ').append(list).append('\n');
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                canonical(child, b, depth + 1);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        String t = text.toString().strip();
        int colon = t.indexOf(':');
        if (colon > 0 && t.indexOf(' ') < 0 && e.lookupNamespaceURI(t.substring(0, colon)) != null) {
            t = "{" + e.lookupNamespaceURI(t.substring(0, colon)) + "}" + t.substring(colon + 1);
        }
        if (!t.isEmpty()) {
            b.append("  ".repeat(depth + 1)).append('"').append(t).append("\"\n");
        }
    }
}

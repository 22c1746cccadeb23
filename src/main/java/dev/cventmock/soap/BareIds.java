package dev.cventmock.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Retrieve's Ids sent as bare text ({@code <Ids>GUID</Ids>}, as a public Go client does) rather than as Id children:
 * JAXB drops text in an element-only type, so the request is read again for it. Several ids may be separated by
 * commas or blanks.
 */
final class BareIds {
    private BareIds() {
    }

    /** Ids in text, separated by commas or blanks. */
    static List<String> split(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String id : text.toString().split("[,\\s]+")) {
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    /** The ids written as text directly inside {@code s1:Ids}; empty when there are none. */
    static List<String> of(XMLInputFactory factory, byte[] body) {
        List<String> out = new ArrayList<>();
        try {
            XMLStreamReader r = new RequestXml(body).open(factory);
            try {
                int depthInIds = -1;
                int depth = 0;
                StringBuilder text = new StringBuilder();
                while (r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depthInIds < 0 && "Ids".equals(r.getLocalName())
                                && SoapOperation.SCHEMA_NAMESPACE.equals(r.getNamespaceURI())) {
                            depthInIds = depth;
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        if (depth == depthInIds) {
                            break;
                        }
                        depth--;
                    } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && depth == depthInIds) {
                        text.append(r.getText());
                    }
                }
                out.addAll(split(text));
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return List.of(); // Metro has read this body already: it is well-formed
        }
        return out;
    }
}

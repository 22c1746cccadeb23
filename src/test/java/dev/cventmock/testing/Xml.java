package dev.cventmock.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A parsed response, queried by XPath with fixed prefixes bound to namespaces, so assertions are about
 * namespaces, never about the prefixes a server happened to choose: {@code soap}, {@code soap12},
 * {@code tns} (api.cvent.com/2006-11), {@code s1} (schemas.cvent.com/api/2006-11).
 */
public final class Xml {
    public static final String TNS = "http://api.cvent.com/2006-11";
    public static final String S1 = "http://schemas.cvent.com/api/2006-11";
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    private static final Map<String, String> PREFIXES = Map.of("soap", SOAP11, "soap12", SOAP12, "tns", TNS, "s1", S1,
            "wsdl", "http://schemas.xmlsoap.org/wsdl/", "wsoap", "http://schemas.xmlsoap.org/wsdl/soap/",
            "wsoap12", "http://schemas.xmlsoap.org/wsdl/soap12/", "xs", "http://www.w3.org/2001/XMLSchema");

    private final Document doc;
    private final XPath xpath;

    private Xml(Document doc) {
        this.doc = doc;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new PrefixMap(PREFIXES));
    }

    public static Xml parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xml(f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    public Document document() {
        return doc;
    }

    /** The string value of the expression ("" when nothing matches). */
    public String text(String expression) {
        try {
            return (String) xpath.evaluate(expression, doc, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    public List<Element> elements(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    public int count(String expression) {
        return elements(expression).size();
    }

    public Element element(String expression) {
        List<Element> found = elements(expression);
        if (found.size() != 1) {
            throw new AssertionError("expected one element for " + expression + ", found " + found.size());
        }
        return found.get(0);
    }
}

package dev.cventmock.soapui;

import dev.cventmock.testing.PrefixMap;
import dev.cventmock.testing.SoapClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Replays a SoapUI project the way SoapUI's test runner would, for the step and assertion types the
 * cvent-mock project uses: properties, SOAP request and property-transfer steps; SOAP Response, Not SOAP
 * Fault, SOAP Fault, Valid HTTP Status Codes and XPath Match assertions; ${#Project#p}, ${#TestCase#p} and
 * ${Step#p} expansion. Anything else in the project is reported as unsupported rather than skipped.
 */
final class SoapUiReplay {
    static final String CON = "http://eviware.com/soapui/config";
    private static final Pattern EXPANSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern DECLARE = Pattern.compile("declare\\s+namespace\\s+(\\w+)\\s*=\\s*['\"]([^'\"]*)['\"]\\s*;");
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    private final Document project;
    private final Map<String, String> projectProperties;
    private final Map<String, Map<String, String>> operations = new HashMap<>(); // interface -> operation -> action
    private final Map<String, String> soapVersions = new HashMap<>();

    SoapUiReplay(Path file, Map<String, String> overrides) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        project = f.newDocumentBuilder().parse(file.toFile());
        projectProperties = properties(child(project.getDocumentElement(), "properties"));
        projectProperties.putAll(overrides);
        for (Element i : children(project.getDocumentElement(), "interface")) {
            soapVersions.put(i.getAttribute("name"), i.getAttribute("soapVersion"));
            Map<String, String> ops = new HashMap<>();
            for (Element op : children(i, "operation")) {
                ops.put(op.getAttribute("name"), op.getAttribute("action"));
            }
            operations.put(i.getAttribute("name"), ops);
        }
    }

    /** Every test case of every suite, by "suite / case" name. */
    Map<String, Element> testCases() {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element suite : children(project.getDocumentElement(), "testSuite")) {
            for (Element tc : children(suite, "testCase")) {
                out.put(suite.getAttribute("name") + " / " + tc.getAttribute("name"), tc);
            }
        }
        return out;
    }

    /** Runs one test case; returns the failures (empty when it passed) and counts what it checked. */
    Result run(Element testCase) throws Exception {
        Run run = new Run(properties(child(testCase, "properties")));
        for (Element step : children(testCase, "testStep")) {
            String name = step.getAttribute("name");
            Element config = child(step, "config");
            switch (step.getAttribute("type")) {
                case "properties" -> run.stepProperties.put(name, properties(child(config, "properties")));
                case "request" -> run.request(name, config);
                case "transfer" -> run.transfer(config);
                default -> run.failures.add(name + ": unsupported step type " + step.getAttribute("type"));
            }
        }
        return new Result(run.failures, run.assertions, run.requests);
    }

    record Result(List<String> failures, int assertions, int requests) {
    }

    private final class Run {
        final Map<String, String> caseProperties;
        final Map<String, Map<String, String>> stepProperties = new HashMap<>();
        final Map<String, SoapClient.Response> responses = new HashMap<>();
        final List<String> failures = new ArrayList<>();
        int assertions;
        int requests;

        Run(Map<String, String> caseProperties) {
            this.caseProperties = caseProperties;
        }

        void request(String name, Element config) {
            String iface = text(child(config, "interface"));
            String op = text(child(config, "operation"));
            Element request = child(config, "request");
            String endpoint = expand(text(child(request, "endpoint")));
            String body = expand(text(child(request, "request")));
            String action = operations.getOrDefault(iface, Map.of()).get(op);
            if (action == null) {
                failures.add(name + ": operation " + op + " is not in interface " + iface);
                return;
            }
            boolean soap12 = "1_2".equals(soapVersions.get(iface));
            SoapClient client = new SoapClient(endpoint);
            SoapClient.Response response = soap12
                    ? client.post("application/soap+xml; charset=utf-8; action=\"" + action + "\"", null, body)
                    : client.post("text/xml; charset=utf-8", "\"" + action + "\"", body);
            requests++;
            responses.put(name, response);
            for (Element a : children(request, "assertion")) {
                assertions++;
                String problem = check(a, response);
                if (problem != null) {
                    failures.add(name + " / " + a.getAttribute("name") + ": " + problem);
                }
            }
        }

        String check(Element assertion, SoapClient.Response response) {
            Document doc = parse(response.body());
            String type = assertion.getAttribute("type");
            switch (type) {
                case "SOAP Response" -> {
                    return doc != null && isEnvelope(doc) ? null : "not a SOAP envelope: " + response.body();
                }
                case "SOAP Fault Assertion" -> { // SoapUI's id of "Not SOAP Fault"
                    return doc != null && !hasFault(doc) ? null : "a SOAP fault: " + response.body();
                }
                case "Not SOAP Fault Assertion" -> { // SoapUI's id of "SOAP Fault"
                    return doc != null && hasFault(doc) ? null : "no SOAP fault: " + response.body();
                }
                case "Valid HTTP Status Codes" -> {
                    Element conf = child(assertion, "configuration");
                    String codes = conf == null ? "" : textOfLocal(conf, "codes");
                    for (String c : codes.split(",")) {
                        if (c.strip().equals(String.valueOf(response.status()))) {
                            return null;
                        }
                    }
                    return "HTTP " + response.status() + " not in " + codes;
                }
                case "XPath Match" -> {
                    Element conf = child(assertion, "configuration");
                    String expected = expand(textOfLocal(conf, "content"));
                    String actual = doc == null ? "(no XML)" : xpath(doc, textOfLocal(conf, "path"));
                    return expected.equals(actual) ? null : "expected '" + expected + "' but was '" + actual + "'";
                }
                default -> {
                    return "unsupported assertion type " + type;
                }
            }
        }

        void transfer(Element config) {
            for (Element t : children(config, "transfers")) {
                String source = text(child(t, "sourceStep"));
                SoapClient.Response response = responses.get(source);
                if (!"Response".equals(text(child(t, "sourceType"))) || response == null) {
                    failures.add("transfer " + text(child(t, "name")) + ": no response of step " + source);
                    continue;
                }
                Document doc = parse(response.body());
                String value = doc == null ? "" : xpath(doc, text(child(t, "sourcePath")));
                if (value.isEmpty() && "true".equals(t.getAttribute("failOnError"))) {
                    failures.add("transfer " + text(child(t, "name")) + ": the source path found nothing");
                }
                String target = text(child(t, "targetStep"));
                String property = text(child(t, "targetType"));
                if (target.equals("#TestCase#")) {
                    caseProperties.put(property, value);
                } else if (target.equals("#Project#")) {
                    projectProperties.put(property, value);
                } else {
                    stepProperties.computeIfAbsent(target, k -> new HashMap<>()).put(property, value);
                }
            }
        }

        String expand(String text) {
            Matcher m = EXPANSION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String ref = m.group(1);
                String value;
                if (ref.startsWith("#Project#")) {
                    value = projectProperties.get(ref.substring(9));
                } else if (ref.startsWith("#TestCase#")) {
                    value = caseProperties.get(ref.substring(10));
                } else {
                    int hash = ref.indexOf('#');
                    value = hash < 0 ? null : stepProperties.getOrDefault(ref.substring(0, hash), Map.of()).get(ref.substring(hash + 1));
                }
                if (value == null) {
                    failures.add("unresolved property ${" + ref + "}");
                    value = "";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return m.appendTail(out).toString();
        }
    }

    /** SoapUI's "declare namespace p='uri';" prologue followed by an XPath 1.0 expression, as a string value. */
    static String xpath(Document doc, String expression) {
        Map<String, String> ns = new HashMap<>();
        Matcher m = DECLARE.matcher(expression);
        int end = 0;
        while (m.find()) {
            ns.put(m.group(1), m.group(2));
            end = m.end();
        }
        String path = expression.substring(end).strip();
        try {
            XPath x = XPathFactory.newInstance().newXPath();
            x.setNamespaceContext(new PrefixMap(ns));
            return (String) x.evaluate(path, doc, XPathConstants.STRING);
        } catch (Exception e) {
            return "(XPath error: " + e.getMessage() + ")";
        }
    }

    private static boolean isEnvelope(Document doc) {
        Element root = doc.getDocumentElement();
        return root.getLocalName().equals("Envelope") && (SOAP11.equals(root.getNamespaceURI()) || SOAP12.equals(root.getNamespaceURI()));
    }

    private static boolean hasFault(Document doc) {
        return doc.getElementsByTagNameNS(SOAP11, "Fault").getLength() + doc.getElementsByTagNameNS(SOAP12, "Fault").getLength() > 0;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, String> properties(Element properties) {
        Map<String, String> out = new HashMap<>();
        if (properties != null) {
            for (Element p : children(properties, "property")) {
                out.put(text(child(p, "name")), text(child(p, "value")));
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CON.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = parent == null ? List.of() : children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    /** Text of an un-namespaced child such as an assertion's {@code <path>} or {@code <content>}. */
    private static String textOfLocal(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagName(localName);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}

package dev.cventmock.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cventmock.http.RequestLimits;
import dev.cventmock.xml.PlainXmlReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The plain reader against the full parser it stands in front of: on every document it reads to the end, its
 * events are the full parser's; where it gives up, the events it gave so far are the full parser's first ones
 * (the full parser then reads the document again from the start). Checked on documents written for each
 * construct, on the streaming read's usual requests (which it must read itself), and on many thousands of
 * mutations of them.
 */
class PlainXmlReadingTest {
    private static final XmlInput XML = XmlInput.of(RequestLimits.DEFAULTS);
    private static final String NOT_PLAIN = "NOT PLAIN";
    private static final String ERROR = "ERROR";
    /** The full path refuses a body whose bytes are not UTF-8 before its first event. */
    private static final String NOT_UTF8 = "NOT UTF-8";

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "  <soap:Header><CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">"
            + "<CventSessionValue>tok-1</CventSessionValue></CventSessionHeader></soap:Header>\n"
            + "  <soap:Body>%s</soap:Body>\n</soap:Envelope>\n";

    /** Documents within what the plain reader reads itself. */
    private static final String[] PLAIN = {
        String.format(ENVELOPE, "<Login xmlns=\"http://api.cvent.com/2006-11\"><AccountNumber>A1</AccountNumber>"
                + "<UserName>u</UserName><Password>p &amp; &lt;q&gt; &#233;&#x1F600; é ü 中</Password></Login>"),
        String.format(ENVELOPE, "<UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\"><EventId>E1</EventId><Guests>"
                + "<Guest Id='G1' FirstName=\"Zoë &quot;Z&quot;\" LastName='O&apos;Brien' Company=\"A &amp; B\" xsi:nil=\"false\">"
                + "<CustomFieldDetail xmlns=\"http://schemas.cvent.com/api/2006-11\" FieldId=\"F1\" FieldValue=\"x\"/>"
                + "</Guest><Guest xsi:nil=\"true\"/><Guest Id=\"G2\" Email=\"a@b.example\" ></Guest ></Guests>"
                + "</UpdateGuestInfo>"),
        "\uFEFF<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><a:r xmlns:a='u1' xmlns='d'><b a:x='1' y='2'>t</b>"
                + "<c xmlns=''><d/></c><a:e xmlns:a='u2'/></a:r>",
        "<r>line\r\nbreak\rhere<a v=\"tab\there\r\nnl\nx\" w='&#10;&#13;&#9;'/>  \r\n </r>",
        "<r   a = \"1\"\n\tb\t=\t'2'  >\n<x/><y></y><z.1-2_3 _a=\"\"/></r  >\n\n",
        "<r>a]b]]c&gt;d]]&gt;</r>",
        "<?xml version=\"1.0\"?><r xmlns:p=\"urn:p\"><p:a p:b=\"1\"/></r>",
        // an element repeated with its attribute names changed, moved, cut short, lengthened or prefixed between
        // one tag and the next (the reader foresees each name from the last tag of the same element name)
        "<r xmlns:p=\"u\"><g a=\"1\" bb=\"2\" ccc=\"3\"/><g a=\"1\" bb=\"2\" ccc=\"3\"/><g a=\"1\" bX=\"2\" ccc=\"3\"/>"
                + "<g bb=\"1\" a=\"2\"/><g a=\"1\" bb=\"2\" ccc=\"3\" d=\"4\"/><g a =\"1\" bb\n=\"2\" ccc\t= '3'/>"
                + "<g ab=\"1\" b=\"2\" cc=\"3\"/><g a=\"1\" bb=\"2\" c=\"3\"/><g xmlns:q=\"v\" a=\"1\" q:bb=\"2\"/>"
                + "<g a=\"1\" p:bb=\"2\" ccc=\"3\"/><g a=\"1\" bb=\"2\" ccc=\"3\"><g a=\"1\" xmlns=\"w\"/></g><p:g a=\"1\" bb=\"2\"/></r>",
    };

    /** Documents the plain reader leaves to the full parser, well-formed or not. */
    private static final String[] LEFT = {
        "<r><!-- a comment --></r>",
        "<r><![CDATA[x]]></r>",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>",
        "<r><?pi data?></r>",
        "<r>]]></r>",
        "<r a=\"1\" a=\"2\"/>",
        "<r><g a=\"1\" b=\"2\"/><g a=\"1\" b=\"2\"/><g a=\"1\" a=\"2\"/></r>",
        "<r><g a=\"1\" b=\"2\"/><g a=\"1\" b=\"2\"/><g b=\"1\" b=\"2\"/></r>",
        "<r xmlns:p=\"u\"><g a=\"1\" b=\"2\"/><g a=\"1\" b=\"2\"/><g p:a=\"1\" a=\"2\"/></r>",
        "<r xmlns:p=\"u\"><g p:b=\"1\" a=\"2\"/><g p:b=\"1\" a=\"2\"/><g a=\"1\" a=\"2\"/></r>",
        "<r xmlns:p=\"u\" xmlns:q=\"u\" p:a=\"1\" q:a=\"2\"/>",
        "<r xmlns:p=\"u\" p:a=\"1\" a=\"2\"/>",
        "<p:r/>",
        "<r><a></b></r>",
        "<r>&nbsp;</r>",
        "<r>&#0;</r>",
        "<r>\u0001</r>",
        "<r a=\"<\"/>",
        "<r xml:lang=\"en\"/>",
        "<?xml version=\"1.1\"?><r/>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>",
        "<r/><r/>",
        "<r/>text",
        "<r/><!-- after -->",
        "<r>",
        "<r a='1'b='2'/>",
        "<r xmlns:p=\"\"/>",
        "<éte/>",
        "<r>\uFFFE</r>",
        "<r>\u0085</r>",
    };

    @Test
    void readsPlainDocumentsItselfWithTheFullParsersEvents() throws Exception {
        for (String document : PLAIN) {
            byte[] doc = document.getBytes(StandardCharsets.UTF_8);
            List<String> plain = events(doc, true);
            assertFalse(plain.contains(NOT_PLAIN), () -> "gave up on " + document + ": " + plain);
            assertEquals(events(doc, false), plain, document);
        }
    }

    @Test
    void leavesTheRestToTheFullParserHavingGivenOnlyItsEvents() throws Exception {
        for (String document : LEFT) {
            byte[] doc = document.getBytes(StandardCharsets.UTF_8);
            List<String> plain = events(doc, true);
            assertEquals(NOT_PLAIN, plain.get(plain.size() - 1), () -> "read " + document + " itself: " + plain);
            assertAgrees(doc);
        }
    }

    @Test
    void leavesBytesThatAreNotUtf8ToTheFullParser() throws Exception {
        byte[][] docs = {
            {'<', 'r', '>', (byte) 0xC0, (byte) 0xAF, '<', '/', 'r', '>'}, // overlong '/'
            {'<', 'r', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'r', '>'}, // a surrogate
            {'<', 'r', ' ', 'a', '=', '"', (byte) 0xC3, '"', '/', '>'}, // cut short
            {'<', 'r', '>', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '<', '/', 'r', '>'}, // past U+10FFFF
        };
        for (byte[] doc : docs) {
            List<String> plain = events(doc, true);
            assertEquals(NOT_PLAIN, plain.get(plain.size() - 1), plain::toString);
        }
    }

    @Test
    void staysWithinTheLimitsTheFullParserEnforces() throws Exception {
        RequestLimits small = new RequestLimits(1 << 20, 5, 50, 256, 256);
        String deep = "<a><b><c><d><e>x</e></d></c></b></a>";
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(deep.getBytes(StandardCharsets.UTF_8), small.maxXmlDepth(),
                small.maxXmlAttributes(), small.maxXmlAttributeLength(), small.maxXmlTextLength())));
        String longValue = "<a v=\"" + "x".repeat(300) + "\"/>";
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(longValue.getBytes(StandardCharsets.UTF_8), 100, 50, 256, 256)));
        String longText = "<a>" + "x".repeat(300) + "</a>";
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(longText.getBytes(StandardCharsets.UTF_8), 100, 50, 256, 256)));
        StringBuilder wide = new StringBuilder("<a");
        for (int i = 0; i < 60; i++) {
            wide.append(" a").append(i).append("=\"1\"");
        }
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(wide.append("/>").toString().getBytes(StandardCharsets.UTF_8), 100, 50, 256, 256)));
    }

    /**
     * A streaming read the plain reader gives up on is read again by Woodstox, from the start, into the same request:
     * a comment in the middle of a guest, and one where the plain reader has already read several guests.
     */
    @Test
    void aRequestThePlainReaderLeavesIsReadWholeByTheFullParser() throws Exception {
        String plain = String.format(ENVELOPE, "<UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\"><EventId>E1</EventId>"
                + "<Guests><Guest Id=\"G1\" FirstName=\"Ann\"/><Guest Id=\"G2\" FirstName=\"Bo\"/>"
                + "<Guest Id=\"G3\" FirstName=\"Cy\">%s</Guest></Guests></UpdateGuestInfo>");
        StreamingRequest expected = StreamingRequest.read(XML, new RequestXml(String.format(plain, "")
                .getBytes(StandardCharsets.UTF_8)), SoapVersion.SOAP_11, null);
        for (String inside : new String[] {"<!-- a comment -->", "<![CDATA[ ]]>", "<?pi?>"}) {
            byte[] doc = String.format(plain, inside).getBytes(StandardCharsets.UTF_8);
            assertEquals(NOT_PLAIN, events(doc, true).get(events(doc, true).size() - 1));
            StreamingRequest read = StreamingRequest.read(XML, new RequestXml(doc), SoapVersion.SOAP_11, null);
            assertEquals(SoapOperation.UPDATE_GUEST_INFO, read.operation);
            assertEquals("E1", read.eventId);
            assertEquals(List.of("G1 Ann", "G2 Bo", "G3 Cy"), guests(expected), "the plain read");
            assertEquals(guests(expected), guests(read), inside);
            assertEquals("tok-1", read.header.value());
        }
    }

    private static List<String> guests(StreamingRequest request) {
        return request.guests.stream().map(g -> g.id() + " " + g.get(dev.cventmock.cvent.guests.GuestField.FIRST_NAME)).toList();
    }

    /** Colliding attribute names and a pile of namespace declarations end the plain read instead of slowing it. */
    @Test
    void givesUpBeforeAnyStepStopsBeingLinear() throws Exception {
        StringBuilder colliding = new StringBuilder("<a");
        String[] halves = {"Aa", "BB"}; // the same String hash
        for (int i = 0; i < 32; i++) {
            colliding.append(' ').append(halves[i & 1]).append(halves[i >> 1 & 1]).append(halves[i >> 2 & 1])
                    .append(halves[i >> 3 & 1]).append(halves[i >> 4 & 1]).append("=\"1\"");
        }
        byte[] doc = colliding.append("/>").toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(doc, 100, 200, 1024, 1024)));
        assertAgrees(doc);
        StringBuilder declarations = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            declarations.append("<e xmlns:p").append(i).append("=\"urn:").append(i).append("\">");
        }
        for (int i = 0; i < 70; i++) {
            declarations.append("</e>");
        }
        doc = declarations.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(NOT_PLAIN, last(new PlainXmlReader(doc, 200, 200, 1024, 1024)));
    }

    @Test
    void readsTheBenchmarksRequestsItself() throws Exception {
        for (int guests : new int[] {1, 200}) {
            byte[] doc = BenchPayloads.request(guests, "tok").getBytes(StandardCharsets.UTF_8);
            List<String> plain = events(doc, true);
            assertFalse(plain.contains(NOT_PLAIN), "gave up on the " + guests + "-guest request");
            assertEquals(events(doc, false), plain);
        }
    }

    /** Random edits of the documents above, with the bytes and pieces that matter to a reader; the same every run. */
    @Test
    void agreesWithTheFullParserOnMutatedDocuments() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (String s : PLAIN) {
            seeds.add(s.getBytes(StandardCharsets.UTF_8));
        }
        seeds.add(BenchPayloads.request(3, "tok").getBytes(StandardCharsets.UTF_8));
        String[] pieces = {"<", ">", "&", ";", "\"", "'", ":", "/", "=", " ", "\r", "\n", "\t", "\u0000", "x", "#", "]",
            "]]>", "<!--c-->", "<![CDATA[d]]>", "<?p?>", "&amp;", "&#x1;", "&#233;", "&#xD800;", "&foo;", "é", "\uFFFF",
            " a=\"1\"", " xmlns:a=\"u\"", " xmlns=\"\"", " a:b=\"2\"", "</x>", "<x>", "<x/>", "xml", "xmlns:", "\uFEFF"};
        byte[][] rawPieces = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        Random random = new Random(20261130L);
        int read = 0;
        int total = 0;
        for (byte[] seed : seeds) {
            for (int n = 0; n < 3000; n++) {
                byte[] doc = seed;
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    byte[] piece = random.nextInt(5) == 0 ? rawPieces[random.nextInt(rawPieces.length)]
                            : pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
                    doc = edit(doc, random, piece);
                }
                if (assertAgrees(doc)) {
                    read++;
                }
                total++;
            }
        }
        assertTrue(read > total / 20, "the plain reader read only " + read + " of " + total + " documents itself");
    }

    private static byte[] edit(byte[] doc, Random random, byte[] piece) {
        int at = random.nextInt(doc.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + piece.length);
        switch (random.nextInt(3)) {
            case 0 -> { // insert
                out.write(doc, 0, at);
                out.writeBytes(piece);
                out.write(doc, at, doc.length - at);
            }
            case 1 -> { // replace
                int cut = Math.min(doc.length - at, 1 + random.nextInt(4));
                out.write(doc, 0, at);
                out.writeBytes(piece);
                out.write(doc, at + cut, doc.length - at - cut);
            }
            default -> { // delete
                int cut = Math.min(doc.length - at, 1 + random.nextInt(6));
                out.write(doc, 0, at);
                out.write(doc, at + cut, doc.length - at - cut);
            }
        }
        return out.toByteArray();
    }

    /** True when the plain reader read the document itself (then its events are all the full parser's). */
    private static boolean assertAgrees(byte[] doc) throws Exception {
        List<String> plain = events(doc, true);
        List<String> full = events(doc, false);
        String shown = new String(doc, StandardCharsets.UTF_8);
        if (full.equals(List.of(NOT_UTF8))) {
            // the plain reader finds the bytes only where they are, but must not read past them; the call is refused
            // either way, by the routing probe that follows a streaming read that did not finish
            assertEquals(NOT_PLAIN, plain.get(plain.size() - 1), () -> "read bytes that are not UTF-8 in " + shown);
            return false;
        }
        if (!plain.get(plain.size() - 1).equals(NOT_PLAIN)) {
            assertEquals(full, plain, () -> "on " + shown);
            return true;
        }
        List<String> given = plain.subList(0, plain.size() - 1);
        assertTrue(full.size() >= given.size() && full.subList(0, given.size()).equals(given),
                () -> "on " + shown + "\nplain: " + plain + "\nfull:  " + full);
        return false;
    }

    private static List<String> events(byte[] doc, boolean plainReader) throws Exception {
        RequestXml body = new RequestXml(doc);
        XMLStreamReader r;
        try {
            r = plainReader ? body.openPlain(XML.limits()) : body.open(XML.factory());
        } catch (XMLStreamException e) {
            return new ArrayList<>(List.of(NOT_UTF8));
        }
        if (r == null) {
            return new ArrayList<>(List.of(NOT_PLAIN));
        }
        return events(r);
    }

    private static String last(XMLStreamReader r) {
        List<String> e = events(r);
        return e.get(e.size() - 1);
    }

    private static List<String> events(XMLStreamReader r) {
        List<String> out = new ArrayList<>();
        try {
            while (r.hasNext()) {
                int e = r.next();
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        StringBuilder s = new StringBuilder("<" + name(r.getNamespaceURI(), r.getPrefix(), r.getLocalName()));
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            s.append(" xmlns:").append(Objects.toString(r.getNamespacePrefix(i), "")).append('=').append(r.getNamespaceURI(i));
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            s.append(' ').append(name(r.getAttributeNamespace(i), r.getAttributePrefix(i), r.getAttributeLocalName(i)))
                                    .append("=[").append(r.getAttributeValue(i)).append("]=[")
                                    .append(r.getAttributeValue(null, r.getAttributeLocalName(i))).append(']');
                        }
                        out.add(s.toString());
                    }
                    case XMLStreamConstants.END_ELEMENT -> out.add("</" + name(r.getNamespaceURI(), r.getPrefix(), r.getLocalName()));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> out.add((r.isWhiteSpace() ? "ws[" : "text[") + r.getText() + "]");
                    case XMLStreamConstants.END_DOCUMENT -> out.add("end");
                    default -> out.add("event " + e);
                }
            }
        } catch (PlainXmlReader.NotPlain e) {
            out.add(NOT_PLAIN);
        } catch (XMLStreamException | RuntimeException e) {
            out.add(ERROR);
        }
        return out;
    }

    private static String name(String ns, String prefix, String local) {
        return "{" + ns + "}" + prefix + ":" + local;
    }
}

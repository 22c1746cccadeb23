package dev.cventmock.xml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader over a UTF-8 byte array for plain XML: elements, attributes, namespaces, text and references to
 * the predefined entities and characters — no DTD, comments, processing instructions or CDATA sections, which SOAP
 * clients do not usually send. It reads the benchmark's 341 KB request in about half the time Woodstox takes with
 * the decoding it needs, because it works on the bytes (no decoding into characters first), makes each attribute
 * value's string in one copy, and takes element and attribute names from a shared table instead of building them
 * again for every element (or, for an element repeated with its attributes in the same order, from its last tag).
 *
 * <p>It never reports an error of its own: whatever it does not read, or does not find well-formed, ends the
 * read with {@link NotPlain}, and the caller reads the document again with the full parser, which gives the
 * answer and the message it always gave. So this reader must only be right about what it accepts; its events up
 * to that point are the ones the full parser (Woodstox, coalescing, namespace-aware) gives for the same
 * document. It is also stricter than the limits the full parser applies (depth, attributes, attribute and text
 * length), so that nothing the full parser would refuse gets through.
 */
public final class PlainXmlReader implements XMLStreamReader {
    /** The document holds something this reader leaves to the full parser (which may find it malformed). */
    public static final class NotPlain extends XMLStreamException {
        NotPlain(String why) {
            super(why);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // thrown for control, never shown
        }
    }

    private static final String XML_NS = XMLConstants.XML_NS_URI;
    /** Bounds that keep every step linear in the document whatever it holds; real requests stay far below them. */
    private static final int MAX_BINDINGS = 64;
    private static final int MAX_PROBES = 16;
    private static final String XMLNS_NS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private final byte[] b;
    private final int end;
    private int pos;
    private final int maxDepth;
    private final int maxAttributes;
    private final int maxAttributeLength;
    private final int maxTextLength;

    private int event = START_DOCUMENT;
    /** The current START_ELEMENT was {@code <x/>}: the next event is its END_ELEMENT. */
    private boolean emptyElement;

    // The current element's names (of a START_ELEMENT or END_ELEMENT event).
    private String localName;
    private String prefix;
    private String namespace;

    // Open elements: where each start tag's qualified name is (its end tag must repeat it) and its names.
    private int depth;
    private int[] nameAt = new int[16];
    private int[] nameLength = new int[16];
    private int[] bindingsBefore = new int[16];
    private String[] openLocal = new String[16];
    private String[] openPrefix = new String[16];
    private String[] openNamespace = new String[16];

    // Namespace bindings in scope, innermost last.
    private String[] bindPrefix = new String[8];
    private String[] bindUri = new String[8];
    private int bindings;
    private int declaredHere;

    // The current start tag's attributes (namespace declarations not among them).
    private int attributeCount;
    private String[] attrLocal = new String[32];
    private String[] attrPrefix = new String[32];
    private String[] attrNamespace = new String[32];
    private String[] attrValue = new String[32];
    private int[] seenSlot = new int[64];
    private int[] seenStamp = new int[64];
    private int stamp;

    // The attribute names last seen on a few element names, by position (see Layout).
    private final Layout[] layouts = new Layout[4];
    private int nextLayout;

    // The current CHARACTERS event: its bytes, and its string once made.
    private int textFrom;
    private int textTo;
    private boolean textWhitespace;
    private String text;

    private final StringBuilder scratch = new StringBuilder(64);

    /**
     * @param bytes the document, UTF-8 (the caller has decided that from its byte-order mark and declaration)
     */
    public PlainXmlReader(byte[] bytes, int maxDepth, int maxAttributes, int maxAttributeLength, int maxTextLength) {
        this.b = bytes;
        this.end = bytes.length;
        this.maxDepth = maxDepth;
        this.maxAttributes = maxAttributes;
        this.maxAttributeLength = maxAttributeLength;
        this.maxTextLength = maxTextLength;
    }

    // ---- moving on -----------------------------------------------------------------------------------------

    @Override
    public int next() throws XMLStreamException {
        if (event == END_DOCUMENT) {
            throw new NoSuchElementException("the document has ended");
        }
        text = null;
        if (emptyElement) {
            emptyElement = false;
            closeElement();
            return event = END_ELEMENT;
        }
        if (event == END_ELEMENT) {
            bindings = bindingsBefore[depth]; // the ended element's declarations go out of scope
        }
        if (depth == 0) {
            if (event == START_DOCUMENT) {
                prolog();
                return event = startTag();
            }
            epilog();
            return event = END_DOCUMENT;
        }
        if (pos >= end) {
            throw new NotPlain("the document ends inside an element");
        }
        if (b[pos] != '<') {
            return event = text();
        }
        if (pos + 1 < end && b[pos + 1] == '/') {
            return event = endTag();
        }
        return event = startTag();
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int e = next();
        while (e == CHARACTERS && textWhitespace) {
            e = next();
        }
        if (e != START_ELEMENT && e != END_ELEMENT) {
            throw new NotPlain("text where a tag was expected");
        }
        return e;
    }

    /** Text here is one event at most: text before a child element, or around a comment, ends the plain read. */
    @Override
    public String getElementText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            throw new NotPlain("not on a start tag");
        }
        String content = "";
        int e = next();
        if (e == CHARACTERS) {
            content = getText();
            e = next();
        }
        if (e != END_ELEMENT) {
            throw new NotPlain("an element inside text");
        }
        return content;
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public void close() {
        // holds nothing but the array it was given
    }

    // ---- the document's parts --------------------------------------------------------------------------------

    /** An optional byte-order mark and XML declaration, then white space up to the root's start tag. */
    private void prolog() throws NotPlain {
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && pos + 5 < end && isSpace(b[pos + 5])) {
            declaration();
        }
        pos = skipSpace(pos);
        if (pos + 1 >= end || b[pos] != '<' || !isNameStart(b[pos + 1])) {
            throw new NotPlain("something other than the root element before it");
        }
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>}, nothing else. */
    private void declaration() throws NotPlain {
        int p = skipSpace(pos + 5);
        p = pseudoAttribute(p, "version");
        if (!equalsAscii(valueFrom, valueTo, "1.0", false)) {
            throw new NotPlain("XML version other than 1.0");
        }
        int q = skipSpace(p);
        if (q > p && startsWith(q, "encoding")) {
            p = pseudoAttribute(q, "encoding");
            if (!equalsAscii(valueFrom, valueTo, "utf-8", true)) {
                throw new NotPlain("an encoding name other than UTF-8");
            }
            q = skipSpace(p);
        }
        if (q > p && startsWith(q, "standalone")) {
            p = pseudoAttribute(q, "standalone");
            if (!equalsAscii(valueFrom, valueTo, "yes", false) && !equalsAscii(valueFrom, valueTo, "no", false)) {
                throw new NotPlain("standalone other than yes or no");
            }
            q = skipSpace(p);
        }
        if (!startsWith(q, "?>")) {
            throw new NotPlain("an unusual XML declaration");
        }
        pos = q + 2;
    }

    private int valueFrom;
    private int valueTo;

    /** {@code name S? = S? "value"} at {@code p}; the value's bounds go to valueFrom/valueTo. */
    private int pseudoAttribute(int p, String name) throws NotPlain {
        if (!startsWith(p, name)) {
            throw new NotPlain("an unusual XML declaration");
        }
        p = skipSpace(p + name.length());
        if (p >= end || b[p] != '=') {
            throw new NotPlain("an unusual XML declaration");
        }
        p = skipSpace(p + 1);
        if (p >= end || (b[p] != '"' && b[p] != '\'')) {
            throw new NotPlain("an unusual XML declaration");
        }
        byte quote = b[p];
        int v = p + 1;
        int close = v;
        while (close < end && b[close] != quote && b[close] != '<' && b[close] != '>') {
            close++;
        }
        if (close >= end || b[close] != quote) {
            throw new NotPlain("an unusual XML declaration");
        }
        valueFrom = v;
        valueTo = close;
        return close + 1;
    }

    /** After the root element: only white space. */
    private void epilog() throws NotPlain {
        pos = skipSpace(pos);
        if (pos != end) {
            throw new NotPlain("something after the root element");
        }
    }

    private int startTag() throws NotPlain {
        if (depth + 1 >= maxDepth) {
            throw new NotPlain("as deep as the depth limit");
        }
        int qname = pos + 1;
        int p = nameEnd(qname);
        int colon = colonAt;
        int qnameEnd = p;
        declaredHere = 0;
        int bindingsOnEntry = bindings;
        attributeCount = 0;
        int all = 0;
        Layout layout = layout(qname, qnameEnd);
        int foreseen = 0;
        while (true) {
            int before = p;
            p = skipSpace(p);
            if (p >= end) {
                throw new NotPlain("the document ends in a start tag");
            }
            byte c = b[p];
            if (c == '>') {
                pos = p + 1;
                emptyElement = false;
                break;
            }
            if (c == '/') {
                if (p + 1 < end && b[p + 1] == '>') {
                    pos = p + 2;
                    emptyElement = true;
                    break;
                }
                throw new NotPlain("a stray '/' in a start tag");
            }
            if (p == before) {
                throw new NotPlain("no space before an attribute");
            }
            if (++all >= maxAttributes) {
                throw new NotPlain("as many attributes as the limit");
            }
            int an = p;
            String known = layout == null ? null : layout.foreseen(all - 1, b, an, end);
            int aColon;
            if (known != null) {
                p = an + known.length();
                aColon = -1;
                foreseen++;
            } else {
                p = nameEnd(an);
                aColon = colonAt;
            }
            int anEnd = p;
            p = skipSpace(p);
            if (p >= end || b[p] != '=') {
                throw new NotPlain("an attribute without '='");
            }
            p = skipSpace(p + 1);
            if (p >= end || (b[p] != '"' && b[p] != '\'')) {
                throw new NotPlain("an attribute value without quotes");
            }
            p = attributeValue(p + 1, b[p]);
            String value = lastValue;
            String unprefixed = null; // the name to foresee at this position next time
            if (known == null && aColon < 0 && anEnd - an == 5 && startsWith(an, "xmlns")) {
                declare("", value);
            } else if (aColon == an + 5 && startsWith(an, "xmlns")) {
                String declared = name(aColon + 1, anEnd);
                if (value.isEmpty() || declared.equals("xml") || declared.equals("xmlns")) {
                    throw new NotPlain("an unusual namespace declaration");
                }
                declare(declared, value);
            } else {
                int i = attributeCount++;
                if (i == attrLocal.length) {
                    growAttributes();
                }
                if (aColon < 0) {
                    attrPrefix[i] = "";
                    attrLocal[i] = known != null ? known : name(an, anEnd);
                    unprefixed = attrLocal[i];
                } else {
                    attrPrefix[i] = name(an, aColon);
                    attrLocal[i] = name(aColon + 1, anEnd);
                }
                attrValue[i] = value;
            }
            if (layout != null) {
                layout.seen(all - 1, an, unprefixed);
            }
        }
        if (layout != null) {
            layout.count = all;
        } else if (all >= 2) {
            newLayout(qname, qnameEnd); // foresees from the next start tag of this name on
        }
        // the element's own declarations apply to its name and its attributes
        String elementPrefix = colon < 0 ? "" : name(qname, colon);
        String elementLocal = colon < 0 ? name(qname, qnameEnd) : name(colon + 1, qnameEnd);
        String elementNamespace = resolve(elementPrefix);
        if (elementNamespace == null || (colon >= 0 && (elementPrefix.equals("xml") || elementPrefix.equals("xmlns")))) {
            throw new NotPlain("an element prefix that is not declared");
        }
        for (int i = 0; i < attributeCount; i++) {
            if (attrPrefix[i].isEmpty()) {
                attrNamespace[i] = "";
            } else {
                String ns = attrPrefix[i].equals("xml") ? null : resolve(attrPrefix[i]);
                if (ns == null || ns.isEmpty()) {
                    throw new NotPlain("an attribute prefix that is not declared, or xml:");
                }
                attrNamespace[i] = ns;
            }
        }
        if (foreseen < attributeCount) {
            checkRepeats(); // else each is the name at its position last time, when they were all different
        }
        int d = depth++;
        if (d == nameAt.length) {
            growElements();
        }
        nameAt[d] = qname;
        nameLength[d] = qnameEnd - qname;
        bindingsBefore[d] = bindingsOnEntry;
        openLocal[d] = elementLocal;
        openPrefix[d] = elementPrefix;
        openNamespace[d] = elementNamespace;
        localName = elementLocal;
        prefix = elementPrefix;
        namespace = elementNamespace;
        return START_ELEMENT;
    }

    /**
     * The unprefixed attribute names of the last start tag of one element name, by position. Requests repeat an
     * element (a guest, a custom field) with its attributes in the same order, so the name at a position is most
     * often the one found there last time: comparing its bytes settles it, where the name would otherwise be
     * scanned byte by byte, looked up, and checked against the tag's other names. Positions refer to the bytes of
     * this document, which do not change.
     */
    private static final class Layout {
        final int qnameAt;
        final int qnameLength;
        int count; // positions known
        int[] at = new int[16];
        String[] local = new String[16]; // null: not foreseeable (a namespace declaration or a prefixed name)

        Layout(int qnameAt, int qnameLength) {
            this.qnameAt = qnameAt;
            this.qnameLength = qnameLength;
        }

        /**
         * The name at position {@code k} when the bytes from {@code p} are last time's name there, followed by what
         * ends a name before its '=' (anything else is left to the byte-by-byte scan); else null.
         */
        String foreseen(int k, byte[] b, int p, int end) {
            if (k >= count || local[k] == null) {
                return null;
            }
            int n = local[k].length(); // names are ASCII: as many bytes
            int q = p + n;
            if (q >= end || (b[q] != '=' && !isSpace(b[q]))) {
                return null;
            }
            return sameBytes(b, p, at[k], n) ? local[k] : null;
        }

        /** Whether {@code b[p, p + n)} and {@code b[r, r + n)} hold the same bytes: a name's, most often 2-16 of them. */
        private static boolean sameBytes(byte[] b, int p, int r, int n) {
            if (n < 8) {
                for (int i = 0; i < n; i++) {
                    if (b[p + i] != b[r + i]) {
                        return false;
                    }
                }
                return true;
            }
            if ((long) LONGS.get(b, p) != (long) LONGS.get(b, r)) {
                return false;
            }
            return n <= 16 ? (long) LONGS.get(b, p + n - 8) == (long) LONGS.get(b, r + n - 8)
                    : Arrays.equals(b, p + 8, p + n, b, r + 8, r + n);
        }

        /**
         * This tag's name at position {@code k}, found at {@code p}: an unprefixed attribute name, checked as a
         * name; or null for a namespace declaration or a prefixed name.
         */
        void seen(int k, int p, String name) {
            if (k == at.length) {
                at = Arrays.copyOf(at, k * 2);
                local = Arrays.copyOf(local, k * 2);
            }
            at[k] = p;
            local[k] = name;
        }
    }

    /** The layout of the element whose qualified name is {@code b[from, to)}, or null when none is kept. */
    private Layout layout(int from, int to) {
        for (Layout l : layouts) {
            if (l != null && l.qnameLength == to - from && Arrays.equals(b, from, to, b, l.qnameAt, l.qnameAt + l.qnameLength)) {
                return l;
            }
        }
        return null;
    }

    /** Keeps a layout for this element name, in place of the oldest kept. */
    private void newLayout(int from, int to) {
        layouts[nextLayout] = new Layout(from, to - from);
        nextLayout = (nextLayout + 1) % layouts.length;
    }

    private void declare(String declaredPrefix, String uri) throws NotPlain {
        if (uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
            throw new NotPlain("a declaration of the xml or xmlns namespace");
        }
        for (int i = bindings - declaredHere; i < bindings; i++) {
            if (bindPrefix[i].equals(declaredPrefix)) {
                throw new NotPlain("a prefix declared twice on one element");
            }
        }
        if (bindings == MAX_BINDINGS) {
            throw new NotPlain("more namespace declarations in scope than requests use"); // each lookup walks them
        }
        if (bindings == bindPrefix.length) {
            bindPrefix = Arrays.copyOf(bindPrefix, bindings * 2);
            bindUri = Arrays.copyOf(bindUri, bindings * 2);
        }
        bindPrefix[bindings] = declaredPrefix;
        bindUri[bindings++] = uri;
        declaredHere++;
    }

    /** The namespace a prefix ("" for the default) is bound to here: "" for no namespace, null when unbound. */
    private String resolve(String p) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (bindPrefix[i].equals(p)) {
                return bindUri[i];
            }
        }
        return p.isEmpty() ? "" : p.equals("xml") ? XML_NS : null;
    }

    /**
     * No two attributes of one local name, whatever their prefixes: that rules out a repeated attribute (by
     * qualified or by expanded name), and a lookup by local name alone can then only find one.
     */
    private void checkRepeats() throws NotPlain {
        if (attributeCount < 2) {
            return;
        }
        int size = seenSlot.length;
        while (size < attributeCount * 2) {
            size *= 2;
        }
        if (size != seenSlot.length) {
            seenSlot = new int[size];
            seenStamp = new int[size];
        }
        if (++stamp == 0) {
            Arrays.fill(seenStamp, 0);
            stamp = 1;
        }
        int mask = size - 1;
        for (int i = 0; i < attributeCount; i++) {
            int slot = attrLocal[i].hashCode() * 0x9E3779B1 >>> 16 & mask;
            int probes = 0;
            while (seenStamp[slot] == stamp) {
                if (attrLocal[seenSlot[slot]].equals(attrLocal[i])) {
                    throw new NotPlain("two attributes of one name");
                }
                if (++probes == MAX_PROBES) {
                    throw new NotPlain("names that collide"); // chosen to, most likely: this check stays linear
                }
                slot = (slot + 1) & mask;
            }
            seenStamp[slot] = stamp;
            seenSlot[slot] = i;
        }
    }

    private int endTag() throws NotPlain {
        int d = depth - 1;
        int at = nameAt[d];
        int length = nameLength[d];
        int p = pos + 2;
        if (p + length > end || !Arrays.equals(b, p, p + length, b, at, at + length)) {
            throw new NotPlain("an end tag that does not match its start tag");
        }
        p = skipSpace(p + length);
        if (p >= end || b[p] != '>') {
            throw new NotPlain("an end tag that does not match its start tag");
        }
        pos = p + 1;
        closeElement();
        return END_ELEMENT;
    }

    private void closeElement() {
        int d = --depth;
        localName = openLocal[d];
        prefix = openPrefix[d];
        namespace = openNamespace[d];
        attributeCount = 0;
    }

    /** Text up to the next tag; its string is made when asked for unless it needs decoding (checked now). */
    private int text() throws NotPlain {
        int from = pos;
        int p = from;
        boolean whitespace = true;
        boolean plain = true;
        while (p < end) {
            byte c = b[p];
            if (c == '<') {
                break;
            }
            if (c == ' ' || c == '\n' || c == '\t') {
                p++;
                continue;
            }
            whitespace = false;
            if (c < 0x20 || c == '&') {
                plain = false; // CR, a control character, a reference or a byte of a multi-byte character
            } else if (c == '>' && p - 2 >= from && b[p - 1] == ']' && b[p - 2] == ']') {
                throw new NotPlain("']]>' in text");
            }
            p++;
        }
        if (p - from >= maxTextLength) {
            throw new NotPlain("text as long as the limit");
        }
        if (p + 1 >= end || b[p + 1] == '!' || b[p + 1] == '?') {
            // the document ends, or a comment, CDATA section or PI follows (the full parser joins text around
            // them into one event): given up now, so that every event given is one the full parser gives too
            throw new NotPlain("text the full parser may report differently");
        }
        pos = p;
        textFrom = from;
        textTo = p;
        textWhitespace = whitespace;
        if (!plain) {
            text = decode(from, p, (byte) 0);
            textWhitespace = isXmlSpace(text);
        }
        return CHARACTERS;
    }

    private String lastValue;

    /** An attribute value from {@code p} (just after its quote) to the closing quote; returns the position after it. */
    private int attributeValue(int p, byte quote) throws NotPlain {
        int from = p;
        p = plainRun(p, quote);
        if (p >= end) {
            throw new NotPlain("the document ends in an attribute value");
        }
        if (b[p] != quote) { // a reference, a control or white space to normalise, a multi-byte character, or '<'
            int close = p;
            while (close < end && b[close] != quote) {
                close++;
            }
            if (close >= end) {
                throw new NotPlain("the document ends in an attribute value");
            }
            checkValueLength(from, close);
            lastValue = decode(from, close, quote);
            return close + 1;
        }
        checkValueLength(from, p);
        lastValue = p == from ? "" : new String(b, from, p - from, StandardCharsets.ISO_8859_1);
        return p + 1;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The first position from {@code p} that holds {@code quote}, '&amp;', '&lt;', a byte below 0x20 or one of a
     * multi-byte character (or {@code end}). Eight bytes at a time: attribute values are most of a request's
     * bytes, and this scan is most of the time spent reading them.
     */
    private int plainRun(int p, byte quote) {
        long quotes = (quote & 0xFF) * ONES;
        while (p + 8 <= end) {
            long v = (long) LONGS.get(b, p);
            long found = zeroByte(v ^ quotes) | zeroByte(v ^ ('&' * ONES)) | zeroByte(v ^ ('<' * ONES))
                    | ((v - 0x20 * ONES | v) & HIGHS);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (p < end) {
            byte c = b[p];
            if (c == quote || c < 0x20 || c == '&' || c == '<') {
                return p;
            }
            p++;
        }
        return p;
    }

    /**
     * The high bit of each zero byte of {@code v} set (bytes above the first zero may be marked too, which is why
     * only the lowest mark is used).
     */
    private static long zeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    private void checkValueLength(int from, int to) throws NotPlain {
        if (to - from >= maxAttributeLength) {
            throw new NotPlain("an attribute value as long as the limit");
        }
    }

    /**
     * The characters of {@code b[from, to)}: UTF-8 checked, references resolved, line ends normalised (and, in an
     * attribute value — {@code quote} not 0 — white space made spaces), every character one XML allows.
     */
    private String decode(int from, int to, byte quote) throws NotPlain {
        StringBuilder s = scratch;
        s.setLength(0);
        int p = from;
        while (p < to) {
            int c = b[p] & 0xFF;
            if (c >= 0x20 && c < 0x80) {
                if (c == '&') {
                    p = reference(p + 1, to, s);
                    continue;
                }
                if (c == '<') {
                    throw new NotPlain("'<' in an attribute value");
                }
                s.append((char) c);
                p++;
            } else if (c == '\r') {
                s.append(quote == 0 ? '\n' : ' ');
                p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
            } else if (c == '\n' || c == '\t') {
                s.append(quote == 0 ? (char) c : ' ');
                p++;
            } else if (c < 0x20) {
                throw new NotPlain("a control character");
            } else {
                p = multiByte(p, to, s);
            }
        }
        return s.toString();
    }

    /** One UTF-8 sequence of two to four bytes, well-formed and shortest, to a character XML allows. */
    private int multiByte(int p, int to, StringBuilder s) throws NotPlain {
        int c = b[p] & 0xFF;
        int n;
        int cp;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            throw new NotPlain("a byte that does not start a UTF-8 character");
        }
        if (p + n >= to) {
            throw new NotPlain("a UTF-8 character cut short");
        }
        for (int i = 1; i <= n; i++) {
            int k = b[p + i] & 0xFF;
            if ((k & 0xC0) != 0x80) {
                throw new NotPlain("a UTF-8 character cut short");
            }
            cp = cp << 6 | (k & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw new NotPlain("an overlong or out-of-range UTF-8 sequence");
        }
        if (cp < 0xA0 || !XmlChars.allowed(cp)) {
            throw new NotPlain("a C1 control or non-character"); // left to the full parser to judge
        }
        s.appendCodePoint(cp);
        return p + n + 1;
    }

    /** A reference after '&': one of the five predefined entities or a character reference. */
    private int reference(int p, int to, StringBuilder s) throws NotPlain {
        int semi = p;
        while (semi < to && semi - p <= 10 && b[semi] != ';') {
            semi++;
        }
        if (semi >= to || b[semi] != ';') {
            throw new NotPlain("a reference without ';'");
        }
        if (semi > p + 1 && b[p] == '#') {
            int cp = 0;
            boolean hex = b[p + 1] == 'x';
            int i = hex ? p + 2 : p + 1;
            if (i == semi) {
                throw new NotPlain("an empty character reference");
            }
            for (; i < semi; i++) {
                int digit = Character.digit(b[i], hex ? 16 : 10);
                if (digit < 0 || cp > 0x10FFFF) {
                    throw new NotPlain("a malformed character reference");
                }
                cp = cp * (hex ? 16 : 10) + digit;
            }
            if (!XmlChars.allowed(cp)) {
                throw new NotPlain("a reference to a character XML does not allow");
            }
            s.appendCodePoint(cp);
        } else if (equalsAscii(p, semi, "lt", false)) {
            s.append('<');
        } else if (equalsAscii(p, semi, "gt", false)) {
            s.append('>');
        } else if (equalsAscii(p, semi, "amp", false)) {
            s.append('&');
        } else if (equalsAscii(p, semi, "quot", false)) {
            s.append('"');
        } else if (equalsAscii(p, semi, "apos", false)) {
            s.append('\'');
        } else {
            throw new NotPlain("a reference to an entity that is not predefined");
        }
        return semi + 1;
    }

    // ---- names -------------------------------------------------------------------------------------------------

    private int colonAt;

    /** ASCII letters, digits, '_', '-' and '.': the name characters this reader takes (others go to the full parser). */
    private static final boolean[] NAME_CHAR = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_CHAR[c] = isNameStart((byte) c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
        }
    }

    /**
     * The end of the name at {@code p}, with at most one ':' inside: its position goes to colonAt (-1 when none).
     * Names with other characters are left to the full parser.
     */
    private int nameEnd(int p) throws NotPlain {
        colonAt = -1;
        if (p >= end || !isNameStart(b[p])) {
            throw new NotPlain("a name that does not start with an ASCII letter or '_'");
        }
        int q = p + 1;
        while (q < end) {
            byte c = b[q];
            if (c >= 0 && NAME_CHAR[c]) {
                q++;
            } else if (c == ':' && colonAt < 0 && q + 1 < end && isNameStart(b[q + 1])) {
                colonAt = q++;
            } else {
                break;
            }
        }
        return q;
    }

    private static boolean isNameStart(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** A name's string, from the shared table when it has been seen before. */
    private String name(int from, int to) {
        return Names.of(b, from, to);
    }

    // ---- small helpers ---------------------------------------------------------------------------------------------

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isXmlSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int p) {
        while (p < end && isSpace(b[p])) {
            p++;
        }
        return p;
    }

    private boolean startsWith(int p, String s) {
        return equalsAscii(p, Math.min(end, p + s.length()), s, false);
    }

    private boolean equalsAscii(int from, int to, String s, boolean ignoreCase) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            int c = b[from + i];
            if (ignoreCase && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void growElements() {
        int n = nameAt.length * 2;
        nameAt = Arrays.copyOf(nameAt, n);
        nameLength = Arrays.copyOf(nameLength, n);
        bindingsBefore = Arrays.copyOf(bindingsBefore, n);
        openLocal = Arrays.copyOf(openLocal, n);
        openPrefix = Arrays.copyOf(openPrefix, n);
        openNamespace = Arrays.copyOf(openNamespace, n);
    }

    private void growAttributes() {
        int n = attrLocal.length * 2;
        attrLocal = Arrays.copyOf(attrLocal, n);
        attrPrefix = Arrays.copyOf(attrPrefix, n);
        attrNamespace = Arrays.copyOf(attrNamespace, n);
        attrValue = Arrays.copyOf(attrValue, n);
    }

    private void requireElement() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("not on an element");
        }
    }

    private void requireStart() {
        if (event != START_ELEMENT) {
            throw new IllegalStateException("not on a start tag");
        }
    }

    // ---- what the current event holds ---------------------------------------------------------------------------

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public String getLocalName() {
        requireElement();
        return localName;
    }

    @Override
    public String getNamespaceURI() {
        requireElement();
        return namespace;
    }

    @Override
    public String getPrefix() {
        requireElement();
        return prefix;
    }

    @Override
    public QName getName() {
        requireElement();
        return new QName(namespace, localName, prefix);
    }

    @Override
    public boolean hasName() {
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public int getAttributeCount() {
        requireStart();
        return attributeCount;
    }

    @Override
    public String getAttributeLocalName(int index) {
        return attrLocal[attribute(index)];
    }

    @Override
    public String getAttributeNamespace(int index) {
        return attrNamespace[attribute(index)];
    }

    @Override
    public String getAttributePrefix(int index) {
        return attrPrefix[attribute(index)];
    }

    @Override
    public QName getAttributeName(int index) {
        int i = attribute(index);
        return new QName(attrNamespace[i], attrLocal[i], attrPrefix[i]);
    }

    @Override
    public String getAttributeValue(int index) {
        return attrValue[attribute(index)];
    }

    @Override
    public String getAttributeType(int index) {
        attribute(index);
        return "CDATA";
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        attribute(index);
        return true;
    }

    /** As StAX says: a null namespace matches any (no two attributes here share a local name). */
    @Override
    public String getAttributeValue(String namespaceURI, String local) {
        requireStart();
        for (int i = 0; i < attributeCount; i++) {
            if (attrLocal[i].equals(local) && (namespaceURI == null || namespaceURI.equals(attrNamespace[i]))) {
                return attrValue[i];
            }
        }
        return null;
    }

    private int attribute(int index) {
        requireStart();
        if (index < 0 || index >= attributeCount) {
            throw new IndexOutOfBoundsException("attribute " + index + " of " + attributeCount);
        }
        return index;
    }

    @Override
    public int getNamespaceCount() {
        return event == START_ELEMENT ? declaredHere : 0;
    }

    @Override
    public String getNamespacePrefix(int index) {
        String p = bindPrefix[declared(index)];
        return p.isEmpty() ? null : p;
    }

    @Override
    public String getNamespaceURI(int index) {
        return bindUri[declared(index)];
    }

    private int declared(int index) {
        requireStart();
        if (index < 0 || index >= declaredHere) {
            throw new IndexOutOfBoundsException("declaration " + index + " of " + declaredHere);
        }
        return bindings - declaredHere + index;
    }

    @Override
    public String getNamespaceURI(String p) {
        if (p == null) {
            throw new IllegalArgumentException("a null prefix");
        }
        String uri = resolve(p);
        return uri == null || uri.isEmpty() ? null : uri;
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        String[] prefixes = Arrays.copyOf(bindPrefix, bindings);
        String[] uris = Arrays.copyOf(bindUri, bindings);
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String p) {
                for (int i = prefixes.length - 1; i >= 0; i--) {
                    if (prefixes[i].equals(p)) {
                        return uris[i];
                    }
                }
                return p.equals("xml") ? XML_NS : p.equals("xmlns") ? XMLNS_NS : "";
            }

            @Override
            public String getPrefix(String uri) {
                Iterator<String> all = getPrefixes(uri);
                return all.hasNext() ? all.next() : null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                java.util.List<String> found = new java.util.ArrayList<>();
                for (int i = prefixes.length - 1; i >= 0; i--) {
                    if (uris[i].equals(uri) && getNamespaceURI(prefixes[i]).equals(uri) && !found.contains(prefixes[i])) {
                        found.add(prefixes[i]);
                    }
                }
                return found.iterator();
            }
        };
    }

    @Override
    public String getText() {
        if (event != CHARACTERS) {
            throw new IllegalStateException("not on text");
        }
        if (text == null) {
            text = new String(b, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1); // plain: ASCII only
        }
        return text;
    }

    @Override
    public char[] getTextCharacters() {
        return getText().toCharArray();
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        String t = getText();
        int n = Math.max(0, Math.min(length, t.length() - sourceStart));
        t.getChars(sourceStart, sourceStart + n, target, targetStart);
        return n;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return getText().length();
    }

    @Override
    public boolean hasText() {
        return event == CHARACTERS;
    }

    @Override
    public boolean isStartElement() {
        return event == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == CHARACTERS;
    }

    @Override
    public boolean isWhiteSpace() {
        return event == CHARACTERS && textWhitespace;
    }

    @Override
    public void require(int type, String namespaceURI, String local) throws XMLStreamException {
        if (type != event || (namespaceURI != null && !namespaceURI.equals(getNamespaceURI()))
                || (local != null && !local.equals(getLocalName()))) {
            throw new NotPlain("not the event required");
        }
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public Location getLocation() {
        int at = pos;
        return new Location() {
            @Override
            public int getLineNumber() {
                return -1;
            }

            @Override
            public int getColumnNumber() {
                return -1;
            }

            @Override
            public int getCharacterOffset() {
                return at;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    @Override
    public String getEncoding() {
        return "UTF-8";
    }

    @Override
    public String getVersion() {
        return null;
    }

    @Override
    public boolean isStandalone() {
        return false;
    }

    @Override
    public boolean standaloneSet() {
        return false;
    }

    @Override
    public String getCharacterEncodingScheme() {
        return null;
    }

    @Override
    public String getPITarget() {
        return null;
    }

    @Override
    public String getPIData() {
        return null;
    }
}

package dev.cventmock.soap;

import dev.cventmock.http.RequestLimits;
import dev.cventmock.http.Utf8;
import dev.cventmock.xml.PlainXmlReader;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A SOAP request body, read by several passes (routing probe, streaming read, fault-rule scan).
 * A UTF-8 body — nearly every real one — is decoded once by the JDK and each pass parses the characters:
 * the JDK's decoder is always compiled code, while the parser's own byte decoder is one long loop that the
 * JIT, on a busy two-core machine, sometimes leaves interpreted for the whole run (then it alone takes half
 * the CPU). Any other encoding, or a byte-order mark other than UTF-8's, goes to the parser as bytes, which
 * detects the encoding. A body that is UTF-8 by its declaration (or by having none) but holds bytes that are not
 * UTF-8 is refused here, for every pass and engine alike: the parser's own decoder accepts some of them (overlong
 * forms such as {@code C0 AF} for '/'), which would store characters the client never validly sent.
 */
final class RequestXml {
    private static final char[] NOT_UTF8 = new char[0];
    private static final char[] INVALID_UTF8 = new char[0];
    private static final int DECODE_STEP = 128;

    private final byte[] bytes;
    /** UTF-8 by its byte-order mark and declaration: decided once, for the plain reader and for decoding alike. */
    private final boolean utf8;
    private char[] chars;
    private int length;

    RequestXml(byte[] bytes) {
        this.bytes = bytes;
        this.utf8 = declaresUtf8(bytes);
    }

    int size() {
        return bytes.length;
    }

    /** Whether the body is UTF-8 by its byte-order mark and XML declaration ({@link #declaresUtf8}). */
    boolean isUtf8() {
        return utf8;
    }

    /** The body as it came. */
    byte[] bytes() {
        return bytes;
    }

    XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException {
        if (chars == null) {
            decode();
        }
        if (chars == NOT_UTF8) {
            return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        }
        if (chars == INVALID_UTF8) {
            throw new XMLStreamException(Utf8.describeInvalid(bytes) + ", though UTF-8 is its encoding");
        }
        return factory.createXMLStreamReader(new CharArrayReader(chars, 0, length));
    }

    /**
     * A {@link PlainXmlReader} over the bytes when the body is UTF-8, else null. Nothing is decoded for it: when it
     * gives up ({@link PlainXmlReader.NotPlain}), {@link #open} reads the body as before.
     */
    XMLStreamReader openPlain(RequestLimits limits) {
        if (!utf8) {
            return null;
        }
        return new PlainXmlReader(bytes, limits.maxXmlDepth(), limits.maxXmlAttributes(), limits.maxXmlAttributeLength(),
                limits.maxXmlTextLength());
    }

    private void decode() {
        if (!utf8) {
            chars = NOT_UTF8; // the parser detects the encoding, or reports where and what is malformed
            return;
        }
        CharBuffer decoded = decodeUtf8(bytes);
        if (decoded == null) {
            chars = INVALID_UTF8;
            return;
        }
        chars = decoded.array();
        length = decoded.position();
    }

    /**
     * The characters of {@code bytes} as UTF-8 (from index 0 to the buffer's position), or null when they are
     * not valid UTF-8. Decoded 128 bytes at a time: the JDK's decoder converts a run of ASCII with a vectorized
     * intrinsic, but only at the start of each call, and after the first non-ASCII character goes on byte by
     * byte; in a 200-guest request, whose names and addresses have an accented letter every couple of kilobytes,
     * that made one decode call take 400-640 µs, against ~100 µs in short calls (measured on the bench payload).
     */
    static CharBuffer decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length); // never more characters than bytes
        ByteBuffer in = ByteBuffer.wrap(bytes);
        boolean last;
        do {
            int limit = Math.min(bytes.length, in.position() + DECODE_STEP); // a sequence cut at the limit waits for the next step
            last = limit == bytes.length;
            in.limit(limit);
            if (decoder.decode(in, out, last).isError()) {
                return null;
            }
        } while (!last);
        return decoder.flush(out).isError() ? null : out;
    }

    /** True unless a UTF-16/32 byte-order mark or the XML declaration names another encoding. */
    private static boolean declaresUtf8(byte[] b) {
        int at = 0;
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            at = 3;
        } else if (b.length >= 2 && (b[0] == (byte) 0xFE || b[0] == (byte) 0xFF || b[0] == 0 || b[1] == 0)) {
            return false; // UTF-16 or UTF-32, with or without a mark
        }
        if (!startsWith(b, at, "<?xml")) {
            return true; // no declaration: UTF-8 by the XML rules
        }
        int end = Math.min(b.length, at + 256);
        for (int i = at + 5; i + 8 < end; i++) {
            if (b[i] == '?' && b[i + 1] == '>') {
                return true; // declaration without an encoding
            }
            if (startsWith(b, i, "encoding")) {
                int v = i + 8;
                while (v < end && (b[v] == ' ' || b[v] == '=' || b[v] == '\t' || b[v] == '\r' || b[v] == '\n')) {
                    v++;
                }
                if (v >= end || (b[v] != '"' && b[v] != '\'')) {
                    return false;
                }
                return startsWithIgnoreCase(b, v + 1, "utf-8" + (char) b[v]) || startsWithIgnoreCase(b, v + 1, "utf8" + (char) b[v]);
            }
        }
        return false; // an unusual declaration: let the parser judge it
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase((char) b[at + i]) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

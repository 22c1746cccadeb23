package dev.cventmock.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, the check request bodies that are UTF-8 pass (SOAP's XML, the JSON of the REST and admin APIs): the
 * parsers' own decoders accept some invalid forms (Woodstox and Jackson both read the overlong {@code C0 AF} as '/'),
 * which would store characters the client never validly sent. The JDK's decoder refuses every invalid sequence:
 * overlong forms, encoded surrogates, code points above U+10FFFF, sequences cut short. The streaming SOAP read's
 * plain reader checks the bytes it reads itself, no less strictly, and leaves any doubtful one to the path that
 * decodes with the JDK.
 */
public final class Utf8 {
    private static final int STEP = 256;

    private Utf8() {
    }

    /** Where the first byte sequence that is not UTF-8 starts, or -1 when every byte is valid UTF-8. */
    public static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(STEP);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear(); // the characters are not needed, only whether the bytes decode
        }
    }

    /** The words a refusal uses for a body that is not UTF-8. */
    public static String describeInvalid(byte[] bytes) {
        return "the request body is not valid UTF-8 (an invalid byte sequence at byte " + firstInvalid(bytes) + ")";
    }
}

package dev.cventmock.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-8 request bodies decoded in steps give exactly the JDK's one-pass result, and malformed ones none. */
class RequestXmlTest {
    private static final String[] PIECES = {"a", "<Guest Id=\"1\"/>", " ", "é", "ß", "€", "中", "😀", "\u0000", "\uFFFD", "ñandú"};

    private static String decoded(byte[] bytes) {
        CharBuffer chars = RequestXml.decodeUtf8(bytes);
        assertNotNull(chars);
        return new String(chars.array(), 0, chars.position());
    }

    @Test
    void stepsCutAnywhereInAMultiByteCharacterStillDecodeIt() {
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(400);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(text.toString(), decoded(bytes));
        }
    }

    @Test
    void malformedUtf8IsRefusedWhereverItIs() {
        byte[] valid = "é".repeat(300).getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < valid.length; at++) {
            byte[] truncated = Arrays.copyOf(valid, at + 1);
            if (at % 2 == 0) {
                assertNull(RequestXml.decodeUtf8(truncated), "a sequence cut short at byte " + at);
            }
            byte[] broken = valid.clone();
            broken[at] = (byte) 0xFF;
            assertNull(RequestXml.decodeUtf8(broken), "an 0xFF byte at " + at);
        }
        assertNull(RequestXml.decodeUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0xAF}), "an overlong encoding");
        assertNull(RequestXml.decodeUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
    }

    @Test
    void theBenchPayloadsDecodeAsTheJdkDecodesThem() {
        for (int guests : new int[] {1, 200}) {
            byte[] bytes = BenchPayloads.request(guests, "token").getBytes(StandardCharsets.UTF_8);
            assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded(bytes), guests + " guests");
        }
    }
}

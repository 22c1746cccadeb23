package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written e-mail checks accept exactly what the regular expressions they replaced accepted. */
class EmailAddressesTest {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;,]\\s*");
    private static final String[] PIECES = {"a", "Z", "9", ".", "-", "@", ";", ",", " ", "\t", "\n", "_", "+", "é",
        "\u00a0", "ex.com", "b@c.de", "x-y", "..", "@@", "'", "~"};

    private static boolean regexList(String s) {
        for (String address : SEPARATOR.split(s)) {
            if (!EMAIL.matcher(address).matches()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void plainCases() {
        assertTrue(EmailAddresses.isAddress("james.okafor@northwind.example.com"));
        assertTrue(EmailAddresses.isAddress("o'brien+events@a-b.co"));
        assertFalse(EmailAddresses.isAddress("no-at-sign.example.com"));
        assertFalse(EmailAddresses.isAddress("a@localhost"), "one label is not a domain");
        assertFalse(EmailAddresses.isAddress("a@-x.com"));
        assertFalse(EmailAddresses.isAddress("a@x..com"));
        assertTrue(EmailAddresses.isList("a@x.com; b@y.org ,c@z.net"));
        assertTrue(EmailAddresses.isList("a@x.com;;"), "trailing empty entries are dropped, as String.split does");
        assertFalse(EmailAddresses.isList("a@x.com;;b@y.org"));
        assertFalse(EmailAddresses.isList("a@x.com; not an address"));
    }

    @Test
    void sameAnswersAsTheRegularExpressionsOnGeneratedText() {
        Random random = new Random(20261121);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(9);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            assertEquals(EMAIL.matcher(s).matches(), EmailAddresses.isAddress(s), () -> "address: [" + s + "]");
            if (!s.isEmpty()) {
                assertEquals(regexList(s), EmailAddresses.isList(s), () -> "list: [" + s + "]");
            }
        }
    }
}

package dev.cventmock.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** Every element and attribute name the WSDL declares, once seen, is found again: the same string each time. */
    @Test
    void keepsEveryNameOfTheApi() throws Exception {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("name=\"([A-Za-z_][A-Za-z0-9_.-]*)\"").matcher(Files.readString(Path.of("wsdl", "V200611.wsdl")));
        while (m.find()) {
            names.add(m.group(1));
        }
        assertEquals(true, names.size() > 150, "read the WSDL's names: " + names.size());
        Map<String, String> first = new HashMap<>();
        for (String name : names) {
            first.put(name, of(name));
        }
        for (String name : names) {
            assertEquals(name, first.get(name));
            assertSame(first.get(name), of(name), name + " was not kept");
        }
    }

    @Test
    void aNameIsItsBytesWhereverTheyStand() {
        byte[] b = " xmlns:soap=\"\" MiddleName ".getBytes(StandardCharsets.US_ASCII);
        assertEquals("xmlns", Names.of(b, 1, 6));
        assertEquals("soap", Names.of(b, 7, 11));
        assertEquals("MiddleName", Names.of(b, 15, 25));
        assertEquals("x", Names.of(b, 1, 2));
    }

    private static String of(String name) {
        byte[] padded = ("<" + name + " ").getBytes(StandardCharsets.US_ASCII);
        return Names.of(padded, 1, padded.length - 1);
    }
}

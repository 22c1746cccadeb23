package dev.cventmock.soap;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request whose Content-Type charset says one encoding and whose XML declaration another is refused. */
final class XmlCharset {
    private static final Pattern DECLARED = Pattern.compile("^(?:\\uFEFF)?<\\?xml[^>]*encoding\\s*=\\s*['\"]([A-Za-z0-9._-]+)['\"]");

    private XmlCharset() {
    }

    /** Why the two disagree, or null when they agree or one of them is absent. */
    static String mismatch(String httpCharset, RequestXml xml) {
        byte[] body = xml.bytes();
        if (httpCharset == null || body.length < 6) {
            return null;
        }
        if ((httpCharset.equalsIgnoreCase("utf-8") || httpCharset.equalsIgnoreCase("utf8")) && xml.isUtf8()) {
            return null; // the usual case, settled without the pattern below
        }
        // the declaration is ASCII in every ASCII-compatible encoding; UTF-16 bodies are checked by their BOM
        if ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            return normalize(httpCharset).startsWith("UTF16") ? null
                    : "the body is UTF-16 but the Content-Type says charset=" + httpCharset;
        }
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String declared = m.group(1);
        return normalize(declared).equals(normalize(httpCharset)) ? null
                : "the Content-Type says charset=" + httpCharset + " but the XML declaration says encoding=" + declared;
    }

    private static String normalize(String charset) {
        return charset.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
    }
}

package dev.cventmock.xml;

/** The characters XML 1.0 allows in a document, decided here for what is read and for what is written. */
public final class XmlChars {
    private XmlChars() {
    }

    /** Tab, newline, return, and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (lone surrogates and U+FFFE/F not). */
    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}

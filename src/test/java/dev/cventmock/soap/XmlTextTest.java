package dev.cventmock.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    static String escaped(CharSequence s) {
        StringBuilder b = new StringBuilder("x=");
        XmlText.appendEscaped(b, s);
        return b.toString();
    }

    @Test
    void markupQuotesAndLineBreaksBecomeReferencesWhereverTheyStand() {
        assertEquals("x=", escaped(""));
        assertEquals("x=plain text é", escaped("plain text é"));
        assertEquals("x=&amp;start", escaped("&start"));
        assertEquals("x=end&lt;", escaped("end<"));
        assertEquals("x=a&gt;&gt;b", escaped("a>>b"));
        assertEquals("x=&quot;q&quot;", escaped("\"q\""));
        assertEquals("x=&#9;&#10;&#13;", escaped("\t\n\r"));
        assertEquals("x=it's Fabrikam &amp; Sons", escaped("it's Fabrikam & Sons"));
        assertEquals("x=王 &amp; 😀", escaped("王 & 😀"));
    }

    @Test
    void anyCharSequenceIsCopiedTheSameWay() {
        assertEquals("x=Müller &amp; Co", escaped(new StringBuilder("Müller & Co")));
    }
}

package dev.cventmock.soap;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import dev.cventmock.http.RequestLimits;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parsers a SOAP request goes through, with the configured document limits: Woodstox, with DTDs and
 * external entities off, so a deep, wide or huge document is refused while it is read; and, for the streaming read
 * of a UTF-8 body, the plain reader first (see {@link RequestXml#openPlain}), which leaves to Woodstox whatever it
 * does not read itself.
 */
record XmlInput(XMLInputFactory factory, RequestLimits limits) {

    static XmlInput of(RequestLimits limits) {
        return new XmlInput(factory(limits), limits);
    }

    private static XMLInputFactory factory(RequestLimits limits) {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxXmlDepth());
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxXmlAttributes());
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxXmlAttributeLength());
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxXmlTextLength());
        return f;
    }
}

package dev.cventmock.soap;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import dev.cventmock.http.RequestLimits;
import javax.xml.stream.XMLInputFactory;

/**
 * The XML parser every SOAP request goes through: Woodstox with DTDs and external entities off and the
 * configured document limits, so a deep, wide or huge document is refused while it is read.
 */
final class XmlInput {
    private XmlInput() {
    }

    static XMLInputFactory factory(RequestLimits limits) {
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

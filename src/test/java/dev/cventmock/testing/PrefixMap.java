package dev.cventmock.testing;

import java.util.Iterator;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;

/** XPath prefixes bound to namespaces by a fixed map; unknown prefixes resolve to no namespace. */
public final class PrefixMap implements NamespaceContext {
    private final Map<String, String> prefixes;

    public PrefixMap(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return prefixes.getOrDefault(prefix, "");
    }

    @Override
    public String getPrefix(String uri) {
        return null;
    }

    @Override
    public Iterator<String> getPrefixes(String uri) {
        return null;
    }
}

package dev.cventmock.soap;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.server.BoundEndpoint;
import com.sun.xml.ws.api.server.Container;
import com.sun.xml.ws.api.server.InstanceResolver;
import com.sun.xml.ws.api.server.Module;
import com.sun.xml.ws.api.server.SDDocumentSource;
import com.sun.xml.ws.api.server.WSEndpoint;
import com.sun.xml.ws.binding.BindingImpl;
import com.sun.xml.ws.transport.http.HttpAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * Metro's two ports of the V200611 service, built from the contract WSDL, each with its own endpoint
 * instance. Built programmatically (not from sun-jaxws.xml) so every server in a JVM has its own state, and driven
 * through Metro's own HTTP adapter with the call already read ({@link MetroConnection}): no servlet is involved.
 */
final class MetroPorts {
    private static final QName SERVICE = new QName(SoapOperation.API_NAMESPACE, "V200611");

    private final Map<SoapVersion, HttpAdapter> adapters = new EnumMap<>(SoapVersion.class);

    MetroPorts(Function<SoapVersion, V200611Endpoint> implementations) {
        Container container = new PortContainer();
        for (SoapVersion version : SoapVersion.values()) {
            boolean soap11 = version == SoapVersion.SOAP_11;
            WSEndpoint<?> endpoint = WSEndpoint.create(
                    V200611Endpoint.class,
                    false,
                    InstanceResolver.createSingleton(implementations.apply(version)).createInvoker(),
                    SERVICE,
                    new QName(SoapOperation.API_NAMESPACE, soap11 ? "V200611Soap" : "V200611Soap12"),
                    container,
                    BindingImpl.create(soap11 ? BindingID.SOAP11_HTTP : BindingID.SOAP12_HTTP),
                    SDDocumentSource.create(WsdlDocument.url()),
                    List.of(),
                    null,
                    true);
            adapters.put(version, HttpAdapter.createAlone(endpoint));
        }
    }

    /** What Metro asks of its host: a module listing the bound endpoints. */
    private static final class PortContainer extends Container {
        private final Module module = new Module() {
            private final List<BoundEndpoint> endpoints = new CopyOnWriteArrayList<>();

            @Override
            public List<BoundEndpoint> getBoundEndpoints() {
                return endpoints;
            }
        };

        @Override
        public <S> S getSPI(Class<S> spiType) {
            if (spiType == Module.class) {
                return spiType.cast(module);
            }
            return super.getSPI(spiType);
        }
    }

    /** Metro's answer to the call: its status, media type and bytes, in {@code connection}. */
    void handle(SoapVersion version, MetroConnection connection, MetroCall call) {
        call.during(() -> {
            try {
                adapters.get(version).handle(connection);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory both ways: not expected
            }
        });
    }

    void dispose() {
        adapters.values().forEach(a -> a.getEndpoint().dispose());
    }
}

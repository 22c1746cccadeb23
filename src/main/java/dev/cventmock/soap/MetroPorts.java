package dev.cventmock.soap;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.server.BoundEndpoint;
import com.sun.xml.ws.api.server.Container;
import com.sun.xml.ws.api.server.InstanceResolver;
import com.sun.xml.ws.api.server.Module;
import com.sun.xml.ws.api.server.SDDocumentSource;
import com.sun.xml.ws.api.server.WSEndpoint;
import com.sun.xml.ws.binding.BindingImpl;
import com.sun.xml.ws.transport.http.servlet.ServletAdapter;
import com.sun.xml.ws.transport.http.servlet.ServletAdapterList;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * Metro's two ports of the V200611 service, built from the contract WSDL, each with its own endpoint
 * instance. Built programmatically (not from sun-jaxws.xml) so every server in a JVM has its own state.
 */
final class MetroPorts {
    private static final QName SERVICE = new QName(SoapOperation.API_NAMESPACE, "V200611");

    private final Map<SoapVersion, ServletAdapter> adapters = new EnumMap<>(SoapVersion.class);
    private final ServletContext context;

    MetroPorts(ServletContext context, Function<SoapVersion, V200611Endpoint> implementations) {
        this.context = context;
        ServletAdapterList list = new ServletAdapterList(context);
        Container container = new PortContainer(context);
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
            adapters.put(version, list.createAdapter(version.name(), "/" + version.name(), endpoint));
        }
    }

    /** What Metro asks of its host: the servlet context, and a module listing the bound endpoints. */
    private static final class PortContainer extends Container {
        private final ServletContext context;
        private final Module module = new Module() {
            private final List<BoundEndpoint> endpoints = new CopyOnWriteArrayList<>();

            @Override
            public List<BoundEndpoint> getBoundEndpoints() {
                return endpoints;
            }
        };

        PortContainer(ServletContext context) {
            this.context = context;
        }

        @Override
        public <S> S getSPI(Class<S> spiType) {
            if (spiType == Module.class) {
                return spiType.cast(module);
            }
            if (spiType == ServletContext.class) {
                return spiType.cast(context);
            }
            return super.getSPI(spiType);
        }
    }

    void handle(SoapVersion version, HttpServletRequest request, HttpServletResponse response) throws IOException {
        adapters.get(version).handle(context, request, response);
    }

    void dispose() {
        adapters.values().forEach(a -> a.getEndpoint().dispose());
    }
}

package dev.cventmock.journal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * A request's headers as recorded in the journal: Jetty's own immutable header list is kept as it is and
 * turned into a map only when someone reads the journal, so recording costs a reference, not a copy.
 */
public final class RequestHeaders {
    private final HttpFields fields;
    private final Map<String, List<String>> copied;

    private RequestHeaders(HttpFields fields, Map<String, List<String>> copied) {
        this.fields = fields;
        this.copied = copied;
    }

    static RequestHeaders of(HttpServletRequest request) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) {
            return new RequestHeaders(jetty.getHeaders().asImmutable(), null);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            out.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return new RequestHeaders(null, out);
    }

    /** Headers of a request served on Jetty's core API (kept as they are, like the servlet's). */
    public static RequestHeaders of(HttpFields headers) {
        return new RequestHeaders(headers.asImmutable(), null);
    }

    static RequestHeaders of(Map<String, List<String>> headers) {
        return new RequestHeaders(null, headers);
    }

    Map<String, List<String>> asMap() {
        if (copied != null) {
            return copied;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (HttpField f : fields) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>(1)).add(f.getValue());
        }
        return out;
    }

    long weight() {
        long w = 0;
        if (fields != null) {
            for (HttpField f : fields) {
                w += 48L + f.getName().length() + (f.getValue() == null ? 0 : f.getValue().length());
            }
        } else {
            for (Map.Entry<String, List<String>> h : copied.entrySet()) {
                for (String v : h.getValue()) {
                    w += 48L + h.getKey().length() + v.length();
                }
            }
        }
        return w;
    }
}

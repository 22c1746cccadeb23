package dev.cventmock.journal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * A call's headers as recorded in the journal. A request's: Jetty's own immutable header list is kept as it is and
 * turned into a map only when someone reads the journal, so recording costs a reference, not a copy. A response's:
 * the few the emulator set, or only the content type of an answer written on Jetty's core API (its length is the
 * body's), kept as a string until read.
 */
public final class RecordedHeaders {
    private static final RecordedHeaders NONE = new RecordedHeaders(null, Map.of());

    private final HttpFields fields;
    private final Map<String, List<String>> copied;
    private final String contentType; // an answer's, when neither of the above is set
    private final int contentLength;

    private RecordedHeaders(HttpFields fields, Map<String, List<String>> copied) {
        this(fields, copied, null, 0);
    }

    private RecordedHeaders(HttpFields fields, Map<String, List<String>> copied, String contentType, int contentLength) {
        this.fields = fields;
        this.copied = copied;
        this.contentType = contentType;
        this.contentLength = contentLength;
    }

    /** The headers a servlet set on its response (read after it answered). */
    static RecordedHeaders of(HttpServletResponse response) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            out.put(name, List.copyOf(response.getHeaders(name)));
        }
        if (response.getContentType() != null && !out.containsKey("Content-Type")) {
            out.put("Content-Type", List.of(response.getContentType()));
        }
        return new RecordedHeaders(null, out);
    }

    /** An answer written on Jetty's core API: its content type and length are all it sets. */
    public static RecordedHeaders ofAnswer(String contentType, byte[] body) {
        return contentType == null ? NONE : new RecordedHeaders(null, null, contentType, body == null ? 0 : body.length);
    }

    static RecordedHeaders of(HttpServletRequest request) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) {
            return new RecordedHeaders(jetty.getHeaders().asImmutable(), null);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            out.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return new RecordedHeaders(null, out);
    }

    /** Headers of a request served on Jetty's core API (kept as they are, like the servlet's). */
    public static RecordedHeaders of(HttpFields headers) {
        return new RecordedHeaders(headers.asImmutable(), null);
    }

    static RecordedHeaders of(Map<String, List<String>> headers) {
        return new RecordedHeaders(null, headers);
    }

    Map<String, List<String>> asMap() {
        if (copied != null) {
            return copied;
        }
        if (fields == null) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put("Content-Type", List.of(contentType));
            out.put("Content-Length", List.of(String.valueOf(contentLength)));
            return out;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (HttpField f : fields) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>(1)).add(f.getValue());
        }
        return out;
    }

    long weight() {
        long w = 0;
        if (fields == null && copied == null) {
            return 48L + contentType.length();
        }
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

package dev.cventmock.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The JSON parser of the REST and admin APIs: nesting and lengths bounded, duplicate keys refused, and bodies read
 * only when they are strict UTF-8.
 */
public final class JsonLimits {
    private JsonLimits() {
    }

    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_048_576)
                        .maxNumberLength(64)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new ObjectMapper(factory);
    }

    /** A request body that is not one readable JSON document; the message is for the client. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The body as one JSON document. */
    public static JsonNode read(ObjectMapper mapper, byte[] body) throws Unreadable {
        if (body.length == 0) {
            throw new Unreadable("the request body is empty; JSON is expected");
        }
        if (Utf8.firstInvalid(body) >= 0) {
            throw new Unreadable(Utf8.describeInvalid(body));
        }
        try {
            JsonNode n = mapper.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw new Unreadable("the request body is empty; JSON is expected");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new Unreadable("malformed JSON: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new Unreadable("unreadable body");
        }
    }
}

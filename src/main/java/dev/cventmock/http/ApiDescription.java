package dev.cventmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An OpenAPI document of one of the JSON APIs (src/main/resources/openapi), read once from the jar and served as is.
 * The documents are written by hand; OpenApiContractTest holds every route's requests and answers to them.
 */
public final class ApiDescription {
    private ApiDescription() {
    }

    /** The document {@code openapi/NAME.json}. */
    public static JsonNode load(String name) {
        String resource = "/openapi/" + name + ".json";
        try (InputStream in = ApiDescription.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

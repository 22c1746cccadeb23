package dev.cventmock.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTML pages ASMX serves on a GET of the endpoint: the list of operations, and per operation
 * ({@code ?op=Login}) sample SOAP 1.1 and 1.2 requests and responses showing this server's host.
 */
final class HelpPages {
    private static final Map<SoapOperation, String> DESCRIPTIONS = Map.of(
            SoapOperation.LOGIN, "Logs in with AccountNumber, UserName and Password. On success the result carries the "
                    + "session value to send in the CventSessionHeader of every other call, and the ServerURL to send them to.",
            SoapOperation.UPDATE_GUEST_INFO, "Updates the information of one or more guests in one event.",
            SoapOperation.SEARCH, "Searches Guest or Event objects with filters (AndSearch or OrSearch) and returns the "
                    + "Ids of those that match; without a filter, every object of the type.",
            SoapOperation.RETRIEVE, "Returns the Guest or Event objects with the given Ids (at most MaxBatchSize), in "
                    + "request order; unknown Ids are skipped.",
            SoapOperation.GET_UPDATED, "Returns the Ids of the Guest or Event objects created or changed between "
                    + "StartDate and EndDate (GMT; seconds are ignored).",
            SoapOperation.GET_DELETED, "Returns the Ids of the Guest or Event objects deleted between StartDate and "
                    + "EndDate (GMT; seconds are ignored).",
            SoapOperation.DESCRIBE_GLOBAL, "Describes the account's limits (MaxAPICalls, CurrentAPICalls, MaxBatchSize, "
                    + "MaxRecordSet) and the object types the API serves.",
            SoapOperation.DESCRIBE_CV_OBJECT, "Describes the fields of the given object types: data type, length, and "
                    + "whether each is searchable or read-only.");

    private final String index;
    private final String operationPage;
    /** Each operation's samples, read when its page is first asked for: not at every start, for a page rarely seen. */
    private final Map<SoapOperation, String[]> samples = new java.util.concurrent.ConcurrentHashMap<>();

    HelpPages() {
        index = read("index.html");
        operationPage = read("operation.html");
    }

    byte[] index(String endpointUrl) {
        return index.replace("{{endpoint}}", XmlText.escape(endpointUrl)).getBytes(StandardCharsets.UTF_8);
    }

    /** The operation's page, or null when the name is not an emulated operation. */
    byte[] operation(String name, String endpointUrl, String host) {
        for (SoapOperation op : SoapOperation.values()) {
            if (op.wireName().equalsIgnoreCase(name)) {
                String[] sample = samples.computeIfAbsent(op, o -> new String[] {read(o.wireName() + ".soap11.txt"),
                        read(o.wireName() + ".soap12.txt")});
                return operationPage
                        .replace("{{operation}}", op.wireName())
                        .replace("{{description}}", XmlText.escape(DESCRIPTIONS.get(op)))
                        .replace("{{endpoint}}", XmlText.escape(endpointUrl))
                        .replace("{{soap11}}", XmlText.escape(sample[0].replace("{{host}}", host)))
                        .replace("{{soap12}}", XmlText.escape(sample[1].replace("{{host}}", host)))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String read(String name) {
        try (InputStream in = HelpPages.class.getResourceAsStream("/help/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /help/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

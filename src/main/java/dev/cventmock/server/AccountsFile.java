package dev.cventmock.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cventmock.cvent.accounts.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an accounts file: a JSON array of {@code {"AccountNumber", "UserName", "Password"}} objects, or an
 * object with such an array under {@code "accounts"} (the fixture shape). Key case is not significant.
 */
public final class AccountsFile {
    private AccountsFile() {
    }

    public static List<Account> read(Path path) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            throw new IOException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode list = root != null && root.isObject() ? field(root, "accounts") : root;
        if (list == null || !list.isArray()) {
            throw new IOException(path + ": expected an array of accounts, or an object with an \"accounts\" array");
        }
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String number = text(a, "AccountNumber");
            String user = text(a, "UserName");
            String password = text(a, "Password");
            if (number == null || user == null || password == null || number.isBlank() || user.isBlank()) {
                throw new IOException(path + ": account " + i + " needs AccountNumber, UserName and Password");
            }
            accounts.add(new Account(number, user, password));
        }
        if (accounts.isEmpty()) {
            throw new IOException(path + " lists no accounts");
        }
        return accounts;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}

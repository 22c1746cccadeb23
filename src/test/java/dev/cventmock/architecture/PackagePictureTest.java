package dev.cventmock.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package picture docs/architecture.md draws, held by the build: no package depends on itself through others
 * (adapters above the model, shared plumbing below them), and the model knows nothing of SOAP, XML binding, HTTP,
 * JSON or Jetty. Read from the sources: imports and fully qualified names of the project's own types.
 */
class PackagePictureTest {
    static final Path MAIN = Path.of("src", "main", "java");
    static final Pattern OWN_TYPE = Pattern.compile("\\b(dev\\.cventmock(?:\\.[a-z0-9]+)+)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        Map<String, Set<String>> uses = ownDependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = cycleThrough(start, uses);
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles);
        assertTrue(uses.size() > 15, "read the packages: " + uses.keySet());
    }

    @Test
    void theModelKnowsNoProtocolNorServer() {
        List<String> model = List.of("dev.cventmock.cvent.guests", "dev.cventmock.cvent.reads", "dev.cventmock.cvent.accounts",
                "dev.cventmock.xs2event.bookings", "dev.cventmock.state");
        List<String> foreign = List.of("jakarta.", "javax.xml", "org.eclipse.jetty", "com.fasterxml.jackson", "com.sun.xml",
                "dev.cventmock.soap", "dev.cventmock.http", "dev.cventmock.admin", "dev.cventmock.server", "dev.cventmock.journal",
                "dev.cventmock.xs2event.rest", "dev.cventmock.console", "dev.cventmock.faults");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<Path>> p : sources().entrySet()) {
            if (!model.contains(p.getKey())) {
                continue;
            }
            for (Path file : p.getValue()) {
                String text = read(file);
                for (String f : foreign) {
                    if (text.contains("import " + f) || text.contains(" " + f + (f.endsWith(".") ? "" : "."))) {
                        found.add(file.getFileName() + " uses " + f);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** A path from {@code start} back to itself, or null. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> uses) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    paths.add(longer);
                }
            }
        }
        return null;
    }

    private static Map<String, Set<String>> ownDependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        sources().forEach((pkg, files) -> {
            Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            for (Path f : files) {
                Matcher m = OWN_TYPE.matcher(read(f).replaceAll("(?m)^package .*$", ""));
                while (m.find()) {
                    if (!m.group(1).equals(pkg) && !m.group(1).startsWith("dev.cventmock.wsdl")) {
                        used.add(m.group(1));
                    }
                }
            }
        });
        return uses;
    }

    private static Map<String, List<Path>> sources() {
        Map<String, List<Path>> byPackage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> byPackage
                    .computeIfAbsent(MAIN.relativize(p.getParent()).toString().replace('/', '.'), k -> new ArrayList<>()).add(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPackage;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

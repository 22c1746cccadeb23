package dev.cventmock.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's flags: {@code --name VALUE} or {@code --name=VALUE}, each with an environment variable
 * as its default and a built-in default after that, plus {@code --help} and {@code --version}. Each flag declares
 * its value's type and range once; every value is checked against it when the command line is read, and one that
 * does not fit is reported naming where it came from (the flag, or the environment variable). Written here
 * rather than taken from a CLI library: the one used before cost about 100 ms of every start (a tenth of the
 * start-up budget), for a flat list of flags.
 */
final class Flags {
    /**
     * One flag. A switch ({@code --strict}) may stand alone, meaning true, or take a value; a list flag may
     * repeat, and its values are comma-separated.
     */
    record Flag(String name, String label, String env, String defaultValue, Kind kind, Type type, String description) {
        String usage() {
            return "--" + name + switch (kind) {
                case SWITCH -> "[=" + label + "]";
                case LIST -> "=" + label + "[," + label + "...]";
                case VALUE -> "=" + label;
            };
        }
    }

    enum Kind { VALUE, SWITCH, LIST }

    /** What a flag's value must be; {@link #convert} throws IllegalArgumentException saying why a value is not. */
    interface Type {
        Object convert(String value);

        /** Any text. */
        Type TEXT = v -> v;

        Type BOOLEAN = v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
        };

        /** A duration longer than zero ({@link HumanDuration}). */
        Type POSITIVE_DURATION = v -> {
            Duration d = HumanDuration.parse(v);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("'" + v + "' is not a duration longer than zero");
            }
            return d;
        };

        /** A comma-separated list with at least one entry. */
        Type NON_EMPTY_LIST = v -> {
            List<String> out = new ArrayList<>();
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("'" + v + "' holds no value; at least one is needed");
            }
            return List.copyOf(out);
        };

        /** An absolute http or https URL. */
        Type HTTP_URL = v -> {
            try {
                URI uri = new URI(v.strip());
                if (uri.isAbsolute() && uri.getHost() != null
                        && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                    return v.strip();
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new IllegalArgumentException("'" + v + "' is not an absolute http:// or https:// URL");
        };

        static Type number(long min, long max) {
            return v -> {
                try {
                    long n = Long.parseLong(v.strip());
                    if (n >= min && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("'" + v + "' is not a whole number from " + min + " to " + max);
            };
        }

        static Type decimal(double min) {
            return v -> {
                try {
                    double d = Double.parseDouble(v.strip());
                    if (d >= min && Double.isFinite(d)) {
                        return d;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("'" + v + "' is not a number of " + (min == (long) min ? String.valueOf((long) min) : min)
                        + " or more");
            };
        }

        static Type oneOf(String... choices) {
            return v -> {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(v.strip())) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", choices));
            };
        }
    }

    /** A command line that cannot be used; the message says why. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * What the command line asks for: help, the version, or a run with these values, each already converted to its
     * flag's type (so reading one never fails).
     */
    record Parsed(boolean help, boolean version, Map<String, String> values, Map<String, Object> typed) {
        /** The flag's value as given (command line, else environment, else default); null when it has none. */
        String get(String name) {
            return values.get(name);
        }

        long number(String name) {
            return (Long) typed.get(name);
        }

        /** A number whose flag has no default (its default is worked out elsewhere), or 0 when it was not given. */
        long numberOrZero(String name) {
            Object v = typed.get(name);
            return v == null ? 0 : (Long) v;
        }

        int integer(String name) {
            return Math.toIntExact((Long) typed.get(name));
        }

        double decimal(String name) {
            return (Double) typed.get(name);
        }

        boolean bool(String name) {
            return (Boolean) typed.get(name);
        }

        Duration duration(String name) {
            return (Duration) typed.get(name);
        }

        @SuppressWarnings("unchecked")
        List<String> list(String name) {
            return (List<String>) typed.get(name);
        }
    }

    private final String command;
    private final String description;
    private final String footer;
    private final Map<String, Flag> flags = new LinkedHashMap<>();

    Flags(String command, String description, String footer, List<Flag> list) {
        this.command = command;
        this.description = description;
        this.footer = footer;
        list.forEach(f -> flags.put(f.name(), f));
    }

    /** The flag of this name; a name no flag has is a bug of the caller. */
    Flag flag(String name) {
        Flag f = flags.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no flag --" + name);
        }
        return f;
    }

    List<Flag> all() {
        return List.copyOf(flags.values());
    }

    /** Reads the arguments over the environment's values and the defaults. */
    Parsed parse(List<String> args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "-V", "--version" -> version = true;
                default -> {
                    if (!arg.startsWith("--")) {
                        throw new Invalid("unexpected argument '" + arg + "' (flags start with --; see --help)");
                    }
                    int eq = arg.indexOf('=');
                    String name = arg.substring(2, eq < 0 ? arg.length() : eq);
                    Flag flag = flags.get(name);
                    if (flag == null) {
                        throw new Invalid("unknown flag '--" + name + "' (see --help)");
                    }
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (flag.kind() == Kind.SWITCH) {
                        boolean next = i + 1 < args.size() && isBoolean(args.get(i + 1));
                        value = next ? args.get(++i) : "true";
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new Invalid("--" + name + " needs a value (" + flag.label() + ")");
                    }
                    given.merge(name, value, (a, b) -> flag.kind() == Kind.LIST ? a + "," + b : b);
                }
            }
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Object> typed = new HashMap<>();
        for (Flag f : flags.values()) {
            String v = given.get(f.name());
            String source = "--" + f.name();
            if (v == null) {
                String fromEnv = environment.get(f.env());
                if (fromEnv == null || fromEnv.isEmpty()) {
                    v = f.defaultValue();
                    source = "the default of --" + f.name();
                } else {
                    v = fromEnv;
                    source = f.env() + " (--" + f.name() + ")";
                }
            }
            if (v != null) {
                values.put(f.name(), v);
                try {
                    typed.put(f.name(), f.type().convert(v));
                } catch (IllegalArgumentException e) {
                    throw new Invalid("invalid value for " + source + ": " + e.getMessage());
                }
            }
        }
        return new Parsed(help, version, values, typed);
    }

    /** The message for a value of {@code name} that passed its type but cannot be used (a file that is not there). */
    static String invalid(String name, String why) {
        return "invalid value for --" + name + ": " + why;
    }

    private static boolean isBoolean(String s) {
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    /** The help text, wrapped to {@code width} columns. */
    String help(int width) {
        StringBuilder b = new StringBuilder("Usage: ").append(command).append(" [FLAGS]\n\n");
        wrap(b, description, "", width);
        b.append('\n');
        int column = 32;
        for (Flag f : flags.values()) {
            String text = f.description() + " Env " + f.env() + "."
                    + (f.defaultValue() == null ? "" : " Default: " + f.defaultValue() + ".");
            appendEntry(b, f.usage(), text, column, width);
        }
        appendEntry(b, "-h, --help", "Show this help and exit.", column, width);
        appendEntry(b, "-V, --version", "Print the version and exit.", column, width);
        b.append('\n');
        wrap(b, footer, "", width);
        return b.toString();
    }

    private static void appendEntry(StringBuilder b, String usage, String text, int column, int width) {
        String head = "  " + usage;
        if (head.length() + 2 > column) {
            b.append(head).append('\n');
            head = "";
        }
        String indent = " ".repeat(column);
        StringBuilder entry = new StringBuilder();
        wrap(entry, text, indent, width);
        b.append(head).append(entry.substring(head.length()));
    }

    /** Word-wraps {@code text} with every line indented by {@code indent}. */
    private static void wrap(StringBuilder b, String text, String indent, int width) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                b.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        b.append(line).append('\n');
    }
}

package dev.cventmock.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's flags: {@code --name VALUE} or {@code --name=VALUE}, each with an environment variable
 * as its default and a built-in default after that, plus {@code --help} and {@code --version}. Written here
 * rather than taken from a CLI library: the one used before cost about 100 ms of every start (a tenth of the
 * start-up budget), for a flat list of flags.
 */
final class Flags {
    /**
     * One flag. A switch ({@code --strict}) may stand alone, meaning true, or take a value; a list flag may
     * repeat, and its values are comma-separated.
     */
    record Flag(String name, String label, String env, String defaultValue, Kind kind, String description) {
        String usage() {
            return "--" + name + switch (kind) {
                case SWITCH -> "[=" + label + "]";
                case LIST -> "=" + label + "[," + label + "...]";
                case VALUE -> "=" + label;
            };
        }
    }

    enum Kind { VALUE, SWITCH, LIST }

    /** A command line that cannot be used; the message says why. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /** What the command line asks for: help, the version, or a run with these values. */
    record Parsed(boolean help, boolean version, Map<String, String> values) {
        /** The flag's value (command line, else environment, else default); null when it has none. */
        String get(String name) {
            return values.get(name);
        }

        /** A whole number, in range; the message names the flag. */
        long number(String name, long min, long max) {
            String v = get(name);
            try {
                long n = Long.parseLong(v.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new Invalid("invalid value for --" + name + ": '" + v + "' is not a whole number from " + min + " to " + max);
        }

        int integer(String name, int min) {
            return (int) number(name, min, Integer.MAX_VALUE);
        }

        double decimal(String name) {
            String v = get(name);
            try {
                double d = Double.parseDouble(v.strip());
                if (d >= 0 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new Invalid("invalid value for --" + name + ": '" + v + "' is not a number of 0 or more");
        }

        boolean bool(String name) {
            String v = get(name).strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new Invalid("invalid value for --" + name + ": '" + get(name) + "' is not true or false");
            };
        }

        List<String> list(String name) {
            List<String> out = new ArrayList<>();
            for (String s : get(name).split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
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
        for (Flag f : flags.values()) {
            String v = given.get(f.name());
            if (v == null) {
                String fromEnv = environment.get(f.env());
                v = fromEnv == null || fromEnv.isEmpty() ? f.defaultValue() : fromEnv;
            }
            if (v != null) {
                values.put(f.name(), v);
            }
        }
        return new Parsed(help, version, values);
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

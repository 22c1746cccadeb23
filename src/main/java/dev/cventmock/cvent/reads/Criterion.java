package dev.cventmock.cvent.reads;

import dev.cventmock.cvent.errors.CventError;
import dev.cventmock.cvent.errors.CventException;
import dev.cventmock.cvent.guests.FieldKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One Search filter, checked and compiled once: its values are parsed before the first object is looked at, so a
 * search costs one comparison per filter and object. Texts (and GUIDs) compare without regard to case; dates as
 * instants (GMT when no offset); an attribute without a value reads as the empty string, and as no date, number or
 * boolean (so only "Not Equal to" and "Excludes" match it).
 */
final class Criterion<T> implements Predicate<T> {
    private final ObjectField<T> field;
    private final SearchOperator operator;
    private final Set<String> texts;          // TEXT, BOOLEAN: lower-cased or canonical values
    private final List<SearchDates.Span> spans; // DATE_TIME
    private final List<Integer> numbers;      // INTEGER
    private final String single;              // the one value of a single-valued text operator, lower-cased

    private Criterion(ObjectField<T> field, SearchOperator operator, Set<String> texts, List<SearchDates.Span> spans,
                      List<Integer> numbers) {
        this.field = field;
        this.operator = operator;
        this.texts = texts;
        this.spans = spans;
        this.numbers = numbers;
        this.single = texts.isEmpty() ? "" : texts.iterator().next();
    }

    /** The filter compiled against the catalog; a fault naming what is wrong with it otherwise. */
    static <T> Criterion<T> compile(ObjectCatalog<T> catalog, SearchFilter filter, int position) {
        String where = "Filter[" + position + "]";
        if (filter.field() == null || filter.field().isBlank()) {
            throw new CventException(CventError.INVALID_SEARCH_FILTER, where + " names no Field");
        }
        ObjectField<T> field = catalog.field(filter.field());
        if (field == null || !field.searchable()) {
            throw new CventException(CventError.INVALID_SEARCH_FILTER, where + ": '" + filter.field() + "' is not a "
                    + (field == null ? "field" : "searchable field") + " of " + catalog.name());
        }
        SearchOperator operator = SearchOperator.of(filter.operator() == null ? null : filter.operator().strip());
        if (filter.operator() == null) {
            throw new CventException(CventError.INVALID_SEARCH_OPERATOR, where + " has no Operator");
        }
        if (operator == null) {
            throw new CventException(CventError.INVALID_SEARCH_OPERATOR, where + ": '" + filter.operator()
                    + "' is not a search operator; Cvent's are Equals, Not Equal to, Less than, Greater than, Less than or "
                    + "Equal to, Greater than or Equal to, Contains, Does not Contain, Starts with, Includes, Excludes");
        }
        FieldKind kind = field.kind();
        boolean allowed = switch (kind) {
            case TEXT -> true;
            case DATE_TIME, INTEGER -> !operator.isTextual();
            case BOOLEAN -> !operator.isTextual() && !operator.isOrdering();
        };
        if (!allowed) {
            throw new CventException(CventError.INVALID_SEARCH_OPERATOR, where + ": '" + operator.wireName()
                    + "' does not apply to " + field.name() + ", a " + field.dataType() + " field");
        }
        List<String> raw = values(filter, operator, where);
        Set<String> texts = new HashSet<>();
        List<SearchDates.Span> spans = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String v : raw) {
            switch (kind) {
                case TEXT -> texts.add(lower(v));
                case BOOLEAN -> {
                    String b = FieldKind.BOOLEAN.canonical(v);
                    if (b == null) {
                        throw new CventException(CventError.INVALID_SEARCH_FILTER, where + ": '" + v + "' is not a boolean ("
                                + field.name() + " takes true, false, 1 or 0)");
                    }
                    texts.add(b);
                }
                case DATE_TIME -> {
                    SearchDates.Span s = SearchDates.span(v);
                    if (s == null) {
                        throw new CventException(CventError.INVALID_DATE_VALUE, where + ": '" + v + "' is not a date ("
                                + field.name() + " takes yyyy-MM-ddTHH:mm:ss, yyyy-MM-dd HH:mm:ss or MM/dd/yyyy)");
                    }
                    spans.add(s);
                }
                case INTEGER -> {
                    String n = FieldKind.INTEGER.canonical(v);
                    if (n == null) {
                        throw new CventException(CventError.INVALID_SEARCH_FILTER, where + ": '" + v + "' is not an integer ("
                                + field.name() + ")");
                    }
                    numbers.add(Integer.parseInt(n));
                }
            }
        }
        return new Criterion<>(field, operator, texts, spans, numbers);
    }

    /** The values a filter compares with: ValueArray (and Value) for Includes/Excludes, else exactly Value. */
    private static List<String> values(SearchFilter filter, SearchOperator operator, String where) {
        List<String> out = new ArrayList<>();
        if (operator.takesValueArray()) {
            if (filter.values() != null) {
                for (String v : filter.values()) {
                    out.add(v == null ? "" : v);
                }
            }
            if (filter.value() != null) {
                out.add(filter.value());
            }
            if (out.isEmpty()) {
                throw new CventException(CventError.INVALID_SEARCH_FILTER, where + ": " + operator.wireName()
                        + " needs a ValueArray (or a Value)");
            }
            return out;
        }
        if (filter.value() == null) {
            throw new CventException(CventError.INVALID_SEARCH_FILTER, where + ": " + operator.wireName() + " needs a Value"
                    + (filter.values() != null ? " (ValueArray goes with Includes and Excludes)" : ""));
        }
        out.add(filter.value());
        return out;
    }

    /** The field this filter reads. */
    ObjectField<T> field() {
        return field;
    }

    SearchOperator operator() {
        return operator;
    }

    /** For EQUALS and INCLUDES on a text field: the values that match, lower-cased. */
    Set<String> texts() {
        return texts;
    }

    @Override
    public boolean test(T object) {
        String stored = field.value().apply(object);
        return switch (field.kind()) {
            case TEXT -> text(stored == null ? "" : stored);
            case BOOLEAN -> stored == null ? negative() : text(stored);
            case DATE_TIME -> {
                Instant at = stored == null ? null : SearchDates.instant(stored);
                yield at == null ? negative() : date(at);
            }
            case INTEGER -> stored == null ? negative() : number(Integer.parseInt(stored));
        };
    }

    private boolean negative() {
        return operator == SearchOperator.NOT_EQUAL_TO || operator == SearchOperator.EXCLUDES;
    }

    /** {@code v} as stored; {@code x} lower-cased. Equality and order without allocating, the rest on a lower-cased copy. */
    private boolean text(String v) {
        return switch (operator) {
            case EQUALS -> v.equalsIgnoreCase(single);
            case NOT_EQUAL_TO -> !v.equalsIgnoreCase(single);
            case LESS_THAN -> String.CASE_INSENSITIVE_ORDER.compare(v, single) < 0;
            case GREATER_THAN -> String.CASE_INSENSITIVE_ORDER.compare(v, single) > 0;
            case LESS_THAN_OR_EQUAL_TO -> String.CASE_INSENSITIVE_ORDER.compare(v, single) <= 0;
            case GREATER_THAN_OR_EQUAL_TO -> String.CASE_INSENSITIVE_ORDER.compare(v, single) >= 0;
            case STARTS_WITH -> v.regionMatches(true, 0, single, 0, single.length());
            case CONTAINS -> lower(v).contains(single);
            case DOES_NOT_CONTAIN -> !lower(v).contains(single);
            case INCLUDES -> texts.contains(lower(v));
            case EXCLUDES -> !texts.contains(lower(v));
        };
    }

    private boolean date(Instant at) {
        SearchDates.Span s = spans.get(0);
        return switch (operator) {
            case EQUALS -> within(at, s);
            case NOT_EQUAL_TO -> !within(at, s);
            case LESS_THAN -> at.isBefore(s.first());
            case GREATER_THAN -> at.isAfter(s.last());
            case LESS_THAN_OR_EQUAL_TO -> !at.isAfter(s.last());
            case GREATER_THAN_OR_EQUAL_TO -> !at.isBefore(s.first());
            case INCLUDES -> spans.stream().anyMatch(x -> within(at, x));
            case EXCLUDES -> spans.stream().noneMatch(x -> within(at, x));
            default -> false;
        };
    }

    private static boolean within(Instant at, SearchDates.Span s) {
        return !at.isBefore(s.first()) && !at.isAfter(s.last());
    }

    private boolean number(int n) {
        int x = numbers.get(0);
        return switch (operator) {
            case EQUALS -> n == x;
            case NOT_EQUAL_TO -> n != x;
            case LESS_THAN -> n < x;
            case GREATER_THAN -> n > x;
            case LESS_THAN_OR_EQUAL_TO -> n <= x;
            case GREATER_THAN_OR_EQUAL_TO -> n >= x;
            case INCLUDES -> numbers.contains(n);
            case EXCLUDES -> !numbers.contains(n);
            default -> false;
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

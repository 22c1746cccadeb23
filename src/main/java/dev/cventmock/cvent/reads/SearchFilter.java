package dev.cventmock.cvent.reads;

import java.util.List;

/**
 * One Filter of a Search as the client sent it: field name, operator and values are raw text, checked by the search.
 *
 * @param values the ValueArray's values, or null when there was no ValueArray
 */
public record SearchFilter(String field, String operator, String value, List<String> values) {
}

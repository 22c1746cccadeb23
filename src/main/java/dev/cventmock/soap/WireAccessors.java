package dev.cventmock.soap;

import dev.cventmock.cvent.guests.WireField;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The generated JAXB types' accessors of the model's attributes, found by wire name ({@code EventID} →
 * {@code getEventID}/{@code setEventID}), so the mappings follow the WSDL without a line per attribute. A field
 * without its accessor fails when the mapping class loads, not on a call.
 */
final class WireAccessors {
    private WireAccessors() {
    }

    /** Each field's getter on {@code type}: attribute text (dateTimes and booleans are bound to text on the server). */
    static <T, F extends Enum<F> & WireField> Map<F, Function<T, String>> getters(Class<T> type, Class<F> fields) {
        Map<F, Function<T, String>> out = new EnumMap<>(fields);
        for (F f : fields.getEnumConstants()) {
            Method m = method(type, "get" + f.wireName(), 0);
            out.put(f, target -> {
                Object v = invoke(m, target);
                return v == null ? null : v.toString();
            });
        }
        return out;
    }

    /** Each field's setter on {@code type}, given the attribute's text ({@code xs:int} attributes take an Integer). */
    static <T, F extends Enum<F> & WireField> Map<F, BiConsumer<T, String>> setters(Class<T> type, Class<F> fields) {
        Map<F, BiConsumer<T, String>> out = new EnumMap<>(fields);
        for (F f : fields.getEnumConstants()) {
            Method m = method(type, "set" + f.wireName(), 1);
            boolean integer = m.getParameterTypes()[0] == Integer.class;
            out.put(f, (target, value) -> invoke(m, target, integer ? Integer.valueOf(value) : value));
        }
        return out;
    }

    private static Method method(Class<?> type, String name, int arity) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                return m;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no " + name);
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + m.getName(), e);
        }
    }
}

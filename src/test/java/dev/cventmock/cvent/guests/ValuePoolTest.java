package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What the pool shares: short values, and whole custom fields made of them. */
class ValuePoolTest {
    @Test
    void theSameCustomFieldGivenByManyGuestsIsHeldOnce() {
        ValuePool pool = new ValuePool();
        CustomField a = pool.share(new CustomField("F1", "Diet", "Text", "None"));
        CustomField b = pool.share(new CustomField(new String("F1"), new String("Diet"), "Text", new String("None")));
        assertSame(a, b);
        CustomField longValue = new CustomField("F1", "Diet", "Text", "y".repeat(ValuePool.MAX_LENGTH + 1));
        assertNotEquals(System.identityHashCode(pool.share(longValue)), System.identityHashCode(pool.share(longValue)),
                "long values are not pooled");
        assertEquals(longValue, pool.share(longValue));
    }
}

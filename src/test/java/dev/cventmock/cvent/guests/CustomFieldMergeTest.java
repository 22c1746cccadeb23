package dev.cventmock.cvent.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The indexed merge gives exactly what the definition (compare every update with every entry) gives. */
class CustomFieldMergeTest {
    private static final String[] IDS = {null, null, "F1", "f1", "F2", "F3", "ß", "SS", "İ", "i"};
    private static final String[] NAMES = {null, "Diet", "DIET", "diet", "Track", "Hotel", "ß", "ss", "ǅ", "ǆ"};
    private static final String[] VALUES = {null, "", "a", "b"};

    private static CustomField random(Random r) {
        return new CustomField(IDS[r.nextInt(IDS.length)], NAMES[r.nextInt(NAMES.length)],
                VALUES[r.nextInt(VALUES.length)], VALUES[r.nextInt(VALUES.length)]);
    }

    private static List<CustomField> randomList(Random r, int max) {
        List<CustomField> out = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            out.add(random(r));
        }
        return out;
    }

    @RepeatedTest(20)
    void indexedMergeEqualsTheScanOnRandomInput() {
        Random r = new Random();
        long seed = r.nextLong();
        r.setSeed(seed);
        for (int round = 0; round < 500; round++) {
            List<CustomField> stored = randomList(r, 12);
            List<CustomField> updates = randomList(r, 12);
            assertEquals(CustomFieldMerge.byScan(stored, updates), CustomFieldMerge.byIndex(stored, updates),
                    "seed " + seed + ", stored " + stored + ", updates " + updates);
        }
    }

    @Test
    void aRenameByIdLetsTheNextEntryOfTheOldNameBeFoundByName() {
        List<CustomField> stored = List.of(new CustomField("F1", "Diet", null, "a"), new CustomField(null, "diet", null, "b"));
        List<CustomField> updates = List.of(new CustomField("F1", "Hotel", null, null), new CustomField(null, "DIET", null, "c"),
                new CustomField(null, "hotel", null, "d"));
        List<CustomField> expected = CustomFieldMerge.byScan(stored, updates);
        assertEquals(expected, CustomFieldMerge.byIndex(stored, updates));
        assertEquals(List.of(new CustomField("F1", "Hotel", null, "d"), new CustomField(null, "diet", null, "c")), expected);
    }

    @Test
    void foldMatchesEqualsIgnoreCase() {
        for (String a : NAMES) {
            for (String b : NAMES) {
                if (a != null && b != null) {
                    assertEquals(a.equalsIgnoreCase(b), CustomFieldMerge.fold(a).equals(CustomFieldMerge.fold(b)), a + " / " + b);
                }
            }
        }
    }
}

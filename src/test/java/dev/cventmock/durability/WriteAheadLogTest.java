package dev.cventmock.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {
    @TempDir
    Path dir;

    private List<String> replay(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.open(p -> out.add(new String(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private void write(Path file, String... records) throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.open(p -> { });
            for (String r : records) {
                log.append(r.getBytes(StandardCharsets.UTF_8));
            }
            log.sync();
        }
    }

    @Test
    void recordsComeBackInOrderAndAppendsContinueAfterThem() throws IOException {
        Path file = dir.resolve("changes.log");
        write(file, "one", "two");
        write(file, "three");
        assertEquals(List.of("one", "two", "three"), replay(file));
    }

    @Test
    void aTruncatedLastRecordIsSkippedNotFatal() throws IOException {
        Path file = dir.resolve("changes.log");
        write(file, "one", "two", "three-is-longer");
        long size = Files.size(file);
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size - 5); // a write cut short by kill -9
        }
        assertEquals(List.of("one", "two"), replay(file));
        write(file, "four");
        assertEquals(List.of("one", "two", "four"), replay(file), "the torn tail was cut; new records follow the good ones");
    }

    @Test
    void aCorruptLastRecordIsSkippedNotFatal() throws IOException {
        Path file = dir.resolve("changes.log");
        write(file, "one", "two");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x55; // flip bits in the last payload: the CRC no longer matches
        Files.write(file, bytes);
        assertEquals(List.of("one"), replay(file));
    }

    @Test
    void garbageAfterTheLastRecordIsDropped() throws IOException {
        Path file = dir.resolve("changes.log");
        write(file, "one");
        Files.write(file, new byte[] {0, 0, 0, 9, 1, 2}, StandardOpenOption.APPEND);
        assertEquals(List.of("one"), replay(file));
    }

    @Test
    void aSyncThatBeganBeforeAResetDoesNotCountForTheNewFile() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir.resolve("changes.log"))) {
            log.open(p -> { });
            log.append(new byte[1000]);
            WriteAheadLog.Pending before = log.beginSync(); // forcing the old file...
            log.reset(); // ...while compaction empties it
            log.append(new byte[10]);
            log.endSync(before);
            assertNotNull(log.beginSync(), "the record appended after the reset still needs its fsync");
        }
    }

    @Test
    void aFinishedSyncCoversWhatWasAppendedBeforeItBegan() throws IOException {
        try (WriteAheadLog log = new WriteAheadLog(dir.resolve("changes.log"))) {
            log.open(p -> { });
            log.append(new byte[10]);
            WriteAheadLog.Pending first = log.beginSync();
            log.append(new byte[10]);
            log.endSync(first);
            assertNotNull(log.beginSync(), "the second record came after the sync began");
            log.sync();
            assertNull(log.beginSync());
        }
    }
}

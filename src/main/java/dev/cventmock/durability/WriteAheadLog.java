package dev.cventmock.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of records, each {@code [length][crc32][payload]}. Appends go to the file at once (in
 * the order changes are applied); {@link #sync()} makes everything appended so far durable, and a call is
 * answered only after it. Replay stops at a torn or corrupt record, warns, and cuts the file there.
 */
final class WriteAheadLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);
    private static final int HEADER = 8;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final Path file;
    private FileChannel channel;
    private long appended;
    private long synced;
    // bumped by every reset: a sync that began before a reset must not move the new file's watermark
    private long generation;

    WriteAheadLog(Path file) {
        this.file = file;
    }

    /** Feeds every intact record to {@code apply}, then opens the log for appending after the last one. */
    synchronized void open(Consumer<byte[]> apply) throws IOException {
        long good = 0;
        if (Files.exists(file)) {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = in.size();
                ByteBuffer header = ByteBuffer.allocate(HEADER);
                while (good + HEADER <= size) {
                    header.clear();
                    in.read(header, good);
                    header.flip();
                    int length = header.getInt();
                    int crc = header.getInt();
                    if (length < 0 || length > MAX_RECORD || good + HEADER + length > size) {
                        break;
                    }
                    ByteBuffer payload = ByteBuffer.allocate(length);
                    in.read(payload, good + HEADER);
                    if (crc != crc(payload.array())) {
                        break;
                    }
                    apply.accept(payload.array());
                    good += HEADER + length;
                }
                if (good < size) {
                    LOG.warn("{}: skipped a torn or corrupt record at byte {} ({} bytes after it dropped); "
                            + "every record before it was recovered", file, good, size - good);
                }
            }
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(good);
        channel.position(good);
        appended = good;
        synced = good;
    }

    synchronized void append(byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + payload.length);
        buffer.putInt(payload.length).putInt(crc(payload)).put(payload).flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data log " + file, e);
        }
        appended += HEADER + payload.length;
    }

    /**
     * Makes every record appended so far durable (one fsync covers all of them). The force runs outside the lock,
     * so appends go on meanwhile; what it covered is recorded only if the file was not reset in between.
     */
    void sync() {
        Pending pending = beginSync();
        if (pending == null) {
            return;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the data log " + file, e);
        }
        endSync(pending);
    }

    /** A sync under way: what the file held when it began. */
    record Pending(long generation, long target) {
    }

    /** What a sync beginning now must cover; null when everything appended is already durable. */
    synchronized Pending beginSync() {
        return synced >= appended ? null : new Pending(generation, appended);
    }

    /** Records a finished force; one that began before a reset covered bytes of the old file, not of this one. */
    synchronized void endSync(Pending pending) {
        if (pending.generation() == generation) {
            synced = Math.max(synced, pending.target());
        }
    }

    synchronized long size() {
        return appended;
    }

    /** Empties the log (after a snapshot has made its records redundant). */
    synchronized void reset() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
        appended = 0;
        synced = 0;
        generation++;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.force(true);
            channel.close();
        }
    }

    private static int crc(byte[] payload) {
        CRC32 c = new CRC32();
        c.update(payload);
        return (int) c.getValue();
    }
}

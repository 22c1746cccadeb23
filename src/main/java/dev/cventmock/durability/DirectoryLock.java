package dev.cventmock.durability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One server's exclusive hold on its data directory: two servers appending to one log would interleave and
 * overwrite each other's records. The lock is the operating system's (released when the process dies, kill -9
 * included); the file's text names the holder, so a second server can say who has it.
 */
final class DirectoryLock implements AutoCloseable {
    static final String FILE = "lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** A data directory another server holds. */
    static final class InUse extends IOException {
        InUse(String message) {
            super(message);
        }
    }

    /** Takes the directory, or throws {@link InUse} naming the server that has it. */
    static DirectoryLock acquire(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null; // another server in this JVM has it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new InUse("the data directory " + dir.toAbsolutePath() + " is in use by another cvent-mock ("
                    + (holder.isEmpty() ? "holder unknown" : holder) + ")");
        }
        try {
            byte[] text = ("pid " + ProcessHandle.current().pid() + hostPart() + ", since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new DirectoryLock(channel, lock);
    }

    private static String hostPart() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "" : " on " + host.strip();
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(256);
            channel.read(b, 0);
            return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

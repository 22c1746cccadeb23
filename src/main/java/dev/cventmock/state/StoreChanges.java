package dev.cventmock.state;

import java.util.function.Supplier;

/**
 * What every store's change listener has in common: each write of a store (the change applied, and reported)
 * runs inside {@link #write}, so a listener that must see writes whole can keep them out while it reads the stores.
 * Durability needs it: a snapshot taken between a change's report and its publication would miss the change, and
 * the log that held it is then truncated. The default runs the write as it is.
 */
public interface StoreChanges {
    default <T> T write(Supplier<T> write) {
        return write.get();
    }

    /** {@link #write} for a write with no result. */
    default void write(Runnable write) {
        write(() -> {
            write.run();
            return null;
        });
    }
}

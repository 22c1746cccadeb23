package dev.cventmock.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body was already read, offered again from memory to the handler that takes it over; or whose body's
 * start was read, offered again before the rest, which still comes from the connection.
 */
final class ReplayedRequest extends Request.Wrapper {
    private Content.Chunk replay; // null once given
    private final boolean more;

    ReplayedRequest(Request request, byte[] body) {
        this(request, body, false);
    }

    /** @param more whether the body goes on after {@code read}: then the wrapped request gives the rest */
    ReplayedRequest(Request request, byte[] read, boolean more) {
        super(request);
        this.replay = Content.Chunk.from(ByteBuffer.wrap(read), !more);
        this.more = more;
    }

    @Override
    public synchronized Content.Chunk read() {
        Content.Chunk chunk = replay;
        if (chunk != null) {
            replay = null;
            return chunk;
        }
        return more ? super.read() : Content.Chunk.EOF;
    }

    @Override
    public void demand(Runnable demandCallback) {
        synchronized (this) {
            if (replay != null || !more) {
                demandCallback.run(); // what is asked for is already here
                return;
            }
        }
        super.demand(demandCallback);
    }

    @Override
    public synchronized boolean consumeAvailable() {
        replay = null;
        return !more || super.consumeAvailable();
    }
}

package dev.cventmock.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request whose body was already read, offered again from memory to the handler that takes it over. */
final class ReplayedRequest extends Request.Wrapper {
    private Content.Chunk body;

    ReplayedRequest(Request request, byte[] body) {
        super(request);
        this.body = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public synchronized Content.Chunk read() {
        Content.Chunk chunk = body;
        body = Content.Chunk.EOF;
        return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
        demandCallback.run(); // everything is already here
    }

    @Override
    public synchronized boolean consumeAvailable() {
        body = Content.Chunk.EOF;
        return true;
    }
}

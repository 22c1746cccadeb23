package dev.cventmock.http;

import dev.cventmock.process.FatalErrors;
import dev.cventmock.journal.CallContext;
import dev.cventmock.journal.CallRecorder;
import dev.cventmock.journal.RecordedHeaders;
import dev.cventmock.journal.UnreadRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves an API's calls on Jetty's core API, without the servlet stack (the SOAP front, the XS2event PUTs): the body
 * is read without blocking on the selector thread, then the reply is computed, without blocking, on one of the
 * {@link CallWorkers} — or on a pool thread when the subclass says its work may block ({@link Blocking}), or later
 * ({@link Later}) — and written. On two cores that is most of the difference between a few thousand and a few tens
 * of thousands of calls a second. What the subclass does not take, or declines once it has seen the body, goes on
 * to the next handler (the servlet stack, on a pool thread since its code may block) with the body replayed from
 * memory. Calls answered here are logged and journaled like the others, and with a data directory leave after
 * their fsync.
 */
public abstract class DirectCallHandler extends Handler.Wrapper {
    private final CallRecorder recorder;
    private final Executor workers;
    private final long maxBodyBytes;
    private final Runnable beforeAnswer; // or null

    /**
     * What a call gets: an {@link Answer}, one after a delay ({@link Later}), one computed where it may block
     * ({@link Blocking}), or its connection dropped ({@link Dropped}).
     */
    public sealed interface Reply permits Answer, Later, Blocking, Dropped {
    }

    /** An answer: status, Content-Type, body, and any other headers (e.g. Allow). */
    public record Answer(int status, String contentType, byte[] body, java.util.Map<String, String> headers) implements Reply {
        public Answer(int status, String contentType, byte[] body) {
            this(status, contentType, body, java.util.Map.of());
        }
    }

    /** The reply {@code then} gives, computed on a pool thread: work that may block (a first use that builds something). */
    public record Blocking(java.util.function.Supplier<Reply> then) implements Reply {
    }

    /**
     * The reply {@code then} gives, computed on a call worker once {@code delayMs} have passed (a latency rule's):
     * no thread waits meanwhile. {@code then} must reply (it cannot hand the call on any more).
     */
    public record Later(long delayMs, java.util.function.Supplier<Reply> then) implements Reply {
    }

    /** No answer: the connection is closed, as a network failure or a crashed server would (a fault rule's). */
    public enum Dropped implements Reply {
        CONNECTION
    }

    /** {@code workers} compute the answers (they must not block); the servlet stack gets everything else. */
    protected DirectCallHandler(Handler servletStack, CallRecorder recorder, Executor workers, long maxBodyBytes) {
        this(servletStack, recorder, workers, maxBodyBytes, null);
    }

    /**
     * @param beforeAnswer runs, on a pool thread, after a call is recorded and before its answer leaves (makes its
     *                     changes durable); null when there is nothing to do then
     */
    protected DirectCallHandler(Handler servletStack, CallRecorder recorder, Executor workers, long maxBodyBytes,
                                Runnable beforeAnswer) {
        super(servletStack);
        this.recorder = recorder;
        this.workers = workers;
        this.maxBodyBytes = maxBodyBytes;
        this.beforeAnswer = beforeAnswer;
    }

    /**
     * Whether this handler serves the request, from its method, path and headers (the body is not read yet); what
     * it does not take goes on to the next handler untouched.
     */
    protected abstract boolean takes(Request request);

    /**
     * The answer to a request it takes that the subclass answers from its method, path and headers alone (a GET of a
     * document, a media type it refuses), or null when it needs the body. Nothing is read then; the call is journaled
     * as method and path unless the subclass names its operation.
     */
    protected Answer answerWithoutBody(Request request, CallContext call) {
        return null;
    }

    /**
     * The answer to a request it takes whose body is over the limit (declared, or grown so as it came), or null to
     * hand it on to the next handler, which refuses it.
     */
    protected Answer answerTooLarge(Request request, CallContext call, long maxBodyBytes) {
        return null;
    }

    /**
     * The call's reply, or null to hand it, body included, to the servlet stack. Must not block, and must not
     * change any state before it is sure to reply (the servlet stack would do it again).
     */
    protected abstract Reply answer(Request request, byte[] body, CallContext call);

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!takes(request)) {
            onward(request, response, callback);
            return true;
        }
        CallContext early = new CallContext();
        Answer answer = answerWithoutBody(request, early);
        if (answer != null) {
            if (early.operation() == null) {
                early.operation(request.getMethod() + " " + request.getHttpURI().getPath()).outcome(String.valueOf(answer.status()));
            }
            respond(request, response, callback, answer, early);
            return true;
        }
        long length = request.getLength();
        if (length > maxBodyBytes) {
            Answer refusal = answerTooLarge(request, early, maxBodyBytes);
            if (refusal == null) {
                onward(request, response, callback);
            } else {
                respond(request, response, callback, refusal, early);
            }
            return true;
        }
        new BodyReader(request, response, callback, early, length >= 0 ? new byte[(int) length] : null).run();
        return true;
    }

    /**
     * Reads the body straight into an array of its declared length (Jetty's generic aggregation grows
     * buffers as it goes: the largest allocation per call, measured), resuming whenever more arrives. A body of no
     * declared length (chunked) is gathered as it comes, up to the limit; one that grows past it goes on to the
     * next handler with what was read replayed before the rest, so it is refused there like any body too large.
     */
    private final class BodyReader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private byte[] body; // of the declared length; or, without one, grown as chunks come
        private final boolean declared;
        private final CallContext call;
        private int read;

        BodyReader(Request request, Response response, Callback callback, CallContext call, byte[] body) {
            this.call = call;
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.declared = body != null;
            this.body = declared ? body : new byte[8192];
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (!declared && bytes.remaining() > body.length - read) {
                    if ((long) read + bytes.remaining() > maxBodyBytes) {
                        tooLarge(chunk);
                        return;
                    }
                    body = java.util.Arrays.copyOf(body, (int) Math.min(maxBodyBytes, Math.max(body.length * 2L,
                            (long) read + bytes.remaining())));
                }
                int n = Math.min(bytes.remaining(), body.length - read); // Jetty enforces a declared length
                bytes.get(body, read, n);
                read += n;
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (!declared) {
                        body = java.util.Arrays.copyOf(body, read);
                    }
                    workers.execute(this::answerOnWorker);
                    return;
                }
            }
        }

        /** The body grew past the limit: refused here, or on to the next handler with what was read replayed before the rest. */
        private void tooLarge(Content.Chunk pending) {
            Answer refusal = answerTooLarge(request, call, maxBodyBytes);
            if (refusal != null) {
                pending.release();
                respond(request, response, callback, refusal, call);
                return;
            }
            byte[] prefix = new byte[read + pending.getByteBuffer().remaining()];
            System.arraycopy(body, 0, prefix, 0, read);
            pending.getByteBuffer().get(prefix, read, prefix.length - read);
            boolean last = pending.isLast();
            pending.release();
            onward(new ReplayedRequest(request, prefix, !last), response, callback);
        }

        private void answerOnWorker() {
            guarded(request, callback, () -> DirectCallHandler.this.answer(request, response, callback, body, call));
        }

        private void failed(Throwable cause) {
            call.outcome(UnreadRequest.outcome(cause));
            call.operation(request.getMethod() + " " + request.getHttpURI().getPath());
            int status = UnreadRequest.status(cause);
            record(request, call, status, null, null);
            Response.writeError(request, response, callback, status, UnreadRequest.reason(cause));
        }
    }

    private void answer(Request request, Response response, Callback callback, byte[] body, CallContext call) {
        Reply reply = answer(request, body, call);
        if (reply == null) {
            onward(new ReplayedRequest(request, body), response, callback);
            return;
        }
        call.requestBody(body);
        reply(request, response, callback, reply, call);
    }

    private void reply(Request request, Response response, Callback callback, Reply reply, CallContext call) {
        if (reply instanceof Answer answer) {
            respond(request, response, callback, answer, call);
        } else if (reply instanceof Blocking blocking) {
            getServer().getThreadPool().execute(() -> guarded(request, callback,
                    () -> reply(request, response, callback, java.util.Objects.requireNonNull(blocking.then().get(), "a reply"), call)));
        } else if (reply instanceof Later later) {
            getServer().getScheduler().schedule(() -> workers.execute(() -> guarded(request, callback,
                    () -> reply(request, response, callback, java.util.Objects.requireNonNull(later.then().get(), "a delayed reply"), call))),
                    later.delayMs(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } else {
            record(request, call, response.getStatus(), null, null); // recorded as no response: the call says it was dropped
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new org.eclipse.jetty.io.EofException("the connection was dropped by a fault rule"));
        }
    }

    private void respond(Request request, Response response, Callback callback, Answer answer, CallContext call) {
        record(request, call, answer.status(), answer.contentType(), answer.body());
        if (beforeAnswer != null) { // an fsync: not on a worker or a selector
            getServer().getThreadPool().execute(() -> guarded(request, callback, () -> {
                beforeAnswer.run();
                write(request, response, callback, answer);
            }));
            return;
        }
        write(request, response, callback, answer);
    }

    private static void write(Request request, Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        answer.headers().forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        boolean head = "HEAD".equals(request.getMethod()); // the length a GET would have, no body
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
    }

    private void record(Request request, CallContext call, int status, String contentType, byte[] responseBody) {
        recorder.record(call, new CallRecorder.Exchange(Request.getRemoteAddr(request), request.getMethod(),
                request.getHttpURI().getPathQuery(), RecordedHeaders.of(request.getHeaders()), status,
                recorder.keepsBodies() ? RecordedHeaders.ofAnswer(contentType, responseBody) : null, responseBody));
    }

    /**
     * On to the next handler: directly when it is another direct handler, else on a pool thread, since the
     * servlet stack may block and this may be running on a selector thread.
     */
    private void onward(Request request, Response response, Callback callback) {
        if (getHandler() instanceof DirectCallHandler) {
            next(request, response, callback);
        } else {
            Executor executor = getServer().getThreadPool();
            executor.execute(() -> next(request, response, callback));
        }
    }

    private void next(Request request, Response response, Callback callback) {
        guarded(request, callback, () -> {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        });
    }

    /** What may throw on the way to an answer, off the handling thread: a failure is a 500, a fatal error ends the process. */
    private static void guarded(Request request, Callback callback, Work work) {
        try {
            work.run();
        } catch (Throwable t) {
            FatalErrors.check(t, "a call to " + request.getHttpURI().getPath());
            callback.failed(t); // Jetty answers 500 through the error handler, as for a handler that throws
        }
    }

    private interface Work {
        void run() throws Exception;
    }
}

package dev.cventmock.server;

import dev.cventmock.http.Deferred;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The servlet stack behind the direct handlers, built and started a moment after the server starts, or
 * when the first call reaches it. With the direct handlers serving Login, UpdateGuestInfo, the WSDL and the
 * XS2event PUT, a typical run reaches the servlet stack late or never (the admin API, help pages, Metro, the
 * unusual cases), while building it was part of every start-up.
 * Not a Handler.Wrapper: Jetty refuses to put a blocking handler under a started wrapper of a non-blocking
 * server, and the direct handlers in front make the server non-blocking (they hand calls on to a pool thread).
 */
final class ServletStackOnDemand extends Handler.Abstract {
    static final Duration DELAY = Duration.ofSeconds(1);

    private final Supplier<Handler> build;
    private Deferred<Handler> stack;

    ServletStackOnDemand(Supplier<Handler> build) {
        super(InvocationType.BLOCKING);
        this.build = build;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stack = Deferred.inBackground("cvent-mock-servlet-init", DELAY, this::startStack);
    }

    /**
     * Builds and starts the stack, unless the server is stopping by then: a build that began as the stop did used
     * to start the stack after the stop had stopped everything, and it stayed started. The lock orders the two.
     */
    private Handler startStack() {
        Handler h = build.get();
        h.setServer(getServer());
        synchronized (this) {
            if (!isStarted()) {
                return h; // stopping: never started, nothing to stop
            }
            addBean(h, true); // stopped with this handler
            try {
                h.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the servlet stack: " + e.getMessage(), e);
            }
        }
        return h;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            stack.cancel();
            super.doStop();
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // the direct handlers hand calls on to a pool thread, so waiting here for the first build is allowed
        return stack.get().handle(request, response, callback);
    }
}

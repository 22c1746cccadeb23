package dev.cventmock.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * After a call on the servlet stack is answered, reads and drops what is left of its body (bounded by the body
 * limit). A call refused before its body was read (a 401, 404, 405 or 415) was otherwise answered while the client
 * still sent a chunked body; Jetty then closed the connection with unread data, and the reset took the answer with
 * it ("received no bytes"). A body already read costs one read that finds its end.
 */
public final class UnreadBodyFilter implements Filter {
    private final long maxBodyBytes;

    public UnreadBodyFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        BoundedBody.drain((HttpServletRequest) request, maxBodyBytes);
    }
}

package dev.cventmock.faults;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Closes the client's connection without any response, as a network failure or a crashed server would. */
public final class ConnectionDrop {
    private ConnectionDrop() {
    }

    public static void drop(HttpServletRequest request) {
        ServletContextRequest jettyRequest = ServletContextRequest.getServletContextRequest(request);
        jettyRequest.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}

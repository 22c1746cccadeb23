package dev.cventmock.journal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A response that keeps a copy of what it sends (up to a cap) for the journal. */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(512);
    private final int cap;
    private long total;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int cap) {
        super(response);
        this.cap = cap;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    keep(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
        }
        return writer;
    }

    private void keep(byte[] b, int off, int len) {
        total += len;
        int room = cap - copy.size();
        if (room > 0) {
            copy.write(b, off, Math.min(room, len));
        }
    }

    /** What was sent, as text; a marker says when it was longer than the cap. */
    String body() {
        if (writer != null) {
            writer.flush();
        }
        String text = copy.toString(StandardCharsets.UTF_8);
        return total > copy.size() ? text + "…[truncated: " + total + " bytes in all]" : text;
    }
}

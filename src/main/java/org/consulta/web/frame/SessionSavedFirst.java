package org.consulta.web.frame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * In a cluster, a session's answer must not end before the session is in the data grid: Payara
 * stores it after the application is done with the request, and a browser that already has the whole
 * page could post its form to another instance that still reads the session without that form's view.
 * For requests that carry a session, closing and flushing the body are left to the container, which
 * ends the answer only after the session is stored. Anonymous readers (no session) are untouched.
 */
public class SessionSavedFirst extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestedSessionId() == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new Held(response));
    }

    /** The response with close() and flush() of its body held back until the container ends it. */
    private static final class Held extends HttpServletResponseWrapper {
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override public void write(int b) throws IOException { real.write(b); }
                    @Override public void write(byte[] b, int off, int len) throws IOException { real.write(b, off, len); }
                    @Override public void flush() { /* the container flushes at the end */ }
                    @Override public void close() { /* the container closes at the end */ }
                    @Override public boolean isReady() { return real.isReady(); }
                    @Override public void setWriteListener(WriteListener listener) { real.setWriteListener(listener); }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding()))) {
                    @Override public void close() { super.flush(); }
                };
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}

package org.consulta.web.frame;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page rendered into memory so that it can be kept for the next anonymous readers: the body and the
 * headers the rendering set are held back and written at the end. Anything that makes a response
 * personal or not a plain page (a cookie, an error, a redirect) lets the response go through as usual
 * and marks it as not to be kept.
 */
class PageCapture extends HttpServletResponseWrapper {

    /** One header as the rendering set it ({@code add}: added, else replaced). */
    record Header(boolean add, String name, String value) {
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final List<Header> headers = new ArrayList<>();
    private int status = SC_OK;
    private boolean passedThrough;
    private PrintWriter writer;
    private ServletOutputStream stream;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    /** True if the response is a plain page that may be served again to anyone. */
    boolean keepable() {
        return !passedThrough && status == SC_OK && getContentType() != null && getContentType().startsWith("text/html");
    }

    List<Header> headers() {
        return headers;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Writes what was held back to the real response (the rendered page, for a first reader). */
    void release() throws IOException {
        if (passedThrough) {
            return;
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        real.setStatus(status);
        headers.forEach(h -> apply(real, h.add(), h.name(), h.value()));
        byte[] bytes = body();
        real.setContentLength(bytes.length);
        real.getOutputStream().write(bytes);
    }

    static void apply(HttpServletResponse response, boolean add, String name, String value) {
        if (add) {
            response.addHeader(name, value);
        } else {
            response.setHeader(name, value);
        }
    }

    private void passThrough() {
        if (!passedThrough) {
            passedThrough = true;
            HttpServletResponse real = (HttpServletResponse) getResponse();
            headers.forEach(h -> apply(real, h.add(), h.name(), h.value()));
        }
    }

    @Override public void setHeader(String name, String value) { record(false, name, value); }
    @Override public void addHeader(String name, String value) { record(true, name, value); }
    @Override public void setIntHeader(String name, int value) { record(false, name, String.valueOf(value)); }
    @Override public void addIntHeader(String name, int value) { record(true, name, String.valueOf(value)); }
    @Override public void setDateHeader(String name, long date) { super.setDateHeader(name, date); passThrough(); }
    @Override public void addDateHeader(String name, long date) { super.addDateHeader(name, date); passThrough(); }

    private void record(boolean add, String name, String value) {
        if (passedThrough) {
            apply((HttpServletResponse) getResponse(), add, name, value);
        } else {
            if (!add) {
                headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            }
            headers.add(new Header(add, name, value));
        }
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name)) || super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst()
                .orElseGet(() -> super.getHeader(name));
    }

    @Override
    public void addCookie(Cookie cookie) {
        passThrough();
        super.addCookie(cookie);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (passedThrough) {
            super.setStatus(sc);
        }
    }

    @Override
    public int getStatus() {
        return passedThrough ? super.getStatus() : status;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passThrough();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passThrough();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passThrough();
        super.sendRedirect(location);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new IllegalStateException(); }
                @Override public void write(int b) { body.write(b); }
                @Override public void write(byte[] b, int off, int len) { body.write(b, off, len); }
            };
        }
        return stream;
    }

    @Override public String getCharacterEncoding() { return StandardCharsets.UTF_8.name(); }
    @Override public void flushBuffer() { if (writer != null) writer.flush(); }
    @Override public boolean isCommitted() { return passedThrough && super.isCommitted(); }
    @Override public void setContentLength(int len) { }
    @Override public void setContentLengthLong(long len) { }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = SC_OK;
        if (passedThrough) {
            super.reset();
        }
    }
}

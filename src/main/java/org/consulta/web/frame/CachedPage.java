package org.consulta.web.frame;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rendered page kept by {@link PageCache}: its headers and its body cut where the CSP nonce stood,
 * so that every response carries a nonce of its own, as a freshly rendered one would.
 */
record CachedPage(long stamp, long madeAt, String contentType, List<PageCapture.Header> headers, List<byte[]> parts, int size) {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    static CachedPage of(PageCapture capture, long stamp, long now) {
        String nonce = capture.headers().stream().map(h -> NONCE.matcher(h.value())).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
        byte[] body = capture.body();
        List<byte[]> parts = new ArrayList<>();
        if (nonce == null) {
            parts.add(body);
        } else {
            byte[] needle = nonce.getBytes(StandardCharsets.US_ASCII);
            int from = 0;
            for (int at = indexOf(body, needle, 0); at >= 0; at = indexOf(body, needle, from)) {
                parts.add(java.util.Arrays.copyOfRange(body, from, at));
                from = at + needle.length;
            }
            parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
        }
        List<PageCapture.Header> headers = capture.headers().stream().map(h -> nonce == null ? h
                : new PageCapture.Header(h.add(), h.name(), h.value().replace(nonce, "\u0000"))).toList();
        return new CachedPage(stamp, now, capture.getContentType(), headers, parts, body.length);
    }

    boolean youngerThan(int seconds, long now) {
        return now - madeAt < seconds * 1_000_000_000L;
    }

    void writeTo(HttpServletResponse response) throws IOException {
        String nonce = freshNonce();
        byte[] nonceAscii = nonce.getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        headers.forEach(h -> PageCapture.apply(response, h.add(), h.name(), h.value().replace("\u0000", nonce)));
        response.setContentLength(size + (parts.size() - 1) * (nonceAscii.length - lengthOfCutNonce()));
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(nonceAscii);
            }
            out.write(parts.get(i));
        }
    }

    /** A nonce as PrimeFaces makes them: it checks the one a form posts back against this shape. */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    private int lengthOfCutNonce() {
        int kept = parts.stream().mapToInt(p -> p.length).sum();
        return parts.size() > 1 ? (size - kept) / (parts.size() - 1) : 0;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

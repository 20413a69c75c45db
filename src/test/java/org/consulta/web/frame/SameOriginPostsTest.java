package org.consulta.web.frame;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginPostsTest {

    /** A request as the filter sees it: these headers, this remote address, plain HTTP. */
    static HttpServletRequest request(String remoteAddress, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameOriginPostsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getRemoteAddr" -> remoteAddress;
                    case "getScheme" -> "http";
                    case "isSecure" -> false;
                    default -> null;
                });
    }

    private final SameOriginPosts filter = new SameOriginPosts();

    @Test
    void aPostFromAPageOfThisSiteIsAccepted() {
        filter.setPublicUrl("https://consulta.example.org");
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Sec-Fetch-Site", "same-origin"))));
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080"))));
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "internal:8080", "Origin", "https://consulta.example.org"))),
                "behind a proxy, the public address is this site");
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost", "Origin", "http://localhost:80"))));
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080",
                "Referer", "http://localhost:8080/en/account/login"))), "an old browser's referrer");
        assertTrue(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080"))), "a script without any browser header");
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        filter.setPublicUrl("https://consulta.example.org");
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Sec-Fetch-Site", "cross-site"))));
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Sec-Fetch-Site", "same-site"))));
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Origin", "http://evil.test"))));
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Origin", "null"))),
                "a sandboxed frame or a data: page");
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Origin", "http://localhost:8081"))),
                "another port is another origin");
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080", "Referer", "http://evil.test/x"))));
        assertFalse(filter.fromThisSite(request("10.0.0.1", Map.of("Host", "localhost:8080",
                "Origin", "http://consulta.example.org.evil.test"))));
    }

    @Test
    void limitsCountTheAddressATrustedProxyAppendedNeverOneTheClientWrote() {
        SecureTransport.configure("10.0.0.5", "");
        try {
            assertEquals("198.51.100.7", org.consulta.kernel.ClientAddress.of(
                    request("10.0.0.5", Map.of("X-Forwarded-For", "203.0.113.1, 198.51.100.7"))), "the proxy's own hop");
            assertEquals("10.0.0.6", org.consulta.kernel.ClientAddress.of(
                    request("10.0.0.6", Map.of("X-Forwarded-For", "203.0.113.1"))), "from anyone else the header is ignored");
            assertEquals("10.0.0.5", org.consulta.kernel.ClientAddress.of(request("10.0.0.5", Map.of())));
        } finally {
            SecureTransport.configure("", "");
        }
    }

    @Test
    void httpsIsBelievedFromTheConnectionOrATrustedProxyOnly() {
        SecureTransport.configure("10.0.0.5", "http://localhost:8080");
        try {
            assertTrue(SecureTransport.isHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "https"))));
            assertFalse(SecureTransport.isHttps(request("10.0.0.6", Map.of("X-Forwarded-Proto", "https"))),
                    "anyone else can send the header");
            assertFalse(SecureTransport.isHttps(request("10.0.0.5", Map.of())));
            SecureTransport.configure("", "https://consulta.example.org");
            assertTrue(SecureTransport.isHttps(request("10.0.0.6", Map.of())), "a platform declared on HTTPS");
        } finally {
            SecureTransport.configure("", "");
        }
    }
}

package org.consulta.kernel;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The address a request came from, as limits count it: the connection's, or, when the connection comes
 * from a trusted proxy (a load balancer, {@code consulta.trusted.proxies}), the address that proxy
 * appended last to {@code X-Forwarded-For}. Addresses earlier in that header were written by the client
 * and are never believed; from anyone but a trusted proxy the header is ignored.
 */
public final class ClientAddress {

    private static volatile List<String> trustedProxies = List.of();

    private ClientAddress() {
    }

    public static void trust(List<String> proxies) {
        trustedProxies = List.copyOf(proxies);
    }

    public static boolean fromTrustedProxy(HttpServletRequest request) {
        return trustedProxies.contains(request.getRemoteAddr());
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !fromTrustedProxy(request)) {
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        return last.isEmpty() ? request.getRemoteAddr() : last;
    }
}

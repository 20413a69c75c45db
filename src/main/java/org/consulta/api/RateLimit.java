package org.consulta.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.consulta.account.ClientThrottle;
import org.consulta.kernel.RefusedException;

import java.time.Duration;

/**
 * At most {@value #PER_MINUTE} API requests per client address and minute, counted across the cluster; beyond, 429 with
 * a problem+json body and {@code Retry-After}. Documented in the README.
 */
@Provider
public class RateLimit implements ContainerRequestFilter {

    static final int PER_MINUTE = 120;

    @Inject
    private ClientThrottle throttle;
    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        try {
            throttle.attempt("api", org.consulta.kernel.ClientAddress.of(request), PER_MINUTE, Duration.ofMinutes(1));
        } catch (RefusedException throttled) {
            throw new ApiRefusedException("api.rate_limited", 429);
        }
    }
}

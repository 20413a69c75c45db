package org.consulta.account;

import org.consulta.kernel.RefusedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Per-address limits: the attempt over the limit is refused, other addresses and buckets are not. */
class ClientThrottleTest {

    private final ClientThrottle throttle = new ClientThrottle();

    @Test
    void refusesTheAttemptOverTheLimitWithATranslatedReason() {
        for (int i = 0; i < 3; i++) {
            throttle.attempt("register", "203.0.113.7", 3, Duration.ofHours(1));
        }
        RefusedException refused = assertThrows(RefusedException.class,
                () -> throttle.attempt("register", "203.0.113.7", 3, Duration.ofHours(1)));
        assertEquals("account.throttled", refused.messageKey());
    }

    @Test
    void countsEachAddressAndEachBucketApart() {
        for (int i = 0; i < 3; i++) {
            throttle.attempt("login", "198.51.100.1", 3, Duration.ofHours(1));
        }
        assertDoesNotThrow(() -> throttle.attempt("login", "198.51.100.2", 3, Duration.ofHours(1)));
        assertDoesNotThrow(() -> throttle.attempt("register", "198.51.100.1", 3, Duration.ofHours(1)));
        assertThrows(RefusedException.class, () -> throttle.attempt("login", "198.51.100.1", 3, Duration.ofHours(1)));
    }

    @Test
    void forgetsAttemptsOlderThanTheWindow() throws InterruptedException {
        throttle.attempt("reset", "192.0.2.9", 1, Duration.ofMillis(50));
        assertThrows(RefusedException.class, () -> throttle.attempt("reset", "192.0.2.9", 1, Duration.ofMillis(50)));
        Thread.sleep(80);
        assertDoesNotThrow(() -> throttle.attempt("reset", "192.0.2.9", 1, Duration.ofMillis(50)));
    }
}

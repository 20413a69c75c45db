package org.consulta.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits attempts per client address in a sliding window. Kept in memory of one instance: in a
 * cluster each instance counts on its own, which still bounds an attacker to N times the limit.
 */
@ApplicationScoped
public class ClientThrottle {

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Records an attempt; refuses it (and changes nothing else) when the address is over the limit. */
    public void attempt(String bucket, String address, int max, Duration window) {
        Deque<Instant> times = attempts.computeIfAbsent(bucket + "|" + address, k -> new ArrayDeque<>());
        Instant now = Instant.now();
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                throw new AccountException("account.throttled");
            }
            times.addLast(now);
        }
        if (attempts.size() > 100_000) {
            attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }
}

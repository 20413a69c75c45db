package org.consulta.account;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.consulta.kernel.RefusedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Limits attempts per client address in a sliding window, counted across every instance of a cluster:
 * the attempts are kept in a map of Payara's data grid (Hazelcast), locked per key while one is
 * counted, so two instances refuse at the same count as one. Only Java types travel (an array of
 * instants), so no class of ours has to be known to the other members. Where no data grid exists
 * (plain unit tests), the same map is an in-memory one.
 */
@ApplicationScoped
public class ClientThrottle {

    private static final String MAP = "consulta-throttle";

    private Attempts attempts;

    @PostConstruct
    void connect() {
        attempts = Attempts.of(lookupGrid());
    }

    /** Records an attempt; refuses it (and changes nothing else) when the address is over the limit. */
    public void attempt(String bucket, String address, int max, Duration window) {
        if (attempts == null) {
            connect();
        }
        String key = bucket + "|" + address;
        long now = Instant.now().toEpochMilli();
        attempts.lock(key);
        try {
            long[] kept = attempts.get(key);
            long[] recent = kept == null ? new long[0]
                    : Arrays.stream(kept).filter(t -> t > now - window.toMillis()).toArray();
            if (recent.length >= max) {
                throw new RefusedException("account.throttled");
            }
            long[] next = Arrays.copyOf(recent, recent.length + 1);
            next[recent.length] = now;
            attempts.put(key, next, window.toMillis());
        } finally {
            attempts.unlock(key);
        }
    }

    private static HazelcastInstance lookupGrid() {
        try {
            return (HazelcastInstance) new javax.naming.InitialContext().lookup("payara/Hazelcast");
        } catch (javax.naming.NamingException | ClassCastException | NoClassDefFoundError noGrid) {
            return null;
        }
    }

    /** The attempts of every address, in the data grid or (without one) in this JVM. */
    interface Attempts {
        void lock(String key);

        void unlock(String key);

        long[] get(String key);

        void put(String key, long[] times, long ttlMillis);

        static Attempts of(HazelcastInstance grid) {
            return grid == null ? new Local() : new Grid(grid.getMap(MAP));
        }
    }

    record Grid(IMap<String, long[]> map) implements Attempts {
        public void lock(String key) { map.lock(key, 10, TimeUnit.SECONDS); }
        public void unlock(String key) { if (map.isLocked(key)) map.unlock(key); }
        public long[] get(String key) { return map.get(key); }
        public void put(String key, long[] times, long ttlMillis) { map.set(key, times, ttlMillis, TimeUnit.MILLISECONDS); }
    }

    static final class Local implements Attempts {
        private final java.util.concurrent.ConcurrentHashMap<String, long[]> map = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> locks =
                new java.util.concurrent.ConcurrentHashMap<>();

        public void lock(String key) { locks.computeIfAbsent(key, k -> new java.util.concurrent.locks.ReentrantLock()).lock(); }
        public void unlock(String key) { locks.get(key).unlock(); }
        public long[] get(String key) { return map.get(key); }
        public void put(String key, long[] times, long ttlMillis) {
            map.put(key, times);
            if (map.size() > 100_000) {
                long now = Instant.now().toEpochMilli();
                map.entrySet().removeIf(e -> e.getValue().length == 0 || e.getValue()[e.getValue().length - 1] < now - 3_600_000L);
            }
        }
    }
}

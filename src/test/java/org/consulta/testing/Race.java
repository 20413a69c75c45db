package org.consulta.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Copies of one call released together, as parallel clicks and resent requests arrive; rethrows the first failure. */
public final class Race {

    private Race() {
    }

    public static void run(int copies, IntConsumer call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(copies, 16));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    start.await();
                    call.accept(n);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

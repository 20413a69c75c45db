package org.consulta.bench;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;

/**
 * Time per PBKDF2-HMAC-SHA256 hash at a given iteration count, with the JDK provider Jakarta
 * Security's Pbkdf2PasswordHash uses. Run by hand: java -cp target/test-classes
 * org.consulta.bench.Pbkdf2Bench 210000
 */
public final class Pbkdf2Bench {

    private Pbkdf2Bench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.parseInt(args[0]);
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        char[] password = "violet kettles hum at dawn".toCharArray();
        for (int i = 0; i < 5; i++) {
            factory.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        }
        int runs = 20;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            factory.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        }
        System.out.printf("%d iterations: %.1f ms per hash (mean of %d)%n", iterations,
                (System.nanoTime() - start) / 1e6 / runs, runs);
    }
}

package org.consulta.forum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Receipt codes: 16 characters from an alphabet without look-alikes, grouped by four for reading
 * aloud ("K7QM-2XDA-…"), about 80 bits; only their SHA-256 is stored.
 */
final class Receipts {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    static String newCode() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return code(random);
    }

    /**
     * The code of one submitted ballot form: every copy of the same submission (a double click, a retry)
     * gets the same code, so whichever copy is stored, the code shown on every copy's page verifies.
     * The form's token is random and only ever sent to its voter.
     */
    static String forSubmission(String submission, Long voterId, long ballotId) {
        try {
            return code(MessageDigest.getInstance("SHA-256").digest((submission + "|" + voterId + "|" + ballotId)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(byte[] source) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((source[i] & 0xff) % ALPHABET.length())); // 32 letters: 5 bits each
        }
        return code.toString();
    }

    /** The stored form of a code as typed: case, spaces and dashes do not matter. */
    static String hash(String code) {
        String normal = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

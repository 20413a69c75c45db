package org.consulta.account;

import java.security.SecureRandom;

/** Random passwords for accounts the platform creates itself; never a fixed default. */
public final class OneTimePassword {

    /** No 0/O or 1/l/I: these are read off a terminal and typed by hand. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    public static char[] generate(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return password;
    }
}

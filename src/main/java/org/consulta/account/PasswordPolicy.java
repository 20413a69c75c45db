package org.consulta.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least 12 characters, not built on the person's e-mail or name, and
 * not on the list of passwords attackers try first. Returns the key of the translated reason.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load("account/common-passwords.txt");

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String email, String name) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account_password.too_short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account_password.too_long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (containsPart(lower, email == null ? null : email.split("@")[0]) || containsPart(lower, name)) {
            return Optional.of("account_password.contains_identity");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("account_password.too_common");
        }
        return Optional.empty();
    }

    private static boolean containsPart(String password, String identity) {
        if (identity == null) {
            return false;
        }
        for (String part : identity.toLowerCase(Locale.ROOT).split("[\\s._+-]+")) {
            if (part.length() >= 3 && password.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

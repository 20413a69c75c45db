package org.consulta.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of("account_password.too_short"), PasswordPolicy.problem("Sh0rt!pass", "ana@example.org", "Ana"));
    }

    @Test
    void refusesPasswordsBuiltOnTheEmailOrTheName() {
        assertEquals(Optional.of("account_password.contains_identity"),
                PasswordPolicy.problem("maria.lopez-2025!", "maria.lopez@example.org", "Someone"));
        assertEquals(Optional.of("account_password.contains_identity"),
                PasswordPolicy.problem("Fernandez#river88", "x@example.org", "Lucía Fernández Fernandez"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheCase() {
        assertEquals(Optional.of("account_password.too_common"), PasswordPolicy.problem("Password1234", "a@b.org", "Ab"));
        assertEquals(Optional.of("account_password.too_common"), PasswordPolicy.problem("MotDePasse123", "a@b.org", "Ab"));
        assertEquals(Optional.of("account_password.too_common"), PasswordPolicy.problem("zzzzzzzzzzzzzz", "a@b.org", "Ab"));
    }

    @Test
    void acceptsALongUnrelatedPassphrase() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("violet kettles hum at dawn", "ana@example.org", "Ana Pérez"));
    }
}

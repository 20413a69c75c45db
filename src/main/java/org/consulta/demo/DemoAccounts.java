package org.consulta.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.consulta.account.Account;
import org.consulta.account.AccountService;
import org.consulta.account.Constituency;
import org.consulta.account.MembershipService;
import org.consulta.account.OneTimePassword;
import org.consulta.account.RepositoryRole;
import org.consulta.kernel.Tenant;

import java.util.Arrays;

/**
 * One demo account per role in the demo repository, so a newcomer can try every role at once.
 * Each gets a random one-time password, returned for printing once and never stored in clear.
 */
@Stateless
public class DemoAccounts {

    private record Demo(String email, String name, String language, RepositoryRole role, Constituency constituency,
                        String organisation) {
    }

    private static final Demo[] DEMOS = {
            new Demo("demo-admin@consulta.invalid", "Ana Administradora", "es", RepositoryRole.ADMINISTRATOR, null, null),
            new Demo("demo-moderator@consulta.invalid", "Martin Modérateur", "fr", RepositoryRole.MODERATOR, null, null),
            new Demo("demo-forum-gov@consulta.invalid", "Gabriela Gobierno", "es", RepositoryRole.FORUM_MEMBER,
                    Constituency.GOVERNMENT, "Secretaría de Innovación Pública"),
            new Demo("demo-forum-cso@consulta.invalid", "Sam Civil Society", "en", RepositoryRole.FORUM_MEMBER,
                    Constituency.CIVIL_SOCIETY, "Transparency Watch Valle Claro"),
            new Demo("demo-participant@consulta.invalid", "Paula Participante", "es", null, null, null)};

    @Inject
    private AccountService accounts;
    @Inject
    private MembershipService memberships;

    /** Returns the lines to print: e-mail, role and one-time password of each demo account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String createDemoAccounts(Tenant demo, long platformAdminId) {
        StringBuilder lines = new StringBuilder();
        for (Demo d : DEMOS) {
            char[] password = OneTimePassword.generate(16);
            Account account = accounts.createPreconfirmedAccount(d.email(), d.name(), password, d.language());
            if (d.role() != null) {
                memberships.appoint(demo, platformAdminId, account.getId(), d.role(), d.constituency(), d.organisation());
            }
            lines.append(String.format(" %-36s %-14s %s%n", d.email(),
                    d.role() == null ? "PARTICIPANT" : d.role() + (d.constituency() == null ? "" : "/" + d.constituency()),
                    new String(password)));
            Arrays.fill(password, ' ');
        }
        return lines.toString();
    }
}

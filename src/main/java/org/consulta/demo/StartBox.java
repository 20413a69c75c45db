package org.consulta.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.consulta.kernel.Mailer;
import org.consulta.kernel.PublicLinks;

/**
 * What a person who just typed the run command needs, in one box at the end of the start-up log: the
 * address to open, where to sign in, the one-time passwords of a first start, and where mails go when
 * no SMTP server is configured (the outbox: without it nobody could confirm an account alone). The
 * log is for whoever runs the platform, in English like the rest of Payara's.
 */
@Dependent
class StartBox {

    static final String RULE = "=====================================================================";

    @Inject
    private PublicLinks links;
    @Inject
    private Mailer mailer;

    /** {@code passwords}: the lines of the accounts created now (empty on a later start). */
    String text(String passwords, boolean demo) {
        StringBuilder box = new StringBuilder("\n").append(RULE).append('\n');
        box.append(" Consulta is ready: open ").append(links.to("en", demo ? "/r/demo/" : "/")).append('\n');
        box.append(" Sign in at ").append(links.to("en", "/account/login")).append('\n');
        if (!passwords.isEmpty()) {
            box.append(" One-time passwords, shown only now; each must be changed at first login:\n").append(passwords);
        }
        if (!mailer.isSmtpConfigured()) {
            box.append(" No SMTP server is configured (CONSULTA_SMTP_HOST): mails wait in the outbox,\n")
                    .append("   ").append(links.to("en", "/admin/outbox")).append(" (platform administrator)\n");
        }
        return box.append(RULE).toString();
    }
}

package org.consulta.web.frame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.kernel.Mailer;

/** Whether mails wait in the outbox (no SMTP server): the header then links it for platform administrators. */
@Named("mailSetup")
@ApplicationScoped
public class MailSetupView {

    @Inject
    private Mailer mailer;

    public boolean isOutbox() {
        return !mailer.isSmtpConfigured();
    }
}

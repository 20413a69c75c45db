package org.consulta.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.MessageCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * Sends a mail in the recipient's language: through SMTP when {@code CONSULTA_SMTP_HOST} is set,
 * otherwise into the local outbox that platform administrators read in the browser.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private MessageCatalog catalog;
    @Inject
    @ConfigProperty(name = "consulta.smtp.host")
    private Optional<String> host;
    @Inject
    @ConfigProperty(name = "consulta.smtp.port", defaultValue = "25")
    private int port;
    @Inject
    @ConfigProperty(name = "consulta.smtp.user")
    private Optional<String> user;
    @Inject
    @ConfigProperty(name = "consulta.smtp.password")
    private Optional<String> password;
    @Inject
    @ConfigProperty(name = "consulta.smtp.starttls", defaultValue = "false")
    private boolean startTls;
    @Inject
    @ConfigProperty(name = "consulta.mail.from", defaultValue = "Consulta <no-reply@consulta.invalid>")
    private String from;

    /** Whether mails leave by SMTP; without a server they wait in the outbox, which the administration says. */
    public boolean isSmtpConfigured() {
        return host.isPresent() && !host.get().isBlank();
    }

    /** {@code mailKey.subject} and {@code mailKey.body} from the bundles, formatted with {@code args}. */
    public void send(String recipient, String language, String mailKey, Object... args) {
        sendWithId(null, recipient, language, mailKey, args);
    }

    /**
     * The same with a fixed Message-ID: a mail sent again after a crash (between the SMTP server's
     * acceptance and the queue's commit) carries the same id, which receiving systems de-duplicate.
     */
    public void sendWithId(String messageId, String recipient, String language, String mailKey, Object... args) {
        String subject = catalog.format(language, mailKey + ".subject", args);
        String body = catalog.format(language, mailKey + ".body", args);
        if (host.isEmpty() || host.get().isBlank()) {
            em.persist(new OutboxMail(recipient, subject, body));
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    if (messageId == null) {
                        super.updateMessageID();
                    } else {
                        setHeader("Message-ID", messageId);
                    }
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setHeader("Content-Language", language);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail to " + recipient + " could not be sent", e);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}

package org.consulta.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** Reads what the platform really sent to the in-process SMTP server. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** The newest mail to {@code recipient} whose subject is {@code subject}, waiting up to 10 s. */
    public static MimeMessage await(GreenMailExtension mail, String recipient, String subject) throws Exception {
        for (int i = 0; i < 300; i++) { // the queue sends every five seconds
            List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(recipient) && m.getSubject().equals(subject);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(100);
        }
        fail("no mail '" + subject + "' to " + recipient);
        return null;
    }

    public static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    /** The token of the link in the mail's body. */
    public static String token(MimeMessage message) throws Exception {
        Matcher matcher = TOKEN.matcher(body(message));
        if (!matcher.find()) {
            fail("no link with a token in: " + body(message));
        }
        return matcher.group(1);
    }
}

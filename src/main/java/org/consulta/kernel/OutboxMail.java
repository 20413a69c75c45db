package org.consulta.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A mail kept locally because no SMTP server is configured: the demo works without one. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends BaseEntity {

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}

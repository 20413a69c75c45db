package org.consulta.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A notification waiting to be sent, written in the transaction of the event it reports, so that
 * a committed event always gets its mail and a rolled-back one never does, across restarts. The text
 * is composed at sending time, in the recipient's language, from the bundle key and the arguments.
 */
@Entity
@Table(name = "mail_queue")
public class QueuedMail extends BaseEntity {

    @Column(nullable = false, length = 320)
    private String recipient;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(name = "mail_key", nullable = false, length = 80)
    private String mailKey;
    /** The message arguments as a JSON array of strings. */
    @Column(nullable = false, length = 8000)
    private String args;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected QueuedMail() {
    }

    QueuedMail(String recipient, String language, String mailKey, String args) {
        this.recipient = recipient;
        this.language = language;
        this.mailKey = mailKey;
        this.args = args;
        this.nextAttemptAt = Instant.now();
    }

    void sent(Instant now) {
        sentAt = now;
    }

    /** Waits longer after each failure, up to an hour: a mail server down for a while loses nothing. */
    void failed(Instant now) {
        attempts++;
        nextAttemptAt = now.plusSeconds(Math.min(3600, 30L << Math.min(attempts, 7)));
    }

    /** Stable across attempts: the queue row's identity. */
    String messageId() {
        return "<queued-" + getId() + "." + getCreatedAt().toEpochMilli() + "@consulta>";
    }

    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public String getMailKey() { return mailKey; }
    public String getArgs() { return args; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
}

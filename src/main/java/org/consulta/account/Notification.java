package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.BaseEntity;

import java.time.Instant;

/**
 * A notice a person got by mail, kept for them in the platform too: its message is the mail's subject,
 * composed when read (in the reader's language, from the same key and arguments), and it leads where
 * the mail's link leads. Unread until its owner opens their notifications.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private Long accountId;
    @Column(name = "mail_key", nullable = false, length = 80)
    private String mailKey;
    @Column(nullable = false, length = 8000)
    private String args;
    @Column(length = 2000)
    private String link;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long accountId, String mailKey, String args, String link) {
        this.accountId = accountId;
        this.mailKey = mailKey;
        this.args = args;
        this.link = link;
    }

    public String getMailKey() { return mailKey; }
    public String getArgs() { return args; }
    public String getLink() { return link; }
    public boolean isUnread() { return readAt == null; }
}

package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.kernel.OutboxMail;
import org.consulta.repository.OutboxService;
import org.consulta.web.frame.CurrentUser;

import java.util.List;

/** {@code /views/admin/outbox.xhtml}: mails kept locally when no SMTP server is configured. */
@Named
@RequestScoped
public class AdminOutboxBacking {

    @Inject
    private OutboxService outbox;
    @Inject
    private CurrentUser user;

    private int pageNumber;
    private List<OutboxMail> mails;

    private void load() {
        mails = outbox.readOutbox(user.id(), pageNumber);
    }

    public List<OutboxMail> getMails() {
        if (mails == null) {
            load();
        }
        return mails;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(int pageNumber) {
        this.pageNumber = Math.max(0, pageNumber);
    }
}

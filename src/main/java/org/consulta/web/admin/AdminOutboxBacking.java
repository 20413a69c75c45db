package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.kernel.OutboxMail;
import org.consulta.repository.OutboxService;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /views/admin/outbox.xhtml}: mails kept locally when no SMTP server is configured, newest first,
 * {@code ?to=} part of an address, {@code ?page=} from 0; each opens on its own page.
 */
@Named
@RequestScoped
public class AdminOutboxBacking {

    @Inject
    private OutboxService outbox;
    @Inject
    private CurrentUser user;

    private List<OutboxMail> mails;
    private boolean hasNext;
    private int page;

    @PostConstruct
    void load() {
        page = Params.integer("page") == null ? 0 : Math.max(0, Params.integer("page"));
        List<OutboxMail> read = outbox.readOutbox(user.id(), getTo(), page);
        hasNext = read.size() > OutboxService.PAGE_SIZE;
        mails = hasNext ? read.subList(0, OutboxService.PAGE_SIZE) : read;
    }

    public List<OutboxMail> getMails() { return mails; }
    public boolean isHasNext() { return hasNext; }
    public int getPage() { return page; }
    public String getTo() { return Params.get("to") == null ? "" : Params.get("to"); }
    /** The search as it goes into the pager's links. */
    public String getEncodedTo() { return URLEncoder.encode(getTo(), StandardCharsets.UTF_8); }
}

package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.kernel.OutboxMail;
import org.consulta.repository.OutboxService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /views/admin/outbox-mail.xhtml}: one mail of the outbox as its recipient would read it, its links
 * followable, so that a newcomer without SMTP can confirm an account with one click.
 */
@Named
@RequestScoped
public class OutboxMailAdminBacking {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** A run of the mail's text, or one of its links. */
    public record Part(String text, boolean link) {
        public String getText() { return text; }
        public boolean isLink() { return link; }
    }

    @Inject
    private OutboxService outbox;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;

    private OutboxMail mail;
    private List<Part> parts;

    @PostConstruct
    void load() {
        mail = outbox.readMail(user.id(), Long.parseLong(page.param("id")));
        parts = parts(mail.getBody());
    }

    static List<Part> parts(String body) {
        List<Part> parts = new ArrayList<>();
        Matcher link = LINK.matcher(body);
        int at = 0;
        while (link.find()) {
            parts.add(new Part(body.substring(at, link.start()), false));
            parts.add(new Part(link.group(), true));
            at = link.end();
        }
        parts.add(new Part(body.substring(at), false));
        return parts;
    }

    public OutboxMail getMail() { return mail; }
    public List<Part> getParts() { return parts; }
}

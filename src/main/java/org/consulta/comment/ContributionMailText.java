package org.consulta.comment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.i18n.MessageCatalog;
import org.consulta.i18n.ShownText;
import org.consulta.kernel.MailArgument;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantOwned;

import java.util.List;

/**
 * A contribution's text in a mail, as it reads in the recipient's language when the mail is sent: a
 * person's translation, else the machine's (labelled, with the original), else the original (saying its
 * language). Hidden or withdrawn by then, it is not quoted.
 */
@Stateless
@jakarta.ejb.LocalBean
public class ContributionMailText implements MailArgument {

    private static final String PREFIX = "comment";
    private static final int MAX = 1000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private MessageCatalog catalog;

    static String argument(Tenant tenant, Comment comment) {
        return "@" + PREFIX + ":" + tenant.id() + ":" + comment.getId();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    /** Its own transaction, bound to the contribution's repository before anything is read. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String resolve(String reference, String language) {
        String[] parts = reference.split(":");
        em.setProperty(TenantOwned.TENANT_PROPERTY, Long.parseLong(parts[0]));
        Comment comment = em.find(Comment.class, Long.parseLong(parts[1]));
        if (comment == null || comment.getBody().isEmpty()) {
            return catalog.format(language, "mail_contribution.gone");
        }
        ShownText shown = comment.getTexts().show(language, List.of(comment.getLanguage())).orElseThrow();
        String name = catalog.format(language, "language_name." + comment.getLanguage());
        if (shown.isMachine() && shown.getOriginal() != null) {
            return catalog.format(language, "mail_contribution.machine", cut(shown.text()), name, cut(shown.getOriginal().text()));
        }
        return shown.language().equals(language) ? catalog.format(language, "mail_contribution.text", cut(shown.text()))
                : catalog.format(language, "mail_contribution.other_language", cut(shown.text()), name);
    }

    private static String cut(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}

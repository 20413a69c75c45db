package org.consulta.web.frame;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import org.consulta.account.AccessDeniedException;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Refusal;
import org.consulta.kernel.RefusedException;

import java.util.Set;

/**
 * Carries out a posted row form ({@link RowPost}) before its page is rendered. Such a post carries no
 * JSF view state, so JSF treats it as a first request of the page: nothing of the component tree (row
 * positions included) takes part. The bean it names must be a {@link RowActions}; the session's token
 * must match. A refusal is shown on the page, at the row, with nothing changed; success ends in the
 * action's redirect.
 */
public class RowPostListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the post is carried out once the view's language and route are known
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        RowPost post = CDI.current().select(RowPost.class).get();
        if (context.isPostback() || !post.read(request)) {
            return;
        }
        RowActions actions = post.genuine(request) ? actions(post.getOn()) : null;
        if (actions == null) {
            // an ended session, another site's form, or a bean that has no rows: a page that says so, 400
            refuse(context, post, new RefusedException("frame.row.expired"));
            context.getExternalContext().setResponseStatus(400);
            return;
        }
        try {
            actions.perform(post);
        } catch (RuntimeException thrown) {
            Refusal refusal = RefusalExceptionHandler.refusalIn(thrown);
            if (refusal == null) {
                throw thrown;
            } else if (refusal instanceof AccessDeniedException) {
                RefusalExceptionHandler.sendError(context, 403);
            } else if (refusal instanceof NotFoundException) {
                RefusalExceptionHandler.sendError(context, 404);
            } else {
                refuse(context, post, refusal);
            }
        }
    }

    /** The named bean, if it is one that has rows; looked up by type first, so no other bean is made. */
    private static RowActions actions(String name) {
        if (name == null || !name.matches("[A-Za-z]{1,60}")) {
            return null;
        }
        BeanManager beans = CDI.current().getBeanManager();
        Set<Bean<?>> named = beans.getBeans(name);
        if (named.size() != 1 || !RowActions.class.isAssignableFrom(named.iterator().next().getBeanClass())) {
            return null;
        }
        Bean<?> bean = named.iterator().next();
        return (RowActions) beans.getReference(bean, RowActions.class, beans.createCreationalContext(bean));
    }

    private static void refuse(FacesContext context, RowPost post, Refusal refusal) {
        post.refused(refusal);
        I18nView i18n = CDI.current().select(I18nView.class).get();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, i18n.text(refusal.messageKey()), null));
        context.renderResponse();
    }
}

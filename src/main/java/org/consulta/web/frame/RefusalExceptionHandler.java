package org.consulta.web.frame;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.consulta.account.AccessDeniedException;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Refusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The one JSF exception handler for business outcomes: a {@link Refusal} thrown by a service
 * becomes a translated message on the same page, with nothing changed; a refused access becomes
 * a 403 page, something that is not there a 404. Anything else goes on to the error pages.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Refusal refusal = refusalIn(events.next().getContext().getException());
            if (refusal == null) {
                continue;
            }
            events.remove();
            if (refusal instanceof AccessDeniedException) {
                sendError(context, 403);
            } else if (refusal instanceof NotFoundException) {
                sendError(context, 404);
            } else {
                I18nView i18n = CDI.current().select(I18nView.class).get();
                context.addMessage(clientIdOf(context, refusal.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message(i18n, refusal), null));
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /**
     * The client id of the input with this id in the submitted form (several forms of a page may
     * share field ids), so the message stands next to it; null, a page-level message, if none — or if
     * nothing on the form shows that field's message, which would otherwise be lost.
     */
    private static String clientIdOf(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String[] found = new String[1];
        boolean[] shown = new boolean[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm form && !form.isSubmitted()) {
                return VisitResult.REJECT;
            }
            if (component instanceof UIInput && field.equals(component.getId())) {
                found[0] = component.getClientId(visit.getFacesContext());
            } else if (component instanceof jakarta.faces.component.UIMessage message && field.equals(message.getFor())) {
                shown[0] = true;
            }
            return VisitResult.ACCEPT;
        });
        return shown[0] ? found[0] : null;
    }

    private static String message(I18nView i18n, Refusal refusal) {
        Object[] args = refusal.args();
        if (args.length == 0) {
            return i18n.text(refusal.messageKey());
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Refusal.LanguageName name ? i18n.inText(name.code())
                    : args[i] instanceof Refusal.Label label ? i18n.text(label.key()) : args[i];
        }
        return i18n.format(refusal.messageKey(), shown);
    }

    static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Refusal refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml, wrapped by OmniFaces' handler for ajax requests. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}

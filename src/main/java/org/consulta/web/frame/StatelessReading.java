package org.consulta.web.frame;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Anonymous readers' views are transient from the moment they exist: PrimeFaces keeps its CSP nonce in
 * the view map of a view that is not, before rendering starts (the {@code f:view} attribute would come
 * too late), and a view map opens an HTTP session. So reading costs no session; the nonce is made
 * anew for each request.
 */
public class StatelessReading implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view does not exist yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !CDI.current().select(CurrentUser.class).get().isSignedIn()) {
            view.setTransient(true);
        }
    }
}

package org.consulta.web.frame;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Makes JSF speak in public URLs: forms post back to the URL the visitor sees, not to the internal
 * view path, and every view is rendered in the language {@link CurrentPage} decided.
 */
public class RoutingViewHandler extends ViewHandlerWrapper {

    public RoutingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object actionPath = context.getExternalContext().getRequestMap().get(RouteFilter.ACTION_PATH);
        if (actionPath != null) {
            return context.getExternalContext().getRequestContextPath() + actionPath;
        }
        return super.getActionURL(context, viewId);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(CurrentPage.class).get().getLocale();
    }
}

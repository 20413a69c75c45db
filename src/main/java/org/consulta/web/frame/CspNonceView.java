package org.consulta.web.frame;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The request's CSP nonce, which PrimeFaces requires back on every postback. Each form carries it
 * in a hidden field ({@code <cs:form>}), so forms work without any script.
 */
@Named("csp")
@RequestScoped
public class CspNonceView {

    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}

package org.consulta.tenant;

import jakarta.ejb.ApplicationException;

/** No active repository has this slug: the visitor gets the translated 404 page. */
@ApplicationException
public class RepositoryNotFoundException extends RuntimeException implements org.consulta.platform.Refusal {

    private static final long serialVersionUID = 1L;

    public RepositoryNotFoundException(String slug) {
        super("No active repository " + slug);
    }

    @Override
    public String messageKey() {
        return "error.repository_not_found";
    }
}

package org.consulta.tenant;

import jakarta.ejb.ApplicationException;
import org.consulta.platform.RefusedException;

/** No active repository has this slug: the visitor gets the translated 404 page. */
@ApplicationException
public class RepositoryNotFoundException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public RepositoryNotFoundException(String slug) {
        super("error.repository_not_found", "No active repository " + slug);
    }
}

package org.consulta.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.i18n.Collation;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;
import org.consulta.web.frame.I18nView;

import java.util.List;

/** {@code /views/platform/home.xhtml}: the active repositories, sorted by name in the reader's language. */
@Named
@RequestScoped
public class PlatformHomeBacking {

    @Inject
    private RepositoryService repositories;
    @Inject
    private I18nView i18n;

    private List<Repository> active;

    public List<Repository> getRepositories() {
        if (active == null) {
            active = Collation.sorted(repositories.listActive(), r -> i18n.show(r.getName()).text(), i18n.getLanguage());
        }
        return active;
    }
}

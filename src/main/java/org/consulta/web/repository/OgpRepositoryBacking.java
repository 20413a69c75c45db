package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Constituency;
import org.consulta.tracking.RepositoryEvidence;
import org.consulta.web.frame.CurrentPage;

import java.time.LocalDate;

/** {@code /views/repository/ogp.xhtml}: the member's public OGP repository, the page its OGP profile links. */
@Named
@RequestScoped
public class OgpRepositoryBacking {

    @Inject
    private RepositoryEvidence evidence;
    @Inject
    private CurrentPage page;

    private RepositoryEvidence.Overview overview;

    @PostConstruct
    void load() {
        overview = evidence.overview(page.tenant(), LocalDate.now(page.getRepository().zone()));
    }

    public RepositoryEvidence.Overview getOverview() { return overview; }
    public Constituency[] getConstituencies() { return Constituency.values(); }
    public org.consulta.opendata.Dataset[] getDatasets() { return org.consulta.opendata.Dataset.values(); }
}

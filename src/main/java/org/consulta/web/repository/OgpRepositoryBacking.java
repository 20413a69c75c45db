package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Constituency;
import org.consulta.opendata.DataLicence;
import org.consulta.opendata.OpenDataSettingsPart;
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
    @Inject
    private OpenDataSettingsPart openData;
    @Inject
    private org.consulta.commitment.ReviewedShares reviewed;
    @Inject
    private org.consulta.proposal.CallService calls;
    @Inject
    private org.consulta.proposal.CallReport callReport;

    private RepositoryEvidence.Overview overview;
    private DataLicence licence;
    private java.util.Map<Long, org.consulta.commitment.ReviewedShares.Share> shares;
    private final java.util.Map<Long, java.util.List<org.consulta.proposal.ProposalCall>> callsByPlan = new java.util.HashMap<>();
    private final java.util.Map<Long, org.consulta.proposal.CallFigures> callFigures = new java.util.HashMap<>();

    @PostConstruct
    void load() {
        overview = evidence.overview(page.tenant(), LocalDate.now(page.getRepository().zone()));
        licence = openData.licence(page.tenant());
        shares = reviewed.byPlan(page.tenant());
        for (org.consulta.proposal.ProposalCall call : calls.newestCalls(page.tenant(), 50)) {
            callsByPlan.computeIfAbsent(call.getPlan().getId(), k -> new java.util.ArrayList<>()).add(call);
            callFigures.put(call.getId(), callReport.figures(page.tenant(), call.getId()));
        }
    }

    /** Per plan id, its calls for proposals, newest first; per call id, its report's figures. */
    public java.util.Map<Long, java.util.List<org.consulta.proposal.ProposalCall>> getCallsByPlan() { return callsByPlan; }
    public java.util.Map<Long, org.consulta.proposal.CallFigures> getCallFigures() { return callFigures; }

    public DataLicence getLicence() { return licence; }
    /** Per plan id, the share of its translations a person wrote or reviewed. */
    public java.util.Map<Long, org.consulta.commitment.ReviewedShares.Share> getShares() { return shares; }
    public RepositoryEvidence.Overview getOverview() { return overview; }
    public Constituency[] getConstituencies() { return Constituency.values(); }
    public org.consulta.opendata.Dataset[] getDatasets() { return org.consulta.opendata.Dataset.values(); }
}

package org.consulta.web.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.proposal.CallService;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalCall;
import org.consulta.proposal.ProposalDraft;
import org.consulta.proposal.ProposalIndexing;
import org.consulta.proposal.ProposalService;
import org.consulta.search.SearchHit;
import org.consulta.search.SearchService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Resubmission;
import org.consulta.web.frame.RowPost;

import java.time.Instant;
import java.util.List;

/**
 * {@code /views/proposals/propose.xhtml}: the new-proposal form. "Look for similar proposals" shows those
 * sharing the title's words, in the language the author writes in, before they send theirs.
 */
@Named
@RequestScoped
public class ProposeProposalsBacking {

    static final int SIMILAR = 5;

    @Inject
    private CallService calls;
    @Inject
    private ProposalService proposals;
    @Inject
    private PolicyAreaService areas;
    @Inject
    private SearchService search;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private ProposalCall call;
    private List<PolicyArea> policyAreas;
    private final ProposalDraft draft = new ProposalDraft();
    private List<SearchHit> similar;

    @PostConstruct
    void load() {
        call = calls.findCall(page.tenant(), Long.parseLong(page.param("id")));
        policyAreas = areas.list(page.tenant());
        draft.setLanguage(page.getLanguage());
    }

    /** Shows the proposals similar to the title typed; nothing is sent. */
    public void lookForSimilar() {
        similar = search.similar(page.tenant(), draft.getLanguage(), ProposalIndexing.KIND, draft.getTitle(), SIMILAR);
    }

    public void send() {
        draft.setSubmission(RowPost.submitted());
        Proposal sent = Resubmission.once(draft.getSubmission(),
                () -> proposals.propose(page.tenant(), user.id(), call.getId(), draft));
        Faces.done("proposals_propose.sent", urls.repositoryPath("/proposals/" + sent.getId()));
    }

    public ProposalCall getCall() { return call; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
    public ProposalDraft getDraft() { return draft; }
    public List<SearchHit> getSimilar() { return similar; }
    public boolean isOpen() { return call.window().isOpen(Instant.now()); }
}

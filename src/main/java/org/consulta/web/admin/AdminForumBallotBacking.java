package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotAdmin;
import org.consulta.forum.BallotForm;
import org.consulta.forum.BallotMethod;
import org.consulta.forum.Electorate;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.List;

/** The "new ballot" form of {@code /views/admin/forum.xhtml}. */
@Named
@RequestScoped
public class AdminForumBallotBacking {

    @Inject
    private BallotAdmin ballots;
    @Inject
    private org.consulta.plan.PolicyAreaService areas;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private final BallotForm form = new BallotForm();
    private List<String[]> commitments;
    private List<String[]> proposals;

    @PostConstruct
    void load() {
        form.setOriginalLanguage(page.getLanguage());
        commitments = ballots.commitmentChoices(page.tenant(), user.id());
        proposals = ballots.proposalChoices(page.tenant(), user.id());
    }

    public void create() {
        Ballot ballot = ballots.createBallot(page.tenant(), user.id(), form);
        Faces.done("admin_forum.ballot_created", urls.repositoryPath("/forum/ballots/" + ballot.getId()));
    }

    public BallotForm getForm() { return form; }
    public List<String[]> getCommitments() { return commitments; }
    public List<String[]> getProposals() { return proposals; }
    public List<org.consulta.plan.PolicyArea> getPolicyAreas() { return areas.list(page.tenant()); }
    public BallotMethod[] getMethods() { return BallotMethod.values(); }
    public Electorate[] getElectorates() { return Electorate.values(); }
}

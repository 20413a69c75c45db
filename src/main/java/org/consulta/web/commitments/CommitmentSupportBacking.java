package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.consultation.SupportService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

/** The "support this commitment" button of a commitment under consultation. */
@Named
@RequestScoped
public class CommitmentSupportBacking {

    @Inject
    private SupportService supports;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Boolean supporting;

    public void support() {
        supports.supportCommitment(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        Faces.done("commitments_comments.supported", urls.commitmentDiscussion());
    }

    public void withdraw() {
        supports.withdrawSupport(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        Faces.done("commitments_comments.unsupported", urls.commitmentDiscussion());
    }

    public boolean isSupporting() {
        if (supporting == null) {
            supporting = supports.supports(page.tenant(), user.id(), show.getShown().getCommitment().getId());
        }
        return supporting;
    }
}

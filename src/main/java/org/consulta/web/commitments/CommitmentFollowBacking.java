package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.consultation.FollowService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

/** The follow button of {@code /views/commitments/show.xhtml}. */
@Named
@RequestScoped
public class CommitmentFollowBacking {

    @Inject
    private FollowService follows;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private Boolean following;

    public void follow() {
        follows.followCommitment(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        done("commitments_comments.followed");
    }

    public void unfollow() {
        follows.unfollowCommitment(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        done("commitments_comments.unfollowed");
    }

    private void done(String key) {
        Faces.done(key, urls.commitmentDiscussion());
    }

    public boolean isFollowing() {
        if (following == null) {
            following = follows.isFollowing(page.tenant(), user.id(), show.getShown().getCommitment().getId());
        }
        return following;
    }
}

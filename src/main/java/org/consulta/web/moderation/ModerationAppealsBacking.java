package org.consulta.web.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.moderation.AppealQueue;
import org.consulta.moderation.AppealService;
import org.consulta.moderation.QueuePage;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

/** {@code /views/moderation/appeals.xhtml}: appeals waiting ({@code ?page=}), each upheld or reversed with a reason. */
@Named
@RequestScoped
public class ModerationAppealsBacking implements RowActions {

    @Inject
    private AppealQueue queue;
    @Inject
    private AppealService appeals;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private QueuePage<AppealQueue.OpenAppeal> open;

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        open = queue.appeals(page.tenant(), user.id(), number == null ? 0 : number);
    }

    /** Reverses or upholds the appeal of the row ({@code row.item}) with the reason typed in it. */
    @Override
    public void perform(RowPost post) {
        boolean reverse = switch (String.valueOf(post.action())) {
            case "decide.reverse" -> true;
            case "decide.uphold" -> false;
            default -> throw post.unknown();
        };
        appeals.decideAppeal(page.tenant(), user.id(), post.item(), reverse, post.value("reason"));
        Faces.done(reverse ? "moderation_appeals.reversed" : "moderation_appeals.upheld", urls.repositoryPath("/moderation/appeals"));
    }

    public QueuePage<AppealQueue.OpenAppeal> getOpen() { return open; }
}

package org.consulta.web.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.moderation.AppealQueue;
import org.consulta.moderation.BlockService;
import org.consulta.moderation.QueuePage;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.util.List;

/**
 * {@code /views/moderation/accounts.xhtml}: flagged and blocked accounts ({@code ?page=}); dismissing
 * flags, unblocking. Blocking itself is {@link BlockForms}' (also offered beside each contribution).
 */
@Named
@RequestScoped
public class ModerationAccountsBacking implements RowActions {

    @Inject
    private AppealQueue queue;
    @Inject
    private BlockService blocks;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private List<QueuePage<AppealQueue.AccountLine>> lists;

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        lists = queue.accounts(page.tenant(), user.id(), number == null ? 0 : number);
    }

    /** Dismisses the flags on, or unblocks, the account of the row ({@code row.item}). */
    @Override
    public void perform(RowPost post) {
        switch (String.valueOf(post.action())) {
            case "dismiss" -> {
                blocks.dismissAccountFlags(page.tenant(), user.id(), post.item());
                done("moderation_accounts.dismissed");
            }
            case "unblock" -> {
                blocks.unblockAccount(page.tenant(), user.id(), post.item());
                done("moderation_accounts.unblocked");
            }
            default -> throw post.unknown();
        }
    }

    private void done(String key) {
        Faces.done(key, urls.repositoryPath("/moderation/accounts"));
    }

    public QueuePage<AppealQueue.AccountLine> getFlagged() { return lists.get(0); }
    public QueuePage<AppealQueue.AccountLine> getBlocked() { return lists.get(1); }
}

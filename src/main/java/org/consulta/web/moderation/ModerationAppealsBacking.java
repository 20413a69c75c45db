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
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.Params;

import java.util.HashMap;
import java.util.Map;

/** {@code /views/moderation/appeals.xhtml}: appeals waiting ({@code ?page=}), each upheld or reversed with a reason. */
@Named
@RequestScoped
public class ModerationAppealsBacking {

    @Inject
    private AppealQueue queue;
    @Inject
    private AppealService appeals;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private QueuePage<AppealQueue.OpenAppeal> open;
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        Integer number = Params.integer("page");
        open = queue.appeals(page.tenant(), user.id(), number == null ? 0 : number);
    }

    public void decide(long appealId, boolean reverse) {
        appeals.decideAppeal(page.tenant(), user.id(), appealId, reverse, reasons.get(appealId));
        Faces.done(i18n, reverse ? "moderation_appeals.reversed" : "moderation_appeals.upheld", page.repositoryPath("/moderation/appeals"));
    }

    public QueuePage<AppealQueue.OpenAppeal> getOpen() { return open; }
    public Map<Long, String> getReasons() { return reasons; }
}

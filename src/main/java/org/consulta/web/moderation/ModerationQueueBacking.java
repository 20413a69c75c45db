package org.consulta.web.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.comment.ModerationReason;
import org.consulta.consultation.Consultation;
import org.consulta.moderation.Decision;
import org.consulta.moderation.ModerationQueue;
import org.consulta.moderation.ModerationService;
import org.consulta.moderation.QueueFilter;
import org.consulta.moderation.QueueItem;
import org.consulta.moderation.QueuePage;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /views/moderation/queue.xhtml}: a tab of the queue ({@code ?tab=HELD|FLAGGED|HIDDEN},
 * {@code reason}, {@code consultation}, {@code sort}, {@code page}) and the decisions on its items,
 * one by one or on the ticked ones ({@code ids}).
 */
@Named
@RequestScoped
public class ModerationQueueBacking implements RowActions {

    @Inject
    private ModerationQueue queue;
    @Inject
    private ModerationService moderation;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private QueueFilter filter;
    private QueuePage<QueueItem> items;
    private List<Consultation> consultations;
    private Decision.Step step;
    private ModerationReason reason;
    private String note;

    @PostConstruct
    void load() {
        QueueFilter.Tab tab = Params.choice(QueueFilter.Tab.class, "tab");
        Integer number = Params.integer("page");
        filter = new QueueFilter(tab == null ? QueueFilter.Tab.FLAGGED : tab, Params.choice(ModerationReason.class, "reason"),
                Params.id("consultation"), Params.choice(QueueFilter.Sort.class, "sort"), number == null ? 0 : number,
                QueueFilter.PROGRESS.equals(Params.get("consultation")));
        items = queue.contributions(page.tenant(), user.id(), filter);
    }

    /** The decision of the action bar, on every ticked item. */
    public void applyToSelected() {
        String[] ticked = Faces.request().getParameterValues("ids");
        List<Long> ids = ticked == null ? List.of() : Arrays.stream(ticked).filter(t -> t.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        moderation.moderate(page.tenant(), user.id(), new Decision(step, reason, note, ids));
        done("moderation_queue.done");
    }

    /** A decision on one item ({@code row.item}): approve, restore, dismiss, or hide for the row's chosen reason. */
    @Override
    public void perform(RowPost post) {
        Decision.Step chosen = switch (String.valueOf(post.action())) {
            case "step.APPROVE" -> Decision.Step.APPROVE;
            case "step.RESTORE" -> Decision.Step.RESTORE;
            case "step.DISMISS" -> Decision.Step.DISMISS;
            case "step.HIDE" -> Decision.Step.HIDE;
            default -> throw post.unknown();
        };
        ModerationReason why = chosen == Decision.Step.HIDE ? Arrays.stream(ModerationReason.values())
                .filter(r -> r.name().equals(post.value("reason"))).findFirst().orElse(null) : null;
        moderation.moderate(page.tenant(), user.id(), new Decision(chosen, why, null, List.of(post.item())));
        done("moderation_queue.done");
    }

    private void done(String key) {
        Faces.done(key, urls.repositoryPath("/moderation?tab=" + filter.tab()));
    }

    public QueueFilter getFilter() { return filter; }
    public QueuePage<QueueItem> getItems() { return items; }
    public List<Consultation> getConsultations() {
        if (consultations == null) {
            consultations = queue.consultations(page.tenant(), user.id());
        }
        return consultations;
    }
    public QueueFilter.Tab[] getTabs() { return QueueFilter.Tab.values(); }
    public QueueFilter.Sort[] getSorts() { return QueueFilter.Sort.values(); }
    public ModerationReason[] getReasons() { return ModerationReason.values(); }
    public Decision.Step[] getSteps() { return Decision.Step.values(); }
    public Decision.Step getStep() { return step; }
    public void setStep(Decision.Step step) { this.step = step; }
    public ModerationReason getReason() { return reason; }
    public void setReason(ModerationReason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

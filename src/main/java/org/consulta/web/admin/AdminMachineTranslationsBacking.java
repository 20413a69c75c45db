package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.translation.MachineRequests;
import org.consulta.translation.MachineReview;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;
import org.consulta.web.frame.RowActions;
import org.consulta.web.frame.RowPost;

/**
 * {@code /views/admin/machine-translations.xhtml}: the machine's texts no person has reviewed, oldest
 * first, in one language ({@code lang}) or all, each with the original beside it to accept, correct or reject.
 */
@Named
@RequestScoped
public class AdminMachineTranslationsBacking implements RowActions {

    @Inject
    private MachineReview review;
    @Inject
    private MachineRequests requests;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private PageUrls urls;

    private MachineReview.Queue queue;

    public MachineReview.Queue getQueue() {
        if (queue == null) {
            Integer number = Params.integer("page");
            queue = review.queue(page.tenant(), user.id(), getLanguage(), number == null ? 0 : number);
        }
        return queue;
    }

    public java.util.List<org.consulta.translation.MachineText> getRejected() {
        return review.rejected(page.tenant(), user.id());
    }

    /** The language the queue is narrowed to, or null for all. */
    public String getLanguage() {
        String wanted = Params.get("lang");
        return page.getLanguages().contains(wanted) ? wanted : null;
    }

    @Override
    public void perform(RowPost post) {
        switch (String.valueOf(post.action())) {
            case "accept" -> {
                review.accept(page.tenant(), user.id(), post.item());
                Faces.done("admin_machine_translations.accepted", post.here());
            }
            case "correct" -> {
                review.correct(page.tenant(), user.id(), post.item(), post.value("text"));
                Faces.done("admin_machine_translations.corrected", post.here());
            }
            case "again" -> {
                review.askAgain(page.tenant(), user.id(), post.item());
                Faces.done("admin_machine_translations.asked_again", post.here());
            }
            case "reject" -> {
                review.reject(page.tenant(), user.id(), post.item());
                Faces.done("admin_machine_translations.rejected", post.here());
            }
            default -> throw post.unknown();
        }
    }

    /** Every text of the repository that lacks a translation goes to the machine (those written before it was set up). */
    public void translateAll() {
        requests.requestAll(page.tenant(), user.id());
        Faces.done("admin_machine_translations.all_requested", urls.pathIn(page.getLanguage()));
    }
}

package org.consulta.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.NotificationService;
import org.consulta.account.NotificationService.Notice;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.util.List;

/** {@code /views/account/notifications.xhtml}: the signed-in person's notifications, newest first, {@code ?page=} from 0. */
@Named
@RequestScoped
public class NotificationsAccountBacking {

    @Inject
    private NotificationService notifications;
    @Inject
    private CurrentUser user;
    @Inject
    private CurrentPage page;

    private List<Notice> notices = List.of();
    private boolean hasNext;
    private int number;

    @PostConstruct
    void load() {
        if (!user.isSignedIn()) {
            return;
        }
        number = Params.integer("page") == null ? 0 : Math.max(0, Params.integer("page"));
        List<Notice> read = notifications.readNotifications(user.id(), page.getLanguage(), number);
        hasNext = read.size() > NotificationService.PAGE_SIZE;
        notices = hasNext ? read.subList(0, NotificationService.PAGE_SIZE) : read;
    }

    public List<Notice> getNotices() { return notices; }
    public boolean isHasNext() { return hasNext; }
    public int getPage() { return number; }
}

package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.NotificationService;
import org.consulta.web.frame.CurrentUser;

/** The header's count of unread notifications: one count per signed-in page, none for anonymous readers. */
@Named("unread")
@RequestScoped
public class UnreadNotifications {

    @Inject
    private NotificationService notifications;
    @Inject
    private CurrentUser user;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = user.isSignedIn() ? notifications.countUnread(user.id()) : 0L;
        }
        return count;
    }
}

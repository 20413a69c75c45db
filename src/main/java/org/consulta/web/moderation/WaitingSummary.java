package org.consulta.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.moderation.ModerationQueue;
import org.consulta.moderation.Waiting;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;

import java.time.Duration;
import java.time.Instant;

/** What waits for the moderators and for how long, shown atop the back office and the queue. */
@Named
@RequestScoped
public class WaitingSummary {

    @Inject
    private ModerationQueue queue;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    private Waiting waiting;

    public Waiting getWaiting() {
        if (waiting == null) {
            waiting = queue.waiting(page.tenant(), user.id());
        }
        return waiting;
    }

    /** Whole hours since the oldest item began to wait; 0 when nothing waits. */
    public long getOldestHours() {
        Instant oldest = getWaiting().getOldest();
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toHours();
    }
}

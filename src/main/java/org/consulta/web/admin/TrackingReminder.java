package org.consulta.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.tracking.ProgressReader;
import org.consulta.web.frame.CurrentPage;

import java.time.ZonedDateTime;

/** The back office's reminder that the implementation record has not been updated for six months. */
@Named
@RequestScoped
public class TrackingReminder {

    @Inject
    private ProgressReader progress;
    @Inject
    private CurrentPage page;

    private Boolean stale;

    public boolean isStale() {
        if (stale == null) {
            stale = progress.staleSince(page.tenant(), ZonedDateTime.now(page.getRepository().zone()).minusMonths(6).toInstant());
        }
        return stale;
    }
}

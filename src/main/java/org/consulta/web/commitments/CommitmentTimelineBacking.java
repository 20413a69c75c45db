package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.tracking.TimelineEntry;
import org.consulta.tracking.TimelineReader;
import org.consulta.web.frame.CurrentPage;

import java.util.List;

/** The timeline of {@code /views/commitments/show.xhtml}: versions, consultations, responses, progress. */
@Named
@RequestScoped
public class CommitmentTimelineBacking {

    @Inject
    private TimelineReader timelines;
    @Inject
    private CurrentPage page;

    private List<TimelineEntry> entries;

    public List<TimelineEntry> getEntries() {
        if (entries == null) {
            entries = timelines.timeline(page.tenant(), page.param("plan"), page.param("ref"));
        }
        return entries;
    }
}

package org.consulta.proposal;

import java.util.Map;

/**
 * A call's numbers, as its report states them. Merged duplicates are not counted: their supporters were
 * carried over to the proposal kept, once each.
 */
public record CallFigures(long online, long fromWorkshops, long workshopParticipants, long authors, long organisations,
                          long supports, long answered, long linked, Map<Long, Long> byArea) {

    public long getProposals() { return online + fromWorkshops; }
    public long getOnline() { return online; }
    public long getFromWorkshops() { return fromWorkshops; }
    public long getWorkshopParticipants() { return workshopParticipants; }
    public long getAuthors() { return authors; }
    public long getOrganisations() { return organisations; }
    public long getSupports() { return supports; }
    public long getAnswered() { return answered; }
    public long getLinked() { return linked; }
    public Map<Long, Long> getByArea() { return byArea; }
}

package org.consulta.forum;

import org.consulta.account.Constituency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The forum's public page: remit and rules, members by constituency, meetings newest first, when it
 * last met and whether that is more than six months ago (OGP's minimum).
 */
public record ForumView(Forum forum, Map<Constituency, List<Member>> members, List<ForumMeeting> meetings,
                        LocalDate lastMet, boolean overdue) {

    /** A member as the public sees them: name and the organisation they represent. */
    public record Member(String name, String organisation) {
        public String getName() { return name; }
        public String getOrganisation() { return organisation; }
    }

    /** How many members a side has ("GOVERNMENT", "CIVIL_SOCIETY", "OTHER"), for pages. */
    public int count(String side) {
        return members.get(Constituency.valueOf(side)).size();
    }

    public Forum getForum() { return forum; }
    public Map<Constituency, List<Member>> getMembers() { return members; }
    public List<ForumMeeting> getMeetings() { return meetings; }
    public LocalDate getLastMet() { return lastMet; }
    public boolean isOverdue() { return overdue; }
}

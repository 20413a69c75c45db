package org.consulta.proposal;

import java.util.List;
import java.util.Map;

/**
 * One page of a call's proposals: the proposals, their authors' names, those the reader supports, the
 * number of all that match the filter.
 */
public record ProposalPage(List<Proposal> proposals, Map<Long, String> authors, List<Long> supported, long total, int page,
                           int pageSize) {

    public List<Proposal> getProposals() { return proposals; }
    public Map<Long, String> getAuthors() { return authors; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public int getPages() { return (int) Math.max(1, (total + pageSize - 1) / pageSize); }
    public boolean isHasPrevious() { return page > 0; }
    public boolean isHasNext() { return (long) (page + 1) * pageSize < total; }

    public boolean supports(long proposalId) {
        return supported.contains(proposalId);
    }
}

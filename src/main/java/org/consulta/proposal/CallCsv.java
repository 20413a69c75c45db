package org.consulta.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A call's report as comma-separated values, one proposal a line, for spreadsheets and open data:
 * where it came from, its text, its supports, what it was merged into, its response (in the reader's
 * language when given in it, else the original) and the commitments it became part of ({@code plan/C1}).
 */
public final class CallCsv {

    public static final List<String> COLUMNS = List.of("id", "call", "plan", "origin", "workshop_place", "workshop_date", "author",
            "organisation", "language", "title", "problem", "solution", "addendum", "policy_areas", "supports", "comments",
            "merged_into", "response_status", "response", "became_part_of", "created_at");

    private CallCsv() {
    }

    /** One proposal's values in {@link #COLUMNS}' order; {@code commitments}: "plan/C1" by commitment id. */
    public static List<Object> values(Proposal p, Map<Long, String> authors, List<ProposalLink> links, Map<Long, String> commitments,
                                      Function<org.consulta.plan.PolicyArea, String> areaName, String language) {
        ProposalResponse r = p.getResponse();
        return java.util.Arrays.asList(p.getId(), p.getCall().getId(), p.getCall().getPlan().getSlug(),
                p.isFromWorkshop() ? "workshop" : "online",
                p.isFromWorkshop() ? p.getWorkshop().getPlace() : null, p.isFromWorkshop() ? p.getWorkshop().getHeldOn() : null,
                p.getAuthorId() == null ? null : authors.get(p.getAuthorId()),
                p.getOrganisation(), p.getLanguage(), p.getTitle(), p.getProblem(), p.getSolution(), p.getAddendum(),
                p.getAreas().stream().map(areaName).collect(Collectors.joining("|")), p.getSupports(), p.getComments(),
                p.getMergedInto(), r.isAnswered() ? r.getStatus() : null,
                r.isAnswered() ? r.getReasoning().show(language, List.of()).map(t -> t.text()).orElse(null) : null,
                links == null ? "" : links.stream().map(l -> commitments.getOrDefault(l.getCommitmentId(), ""))
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining("|")),
                p.getCreatedAt());
    }
}

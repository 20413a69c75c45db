package org.consulta.commitment;

import org.consulta.i18n.ShownText;
import org.consulta.plan.PolicyArea;

import java.util.List;

/** A line of a plan page: reference, title and lead institution in the reader's language, stage, areas, supports. */
public record CommitmentSummary(Long id, String reference, int sortOrder, ShownText title, ShownText lead,
                                CommitmentStage stage, List<PolicyArea> policyAreas, boolean published, long supports) {

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public ShownText getTitle() { return title; }
    public ShownText getLead() { return lead; }
    public CommitmentStage getStage() { return stage; }
    public List<PolicyArea> getPolicyAreas() { return policyAreas; }
    public boolean isPublished() { return published; }
    /** Citizens' supports given during consultations: the public signal the forum sees. */
    public long getSupports() { return supports; }
}

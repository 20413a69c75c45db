package org.consulta.web.commitments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.proposal.Proposal;
import org.consulta.proposal.ProposalReader;
import org.consulta.web.frame.CurrentPage;

import java.util.List;

/** "Comes from 4 proposals": the proposals a commitment of {@code /views/commitments/show.xhtml} was drafted from. */
@Named
@RequestScoped
public class CommitmentOriginsBacking {

    @Inject
    private ProposalReader proposals;
    @Inject
    private ShowCommitmentBacking show;
    @Inject
    private CurrentPage page;

    private List<Proposal> origins;

    public List<Proposal> getProposals() {
        if (origins == null) {
            origins = proposals.linkedTo(page.tenant(), show.getShown().getCommitment().getId());
        }
        return origins;
    }
}

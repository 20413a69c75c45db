package org.consulta.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consulta.comment.Visibility;
import org.consulta.kernel.TenantOwned;
import org.consulta.plan.PolicyArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem and an idea put to a call: typed online by a confirmed participant (its author), or
 * recorded from a workshop by a facilitator (no author; the workshop says where it came from). Its
 * author may rewrite it until someone supports or comments on it; afterwards only an addendum may be
 * added, so that no one's support ends up on words they did not read. A merged proposal stays, pointing
 * to the one kept. The government's reasoned response is part of it ({@link ProposalResponse}).
 */
@Entity
@Table(name = "proposal")
public class Proposal extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private ProposalCall call;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 6000)
    private String problem;
    @Column(nullable = false, length = 6000)
    private String solution;
    @Column(nullable = false, length = 8)
    private String language;
    @Column(name = "author_id")
    private Long authorId;
    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(length = 200)
    private String organisation;
    @Column(length = 6000)
    private String addendum;
    @Column(name = "addendum_at")
    private Instant addendumAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    /** Kept with the support rows, under the proposal's row lock: sorting by supports reads an index. */
    @Column(nullable = false)
    private int supports;
    @Column(nullable = false)
    private int comments;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Visibility visibility = Visibility.PUBLISHED;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Column(name = "merged_at")
    private Instant mergedAt;
    @jakarta.persistence.Embedded
    private ProposalResponse response;
    /** Its form's token: copies of one submission make one proposal (unique with the author). */
    @Column(length = 64)
    private String submission;
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "proposal_area", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private List<PolicyArea> areas = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(ProposalCall call, ProposalText text, String language, List<PolicyArea> areas) {
        this.call = call;
        this.language = language;
        this.areas = new ArrayList<>(areas);
        write(text);
    }

    static Proposal online(ProposalCall call, ProposalText text, String language, List<PolicyArea> areas, Long authorId,
                           String submission) {
        Proposal proposal = new Proposal(call, text, language, areas);
        proposal.authorId = authorId;
        proposal.submission = submission;
        return proposal;
    }

    static Proposal fromWorkshop(Workshop workshop, ProposalText text, String language, List<PolicyArea> areas, Long recordedBy) {
        Proposal proposal = new Proposal(workshop.getCall(), text, language, areas);
        proposal.workshop = workshop;
        proposal.recordedBy = recordedBy;
        return proposal;
    }

    private void write(ProposalText text) {
        this.title = text.title();
        this.problem = text.problem();
        this.solution = text.solution();
        this.organisation = text.organisation();
    }

    /** The author's rewrite, allowed only while no one has supported or commented on it. */
    void rewrite(ProposalText text, List<PolicyArea> areas, Instant now) {
        ProposalRules.requireRewritable(supports, comments, isMerged());
        write(text);
        this.areas = new ArrayList<>(areas);
        this.editedAt = now;
    }

    /** What the author adds once others have acted on the proposal; a later addendum replaces the earlier one. */
    void addAddendum(String text, Instant now) {
        this.addendum = text;
        this.addendumAt = now;
    }

    void answer(ProposalResponse given) {
        this.response = given;
    }

    void supported(int delta) {
        supports = Math.max(0, supports + delta);
    }

    void recount(int supports) {
        this.supports = supports;
    }

    void mergeInto(Proposal kept, Instant now) {
        this.mergedInto = kept.getId();
        this.mergedAt = now;
    }

    /** Its whole text as one contribution, the way moderators read it ({@code comment.ProposalContributions}). */
    public String statement() {
        return title + "\n\n" + problem + "\n\n" + solution + (addendum == null ? "" : "\n\n" + addendum);
    }

    public boolean isMerged() { return mergedInto != null; }
    public boolean isFromWorkshop() { return workshop != null; }
    public boolean isRewritable() { return supports == 0 && comments == 0 && !isMerged(); }
    public boolean isPublic() { return visibility == Visibility.PUBLISHED; }
    public ProposalCall getCall() { return call; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getSolution() { return solution; }
    public String getLanguage() { return language; }
    public Long getAuthorId() { return authorId; }
    public Workshop getWorkshop() { return workshop; }
    public Long getRecordedBy() { return recordedBy; }
    public String getOrganisation() { return organisation; }
    public String getAddendum() { return addendum; }
    public Instant getAddendumAt() { return addendumAt; }
    public Instant getEditedAt() { return editedAt; }
    public int getSupports() { return supports; }
    public int getComments() { return comments; }
    public Visibility getVisibility() { return visibility; }
    public Long getMergedInto() { return mergedInto; }
    /** Never null: EclipseLink reads an unanswered proposal's all-null columns as no embeddable at all. */
    public ProposalResponse getResponse() { return response == null ? ProposalResponse.none() : response; }
    public List<PolicyArea> getAreas() { return areas; }
}

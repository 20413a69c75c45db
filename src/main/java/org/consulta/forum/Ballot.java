package org.consulta.forum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.MachineFields;
import org.consulta.i18n.MachineTranslatable;
import org.consulta.kernel.TenantOwned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A priority ballot of the forum: a question, its options, a method, who may vote, and a window the
 * server enforces. Results are public after closing, or while open if the administrators chose so.
 */
@Entity
@Table(name = "ballot")
public class Ballot extends TenantOwned implements MachineTranslatable {

    private static final MachineFields<Ballot> MACHINE = MachineFields.<Ballot>of("forum")
            .field("question", e -> e.question, (e, t) -> e.question = t);

    @Column(nullable = false)
    private LocalizedText question;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BallotMethod method;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Electorate electorate;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "live_results", nullable = false)
    private boolean liveResults;
    /** Approval: most options approved (0: any); cumulative: the points budget; ranked: unused. */
    @Column(name = "choice_limit", nullable = false)
    private int choiceLimit;
    /** Cumulative: most points on one option (0: no cap). */
    @Column(name = "point_cap", nullable = false)
    private int pointCap;
    @OneToMany(mappedBy = "ballot", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<BallotOption> options = new ArrayList<>();

    protected Ballot() {
    }

    Ballot(LocalizedText question, BallotMethod method, Electorate electorate, Instant opensAt, Instant closesAt,
           boolean liveResults, int choiceLimit, int pointCap) {
        this.question = question;
        this.method = method;
        this.electorate = electorate;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.liveResults = liveResults;
        this.choiceLimit = choiceLimit;
        this.pointCap = pointCap;
    }

    void addOption(LocalizedText label, Long commitmentId) {
        options.add(new BallotOption(this, options.size(), label, commitmentId, null));
    }

    /** An option that is a proposal of a call: the forum prioritising what the public proposed. */
    void addProposalOption(LocalizedText label, Long proposalId) {
        options.add(new BallotOption(this, options.size(), label, null, proposalId));
    }

    void closeAt(Instant now) {
        closesAt = now;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Whether anyone may see the counts now. */
    public boolean resultsShownAt(Instant now) {
        return isClosedAt(now) || (liveResults && !now.isBefore(opensAt));
    }

    public BallotRules rules() {
        return new BallotRules(method, options.size(), choiceLimit, pointCap);
    }

    public LocalizedText getQuestion() { return question; }
    public BallotMethod getMethod() { return method; }
    public Electorate getElectorate() { return electorate; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public boolean isLiveResults() { return liveResults; }
    public int getChoiceLimit() { return choiceLimit; }
    public int getPointCap() { return pointCap; }
    public List<BallotOption> getOptions() { return options; }

    @Override
    public MachineFields<?> machineFields() {
        return MACHINE;
    }
}

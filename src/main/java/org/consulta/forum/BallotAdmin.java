package org.consulta.forum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.audit.AuditLog;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentListing;
import org.consulta.i18n.LocalizedText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.Repository;

import java.time.Instant;
import java.util.List;

/** Administrators create ballots: question, options, method and limits, electorate, window. */
@Stateless
@TenantScoped
public class BallotAdmin {

    static final int MAX_OPTIONS = 30;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private CommitmentListing listing;
    @Inject
    private PolicyAreaService policyAreas;
    @Inject
    private org.consulta.proposal.ProposalReader proposals;
    @Inject
    private AuditLog audit;

    public Ballot createBallot(Tenant tenant, Long adminId, BallotForm form) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        Repository repository = em.find(Repository.class, tenant.id());
        String original = repository.getLanguages().contains(form.getOriginalLanguage())
                ? form.getOriginalLanguage() : repository.getDefaultLanguage();
        String question = form.getQuestions().getOrDefault(original, "");
        if (question.isBlank() || form.getQuestions().values().stream().anyMatch(q -> q != null && q.length() > 4000)) {
            throw new RefusedException("ballot.refused.question", "question");
        }
        if (form.getMethod() == null || form.getElectorate() == null) {
            throw new RefusedException("ballot.refused.method", "method");
        }
        if (form.getOpens() == null || form.getCloses() == null) {
            throw new RefusedException("ballot.refused.window", "closes");
        }
        // to the second: what the form shows is what the database keeps, whatever its fraction precision
        Instant opens = form.getOpens().atZone(repository.zone()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant closes = form.getCloses().atZone(repository.zone()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (!closes.isAfter(opens) || !closes.isAfter(Instant.now())) {
            throw new RefusedException("ballot.refused.window", "closes");
        }
        Ballot ballot = new Ballot(LocalizedText.empty().edited(original, form.getQuestions()), form.getMethod(),
                form.getElectorate(), opens, closes, form.isLiveResults(), Math.max(0, form.getChoiceLimit()),
                Math.max(0, form.getPointCap()));
        addTypedOptions(ballot, original, form);
        addCommitments(tenant, ballot, form.getCommitments());
        addPolicyAreas(tenant, ballot, form.getPolicyAreas());
        addProposals(tenant, ballot, form.getProposals());
        int count = ballot.getOptions().size();
        if (count < 2 || count > MAX_OPTIONS) {
            throw new RefusedException("ballot.refused.options", "options");
        }
        if (form.getMethod() == BallotMethod.CUMULATIVE && (form.getChoiceLimit() < 1 || form.getChoiceLimit() > 1000
                || form.getPointCap() < 0 || form.getPointCap() > form.getChoiceLimit())) {
            throw new RefusedException("ballot.refused.points", "limit");
        }
        if (form.getMethod() == BallotMethod.APPROVAL && (form.getChoiceLimit() < 0 || form.getChoiceLimit() > count)) {
            throw new RefusedException("ballot.refused.limit", "limit");
        }
        em.persist(ballot);
        audit.record(tenant, adminId, "ballot.created", question, null, form.getMethod() + ", " + count + " options");
        return ballot;
    }

    /** Closes an open ballot now (the forum decided early); its results become public. */
    public void closeBallotNow(Tenant tenant, Long adminId, long ballotId) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        Ballot ballot = em.createQuery("SELECT b FROM Ballot b WHERE b.id = :id", Ballot.class).setParameter("id", ballotId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("ballot.refused.not_found"));
        Instant now = Instant.now();
        if (!ballot.isOpenAt(now)) {
            throw new RefusedException("ballot.refused.closed");
        }
        ballot.closeAt(now);
        audit.record(tenant, adminId, "ballot.closed", String.valueOf(ballotId), null, now.toString());
    }

    /** Published commitments an option may name: id and "C1 — title", for the form. */
    public List<String[]> commitmentChoices(Tenant tenant, Long adminId) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        return listing.published(tenant, 200).stream()
                .map(c -> new String[] {String.valueOf(c.getId()), c.getPlan().getSlug() + " · " + c.getReference() + " — "
                        + c.getCurrentVersion().getContent().title()}).toList();
    }

    /** Line n of each language's box is option n; the original language's lines decide how many there are. */
    private static void addTypedOptions(Ballot ballot, String original, BallotForm form) {
        List<String> lines = lines(form.getOptions().get(original));
        for (int i = 0; i < lines.size(); i++) {
            LocalizedText label = LocalizedText.original(original, lines.get(i));
            for (var typed : form.getOptions().entrySet()) {
                List<String> other = lines(typed.getValue());
                if (!typed.getKey().equals(original) && i < other.size()) {
                    label = label.with(typed.getKey(), other.get(i), TranslationStatus.HUMAN);
                }
            }
            if (lines.get(i).length() > 500) {
                throw new RefusedException("ballot.refused.options", "options");
            }
            ballot.addOption(label, null);
        }
    }

    private void addCommitments(Tenant tenant, Ballot ballot, List<String> chosen) {
        List<Long> ids = ids(chosen);
        if (ids.isEmpty()) {
            return;
        }
        List<Commitment> commitments = listing.byIds(tenant, ids);
        if (commitments.size() != ids.size() || commitments.stream().anyMatch(c -> !c.isPublished())) {
            throw new RefusedException("ballot.refused.options", "options");
        }
        for (Commitment c : commitments) {
            var text = c.getCurrentVersion().getContent();
            ballot.addOption(LocalizedText.original(text.getLanguage(), c.getReference() + " — " + text.title()), c.getId());
        }
    }

    /** Proposals the forum may prioritise: id and "title (supports)", most supported first, for the form. */
    public List<String[]> proposalChoices(Tenant tenant, Long adminId) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        return proposals.prioritisable(tenant, 200).stream()
                .map(p -> new String[] {String.valueOf(p.getId()), p.getTitle() + " (" + p.getSupports() + ")"}).toList();
    }

    /** A proposal is read in the language it was written in: the option's label is its title, original. */
    private void addProposals(Tenant tenant, Ballot ballot, List<String> chosen) {
        List<Long> ids = ids(chosen);
        if (ids.isEmpty()) {
            return;
        }
        List<org.consulta.proposal.Proposal> found = proposals.prioritisable(tenant, ids);
        if (found.size() != ids.size()) {
            throw new RefusedException("ballot.refused.options", "options");
        }
        found.forEach(p -> ballot.addProposalOption(LocalizedText.original(p.getLanguage(), p.getTitle()), p.getId()));
    }

    /** A policy area's name is translated already: the option reads in every language it has. */
    private void addPolicyAreas(Tenant tenant, Ballot ballot, List<String> chosen) {
        List<Long> ids = ids(chosen);
        if (ids.isEmpty()) {
            return;
        }
        List<PolicyArea> areas = policyAreas.byIds(tenant, ids);
        if (areas.size() != ids.size()) {
            throw new RefusedException("ballot.refused.options", "options");
        }
        areas.forEach(a -> ballot.addOption(a.getName(), null));
    }

    private static List<Long> ids(List<String> chosen) {
        return chosen.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
    }

    private static List<String> lines(String box) {
        return box == null ? List.of() : box.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

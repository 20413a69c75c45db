package org.consulta.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Permissions;
import org.consulta.i18n.ShownText;
import org.consulta.i18n.TranslationStatus;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What readers see of commitments: a version (the newest by default), the draft for administrators,
 * and the comparison of two versions. Each use case issues a fixed number of statements, whatever
 * the number of sections, milestones or versions.
 */
@Stateless
@TenantScoped
public class CommitmentReader {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;

    /**
     * Version {@code number} (null: the newest) or, with {@code draft}, the working draft, which only
     * the repository's administrators may see; anyone else is told there is nothing there.
     */
    public ShownCommitment show(Tenant tenant, Long viewerId, String planSlug, String reference, Integer number,
                                boolean draft, String reader, List<String> fallbackOrder) {
        Commitment commitment = CommitmentQueries.find(em, planSlug, reference);
        CommitmentText text;
        VersionLine line = null;
        if (draft) {
            if (!permissions.allows(tenant, viewerId, CommitmentPermissions.EDIT)) {
                throw new NotFoundException("commitment " + planSlug + "/" + reference + " draft");
            }
            text = commitment.getDraft();
        } else {
            CommitmentVersion version = number == null || number == commitment.getVersionCount()
                    ? commitment.getCurrentVersion() : version(commitment, number);
            if (version == null) {
                throw new NotFoundException("commitment " + planSlug + "/" + reference + " unpublished");
            }
            text = version.getContent();
            line = new VersionLine(version.getNumber(), version.getCreatedAt(), version.getChangeNote());
        }
        return new ShownCommitment(commitment, line, versions(commitment),
                new SectionTexts(text, CommitmentQueries.translations(em, commitment)), reader, fallbackOrder);
    }

    /** The commitment with its plan and newest version, for the features that hang on it (comments). */
    public Commitment find(Tenant tenant, String planSlug, String reference) {
        return CommitmentQueries.find(em, planSlug, reference);
    }

    /** Versions {@code from} and {@code to}, section by section, the changed words marked. */
    public Comparison compare(Tenant tenant, String planSlug, String reference, int from, int to,
                              String reader, List<String> fallbackOrder) {
        Commitment commitment = CommitmentQueries.find(em, planSlug, reference);
        List<CommitmentVersion> pair = em.createQuery("SELECT v FROM CommitmentVersion v WHERE v.commitment = :c "
                        + "AND v.number IN (:a, :b) ORDER BY v.number", CommitmentVersion.class)
                .setParameter("c", commitment).setParameter("a", from).setParameter("b", to).getResultList();
        if (from == to || pair.size() != 2) {
            throw new NotFoundException("commitment " + planSlug + "/" + reference + " v" + from + "..v" + to);
        }
        CommitmentVersion older = pair.get(from < to ? 0 : 1);
        CommitmentVersion newer = pair.get(from < to ? 1 : 0);
        List<SectionTranslation> translations = CommitmentQueries.translations(em, commitment);
        Map<String, ShownText> before = shown(older, translations, reader, fallbackOrder);
        Map<String, ShownText> after = shown(newer, translations, reader, fallbackOrder);
        String original = newer.getContent().language();
        // a translation that lags behind its original would hide the change: compare the originals then
        for (String key : after.keySet()) {
            ShownText a = before.get(key);
            ShownText b = after.get(key);
            if (a != null && (!a.language().equals(b.language()) || a.outdated() || b.outdated())) {
                before.put(key, new ShownText(older.getContent().section(key).orElseThrow().text(), original, TranslationStatus.ORIGINAL));
                after.put(key, new ShownText(newer.getContent().section(key).orElseThrow().text(), original, TranslationStatus.ORIGINAL));
            }
        }
        List<VersionComparison.SectionChange> changes = VersionComparison.compare(
                sections(older, before), sections(newer, after));
        Map<String, ShownText> shownAs = new HashMap<>(before);
        shownAs.putAll(after);
        return new Comparison(commitment, line(older), line(newer), versions(commitment), changes, shownAs);
    }

    /** Each section of a version as this reader sees it, by key. */
    private static Map<String, ShownText> shown(CommitmentVersion version, List<SectionTranslation> translations,
                                                String reader, List<String> fallbackOrder) {
        SectionTexts texts = new SectionTexts(version.getContent(), translations);
        Map<String, ShownText> shown = new LinkedHashMap<>();
        version.getContent().sections().forEach(s -> shown.put(s.key(), texts.show(s, reader, fallbackOrder)));
        return shown;
    }

    private static List<Section> sections(CommitmentVersion version, Map<String, ShownText> shown) {
        return version.getContent().sections().stream()
                .map(s -> new Section(s.key(), s.field(), s.position(), shown.get(s.key()).text())).toList();
    }

    private CommitmentVersion version(Commitment commitment, int number) {
        return em.createQuery("SELECT v FROM CommitmentVersion v WHERE v.commitment = :c AND v.number = :n",
                        CommitmentVersion.class)
                .setParameter("c", commitment).setParameter("n", number).getResultStream().findFirst().orElse(null);
    }

    private List<VersionLine> versions(Commitment commitment) {
        return em.createQuery("SELECT NEW org.consulta.commitment.VersionLine(v.number, v.createdAt, v.changeNote) "
                        + "FROM CommitmentVersion v WHERE v.commitment = :c ORDER BY v.number DESC", VersionLine.class)
                .setParameter("c", commitment).getResultList();
    }

    private static VersionLine line(CommitmentVersion v) {
        return new VersionLine(v.getNumber(), v.getCreatedAt(), v.getChangeNote());
    }
}

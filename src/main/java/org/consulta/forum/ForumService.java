package org.consulta.forum;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.account.Constituency;
import org.consulta.account.Permissions;
import org.consulta.account.RepositoryRole;
import org.consulta.account.RoleHolders;
import org.consulta.audit.AuditLog;
import org.consulta.i18n.LocalizedText;
import org.consulta.kernel.RefusedException;
import org.consulta.kernel.Tenant;
import org.consulta.kernel.TenantScoped;
import org.consulta.plan.UploadedDocument;
import org.consulta.repository.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The forum's public page, and what administrators write on it: remit, rules, meetings. */
@Stateless
@TenantScoped
public class ForumService {

    static final int MAX_TEXT = 20_000;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Permissions permissions;
    @Inject
    private AuditLog audit;
    @Inject
    private RoleHolders holders;

    public ForumView forum(Tenant tenant, LocalDate today) {
        Forum forum = find();
        Map<Constituency, List<ForumView.Member>> members = new EnumMap<>(Constituency.class);
        for (Constituency side : Constituency.values()) {
            members.put(side, new ArrayList<>());
        }
        holders.holders(RepositoryRole.FORUM_MEMBER)
                .forEach(row -> members.get(row.side()).add(new ForumView.Member(row.displayName(), row.organisation())));
        List<ForumMeeting> meetings = em.createQuery("SELECT m FROM ForumMeeting m ORDER BY m.heldOn DESC, m.id DESC",
                ForumMeeting.class).setMaxResults(100).getResultList();
        LocalDate lastMet = meetings.stream().map(ForumMeeting::getHeldOn).filter(d -> !d.isAfter(today)).findFirst().orElse(null);
        return new ForumView(forum, members, meetings, lastMet, lastMet == null || lastMet.isBefore(today.minusMonths(6)));
    }

    public void describeForum(Tenant tenant, Long adminId, String language, Map<String, String> remit, Map<String, String> rules) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        String original = language(tenant, language);
        check(remit.get(original), "remit");
        check(rules.get(original), "rules");
        remit.values().forEach(t -> length(t, "remit"));
        rules.values().forEach(t -> length(t, "rules"));
        Forum forum = find();
        if (forum == null) {
            em.persist(new Forum(LocalizedText.empty().edited(original, remit), LocalizedText.empty().edited(original, rules)));
        } else {
            forum.describe(forum.getRemit().edited(original, remit), forum.getRules().edited(original, rules));
        }
        audit.record(tenant, adminId, "forum.described", "forum", null, original);
    }

    public ForumMeeting recordMeeting(Tenant tenant, Long adminId, MeetingForm form) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        if (form.getHeldOn() == null || form.getHeldOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new RefusedException("forum.refused.date", "heldOn");
        }
        String original = language(tenant, form.getLanguage());
        check(form.getAgenda(), "agenda");
        length(form.getMinutes(), "minutes");
        ForumMeeting meeting = new ForumMeeting(form.getHeldOn(), LocalizedText.original(original, form.getAgenda().strip()),
                form.getMinutes() == null || form.getMinutes().isBlank() ? LocalizedText.empty()
                        : LocalizedText.original(original, form.getMinutes().strip()));
        em.persist(meeting);
        audit.record(tenant, adminId, "forum.meeting_recorded", String.valueOf(form.getHeldOn()), null, original);
        return meeting;
    }

    /**
     * Publishes a past meeting's minutes after the fact: text in the administrator's language and/or a
     * document (checked like plan documents: type recognised from its content, 10 MB at most).
     */
    public ForumMeeting publishMinutes(Tenant tenant, Long adminId, long meetingId, String language, String text,
                                       String fileName, long size, java.io.InputStream content) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        ForumMeeting meeting = em.createQuery("SELECT m FROM ForumMeeting m WHERE m.id = :id", ForumMeeting.class)
                .setParameter("id", meetingId).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException("forum.refused.meeting", "meetingId"));
        if (meeting.getHeldOn().isAfter(LocalDate.now())) {
            throw new RefusedException("forum.refused.minutes_future", "meetingId");
        }
        boolean noText = text == null || text.isBlank();
        if (noText && content == null) {
            throw new RefusedException("forum.refused.minutes_needed", "minutes");
        }
        length(text, "minutes");
        UploadedDocument document = content == null ? null : UploadedDocument.read(fileName, size, content);
        String original = language(tenant, language);
        meeting.publishMinutes(original, text, document, java.time.Instant.now());
        audit.record(tenant, adminId, "forum.minutes_published", String.valueOf(meeting.getHeldOn()), null,
                document == null ? original : original + ", " + document.fileName());
        return meeting;
    }

    /** Meetings already held, newest first: those whose minutes can be published. */
    public List<ForumMeeting> pastMeetings(Tenant tenant, Long adminId) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        return em.createQuery("SELECT m FROM ForumMeeting m WHERE m.heldOn <= :today ORDER BY m.heldOn DESC, m.id DESC",
                ForumMeeting.class).setParameter("today", LocalDate.now()).setMaxResults(50).getResultList();
    }

    /** A meeting whose minutes document can be downloaded; null otherwise (or in another repository). */
    public ForumMeeting minutesDocument(Tenant tenant, long meetingId) {
        return em.createQuery("SELECT m FROM ForumMeeting m WHERE m.id = :id AND m.minutesName IS NOT NULL", ForumMeeting.class)
                .setParameter("id", meetingId).getResultStream().findFirst().orElse(null);
    }

    /** The forum's texts for the administrators' form (empty before the first description). */
    public Forum forumTexts(Tenant tenant, Long adminId) {
        permissions.require(tenant, adminId, ForumPermissions.RUN);
        return find();
    }

    private Forum find() {
        return em.createQuery("SELECT f FROM Forum f", Forum.class).getResultStream().findFirst().orElse(null);
    }

    private String language(Tenant tenant, String language) {
        Repository repository = em.find(Repository.class, tenant.id());
        return repository.getLanguages().contains(language) ? language : repository.getDefaultLanguage();
    }

    private static void check(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RefusedException("forum.refused.text_needed", field);
        }
        length(text, field);
    }

    private static void length(String text, String field) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new RefusedException("forum.refused.too_long", field);
        }
    }
}

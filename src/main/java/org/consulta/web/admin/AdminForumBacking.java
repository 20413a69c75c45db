package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.forum.Forum;
import org.consulta.forum.ForumService;
import org.consulta.forum.MeetingForm;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code /views/admin/forum.xhtml}: the forum's remit and rules per language, recording a meeting, and
 * publishing a past meeting's minutes (text and/or a document).
 */
@Named
@RequestScoped
public class AdminForumBacking {

    @Inject
    private ForumService forums;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private final Map<String, String> remit = new HashMap<>();
    private final Map<String, String> rules = new HashMap<>();
    private final MeetingForm meeting = new MeetingForm();
    private Long minutesMeeting;
    private String minutesText;
    private jakarta.servlet.http.Part minutesDocument;
    private java.util.List<org.consulta.forum.ForumMeeting> pastMeetings;

    @PostConstruct
    void load() {
        Forum forum = forums.forumTexts(page.tenant(), user.id());
        for (String lang : page.getLanguages()) {
            remit.put(lang, forum == null ? "" : forum.getRemit().in(lang).map(t -> t.text()).orElse(""));
            rules.put(lang, forum == null ? "" : forum.getRules().in(lang).map(t -> t.text()).orElse(""));
        }
        meeting.setLanguage(page.getLanguage());
    }

    public void describe() {
        forums.describeForum(page.tenant(), user.id(), page.getLanguage(), remit, rules);
        Faces.done("admin_forum.described", urls.repositoryPath("/admin/forum"));
    }

    public void record() {
        forums.recordMeeting(page.tenant(), user.id(), meeting);
        Faces.done("admin_forum.recorded", urls.repositoryPath("/forum"));
    }

    public void publishMinutes() {
        boolean file = minutesDocument != null && minutesDocument.getSize() > 0;
        try (java.io.InputStream in = file ? minutesDocument.getInputStream() : null) {
            forums.publishMinutes(page.tenant(), user.id(), minutesMeeting == null ? -1 : minutesMeeting, page.getLanguage(),
                    minutesText, file ? minutesDocument.getSubmittedFileName() : null, file ? minutesDocument.getSize() : 0, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Faces.done("admin_forum.minutes_published", urls.repositoryPath("/forum#meetings"));
    }

    public java.util.List<org.consulta.forum.ForumMeeting> getPastMeetings() {
        if (pastMeetings == null) {
            pastMeetings = forums.pastMeetings(page.tenant(), user.id());
        }
        return pastMeetings;
    }

    public Long getMinutesMeeting() { return minutesMeeting; }
    public void setMinutesMeeting(Long minutesMeeting) { this.minutesMeeting = minutesMeeting; }
    public String getMinutesText() { return minutesText; }
    public void setMinutesText(String minutesText) { this.minutesText = minutesText; }
    public jakarta.servlet.http.Part getMinutesDocument() { return minutesDocument; }
    public void setMinutesDocument(jakarta.servlet.http.Part minutesDocument) { this.minutesDocument = minutesDocument; }
    public Map<String, String> getRemit() { return remit; }
    public Map<String, String> getRules() { return rules; }
    public MeetingForm getMeeting() { return meeting; }
}

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
import org.consulta.web.frame.I18nView;

import java.util.HashMap;
import java.util.Map;

/** {@code /views/admin/forum.xhtml}: the forum's remit and rules per language, and recording a meeting. */
@Named
@RequestScoped
public class AdminForumBacking {

    @Inject
    private ForumService forums;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private final Map<String, String> remit = new HashMap<>();
    private final Map<String, String> rules = new HashMap<>();
    private final MeetingForm meeting = new MeetingForm();

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
        Faces.done(i18n, "admin_forum.described", page.repositoryPath("/admin/forum"));
    }

    public void record() {
        forums.recordMeeting(page.tenant(), user.id(), meeting);
        Faces.done(i18n, "admin_forum.recorded", page.repositoryPath("/forum"));
    }

    public Map<String, String> getRemit() { return remit; }
    public Map<String, String> getRules() { return rules; }
    public MeetingForm getMeeting() { return meeting; }
}

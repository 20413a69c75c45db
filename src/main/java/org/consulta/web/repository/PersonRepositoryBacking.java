package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.PublicProfiles;
import org.consulta.account.PublicProfiles.Profile;
import org.consulta.comment.PublicContributions;
import org.consulta.comment.PublicContributions.Line;
import org.consulta.consultation.ConsultationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code /views/repository/person.xhtml} ({@code …/people/{id}}): a participant's public profile in this
 * repository — name, organisation if they sit on the forum, public contributions page by page — or, if they
 * chose so, only that it is private. Discussions open to members only are left out for anonymous readers.
 */
@Named
@RequestScoped
public class PersonRepositoryBacking {

    @Inject
    private PublicProfiles profiles;
    @Inject
    private PublicContributions contributions;
    @Inject
    private ConsultationService consultations;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    private Profile profile;
    private List<Line> lines = List.of();
    private boolean hasNext;
    private int number;

    @PostConstruct
    void load() {
        profile = profiles.profile(page.tenant(), Long.parseLong(page.param("id")));
        if (profile.isHidden()) {
            return;
        }
        number = Params.integer("page") == null ? 0 : Math.max(0, Params.integer("page"));
        List<Line> read = contributions.byAuthor(page.tenant(), profile.id(), number);
        hasNext = read.size() > PublicContributions.PAGE_SIZE;
        Set<Long> membersOnly = user.isSignedIn() ? Set.of() : consultations.membersOnlyDiscussions(page.tenant(), Instant.now());
        lines = read.stream().limit(PublicContributions.PAGE_SIZE)
                .filter(l -> l.commitmentId() == null || !membersOnly.contains(l.commitmentId())).toList();
    }

    public Profile getProfile() { return profile; }
    public List<Line> getLines() { return lines; }
    public boolean isHasNext() { return hasNext; }
    public int getPage() { return number; }
}

package org.consulta.web.forum;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Constituency;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotService;
import org.consulta.forum.ForumService;
import org.consulta.forum.ForumView;
import org.consulta.web.frame.CurrentPage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code /views/forum/show.xhtml}: the forum's remit, rules, members, meetings and ballots. */
@Named
@RequestScoped
public class ShowForumBacking {

    @Inject
    private ForumService forums;
    @Inject
    private BallotService ballots;
    @Inject
    private CurrentPage page;

    private ForumView forum;
    private List<Ballot> all;

    @PostConstruct
    void load() {
        forum = forums.forum(page.tenant(), LocalDate.now(page.getRepository().zone()));
        all = ballots.ballots(page.tenant());
    }

    public ForumView getForum() { return forum; }
    public List<Ballot> getBallots() { return all; }
    public Constituency[] getConstituencies() { return Constituency.values(); }
    /** "open", "closed" or "planned", for the ballot list. */
    public String state(Ballot ballot) {
        Instant now = Instant.now();
        return ballot.isOpenAt(now) ? "OPEN" : ballot.isClosedAt(now) ? "CLOSED" : "PLANNED";
    }
}

package org.consulta.web.forum;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.forum.Ballot;
import org.consulta.forum.BallotMethod;
import org.consulta.forum.BallotResult;
import org.consulta.forum.BallotResults;
import org.consulta.forum.BallotService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /views/forum/ballot.xhtml}: a ballot, its voting form (checkboxes, points or ranks, one
 * field per option), the receipt after voting, checking a receipt, the results once public, and for
 * administrators closing it early.
 */
@Named
@RequestScoped
public class BallotForumBacking {

    @Inject
    private BallotService ballots;
    @Inject
    private BallotResults results;
    @Inject
    private org.consulta.forum.BallotAdmin ballotAdmin;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private Ballot ballot;
    private BallotResult result;
    private final Map<Integer, String> marks = new HashMap<>();
    private final Map<Integer, Boolean> approved = new HashMap<>();
    private String receipt;
    private String receiptToCheck;
    private Instant checked;
    private boolean checkDone;

    @PostConstruct
    void load() {
        long id = Long.parseLong(page.param("id"));
        ballot = ballots.ballot(page.tenant(), id);
        result = results.results(page.tenant(), id, Instant.now()).orElse(null);
        ballots.ownMarks(page.tenant(), user.id(), id).ifPresent(own -> {
            for (int i = 0; i < own.length; i++) {
                marks.put(i, own[i] == 0 ? "" : String.valueOf(own[i]));
                approved.put(i, own[i] == 1);
            }
        });
    }

    public void vote() {
        int[] filled = new int[ballot.getOptions().size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = ballot.getMethod() == BallotMethod.APPROVAL ? (Boolean.TRUE.equals(approved.get(i)) ? 1 : 0) : number(marks.get(i));
        }
        receipt = ballots.castBallot(page.tenant(), user.id(), ballot.getId(), filled, org.consulta.web.frame.RowPost.submitted());
        Faces.info(i18n, "forum_ballot.counted");
    }

    /** An administrator closes the ballot before its time: the forum decided; results become public. */
    public void closeNow() {
        org.consulta.web.frame.Confirmation.require(closeConfirmed, "forum_ballot.close_unconfirmed", "confirm");
        ballotAdmin.closeBallotNow(page.tenant(), user.id(), ballot.getId());
        Faces.done("forum_ballot.closed_now", urls.repositoryPath("/forum/ballots/" + ballot.getId()));
    }

    public void check() {
        checked = ballots.verifyReceipt(page.tenant(), ballot.getId(), receiptToCheck).orElse(null);
        checkDone = true;
    }

    /** A blank field is 0 (unranked, no points); anything else not a number is -1, which the rules refuse. */
    private static int number(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Ballot getBallot() { return ballot; }
    public BallotResult getResult() { return result; }
    public Map<Integer, String> getMarks() { return marks; }
    public Map<Integer, Boolean> getApproved() { return approved; }
    public String getReceipt() { return receipt; }
    public String getReceiptToCheck() { return receiptToCheck; }
    public void setReceiptToCheck(String receiptToCheck) { this.receiptToCheck = receiptToCheck; }
    public Instant getChecked() { return checked; }
    public boolean isCheckDone() { return checkDone; }
    public boolean isOpen() { return ballot.isOpenAt(Instant.now()); }
    public boolean isVoted() { return !marks.isEmpty(); }
    /** Ranks offered for each option of a ranked ballot: 1..n. */
    public java.util.List<Integer> getRanks() {
        return java.util.stream.IntStream.rangeClosed(1, ballot.getOptions().size()).boxed().toList();
    }

    /** The box saying that closing now ends the vote for everyone, for good. */
    private boolean closeConfirmed;

    public boolean isCloseConfirmed() { return closeConfirmed; }
    public void setCloseConfirmed(boolean closeConfirmed) { this.closeConfirmed = closeConfirmed; }
}

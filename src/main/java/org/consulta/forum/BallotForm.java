package org.consulta.forum;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator types to create a ballot: the question per language, options one per line
 * per language (line n of each language is option n) and/or draft commitments or policy areas chosen, the method
 * and its limits, the electorate, the window in the repository's time zone, live results or not.
 */
public class BallotForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String originalLanguage;
    private final Map<String, String> questions = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();
    private List<String> commitments = new ArrayList<>();
    private List<String> policyAreas = new ArrayList<>();
    private List<String> proposals = new ArrayList<>();
    private BallotMethod method = BallotMethod.RANKED;
    private Electorate electorate = Electorate.FORUM;
    private LocalDateTime opens;
    private LocalDateTime closes;
    private boolean liveResults;
    private int choiceLimit;
    private int pointCap;

    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public Map<String, String> getQuestions() { return questions; }
    /** Options, one per line, per language. */
    public Map<String, String> getOptions() { return options; }
    public List<String> getCommitments() { return commitments; }
    public void setCommitments(List<String> commitments) { this.commitments = commitments; }
    public List<String> getProposals() { return proposals; }
    public void setProposals(List<String> proposals) { this.proposals = proposals; }
    public List<String> getPolicyAreas() { return policyAreas; }
    public void setPolicyAreas(List<String> policyAreas) { this.policyAreas = policyAreas; }
    public BallotMethod getMethod() { return method; }
    public void setMethod(BallotMethod method) { this.method = method; }
    public Electorate getElectorate() { return electorate; }
    public void setElectorate(Electorate electorate) { this.electorate = electorate; }
    public LocalDateTime getOpens() { return opens; }
    public void setOpens(LocalDateTime opens) { this.opens = opens; }
    public LocalDateTime getCloses() { return closes; }
    public void setCloses(LocalDateTime closes) { this.closes = closes; }
    public boolean isLiveResults() { return liveResults; }
    public void setLiveResults(boolean liveResults) { this.liveResults = liveResults; }
    public int getChoiceLimit() { return choiceLimit; }
    public void setChoiceLimit(int choiceLimit) { this.choiceLimit = choiceLimit; }
    public int getPointCap() { return pointCap; }
    public void setPointCap(int pointCap) { this.pointCap = pointCap; }
}

package org.consulta.proposal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the new-proposal and workshop forms hold: the texts, the language written in, policy area ids, the form's token. */
public class ProposalDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String problem;
    private String solution;
    private String organisation;
    private String language;
    private List<String> areas = new ArrayList<>();
    private String submission;

    public ProposalDraft() {
    }

    public ProposalDraft(String title, String problem, String solution, String language) {
        this.title = title;
        this.problem = problem;
        this.solution = solution;
        this.language = language;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getSolution() { return solution; }
    public void setSolution(String solution) { this.solution = solution; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> areas) { this.areas = areas; }
    public String getSubmission() { return submission; }
    public void setSubmission(String submission) { this.submission = submission; }
}

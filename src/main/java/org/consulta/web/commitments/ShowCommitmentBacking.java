package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.CommitmentReader;
import org.consulta.commitment.OgpValue;
import org.consulta.commitment.ShownCommitment;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Params;

/** {@code /views/commitments/show.xhtml}: one version of a commitment ({@code ?v=2}; newest by default; {@code ?draft} for editors). */
@Named
@RequestScoped
public class ShowCommitmentBacking {

    @Inject
    private CommitmentReader reader;
    @Inject
    private CurrentPage page;
    @Inject
    private CurrentUser user;

    private ShownCommitment shown;

    @PostConstruct
    void load() {
        shown = reader.show(page.tenant(), user.id(), page.param("plan"), page.param("ref"), Params.integer("v"),
                Params.get("draft") != null, page.getLanguage(), page.fallbackOrder());
    }

    public ShownCommitment getShown() { return shown; }

    /** The sections a comment can be about, in reading order: key, field, position and first words. */
    public java.util.List<String[]> getSectionChoices() {
        java.util.List<String[]> choices = new java.util.ArrayList<>();
        shown.getFields().forEach((field, sections) -> {
            for (int i = 0; i < sections.size(); i++) {
                String text = sections.get(i).text().text();
                choices.add(new String[] {sections.get(i).key(), field, String.valueOf(i + 1),
                        text.length() > 60 ? text.substring(0, 60) + "…" : text});
            }
        });
        return choices;
    }
    public OgpValue[] getOgpValues() { return OgpValue.values(); }
    public String[] getLongFields() { return new String[] {"PROBLEM", "STATUS_QUO", "DESCRIPTION", "HOW"}; }
}

package org.consulta.web.commitments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.commitment.Commitment;
import org.consulta.commitment.CommitmentService;
import org.consulta.commitment.TranslationRow;
import org.consulta.commitment.TranslationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.I18nView;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /views/commitments/translate.xhtml}: the draft's sections in a source language ({@code from},
 * default the original) beside a target language ({@code to}), to translate or review.
 */
@Named
@RequestScoped
public class TranslateCommitmentBacking {

    @Inject
    private CommitmentService commitments;
    @Inject
    private TranslationService translations;
    @Inject
    private org.consulta.i18n.MachineTranslator machine;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;
    @Inject
    private I18nView i18n;

    private Commitment commitment;
    private String from;
    private String to;
    private List<TranslationRow> rows;

    @PostConstruct
    void load() {
        commitment = commitments.loadDraft(page.tenant(), user.id(), page.param("plan"), page.param("ref"));
        String original = commitment.getDraft().language();
        from = page.getLanguages().contains(Params.get("from")) ? Params.get("from") : original;
        // the original is never a target: it is edited in the editor, where its sections are re-cut
        to = page.getLanguages().stream().filter(l -> l.equals(Params.get("to")) && !l.equals(original)).findFirst()
                .orElse(page.getLanguages().stream().filter(l -> !l.equals(original)).findFirst().orElse(original));
        rows = translations.sheet(page.tenant(), user.id(), page.param("plan"), page.param("ref"), from, to);
    }

    public void save() {
        // the rows are read again for this post: if the text's sections changed since the page was
        // read, what was typed under one section would land on another; nothing is saved then
        String[] shown = org.consulta.web.frame.Faces.request().getParameterValues("row.keys");
        if (shown == null || !java.util.Arrays.asList(shown).equals(rows.stream().map(TranslationRow::getKey).toList())) {
            throw new org.consulta.kernel.RefusedException("commitments_translate.changed_meanwhile");
        }
        Map<String, String> typed = new HashMap<>();
        rows.forEach(row -> typed.put(row.getKey(), row.getTyped() == null ? "" : row.getTyped()));
        String[] accepted = Faces.request().getParameterValues("row.accept");
        translations.saveTranslations(page.tenant(), user.id(), commitment.getId(), to, typed,
                accepted == null ? java.util.Set.of() : java.util.Set.of(accepted));
        Faces.done("commitments_translate.saved", urls.repositoryPath("/plans/" + page.param("plan") + "/" + commitment.getReference()
                + "/translate?from=" + from + "&to=" + to));
    }

    public void machineTranslate() {
        translations.machineTranslate(page.tenant(), user.id(), commitment.getId(), to);
        Faces.done("commitments_translate.machine_requested", urls.repositoryPath("/plans/" + page.param("plan") + "/" + commitment.getReference()
                + "/translate?from=" + from + "&to=" + to));
    }

    public boolean isMachineAvailable() { return machine.isAvailable(); }
    public Commitment getCommitment() { return commitment; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public List<TranslationRow> getRows() { return rows; }
}

package org.consulta.commitment;

import org.consulta.kernel.RefusedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A submitted template becomes sections and milestones whose identities survive the next edit. */
class DraftingTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> keys = () -> "n" + counter.incrementAndGet();

    @Test
    void everyTemplateFieldBecomesSectionsAndTheLongOnesOnePerParagraph() {
        CommitmentText text = Drafting.apply(CommitmentText.empty("fr"), form(), keys);
        assertEquals(2, text.sections(TemplateField.PROBLEM).size());
        assertEquals("title", text.sections(TemplateField.TITLE).get(0).key());
        assertEquals(1, text.sections(TemplateField.VALUE_CIVIC_PARTICIPATION).size());
        assertTrue(text.sections(TemplateField.VALUE_ACCESS_TO_INFORMATION).isEmpty(), "unticked values are left out");
        assertEquals(3, text.milestones().size());
        assertEquals("Livrable 2", text.deliverable(text.milestones().get(1).key()));
    }

    @Test
    void editingKeepsTheKeysOfParagraphsAndMilestonesThatAreStillThere() {
        CommitmentText first = Drafting.apply(CommitmentText.empty("fr"), form(), keys);
        CommitmentForm edit = CommitmentForm.of(first, List.of(), 2);
        edit.setProblem("Les données restent dispersées dans trois systèmes.\n\nUn paragraphe tout neuf.\n\n"
                + "Les contrats publics sont difficiles à suivre.");
        edit.getMilestones().get(0).setDeliverable("Livrable 1 révisé");
        edit.getMilestones().get(1).setKey("made-up-by-the-client");
        CommitmentText second = Drafting.apply(first, edit, keys);

        List<Section> before = first.sections(TemplateField.PROBLEM);
        List<Section> after = second.sections(TemplateField.PROBLEM);
        assertEquals(before.get(1).key(), after.get(0).key(), "edited paragraph keeps its key");
        assertEquals(before.get(0).key(), after.get(2).key(), "moved paragraph keeps its key");
        assertNotEquals(before.get(0).key(), after.get(1).key());
        assertEquals(first.milestones().get(0).key(), second.milestones().get(0).key());
        assertNotEquals("made-up-by-the-client", second.milestones().get(1).key(), "keys come from the draft only");
        assertEquals(3, second.milestones().size(), "blank rows are ignored");
    }

    @Test
    void aTickedValueWithoutExplanationOrAnIncompleteMilestoneIsRefused() {
        CommitmentForm noWhy = form();
        noWhy.getValues().put("PUBLIC_ACCOUNTABILITY", true);
        assertEquals("commitment.refused.value_needs_explanation", assertThrows(RefusedException.class,
                () -> Drafting.apply(CommitmentText.empty("fr"), noWhy, keys)).messageKey());
        CommitmentForm backwards = form();
        backwards.getMilestones().get(0).setEnd(LocalDate.of(2024, 1, 1));
        assertEquals("commitment.refused.milestone_dates", assertThrows(RefusedException.class,
                () -> Drafting.apply(CommitmentText.empty("fr"), backwards, keys)).messageKey());
        CommitmentForm noDate = form();
        noDate.getMilestones().get(2).setStart(null);
        assertEquals("commitment.refused.milestone_incomplete", assertThrows(RefusedException.class,
                () -> Drafting.apply(CommitmentText.empty("fr"), noDate, keys)).messageKey());
    }

    @Test
    void theTextSurvivesStorage() {
        CommitmentText text = Drafting.apply(CommitmentText.empty("fr"), form(), keys);
        CommitmentTextConverter converter = new CommitmentTextConverter();
        assertEquals(text, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(text)));
    }

    private static CommitmentForm form() {
        CommitmentForm form = new CommitmentForm();
        form.setTitle("Commande publique ouverte");
        form.setProblem("Les contrats publics sont difficiles à suivre.\n\nLes données restent dispersées.");
        form.setDescription("Publier les contrats.");
        form.setLeadInstitution("Direction des achats");
        form.getValues().put("CIVIC_PARTICIPATION", true);
        form.getValueExplanations().put("CIVIC_PARTICIPATION", "Le public suit les contrats.");
        for (int i = 1; i <= 3; i++) {
            form.getMilestones().add(new MilestoneForm(null, "Livrable " + i, LocalDate.of(2025, i, 1), LocalDate.of(2025, i + 3, 1)));
        }
        form.getMilestones().add(new MilestoneForm());
        return form;
    }
}

package org.consulta.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a repository publishes; the name is the file's ({@code contributions.csv}). Each declares
 * its columns, so that a file without rows still has its header; a column ending in {@code *} is
 * translatable: one text and one status column per language of the repository.
 */
public enum Dataset {
    PLANS("id", "slug", "stage", "start", "end", "title*", "summary*"),
    COMMITMENTS("plan", "reference", "stage", "version", "milestones", "completion", "title*", "lead_institution*"),
    MILESTONES("plan", "commitment", "milestone", "deliverable*", "start", "end", "status"),
    CONSULTATIONS("id", "plan", "title*", "announced_on", "opens_at", "closes_at", "participants", "contributions", "answered"),
    CONTRIBUTIONS("id", "plan", "commitment", "consultation", "progress_update", "reply_to", "section", "alignment", "language",
            "posted_at", "author", "text", "translation*", "response_status", "response_institution", "response_at", "response*"),
    BALLOTS("ballot", "question*", "method", "closes_at", "option", "label*", "place", "measure", "ballots",
            "government_place", "government_measure", "government_ballots",
            "civil_society_place", "civil_society_measure", "civil_society_ballots",
            "other_place", "other_measure", "other_ballots"),
    PROPOSALS("id", "call", "plan", "origin", "workshop_place", "workshop_date", "author", "organisation", "language", "title",
            "problem", "solution", "addendum", "policy_areas", "supports", "comments", "merged_into", "response_status",
            "response_at", "response*", "became_part_of", "created_at");

    private final List<String> columns;

    Dataset(String... columns) {
        this.columns = List.of(columns);
    }

    /** The file's header for a repository in these languages, in the order rows fill it. */
    public List<String> header(List<String> languages) {
        List<String> out = new ArrayList<>();
        for (String column : columns) {
            if (!column.endsWith("*")) {
                out.add(column);
                continue;
            }
            String base = column.substring(0, column.length() - 1);
            for (String lang : languages) {
                out.add(base + "_" + lang);
                out.add(base + "_" + lang + "_status");
            }
        }
        return out;
    }

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<Dataset> named(String name) {
        for (Dataset d : values()) {
            if (d.fileName().equals(name)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}

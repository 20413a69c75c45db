package org.consulta.opendata;

/** The files a repository publishes; the name is the file's ({@code contributions.csv}). */
public enum Dataset {
    PLANS, COMMITMENTS, MILESTONES, CONSULTATIONS, CONTRIBUTIONS, BALLOTS;

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

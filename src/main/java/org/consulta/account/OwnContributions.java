package org.consulta.account;

import java.util.List;

/**
 * What a person did in one feature, for their "My contributions" page: each feature that keeps a person's
 * acts (comments, supports, follows, flags, ballots) declares its kinds, and the page lists them all.
 * Like {@link PersonalData}, native queries keyed on the person's own id across repositories.
 */
public interface OwnContributions {

    List<Kind> kinds();

    /**
     * One kind: its name (the page's {@code ?kind=}, and its heading's key {@code account_contributions.kind.<name>}),
     * its rank on the page, and a native query for {@code ?1}, the person's id, newest first, of six columns: the
     * repository's slug, when, the text (a {@code LocalizedText} as stored when {@code localized}), where it is
     * (a short plain reference), its path after {@code /{lang}/r/{slug}/}, and its state (null, or a word that
     * completes {@code account_contributions.state.}).
     */
    record Kind(String name, int rank, String sql, boolean localized) {
    }
}

package org.consulta.proposal;

import org.consulta.kernel.RefusedException;

/**
 * The rules every proposal obeys, wherever it comes from (the online form, the workshop form, a CSV
 * line): plain-text fields within their lengths, the title long enough to say something; and the author's
 * rewrite only before anyone has acted on it.
 */
public final class ProposalRules {

    public static final int MIN_TITLE = 5;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ORGANISATION = 200;

    private ProposalRules() {
    }

    /** The text stripped, or a refusal naming the first field at fault (its key is {@code proposal.refused.<field>}). */
    public static ProposalText text(String title, String problem, String solution, String organisation) {
        String t = strip(title);
        if (t.length() < MIN_TITLE || t.length() > MAX_TITLE) {
            throw new RefusedException("proposal.refused.title", "title");
        }
        String p = strip(problem);
        if (p.isEmpty() || p.length() > MAX_TEXT) {
            throw new RefusedException("proposal.refused.problem", "problem");
        }
        String s = strip(solution);
        if (s.isEmpty() || s.length() > MAX_TEXT) {
            throw new RefusedException("proposal.refused.solution", "solution");
        }
        String o = strip(organisation);
        if (o.length() > MAX_ORGANISATION) {
            throw new RefusedException("proposal.refused.organisation", "organisation");
        }
        return new ProposalText(t, p, s, o.isEmpty() ? null : o);
    }

    public static String addendum(String text) {
        String a = strip(text);
        if (a.isEmpty() || a.length() > MAX_TEXT) {
            throw new RefusedException("proposal.refused.addendum", "addendum");
        }
        return a;
    }

    /**
     * Supporters and commenters acted on the words they read: after the first of them, the author may only
     * add an addendum. A merged proposal lives on in the one kept.
     */
    public static void requireRewritable(int supports, int comments, boolean merged) {
        if (merged) {
            throw new RefusedException("proposal.refused.merged");
        }
        if (supports > 0 || comments > 0) {
            throw new RefusedException("proposal.refused.acted_on");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.replace("\r", "").strip();
    }
}

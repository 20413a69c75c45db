package org.consulta.opendata;

import org.consulta.comment.Comment;

/** A public contribution with where it sits, as a query row. */
public record ContributionRow(Comment comment, String reference, String planSlug) {
}

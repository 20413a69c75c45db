package org.consulta.comment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page of top-level comments of a discussion (a commitment's consultations, or one progress
 * update) read in a fixed number of statements whatever their number: the page, its count, every
 * reply under it, the authors' names and the responses. Runs in the caller's tenant-bound transaction.
 */
@jakarta.enterprise.context.Dependent
class ThreadPage {

    /**
     * Held contributions are read by their author only (moderators read them in their queue); hidden
     * ones stay in their thread, as a placeholder, so the replies under them keep their place.
     */
    private static final String SHOWN = "AND (c.visibility <> :held OR c.authorId = :v) ";

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @jakarta.inject.Inject
    private org.consulta.account.PublicNames publicNames;

    /** What was read: the page's comments, every reply under them, names by author and responses by comment. */
    record Read(List<Comment> top, List<Comment> replies, Map<Long, String> names, Map<Long, Response> responses, long total) {

        ShownComment shown(Comment c, CommentAnchor anchor) {
            return new ShownComment(c, names.get(c.getAuthorId()), anchor, thread(c), responses.get(c.getId()));
        }

        /** The replies under {@code parent}, depth first, in the order they were written. */
        private List<ShownComment> thread(Comment parent) {
            List<ShownComment> out = new ArrayList<>();
            for (Comment r : replies) {
                if (parent.getId().equals(r.getParentId())) {
                    out.add(new ShownComment(r, names.get(r.getAuthorId()), CommentAnchor.WHOLE_COMMITMENT, thread(r), null));
                }
            }
            return out;
        }
    }

    /**
     * {@code where}: JPQL on alias {@code c} choosing the discussion, with its parameters; {@code shownTotal}:
     * how many top-level contributions the viewer sees there, when the caller knows it (null: counted here).
     */
    Read read(String where, Map<String, Object> parameters, Long viewerId, CommentReader.Order order, int page, int size,
              Long shownTotal) {
        String sort = switch (order) {
            case SUPPORT -> "c.score DESC, c.id DESC";
            case NEWEST -> "c.id DESC";
            case OLDEST -> "c.id ASC";
        };
        Long reader = viewerId == null ? -1L : viewerId;
        TypedQuery<Comment> topQuery = em.createQuery("SELECT c FROM Comment c WHERE " + where + " AND c.parentId IS NULL "
                + SHOWN + "ORDER BY " + sort, Comment.class).setParameter("v", reader).setParameter("held", Visibility.HELD);
        TypedQuery<Long> totalQuery = em.createQuery("SELECT COUNT(c) FROM Comment c WHERE " + where
                + " AND c.parentId IS NULL " + SHOWN, Long.class).setParameter("v", reader).setParameter("held", Visibility.HELD);
        parameters.forEach((name, value) -> {
            topQuery.setParameter(name, value);
            totalQuery.setParameter(name, value);
        });
        List<Comment> top = topQuery.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Long> ids = top.stream().map(Comment::getId).toList();
        List<Comment> replies = ids.isEmpty() ? List.of() : em.createQuery(
                        "SELECT c FROM Comment c WHERE c.rootId IN :ids " + SHOWN + "ORDER BY c.id", Comment.class)
                .setParameter("ids", ids).setParameter("v", reader).setParameter("held", Visibility.HELD).getResultList();
        Map<Long, Response> responses = ids.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT r FROM Response r WHERE r.commentId IN :ids", Response.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Response::getCommentId, r -> r));
        return new Read(top, replies, names(top, replies), responses, shownTotal != null ? shownTotal : totalQuery.getSingleResult());
    }

    /** Top-level public contributions of the discussion, not withdrawn, that have a response. */
    long answered(String where, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Response r, Comment c WHERE r.commentId = c.id AND "
                + where + " AND c.withdrawn = :no AND " + CommentReader.COUNTED, Long.class).setParameter("no", false)
                .setParameter("published", Visibility.PUBLISHED)
                .setHint("eclipselink.jdbc.bind-parameters", "true");
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private Map<Long, String> names(List<Comment> top, List<Comment> replies) {
        List<Long> authors = new ArrayList<>();
        top.forEach(c -> authors.add(c.getAuthorId()));
        replies.forEach(c -> authors.add(c.getAuthorId()));
        return publicNames.of(authors);
    }
}

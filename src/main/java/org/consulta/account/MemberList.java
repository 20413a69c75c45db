package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.consulta.kernel.Slice;

import java.util.List;
import java.util.Map;

/**
 * The repository's members as the back office lists them, read inside {@link MembershipService} after its role
 * check and within its tenant: sorted and filtered in the database. Filters: {@code name} (part of the
 * display name or the address, any case), {@code role} (exact).
 */
@Dependent
public class MemberList {

    private static final Map<String, String> COLUMNS = Map.of("name", "a.displayName", "email", "a.email", "role", "g.role");

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    List<RoleGrant> slice(Slice slice) {
        TypedQuery<RoleGrant> query = em.createQuery("SELECT g FROM RoleGrant g JOIN FETCH g.account a WHERE "
                + where(slice) + slice.orderBy(COLUMNS, "a.displayName", "g.role, g.id"), RoleGrant.class);
        bind(query, slice);
        return query.setFirstResult(slice.first()).setMaxResults(slice.size()).getResultList();
    }

    int count(Slice slice) {
        Query query = em.createQuery("SELECT COUNT(g) FROM RoleGrant g JOIN g.account a WHERE " + where(slice));
        bind(query, slice);
        return ((Number) query.getSingleResult()).intValue();
    }

    private static String where(Slice slice) {
        return "(LOWER(a.displayName) LIKE :q ESCAPE '\\' OR LOWER(a.email) LIKE :q ESCAPE '\\')"
                + (role(slice) == null ? "" : " AND g.role = :role");
    }

    private static void bind(Query query, Slice slice) {
        query.setParameter("q", Slice.containing(slice.filter("name") == null ? "" : slice.filter("name")));
        if (role(slice) != null) {
            query.setParameter("role", role(slice));
        }
    }

    /** The role filtered on; a value that names no role filters nothing rather than failing. */
    private static RepositoryRole role(Slice slice) {
        String role = slice.filter("role");
        return role == null ? null : java.util.Arrays.stream(RepositoryRole.values())
                .filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }
}

package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public display names of some accounts, in one statement, in the caller's transaction. A deleted
 * account is anonymised: its name is null, which pages show as "deleted participant" and files leave empty.
 */
@Dependent
public class PublicNames {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public Map<Long, String> of(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createQuery("SELECT NEW org.consulta.account.NameRow(a.id, a.displayName, a.deletedAt) FROM Account a "
                            + "WHERE a.id IN :ids", NameRow.class)
                    .setParameter("ids", List.copyOf(new java.util.HashSet<>(accountIds))).getResultList()
                    .forEach(row -> names.put(row.id(), row.publicName()));
        }
        return names;
    }
}

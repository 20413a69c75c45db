package org.consulta.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.audit.ActorNames;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit log's names of who acted, in one query per page of the log. */
@ApplicationScoped
public class ActorNamesFromAccounts implements ActorNames {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @Override
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", accountIds)
                .getResultStream().collect(Collectors.toMap(Account::getId, a -> a.getDisplayName() == null ? "" : a.getDisplayName()));
    }
}

package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repository's members (anyone holding a role here), once each, with what a mail to them needs: the
 * repository's own mails (a call for proposals opening) reach them. Runs in the caller's tenant-bound
 * transaction.
 */
@Dependent
public class MemberContacts {

    /** Where and in which language to mail a member. */
    public record Contact(long accountId, String email, String language, String name) {
    }

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    public List<Contact> members() {
        Map<Long, Contact> out = new LinkedHashMap<>();
        em.createQuery("SELECT g.account FROM RoleGrant g WHERE g.account.deletedAt IS NULL ORDER BY g.id", Account.class)
                .getResultList().forEach(a -> out.putIfAbsent(a.getId(),
                        new Contact(a.getId(), a.getEmail(), a.getLanguage(), a.getDisplayName())));
        return List.copyOf(out.values());
    }
}

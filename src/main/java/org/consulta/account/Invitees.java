package org.consulta.account;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.consulta.kernel.Slice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * People an administrator may invite, suggested as they type: confirmed, not deleted accounts that already
 * hold a role in the repository or took part in it ({@link Participation}), matched on part of their name
 * or the start of their address. A suggestion shows the address half hidden and carries a reference
 * ({@code #id}) that the invitation resolves on the server, so no one's address reaches the browser.
 */
@Dependent
public class Invitees {

    /** Suggestions shown at once. */
    static final int SHOWN = 8;

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;
    @Inject
    private Instance<Participation> participation;

    /** One suggestion: the display name, the address half hidden, the reference the form sends back. */
    public record Suggestion(long id, String name, String maskedEmail) {
        public String getLabel() { return name + " · " + maskedEmail; }
        public String getReference() { return "#" + id; }
    }

    List<Suggestion> suggest(long repositoryId, String typed) {
        String text = typed == null ? "" : typed.strip();
        List<?> rows = em.createNativeQuery("SELECT a.id, a.display_name, a.email FROM account a WHERE " + inScope()
                        + " AND (LOWER(a.display_name) LIKE ?1 ESCAPE '\\' OR LOWER(a.email) LIKE ?3 ESCAPE '\\') ORDER BY a.display_name, a.id")
                .setParameter(1, Slice.containing(text)).setParameter(2, repositoryId)
                .setParameter(3, Slice.containing(text).substring(1))
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true").setMaxResults(SHOWN).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Suggestion(((Number) r[0]).longValue(), (String) r[1], mask((String) r[2]))).toList();
    }

    /** The address behind a suggestion's reference, if that account is still one to suggest here; else null. */
    String address(long repositoryId, long accountId) {
        List<?> found = em.createNativeQuery("SELECT a.email FROM account a WHERE a.id = ?1 AND " + inScope())
                .setParameter(1, accountId).setParameter(2, repositoryId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true").getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private String inScope() {
        String acted = participation.stream().map(Participation::participantsSql).collect(Collectors.joining(" UNION "));
        return "a.confirmed_at IS NOT NULL AND a.deleted_at IS NULL AND (a.id IN (SELECT g.account_id FROM role_grant g "
                + "WHERE g.repository_id = ?2)" + (acted.isEmpty() ? "" : " OR a.id IN (" + acted + ")") + ")";
    }

    /** {@code lena@example.org} as {@code l•••@example.org}: enough to tell two Lenas apart, not to write to one. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}

package org.consulta.web.frame;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import java.util.function.Supplier;

/**
 * Posting with a form's submission token: when copies of one submission race (a double click, a
 * retried request), all but the first fail on the database's unique key; replayed, each finds the
 * contribution the first one wrote and ends with the same confirmation.
 */
public final class Resubmission {

    private static final int ATTEMPTS = 4;

    private Resubmission() {
    }

    public static <T> T once(String token, Supplier<T> post) {
        for (int attempt = 1; ; attempt++) {
            try {
                return post.get();
            } catch (EJBException | PersistenceException raced) {
                if (token == null || attempt == ATTEMPTS) {
                    throw raced;
                }
                pause(50L * attempt); // the first copy may still be committing
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.consulta.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The display names of those who acted, for readers of the log. The account feature, which writes to
 * the log and so stands above it, implements it: the log never reads accounts itself.
 */
public interface ActorNames {

    /** The display name of each of these accounts that exists (deleted accounts have an empty one). */
    Map<Long, String> displayNames(Collection<Long> accountIds);
}

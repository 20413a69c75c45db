package org.consulta.kernel;

/**
 * A mail argument resolved when the mail is sent rather than when it is queued: a contribution's text,
 * say, which by then may have its machine translation in the recipient's language. A queued argument
 * {@code @<prefix>:<reference>} is given to the bean whose {@link #prefix} matches.
 */
public interface MailArgument {

    String prefix();

    /** The text for a recipient reading {@code language}; never null (a placeholder when the thing is gone). */
    String resolve(String reference, String language);
}

package org.consulta.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for mails. The base comes from configuration, never from the request's Host
 * header, which a client controls (a reset link must not point to an attacker's host).
 */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "consulta.public.url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** {@code to("fr", "/account/reset?token=…")} → {@code https://…/fr/account/reset?token=…}. */
    public String to(String language, String path) {
        return publicUrl + "/" + language + path;
    }
}

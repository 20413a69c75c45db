package org.consulta.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.consulta.i18n.Languages;
import org.consulta.i18n.MessageCatalog;
import org.consulta.kernel.NotFoundException;
import org.consulta.kernel.RefusedException;

import java.util.Locale;

/**
 * Every refusal of the API as {@code application/problem+json} (RFC 9457) with a title in the reader's
 * language (Accept-Language among the platform's languages, English otherwise); never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    @Inject
    private MessageCatalog catalog;
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        int status;
        String key;
        if (exception instanceof ApiRefusedException refused) {
            status = refused.status();
            key = refused.messageKey();
        } else if (exception instanceof NotFoundException || exception instanceof jakarta.ws.rs.NotFoundException) {
            status = 404;
            key = "api.not_found";
        } else if (exception instanceof RefusedException refused) {
            status = 400;
            key = refused.messageKey();
        } else if (exception instanceof jakarta.ws.rs.WebApplicationException web) {
            status = web.getResponse().getStatus();
            key = "api.failed";
        } else {
            status = 500;
            key = "api.failed";
        }
        String language = language();
        return Response.status(status).type("application/problem+json").header("Content-Language", language)
                .header("Retry-After", status == 429 ? "60" : null)
                .entity(JSON.createObjectBuilder().add("type", "about:blank").add("title", catalog.format(language, key))
                        .add("status", status).build().toString()).build();
    }

    private String language() {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (Languages.isSupported(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return "en";
    }
}

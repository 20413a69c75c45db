package org.consulta.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consulta.kernel.NotFoundException;
import org.consulta.opendata.DataLicence;
import org.consulta.opendata.Dataset;
import org.consulta.opendata.OpenDataService;
import org.consulta.opendata.OpenDataSettingsPart;
import org.consulta.opendata.Row;
import org.consulta.repository.Repository;
import org.consulta.repository.RepositoryService;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/{repository}/{dataset}}: a repository's public data as JSON. Contributions come in
 * pages after an opaque cursor (the last id seen, so that pages stay stable while people keep writing);
 * the small datasets come whole.
 */
@Path("v1/{repository}")
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryResource {

    /** One provider: {@code Json.create…} looks it up on the class path at every call (a hot path under load). */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    static final int MAX_LIMIT = 200;

    @Inject
    private RepositoryService repositories;
    @Inject
    private OpenDataService data;
    @Inject
    private OpenDataSettingsPart settings;
    @Context
    private HttpHeaders headers;

    @GET
    @Path("{dataset: plans|commitments|milestones|consultations|ballots|proposals}")
    public Response dataset(@PathParam("repository") String slug, @PathParam("dataset") String name) {
        Repository repository = repository(slug);
        Dataset dataset = Dataset.named(name).orElseThrow(() -> new NotFoundException(name));
        return page(repository, data.rows(repository.tenant(), dataset, repository.getLanguages()), null);
    }

    @GET
    @Path("contributions")
    public Response contributions(@PathParam("repository") String slug, @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") Integer limit) {
        Repository repository = repository(slug);
        int size = limit == null ? 50 : Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Row> rows = data.contributions(repository.tenant(), after(cursor), size, repository.getLanguages());
        String next = rows.size() < size ? null : cursor((Long) rows.get(rows.size() - 1).get("id"));
        return page(repository, rows, next);
    }

    private Response page(Repository repository, List<Row> rows, String next) {
        String reader = reader(repository);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        rows.forEach(row -> items.add(Translated.of(row, reader, repository.getLanguages())));
        DataLicence licence = settings.licence(repository.tenant());
        var body = JSON.createObjectBuilder().add("data", items).add("licence", licence.spdx());
        if (next == null) {
            body.addNull("next");
        } else {
            body.add("next", next);
        }
        return Response.ok(body.build()).header("Content-Language", reader)
                .header("Link", "<" + licence.url() + ">; rel=\"license\"").build();
    }

    /** The first of the reader's Accept-Language the repository has; its default language otherwise. */
    private String reader(Repository repository) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (repository.getLanguages().contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return repository.getDefaultLanguage();
    }

    private Repository repository(String slug) {
        return repositories.findActive(slug).orElseThrow(() -> new NotFoundException("repository " + slug));
    }

    static String cursor(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c" + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor stands for; a cursor that is not one of ours is refused. */
    static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.matches("c\\d{1,18}")) {
                return Long.parseLong(text.substring(1));
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the refusal
        }
        throw new ApiRefusedException("api.bad_cursor", 400);
    }
}

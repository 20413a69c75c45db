package org.consulta.web.repository;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.consultation.FollowService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;
import org.consulta.web.frame.Params;

/**
 * {@code /views/repository/unsubscribe.xhtml}: a mail's link ({@code ?token=}), no sign-in. Opening
 * it changes nothing (mail scanners open links); a button does.
 */
@Named
@RequestScoped
public class UnsubscribeRepositoryBacking {

    @Inject
    private FollowService follows;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;

    private String token;
    private String reference;

    @PostConstruct
    void load() {
        token = Params.get("token");
        reference = follows.unsubscribingFrom(page.tenant(), token).orElse(null);
    }

    public void stopOne() {
        stop(false);
    }

    public void stopAll() {
        stop(true);
    }

    private void stop(boolean everything) {
        follows.unsubscribe(page.tenant(), token, everything);
        Faces.done("repository_unsubscribe.done", urls.repositoryPath("/unsubscribe?done"));
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getReference() { return reference; }
    public boolean isDone() { return Params.get("done") != null; }
}

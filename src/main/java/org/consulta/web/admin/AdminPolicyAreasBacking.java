package org.consulta.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.plan.PolicyArea;
import org.consulta.plan.PolicyAreaService;
import org.consulta.repository.RepositoryAdminService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.CurrentUser;
import org.consulta.web.frame.Faces;
import org.consulta.web.frame.PageUrls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /views/admin/policy-areas.xhtml}: the repository's policy areas, named in each language. */
@Named
@RequestScoped
public class AdminPolicyAreasBacking {

    @Inject
    private PolicyAreaService areas;
    @Inject
    private RepositoryAdminService admin;
    @Inject
    private CurrentPage page;
    @Inject
    private PageUrls urls;
    @Inject
    private CurrentUser user;

    private List<PolicyArea> list;
    private final Map<String, String> names = new HashMap<>();

    @PostConstruct
    void load() {
        admin.loadSettings(page.tenant(), user.id());
        list = areas.list(page.tenant());
    }

    public void add() {
        areas.addPolicyArea(page.tenant(), user.id(), page.getLanguage(), names);
        Faces.done("admin_policy_areas.added", urls.repositoryPath("/admin/policy-areas"));
    }

    public List<PolicyArea> getAreas() { return list; }
    public Map<String, String> getNames() { return names; }
}

package org.consulta.kernel;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;

/**
 * Binds the {@link Tenant} argument of a {@link TenantScoped} method to the entity manager of the
 * running transaction, so that EclipseLink scopes every query of the call to that repository.
 * A method without a tenant is a programming error and fails before touching data.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBinder {

    @PersistenceContext(unitName = "consulta")
    private EntityManager em;

    @AroundInvoke
    public Object bind(InvocationContext call) throws Exception {
        Object[] parameters = call.getParameters() == null ? new Object[0] : call.getParameters();
        Tenant tenant = Arrays.stream(parameters)
                .filter(Tenant.class::isInstance).map(Tenant.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        call.getMethod() + " is tenant-scoped but received no Tenant"));
        em.setProperty(TenantOwned.TENANT_PROPERTY, tenant.id());
        return call.proceed();
    }
}

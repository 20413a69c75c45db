package org.consulta.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under {@code /api}; MicroProfile OpenAPI describes it at {@code /openapi}. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}

package org.consulta.web.frame;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.consulta.kernel.Started;

/** Tells readiness when the web application is initialised, and when it stops. */
@WebListener
public class WebStarted implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Started.web();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Started.stopping();
    }
}

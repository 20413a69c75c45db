package org.consulta.web.frame;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;

/**
 * Whether a request reached the platform over HTTPS: on its own connection, or through a TLS proxy
 * that says so in {@code X-Forwarded-Proto} — believed only from the addresses listed in
 * {@code consulta.trusted.proxies} (anyone can send the header). A platform whose public address
 * ({@code consulta.public.url}) is HTTPS marks its session cookie {@code Secure} from the start.
 */
@WebListener
public class SecureTransport implements ServletContextListener {

    private static volatile boolean publicHttps;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        configure(config.getOptionalValue("consulta.trusted.proxies", String.class).orElse(""),
                config.getOptionalValue("consulta.public.url", String.class).orElse(""));
        if (publicHttps) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static void configure(String proxies, String publicUrl) {
        org.consulta.kernel.ClientAddress.trust(
                Arrays.stream(proxies.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        publicHttps = publicUrl.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }

    /** True for HTTPS: the connection's own, or a trusted proxy's word for it, or the declared public address. */
    static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || publicHttps
                || org.consulta.kernel.ClientAddress.fromTrustedProxy(request)
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}

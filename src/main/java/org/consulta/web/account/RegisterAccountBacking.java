package org.consulta.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consulta.account.Registration;
import org.consulta.account.RegistrationService;
import org.consulta.web.frame.CurrentPage;
import org.consulta.web.frame.Faces;

/** {@code /views/account/register.xhtml}. */
@Named
@RequestScoped
public class RegisterAccountBacking {

    @Inject
    private RegistrationService registrations;
    @Inject
    private CurrentPage page;

    private final Registration registration = new Registration();

    public Registration getRegistration() {
        if (registration.getLanguage() == null) {
            registration.setLanguage(page.getLanguage());
        }
        return registration;
    }

    public void register() {
        registrations.register(registration, Faces.clientAddress());
        Faces.done("account_register.check_mail", "/" + page.getLanguage() + "/account/login");
    }
}

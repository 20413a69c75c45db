package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.platform.BaseEntity;

/** A person's sign-in identity; the e-mail is stored lowercased and unique. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    /** Set for every password somebody else chose or saw, such as the bootstrap one. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false, length = 8)
    private String language;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, String language) {
        this.email = email.toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language;
    }

    static Account platformAdministrator(String email, String passwordHash, String language) {
        Account admin = new Account(email, "Platform administrator", passwordHash, language);
        admin.platformAdmin = true;
        admin.mustChangePassword = true;
        return admin;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public String getLanguage() {
        return language;
    }
}

package org.consulta.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consulta.kernel.BaseEntity;

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

    @Column(name = "confirmed_at")
    private java.time.Instant confirmedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failure_at")
    private java.time.Instant firstFailureAt;

    @Column(name = "locked_until")
    private java.time.Instant lockedUntil;

    @Column(name = "deleted_at")
    private java.time.Instant deletedAt;

    /** Moves with each new password: sessions opened before it end (see {@link SignInService#stillSignedIn}). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;
    /** Whether their profile page in the repositories says only that it is private. */
    @jakarta.persistence.Column(name = "profile_hidden", nullable = false)
    private boolean profileHidden;

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
        admin.confirmedAt = java.time.Instant.now();
        return admin;
    }

    /** An account the platform creates for a person (demo roles): confirmed, password to be changed. */
    static Account preconfirmed(String email, String displayName, String passwordHash, String language) {
        Account account = new Account(email, displayName, passwordHash, language);
        account.mustChangePassword = true;
        account.confirmedAt = java.time.Instant.now();
        return account;
    }

    void confirm(java.time.Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    boolean isLocked(java.time.Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in inside a sliding window; returns true when this failure locks the account.
     */
    boolean recordFailure(java.time.Instant now, int maxFailures, java.time.Duration window) {
        if (firstFailureAt == null || now.isAfter(firstFailureAt.plus(window))) {
            firstFailureAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(window);
            failedLogins = 0;
            firstFailureAt = null;
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedLogins = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.sessionEpoch++;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Forgets who the person was; the row stays so that their public contributions keep an author. */
    void anonymise(String unusableHash, java.time.Instant now) {
        this.email = "deleted-" + getId() + "@deleted.invalid";
        this.displayName = "";
        this.passwordHash = unusableHash;
        this.platformAdmin = false;
        this.mustChangePassword = false;
        this.deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void changeLanguage(String newLanguage) {
        this.language = newLanguage;
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

    public boolean isProfileHidden() {
        return profileHidden;
    }

    void setProfileHidden(boolean hidden) {
        this.profileHidden = hidden;
    }
}

-- Accounts that confirm their address and lock after repeated failures; single-use tokens;
-- roles per repository; the append-only audit log; the local mail outbox; repository settings.

ALTER TABLE account ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN first_failure_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
-- accounts created before this migration were made by the platform itself
UPDATE account SET confirmed_at = created_at;

CREATE TABLE account_token (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id BIGINT                   NOT NULL,
    purpose    VARCHAR(16)              NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash)
);

CREATE TABLE role_grant (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    role          VARCHAR(24)              NOT NULL,
    constituency  VARCHAR(24),
    organisation  VARCHAR(200),
    CONSTRAINT fk_role_grant_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_role_grant_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_role_grant UNIQUE (repository_id, account_id, role)
);

CREATE TABLE audit_entry (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT,
    actor_id      BIGINT,
    action        VARCHAR(64)              NOT NULL,
    target        VARCHAR(200),
    before_state  VARCHAR(8000),
    after_state   VARCHAR(8000),
    CONSTRAINT fk_audit_entry_repository FOREIGN KEY (repository_id) REFERENCES repository (id)
);
CREATE INDEX ix_audit_entry_repository ON audit_entry (repository_id, created_at);

CREATE TABLE outbox_mail (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient  VARCHAR(320)             NOT NULL,
    subject    VARCHAR(400)             NOT NULL,
    body       VARCHAR(8000)            NOT NULL
);

ALTER TABLE repository ADD COLUMN contact_email VARCHAR(320);
ALTER TABLE repository ADD COLUMN moderation_mode VARCHAR(16) DEFAULT 'POST' NOT NULL;
ALTER TABLE repository ADD COLUMN flag_threshold INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE repository ADD COLUMN held_first_contributions INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE repository ADD COLUMN min_notice_days INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE repository ADD COLUMN default_duration_days INTEGER DEFAULT 42 NOT NULL;

-- Invitations to a role in a repository, for addresses that have no account yet. They turn into
-- role grants when the invited person confirms an account with that address.
CREATE TABLE invitation (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    email         VARCHAR(320)             NOT NULL,
    role          VARCHAR(24)              NOT NULL,
    constituency  VARCHAR(24),
    organisation  VARCHAR(200),
    accepted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_invitation_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT uk_invitation UNIQUE (repository_id, email, role)
);
CREATE INDEX ix_invitation_email ON invitation (email);

-- Deleted accounts are anonymised, not removed: their public contributions stay, under "deleted participant".
ALTER TABLE account ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;

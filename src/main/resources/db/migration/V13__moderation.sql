-- Moderation: a comment's visibility (published, held for approval, hidden), flags on comments and
-- accounts (one per person and item, enforced here), blocks per repository, appeals (one per item,
-- enforced here), the log of moderation actions the transparency page counts, and the mark of the
-- last digest mailed to moderators. Nothing here is ever deleted: hiding is a state.

ALTER TABLE comment ADD COLUMN visibility VARCHAR(12) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE comment ADD COLUMN hidden_reason VARCHAR(16);
ALTER TABLE comment ADD COLUMN moderated_by BIGINT;
ALTER TABLE comment ADD COLUMN moderated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE comment ADD COLUMN open_flags INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE comment ADD CONSTRAINT ck_comment_visibility CHECK (visibility IN ('PUBLISHED', 'HELD', 'HIDDEN'));
CREATE INDEX ix_comment_moderation ON comment (repository_id, visibility, open_flags);
CREATE INDEX ix_comment_author ON comment (repository_id, author_id);

CREATE TABLE flag (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    target_type   VARCHAR(10)              NOT NULL,
    target_id     BIGINT                   NOT NULL,
    flagger_id    BIGINT                   NOT NULL,
    reason        VARCHAR(16)              NOT NULL,
    note          VARCHAR(500),
    resolved_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_flag_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_flag_flagger FOREIGN KEY (flagger_id) REFERENCES account (id),
    CONSTRAINT uk_flag UNIQUE (repository_id, target_type, target_id, flagger_id),
    CONSTRAINT ck_flag_target CHECK (target_type IN ('COMMENT', 'ACCOUNT'))
);
CREATE INDEX ix_flag_target ON flag (repository_id, target_type, target_id, resolved_at);

CREATE TABLE account_block (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    active        BOOLEAN                  NOT NULL,
    justification VARCHAR(1000)            NOT NULL,
    blocked_by    BIGINT                   NOT NULL,
    blocked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_block_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_block_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_block UNIQUE (repository_id, account_id)
);

CREATE TABLE appeal (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id   BIGINT                   NOT NULL,
    comment_id      BIGINT                   NOT NULL,
    author_id       BIGINT                   NOT NULL,
    explanation     VARCHAR(1000)            NOT NULL,
    moderated_by    BIGINT,
    decided_by      BIGINT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    reversed        BOOLEAN,
    decision_reason VARCHAR(1000),
    CONSTRAINT fk_appeal_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_appeal_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT uk_appeal UNIQUE (comment_id)
);
CREATE INDEX ix_appeal_open ON appeal (repository_id, decided_at);

CREATE TABLE moderation_action (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    actor_id      BIGINT,
    action        VARCHAR(16)              NOT NULL,
    target_type   VARCHAR(10)              NOT NULL,
    target_id     BIGINT                   NOT NULL,
    reason        VARCHAR(16),
    CONSTRAINT fk_moderation_action_repository FOREIGN KEY (repository_id) REFERENCES repository (id)
);
CREATE INDEX ix_moderation_action_month ON moderation_action (repository_id, created_at);

ALTER TABLE repository ADD COLUMN moderation_digest_at TIMESTAMP WITH TIME ZONE;

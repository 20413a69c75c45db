-- Participants following commitments (notifications, each with a token for unsubscribing without
-- signing in), the marks that make a consultation's opening and closing notices go out once, and
-- the public note of a moved closing.

CREATE TABLE follower (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id   BIGINT                   NOT NULL,
    commitment_id   BIGINT                   NOT NULL,
    account_id      BIGINT                   NOT NULL,
    token           VARCHAR(64)              NOT NULL,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_follower_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_follower_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_follower_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_follower UNIQUE (commitment_id, account_id),
    CONSTRAINT uk_follower_token UNIQUE (token)
);
CREATE INDEX ix_follower_account ON follower (repository_id, account_id);

ALTER TABLE consultation ADD COLUMN opening_notice_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consultation ADD COLUMN closing_notice_at TIMESTAMP WITH TIME ZONE;
-- why the closing moment was moved (extended, or the consultation ended early), shown publicly
ALTER TABLE consultation ADD COLUMN closing_note VARCHAR(4000);

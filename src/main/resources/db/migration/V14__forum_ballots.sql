-- The multi-stakeholder forum (remit, rules, meetings with agenda and minutes), its priority ballots
-- (options, one ballot per voter enforced here, receipts stored as hashes), and citizens' supports of
-- draft commitments (one per person and commitment, enforced here).

CREATE TABLE forum (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    remit         VARCHAR(20000)           NOT NULL,
    rules         VARCHAR(20000)           NOT NULL,
    CONSTRAINT fk_forum_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT uk_forum UNIQUE (repository_id)
);

CREATE TABLE forum_meeting (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    held_on       DATE                     NOT NULL,
    agenda        VARCHAR(20000)           NOT NULL,
    minutes       VARCHAR(40000)           NOT NULL,
    CONSTRAINT fk_forum_meeting_repository FOREIGN KEY (repository_id) REFERENCES repository (id)
);
CREATE INDEX ix_forum_meeting ON forum_meeting (repository_id, held_on);

CREATE TABLE ballot (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    question      VARCHAR(4000)            NOT NULL,
    method        VARCHAR(12)              NOT NULL,
    electorate    VARCHAR(12)              NOT NULL,
    opens_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    live_results  BOOLEAN                  NOT NULL,
    choice_limit  INTEGER                  NOT NULL,
    point_cap     INTEGER                  NOT NULL,
    CONSTRAINT fk_ballot_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT ck_ballot_window CHECK (closes_at > opens_at),
    CONSTRAINT ck_ballot_method CHECK (method IN ('APPROVAL', 'CUMULATIVE', 'RANKED'))
);
CREATE INDEX ix_ballot ON ballot (repository_id, opens_at);

CREATE TABLE ballot_option (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    ballot_id     BIGINT                   NOT NULL,
    position      INTEGER                  NOT NULL,
    label         VARCHAR(4000)            NOT NULL,
    commitment_id BIGINT,
    CONSTRAINT fk_ballot_option_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT uk_ballot_option UNIQUE (ballot_id, position)
);

CREATE TABLE ballot_vote (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    ballot_id     BIGINT                   NOT NULL,
    voter_id      BIGINT                   NOT NULL,
    marks         VARCHAR(400)             NOT NULL,
    constituency  VARCHAR(16)              NOT NULL,
    receipt_hash  VARCHAR(64)              NOT NULL,
    cast_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_ballot_vote_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_ballot_vote_voter FOREIGN KEY (voter_id) REFERENCES account (id),
    CONSTRAINT uk_ballot_vote UNIQUE (ballot_id, voter_id),
    CONSTRAINT uk_ballot_receipt UNIQUE (receipt_hash)
);

CREATE TABLE commitment_support (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    commitment_id BIGINT                   NOT NULL,
    account_id    BIGINT                   NOT NULL,
    CONSTRAINT fk_support_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_support_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_support UNIQUE (commitment_id, account_id)
);

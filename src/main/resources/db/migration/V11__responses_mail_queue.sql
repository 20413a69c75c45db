-- Reasoned responses to contributions (one per contribution), and the durable queue of notifications.

CREATE TABLE response (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    repository_id BIGINT                   NOT NULL,
    comment_id    BIGINT                   NOT NULL,
    status        VARCHAR(24)              NOT NULL,
    reasoning     VARCHAR(40000)           NOT NULL,
    institution   VARCHAR(200)             NOT NULL,
    responder_id  BIGINT                   NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_response_repository FOREIGN KEY (repository_id) REFERENCES repository (id),
    CONSTRAINT fk_response_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_response_responder FOREIGN KEY (responder_id) REFERENCES account (id),
    CONSTRAINT uk_response_comment UNIQUE (comment_id)
);

CREATE TABLE mail_queue (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient       VARCHAR(320)             NOT NULL,
    language        VARCHAR(8)               NOT NULL,
    mail_key        VARCHAR(80)              NOT NULL,
    args            VARCHAR(8000)            NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mail_queue_due ON mail_queue (sent_at, next_attempt_at);

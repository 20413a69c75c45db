-- What a person is told in the platform itself, beside the mail: one row per notice mailed to an account
-- (replies, responses, versions, consultations opening and closing, moderation decisions…), unread until
-- they open their notifications. Its text is composed when read, in the reader's language.
CREATE TABLE notification (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    account_id  BIGINT                   NOT NULL REFERENCES account (id),
    mail_key    VARCHAR(80)              NOT NULL,
    args        VARCHAR(8000)            NOT NULL,
    link        VARCHAR(2000),
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notification_account ON notification (account_id, id);
CREATE INDEX ix_notification_unread ON notification (account_id, read_at);

-- Review rounds (request changes → revision → review again), approvals with conditions, the
-- checklist answers of each review, reminders and escalations, and every deal's timeline.

ALTER TABLE deal ADD COLUMN review_round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE deal ADD COLUMN checklist_version INTEGER;

ALTER TABLE sign_off ADD COLUMN round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE sign_off ADD COLUMN reset_note VARCHAR(4000);
ALTER TABLE sign_off ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sign_off ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE sign_off_condition (
    sign_off_id    UUID          NOT NULL REFERENCES sign_off (id),
    position       INTEGER       NOT NULL,
    condition_text VARCHAR(1000) NOT NULL,
    PRIMARY KEY (sign_off_id, position)
);

CREATE TABLE deal_timeline (
    id           UUID         NOT NULL PRIMARY KEY,
    deal_id      UUID         NOT NULL REFERENCES deal (id),
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    review_group VARCHAR(64),
    kind         VARCHAR(32),
    round        INTEGER      NOT NULL,
    what         VARCHAR(64)  NOT NULL,
    done_by      VARCHAR(200),
    details      VARCHAR(4000)
);
CREATE INDEX deal_timeline_by_deal ON deal_timeline (deal_id, happened_at);

CREATE TABLE checklist_answer (
    id           UUID          NOT NULL PRIMARY KEY,
    deal_id      UUID          NOT NULL REFERENCES deal (id),
    review_group VARCHAR(64)   NOT NULL,
    item_id      VARCHAR(200)  NOT NULL,
    answer       VARCHAR(32)   NOT NULL,
    note         VARCHAR(2000),
    clause_refs  VARCHAR(500),
    answered_by  VARCHAR(200)  NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checklist_answer_once UNIQUE (deal_id, review_group, item_id)
);

-- Users seen at login, with their groups, so that tasks are only delegated or reassigned within
-- the task's group.
CREATE TABLE known_user (
    username   VARCHAR(200)  NOT NULL PRIMARY KEY,
    groups     VARCHAR(2000) NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- People a deal's owner (or an admin) added by name: they see the deal like its reviewers do.
CREATE TABLE deal_member (
    deal_id  UUID         NOT NULL REFERENCES deal (id),
    username VARCHAR(200) NOT NULL,
    PRIMARY KEY (deal_id, username)
);
CREATE INDEX deal_member_by_username ON deal_member (username);

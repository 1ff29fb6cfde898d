-- The full deal sheet (intake) and the routing decision: risk tier, or the reason a deal was
-- rejected at intake. Existing deals keep safe defaults.

ALTER TABLE deal ADD COLUMN fine_tuning BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE deal ADD COLUMN integration_pattern VARCHAR(32) DEFAULT 'API' NOT NULL;
ALTER TABLE deal ADD COLUMN vendor_may_train BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE deal ADD COLUMN pricing_model VARCHAR(32);
ALTER TABLE deal ADD COLUMN term_months INTEGER;
ALTER TABLE deal ADD COLUMN risk_tier VARCHAR(16);
ALTER TABLE deal ADD COLUMN rejection_reason VARCHAR(1000);

CREATE TABLE deal_use_case_domain (
    deal_id  UUID        NOT NULL REFERENCES deal (id),
    position INTEGER     NOT NULL,
    domain   VARCHAR(64) NOT NULL,
    PRIMARY KEY (deal_id, position)
);

CREATE TABLE deal_data_category (
    deal_id  UUID        NOT NULL REFERENCES deal (id),
    position INTEGER     NOT NULL,
    category VARCHAR(64) NOT NULL,
    PRIMARY KEY (deal_id, position)
);

CREATE TABLE deal_residency (
    deal_id  UUID        NOT NULL REFERENCES deal (id),
    position INTEGER     NOT NULL,
    region   VARCHAR(16) NOT NULL,
    PRIMARY KEY (deal_id, position)
);

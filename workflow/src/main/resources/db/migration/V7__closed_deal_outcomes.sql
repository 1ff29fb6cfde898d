-- Every closed deal is a precedent with its outcome: signed, rejected or withdrawn.

ALTER TABLE deal ADD COLUMN withdrawal_reason VARCHAR(2000);

-- Deals rejected before rejections were precedents join the change log.
INSERT INTO precedent_change (deal_id, kind, recorded_at)
SELECT id, 'INDEX', CURRENT_TIMESTAMP FROM deal WHERE stage = 'REJECTED';

-- The article row is the job of the ingest queue (README, "Ingest queue"). A worker claims a queued
-- article by setting status 'processing', claimed_by (instance and worker) and lease_until; a claim
-- whose lease ran out is taken again by another worker. attempts counts the claims; available_at
-- delays the retry of an attempt that failed. claimed_by stays after 'done' as a record of who did it.
ALTER TABLE article ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE article ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE article ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN available_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_queue_idx ON article (status, available_at);

-- H2's R-tree (SPATIAL) indexes do not survive a killed process: after kill -9 mid-write, reopening
-- the file fails with "Unable to read the page ... ValueDataType cannot be cast to SpatialDataType"
-- (H2 2.4.240; CrashRecoveryTests shows it within one kill). The embedded store answers bbox
-- filters by scanning instead; PostGIS keeps its GiST indexes.
DROP INDEX place_geom_idx;
DROP INDEX event_geom_idx;
DROP INDEX control_claim_geom_idx;
DROP INDEX control_interval_geom_idx;
DROP INDEX movement_geom_idx;

-- Events of a period in a box (the map's and the feeds' commonest query): the planner combined the
-- day index and the GiST of the geometry in a bitmap AND, reading every event of the box over all
-- years (55,000 GiST entries for a 10-degree box among 1,000,000 events) to keep the 446 of one month.
-- The point's longitude and latitude are kept as plain numbers next to the geometry (as on H2, whose
-- store has no spatial index), and one B-tree holds day, longitude and latitude: a query walks the
-- days of its period and tests the box on the index entries, reading only the events inside it.
-- Generated (stored) columns: every insert path fills them; existing rows get them here. The GiST
-- stays for boxes without a period.
ALTER TABLE event ADD COLUMN lon DOUBLE PRECISION GENERATED ALWAYS AS (ST_X(geom)) STORED;
ALTER TABLE event ADD COLUMN lat DOUBLE PRECISION GENERATED ALWAYS AS (ST_Y(geom)) STORED;
CREATE INDEX event_when_where_idx ON event (event_date, lon, lat);
-- the new index leads with the day, so it serves the queries by day alone (the timeline) as well
DROP INDEX event_date_idx;
ANALYZE event;

-- Events of a period in a box (the map's and the feeds' commonest query) without a spatial index:
-- H2's R-tree does not survive a killed process (V6), so the point's longitude and latitude are kept
-- as plain numbers next to the geometry, and one B-tree holds day, longitude and latitude. A query
-- walks the days of its period in that index and tests the box on the index entries themselves, so
-- only the events inside the box are read from the table. Generated columns: every insert path
-- (event stage, analyst additions, the generate command, SQL fixtures) fills them; existing rows get
-- them when the columns are added.
ALTER TABLE event ADD COLUMN lon DOUBLE PRECISION GENERATED ALWAYS AS (ST_X(geom));
ALTER TABLE event ADD COLUMN lat DOUBLE PRECISION GENERATED ALWAYS AS (ST_Y(geom));
CREATE INDEX event_when_where_idx ON event (event_date, lon, lat);
-- the new index leads with the day, so it serves the queries by day alone (the timeline) as well
DROP INDEX event_date_idx;

-- PostGIS: the spatial types and functions (ST_*).
CREATE EXTENSION IF NOT EXISTS postgis;

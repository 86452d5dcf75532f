-- Trigram search (name fragments, Chinese included): part of PostgreSQL's contrib, bundled with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

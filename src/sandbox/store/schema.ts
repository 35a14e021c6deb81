/** The sandbox database: records keep their field values as JSON, bookkeeping in columns. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY,
  module TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  modified_ms INTEGER NOT NULL,
  indexed_ms INTEGER NOT NULL,
  converted TEXT,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_module ON records (module);
CREATE TABLE IF NOT EXISTS unique_fields (module TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (module, field));
CREATE TABLE IF NOT EXISTS custom_fields (module TEXT NOT NULL, api_name TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (module, api_name));
CREATE TABLE IF NOT EXISTS variables (id TEXT PRIMARY KEY, api_name TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
`;
